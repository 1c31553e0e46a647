"""Reading a report's facts back by the quotes of their claims (shared by the matching tests)."""

from __future__ import annotations

from reconcile.models import Fact, Report


def fact_of(report: Report, quote: str) -> Fact:
    """The fact that holds the claim quoted as `quote`."""
    claim = next(c for c in report.claims if c.quote == quote)
    return next(f for f in report.facts if claim.id in f.claim_ids)


def quotes_of(report: Report, fact: Fact) -> list[str]:
    """The quotes of a fact's claims, sorted."""
    return sorted(report.claim(i).quote for i in fact.claim_ids)
