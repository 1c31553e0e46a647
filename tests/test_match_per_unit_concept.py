"""A bare sum the run reads per a unit, followed to its fact: the prices of that unit lend it
their concept (`kinds/quantity/per_unit.py`), so that the pair is weighed as two figures of
one concept, not by the words around them."""

from __future__ import annotations

from pathlib import Path

from reconcile.concepts import RUN_PATTERN
from reconcile.kinds.quantity.per_unit import UNIT_SHAPE
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim, Report

from .facts import fact_of, quotes_of, two_sources


def _claim(report: Report, quote: str) -> Claim:
    return next(c for c in report.claims if c.quote == quote)


def _lent_by_unit(claim: Claim) -> bool:
    detail = claim.detail
    return (
        isinstance(detail, QuantityClaim)
        and detail.concept is not None
        and detail.concept.pattern.startswith(f"{RUN_PATTERN}{UNIT_SHAPE} ")
    )


def test_a_bare_price_in_other_words_joins_the_price_per_unit(tmp_path: Path) -> None:
    # the sentences share no word around the numbers: the unit and the concept the run
    # prices in say they are one price (two figures of it, not two facts)
    for bare, stated, quote, unit, price in (
        (
            "Oil jumped to $84 as supply fears grew.",
            "Crude oil was trading at $80 a barrel on Tuesday, dealers said.",
            "$84",
            "USD / oil_barrel",
            "$80 a barrel",
        ),
        (
            "After the storm, tomatoes fetched €2.40 in shops across the capital.",
            "Growers said tomatoes sold for €2.10 a kilogram at the wholesale market.",
            "€2.40",
            "EUR / kilogram",
            "€2.10 a kilogram",
        ),
    ):
        report = two_sources(tmp_path, "Prices climb", bare, stated)
        claim = _claim(report, quote)
        assert (claim.unit, claim.concept) == (unit, "price")
        assert _lent_by_unit(claim)
        fact = fact_of(report, quote)
        assert quotes_of(report, fact) == sorted([price, quote])
        assert fact.verdict in ("compatible", "conflict")  # two figures of one price


def test_a_price_far_from_the_unit_s_prices_is_lent_nothing(tmp_path: Path) -> None:
    # a total (no price of the barrel's order) stays a bare sum of no concept, alone
    report = two_sources(
        tmp_path,
        "Prices climb",
        "Oil companies spent $84 billion as supply fears grew.",
        "Crude oil was trading at $80 a barrel on Tuesday, dealers said.",
    )
    claim = _claim(report, "$84 billion")
    assert (claim.unit, claim.concept) == ("USD", None)
    assert quotes_of(report, fact_of(report, "$84 billion")) == ["$84 billion"]
