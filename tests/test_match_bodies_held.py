"""A body and one it holds: "the Karskian government" and "the Karskian health ministry", or
"Velm University" and "Velm Center for Public Health", state one figure as one body, one
within the other (`wholes` of `[source]`); two bodies of the same place that neither holds
stay two. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.facts import joined, run_of


def _bodies(tmp_path: Path, first: str, second: str) -> list[list[str]]:
    report = run_of(tmp_path, first, second, title="Floods in Karskia", day="2026-03-07")
    return joined(report, "source")


def test_a_government_and_its_ministry_are_one_body(tmp_path: Path) -> None:
    found = _bodies(
        tmp_path,
        "The Karskian government reports that the death toll from the floods passed 200.",
        "The Karskian health ministry announces that the death toll passed 200.",
    )
    assert found == [["The Karskian government", "The Karskian health ministry"]]


def test_a_university_and_its_center_are_one_body(tmp_path: Path) -> None:
    found = _bodies(
        tmp_path,
        "The floods killed 200 people, according to Velm University.",
        "The floods killed 200 people, according to Velm Center for Public Health.",
    )
    assert len(found) == 1 and len(found[0]) == 2


def test_two_ministries_of_one_place_stay_two(tmp_path: Path) -> None:
    found = _bodies(
        tmp_path,
        "The Karskian interior ministry reports that the death toll passed 200.",
        "The Karskian health ministry announces that the death toll passed 200.",
    )
    assert found == []
