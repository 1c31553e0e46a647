"""Reading the office claims of one source back as plain tuples (shared by the office tests)."""

from __future__ import annotations

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Source


def holders(kinds: Kinds, text: str) -> list[tuple[str, str, str, str]]:
    """(quote, office key, person, place) of each office claim of one source."""
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == "office":
            detail = claim.detail
            assert isinstance(detail, OfficeHolder)
            found.append((claim.quote, detail.office_key, detail.person, detail.place))
    return found
