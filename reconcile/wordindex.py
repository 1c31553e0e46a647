"""Where a long text writes a word, from one pass over it.

Some readings ask of the whole source whether, and where, it writes a word elsewhere (a
surname given in full, a word written in lower case): asked with a regex each, a long source
was read once per word asked. `written(text, word)` answers from an index of the text's words
built in one pass (the last text's index is kept), for a word of letters and digits alone in a
text of `INDEX_FROM` characters or more; any other word or text is read with its own regex.
The answer is the same either way.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word of letters and digits alone; as `written` finds one: the whole run of word
# characters, not after a word character, an apostrophe or a hyphen, nor before a hyphen.
_PLAIN_WORD = re.compile(r"\w+")
_INDEXED_WORD = re.compile(r"(?<![\w’'-])\w+(?![\w-])")
INDEX_FROM = 20_000  # characters of text from which its words are indexed at once

_index: tuple[str, dict[str, tuple[tuple[int, int], ...]]] = ("", {})


def written(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """Where `text` writes `word` as a word of its own, as (start, end), in text order: not
    after a word character, an apostrophe or a hyphen, nor before a word character or a
    hyphen (an apostrophe may follow: "Roe's")."""
    if len(text) >= INDEX_FROM and _PLAIN_WORD.fullmatch(word):
        return word_index(text).get(word, ())
    return _written_here(text, word)


@lru_cache(maxsize=4096)
def _written_here(text: str, word: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text))


def word_index(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each word of `text` (letters and digits alone, as `written` finds them) and where it
    stands; the last text's index is kept."""
    global _index
    if _index[0] is not text:
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in _INDEXED_WORD.finditer(text):
            spans.setdefault(m.group(), []).append(m.span())
        _index = (text, {word: tuple(found) for word, found in spans.items()})
    return _index[1]


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def run_start(text: str, end: int, also: str = "") -> int:
    """Where the run of word characters (and of `also`) that ends at `end` starts."""
    at = end
    while at > 0 and (_word_char(text[at - 1]) or text[at - 1] in also):
        at -= 1
    return at
