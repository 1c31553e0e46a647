"""Non-claims: the patterns of numbers that are not claims (dates, clock times, names with
digits: `nonclaims.toml`), tried per position only where one can start."""

from __future__ import annotations

import re

from reconcile.numbers.patterns import DIGIT, first_chars


class NonClaims:
    """The non-claim patterns, tried per position only where they can start.

    Each pattern's possible first characters are read from its text (`numbers.first_chars`);
    a position is tried with one combined regex of the patterns, in rules order, that can start
    with its character. Digit-led patterns (every first character a digit) are tried only
    where a number starts, before the others; the others ("in 2014", "COVID-19") also at
    words. Where a pattern's first characters cannot be told it is tried everywhere, so the
    matches found are those of trying every pattern at every place.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        firsts = [first_chars(p) for p in patterns]
        self.patterns = patterns
        self.firsts = firsts
        self.digit_led = [
            f is not None and bool(f) and all(c == DIGIT or c.isdigit() for c in f) for f in firsts
        ]
        self._by_char: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        # the other regex per character already seen (read directly in the loop over words)
        self.at_word: dict[str, re.Pattern[str] | None] = {}

    def at(self, char: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """(digit-led regex, other regex) for a position holding `char`; None: no pattern."""
        found = self._by_char.get(char)
        if found is None:
            fits = [
                i
                for i, first in enumerate(self.firsts)
                if first is None or char in first or (DIGIT in first and char.isdecimal())
            ]
            found = (
                self._combined(tuple(i for i in fits if self.digit_led[i])),
                self._combined(tuple(i for i in fits if not self.digit_led[i])),
            )
            self._by_char[char] = found
            self.at_word[char] = found[1]
        return found

    def warm(self) -> None:
        """Combine the patterns for every ASCII letter and digit and the other first
        characters of the rules now, rather than the first time a text holds each."""
        import string

        chars = set(string.ascii_letters + string.digits + "+(")
        for first in self.firsts:
            chars.update(c for c in first or () if c != DIGIT)
        for char in sorted(chars):
            self.at(char)

    def _combined(self, indices: tuple[int, ...]) -> re.Pattern[str] | None:
        if indices not in self._compiled:
            self._compiled[indices] = (
                re.compile("|".join(f"(?:{self.patterns[i]})" for i in indices))
                if indices
                else None
            )
        return self._compiled[indices]
