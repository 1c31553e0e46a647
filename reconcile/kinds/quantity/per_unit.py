"""A bare sum read per the unit the run prices its concept in.

One outlet writes "oil traded at $80 a barrel", another "oil rose to $82": the second
leaves the barrel to its readers, as the run's other sources state it. Read alone, "$82"
is a sum of dollars and "$80 a barrel" a sum per volume: different dimensions, never
compared. Read in the run, "$82" is that price per barrel.

`per_run_unit` reads the run's claims once every source is normalized (`Kind.infer`). The
sums stated per a unit of something ("$80 a barrel", "€1.90 a litre"; not per a time, "$5
million a day": a flow, whose bare sums are totals) are grouped by currency and concept. A
sum of the same currency stated bare joins the groups

- of its concept (a price; not another concept of sums, "a $2 billion deal", even one a
  price may agree with), or, when it has none, those whose concept its clause names
  before it ("the price of the blend, after a week of selling, ended at $82":
  `QuantityKind.clause_concepts`), those whose sentences name a proper name its
  sentence names ("Brent rose to $82" after "Brent crude at $80 a barrel"), and those
  whose sentences name before their number a word its clause names before it, a word of
  no name, of no move and of no frame of sums (`QuantityKind.priced_words`: the thing
  priced, "oil rose to $82" after "crude oil traded at $80 a barrel");

and takes the unit of those groups whose stated prices it fits: its number at most
`value_free_ratio` (`rules/matching.toml`) from a price stated per that unit, a price of
the order the run states, not a total ("a price tag of $2 billion"). A run may price one
thing in several units (per barrel and per gallon, per litre and per tonne): the numbers
decide when the sum fits the prices of one unit only ("$3" beside "$80 a barrel" and
"$2.90 a gallon"). When they fit two, its own source decides: the one unit of those its
source states prices in, else the unit of its source's stated price nearest it in the
text. A sum two units fit that its source does not decide stays bare (the run does not
say which), and so does a sum that fits none.

The sum keeps its currency as stated (`stated_unit`); its unit and dimension become the
unit's, so its block is that unit's (sums per a unit are blocked by their unit: rates are
never converted) and its verdict weighs it per that unit. A sum of no concept takes the
concept of the prices of that unit its number fits, when they are of one (`PerUnit.concept`):
lent as the run lends concepts (`run_concepts.given_concept`, its pattern `RUN_PATTERN` then
`UNIT_SHAPE`), so that the quantity kind weighs the pair as two figures of one concept, not
by the words around them (each outlet writes its own sentence around a price: "oil jumped to
$84 as supply fears grew" and "crude oil was trading at $80 a barrel" share no word near the
number, and the soft vetoes of words, `ContextsDiffer` and `WordsDiffer`, parted them), and
meets figures of that concept at most `value_free_ratio` from its own only (`lent`).
`read_per_unit` tells why a bare sum took a unit or none (`PerUnit.why`), for the anatomy of
a missed pair.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reconcile.concepts import RUN_PATTERN
from reconcile.kinds.quantity.run_concepts import given_concept
from reconcile.models import Claim
from reconcile.records import record

if TYPE_CHECKING:
    from reconcile.kinds.quantity.kind import QuantityKind

UNIT_SHAPE = "unit"  # the shape of a concept the prices of its unit lend a bare sum
_TIME = "[time]"  # the dimension of a rate per day, month or year (pint's)

# why a bare sum took a unit of the run, or none (`PerUnit.why`): names of shapes
TAKEN_ONE = "the one unit it fits"
TAKEN_SOURCE = "the unit its source prices in"
TAKEN_NEAREST = "the unit of its source's nearest price"
NO_GROUP = "no sum per a unit in its currency"
NO_PRICED_CONCEPT = "the sum per unit has no concept"
OTHER_CONCEPT = "of another concept"
NO_NAME = "of no concept, no name shared"
NONE_FITS = "far from the sums per unit"
TWO_FIT = "two units fit, its source decides neither"

Groups = Mapping[tuple[str, str], Sequence[Claim]]


@record(slots=True)
class PerUnit:
    """What the run reads of one bare sum: the claim whose unit it takes (None: it stays
    bare), why (a name of a shape, above), how many units the groups it joined price in,
    and the one concept of the prices of that unit it fits (None: none, or several)."""

    unit: Claim | None
    why: str
    units: int = 0
    concept: str | None = None


def _currency(claim: Claim) -> tuple[str, str] | None:
    """The currency of a sum of money and what it is per ("" for a bare sum), or None for
    another claim."""
    if claim.kind != "money" or not claim.dimension.startswith("currency:"):
        return None
    code, _, per = claim.dimension.removeprefix("currency:").partition("/")
    return code, per


def is_bare_sum(claim: Claim) -> bool:
    """Whether a claim is a sum of money stated per nothing, with a positive number."""
    money = _currency(claim)
    return money is not None and not money[1] and (claim.value or 0.0) > 0


def priced_groups(claims: Sequence[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """The sums stated per a unit (not per a time), with a concept, by currency and concept."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        money = _currency(claim)
        if money is None or not money[1] or not claim.concept or not claim.value:
            continue
        if _TIME in money[1]:
            continue  # a sum per day or year is a flow, whose bare sums are totals
        groups.setdefault((money[0], claim.concept), []).append(claim)
    return groups


def per_run_unit(kind: QuantityKind, claims: Sequence[Claim]) -> Iterator[Claim]:
    """The bare sums of `claims` the run prices per a unit, told again under their own ids
    with that unit, and the concept of its prices when the sum names none (see the
    module)."""
    groups = priced_groups(claims)
    if not groups:
        return
    for claim in claims:
        if not is_bare_sum(claim):
            continue
        read = read_per_unit(kind, claim, groups)
        if read.unit is None:
            continue
        priced = replace(claim, unit=read.unit.unit, dimension=read.unit.dimension)
        if claim.concept is None and read.concept:
            priced = given_concept(priced, read.concept, f"{RUN_PATTERN}{UNIT_SHAPE} {read.why}")
        yield priced


def read_per_unit(kind: QuantityKind, claim: Claim, groups: Groups) -> PerUnit:
    """The unit of the run a bare sum takes, or why it takes none (see the module)."""
    money = _currency(claim)
    code = money[0] if money else ""
    ours = {concept: group for (c, concept), group in sorted(groups.items()) if c == code}
    if not ours:
        return PerUnit(None, NO_GROUP)
    if claim.concept is not None:
        joined = list(ours.get(claim.concept, ()))
        if not joined:
            return PerUnit(None, OTHER_CONCEPT, len({c.unit for g in ours.values() for c in g}))
    else:
        named = kind.clause_concepts(claim)
        things = kind.priced_words(claim, clause=True)
        joined = [
            c
            for concept, group in ours.items()
            if concept in named
            or _names_one(kind, claim, group)
            or any(things & kind.priced_words(other, clause=False) for other in group)
            for c in group
        ]
        if not joined:
            return PerUnit(None, NO_NAME, len({c.unit for g in ours.values() for c in g}))
    units = len({c.unit for c in joined})
    ratio = kind.rules.matching.value_free_ratio
    fitting = sorted({c.unit for c in joined if _near(claim, c, ratio)})
    if not fitting:
        return PerUnit(None, NONE_FITS, units)
    if len(fitting) == 1:
        return _taken(claim, joined, _first(joined, fitting[0]), TAKEN_ONE, units, ratio)
    # the numbers fit two units: the sum's own source decides, or nothing does
    own = [c for c in joined if c.source_id == claim.source_id and c.unit in fitting]
    if len({c.unit for c in own}) == 1:
        return _taken(claim, joined, own[0], TAKEN_SOURCE, units, ratio)
    if own:
        at = {c.id: abs(c.start - claim.start) for c in own}
        nearest = min(at.values())
        if len({c.unit for c in own if at[c.id] == nearest}) == 1:
            unit = min(own, key=lambda c: (at[c.id], c.id))
            return _taken(claim, joined, unit, TAKEN_NEAREST, units, ratio)
    return PerUnit(None, TWO_FIT, units)


def _taken(
    claim: Claim, joined: Sequence[Claim], unit: Claim, why: str, units: int, ratio: float
) -> PerUnit:
    """The reading of a sum that takes the unit of `unit`: with the concept of the prices
    of that unit its number fits, when they are of one concept."""
    concepts = {c.concept for c in joined if c.unit == unit.unit and _near(claim, c, ratio)}
    concept = next(iter(concepts)) if len(concepts) == 1 else None
    return PerUnit(unit, why, units, concept)


def _first(claims: Sequence[Claim], unit: str) -> Claim:
    """The first claim of `claims` stated per `unit`."""
    return next(c for c in claims if c.unit == unit)


def _names_one(kind: QuantityKind, claim: Claim, group: Sequence[Claim]) -> bool:
    """Whether the sentence of a sum names a proper name a sentence of the group names."""
    words = kind.name_words(claim)
    return bool(words) and any(words & kind.name_words(other) for other in group)


def _near(claim: Claim, other: Claim, ratio: float) -> bool:
    """Whether two numbers are at most `ratio` apart."""
    a, b = claim.value or 0.0, other.value or 0.0
    if a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= ratio
