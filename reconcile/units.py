"""Unit conversion: pint behind a table of the conversions already made.

Building pint's registry takes most of a second, and importing pint more; a run that meets
only units it has converted before need do neither. Every conversion made in this process
is kept in `TABLE`, keyed by the rules' unit definitions and the unit expression, and
`reconcile.cache` keeps the table between runs (beside the rules it was made with).
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

# (canonical unit or None when pint cannot read it, dimension, factor, unit as stated)
Conversion = tuple[str | None, str, float, str]
NOT_A_UNIT: Conversion = (None, "", 1.0, "")


class UnitTable:
    """Conversions and dimensions already worked out, by definitions digest and expression."""

    def __init__(self) -> None:
        self.conversions: dict[tuple[str, str], Conversion] = {}
        self.dimensions: dict[tuple[str, str], str] = {}
        self.checked: set[str] = set()  # unit definitions and aliases that pint accepted
        self.added = 0  # entries worked out by pint in this process

    def merge(self, other: UnitTable) -> None:
        """Take the entries of `other` (a table read back from the cache)."""
        self.conversions.update(other.conversions)
        self.dimensions.update(other.dimensions)
        self.checked |= getattr(other, "checked", set())


TABLE = UnitTable()


@lru_cache(maxsize=8)
def _digest(definitions: str) -> str:
    return hashlib.sha256(definitions.encode("utf-8")).hexdigest()


@cache
def unit_registry(definitions: str) -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The program's one unit registry per definitions text (pint registries are costly:
    one per text), extended with the definitions."""
    import pint  # only when a unit must be converted, or rules checked, for the first time

    registry: pint.UnitRegistry = pint.UnitRegistry()  # type: ignore[type-arg]
    for line in definitions.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            registry.define(line)
    return registry


def convert(expression: str, definitions: str) -> Conversion:
    """The base units, dimension and factor of a pint unit expression, and the expression as
    pint writes it; temperatures stay in the degrees stated (offset units cannot be scaled)."""
    key = (_digest(definitions), expression)
    found = TABLE.conversions.get(key)
    if found is None:
        found = _convert(expression, definitions)
        TABLE.conversions[key] = found
        TABLE.added += 1
    return found


def dimension(unit: str, definitions: str) -> str:
    """The dimensionality of a pint unit, or the unit itself when pint cannot read it."""
    key = (_digest(definitions), unit)
    found = TABLE.dimensions.get(key)
    if found is None:
        found = _dimension(unit, definitions)
        TABLE.dimensions[key] = found
        TABLE.added += 1
    return found


def _convert(expression: str, definitions: str) -> Conversion:
    import pint

    registry = unit_registry(definitions)
    try:
        units = registry.parse_units(expression)
        stated = str(units)
        if units in (registry.degree_Celsius, registry.degree_Fahrenheit):
            return stated, f"[temperature:{stated}]", 1.0, stated
        base_quantity = registry.Quantity(1.0, units).to_base_units()
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return NOT_A_UNIT
    return (
        str(base_quantity.units),
        str(base_quantity.dimensionality),
        float(base_quantity.magnitude),
        stated,
    )


def _dimension(unit: str, definitions: str) -> str:
    import pint

    registry = unit_registry(definitions)
    try:
        return str(registry.parse_units(unit).dimensionality)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return unit
