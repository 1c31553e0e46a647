"""Units: a unit or currency as written becomes a canonical unit, a dimension and a factor.

One pint `UnitRegistry` per unit-definitions text, extended with the rules' definitions
file; currencies keep their ISO code and are never converted.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from reconcile.errors import RulesError
from reconcile.rules import RuleSet
from reconcile.rules.units import alias_problems, definition_problems
from reconcile.units import TABLE, convert, dimension, unit_registry

# (canonical unit or None when unreadable, dimension, factor to multiply values by, as stated)
UnitReading = tuple[str | None, str, float, str]
_UNREADABLE: UnitReading = (None, "", 1.0, "")

if TYPE_CHECKING:
    pass


class UnitReader:
    """Reads units as written into canonical units, remembering what it has read this run."""

    def __init__(self, rules: RuleSet) -> None:
        self.aliases = rules.units.aliases
        self.definitions = rules.unit_definitions
        # The definitions and aliases are checked against pint once; a table kept between
        # runs (`reconcile.units`) remembers that they passed, and the conversions made.
        checked = hashlib.sha256(
            repr((rules.unit_definitions, sorted(self.aliases.items()))).encode()
        ).hexdigest()
        if checked not in TABLE.checked:
            import pint

            try:
                registry = unit_registry(rules.unit_definitions)
            except Exception:  # a bad definitions line: name it (file:line) rather than fail
                raise RulesError(definition_problems(rules, pint.UnitRegistry)) from None
            problems = alias_problems(rules, registry)
            if problems:
                raise RulesError(problems)
            TABLE.checked.add(checked)
            TABLE.added += 1
        self._read: dict[tuple[str, str, str], UnitReading] = {}
        self._dimensions: dict[str, str] = {}

    def read(self, kind: str, unit_text: str, per_text: str) -> UnitReading:
        """(canonical unit, dimension, factor, unit as stated) of a quantity's unit and rate."""
        key = (kind, unit_text, per_text)
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = self._reading(kind, unit_text, per_text)
        return found

    def _reading(self, kind: str, unit_text: str, per_text: str) -> UnitReading:
        per_unit = self._per_unit(per_text)
        rate = f" / {per_unit}" if per_unit else ""
        per_dimension = "/" + self._dimension_of(per_unit) if per_unit else ""
        if kind == "money":
            code = unit_text
            return code + rate, f"currency:{code}{per_dimension}", 1.0, code + rate
        if kind == "percent":
            if unit_text == "basis_point":
                return "percentage_point", "percentage_point", 0.01, "basis_point"
            return unit_text, unit_text, 1.0, unit_text
        if kind == "count":
            return "count" + rate, "count" + per_dimension, 1.0, "count" + rate
        expression = self.aliases.get(unit_text) or self.aliases.get(unit_text.lower())
        if expression is None:
            return _UNREADABLE
        if per_unit:
            expression = f"({expression}) / ({per_unit})"
        return convert(expression, self.definitions)

    def _per_unit(self, per_text: str) -> str:
        """The pint unit of a rate as written ('a day' -> 'day'), or ''."""
        if not per_text:
            return ""
        word = re.sub(r"^\S+\s+", "", per_text.strip())
        return self.aliases.get(word) or self.aliases.get(word.lower()) or word

    def _dimension_of(self, unit: str) -> str:
        found = self._dimensions.get(unit)
        if found is None:
            found = self._dimensions[unit] = dimension(unit, self.definitions)
        return found
