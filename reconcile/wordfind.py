"""Where a text writes a word as a word of its own, found with the fast substring search.

Some readings ask of the whole source whether, and where, it writes a word elsewhere (a
surname given in full, a word written in lower case): asked with a regex each, a long source
was read by the regex engine once per word asked, at every position. `written(text, word)`
finds the word with `str.find` (which skips through the text) and checks the characters on
either side of each place found: the same places as the regex.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache


def written(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """Where `text` writes `word` as a word of its own, as (start, end), in text order: not
    after a word character, an apostrophe or a hyphen, nor before a word character or a
    hyphen (an apostrophe may follow: "Roe's")."""
    if not word:
        return _written_here(text, word)
    global _kept
    kept = _kept  # one read: another thread may replace it
    found = next((held for kept_text, held in kept if kept_text is text), None)
    if found is None:
        # (a text is told by itself, not by its content: two copies of a long source's text
        # were compared whole to tell them apart)
        found = {}
        _kept = ((text, found), *kept[: TEXTS_KEPT - 1])
    spans = found.get(word)
    if spans is None:
        spans = found[word] = _written_found(text, word)
    return spans


# How many texts' words `written` keeps found: the last texts asked about (a run reads its
# sources one after another), each held, the latest first.
TEXTS_KEPT = 16
_kept: tuple[tuple[str, dict[str, tuple[tuple[int, int], ...]]], ...] = ()


@lru_cache(maxsize=4096)
def _written_here(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """`written`, read with a regex: what `_written_found` gives, the slow way."""
    return tuple(m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text))


def _written_found(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """`_written_here` for a word of one character or more: the leftmost place `str.find`
    gives where the characters around it do not join it to another word, then the next from
    its end, as the regex's matches follow one another."""
    found: list[tuple[int, int]] = []
    size = len(word)
    after = 0  # (where the next place may start: past the last one found)
    for at in places(text, word):
        end = at + size
        if at >= after and (
            (at == 0 or not _joins_before(text[at - 1]))
            and (end == len(text) or not _joins_after(text[end]))
        ):
            found.append((at, end))
            after = end
    return tuple(found)


def bounded(text: str, word: str) -> bool:
    """Whether `re.search(rf"\\b{re.escape(word)}\\b", text)` finds `word` (not empty): each
    place `str.find` gives is checked for a word boundary at either end."""
    size = len(word)
    return any(_boundary(text, at) and _boundary(text, at + size) for at in places(text, word))


def _boundary(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at`: a word character on one side only."""
    return (at > 0 and _word_char(text[at - 1])) != (at < len(text) and _word_char(text[at]))


def _word_char(char: str) -> bool:
    """Whether `re` reads `char` as `\\w` (a letter, a digit, a numeric or "_")."""
    return char.isalnum() or char == "_"


def _joins_before(char: str) -> bool:
    return _word_char(char) or char in "’'-"


def _joins_after(char: str) -> bool:
    return _word_char(char) or char == "-"


def run_start(text: str, end: int, also: str = "") -> int:
    """Where the run of word characters (and of `also`) that ends at `end` starts."""
    at = end
    while at > 0 and (_word_char(text[at - 1]) or text[at - 1] in also):
        at -= 1
    return at


# A text at least this long has its capitals indexed by `found_at` (read once, kept for the
# last text asked about); a shorter one is searched with `str.find` alone.
INDEXED_FROM = 50_000
_CAPITAL = re.compile("[A-Z]")
_Index = dict[str, "array[int]"]
_last_index: tuple[str, _Index] = ("", {})


def found_at(text: str, word: str) -> Iterator[int]:
    """Where `str.find` finds `word` in `text` from its start, then from the end of each
    place found, to the last: the places of a loop of `text.find(word, end)`, in text order.
    Asked for many words of one long text (the places a source names), each was a read of
    the whole text; a word that starts with a capital is looked for only where the text
    writes the same first three characters at a capital, found in one read of the text."""
    if not word:
        return
    if len(text) < INDEXED_FROM or len(word) < 3 or not _CAPITAL.match(word):
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + len(word))
        return
    end = 0
    for at in _capitals(text).get(word[:3], ()):
        if at >= end and text.startswith(word, at):
            yield at
            end = at + len(word)


def places(text: str, word: str) -> Iterator[int]:
    """Every place `text` writes `word` (not empty), overlapping ones too, in text order: the
    places of a loop of `text.find(word, at + 1)`. A long text's places of a word that starts
    with a capital are read from where it writes the same first three characters at a
    capital (`found_at`'s index: every place of such a word is one), not by a read of the
    whole text per word."""
    if len(text) < INDEXED_FROM or len(word) < 3 or not _CAPITAL.match(word):
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)
        return
    for at in _capitals(text).get(word[:3], ()):
        if text.startswith(word, at):
            yield at


def _capitals(text: str) -> _Index:
    """Where each capital of `text` stands, by the three characters from it."""
    global _last_index
    last = _last_index  # one read: another thread may replace it
    if last[0] is text:
        return last[1]
    index: _Index = {}
    for m in _CAPITAL.finditer(text):
        at = m.start()
        key = text[at : at + 3]
        held = index.get(key)
        if held is None:
            held = index[key] = array("q")
        held.append(at)
    _last_index = (text, index)
    return index


class Without:
    """`text.replace(phrase, " ")` read without being made: where a long source is asked
    whether it writes a word outside one phrase, the source's copy with the phrase cut out
    cost a copy of the whole text per question. The places `str.replace` replaces are found
    once (leftmost first, none overlapping); `bounded` and `holds` answer as `bounded(copy,
    word)` and `part in copy` would, reading the text itself."""

    def __init__(self, text: str, phrase: str) -> None:
        self.text = text
        self.phrase = phrase
        self.size = len(phrase)
        # (the places `str.replace` replaces: from each place found, the next from its end)
        cut = list(found_at(text, phrase))
        self.cut = cut  # where each replaced phrase starts, in text order
        self.starts = frozenset(cut)
        self.ends = frozenset(at + self.size for at in cut)

    def copy(self) -> str:
        """The copy itself (what the questions it cannot answer alone read)."""
        return self.text.replace(self.phrase, " ")

    def _outside(self, at: int, end: int) -> bool:
        """Whether `[at, end)` of the text overlaps no replaced phrase."""
        i = bisect_right(self.cut, at) - 1  # the last phrase starting at or before `at`
        if i >= 0 and self.cut[i] + self.size > at:
            return False
        return i + 1 >= len(self.cut) or self.cut[i + 1] >= end

    def bounded(self, word: str) -> bool:
        """`bounded(copy, word)`."""
        if not self.phrase or not word or any(char.isspace() for char in word):
            return bounded(self.copy(), word)
        text = self.text
        if not self.cut:
            return bounded(text, word)
        size = len(word)
        first, last = _word_char(word[0]), _word_char(word[-1])
        for at in places(text, word):
            end = at + size
            if self._outside(at, end):
                # the copy's characters on either side: a replaced phrase is one space
                before = at not in self.ends and at > 0 and _word_char(text[at - 1])
                after = end not in self.starts and end < len(text) and _word_char(text[end])
                if before != first and last != after:
                    return True
        return False

    def holds(self, part: str) -> bool:
        """`part in copy`."""
        if not self.phrase:
            return part in self.copy()
        if not part:
            return True
        text = self.text
        size = len(part)
        if any(self._outside(at, at + size) for at in places(text, part)):
            return True
        if not self.cut:
            return False
        # a place of the copy that takes in a replaced phrase's space: within `size`
        # characters of one, in stretches of phrases less than twice that apart
        reach = size
        i = 0
        while i < len(self.cut):
            j = i
            while j + 1 < len(self.cut) and self.cut[j + 1] - (self.cut[j] + self.size) < 2 * reach:
                j += 1
            start = max(0, self.cut[i] - reach)
            end = min(len(text), self.cut[j] + self.size + reach)
            pieces = [text[start : self.cut[i]]]
            for k in range(i, j + 1):
                pieces.append(" ")
                stop = self.cut[k + 1] if k < j else end
                pieces.append(text[self.cut[k] + self.size : stop])
            if part in "".join(pieces):
                return True
            i = j + 1
        return False
