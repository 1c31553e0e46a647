"""A role a story has once (a vessel, an aircraft type): two sources that each name one
different thing of it disagree, but a source that names two things of it tells of two, and
its names disagree with no other source's (`NamedKind.figures_stated`)."""

from __future__ import annotations

from pathlib import Path

from tests.facts import facts_of, run_of

_TARVIN = (
    "The Karskian navy sent the aircraft carrier USS Tarvin Bay to the Velm Sea on Monday,"
    " officials said."
)
_ORRIN = (
    "The Karskian navy sent the aircraft carrier USS Orrin Point to the Velm Sea on Monday,"
    " officials said."
)
_BOTH = f"{_TARVIN} The carrier USS Marlow Ridge stayed in the Velm Sea."


def _vessels(folder: Path, *texts: str) -> list[tuple[str, str]]:
    return [f for f in facts_of(run_of(folder, *texts), "thing") if f[0].startswith("vessel")]


def test_two_sources_each_naming_one_vessel_conflict(tmp_path: Path) -> None:
    assert _vessels(tmp_path, _TARVIN, _ORRIN) == [
        ("vessel: USS Orrin Point / USS Tarvin Bay", "conflict")
    ]


def test_a_source_naming_two_vessels_disagrees_with_no_other_name(tmp_path: Path) -> None:
    assert _vessels(tmp_path, _BOTH, _ORRIN) == [
        ("vessel: USS Marlow Ridge", "single"),
        ("vessel: USS Orrin Point", "single"),
        ("vessel: USS Tarvin Bay", "single"),
    ]


def test_the_same_vessel_still_meets_a_source_naming_two(tmp_path: Path) -> None:
    third = "The aircraft carrier USS Tarvin Bay reached the Velm Sea on Monday."
    assert _vessels(tmp_path, _BOTH, _ORRIN, third) == [
        ("vessel: USS Marlow Ridge", "single"),
        ("vessel: USS Orrin Point", "single"),
        ("vessel: USS Tarvin Bay", "agree"),
    ]


def test_one_vessel_named_twice_is_one_name(tmp_path: Path) -> None:
    again = f"{_TARVIN} The navy sent the Tarvin Bay to the Velm Sea on Monday, officials said."
    assert _vessels(tmp_path, again, _ORRIN) == [
        ("vessel: USS Orrin Point / USS Tarvin Bay", "conflict")
    ]
