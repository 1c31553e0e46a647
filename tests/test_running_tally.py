"""A running tally (deaths, cases) stated by sources of different days: a floor ("at least
610") is the count of its day, so a toll updated from one day to the next is a conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Fact, Interval, Judgement, Report
from reconcile.reasons import KeptApart, LaterFigure, TallyFell, TallyFellApart
from reconcile.render.words import note_lines, reason_text


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
    # "at least 610" is 610 to 732 that day (1.2 times), "at least 1,100" 1,100 to 1,320:
    # 368 over the larger number, 1,100
    assert fact.relative_gap is not None and round(fact.relative_gap, 4) == 0.3345
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


def test_a_floor_and_a_later_toll_far_above_it_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "More than 500 people were killed in Lumen province by the floods."),
        ("2024-05-03", "The floods killed 960 people in Lumen province."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    (later,) = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later.quote == "960 people"


def test_a_floor_meets_a_later_toll_near_it(tmp_path: Path) -> None:
    # "more than 500" reaches 600 (1.2 times): "560" a day later is within it
    report = _report(
        tmp_path,
        ("2024-05-01", "More than 500 people were killed in Lumen province by the floods."),
        ("2024-05-02", "The floods killed 560 people in Lumen province."),
    )
    assert _count_fact(report).verdict == "compatible"


def test_a_floor_then_a_toll_a_third_above_it_is_the_toll_updated(tmp_path: Path) -> None:
    # "at least 33" reaches 39.6 that day: "44" the next day is the toll counted again
    report = _report(
        tmp_path,
        ("2024-05-01", "At least 33 people were injured in the blast at the Lumen depot."),
        ("2024-05-02", "The blast at the Lumen depot injured 44 people, police said."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    (later,) = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later == LaterFigure("44 people", "s1.txt", "2024-05-02", None)


def test_a_floor_of_a_later_day_meets_a_count_near_it(tmp_path: Path) -> None:
    # "more than 70" a day after "81" reaches 84: the tally need not have fallen
    report = _report(
        tmp_path,
        ("2024-05-01", "The blast at the Lumen depot injured 81 people, police said."),
        ("2024-05-02", "More than 70 people were injured in the blast at the Lumen depot."),
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
    # "at least 40" reaches 48 (1.2 times), "at least 52" 62.4: 4 over 52
    assert kind.judge_published(claims, apart) == Judgement("conflict", 0.076923)
    near = [claims[0], replace(claims[1], value=46.0, interval=Interval(46.0, None))]
    assert kind.judge_published(near, apart) == Judgement("compatible")
    assert kind.judge_published(near, same) == Judgement("compatible")
    # the other way round, the later floor is below the earlier one: the count fell
    swapped = {claims[0].source_id: "2024-05-02", claims[1].source_id: "2024-05-01"}
    fell = TallyFell(("at least 52 people", "2024-05-01"), ("At least 40 people", "2024-05-02"))
    assert kind.judge_published(claims, swapped) == Judgement("conflict", 0.076923, (fell,))


def test_a_toll_lower_on_a_later_day_is_noted_as_fallen(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "The floods killed 36 people in Lumen province, officials said."),
        ("2024-05-03", "At least 63 people were killed in Lumen province by the floods."),
        ("2024-05-09", "The floods killed 40 people in Lumen province, officials said."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    # "40" of the last day is furthest below a figure of an earlier day, "at least 63"
    fell = [n for n in fact.notes if isinstance(n, TallyFell)]
    assert fell == [TallyFell(("At least 63 people", "2024-05-03"), ("40 people", "2024-05-09"))]
    assert not [n for n in fact.notes if isinstance(n, LaterFigure)]  # no figure updated
    assert (
        "a running count that fell: “40 people” (2024-05-09) is below “At least 63 people”"
        " (2024-05-03): revised down, or two different counts"
    ) in note_lines(fact.notes)


def test_a_toll_far_below_an_earlier_days_is_another_count(tmp_path: Path) -> None:
    # a tally grows, and a revision takes a part off it: "five" six days after "at least 63"
    # (more than fell_most_ratio below) is another count, the day's or a part's
    report = _report(
        tmp_path,
        ("2024-05-03", "At least 63 people were killed in Lumen province by the floods."),
        ("2024-05-09", "The floods killed five people in Lumen province, officials said."),
    )
    assert not [f for f in report.facts if f.kind == "count" and len(f.claim_ids) > 1]
    (five,) = [c for c in report.claims if c.quote == "five people"]
    (fact,) = [f for f in report.facts if five.id in f.claim_ids]
    assert fact.verdict == "single"
    veto = TallyFellApart("At least 63 people", "five people")
    assert KeptApart(veto) in fact.match.reasons
    assert not TallyFellApart.soft
    assert reason_text(veto) == (
        "a running count told later far below an earlier one: “five people” after “At least"
        " 63 people” (another count, not the tally revised)"
    )


def test_a_toll_far_above_an_earlier_days_is_the_toll_updated(tmp_path: Path) -> None:
    # the other way round, the tally grew: one fact, in conflict
    report = _report(
        tmp_path,
        ("2024-05-03", "The floods killed five people in Lumen province, officials said."),
        ("2024-05-09", "At least 63 people were killed in Lumen province by the floods."),
    )
    assert _count_fact(report).verdict == "conflict"


def test_a_toll_that_only_rises_is_not_noted_as_fallen(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2024-05-01", "The floods killed 36 people in Lumen province, officials said."),
        ("2024-05-03", "At least 63 people were killed in Lumen province by the floods."),
    )
    fact = _count_fact(report)
    assert fact.verdict == "conflict"
    assert not [n for n in fact.notes if isinstance(n, TallyFell)]
    (later,) = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later.quote == "At least 63 people"
