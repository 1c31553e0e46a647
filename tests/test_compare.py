"""Verdicts: agree, compatible, conflict with its relative gap, and the notes."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.dates import date_relation
from reconcile.reasons import LaterFigure, PublishedApart, Stated


def _report(tmp_path: Path, *bodies: str):  # type: ignore[no-untyped-def]
    for i, body in enumerate(bodies):
        text = f"---\npublished: 2024-03-0{i + 5}\n---\n{body}\n"
        (tmp_path / f"s{i}.txt").write_text(text, encoding="utf-8")
    return run([str(tmp_path)])


def test_same_number_with_and_without_about_agrees(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Aid agencies said about 3,000 homes were destroyed in Valdoria.",
        "Officials said 3,000 homes were destroyed in Valdoria.",
    )
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert fact.verdict == "agree"


def test_overlapping_intervals_are_compatible(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "More than 500,000 people were evacuated in Sarn province.",
        "Authorities evacuated 520,000 people in Sarn province.",
    )
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert fact.verdict == "compatible"
    assert fact.relative_gap is None


def test_conflict_carries_relative_gap_and_date_note(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "The ferry overturned near Kanto island and 31 people died, the coast guard said.",
        "At least 34 people died when the ferry overturned near Kanto island.",
    )
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert fact.verdict == "conflict"
    assert fact.relative_gap is not None and round(fact.relative_gap, 4) == round(3 / 34, 4)
    dates = (("s1.txt", "2024-03-06"), ("s0.txt", "2024-03-05"))
    assert fact.notes == (
        PublishedApart(dates, Stated.NUMBER),
        LaterFigure("At least 34 people", "s1.txt", "2024-03-06", None),
    )


def test_date_relations() -> None:
    assert date_relation("2022-01-12", "2022-01-12") == "same"
    assert date_relation("2022-01", "2022-01-12") == "within"
    assert date_relation("--01-12", "2022-01-12") == "within"
    assert date_relation("2022-01-12", "2022-01-13") == "different"
    assert date_relation("2021-12", "2022-01-12") == "different"
