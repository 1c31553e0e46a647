"""The ends of a journey: an origin after "from", a destination after "to", near a word of
travel from `named.toml` ("airlifted from Omsk to Berlin", "a flight bound for Lagos").

Each end is its own mention with the role "origin" or "destination". A destination is read
only within `REACH` characters after a travel word or after an origin, so that "said to
Reuters" or "returned to normal" in a sentence about a flight is not a destination.
"""

from __future__ import annotations

import re

from reconcile.kinds.named import NamedMention, NameReader, named_mention, phrases, written_length
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.rules.schema import PlaceRules, RouteRules
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, first_runs, may_hold

REACH = 40  # characters from a travel word (or an origin) to an end of the route, at most
# a clause's end; not the period of a capital's abbreviation ("U.S. Army", "D.C. police")
_BREAK = re.compile(r"[;:!?]|(?<![A-Z])\.\s")
ENDS = ("origin", "destination")  # the keys of the two roles (`roles` of `named.toml`)


class RouteFinder:
    """Travel words and the words before each end, compiled once."""

    def __init__(
        self,
        rules: RouteRules,
        places: PlaceRules,
        stop: frozenset[str],
        roles: tuple[str, str] = ENDS,
        dotted: frozenset[str] = frozenset(),
    ) -> None:
        self.roles = roles  # how reports name the origin and the destination
        self.verbs = phrases(rules.verbs)
        self.verb_runs = first_runs(rules.verbs)  # (a sentence without one is not scanned)
        self.gate = Gate.of(self.verb_runs)  # (the kind's: `find` asks the same first)
        intro = phrases(places.introducers).pattern
        self.ends = tuple(
            re.compile(
                rf"(?<![\w-])(?:{phrases(words).pattern})\s+(?:(?:{intro})\s*)?", re.IGNORECASE
            )
            for words in (rules.origin, rules.destination)
        )
        self.reader = NameReader(
            frozenset(fold(w) for w in places.name_joiners),
            frozenset(fold(w) for w in places.not_places) | stop,
            dotted=dotted,  # "St. Louis"
        )
        name = r"[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,2}"
        self.endings = rules.destination_endings
        self.dashes = rules.ends_dashes
        # "the Nairobi-bound flight"
        endings = "|".join(re.escape(e) for e in rules.destination_endings) or "(?!)"
        self.bound = re.compile(rf"(?<![\w’'.-])(?P<name>{name})(?:{endings})(?![\w-])")
        # "the Karsk–Tarvin flight": two names, a dash between, a word of a journey after
        dashes = "|".join(re.escape(d) for d in rules.ends_dashes) or "(?!)"
        self.paired = re.compile(
            rf"(?<![\w’'.-])(?P<origin>{name})\s*(?:{dashes})\s*(?P<destination>{name})"
            rf"\s+(?:{phrases(rules.verbs).pattern})"
        )

    def find(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The origins and destinations of one sentence, in text order."""
        text = sentence.text
        # (a travel word written with a capital inside a sentence is part of a name: "Lion Air
        # Flight 610 was recovered from the sea" tells of no journey)
        if not may_hold(self.verb_runs, text):
            return []
        found = self._joined(source, sentence)
        anchors = [
            m.end()
            for m in self.verbs.finditer(text)
            if m.start() == 0 or not text[m.start()].isupper()
        ]
        if not anchors:
            return sorted(found, key=lambda m: m.start)
        for end, role, pattern in zip(ENDS, self.roles, self.ends, strict=True):
            for lead in pattern.finditer(text):
                span = self.reader.read(text, lead.end())
                if span is None or not text[span[0] : span[0] + 1].isupper():
                    continue
                if not any(
                    self._reaches(text, a, lead.start()) or lead.start() < a <= lead.end()
                    for a in anchors  # ("bound for Lagos": the travel word in the lead)
                ):
                    continue
                if any(
                    m.start < sentence.start + span[1] and sentence.start + span[0] < m.end
                    for m in found
                ):
                    continue
                if end == "origin":
                    anchors.append(span[1])  # a destination may follow the origin
                found.append(
                    named_mention(source, sentence, "route", (lead.start(), span[1]), role, span)
                )
        return sorted(found, key=lambda m: m.start)

    def _joined(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The ends a journey's words are joined to: "the Nairobi-bound flight", "the
        Karsk–Tarvin flight"."""
        text = sentence.text
        found = []
        ends = []
        if any(e in text for e in self.endings):  # (most sentences hold none: no scan)
            ends += [(m.span("name"), self.roles[1]) for m in self.bound.finditer(text)]
        if any(d in text for d in self.dashes):
            for m in self.paired.finditer(text):
                ends += [(m.span(g), role) for g, role in zip(ENDS, self.roles, strict=True)]
        for (start, end), role in ends:
            # (not the article or weekday opening it: "The Nairobi-bound flight")
            while start < end and fold(text[start:end].split()[0]) in self.reader.stop:
                start = text.index(" ", start) + 1 if " " in text[start:end] else end
            if start < end:
                span = (start, end)
                found.append(named_mention(source, sentence, "route", span, role, span))
        return found

    @staticmethod
    def _reaches(text: str, anchor: int, start: int) -> bool:
        gap = text[anchor:start]
        return start >= anchor and written_length(gap, REACH) <= REACH and not _BREAK.search(gap)
