"""Many articles in one file: CSV, JSON Lines or parquet, one row an article (read by polars).

Columns are found by name: the text under `text`, `content`, `body`, `article` or
`article_text`; metadata under its own name or a common alias (see `COLUMN_ALIASES`).
`--columns text=body,published=date` names the columns of a file that uses other names.
Each row becomes a source known as `FILE#rowN` (N counts data rows from 1).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from reconcile.errors import InputError

TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
TABLE_SUFFIXES[".parquet"] = "parquet"

# Field -> column names tried in order when no `--columns` mapping names one.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "article_text", "html"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name"),
    "url": ("url", "link", "href"),
    "published": ("published", "date", "published_at", "publishedAt", "pubdate", "datetime"),
    "author": ("author", "byline", "authors"),
}


def parse_columns(text: str | None) -> dict[str, str]:
    """`text=body,published=date` as a mapping; an unknown field is an error naming the
    allowed ones."""
    mapping: dict[str, str] = {}
    if not text:
        return mapping
    allowed = ", ".join(COLUMN_ALIASES)
    for part in text.split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise InputError.single(
                "--columns", f"{part.strip()!r} is not FIELD=COLUMN (e.g. text=body)"
            )
        if field not in COLUMN_ALIASES:
            raise InputError.single("--columns", f"unknown field {field!r}; fields: {allowed}")
        mapping[field] = column
    return mapping


def table_kind(path: Path) -> str | None:
    """`csv`, `tsv`, `jsonl` or `parquet` for a table file, by its suffix; else None."""
    return TABLE_SUFFIXES.get(path.suffix.lower())


def read_rows(path: Path, columns: Mapping[str, str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number from 1, {field: value}) for each row of a table file.

    Raises `InputError` naming the file when it cannot be read or has no text column.
    """
    import polars as pl  # only the commands that read a table pay for polars

    shown = path.as_posix()
    kind = table_kind(path)
    try:
        if kind == "parquet":
            frame = pl.read_parquet(path)
        elif kind == "jsonl":
            frame = pl.read_ndjson(path, infer_schema_length=None)
        else:
            frame = pl.read_csv(path, separator="\t" if kind == "tsv" else ",", infer_schema=False)
    except (OSError, pl.exceptions.PolarsError, ValueError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError.single(shown, f"cannot read as {kind}: {first}") from None
    found = _resolve(frame.columns, columns, shown)
    for number, row in enumerate(frame.select(list(found.values())).iter_rows(), start=1):
        yield number, dict(zip(found.keys(), row, strict=True))


def _resolve(present: list[str], columns: Mapping[str, str], shown: str) -> dict[str, str]:
    """Field -> column of this file."""
    have = ", ".join(present) or "none"
    found: dict[str, str] = {}
    for field, aliases in COLUMN_ALIASES.items():
        if field in columns:
            if columns[field] not in present:
                raise InputError.single(
                    shown, f"no column {columns[field]!r} (for {field}); columns: {have}"
                )
            found[field] = columns[field]
            continue
        lowered = {name.lower(): name for name in present}
        for alias in aliases:
            if alias.lower() in lowered:
                found[field] = lowered[alias.lower()]
                break
    if "text" not in found:
        raise InputError.single(
            shown,
            f"no text column (looked for {', '.join(COLUMN_ALIASES['text'])}); columns: {have};"
            " name it with --columns text=COLUMN",
        )
    return found
