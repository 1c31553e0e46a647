"""Refuse rule regexes whose matching time can explode (catastrophic backtracking).

Python's `re` backtracks: `(a+)+$` on thirty `a`s and a `b` takes longer than the age of
the universe. A rules file is user input, so every regex in it is checked when the rules
are loaded, and these shapes are refused with the file and line:

- a repeat without an upper bound (`*`, `+`, `{n,}`) around something that itself holds such
  a repeat which could hand characters to its neighbours in more than one way: the body is
  only the inner repeat and optional items (`(a+)+`, `(\\w+\\s?)*`, `(?:x*)*`);
- a repeat without an upper bound around alternatives that can start with the same
  character (`(a|ab)*`, `(\\w|\\d)+`).

Why refuse rather than time-bound: a timeout (the `regex` package) would make a report
depend on the speed of the machine that ran it, and reports must be the same bytes
everywhere; it would also mean a second regex engine beside `re` in every stage. The check
is conservative on these shapes only; a pattern it passes may still be slow on purpose-built
text, but only polynomially, and sources are bounded in size (`reconcile.limits`).
"""

from __future__ import annotations

from re import _constants as sre_constants  # type: ignore[attr-defined]  # re internals
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)
_UNBOUNDED = sre_constants.MAXREPEAT


def catastrophic(pattern: str) -> str | None:
    """Why `pattern` can take exponential time, or None. The pattern must compile."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:
        return None
    return _walk(list(parsed))


def _walk(items: list[tuple[Any, Any]]) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            _, high, body = av
            body_items = list(body)
            if high == _UNBOUNDED:
                if _ambiguous_body(body_items):
                    return "a repeated group holds a repeat it can split in many ways"
                if _overlapping_branches(body_items):
                    return "a repeated group holds alternatives that can start alike"
            found = _walk(body_items)
            if found:
                return found
        elif op is sre_constants.SUBPATTERN:
            found = _walk(list(av[-1]))
            if found:
                return found
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                found = _walk(list(branch))
                if found:
                    return found
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found = _walk(list(av[1]))
            if found:
                return found
        elif _POSSESSIVE is not None and op is _POSSESSIVE:
            continue  # a possessive repeat never backtracks
    return None


def _inner(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Items with groups opened: `(?:x+)` is `x+`."""
    out = []
    for op, av in items:
        if op is sre_constants.SUBPATTERN:
            out += _inner(list(av[-1]))
        else:
            out.append((op, av))
    return out


def _unbounded_repeat(op: Any, av: Any) -> bool:
    return (op in _REPEATS and av[1] == _UNBOUNDED) or (
        op is sre_constants.BRANCH and any(_has_unbounded(list(branch)) for branch in av[1])
    )


def _has_unbounded(items: list[tuple[Any, Any]]) -> bool:
    return any(_unbounded_repeat(op, av) for op, av in _inner(items))


def _nullable(op: Any, av: Any) -> bool:
    if op in _REPEATS:
        return bool(av[0] == 0)
    return op in (sre_constants.AT,)


def _ambiguous_body(items: list[tuple[Any, Any]]) -> bool:
    """The body of an unbounded repeat holds an unbounded repeat, and everything else in it
    may match nothing: the same text then splits among iterations in many ways."""
    flat = _inner(items)
    for i, (op, av) in enumerate(flat):
        if _unbounded_repeat(op, av) and all(
            _nullable(*other) for j, other in enumerate(flat) if j != i
        ):
            return True
    return False


def _first_chars(items: list[tuple[Any, Any]]) -> set[Any] | None:
    """A set standing for what the items can start with, or None for "anything"."""
    for op, av in _inner(items):
        if op is sre_constants.LITERAL:
            return {chr(av)}
        if op is sre_constants.IN:
            chars: set[Any] = set()
            for kind, value in av:
                if kind is sre_constants.LITERAL:
                    chars.add(chr(value))
                elif kind is sre_constants.CATEGORY:
                    return None  # \w, \d, \s: treat as overlapping anything
                else:
                    return None
            return chars
        if op in _REPEATS:
            if av[0] == 0:
                return None
            return _first_chars(list(av[2]))
        if op is sre_constants.AT:
            continue
        return None
    return set()


def _overlapping_branches(items: list[tuple[Any, Any]]) -> bool:
    flat = _inner(items)
    if not flat or flat[0][0] is not sre_constants.BRANCH:
        return False
    starts = [_first_chars(list(branch)) for branch in flat[0][1][1]]
    seen: set[Any] = set()
    for chars in starts:
        if chars is None:
            return len(starts) > 1
        if chars & seen:
            return True
        seen |= chars
    return False
