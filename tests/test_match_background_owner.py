"""A figure told in passing in a relative clause, owned by a possessive or an of-phrase
(`GoverningReader.owned_alike`, `background_names`), is its owner's: two sources telling it
after two different actors ("The Senate approves a bill, which could shorten Roe's 12-year
sentence" / "The Assembly approves a bill, which ...") state one fact, and the actors are
no rival names (`RivalNames`). The look-alikes stay apart: two owners, rivals named in the
figure's own clause, a place framing the figure ("In the Senate, Labour's 40 seats"), a
figure told after a toll it is part of.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reconcile.governs import POSSESSOR, GoverningReader
from reconcile.kinds import Kinds
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.models import Claim
from reconcile.rules import load_rules
from tests.facts import claims_in, day_page, fact_of, quotes_of, run_of

_SENATE = "The Karsk Senate approves a bill that cuts terms for fraud, which could shorten"
_ASSEMBLY = "The Karsk Assembly approves a bill that cuts terms for fraud, which could shorten"


def _kind() -> QuantityKind:
    language = Kinds.build(load_rules()).language("en")
    return next(k for k in language if isinstance(k, QuantityKind))


def _claim(text: str, quote: str) -> Claim:
    """The measure quoted `quote` of one source holding `text`."""
    found = claims_in(Kinds.build(load_rules()), "measure", text)
    return next(c for c in found if c.quote == quote)


@pytest.mark.parametrize(
    "owner",
    ["former minister Dana Roe's", "former minister [Dana Roe](https://example.org/roe)'s"],
)
def test_a_figure_told_in_passing_after_two_actors_is_its_owners(
    tmp_path: Path, owner: str
) -> None:
    # two day pages a week apart, each telling one chamber's vote; the sentence each names is
    # the former minister's, whichever chamber acts on it (a link's blank before the
    # possessive mark reads as the mark)
    day_page(tmp_path, "a", "10", f"{_ASSEMBLY} {owner} 12-year prison sentence.", "Karsk bill")
    day_page(tmp_path, "b", "17", f"{_SENATE} {owner} 12-year prison sentence.", "Karsk bill")
    report = run_of(tmp_path)
    fact = fact_of(report, "12-year")
    assert quotes_of(report, fact) == ["12-year", "12-year"]
    assert fact.verdict == "agree"


@pytest.mark.parametrize(
    ("first", "second", "quote"),
    [
        # two owners of one figure each
        (
            f"{_SENATE} Dana Roe's 12-year prison sentence.",
            f"{_ASSEMBLY} Lee Tam's 12-year prison sentence.",
            "12-year",
        ),
        # two countries, each its own figure
        (
            "The Karsk Senate signs the pact, which caps Karsk's emissions at 40 million tonnes.",
            "The Varn Senate signs the pact, which caps Varn's emissions at 40 million tonnes.",
            "40 million tonnes",
        ),
        # the owners told in the figure's own clause, two of them
        (
            "The Karsk Senate approves the budget, which funds 40 brigades of the Karsk Army.",
            "The Karsk Assembly approves the budget, which funds 40 brigades of the Karsk Navy.",
            "40 brigades",
        ),
        # one party's seats in two chambers: the chamber frames the figure, no relative clause
        (
            "In the Karsk Senate, the Labour Party's 40 seats hold firm after the vote.",
            "In the Karsk Assembly, the Labour Party's 40 seats hold firm after the vote.",
            "40 seats",
        ),
        # one country's part of two storms' tolls
        (
            "The toll from Typhoon Kalmaegi rises, with the Philippines' 66 deaths the most.",
            "The toll from Typhoon Fung-wong rises, with the Philippines' 66 deaths the most.",
            "66 deaths",
        ),
    ],
)
def test_look_alikes_of_a_figure_told_in_passing_stay_apart(
    tmp_path: Path, first: str, second: str, quote: str
) -> None:
    report = run_of(tmp_path, first, second)
    assert quotes_of(report, fact_of(report, quote)) == [quote]


def test_the_actors_before_a_background_clause_are_no_rivals() -> None:
    kind = _kind()
    a = _claim(f"{_SENATE} Dana Roe's 12-year prison sentence.", "12-year")
    b = _claim(f"{_ASSEMBLY} Dana Roe's 12-year prison sentence.", "12-year")
    assert kind.governs.owned_alike(a, b)
    assert kind.governs.read(a).how == POSSESSOR
    assert kind.governs.background_names(a) == {"dana roe", "roe"}
    decision = kind.decide(a, b, kind.context.features(a), kind.context.features(b))
    assert decision.veto is None
    assert decision.score > 0


@pytest.mark.parametrize(
    ("words", "expected"), [(("which", "who"), {"dana roe", "roe"}), ((), None)]
)
def test_the_words_that_open_a_background_clause_are_a_rule(
    words: tuple[str, ...], expected: set[str] | None
) -> None:
    # `background_words` (context.toml): without them, every name near or before the number
    # is read for rivals, as before
    kind = _kind()
    rules = replace(Kinds.build(load_rules()).language("en").rules.context, background_words=words)
    reader = GoverningReader(kind.context, rules)
    claim = _claim(f"{_SENATE} Dana Roe's 12-year prison sentence.", "12-year")
    assert reader.background_names(claim) == expected


def test_a_number_of_the_main_clause_has_no_background_names() -> None:
    kind = _kind()
    claim = _claim("The Karsk Senate cuts Dana Roe's 12-year prison sentence.", "12-year")
    assert kind.governs.background_names(claim) is None
