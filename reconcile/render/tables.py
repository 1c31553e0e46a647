"""Claims and facts as flat tables for notebooks and spreadsheets: CSV, JSON Lines, parquet.

The columns are a contract, documented in the README; columns may be added, none renamed.

`CLAIM_COLUMNS`: one row a claim, in source then position order.
`FACT_COLUMNS`: one row per claim of each fact (a fact of three claims is three rows sharing
its `fact_id`, `label`, `verdict` and `relative_gap`), so a notebook can group by fact,
filter by verdict, or pivot by source. Facts in report order, claims in fact order.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from reconcile.kinds import kind_of
from reconcile.models import Claim, Report, Source
from reconcile.render.common import entity_text, line_of

CLAIM_COLUMNS: tuple[str, ...] = (
    "source",
    "source_id",
    "id",
    "kind",
    "quote",
    "start",
    "end",
    "line",
    "value",
    "value_high",
    "qualifier",
    "low",
    "high",
    "low_closed",
    "high_closed",
    "unit",
    "stated_unit",
    "dimension",
    "counted_noun",
    "noun_class",
    "change",
    "entity",
    "date",
    "subject",
    "location",
    "time",
    "attribution",
)
FACT_COLUMNS: tuple[str, ...] = (
    "fact_id",
    "label",
    "kind",
    "verdict",
    "relative_gap",
    "match_score",
    "claim_id",
    "source",
    "published",
    "outlet",
    "quote",
    "line",
    "value",
    "value_high",
    "qualifier",
    "low",
    "high",
    "unit",
    "entity",
)
# Column types for parquet (and for a CSV reader that wants them): everything else is text.
_INTEGERS = frozenset({"start", "end", "line"})
_FLOATS = frozenset({"value", "value_high", "low", "high", "relative_gap", "match_score"})
_BOOLS = frozenset({"low_closed", "high_closed"})


class TableFormat(StrEnum):
    """The flat formats: JSON Lines (one object a line), CSV with a header, or parquet."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def claim_row(claim: Claim, source: Source) -> dict[str, Any]:
    """One claim as a flat row of `CLAIM_COLUMNS` (`entity` and `date` as its kind fills them
    in the JSON record)."""
    own = kind_of(claim.kind).record(claim)
    return {
        "source": source.path,
        "source_id": claim.source_id,
        "id": claim.id,
        "kind": claim.kind,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "line": line_of(source, claim.start),
        "value": claim.value,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "low": claim.interval.low,
        "high": claim.interval.high,
        "low_closed": claim.interval.low_closed,
        "high_closed": claim.interval.high_closed,
        "unit": claim.unit,
        "stated_unit": claim.stated_unit,
        "dimension": claim.dimension,
        "counted_noun": claim.counted_noun,
        "noun_class": claim.noun_class,
        "change": claim.change,
        "entity": own.get("entity"),
        "date": own.get("date"),
        "subject": claim.context.subject,
        "location": claim.context.location,
        "time": claim.context.time,
        "attribution": claim.context.attribution,
    }


def claim_rows(sources: Sequence[Source], claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Every claim as a row, in the order given."""
    by_id = {source.id: source for source in sources}
    return [claim_row(claim, by_id[claim.source_id]) for claim in claims]


def fact_rows(report: Report, latest: bool = False) -> list[dict[str, Any]]:
    """One row per claim of each fact, facts in report order; with `latest`, one row per
    fact: its newest figure (the claim of the latest-published source)."""
    from reconcile.render.history import latest_claim

    rows = []
    for fact in report.facts:
        claim_ids = (latest_claim(report, fact).id,) if latest else fact.claim_ids
        for claim_id in claim_ids:
            claim = report.claim(claim_id)
            source = report.source(claim.source_id)
            rows.append(
                {
                    "fact_id": fact.id,
                    "label": fact.label,
                    "kind": fact.kind,
                    "verdict": fact.verdict,
                    "relative_gap": fact.relative_gap,
                    "match_score": round(fact.match.score, 2),
                    "claim_id": claim.id,
                    "source": source.path,
                    "published": source.published,
                    "outlet": source.outlet,
                    "quote": claim.quote,
                    "line": line_of(source, claim.start),
                    "value": claim.value,
                    "value_high": claim.value_high,
                    "qualifier": claim.qualifier,
                    "low": claim.interval.low,
                    "high": claim.interval.high,
                    "unit": claim.unit,
                    "entity": entity_text(claim),
                }
            )
    return rows


def render_jsonl(rows: Iterable[Mapping[str, Any]]) -> str:
    """One JSON object a line, keys in column order."""
    return "".join(json.dumps(dict(row), ensure_ascii=False) + "\n" for row in rows)


def render_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row; an empty cell is a missing value; numbers as Python writes
    them (`100000.0`), so they read back exactly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_parquet(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], path: Path) -> None:
    """The rows as a parquet file with typed columns (integers, floats, text)."""
    import polars as pl  # only a parquet output pays for polars here

    schema = {
        c: pl.Int64
        if c in _INTEGERS
        else pl.Float64
        if c in _FLOATS
        else pl.Boolean
        if c in _BOOLS
        else pl.String
        for c in columns
    }
    data = {c: [_typed(row[c], c) for row in rows] for c in columns}
    pl.DataFrame(data, schema=schema).write_parquet(path)


def _typed(value: Any, column: str) -> Any:
    if value is None:
        return None
    if column in _FLOATS:
        return float(value)
    if column in _INTEGERS:
        return int(value)
    if column in _BOOLS:
        return bool(value)
    return str(value)
