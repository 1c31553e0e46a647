"""Sentence splitting with offsets into the source text; furniture spans are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.models import Source


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it starts and ends in the source text."""

    start: int
    end: int
    text: str


_LAST_WORD = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")


def split_sentences(
    source: Source, abbreviations: frozenset[str], not_end: re.Pattern[str] | None = None
) -> list[Sentence]:
    """Sentences of the source outside furniture, with offsets into the source text; a
    period after one of the language's `abbreviations`, or after a word `not_end` matches
    (a German day "7." before its month), ends no sentence."""
    text = source.text
    sentences: list[Sentence] = []
    start = source.body_start
    for found in _BOUNDARY.finditer(text, source.body_start):
        end = found.end()
        if found.group().startswith(".") and text[found.start() - 1 : found.start()] != "":
            word = _LAST_WORD.search(text[start : found.start() + 1])
            if word and (
                word.group(1) in abbreviations
                or _INITIALS.fullmatch(word.group(1))
                or (not_end is not None and not_end.fullmatch(word.group(1)))
            ):
                continue
        _add(sentences, text, start, end, source.excluded)
        start = end
    _add(sentences, text, start, len(text), source.excluded)
    return sentences


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
