"""Counted nouns in sentences: "1 conflict", "2 conflicts", "1 baseline entry"."""

from __future__ import annotations


def count(n: int, noun: str, nouns: str | None = None) -> str:
    """The count and the noun, plural unless one: `count(2, "baseline entry")` is
    "2 baseline entries"; give `nouns` for an irregular plural."""
    if n == 1:
        return f"{n} {noun}"
    if nouns is None:
        nouns = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{n} {nouns}"
