"""Two figures of one sentence, and the figure another source states alike with both.

A sentence may state two figures of one concept ("Brent rose to $80.50 a barrel, while WTI
gained to $76.20"): two facts, never one (`OneSentence`). Another outlet's figure that
scores alike with both ("WTI traded at $76.40 a barrel") is one of them, and the nearer
number is its partner: one fact told by two outlets is told alike or nearly so, while
what one sentence states apart is another thing, of another size (the quantity kind's
`partner_evidence`, last of its evidence). The bare sum of such a sentence is read per
the unit of the run's prices (`per_unit.py`), so it scores alike with every price of
that unit; the words around the numbers, one sentence for both, do not tell them apart.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.models import Report
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of

_KIND = next(k for k in Kinds.build(load_rules()).language("en") if isinstance(k, QuantityKind))


def _sources(folder: Path, title: str, *bodies: str) -> Report:
    for n, body in enumerate(bodies):
        (folder / f"s{n}.md").write_text(
            f"---\ntitle: {title}\npublished: 2026-03-02\n---\n{body}\n", encoding="utf-8"
        )
    return run([folder])


# (title, the sentence of two figures, another outlet's second figure, another outlet's
# first, the quotes of the two facts)
PRICES = [
    (
        "Oil prices climb",
        "Brent crude rose 2% to $80.50 a barrel on Monday, while West Texas Intermediate"
        " gained to $76.20.",
        "West Texas Intermediate crude traded at $76.40 a barrel on Monday.",
        "Brent crude was trading at $80.10 a barrel on Monday.",
        ["$80.10 a barrel", "$80.50 a barrel"],
        ["$76.20", "$76.40 a barrel"],
    ),
    (
        "Fuel prices",
        "Diesel sold for €1.72 a litre at the pumps on Monday, while petrol cost €1.65.",
        "Petrol cost €1.66 a litre at the pumps on Monday.",
        "Diesel sold for €1.71 a litre on Monday.",
        ["€1.71 a litre", "€1.72 a litre"],
        ["€1.65", "€1.66 a litre"],
    ),
    (
        "Oil prices climb",
        "Brent crude rose to $80.50 a barrel on Monday and West Texas Intermediate to $76.20"
        " a barrel.",
        "West Texas Intermediate crude traded at $76.40 on Monday.",
        "Brent crude was trading at $80.10 on Monday.",
        ["$80.10", "$80.50 a barrel"],
        ["$76.20 a barrel", "$76.40"],
    ),
]


@pytest.mark.parametrize(("title", "both", "second", "first", "one", "other"), PRICES)
def test_a_price_joins_the_nearer_figure_of_a_sentence_of_two(
    tmp_path: Path,
    title: str,
    both: str,
    second: str,
    first: str,
    one: list[str],
    other: list[str],
) -> None:
    report = _sources(tmp_path, title, both, second, first)
    # the figure restated elsewhere joins its fact...
    assert quotes_of(report, fact_of(report, one[0])) == one
    assert quotes_of(report, fact_of(report, other[1])) == other
    # ...and the two figures of one sentence stay two facts
    assert fact_of(report, one[1]).id != fact_of(report, other[0]).id


def test_two_figures_of_one_sentence_stay_apart_alone(tmp_path: Path) -> None:
    # no other outlet: each figure of the sentence is its own fact
    report = _sources(
        tmp_path,
        "Oil prices climb",
        "Brent crude rose to $80.50 a barrel on Monday, while West Texas Intermediate gained"
        " to $76.20.",
        "Crude oil prices climbed on Monday as supply fears grew.",
    )
    assert quotes_of(report, fact_of(report, "$80.50 a barrel")) == ["$80.50 a barrel"]
    assert quotes_of(report, fact_of(report, "$76.20")) == ["$76.20"]


def test_nearness_is_the_last_evidence(tmp_path: Path) -> None:
    report = _sources(
        tmp_path,
        "Oil prices climb",
        "Brent crude rose to $80.50 a barrel, while West Texas Intermediate gained to $76.20.",
        # (no name of its own: the subject tells nothing here)
        "The lighter grade traded at $76.40 a barrel.",
    )
    claims = {claim.quote: claim for claim in report.claims}
    partner = claims["$76.40 a barrel"]
    near = _KIND.partner_evidence(partner, claims["$76.20"])
    far = _KIND.partner_evidence(partner, claims["$80.50 a barrel"])
    # alike in every other evidence, the nearer number ranks higher
    assert near[:-1] == far[:-1]
    assert near > far
    assert near[-1] == pytest.approx(-math.log(76.40 / 76.20), abs=1e-6)


# (the sentence of two figures, each of its own index; another outlet's figure of one of
# them; the quotes of the fact it joins; the figure left alone). Each figure of the run
# belongs to the name its clause is about ("the Karsk index fell 2.99 percent while the
# Tarvin composite fell 3.20 percent"): another outlet's figure told of that name, as its
# clause's subject, is its partner, whichever of the two its words score a point higher with.
OWNED = [
    (
        "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent.",
        "The Karsk index also took heavy losses to close down 74.15 points or 2.64 percent.",
        ["2.64 percent", "fell 2.99 percent"],
        "fell 3.20 percent",
    ),
    (
        "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent.",
        "The Tarvin composite also took heavy losses to close down 74.15 points or 2.64 percent.",
        ["2.64 percent", "fell 3.20 percent"],
        "fell 2.99 percent",
    ),
    (
        "The Tarvin composite index fell 3.20 percent while the Karsk index fell 2.99 percent.",
        "The Karsk index also took heavy losses to close down 74.15 points or 2.64 percent.",
        ["2.64 percent", "fell 2.99 percent"],
        "fell 3.20 percent",
    ),
    (
        "The Tarvin composite index fell 3.20 percent while the Karsk index fell 2.99 percent.",
        "The Tarvin composite also took heavy losses to close down 74.15 points or 2.64 percent.",
        ["2.64 percent", "fell 3.20 percent"],
        "fell 2.99 percent",
    ),
]


@pytest.mark.parametrize(("both", "other", "joined", "alone"), OWNED)
def test_a_figure_joins_the_figure_of_its_own_subject_in_a_sentence_of_two(
    tmp_path: Path, both: str, other: str, joined: list[str], alone: str
) -> None:
    report = _sources(tmp_path, "Stocks fall", both, other)
    assert sorted(quotes_of(report, fact_of(report, joined[0]))) == joined
    # the other index's figure is no partner of it
    assert quotes_of(report, fact_of(report, alone)) == [alone]


def test_the_subject_is_evidence_after_the_concept(tmp_path: Path) -> None:
    # the same subject on both sides ranks a partner above one of another subject, all
    # else alike
    report = _sources(
        tmp_path,
        "Stocks fall",
        "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent.",
        "The Tarvin composite also took heavy losses to close down 74.15 points or 2.64 percent.",
    )
    claims = {claim.quote: claim for claim in report.claims}
    partner = claims["2.64 percent"]
    own = _KIND.partner_evidence(partner, claims["fell 3.20 percent"])
    other = _KIND.partner_evidence(partner, claims["fell 2.99 percent"])
    assert own[:3] == other[:3]
    assert own[3] and not other[3]
    assert own > other


def test_a_third_name_is_partner_of_neither_figure(tmp_path: Path) -> None:
    # another index's figure: neither subject is its own, the two figures stay alone
    report = _sources(
        tmp_path,
        "Stocks fall",
        "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent.",
        "The Marel index also took heavy losses to close down 3.10 percent.",
    )
    claims = {claim.quote: claim for claim in report.claims}
    partner = next(c for q, c in claims.items() if "3.10" in q)
    assert not any(
        _KIND.partner_evidence(partner, claims[q])[3]
        for q in ("fell 2.99 percent", "fell 3.20 percent")
    )
