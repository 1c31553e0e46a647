"""Why claims were matched or kept apart, and what a reader should know about a verdict.

Typed values, not words: `match` and the kinds' pair decisions give `Reason`s (a veto is a
reason too), `compare` and the kinds' verdicts give `Note`s. `reconcile.render.words` turns
them into the sentences a report shows; nothing else reads them as text. `rank` orders a
fact's reasons from what was compared to how well it scored.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar

from reconcile.records import record


class Reason:
    """A reason two claims were put together, or (as a veto) kept apart.

    A veto is hard (`soft` False): something the two claims state differently (a concept,
    a place, a time anchor, a subject, one sentence, numbers far apart), so no fact holds
    both; clustering treats it as a cannot-link. A soft veto says only that the evidence
    for one fact falls short (the words around two numbers of no known concept differ):
    clustering weighs it against a join (`soft_veto_score` of `matching.toml`), and the
    other pairs of two clusters may outweigh it.
    """

    __slots__ = ()
    rank: ClassVar[int] = 4
    soft: ClassVar[bool] = False


class Note:
    """Something that changes how a person reads a verdict."""

    __slots__ = ()


class Stated(Enum):
    """What a fact states, in notes that say it may have changed between publications."""

    NUMBER = "number"
    HOLDER = "holder"
    DATE_OR_PLACE = "date_or_place"
    PLACE = "place"
    DATE = "date"
    NAME = "name"


class ContextField(Enum):
    """A part of a claim's context that sources may state differently."""

    ATTRIBUTION = "attribution"
    SCOPE = "location"
    TIME = "time"


# Reasons to put two claims together.


@record(slots=True)
class SameBlock(Reason):
    """Same kind, dimension, class and change: `what` is the class or unit."""

    rank: ClassVar[int] = 0
    kind: str
    what: str
    change: str | None


@record(slots=True)
class SameOffice(Reason):
    rank: ClassVar[int] = 0
    office: str


@record(slots=True)
class SameEventClass(Reason):
    rank: ClassVar[int] = 0
    event_class: str


@record(slots=True)
class SamePerson(Reason):
    rank: ClassVar[int] = 1
    a: str
    b: str


@record(slots=True)
class DifferentPeopleNamed(Reason):
    """Two names for one office, not a veto (the verdict says conflict)."""

    rank: ClassVar[int] = 1
    a: str
    b: str


@record(slots=True)
class SharedPlace(Reason):
    rank: ClassVar[int] = 2
    places: tuple[str, ...]


@record(slots=True)
class SameTime(Reason):
    rank: ClassVar[int] = 2
    time: str | None


@record(slots=True)
class SameOutcome(Reason):
    rank: ClassVar[int] = 2
    outcome: str


@record(slots=True)
class SameSubject(Reason):
    rank: ClassVar[int] = 2
    names: tuple[str, ...]


@record(slots=True)
class SharedWords(Reason):
    """Context words both claims have, sorted (a report shows the first few)."""

    rank: ClassVar[int] = 3
    words: tuple[str, ...]


@record(slots=True)
class SameNumber(Reason):
    rank: ClassVar[int] = 3
    bonus: float


@record(slots=True)
class Similarity(Reason):
    """The pair's score, from the words around the claims and the sources' stories."""

    score: float
    words: float
    story: float


@record(slots=True)
class NamesSimilar(Reason):
    """Two events named alike: by their names alone, or (`with_words`) name and context."""

    with_words: bool
    score: float


@record(slots=True)
class Alone(Reason):
    """No other claim states this fact."""

    rank: ClassVar[int] = -1


@record(slots=True)
class NothingCounted(Reason):
    """The claim cannot be matched: it names nothing it counts."""

    rank: ClassVar[int] = -1


@record(slots=True)
class KeptApart(Reason):
    """A claim alone, kept apart from a similar claim by this veto."""

    rank: ClassVar[int] = 9
    veto: Reason


@record(slots=True)
class Outweighed(Reason):
    """Claims of one fact whose pair alone is not one fact (`veto`, a soft veto): the other
    pairs between their clusters outweighed it. Ranked just after what was compared, so a
    shortened list of reasons still says it."""

    rank: ClassVar[int] = 1
    veto: Reason


@record(slots=True)
class SplitByReviewer(Reason):
    """A reviewer took these claims out of a fact."""

    rank: ClassVar[int] = -1


@record(slots=True)
class MergedByReviewer(Reason):
    """A reviewer put two facts together."""

    rank: ClassVar[int] = 5


# Vetoes: why two claims of one block are not one fact.


@record(slots=True)
class DifferentTime(Reason):
    a: str | None
    b: str | None


@record(slots=True)
class DifferentPlace(Reason):
    a: str | None
    b: str | None


@record(slots=True)
class DifferentOutcome(Reason):
    a: str
    b: str


@record(slots=True)
class DifferentPortion(Reason):
    """One number is a share of a whole the other is not ("12 of them" / "40"; "300 a day" /
    "5,000"): `a` and `b` name the portions, "" for a whole."""

    a: str
    b: str


@record(slots=True)
class TallyFellApart(Reason):
    """Of a running tally told on two days, the later figure far below the earlier ("1,300
    killed", then "132 killed" days on): a tally grows, so the later is another count."""

    earlier: str
    later: str


@record(slots=True)
class DifferentSide(Reason):
    """Of two numbers each one side of a result ("47 percent to 42 percent": the leader's and
    the trailer's share, a score), one is the higher side and the other the lower: `a` and
    `b` say which ("higher", "lower")."""

    a: str
    b: str


@record(slots=True)
class OppositeChanges(Reason):
    """A rise and a fall (`a`, `b`: "up", "down") not both of one concept: what moved each
    way is not said to be one thing."""

    a: str
    b: str


@record(slots=True)
class DifferentSubject(Reason):
    a: tuple[str, ...]
    b: tuple[str, ...]


@record(slots=True)
class OneSentence(Reason):
    """Two claims of one sentence are two facts."""


@record(slots=True)
class FarApart(Reason):
    """Numbers orders of magnitude apart: two facts, not a conflict."""

    a: str
    b: str


@record(slots=True)
class WordsDiffer(Reason):
    """The words around the two claims score under the cut-off (a soft veto)."""

    soft: ClassVar[bool] = True


@record(slots=True)
class ContextsDiffer(Reason):
    """Words around and story together score under the cut-off (a soft veto)."""

    soft: ClassVar[bool] = True
    words: float
    story: float


@record(slots=True)
class JoinedAcross(Reason):
    """A claim alone in its block joined a fact of another block: another source states the
    same number of it read otherwise (a sum one source writes without its currency, a rise
    one source writes as a level), in words alike."""


@record(slots=True)
class LooselyJoined(Reason):
    """A number that says nothing of what it counts joined the fact: beside a close number
    of another source telling the same story, in words alike."""


@record(slots=True)
class OneSourceTwoFigures(Reason):
    """One source giving two different figures of one measure (a toll it updates, or the
    figures of two things): a soft veto, the other sources' pairs tell which."""

    soft: ClassVar[bool] = True
    score: float


@record(slots=True)
class OneSourceTwoNumbers(Reason):
    """One source giving two different numbers in contexts this similar: two facts."""

    score: float


@record(slots=True)
class HoldersApart(Reason):
    """Different holders named this many days apart: the office may have changed hands."""

    days: int


@record(slots=True)
class UntitledHolders(Reason):
    """Different people under a title that names no country: maybe two offices."""

    a: str
    b: str


@record(slots=True)
class DifferentEvents(Reason):
    a: str
    b: str


@record(slots=True)
class LikelyDifferentEvents(Reason):
    """Events named alike whose dates or places differ (and that cannot conflict)."""

    dates: tuple[str, str] | None
    places: tuple[str, str] | None
    with_words: bool
    score: float


@record(slots=True)
class SameConcept(Reason):
    """Both numbers measure one concept ("deaths") in sources that tell one story."""

    rank: ClassVar[int] = 0
    concept: str
    story: float


@record(slots=True)
class DifferentConcepts(Reason):
    """The two numbers measure different things ("deaths" / "injured")."""

    a: str
    b: str


@record(slots=True)
class DifferentNames(Reason):
    """The sentences of two claims name different people, places or things."""

    a: tuple[str, ...]
    b: tuple[str, ...]


@record(slots=True)
class RivalNames(Reason):
    """The sentences of two claims name two things of one kind ("Typhoon Kalmaegi" /
    "Typhoon Fung-wong", "Eaton Fire" / "Palisades Fire"), neither naming the other's."""

    a: str
    b: str


@record(slots=True)
class SeparateIncidents(Reason):
    """Two figures of one measure in a day's items of different days, each told of an
    incident its item introduces as new ("killed in an airstrike on a boat"), neither stated
    as a running figure: two incidents, not one figure updated."""

    a: str
    b: str


@record(slots=True)
class PlacedElsewhere(Reason):
    """Two figures of one measure in a day's items, neither stated as a running figure nor
    the same number, one placed by its sentence where the other's source names nowhere ("in
    Gilan"): another incident, not that place's figure updated."""

    place: str
    a: str
    b: str


@record(slots=True)
class DifferentStories(Reason):
    """The sources of two claims of one concept name too few of the same names."""

    story: float


# Notes on a verdict.


@record(slots=True)
class SelfContradiction(Note):
    """The only source of a fact gives two readings that conflict."""

    source: str


@record(slots=True)
class SourceContradictsItself(Note):
    """One of several sources gives two readings that conflict."""

    source: str


@record(slots=True)
class DifferentPeople(Note):
    names: tuple[str, ...]


@record(slots=True)
class WrittenDifferently(Note):
    spellings: tuple[str, ...]


@record(slots=True)
class TitleLent(Note):
    """Bare names of a fact given the office of a titled mention elsewhere in the run: per
    bare quote, the titled quote and whether it stands in the same source."""

    lent: tuple[tuple[str, str, bool], ...]


@record(slots=True)
class DatesStated(Note):
    """Each date stated, with the words it was read from."""

    dates: tuple[tuple[str, tuple[str, ...]], ...]


@record(slots=True)
class DateNotResolved(Note):
    """Dates as written that could not be resolved (no publication date)."""

    written: tuple[str, ...]


@record(slots=True)
class PlacesStated(Note):
    places: tuple[str, ...]


@record(slots=True)
class PublishedApart(Note):
    """Sources published on different (or unknown) dates: what they state may have changed.

    `dates` holds (source name, publication date or None) per source, sorted by source id.
    """

    dates: tuple[tuple[str, str | None], ...]
    stated: Stated


@record(slots=True)
class LaterFigure(Note):
    """Different figures of one measure: the one stated last (by publication date, then by
    an "as of" time), with its source and date: a rolling figure, updated over time."""

    quote: str
    source: str
    published: str | None
    time: str | None


@record(slots=True)
class TallyFell(Note):
    """A running tally (deaths, cases) stated lower on a later day than on an earlier one:
    (quote, publication date) of the earlier figure and of the later. A count that only grows
    does not fall: it was revised down, or two different counts were set against each other
    (of two places, days or groups)."""

    earlier: tuple[str, str]
    later: tuple[str, str]


@record(slots=True)
class ContextDiffers(Note):
    """Sources state one part of the context differently: (source name, value or None)."""

    field: ContextField
    values: tuple[tuple[str, str | None], ...]


# Named facts beyond offices (place, date, thing, route, source).


@record(slots=True)
class SameNamed(Reason):
    """Two claims of one kind and role naming one thing: alike (`within` False), or one a
    part or more precise form of the other ("Wuhan" / "Wuhan, China", "A320" / "A320neo")."""

    rank: ClassVar[int] = 0
    role: str
    a: str
    b: str
    within: bool


@record(slots=True)
class DifferentNamed(Reason):
    """Two sources naming different values for one role: put together, judged a conflict."""

    rank: ClassVar[int] = 1
    role: str
    a: str
    b: str


@record(slots=True)
class NamedApart(Reason):
    """A veto: different values that are two facts, not a disagreement (`one_source`: one
    source names both; else the role allows several)."""

    role: str
    a: str
    b: str
    one_source: bool


@record(slots=True)
class OtherStory(Reason):
    """A veto: the two sources tell different stories (their proper names share too little),
    so a place, a date or a name they both state is not one fact."""

    score: float


@record(slots=True)
class NamedStated(Note):
    """The values sources name for one role, as shown."""

    role: str
    values: tuple[str, ...]


@record(slots=True)
class OfficesApart(Reason):
    """A veto: one title of two different places or bodies ("governor of Ohio" / "governor
    of Texas")."""

    a: str
    b: str


@record(slots=True)
class SeveralHolders(Reason):
    """A veto: different people under an office that has several holders at once (senators,
    former governors)."""

    a: str
    b: str


@record(slots=True)
class HandedOver(Reason):
    """A veto: a source names both people for the office, so it changed hands in the story."""

    a: str
    b: str
