"""The article text of an HTML page, its metadata tags, and the file line of each text line.

The page is parsed once, by the standard library's `HTMLParser`, which knows the file line
of every piece of text. The same parse drives jusText's paragraph maker (a new paragraph at
each block tag, or at two `<br>` in a row), and jusText's classifier tells the article's
paragraphs from the page's boilerplate — menus, link lists, copyright lines, short
fragments far from any article paragraph — by their length, the share of their characters
in links and the share of their words in the stoplists of the rules' languages. jusText's own
parser (lxml) is not used on the page: the text kept is the text this parse gave, so every
line of it still knows its line in the file.

What is kept, in the order of the page: its `<article>` if it has one, else all its text;
never what sits in script, style, nav, header, footer, aside, noscript, form, select or
textarea; of that, the paragraphs jusText calls good, when it calls any good, else all of it
(a short page, or one jusText cannot judge, loses nothing). jusText is imported only when an
HTML page is read.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from reconcile.errors import Problem, RulesError
from reconcile.records import record

# More paragraphs than this and the page is read without jusText's classifier: its revision
# of short paragraphs looks along runs of them, which grows with the square of a run.
MAX_CLASSIFIED_PARAGRAPHS = 2000
# Elements nested deeper than this are not told to the paragraph maker (their text still
# is): a paragraph's path costs its depth, and a hostile page nests thousands deep.
MAX_PATH_DEPTH = 256

_SKIP = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "form"}
    | {"select", "textarea"}
)
_BLOCK = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section"}
    | {"blockquote", "tr", "figcaption", "title"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_META = {
    "og:title": "title",
    "og:site_name": "outlet",
    "og:url": "url",
    "article:published_time": "published",
    "author": "author",
    "article:author": "author",
}


@record
class PageText:
    """What a page gives: its article text, metadata, and per text line its file line."""

    text: str
    meta: dict[str, Any]
    line_map: tuple[tuple[int, int], ...]
    # All the text read, boilerplate included, where a byline or a dateline ("By Ana Ruiz",
    # "Published September 12, 2023") is looked for: jusText drops such short lines.
    whole: str


@dataclass
class _Piece:
    text: str
    line: int  # file line where the piece starts
    paragraph: Any  # jusText's paragraph holding it; None for a line break between blocks
    in_article: bool


class _Page(HTMLParser):
    """Collects a page's text pieces with their lines, its metadata tags and title, and
    feeds jusText's paragraph maker the same elements and text."""

    def __init__(self, maker: Any) -> None:
        super().__init__(convert_charrefs=True)
        self.maker = maker
        self.pieces: list[_Piece] = []
        self.open: list[str] = []  # elements open in the paragraph maker's path
        self.beyond: list[str] = []  # elements open deeper than MAX_PATH_DEPTH
        self.skip_depth = 0
        self.article_depth = 0
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.title = ""
        self.times: dict[bool, list[str]] = {True: [], False: []}  # by: inside <article>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            name = (values.get("property") or values.get("name") or "").lower()
            if name in _META and values.get("content"):
                self.meta.setdefault(_META[name], values["content"])
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("language", values["lang"])
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
        if self.skip_depth:
            return
        if tag == "article":
            self.article_depth += 1
        if tag == "time" and values.get("datetime"):  # not a header's "today" or a link list's
            self.times[self.article_depth > 0].append(values["datetime"])
        if tag in _BLOCK:
            self._emit("\n", None)
        if tag in _VOID:
            if len(self.open) < MAX_PATH_DEPTH:
                self.maker.startElementNS((None, tag), tag, None)
                self.maker.endElementNS((None, tag), tag)
        elif len(self.open) < MAX_PATH_DEPTH:
            self.maker.startElementNS((None, tag), tag, None)
            self.open.append(tag)
        else:
            self.beyond.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
            return
        if self.skip_depth:
            return
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag in _BLOCK:
            self._emit("\n", None)
        if tag in self.beyond:
            while self.beyond.pop() != tag:
                pass
        elif tag in self.open:
            self.beyond.clear()
            self._close(tag)

    def _close(self, tag: str) -> None:
        """Close `tag` and what was left open inside it (HTML need not close a <p>)."""
        while self.open:
            last = self.open.pop()
            self.maker.endElementNS((None, last), last)
            if last == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        self.maker.characters(data)
        self._emit(data, self.maker.paragraph if data.strip() else None)

    def _emit(self, text: str, paragraph: Any) -> None:
        self.pieces.append(_Piece(text, self.getpos()[0], paragraph, self.article_depth > 0))


class _Path:
    """The path of open elements a jusText paragraph records ("html.body.div.p"), kept as
    it grows so that starting a paragraph costs no walk along it (jusText's own `PathInfo`
    joins the whole path, and an XPath the classifier does not read, at every paragraph)."""

    xpath = ""

    def __init__(self) -> None:
        self._doms = [""]

    @property
    def dom(self) -> str:
        return self._doms[-1]

    def append(self, tag: str) -> _Path:
        last = self._doms[-1]
        self._doms.append(f"{last}.{tag}" if last else tag)
        return self

    def pop(self) -> _Path:
        self._doms.pop()
        return self


def page_text(raw: str, stoplists: Sequence[str] = ()) -> PageText:
    """The article text of an HTML page, classified with the union of jusText's
    `stoplists` (none: every paragraph outside the skipped elements is kept)."""
    from justext.core import ParagraphMaker

    maker = ParagraphMaker()
    maker.path = _Path()
    maker.paragraph.dom_path = ""
    page = _Page(maker)
    page.feed(raw)
    page.close()
    page.maker.endDocument()
    candidates = [p for p in page.pieces if p.in_article and p.text.strip()]
    pieces = [p for p in page.pieces if p.in_article] if candidates else page.pieces
    whole, whole_map = _lines(pieces)
    text, line_map = whole, whole_map
    good = _good_paragraphs(page.maker.paragraphs, stoplists)
    if any(id(p.paragraph) in good for p in pieces):
        text, line_map = _lines(
            [p for p in pieces if p.paragraph is None or id(p.paragraph) in good]
        )
    meta: dict[str, Any] = dict(page.meta)
    if page.title.strip() and "title" not in meta:
        meta["title"] = page.title.strip()
    times = page.times[True] or page.times[False]
    if times:  # a meta tag's publication time first, then the article's first <time>
        meta.setdefault("published", times[0])
    return PageText(text, meta, line_map, whole)


def _good_paragraphs(paragraphs: list[Any], stoplists: Sequence[str]) -> set[int]:
    """The ids of the paragraphs jusText calls good (none when it is not asked)."""
    if not stoplists or not paragraphs or len(paragraphs) > MAX_CLASSIFIED_PARAGRAPHS:
        return set()
    from justext.core import classify_paragraphs, revise_paragraph_classification

    classify_paragraphs(paragraphs, _stoplist(tuple(sorted(set(stoplists)))))
    revise_paragraph_classification(paragraphs)
    return {id(p) for p in paragraphs if p.class_type == "good"}


def check_stoplists(names: Sequence[str]) -> None:
    """A `RulesError` for a name that is not one of jusText's stoplists."""
    from justext import get_stoplists

    known = get_stoplists()
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise RulesError(
            [
                Problem(
                    "sources.toml",
                    None,
                    f"boilerplate_stoplist: {name!r} is not a jusText stoplist;"
                    f" one of {', '.join(sorted(known))}",
                )
                for name in unknown
            ]
        )


@functools.cache
def _stoplist(names: tuple[str, ...]) -> frozenset[str]:
    from justext import get_stoplist

    check_stoplists(names)
    return frozenset(word.lower() for name in names for word in get_stoplist(name))


def _lines(pieces: Sequence[_Piece]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The pieces' text with spaces collapsed and blank lines dropped, and for each line of
    it (its offset) the file line its first word came from."""
    joined = "".join(p.text for p in pieces)
    starts: list[int] = []
    at = 0
    for piece in pieces:
        starts.append(at)
        at += len(piece.text)
    out: list[str] = []
    line_map: list[tuple[int, int]] = []
    length = 0
    at = 0
    for raw_line in joined.split("\n"):
        words = raw_line.split()
        if words:
            first = at + (len(raw_line) - len(raw_line.lstrip()))
            index = max(bisect.bisect_right(starts, first) - 1, 0)
            file_line = pieces[index].line + joined.count("\n", starts[index], first)
            line_map.append((length, file_line))
            line = " ".join(words)
            out.append(line)
            length += len(line) + 1
        at += len(raw_line) + 1
    return "\n".join(out) + "\n", tuple(line_map)
