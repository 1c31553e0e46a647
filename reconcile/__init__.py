"""reconcile: cross-source fact reconciliation.

`run(paths)` reads sources, extracts numeric and named claims, normalizes them, matches claims
that state the same fact and judges agreement; it returns a `Report` that the renderers in
`reconcile.render` turn into Markdown, JSON or terminal text.
"""

from reconcile.api import claims_of, run
from reconcile.errors import InputError, ReconcileError, RulesError
from reconcile.models import Claim, Fact, Report, Source
from reconcile.rules import RuleSet, load_rules

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
__version__ = "0.1.0"
