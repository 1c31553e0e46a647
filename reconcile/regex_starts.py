"""Where a compiled regex can start, read from its parse, to skip the places it cannot.

Python's `re` tries a pattern at every position of a text; a pattern of many alternatives
that opens with a lookbehind (`(?<![\\w-])(?:Boeing|Airbus|...)`) pays for every alternative
at every word. `gated(pattern)` returns the same pattern behind a lookahead of the characters
its matches can start with (`(?=[ABab\\d])(?:...)`): the matches, their groups and their
order are those of the pattern, and most positions are left after one class test.

The characters are read from the parsed pattern (`re`'s own parser, as in
`reconcile.regex_safety`): literals, classes and ranges, `\\d`, `\\w` and `\\s` classes,
through groups, alternatives and optional items; zero-width assertions are skipped. A
character read under a case-blind flag is tested case-blind. Where the start cannot be told
(a negated class, `.`, a backreference, a pattern that can match the empty string), the
pattern is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # re internals
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset(
    {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}


class _Unknown(Exception):
    """The start of the pattern is not told by this reader."""


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead of the characters its matches can start with, and then of
    the first few characters they can start with (a trie: one test per character read, not
    one per alternative); the pattern itself where they cannot be told."""
    parsed = _parse(pattern)  # read once for the three readers below
    lookahead = _prefix_trie(pattern, parsed) or _first_class(pattern, parsed)
    if lookahead is None:
        return pattern
    # the pattern's own leading assertions first (a word bound, a lookbehind): tested at
    # the same place with the same flags, and leave the gate to the few places they allow
    lookahead = _leading_assertions(pattern, parsed) + lookahead
    try:
        return re.compile(f"{lookahead}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags in the pattern's text, and the like
        return pattern


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parse of `pattern` (`re`'s own parser), or the error it raises, for the readers."""
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError) as error:
        return error


def _parsed(pattern: re.Pattern[str], parsed: Any) -> Any:
    """The parse handed over by `gated`, or read now; raises the parser's error."""
    if parsed is None:
        parsed = _parse(pattern)
    if isinstance(parsed, BaseException):
        raise parsed
    return parsed


_AT_CODES = {
    sre.AT_BOUNDARY: r"\b",
    sre.AT_NON_BOUNDARY: r"\B",
    sre.AT_BEGINNING: "^",
    sre.AT_BEGINNING_STRING: r"\A",
    sre.AT_END: "$",
    sre.AT_END_STRING: r"\Z",
}


def _leading_assertions(pattern: re.Pattern[str], parsed: Any = None) -> str:
    """The zero-width items that open `pattern` at its top level, written out again (word
    bounds, anchors, a look around one class or character); "" where there are none or one
    is not written out by this reader."""
    try:
        parsed = _parsed(pattern, parsed)
    except (re.error, RecursionError):
        return ""
    written = []
    for op, av in list(parsed):
        if op is sre.AT and av in _AT_CODES:
            written.append(_AT_CODES[av])
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, inner = av
            body = _one_class(list(inner))
            if body is not None:
                sign = "=" if op is sre.ASSERT else "!"
                written.append(f"(?{'<' if direction < 0 else ''}{sign}{body})")
                continue
        break
    return "".join(written)


def _one_class(items: list[tuple[Any, Any]]) -> str | None:
    """One literal or class, written out; None for anything else."""
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is not sre.IN:
        return None
    parts: list[str] = []
    for kind, value in av:
        if kind is sre.NEGATE and not parts:
            parts.append("^")
            continue
        part = _class_part(kind, value)
        if part is None:
            return None
        parts.append(part)
    return f"[{''.join(parts)}]"


def _class_part(kind: Any, value: Any) -> str | None:
    """One member of a parsed class written out (a literal, a range, a known category);
    None for anything else."""
    if kind is sre.LITERAL:
        return re.escape(chr(value))
    if kind is sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    return None


def _first_class(pattern: re.Pattern[str], parsed: Any = None) -> str | None:
    """The lookahead of the characters the matches of `pattern` can start with, or None.

    It is written case-sensitive where it can be (one class test, not a case-blind one): an
    ASCII letter read case-blind is a class of every character a case-blind match takes for
    it; ranges and letters outside ASCII read case-blind stay case-blind."""
    try:
        parsed = _parsed(pattern, parsed)
        exact: set[str] = set()
        folded: set[str] = set()
        fold = bool(pattern.flags & re.IGNORECASE)
        nullable = _sequence(list(parsed), fold, exact, folded)
    except (_Unknown, re.error, RecursionError):
        return None
    if nullable or not (exact or folded):
        return None
    for item in sorted(folded):
        if item in _CATEGORIES.values():  # no case to fold
            folded.discard(item)
            exact.add(item)
            continue
        char = item[-1] if len(item) == 1 or (len(item) == 2 and item[0] == "\\") else None
        if char is not None and char.isascii():
            folded.discard(item)
            written = _written(char, True)
            exact.add(written[1:-1] if written.startswith("[") else written)
    if pattern.flags & (re.ASCII | re.LOCALE):  # case folds other than `str.lower`'s
        return _class_lookahead(exact, folded, "")
    return _class_lookahead(exact, folded, "?-i:")


def _group_fold(av: Any, fold: bool) -> bool:
    """Whether a group's items are read case-folded: its own flags ("(?i:...)", "(?-i:...)")
    over the `fold` of what holds it."""
    _, add, remove, _ = av
    if add & re.IGNORECASE:
        return True
    if remove & re.IGNORECASE:
        return False
    return fold


def _class_lookahead(exact: set[str], folded: set[str], case: str) -> str:
    options = []
    if exact:
        chars = "".join(sorted(exact))
        options.append(f"({case}[{chars}])" if case else f"[{chars}]")
    if folded:
        options.append("(?i:[" + "".join(sorted(folded)) + "])")
    return f"(?=(?:{'|'.join(options)}))"


def start_class(pattern: re.Pattern[str]) -> str | None:
    """The lookahead of the characters the matches of `pattern` can start with, or None when
    `gated` leaves the pattern alone (for tests and benchmarks)."""
    return None if gated(pattern) is pattern else _first_class(pattern)


def start_prefixes(pattern: re.Pattern[str]) -> str:
    """The lookahead of first characters `gated` puts after the class ("" when none)."""
    return _prefix_trie(pattern)


def _sequence(items: list[tuple[Any, Any]], fold: bool, exact: set[str], folded: set[str]) -> bool:
    """Add the first characters of a sequence of items; True when it can match nothing."""
    for op, av in items:
        if _never(op, av):
            return False  # no match at all: what it adds to the first characters is moot
        if op in _ZERO_WIDTH:
            continue
        if not _item(op, av, fold, exact, folded):
            return False
    return True


def _never(op: Any, av: Any) -> bool:
    """Whether an item is `(?!)` (or `(?<!)`), which never matches: rules write it for an
    empty list of words ("(?P<ago>(?!))"), and an alternative holding it adds no start."""
    return op is sre.ASSERT_NOT and not list(av[1])


def _item(op: Any, av: Any, fold: bool, exact: set[str], folded: set[str]) -> bool:
    """Add the first characters of one item; True when it can match nothing."""
    into = folded if fold else exact
    if op is sre.LITERAL:
        into.add(re.escape(chr(av)))
        return False
    if op is sre.IN:
        for kind, value in av:
            part = _class_part(kind, value)
            if part is None:  # a negated class, and anything else
                raise _Unknown
            into.add(part)
        return False
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), _group_fold(av, fold), exact, folded)
    if op is sre.BRANCH:
        empty = False
        for branch in av[1]:
            empty = _sequence(list(branch), fold, exact, folded) or empty
        return empty
    if op in _REPEATS:
        low, _, inner = av
        return _sequence(list(inner), fold, exact, folded) or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av), fold, exact, folded)
    raise _Unknown


# ---------------------------------------------------------------------- first characters
# How many characters of a match's start the trie reads, and how many starts it holds at
# most (past that, the class of first characters alone gates the pattern).
PREFIX_LENGTH = 8
MAX_PREFIXES = 2000

_Piece = tuple[str, bool]  # a character, and whether it is read case-blind
_Path = tuple[tuple[_Piece, ...], bool]  # the characters read, and whether reading stopped


def _prefix_trie(pattern: re.Pattern[str], parsed: Any = None) -> str:
    """A lookahead that every match of `pattern` passes at its start: the strings its matches
    can start with, read from the parse as far as they are told (literals, small classes,
    groups, alternatives, a repeat's first round), as a trie; "" when some match can start
    with a character that is not told (the class of first characters is then all there is).

    A lookahead of starts that every match has changes no match: the same matches, groups and
    order. Only the union of the starts matters, so the trie may merge and shorten them."""
    if pattern.flags & (re.ASCII | re.LOCALE):  # case folds other than `str.lower`'s
        return ""
    try:
        parsed = _parsed(pattern, parsed)
        paths = _read_sequence(list(parsed), bool(pattern.flags & re.IGNORECASE), [((), False)])
    except (_Unknown, re.error, RecursionError):
        return ""
    starts = {chars for chars, _ in paths}
    if not starts or () in starts or all(len(chars) < 2 for chars in starts):
        return ""  # nothing more than the class of first characters
    heads = {_written(*chars[0]) for chars in starts}
    if any(head.startswith("(") for head in heads):
        return ""  # a case-blind letter outside ASCII: `_first_class` reads it
    # the class of first characters (one test, case-sensitive), then the trie
    first = "".join(sorted(head[1:-1] if head.startswith("[") else head for head in heads))
    return f"(?=(?-i:[{first}]))(?=(?-i:{_trie(sorted(starts))}))"


def _read_sequence(items: list[tuple[Any, Any]], fold: bool, paths: list[_Path]) -> list[_Path]:
    for op, av in items:
        if all(done for _, done in paths):
            break
        paths = _read_item(op, av, fold, paths)
    return paths


def _stop(paths: list[_Path]) -> list[_Path]:
    return [(chars, True) for chars, _ in paths]


def _add(paths: list[_Path], pieces: list[_Piece]) -> list[_Path]:
    out: dict[tuple[_Piece, ...], bool] = {}
    for chars, done in paths:
        if done or len(chars) >= PREFIX_LENGTH:
            out[chars] = True
            continue
        for piece in pieces:
            out[(*chars, piece)] = False
    if len(out) > MAX_PREFIXES:
        raise _Unknown
    return list(out.items())


def _read_item(op: Any, av: Any, fold: bool, paths: list[_Path]) -> list[_Path]:
    """The paths after one item: extended by what the item's text can start with, or
    stopped where that is not told; none after an item that never matches."""
    if _never(op, av):
        return []
    if op in _ZERO_WIDTH:
        return paths
    if op is sre.LITERAL:
        return _add(paths, [(chr(av), fold)])
    if op is sre.IN:
        chars: list[str] = []
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.append(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 10:
                chars.extend(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a negated class, a category, a large range
                return _stop(paths)
        return _add(paths, [(c, fold) for c in chars])
    if op is sre.SUBPATTERN:
        return _read_sequence(list(av[3]), _group_fold(av, fold), paths)
    if op is sre.BRANCH:
        out: dict[tuple[_Piece, ...], bool] = {}
        for branch in av[1]:
            for read, done in _read_sequence(list(branch), fold, paths):
                out[read] = out.get(read, False) or done  # stopped in any branch: stopped
        if len(out) > MAX_PREFIXES:
            raise _Unknown
        return list(out.items())
    if op in _REPEATS:
        low, high, inner = av
        if low == 0:
            return _stop(paths)
        found = _read_sequence(list(inner), fold, paths)
        return found if low == high == 1 else _stop(found)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _read_sequence(list(av), fold, paths)
    return _stop(paths)


def _trie(starts: list[tuple[_Piece, ...]]) -> str:
    """One case-sensitive pattern that matches where any of `starts` does (a start that is a
    prefix of another makes the longer one needless). Each option opens with a literal or a
    class, which `re` tests before it tries the option."""
    if any(not chars for chars in starts):
        return ""
    groups: dict[str, list[tuple[_Piece, ...]]] = {}
    for chars in starts:
        groups.setdefault(_written(*chars[0]), []).append(chars)
    options = [head + _trie([chars[1:] for chars in members]) for head, members in groups.items()]
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


# The characters other than a letter's two cases that Python's case-blind match takes for it
# (`re` folds with `str.lower` of one code point, and a few more: checked in the tests).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _written(c: str, folded: bool) -> str:
    """One character of a start, as a case-sensitive pattern: a class of every character a
    case-blind match takes for it; a case-blind group for a letter outside ASCII."""
    if not folded or (c.isascii() and not c.isalpha()):
        return re.escape(c)
    if not c.isascii():
        return f"(?i:{re.escape(c)})"
    cases = c.lower() + c.upper() + _OTHER_CASES.get(c.lower(), "")
    return f"[{''.join(sorted(cases))}]"


# ------------------------------------------------------------------ patterns read at the end
# Every character `\s` matches (`re`'s whitespace is `str.isspace`'s).
_SPACES = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())
_SINGLE = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY})
_ENDS = frozenset({sre.AT_END, sre.AT_END_STRING})


class EndSearch:
    """A pattern whose every match ends where the text does (each of its alternatives closes
    with `$` or `\\Z`: "the words that end a text before a title"), searched only where a
    match can start.

    `re` tries such a pattern at every position of the text, and the long alternations of a
    reading that looks back from a word pay for each. Read from its parse, a match holds at
    most `runs` runs of characters that are not spaces (a word, a phrase of a few words, a
    sign: each item's most, `_runs`), so it cannot start before the end of the run that
    stands `runs + 1` from the text's end: `search` starts there, and finds the match
    `pattern.search(text)` finds (the same positions tried from there, the same leftmost
    match, its look-behinds reading the text before it as they do). Where `runs` cannot be
    told (a repeat without bound of spaces and words, a back-reference), the whole text is
    searched.

    A pattern each of whose ways opens with spaces (`\\s*`, `\\s+`, before or inside an
    optional group) is also tried only where no space stands before: a match that starts
    inside a run of spaces starts at the run's first space too, its opening spaces one
    longer, so the leftmost match never starts inside one; `re` would try every space of a
    long run (the blanks left where a page's link markup stood: 190 in a row), each try
    reading the rest of the run again."""

    __slots__ = ("_search", "pattern", "runs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.runs = end_runs(pattern)
        self._search = pattern.search
        if self.runs is not None and _opens_with_spaces(list(_parse(pattern))):
            self._search = re.compile(rf"(?<!\s)(?:{pattern.pattern})", pattern.flags).search

    def search(self, text: str) -> re.Match[str] | None:
        """`self.pattern.search(text)`, the positions where no match starts left untried."""
        if self.runs is None:
            return self._search(text)
        kept = text.rsplit(None, self.runs)  # the last `runs` runs, and what stands before
        if len(kept) <= self.runs:
            return self._search(text)
        return self._search(text, len(kept[0]))


def end_runs(pattern: re.Pattern[str]) -> int | None:
    """The most runs of characters other than spaces a match of `pattern` holds, when every
    match ends at the end of the text (`$` or `\\Z` closing each alternative, no multi-line
    flag); None when it cannot be told."""
    if pattern.flags & (re.MULTILINE | re.ASCII):  # (spaces as `str.isspace` reads them)
        return None
    parsed = _parse(pattern)
    if isinstance(parsed, BaseException):
        return None
    items = list(parsed)
    try:
        if not _ends(items):
            return None
        return _runs(items)[0]
    except _Unknown:
        return None


def _ends(items: list[tuple[Any, Any]]) -> bool:
    """Whether a sequence's matches end at the end of the text: its last item is `$` or `\\Z`,
    or a group or alternation each of whose ways ends so."""
    if not items:
        return False
    op, av = items[-1]
    if op is sre.AT:
        return av in _ENDS
    if op is sre.SUBPATTERN:
        if av[1] & re.MULTILINE:
            return False
        return _ends(list(av[3]))
    if op is sre.BRANCH:
        return all(_ends(list(way)) for way in av[1])
    return False


def _spaced(op: Any, av: Any) -> bool:
    """Whether a one-character item may match a space."""
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is not sre.IN:
        return True  # any character, or all but one
    for kind, value in av:
        if kind is sre.LITERAL:
            if chr(value).isspace():
                return True
        elif kind is sre.RANGE:
            if any(value[0] <= ord(c) <= value[1] for c in _SPACES):
                return True
        elif kind is sre.CATEGORY:
            if value not in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_NOT_SPACE):
                return True
        else:  # a negated class, and what this reader does not know
            return True
    return False


def _only_spaces(op: Any, av: Any) -> bool:
    """Whether a one-character item matches spaces alone (a space, `\\s`)."""
    if op is sre.LITERAL:
        return chr(av).isspace()
    return op is sre.IN and all(
        (kind is sre.LITERAL and chr(value).isspace())
        or (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
        for kind, value in av
    )


def _runs(items: list[tuple[Any, Any]]) -> tuple[int, bool]:
    """The most runs of characters other than spaces a match of a sequence holds, and
    whether it never holds a space. Items that never hold a space, side by side, hold one
    run between them; zero-width items hold none and part nothing. Raises `_Unknown` where
    the most is not bounded."""
    total = 0
    solid = True  # no space in the sequence
    block = False  # the items since the last that may hold a space hold a character
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        runs, unspaced = _item_runs(op, av)
        if unspaced:
            block = block or runs > 0
            continue
        solid = False
        total += int(block) + runs
        block = False
    return total + int(block), solid


def _item_runs(op: Any, av: Any) -> tuple[int, bool]:
    """`_runs` of one item."""
    if op in _SINGLE:
        return (0 if _only_spaces(op, av) else 1), not _spaced(op, av)
    if op is sre.SUBPATTERN:
        if av[1] & re.MULTILINE:
            raise _Unknown
        return _runs(list(av[3]))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _runs(list(av))
    if op is sre.BRANCH:
        ways = [_runs(list(way)) for way in av[1]]
        return max(r for r, _ in ways), all(s for _, s in ways)
    if op in _REPEATS:
        _, high, inner = av
        items = list(inner)
        runs, unspaced = _runs(items)
        if unspaced:
            return min(runs, 1), True  # one run however long
        if runs == 0:
            return 0, False  # spaces only
        if high == sre.MAXREPEAT:
            raise _Unknown
        if len(items) == 1 and items[0][0] in _SINGLE:
            return (high + 1) // 2, False  # one character a time: a run needs a space after
        return high * runs, False
    raise _Unknown


def _opens_with_spaces(items: list[tuple[Any, Any]]) -> bool:
    """Whether every way a sequence matches opens with a repeat of `\\s` without an upper
    bound (an optional item first: both with it and without it)."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.SUBPATTERN:
        return _opens_with_spaces([*av[3], *items[1:]])
    if op is sre.BRANCH:
        return all(_opens_with_spaces([*way, *items[1:]]) for way in av[1])
    if op not in _REPEATS:
        return False
    low, high, inner = av
    inner = list(inner)
    if high == sre.MAXREPEAT and inner == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
        return True
    if high == 0:
        return _opens_with_spaces(items[1:])
    opens = _opens_with_spaces([*inner, *items[1:]])
    return opens and (low > 0 or _opens_with_spaces(items[1:]))
