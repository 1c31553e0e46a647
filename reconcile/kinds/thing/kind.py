"""The thing kind: a named thing of a class (aircraft type, storm, vessel, flight number).

Found by class word lists (`find.py`); blocked by class; two names are one thing when one is
the other or a more precise form of it ("A320" / "Airbus A320neo"); for an exclusive class
(a story has one aircraft type, one flight) two sources that each name a different one
conflict, while a source naming two is telling of two things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reconcile.context import ContextReader
from reconcile.dates import YEAR
from reconcile.kinds.base import detail_of
from reconcile.kinds.date.years import YearsAcross
from reconcile.kinds.named import NamedKind, NamedValue, abbreviated, name_key, phrases
from reconcile.kinds.thing.across import NamesAcross
from reconcile.kinds.thing.common import CommonPhrases
from reconcile.kinds.thing.find import CommonHeads, ThingFinder, ThingMention
from reconcile.kinds.thing.recur import RecurringNames
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Mention, Source
from reconcile.names import fold
from reconcile.reasons import Stated
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate

_EDITION = re.compile(YEAR)


class ThingKind(NamedKind):
    """A named thing and its class."""

    name = "thing"
    claim_kinds = ("thing",)
    stated = Stated.NAME
    role_key = "thing"
    one_name_one_thing = True
    infers = True  # a capitalized name several sources write is a named thing (`recur.py`)
    infers_alone = True

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        rules = self.rules
        named = rules.named
        self.finder = ThingFinder(
            named.thing,
            named.name_joiners,
            named.articles,
            self.lexicon.not_names,
            # (capitalized words that name nothing before a class's noun: "This virus")
            frozenset(fold(w) for w in named.place.not_places),
            abbreviated(named),
            CommonHeads(
                numbers=frozenset(fold(w) for w in (*rules.numbers.words, *rules.numbers.scales)),
                followers=frozenset(fold(w) for w in named.place.after_name),
                endings=tuple(fold(w) for w in named.place.after_name_endings),
                singular=frozenset(fold(w) for w in rules.numbers.articles),
                present=tuple(fold(w) for w in rules.frames.present_endings),
                objects=frozenset(fold(w) for w in named.articles),
            ),
        )
        self.recurring = RecurringNames(lexicon, self.forms)
        self.across = NamesAcross(lexicon, self.forms)
        self.common = CommonPhrases(lexicon, self.forms)
        self.years = YearsAcross(lexicon, self.across.runs_on)
        self.exclusive = frozenset(c.name for c in rules.named.thing.thing if c.exclusive)
        self.past_years = named.thing.past_years
        self.undated = frozenset(c.name for c in named.thing.thing if not c.dated)
        # each class's common nouns of a group of near words (`alike`), by their keys: the
        # group's key, its first noun's
        self.kin: dict[tuple[str, str], str] = {}
        for c in named.thing.thing:
            for group in c.alike:
                keys = [name_key(w, self.context.aliases.apply, self.forms) for w in group]
                for key in keys:
                    if key and keys[0]:
                        self.kin.setdefault((c.name, key), keys[0])
        # each class's general nouns (`general`), by their keys
        self.general = frozenset(
            (c.name, name_key(w, self.context.aliases.apply, self.forms))
            for c in named.thing.thing
            for w in c.general
        )
        self.year_after = re.compile(
            rf"(?:\s*,)?\s+(?:{phrases(named.date.year_before).pattern})\s+(?P<year>{YEAR})"
            r"(?![\d%])"
        )

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def gate_of(self, source: Source) -> Gate | None:
        return self.finder.gate_of(source)

    def infer(self, claims: Sequence[Claim], sources: Sequence[Source]) -> Sequence[Claim]:
        """The capitalized names several sources of the run write and no rule reads, read
        as named things (`recur.py`); then the names a claim of one source reads, where
        another source writes them alike and none of its claims reads them (`across.py`);
        then the years several sources write bare, as dates (`kinds/date/years.py`); then
        the lower-case noun phrases several sources write, where no claim holds them
        (`common.py`)."""
        recurring = self.recurring.read(claims, sources)
        across = self.across.read(claims, sources, recurring)
        read = [*recurring, *across, *self.years.read(claims, sources, [*recurring, *across])]
        return [*read, *self.common.read(claims, sources, read)]

    def value_of(self, mention: Mention[Any], source: Source) -> NamedValue | None:
        stated = detail_of(mention, ThingMention)
        generic = set(stated.generic)
        words = [w for w in stated.name.split() if w not in generic]
        if len(words) > 1 and _EDITION.fullmatch(words[0]):
            words = words[1:]  # "2010 Worldwide Developers Conference": the edition's year
        specific = " ".join(words)
        key = name_key(specific or stated.name, self.context.aliases.apply, self.forms)
        if not key:
            return None
        return NamedValue(
            role=self._role(stated.role, mention, source),
            name=stated.name,
            key=key,
            common=stated.common,
            kin=self.kin.get((stated.role, key), "") if stated.common else "",
            general=stated.common and (stated.role, key) in self.general,
        )

    def _role(self, role: str, mention: Mention[Any], source: Source) -> str:
        """The thing's class, or (a year long before publication after it: "Flight 587 in
        2001") the class of that year's: a past thing the story compares with; not of a
        class whose things are the same in any year ("author Ann Lee in 2022", `dated`)."""
        if not self.past_years or not source.published or role in self.undated:
            return role
        after = self.year_after.match(source.text, mention.end)
        if after is None or int(source.published[:4]) - int(after.group("year")) < self.past_years:
            return role
        return f"{role} of {after.group('year')}"

    def one_per_story(self, a: NamedValue, b: NamedValue) -> bool:
        return a.role in self.exclusive
