"""Numbers: the scanner (digits with a language's separators, number words, vague
magnitudes) in `scanner`, the grammar of what surrounds a number (qualifiers, changes,
currencies, units, counted nouns) in `surroundings`, pattern building blocks in `patterns`.

`NumberGrammar` joins the two for one language's rules; a `Lexicon` holds one.
"""

from __future__ import annotations

from reconcile.numbers.patterns import DIGIT, PhrasesBefore, first_char_scanner, first_chars, scan
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
        NumberScanner.__init__(self, rules.numbers, self.stopwords)

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
