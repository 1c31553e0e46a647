"""The window a market figure is told over is its time anchor: the year so far, in any of
its wordings (`time_aliases`: "since the start of the year" is "this year"), and the day's
trading ("for the day"). One index's fall over the year and its fall on one day are two
facts; its fall over the year told in two wordings is one."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.context import time_key
from reconcile.lexicon import compile_lexicon
from reconcile.models import Report
from reconcile.rules import load_rules


def _write(folder: Path, name: str, body: str) -> None:
    text = f"---\ntitle: Karsk stocks slide\npublished: 2024-11-20\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _percent_facts(folder: Path, first: str, second: str) -> list[list[str]]:
    _write(folder, "a", first)
    _write(folder, "b", second)
    report: Report = run([folder])
    return sorted(
        sorted(report.claim(i).quote for i in f.claim_ids)
        for f in report.facts
        if report.claim(f.claim_ids[0]).kind == "percent"
    )


def test_the_year_so_far_in_other_words_is_one_window() -> None:
    words = compile_lexicon(load_rules(None), "en").time_words
    keys = {
        time_key(said, words, "2024-11-20")
        for said in (
            "since the beginning of the year",
            "since the start of the year",
            "so far this year",
            "this year",
        )
    }
    assert keys == {"in 2024"}
    # every wording the time patterns read of a window so far is that window
    assert time_key("from the start of this month", words) == time_key("this month", words)
    assert time_key("the week", words) == time_key("so far this week", words)
    assert time_key("for the day", words) != time_key("since the start of the year", words)


def test_a_fall_over_the_year_and_a_fall_on_the_day_are_two_facts(tmp_path: Path) -> None:
    facts = _percent_facts(
        tmp_path,
        "The Karsk Composite index has fallen 38% since the beginning of the year.",
        "For the day, the Karsk Composite index closed down 5.5 percent.",
    )
    assert facts == [["down 5.5 percent"], ["fallen 38%"]]


def test_a_fall_over_the_year_in_two_wordings_is_one_fact(tmp_path: Path) -> None:
    facts = _percent_facts(
        tmp_path,
        "The Karsk Composite index has fallen 38% since the beginning of the year.",
        "The Karsk Composite index is down 38 percent so far this year.",
    )
    assert facts == [["down 38 percent", "fallen 38%"]]
