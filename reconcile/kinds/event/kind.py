"""The event kind: a named event with the date and place sources give it.

Found as an event noun from rules with a date or a place (`find.py`); blocked by event
class; a pair scored on the events' names (or, for a bare noun, name and words around);
judged on dates (equal agree, nested compatible, different conflict) and places.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reconcile.context import ContextReader, Features, words
from reconcile.dates import date_relation
from reconcile.kinds.base import Kind, detail_of, name_span, named_claim
from reconcile.kinds.event.find import EventWords, find_events
from reconcile.kinds.event.records import EventDetail, EventMention
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Context, Judgement, Mention, PairDecision, Source, Verdict
from reconcile.names import fold
from reconcile.reasons import (
    ContextField,
    DateNotResolved,
    DatesStated,
    DifferentEvents,
    LikelyDifferentEvents,
    NamesSimilar,
    Note,
    PlacesStated,
    SameEventClass,
    Stated,
)
from reconcile.sentences import Sentence


def event(claim: Claim) -> EventDetail:
    """What an event claim states."""
    return detail_of(claim, EventDetail)


class EventKind(Kind):
    """A named event, when and where it happens."""

    name = "event"
    claim_kinds = ("event",)
    numeric = False
    stated = Stated.DATE_OR_PLACE
    context_notes = (ContextField.ATTRIBUTION,)  # dates and places have notes of their own

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        self.cutoff = self.rules.matching.event_cutoff
        self.words = EventWords(lexicon)
        self.gate = self.words.gate

    @staticmethod
    def means(claim: Claim) -> str:
        return event(claim).when_where or " ".join(claim.quote.split())

    @staticmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        return name_span(event(claim).when_where, quote)

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        e = event(claim)
        return {"date": e.date, "name": e.name, "place": e.place}

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return find_events(source, sentence, self.words)

    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        stated = detail_of(mention, EventMention)
        where = stated.place_text
        return named_claim(
            mention,
            dimension=f"event:{stated.event_class}",
            noun_class=stated.event_class,
            context=Context(
                subject=stated.event_text, location=where or None, time=stated.date_text or None
            ),
            detail=EventDetail(
                name=stated.event_text,
                event_class=stated.event_class,
                date=stated.date,
                date_text=stated.date_text or None,
                place=where or None,
                place_key=self.context.aliases.apply(where),
            ),
        )

    def block_key(self, claim: Claim) -> str | None:
        return f"{claim.kind}|{claim.dimension}"

    def posting_keys(self, claim: Claim) -> Iterable[str]:
        e = event(claim)
        return words(fold(f"{e.date or e.date_text or ''}|{e.place_key} {e.name}"))

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        from rapidfuzz import fuzz  # matching's library: extraction never needs it

        ea, eb = event(a), event(b)
        apply = self.context.aliases.apply
        name_a, name_b = apply(ea.name), apply(eb.name)
        by_names = len(name_a.split()) > 1 and len(name_b.split()) > 1
        if by_names:
            score = fuzz.token_sort_ratio(name_a, name_b, score_cutoff=self.cutoff)
        else:  # a bare "summit": what the sentence says around it must match
            score = fuzz.token_set_ratio(
                f"{name_a} {fa.text}", f"{name_b} {fb.text}", score_cutoff=self.cutoff
            )
        if score == 0:
            return PairDecision(0.0, (), DifferentEvents(ea.name, eb.name))
        dates = None
        if ea.date and eb.date and date_relation(ea.date, eb.date) == "different":
            dates = (ea.date, eb.date)
        places = None
        if fa.places and fb.places and not (fa.places & fb.places):
            places = (a.context.location or "", b.context.location or "")
        if (dates or places) and (not by_names or a.source_id == b.source_id):
            # "talks on Monday" and "talks on Tuesday" are more often two sessions than a
            # disagreement: only events named alike by two sources can conflict.
            veto = LikelyDifferentEvents(dates, places, not by_names, score)
            return PairDecision(0.0, (), veto)
        reasons = (SameEventClass(a.noun_class or ""), NamesSimilar(not by_names, score))
        return PairDecision(float(score), reasons)

    def judge(self, members: Sequence[Claim]) -> Judgement:
        """Dates and places of one event: equal agree, nested compatible, different conflict."""
        notes: list[Note] = []
        verdict: Verdict = "agree"
        dates = sorted({d for c in members if (d := event(c).date)})
        unresolved = sorted({c.context.time or "" for c in members if not event(c).date})
        for i, a in enumerate(dates):
            for b in dates[i + 1 :]:
                relation = date_relation(a, b)
                if relation == "different":
                    verdict = "conflict"
                elif relation == "within" and verdict == "agree":
                    verdict = "compatible"
        if len(dates) > 1:
            written: dict[str, set[str]] = {d: set() for d in dates}
            for c in members:
                if (d := event(c).date) and c.context.time:
                    written[d].add(c.context.time)
            notes.append(DatesStated(tuple((d, tuple(sorted(written[d]))) for d in dates)))
        if unresolved and any(unresolved):
            notes.append(DateNotResolved(tuple(u for u in unresolved if u)))
            if verdict == "agree" and (dates or len(unresolved) > 1):
                verdict = "compatible"
        # each distinct place once: a conflict needs two places that share no word
        keys = sorted(
            {self.context.place_words(c.context.location) for c in members if c.context.location},
            key=sorted,
        )
        for i, a_key in enumerate(keys):
            for b_key in keys[i + 1 :]:
                if a_key and b_key and not (a_key & b_key):
                    verdict = "conflict"
        if len(set(keys)) > 1:
            shown = sorted({c.context.location or "" for c in members if c.context.location})
            notes.append(PlacesStated(tuple(shown)))
        return Judgement(verdict, None, tuple(notes))

    def label(self, members: Sequence[Claim]) -> str:
        names = sorted({event(c).name for c in members}, key=lambda n: (-len(n), n))
        when = sorted({event(c).date or c.context.time or "" for c in members} - {""})
        where = sorted(
            {c.context.location or "" for c in members} - {""}, key=lambda w: (len(w), w)
        )
        label = names[0]
        if when:
            label += ", " + " / ".join(when)
        if where:
            label += ", " + " / ".join(where)
        return label
