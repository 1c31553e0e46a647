"""A bare sum read per the unit the run prices its concept in.

One outlet writes "oil traded at $80 a barrel", another "oil rose to $82": the second
leaves the barrel to its readers, as the run's other sources state it. Read alone, "$82"
is a sum of dollars and "$80 a barrel" a sum per volume: different dimensions, never
compared. Read in the run, "$82" is that price per barrel.

`per_run_unit` reads the run's claims once every source is normalized (`Kind.infer`). The
sums stated per a unit of something ("$80 a barrel", "€1.90 a litre"; not per a time, "$5
million a day": a flow, whose bare sums are totals) are grouped by currency and concept; a
group whose sums are all per one unit (the run prices that concept in barrels only, not in
barrels and litres) gives that unit to a sum of the same currency stated bare when

- its concept is the group's (a price; not another concept of sums, "a $2 billion deal",
  even one a price may agree with), or it has none and its sentence names a proper name a
  sentence of the group names ("Brent rose to $82" after "Brent crude at $80 a barrel"),
  the one group it fits;
- and its number is at most `value_free_ratio` (`rules/matching.toml`) from a number of the
  group: a price of the order the run states, not a total ("a price tag of $2 billion").

The sum keeps its currency as stated (`stated_unit`); its unit and dimension become the
group's, so its block is the group's (sums per a unit are blocked by their unit: rates are
never converted) and its verdict weighs it per that unit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reconcile.models import Claim

if TYPE_CHECKING:
    from reconcile.kinds.quantity.kind import QuantityKind

_TIME = "[time]"  # the dimension of a rate per day, month or year (pint's)


def _currency(claim: Claim) -> tuple[str, str] | None:
    """The currency of a sum of money and what it is per ("" for a bare sum), or None for
    another claim."""
    if claim.kind != "money" or not claim.dimension.startswith("currency:"):
        return None
    code, _, per = claim.dimension.removeprefix("currency:").partition("/")
    return code, per


def per_run_unit(kind: QuantityKind, claims: Sequence[Claim]) -> Iterator[Claim]:
    """The bare sums of `claims` the run prices per one unit, told again under their own ids
    with that unit (see the module)."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        money = _currency(claim)
        if money is None or not money[1] or not claim.concept or not claim.value:
            continue
        if _TIME in money[1]:
            continue  # a sum per day or year is a flow, whose bare sums are totals
        groups.setdefault((money[0], claim.concept), []).append(claim)
    # the groups priced per one unit only
    priced = {key: group for key, group in groups.items() if len({c.unit for c in group}) == 1}
    if not priced:
        return
    ratio = kind.rules.matching.value_free_ratio
    for claim in claims:
        money = _currency(claim)
        if money is None or money[1] or not claim.value or claim.value <= 0:
            continue
        fits = [
            group
            for (code, concept), group in sorted(priced.items())
            if code == money[0]
            and (
                claim.concept == concept
                or (claim.concept is None and _names_one(kind, claim, group))
            )
            and any(_near(claim, other, ratio) for other in group)
        ]
        if len(fits) != 1:
            continue
        unit = fits[0][0]
        yield replace(claim, unit=unit.unit, dimension=unit.dimension)


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
