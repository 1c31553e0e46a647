"""Load sources: `.txt`, `.md`, `.html` and `.json` files into `Source` records.

Metadata comes from YAML front matter, a `<name>.meta.yaml` sidecar, HTML meta tags, JSON
fields, or what the text itself states ("Published January 6th, 2022"); nothing is invented.
Page furniture (rules: `sources.toml`) is marked as excluded spans, never cut out, so every
character offset refers to the text as loaded.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from reconcile.errors import InputError, Problem
from reconcile.models import Source
from reconcile.rules import RuleSet

METADATA_KEYS = ("title", "outlet", "url", "published", "author", "language", "lang")
# Other names site generators and scrapers use for the same fields (Jekyll and Hugo write `date`).
METADATA_ALIASES = {"date": "published", "source": "outlet", "link": "url"}
# libyaml's safe loader where PyYAML was built with it: the same documents, 10× faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def collect_paths(paths: Sequence[str | Path], rules: RuleSet) -> list[Path]:
    """Expand folders into their source files; a missing path is an error naming it."""
    found: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _is_source(child, path, rules):
                    found.append(child)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(given), None, "no such file or folder"))
    if problems:
        raise InputError(problems)
    if not found:
        shown = ", ".join(str(p) for p in paths)
        exts = ", ".join(rules.sources.extensions)
        raise InputError.single(shown, f"no source files found (looked for {exts})")
    return found


def _is_source(path: Path, root: Path, rules: RuleSet) -> bool:
    if path.suffix.lower() not in rules.sources.extensions:
        return False
    parts = path.relative_to(root).parts
    return not any(
        fnmatch.fnmatch(part, pattern) for part in parts for pattern in rules.sources.ignore
    )


def load_sources(paths: Sequence[str | Path], rules: RuleSet) -> tuple[Source, ...]:
    """Load every source under `paths`, sorted by id; identical texts are loaded once."""
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    for path in collect_paths(paths, rules):
        try:
            source = load_source(path, rules)
        except InputError as error:
            problems.extend(error.problems)
            continue
        kept = sources.get(source.id)
        if kept is None or source.path < kept.path:
            sources[source.id] = source
    if problems:
        raise InputError(problems)
    return tuple(sorted(sources.values(), key=lambda s: (s.path, s.id)))


def load_source(path: Path, rules: RuleSet) -> Source:
    """Load one source file."""
    shown = path.as_posix()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.single(shown, "not UTF-8 text; convert it to UTF-8") from None
    except OSError as error:
        raise InputError.single(shown, f"cannot read: {error.strerror}") from None
    suffix = path.suffix.lower()
    meta: dict[str, Any] = {}
    body_start = 0
    if suffix in (".html", ".htm"):
        text, meta = html_to_text(raw)
    elif suffix == ".json":
        text, meta = _json_source(raw, shown)
    else:
        text = raw
        front = _FRONT_MATTER.match(raw)
        if front:
            meta = _yaml_mapping(front.group(1), shown)
            body_start = front.end()
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.yaml")
    if sidecar.is_file():
        meta = {**_yaml_mapping(sidecar.read_text(encoding="utf-8"), sidecar.as_posix()), **meta}
    meta = _known_keys(meta)
    excluded = tuple(furniture_spans(text, rules, body_start))
    stated = stated_metadata(text[body_start:], rules)
    published_value = meta.get("published") or stated.get("published")
    published = (
        parse_date(str(published_value), rules.events.ordinal_suffixes) if published_value else None
    )
    if published_value and published is None:
        raise InputError.single(
            shown, f"published: cannot read {published_value!r} as a date; write it as YYYY-MM-DD"
        )
    title = meta.get("title") or _title_from_text(text, body_start, excluded)
    return Source(
        id="S" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8],
        path=shown,
        text=text,
        title=_clean(title),
        outlet=_clean(meta.get("outlet")),
        url=_clean(meta.get("url")),
        published=published,
        published_text=_clean(stated.get("published")) if not meta.get("published") else None,
        author=_clean(meta.get("author") or stated.get("author")),
        body_start=body_start,
        excluded=excluded,
        language=source_language(meta, text[body_start:], rules),
    )


def source_language(meta: dict[str, Any], text: str, rules: RuleSet) -> str:
    """The language a source states (`language` or `lang`: "de", "fr-FR"), else the one a
    detector finds among the languages of the rules; the default language when unsure."""
    stated = meta.get("language") or meta.get("lang")
    if stated:
        return str(stated).strip().replace("_", "-").split("-")[0].lower()
    return detect_language(text, rules.languages, rules.language)


def detect_language(text: str, languages: Sequence[str], default: str) -> str:
    """py3langid's choice among `languages` (imported here: only a source that states no
    language pays for it), or `default` when its confidence is under 0.9."""
    if len(languages) < 2 or not text.strip():
        return default
    language, confidence = _identifier(tuple(languages)).classify(text[:2000])
    return str(language) if confidence >= 0.9 else default


@functools.cache
def _identifier(languages: tuple[str, ...]) -> Any:
    """py3langid's model (a constant of that package), loaded once and limited to `languages`."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _yaml_mapping(text: str, shown: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as error:
        line = None
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2  # front matter starts after the '---' line
        raise InputError(
            [Problem(shown, line, f"front matter is not valid YAML: {error}")]
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError.single(shown, "front matter must be a mapping of key: value lines")
    return {str(k): v for k, v in data.items()}


def _known_keys(meta: dict[str, Any]) -> dict[str, Any]:
    """The metadata this tool reads; aliases mapped to their field, other keys ignored.

    Front matter written for a site generator (layout, tags, last_modified_at) is not an
    error: those keys say nothing the report uses.
    """
    known = {key: value for key, value in meta.items() if key in METADATA_KEYS}
    if isinstance(known.get("published"), bool):  # Jekyll's "published: true" is a flag
        del known["published"]
    for alias, field in METADATA_ALIASES.items():
        if alias in meta and field not in known:
            known[field] = meta[alias]
    return known


def _json_source(raw: str, shown: str) -> tuple[str, dict[str, Any]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError([Problem(shown, error.lineno, f"not valid JSON: {error.msg}")]) from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError.single(shown, 'a JSON source must be an object with a "text" string')
    meta = {k: v for k, v in data.items() if k != "text" and v is not None}
    return data["text"], meta


def furniture_spans(text: str, rules: RuleSet, body_start: int = 0) -> Iterable[tuple[int, int]]:
    """Spans of lines that are page furniture, as [start, end) offsets into `text`."""
    patterns = [re.compile(p) for p in rules.sources.furniture]
    spans = [(0, body_start)] if body_start else []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if offset >= body_start:
            for pattern in patterns:
                found = pattern.match(stripped)
                if found:
                    spans.append((offset, offset + found.end()))
                    break
        offset += len(line)
    return spans


def stated_metadata(text: str, rules: RuleSet) -> dict[str, str]:
    """Metadata the text states about itself: publication date and byline."""
    stated: dict[str, str] = {}
    for key, patterns, group in (
        ("published", rules.sources.published, "date"),
        ("author", rules.sources.author, "author"),
    ):
        for pattern in patterns:
            found = re.search(pattern, text)
            if found:
                stated[key] = found.group(group)
                break
    return stated


_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y")


def parse_date(text: str, ordinal_suffixes: tuple[str, ...]) -> str | None:
    """An ISO date (YYYY-MM-DD) from the ways articles write dates, or None; a day's ordinal
    suffix ('6th', from the rules' `ordinal_suffixes`) is read as the day."""
    cleaned = text.strip()
    if ordinal_suffixes:
        suffix = "|".join(re.escape(s) for s in ordinal_suffixes)
        cleaned = re.sub(rf"(\d)(?:{suffix})\b", r"\1", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).replace(" ,", ",")  # "June 01 , 2009"
    cleaned = re.sub(r"[T ]\d\d:\d\d.*$", "", cleaned) if re.match(r"\d{4}-", cleaned) else cleaned
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _title_from_text(
    text: str, body_start: int, excluded: tuple[tuple[int, int], ...]
) -> str | None:
    """A headline the text states: its first line, if short and not a sentence."""
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        stripped = line.strip()
        if start < body_start or not stripped:
            continue
        if any(a <= start < b for a, b in excluded):
            continue
        if len(stripped) <= 160 and not stripped.endswith((".", "!", "?", '"', "”", ":")):
            return stripped
        return None
    return None


class _ArticleText(HTMLParser):
    """Collects the readable text of an HTML page and its metadata tags."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "form"})
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "article",
            "section",
            "blockquote",
            "tr",
            "figcaption",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.skip_depth = 0
        self.article_depth = 0
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            name = (values.get("property") or values.get("name") or "").lower()
            content = values.get("content", "")
            mapping = {
                "og:title": "title",
                "og:site_name": "outlet",
                "og:url": "url",
                "article:published_time": "published",
                "author": "author",
                "article:author": "author",
            }
            if name in mapping and content:
                self.meta.setdefault(mapping[name], content)
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("language", values["lang"])
        if tag == "time" and values.get("datetime"):
            self.meta.setdefault("published", values["datetime"])
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)


def html_to_text(raw: str) -> tuple[str, dict[str, Any]]:
    """The article text of an HTML page (its <article> if it has one) and its metadata."""
    parser = _ArticleText()
    parser.feed(raw)
    parser.close()
    parts = parser.article_parts or parser.parts
    lines = [" ".join(line.split()) for line in "".join(parts).splitlines()]
    text = "\n".join(line for line in lines if line) + "\n"
    meta: dict[str, Any] = dict(parser.meta)
    if parser.title.strip() and "title" not in meta:
        meta["title"] = parser.title.strip()
    return text, meta
