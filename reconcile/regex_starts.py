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
    """`pattern` behind a lookahead of the characters its matches can start with; the
    pattern itself where they cannot be told."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        exact: set[str] = set()
        folded: set[str] = set()
        nullable = _sequence(list(parsed), False, exact, folded)
    except (_Unknown, re.error, RecursionError):
        return pattern
    if nullable or not (exact or folded):
        return pattern
    options = []
    if exact:
        options.append("[" + "".join(sorted(exact)) + "]")
    if folded:
        options.append("(?i:[" + "".join(sorted(folded)) + "])")
    try:
        return re.compile(f"(?=(?:{'|'.join(options)}))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags in the pattern's text, and the like
        return pattern


def start_class(pattern: re.Pattern[str]) -> str | None:
    """The lookahead `gated` puts before `pattern`, or None (for tests and benchmarks)."""
    found = gated(pattern)
    if found is pattern:
        return None
    return found.pattern[: len(found.pattern) - len(pattern.pattern) - 4]


def _sequence(items: list[tuple[Any, Any]], fold: bool, exact: set[str], folded: set[str]) -> bool:
    """Add the first characters of a sequence of items; True when it can match nothing."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if not _item(op, av, fold, exact, folded):
            return False
    return True


def _item(op: Any, av: Any, fold: bool, exact: set[str], folded: set[str]) -> bool:
    """Add the first characters of one item; True when it can match nothing."""
    into = folded if fold else exact
    if op is sre.LITERAL:
        into.add(re.escape(chr(av)))
        return False
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL:
                into.add(re.escape(chr(value)))
            elif kind is sre.RANGE:
                into.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                into.add(_CATEGORIES[value])
            else:  # a negated class, and anything else
                raise _Unknown
        return False
    if op is sre.SUBPATTERN:
        _, add, remove, inner = av
        if add & re.IGNORECASE:
            fold = True
        if remove & re.IGNORECASE:
            fold = False
        return _sequence(list(inner), fold, exact, folded)
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
