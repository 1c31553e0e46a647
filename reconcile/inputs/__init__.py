"""Where sources live besides local files: web pages, feeds, standard input, web archives
and tables of many articles. Every one becomes the same `Source` a local file does.

`load_inputs(specs, rules, options)` reads each spec by what it is:

| spec | read as |
|---|---|
| `http://…`, `https://…` | a page (HTML article text) or, when it is one, a feed |
| `-` | standard input: text, HTML or a feed |
| `*.csv`, `*.tsv`, `*.jsonl`, `*.ndjson`, `*.parquet` | one article a row (`tables`) |
| `*.warc`, `*.warc.gz` | every archived HTML or text page (`warc`) |
| `*.rss`, `*.atom`, `*.xml`, `*.rdf` | a feed: each entry's page (`feeds`) |
| any other file or folder | `sources.load_sources`, as before |

A page that cannot be fetched, or an entry or row that cannot be read, is a note naming it
(in the result's notes, and to `InputOptions.warn` as it happens) and the run goes on; a
local file that cannot be read is an error, as before. The modules that need feedparser,
warcio or polars import them only when such a spec is given.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import BinaryIO

from reconcile.errors import InputError, Problem
from reconcile.inputs.build import Builder, building, decode, looks_like_html
from reconcile.inputs.feeds import FEED_SUFFIXES, looks_like_feed, read_entries
from reconcile.inputs.fetch import (
    DEFAULT_DELAY,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Fetcher,
    FetchError,
    default_cache_dir,
    is_url,
)
from reconcile.inputs.tables import table_kind
from reconcile.inputs.warc import is_warc
from reconcile.models import Source
from reconcile.records import record
from reconcile.rules import RuleSet
from reconcile.sources import Loaded, read_sources, sorted_notes

STDIN = "-"
STDIN_NAME = "<stdin>"

_log = logging.getLogger("reconcile")


@record
class InputOptions:
    """How to read inputs that are not plain local files.

    `cache_dir` None means the user's cache folder (`default_cache_dir()`); `use_cache`
    False fetches every page and keeps none. `warn` receives one line per page, entry or row
    skipped (default: the `reconcile` logger).
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    cache_dir: Path | None = None
    use_cache: bool = True
    refresh: bool = False
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin: BinaryIO | None = None
    warn: Callable[[str], None] | None = None

    def fetcher(self) -> Fetcher:
        """A fetcher with these options (one per run: it keeps the per-host delay)."""
        cache = (self.cache_dir or default_cache_dir()) if self.use_cache else None
        return Fetcher(cache, self.delay, self.timeout, self.max_bytes, self.refresh)


def is_special(spec: str) -> bool:
    """True when a spec is not read by `sources.load_sources` (a URL, `-`, a table, a web
    archive or a feed file)."""
    if spec == STDIN or is_url(spec):
        return True
    path = Path(spec)
    return path.is_file() and (
        table_kind(path) is not None or is_warc(path) or path.suffix.lower() in FEED_SUFFIXES
    )


def read_url_list(path: Path) -> list[str]:
    """The addresses listed in a file, one a line; blank lines and `#` comments skipped."""
    shown = path.as_posix()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.single(shown, "not UTF-8 text; convert it to UTF-8") from None
    except OSError as error:
        raise InputError.single(shown, f"cannot read: {error.strerror or error}") from None
    urls: list[str] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if not is_url(entry):
            problems.append(Problem(shown, number, f"{entry!r} is not an http(s) address"))
            continue
        urls.append(entry)
    if problems:
        raise InputError(problems)
    return urls


def load_inputs(
    specs: Sequence[str | Path], rules: RuleSet, options: InputOptions | None = None
) -> tuple[Source, ...]:
    """Every source the specs name, sorted by path then id; identical texts read once."""
    return read_inputs(specs, rules, options).sources


def read_inputs(
    specs: Sequence[str | Path],
    rules: RuleSet,
    options: InputOptions | None = None,
    follow_symlinks: bool = False,
    load_local: Callable[[Sequence[str]], Loaded] | None = None,
) -> Loaded:
    """Every source the specs name, sorted by path then id (identical texts read once), and
    the notes on what was skipped, unreadable or empty, sorted.

    Plain files and folders are read by `load_local` (default: `sources.read_sources` in
    this process, with `follow_symlinks`), so they give the same sources and notes as they
    do alone; a page, entry or row skipped is a note too (and a line to `options.warn`,
    when given, as it happens).
    """
    options = options or InputOptions()
    given = [str(spec) if isinstance(spec, Path) else spec for spec in specs]
    local = [spec for spec in given if not is_special(spec)]
    special = [spec for spec in given if is_special(spec)]
    found: list[Source] = []
    notes: list[Problem] = []
    if local:
        loaded = (load_local or (lambda p: read_sources(p, rules, follow_symlinks)))(local)
        found.extend(loaded.sources)
        notes.extend(loaded.notes)
    if special:
        reader = _Reader(rules, options)
        with building(rules, reader.warn) as build:
            for spec in special:
                found.extend(reader.read(spec, build))
        notes.extend(reader.notes)
        if not found:
            shown = ", ".join(given) if len(given) <= 3 else f"{len(given)} inputs given"
            problem = Problem(shown, None, "no source could be read")
            raise InputError([problem, *sorted_notes(reader.notes)])
    unique: dict[str, Source] = {}
    for source in found:
        kept = unique.get(source.id)
        if kept is None or source.path < kept.path:
            unique[source.id] = source
    ordered = tuple(sorted(unique.values(), key=lambda s: (s.path, s.id)))
    return Loaded(ordered, sorted_notes(notes))


class _Reader:
    """Reads the specs `load_sources` does not; one per run."""

    def __init__(self, rules: RuleSet, options: InputOptions) -> None:
        self.rules = rules
        self.options = options
        self._fetcher: Fetcher | None = None
        self.notes: list[Problem] = []

    def warn(self, shown: str, message: str) -> None:
        """A page, entry or row skipped, or something a reader should know about it."""
        self.notes.append(Problem(shown, None, message))
        if self.options.warn is not None:
            self.options.warn(f"{shown}: {message}")
        else:
            _log.info("%s: %s", shown, message)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = self.options.fetcher()
        return self._fetcher

    def read(self, spec: str, build: Builder) -> list[Source]:
        if spec == STDIN:
            stream = self.options.stdin or sys.stdin.buffer
            data = stream.read(self.options.max_bytes + 1)
            if len(data) > self.options.max_bytes:
                raise InputError.single(
                    STDIN_NAME, f"more than {self.options.max_bytes:,} bytes; give a file"
                )
            return self._content(data, "", STDIN_NAME, build, local=True)
        if is_url(spec):
            return self._page(spec, build, {})
        path = Path(spec)
        if is_warc(path):
            return self._warc(path, build)
        if table_kind(path) is not None:
            return self._table(path, build)
        return self._feed_file(path, build)

    def _page(self, url: str, build: Builder, meta: Mapping[str, object]) -> list[Source]:
        try:
            fetched = self.fetcher.get(url)
        except FetchError as error:
            self.warn(url, f"{error}; skipped")
            return []
        return self._content(fetched.body, fetched.content_type, url, build, meta=meta)

    def _content(
        self,
        data: bytes,
        content_type: str,
        shown: str,
        build: Builder,
        meta: Mapping[str, object] | None = None,
        local: bool = False,
    ) -> list[Source]:
        """A page or a feed, by what its bytes are."""
        if looks_like_feed(data, content_type):
            return self._entries(data, shown, build)
        text = decode(data, _charset(content_type))
        html = "html" in content_type.lower() or looks_like_html(text)
        info = dict(meta or {})
        if not local:
            info.setdefault("url", shown)
        try:
            return [build(text, shown, html, info)]
        except InputError as error:
            if local:
                raise
            self.warn(shown, f"{_message(error)}; skipped")
            return []

    def _entries(self, data: bytes, shown: str, build: Builder) -> list[Source]:
        found: list[Source] = []
        for entry in read_entries(data, shown):
            if entry.link and is_url(entry.link):
                try:
                    fetched = self.fetcher.get(entry.link)
                except FetchError as error:
                    fallback = " (read the text the feed carries)" if entry.content else ""
                    self.warn(entry.link, f"{error}; skipped{fallback}")
                else:
                    found += self._content(
                        fetched.body, fetched.content_type, entry.link, build, entry.meta
                    )
                    continue
            if entry.content:
                name = f"{shown}#entry{entry.number}"
                try:
                    found.append(build(entry.content, name, True, entry.meta))
                except InputError as error:
                    self.warn(name, f"{_message(error)}; skipped")
            elif not entry.link:
                self.warn(f"{shown}#entry{entry.number}", "no link and no text; skipped")
        return found

    def _feed_file(self, path: Path, build: Builder) -> list[Source]:
        data = _read_file(path, self.options.max_bytes)
        return self._entries(data, path.as_posix(), build)

    def _warc(self, path: Path, build: Builder) -> list[Source]:
        from reconcile.inputs.warc import read_pages

        found: list[Source] = []
        for page in read_pages(path, self.options.max_bytes):
            name = f"{path.as_posix()}#record{page.number}"
            if len(page.body) > self.options.max_bytes:
                self.warn(name, f"larger than {self.options.max_bytes:,} bytes; skipped")
                continue
            meta = {"url": page.url} if page.url else {}
            found += self._content(page.body, page.content_type, name, build, meta)
        return found

    def _table(self, path: Path, build: Builder) -> list[Source]:
        from reconcile.inputs.tables import read_rows

        found: list[Source] = []
        for number, row in read_rows(path, self.options.columns):
            name = f"{path.as_posix()}#row{number}"
            text = row.pop("text")
            if text is None or not str(text).strip():
                self.warn(name, "no text; skipped")
                continue
            text = str(text)
            try:
                found.append(build(text, name, looks_like_html(text), row))
            except InputError as error:
                self.warn(name, f"{_message(error)}; skipped")
        return found


def _read_file(path: Path, limit: int) -> bytes:
    shown = path.as_posix()
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise InputError.single(shown, f"cannot read: {error.strerror or error}") from None
    if len(data) > limit:
        raise InputError.single(shown, f"larger than {limit:,} bytes")
    return data


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _message(error: InputError) -> str:
    return "; ".join(problem.message for problem in error.problems)


__all__ = [
    "STDIN",
    "InputOptions",
    "is_special",
    "load_inputs",
    "read_inputs",
    "read_url_list",
]
