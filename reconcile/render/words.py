"""Words of the reports: typed reasons and notes as sentences, counted nouns.

`reason_text` and `note_text` say one value; `reason_lines` gives a match's reasons as a
report lists them: each said once, from what was compared to how well it scored (by rank,
then alphabetically), with at most `KEPT_APART_SHOWN` vetoes that kept a lone claim apart.
`count` says a count with its noun: "1 conflict", "2 conflicts", "1 baseline entry".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reconcile.models import Match
from reconcile.reasons import (
    Alone,
    ContextDiffers,
    ContextField,
    ContextsDiffer,
    DateNotResolved,
    DatesStated,
    DifferentConcepts,
    DifferentEvents,
    DifferentNamed,
    DifferentNames,
    DifferentOutcome,
    DifferentPeople,
    DifferentPeopleNamed,
    DifferentPlace,
    DifferentPortion,
    DifferentSide,
    DifferentStories,
    DifferentSubject,
    DifferentTime,
    FarApart,
    HandedOver,
    HoldersApart,
    JoinedAcross,
    KeptApart,
    LaterFigure,
    LikelyDifferentEvents,
    LooselyJoined,
    MergedByReviewer,
    NamedApart,
    NamedStated,
    NamesSimilar,
    Note,
    NothingCounted,
    OfficesApart,
    OneSentence,
    OneSourceTwoFigures,
    OneSourceTwoNumbers,
    OppositeChanges,
    OtherStory,
    Outweighed,
    PlacedElsewhere,
    PlacesStated,
    PublishedApart,
    Reason,
    RivalNames,
    SameBlock,
    SameConcept,
    SameEventClass,
    SameNamed,
    SameNumber,
    SameOffice,
    SameOutcome,
    SamePerson,
    SameSubject,
    SameTime,
    SelfContradiction,
    SeparateIncidents,
    SeveralHolders,
    SharedPlace,
    SharedWords,
    Similarity,
    SourceContradictsItself,
    SplitByReviewer,
    Stated,
    TallyFell,
    TallyFellApart,
    TitleLent,
    UntitledHolders,
    WordsDiffer,
    WrittenDifferently,
)

KEPT_APART_SHOWN = 3  # vetoes listed for a claim kept apart from similar ones
OUTWEIGHED_SHOWN = 3  # soft vetoes listed for a fact joined across them
SHARED_WORDS_SHOWN = 8  # shared context words listed for a match

STATED = {
    Stated.NUMBER: "the number",
    Stated.HOLDER: "the office holder",
    Stated.DATE_OR_PLACE: "the date or place",
    Stated.PLACE: "the place",
    Stated.DATE: "the date",
    Stated.NAME: "what is named",
}
CONTEXT_FIELD = {
    ContextField.ATTRIBUTION: "attribution",
    ContextField.SCOPE: "scope",
    ContextField.TIME: "time",
}


def _names_similar(with_words: bool, score: float) -> str:
    how = "event name and words around" if with_words else "event names"
    return f"{how} similar {score:.0f}"


def _likely_different_events(r: LikelyDifferentEvents) -> str:
    differ = []
    if r.dates:
        differ.append(f"dates {r.dates[0]} / {r.dates[1]}")
    if r.places:
        differ.append(f"places {r.places[0]} / {r.places[1]}")
    return f"likely different events ({'; '.join(differ)}): {_names_similar(r.with_words, r.score)}"


_REASONS: dict[type[Any], Callable[[Any], str]] = {
    SameBlock: lambda r: (
        f"same block: {r.kind} of {r.what}" + (f", {r.change}" if r.change else "")
    ),
    SameOffice: lambda r: f"same office: {r.office}",
    SameEventClass: lambda r: f"same kind of event: {r.event_class}",
    SamePerson: lambda r: f"same person: {r.a} / {r.b}",
    DifferentPeopleNamed: lambda r: f"different people named: {r.a} / {r.b}",
    SharedPlace: lambda r: "shared place: " + ", ".join(r.places),
    SameTime: lambda r: f"same time: {r.time}",
    SameOutcome: lambda r: f"same outcome: {r.outcome}",
    SameSubject: lambda r: "same subject: " + ", ".join(r.names),
    SharedWords: lambda r: "shared words: " + ", ".join(r.words[:SHARED_WORDS_SHOWN]),
    SameNumber: lambda r: f"same number stated (+{r.bonus:.0f})",
    Similarity: lambda r: (
        f"context similarity {r.score:.0f} (words around {r.words:.0f}, story {r.story:.0f})"
    ),
    NamesSimilar: lambda r: _names_similar(r.with_words, r.score),
    Alone: lambda r: "no other claim states this fact",
    NothingCounted: lambda r: "not matched: the claim names nothing it counts",
    KeptApart: lambda r: f"kept apart from a similar claim: {reason_text(r.veto)}",
    JoinedAcross: lambda r: (
        "the same number of another source, read otherwise there (a sum without its"
        " currency, a change as a level), in words alike"
    ),
    LooselyJoined: lambda r: (
        "a number that says nothing of what it counts, beside a close one"
        " of the same story in words alike"
    ),
    Outweighed: lambda r: (
        f"joined although two of its claims differ, as its other pairs outweigh it:"
        f" {reason_text(r.veto)}"
    ),
    DifferentTime: lambda r: f"different time: {r.a!r} vs {r.b!r}",
    DifferentPlace: lambda r: f"different place: {r.a!r} vs {r.b!r}",
    DifferentOutcome: lambda r: f"different outcome: {r.a} vs {r.b}",
    TallyFellApart: lambda r: (
        f"a running count told later far below an earlier one: “{r.later}” after “{r.earlier}”"
        " (another count, not the tally revised)"
    ),
    DifferentPortion: lambda r: f"different share of a whole: {r.a or 'whole'} vs {r.b or 'whole'}",
    DifferentSide: lambda r: f"different side of a result: the {r.a} vs the {r.b}",
    OppositeChanges: lambda r: f"a change {r.a} and a change {r.b} of no one measure",
    DifferentSubject: lambda r: f"different subject: {', '.join(r.a)} vs {', '.join(r.b)}",
    OneSentence: lambda r: "two claims of one sentence",
    FarApart: lambda r: f"numbers too far apart to be one fact: {r.a!r} vs {r.b!r}",
    WordsDiffer: lambda r: "the words around the claims differ",
    ContextsDiffer: lambda r: f"contexts too different (words {r.words:.0f}, story {r.story:.0f})",
    OneSourceTwoNumbers: lambda r: f"one source, different numbers, similarity {r.score:.0f}",
    OneSourceTwoFigures: lambda r: (
        f"one source, two figures of one measure, similarity {r.score:.0f}"
    ),
    HoldersApart: lambda r: (
        f"different holders named {r.days} days apart: the office may have changed hands"
    ),
    UntitledHolders: lambda r: (
        f"different people ({r.a} / {r.b}) under a title that names no country: maybe two offices"
    ),
    DifferentEvents: lambda r: f"different events: {r.a!r} vs {r.b!r}",
    LikelyDifferentEvents: _likely_different_events,
    SameConcept: lambda r: f"same measure in one story: {r.concept} (story {r.story:.0f})",
    DifferentConcepts: lambda r: f"different measures: {r.a} vs {r.b}",
    DifferentNames: lambda r: f"different names: {', '.join(r.a)} vs {', '.join(r.b)}",
    RivalNames: lambda r: f"two things of one kind named: {r.a} vs {r.b}",
    DifferentStories: lambda r: f"one measure, but different stories (story {r.story:.0f})",
    SeparateIncidents: lambda r: f"two incidents, each told as new on its day: {r.a} vs {r.b}",
    PlacedElsewhere: lambda r: (
        f"two incidents: {r.a} is placed in {r.place!r}, which the source of {r.b} never names"
    ),
    SameNamed: lambda r: (
        f"same {r.role}: {r.a} / {r.b}"
        + (" (one names a part or a more precise form)" if r.within else "")
    ),
    HandedOver: lambda r: (
        f"different people ({r.a} / {r.b}), a source names both: the office changed hands"
    ),
    OfficesApart: lambda r: f"different offices: {r.a} / {r.b}",
    SeveralHolders: lambda r: f"different people ({r.a} / {r.b}) in an office several hold",
    OtherStory: lambda r: f"the sources tell different stories (their names similar {r.score:.0f})",
    DifferentNamed: lambda r: f"different {r.role} named: {r.a} / {r.b}",
    NamedApart: lambda r: (
        f"different {r.role}: {r.a} / {r.b}"
        + (" (one source names both)" if r.one_source else " (a story may have several)")
    ),
    SplitByReviewer: lambda r: "split apart by a reviewer",
    MergedByReviewer: lambda r: "merged by a reviewer",
}


def _quoted(items: Iterable[str]) -> str:
    return ", ".join(f"“{w}”" for w in items)


def _dates_stated(n: DatesStated) -> str:
    return "dates stated: " + ", ".join(
        d + (f" ({_quoted(written)})" if written else "") for d, written in n.dates
    )


def _published_apart(n: PublishedApart) -> str:
    shown = "; ".join(f"{name}: {published or 'date unknown'}" for name, published in n.dates)
    what = STATED[n.stated]
    if any(published is None for _, published in n.dates):
        return f"publication date unknown for some sources ({shown}): {what} may have changed"
    return f"published on different dates ({shown}): {what} may have changed"


def _later_figure(n: LaterFigure) -> str:
    when = ", ".join(w for w in (n.published, n.time) if w)
    return f"a figure updated over time: the later one is “{n.quote}” ({n.source}" + (
        f", {when})" if when else ")"
    )


def _context_differs(n: ContextDiffers) -> str:
    shown = "; ".join(
        f"{name}: “{value}”" if value else f"{name}: not stated" for name, value in n.values
    )
    return f"different {CONTEXT_FIELD[n.field]}: {shown}"


_NOTES: dict[type[Any], Callable[[Any], str]] = {
    SelfContradiction: lambda n: f"the source contradicts itself ({n.source})",
    SourceContradictsItself: lambda n: f"{n.source} contradicts itself",
    DifferentPeople: lambda n: "different people named for the same office: " + " / ".join(n.names),
    WrittenDifferently: lambda n: (
        "written differently: " + "; ".join(f"“{s}”" for s in n.spellings)
    ),
    TitleLent: lambda n: (
        "title read elsewhere: "
        + "; ".join(
            f"“{bare}” as “{titled}” ({'its own source' if same else 'another source'})"
            for bare, titled, same in n.lent
        )
    ),
    DatesStated: _dates_stated,
    DateNotResolved: lambda n: (
        "date not resolved (publication date unknown): " + _quoted(n.written)
    ),
    PlacesStated: lambda n: "places stated: " + ", ".join(n.places),
    NamedStated: lambda n: f"{n.role} stated: " + " / ".join(n.values),
    PublishedApart: _published_apart,
    ContextDiffers: _context_differs,
    LaterFigure: _later_figure,
    TallyFell: lambda n: (
        f"a running count that fell: “{n.later[0]}” ({n.later[1]}) is below “{n.earlier[0]}”"
        f" ({n.earlier[1]}): revised down, or two different counts"
    ),
}


def reason_text(reason: Reason) -> str:
    """One reason in words."""
    return _REASONS[type(reason)](reason)


def note_text(note: Note) -> str:
    """One note in words."""
    return _NOTES[type(note)](note)


def note_lines(notes: Iterable[Note]) -> list[str]:
    """A fact's notes in words, in the order they were noted."""
    return [note_text(n) for n in notes]


def reason_lines(match: Match) -> list[str]:
    """A match's reasons in words: each once, by rank then alphabetically; at most
    `OUTWEIGHED_SHOWN` soft vetoes a fact was joined across and `KEPT_APART_SHOWN` vetoes
    of a lone claim."""
    ranked: dict[str, tuple[int, type[Reason]]] = {}
    for reason in match.reasons:
        ranked.setdefault(reason_text(reason), (reason.rank, type(reason)))
    lines = sorted(ranked, key=lambda text: (ranked[text][0], text))
    shown: dict[type[Reason], int] = {Outweighed: OUTWEIGHED_SHOWN, KeptApart: KEPT_APART_SHOWN}
    kept = []
    for text in lines:
        kind = ranked[text][1]
        if kind in shown:
            if not shown[kind]:
                continue
            shown[kind] -= 1
        kept.append(text)
    return kept


def count(n: int, noun: str, nouns: str | None = None) -> str:
    """The count and the noun, plural unless one: `count(2, "baseline entry")` is
    "2 baseline entries"; give `nouns` for an irregular plural."""
    if n == 1:
        return f"{n} {noun}"
    if nouns is None:
        nouns = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{n} {nouns}"
