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

from reconcile.kinds.named import (
    CAPITALS,
    NamedMention,
    NameReader,
    named_mention,
    phrases,
    written_length,
)
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.rules.schema import PlaceCue, PlaceRules
from reconcile.sentences import Sentence
from reconcile.wordfind import found_at, run_start, written
from reconcile.wordgate import Runs, first_runs, longest_runs, words_told

REACH = 160  # characters between a cue and its place, at most
NOUN_OF_WORDS = 2  # words between an article and a place's noun: "the market town of"
NOUN_BACK = 400  # characters before a place's noun read for its article (link markup blanked)
NOUN_LEAD_PREP = "in"  # "the enclave of Melilla" with no preposition: a cue reads it so
_OWNED = re.compile(r"['’]s [a-z]")
# a capitalized word ending in lower case, and a space: what `_person_owns` reads before a name
_CAPITALIZED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w’'-]*[a-z] \Z")
# a clause's end; not the period of a capital's abbreviation ("U.S. Army", "D.C. police")
_BREAK = re.compile(r"[;:!?]|(?<![A-Z])\.\s")
_NEXT = re.compile(r"(-)|\s+([a-z][\w’'-]*|[A-Z][\w’'-]*)")
# (spaces before the possessive: a link's markup blanked, "Congo 's" in tokenized text)
_OWNER_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<larger>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*['’]s\s+$"
)
_OWNS_NAME = re.compile(rf"\s*['’]s\s+(?=[{CAPITALS}])")
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
# A dated heading of a page of many stories: "2025 Uvira offensive", "January 2026 Karsk
# floods" (bullets and link markup before it blanked or kept); the name read from `name`.
_DATED_HEADING = re.compile(r"[ \t*+\-\[]*(?:[A-Z][a-z]+\s+)?\d{4}\s+(?P<name>[A-Z])")
_HEADING_TAIL = re.compile(r"\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s*$")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+\Z")  # a capitalized word, spaces
_LINE_INDENT = re.compile(r"[ \t*+\-\[]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s*$")


@record
class _Heading:
    """A dated heading's place and the span of the items under it (`PlaceFinder.headings`)."""

    name: str
    start: int  # the first line under the heading
    end: int  # the end of the last line more indented than the heading


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


@record
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
        article_joiners: tuple[str, ...] = (),
        counts: frozenset[str] = frozenset(),
        dotted: frozenset[str] = frozenset(),
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
        self.cue_runs = tuple(longest_runs(c.words) for c in rules.cue)  # (as `phrases` reads)
        # every cue's runs at once: most sentences hold none (None: one cannot be told)
        self.any_cue_runs: Runs = (
            None
            if any(runs is None for runs in self.cue_runs)
            else frozenset(w for runs in self.cue_runs if runs is not None for w in runs)
        )
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
            # (a name next, not "of the United States")
            rf"(?-i:{kinds})\s+of\s+(?-i:(?=[{CAPITALS}]))"
        )
        self.lead = gated(  # tried only where a preposition's first letters stand
            re.compile(
                rf"(?<![\w-])(?P<prep>{phrases(before).pattern})\s+"
                rf"(?:(?:{noun_of}|{intro})\s*)?"
                rf"(?:(?-i:{regions})\s+)?",  # in lower case: "in North Korea" is a name
                re.IGNORECASE,
            )
        )
        # the same with no preposition before it names a place as well: "storm the Spanish
        # enclave of Melilla" (read as after "in")
        self.noun_lead = re.compile(rf"(?<![\w-])(?P<prep>)(?:{noun_of})\s*", re.IGNORECASE)
        # (found from its noun, then read from the article before it: few sentences hold
        # one, most hold an article)
        self.noun_of_at = gated(re.compile(rf"(?<![\w-])(?-i:{kinds})\s+of\s+(?=[{CAPITALS}])"))
        self.noun_back = re.compile(
            rf"(?<![\w-])(?:{phrases(articles).pattern})\s+(?:[\w’'-]+\s+){{0,{NOUN_OF_WORDS}}}$",
            re.IGNORECASE,
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
            article_joiners=frozenset(fold(w) for w in article_joiners),
            articles=frozenset(fold(w) for w in articles),
            regions=frozenset(fold(w) for w in rules.regions),
            dotted=dotted,  # "St. Louis"
            coordinators=frozenset(fold(w) for w in rules.coordinators),  # "Karsk, Velm and Tarvin"
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
        self.noun_of = re.compile(rf"\s+(?:{phrases(nouns).pattern})\s+(?=[{CAPITALS}])")
        article = rf"(?:(?:{phrases(articles).pattern})\s+)?"
        self.inside = re.compile(
            rf"\s*,\s+(?=[{CAPITALS}])|(?:\s*,\s+|\s+)(?:{phrases(rules.inside).pattern})\s+{article}(?=[{CAPITALS}])"
        )
        # "in Dharin area of Bari Region", "the Sierra Nevada mountains of the United States":
        # a place's nouns in lower case after its name (or none, when the name holds them),
        # a word of `larger_of`, an article or none, a word of `regions` or none ("in Hangu
        # district of northwest Karskia"), the larger place's name
        tails = phrases(w for w in rules.nouns if w.islower()).pattern
        self.larger_of = (
            re.compile(
                rf"(?:\s+(?:{tails})){{0,2}}\s+(?:{phrases(rules.larger_of).pattern})\s+"
                rf"{article}(?:{regions}\s+)?(?=[{CAPITALS}])"
            )
            if rules.larger_of
            else None
        )
        self.noun_words = frozenset(fold(w) for w in rules.nouns if w.islower())
        larger = r"(?P<larger>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
        self.inside_then = re.compile(
            rf"(?<![\w-])(?:{phrases(rules.inside).pattern})\s+{article}{larger}\s*,\s+"
            rf"(?:{phrases(rules.inside_then).pattern})\s+{article}$"
        )
        self.after_name = frozenset(fold(w) for w in (*rules.after_name, *rules.nouns))
        self.after_endings = tuple(fold(w) for w in rules.after_name_endings)
        # number words, which start no noun a name modifies: "in Karsk three days ago"
        self.counts = counts
        self.not_places = frozenset(fold(w) for w in rules.not_places)
        # words after a heading's place that keep it the place: "the Louvre Museum"
        self.site_words = frozenset(fold(w) for w in (*rules.nouns, *rules.facilities))
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
        # the nouns of an event that end a dated heading ("2025 Uvira offensive"): the cues'
        # one-word nouns and `heading_events`
        self.heading_nouns = frozenset(
            fold(w) for c in rules.cue for w in (*c.words, *c.owned) if " " not in w
        ) | frozenset(fold(w) for w in rules.heading_events)
        self._headings: tuple[str, tuple[_Heading, ...]] = ("", ())
        # a source's text and the containers of each name asked about (`containers`)
        self._containers: tuple[str, dict[str, tuple[str, ...]]] = ("", {})
        # "in Haiti and the Dominican Republic": a coordinator, an article or none, a name
        self.and_name = re.compile(
            rf"\s+(?:{phrases(rules.coordinators, case=True).pattern})\s+{article}(?=[{CAPITALS}])"
        )

    def containers(self, text: str, name: str) -> tuple[str, ...]:
        """The larger places `text` puts a place named `name` in: "NAME, Larger", "NAME area of
        Larger", "NAME in the Larger", "in Larger, at NAME", "Larger's NAME" (as written,
        sorted). Kept for the last text asked about: each place claim of a long source asked
        again for names that stand in it many times."""
        if self._containers[0] is not text:
            self._containers = (text, {})
        kept = self._containers[1].get(name)
        if kept is None:
            kept = self._containers[1][name] = self._containers_of(text, name)
        return kept

    def _containers_of(self, text: str, name: str) -> tuple[str, ...]:
        found: set[str] = set()
        for at in found_at(text, name):
            end = at + len(name)
            after = self.inside.match(text, end)
            if after is not None:
                span = self.reader.read(text, after.end(), commas=False)
                if span is not None:
                    found.add(text[span[0] : span[1]])
            noun_of = self._larger(text, (at, end))
            if noun_of is not None:  # "Dharin area of Bari Region"
                found.add(text[noun_of[0] : noun_of[1]])
            before = self.inside_then.search(text, max(0, at - 60), at)
            if before is not None:
                found.add(before.group("larger"))
            owner = _OWNER_BEFORE.search(text, max(0, at - 60), at)
            if owner is not None:  # "China's Guangdong Province"
                found.add(owner.group("larger"))
        return tuple(sorted(found))

    def find(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The places of one sentence that a cue makes the event's, in text order."""
        text = sentence.text
        words = words_told(text)  # (read once for every cue's runs: `_holds`)
        cues = (
            [
                (c, m)
                for c, runs in zip(self.cues, self.cue_runs, strict=True)
                if _holds(runs, words)
                for m in c.words.finditer(text)
            ]
            if _holds(self.any_cue_runs, words)
            else []
        )
        lede = bool(self.lede_role) and self._is_lede(source, sentence)
        leads = []
        # (a lead makes a place the event's only by a cue or in the opening sentence: most
        # sentences have neither, and their leads are not read)
        for lead in (*self.lead.finditer(text), *self._noun_leads(text)) if cues or lede else ():
            span = self._span(text, lead)
            if span is not None and not self._person_owns(source.text, text, span):
                leads.append((lead, span))
        owners = self._owners(source, sentence, words)
        found = self._cued(source, sentence, leads, owners, cues, lede)
        at = sentence.start
        headed = self._headed(source, sentence, [(m.start - at, m.end - at) for m in found])
        if not headed:
            return found
        return sorted([*found, *headed], key=lambda m: (m.start, m.end))

    def _cued(
        self,
        source: Source,
        sentence: Sentence,
        leads: list[tuple[re.Match[str], tuple[int, int]]],
        owners: list[Mention[NamedMention]],
        cues: list[tuple[_Cue, re.Match[str]]],
        lede: bool,
    ) -> list[Mention[NamedMention]]:
        """The places a cue (`cues`, its words in the sentence), the opening sentence
        (`lede`) or an event's noun makes the event's."""
        text = sentence.text
        if not leads or (not cues and not lede):
            return owners
        found: list[Mention[NamedMention]] = []
        # (a place an event's noun owns is read first: "the Karsk earthquake struck in Ulm")
        taken = [(m.start - sentence.start, m.end - sentence.start) for m in owners]
        for lead, span in leads:
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            prep = fold(lead.group("prep")) or NOUN_LEAD_PREP
            role = self._role(text, lead.start(), span[1], prep, cues)
            opening = False
            if (
                role is None
                and lede
                and prep in self.lede_before
                and self._first_or_in(text, sentence.start, found, lead.start())
            ):
                # the opening sentence tells the event: its first place is the event's, and
                # the larger one it is put in right after it ("at the Louvre in Paris"); not
                # the next ones ("in Karsk, a city in the Ural region of Russia")
                role, opening = self.lede_role, True
            if role is None:
                continue
            taken.append(span)
            quote = (lead.start(), span[1])
            found.append(named_mention(source, sentence, "place", quote, role, span, opening))
            other = self._coordinated(text, span[1])
            if other is not None and not any(a < other[1] and other[0] < b for a, b in taken):
                # "killed in Haiti and the Dominican Republic": both are the event's
                taken.append(other)
                found.append(named_mention(source, sentence, "place", other, role, other, opening))
            for place in (span, other):
                larger = self._larger(text, place) if place is not None else None
                if larger is None or any(a < larger[1] and larger[0] < b for a, b in taken):
                    continue
                # "in Dharin area of Bari Region": the larger place is the event's too
                taken.append(larger)
                mention = named_mention(source, sentence, "place", larger, role, larger, opening)
                found.append(mention)
        return sorted([*owners, *found], key=lambda m: (m.start, m.end))

    def _coordinated(self, text: str, end: int) -> tuple[int, int] | None:
        """The name of a place joined by "and" to the one ending at `end` ("in Haiti and the
        Dominican Republic"), read as after the preposition; None when there is none or it
        is no place (a title's words, a noun's modifier)."""
        joined = self.and_name.match(text, end)
        if joined is None:
            return None
        span = self.reader.read(text, joined.end())
        if span is None or not text[span[0] : span[0] + 1].isupper():
            return None
        words = [fold(w) for w in text[span[0] : span[1]].split()]
        if words[0] in self.reader.stop or any(w in self.reader.not_larger for w in words):
            return None  # "in Karsk and Governor Jane Roe said"
        if self._modifier(text, span[1]):
            return None
        return span

    def _larger(self, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
        """The larger place a place's noun puts the place ending at `span` in ("in Dharin area
        of Bari Region", "the Cal Miskaad mountains of the Bari Region"), or None: the name
        must end in a place's noun, or one must follow it."""
        if self.larger_of is None:
            return None
        after = self.larger_of.match(text, span[1])
        if after is None:
            return None
        words = [text[span[0] : span[1]].split()[-1], *after.group(0).split()]
        if not any(fold(w) in self.noun_words for w in words):
            return None  # no place's noun: "the Duke of York"
        larger = self.reader.read(text, after.end())
        if larger is None or not text[larger[0] : larger[0] + 1].isupper():
            return None
        words = [fold(w) for w in text[larger[0] : larger[1]].split()]
        if words[0] in self.reader.stop or any(w in self.reader.not_larger for w in words):
            return None
        if self._modifier(text, larger[1]):
            return None
        return larger

    @staticmethod
    def _first_or_in(
        text: str, offset: int, found: list[Mention[NamedMention]], start: int
    ) -> bool:
        """Whether a lead at `start` of the opening sentence reads its first place, or the
        larger place the one before it is put in: "at the Louvre Museum in Paris"."""
        if not found:
            return True
        last = found[-1]
        return len(found) == 1 and not text[last.end - offset : start].strip()

    def headings(self, text: str) -> tuple[_Heading, ...]:
        """The dated headings of a page of many stories that name a place ("2025 Uvira
        offensive": a year, a name, lower-case words ending with a noun of an event), each
        with the span of the lines under it (more indented, up to a blank line). Kept for
        the last text asked about."""
        if self._headings[0] is not text:
            self._headings = (text, self._headings_of(text) if "\n " in text else ())
        return self._headings[1]

    def _headings_of(self, text: str) -> tuple[_Heading, ...]:
        found: list[_Heading] = []
        open_: list[tuple[str, int, int]] = []  # name, indent, first line under it
        at = 0
        while True:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            blank = not line.strip()
            indent = _LINE_INDENT.match(line).end()  # type: ignore[union-attr]
            while open_ and (blank or indent <= open_[-1][1]):
                name, _, start = open_.pop()
                if start < at:
                    found.append(_Heading(name, start, at - 1))
            if not blank and indent > 0:
                for name in self._heading_names(line):
                    open_.append((name, indent, end + 1))
            if end >= len(text):
                break
            at = end + 1
        for name, _, start in open_:
            if start < len(text):
                found.append(_Heading(name, start, len(text)))
        return tuple(found)

    def _heading_names(self, line: str) -> list[str]:
        """The places the dated headings of a heading line name ("Immigration policy,
        2025 Brown University shooting": a line may list several headings)."""
        if _SENTENCE_END.search(line):
            return []
        found = []
        for part in line.split(","):
            name = self._heading_name(part)
            if name is not None:
                found.append(name)
        return found

    def _heading_name(self, line: str) -> str | None:
        """The place a dated heading names, or None."""
        dated = _DATED_HEADING.match(line)
        if dated is None:
            return None
        span = self.reader.read(line, dated.start("name"), commas=False)
        if span is None:
            return None
        tail = _HEADING_TAIL.match(line, span[1])
        if tail is None or fold(tail.group(1).split()[-1]) not in self.heading_nouns:
            return None
        name = line[span[0] : span[1]]
        words = [fold(w) for w in name.split()]
        if any(c.isdigit() for c in name) or any(w in self.not_owners for w in words):
            return None  # a thing's name ("Air India", "ATR 42"): no place
        return " ".join(name.split())

    def _headed(
        self, source: Source, sentence: Sentence, taken: list[tuple[int, int]]
    ) -> list[Mention[NamedMention]]:
        """The places a dated heading names, where its items name them again: under "2025
        Uvira offensive", "M23 takes control of Uvira, South Kivu" (the name alone, or with
        a place's noun after it: "the Louvre Museum" under "2025 Louvre robbery")."""
        if not self.lede_role:
            return []
        first, last = sentence.start, sentence.start + len(sentence.text)
        text = sentence.text
        found: list[Mention[NamedMention]] = []
        for heading in self.headings(source.text):
            if heading.end <= first or last <= heading.start:
                continue
            low = max(0, heading.start - first)
            high = min(len(text), heading.end - first)
            at = text.find(heading.name, low, high)
            while at >= 0:
                span = self._heading_place(text, at, heading.name)
                if span is not None and not any(a < span[1] and span[0] < b for a, b in taken):
                    taken.append(span)
                    found.append(
                        named_mention(source, sentence, "place", span, self.lede_role, span)
                    )
                at = text.find(heading.name, at + len(heading.name), high)
        return found

    def _heading_place(self, text: str, at: int, name: str) -> tuple[int, int] | None:
        """The span of a heading's place named at `at`: the name as a whole (not part of a
        longer one: "Balochistan Liberation Army"), a place's noun or a site's word after it,
        and the larger places a comma joins ("Uvira, South Kivu")."""
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-’'"):
            return None
        before = _WORD_BEFORE.search(text, max(0, at - NOUN_BACK), at)
        if before is not None and fold(before.group(1)) not in self.reader.stop:
            return None  # the end of a longer name: "Greater Uvira" (not "The Louvre")
        span = self.reader.read(text, at)
        alone = self.reader.read(text, at, commas=False)
        if span is None or alone is None or span[0] != at:
            return None
        extra = text[at + len(name) : alone[1]].split()
        if any(fold(w) not in self.site_words for w in extra) or self._modifier(text, alone[1]):
            return None  # a longer name, or a noun's modifier: "Ugandan police"
        return span

    def _noun_leads(self, text: str) -> list[re.Match[str]]:
        """`noun_lead` matches of `text`, read where a place's noun and "of" stand."""
        found = []
        for noun in self.noun_of_at.finditer(text):
            back = self.noun_back.search(text, max(0, noun.start() - NOUN_BACK), noun.start())
            lead = self.noun_lead.match(text, back.start()) if back is not None else None
            if lead is not None:
                found.append(lead)
        return found

    def _owners(
        self, source: Source, sentence: Sentence, told: frozenset[str] | None
    ) -> list[Mention[NamedMention]]:
        """Places named right before an event's noun, or owning it: "the Karsk earthquake",
        "Samoa's measles outbreak" (not a person's: "Roe's attack", nor a thing's); `told`:
        the sentence's words (`words_told`)."""
        text = sentence.text
        found: list[Mention[NamedMention]] = []
        for cue, runs in zip(self.cues, self.owned_runs, strict=True):
            if cue.owned is None or not _holds(runs, told):
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
        return (
            word not in self.after_name
            and word not in self.counts
            and not word.endswith(self.after_endings)
        )

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


def _holds(runs: Runs, words: frozenset[str] | None) -> bool:
    """`may_hold(runs, text)` of a sentence whose words are `words_told(text)`: False only
    when the sentence cannot hold a phrase whose run is in `runs`."""
    return runs is None or words is None or not runs.isdisjoint(words)
