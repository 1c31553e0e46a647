"""One article's content (from the web, a feed, an archive, a table or standard input) made
into a `Source` by the very path a local file takes.

The content is written to a private temporary folder under a file name whose suffix says
what it is (`.html` or `.txt`) and read back with `sources.load_source`, so a fetched page
gets the same article-text extraction, furniture rules and stated metadata as a local HTML
file, and offsets index the text as loaded. The source then takes the name it is known by
(its address, `file.csv#row3`, `<stdin>`) and the metadata its container states.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reconcile.errors import InputError, Problem
from reconcile.models import Source
from reconcile.rules import RuleSet
from reconcile.sources import date_calendars, load_source, parse_date

METADATA = ("title", "outlet", "url", "published", "author")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<article|<p[ >]|<div)", re.I)


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of fetched bytes: the declared charset, else an HTML `<meta charset>`, else UTF-8,
    else Windows-1252 (what unlabelled Western pages mostly are)."""
    candidates = [declared] if declared else []
    found = _META_CHARSET.search(data[:4096])
    if found:
        candidates.append(found.group(1).decode("ascii", "replace"))
    candidates += ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding or "utf-8")
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def looks_like_html(text: str) -> bool:
    """True when a text starts as an HTML page or fragment does."""
    return _HTML_START.match(text) is not None


class Builder:
    """Makes `Source`s from content; use as `with building(rules) as build: build(...)`."""

    def __init__(self, rules: RuleSet, folder: Path, warn: Callable[[str, str], None]) -> None:
        self.rules = rules
        self.folder = folder
        self.warn = warn
        self.count = 0

    def __call__(
        self, text: str, shown: str, html: bool, meta: Mapping[str, Any] | None = None
    ) -> Source:
        """The source of one article's `text` (HTML when `html`), known as `shown`.

        `meta` (title, outlet, url, published, author) is what the container states about
        the article; it takes precedence over what the article states about itself. Raises
        `InputError` naming `shown`.
        """
        self.count += 1
        path = self.folder / f"{self.count:06d}{'.html' if html else '.txt'}"
        path.write_text(text, encoding="utf-8-sig", newline="")
        notes: list[Problem] = []
        try:
            source = load_source(path, self.rules, notes)
        except InputError as error:
            raise InputError.single(shown, _without_path(error, path)) from None
        finally:
            path.unlink(missing_ok=True)
        source = self._with_metadata(source, shown, meta or {})
        for note in notes:  # what the file's own reading noted, under the name it is known by
            if not (note.message.startswith("published:") and source.published):
                self.warn(shown, note.message)
        return source

    def _with_metadata(self, source: Source, shown: str, meta: Mapping[str, Any]) -> Source:
        changes: dict[str, Any] = {"path": shown}
        for key in ("title", "outlet", "url", "author"):
            value = _clean(meta.get(key))
            if value:
                changes[key] = value
        published = _clean(meta.get("published"))
        if published:
            date = parse_date(published, date_calendars(self.rules, source.language))
            if date is None:
                self.warn(shown, f"published: cannot read {published!r} as a date; ignored")
            else:
                changes["published"] = date
                changes["published_text"] = None
        return dataclasses.replace(source, **changes)


@contextmanager
def building(rules: RuleSet, warn: Callable[[str, str], None]) -> Iterator[Builder]:
    """A `Builder` whose temporary folder is removed on leaving, whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="reconcile-inputs-"))
    try:
        yield Builder(rules, folder, warn)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _without_path(error: InputError, path: Path) -> str:
    messages = [problem.message for problem in error.problems]
    return "; ".join(messages).replace(path.as_posix(), "").strip() or "cannot be read"


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
