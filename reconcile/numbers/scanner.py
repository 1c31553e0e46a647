"""The number scanner: digits with a language's separators, number words, scales, fractions
and vague magnitudes. What surrounds a number is read elsewhere (`surroundings`).

The separators and words come from `numbers.toml` of the language: "100,000" and "1.5" in
English, "100.000" and "1,5 Mio." in German, "100 000" and "1,5 million" in French.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reconcile.models import Qualifier
from reconcile.numbers.patterns import LOWER_WORD, SPACES, PhrasesBefore, alternation, words_of
from reconcile.rules import NumberRules

_NEGATIVE_SIGN_OK = re.compile(r"(?:^|[\s(\[:<>=~≤≥])$")
_SPACES_OR_DASHES = re.compile(r"[\s-]+")
_SPACE_OR_DASH = re.compile(r"\s+|-")
_GROUP_SPACES = "\u00a0\u202f "  # spaces that group thousands in every language
NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


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


def digits_pattern(
    decimal: str, thousands: tuple[str, ...], glued: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """A number in digits with these separators. The first character is matched by a class
    (so that a scan skips quickly to the next digit or decimal sign) and the look-behind,
    after it, checks the character before it: no letter or digit, unless it ends one of the
    `glued` signs standing alone ("Rs500", "USD5m")."""
    d = re.escape(decimal)
    marks = re.escape(decimal + "".join(thousands))
    after_sign = "".join(rf"|(?<=(?<![\w.]){re.escape(g)}\d)" for g in sorted(glued))
    grouped = ""
    if thousands:
        t = "[" + re.escape("".join(thousands)) + "]"
        grouped = rf"\d{{0,2}}(?:{t}\d{{3}})+(?:{d}\d+)?(?![\d{re.escape(''.join(thousands))}]\d)|"
    return re.compile(
        rf"(?P<num>[\d{d}](?:(?<![\w{marks}/][\d{d}]){after_sign})"
        rf"(?:(?<={d})\d+"
        rf"|(?<=\d)(?:{grouped}"
        rf"\d{{0,2}}(?:[{_GROUP_SPACES}]\d{{3}})+(?:{d}\d+)?(?!\d|[{marks}]\d|[^\W\d_])"
        rf"|\d*(?:{d}\d+)?(?![\d]))))"
    )


class NumberScanner:
    """Finds the numbers of a sentence, for one language's number rules."""

    def __init__(
        self, numbers: NumberRules, stopwords: frozenset[str], glued: tuple[str, ...] = ()
    ) -> None:
        self.stopwords = stopwords
        self.decimal = numbers.decimal_separator
        self.digits_re = digits_pattern(self.decimal, numbers.thousands_separators, glued)
        self.grouping_re = re.compile(
            "[" + re.escape("".join(numbers.thousands_separators) + _GROUP_SPACES) + "]"
        )
        self.words = {k.lower(): v for k, v in numbers.words.items()}
        self.scales = {k.lower(): v for k, v in numbers.scales.items()}
        self.fractions = {k.lower(): v for k, v in numbers.fractions.items()}
        self.counted_fractions = {k.lower(): v for k, v in numbers.counted_fractions.items()}
        self.articles = frozenset(a.lower() for a in numbers.articles)
        self.joiners = frozenset(j.lower() for j in numbers.joiners)
        self.of_words = tuple(numbers.of_words)
        self.by_words = frozenset(w.lower() for w in numbers.by_words)
        self.compound = numbers.compound
        self.decimal_words = frozenset(w.lower() for w in numbers.decimal_words)
        # "8,26 %": a comma and one or two digits before a percent word is a decimal comma,
        # where commas group thousands (a group of thousands has three digits: "1,500")
        self.decimal_comma_re = (
            re.compile(
                r",(?P<d>\d{1,2})(?=\s?"
                + alternation(numbers.decimal_comma_before)
                + r"(?![^\W\d_]))",
                re.I,
            )
            if numbers.decimal_comma_before
            and self.decimal != ","
            and "," in numbers.thousands_separators
            else None
        )
        self.after_tens_below = numbers.after_tens_below
        self.approximate = {k.lower(): v for k, v in numbers.approximate.items()}
        scale_words = [w for w in self.scales if len(w) > 3]
        suffixes = [w for w in self.scales if len(w) <= 3]
        # one-letter suffixes only attached ("100k"); longer ones also after a space ("3 bn")
        self.suffix_re = re.compile(
            r"(?:(?P<suffix>"
            + alternation([w for w in suffixes if len(w) == 1])
            + r")|\s?(?P<long_suffix>"
            + alternation([w for w in suffixes if len(w) > 1])
            + r"))(?![A-Za-z0-9])",
            re.I,
        )
        # a scale word may start a compound ("$5 billion-dollar deal", "2.5-billion-euro")
        self.scale_word_re = re.compile(
            r"[\s-]*(?P<scale>" + alternation(scale_words) + r")(?!\w|-[\d-])", re.I
        )
        word = alternation([*self.words, *scale_words, *self.fractions])
        art = alternation(self.articles)
        joiner = alternation(self.joiners)
        together = "|" + joiner + "|" if self.compound else ""  # "dreiundzwanzig"
        # "three point five": a decimal word between two number words
        point = (
            r"\s+" + alternation(self.decimal_words) + r"\s+(?=\w)|" if self.decimal_words else ""
        )
        art_gap = r"(?:\s+|)" if self.compound else r"\s+"  # "einhundert"
        self.word_number_re = re.compile(
            rf"(?<![\w-])(?:{art}{art_gap})?{word}"
            rf"(?:(?:{point}\s+{joiner}\s+{art}\s+|\s+{joiner}\s+(?=\w)|\s+{art}\s+|\s+|-{together}){word})*"
            r"(?!\w|-\d)",
            re.I,
        )
        self.article_re = re.compile(rf"{art}\s+", re.I)
        self.joiner_re = re.compile(rf"\s+{joiner}\s+", re.I)
        self.token_re = re.compile(
            alternation(
                [
                    *self.words,
                    *self.scales,
                    *self.fractions,
                    *self.articles,
                    *self.joiners,
                    *self.decimal_words,
                ]
            )
            + r"|\S",
            re.I,
        )
        self.of_after_re = re.compile(r"\s+" + alternation(self.of_words) + r"\b", re.I)
        self.negative = PhrasesBefore({w: w for w in numbers.negatives}, r"\s+")
        self.negative_words = frozenset(
            w for phrase in numbers.negatives for w in LOWER_WORD.findall(phrase.lower())
        )
        # vague magnitudes: plain phrases go into one trie, regex phrases are kept as written;
        # a sentence is scanned only when it has every word of some plain phrase
        plain = [v for v in numbers.vague if re.fullmatch(r"(?:[^\W\d_]|[ ])+", v.phrase.lower())]
        self.vague_plain = {SPACES.sub(" ", v.phrase.lower()): v for v in plain}
        self.vague_plain_re = re.compile(
            r"(?<![\w-])(?P<v>" + alternation(self.vague_plain, fold=True) + r")(?![\w-])", re.I
        )
        self.vague_words = [frozenset(phrase.split()) for phrase in self.vague_plain]
        self.vague_any = frozenset(w for words in self.vague_words for w in words)
        self.vague_regex = [
            (re.compile(rf"(?<![\w-]){v.phrase}(?![\w-])", re.I), v)
            for v in numbers.vague
            if v not in plain
        ]
        self.word_vocabulary = frozenset([*self.words, *scale_words, *self.fractions])
        # "a couple of months": a noun that says about a number, after an article, before "of"
        self.approximate_re = (
            re.compile(
                rf"(?<![\w-]){art}\s+(?P<w>{alternation(self.approximate)})\s+"
                + alternation(self.of_words)
                + r"(?:\s+(?P<s>"
                + alternation([w for w in [*self.words, *scale_words] if self._is_scale(w)])
                + r"))?(?=\s)",
                re.I,
            )
            if self.approximate and self.of_words
            else None
        )
        self.approximate_words = frozenset(self.approximate)
        # "won a fourth term", "a sixth straight term": an ordinal counting a series one
        # holder runs through in turn, after an article and at most one word in lower case
        # ("an unprecedented fourth term"; news tells a new one so: "his first term", "the
        # second term" name a period known); an ordinal before any other noun ranks
        self.ordinals = {k.lower(): v for k, v in numbers.ordinals.items()}
        self.ordinal_words = frozenset(self.ordinals) if numbers.ordinal_nouns else frozenset()
        # the nouns' last words: far rarer in a sentence than an ordinal ("first", "second"),
        # so what a sentence must hold for the reading to be tried
        series = [*numbers.ordinal_nouns, *numbers.ordinal_nouns_before_of]
        self.ordinal_nouns = frozenset(n.split()[-1].lower() for n in series)
        nouns = alternation(numbers.ordinal_nouns)  # (matching nothing when there are none)
        before_of = (
            rf"|(?:{alternation(numbers.ordinal_nouns_before_of)})(?=\s+{alternation(self.of_words)}\s)"
            if numbers.ordinal_nouns_before_of and self.of_words
            else ""
        )
        # ("becoming the third death": a definite article after a word of `ordinal_definite`)
        told = (
            rf"(?:{art}|(?:{alternation(numbers.ordinal_definite)})\s+the)"
            if numbers.ordinal_definite
            else art
        )
        self.ordinal_re = (
            re.compile(
                rf"(?<![\w-]){told}\s+(?:(?-i:[a-z]+)\s+)?(?P<o>{alternation(self.ordinals)})\s+"
                + (
                    rf"(?:{alternation(numbers.ordinal_modifiers)}\s+)?"
                    if numbers.ordinal_modifiers
                    else ""
                )
                # one more word in lower case: "a fourth escaped inmate"
                + r"(?:(?-i:[a-z][a-z-]*)\s+)?"
                + rf"(?P<n>{nouns}{before_of})(?![\w-])",
                re.I,
            )
            if self.ordinal_words
            else None
        )
        # "no one was injured", "no deaths were reported": a count of none, read where the
        # sentence holds a last word of a pronoun or a noun of none
        pronouns = (
            rf"(?P<p>{alternation(numbers.none_pronouns)})\s+(?:{alternation(numbers.none_verbs)})"
            # (what befell them, not what they do: "nobody is conducting an inquiry")
            r"\s+(?-i:[a-z]+)(?<!ing)(?![\w-])"
            if numbers.none_pronouns and numbers.none_verbs
            else ""
        )
        counted = (
            rf"(?P<a>{alternation(numbers.none_article)})\s+(?P<n>{alternation(numbers.none_nouns)})"
            r"(?![\w-])"
            if numbers.none_article and numbers.none_nouns
            else ""
        )
        self.none_words = frozenset(
            w.split()[-1].lower() for w in [*numbers.none_pronouns, *numbers.none_nouns]
        )
        self.none_re = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(p for p in (pronouns, counted) if p)})", re.I)
            if pronouns or counted
            else None
        )
        # words of more than one part ("quatre-vingt") are cut from a phrase by the trie
        self.by_trie = self.compound or any(
            " " in w or "-" in w for w in [*self.words, *self.scales, *self.fractions]
        )

    words_of = staticmethod(words_of)

    def _is_scale(self, word: str) -> bool:
        """A word that multiplies the number before it: a scale word or a hundred."""
        return word in self.scales or self.words.get(word) == 100

    def led(self, text: str, pos: int) -> bool:
        """Whether a qualifier or change word ends right before `pos` (see the grammar)."""
        return False

    def numbers(self, text: str) -> list[ParsedNumber]:
        """Numbers and vague magnitudes in `text`, left to right, not overlapping."""
        candidates: list[ParsedNumber] = []
        words = self.words_of(text)
        negatives_here = not self.negative_words.isdisjoint(words)
        if self.vague_regex or (
            not self.vague_any.isdisjoint(words) and any(w <= words for w in self.vague_words)
        ):
            candidates.extend(self._vague(text))
        for m in self.digits_re.finditer(text):
            parsed = self._digits_at(text, m, negatives_here)
            if parsed is not None:
                candidates.append(parsed)
        if self.compound or words & self.word_vocabulary:
            for m in self.word_number_re.finditer(text):
                candidates.extend(self._words_at(text, m, negatives_here))
        if self.approximate_re is not None and not self.approximate_words.isdisjoint(words):
            for m in self.approximate_re.finditer(text):
                value = self.approximate[m.group("w").lower()]
                if m.group("s"):  # "a couple of hundred"
                    scale = m.group("s").lower()
                    value *= self.scales.get(scale) or self.words[scale]
                candidates.append(
                    ParsedNumber(m.start(), m.end(), (value,), "about", "", in_words=True)
                )
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
            rule = self.vague_plain[SPACES.sub(" ", m.group("v").lower())]
            candidates.append(
                ParsedNumber(m.start(), m.end(), (rule.low, rule.high), "vague", m.group(0))
            )
        for pattern, rule in self.vague_regex:
            for m in pattern.finditer(text):
                candidates.append(
                    ParsedNumber(m.start(), m.end(), (rule.low, rule.high), "vague", m.group(0))
                )
        return candidates

    def digits_value(self, written: str) -> float | None:
        """The value of digits as written with this language's separators."""
        raw = written if written.isdigit() else self.grouping_re.sub("", written)
        if self.decimal != ".":
            raw = raw.replace(self.decimal, ".")
        try:
            return float(raw)
        except ValueError:
            return None

    def _digits_at(
        self, text: str, m: re.Match[str], negatives_here: bool = True
    ) -> ParsedNumber | None:
        written = m.group("num")
        value = self.digits_value(written)
        if value is None:
            return None
        end = m.end()
        comma = (
            self.decimal_comma_re.match(text, end)
            if self.decimal_comma_re is not None and written.isdigit()
            else None
        )
        if comma is not None:
            value = float(f"{written}.{comma.group('d')}")  # "8,26 %": 8.26 percent
            end = comma.end("d")
        start = m.start()
        if (
            start > 0
            and text[start - 1] in "-−"
            # (the character before the sign is all the pattern reads: searched from the
            # text's start, a line of many signed numbers was quadratic)
            and _NEGATIVE_SIGN_OK.search(text, max(0, start - 2), start - 1)
        ):
            value = -value  # "-15C", "(−3.2%)"; a dash between two numbers is a range
            start -= 1
        factor = 1.0
        suffix_text = ""
        # a scale word ("Mio.", "million") before a suffix that starts it ("Mio")
        suffix = None if self.scale_word_re.match(text, end) else self.suffix_re.match(text, end)
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

    def tokens(self, phrase: str) -> list[str]:
        """The lower-case words of a number in words; compound words cut into their parts
        where the language writes them together ("dreiundzwanzig")."""
        if self.by_trie:
            return [" ".join(t.lower().split()) for t in self.token_re.findall(phrase)]
        return [t.lower() for t in _SPACES_OR_DASHES.split(phrase) if t]

    def _words_at(
        self, text: str, m: re.Match[str], negatives_here: bool = True
    ) -> list[ParsedNumber]:
        phrase = m.group(0)
        cut = None if self.compound else self._two_numbers(phrase)
        if cut is not None:
            # "between two and three metres", "two and one package": two numbers, not a sum
            head = self.word_number_re.match(text, m.start(), m.start() + cut[0])
            tail = self.word_number_re.match(text, m.start() + cut[1], m.end())
            return [
                *(self._words_at(text, head, negatives_here) if head else ()),
                *(self._words_at(text, tail, negatives_here) if tail else ()),
            ]
        tokens = [t for t in self.tokens(phrase) if t != "-"]
        # an article must lead a number ("a dozen"), never stand for one
        if not tokens or tokens[-1] in self.articles:
            return []
        has_article = tokens[0] in self.articles
        start = m.start()
        if (
            has_article
            and len(tokens) > 1
            and tokens[1] in self.words
            and self.words[tokens[1]] < 100
        ):
            # "a one-bedroom flat", "a two-way race": the article is not part of the number
            article = self.article_re.match(phrase)
            if article is None:  # written together: "einunddreißig", "einhundert"
                return (
                    [ParsedNumber(start, m.end(), (value,), in_words=True)]
                    if (value := self.word_value(phrase)) is not None
                    else []
                )
            phrase = phrase[article.end() :]
            start = m.end() - len(phrase)
            tokens, has_article = tokens[1:], False
        core = [t for t in tokens if t not in self.articles and t not in self.joiners]
        if not core:
            return []
        if all(t in self.fractions for t in core):
            # "a third", "half of": a fraction word alone is an ordinal or a noun otherwise,
            # and so is "a fourth straight win" (a word that is not a preposition follows)
            followed_by_of = self.of_after_re.match(text, m.end()) is not None
            # "nearly half", "fallen by half": a qualifier or change before makes it a number
            before = text[max(0, start - 8) : start].lower().split()
            led = self.led(text, start) or (
                bool(before) and before[-1] in self.by_words and text[start - 1 : start] == " "
            )
            if len(core) > 1 or not (has_article or followed_by_of or led):
                return []
            following = NEXT_WORD.match(text, m.end())
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

    def _two_numbers(self, phrase: str) -> tuple[int, int] | None:
        """Where a joiner stands between two numbers rather than inside one: after a word
        under a hundred ("two and three", "five and six hundred"), unless a fraction follows
        ("two and a half") or units follow tens ("vingt et un", "soixante et onze"). (end of the
        first, start of
        the second), or None."""
        for joint in self.joiner_re.finditer(phrase):
            before = phrase[: joint.start()].split()
            after = phrase[joint.end() :].split()
            if not before or not after:
                continue
            first, second = before[-1].lower(), after[0].lower()
            if first not in self.words or second not in self.words:
                continue
            low, next_value = self.words[first], self.words[second]
            if low >= 100 or (low >= 20 and low % 10 == 0 and next_value < 20):
                continue
            return joint.start(), joint.end()
        return None

    def word_value(self, phrase: str) -> float | None:
        """The value of a number written in words: 'ninety thousand', 'half a million'."""
        if self.by_trie:
            tokens = [t for t in self.tokens(phrase) if t != "-" and t not in self.joiners]
        else:
            tokens = [
                t.lower()
                for t in _SPACE_OR_DASH.split(phrase)
                if t and t.lower() not in self.joiners
            ]
        if not tokens or all(t in self.articles for t in tokens):
            return None
        total = 0.0
        current = 0.0
        fraction: float | None = None
        seen_number = False
        article = False  # "one and a half": the fraction after "a" is of one, not of one
        last_scale = False
        last_word = 0.0  # the word under a hundred added last, since a hundred or a scale
        decimals: str | None = None  # the digits said after a decimal word ("point five")
        for token in tokens:
            if token in self.decimal_words:
                if decimals is not None or not current or fraction is not None:
                    return None
                decimals = ""
                continue
            if decimals is not None:
                if token in self.words and self.words[token] < 10:
                    decimals += f"{self.words[token]:.0f}"
                    continue
                if not decimals or token not in self.scales:
                    return None
                current += float("0." + decimals)  # "three point five million"
                decimals = None
            if token in self.articles:
                if current == 0 and fraction is None:
                    current = 1.0  # "a million"; but "half a million" is half of one
                else:
                    article = True
                continue
            if token in self.words:
                value = self.words[token]
                if value == 100:
                    current = (current or 1.0) * 100
                    last_word = 0.0
                else:
                    if (
                        last_word
                        and not self.compound
                        and (
                            value >= last_word
                            or (
                                self.after_tens_below
                                and last_word >= 20
                                and last_word % 10 == 0
                                and value >= self.after_tens_below
                            )
                        )
                    ):
                        # "nineteen ninety-eight", "fifty-fifty", "twenty nineteen": words
                        # written in turn add up only from larger to smaller, and after tens
                        # only a unit ("twenty-five"); else they are no one number
                        return None
                    current += value
                    last_word = value
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
                if token in self.counted_fractions and current:
                    part = current * self.counted_fractions[token]  # "three quarters"
                elif current and token not in self.counted_fractions:
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
                last_word = 0.0
            else:
                return None
        if not seen_number or decimals == "":
            return None
        if decimals:
            current += float("0." + decimals)
        return total + current + (fraction or 0.0)
