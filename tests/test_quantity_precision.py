"""Precision of numeric facts: a verdict is a conflict only when the stated intervals are
apart (qualifiers and the last written digit of a plain number included), and a number that
is a share of a whole ("12 of them", "300 a day", "another 20") is not the whole."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.context import ContextReader
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.lexicon import Lexicon, compile_lexicon
from reconcile.reasons import DifferentPortion, KeptApart, LaterFigure, RivalNames
from reconcile.render.words import note_text, reason_text
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _write(folder: Path, name: str, published: str, body: str) -> None:
    text = f"---\ntitle: Floods in Sarn\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _reader() -> tuple[Lexicon, ContextReader]:
    lexicon = compile_lexicon(load_rules(None), "en")
    return lexicon, ContextReader(lexicon)


def test_a_rounded_figure_and_a_precise_one_inside_its_rounding_are_compatible(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "a", "2025-03-01", "The city of Sarn has 1.2 million residents.")
    _write(tmp_path, "b", "2025-03-02", "The city of Sarn has 1,236,000 residents.")
    report = run([tmp_path])
    fact = fact_of(report, "1.2 million residents")
    assert quotes_of(report, fact) == ["1,236,000 residents", "1.2 million residents"]
    assert fact.verdict == "compatible"


def test_a_precise_figure_outside_the_rounding_is_a_conflict(tmp_path: Path) -> None:
    # 1.2 million stands for 1.15 to 1.25 million: 1,290,000 is outside
    _write(tmp_path, "a", "2025-03-01", "The city of Sarn has 1.2 million residents.")
    _write(tmp_path, "b", "2025-03-02", "The city of Sarn has 1,290,000 residents.")
    report = run([tmp_path])
    fact = fact_of(report, "1.2 million residents")
    assert quotes_of(report, fact) == ["1,290,000 residents", "1.2 million residents"]
    assert fact.verdict == "conflict"
    # the gap is that of the numbers as stated: 90,000 of 1,290,000
    assert fact.relative_gap is not None and round(fact.relative_gap, 4) == 0.0698


def test_a_round_hundred_is_not_read_as_fifty_to_one_hundred_and_fifty(tmp_path: Path) -> None:
    # "100" rounds to the hundred, but a plain number reaches at most 5% either side
    _write(tmp_path, "a", "2025-03-01", "Floods in Sarn killed 100 people on Monday.")
    _write(tmp_path, "b", "2025-03-02", "Floods in Sarn killed 120 people on Monday.")
    report = run([tmp_path])
    fact = fact_of(report, "100 people")
    assert quotes_of(report, fact) == ["100 people", "120 people"]
    assert fact.verdict == "conflict"


def test_qualified_figures_that_overlap_are_compatible_and_apart_ones_conflict(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "a", "2025-03-01", "Floods in Sarn killed at least 12 people on Monday.")
    _write(tmp_path, "b", "2025-03-02", "Floods in Sarn killed 14 people on Monday.")
    report = run([tmp_path])
    assert fact_of(report, "at least 12 people").verdict == "compatible"


def test_about_ninety_thousand_and_over_one_hundred_thousand_conflict(tmp_path: Path) -> None:
    _write(tmp_path, "a", "2025-03-01", "About 90,000 troops gathered near Sarn.")
    _write(tmp_path, "b", "2025-03-02", "Over 100,000 troops gathered near Sarn.")
    report = run([tmp_path])
    fact = fact_of(report, "About 90,000 troops")
    assert quotes_of(report, fact) == ["About 90,000 troops", "Over 100,000 troops"]
    assert fact.verdict == "conflict"


def test_one_days_new_cases_are_not_the_running_total(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "2025-03-01",
        "Health officials in Sarn reported 1,500 new cases of measles on Tuesday.",
    )
    _write(tmp_path, "b", "2025-03-02", "Sarn has recorded 1,800 cases of measles in all.")
    report = run([tmp_path])
    new = fact_of(report, "1,500")
    assert quotes_of(report, new) == ["1,500"]
    assert KeptApart(DifferentPortion("new", "")) in new.match.reasons
    assert reason_text(DifferentPortion("new", "")) == ("different share of a whole: new vs whole")


def test_a_part_counting_what_the_whole_counts_may_be_that_figure(tmp_path: Path) -> None:
    # "including 12 children" and "12 children" count one noun: one figure
    _write(
        tmp_path,
        "a",
        "2025-03-01",
        "The floods in Sarn killed 40 people, including 12 children, on Monday.",
    )
    _write(tmp_path, "b", "2025-03-02", "Rescuers in Sarn said 12 children were among the dead.")
    report = run([tmp_path])
    fact = fact_of(report, "12 children")
    assert len(quotes_of(report, fact)) == 2
    assert fact.verdict == "agree"


def test_tolls_of_two_named_storms_in_one_digest_stay_apart(tmp_path: Path) -> None:
    # two daily digests, each with a bullet on each storm: the story score is high for all
    _write(
        tmp_path,
        "monday",
        "2025-11-10",
        "* The death toll from Typhoon Kalmaegi in the Philippines rises to 188.\n"
        "* Typhoon Fung-wong kills 4 people in the Philippines.",
    )
    _write(
        tmp_path,
        "tuesday",
        "2025-11-11",
        "* The death toll from Typhoon Kalmaegi in the Philippines increases to 204.\n"
        "* Typhoon Fung-wong kills 6 people in the Philippines.",
    )
    # (a toll "in the Philippines and Taiwan" would be a total of listed places, kept apart
    # from one of them when the numbers differ: `test_match_part_and_past.py`)
    report = run([tmp_path])
    kalmaegi = fact_of(report, "188")
    assert quotes_of(report, kalmaegi) == ["188", "204"]
    assert kalmaegi.verdict == "conflict"
    fung_wong = fact_of(report, "4 people")
    assert quotes_of(report, fung_wong) == ["4 people", "6 people"]
    assert fung_wong.verdict == "conflict"
    kind = QuantityKind(*_reader())
    a, b = (next(c for c in report.claims if c.quote == q) for q in ("4 people", "204"))
    decision = kind.decide(a, b, kind.context.features(a), kind.context.features(b))
    assert decision.veto == RivalNames("typhoon fung-wong", "typhoon kalmaegi")


def test_of_two_sources_of_one_date_the_figure_stated_as_risen_is_the_later(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "a", "2025-03-01", "Floods in Sarn killed 12 people on Monday.")
    _write(tmp_path, "b", "2025-03-01", "The death toll from the floods in Sarn rose to 15.")
    report = run([tmp_path])
    fact = fact_of(report, "12 people")
    assert quotes_of(report, fact) == ["12 people", "15"]
    assert fact.verdict == "conflict"
    later = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later == [LaterFigure("15", "b.md", "2025-03-01", None)]
    assert note_text(later[0]) == (
        "a figure updated over time: the later one is “15” (b.md, 2025-03-01)"
    )


def test_a_toll_of_the_past_day_is_not_the_toll_of_the_war(tmp_path: Path) -> None:
    # "in the past 24 hours" anywhere later in the number's clause makes it one day's share
    _write(
        tmp_path,
        "a",
        "2025-03-01",
        "At least 103 people were killed by shelling in the past 24 hours across Sarn.",
    )
    _write(
        tmp_path,
        "b",
        "2025-03-02",
        "At least 2,400 people have been killed in Sarn since the war began.",
    )
    report = run([tmp_path])
    day = fact_of(report, "At least 103 people")
    assert quotes_of(report, day) == ["At least 103 people"]
    assert KeptApart(DifferentPortion("daily", "")) in day.match.reasons


def test_a_name_that_opens_its_sentence_counts_when_a_capitalized_word_follows(
    tmp_path: Path,
) -> None:
    # "Typhoon" opens each sentence; with the name after it, it names the storm
    _write(tmp_path, "a", "2025-11-10", "Typhoon Fung-wong killed 4 people in Luzon on Monday.")
    _write(tmp_path, "b", "2025-11-11", "Typhoon Kalmaegi killed 6 people in Luzon on Monday.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "4 people")) == ["4 people"]
    kind = QuantityKind(*_reader())
    a, b = (next(c for c in report.claims if c.quote == q) for q in ("4 people", "6 people"))
    decision = kind.decide(a, b, kind.context.features(a), kind.context.features(b))
    assert decision.veto == RivalNames("typhoon fung-wong", "typhoon kalmaegi")
