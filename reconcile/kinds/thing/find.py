"""Named things as news writes them, by the classes of `named.toml`.

A class finds its things five ways, each a word list: a word before the name ("Hurricane
Dorian", "Flight 302", "MV Sewol"), a maker before a model ("Airbus A320neo", "Boeing 737 MAX
8"), a known name with or without a model ("iPhone 4", "787 Dreamliner", "COVID-19"), the last
word of a capitalized name ("New Progressive Party", "All Nippon Airways"), or a plain noun
("pickup truck"). A name written with a capital in the rules matches only so written; one in
lower case ("measles") matches in any case. The key of a thing leaves out the class word and
the maker ("Hurricane Dorian" is "dorian", "Boeing 787" is "787"), so sources that write them
differently meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.kinds.named import NamedMention, NameReader, phrases
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.regex_starts import gated
from reconcile.rules.schema import ThingClass, ThingRules
from reconcile.sentences import Sentence


@dataclass(frozen=True)
class _Class:
    rule: ThingClass
    patterns: tuple[re.Pattern[str], ...]  # whole names: maker + model, name + model, ...
    before: re.Pattern[str] | None  # a class word, the name read after it
    ends: re.Pattern[str] | None  # the last word of a capitalized name


@dataclass(frozen=True, slots=True)
class ThingMention(NamedMention):
    """A named thing: its class (`role`), the name as written, and the words of it that are
    the class word or the maker (left out of its key)."""

    generic: tuple[str, ...] = ()


def _names(items: tuple[str, ...]) -> str:
    """Names as a regex without word boundaries: capitalized ones exactly, lower-case ones in
    any case; longest first."""

    def alternation(names: list[str]) -> str:
        ordered = sorted(set(names), key=lambda n: (-len(n), n))
        return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in ordered)

    exact = [n for n in items if n != n.lower()]
    loose = [n for n in items if n == n.lower()]
    parts = []
    if exact:
        parts.append(alternation(exact))
    if loose:
        parts.append("(?i:" + alternation(loose) + ")")
    return "|".join(parts) or "(?!)"


class ThingFinder:
    """The thing classes compiled once."""

    def __init__(
        self, rules: ThingRules, joiners: tuple[str, ...], articles: tuple[str, ...]
    ) -> None:
        variants = "|".join(re.escape(v) for v in rules.variants) or "(?!)"
        # a model, its variant words ("737 MAX 8") and a short number after ("737-800")
        model = (
            rf"(?:{rules.model})(?:[ -]?(?:{variants})(?![\w]))*"
            r"(?:[ -]\d{1,3}(?![\w,.]\d))?"
        )
        built = []
        for c in rules.thing:
            patterns = []
            if c.makers:
                patterns.append(
                    re.compile(
                        rf"(?:{phrases(c.makers, case=True).pattern})\s+"
                        rf"(?:{model}|(?:{_names(c.names)})(?:[ -]?(?:{variants}))*)(?![\w])"
                    )
                )
            if c.names:
                names = _names(c.names)
                patterns.append(
                    re.compile(
                        rf"(?<![\w-])(?:{model}\s+)?(?:{names})(?:[ -]?(?:{variants})(?![\w]))*"
                        rf"(?:\s+{model})?(?![\w-])"
                    )
                )
            if c.nouns:
                patterns.append(phrases(c.nouns))
            before = (
                re.compile(rf"(?<![\w-])(?:{_names(c.before)})\s+(?=[A-Z0-9])")
                if c.before
                else None
            )
            ends = phrases(c.ends, case=True) if c.ends else None
            built.append(_Class(c, tuple(patterns), before, ends))
        # every pattern of every class at once: most sentences name no thing at all (each
        # starts at a word, `(?<![\w-])`: said once before the alternation, it is tried
        # at word starts only)
        self.any = re.compile(
            r"(?<![\w-])(?:"
            + "|".join(
                f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else p.pattern
                for c in built
                for p in (*c.patterns, c.before, c.ends)
                if p is not None
            )
            + ")"
        )
        self.any = gated(self.any)  # tried only where a match can start
        self.classes = tuple(built)
        self.model_re = re.compile(model)
        self.joiners = frozenset(fold(w) for w in joiners)
        self.articles = frozenset(fold(w) for w in articles)
        self.reader = NameReader(self.joiners, frozenset(), max_words=3)
        self.capital_before = re.compile(
            rf"(?:[A-Z][\w’'&.-]*|{'|'.join(re.escape(w) for w in joiners) or '(?!)'})\s+$"
        )
        self.generic = {
            c.name: frozenset(fold(w) for w in (*c.before, *c.makers)) for c in rules.thing
        }

    def find(self, source: Source, sentence: Sentence) -> list[Mention[ThingMention]]:
        """The named things of one sentence, longest first where they overlap, in text order."""
        text = sentence.text
        if not self.any.search(text):
            return []
        spans: list[tuple[int, int, str]] = []
        for c in self.classes:
            for pattern in c.patterns:
                spans += [(m.start(), m.end(), c.rule.name) for m in pattern.finditer(text)]
            if c.before is not None:
                for m in c.before.finditer(text):
                    code = self.model_re.match(text, m.end())
                    span = self.reader.read(text, m.end(), commas=False)
                    end = max(code.end() if code else 0, span[1] if span else 0)
                    if end > m.end():
                        spans.append((m.start(), end, c.rule.name))
            if c.ends is not None:
                for m in c.ends.finditer(text):
                    start = m.start()
                    while True:
                        word = self.capital_before.search(text[max(0, start - 40) : start])
                        if word is None:
                            break
                        start -= len(word.group(0))
                    # no name starts with a joiner or an article: "A Northwind Airlines A320"
                    while start < m.start() and fold(text[start:].split()[0]) in (
                        self.joiners | self.articles
                    ):
                        start = text.index(" ", start) + 1
                    if start < m.start():
                        spans.append((start, m.end(), c.rule.name))
        found: list[Mention[ThingMention]] = []
        taken: list[tuple[int, int]] = []
        for start, end, role in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            name = text[start:end]
            generic = tuple(w for w in name.split() if fold(w) in self.generic[role])
            found.append(
                Mention(
                    source_id=source.id,
                    kind="thing",
                    quote=name,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    sentence=text,
                    sentence_start=sentence.start,
                    detail=ThingMention(role=role, name=name, generic=generic),
                )
            )
        return sorted(found, key=lambda m: m.start)
