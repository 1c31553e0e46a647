"""Normalize: turn `Mention`s into `Claim`s, each by the kind that found it.

A quantity becomes an interval in a canonical unit, an office holder a canonical person, an
event a resolved date and place; every claim gets its context (subject, place, time anchor,
attribution) from `reconcile.context`. See the kinds' folders for each reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from reconcile.kinds import Kind, Kinds
from reconcile.models import Claim, Mention, Source


def normalize(
    mentions: tuple[Mention[Any], ...], source: Source, kinds: Kinds
) -> tuple[Claim, ...]:
    """Claims for the mentions of one source, in text order (mentions that cannot be read
    as claims are left out)."""
    return tuple(each_claim(mentions, source, kinds))


def each_claim(mentions: Iterable[Mention[Any]], source: Source, kinds: Kinds) -> Iterator[Claim]:
    """The claims of `normalize`, one at a time as the mentions come (each is read alone,
    then the kinds that read across sentences read them in turn)."""
    own = kinds.language(source.language)
    claims = _each_read(mentions, source, own.by_claim_kind)
    for kind in own:
        if kind.reads_across:
            claims = kind.read_across(claims, source)
    return claims


def _each_read(
    mentions: Iterable[Mention[Any]], source: Source, own: Mapping[str, Kind]
) -> Iterator[Claim]:
    for mention in mentions:
        claim = own[mention.kind].normalize(mention, source)
        if claim is not None:
            yield claim
