"""A running tally (deaths, cases) stated by sources of different days: a floor ("at least
610") is the count of its day, so a toll updated from one day to the next is a conflict."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Fact, Judgement, Report
from reconcile.reasons import LaterFigure


def _report(tmp_path: Path, *dated: tuple[str, str]) -> Report:
    for i, (published, body) in enumerate(dated):
        text = f"---\npublished: {published}\n---\n{body}\n"
        (tmp_path / f"s{i}.txt").write_text(text, encoding="utf-8")
    return run([str(tmp_path)])


def _count_fact(report: Report) -> Fact:
    (fact,) = [f for f in report.facts if f.kind == "count" and len(f.claim_ids) > 1]
    return fact


def test_two_floors_of_a_toll_on_different_days_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "At least 610 people were killed when the earthquake struck Ostrava."),
        ("2024-05-02", "The earthquake in Ostrava killed at least 1,100 people, officials said."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    # "at least 610" is 610 to 615 that day, "at least 1,100" 1,100 to 1,150: 485 over the
    # larger, 1,150
    assert fact.relative_gap is not None and round(fact.relative_gap, 4) == 0.4217
    (later,) = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later == LaterFigure("at least 1,100 people", "s1.txt", "2024-05-02", None)


def test_two_floors_of_one_day_stay_floors(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "At least 610 people were killed when the earthquake struck Ostrava."),
        ("2024-05-01", "The earthquake in Ostrava killed at least 1,100 people, officials said."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "compatible"
    assert fact.relative_gap is None


def test_a_floor_and_a_later_larger_toll_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "More than 500 people were killed in Lumen province by the floods."),
        ("2024-05-03", "The floods killed 560 people in Lumen province."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    (later,) = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later.quote == "560 people"


def test_a_floor_meets_a_figure_within_its_rounding(tmp_path: Path) -> None:
    # "more than 500,000" written to the hundred thousand reaches 525,000 (5% at most)
    report = _report(
        tmp_path,
        ("2024-05-01", "More than 500,000 people were evacuated in Lumen province."),
        ("2024-05-02", "Authorities evacuated 520,000 people in Lumen province."),
    )
    assert _count_fact(report).verdict == "compatible"


def test_a_floor_of_a_measure_that_is_no_tally_stays_a_floor(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "More than 100,000 troops are massed along the border of Lumen."),
        ("2024-05-04", "About 130,000 troops are massed along the border of Lumen."),
    )
    assert _count_fact(report).verdict == "compatible"


def test_judge_published_reads_floors_only_across_days(tmp_path: Path, kinds: Kinds) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "At least 40 people died in the Ostrava fire."),
        ("2024-05-02", "The Ostrava fire killed at least 52 people."),
    )
    claims = [c for c in report.claims if c.kind == "count"]
    assert [c.quote for c in claims] == ["At least 40 people", "at least 52 people"]
    kind = kinds.default.of(claims[0])
    apart = {claims[0].source_id: "2024-05-01", claims[1].source_id: "2024-05-02"}
    same = dict.fromkeys(apart, "2024-05-01")
    unknown = dict.fromkeys(apart)
    assert kind.judge_published(claims, same) == Judgement("compatible")
    assert kind.judge_published(claims, unknown) == Judgement("compatible")
    # "40" is written to the ten (5 either side, at most 5% of 40): 40 to 42; "52" to the
    # unit: 52 to 52.5; 10 over 52.5
    assert kind.judge_published(claims, apart) == Judgement("conflict", 0.190476)
