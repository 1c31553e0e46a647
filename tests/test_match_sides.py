"""Results written "N to M" (a poll average, a vote, a score): the higher side of one source
meets the higher side of another, never the lower one, however alike their words are."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import DifferentSide
from reconcile.render.words import reason_text
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _write(folder: Path, name: str, published: str, body: str) -> None:
    text = f"---\ntitle: Poll race in Norland tightens\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _sides(report: Report) -> dict[str, str]:
    kinds = Kinds.build(load_rules(None))
    return {
        c.quote: kinds.default.of(c).side(c)  # type: ignore[attr-defined]
        for c in report.claims
        if c.kind == "percent" or c.kind == "count"
    }


def test_the_leaders_share_meets_the_leaders_share_in_another_source(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "2024-05-01",
        "Governor Alma Reyes led Senator Tom Price in the Statewide Poll average,"
        " 48.2 percent to 41.5 percent.",
    )
    _write(
        tmp_path,
        "b",
        "2024-06-01",
        "At the end of June, Reyes led Price in the Statewide Poll average,"
        " 49.0 percent to 42.3 percent.",
    )
    report = run([tmp_path])
    leader = fact_of(report, "48.2 percent")
    assert quotes_of(report, leader) == ["48.2 percent", "49.0 percent"]
    assert leader.verdict == "conflict"
    trailer = fact_of(report, "41.5 percent")
    assert quotes_of(report, trailer) == ["41.5 percent", "42.3 percent"]
    assert _sides(report) == {
        "48.2 percent": "higher",
        "41.5 percent": "lower",
        "49.0 percent": "higher",
        "42.3 percent": "lower",
    }


def test_a_rising_range_and_a_lone_number_have_no_side(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "2024-05-01",
        "Reyes polled 48 percent in Norland. Turnout is expected at 60 to 65 percent.",
    )
    _write(tmp_path, "b", "2024-05-02", "The vote in Norland passed 220 to 207 on Tuesday.")
    report = run([tmp_path])
    sides = _sides(report)
    assert sides["48 percent"] == ""
    assert sides["60 to 65 percent"] == ""
    assert sides["220"] == "higher"
    assert sides["207"] == "lower"


def test_a_different_side_is_a_hard_veto_named_in_the_report() -> None:
    assert not DifferentSide.soft
    assert reason_text(DifferentSide("higher", "lower")) == (
        "different side of a result: the higher vs the lower"
    )


def test_a_poll_average_stated_at_the_start_and_the_end_of_each_month_is_one_fact(
    tmp_path: Path,
) -> None:
    # Each monthly source states the average twice (it changed within the month), the second
    # time in other words, and the trailer's share only after the leader's.
    _write(
        tmp_path,
        "a",
        "2024-06-01",
        "As the campaign entered May, Governor Alma Reyes led Senator Tom Price in the Statewide"
        " Poll average, 47.4 percent to 42.1 percent.\n\n"
        "By the end of May, Reyes kept her lead over Price in the Statewide Poll average,"
        " 48.4 percent to 42.5 percent.",
    )
    _write(
        tmp_path,
        "b",
        "2024-07-01",
        "As the campaign entered June, Governor Alma Reyes led Senator Tom Price in the"
        " Statewide Poll average, 49.0 percent to 42.2 percent.\n\n"
        "In the Statewide Poll average at the end of June, Reyes led Price 50.0 to 40.4"
        " percent.",
    )
    _write(
        tmp_path,
        "c",
        "2024-08-01",
        "As the campaign reached July, Governor Alma Reyes led Senator Tom Price in the"
        " Statewide Poll average, 49.7 percent to 40.3 percent.",
    )
    report = run([tmp_path])
    leader = fact_of(report, "47.4 percent")
    assert quotes_of(report, leader) == [
        "47.4 percent",
        "48.4 percent",
        "49.0 percent",
        "49.7 percent",
        "50.0",
    ]
    assert leader.verdict == "conflict"
    trailer = fact_of(report, "42.1 percent")
    assert quotes_of(report, trailer) == [
        "40.3 percent",
        "40.4 percent",
        "42.1 percent",
        "42.2 percent",
        "42.5 percent",
    ]
    assert _sides(report)["50.0"] == "higher"
