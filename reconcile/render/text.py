"""Text made safe for Markdown: escaping, shortening, fences, the bold part of a quote.

Source text is untrusted: everything taken from a source goes through `escape()` (or
`escape_block()` at the start of a list item), into fenced blocks only with a fence longer
than any backtick run inside; long text is shortened with an ellipsis, never wrapped. The
Markdown report and the sections other renderers add to it use these.
"""

from __future__ import annotations

import re

from reconcile.kinds import kind_of
from reconcile.models import Claim

# Characters that can open inline syntax anywhere in a line: emphasis, code, links, images,
# HTML, entities, table cells, strikethrough, and GitHub's `$` maths.
_ESCAPE = re.compile(r"([\\`*_\[\]<>|#~!{}&$])")
_SPACES = re.compile(r"\s+")
# What could open a block at the start of a list item's text: a list marker or a quote.
_BLOCK_START = re.compile(r"^([-+]|\d{1,9}[.)])(?=\s|$)")
SENTENCE_LIMIT = 240  # characters of a sentence in a table cell


def or_dash(text: str | None) -> str:
    """The text, or an em dash when it is missing or blank."""
    return text if text and text.strip() else "—"


def shorten(text: str, limit: int) -> str:
    """Whitespace folded to single spaces, cut at a word with '…' when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut + "…"


def escape(text: str) -> str:
    """Source text made inert in Markdown and table cells: one line, punctuation escaped."""
    return _ESCAPE.sub(_backslashed, _SPACES.sub(" ", text))


def _backslashed(found: re.Match[str]) -> str:
    return "\\" + found.group(1)


def escape_block(text: str) -> str:
    """Like `escape()`, for text that starts a block (a list item): no list marker can begin it."""
    escaped = escape(text)
    found = _BLOCK_START.match(escaped)
    if found:
        marker = found.group(1)
        escaped = marker[:-1] + "\\" + marker[-1] + escaped[len(marker) :]
    return escaped


def fence(body: str, info: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run inside it."""
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{info}\n{body}\n{ticks}"


def highlighted(claim: Claim, limit: int = SENTENCE_LIMIT) -> str:
    """The exact quote, escaped, with what its kind emphasises (the number, the name) in
    bold; a quote longer than `limit` is cut with '…' (the link leads to the whole of it)."""
    quote = shorten(claim.quote, limit)
    span = kind_of(claim.kind).emphasis(claim, quote) or (0, len(quote))
    if not quote or not (quote[span[0]].isalnum() and quote[span[1] - 1].isalnum()):
        # Bold only when both inner ends are letters or digits: then '**' always parses.
        return escape(quote)
    start, end = span
    return f"{escape(quote[:start])}**{escape(quote[start:end])}**{escape(quote[end:])}"
