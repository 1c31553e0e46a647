"""Numbers: the scanner (digits with a language's separators, number words, vague
magnitudes) in `scanner`, the grammar of what surrounds a number (qualifiers, changes,
currencies, units, counted nouns) in `surroundings`, pattern building blocks in `patterns`.

`NumberGrammar` joins the two for one language's rules; a `Lexicon` holds one.
"""

from __future__ import annotations

import re

from reconcile.numbers.patterns import (
    DIGIT,
    PhrasesBefore,
    alternation,
    first_char_scanner,
    first_chars,
    scan,
)
from reconcile.numbers.scanner import NumberScanner, ParsedNumber
from reconcile.numbers.surroundings import After, Surroundings
from reconcile.rules import RuleSet

__all__ = [
    "DIGIT",
    "After",
    "NumberGrammar",
    "ParsedNumber",
    "PhrasesBefore",
    "first_char_scanner",
    "first_chars",
    "parse_number",
    "scan",
]


class NumberGrammar(NumberScanner, Surroundings):
    """The scanner and the surroundings grammar of one language's rules."""

    def __init__(self, rules: RuleSet) -> None:
        Surroundings.__init__(self, rules)
        # currency signs of letters that may be written glued to the number ("Rs500",
        # "USD5m"); never two capitals alone ("SR71", "BD5" are names)
        glued = tuple(
            sign
            for sign in self.symbol_code
            if sign[:1].isalpha()
            and (sign[-1].isalpha() or sign[-1] == ".")
            and " " not in sign
            and not re.fullmatch(r"[A-Z]{1,2}", sign)
        )
        NumberScanner.__init__(self, rules.numbers, self.stopwords, glued)
        links = rules.numbers.ratio_links
        # a ratio written apart is a share only with one of these: "1 out of every 1,000"
        self.ratio_every = frozenset(rules.numbers.ratio_every)
        # "one-in-five", "1 in 10", "one out of every thousand": the second number of a share
        self.ratio_tail_re = (
            re.compile(
                r"(?:\s+|-)(?:"
                + alternation(links)
                + r")(?:\s+|-)(?P<b>\d{1,3}(?:,\d{3})*|"
                + alternation([*self.words, *self.scales])
                + r")(?![\w-]|[.,]\d)",
                re.I,
            )
            if links
            else None
        )

    def ratio_after(self, text: str, number: ParsedNumber) -> tuple[float, int] | None:
        """The share (in percent) and its end where `number` opens a ratio: 'one-in-five
        chance' -> 20, 'one out of every thousand' -> 0.1. Written apart without 'every' it
        is a part and its whole ('17 out of 18 districts'); nor when a unit follows the second
        number ('5 in 10 days')."""
        if self.ratio_tail_re is None or number.qualifier != "exact" or number.scaled:
            return None
        m = self.ratio_tail_re.match(text, number.end)
        if m is None:
            return None
        written = m.group("b").lower()
        whole = self.words.get(written) or self.scales.get(written)
        whole = whole if whole is not None else float(written.replace(",", ""))
        part = number.values[0]
        if not 0 < part < whole or self.unit_re.match(text, m.end()):
            return None
        link = text[number.end : m.start("b")]
        if not link.startswith("-") and not any(w in self.ratio_every for w in link.split()):
            return None  # "17 out of 18 districts", "one in ten adults": a part and a whole
        if self.unit_long_ci.match(text, m.end()):
            return None
        return float(f"{part / whole * 100:.12g}"), m.end()

    def led(self, text: str, pos: int) -> bool:
        """Whether a qualifier or change phrase ends right before `pos` ("nearly half")."""
        return self.qualifier.find(text, pos) is not None or self.change.find(text, pos) is not None


def parse_number(text: str, numbers: NumberScanner) -> float | None:
    """The value of one number written alone ('90,000', 'ninety thousand', '90k')."""
    found = numbers.numbers(text.strip())
    if len(found) != 1 or found[0].qualifier != "exact":
        return None
    number = found[0]
    if number.start != 0 or number.end != len(text.strip()):
        return None
    return number.values[0]
