"""The lexicon: every word one language's rules give the stages, compiled once.

`compile_lexicon(rules, language)` reads the rule set's layer for `language` (the
language-neutral rules at the top of `rules/` with `rules/lang/<language>/` over them) and
builds the patterns and tables the extractor, normalizer and matcher look words up in: the
number grammar (number words, scales, separators, qualifiers, currencies, units' names,
counted nouns and their classes), month and weekday names and relative dates, office titles,
aliases and name parts, sentence abbreviations, and the frames that say what a number
measures. A `Lexicon` is a frozen value handed to the stages; nothing is cached behind it.

Compiling a language costs more than the rest of a short command's run, so the command line
keeps what is compiled on disk (`keep_compiled`), keyed by the rules' content hash:
`compiled()` reads it back for those rules, or compiles and keeps it. A damaged or stale file
is compiled again, never trusted (`reconcile.cache.load_compiled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from reconcile.concepts import Frames, compile_frames
from reconcile.dates import Calendar, build_calendar
from reconcile.names import AliasTable, build_title_patterns, build_unqualified_patterns, fold
from reconcile.numbers import NumberGrammar
from reconcile.numbers.nonclaims import NonClaims
from reconcile.records import record
from reconcile.rules import Office, RuleSet
from reconcile.sentences import not_sentence_ends

T = TypeVar("T")


@record
class ClauseBreaks:
    """Where another clause starts, between a claim and an anchor of its context; built once
    from the language's clause words (`context.toml`)."""

    gap: re.Pattern[str]  # another clause: , ; : brackets or a clause word ("which", "but")
    strong: re.Pattern[str]  # a strong break: ; : or a contrast word ("while", "whereas")


@record
class TimeWords:
    """How time anchors are reduced before two are compared (`context.toml`), folded."""

    dropped: frozenset[str]  # words left out: 'in 2021 alone' is 'in 2021'
    relative_years: Mapping[str, int]  # a year relative to publication: 'last year' = -1
    year_prefix: tuple[str, ...]  # the words a resolved year is written with: 'in'
    # anchors compared as another of the same window: 'so far this year' is 'this year'
    aliases: Mapping[str, str]


@record(eq=False)
class Lexicon:
    """The compiled words of one language."""

    language: str
    rules: RuleSet  # the rules of this language: neutral layer with the language's over it
    numbers: NumberGrammar  # numbers and what surrounds them: qualifiers, units, nouns
    nonclaims: NonClaims  # numbers that are no claims: dates, clock times, names with digits
    abbreviations: frozenset[str]  # words ending in a period that end no sentence
    sentence_ends: re.Pattern[str] | None  # other last words with a period that end none
    calendar: Calendar  # every date form: months, weekdays, relative dates
    aliases: AliasTable  # variant -> canonical, folded
    titles: tuple[tuple[re.Pattern[str], Office], ...]  # office titles, longest first
    unqualified: Mapping[str, tuple[re.Pattern[str], ...]]  # office key -> country-less titles
    name_suffixes: frozenset[str]  # folded, without a final period: jr, iii
    not_names: frozenset[str]  # folded capitalized words that end a personal name
    clauses: ClauseBreaks  # where another clause starts, between a claim and its anchors
    time_words: TimeWords  # how time anchors are reduced to compare
    frames: Frames  # what a number measures: the concept frames, compiled

    def noun_class(self, noun: str) -> str:
        """The class of a counted noun ('Soldaten' -> 'military personnel'), else the noun."""
        key = noun.lower()
        return self.numbers.noun_classes.get(key, key)


def compile_lexicon(rules: RuleSet, language: str) -> Lexicon:
    """Compile the words of `language` from `rules` (its default language when unknown)."""
    own = rules.for_language(language)
    aliases = AliasTable.from_rules(own.aliases)
    return Lexicon(
        language=own.language,
        rules=own,
        numbers=NumberGrammar(own),
        nonclaims=NonClaims(own.nonclaims.patterns),
        abbreviations=frozenset(own.sources.abbreviations),
        sentence_ends=not_sentence_ends(own.sources.not_sentence_ends),
        calendar=build_calendar(own.events),
        aliases=aliases,
        titles=build_title_patterns(own),
        unqualified=build_unqualified_patterns(own, aliases),
        name_suffixes=frozenset(fold(s).rstrip(".") for s in own.aliases.name_suffixes),
        not_names=frozenset(fold(w) for w in own.aliases.not_names),
        clauses=ClauseBreaks(
            gap=_clause_pattern("[,;:()]", own.context.clause_words),
            strong=_clause_pattern("[;:]", own.context.strong_break_words),
        ),
        time_words=TimeWords(
            dropped=frozenset(fold(w) for w in own.context.time_dropped),
            relative_years=MappingProxyType(
                {" ".join(word_keys(p)): n for p, n in own.context.relative_years.items()}
            ),
            year_prefix=tuple(word_keys(own.context.year_prefix)),
            aliases=MappingProxyType(
                {
                    " ".join(word_keys(p)): " ".join(word_keys(same))
                    for p, same in own.context.time_aliases.items()
                }
            ),
        ),
        frames=compile_frames(
            own.frames,
            tuple(own.numbers.words),
            (
                own.numbers.decimal_separator,
                *own.numbers.thousands_separators,
                *(s for c in own.currencies.currency for s in c.symbols if not s.isalpha()),
            ),
        ),
    )


def word_keys(text: str) -> list[str]:
    """The folded words of a text, as time anchors are compared: "l'an dernier" -> l an
    dernier."""
    return re.findall(r"\w+", fold(text))


def _clause_pattern(signs: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """A character class of signs, or any of `words` as a whole word."""
    if not words:
        return re.compile(signs)
    return re.compile(signs + r"|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def compile_lexicons(rules: RuleSet) -> Mapping[str, Lexicon]:
    """A lexicon for every language the rules define, by language code."""
    return {language: compile_lexicon(rules, language) for language in rules.languages}


@record(eq=False)
class _Kept:
    rules: RuleSet
    folder: Path
    key: str


_kept: list[_Kept] = []


def keep_compiled(rules: RuleSet, folder: Path, key: str) -> None:
    """Keep what is compiled from `rules` (this very rule set) in `folder`, under `key`, the
    hash of the rules files' content and of the code (`reconcile.cache.rules_fingerprint`)."""
    _kept[:] = [_Kept(rules, folder, key)]


def kept_where(rules: RuleSet) -> tuple[Path, str] | None:
    """The folder and key under which what is compiled from `rules` (this very rule set) is
    kept (`keep_compiled`), or None when it is not kept."""
    store = next((kept for kept in _kept if kept.rules is rules), None)
    return (store.folder, store.key) if store is not None else None


def compiled(
    rules: RuleSet,
    language: str,
    kind: type[T],
    build: Callable[[], T],
    warm: Callable[[T], None] | None = None,
) -> T:
    """What `build()` compiles for `language` from `rules`: read back when `rules` are kept
    with `keep_compiled` and were compiled before, else built (and then kept). What is built
    to be kept is first handed to `warm`, which compiles ahead what would otherwise be
    compiled the first time a run needs it: kept compiled, no later run pays for it."""
    store = next((kept for kept in _kept if kept.rules is rules), None)
    if store is None:
        return build()
    from reconcile.cache import load_compiled, save_compiled

    found = load_compiled(store.folder, store.key, language, kind)
    if found is None:
        found = build()
        if warm is not None:
            warm(found)
        save_compiled(store.folder, store.key, language, found)
    return found
