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
from reconcile.wordgate import first_runs, may_hold

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
    ) -> None:
        self.roles = roles  # how reports name the origin and the destination
        self.verbs = phrases(rules.verbs)
        self.verb_runs = first_runs(rules.verbs)  # (a sentence without one is not scanned)
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
        )

    def find(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The origins and destinations of one sentence, in text order."""
        text = sentence.text
        # (a travel word written with a capital inside a sentence is part of a name: "Lion Air
        # Flight 610 was recovered from the sea" tells of no journey)
        if not may_hold(self.verb_runs, text):
            return []
        anchors = [
            m.end()
            for m in self.verbs.finditer(text)
            if m.start() == 0 or not text[m.start()].isupper()
        ]
        if not anchors:
            return []
        found: list[Mention[NamedMention]] = []
        for end, role, pattern in zip(ENDS, self.roles, self.ends, strict=True):
            for lead in pattern.finditer(text):
                span = self.reader.read(text, lead.end())
                if span is None or not text[span[0] : span[0] + 1].isupper():
                    continue
                if not any(self._reaches(text, a, lead.start()) for a in anchors):
                    continue
                if end == "origin":
                    anchors.append(span[1])  # a destination may follow the origin
                found.append(
                    named_mention(source, sentence, "route", (lead.start(), span[1]), role, span)
                )
        return sorted(found, key=lambda m: m.start)

    @staticmethod
    def _reaches(text: str, anchor: int, start: int) -> bool:
        gap = text[anchor:start]
        return start >= anchor and written_length(gap, REACH) <= REACH and not _BREAK.search(gap)
