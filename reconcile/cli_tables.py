"""`reconcile facts` and the flat outputs of `reconcile claims` (CSV, JSON Lines, parquet).

The command bodies live here, apart from `cli.py`, which registers them."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from reconcile.cli_common import (
    DecisionsOpt,
    RulesOpt,
    load_for_run,
    user_errors,
    write_atomic,
)
from reconcile.cli_inputs import (
    CacheDirOpt,
    ColumnsOpt,
    DelayOpt,
    NoCacheOpt,
    UrlsOpt,
    input_options,
    sources_given,
)
from reconcile.errors import InputError
from reconcile.render.tables import TableFormat

OutOpt = Annotated[
    Path | None,
    typer.Option(
        "--out",
        help="File to write (default: standard output; needed for parquet).",
        show_default=False,
    ),
]


def emit_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: TableFormat,
    out: Path | None,
) -> None:
    """Rows to standard output or to `out`, whole or not at all; parquet needs `out`."""
    from reconcile.render.tables import render_csv, render_jsonl, write_parquet

    if fmt is TableFormat.parquet:
        if out is None:
            raise InputError.single("--format parquet", "parquet is binary: give --out FILE")
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(handle)
        try:
            write_parquet(rows, columns, Path(name))
            os.replace(name, out)
        finally:
            Path(name).unlink(missing_ok=True)
        return
    text = render_csv(rows, columns) if fmt is TableFormat.csv else render_jsonl(rows)
    if out is None:
        sys.stdout.write(text)
        return

    write_atomic(out, text)


def facts(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Source files, folders, addresses or - (default: seeds/).", show_default=False
        ),
    ] = None,
    rules: RulesOpt = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="jsonl, csv or parquet.")
    ] = TableFormat.jsonl,
    out: OutOpt = None,
    latest: Annotated[
        bool,
        typer.Option("--latest", help="Only the newest figure of each fact (by publication date)."),
    ] = False,
    urls: UrlsOpt = None,
    columns: ColumnsOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    decisions: DecisionsOpt = None,
) -> None:
    """Print every fact, one row per claim of it, as JSON Lines, CSV or parquet.

    Examples:

      reconcile facts seeds --format csv > facts.csv

      reconcile facts articles.csv --format parquet --out facts.parquet

      reconcile facts feed.rss --latest --format csv
    """
    from reconcile.api import run
    from reconcile.render.tables import FACT_COLUMNS, fact_rows

    with user_errors():
        specs = sources_given(paths, urls, "facts")
        inputs = input_options(columns, cache_dir, no_cache, delay)
        result = run(specs, rules, inputs=inputs, decisions=load_for_run(decisions))
        emit_table(fact_rows(result, latest), FACT_COLUMNS, fmt, out)
