"""One name transliterated two ways is one name (`names.spelled_alike`, used by the named
kinds' `relation`): "y" for "i", doubled letters, words joined, apart or hyphened; a word
with a digit, or a short word, only as written. Names written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds.named import relation
from reconcile.names import spelled_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("tallinn", "talin"),
        ("tigray", "tigrai"),
        ("karssk valley", "karsk valley"),
        ("al shifa", "al-shifa"),
        ("al shifa", "alshifa"),
    ],
)
def test_names_spelled_alike_are_one_name(a: str, b: str) -> None:
    assert spelled_alike(a, b)
    assert relation(a, b) == "same"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a330", "a300"),  # a model: as written
        ("a 330", "a300"),
        ("aly", "ali"),  # a short word: as written
        ("karsk valley", "karsk"),  # another number of words
        ("velm", "vel"),
        ("", ""),
    ],
)
def test_names_spelled_apart_stay_apart(a: str, b: str) -> None:
    assert not spelled_alike(a, b)


def test_two_sources_spelling_one_place_two_ways_agree(tmp_path: Path) -> None:
    for name, text in (
        ("a.md", "Ten people died in the floods in Tigray, officials said."),
        ("b.md", "Officials said ten people died in the floods in Tigrai."),
    ):
        (tmp_path / name).write_text(f"---\npublished: 2026-03-02\n---\n{text}\n")
    report = run([tmp_path])
    by_id = {c.id: c.quote for c in report.claims}
    places = [
        sorted(by_id[i] for i in f.claim_ids)
        for f in report.facts
        if f.kind == "place" and len(f.claim_ids) > 1
    ]
    assert places == [["in Tigrai", "in Tigray"]]
