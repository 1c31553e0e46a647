"""A year alone is a date after "since" and "by" as after "in": the start of what goes on
("fighting cancer since 2004") and a deadline ("carried out by 2012"), also where the word
opens the sentence ("In 2004, ..."); two sources' years meet when the words around them
share one. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from tests.test_named import claims, shown


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Roe has been fighting a rare cancer since 2004.", "2004"),
        ("The carmaker says its plan will be carried out by 2012.", "2012"),
        # (the word opening the sentence)
        ("In 2004, Acme sold more planes than its rival for the first time.", "2004"),
        ("Since 2009 the plant has stood idle.", "2009"),
    ],
)
def test_a_year_after_since_or_by_is_a_date(kinds: Kinds, text: str, quote: str) -> None:
    (claim,) = claims(kinds, text, "date", "2011-01-17")
    assert shown(kinds, claim) == (quote, quote)


def test_years_after_in_and_since_in_two_sources_are_one_fact(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Roe fought a rare cancer in 2004 and took leave.\n")
    (tmp_path / "b.txt").write_text("Roe has been fighting a rare cancer since 2004.\n")
    report = run([tmp_path])
    dates = {c.id for c in report.claims if c.kind == "date"}
    assert [sorted(f.claim_ids) == sorted(dates) for f in report.facts if f.kind == "date"] == [
        True
    ]


def test_a_year_and_a_month_in_it_of_one_source_may_join_one_fact(tmp_path: Path) -> None:
    # one source writes the month and, later, the year alone; another the year alone: one
    # event's date, which a veto between the first source's two claims used to split
    (tmp_path / "a.txt").write_text(
        "The shuttle fleet was retired in July 2011. Since 2011, crews have flown on Soyuz"
        " rockets.\n"
    )
    (tmp_path / "b.txt").write_text(
        "The shuttle fleet was retired in 2011, and crews have flown on Soyuz rockets since.\n"
    )
    report = run([tmp_path])
    quote = {c.id: c.quote for c in report.claims if c.kind == "date"}
    facts = [sorted(quote[i] for i in f.claim_ids) for f in report.facts if f.kind == "date"]
    assert facts == [["2011", "2011", "July 2011"]]


def test_two_days_of_one_source_stay_two_statements(tmp_path: Path) -> None:
    # (the other direction: a week and a day in it of one source are never one statement)
    for name, text in (
        ("a", "The plant was hit last week. Officials said on Thursday that repairs began."),
        ("b", "The plant was hit on Thursday."),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Plant hit\npublished: 2026-03-07\n---\n{text}\n", encoding="utf-8"
        )
    report = run([tmp_path])
    quote = {c.id: c.quote for c in report.claims if c.kind == "date"}
    facts = [sorted(quote[i] for i in f.claim_ids) for f in report.facts if f.kind == "date"]
    assert sorted(facts) == [["Thursday", "Thursday"], ["last week"]]


def test_a_year_relative_to_publication_without_a_publication_date_stays_unresolved(
    kinds: Kinds,
) -> None:
    (claim,) = claims(kinds, "Roe said the plant would close next year.", "date")
    assert shown(kinds, claim) == ("next year", "next year (not resolved)")
