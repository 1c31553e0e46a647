"""Two figures of one sentence, and the figure another source states alike with both.

A sentence may state two figures of one concept ("Brent rose to $80.50 a barrel, while WTI
gained to $76.20"): two facts, never one (`OneSentence`). Another outlet's figure that
scores alike with both ("WTI traded at $76.40 a barrel") is one of them, and the nearer
number is its partner: one fact told by two outlets is told alike or nearly so, while
what one sentence states apart is another thing, of another size (the quantity kind's
`partner_evidence`, near the last of its evidence). The bare sum of such a sentence is read per
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


def _evidence(
    tmp_path: Path, both: str, other: str, quotes: tuple[str, str, str]
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The partner evidence of one claim (the first quote) with each of two claims of
    another source's sentence (the second and third), the two sources read as one run."""
    report = _sources(tmp_path, "Markets move", both, other)
    claims = {claim.quote: claim for claim in report.claims}
    partner, first, second = (claims[q] for q in quotes)
    return _KIND.partner_evidence(partner, first), _KIND.partner_evidence(partner, second)


def test_nearness_breaks_a_tie_of_the_evidence_before_it(tmp_path: Path) -> None:
    near, far = _evidence(
        tmp_path,
        "Brent crude rose to $80.50 a barrel, while West Texas Intermediate gained to $76.20.",
        # (a clause that names no subject: the subject tells neither figure)
        "The other benchmark traded at $76.40 a barrel.",
        ("$76.40 a barrel", "$76.20", "$80.50 a barrel"),
    )
    # alike in every other evidence, the nearer number ranks higher
    assert near[:4] == far[:4]
    assert near[5:] == far[5:]
    assert near > far
    assert near[4] == pytest.approx(-math.log(76.40 / 76.20), abs=1e-6)


# a sentence telling a move ("rose from 25 to 40", "rose to 40 from 25"), a later source's
# figure, and the quotes of its fact: the figure the sentence tells as now, not the one the
# move started from
MOVES = [
    (
        "The death toll from the floods in Karsk rose from 25 to 40 on Tuesday, officials said.",
        "The death toll from the floods in Karsk has risen to 46, officials said.",
        ["40", "46"],
    ),
    (
        "The death toll from the floods in Karsk rose to 40 from 25 on Tuesday, officials said.",
        "The death toll from the floods in Karsk has risen to 46, officials said.",
        ["40", "46"],
    ),
]


def _dated(folder: Path, *bodies: tuple[str, str]) -> Report:
    for n, (published, body) in enumerate(bodies):
        (folder / f"s{n}.md").write_text(
            f"---\ntitle: Floods in Karsk\npublished: {published}\n---\n{body}\n",
            encoding="utf-8",
        )
    return run([folder])


@pytest.mark.parametrize(("move", "later", "fact"), MOVES)
def test_a_later_figure_joins_the_figure_a_move_ends_at(
    tmp_path: Path, move: str, later: str, fact: list[str]
) -> None:
    report = _dated(tmp_path, ("2026-03-02", move), ("2026-03-04", later))
    assert quotes_of(report, fact_of(report, "46")) == fact
    assert quotes_of(report, fact_of(report, "25")) == ["25"]


def test_the_earlier_figure_of_a_move_is_the_last_evidence(tmp_path: Path) -> None:
    report = _dated(
        tmp_path,
        ("2026-03-02", "The floods in Karsk have killed 40 people, up from 25 on Monday."),
        ("2026-03-04", "The floods in Karsk have killed 46 people, officials said."),
    )
    claims = {claim.quote: claim for claim in report.claims}
    partner = claims["46 people"]
    now = _KIND.partner_evidence(partner, claims["40 people"])
    then = _KIND.partner_evidence(partner, claims["25"])
    assert now[-1] and not then[-1]
    # both stated as earlier figures, or neither: alike
    assert _KIND.partner_evidence(claims["25"], claims["25"])[-1]


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
    (
        "The DAX fell 2.10 percent while the CAC 40 fell 2.40 percent.",
        "The CAC 40 also took losses to close down 41.20 points or -2.25 %.",
        ["-2.25 %", "fell 2.40 percent"],
        "fell 2.10 percent",
    ),
    (
        "The CAC 40 fell 2.40 percent while the DAX fell 2.10 percent.",
        "The DAX also took losses to close down 41.20 points or -2.25 %.",
        ["-2.25 %", "fell 2.10 percent"],
        "fell 2.40 percent",
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
    own, other = _evidence(
        tmp_path,
        "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent.",
        "The Tarvin composite also took heavy losses to close down 74.15 points or 2.64 percent.",
        ("2.64 percent", "fell 3.20 percent", "fell 2.99 percent"),
    )
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
