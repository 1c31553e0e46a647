"""Pattern building blocks shared by the number scanner and the surroundings grammar.

Tries of literal phrases (`alternation`), phrases read backwards from a position
(`PhrasesBefore`), the first characters a regex can start with (`first_chars`) and scanners
that skip to them. Mechanisms only: the phrases come from the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

SPACES = re.compile(r"\s+")
LOWER_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=512)
def words_of(text: str) -> frozenset[str]:
    """The lower-case words of a sentence (the last sentence's are kept: several steps ask
    for the same one; and a few hundred more, so that every kind reading a batch of
    sentences in turn asks the same set: see `reconcile.wordgate`)."""
    global _last_words
    last = _last_words  # one read: another thread may replace it
    if last[0] == text:
        return last[1]
    found = frozenset(LOWER_WORD.findall(text.lower()))
    _last_words = (text, found)
    return found


_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def alternation(words: Iterable[str], fold: bool = False) -> str:
    """A regex matching any of the literal phrases, the longest it can; spaces match any
    whitespace. Built as a trie (one branch per next character), so matching costs one
    step per character instead of one attempt per phrase. `fold`: for case-blind patterns.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in str(word).lower() if fold else str(word):
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!x)x"

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


# A number in digits. The first character is matched by a class (so that a scan skips quickly


# Letters a case-blind pattern matches to an ASCII letter that do not lower to it ("ſ" to "s"):
# a sentence holding one is always scanned.
_LOWERS_APART = re.compile("[\u0130\u0131\u017f]")
_PLAIN_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first words of lower-case phrases that a case-blind pattern looks for between word
    boundaries, for a prefilter on a sentence's words; None when a phrase is not plain words
    (the pattern is then always run)."""
    firsts = set()
    for phrase in phrases:
        if not _PLAIN_WORDS.fullmatch(phrase):
            return None
        firsts.add(phrase.split(" ", 1)[0])
    return frozenset(firsts)


# ---------------------------------------------------------- first characters of a pattern
DIGIT = "digit"  # in a set of first characters: any decimal digit (\d)
_ZERO_WIDTH_ESCAPES = frozenset("bBA")
_NUMBERED_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?\(")


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a non-empty match of `pattern` (compiled without IGNORECASE) can start
    with, read from its text (leading assertions skipped; the first item a literal, a class or
    a group of them), or None where that is not told so simply."""
    try:
        first, _ = _alternatives(pattern, 0)
    except IndexError:
        return None
    return first


def first_char_scanner(pattern: str) -> re.Pattern[str] | None:
    """A scanner for `pattern` (compiled without IGNORECASE) that skips quickly to where a
    match can start: it matches one character, its first, at each place where `pattern`
    matches, with that match in group `_all` and the pattern's own groups kept. None where
    the first characters are not known (or group numbers would shift)."""
    first = first_chars(pattern)
    if not first or _NUMBERED_BACKREFERENCE.search(pattern):
        return None
    chars = "".join(r"\d" if c == DIGIT else re.escape(c) for c in sorted(first))
    try:
        return re.compile(f"[{chars}](?<=(?=(?P<_all>{pattern}))[{chars}])")
    except re.error:
        return None


def scan(pattern: re.Pattern[str], scanner: re.Pattern[str] | None, text: str) -> list[Any]:
    """The matches of `pattern.finditer(text)`, found with its `first_char_scanner`: each
    match's own groups are read as usual, its span is that of group `_all`."""
    if scanner is None:
        return list(pattern.finditer(text))
    found = []
    end = 0
    for m in scanner.finditer(text):
        if m.start() >= end:  # finditer goes on after the end of the last match
            found.append(m)
            end = m.end("_all")
    return found


def _alternatives(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    """First characters of the alternation starting at `p[i]`, and where it ends (at ')' or
    the end of the pattern)."""
    union: set[str] = set()
    known = True
    while True:
        first, i = _sequence(p, i)
        if first is None:
            known = False
        else:
            union |= first
        i = _skip_to_bar(p, i)
        if i >= len(p) or p[i] == ")":
            return (frozenset(union) if known else None), i
        i += 1  # past "|"


def _sequence(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    """First characters of one alternative starting at `p[i]`, and where its first item ends."""
    while i < len(p):  # leading assertions
        if p[i] == "^" or (p[i] == "\\" and p[i + 1] in _ZERO_WIDTH_ESCAPES):
            i += 1 if p[i] == "^" else 2
        elif p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(p, i)
        else:
            break
    if i >= len(p) or p[i] in "|)*+?{":
        return None, i
    first: frozenset[str] | None
    char = p[i]
    if char == "\\":
        first, end = _escape(p, i)
    elif char == "[":
        first, end = _char_class(p, i)
    elif char == "(":
        if p.startswith("(?:", i):
            inner = i + 3
        elif p.startswith("(?P<", i):
            inner = p.index(">", i) + 1
        elif p[i + 1] != "?":
            inner = i + 1
        else:
            return None, _group_end(p, i)
        first, end = _alternatives(p, inner)
        end += 1  # past ")"
    elif char in ".$":
        return None, i + 1
    else:
        first, end = frozenset(char), i + 1
    if end < len(p) and (p[end] in "?*" or (p[end] == "{" and p[end + 1] in ",0")):
        return None, end  # the first item may be left out
    return first, end


def _escape(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    e = p[i + 1]
    if e == "d":
        return frozenset([DIGIT]), i + 2
    if e == "x":
        return frozenset(chr(int(p[i + 2 : i + 4], 16))), i + 4
    if e.isalnum():
        return None, i + 2
    return frozenset(e), i + 2


def _char_class(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    end = _class_end(p, i)
    body = p[i + 1 : end - 1]
    if body.startswith("^"):
        return None, end
    chars: set[str] = set()
    j = 0
    known = True
    while j < len(body):
        if body[j] == "\\":
            item, stop = _escape(body, j)
        else:
            item, stop = frozenset(body[j]), j + 1
        if item is not None and stop + 1 < len(body) and body[stop] == "-":
            if DIGIT in item or body[stop + 1] == "\\":
                return None, end  # a range with an escape at one end: not read here
            (low,) = item
            high = body[stop + 1]
            chars.update(chr(c) for c in range(ord(low), ord(high) + 1))
            j = stop + 2
            continue
        if item is None:
            known = False
        else:
            chars |= item
        j = stop
    return (frozenset(chars) if known else None), end


def _class_end(p: str, i: int) -> int:
    """Index just past the character class starting at `p[i]` ('[')."""
    j = i + 1
    if p[j] == "^":
        j += 1
    if p[j] == "]":
        j += 1
    while p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index just past the group starting at `p[i]` ('(')."""
    depth = 0
    j = i
    while True:
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def _skip_to_bar(p: str, i: int) -> int:
    """Index of the next '|' or ')' at this level from `p[i]`, or the end."""
    while i < len(p) and p[i] not in "|)":
        if p[i] == "\\":
            i += 2
        elif p[i] == "[":
            i = _class_end(p, i)
        elif p[i] == "(":
            i = _group_end(p, i)
        else:
            i += 1
    return i


@lru_cache(maxsize=8)
def _reversed(text: str) -> str:
    """A sentence backwards (cached: every number of a sentence looks back into it)."""
    return text[::-1]


class PhrasesBefore:
    """Finds which of a set of phrases ends right before a position, longest first.

    The window before the position is reversed and matched against the reversed phrases,
    so one anchored match replaces a search per phrase.
    """

    def __init__(
        self,
        phrases: Mapping[str, str],
        space: str = r"\s*",
        reach: int = 48,
        fold: bool = True,
        before: str = r"(?![\w-])",
    ) -> None:
        self.fold = fold
        self.meaning = {SPACES.sub(" ", p.lower() if fold else p): v for p, v in phrases.items()}
        reversed_phrases = alternation([w[::-1] for w in self.meaning], fold=fold)
        self.pattern = re.compile(
            space + r"(?P<p>" + reversed_phrases + r")" + before, re.I if fold else 0
        )
        self.reach = reach

    def find(self, text: str, pos: int) -> tuple[str, str, int] | None:
        """(meaning, phrase as written, start) of the phrase ending before `pos`, or None."""
        backwards = _reversed(text)
        at = len(text) - pos
        m = self.pattern.match(backwards, at, at + self.reach)
        if m is None:
            return None
        phrase = m.group("p")[::-1]
        key = SPACES.sub(" ", phrase.lower() if self.fold else phrase)
        return self.meaning[key], phrase, pos - (m.end() - at)
