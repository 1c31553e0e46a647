"""Small views of a claim shared by every renderer and by the check, so they never disagree."""

from __future__ import annotations

from reconcile.models import Claim, Source

NUMERIC_KINDS = frozenset({"count", "money", "measure", "percent"})


def means_text(claim: Claim) -> str:
    """What a claim means, as one short text: its interval, or what it names (a person; an
    event's date and place)."""
    if claim.kind in NUMERIC_KINDS:
        return claim.interval.notation()
    return claim.entity_text or claim.entity or " ".join(claim.quote.split())


def line_of(source: Source, offset: int) -> int:
    """1-based line number of a character offset in the source's text."""
    return source.line_of(offset)
