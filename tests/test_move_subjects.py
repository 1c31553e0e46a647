"""A rise or fall by a share whose own words name nothing is a move of the subject of its
clause (`move_subjects`, `move_subject_dimensions` in `rules/lang/en/frames.toml`): "The
Karsk 40 index has today gone up in value by 3.5%", "..., a stock index of the exchange's
largest companies, fell 1.5%", a clause that leaves its subject out (", then rose 1.2%"),
and a pronoun standing for the subject of the clause or sentence before ("It fell by
2.2%"). Read so, two sources' moves of one index are one fact (a rise and a fall of it in
conflict); the moves of two indices, of a thing no index, a bare count moved, a level and a
share of a vote stay apart."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reconcile.errors import RulesError
from reconcile.rules import RuleSet, load_rules
from tests.conftest import bundled
from tests.test_recognizers_specs import claims_for

from .facts import fact_of, quotes_of, two_sources

ENGLISH = bundled().rules.for_language("en")


def _moves(sentence: str, rules: RuleSet = ENGLISH) -> dict[str, tuple[str | None, str | None]]:
    return {c.quote: (c.concept, c.change) for c in claims_for(sentence, rules) if c.change}


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        # the subject far from its verb: no frame reaches it
        ("The Karsk 40 index has today gone up in value by 3.5 %, dealers said.", "by 3.5 %", "up"),
        # past an apposition naming what the subject is
        (
            "The Velm Composite, a stock market index of the exchange's largest companies,"
            " fell 1.5 % at the close on Monday.",
            "fell 1.5 %",
            "down",
        ),
        # a pronoun opening its sentence: the subject of the sentence before
        (
            "The Karsk 40 index was among the day's worst performers. It fell by 2.2 % to"
            " end the week lower.",
            "fell by 2.2 %",
            "down",
        ),
        # a pronoun after a joining word: the subject of the clause before
        (
            "The Tarvin index is one of the gauges that did well today, and it closed up"
            " 6.4 % in late trading.",
            "up 6.4 %",
            "up",
        ),
        # a clause that leaves its subject out shares the one before
        ("The Bovespa opened lower on Monday, then rose 1.2 % by noon.", "rose 1.2 %", "up"),
    ],
)
def test_a_move_of_an_index_subject_is_an_index_change(text: str, quote: str, change: str) -> None:
    assert _moves(text)[quote] == ("index_change", change)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a subject of its own in the number's clause, no index
        ("The Karsk 40 index fell 2.1 % on Monday, and crude oil rose by 1.4 %.", "rose by 1.4 %"),
        ("Stocks slid on Monday while gold rose by 1.4 %.", "rose by 1.4 %"),
        # the pronoun stands for a thing no index
        ("Crude oil was the day's best performer. It rose by 2.1 % in New York.", "rose by 2.1 %"),
        ("Acme's profit rose sharply last year. It rose by 4 % this quarter.", "rose by 4 %"),
        # a bare count moved says not that it counts the subject's points
        (
            "The Velm Composite, a stock market index of the exchange's largest companies,"
            " fell 120.5 at the close on Monday.",
            "fell 120.5",
        ),
        # a share of a vote that rose: the subject is the share, no index
        ("The Karsk Party won 40 % of the vote, and its share rose by 4 %.", "rose by 4 %"),
    ],
)
def test_a_move_of_another_subject_gets_no_index_concept(text: str, quote: str) -> None:
    concept, _ = _moves(text)[quote]
    assert concept != "index_change"


def test_without_the_rules_key_a_move_s_subject_gives_no_concept() -> None:
    rules = dataclasses.replace(
        ENGLISH,
        frames=dataclasses.replace(ENGLISH.frames, move_subjects={}),
        by_language={},
    )
    text = "The Karsk 40 index has today gone up in value by 3.5 %, dealers said."
    assert _moves(text, rules)["by 3.5 %"] == (None, "up")


LOSERS = (
    "The Karsk 40 index was among the day's worst performers on Tuesday. It fell by 2.2 %"
    " to end at its lowest in a month."
)


def test_a_rise_and_a_fall_of_one_index_are_one_fact_in_conflict(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        "The Karsk 40 index has today gone up in value by 3.5 %, dealers in Karsk said.",
        LOSERS,
    )
    fact = fact_of(report, "by 3.5 %")
    assert quotes_of(report, fact) == ["by 3.5 %", "fell by 2.2 %"]
    assert fact.verdict == "conflict"


def test_the_moves_of_two_indices_stay_apart(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        "The Tarvin Composite rose 1.1 % on Tuesday, while the Velm index rose 2.6 %.",
        "The Velm index was the day's best performer on Tuesday. It rose by 2.5 % in late trading.",
    )
    assert quotes_of(report, fact_of(report, "rose by 2.5 %")) == ["rose 2.6 %", "rose by 2.5 %"]
    assert quotes_of(report, fact_of(report, "rose 1.1 %")) == ["rose 1.1 %"]


def test_a_fall_of_an_index_and_a_rise_of_oil_stay_apart(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk markets",
        "Crude oil was the day's best performer on Tuesday. It rose by 2.2 % in Karsk.",
        LOSERS,
    )
    assert quotes_of(report, fact_of(report, "fell by 2.2 %")) == ["fell by 2.2 %"]


def test_a_level_of_an_index_never_meets_its_move(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        "The Karsk 40 index closed at 2.2 points above its opening on Tuesday, traders said.",
        LOSERS,
    )
    assert quotes_of(report, fact_of(report, "fell by 2.2 %")) == ["fell by 2.2 %"]


def test_a_move_subject_s_class_and_concept_are_checked(tmp_path: Path) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text(
        '[move_subjects]\nindex_change = "gauges"\nrally = "index"\n', encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = str(folder / "frames.toml")
    assert [str(p).replace(shown, "frames.toml") for p in caught.value.problems] == [
        "frames.toml:2: move_subjects.index_change: unknown word class 'gauges'; define it"
        " in [words]",
        "frames.toml:3: move_subjects.rally: unknown concept; declare it in [concepts]",
    ]
