"""The fuzz target (`make fuzz`, not part of this suite) still runs on the inputs it seeds
with: one of each format, through loading and extraction."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize(
    "data",
    [
        b"\x00About 40 homes burned.\n",
        b"\x01---\npublished: Sept. 15, 2023\n---\n> 8 people fled.\n",
        b'\x02{"text": "Over 2,000 people fled.", "date": "15/09/2023"}',
        b"\x03<html><body><nav>Home</nav><p>About 300 people fled.</p></body></html>",
        b"\x03<div><div><p>Broken",
    ],
)
def test_the_fuzz_target_runs_on_each_format(data: bytes) -> None:
    pytest.importorskip("atheris", reason="the fuzz extra is not installed")
    target = importlib.import_module("fuzz.fuzz_sources")
    target.one_input(data)  # raises on a crash or a quote not at its offsets
