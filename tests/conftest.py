"""Shared fixtures: the bundled rules (loaded once) and a working folder at the repo root."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture
def at_root() -> Iterator[Path]:
    """Run the test from the repository root, where `seeds/` is."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield ROOT
    finally:
        os.chdir(before)


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its caches in a folder of its own, never in the user's cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(folder))
    return folder
