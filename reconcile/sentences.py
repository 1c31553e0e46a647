"""Sentence splitting with offsets into the source text; furniture spans are left out."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from reconcile.models import Source
from reconcile.records import record


@record
class Sentence:
    """One sentence: its text and where it starts and ends in the source text."""

    start: int
    end: int
    text: str


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ENDS = ".!?"  # the marks that end a sentence, as `_BOUNDARY` splits at them
_BOUNDARY = re.compile(rf"[{_ENDS}]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")
# a mark that ends a statement: a line holding none is a heading or a label, no sentence
STATEMENT_END = re.compile(rf"[{_ENDS}]")


def split_sentences(
    source: Source, abbreviations: frozenset[str], not_end: re.Pattern[str] | None = None
) -> list[Sentence]:
    """Sentences of the source outside furniture, with offsets into the source text; a
    period after one of the language's `abbreviations`, or after a word `not_end` matches
    (a German day "7." before its month), ends no sentence."""
    return list(iter_sentences(source, abbreviations, not_end))


def sentence_holding(
    source: Source,
    start: int,
    end: int,
    abbreviations: frozenset[str],
    not_end: re.Pattern[str] | None = None,
) -> Sentence | None:
    """The sentence of `split_sentences` that holds `[start, end)` of the source's text
    whole; None when the span stands in page furniture or across two sentences. The text is
    split the first time a span of it is asked for, and its sentences kept for the spans
    asked after (of the last `_SPLITS_HELD` texts asked, so that a run-level reading that
    asks for a few spans of each of many sources holds only the few it reads now)."""
    sentences, starts = _split(
        source.text, source.body_start, source.excluded, abbreviations, not_end
    )
    at = bisect_right(starts, start) - 1
    if at < 0 or sentences[at].end < end:
        return None
    return sentences[at]


_SPLITS_HELD = 8  # texts whose sentences `sentence_holding` keeps


@lru_cache(maxsize=_SPLITS_HELD)
def _split(
    text: str,
    body_start: int,
    excluded: tuple[tuple[int, int], ...],
    abbreviations: frozenset[str],
    not_end: re.Pattern[str] | None,
) -> tuple[tuple[Sentence, ...], tuple[int, ...]]:
    """The sentences of a text (its start and furniture as a source gives them) and where
    each starts, for `sentence_holding`."""
    source = Source(id="", path="", text=text, body_start=body_start, excluded=excluded)
    sentences = tuple(iter_sentences(source, abbreviations, not_end))
    return sentences, tuple(s.start for s in sentences)


def iter_sentences(
    source: Source, abbreviations: frozenset[str], not_end: re.Pattern[str] | None = None
) -> Iterator[Sentence]:
    """The sentences of `split_sentences`, one at a time as the text is read (a large source
    is never held as a list of its sentences)."""
    text = source.text
    sentences: list[Sentence] = []  # the pieces of one range, handed on at once
    furniture = _Furniture(source.excluded)
    start = source.body_start
    for found in _BOUNDARY.finditer(text, source.body_start):
        end = found.end()
        dot = found.start()
        if found.group().startswith(".") and dot > 0:
            # the last word, the period included: read back to a space, not past `start`
            first = dot
            while first > start and not text[first - 1].isspace():
                first -= 1
            word = text[first : dot + 1]
            if (
                word in abbreviations
                or _INITIALS.fullmatch(word)
                or (not_end is not None and not_end.fullmatch(word))
            ):
                continue
        _add(sentences, text, start, end, furniture.within(start, end))
        yield from sentences
        sentences.clear()
        start = end
    _add(sentences, text, start, len(text), furniture.within(start, len(text)))
    yield from sentences


class _Furniture:
    """A source's furniture spans, sorted once, so that the spans touching a sentence are
    found without reading all of them for each sentence (a page may have thousands)."""

    def __init__(self, excluded: tuple[tuple[int, int], ...]) -> None:
        self.excluded = excluded
        order = sorted(range(len(excluded)), key=lambda i: excluded[i])
        self.order = order
        self.starts = [excluded[i][0] for i in order]
        reach = 0
        self.reach: list[int] = []  # the largest end of the spans up to each, in start order
        for i in order:
            reach = max(reach, excluded[i][1])
            self.reach.append(reach)

    def within(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The spans that touch `[start, end)`: each starts before its end and ends after its
        start (an empty span strictly inside cuts it too), in their original order."""
        if not self.excluded:
            return ()
        found = []
        j = bisect_left(self.starts, end) - 1
        while j >= 0 and self.reach[j] > start:
            if self.excluded[self.order[j]][1] > start:
                found.append(self.order[j])
            j -= 1
        return tuple(self.excluded[i] for i in sorted(found))


def not_sentence_ends(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern of the last words that end no sentence (None when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _add(
    sentences: list[Sentence],
    text: str,
    start: int,
    end: int,
    excluded: tuple[tuple[int, int], ...],
) -> None:
    # Cut furniture spans out of the sentence range, keeping what is left as sentences.
    pieces = [(start, end)]
    for a, b in excluded:
        next_pieces = []
        for s, e in pieces:
            if b <= s or a >= e:
                next_pieces.append((s, e))
                continue
            if s < a:
                next_pieces.append((s, a))
            if b < e:
                next_pieces.append((b, e))
        pieces = next_pieces
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(s, e, text[s:e]))
