"""Normalize: turn `Mention`s into `Claim`s, each by the kind that found it.

A quantity becomes an interval in a canonical unit, an office holder a canonical person, an
event a resolved date and place; every claim gets its context (subject, place, time anchor,
attribution) from `reconcile.context`. See the kinds' folders for each reading.
"""

from __future__ import annotations

from typing import Any

from reconcile.kinds import Kinds
from reconcile.models import Claim, Mention, Source


def normalize(
    mentions: tuple[Mention[Any], ...], source: Source, kinds: Kinds
) -> tuple[Claim, ...]:
    """Claims for the mentions of one source, in text order (mentions that cannot be read
    as claims are left out)."""
    own = kinds.language(source.language).by_claim_kind
    claims = [own[m.kind].normalize(m, source) for m in mentions]
    return tuple(c for c in claims if c is not None)
