"""Claim kinds, one folder each, and the table the stages loop over.

A kind implements `reconcile.kinds.base.Kind`: find, normalize, block key, pair decision,
verdict, label and render fragment. `KINDS` lists them; `kind_of` answers for a claim's
JSON `kind` without building anything (what a claim means, whether it is numeric), and
`Kinds.build(rules)` compiles every kind once for a run. No stage asks for a kind by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reconcile.context import ContextReader
from reconcile.kinds.base import Kind
from reconcile.kinds.date.kind import DateKind
from reconcile.kinds.event.kind import EventKind
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.place.kind import PlaceKind
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.kinds.route.kind import RouteKind
from reconcile.kinds.source.kind import StatingKind
from reconcile.kinds.thing.kind import ThingKind
from reconcile.models import Claim
from reconcile.rules import RuleSet

# The table of kinds, in the order their mentions are looked for in a sentence.
KINDS: tuple[type[Kind], ...] = (
    QuantityKind,
    OfficeKind,
    EventKind,
    PlaceKind,
    DateKind,
    ThingKind,
    RouteKind,
    StatingKind,
)

_BY_CLAIM_KIND: dict[str, type[Kind]] = {k: kind for kind in KINDS for k in kind.claim_kinds}


def kind_of(claim_kind: str) -> type[Kind]:
    """The kind whose claims carry this JSON `kind` ("count" is a quantity)."""
    return _BY_CLAIM_KIND[claim_kind]


def is_numeric(claim: Claim) -> bool:
    """Whether a claim states a number with an interval (asked of its kind, not its name)."""
    return kind_of(claim.kind).numeric


def means(claim: Claim) -> str:
    """What a claim means, as one short text: its interval, or what it names."""
    return kind_of(claim.kind).means(claim)


@dataclass(frozen=True)
class Kinds:
    """Every kind compiled with one run's rules: built once, handed to each stage."""

    rules: RuleSet
    context: ContextReader
    kinds: tuple[Kind, ...]
    by_claim_kind: dict[str, Kind]

    @classmethod
    def build(cls, rules: RuleSet) -> Kinds:
        """Compile the context reader and every kind of the table for these rules."""
        context = ContextReader(rules)
        kinds = tuple(kind(rules, context) for kind in KINDS)
        index = {k: kind for kind in kinds for k in kind.claim_kinds}
        return cls(rules, context, kinds, index)

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.kinds)

    def of(self, claim: Claim) -> Kind:
        """The compiled kind of a claim."""
        return self.by_claim_kind[claim.kind]


__all__ = ["KINDS", "Kind", "Kinds", "is_numeric", "kind_of", "means"]
