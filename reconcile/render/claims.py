"""Every extracted claim of a report, without facts: JSON lines or a plain table."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from reconcile.models import Claim, Report, Source
from reconcile.render.common import line_of, means_text
from reconcile.render.json import claim_record

CHUNK_CLAIMS = 2_000  # claims written at a time by `claims_jsonl_chunks`
CLAIMS_HEADER = ("source", "kind", "quote", "qualifier", "interval", "unit", "noun")


def render_claims_jsonl(report: Report) -> str:
    """One JSON object per claim and line: its source's path, the claim's record, its line."""
    return "".join(claims_jsonl_lines(report.sources, report.claims))


def claims_jsonl_lines(sources: Iterable[Source], claims: Iterable[Claim]) -> Iterator[str]:
    """The lines of `render_claims_jsonl`, one per claim as the claims come (a large
    source's claims are written out without being held)."""
    by_id = {source.id: source for source in sources}
    for claim in claims:
        source = by_id[claim.source_id]
        record = {
            "source": source.path,
            **claim_record(claim),
            "line": line_of(source, claim.start),
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"


def claims_jsonl_chunks(
    sources: Sequence[Source], claims: Iterable[Claim], batch: int = CHUNK_CLAIMS
) -> Iterator[str]:
    """The text of `render_claims_jsonl` in pieces of `batch` claims' lines, as the claims
    come: no more than a piece is held, and the claims of a piece are found before they are
    written (finding and writing each claim in turn is slower: each evicts the other's
    working set from the processor's caches)."""
    found = iter(claims)
    while piece := tuple(islice(found, batch)):
        yield "".join(claims_jsonl_lines(sources, piece))


def render_claims_table(report: Report) -> str:
    """The claims as a plain table, columns padded to their widest cell."""
    rows = [CLAIMS_HEADER] + [
        (
            report.source(c.source_id).path.rsplit("/", 1)[-1],
            c.kind,
            c.quote,
            c.qualifier,
            means_text(c),
            c.unit,
            c.counted_noun or c.context.subject or c.noun_class or "",
        )
        for c in report.claims
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(CLAIMS_HEADER))]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n"
        for row in rows
    )
