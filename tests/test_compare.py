"""Verdicts: agree, compatible, conflict with its relative gap, and the notes."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.dates import date_relation
from reconcile.kinds import Kinds
from reconcile.models import Claim, Judgement
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


def _counts(tmp_path: Path, *bodies: str) -> list[Claim]:
    """The count claims of sources s0, s1, … (one per body), in source order."""
    return [c for c in _report(tmp_path, *bodies).claims if c.kind == "count"]


def test_verdict_weighs_the_pair_furthest_apart(tmp_path: Path, kinds: Kinds) -> None:
    claims = _counts(
        tmp_path,
        "Officials said 31 people were killed in Ormsk.",
        "Police said 34 people were killed in Ormsk.",
        "About 40 people were killed in Ormsk, medics said.",
        "Residents said 120 people were killed in Ormsk.",
    )
    assert [c.quote for c in claims] == [
        "31 people",
        "34 people",
        "About 40 people",
        "120 people",
    ]
    kind = kinds.default.of(claims[0])
    # 31 and 120 are furthest apart: 89 over the larger, 120 (34 and 120: 86 / 120)
    assert kind.judge(claims) == Judgement("conflict", 0.741667)
    assert kind.judge(claims[::-1]) == Judgement("conflict", 0.741667)
    # without 120: 31 and "about 40" (38 to 42), 7 over 42
    assert kind.judge(claims[:3]) == Judgement("conflict", 0.166667)
    assert kind.judge(claims[:2]) == Judgement("conflict", 0.088235)  # 3 / 34


def test_numbers_apart_within_their_rounding_do_not_conflict(tmp_path: Path, kinds: Kinds) -> None:
    claims = _counts(
        tmp_path,
        "Officials said 1,200 people were evacuated from Ormsk.",
        "Police said 1,250 people were evacuated from Ormsk.",
        "Police said 1,250 people were evacuated from Ormsk.",
    )
    kind = kinds.default.of(claims[0])
    # "1,200" is written to the hundred: 1,150 to 1,250 meets "1,250"
    assert kind.judge(claims) == Judgement("compatible")
    assert kind.judge(claims[1:]) == Judgement("agree")


def test_numbers_rounded_to_neighbours_do_not_meet(tmp_path: Path, kinds: Kinds) -> None:
    claims = _counts(
        tmp_path,
        "Officials said 55 people were evacuated from Ormsk.",
        "Police said 56 people were evacuated from Ormsk.",
    )
    kind = kinds.default.of(claims[0])
    # what rounds to "55" is 54.5 up to 55.5, without 55.5, which rounds to "56": 1 over 56
    assert kind.judge(claims) == Judgement("conflict", 0.017857)


def test_a_number_in_words_is_weighed_apart_from_the_same_in_digits(
    tmp_path: Path, kinds: Kinds
) -> None:
    claims = _counts(
        tmp_path,
        "Officials said 19 people were killed in Ormsk.",
        "Police said twenty people were killed in Ormsk.",
        "Medics said 20 people were killed in Ormsk.",
    )
    assert [c.quote for c in claims] == ["19 people", "twenty people", "20 people"]
    kind = kinds.default.of(claims[0])
    # "20" reaches 19 (5% of 20), "twenty" does not: in either order the verdict weighs
    # "twenty" against "19", 1 over 20
    assert kind.judge(claims) == Judgement("conflict", 0.05)
    assert kind.judge([claims[0], claims[2], claims[1]]) == Judgement("conflict", 0.05)
    assert kind.judge([claims[0], claims[2]]) == Judgement("compatible")


def test_one_source_weighs_every_pair_of_its_claims(tmp_path: Path, kinds: Kinds) -> None:
    (claims,) = [
        _counts(
            tmp_path,
            "Officials said 31 people were killed in Ormsk. Later, 34 people were killed"
            " in Ormsk, police said. Medics said 32 people were killed in Ormsk.",
        )
    ]
    assert [c.source_id for c in claims] == [claims[0].source_id] * 3
    assert kinds.default.of(claims[0]).judge(claims) == Judgement("conflict", 0.088235)
