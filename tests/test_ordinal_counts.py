"""An ordinal that counts: news tells an incumbent's new term with an article and an ordinal
("running for a sixth term", "sworn in for a fourth term in office"), which states how many
terms there have been (`ordinals`, `ordinal_nouns`, `ordinal_modifiers` of numbers.toml). Two
sources telling one holder's term join; two holders' terms, or "his first term" (a period the
story knows), and an ordinal that ranks ("a second round") do not. So do the things a story
tells one at a time ("a fifth escapee is captured") and a round of talks. Sentences written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facts import fact_of, joined, run_of
from tests.test_recognizers_specs import claims_for


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Incumbent president Jane Roe is running for a sixth term.", [("sixth term", 6.0)]),
        (
            "Roe has won a fourth term in office with 91.2% of the vote.",
            [("fourth term", 4.0), ("91.2%", 91.2)],
        ),
        ("Polls favour a second term for incumbent John Doe.", [("second term", 2.0)]),
        ("Doe seeks a fifth consecutive term in May.", [("fifth consecutive term", 5.0)]),
        ("Roe begins an unprecedented fourth term.", [("fourth term", 4.0)]),
        # the count of terms served stays a count of its own
        (
            "He served two terms and is seeking a third straight term.",
            [("two terms", 2.0), ("third straight term", 3.0)],
        ),
        # a fraction word that is also an ordinal: a share before "of", a count before "term"
        (
            "The party won a fourth term, while a fourth of voters stayed home.",
            [("fourth term", 4.0), ("a fourth of voters", 25.0)],
        ),
        # a period the story knows, not a new term told: no count
        ("During his first term, Doe cut taxes.", []),
        ("A year into his second term, Doe cut taxes.", []),
        ("The second term of the court opens in May.", []),
        # what a story tells one at a time as it happens: the ordinal says how many so far
        ("A fifth escapee is captured near Karsk.", [("fifth escapee", 5.0)]),
        ("A fourth escaped inmate was caught on Monday.", [("fourth escaped inmate", 4.0)]),
        ("A third victim died in hospital.", [("third victim", 3.0)]),
        # the definite article after "becoming", "was", … counts as the indefinite one
        (
            "A child died, becoming the third measles-related death in Karsk.",
            [("third measles-related death", 3.0)],
        ),
        ("He was the fifth escapee caught.", [("fifth escapee", 5.0)]),
        # … and alone names one the story knows
        ("The third victim was named on Monday.", []),
        # a round before "of" is one of a series; alone it is a run-off
        ("Envoys meet for a fourth round of talks.", [("fourth round", 4.0)]),
        # an ordinal before any other noun ranks
        ("Roe won a second round and a third place.", []),
        ("A fourth-year student led the march.", []),
        ("A second prisoner exchange took place.", []),
        ("A third party candidate entered the race.", []),
        # a word in lower case more than one apart: no count
        ("A fifth very old escaped inmate was found.", []),
    ],
)
def test_an_ordinal_counts_only_a_term_told_with_an_article(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    got = [(c.quote, c.value) for c in claims_for(sentence)]
    assert got == expected
    for claim in claims_for(sentence):
        if claim.quote.endswith("term"):
            assert (claim.kind, claim.noun_class) == ("count", "term")


ROE = "Karsk votes for president. Incumbent president Jane Roe is running for a sixth term."


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # one holder's term, told before and after the vote: one fact
        (
            "Results show that incumbent president Jane Roe has won a sixth term in office.",
            [["sixth term", "sixth term"]],
        ),
        # the other source counts another term of hers: one fact, in conflict
        (
            "Results show that incumbent president Jane Roe has won a fifth term in office.",
            [["fifth term", "sixth term"]],
        ),
        # another holder's term of the same number: two facts
        ("Tarvin votes too. Incumbent president John Doe is running for a sixth term.", []),
    ],
)
def test_two_sources_telling_one_holders_term_join(
    tmp_path: Path, other: str, expected: list[list[str]]
) -> None:
    assert joined(run_of(tmp_path, ROE, other, day="2026-04-10"), "count") == expected


def test_two_holders_terms_in_each_source_keep_their_own(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "Jane Roe of Karsk is running for a fourth term, and John Doe of Tarvin seeks a"
        " second term.",
        "Results show John Doe of Tarvin has won a second term, and Jane Roe of Karsk a"
        " fourth term.",
        day="2026-04-10",
    )
    assert joined(report, "count") == [
        ["fourth term", "fourth term"],
        ["second term", "second term"],
    ]


def test_the_escapees_caught_in_turn_are_one_running_count(tmp_path: Path) -> None:
    """Two days' reports of a jailbreak, each telling the latest escapee caught: one fact of
    people captured, in conflict (a running count), not two."""
    report = run_of(
        tmp_path,
        "Ten inmates escaped from the Karsk jail. A fourth escaped inmate is captured in Karsk.",
        "Ten inmates escaped from the Karsk jail. A fifth escapee is captured in Karsk.",
        day="2026-04-10",
    )
    assert joined(report, "count") == [
        ["Ten inmates", "Ten inmates"],
        ["fifth escapee", "fourth escaped inmate"],
    ]
    assert fact_of(report, "fifth escapee").verdict == "conflict"
    for claim in claims_for("A fifth escapee is captured in Karsk."):
        assert claim.concept == "captured"
