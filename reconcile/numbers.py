"""The number grammar: digits, number words, scale words, fractions and vague magnitudes.

Built once per rule set from `numbers.toml`, `qualifiers.toml`, `units.toml`,
`currencies.toml` and `nouns.toml`; the code holds the mechanism, the rules hold the words.
`NumberGrammar.numbers` finds the numbers of a sentence; `NumberGrammar.after_number` and the
`*_before` methods read what surrounds one (unit, currency, qualifier, change, counted noun).
`reconcile.extract.quantities` puts these together into mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from itertools import islice
from typing import Any, NamedTuple

from reconcile.models import Change, Qualifier
from reconcile.rules import RuleSet


class ParsedNumber(NamedTuple):
    """A number (or range, or vague magnitude) at [start, end) of a sentence."""

    start: int
    end: int
    values: tuple[float, ...]
    qualifier: Qualifier = "exact"
    qualifier_text: str = ""
    in_words: bool = False  # written in words ("ninety thousand"), not digits
    scaled: bool = False  # carries a scale word or suffix ("2.5 billion", "100k")
    suffix: str = ""  # a one-letter suffix that may be a unit instead ("200m freestyle")
    scale: float = 1.0  # the factor of the scale word or suffix


class After(NamedTuple):
    """What follows a number: its unit, currency or percent sign, rate and counted noun."""

    end: int  # end of the quote: number, unit or currency, rate, counted noun
    currency: str = ""  # ISO code of a currency written after the number
    unit: str = ""  # unit alias as written ("kilograms", "km/h", "year" for "-year-old")
    percent: str = ""  # percent, percentage_point or basis_point
    per: str = ""  # the rate as written ("a day", "per year")
    noun: str = ""  # counted noun or measured concept
    factor: float = 1.0  # minor currency units: "12 cents" is 0.12 dollars
    unit_end: int = 0  # end of the unit, currency or percent sign (before rate and noun)


def _alternation(words: Iterable[str], fold: bool = False) -> str:
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
# to the next digit or point) and the look-behind, after it, checks the character before it.
_DIGITS = re.compile(
    r"(?P<num>[\d.](?<![\w.,/][\d.])"
    r"(?:(?<=\.)\d+"
    r"|(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{0,2}(?:[\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d|[,.]\d)"
    r"|\d*(?:\.\d+)?(?![\d]))))"
)
_NEGATIVE_SIGN_OK = re.compile(r"(?:^|[\s(\[:<>=~≤≥])$")
_QUALIFIER_SIGNS = frozenset("~<>=≤≥")
_TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\b(?:which|who|while|but|and)\b")
_SPACES = re.compile(r"\s+")
_SPACES_OR_DASHES = re.compile(r"[\s-]+")
_SPACE_OR_DASH = re.compile(r"\s+|-")
_ARTICLE = re.compile(r"an?\s+", re.I)
_GROUPING = re.compile(r"[,\u00a0\u202f ]")
_OF_AFTER = re.compile(r"\s+of\b")
_OF_BETWEEN = re.compile(r"\s+of(?=\s)")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
# a counted noun is looked for among the first three words (`_noun_after`)
_NOUN_WORDS = re.compile(r"(\s+of)?((?:[\s-]+[\w’'-]+){1,3})")


# Letters a case-blind pattern matches to an ASCII letter that do not lower to it ("ſ" to "s"):
# a sentence holding one is always scanned.
_LOWERS_APART = re.compile("[\u0130\u0131\u017f]")
_PLAIN_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


def _first_words(phrases: Iterable[str]) -> frozenset[str] | None:
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
        self.meaning = {_SPACES.sub(" ", p.lower() if fold else p): v for p, v in phrases.items()}
        alternation = _alternation([w[::-1] for w in self.meaning], fold=fold)
        self.pattern = re.compile(
            space + r"(?P<p>" + alternation + r")" + before, re.I if fold else 0
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
        key = _SPACES.sub(" ", phrase.lower() if self.fold else phrase)
        return self.meaning[key], phrase, pos - (m.end() - at)


class NumberGrammar:
    """Compiled patterns for one rule set."""

    def __init__(self, rules: RuleSet) -> None:
        numbers = rules.numbers
        self.words = {k.lower(): v for k, v in numbers.words.items()}
        self.scales = {k.lower(): v for k, v in numbers.scales.items()}
        self.fractions = {k.lower(): v for k, v in numbers.fractions.items()}
        scale_words = [w for w in self.scales if len(w) > 3]
        suffixes = [w for w in self.scales if len(w) <= 3]
        # one-letter suffixes only attached ("100k"); longer ones also after a space ("3 bn")
        self.suffix_re = re.compile(
            r"(?:(?P<suffix>"
            + _alternation([w for w in suffixes if len(w) == 1])
            + r")|\s?(?P<long_suffix>"
            + _alternation([w for w in suffixes if len(w) > 1])
            + r"))(?![A-Za-z0-9])",
            re.I,
        )
        self.scale_word_re = re.compile(
            r"[\s-]*(?P<scale>" + _alternation(scale_words) + r")(?![\w-])", re.I
        )
        word = _alternation([*self.words, *scale_words, *self.fractions])
        self.word_number_re = re.compile(
            rf"(?<![\w-])(?:an?\s+)?{word}"
            rf"(?:(?:\s+and\s+an?\s+|\s+and\s+(?=\w)|\s+an?\s+|\s+|-){word})*"
            r"(?!\w|-\d)",
            re.I,
        )
        self.negative = PhrasesBefore({w: w for w in numbers.negatives}, r"\s+")
        self.negative_words = frozenset(
            w for phrase in numbers.negatives for w in _LOWER_WORD.findall(phrase.lower())
        )
        # vague magnitudes: plain phrases go into one trie, regex phrases are kept as written;
        # a sentence is scanned only when it has every word of some plain phrase
        plain = [v for v in numbers.vague if re.fullmatch(r"[a-z ]+", v.phrase.lower())]
        self.vague_plain = {_SPACES.sub(" ", v.phrase.lower()): v for v in plain}
        self.vague_plain_re = re.compile(
            r"(?<![\w-])(?P<v>" + _alternation(self.vague_plain, fold=True) + r")(?![\w-])", re.I
        )
        self.vague_words = [frozenset(phrase.split()) for phrase in self.vague_plain]
        self.vague_any = frozenset(w for words in self.vague_words for w in words)
        self.vague_regex = [
            (re.compile(rf"(?<![\w-]){v.phrase}(?![\w-])", re.I), v)
            for v in numbers.vague
            if v not in plain
        ]
        self.word_vocabulary = frozenset([*self.words, *scale_words, *self.fractions])
        quals = rules.qualifiers
        self.qualifier = PhrasesBefore({p: q.name for q in quals.qualifier for p in q.phrases})
        after_q = {p: q.name for q in quals.qualifier for p in q.after}
        self.qualifier_after_name = {p.lower(): n for p, n in after_q.items()}
        self.qualifier_after_re = re.compile(
            r"(?P<q>\s*(?:" + _alternation(after_q) + r"))(?![\w])", re.I
        )
        self.during = frozenset(p.lower() for p in quals.during)
        self.change = PhrasesBefore(
            {p: c.direction for c in quals.change for p in c.phrases}, r"\s+"
        )
        self.not_change = PhrasesBefore({p: p for p in quals.not_change}, "")
        self.not_qualifier = PhrasesBefore({p: p for p in quals.not_qualifier}, "")
        self.by_verbs = {v.lower(): c.direction for c in quals.change for v in c.by_verbs}
        self.by_verb_re = re.compile(
            r"(?<![\w-])(?P<v>" + _alternation(self.by_verbs) + r")(?![\w-])", re.I
        )
        self.change_after_words = {p.lower(): c.direction for c in quals.change for p in c.after}
        self.change_after_re = re.compile(
            r"\s+(?:[a-z]+\s+)?(?P<c>" + _alternation(self.change_after_words) + r")(?![\w-])", re.I
        )
        self.multipliers = {k.lower(): v for k, v in quals.multipliers.items()}
        self.multiplier_words = frozenset(self.multipliers)
        self.multiplier_re = re.compile(
            r"(?<![\w-])(?P<m>" + _alternation(self.multipliers) + r")(?![\w-])", re.I
        )
        self.openers = PhrasesBefore({w: w for w in quals.range_openers}, r"\s+")
        connectors = [c for c in quals.range_connectors if c.isalpha()]
        dashes = [c for c in quals.range_connectors if not c.isalpha()]
        self.connector_re = re.compile(
            r"(?:\s*" + _alternation(dashes) + r"\s*|\s+" + _alternation(connectors) + r"\s+)",
            re.I,
        )
        currencies = rules.currencies.currency
        self.symbol_code = {s: c.code for c in currencies for s in c.symbols}
        self.word_code = {w.lower(): c.code for c in currencies for w in c.words}
        self.minor_code = {w.lower(): c.code for c in currencies for w in c.minor}
        signs = [s for s in self.symbol_code if not s[-1:].isalpha()]
        # "HK $", "US $": a prefix of two or more letters may stand apart from the sign
        # (never one letter: "a $5 grant" is not Australian dollars)
        self.symbol_code.update(
            {
                f"{s[:-1]} {s[-1]}": c
                for s, c in list(self.symbol_code.items())
                if s[-2:-1].isalpha() and len(s.rstrip("$")) >= 2
            }
        )
        # looked for backwards from the number: signs in any case ("c $"), codes as written
        self.sign_before = PhrasesBefore(
            {s: c for s, c in self.symbol_code.items() if not s[-1:].isalpha()},
            r"\s?",
            reach=8,
            fold=False,
            before=r"(?![\w$])",
        )
        self.code_before = PhrasesBefore(
            {s: c for s, c in self.symbol_code.items() if s[-1:].isalpha()},
            r"\s?\.?",
            reach=8,
            fold=False,
            before=r"(?![\w$])",
        )
        # the last characters of signs and codes, as written (both are matched case-sensitively)
        self.currency_last: frozenset[str] | None = frozenset(p[-1] for p in self.symbol_code)
        if any(c.isspace() for c in self.currency_last):
            self.currency_last = None
        lone_signs = [s for s in signs if len(s) == 1]
        self.sign_after_re = re.compile(r"\s?(?P<sign>" + _alternation(lone_signs) + r")(?![\w$])")
        minor_long = [w for w in self.minor_code if len(w) > 1]
        minor_short = [w for w in self.minor_code if len(w) == 1]
        self.currency_after_re = re.compile(
            r"(?:[\s-]*(?P<cur>"
            + _alternation(self.word_code)
            + r")|[\s-]*(?P<minor>"
            + _alternation(minor_long)
            + r")|(?P<minor_short>"
            + _alternation(minor_short)
            + r"))(?![\w])",
            re.I,
        )
        units = rules.units
        self.percent_kind = {k.lower(): v for k, v in units.percent.items()}
        self.percent_re = re.compile(
            r"(?:\s?|-)(?P<pct>" + _alternation(self.percent_kind) + r")(?![\w])", re.I
        )
        self.point_cue_re = re.compile(
            r"(?<![\w])" + _alternation(units.point_cues) + r"(?![\w])", re.I
        )
        self.aliases = dict(units.aliases)
        self.alias_lower = {a.lower(): e for a, e in units.aliases.items()}
        tiny = [a for a in units.aliases if len(a) == 1]
        short = [a for a in units.aliases if 1 < len(a) <= 3]
        long = [a for a in units.aliases if len(a) > 3]
        self.unit_re = re.compile(
            r"(?P<tiny>"
            + _alternation(tiny)
            + r")(?![\w/°])|[\s-]?(?P<short>"
            + _alternation(short)
            + r")(?![\w/])|[\s-]?(?P<long>"
            + _alternation(long)
            + r")(?![\w/])",
        )
        self.unit_long_ci = re.compile(
            r"[\s-]?(?P<long>" + _alternation(long) + r")(?![\w/])", re.I
        )
        self.suffix_unit_words = frozenset(w.lower() for w in units.suffix_unit_words)
        self.age_re = re.compile(r"-(?P<unit>years?|months?|weeks?|days?)-old\b", re.I)
        self.per_re = re.compile(
            r"\s+(?P<per>(?:"
            + _alternation(units.per)
            + r")\s+(?P<per_unit>"
            + _alternation(units.aliases)
            + r"))(?![\w-])",
            re.I,
        )
        self.rate_gap_re = re.compile(
            r"(?:\s+(?:of\s+)?[a-z][\w-]*){0,3}?(?=\s+" + _alternation(units.per) + r"\s)", re.I
        )
        self.not_rate_re = re.compile(r"\s+" + _alternation(units.not_rates) + r"\b", re.I)
        self.noun_classes = {n.lower(): c.name for c in rules.nouns.noun_class for n in c.nouns}
        self.known_noun_re = re.compile(
            r"(?P<noun>" + _alternation(self.noun_classes) + r")(?![\w-])", re.I
        )
        self.stopwords = frozenset(w.lower() for w in rules.nouns.stopwords)
        self.measured = {k.lower(): v for k, v in rules.nouns.measured.items()}
        self.measured_re = re.compile(r"\b(?P<m>" + _alternation(self.measured) + r")\b", re.I)
        self.measured_first = _first_words(self.measured)

    # ----------------------------------------------------------------------------- numbers
    @staticmethod
    @lru_cache(maxsize=8)
    def words_of(text: str) -> frozenset[str]:
        """The lower-case words of a sentence (cached: several steps ask)."""
        return frozenset(_LOWER_WORD.findall(text.lower()))

    def may_hold(self, first_words: frozenset[str] | None, text: str) -> bool:
        """False when no phrase of a case-blind, word-bounded pattern can be in `text`: the
        first word of every phrase is missing from its words (see `_first_words`)."""
        if first_words is None or not first_words.isdisjoint(self.words_of(text)):
            return True
        return not text.isascii() and _LOWERS_APART.search(text) is not None

    def numbers(self, text: str) -> list[ParsedNumber]:
        """Numbers and vague magnitudes in `text`, left to right, not overlapping."""
        candidates: list[ParsedNumber] = []
        words = self.words_of(text)
        negatives_here = not self.negative_words.isdisjoint(words)
        if self.vague_regex or (
            not self.vague_any.isdisjoint(words) and any(w <= words for w in self.vague_words)
        ):
            candidates.extend(self._vague(text))
        for m in _DIGITS.finditer(text):
            parsed = self._digits_at(text, m, negatives_here)
            if parsed is not None:
                candidates.append(parsed)
        if words & self.word_vocabulary:
            for m in self.word_number_re.finditer(text):
                candidates.extend(self._words_at(text, m, negatives_here))
        if len(candidates) > 1:
            candidates.sort(key=lambda p: (p.start, -(p.end - p.start)))
        last_end = -1
        merged: list[ParsedNumber] = []
        for candidate in candidates:
            if candidate.start < last_end:
                continue
            merged.append(candidate)
            last_end = candidate.end
        return merged

    def _vague(self, text: str) -> list[ParsedNumber]:
        candidates: list[ParsedNumber] = []
        for m in self.vague_plain_re.finditer(text):
            rule = self.vague_plain[_SPACES.sub(" ", m.group("v").lower())]
            candidates.append(
                ParsedNumber(m.start(), m.end(), (rule.low, rule.high), "vague", m.group(0))
            )
        for pattern, rule in self.vague_regex:
            for m in pattern.finditer(text):
                candidates.append(
                    ParsedNumber(m.start(), m.end(), (rule.low, rule.high), "vague", m.group(0))
                )
        return candidates

    def _digits_at(
        self, text: str, m: re.Match[str], negatives_here: bool = True
    ) -> ParsedNumber | None:
        num = m.group("num")
        raw = num if num.isdigit() else _GROUPING.sub("", num)
        try:
            value = float(raw)
        except ValueError:
            return None
        start = m.start()
        if start > 0 and text[start - 1] in "-−" and _NEGATIVE_SIGN_OK.search(text, 0, start - 1):
            value = -value  # "-15C", "(−3.2%)"; a dash between two numbers is a range
            start -= 1
        end = m.end()
        factor = 1.0
        suffix_text = ""
        suffix = self.suffix_re.match(text, end)
        if suffix:
            written = suffix.group("suffix") or suffix.group("long_suffix")
            factor *= self.scales[written.lower()]
            end = suffix.end()
            suffix_text = written
        scale = self.scale_word_re.match(text, end)
        while scale:
            factor *= self.scales[scale.group("scale").lower()]
            end = scale.end()
            suffix_text = ""
            scale = self.scale_word_re.match(text, end)
        value *= factor
        negative = self.negative.find(text, start) if negatives_here else None
        if negative and value > 0:
            value = -value
            start = negative[2]
        return ParsedNumber(
            start, end, (value,), scaled=factor != 1.0, suffix=suffix_text, scale=factor
        )

    def _words_at(
        self, text: str, m: re.Match[str], negatives_here: bool = True
    ) -> list[ParsedNumber]:
        phrase = m.group(0)
        tokens = [t.lower() for t in _SPACES_OR_DASHES.split(phrase) if t]
        # "a" or "an" must lead a number ("a dozen"), never stand for one
        if tokens and tokens[-1] in ("a", "an"):
            return []
        has_article = tokens[0] in ("a", "an")
        start = m.start()
        if (
            has_article
            and len(tokens) > 1
            and tokens[1] in self.words
            and self.words[tokens[1]] < 100
        ):
            # "a one-bedroom flat", "a two-way race": the article is not part of the number
            phrase = phrase[_ARTICLE.match(phrase).end() :]  # type: ignore[union-attr]
            start = m.end() - len(phrase)
            tokens, has_article = tokens[1:], False
        core = [t for t in tokens if t not in ("a", "an", "and")]
        if not core:
            return []
        if all(t in self.fractions for t in core):
            # "a third", "half of": a fraction word alone is an ordinal or a noun otherwise,
            # and so is "a fourth straight win" (a word that is not a preposition follows)
            followed_by_of = _OF_AFTER.match(text, m.end()) is not None
            # "nearly half", "fallen by half": a qualifier or change before makes it a number
            led = (
                self.qualifier.find(text, start) is not None
                or self.change.find(text, start) is not None
                or text[max(0, start - 3) : start].lower() == "by "
            )
            if len(core) > 1 or not (has_article or followed_by_of or led):
                return []
            following = _NEXT_WORD.match(text, m.end())
            if (
                not followed_by_of
                and not led
                and following is not None
                and following.group(1).lower() not in self.stopwords
            ):
                return []
        if len(core) == 1 and core[0] in self.scales and not has_article:
            return []  # a bare "million" belongs to a number before it
        value = self.word_value(phrase)
        if value is None:
            return []
        negative = self.negative.find(text, start) if negatives_here else None
        if negative:
            value = -value
            start = negative[2]
        scaled = any(t in self.scales for t in core)
        return [ParsedNumber(start, m.end(), (value,), in_words=True, scaled=scaled)]

    def word_value(self, phrase: str) -> float | None:
        """The value of a number written in words: 'ninety thousand', 'half a million'."""
        tokens = [t.lower() for t in _SPACE_OR_DASH.split(phrase) if t and t.lower() != "and"]
        if not tokens or all(t in ("a", "an") for t in tokens):
            return None
        total = 0.0
        current = 0.0
        fraction: float | None = None
        seen_number = False
        article = False  # "one and a half": the fraction after "a" is of one, not of one
        last_scale = False
        for token in tokens:
            if token in ("a", "an"):
                if current == 0 and fraction is None:
                    current = 1.0  # "a million"; but "half a million" is half of one
                else:
                    article = True
                continue
            if token in self.words:
                value = self.words[token]
                if value == 100:
                    current = (current or 1.0) * 100
                else:
                    current += value
                seen_number = True
                last_scale = False
            elif token in self.fractions:
                part = self.fractions[token]
                if article:
                    current += part  # "one and a half": 1 + 0.5
                    article = False
                    seen_number = True
                    last_scale = False
                    continue
                if token == "quarters":
                    part = (current or 3.0) * 0.25
                elif current:
                    part = current * part
                fraction = (fraction or 0.0) + part
                current = 0.0
                seen_number = True
                last_scale = False
            elif token in self.scales:
                scale = self.scales[token]
                if current == 0 and fraction is None and total and last_scale:
                    total *= scale  # "three lakh crore"
                else:
                    base = current or (fraction if fraction is not None else 1.0)
                    total += base * scale
                current = 0.0
                fraction = None
                seen_number = True
                last_scale = True
            else:
                return None
        if not seen_number:
            return None
        return total + current + (fraction or 0.0)

    # ------------------------------------------------------------------- before and after
    def qualifier_before(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """The qualifier phrase ending right before `pos`, longest first."""
        if pos and not text[pos - 1].isspace() and text[pos - 1] not in _QUALIFIER_SIGNS:
            return None
        found = self.qualifier.find(text, pos)
        if found is None:
            return None
        if self.not_qualifier.find(text, found[2] + len(found[1])) is not None:
            return None  # "ticked up to 3.8%", "took over 40 towns"
        return found[0], found[1], found[2]  # type: ignore[return-value]

    def qualifier_after(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """A qualifier written after the number ('1,000 or more', '500-plus')."""
        m = self.qualifier_after_re.match(text, pos)
        if m is None:
            return None
        phrase = m.group("q").strip().lower()
        name = self.qualifier_after_name.get(phrase) or self.qualifier_after_name.get(
            _SPACES.sub(" ", phrase)
        )
        if name is None:
            return None
        return name, m.group("q").strip(), m.end()

    def change_before(self, text: str, pos: int) -> tuple[Change, str, int] | None:
        """A change phrase ('rose', 'fell by') ending right before `pos`."""
        found = self.change.find(text, pos)
        if found is not None:
            if self.not_change.find(text, found[2] + len(found[1])) is not None:
                return None  # "shot down 23 drones"
            return found[0], found[1], found[2]  # type: ignore[return-value]
        by_end = pos
        while by_end > 0 and text[by_end - 1].isspace():
            by_end -= 1
        if by_end == pos or text[by_end - 2 : by_end].lower() != "by":
            return None
        if by_end > 2 and (text[by_end - 3].isalnum() or text[by_end - 3] == "-"):
            return None
        # "raised its key rate by 75 basis points": a change verb earlier in the clause
        clause = text[max(0, pos - 80) : pos]
        verbs = list(self.by_verb_re.finditer(clause))
        if verbs:
            verb = verbs[-1]
            between = clause[verb.end() :]
            if not _CLAUSE_BREAK.search(between):
                direction = self.by_verbs[verb.group("v").lower()]
                return direction, verb.group("v"), by_end - 2
        return None

    def change_after(self, text: str, pos: int) -> tuple[Change, str] | None:
        """A change word after the number and its unit ('a 5% pay rise', '6% fewer')."""
        m = self.change_after_re.match(text, pos)
        if m is None:
            return None
        return self.change_after_words[_SPACES.sub(" ", m.group("c").lower())], m.group("c")

    def currency_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """A currency sign right before `pos`: its ISO code and where it starts."""
        # a sign or code ends right before `pos`, or before one space or point or both
        last = self.currency_last
        if last is not None:
            ends = [pos - 1]
            if pos >= 1 and (text[pos - 1].isspace() or text[pos - 1] == "."):
                ends.append(pos - 2)
                if pos >= 2 and text[pos - 1].isspace() and text[pos - 2] == ".":
                    ends.append(pos - 3)
            if not any(i >= 0 and text[i] in last for i in ends):
                return None
        found = self.sign_before.find(text, pos) or self.code_before.find(text, pos)
        if found is None:
            return None
        return found[0], found[2]

    def suffix_as_unit(self, text: str, number: ParsedNumber) -> ParsedNumber:
        """The number without its suffix where the suffix is a unit ('200m freestyle')."""
        suffix = number.suffix
        if not suffix or suffix not in self.aliases:
            return number
        following = _NEXT_WORD.match(text, number.end)
        if following is None or following.group(1).lower() not in self.suffix_unit_words:
            return number
        return ParsedNumber(
            number.start,
            number.end - len(suffix),
            (number.values[0] / number.scale,),
            in_words=number.in_words,
        )

    def after_number(self, text: str, number: ParsedNumber, has_currency: bool) -> After:
        """Unit, currency, percent, rate and counted noun following `number`."""
        pos = number.end
        end = pos
        currency = unit = percent = per = noun = ""
        factor = 1.0
        following = text[pos : pos + 2]
        age = self.age_re.match(text, pos) if following[:1] == "-" else None
        # (what is read only to be set aside is not read: a percent sign after a currency,
        # a currency word after a sign, a rate where there is no unit or currency)
        m = self.percent_re.match(text, end) if following.strip() and not has_currency else None
        pct = m.group("pct").lower() if m else ""
        if (
            m
            and pct in ("points", "point")
            and not (abs(number.values[-1]) <= 100 and self.point_cue_re.search(text))
        ):
            m = None  # a bare "points" is percentage points only where shares are talked of
        if age:
            unit = age.group("unit")
            end = age.end()
        elif m:
            percent = self.percent_kind.get(_SPACES.sub(" ", pct), "")
            end = m.end()
        else:
            sign = None if has_currency else self.sign_after_re.match(text, end)
            c = None
            if not has_currency and sign is None:
                c = self.currency_after_re.match(text, end)
            if sign is not None:  # "10 €", "100,000 ₭"
                currency = self.symbol_code[sign.group("sign")]
                end = sign.end()
            elif c and c.group("cur"):
                currency = self.word_code[_SPACES.sub(" ", c.group("cur").lower())]
                end = c.end()
            elif c and (c.group("minor") or c.group("minor_short")):
                word = (c.group("minor") or c.group("minor_short")).lower()
                currency = self.minor_code[word]
                factor = 0.01
                end = c.end()
            else:
                at = end
                if number.qualifier == "vague":
                    of = _OF_BETWEEN.match(text, end)
                    at = of.end() if of else end  # "millions of years"
                u = self.unit_re.match(text, at) or self.unit_long_ci.match(text, at)
                if u is not None and at != end and not u.group(0)[:1].isspace():
                    u = None
                if u and not (has_currency and u.group(0)[:1].isspace()):
                    groups = u.groupdict()
                    unit = groups.get("tiny") or groups.get("short") or groups.get("long") or ""
                    end = u.end()
        unit_end = end
        p = self.rate_at(text, end) if unit or currency or has_currency else None
        if p is not None:
            per, end = p
        noun_end, noun = self._noun_after(text, end)
        if noun and not (unit or percent or currency or has_currency):
            end = noun_end
            if not per:
                rate = self._per_after_noun(text, end)
                if rate is not None:
                    per, end = rate
        elif noun:
            # a measured concept: "80,000 kilograms of ammunition" (but not "$5 troops")
            if _OF_BETWEEN.match(text, end, noun_end):
                end = noun_end
            else:
                noun = ""
        if (unit or currency or has_currency) and not per:
            rate = self._per_after_noun(text, end)  # "30 grams of fibre a day"
            if rate is not None:
                per, end = rate
        if (currency or has_currency or unit) and not noun:
            noun = self._measured_near(text, end)
        return After(end, currency, unit, percent, per, noun, factor, unit_end)

    def rate_at(self, text: str, pos: int) -> tuple[str, int] | None:
        """A rate at `pos` ('a day', 'per tonne'), not a time ('a year earlier')."""
        p = self.per_re.match(text, pos)
        if p is None:
            return None
        expression = self.alias_lower.get(p.group("per_unit").lower(), "")
        if expression in _TIME_UNITS and self.not_rate_re.match(text, p.end()):
            return None
        return p.group("per"), p.end()

    def _per_after_noun(self, text: str, pos: int) -> tuple[str, int] | None:
        """A time rate a few words after a counted noun ('6,000 shells a day')."""
        m = self.rate_gap_re.match(text, pos)
        if m is None:
            return None
        p = self.rate_at(text, m.end())
        if p is None:
            return None
        expression = self.alias_lower.get(p[0].split()[-1].lower(), "")
        if expression not in _TIME_UNITS:
            return None
        return p

    def _noun_after(self, text: str, pos: int) -> tuple[int, str]:
        m = _NOUN_WORDS.match(text, pos, pos + 80)
        if m is None:
            return pos, ""
        words_start = m.end(1) if m.group(1) else pos
        words = list(islice(_WORD.finditer(text, words_start, m.end()), 3))
        for skip in range(0, min(3, len(words))):
            candidate_start = words[skip].start()
            known = self.known_noun_re.match(text, candidate_start)
            if known:
                return known.end(), known.group("noun")
            word = words[skip].group(0)
            if word.lower() in self.stopwords or word[:1].isdigit():
                break
        first = words[0].group(0) if words else ""
        if (
            first
            and not m.group(1)
            and first.isalpha()
            and first.islower()
            and first.lower() not in self.stopwords
            and len(first) > 2
            and not first.endswith("ed")  # "thousands protested": a verb, not a noun
        ):
            return words[0].end(), first
        return pos, ""

    def _measured_near(self, text: str, pos: int) -> str:
        if not self.may_hold(self.measured_first, text):
            return ""
        best = ""
        for m in self.measured_re.finditer(text, pos, min(len(text), pos + 60)):
            if len(m.group("m")) > len(best):
                best = m.group("m").lower()
        return best


@cache
def grammar(rules: RuleSet) -> NumberGrammar:
    """The compiled grammar of a rule set (built once per rule set)."""
    return NumberGrammar(rules)


def parse_number(text: str, rules: RuleSet) -> float | None:
    """The value of one number written alone ('90,000', 'ninety thousand', '90k')."""
    found = grammar(rules).numbers(text.strip())
    if len(found) != 1 or found[0].qualifier != "exact":
        return None
    number = found[0]
    if number.start != 0 or number.end != len(text.strip()):
        return None
    return number.values[0]
