"""reconcile: cross-source fact reconciliation.

`run(paths)` reads sources, extracts numeric and named claims, normalizes them, matches claims
that state the same fact and judges agreement; it returns a `Report` that the renderers in
`reconcile.render` turn into Markdown, JSON or terminal text.

The names below are imported on first use, so that `import reconcile.cli` (or any one stage)
does not pay for the libraries of the others (polars for matching, pint for unit conversion).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reconcile import methods
from reconcile.version import __version__ as __version__

methods.install()  # before any record is defined: their generated methods kept compiled

if TYPE_CHECKING:
    from reconcile.api import claims_of, run
    from reconcile.errors import InputError, ReconcileError, RulesError
    from reconcile.models import Claim, Fact, Report, Source
    from reconcile.rules import RuleSet, load_rules

_HOMES = {
    "Claim": "reconcile.models",
    "Fact": "reconcile.models",
    "InputError": "reconcile.errors",
    "ReconcileError": "reconcile.errors",
    "Report": "reconcile.models",
    "RuleSet": "reconcile.rules",
    "RulesError": "reconcile.errors",
    "Source": "reconcile.models",
    "claims_of": "reconcile.api",
    "load_rules": "reconcile.rules",
    "run": "reconcile.api",
}

__all__ = [
    "Claim",
    "Fact",
    "InputError",
    "ReconcileError",
    "Report",
    "RuleSet",
    "RulesError",
    "Source",
    "claims_of",
    "load_rules",
    "run",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reconcile' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
