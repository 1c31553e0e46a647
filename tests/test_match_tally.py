"""A running tally (deaths, cases) counted again grows: of sources of different days, a later
whole figure below an earlier one, even as far as each reaches, counts another thing (two
strikes, each with its dead), so the two are kept apart (`TallyFell`); a later figure above
the earlier one is the tally updated, and figures of one day are weighed as before."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Report
from reconcile.reasons import KeptApart, TallyFell
from reconcile.render.words import reason_text
from tests.facts import fact_of, quotes_of

_STRIKE = (
    "{n} people are killed in a United States strike on a boat in the Caribbean Sea,"
    " the Pentagon says."
)


def _write(folder: Path, name: str, published: str, body: str) -> None:
    text = f"---\ntitle: Strikes on boats\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _strikes(tmp_path: Path, *days: tuple[str, str, str]) -> Report:
    for name, published, body in days:
        _write(tmp_path, name, published, body)
    return run([tmp_path])


def test_a_later_smaller_toll_counts_another_incident(tmp_path: Path) -> None:
    report = _strikes(
        tmp_path,
        ("a", "2025-10-24", _STRIKE.format(n="Six")),
        ("b", "2025-11-01", _STRIKE.format(n="Three")),
    )
    later = fact_of(report, "Three people")
    assert quotes_of(report, later) == ["Three people"]
    fell = TallyFell("Six people", "Three people", "2025-11-01")
    assert KeptApart(fell) in later.match.reasons
    assert reason_text(fell) == (
        "a running tally does not fall: 'Three people' (published 2025-11-01) is below the"
        " earlier 'Six people'"
    )


def test_a_later_larger_toll_is_the_tally_updated(tmp_path: Path) -> None:
    report = _strikes(
        tmp_path,
        ("a", "2025-10-24", _STRIKE.format(n="Three")),
        ("b", "2025-11-01", _STRIKE.format(n="Six")),
    )
    fact = fact_of(report, "Six people")
    assert quotes_of(report, fact) == ["Six people", "Three people"]
    assert fact.verdict == "conflict"


def test_figures_of_one_day_are_not_a_tally_counted_again(tmp_path: Path) -> None:
    report = _strikes(
        tmp_path,
        ("a", "2025-10-24", _STRIKE.format(n="Six")),
        ("b", "2025-10-24", _STRIKE.format(n="Three")),
    )
    fact = fact_of(report, "Six people")
    assert quotes_of(report, fact) == ["Six people", "Three people"]
    assert fact.verdict == "conflict"


def test_a_floor_reaches_as_far_as_the_count_of_its_day(tmp_path: Path) -> None:
    # "at least 5" counted on its day reaches 7.5 (running_floor_reach 1.5): six is in reach
    report = _strikes(
        tmp_path,
        ("a", "2025-10-24", _STRIKE.format(n="Six")),
        ("b", "2025-11-01", _STRIKE.format(n="At least five")),
    )
    fact = fact_of(report, "Six people")
    assert quotes_of(report, fact) == ["At least five people", "Six people"]


def test_a_toll_revised_down_a_little_is_still_the_toll(tmp_path: Path) -> None:
    # 20 / 18 is under growing_fall_ratio (1.2): a revision, not another strike
    report = _strikes(
        tmp_path,
        ("a", "2025-10-24", _STRIKE.format(n="Twenty")),
        ("b", "2025-11-01", _STRIKE.format(n="Eighteen")),
    )
    fact = fact_of(report, "Twenty people")
    assert quotes_of(report, fact) == ["Eighteen people", "Twenty people"]
    assert fact.verdict == "conflict"
