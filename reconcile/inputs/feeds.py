"""RSS and Atom feeds (read by feedparser): each entry is an article.

An entry's page is fetched from its link and read like a local HTML file; the feed states
the entry's title, date and author and, as the outlet, the feed's own title. When an entry
has no link, or its page cannot be fetched, the text the feed itself carries (its content
or summary) is read instead, with a warning.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from reconcile.errors import InputError
from reconcile.records import record

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml", ".rdf"})
_FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


@record
class Entry:
    """One feed entry: where its page is, the text the feed carries, and its metadata."""

    number: int  # position in the feed, from 1
    link: str | None
    content: str | None  # HTML the feed carries for the entry (content or summary)
    meta: dict[str, Any]


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """True for an RSS, Atom or RDF document (by its content type or its first element)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return _FEED_START.match(data[:2048]) is not None


def read_entries(data: bytes, shown: str) -> Iterator[Entry]:
    """The entries of a feed; raises `InputError` naming `shown` when it is not a feed."""
    import feedparser  # only a run that reads a feed pays for feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        raise InputError.single(shown, f"not an RSS or Atom feed{detail}")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        content = None
        if entry.get("content"):
            content = "\n".join(str(part.get("value", "")) for part in entry["content"])
        elif entry.get("summary"):
            content = str(entry["summary"])
        meta: dict[str, Any] = {
            "title": entry.get("title"),
            "outlet": outlet,
            "url": link,
            "author": _author(entry),
            "published": _date(entry),
        }
        yield Entry(number, str(link) if link else None, content, meta)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _author(entry: Any) -> str | None:
    detail = entry.get("author_detail") or {}
    name = detail.get("name") if hasattr(detail, "get") else None
    return str(name or entry.get("author") or "") or None
