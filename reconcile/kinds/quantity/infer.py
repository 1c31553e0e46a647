"""Concepts lent across the run's sources: a number that says nothing of what it measures
takes the concept another source reads for the same number.

One outlet writes "the strikes killed 18 civilians", another lists "the deaths of 145
fighters, 18 civilians and 18 police": the second's frame is out of reach (a long list
item), yet its sentence names what the first reads ("deaths"), and it states the same
number. A claim with no concept of its own takes the concept of the claims of other
sources of the run that state its number (same kind, dimension and values) when its own
sentence names that concept (a head of `[heads]`, or the noun a concept read from its
noun alone is: "tariff"), and no other concept stated with that number is named there too.
A claim that names what it counts takes a concept only from claims that count the same noun
("14 states" takes nothing from "came first with 14", delegates).
The concept lent keeps the claim's own words as evidence; its pattern says it was lent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reconcile.concepts import LENT_PATTERN, Concept, Reading
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim


def _key(claim: Claim) -> tuple[str, str, float | None, float | None]:
    return claim.kind, claim.dimension, claim.value, claim.value_high


def _noun(claim: Claim, reading: Reading) -> str:
    """The singular of the last word of the noun a claim counts, "" for none."""
    if not claim.counted_noun:
        return ""
    words = claim.counted_noun.lower().split()
    forms = reading.singular(words[-1]) if words else ("",)
    return forms[1] if len(forms) > 1 else forms[0]


def lend_concepts(
    claims: Sequence[Claim], reading: Reading | None, least_value: float
) -> list[Claim]:
    """The claims of `claims` without a concept that take one from another source's claims
    of the same number (see the module), each with the id of the claim it revises; from
    `least_value` up (a small number, "two", is stated of too many things in one story)."""
    if reading is None:
        return []
    Key = tuple[str, str, float | None, float | None]
    stated: dict[Key, dict[str, set[tuple[str, str]]]] = {}
    for claim in claims:
        if claim.concept and claim.value is not None and claim.value >= least_value:
            by_concept = stated.setdefault(_key(claim), {})
            by_concept.setdefault(claim.concept, set()).add(
                (claim.source_id, _noun(claim, reading))
            )
    if not stated:
        return []
    lent: list[Claim] = []
    for claim in claims:
        if claim.concept or claim.value is None:
            continue
        offered = stated.get(_key(claim))
        if not offered:
            continue
        # a claim that names what it counts ("14 states") takes a concept only from a
        # claim that counts the same noun ("18 civilians" from "killed 18 civilians")
        noun = _noun(claim, reading)
        others = sorted(
            concept
            for concept, lenders in offered.items()
            if any(s != claim.source_id and (not noun or n == noun) for s, n in lenders)
        )
        named = _named(reading, claim, others)
        if len(named) != 1:
            continue  # none named in its sentence, or two: nothing is lent
        at = claim.sentence.find(claim.quote)
        if at < 0:
            continue
        evidence = (at, at + len(claim.quote))
        concept = Concept(named[0], evidence, pattern=f"{LENT_PATTERN}{named[0]}")
        lent.append(replace(claim, concept=named[0], detail=QuantityClaim(concept)))
    return lent


def _named(reading: Reading, claim: Claim, concepts: Iterable[str]) -> list[str]:
    """The concepts of `concepts` that the claim's sentence names."""
    family = claim.dimension.split(":", 1)[0]
    return [c for c in concepts if reading.names(claim.sentence, c, family)]
