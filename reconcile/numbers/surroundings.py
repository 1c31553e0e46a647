"""What surrounds a number: qualifiers, changes, currencies, units, rates, counted nouns.

The grammar of one language's words around a number found by the scanner; the words come
from `qualifiers.toml`, `units.toml`, `currencies.toml` and `nouns.toml`.
`Surroundings.after_number` reads what follows a number in a fixed order of steps; the
`*_before` methods read what comes before it.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from reconcile.models import Change, Qualifier
from reconcile.numbers.patterns import (
    LOWER_WORD,
    SPACES,
    PhrasesBefore,
    alternation,
    first_words,
    words_of,
)
from reconcile.numbers.scanner import NEXT_WORD, ParsedNumber
from reconcile.rules import RuleSet

_QUALIFIER_SIGNS = frozenset("~<>=≤≥")
# the least amount, unscaled, that a currency word which is also an ordinary word names money
# after ("50,000 won"; "7 won by the champion" is the verb)
_HOMOGRAPH_LEAST = 1000
_CODE = re.compile(r"[A-Z]{3}")  # an ISO 4217 code
_WORD = re.compile(r"[\w’'-]+")
_NUMBER_SOON = re.compile(r"\s+(?:[^\W\d_]+\s+)?[^\w\s]?\s?\d")
_LAST_WORD = re.compile(r"(?<![\w-])[\w-]+$")
# Letters a case-blind pattern matches to an ASCII letter that do not lower to it ("ſ" to "s"):
# a sentence holding one is always scanned.
_LOWERS_APART = re.compile("[\u0130\u0131\u017f]")


# a country's name or initials in brackets after a number, before its currency's name
_BRACKET_MARK = re.compile(r" \(([^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2})\)")


# spaces that may stand between a currency sign and its figure on one line, and how many
# (a link blanked to spaces keeps its length: a few dozen)
_BLANKS = frozenset(" \t\u00a0")
_BLANK_REACH = 200


_ONE_WORD = re.compile(r"\s+[^\W\d_][\w-]*")


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


class Surroundings:
    """Compiled patterns for the words around a number, for one language's rules."""

    def __init__(self, rules: RuleSet) -> None:
        words = rules.numbers
        of = alternation(words.of_words)
        self.of_between_re = re.compile(r"\s+" + of + r"(?=\s)", re.I)
        self.of_lower = frozenset(w.lower() for w in words.of_words)
        # "half of the votes", "about a quarter, of its dealers": a share of a whole
        # and "a two-thirds majority": a share named by a noun of `share_nouns`
        share = (
            r"|[\s-]+" + alternation(words.share_nouns) + r"(?![\w-])" if words.share_nouns else ""
        )
        self.share_of_re = re.compile(r"\s*,?\s+" + of + r"(?=\s)" + share, re.I)
        # between two figures, what sets the second off as the first restated: a comma, or
        # the words the first's share is of and a comma ("about a quarter of the staff, ")
        self.apposed_gap_re = re.compile(r"\s*,\s*|\s+" + of + r"\s+[^\d,;:()]{1,60},\s*", re.I)
        # a counted noun is looked for among the first three words (`_noun_after`)
        self.noun_words_re = re.compile(r"(\s+" + of + r")?((?:[\s-]+[\w’'-]+){1,3})", re.I)
        # a name between a number and what it counts: capitalized words, maybe its acronym in
        # brackets after it ("145 Acme Liberation Front (ALF) fighters"), as far as the rules
        # read one (`name_words`, `name_chars`)
        self.name_run_re = re.compile(
            rf"(?:\s+(?=[A-Z])[\w’'.&-]+){{1,{max(1, words.name_words)}}}"
            r"(?:\s*\((?=[A-Z])[\w.&-]+\))?\s+"
        )
        self.name_chars = words.name_chars
        self.by_words = frozenset(w.lower() for w in words.by_words)
        self.clause_break_re = re.compile(
            r"[;:()]|,\s|\b" + alternation(rules.qualifiers.clause_breaks) + r"\b"
        )
        self.not_noun_endings = tuple(rules.nouns.not_noun_endings)
        self.cued_percent = frozenset(w.lower() for w in rules.units.cued_percent)
        self.index_re = re.compile(
            r"(?<![\w&])" + alternation(rules.units.index_cues, fold=True) + r"(?![\w&])", re.I
        )
        self.index_unit = rules.units.index_unit
        self.index_point_re = re.compile(
            r"(?<![\w&])" + alternation(rules.units.index_point_cues) + r"(?![\w&])", re.I
        )
        self.index_point_first = frozenset(
            LOWER_WORD.findall(cue.lower())[0]
            for cue in rules.units.index_point_cues
            if LOWER_WORD.findall(cue.lower())
        )
        # the point cues that speak of shares in words ("poll", "vote"), not a percent sign:
        # "the market fell 508 points, or 2%" is an index's fall
        percent_words = {k.lower() for k in rules.units.percent}
        share_cues = [c for c in rules.units.point_cues if c.lower() not in percent_words]
        self.share_cue_re = re.compile(r"(?<![\w])" + alternation(share_cues) + r"(?![\w])", re.I)
        decimals = rules.units.index_decimals
        self.index_figure_re = (
            re.compile(
                rf"\d[.]\d{{{decimals}}}(?!\d)\s*" + alternation(rules.units.cued_percent) + r"\b",
                re.I,
            )
            if decimals > 0 and rules.units.cued_percent
            else None
        )
        # a sentence is searched for an index only when it has the first word of a cue
        self.index_first = frozenset(
            LOWER_WORD.findall(cue.lower())[0]
            for cue in rules.units.index_cues
            if LOWER_WORD.findall(cue.lower())
        )
        self.time_anchor_re = re.compile(
            r"\s+" + alternation(rules.units.time_anchors) + r"(?![\w])", re.I
        )
        self.multiple_cued = bool(rules.units.multiple_cues)  # else "times" is always a multiple
        possessive = (
            r"|[^\W\d_][\w.-]*" + alternation(rules.units.multiple_possessives)
            if rules.units.multiple_possessives
            else ""
        )
        self.multiple_re = re.compile(
            r"\s+(?:" + alternation(rules.units.multiple_cues) + possessive + r")(?![\w])", re.I
        )
        self.multiple_words = frozenset(w.lower() for w in rules.units.multiple_words)
        self.factor_before = (
            PhrasesBefore({p: p for p in rules.units.factor_phrases}, r"\s+")
            if rules.units.factor_phrases
            else None
        )
        self.multiple_unit = next((a for a, e in rules.units.aliases.items() if e == "times"), "")
        self.article_after_re = re.compile(
            r"\s+" + alternation(rules.numbers.articles) + r"(?=\s)", re.I
        )
        self.time_adjectives = frozenset(w.lower() for w in rules.units.time_unit_adjectives)
        self.time_adjective_re = re.compile(
            r"\s+" + alternation(rules.units.time_unit_adjectives) + r"(?=\s)", re.I
        )
        # a list of figures: "96 points and 50 points", "aged nine, ten and 49"
        joiner = alternation(rules.numbers.joiners)
        self.listed_re = re.compile(rf"\s*,\s*(?:{joiner}\s+)?|\s+{joiner}\s+", re.I)
        self.list_end_re = re.compile(rf"\s*(?:[,.;:)]|{joiner}\b|$)", re.I)
        self.age_unit = rules.units.age_unit
        self.age_before = PhrasesBefore({p: p for p in rules.units.age_before}, r"\s+")
        self.age_noun_re = re.compile(
            r"(?<![\w'’.-])"
            + (alternation(rules.units.age_nouns) if rules.units.age_nouns else "(?!)")
            + r"\s*,\s*$",
            re.I,
        )
        # "Conyers, the former Dean of the House, was 90.": a name, an apposition, a verb
        # of `age_subject_verbs`, then (at the match's end) the number ending the sentence
        units = rules.units
        self.named_subject_was_re = (
            re.compile(
                r"\s*"
                + (
                    rf"(?!(?:{alternation(units.age_subject_determiners)})\b)"
                    if units.age_subject_determiners
                    else ""
                )
                + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,[^.;:!?]*,\s*"
                + rf"(?:{alternation(units.age_subject_verbs)})\s+$"
            )
            if units.age_subject_verbs
            else None
        )
        self.age_next_re = re.compile(
            r"\s+" + alternation(rules.units.age_before) + r"(?![\w-])", re.I
        )
        self.index_levels = frozenset(w.lower() for w in rules.units.index_levels)
        self.level_article = PhrasesBefore({p: p for p in rules.units.level_articles}, r"\s+")
        self.durations = frozenset(rules.units.durations)
        self.lengths = frozenset(rules.units.lengths)
        quals = rules.qualifiers
        self.range_to = frozenset(w.lower() for w in quals.range_to)
        self.range_from = frozenset(w.lower() for w in quals.range_from)
        self.range_between = frozenset(w.lower() for w in quals.range_between)
        self.range_and = frozenset(w.lower() for w in quals.range_and)
        self.range_or = frozenset(w.lower() for w in quals.range_or)
        # "fifty, sixty people": a range said in turn has its second end near the first
        self.range_most_apart = quals.range_most_apart
        self.joiners_lower = frozenset(w.lower() for w in rules.numbers.joiners)
        # "dropped 697 points, or 2.1%", "fell 678 points or 7.3%", "about 50 miles (80 km)"
        self.restated_re = re.compile(
            r"\s*(?:,\s*)?(?:" + alternation(quals.restating) + r")\s+|\s*\(\s*", re.I
        )
        quals = rules.qualifiers
        self.qualifier = PhrasesBefore({p: q.name for q in quals.qualifier for p in q.phrases})
        # "over reportedly 85%": a hedge between a qualifier and its number
        self.hedge = PhrasesBefore({p: p for p in quals.hedges}) if quals.hedges else None
        # "cut by, reportedly, a factor of two": a hedge set off by commas after the change
        self.comma_hedge_re = (
            re.compile(r",\s*(?:" + alternation(quals.hedges) + r")\s*,\s*$", re.I)
            if quals.hedges
            else None
        )
        # "1010 ± 195 light years": a figure, its margin of error, the unit of both
        self.error_sign_re = (
            re.compile(r"\s*(?:" + alternation(quals.error_signs) + r")\s*")
            if quals.error_signs
            else None
        )
        after_q = {p: q.name for q in quals.qualifier for p in q.after}
        self.qualifier_after_name = {p.lower(): n for p, n in after_q.items()}
        self.qualifier_after_re = re.compile(
            r"(?P<q>\s*(?:" + alternation(after_q) + r"))(?![\w])", re.I
        )
        # "a thousand, tops", "two million euros, give or take": set off by a comma, at the
        # end of the clause
        aside_q = {SPACES.sub(" ", p.lower()): q.name for q in quals.qualifier for p in q.aside}
        self.qualifier_aside_name = aside_q
        self.qualifier_aside_re = (
            re.compile(
                r"\s*,\s*(?P<q>"
                + alternation(aside_q, fold=True)
                + r")(?=\s*(?:[.,;:!?\"'”’)]|$))",
                re.I,
            )
            if aside_q
            else None
        )
        self.during = frozenset(p.lower() for p in quals.during)
        self.depth = frozenset(SPACES.sub(" ", p.lower()) for p in quals.depth)
        # "like three other states": a hedge word that compares before "other"
        self.comparing = frozenset(SPACES.sub(" ", p.lower()) for p in quals.comparing)
        self.compared_after_re = re.compile(
            r"\s+" + alternation(quals.compared_after) + r"(?![\w-])", re.I
        )
        # "cut two years off the term": a verb before the figure, "off" after it
        self.change_off = PhrasesBefore(
            {v: c.direction for c in quals.change for v in c.before_off}, r"\s+"
        )
        self.taken_off_re = re.compile(r"\s+" + alternation(quals.taken_off) + r"(?![\w-])", re.I)
        # "an estimated death toll of 300": a qualifier, a noun or two and "of" before a number
        self.before_noun_re = (
            re.compile(
                r"(?<![\w-])(?P<q>"
                + alternation(quals.before_noun)
                + r")(?:\s+[^\W\d_][\w'’-]*){1,2}\s+"
                + of
                + r"\s+$",
                re.I,
            )
            if quals.before_noun
            else None
        )
        self.before_noun_first = frozenset(
            w for p in quals.before_noun for w in LOWER_WORD.findall(p.lower())[-1:]
        )
        # "in over a decade": a qualifier and an article before a unit of time, after a word
        # of `span_before`; looked for only where a sentence has a word of `span_units`
        span_aliases = [a for a, e in rules.units.aliases.items() if e in rules.units.durations]
        self.span_qualifier = {
            SPACES.sub(" ", p.lower()): q.name for q in quals.qualifier for p in q.phrases
        }
        self.span_units = frozenset(a.lower() for a in span_aliases if " " not in a)
        self.span_re = (
            re.compile(
                r"(?<![\w-])"
                + alternation(quals.span_before)
                + r"\s+(?P<q>"
                + alternation([p for q in quals.qualifier for p in q.phrases if p[:1].isalpha()])
                + r")\s+(?P<a>"
                + alternation(rules.numbers.articles)
                + r")\s+(?P<u>"
                + alternation(span_aliases)
                + r")(?![\w-])",
                re.I,
            )
            if quals.span_before and span_aliases and rules.numbers.articles
            else None
        )
        self.levels = frozenset(SPACES.sub(" ", p.lower()) for p in quals.levels)
        singular = [a for a in rules.units.aliases if a[:1].isalpha() and " " not in a]
        self.unit_and_re = (
            re.compile(
                r"(?<![\w-])"
                + alternation(rules.numbers.articles)
                + r"\s+(?P<u>"
                + alternation(singular)
                + r")\s+"
                + alternation(rules.numbers.joiners)
                + r"\s+$",
                re.I,
            )
            if rules.numbers.articles and rules.numbers.joiners and singular
            else None
        )
        self.place_after_re = re.compile(
            r"\s+" + alternation(quals.places_after) + r"(?![\w-])", re.I
        )
        self.amounts = frozenset(SPACES.sub(" ", p.lower()) for p in quals.amounts)
        self.change = PhrasesBefore(
            {p: c.direction for c in quals.change for p in (*c.phrases, *c.of_levels)}, r"\s+"
        )
        self.change_of_levels = frozenset(
            SPACES.sub(" ", p.lower()) for c in quals.change for p in c.of_levels
        )
        self.not_change = PhrasesBefore({p: p for p in quals.not_change}, "")
        self.not_qualifier = PhrasesBefore({p: p for p in quals.not_qualifier}, "")
        self.by_verbs = {v.lower(): c.direction for c in quals.change for v in c.by_verbs}
        self.by_verb_re = re.compile(
            r"(?<![\w-])(?P<v>" + alternation(self.by_verbs) + r")(?![\w-])", re.I
        )
        self.change_after_words = {p.lower(): c.direction for c in quals.change for p in c.after}
        self.change_after_re = re.compile(
            r"\s+(?:[a-z][a-z-]*\s+)?(?P<c>" + alternation(self.change_after_words) + r")(?![\w-])",
            re.I,
        )
        self.multipliers = {k.lower(): v for k, v in quals.multipliers.items()}
        self.multiplier_words = frozenset(self.multipliers)
        self.multiplier_re = re.compile(
            r"(?<![\w-])(?P<m>" + alternation(self.multipliers) + r")(?![\w-])", re.I
        )
        self.openers = PhrasesBefore({w: w for w in quals.range_openers}, r"\s+")
        connectors = [c for c in quals.range_connectors if c.isalpha()]
        dashes = [c for c in quals.range_connectors if not c.isalpha()]
        self.connector_re = re.compile(
            r"(?:\s*" + alternation(dashes) + r"\s*|\s+" + alternation(connectors) + r"\s+)",
            re.I,
        )
        currencies = rules.currencies.currency
        self.symbol_code = {s: c.code for c in currencies for s in c.symbols}
        self.word_code = {w.lower(): c.code for c in currencies for w in c.words}
        self.minor_code = {w.lower(): c.code for c in currencies for w in c.minor}
        self.homographs = frozenset(w.lower() for c in currencies for w in c.homographs)
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
        self.sign_after_re = re.compile(r"\s?(?P<sign>" + alternation(lone_signs) + r")(?![\w$])")
        minor_long = [w for w in self.minor_code if len(w) > 1]
        minor_short = [w for w in self.minor_code if len(w) == 1]
        self.currency_after_re = re.compile(
            r"(?:[\s-]*(?P<cur>"
            + alternation(self.word_code)
            + r")|[\s-]*(?P<minor>"
            + alternation(minor_long)
            + r")|(?P<minor_short>"
            + alternation(minor_short)
            + r"))(?![\w])",
            re.I,
        )
        # "5 billion VND": an ISO code after the number, as written (in capitals)
        codes = [s for s in self.symbol_code if _CODE.fullmatch(s)]
        self.code_after_re = re.compile(r"[\s-]?(?P<code>" + alternation(codes) + r")(?![\w$])")
        # "forty-five thousand pounds": money after a scale word, unless "of" follows
        self.scaled_code = {w.lower(): c.code for c in currencies for w in c.scaled_words}
        self.scaled_currency_re = (
            re.compile(
                r"[\s-]*(?P<cur>"
                + alternation(self.scaled_code)
                + r")(?![\w])(?!\s+"
                + of
                + r"\b)",
                re.I,
            )
            if self.scaled_code
            else None
        )
        units = rules.units
        self.percent_kind = {k.lower(): v for k, v in units.percent.items()}
        self.percent_re = re.compile(
            r"(?:\s?|-)(?P<pct>" + alternation(self.percent_kind) + r")(?![\w])", re.I
        )
        self.point_cue_re = re.compile(
            r"(?<![\w])" + alternation(units.point_cues) + r"(?![\w])", re.I
        )
        self.aliases = dict(units.aliases)
        self.alias_lower = {a.lower(): e for a, e in units.aliases.items()}
        tiny = [a for a in units.aliases if len(a) == 1]
        short = [a for a in units.aliases if 1 < len(a) <= 3]
        long = [a for a in units.aliases if len(a) > 3]
        self.unit_re = re.compile(
            r"(?P<tiny>"
            + alternation(tiny)
            + r")(?![\w/°])|[\s-]?(?P<short>"
            + alternation(short)
            + r")(?![\w/])|[\s-]?(?P<long>"
            + alternation(long)
            + r")(?![\w/])",
        )
        self.unit_long_ci = re.compile(r"[\s-]?(?P<long>" + alternation(long) + r")(?![\w/])", re.I)
        # a one-letter unit written apart (by a space, or a no-break space) only where a
        # conversion or a race word follows it:
        # "around 50 m (165 ft) apart", "the 400 m hurdles" (not "50 m people")
        self.unit_tiny_spaced = re.compile(
            r"[ \u00a0](?P<tiny>"
            + alternation(tiny)
            + r")(?=\s*\(\s*(?:about |around |some |roughly )?\d|\s+(?:"
            + alternation(units.suffix_unit_words)
            + r")\b)"
        )
        self.suffix_unit_words = frozenset(w.lower() for w in units.suffix_unit_words)
        self.ages = {SPACES.sub(" ", p.lower()): u for p, u in units.ages.items()}
        self.age_first = frozenset(p[:1] for p in self.ages)
        self.age_re = re.compile(r"(?P<age>" + alternation(self.ages) + r")(?![\w])", re.I)
        self.per_re = re.compile(
            r"\s+(?P<per>(?:"
            + alternation(units.per)
            + r")\s+(?P<per_unit>"
            + alternation(units.aliases)
            + r"))(?![\w-])",
            re.I,
        )
        # "or $2 per share", "or 9 a day": the amount before it said again per one thing
        self.per_thing_re = re.compile(r"\s+(?:" + alternation(units.per) + r")\s+[^\W\d_]", re.I)
        self.rate_gap_re = re.compile(
            r"(?:\s+(?:" + of + r"\s+)?[a-z][\w-]*){0,3}?(?=\s+" + alternation(units.per) + r"\s)",
            re.I,
        )
        self.not_rate_re = re.compile(r"\s+" + alternation(units.not_rates) + r"\b", re.I)
        self.noun_classes = {n.lower(): c.name for c in rules.nouns.noun_class for n in c.nouns}
        self.known_noun_re = re.compile(
            r"(?P<noun>" + alternation(self.noun_classes) + r")(?![\w-])", re.I
        )
        self.stopwords = frozenset(w.lower() for w in rules.nouns.stopwords)
        self.measured = {k.lower(): v for k, v in rules.nouns.measured.items()}
        self.measured_re = re.compile(r"\b(?P<m>" + alternation(self.measured) + r")\b", re.I)
        self.measured_first = first_words(self.measured)

    # ----------------------------------------------------------------------------- numbers

    # ---------------------------------------------------------------- before and after
    def qualifier_before(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """The qualifier phrase ending right before `pos`, longest first."""
        if pos and not text[pos - 1].isspace() and text[pos - 1] not in _QUALIFIER_SIGNS:
            return None
        found = self.qualifier.find(text, pos)
        if found is None and self.hedge is not None:
            hedge = self.hedge.find(text, pos)
            if hedge is not None and hedge[2] and text[hedge[2] - 1].isspace():
                found = self.qualifier.find(text, hedge[2])  # "over reportedly 85%"
        if found is None:
            return None
        if self.not_qualifier.find(text, found[2] + len(found[1])) is not None:
            return None  # "ticked up to 3.8%", "took over 40 towns"
        if found[0] == "about" and found[2] and text[found[2] - 1].isspace():
            # "more than an estimated 300", "at least about 50": the bound said first holds
            outer = self.qualifier.find(text, found[2])
            if (
                outer is not None
                and outer[0] != "about"
                and self.not_qualifier.find(text, outer[2] + len(outer[1])) is None
            ):
                found = outer
        return found[0], found[1], found[2]  # type: ignore[return-value]

    def unit_before_fraction(self, text: str, pos: int) -> tuple[int, str] | None:
        """Where "a year and" starts and its unit, when it ends right before `pos` (the
        fraction after it adds to the one unit: "a year and a half", "an hour and a half")."""
        if self.unit_and_re is None:
            return None
        m = self.unit_and_re.search(text, max(0, pos - 40), pos)
        return None if m is None else (m.start(), m.group("u"))

    def opener_before(self, text: str, pos: int) -> tuple[str, str, int] | None:
        """The range opener ending right before `pos` ("between 10 and 20"), or before a
        hedge there ("between like one and five million")."""
        found = self.openers.find(text, pos)
        if found is None and self.hedge is not None:
            hedge = self.hedge.find(text, pos)
            if hedge is not None and hedge[2] and text[hedge[2] - 1].isspace():
                found = self.openers.find(text, hedge[2])
        if found is None and pos and text[pos - 1].isspace():
            # "between about 20 and 30": the range says how exact it is
            q = self.qualifier.find(text, pos)
            if q is not None and q[0] == "about" and q[2] and text[q[2] - 1].isspace():
                found = self.openers.find(text, q[2])
        return found

    def qualifier_before_noun(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """A qualifier of `before_noun` with a noun or two and "of" between it and `pos`:
        "an estimated death toll of 300"."""
        if self.before_noun_re is None or self.before_noun_first.isdisjoint(self.words_of(text)):
            return None
        m = self.before_noun_re.search(text, max(0, pos - 60), pos)
        if m is None:
            return None
        found = self.qualifier.find(text, m.end("q"))
        if found is None or found[2] != m.start("q"):
            return None
        return found[0], found[1], found[2]  # type: ignore[return-value]

    def qualifier_after(self, text: str, pos: int) -> tuple[Qualifier, str, int] | None:
        """A qualifier written after the number ('1,000 or more', '500-plus')."""
        m = self.qualifier_after_re.match(text, pos)
        if m is None and self.qualifier_aside_re is not None and text[pos : pos + 1] == ",":
            aside = self.qualifier_aside_re.match(text, pos)
            if aside is not None:
                aside_name = self.qualifier_aside_name[SPACES.sub(" ", aside.group("q").lower())]
                return aside_name, aside.group("q"), aside.end()
        if m is None or _NUMBER_SOON.match(text, m.end()):
            return None  # "fell 678 points or more than 7.3%": another figure follows
        phrase = m.group("q").strip().lower()
        name = self.qualifier_after_name.get(phrase) or self.qualifier_after_name.get(
            SPACES.sub(" ", phrase)
        )
        if name is None:
            return None
        return name, m.group("q").strip(), m.end()

    def change_before(self, text: str, pos: int) -> tuple[Change, str, int] | None:
        """A change phrase ('rose', 'fell by') ending right before `pos`, or before a hedge
        set off by commas there ("cut by, reportedly, a factor of two")."""
        found = self._change_right_before(text, pos)
        if found is None and self.comma_hedge_re is not None:
            aside = self.comma_hedge_re.search(text, max(0, pos - 40), pos)
            if aside is not None:
                head = text[: aside.start()] + " "  # the text before the aside, as if it ended
                found = self._change_right_before(head, len(head))
        return found

    def _change_right_before(self, text: str, pos: int) -> tuple[Change, str, int] | None:
        found = self.change.find(text, pos)
        if found is None and self.hedge is not None:
            hedge = self.hedge.find(text, pos)
            if hedge is not None and hedge[2] and text[hedge[2] - 1].isspace():
                found = self.change.find(text, hedge[2])  # "rose a further 3%"
        if found is not None:
            if self.not_change.find(text, found[2] + len(found[1])) is not None:
                return None  # "shot down 23 drones"
            return found[0], found[1], found[2]  # type: ignore[return-value]
        by_end = pos
        while by_end > 0 and text[by_end - 1].isspace():
            by_end -= 1
        if by_end == pos:
            return None
        by = _LAST_WORD.search(text, max(0, by_end - 16), by_end)
        if by is None or by.group(0).lower() not in self.by_words:
            return None
        # "raised its key rate by 75 basis points": a change verb earlier in the clause
        clause = text[max(0, pos - 80) : pos]
        verbs = list(self.by_verb_re.finditer(clause))
        if verbs:
            verb = verbs[-1]
            between = clause[verb.end() :]
            if not self.clause_break_re.search(between):
                direction = self.by_verbs[verb.group("v").lower()]
                return direction, verb.group("v"), by.start()
        return None

    def compares(self, phrase: str, text: str, pos: int) -> bool:
        """Whether a qualifier phrase that also compares (`comparing`: "like") compares the
        number ending at `pos` to others, as "like three other states" does: a word of
        `compared_after` follows it. Else it hedges the number ("like 300 people": about)."""
        return (
            SPACES.sub(" ", phrase.lower()) in self.comparing
            and self.compared_after_re.match(text, pos) is not None
        )

    def change_taken_off(self, text: str, pos: int, end: int) -> tuple[Change, str, int] | None:
        """A change stated by a verb ending before `pos` and a word after `end` (`before_off`,
        `taken_off`): "cut two years off the term", "wiped 5% from its value" are changes down
        of that size. (The caller asks it only of a measure, a percentage or a sum.)"""
        if not self.taken_off_re.match(text, end):
            return None
        found = self.change_off.find(text, pos)
        if found is None:
            return None
        return found[0], found[1], found[2]  # type: ignore[return-value]

    def change_verb_before(self, text: str, pos: int) -> bool:
        """Whether a change verb stands earlier in the clause that ends at `pos` ("increasing
        the death toll from 14 to 31")."""
        clause = text[max(0, pos - 80) : pos]
        verbs = list(self.by_verb_re.finditer(clause))
        return bool(verbs) and not self.clause_break_re.search(clause[verbs[-1].end() :])

    def change_after(self, text: str, pos: int) -> tuple[Change, str] | None:
        """A change word after the number and its unit ('a 5% pay rise', '6% fewer', '85%
        more fires'). Not after "or"/"and": "50% or higher" is a threshold, not a rise; nor
        after "of": "20 percent of more than 500 voters" is a share."""
        m = self.change_after_re.match(text, pos)
        if m is None:
            return None
        between = text[m.start() : m.start("c")].strip().lower()
        if between and (
            between in self.range_or or between in self.joiners_lower or between in self.of_lower
        ):
            return None  # "50% or higher", "20 percent of more than 500 voters": no change
        return self.change_after_words[SPACES.sub(" ", m.group("c").lower())], m.group("c")

    def currency_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """A currency sign right before `pos`: its ISO code and where it starts. Spaces
        alone may stand between them, as many as a blanked link leaves on one line
        ("US$" and the figure of a link after it, "US$     50.1 million")."""
        found = self._currency_right_before(text, pos)
        if found is not None:
            return found
        at = pos
        while at > 0 and pos - at < _BLANK_REACH and text[at - 1] in _BLANKS:
            at -= 1
        return self._currency_right_before(text, at) if pos - at > 1 else None

    def _currency_right_before(self, text: str, pos: int) -> tuple[str, int] | None:
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
        following = NEXT_WORD.match(text, number.end)
        if following is None or following.group(1).lower() not in self.suffix_unit_words:
            return number
        return ParsedNumber(
            number.start,
            number.end - len(suffix),
            (number.values[0] / number.scale,),
            in_words=number.in_words,
        )

    def names_index(self, text: str) -> bool:
        """Whether a sentence names a stock index (its 'points' are index points), by a cue
        or by a figure of points to an index's decimals ("at 3,883.36 points")."""
        if not self.index_unit:
            return False
        words = self.words_of(text)
        if not self.index_first.isdisjoint(words) and self.index_re.search(text) is not None:
            return True
        return (
            self.index_figure_re is not None
            and not self.cued_percent.isdisjoint(words)
            and self.index_figure_re.search(text) is not None
        )

    def names_index_points(self, text: str) -> bool:
        """Whether a sentence that names no index speaks of one's points: a word of
        `index_point_cues` ("the market tumbled 508 points") and no point cue ("poll")."""
        if not self.index_unit or self.index_point_first.isdisjoint(self.words_of(text)):
            return False
        return (
            self.index_point_re.search(text) is not None and self.share_cue_re.search(text) is None
        )

    def after_number(
        self, text: str, number: ParsedNumber, has_currency: bool, index: bool = False
    ) -> After:
        """Unit, currency, percent, rate and counted noun following `number`; `index`: the
        sentence names a stock index, whose "points" are index points.

        Read in two tables of steps: what is written right after the number (the first of
        `_MEASURES` that reads something: an age, a percent, a currency sign, a currency word,
        a unit), then what follows it (each of `_FOLLOWERS` in turn: a rate, a counted noun or
        measured concept, a rate after the noun, a measured concept nearby). What is read only
        to be set aside is not read: a percent sign after a currency, a currency word after a
        sign, a rate where there is no unit or currency.
        """
        after = After(number.end)
        found = self._index_points(text, number, has_currency) if index else None
        if found is not None:
            after = found
        else:
            for step in self._MEASURES:
                found = step(self, text, number, has_currency)
                if found is not None:
                    after = found
                    break
        after = after._replace(unit_end=after.end)
        for follow in self._FOLLOWERS:
            after = follow(self, text, after, has_currency)
        return after

    # ---------------------------------------------------- what stands right after a number
    def _age(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "a 12-year-old": an age in the unit the rules name."""
        if text[number.end : number.end + 1] not in self.age_first:
            return None
        age = self.age_re.match(text, number.end)
        if age is None:
            return None
        return After(age.end(), unit=self.ages[SPACES.sub(" ", age.group("age").lower())])

    def _index_points(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "fell 678 points" in a sentence naming a stock index: index points."""
        if has_currency:
            return None
        m = self.percent_re.match(text, number.end)
        if m is None or m.group("pct").lower() not in self.cued_percent:
            return None
        return After(m.end(), unit=self.index_unit)

    def _percent(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "5%", "3 percentage points"; a bare "points" only where shares are talked of."""
        if has_currency or not text[number.end : number.end + 2].strip():
            return None
        m = self.percent_re.match(text, number.end)
        if m is None:
            return None
        pct = m.group("pct").lower()
        if pct in self.cued_percent and not (
            abs(number.values[-1]) <= 100 and self.point_cue_re.search(text)
        ):
            return None
        return After(m.end(), percent=self.percent_kind.get(SPACES.sub(" ", pct), ""))

    def _sign_after(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "10 €", "100,000 ₭": a currency sign written after the number."""
        sign = None if has_currency else self.sign_after_re.match(text, number.end)
        if sign is None:
            return None
        return After(sign.end(), currency=self.symbol_code[sign.group("sign")])

    def _currency_word(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "5 dollars", "12 cents" (a hundredth of the currency)."""
        c = None if has_currency else self.currency_after_re.match(text, number.end)
        if c is None and number.qualifier == "vague" and not has_currency:
            of = self.of_between_re.match(text, number.end)  # "billions of dollars"
            c = self.currency_after_re.match(text, of.end()) if of else None
            c = c if c and c.group("cur") else None
        if c is None and not has_currency:
            code = self.code_after_re.match(text, number.end)
            if code is not None:
                return After(code.end(), currency=self.symbol_code[code.group("code")])
        if c is None and number.scaled and not has_currency and self.scaled_currency_re:
            scaled = self.scaled_currency_re.match(text, number.end)
            if scaled is not None:
                return After(scaled.end(), currency=self.scaled_code[scaled.group("cur").lower()])
        if c is None and not has_currency and text.startswith(" (", number.end):
            return self._currency_in_brackets(text, number)
        if c is None:
            return None
        if c.group("cur"):
            word = SPACES.sub(" ", c.group("cur").lower())
            if (
                word in self.homographs
                and not number.scaled
                and abs(number.values[-1]) < _HOMOGRAPH_LEAST
            ):
                return None  # "7 won by the champion": the verb, not the currency
            return After(c.end(), currency=self.word_code[word])
        word = (c.group("minor") or c.group("minor_short")).lower()
        return After(c.end(), currency=self.minor_code[word], factor=0.01)

    def _currency_in_brackets(self, text: str, number: ParsedNumber) -> After | None:
        """ "5 million (US) dollars", "2 billion (Hong Kong) dollars": a currency's name
        with its country in brackets, read as the name written whole."""
        mark = _BRACKET_MARK.match(text, number.end)
        c = self.currency_after_re.match(text, mark.end()) if mark is not None else None
        if mark is None or c is None or not c.group("cur"):
            return None
        joined = SPACES.sub(" ", f"{mark.group(1)} {c.group('cur')}".lower())
        code = self.word_code.get(joined)
        return After(c.end(), currency=code) if code is not None else None

    def _unit(self, text: str, number: ParsedNumber, has_currency: bool) -> After | None:
        """ "5 km", "millions of years"; a spaced unit never after a currency sign."""
        end = at = number.end
        if number.qualifier == "vague":
            of = self.of_between_re.match(text, end)
            at = of.end() if of else end  # "millions of years"
        u = self.unit_re.match(text, at) or self.unit_long_ci.match(text, at)
        if u is not None and at != end and not u.group(0)[:1].isspace():
            return None
        if u is None and at == end and not has_currency:
            u = self.unit_tiny_spaced.match(text, end)  # "50 m (165 ft)"
        if u is None and at == end:
            u = self._time_unit_after_adjective(text, end)  # "six straight days"
        if u is None and number.in_words and 0 < number.values[0] < 1:
            u = self._unit_after_article(text, end)  # "half a mile"
        if u is None:
            return None
        if has_currency and u.group(0)[:1].isspace():
            return None
        groups = u.groupdict()
        unit = groups.get("tiny") or groups.get("short") or groups.get("long") or ""
        return After(u.end(), unit=unit)

    # ------------------------------------------------------------- what follows after that
    def _rate(self, text: str, after: After, has_currency: bool) -> After:
        """ "$5 a day", "30 km per hour"."""
        if not (after.unit or after.currency or has_currency):
            return after
        p = self.rate_at(text, after.end)
        return after if p is None else after._replace(per=p[0], end=p[1])

    def _noun(self, text: str, after: After, has_currency: bool) -> After:
        """A counted noun ("90,000 troops", "6,000 shells a day"), or a measured concept
        joined by "of" ("80,000 kilograms of ammunition"; but not "$5 troops")."""
        noun_end, noun = self._noun_after(text, after.end)
        if not noun:
            return after
        if not (after.unit or after.percent or after.currency or has_currency):
            after = after._replace(noun=noun, end=noun_end)
            if not after.per:
                rate = self._per_after_noun(text, after.end)
                if rate is not None:
                    after = after._replace(per=rate[0], end=rate[1])
            return after
        if self.of_between_re.match(text, after.end, noun_end):
            return after._replace(noun=noun, end=noun_end)
        return after

    def _rate_of_count(self, text: str, after: After, has_currency: bool) -> After:
        """ "at a rate of 15 a year": a bare count at a rate."""
        if after.unit or after.percent or after.currency or has_currency or after.noun:
            return after
        if after.per:
            return after
        p = self.rate_at(text, after.end)
        return after if p is None else after._replace(per=p[0], end=p[1])

    def _rate_after_noun(self, text: str, after: After, has_currency: bool) -> After:
        """ "30 grams of fibre a day"."""
        if not (after.unit or after.currency or has_currency) or after.per:
            return after
        rate = self._per_after_noun(text, after.end)
        return after if rate is None else after._replace(per=rate[0], end=rate[1])

    def _measured(self, text: str, after: After, has_currency: bool) -> After:
        """A measured concept near a unit or currency: "$4 billion in military aid"."""
        if not (after.currency or has_currency or after.unit) or after.noun:
            return after
        noun = self._measured_near(text, after.end)
        return after._replace(noun=noun) if noun else after  # (its noun is "" already)

    _MEASURES = (_age, _percent, _sign_after, _currency_word, _unit)
    _FOLLOWERS = (_rate, _noun, _rate_of_count, _rate_after_noun, _measured)

    def _unit_after_article(self, text: str, pos: int) -> re.Match[str] | None:
        article = self.article_after_re.match(text, pos)
        if article is None:
            return None
        u = self.unit_re.match(text, article.end()) or self.unit_long_ci.match(text, article.end())
        return u if u is not None and u.group(0)[:1].isspace() else None

    def _time_unit_after_adjective(self, text: str, pos: int) -> re.Match[str] | None:
        if self.time_adjectives.isdisjoint(self.words_of(text)):
            return None
        adjective = self.time_adjective_re.match(text, pos)
        if adjective is None:
            return None
        u = self.unit_re.match(text, adjective.end()) or self.unit_long_ci.match(
            text, adjective.end()
        )
        if u is None or not u.group(0)[:1].isspace():
            return None
        written = u.group("tiny") or u.group("short") or u.group("long") or ""
        return u if self.alias_lower.get(written.lower(), "") in self.durations else None

    def rate_at(self, text: str, pos: int) -> tuple[str, int] | None:
        """A rate at `pos` ('a day', 'per tonne'), not a time ('a year earlier')."""
        p = self.per_re.match(text, pos)
        if p is None:
            return None
        expression = self.alias_lower.get(p.group("per_unit").lower(), "")
        if expression in self.durations and self.not_rate_re.match(text, p.end()):
            return None
        return p.group("per"), p.end()

    def _per_after_noun(self, text: str, pos: int) -> tuple[str, int] | None:
        """A time rate a few words after a counted noun ('6,000 shells a day'), or any rate
        right after "of" and the one word a unit measures ('0.002 moles of oxygen per cubic
        meter': a concentration)."""
        m = self.rate_gap_re.match(text, pos)
        if m is None:
            return None
        if m.end() > pos:
            last = _LAST_WORD.search(text, max(pos, m.end() - 24), m.end())
            if last is not None and last.group(0).lower() in self.stopwords:
                return None  # "20 dollars within a week": a time the rate word does not open
        p = self.rate_at(text, m.end())
        if p is None:
            return None
        expression = self.alias_lower.get(p[0].split()[-1].lower(), "")
        if expression not in self.durations and not self._of_one_word(text, pos, m.end()):
            return None
        return p

    def _of_one_word(self, text: str, pos: int, end: int) -> bool:
        """Whether `text[pos:end]` is "of" and one word: "moles of oxygen"."""
        of = self.of_between_re.match(text, pos)
        return of is not None and _ONE_WORD.fullmatch(text, of.end(), end) is not None

    def _noun_after(self, text: str, pos: int) -> tuple[int, str]:
        m = self.noun_words_re.match(text, pos, pos + 80)
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
            and not first.lower().endswith(self.not_noun_endings)  # "thousands protested"
        ):
            return words[0].end(), first
        if first[:1].isupper() and not m.group(1):
            # what a name stands before is what is counted ("145 Acme Liberation Front (ALF)
            # fighters": fighters), when the rules know it as a counted noun
            name = self.name_run_re.match(text, pos, pos + self.name_chars)
            known = self.known_noun_re.match(text, name.end()) if name else None
            if known:
                return known.end(), known.group("noun")
        return pos, ""

    def _measured_near(self, text: str, pos: int) -> str:
        if not self.may_hold(self.measured_first, text):
            return ""
        best = ""
        for m in self.measured_re.finditer(text, pos, min(len(text), pos + 60)):
            if len(m.group("m")) > len(best):
                best = m.group("m").lower()
        return best

    words_of = staticmethod(words_of)

    def may_hold(self, first: frozenset[str] | None, text: str) -> bool:
        """False when no phrase of a case-blind, word-bounded pattern can be in `text`: the
        first word of every phrase is missing from its words (see `first_words`)."""
        if first is None or not first.isdisjoint(self.words_of(text)):
            return True
        return not text.isascii() and _LOWERS_APART.search(text) is not None
