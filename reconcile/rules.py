"""Load `rules/*.toml` into one frozen, validated `RuleSet`.

Each rules file has a fixed name and a schema given by the frozen dataclasses below; the same
dataclasses (their field types and `doc` metadata) are the specification that error messages
quote and that `reconcile rules-doc` prints. Unknown files, unknown keys, values of the wrong
type, values outside a closed set and regular expressions that do not compile are all
reported together, each with its file and line. A user's `--rules DIR` is layered over the
bundled rules: tables are merged key by key, arrays are extended.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from reconcile.errors import Problem, RulesError


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


# ---------------------------------------------------------------------------------- numbers
@dataclass(frozen=True)
class VagueMagnitude:
    phrase: str = field(metadata=_doc("regex for the phrase, e.g. 'tens of thousands'", regex=True))
    low: float = field(metadata=_doc("lower end of the interval"))
    high: float = field(metadata=_doc("upper end of the interval (exclusive)"))


@dataclass(frozen=True)
class NumberRules:
    words: Mapping[str, float] = field(
        default_factory=dict, metadata=_doc("number words and their values: one = 1, twenty = 20")
    )
    scales: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("scale words and suffixes that multiply: million = 1e6, bn = 1e9"),
    )
    fractions: Mapping[str, float] = field(
        default_factory=dict, metadata=_doc("fraction words: half = 0.5, third = 0.3333")
    )
    vague: tuple[VagueMagnitude, ...] = field(
        default=(), metadata=_doc("vague magnitudes ('thousands of') and their intervals")
    )
    negatives: tuple[str, ...] = field(
        default=(), metadata=_doc("words before a number that make it negative: minus")
    )
    decimal_separator: str = field(
        default=".", metadata=_doc("the sign between whole and decimal part: '.' or ','")
    )
    thousands_separators: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "signs between groups of three digits besides spaces (always read): ',' or '.'"
        ),
    )
    articles: tuple[str, ...] = field(
        default=(), metadata=_doc("words that lead a number and stand for one: a, an")
    )
    joiners: tuple[str, ...] = field(
        default=(), metadata=_doc("words inside a number in words: 'one hundred and five'")
    )
    compound: bool = field(
        default=False,
        metadata=_doc("number words may be written as one word: 'dreiundzwanzig'"),
    )
    counted_fractions: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("plural fraction words multiplied by the count before: quarters = 0.25"),
    )
    of_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("the word between a number and what it counts: 'millions of', 'half of'"),
    )
    by_words: tuple[str, ...] = field(
        default=(), metadata=_doc("the word before the size of a change: 'fell by 5%'")
    )


# ------------------------------------------------------------------------------- qualifiers
QualifierName = Literal["about", "nearly", "over", "at_least", "under", "up_to"]


@dataclass(frozen=True)
class QualifierRule:
    name: QualifierName = field(metadata=_doc("the interval shape this qualifier gives"))
    phrases: tuple[str, ...] = field(metadata=_doc("words that come before the number"))
    after: tuple[str, ...] = field(
        default=(), metadata=_doc("words that come right after the number: 'or more', 'plus'")
    )


@dataclass(frozen=True)
class ChangeRule:
    direction: Literal["up", "down"] = field(metadata=_doc("direction of the change"))
    phrases: tuple[str, ...] = field(metadata=_doc("verbs/words that come before the number"))
    by_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs that make a later 'by N' in the same clause a change: 'raised'"),
    )
    after: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after the number (and its unit) that make it a change: 'rise'"),
    )


@dataclass(frozen=True)
class QualifierRules:
    qualifier: tuple[QualifierRule, ...] = field(
        default=(), metadata=_doc("qualifier words and the interval shape each gives")
    )
    change: tuple[ChangeRule, ...] = field(
        default=(), metadata=_doc("words that make a number a change, not a level")
    )
    range_connectors: tuple[str, ...] = field(
        default=(), metadata=_doc("words or signs between the two ends of a range: to, and, -")
    )
    range_openers: tuple[str, ...] = field(
        default=(), metadata=_doc("words before a range: between, from")
    )
    not_qualifier: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrases whose 'up to' or 'over' is no qualifier: 'ticked up to'"),
    )
    not_change: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrasal verbs whose 'up' or 'down' is no change: 'shot down'"),
    )
    during: tuple[str, ...] = field(
        default=(),
        metadata=_doc("qualifier phrases read as 'during' before a duration: 'over five years'"),
    )
    multipliers: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("change verbs that state a factor: doubled = 2, halved = 0.5"),
    )
    clause_breaks: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words that end a clause: a change verb before one is not this number's"),
    )
    restated: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between a figure and the same figure said another way: 'fell 5%, or 300"
            " points'; the second takes the first's change (and qualifier, in another unit)"
        ),
    )
    levels: tuple[str, ...] = field(
        default=(),
        metadata=_doc("qualifiers after a change verb that make the number a level: below"),
    )
    places_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a measure that make it where something is, not a change:"
            " 'crashed 40 km north of', 'sank 12 miles off'"
        ),
    )
    amounts: tuple[str, ...] = field(
        default=(),
        metadata=_doc("change phrases that state an amount, not a change, before money: lost"),
    )


# ---------------------------------------------------------------------------- units, money
@dataclass(frozen=True)
class UnitRules:
    definitions: str = field(
        default="", metadata=_doc("pint definitions file, relative to the rules folder")
    )
    aliases: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("unit words as written and the pint unit they mean: km = 'kilometer'"),
    )
    per: tuple[str, ...] = field(
        default=(), metadata=_doc("words that introduce a rate: per, a, an, each")
    )
    not_rates: tuple[str, ...] = field(
        default=(), metadata=_doc("words after 'a year' that make it a time, not a rate: ago")
    )
    percent: Mapping[str, Literal["percent", "percentage_point", "basis_point"]] = field(
        default_factory=dict,
        metadata=_doc("percent signs and words: '%' = 'percent', 'percentage points' = ..."),
    )
    point_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words in a sentence that make a bare 'points' percentage points: poll"),
    )
    suffix_unit_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after '200m' that make the suffix a unit, not a scale: freestyle"),
    )
    ages: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("age phrases right after a number and their unit: '-year-old' = 'year'"),
    )
    cued_percent: tuple[str, ...] = field(
        default=(),
        metadata=_doc("percent words read only in a sentence with a point cue: points"),
    )
    age_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrases right before a number that make it an age: aged, at the age of"),
    )
    age_unit: str = field(
        default="",
        metadata=_doc(
            "the unit alias of an age read from `age_before` or an apposition ('Doe, 51,')"
        ),
    )
    time_anchors: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a length of time that make it a point in time: ago, later"),
    )
    multiple_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after 'N times' that make it a multiple ('three times the size'); without"
            " one it counts how often ('champion five times')"
        ),
    )
    multiple_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("number words that are a multiple before a multiple cue: twice, thrice"),
    )
    time_unit_adjectives: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between a number and a unit of time: 'six straight days'"),
    )
    index_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words naming a stock index: in their sentence 'points' are index points"),
    )
    index_unit: str = field(
        default="",
        metadata=_doc("the unit alias of an index point, for 'points' and bare index levels"),
    )
    index_levels: tuple[str, ...] = field(
        default=(),
        metadata=_doc("nouns after an index level in digits: 'the 5000 mark', 'a 5,350 high'"),
    )


@dataclass(frozen=True)
class Currency:
    code: str = field(metadata=_doc("ISO 4217 code", pattern=r"^[A-Z]{3}$"))
    symbols: tuple[str, ...] = field(default=(), metadata=_doc("signs written before the number"))
    words: tuple[str, ...] = field(default=(), metadata=_doc("words written after the number"))
    minor: tuple[str, ...] = field(
        default=(), metadata=_doc("words for a hundredth of the currency: cents, pence")
    )


@dataclass(frozen=True)
class CurrencyRules:
    currency: tuple[Currency, ...] = field(default=(), metadata=_doc("currencies"))


# -------------------------------------------------------------------------------- nouns
@dataclass(frozen=True)
class NounClass:
    name: str = field(metadata=_doc("the class name shown in reports: 'military personnel'"))
    nouns: tuple[str, ...] = field(
        metadata=_doc("counted nouns in this class, plural and singular")
    )


@dataclass(frozen=True)
class NounRules:
    noun_class: tuple[NounClass, ...] = field(
        default=(), metadata=_doc("counted nouns grouped into classes that can be compared")
    )
    stopwords: tuple[str, ...] = field(
        default=(), metadata=_doc("words after a number that are never its counted noun")
    )
    measured: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("concepts measured in a unit or currency: 'security assistance' = 'aid'"),
    )
    not_noun_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc("endings of an unknown word after a number that make it no noun: ed"),
    )


# ---------------------------------------------------------------------------- names, offices
@dataclass(frozen=True)
class Alias:
    canonical: str = field(metadata=_doc("the form every variant is reduced to"))
    variants: tuple[str, ...] = field(metadata=_doc("other ways of writing the same thing"))


@dataclass(frozen=True)
class AliasRules:
    alias: tuple[Alias, ...] = field(default=(), metadata=_doc("words and names that are the same"))
    name_suffixes: tuple[str, ...] = field(
        default=(), metadata=_doc("parts of personal names to drop: Jr., III")
    )
    not_names: tuple[str, ...] = field(
        default=(), metadata=_doc("capitalized words that end a personal name: Tuesday, January")
    )
    name_prefixes: tuple[str, ...] = field(
        default=(),
        metadata=_doc("ranks and honorifics skipped before a personal name: Gen., Dr., Sir"),
    )
    surname_cutoff: float = field(
        default=80.0,
        metadata=_doc(
            "least rapidfuzz ratio (0-100) of two surnames spelled differently that still name"
            " one person when the first names agree: Shoigu / Shoygu",
            min=0,
            max=100,
        ),
    )


@dataclass(frozen=True)
class Office:
    key: str = field(metadata=_doc("stable id of the office", pattern=r"^[a-z0-9][a-z0-9-]*$"))
    label: str = field(metadata=_doc("how the report names the office"))
    titles: tuple[str, ...] = field(
        metadata=_doc("titles as written before a person's name (aliases apply)")
    )
    unqualified: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "those of the titles that name no country ('Defence Secretary'): two people named"
            " under one of them may hold two offices, so they are not a conflict"
        ),
    )


@dataclass(frozen=True)
class OfficeRules:
    office: tuple[Office, ...] = field(default=(), metadata=_doc("offices whose holders are facts"))
    not_current: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a title that say the person no longer holds it: former"),
    )


# --------------------------------------------------------------------- context and non-claims
@dataclass(frozen=True)
class ContextRules:
    attribution: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes whose group 'who' names the source of a claim", regex=True),
    )
    location: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes whose group 'where' names the place of a claim", regex=True),
    )
    time: tuple[str, ...] = field(
        default=(), metadata=_doc("regexes whose group 'when' is a claim's time anchor", regex=True)
    )
    scope_words: tuple[str, ...] = field(
        default=(), metadata=_doc("words that widen a place: 'and in', 'as well as'")
    )
    attribution_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words without which a sentence names no source (skips the attribution regexes); "
            "empty: always try them"
        ),
    )


@dataclass(frozen=True)
class NonClaimRules:
    patterns: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes for numbers that are not claims: years, dates, times", regex=True),
    )


@dataclass(frozen=True)
class SourceRules:
    furniture: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes (one line each) of page furniture to skip", regex=True),
    )
    published: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "regexes whose group 'date' is a publication date the text states", regex=True
        ),
    )
    author: tuple[str, ...] = field(
        default=(), metadata=_doc("regexes whose group 'author' is a byline", regex=True)
    )
    extensions: tuple[str, ...] = field(
        default=(".txt", ".md", ".html", ".htm", ".json"),
        metadata=_doc("file extensions read as sources when a folder is given"),
    )
    ignore: tuple[str, ...] = field(
        default=(), metadata=_doc("file name globs skipped when a folder is given: README*")
    )
    abbreviations: tuple[str, ...] = field(
        default=(), metadata=_doc("words ending in a period that do not end a sentence: Mr.")
    )
    not_sentence_ends: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "regexes for a last word with a period that ends no sentence: a German day"
            " '7.' before its month",
            regex=True,
        ),
    )


# ------------------------------------------------------------------------ verdicts, matching
@dataclass(frozen=True)
class Tolerance:
    exact: float = field(default=0.0, metadata=_doc("relative tolerance of a plain number", min=0))
    about: float = field(default=0.05, metadata=_doc("half-width of 'about' intervals", min=0))
    nearly: float = field(default=0.05, metadata=_doc("width below 'nearly' values", min=0))
    agree: float = field(
        default=0.0, metadata=_doc("relative difference still called agreement", min=0)
    )


@dataclass(frozen=True)
class Outcome:
    name: str = field(metadata=_doc("the outcome shown in reasons: 'killed'"))
    words: tuple[str, ...] = field(metadata=_doc("words that state it: killed, died, dead"))


@dataclass(frozen=True)
class MatchingRules:
    context_cutoff: float = field(
        default=50.0,
        metadata=_doc(
            "least pair score (0-100): the weighted words-around and story scores", min=0, max=100
        ),
    )
    max_block: int = field(
        default=60,
        metadata=_doc(
            "largest block compared pair by pair; larger blocks compare only claims that"
            " share a context word used by at most max_word_claims claims",
            min=2,
        ),
    )
    max_word_claims: int = field(
        default=50,
        metadata=_doc("a context word shared by more claims than this proposes no pairs", min=2),
    )
    window_cutoff: float = field(
        default=30.0,
        metadata=_doc(
            "least rapidfuzz score (0-100) of the words around two claims", min=0, max=100
        ),
    )
    story_cutoff: float = field(
        default=40.0,
        metadata=_doc(
            "least rapidfuzz score (0-100) of the proper names of two claims' sources",
            min=0,
            max=100,
        ),
    )
    story_weight: float = field(
        default=0.5,
        metadata=_doc(
            "weight (0-1) of the story score in a pair's score; the rest is the words around",
            min=0,
            max=1,
        ),
    )
    same_number_bonus: float = field(
        default=10.0,
        metadata=_doc(
            "added to the score (0-100) of two sources stating the same number in one block",
            min=0,
            max=100,
        ),
    )
    same_source_cutoff: float = field(
        default=95.0,
        metadata=_doc(
            "least context score (0-100) for two different numbers of one source to be one"
            " fact (the source contradicting itself) rather than two facts",
            min=0,
            max=100,
        ),
    )
    context_window: int = field(
        default=8, metadata=_doc("words on each side of a claim read as its context", min=1)
    )
    place_filler: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of a place phrase that name no place ('the', 'along', 'border'):"
            " two places differ only when their other words do not overlap"
        ),
    )
    context_filler: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words never compared as context, beyond the counted-noun stopwords"),
    )
    not_subjects: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words that never name a claim's subject: Officials, The"),
    )
    max_value_ratio: float = field(
        default=20.0,
        metadata=_doc(
            "two stated numbers further apart than this factor are never one fact", min=1
        ),
    )
    office_window_days: int = field(
        default=31,
        metadata=_doc(
            "sources published further apart than this may name different office holders"
            " without conflict (the office may have changed hands)",
            min=0,
        ),
    )
    event_cutoff: float = field(
        default=70.0,
        metadata=_doc("least rapidfuzz score (0-100) of two event names", min=0, max=100),
    )
    outcome: tuple[Outcome, ...] = field(
        default=(),
        metadata=_doc(
            "what happened to what is counted; two claims whose nearest outcome words differ"
            " (killed / injured) are different facts"
        ),
    )
    tolerance: Mapping[str, Tolerance] = field(
        default_factory=dict,
        metadata=_doc("tolerances per claim kind: count, money, measure, percent"),
    )


# ------------------------------------------------------------------------------- events
@dataclass(frozen=True)
class EventClass:
    name: str = field(metadata=_doc("the class name shown in reports: 'meeting'"))
    nouns: tuple[str, ...] = field(
        metadata=_doc("nouns that name an event of this class: meeting, summit, talks")
    )


@dataclass(frozen=True)
class EventRules:
    event_class: tuple[EventClass, ...] = field(
        default=(), metadata=_doc("event nouns grouped into classes that can be compared")
    )
    future_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that put a bare weekday after the publication date: will, set for, next"
        ),
    )
    place_before: tuple[str, ...] = field(
        default=("in", "at"), metadata=_doc("words before an event's place: in, at")
    )
    name_stop: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words that end an event's name read leftwards from its noun: the, is, with"),
    )
    not_places: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words after 'in' that are not places: January, Monday"),
    )
    weekday_names: tuple[str, ...] = field(default=(), metadata=_doc("weekday names, Monday first"))
    month_names: tuple[str, ...] = field(
        default=(),
        metadata=_doc("month names, January first; their first three letters are read too"),
    )
    month_abbreviations: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("other short month names and their number: Sept = 9"),
    )
    ordinal_suffixes: tuple[str, ...] = field(
        default=(), metadata=_doc("what follows a day of the month: st, nd, '.' (12. Januar)")
    )
    day_month_joiners: tuple[str, ...] = field(
        default=(), metadata=_doc("words between a day and its month: '12 of January'")
    )
    relative_days: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("words for a day relative to publication: yesterday = -1, today = 0"),
    )
    relative_months: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("phrases for a month relative to publication: 'last month' = -1"),
    )


SPECS: dict[str, type] = {
    "numbers.toml": NumberRules,
    "qualifiers.toml": QualifierRules,
    "units.toml": UnitRules,
    "currencies.toml": CurrencyRules,
    "nouns.toml": NounRules,
    "aliases.toml": AliasRules,
    "offices.toml": OfficeRules,
    "context.toml": ContextRules,
    "nonclaims.toml": NonClaimRules,
    "sources.toml": SourceRules,
    "matching.toml": MatchingRules,
    "events.toml": EventRules,
}


DEFAULT_LANGUAGE = "en"
LANGUAGES_DIR = "lang"  # rules/lang/<code>/ holds the words of one language
# Arrays of tables merged across layers by this key: a language's [[currency]] with code "EUR"
# adds words to the neutral one with that code instead of a second currency.
_IDENTITY_KEYS = ("code", "key", "canonical", "name", "direction")


@dataclass(frozen=True, eq=False)
class RuleSet:
    """All rules of one language, validated and frozen: the language-neutral layer with the
    language's words over it. `for_language` gives the rule set of another language."""

    numbers: NumberRules
    qualifiers: QualifierRules
    units: UnitRules
    currencies: CurrencyRules
    nouns: NounRules
    aliases: AliasRules
    offices: OfficeRules
    context: ContextRules
    nonclaims: NonClaimRules
    sources: SourceRules
    matching: MatchingRules
    events: EventRules = EventRules()
    unit_definitions: str = ""  # text of the pint definitions file
    folders: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE
    by_language: Mapping[str, RuleSet] = field(default_factory=dict)

    def tolerance(self, kind: str) -> Tolerance:
        """The tolerances for a claim kind, or the defaults."""
        return self.matching.tolerance.get(kind, Tolerance())

    @property
    def languages(self) -> tuple[str, ...]:
        """The codes of every language the rules define, sorted."""
        return tuple(sorted(self.by_language)) or (self.language,)

    def for_language(self, language: str) -> RuleSet:
        """The rule set of `language`; this one when the rules do not define it."""
        return self.by_language.get(language, self)


def bundled_rules_dir() -> Path:
    """The rules folder shipped with the package (the repository's `rules/` in a checkout)."""
    installed = Path(__file__).resolve().parent / "bundled_rules"
    if (installed / "matching.toml").is_file():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True)
class _Layer:
    """One folder of rules files: the neutral top of a rules folder or one language in it."""

    folder: Path
    shown: str  # how messages name the folder: 'rules' for the bundled one, else as given


def load_rules(extra_dir: str | Path | None = None) -> RuleSet:
    """Load the bundled rules, then layer the files of `extra_dir` over them.

    Each rules folder has a language-neutral top and one folder per language under `lang/`;
    the rules of a language are, in order: the bundled top, the bundled language folder,
    the user's top, the user's language folder. Every problem of every file is reported.
    """
    folders = [bundled_rules_dir()]
    if extra_dir is not None:
        extra = Path(extra_dir)
        if not extra.is_dir():
            raise RulesError([Problem(str(extra), None, "rules folder not found (--rules DIR)")])
        folders.append(extra)
    problems: list[Problem] = []
    shown = ["rules", *(str(f) for f in folders[1:])]
    languages = sorted(
        {
            sub.name
            for folder in folders
            if (folder / LANGUAGES_DIR).is_dir()
            for sub in (folder / LANGUAGES_DIR).iterdir()
            if sub.is_dir()
        }
        | {DEFAULT_LANGUAGE}
    )
    read: dict[Path, tuple[dict[str, dict[str, Any]], str]] = {}
    for folder, name in zip(folders, shown, strict=True):
        read[folder] = _read_layer(_Layer(folder, name), problems)
        for language in languages:
            sub = folder / LANGUAGES_DIR / language
            if sub.is_dir():
                read[sub] = _read_layer(_Layer(sub, f"{name}/{LANGUAGES_DIR}/{language}"), problems)
    if problems:
        raise RulesError(problems)
    by_language: dict[str, RuleSet] = {}
    for language in languages:
        merged: dict[str, dict[str, Any]] = {name: {} for name in SPECS}
        definitions = ""
        layers = []
        for folder in folders:
            layers.append(folder)
            sub = folder / LANGUAGES_DIR / language
            if sub.is_dir():
                layers.append(sub)
        for layer in layers:
            files, defs = read[layer]
            for name, data in files.items():
                merged[name] = _merge(merged[name], data)
            definitions += defs
        parts = {
            name.removesuffix(".toml"): _convert(data, SPECS[name], (), _Where(name, ""), problems)
            for name, data in merged.items()
        }
        by_language[language] = RuleSet(
            **parts,
            unit_definitions=definitions,
            folders=tuple(str(f) for f in layers),
            language=language,
            by_language=types.MappingProxyType(by_language),
        )
    return by_language[DEFAULT_LANGUAGE]


def _read_layer(layer: _Layer, problems: list[Problem]) -> tuple[dict[str, dict[str, Any]], str]:
    """The checked data of each rules file of one folder, and its pint definitions text."""
    files: dict[str, dict[str, Any]] = {}
    definitions = ""
    for path in sorted(layer.folder.iterdir()):
        if path.suffix != ".toml":
            continue
        shown = f"{layer.shown}/{path.name}" if layer.shown.startswith("rules") else str(path)
        if path.name not in SPECS:
            allowed = ", ".join(sorted(SPECS))
            problems.append(Problem(shown, None, f"unknown rules file; allowed: {allowed}"))
            continue
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", None) or _line_from_message(str(error))
            problems.append(Problem(shown, line, f"not valid TOML: {error}"))
            continue
        before = len(problems)
        _convert(data, SPECS[path.name], (), _Where(shown, text), problems)
        if len(problems) != before:
            continue
        files[path.name] = data
        if path.name == "units.toml" and data.get("definitions"):
            defs = layer.folder / data["definitions"]
            if not defs.is_file():
                line = _Where(shown, text).line(("definitions",))
                problems.append(Problem(shown, line, f"definitions file not found: {defs.name}"))
            else:
                definitions += defs.read_text(encoding="utf-8") + "\n"
    return files, definitions


def _line_from_message(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = _merge_list(out[key], value)
        else:
            out[key] = value
    return out


def _identity(item: Any) -> tuple[str, Any] | None:
    if isinstance(item, dict):
        for key in _IDENTITY_KEYS:
            if key in item:
                return key, item[key]
    return None


def _merge_list(base: list[Any], over: list[Any]) -> list[Any]:
    """`base` extended by `over`; a table of `over` with the identity (code, key, name) of
    one of `base` is merged into it."""
    out = list(base)
    where = {_identity(item): i for i, item in enumerate(out) if _identity(item) is not None}
    for item in over:
        identity = _identity(item)
        if identity is not None and identity in where:
            out[where[identity]] = _merge(out[where[identity]], item)
        elif item not in out:
            if identity is not None:
                where[identity] = len(out)
            out.append(item)
    return out


class _Where:
    """Finds the line of a key path in a TOML text (tomllib does not keep positions)."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def line(self, keypath: tuple[str | int, ...]) -> int | None:
        if not self.lines:
            return None
        if (
            len(keypath) > 1
            and isinstance(keypath[-1], int)
            and isinstance(keypath[-2], str)
            and not self._is_table_array(keypath[-2])
        ):
            return self._element_line(keypath[:-1], keypath[-1])
        return self._key_line(keypath)

    def _is_table_array(self, name: str) -> bool:
        return any(re.match(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]", line) for line in self.lines)

    def _element_line(self, keypath: tuple[str | int, ...], index: int) -> int | None:
        """The line of the index-th string of an array of strings."""
        start = self._key_line(keypath)
        if start is None:
            return None
        seen = 0
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number == start:
                line = line.split("=", 1)[-1]
            for _ in re.finditer(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', line):
                if seen == index:
                    return number
                seen += 1
        return start

    def _key_line(self, keypath: tuple[str | int, ...]) -> int | None:
        names = [k for k in keypath if isinstance(k, str)]
        # Walk the text tracking the current table and array-of-table indices.
        table: list[str] = []
        counts: dict[str, int] = {}
        best: int | None = None
        target_tables = self._tables(keypath)
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
            if header:
                table = [p.strip().strip('"') for p in header.group(1).split(".")]
                if line.startswith("[["):
                    key = ".".join(table)
                    counts[key] = counts.get(key, -1) + 1
                    table = [*table, str(counts[key])]
                if table == target_tables[: len(table)] and len(table) == len(target_tables):
                    best = number
                continue
            if table == target_tables and names:
                key_match = re.match(r'^"?([^"=\s]+)"?\s*=', line)
                if key_match and key_match.group(1) == names[-1]:
                    return number
                if (
                    best is None
                    and not target_tables
                    and key_match
                    and key_match.group(1) == names[0]
                ):
                    return number
        if best is None and names:
            for number, raw in enumerate(self.lines, start=1):
                if re.match(rf'^\s*"?{re.escape(names[-1])}"?\s*=', raw):
                    return number
        return best

    @staticmethod
    def _tables(keypath: tuple[str | int, ...]) -> list[str]:
        # Tables are every element before the last string key; indices join their array.
        parts = [str(k) for k in keypath]
        if keypath and isinstance(keypath[-1], int):
            return parts
        return parts[:-1]


def describe(tp: Any) -> str:
    """A short human description of an allowed type, used in error messages and docs."""
    origin = typing.get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin is tuple:
        return f"a list of {describe(typing.get_args(tp)[0])}"
    if origin in (dict, Mapping) or tp is Mapping:
        return f"a table of {describe(typing.get_args(tp)[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(describe(a) for a in typing.get_args(tp) if a is not type(None))
    if dataclasses.is_dataclass(tp):
        return "a table with keys " + ", ".join(f.name for f in dataclasses.fields(tp))
    return {str: "a string", float: "a number", int: "an integer", bool: "true or false"}.get(
        tp, str(tp)
    )


def _convert(
    value: Any,
    tp: Any,
    keypath: tuple[str | int, ...],
    where: _Where,
    problems: list[Problem],
    meta: Mapping[str, Any] | None = None,
) -> Any:
    meta = meta or {}

    def fail(message: str) -> None:
        dotted = ".".join(str(k) for k in keypath) or "(top level)"
        problems.append(Problem(where.path, where.line(keypath), f"{dotted}: {message}"))

    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            fail(f"expected {describe(tp)}")
            return None
        hints = typing.get_type_hints(tp)
        fields = {f.name: f for f in dataclasses.fields(tp)}
        for key in sorted(set(value) - set(fields)):
            allowed = ", ".join(sorted(fields))
            problems.append(
                Problem(
                    where.path,
                    where.line((*keypath, key)),
                    f"unknown key '{key}'; allowed: {allowed}",
                )
            )
        kwargs: dict[str, Any] = {}
        for name, spec in fields.items():
            if name in value:
                kwargs[name] = _convert(
                    value[name], hints[name], (*keypath, name), where, problems, spec.metadata
                )
            elif (
                spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
            ):
                fail(f"missing key '{name}' ({spec.metadata.get('doc', describe(hints[name]))})")
        try:
            built: Any = tp(**kwargs)  # type: ignore[operator]
            return built
        except TypeError:
            return None
    if origin is Literal:
        allowed_values = typing.get_args(tp)
        if value not in allowed_values:
            fail(f"{value!r} is not allowed; {describe(tp)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            fail(f"expected {describe(tp)}")
            return ()
        (inner,) = typing.get_args(tp)[:1]
        return tuple(
            _convert(v, inner, (*keypath, i), where, problems, meta) for i, v in enumerate(value)
        )
    if origin in (dict, Mapping) or tp is Mapping:
        if not isinstance(value, dict):
            fail(f"expected {describe(tp)}")
            return {}
        inner = typing.get_args(tp)[1]
        return types.MappingProxyType(
            {
                str(k): _convert(v, inner, (*keypath, k), where, problems, meta)
                for k, v in sorted(value.items())
            }
        )
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            fail(f"expected a number, got {value!r}")
            return 0.0
        value = float(value)
    elif tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            fail(f"expected an integer, got {value!r}")
            return 0
    elif tp is str:
        if not isinstance(value, str):
            fail(f"expected a string, got {value!r}")
            return ""
        if meta.get("regex"):
            try:
                re.compile(value)
            except re.error as error:
                fail(f"bad regular expression {value!r}: {error}")
        if "pattern" in meta and not re.match(meta["pattern"], value):
            fail(f"{value!r} does not match {meta['pattern']}")
    elif tp is bool and not isinstance(value, bool):
        fail(f"expected true or false, got {value!r}")
    if "min" in meta and isinstance(value, int | float) and value < meta["min"]:
        fail(f"{value!r} is below the least allowed value {meta['min']}")
    if "max" in meta and isinstance(value, int | float) and value > meta["max"]:
        fail(f"{value!r} is above the greatest allowed value {meta['max']}")
    return value


def rules_reference() -> str:
    """Markdown reference of every rules file and key, written from the same specs."""
    out = ["# Rules reference", "", "Generated by `reconcile rules-doc` from the rule specs.", ""]

    def walk(tp: Any, prefix: str) -> None:
        for spec in dataclasses.fields(tp):
            hint = typing.get_type_hints(tp)[spec.name]
            out.append(
                f"- `{prefix}{spec.name}`: {describe(hint)} — {spec.metadata.get('doc', '')}"
            )
            args = typing.get_args(hint)
            inner = (
                args[0]
                if typing.get_origin(hint) is tuple
                else (args[1] if len(args) > 1 else None)
            )
            if inner is not None and dataclasses.is_dataclass(inner):
                walk(inner, f"{prefix}{spec.name}[].")

    for name, spec_type in SPECS.items():
        out += [f"## `{name}`", ""]
        walk(spec_type, "")
        out.append("")
    return "\n".join(out)
