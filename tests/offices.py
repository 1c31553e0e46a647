"""Reading office claims back (shared by the office tests): those of one source as plain
tuples, those of a run of several as the run tells them, and a run's report."""

from __future__ import annotations

from pathlib import Path

from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Report
from tests import facts
from tests.facts import claims_in, run_of


def holders(kinds: Kinds, text: str) -> list[tuple[str, str, str, str]]:
    """(quote, office key, person, place) of each office claim of one source."""
    found = []
    for claim in claims_in(kinds, "office", text, "2024-03-14"):
        detail = claim.detail
        assert isinstance(detail, OfficeHolder)
        found.append((claim.quote, detail.office_key, detail.person, detail.place))
    return found


def run_claims(kinds: Kinds, *texts: str) -> list[Claim]:
    """The office claims of a run of sources S1, S2, ... (one text each), as the run's
    infer step tells them."""
    return facts.run_claims(kinds, "office", *texts, published="2024-03-14")


def held(claim: Claim) -> OfficeHolder:
    """An office claim's holder."""
    assert isinstance(claim.detail, OfficeHolder)
    return claim.detail


def handover_report(folder: Path, *texts: str) -> Report:
    """The report of a run of stories a.md, b.md, ... (one text each, of one day)."""
    return run_of(folder, *texts, title="The handover", day="2024-03-14", names="abcd")
