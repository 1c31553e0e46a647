"""A count of none: "no one was injured", "nobody was killed", "no deaths were reported"
(`none_pronouns`, `none_verbs`, `none_article`, `none_nouns` of numbers.toml). News often
says nobody came to harm where another outlet counts some: the two are one fact in conflict.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facts import fact_of, joined, run_of
from tests.test_recognizers_specs import claims_for


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No one was injured in the blast.", [("No one", 0.0, "injured")]),
        ("Nobody has been killed so far.", [("Nobody", 0.0, "deaths")]),
        ("There were no injuries.", [("no injuries", 0.0, "injured")]),
        ("No deaths were reported.", [("No deaths", 0.0, "deaths")]),
        (
            "Police said no one was hurt and two people were arrested.",
            [("no one", 0.0, "injured"), ("two people", 2.0, "arrested")],
        ),
        # nobody, with no verb of what befell them: no count
        ("No one knows why the dam broke.", []),
        ("Nobody, the mayor said, had expected it.", []),
        # nor with what they do
        ("Nobody is conducting a formal inquiry.", []),
        ("No one was seriously injured.", [("No one", 0.0, "injured")]),
        # "no" before a noun of no harm told: no count
        ("There was no evidence of a crime.", []),
    ],
)
def test_nobody_harmed_is_a_count_of_none(
    sentence: str, expected: list[tuple[str, float, str | None]]
) -> None:
    got = [(c.quote, c.value, c.concept) for c in claims_for(sentence) if c.kind == "count"]
    assert got == expected


@pytest.mark.parametrize(
    ("other", "quotes", "verdict"),
    [
        ("Two people were injured.", ["No one", "Two people"], "conflict"),
        ("There were no injuries.", ["No one", "no injuries"], "agree"),
    ],
)
def test_none_injured_meets_another_sources_count_of_the_injured(
    tmp_path: Path, other: str, quotes: list[str], verdict: str
) -> None:
    """None injured against some injured is one fact in conflict; against none, agreed."""
    told = "A bomb exploded outside the Karsk embassy on Monday. "
    report = run_of(tmp_path, told + "No one was injured.", told + other, day="2026-04-10")
    assert joined(report, "count") == [quotes]
    assert fact_of(report, "No one").verdict == verdict
