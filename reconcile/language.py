"""Which language a text is in, told by its function words first.

Each language's rules already hold its common short words: articles, joiners, clause words,
number words, month and weekday names, the words that stop a name or fill a place. A text in
that language is full of them, so counting them tells the language of most texts at once,
without loading a statistical model. `FunctionWords` counts them and decides only when one
language leads clearly; otherwise it answers None and the caller asks a heavier detector.
The words are the rules' (`rules/lang/<code>/`); this module holds the counting alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from reconcile.records import record
from reconcile.rules import RuleSet

# Letters only, apostrophes and hyphens split words ("l'armée" -> "l", "armée").
_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*")  # web and mail addresses: not words of the text
MIN_WORDS = 2  # function words of the leading language before it is trusted
MIN_LEAD = 2  # ... and how many more than the next language has


def function_words(rules: RuleSet) -> frozenset[str]:
    """The short common words of one language's rules, lower-cased: number words, articles
    and joiners, clause and range words, month and weekday names, relative days, and the
    words that stop a name, fill a place or a context, or stop a counted noun."""
    numbers, qualifiers, events = rules.numbers, rules.qualifiers, rules.events
    lists: Iterable[Iterable[str]] = (
        numbers.words,
        numbers.articles,
        numbers.joiners,
        numbers.of_words,
        numbers.by_words,
        numbers.negatives,
        qualifiers.clause_breaks,
        qualifiers.range_to,
        qualifiers.range_from,
        qualifiers.range_between,
        qualifiers.range_and,
        qualifiers.range_or,
        qualifiers.during,
        events.month_names,
        events.weekday_names,
        events.relative_days,
        events.name_stop,
        events.future_words,
        events.holder_verbs,
        events.place_before,
        events.place_articles,
        rules.matching.place_filler,
        rules.matching.context_filler,
        rules.nouns.stopwords,
    )
    return frozenset(
        word.lower() for entry in lists for phrase in entry for word in _WORD.findall(phrase)
    )


@record
class FunctionWords:
    """The function words of each language, and the languages each word belongs to."""

    languages: tuple[str, ...]
    owners: Mapping[str, tuple[int, ...]]  # word -> indexes into `languages`

    @classmethod
    def from_rules(cls, rules: RuleSet, languages: Sequence[str]) -> FunctionWords:
        """The function words of `languages` in `rules`."""
        codes = tuple(languages)
        owners: dict[str, list[int]] = {}
        for i, code in enumerate(codes):
            for word in function_words(rules.for_language(code)):
                owners.setdefault(word, []).append(i)
        return cls(codes, {word: tuple(found) for word, found in owners.items()})

    def scores(self, text: str) -> dict[str, int]:
        """How many words of `text` are function words of each language."""
        counts = [0] * len(self.languages)
        owners = self.owners
        for word in _WORD.findall(_ADDRESS.sub(" ", text).lower()):
            for i in owners.get(word, ()):
                counts[i] += 1
        return dict(zip(self.languages, counts, strict=True))

    def guess(self, text: str) -> str | None:
        """The language whose function words lead clearly in `text`, else None."""
        ranked = sorted(self.scores(text).items(), key=lambda item: (-item[1], item[0]))
        if not ranked:
            return None
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if top >= MIN_WORDS and top - second >= MIN_LEAD:
            return best
        return None


_built: dict[tuple[int, tuple[str, ...]], tuple[RuleSet, FunctionWords]] = {}


def function_words_of(rules: RuleSet, languages: Sequence[str]) -> FunctionWords:
    """`FunctionWords.from_rules`, built once per rule set and languages in a process."""
    key = (id(rules), tuple(languages))
    found = _built.get(key)
    if found is None or found[0] is not rules:
        found = _built[key] = (rules, FunctionWords.from_rules(rules, languages))
    return found[1]
