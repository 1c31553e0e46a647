"""The number grammar: digits, number words, scale words, ranges and vague magnitudes.

Built once per rule set from `numbers.toml`, `qualifiers.toml`, `units.toml`,
`currencies.toml` and `nouns.toml`; the code holds the mechanism, the rules hold the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reconcile.models import Change, Qualifier
from reconcile.rules import RuleSet


@dataclass(frozen=True)
class ParsedNumber:
    """A number (or range, or vague magnitude) at [start, end) of a sentence."""

    start: int
    end: int
    values: tuple[float, ...]
    qualifier: Qualifier = "exact"
    qualifier_text: str = ""


@dataclass(frozen=True)
class After:
    """What follows a number: its unit, currency or percent sign, rate and counted noun."""

    end: int
    currency: str = ""
    unit: str = ""
    percent: str = ""
    per: str = ""
    noun: str = ""


def _alternation(words: object, flags: str = "") -> str:
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_DIGITS = (
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,])|\d+)"
    r"(?:\.\d+)?(?![\d])|(?<![\w.])\.\d+"
)


class NumberGrammar:
    """Compiled patterns for one rule set."""

    def __init__(self, rules: RuleSet) -> None:
        numbers = rules.numbers
        self.words = {k.lower(): v for k, v in numbers.words.items()}
        self.scales = {k: v for k, v in numbers.scales.items()}
        self.fractions = {k.lower(): v for k, v in numbers.fractions.items()}
        scale_words = [w for w in self.scales if len(w) > 3]
        suffixes = [w for w in self.scales if len(w) <= 3]
        self.suffix_re = re.compile(r"(?P<suffix>" + _alternation(suffixes) + r")(?![A-Za-z])")
        self.scale_word_re = re.compile(r"\s*(?P<scale>" + _alternation(scale_words) + r")\b", re.I)
        self.digits_re = re.compile(_DIGITS)
        word = _alternation([*self.words, *scale_words, *self.fractions])
        self.word_number_re = re.compile(
            rf"(?<![\w-])(?:an?\s+)?{word}(?:(?:\s+and\s+|\s+a\s+|\s+|-){word})*(?![\w-])", re.I
        )
        self.vague = [
            (re.compile(rf"(?<![\w-]){v.phrase}(?![\w-])", re.I), v) for v in numbers.vague
        ]
        quals = rules.qualifiers
        self.qualifier_re = [
            (q.name, re.compile(r"(?<![\w-])(?P<q>" + _alternation(q.phrases) + r")\s+$", re.I))
            for q in quals.qualifier
        ]
        self.change_re = [
            (
                c.direction,
                re.compile(r"(?<![\w-])(?P<c>" + _alternation(c.phrases) + r")\s+$", re.I),
            )
            for c in quals.change
        ]
        self.openers_re = re.compile(
            r"(?<![\w-])(?P<o>" + _alternation(quals.range_openers) + r")\s+$", re.I
        )
        connectors = [c for c in quals.range_connectors if c.isalpha()]
        dashes = [c for c in quals.range_connectors if not c.isalpha()]
        self.connector_re = (
            re.compile(
                r"(?:\s*" + _alternation(dashes) + r"\s*|\s+" + _alternation(connectors) + r"\s+)"
            )
            if quals.range_connectors
            else None
        )
        symbols = [s for c in rules.currencies.currency for s in c.symbols]
        self.symbol_code = {s: c.code for c in rules.currencies.currency for s in c.symbols}
        self.word_code = {w.lower(): c.code for c in rules.currencies.currency for w in c.words}
        self.currency_before_re = re.compile(
            r"(?<![\w$])(?P<sym>" + _alternation(symbols) + r")\s?$"
        )
        self.currency_after_re = re.compile(
            r"\s*(?P<cur>" + _alternation(self.word_code) + r")(?![\w])", re.I
        )
        self.percent_re = re.compile(
            r"\s?(?P<pct>%|per\s?cent\b|percentage\s+points?\b|pct\b)", re.I
        )
        aliases = rules.units.aliases
        short = [a for a in aliases if len(a) <= 3]
        long = [a for a in aliases if len(a) > 3]
        self.unit_re = re.compile(
            r"\s?(?P<unit>"
            + _alternation(short)
            + r")(?![\w/])|\s?(?P<unit_long>"
            + _alternation(long)
            + r")(?![\w/])",
        )
        self.unit_long_ci = re.compile(r"\s?(?P<unit>" + _alternation(long) + r")(?![\w/])", re.I)
        self.per_re = re.compile(
            r"\s+(?P<per>(?:"
            + _alternation(rules.units.per)
            + r")\s+"
            + _alternation(aliases)
            + r")\b",
            re.I,
        )
        self.noun_classes = {n.lower(): c.name for c in rules.nouns.noun_class for n in c.nouns}
        self.known_noun_re = re.compile(
            r"(?P<noun>" + _alternation(self.noun_classes) + r")\b", re.I
        )
        self.stopwords = frozenset(w.lower() for w in rules.nouns.stopwords)
        self.measured = {k.lower(): v for k, v in rules.nouns.measured.items()}

    # ----------------------------------------------------------------------------- numbers
    def numbers(self, text: str) -> Iterator[ParsedNumber]:
        """Numbers, ranges and vague magnitudes in `text`, left to right, not overlapping."""
        candidates: list[ParsedNumber] = []
        for pattern, rule in self.vague:
            for m in pattern.finditer(text):
                candidates.append(
                    ParsedNumber(m.start(), m.end(), (rule.low, rule.high), "vague", m.group(0))
                )
        for m in self.digits_re.finditer(text):
            parsed = self._digits_at(text, m)
            if parsed is not None:
                candidates.append(parsed)
        for m in self.word_number_re.finditer(text):
            value = self.word_value(m.group(0))
            if value is not None:
                candidates.append(ParsedNumber(m.start(), m.end(), (value,)))
        candidates.sort(key=lambda p: (p.start, -(p.end - p.start)))
        last_end = -1
        merged: list[ParsedNumber] = []
        for candidate in candidates:
            if candidate.start < last_end:
                continue
            merged.append(candidate)
            last_end = candidate.end
        yield from self._ranges(text, merged)

    def _digits_at(self, text: str, m: re.Match[str]) -> ParsedNumber | None:
        raw = re.sub(r"[,\u00a0\u202f ]", "", m.group(0))
        try:
            value = float(raw)
        except ValueError:
            return None
        end = m.end()
        suffix = self.suffix_re.match(text, end)
        if suffix:
            value *= self.scales[suffix.group("suffix")]
            end = suffix.end()
        else:
            scale = self.scale_word_re.match(text, end)
            while scale:
                value *= self.scales[scale.group("scale").lower()]
                end = scale.end()
                scale = self.scale_word_re.match(text, end)
        return ParsedNumber(m.start(), end, (value,))

    def word_value(self, phrase: str) -> float | None:
        """The value of a number written in words: 'ninety thousand', 'half a million'."""
        tokens = [t.lower() for t in re.split(r"\s+|-", phrase) if t and t.lower() != "and"]
        if not tokens or all(t in ("a", "an") for t in tokens):
            return None
        total = 0.0
        current = 0.0
        fraction: float | None = None
        seen_number = False
        for token in tokens:
            if token in ("a", "an"):
                if current == 0:
                    current = 1.0
                continue
            if token in self.words:
                value = self.words[token]
                if value == 100:
                    current = (current or 1.0) * 100
                elif value in (12, 20) and token in ("dozen", "score"):
                    current = (current or 1.0) * value
                else:
                    current += value
                seen_number = True
            elif token in self.fractions:
                part = self.fractions[token]
                if token.endswith("s") and token != "quarters":
                    part = (current or 1.0) * part
                elif token == "quarters":
                    part = (current or 3.0) * 0.25
                elif current and token != "half":
                    part = current * part
                fraction = (fraction or 0.0) + part
                current = 0.0
                seen_number = True
            elif token.lower() in {k.lower() for k in self.scales}:
                scale = self.scales.get(token, self.scales.get(token.lower(), 1.0))
                base = current or (fraction if fraction is not None else 1.0)
                total += base * scale
                current = 0.0
                fraction = None
                seen_number = True
            else:
                return None
        if not seen_number:
            return None
        return total + current + (fraction or 0.0)

    def _ranges(self, text: str, numbers: list[ParsedNumber]) -> Iterator[ParsedNumber]:
        i = 0
        while i < len(numbers):
            first = numbers[i]
            if (
                self.connector_re is not None
                and i + 1 < len(numbers)
                and first.qualifier == "exact"
                and numbers[i + 1].qualifier == "exact"
            ):
                second = numbers[i + 1]
                between = self.connector_re.fullmatch(text, first.end, second.start)
                opener = self.openers_re.search(text[: first.start])
                word = between.group(0).strip().lower() if between else ""
                if between and (word != "and" or opener):
                    low, high = first.values[0], second.values[0]
                    if low < high / 1000 and not re.search(
                        r"[a-z]", text[first.start : first.end], re.I
                    ):
                        # "5 to 7 million": the scale of the second end applies to both
                        raw_high = float(
                            re.sub(r"[^\d.]", "", text[second.start : second.end].split()[0]) or 0
                        )
                        if raw_high and raw_high != high:
                            low = low * (high / raw_high)
                    if low <= high:
                        start = opener.start("o") if opener else first.start
                        qualifier_text = opener.group("o") if opener else ""
                        yield ParsedNumber(start, second.end, (low, high), "range", qualifier_text)
                        i += 2
                        continue
            yield first
            i += 1

    # ------------------------------------------------------------------- before and after
    def qualifier_before(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """The qualifier phrase ending right before `pos`, longest first."""
        window = text[max(0, pos - 40) : pos]
        best: tuple[Qualifier, str, int] | None = None
        for name, pattern in self.qualifier_re:
            m = pattern.search(window)
            if m and (best is None or len(m.group("q")) > len(best[1])):
                best = (name, m.group("q"), pos - len(window) + m.start("q"))
        return best

    def change_before(self, text: str, pos: int) -> tuple[Change, str, int] | None:
        """A change phrase ('rose', 'fell by') ending right before `pos`."""
        window = text[max(0, pos - 40) : pos]
        best: tuple[Change, str, int] | None = None
        for direction, pattern in self.change_re:
            m = pattern.search(window)
            if m and (best is None or len(m.group("c")) > len(best[1])):
                best = (direction, m.group("c"), pos - len(window) + m.start("c"))
        return best

    def currency_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """A currency sign right before `pos`: its ISO code and where it starts."""
        m = self.currency_before_re.search(text[max(0, pos - 6) : pos])
        if m is None:
            return None
        return self.symbol_code[m.group("sym")], pos - (pos - max(0, pos - 6)) + m.start("sym")

    def after_number(self, text: str, pos: int, has_currency: bool) -> After:
        """Unit, currency, percent, rate and counted noun following a number at `pos`."""
        end = pos
        currency = unit = percent = per = noun = ""
        m = self.percent_re.match(text, end)
        if m:
            percent = "percentage_point" if "point" in m.group("pct").lower() else "percent"
            end = m.end()
        else:
            c = self.currency_after_re.match(text, end)
            if c and not has_currency:
                currency = self.word_code[c.group("cur").lower()]
                end = c.end()
            else:
                u = self.unit_re.match(text, end) or self.unit_long_ci.match(text, end)
                if u:
                    unit = (
                        u.groupdict().get("unit") or u.groupdict().get("unit_long") or ""
                    ).strip()
                    end = u.end()
        p = self.per_re.match(text, end)
        if p and (unit or currency or has_currency):
            per = p.group("per")
            end = p.end()
        noun_end, noun = self._noun_after(text, end)
        if noun and not (unit or percent or currency or has_currency):
            end = noun_end
        elif noun:
            # measured concept ("80,000 kilograms of ammunition") kept apart from the quote
            end = noun_end if re.match(r"\s+of\s", text[end:noun_end] + " ") else end
        if (currency or has_currency or unit) and not noun:
            noun = self._measured_near(text, end)
        return After(end, currency, unit, percent, per, noun)

    def _noun_after(self, text: str, pos: int) -> tuple[int, str]:
        rest = text[pos:]
        m = re.match(r"(\s+of)?((?:\s+[\w’'-]+){1,5})", rest)
        if m is None:
            return pos, ""
        words_start = pos + (m.end(1) if m.group(1) else 0)
        words = list(re.finditer(r"[\w’'-]+", text[words_start : pos + m.end()]))
        for skip in range(0, min(3, len(words))):
            candidate_start = words_start + words[skip].start()
            known = self.known_noun_re.match(text, candidate_start)
            if (
                known
                and known.end() < len(text) + 1
                and not re.match(r"[\w-]", text[known.end() : known.end() + 1])
            ):
                return known.end(), known.group("noun")
            word = words[skip].group(0)
            if word.lower() in self.stopwords:
                break
            if skip == 0 and not word[0].isupper() and not word[0].isdigit():
                # An unknown noun directly after the number is still its counted noun, unless
                # an adjective: only take it when no known noun follows within two words.
                continue
        first = words[0].group(0) if words else ""
        if (
            first
            and not m.group(1)
            and first.isalpha()
            and first.islower()
            and first.lower() not in self.stopwords
            and len(first) > 2
        ):
            return words_start + words[0].end(), first
        return pos, ""

    def _measured_near(self, text: str, pos: int) -> str:
        window = text[pos : pos + 60].lower()
        best = ""
        for phrase in self.measured:
            m = re.search(rf"\b{re.escape(phrase)}\b", window)
            if m and (not best or len(phrase) > len(best)):
                best = phrase
        return best


@cache
def grammar(rules: RuleSet) -> NumberGrammar:
    """The compiled grammar of a rule set (built once per rule set)."""
    return NumberGrammar(rules)
