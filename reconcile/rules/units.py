"""Unit rules checked against pint: every definitions line defines, every alias resolves.

pint is handed in (its registry is costly and the quantity kind builds one anyway), so this
module imports nothing of it; problems name the rules file and line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reconcile.errors import Problem
from reconcile.rules.schema import RuleSet


def definition_problems(rules: RuleSet, new_registry: Callable[[], Any]) -> list[Problem]:
    """Each line of the definitions files that a fresh registry refuses, with its line."""
    registry = new_registry()
    problems = []
    for shown, text in rules.definition_files:
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                registry.define(stripped)
            except Exception as error:  # pint raises several kinds; each is one bad line
                problems.append(Problem(shown, number, f"not a pint definition: {error}"))
    return problems


def alias_problems(rules: RuleSet, registry: Any) -> list[Problem]:
    """Each unit alias whose unit pint does not know, where the alias is written."""
    problems = []
    for alias, expression in sorted(rules.units.aliases.items()):
        try:
            registry.parse_units(expression)
        except Exception:  # pint raises several kinds; each means an unknown unit
            shown, line = rules.unit_origins.get(alias, ("units.toml", None))
            problems.append(
                Problem(
                    shown,
                    line,
                    f"aliases.{alias}: {expression!r} is no unit pint knows;"
                    " name a pint unit or define it in units.txt",
                )
            )
    return problems
