"""Places where the story's event happened, read from cues in rules.

A place is a capitalized name after one of a cue's words ("in", "near", "off") — with an
introducer between when there is one ("in the city of Omsk", "in the capital, San Juan") —
in a sentence with one of the cue's words ("made landfall", "epicentre", "crashed", "held").
The cue may come before the place or after it ("On Route 2 in Randolph, a pickup truck and ten
motorcycles collided"), but not across a semicolon or further than `REACH` characters: a place
named in passing ("the governor of Ohio said") is not where the event happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.kinds.named import (
    NamedMention,
    NameReader,
    named_mention,
    phrases,
    written_length,
)
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.regex_starts import gated
from reconcile.rules.schema import PlaceCue, PlaceRules
from reconcile.sentences import Sentence
from reconcile.wordfind import run_start, written
from reconcile.wordgate import first_runs, may_hold

REACH = 160  # characters between a cue and its place, at most
NOUN_OF_WORDS = 2  # words between an article and a place's noun: "the market town of"
_OWNED = re.compile(r"['’]s [a-z]")
# a capitalized word ending in lower case, and a space: what `_person_owns` reads before a name
_CAPITALIZED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w’'-]*[a-z] \Z")
# a clause's end; not the period of a capital's abbreviation ("U.S. Army", "D.C. police")
_BREAK = re.compile(r"[;:!?]|(?<![A-Z])\.\s")
_NEXT = re.compile(r"(-)|\s+([a-z][\w’'-]*|[A-Z][\w’'-]*)")
_OWNER_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<larger>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s+$"
)
_OWNS_NAME = re.compile(r"['’]s\s+(?=[A-Z])")
_LOWER_START = re.compile(r"(?<![\w’'.-])[a-z]")  # a word in lower case: the text proper
# a name, a possessive or none, up to two lower-case words, right before an event's noun
_OWNER_CUE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)(?P<own>['’]s)?"
    r"\s+(?P<between>(?:[a-z][\w-]*\s+){0,2})$"
)
OWNER_REACH = 80  # characters before an event's noun read for its place
_WORD_AND_SPACES = re.compile(r"\S+\s*")


def _past_word(text: str, at: int) -> int:
    """Where the word at `at` and the spaces after it end."""
    word = _WORD_AND_SPACES.match(text, at)
    return word.end() if word else len(text)


_ITEM_START = re.compile(r"(?:^|\n)[ \t]{2,}$")  # a line opened by blanks, a list's item
ITEM_INDENT = 80  # blanks before an item's first word, at most read
_FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]*)\n(?P<next>[^\n]*)")


def _after_title_line(source: Source) -> int:
    """Where the text proper starts past a title line opening it: the source's title, or a
    first line followed by a blank line or by one with no word in lower case (a dateline),
    and ending with no sentence's end ("GM files for bankruptcy\nJune 1 , 2009\n...")."""
    first = _FIRST_LINE.match(source.text)
    if first is None:
        return 0
    line = " ".join(first.group("line").split())
    if line and source.title and line == " ".join(source.title.split()):
        return first.end("line")
    after = first.group("next")
    headline = line and line[-1] not in '.!?:;,"”’)' and not _LOWER_START.search(after)
    return first.end("line") if headline else 0


@dataclass(frozen=True)
class _Cue:
    rule: PlaceCue
    words: re.Pattern[str]
    before: frozenset[str]
    owned: re.Pattern[str] | None  # the event's nouns a place's name stands before or owns


class PlaceFinder:
    """The place rules compiled once: cue words, the words before a place, the name reader."""

    def __init__(
        self,
        rules: PlaceRules,
        stop: frozenset[str],
        articles: tuple[str, ...] = (),
        verbs: tuple[str, ...] = (),
        titles: frozenset[str] = frozenset(),
        things: frozenset[str] = frozenset(),
    ) -> None:
        self.cues = tuple(
            _Cue(
                c,
                phrases(c.words),
                frozenset(fold(w) for w in c.before),
                phrases(c.owned, case=True) if c.owned else None,
            )
            for c in rules.cue
        )
        # (a sentence without the first word of an event's noun is not scanned for it)
        self.owned_runs = tuple(first_runs(c.owned) for c in rules.cue)
        # names that are things, not places, before an event's noun: "the Ebola outbreak"
        self.things = things
        before = {w for c in rules.cue for w in c.before}
        intro = phrases(rules.introducers).pattern
        regions = phrases(rules.regions).pattern
        # "the market town of Mokwa", "the Spanish enclave of Melilla": an article, a few
        # words, a noun of a kind of place in lower case, "of" (not "the District of")
        kinds = phrases(w for w in rules.nouns if w.isalpha() and w.islower()).pattern
        noun_of = (
            rf"(?:{phrases(articles).pattern})\s+(?:[\w’'-]+\s+){{0,{NOUN_OF_WORDS}}}?"
            rf"(?-i:{kinds})\s+of\s+(?=[A-Z])"
        )
        self.lead = gated(  # tried only where a preposition's first letters stand
            re.compile(
                rf"(?<![\w-])(?P<prep>{phrases(before).pattern})\s+"
                rf"(?:(?:{noun_of}|{intro})\s*)?"
                rf"(?:(?-i:{regions})\s+)?",  # in lower case: "in North Korea" is a name
                re.IGNORECASE,
            )
        )
        self.reader = NameReader(
            frozenset(fold(w) for w in rules.name_joiners),
            frozenset(fold(w) for w in rules.not_places) | stop,
            verbs=frozenset(fold(w) for w in verbs),
            not_larger=titles,
            # ("in Nangarhar province"; not a noun an apposition follows: "the Freedonian
            # capital, Karsk")
            tails=frozenset(fold(w) for w in rules.nouns if w.isalpha() and w.islower())
            - {fold(i.split()[-1].rstrip(",")) for i in rules.introducers if i.endswith(",")},
        )
        self.not_owners = self.reader.stop | things  # words of no place owning an event
        # "the Greek island of Samos", "the US state of Texas": an adjective or a larger
        # place, then an introducer without its article, then the place
        folded_articles = {fold(a) for a in articles}
        nouns = [
            " ".join(words[1:])
            for words in (i.split() for i in rules.introducers)
            # (and "the capital,": "in the Iraqi capital, Baghdad")
            if (len(words) > 2 or words[-1].endswith(","))
            and fold(words[0]) in folded_articles
            and words[-1].rstrip(",").isalpha()
        ]
        self.noun_of = re.compile(rf"\s+(?:{phrases(nouns).pattern})\s+(?=[A-Z])")
        article = rf"(?:(?:{phrases(articles).pattern})\s+)?"
        self.inside = re.compile(
            rf"\s*,\s+(?=[A-Z])|(?:\s*,\s+|\s+)(?:{phrases(rules.inside).pattern})\s+{article}(?=[A-Z])"
        )
        larger = r"(?P<larger>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
        self.inside_then = re.compile(
            rf"(?<![\w-])(?:{phrases(rules.inside).pattern})\s+{article}{larger}\s*,\s+"
            rf"(?:{phrases(rules.inside_then).pattern})\s+{article}$"
        )
        self.after_name = frozenset(fold(w) for w in (*rules.after_name, *rules.nouns))
        self.after_endings = tuple(fold(w) for w in rules.after_name_endings)
        self.not_places = frozenset(fold(w) for w in rules.not_places)
        self.place_of_noun = re.compile(
            rf"\s*(?:{phrases(rules.place_of_noun).pattern})\s", re.IGNORECASE
        )
        # "published on Monday in Science Advances": a word of `not_after`, then at most a
        # short phrase without a clause's break, right before the preposition
        self.not_after = re.compile(
            rf"(?<![\w-])(?:{phrases(rules.not_after).pattern})(?:\s+[^\s,;.]+){{0,3}}\s+$",
            re.IGNORECASE,
        )
        # an article or a year before a name that stands before an event's noun ("the
        # Karsk earthquake", "the 2025 Mokwa flood")
        self.owner_lead = re.compile(rf"(?:(?:{phrases(articles).pattern})|\d{{4}})\s+$", re.I)
        self.lede_role = rules.lede_role
        self.lede_before = frozenset(fold(w) for w in rules.lede_before)
        self._lede: tuple[str, int] = ("", -1)  # a source's text and where its lede starts
        # a source's text and the containers of each name asked about (`containers`)
        self._containers: tuple[str, dict[str, tuple[str, ...]]] = ("", {})

    def containers(self, text: str, name: str) -> tuple[str, ...]:
        """The larger places `text` puts a place named `name` in: "NAME, Larger", "NAME in
        the Larger", "in Larger, at NAME", "Larger's NAME" (as written, sorted). Kept for
        the last text asked about: each place claim of a long source asked again for names
        that stand in it many times."""
        if self._containers[0] is not text:
            self._containers = (text, {})
        kept = self._containers[1].get(name)
        if kept is None:
            kept = self._containers[1][name] = self._containers_of(text, name)
        return kept

    def _containers_of(self, text: str, name: str) -> tuple[str, ...]:
        found: set[str] = set()
        at = text.find(name)
        while at >= 0 and name:
            end = at + len(name)
            after = self.inside.match(text, end)
            if after is not None:
                span = self.reader.read(text, after.end(), commas=False)
                if span is not None:
                    found.add(text[span[0] : span[1]])
            before = self.inside_then.search(text, max(0, at - 60), at)
            if before is not None:
                found.add(before.group("larger"))
            owner = _OWNER_BEFORE.search(text, max(0, at - 60), at)
            if owner is not None:  # "China's Guangdong Province"
                found.add(owner.group("larger"))
            at = text.find(name, end)
        return tuple(sorted(found))

    def find(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The places of one sentence that a cue makes the event's, in text order."""
        text = sentence.text
        leads = []
        for lead in self.lead.finditer(text):
            span = self._span(text, lead)
            if span is not None and not self._person_owns(source.text, text, span):
                leads.append((lead, span))
        owners = self._owners(source, sentence)
        if not leads:
            return owners
        cues = [(c, m) for c in self.cues for m in c.words.finditer(text)]
        lede = bool(self.lede_role) and self._is_lede(source, sentence)
        if not cues and not lede:
            return owners
        found: list[Mention[NamedMention]] = []
        # (a place an event's noun owns is read first: "the Karsk earthquake struck in Ulm")
        taken = [(m.start - sentence.start, m.end - sentence.start) for m in owners]
        for lead, span in leads:
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            prep = fold(lead.group("prep"))
            role = self._role(text, lead.start(), span[1], prep, cues)
            opening = False
            if role is None and lede and prep in self.lede_before and not found:
                # the opening sentence tells the event: its first place is the event's (the
                # next are larger ones: "in Karsk, a city in the Ural region of Russia")
                role, opening = self.lede_role, True
            if role is None:
                continue
            taken.append(span)
            quote = (lead.start(), span[1])
            found.append(named_mention(source, sentence, "place", quote, role, span, opening))
        return sorted([*owners, *found], key=lambda m: (m.start, m.end))

    def _owners(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """Places named right before an event's noun, or owning it: "the Karsk earthquake",
        "Samoa's measles outbreak" (not a person's: "Roe's attack", nor a thing's)."""
        text = sentence.text
        found: list[Mention[NamedMention]] = []
        for cue, runs in zip(self.cues, self.owned_runs, strict=True):
            if cue.owned is None or not may_hold(runs, text):
                continue
            for m in cue.owned.finditer(text):
                owner = _OWNER_CUE.search(text, max(0, m.start() - OWNER_REACH), m.start())
                if owner is None:
                    continue
                start, end = owner.span("name")
                owned = text[end - 2 : end] in ("'s", "’s")
                end -= 2 if owned else 0
                # (past an article or other word that starts no place: "The Karsk earthquake")
                while start < end and fold(text[start:end].split()[0]) in self.reader.stop:
                    start = _past_word(text, start)
                words = text[start:end].split()
                if not words or any(fold(w) in self.not_owners for w in words):
                    continue
                span = (start, end)
                if owned:
                    if self._person_owns(source.text, text, span):
                        continue
                elif len(owner.group("between").split()) > 1 or not self.owner_lead.search(
                    text, 0, start
                ):
                    continue  # "Roe attack": no article, no place
                quote = (span[0], m.end())
                role = cue.rule.role
                found.append(named_mention(source, sentence, "place", quote, role, span))
        return found

    def _modifier(self, text: str, end: int) -> bool:
        """Whether the name ending at `end` modifies a noun after it, or is cut short of a
        longer name: "in Iraqi military bases", "on the U.S.-Mexican border", "in U.S.
        Federal Court"."""
        after = _NEXT.match(text, end)
        if after is None:
            return False
        if after.group(1):
            return True  # a hyphen right after the name
        word = after.group(2)
        if word[:1].isupper():
            return fold(word) in self.not_places
        word = fold(word)
        return word not in self.after_name and not word.endswith(self.after_endings)

    def _span(self, text: str, lead: re.Match[str]) -> tuple[int, int] | None:
        """The place's name after a lead ("in", "near the city of"), or None when the name
        there is no place: it modifies a noun ("in Iraqi military bases"; after "a" a name
        before a noun is still the place: "in a Manhattan, New York federal court")."""
        if self.not_after.search(text, max(0, lead.start() - 40), lead.start()):
            return None  # where something was published
        span = self.reader.read(text, lead.end())
        more = self.noun_of.match(text, span[1]) if span is not None else None
        if more is not None:
            span = self.reader.read(text, more.end()) or span
        if span is None or not text[span[0] : span[0] + 1].isupper():
            return None
        of_noun = self.place_of_noun.match(text, lead.end("prep")) is not None
        if "," in text[span[0] : span[1]] and not of_noun and self._modifier(text, span[1]):
            # "in Iran, German officials said": no larger place, a clause's subject
            span = self.reader.read(text, lead.end(), commas=False)
            if span is None:
                return None
        owns = _OWNS_NAME.match(text, span[1])
        if owns is not None:
            # "in China's Guangdong Province": the name owned, else the owner
            owned = self.reader.read(text, owns.end())
            if owned is not None and not self._modifier(text, owned[1]):
                return owned
            return span
        if not of_noun and self._modifier(text, span[1]):
            return None
        return span

    def _is_lede(self, source: Source, sentence: Sentence) -> bool:
        """Whether `sentence` is the source's opening sentence: the first with a word in
        lower case (a dateline before it has none); or one opening an item of a list (a
        line opened by blanks, where a bullet's marker stood), which tells a story of its
        own on a page of news summaries."""
        if _ITEM_START.search(source.text, max(0, sentence.start - ITEM_INDENT), sentence.start):
            return True
        if self._lede[0] is not source.text:
            first = _LOWER_START.search(source.text, _after_title_line(source))
            self._lede = (source.text, first.start() if first else -1)
        at = self._lede[1]
        return sentence.start <= at < sentence.end

    @staticmethod
    def _person_owns(whole: str, text: str, span: tuple[int, int]) -> bool:
        """Whether a one-word name before a possessive and a lower-case word is a person's
        surname the source gives in full ("in Chirac's honour" after "Jacques Chirac")."""
        name = text[span[0] : span[1]]
        if " " in name or not _OWNED.match(text, span[1]):
            return False
        if not name.isalnum():
            return (
                re.search(rf"(?<![\w-])[A-Z][\w’'-]*[a-z] {re.escape(name)}(?![\w-])", whole)
                is not None
            )
        # where the source writes the name after a space, a capitalized word before it
        return any(
            whole[start - 1 : start] == " "
            and _CAPITALIZED_BEFORE.search(whole, run_start(whole, start - 1, "’'-"), start)
            for start, _ in written(whole, name)
        )

    @staticmethod
    def _role(
        text: str, start: int, end: int, prep: str, cues: list[tuple[_Cue, re.Match[str]]]
    ) -> str | None:
        """The role of the nearest cue that allows this preposition, in reach, unbroken."""
        best: tuple[int, str] | None = None
        for cue, m in cues:
            if prep not in cue.before:
                continue
            if m.start() < end and start < m.end() and m.start() != start:
                # (a cue that is the word before the place counts: "battered Abaco")
                continue
            gap = text[m.end() : start] if m.end() <= start else text[end : m.start()]
            length = written_length(gap, REACH)
            if length > REACH or _BREAK.search(gap):
                continue
            distance = length - (1000 if cue.rule.unique else 0)
            if best is None or distance < best[0]:
                best = (distance, cue.rule.role)
        return best[1] if best else None
