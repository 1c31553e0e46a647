"""Reading office claims back (shared by the office tests): those of one source as plain
tuples, those of a run of several as the run tells them, and a run's report."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Report, Source


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


def run_claims(kinds: Kinds, *texts: str) -> list[Claim]:
    """The office claims of a run of sources S1, S2, ... (one text each), as the run's
    infer step tells them."""
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published="2024-03-14")
        for n, text in enumerate(texts, 1)
    ]
    return [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == "office"]


def held(claim: Claim) -> OfficeHolder:
    """An office claim's holder."""
    assert isinstance(claim.detail, OfficeHolder)
    return claim.detail


def handover_report(folder: Path, *texts: str) -> Report:
    """The report of a run of stories a.md, b.md, ... (one text each, of one day)."""
    for n, text in enumerate(texts):
        (folder / f"{'abcd'[n]}.md").write_text(
            f"---\ntitle: The handover\npublished: 2024-03-14\n---\n{text}\n", encoding="utf-8"
        )
    return run([folder])
