"""Small views of a claim shared by every renderer and by the check, so they never disagree."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

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
    return bisect_right(_line_starts(source.text), offset)


@lru_cache(maxsize=16)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line of `text` starts: read once per text, so that the lines of all of a
    source's claims cost one pass over it, not one each."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)
