"""A running tally told at a place and, on another day, at the larger place holding it
(sentences written for this test): one figure updated, not a part's figure and the
whole's, when the first sentence sets its figure in the larger place."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run

FIRST = "On Monday, Ruritania's health ministry said the fever had killed three people in Karsk."
LATER = "The fever has now killed at least 40 people in {place}, the health ministry said."
INCIDENT = (
    "On Monday, Ruritania's health ministry said three people were killed in a bus crash in Karsk."
)
HOMES_FIRST = (
    "On Monday, Ruritania's housing ministry said the floods had destroyed 30 homes in Karsk."
)
HOMES_LATER = "The floods have now destroyed 400 homes in Ruritania, the housing ministry said."


def _counts(folder: Path, first: str, later: str, day: str) -> list[tuple[list[str], str]]:
    for name, body, published in (("first", first, "2025-06-02"), ("later", later, day)):
        text = f"---\ntitle: {name}\npublished: {published}\n---\n{body}\n"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    report = run([folder])
    found = []
    for fact in report.facts:
        claims = [report.claim(i) for i in fact.claim_ids]
        if all(c.kind == "count" for c in claims):
            found.append((sorted(c.quote for c in claims), fact.verdict))
    return sorted(found)


def test_a_tally_at_a_place_and_days_later_at_the_place_holding_it_is_one_fact(
    tmp_path: Path,
) -> None:
    assert _counts(tmp_path, FIRST, LATER.format(place="Ruritania"), "2025-06-05") == [
        (["at least 40 people", "three people"], "conflict")
    ]


@pytest.mark.parametrize(
    ("first", "later", "day"),
    [
        # the same day: a part's figure and the whole's
        (FIRST, LATER.format(place="Ruritania"), "2025-06-02"),
        # another place, not one the first sentence sets its figure in
        (FIRST, LATER.format(place="Velmia"), "2025-06-05"),
        # a figure told of an incident its sentence introduces as new: that incident's
        (INCIDENT, LATER.format(place="Ruritania"), "2025-06-05"),
        # no running tally: homes destroyed in a part and in the whole
        (HOMES_FIRST, HOMES_LATER, "2025-06-05"),
    ],
)
def test_a_part_and_a_whole_stay_two_facts_otherwise(
    tmp_path: Path, first: str, later: str, day: str
) -> None:
    found = _counts(tmp_path, first, later, day)
    assert len(found) == 2
    assert all(verdict == "single" for _, verdict in found)


def test_items_of_pages_of_many_stories_are_no_tally_across_places(tmp_path: Path) -> None:
    """A day's items each tell their day's events: the part's figure and the whole's."""
    for name, day, item in (
        ("first", "02", FIRST),
        ("later", "05", LATER.format(place="Ruritania")),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Current events of {day} June 2025\npublished: 2025-06-{day}\n---\n"
            "#### Health and environment\n\n"
            "* [2025 Ruritania fever outbreak](https://example.org/story)\n"
            f"  * {item} [(Wire)](https://example.org/w)\n"
            "* [2025 Tarn bridge collapse](https://example.org/tarn)\n"
            "  * Engineers say a bridge over the Tarn gave way after heavy rain.\n",
            encoding="utf-8",
        )
    report = run([tmp_path])
    counts = [
        sorted(report.claim(i).quote for i in fact.claim_ids)
        for fact in report.facts
        if all(report.claim(i).kind == "count" for i in fact.claim_ids)
    ]
    assert sorted(counts) == [["at least 40 people"], ["three people"]]
