"""Named events: an event noun from rules with the date and place the sentence gives it.

"the NATO-Russia Council meeting is set for January 12 in Brussels" is an event claim: the
event as named, its class ("meeting"), its date (resolved against the publication date, see
`reconcile.dates`) and its place. A sentence with an event noun but neither a date nor a
place states nothing to compare and gives no claim. `event_claims` turns the mentions into
claims; `match` compares events of one class by name, `compare` their dates and places.
"""

from __future__ import annotations

import re
from functools import cache

from reconcile.dates import calendar, find_dates
from reconcile.kinds.event.records import EventMention
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence

_WORD_BEFORE = re.compile(r"[\w’'.-]+")


@cache
def _name_stop(rules: RuleSet) -> frozenset[str]:
    """Words that end an event's name when read leftwards from its noun."""
    return frozenset(w.lower() for w in rules.events.name_stop)


@cache
def _noun_pattern(rules: RuleSet) -> re.Pattern[str]:
    nouns = sorted({n for c in rules.events.event_class for n in c.nouns}, key=len, reverse=True)
    return re.compile(r"\b(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")\b", re.I)


@cache
def _class_of(rules: RuleSet) -> dict[str, str]:
    return {fold(n): c.name for c in rules.events.event_class for n in c.nouns}


@cache
def _place_pattern(rules: RuleSet) -> re.Pattern[str]:
    before = "|".join(re.escape(w) for w in rules.events.place_before)
    return re.compile(
        rf"\b(?:{before})\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})"
    )


def find_events(source: Source, sentence: Sentence, rules: RuleSet) -> list[Mention[EventMention]]:
    """Event mentions of one sentence: an event noun with a date or a place."""
    if not rules.events.event_class:
        return []
    text = sentence.text
    nouns = list(_noun_pattern(rules).finditer(text))
    if not nouns:
        return []
    future = _is_future(text, rules)
    dates = [d for d in find_dates(text, source.published, calendar(rules), future) if d.text]
    not_places = {fold(w) for w in rules.events.not_places}
    places = [
        p
        for p in _place_pattern(rules).finditer(text)
        if fold(re.sub(r"['’]s$", "", p.group("place").split()[0])) not in not_places
    ]
    found: list[Mention[EventMention]] = []
    for noun in nouns[:1]:  # one event per sentence: the first named
        start = _name_start(text, noun.start(), rules)
        name_end = noun.end()
        holder = _holder(text, start, rules) if start == noun.start() else None
        tail = re.match(r"\s+of\s+", text[name_end:])
        if tail:
            words = list(_WORD_BEFORE.finditer(text, name_end + tail.end()))[:3]
            kept: list[re.Match[str]] = []
            for word in words:
                if word.group(0).lower() in _name_stop(rules) or re.search(r"\d", word.group(0)):
                    break
                if kept and text[kept[-1].end() : word.start()].strip():
                    break
                kept.append(word)
            if kept:
                name_end = kept[-1].end()
        after = [d for d in dates if d.start >= noun.start()]
        date = (after or dates)[0] if dates else None
        place = next((p for p in places if p.start() >= noun.start()), None)
        if place is None and places:
            place = places[0]
        if date is None and place is None:
            continue
        name = text[start:name_end]
        if holder:
            name = f"{text[holder[0] : holder[1]]} {name}"
            start = holder[0]
        end = max(
            name_end,
            date.end if date else 0,
            place.end("place") if place else 0,
        )
        found.append(
            Mention(
                source_id=source.id,
                kind="event",
                quote=text[start:end],
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=text,
                sentence_start=sentence.start,
                detail=EventMention(
                    event_text=name,
                    event_class=_class_of(rules)[fold(noun.group("noun"))],
                    date_text=date.text if date else "",
                    date=date.iso if date else None,
                    place_text=place.group("place") if place else "",
                ),
            )
        )
    return found


def _is_future(text: str, rules: RuleSet) -> bool:
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(fold(w))}\b", folded) for w in rules.events.future_words)


def _name_start(text: str, noun_start: int, rules: RuleSet) -> int:
    """Where the event's name starts: up to four words back, stopping at a determiner, a
    verb or preposition of the clause, or punctuation."""
    before = text[:noun_start]
    start = noun_start
    for taken, m in enumerate(reversed(list(_WORD_BEFORE.finditer(before)))):
        stop = m.group(0).lower() in _name_stop(rules)
        if before[m.end() : start].strip() or taken == 4 or stop:
            break
        start = m.start()
    return start


def _holder(text: str, noun_start: int, rules: RuleSet) -> tuple[int, int] | None:
    """For a bare "a summit", who holds it: the proper-named subject of its clause.

    "NATO defence ministers will hold a summit" gives (the span of) "NATO defence ministers".
    """
    clause_start = max((m.end() for m in re.finditer(r"[,;:]", text[:noun_start])), default=0)
    clause = text[clause_start:noun_start]
    verb = re.search(r"\s(?:will|would|to|has|have|had|is|are|was|were|hold|holds|held)\s", clause)
    if verb is None:
        return None
    subject = clause[: verb.start()].strip()
    first = subject.split()[0] if subject else ""
    never = {fold(w) for w in rules.matching.not_subjects}
    if not first[:1].isupper() or fold(first) in never or len(subject.split()) > 5:
        return None
    at = clause_start + clause.index(subject)
    return at, at + len(subject)
