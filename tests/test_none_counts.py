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


def test_none_injured_and_some_injured_are_one_fact_in_conflict(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "A bomb exploded outside the Karsk embassy on Monday. No one was injured.",
        "A bomb exploded outside the Karsk embassy on Monday. Two people were injured.",
        day="2026-04-10",
    )
    assert joined(report, "count") == [["No one", "Two people"]]
    assert fact_of(report, "No one").verdict == "conflict"


def test_none_harmed_in_both_agree(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "A bomb exploded outside the Karsk embassy on Monday. No one was injured.",
        "A bomb exploded outside the Karsk embassy on Monday. There were no injuries.",
        day="2026-04-10",
    )
    assert joined(report, "count") == [["No one", "no injuries"]]
    assert fact_of(report, "No one").verdict == "agree"
