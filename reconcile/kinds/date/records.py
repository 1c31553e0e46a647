"""What a date mention states, and the claim made of it."""

from __future__ import annotations

from reconcile.kinds.named import NamedValue
from reconcile.models import MentionDetail
from reconcile.records import record


@record(slots=True)
class DateMention(MentionDetail):
    """A date as written and its ISO value (None when it cannot be resolved)."""

    written: str
    value: str | None


@record(slots=True)
class DateValue(NamedValue):
    """A date claim: `name` is the date as written, `key` its ISO value ("" unresolved):
    YYYY-MM-DD, YYYY-MM, YYYY, a week YYYY-MM-DD/YYYY-MM-DD, or --MM-DD / --MM of an unknown
    year."""
