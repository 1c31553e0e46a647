"""Named events: an event noun from rules with the date and place the sentence gives it.

"the NATO-Russia Council meeting is set for January 12 in Brussels" is an event claim: the
event as named, its class ("meeting"), its date (resolved against the publication date, see
`reconcile.dates`) and its place. A sentence with an event noun but neither a date nor a
place states nothing to compare and gives no claim. `event_claims` turns the mentions into
claims; `match` compares events of one class by name, `compare` their dates and places.
"""

from __future__ import annotations

import re

from reconcile.dates import find_dates
from reconcile.kinds.base import sentence_mention
from reconcile.kinds.event.records import EventMention
from reconcile.lexicon import Lexicon
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.regex_starts import gated
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, first_runs, may_hold

_WORD_BEFORE = re.compile(r"[\w’'.-]+")


class EventWords:
    """The event words of one language, compiled once per run from its lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        events = lexicon.rules.events
        self.calendar = lexicon.calendar
        self.any = bool(events.event_class)
        self.name_stop = frozenset(w.lower() for w in events.name_stop)
        nouns = sorted({n for c in events.event_class for n in c.nouns}, key=lambda n: (-len(n), n))
        first = "".join(sorted({re.escape(n[0]) for n in nouns}))  # tried first, quickly
        self.noun_runs = first_runs(nouns)  # (a sentence without one is not scanned)
        # (the kind's gate: a noun's first run, as `find_events` asks first; none at all
        # without an event class)
        self.gate = Gate.of(self.noun_runs) if self.any else Gate(frozenset())
        self.noun = gated(  # tried only where a noun's first letters stand
            re.compile(
                (rf"\b(?=[{first}])" if first else r"\b")
                + r"(?P<noun>"
                + "|".join(re.escape(n) for n in nouns)
                + r")\b",
                re.I,
            )
        )
        self.class_of = {fold(n): c.name for c in events.event_class for n in c.nouns}
        before = "|".join(re.escape(w) for w in events.place_before)
        articles = "".join(rf"(?:{re.escape(a)}\s+)?" for a in events.place_articles[:1])
        self.place = re.compile(
            rf"\b(?:{before})\s+{articles}(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})"
        )
        breaks = "|".join(re.escape(w) for w in events.place_breaks) or "(?!)"
        self.place_break = re.compile(rf"\b(?:{breaks})\b")
        self.future = [re.compile(rf"\b{re.escape(fold(w))}\b") for w in events.future_words]
        self.not_places = frozenset(fold(w) for w in events.not_places)
        verbs = "|".join(re.escape(v) for v in events.holder_verbs) or "(?!)"
        self.holder_verb = re.compile(rf"\s(?:{verbs})\s")
        self.not_subjects = frozenset(fold(w) for w in lexicon.rules.matching.not_subjects)
        # "the summit of NATO leaders": the words after "of" are part of the name
        of = "|".join(re.escape(w) for w in lexicon.rules.numbers.of_words) or "(?!)"
        self.of_after = re.compile(rf"\s+(?:{of})\s+")


def find_events(
    source: Source, sentence: Sentence, words: EventWords
) -> list[Mention[EventMention]]:
    """Event mentions of one sentence: an event noun with a date or a place."""
    if not words.any:
        return []
    text = sentence.text
    if not may_hold(words.noun_runs, text):
        return []
    nouns = list(words.noun.finditer(text))
    if not nouns:
        return []
    folded = fold(text)
    future = any(p.search(folded) for p in words.future)
    dates = [d for d in find_dates(text, source.published, words.calendar, future) if d.text]
    places = [
        p
        for p in words.place.finditer(text)
        if fold(re.sub(r"['’]s$", "", p.group("place").split()[0])) not in words.not_places
    ]
    found: list[Mention[EventMention]] = []
    # "the National Conference of State Legislatures": a capitalized event noun with a
    # capitalized name after "of" names a body, not an event
    nouns = [n for n in nouns if not _body_name(text, n, words)]
    for noun in nouns[:1]:  # one event per sentence: the first named
        start = _name_start(text, noun.start(), words.name_stop)
        name_end = noun.end()
        holder = _holder(text, start, words) if start == noun.start() else None
        tail = words.of_after.match(text[name_end:])
        if tail:
            following = list(_WORD_BEFORE.finditer(text, name_end + tail.end()))[:3]
            kept: list[re.Match[str]] = []
            for word in following:
                if word.group(0).lower() in words.name_stop or re.search(r"\d", word.group(0)):
                    break
                if kept and text[kept[-1].end() : word.start()].strip():
                    break
                kept.append(word)
            if kept:
                name_end = kept[-1].end()
        after = [d for d in dates if d.start >= noun.start()]
        date = (after or dates)[0] if dates else None
        # the first place after the noun, unless a clause about someone opens between them
        # ("an attack on protesters who remain in Gaza"); else the first before it
        cut = words.place_break.search(text, noun.end())
        reach = cut.start() if cut else len(text)
        place = next((p for p in places if noun.start() <= p.start() < reach), None)
        if place is None and places and places[0].start() < noun.start():
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
        detail = EventMention(
            event_text=name,
            event_class=words.class_of[fold(noun.group("noun"))],
            date_text=date.text if date else "",
            date=date.iso if date else None,
            place_text=place.group("place") if place else "",
        )
        found.append(sentence_mention(source, sentence, "event", start, end, detail))
    return found


def _body_name(text: str, noun: re.Match[str], words: EventWords) -> bool:
    """Whether an event noun is the head of a body's name: "Conference of State ..."."""
    if not noun.group(0)[:1].isupper():
        return False
    of = words.of_after.match(text, noun.end())
    return of is not None and text[of.end() : of.end() + 1].isupper()


def _name_start(text: str, noun_start: int, name_stop: frozenset[str]) -> int:
    """Where the event's name starts: up to four words back, stopping at a determiner, a
    verb or preposition of the clause, or punctuation."""
    before = text[:noun_start]
    start = noun_start
    for taken, m in enumerate(reversed(list(_WORD_BEFORE.finditer(before)))):
        stop = m.group(0).lower() in name_stop
        if before[m.end() : start].strip() or taken == 4 or stop:
            break
        start = m.start()
    return start


def _holder(text: str, noun_start: int, words: EventWords) -> tuple[int, int] | None:
    """For a bare "a summit", who holds it: the proper-named subject of its clause.

    "NATO defence ministers will hold a summit" gives (the span of) "NATO defence ministers".
    """
    clause_start = max((m.end() for m in re.finditer(r"[,;:]", text[:noun_start])), default=0)
    clause = text[clause_start:noun_start]
    verb = words.holder_verb.search(clause)
    if verb is None:
        return None
    subject = clause[: verb.start()].strip()
    first = subject.split()[0] if subject else ""
    if not first[:1].isupper() or fold(first) in words.not_subjects or len(subject.split()) > 5:
        return None
    at = clause_start + clause.index(subject)
    return at, at + len(subject)
