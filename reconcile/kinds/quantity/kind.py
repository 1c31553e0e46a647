"""The quantity kind: counts, money, measures and percentages.

Found by the number grammar (`find.py`); normalized to an interval in a canonical unit
(`units.py`, with tolerances per JSON kind from rules) and to the concept it measures
(`reconcile.concepts`: frames from the language's `frames.toml`); blocked by kind,
dimension and whether it is a level or a change (a rise and a fall of one concept are one
move, weighed signed; the level of a concept that is itself a move, growth, a change); a
bare sum of the concept the run prices per a unit read per the unit its number fits
(`per_unit.py`). Two numbers of one concept in sources telling one story are one fact
whatever words surround them, unless their time anchors, places, the names in their
sentences or (for distances) the places measured from differ (names near each that the
other's source writes too, of sources stating one figure each, are one story told from two
ends); other pairs are vetoed on differing context or numbers far apart, else scored on the
words around the claims and the sources' stories. The higher and the lower side of a result
written "N to M" ("47 percent to 42 percent") are never one fact; both are read by the words
around the whole result. One source's two close figures in words alike are one figure
stated again as it changed (a soft veto, not two facts). Judged by interval overlap.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any, TypeVar

from reconcile.concepts import (
    BROADER,
    COUNTED_PATTERN,
    NARROWER,
    STORY_PATTERN,
    Concept,
    concept_in_story,
    concept_of,
    move_subject,
    moved_thing,
)
from reconcile.context import ContextReader, Features, ItemTold, time_key
from reconcile.dates import YEAR
from reconcile.governs import GoverningReader
from reconcile.kinds.base import Kind, claim_id, detail_of
from reconcile.kinds.place.relations import Gazetteer, chained_holders, read_gazetteer
from reconcile.kinds.quantity.carry import carry_currency, carry_in_run
from reconcile.kinds.quantity.find import figure_spans, find_quantities, quantity_gate
from reconcile.kinds.quantity.per_unit import per_run_unit
from reconcile.kinds.quantity.records import QuantityClaim, QuantityMention
from reconcile.kinds.quantity.run_concepts import concepts_in_run, lent
from reconcile.kinds.quantity.units import UnitReader
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Interval, Judgement, Mention, PairDecision, Source
from reconcile.reasons import (
    ContextsDiffer,
    DifferentConcepts,
    DifferentNames,
    DifferentOutcome,
    DifferentPlace,
    DifferentPortion,
    DifferentSide,
    DifferentStories,
    DifferentSubject,
    DifferentTime,
    FarApart,
    NothingCounted,
    OneSentence,
    OneSourceTwoFigures,
    OneSourceTwoNumbers,
    OppositeChanges,
    PlacedElsewhere,
    Reason,
    RivalNames,
    SameBlock,
    SameConcept,
    SameNumber,
    SameOutcome,
    SameSubject,
    SameTime,
    SeparateIncidents,
    SharedPlace,
    SharedWords,
    Similarity,
    Stated,
    TallyFell,
    TallyFellApart,
    WordsDiffer,
)
from reconcile.rules import Tolerance
from reconcile.sentences import Sentence

_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
_WORDS = re.compile(r"[^\W\d_][\w’']*(?:-[\w’']+)*")  # the words of a clause, for heads
_COMMA = re.compile(r",")
_SCALE_WORDS = re.compile(r"[^\W\d_]+")  # the words of a quote, for its scale word
_NAMED_HELD = 4096  # clause concepts kept at once (`clause_concepts`), then forgotten
_HELD = 65536  # answers kept at once by each of the per-claim and per-pair stores
_K = TypeVar("_K")
_V = TypeVar("_V")


class _Held(dict[_K, _V]):
    """A store of answers worked out once per claim or per pair of topics, forgotten all at
    once when it holds `_HELD` of them: a claim is asked about while its block is clustered,
    and a run's memory must not grow with its claims (an answer forgotten is worked out
    again, the same)."""

    def __setitem__(self, key: _K, value: _V) -> None:
        if len(self) >= _HELD:
            self.clear()
        super().__setitem__(key, value)


_ROUND = {"exact", "about"}  # "3,000" and "about 3,000" state one number
_FLOORS = {"at_least", "over"}  # "at least 610", "more than 1,100": open above
# a year written in digits, standing alone (not "2,016", "2016.5" nor part of a longer number)
_YEAR = re.compile(rf"(?<![\d,.]){YEAR}(?![\d]|[,.]\d)")
_DIGIT = re.compile(r"\d")
# a number this close to the total a part's sentence states may be that total told again
_TOTAL_REACH = 0.05
# a year after at most this many words of its sentence opens it ("In 2016, ..."): it dates
# every figure of the sentence
_OPENING_WORDS = 2


class QuantityKind(Kind):
    """Counts, money, measures and percentages: a number with an interval."""

    name = "quantity"
    claim_kinds = ("count", "money", "measure", "percent")
    reads = "claims"  # (see `Kind.reads`)
    numeric = True
    stated = Stated.NUMBER
    linkage = "average"

    reads_across = True  # a currency stated once is carried to the bare sums after it
    # a sum left without currency takes the one the run's other sources state for its
    # concept, and a bare sum is read per the unit the run prices its concept in
    infers = True
    infers_one_source = False

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        self.units = UnitReader(self.rules)
        self.grammar = lexicon.numbers
        self.gate = quantity_gate(lexicon)
        self.tolerances = {k: self.rules.tolerance(k) for k in self.claim_kinds}
        # time anchors that date a running figure, as `time_key` reduces them: "as of"
        self.status_times = tuple(
            time_key(w, lexicon.time_words) for w in self.rules.matching.status_times
        )
        # "N to M" with N above M is no range but the two sides of a result ("47 percent to
        # 42 percent"): the number after such a number, the number before one
        to = "|".join(re.escape(w) for w in sorted(self.grammar.range_to, key=len, reverse=True))
        digits = _NUMBER.pattern  # read by the language's separators (`digits_value`)
        self._side_after = re.compile(rf"\s+(?:{to})\s+({digits})", re.I)
        self._side_before = re.compile(rf"({digits})(?:\s*%|\s+[^\W\d]+)?\s+(?:{to})\s+$", re.I)
        self._sides: dict[str, str] = _Held()
        self._result_texts: dict[str, str] = _Held()
        self._years: dict[str, frozenset[str]] = _Held()
        self._before: dict[str, frozenset[str]] = _Held()
        self._in_sentence: dict[str, frozenset[str]] = _Held()
        self._chains: dict[str, tuple[frozenset[str], frozenset[str]]] = _Held()
        self._frames: dict[str, frozenset[str]] = _Held()
        self._targets: dict[str, str] = _Held()
        self._totals: dict[str, tuple[float, ...]] = _Held()
        self._incident_of: dict[str, bool] = _Held()
        self._day_event_of: dict[tuple[str, bool], bool] = _Held()  # `day_event`, by id
        self._month_of: dict[str, str] = _Held()  # `ContextReader.month`, by claim id
        self._stated_places: dict[str, frozenset[str]] = _Held()  # by claim id
        self._topic_words: dict[str, frozenset[str]] = _Held()  # a topic's words, by topic
        self._lists: dict[str, frozenset[str]] = _Held()
        self._wholes: dict[str, bool] = _Held()
        self._named: dict[tuple[str, int, str], frozenset[str]] = {}
        self._priced: dict[tuple[str, int, bool], frozenset[str]] = {}
        self._not_priced_words: frozenset[str] | None = None
        # the rules' gazetteer of places and the places holding them, read the first time a
        # place is asked about (`_gazetteer_of`); and the gazetteer's places a topic writes
        self._gazetteer: Gazetteer | None = None
        self._topic_places: dict[str, frozenset[str]] = _Held()
        # story scores of pairs of sources, read once: a source's topic (its proper names)
        # grows with its length, and every pair of its claims would compare it again
        self._stories: dict[tuple[str, str, str, str], tuple[bool, float]] = _Held()
        self._topics_alike: dict[tuple[str, str, float], float] = _Held()
        self._own_topics: dict[str, str] = _Held()  # topics without common names (`_own_names`)
        self._rolling: dict[str, bool] = _Held()  # whether a claim is a running figure, by id
        # the subject a move is told of, as written, and its names, by id (`_moved_apart`)
        self._things: dict[str, tuple[str, frozenset[str]]] = _Held()
        self._events: dict[str, frozenset[str]] = _Held()  # `_event_words`, by claim id
        # the phrases that make a number the earlier figure of a move, as words (`_former`)
        formers = self.rules.matching.former_figures
        self._formers = tuple(" ".join(w.lower().split()) for w in formers if w.split())
        self._former_words = max((len(w.split()) for w in self._formers), default=0)
        # what `vetoes` reads of a claim's sentence beyond its features: the words of its
        # names, and whether it states a number apart from the claim
        # which name each number belongs to in its sentence, and which names only report it
        # (a partial, not a lambda: the compiled kinds are kept pickled, `cache.py`)
        self.governs = GoverningReader(
            context, self.rules.context, partial(figure_spans, lexicon=lexicon)
        )
        self._readers = (
            self.name_words,
            context.states_number,
            self.total_before,
            self._owners_of,
        )
        self._running = frozenset(self.rules.matching.running_concepts)
        self._revised = frozenset(self.rules.matching.revised_concepts)
        # the nouns of a kind of place ("governorate", "province"), which a place's name may
        # go without ("Marib" of "Marib Governorate"), folded as a topic's words are
        self._place_nouns = frozenset(
            w for noun in self.rules.named.place.nouns for w in context.sentence_words(noun)
        )
        self._moves = frozenset(self.rules.matching.move_concepts)
        # the words of names many unrelated stories name, left out of the story score
        common = self.rules.matching.story_common_names
        self.common_names = frozenset(w for n in common for w in context.sentence_words(n))
        self._shared: tuple[tuple[str, frozenset[str]], ...] | None = None
        # the words before a year that make it a span's start ("since": `span_starts`),
        # each as its words; and the determiners a noun phrase opens with ("since the 2004
        # tsunami"), skipped before the year
        self._bound_words = tuple(
            tuple(w.lower().split()) for w in self.rules.matching.span_starts if w.split()
        )
        reading = lexicon.frames.reading
        self._determiners = reading.articles if reading is not None else frozenset()

    @staticmethod
    def means(claim: Claim) -> str:
        return claim.interval.notation()

    @staticmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        found = _NUMBER.search(quote)
        return (found.start(), found.end()) if found else None

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return find_quantities(source, sentence, self.lexicon)

    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        stated = detail_of(mention, QuantityMention)
        if not stated.values:
            return None
        unit, dimension, factor, as_stated = self.units.read(
            mention.kind, stated.unit_text, stated.per_text
        )
        if unit is None:
            return None
        values = tuple(v * factor for v in stated.values)
        interval = to_interval(stated.qualifier, values, self.tolerances[mention.kind])
        noun = stated.noun_text or None
        if noun and mention.kind == "count" and self._sum_word(mention, noun):
            noun = None  # "5 million worth of damage": no thing counted, a sum's word
        noun_class = None
        if noun:
            classes = (
                self.grammar.noun_classes if mention.kind == "count" else self.grammar.measured
            )
            noun_class = classes.get(noun.lower(), noun.lower())
        at = mention.start - mention.sentence_start
        concept = concept_of(
            self.lexicon.frames, mention.sentence, at, at + mention.end - mention.start, dimension
        )
        if concept is None and noun is None and stated.change:
            # a rise or fall its own words name nothing for: a move of its clause's subject
            concept = move_subject(
                self.lexicon.frames,
                source.text,
                mention.sentence_start,
                mention.sentence,
                at,
                at + mention.end - mention.start,
                dimension,
            )
        if concept is None and noun is None:
            # a bare number its sentence names nothing for: what the story says of it
            concept = concept_in_story(
                self.lexicon.frames,
                source.text,
                source.title,
                mention.sentence_start,
                at,
                at + mention.end - mention.start,
                dimension,
            )
        return Claim(
            id=claim_id(mention),
            source_id=mention.source_id,
            kind=mention.kind,
            quote=mention.quote,
            start=mention.start,
            end=mention.end,
            sentence=mention.sentence,
            value=stated.values[0],
            value_high=stated.values[1] if len(stated.values) > 1 else None,
            qualifier=stated.qualifier,
            interval=interval,
            unit=unit,
            dimension=dimension,
            counted_noun=noun,
            noun_class=noun_class,
            change=stated.change,
            context=self.context.read(
                mention.sentence, at, at + mention.end - mention.start, subject=noun_class
            ),
            stated_unit=as_stated,
            concept=concept.key if concept else None,
            detail=QuantityClaim(concept),
        )

    def read_alone(self, claim: Claim) -> bool:
        """A number with a noun or a concept its sentence gives is read from its mention
        alone; a bare number its sentence names nothing for was read with the story around
        it (`concept_in_story`, in `normalize`), which differs where its sentence is said
        again."""
        if claim.counted_noun is not None:
            return True
        concept = detail_of(claim, QuantityClaim).concept
        return concept is not None and not concept.pattern.startswith(STORY_PATTERN)

    def read_across(self, claims: Iterable[Claim], source: Source) -> Iterator[Claim]:
        """A source's claims with a currency stated once carried to the bare sums after it
        (`carry.carry_currency`)."""
        return carry_currency(self, claims, source)

    def infer(self, claims: Sequence[Claim], sources: Sequence[Source]) -> Sequence[Claim]:
        """The claims the run reads again, under their own ids: first the counts that read
        as sums of a money concept, told as sums in the currency the run's sources state for
        it (`carry.carry_in_run`); then, of the claims so read, the bare sums the run prices
        per a unit, told with that unit (`per_unit.per_run_unit`: "$82" beside "$80 a
        barrel"; of several units, the one whose prices the sum's number fits); last, the
        figures of no concept the run's other sources give one, by the frame their clauses
        share (`run_concepts.concepts_in_run`: "won 312" beside "won 312 electoral votes")."""
        passes: tuple[Callable[[Sequence[Claim]], Iterable[Claim]], ...] = (
            lambda read: carry_in_run(self, read, sources),
            lambda read: per_run_unit(self, read),
            lambda read: concepts_in_run(self, read),
        )
        retold: dict[str, Claim] = {}
        for reading in passes:  # each pass reads the claims as the passes before told them
            claims = [retold.get(c.id, c) for c in claims]
            retold.update((c.id, c) for c in reading(claims))
        return tuple(retold[c.id] for c in claims if c.id in retold)

    def money_concept(self, claim: Claim, at: int, dimension: str) -> Concept | None:
        """The money concept a frame reads for a claim's number at `at` of its sentence when
        the number is read as a sum in `dimension` ("worth 5 million", "a fine of 2
        million"); None when no frame of a concept of sums fits it."""
        found = concept_of(
            self.lexicon.frames, claim.sentence, at, at + len(claim.quote), dimension
        )
        return found if found is not None and self.of_money(found.key) else None

    def of_money(self, concept: str) -> bool:
        """A concept the frames read for sums of money (its dimensions name currency)."""
        reading = self.lexicon.frames.reading
        allowed = reading.dimensions.get(concept) if reading is not None else None
        return allowed is not None and "currency" in allowed

    def _sum_word(self, mention: Mention[Any], noun: str) -> bool:
        """Whether the word read as the counted noun of a scaled count is a word by which a
        frame of a money concept reads the number as a sum ("5 million worth of damage"):
        then no thing is counted. A noun of the rules' classes ("2 million people") is
        always one."""
        if noun.lower() in self.grammar.noun_classes:
            return False
        words = _SCALE_WORDS.findall(mention.quote.lower())
        if not any(w in self.grammar.scales for w in words):
            return False
        at = mention.start - mention.sentence_start
        end = at + len(mention.quote)
        found = concept_of(self.lexicon.frames, mention.sentence, at, end, "currency")
        return (
            found is not None
            and self.of_money(found.key)
            and found.evidence[1] >= end
            and found.evidence[0] >= at
        )

    def names_money(self, sentence: str, at: int) -> bool:
        """Whether the words of `sentence` before `at` name a concept of sums of money (a
        head of the frames: "costs", "the budget")."""
        reading = self.lexicon.frames.reading
        if reading is None:
            return False
        words = [w.lower() for w in _WORDS.findall(sentence, 0, at)]
        for i in range(len(words)):
            head = reading.head(words, i, "currency")
            if head is not None and self.of_money(head[0]):
                return True
        return False

    def as_money(self, claim: Claim, money: Claim, at: int, run_currency: bool = False) -> Claim:
        """A bare count re-read as a sum in the currency of `money` (the tolerance of money,
        the concept read for a sum); `run_currency`: the currency is the run's, not its
        source's."""
        values: tuple[float, ...] = (claim.value or 0.0,)
        if claim.value_high is not None:
            values = (*values, claim.value_high)
        concept = self.money_concept(claim, at, money.dimension)
        return replace(
            claim,
            kind="money",
            unit=money.unit,
            dimension=money.dimension,
            stated_unit=money.unit,
            interval=to_interval(claim.qualifier, values, self.tolerances["money"]),
            concept=concept.key if concept else None,
            detail=QuantityClaim(concept, run_currency),
        )

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        concept = _concept(claim)
        return {"concept_place": concept.place if concept else None}

    def block_key(self, claim: Claim) -> str | None:
        if _says_nothing(claim):
            # A count is only as good as what it counts or measures: with neither a noun nor
            # a concept it matches nothing.
            return None
        # Numbers of one concept meet whatever they count ("1,200 people", "950"); counted
        # nouns of different classes, different subjects or concepts are vetoes instead. A
        # rise and a fall meet (one market's day: "fell 2%" / "rose 1%"), weighed signed. A
        # sum per a unit meets sums per that unit only: currencies are never converted, nor
        # are the rates of sums ("$80 a barrel" and "€1.90 a litre" are not one price).
        per_unit = claim.kind == "money" and "/" in claim.dimension
        measured = claim.unit if per_unit else claim.dimension
        return "|".join((claim.kind, measured, self._moved(claim)))

    def _moved(self, claim: Claim) -> str:
        """The part of a block key that tells a level from a change: a rise, a fall, or the
        level of a concept that is itself a move (`move_concepts`: "growth of 3%")."""
        return "change" if claim.change or claim.concept in self._moves else "level"

    def loose_key(self, claim: Claim) -> str | None:
        # a count that says nothing ("rose to 618") may join a cluster of counts of its story
        if not _says_nothing(claim) or claim.value is None:
            return None
        return "|".join((claim.kind, claim.dimension, self._moved(claim)))

    def decide_loose(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """A count that says nothing of what it counts (`a`: "the toll rose to 618") and a
        count of its block kind (`b`: "366 people died"): one fact only when their sources
        tell one story, the same thing happened to what both count (an outcome word near
        each, "dead", "died"), their numbers are close (at most `loose_max_value_ratio`
        apart, from `bare_least_value` up), `a` is not the earlier figure of a move its
        sentence states (`former_figures`: the 25 of "rose from 25 to 40") where `b` is
        another number of a later source, nothing in their sentences tells them apart, and
        the words
        around them and the story score as two counts of one noun must."""
        from rapidfuzz import fuzz  # matching's library: extraction never needs it

        m = self.rules.matching
        if a.value is None or b.value is None or min(a.value, b.value) < m.bare_least_value:
            return PairDecision(0.0, (), NothingCounted())
        if opposite := _opposite(a, b):
            return PairDecision(0.0, (), opposite)  # what moved is unsaid on one side
        if max(a.value, b.value) / min(a.value, b.value) > m.loose_max_value_ratio:
            return PairDecision(0.0, (), FarApart(a.quote, b.quote))
        if (
            self._former(a)
            and not _same_number(a, b)
            and fa.published
            and fb.published
            and fb.published[:10] > fa.published[:10]
        ):
            # the earlier figure of a move its sentence states ("rose from 25 to 40"): a
            # later source's other number is the figure now, not the one it moved from
            return PairDecision(0.0, (), DifferentTime(a.quote, fb.published[:10]))
        veto = (
            vetoes(a, b, fa, fb, self.context.open_portions, *self._readers)
            or self._rivals(a, b, fa, fb)
            or self._sides_differ(a, b)
            or self._years_differ(a, b, fa, fb)
            or self._days_differ(a, b, fa, fb)
            or _two_numbers(a, b, 0.0)
        )
        if veto:
            return PairDecision(0.0, (), veto)
        known, story = self._story(fa, fb)
        if not known or story < m.story_cutoff:
            return PairDecision(0.0, (), DifferentStories(story))
        if b.concept and b.concept in self.clause_concepts(a):
            # its clause names what the other number measures ("bringing the death toll
            # ... past 922"): a number of that concept, weighed as two numbers of one
            # concept are
            return self._same_concept(replace(a, concept=b.concept), b, fa, fb)
        if not (fa.outcome and fa.outcome == fb.outcome):
            # what the number counts is unsaid: what happened to it ("dead") must say it is
            # the other's (the same number alone was tried: on real news it joined a wrong
            # pair and found none)
            return PairDecision(0.0, ())
        same_number = _same_number(a, b)
        near = fuzz.token_set_ratio(
            self._text(a, fa), self._text(b, fb), score_cutoff=m.window_cutoff
        )
        if near == 0:
            return PairDecision(0.0, (), WordsDiffer())
        score = (1 - m.story_weight) * near + m.story_weight * story
        if same_number:
            score = min(100.0, score + m.same_number_bonus)
        if score < max(m.context_cutoff, m.bare_cutoff, m.concept_cutoff):
            return PairDecision(0.0, (), ContextsDiffer(near, story))
        reasons = _shared(a, fa, fb, b.concept or b.noun_class or b.unit)
        if same_number:
            reasons.append(SameNumber(m.same_number_bonus))
        reasons.append(Similarity(score, near, story))
        return PairDecision(float(score), tuple(reasons))

    def cross_key(self, claim: Claim) -> str | None:
        """The number a claim states, with what it is a number of (a sum or a count; a
        percentage; a measure of one dimension), whatever its kind's reading, currency or
        change: where two sources' readings of one figure meet when their blocks differ
        ("$2.5 billion" / "worth 2.5 billion"; "grew 3%" / "3% growth"). A count that says
        what it counts ("1,200 jobs") is no sum: it meets counts only."""
        if claim.value is None or claim.value <= 0:
            return None
        if claim.kind == "money" or (claim.kind == "count" and claim.noun_class is None):
            family = "amount"
        elif claim.kind == "count":
            family = "count"
        else:
            family = f"{claim.kind}|{claim.dimension}"
        high = "" if claim.value_high is None else f"{claim.value_high:.9g}"
        return f"{family}|{claim.value:.9g}|{high}"

    def decide_across(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """Two sources' claims of one number in different blocks: one fact when one reads
        it otherwise than the other and nothing else tells them apart. A count with no
        counted noun and a sum of money (one source wrote the currency, the other left it
        to the sentence: "an aid package worth 2.5 billion") are read as that sum; a change
        and a level of one concept ("grew 3%", "growth of 3%") as the level. Two sums in
        different currencies, a rise and a fall, two different concepts, or numbers from
        the same source are never one fact here; the pair is then decided as one of a
        block would be (`decide`), at least `bare_least_value` for a count that says
        nothing."""
        m = self.rules.matching
        if a.source_id == b.source_id or not _same_number(a, b):
            return PairDecision(0.0, (), NothingCounted())
        if (
            a.kind == "money"
            and b.kind == "money"
            and a.unit != b.unit
            and not (self._may_be(a, b.unit) or self._may_be(b, a.unit))
        ):
            return PairDecision(0.0, (), NothingCounted())
        if a.change and b.change and a.change != b.change:  # a rise and a fall
            return PairDecision(0.0, (), NothingCounted())
        if a.concept and b.concept and a.concept != b.concept:
            return PairDecision(0.0, (), DifferentConcepts(a.concept, b.concept))
        if (a.change is None) != (b.change is None) and not (a.concept and b.concept):
            # a change meets a level only as one concept: the words alone do not say so
            return PairDecision(0.0, (), NothingCounted())
        count, other = (a, b) if a.kind == "count" else (b, a)
        if a.kind != b.kind and count.concept and not other.concept:
            # a count of what a sentence says it is (a toll) is no sum the other leaves unsaid
            return PairDecision(0.0, (), NothingCounted())
        bare = a.kind != b.kind and _says_nothing(count)
        if bare and (a.value or 0.0) < m.bare_least_value:
            return PairDecision(0.0, (), NothingCounted())
        # the one read otherwise takes the other's reading: the count the sum's, the
        # change the level's
        if (a.kind == "count" and b.kind == "money") or (a.change and b.change is None):
            a = replace(a, kind=b.kind, unit=b.unit, dimension=b.dimension, change=b.change)
        else:
            b = replace(b, kind=a.kind, unit=a.unit, dimension=a.dimension, change=a.change)
        return self.decide(a, b, fa, fb)

    def _may_be(self, claim: Claim, code: str) -> bool:
        """Whether a sum may be in the currency `code` though it was read in another: its
        quote writes a sign or word that other currencies' signs or words end with, one of
        them `code`'s (the bare "$" of "A$", "C$"; "dollars" of "Australian dollars"): the
        source left the currency to its readers."""
        quote = claim.quote.lower()
        for written, codes in self._shared_signs:
            if code in codes and written in quote:
                every = (*self.grammar.symbol_code, *self.grammar.word_code)
                if not any(
                    _ends_with_sign(w.lower(), written) and w.lower() in quote for w in every
                ):
                    return True  # written bare, not as the end of a longer sign or word
        return False

    @property
    def _shared_signs(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each currency sign or word that other currencies' signs or words end with ("$":
        "A$", "C$", "HK$"; "dollars": "Australian dollars"), lower case, with the codes of
        every currency it may stand for, its own among them; the longest first."""
        found = self._shared
        if found is None:
            written: dict[str, str] = {}
            for sign, code in self.grammar.symbol_code.items():
                written.setdefault(sign.lower(), code)
            for word, code in self.grammar.word_code.items():
                written.setdefault(word.lower(), code)
            shared = []
            for bare, code in written.items():
                codes = {c for w, c in written.items() if _ends_with_sign(w, bare)}
                if codes - {code}:
                    shared.append((bare, frozenset(codes | {code})))
            found = self._shared = tuple(sorted(shared, key=lambda x: (-len(x[0]), x[0])))
        return found

    def loose_meets(self, a: Claim, b: Claim) -> bool:
        # a number whose clause names what it measures meets the numbers of that concept
        named = self.clause_concepts(a)
        return not named or b.concept in named

    def priced_words(self, claim: Claim, clause: bool) -> frozenset[str]:
        """The words before a claim's number that may name what it is a number of, folded:
        in its sentence, or with `clause` in the nearest clause before it that names any
        (from a clause break or comma, as `clause_concepts` reads); words of no proper name
        (a capital after the sentence's first word: the names are read apart), no stop
        word, no word of a move (`[[change]]` phrases and verbs) and no word a frame of sums
        reads ("price", "cost", "worth"): "oil" of "oil rose to $82"."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        key = (sentence, at, clause)
        known = self._priced.get(key)
        if known is not None:
            return known
        breaks = [0]
        reading = self.lexicon.frames.reading
        if clause and reading is not None and at > 0:
            ends = {m.end() for m in reading.clause.finditer(sentence, 0, at)}
            ends |= {m.end() for m in _COMMA.finditer(sentence, 0, at)}
            breaks = [0, *sorted(ends)]
        found: frozenset[str] = frozenset()
        stop = max(at, 0)
        first = _WORDS.search(sentence)  # its capital may be the sentence's only
        opening = first.start() if first is not None else 0
        for begin in reversed(breaks):
            found = frozenset(
                w.lower()
                for m in _WORDS.finditer(sentence, begin, stop)
                if (w := m.group(0))
                and len(w) > 2
                and (m.start() == opening or not w[0].isupper())
                and w.lower() not in self._not_priced
            )
            if found:
                break
            stop = begin
        if len(self._priced) >= _NAMED_HELD:
            self._priced.clear()  # a run's memory must not grow with its claims
        self._priced[key] = found
        return found

    @property
    def _not_priced(self) -> frozenset[str]:
        """The words `priced_words` leaves out: stop words, words of moves, words the
        frames of sums read."""
        known = self._not_priced_words
        if known is not None:
            return known
        g = self.grammar
        moves = {w for phrase in (*g.change.meaning, *g.by_verbs) for w in phrase.split()}
        shelf = self.lexicon.frames.shelves.get("currency")
        framed = (shelf.before_words | shelf.after_words) if shelf is not None else frozenset()
        self._not_priced_words = frozenset(moves) | framed | self.context.stop
        return self._not_priced_words

    def clause_concepts(self, claim: Claim) -> frozenset[str]:
        """The concepts of the nouns the clause of a claim names before it, by the frames'
        heads ("bringing the death toll in the country from the outbreak past 922":
        deaths; "the total amount of cases of Ebola reaches past 1,000": cases): what a
        number that says nothing of what it counts is about. The nearest clause (from the
        last clause break or comma before the claim) that names any; none when none does."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        family = claim.dimension.split(":", 1)[0]
        key = (sentence, at, family)  # what the answer depends on, shared by claims alike
        known = self._named.get(key)
        if known is not None:
            return known
        found: frozenset[str] = frozenset()
        reading = self.lexicon.frames.reading
        if reading is not None and at > 0:
            ends = {m.end() for m in reading.clause.finditer(sentence, 0, at)}
            ends |= {m.end() for m in _COMMA.finditer(sentence, 0, at)}
            breaks = [0, *sorted(ends)]
            stop = at
            for begin in reversed(breaks):
                words = [w.lower() for w in _WORDS.findall(sentence, begin, stop)]
                heads = {
                    head[0]
                    for i in range(len(words))
                    if (head := reading.head(words, i, family)) is not None
                }
                if heads:
                    found = frozenset(heads)
                    break
                stop = begin
        if len(self._named) >= _NAMED_HELD:
            self._named.clear()  # a run's memory must not grow with its claims
        self._named[key] = found
        return found

    def partner_evidence(self, a: Claim, b: Claim) -> tuple[float, ...]:
        """The same number stated (from `bare_least_value` up: "six" and "six" tell
        nothing), then the same class of counted noun (neither of `vague_heads`: "people"
        holds any group), then the same concept, then one subject in a run of names
        (`GoverningReader.one_subject`: both numbers told of one name as their clauses'
        subject, where a sentence of either gives its other figures other names: "the
        Karsk index fell 2.99 percent while the Tarvin composite fell 3.20 percent"), each
        on both sides; then how near the two numbers are when they are told nearly alike
        (`_nearness`, up to `partner_near_ratio` apart; not for counts under
        `bare_least_value`); last, whether both or neither is stated as the earlier figure
        of a move (`former_figures`: of "rose to 40 from 25", a figure told otherwise
        stands for the 40, the figure the sentence tells as now). Two
        outlets telling one fact state it alike or nearly so, while the figures one
        sentence or source states apart are of other things ("Brent rose to $80.50 a
        barrel, while WTI gained to $76.20": of the two, "$76.40 a barrel" elsewhere is
        the second): of two such figures another source's number may join alike, the
        nearer one is its partner. Numbers further apart tell nothing of which is the
        partner (a toll and its part, two tolls of two days): the words decide."""
        number = _same_number(a, b) and (a.value or 0.0) >= self.rules.matching.bare_least_value
        noun = (
            a.noun_class is not None
            and a.noun_class == b.noun_class
            and not (self._vague_noun(a) or self._vague_noun(b))
        )
        concept = a.concept is not None and a.concept == b.concept
        subject = self.governs.one_subject(a, b)
        m = self.rules.matching
        told = not any(c.kind == "count" and (c.value or 0.0) < m.bare_least_value for c in (a, b))
        near = _nearness(a, b, m.partner_near_ratio) if told else -math.inf
        later = self._former(a) == self._former(b)
        return (number, noun, concept, subject, near, later)

    def _former(self, claim: Claim) -> bool:
        """Whether the words right before a claim's quote make it the earlier figure of a
        move its sentence states (`former_figures`: "rose to 40 from 25", "up from 25")."""
        at = claim.sentence.find(claim.quote)
        if at <= 0 or not self._formers:
            return False
        words = _WORDS.findall(claim.sentence, 0, at)[-self._former_words :]
        before = " ".join(words).lower()
        return any(before == w or before.endswith(" " + w) for w in self._formers)

    def posting_keys(self, claim: Claim) -> Iterable[str]:
        return (f"concept:{claim.concept}",) if claim.concept else ()

    def side(self, claim: Claim) -> str:
        """Which side of a result "N to M" (N above M, so no range) a number is: "higher"
        for N, "lower" for M, "" for a number that is neither ("47.4 percent to 42.1
        percent": the leader's share and the trailer's)."""
        known = self._sides.get(claim.id)
        if known is not None:
            return known
        side = ""
        sentence, own = claim.sentence, _NUMBER.search(claim.quote)
        at = sentence.find(claim.quote)
        value = self.grammar.digits_value(own.group(0)) if own is not None else None
        if value is not None and at >= 0 and self.grammar.range_to:
            after = self._side_after.match(sentence, at + len(claim.quote))
            before = self._side_before.search(sentence, 0, at)
            if after is not None and value > (self.grammar.digits_value(after[1]) or value):
                side = "higher"
            elif before is not None and (self.grammar.digits_value(before[1]) or 0) > value:
                side = "lower"
        self._sides[claim.id] = side
        return side

    def _text(self, claim: Claim, features: Features) -> str:
        """The words around a claim as matching weighs them (`Features.text`); around a side
        of a result "N to M", the words around the whole result, the same for both sides (the
        lower side's own window starts inside the result and loses what it is about)."""
        side = self.side(claim)
        if not side:
            return features.text
        known = self._result_texts.get(claim.id)
        if known is not None:
            return known
        sentence, quote = claim.sentence, claim.quote
        at = sentence.find(quote)
        start, end = at, at + len(quote)
        if side == "lower":
            before = self._side_before.search(sentence, 0, at)
            if before is not None:
                start = before.start(1)
        else:
            after = self._side_after.match(sentence, end)
            if after is not None:
                end = after.end(1)
        result = replace(claim, quote=sentence[start:end])
        text = " ".join(sorted(self.context.window_words(result)))
        self._result_texts[claim.id] = text
        return text

    def _sides_differ(self, a: Claim, b: Claim) -> Reason | None:
        """Two numbers of results "N to M", one the higher side, the other the lower."""
        sa, sb = self.side(a), self.side(b)
        if sa and sb and sa != sb:
            return DifferentSide(sa, sb)
        return None

    def years(self, claim: Claim) -> frozenset[str]:
        """The years its sentence states, other than the claim's own number ("In 2016, the
        ticket received 203,091 votes": 2016): what the figure is dated by, however far in
        its sentence the year stands."""
        known = self._years.get(claim.id)
        if known is not None:
            return known
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        end = at + len(claim.quote)
        found = frozenset(
            m.group(0)
            for m in _YEAR.finditer(sentence)
            if (at < 0 or not (m.start() < end and at < m.end()))
            and not self._bounds_time(sentence, m.start())
            and not self._counts(sentence, m.end())
        )
        self._years[claim.id] = found
        return found

    def _counts(self, sentence: str, end: int) -> bool:
        """Whether the number of a year's digits that ends at `end` counts a noun the
        language counts ("1846 persons were hospitalized"): a count, not a year."""
        after = _WORDS.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
        return after is not None and after.group(0).lower() in self.grammar.noun_classes

    def _bounds_time(self, sentence: str, at: int) -> bool:
        """Whether the year at `at` starts a span rather than dates a figure: one of
        `span_starts` stands before it, past determiners ("since 2015", "the worst since
        the 2004 tsunami"). A figure counted from a year, or compared with an event a year
        names, is no figure of that year. ("by 2030", "until 2019" date a figure: a target,
        an end.)"""
        before = [w.lower() for w in _WORDS.findall(sentence[max(0, at - 40) : at])]
        while before and before[-1] in self._determiners:
            before.pop()
        return any(
            len(before) >= len(cue) and tuple(before[-len(cue) :]) == cue
            for cue in self._bound_words
        )

    def _years_differ(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two numbers whose sentences each state years, none the same ("in his 2012 run",
        "in 2016"): figures of different years, two facts. (When both have a time anchor
        read next to them, those anchors decide.)"""
        if fa.time and fb.time:
            return None
        ya, yb = self.years(a), self.years(b)
        if ya and yb and not (ya & yb):
            return DifferentTime(" ".join(sorted(ya)), " ".join(sorted(yb)))
        return None

    def _past_differ(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """One number dated by a year before the year its source was published (its time
        anchor, "in 2016", "last year", else the years its sentence states: "in his 2012
        run"), the other dated by nothing in its sentence, in a source published later than
        that year: a figure of another time (last year's, a previous election's) against a
        figure of its source's own time. Two facts when the verdict would set them against
        each other; numbers that agree may be one figure told with its year and without."""
        for x, y, fx, fy in ((a, b, fa, fb), (b, a, fb, fa)):
            past = self._past_year(x, fx)
            if past is None or fy.time or self.years(y) or not fy.published:
                continue
            now = fy.published[:4]
            if not now.isdigit() or int(now) <= past:
                continue
            if self._disagree(x, y, fx, fy):
                return DifferentTime(x.context.time or str(past), now)
        return None

    def _past_year(self, claim: Claim, features: Features) -> int | None:
        """The latest year the claim is dated by (`_past_differ`), when before the year its
        source was published; None when it is not, when its source's date is unknown, or
        when its time anchor names no year or dates a running figure ("since 2015")."""
        published = features.published or ""
        if not published[:4].isdigit():
            return None
        if features.time:
            if self._status_time(features.time):
                return None
            years = {int(m.group(0)) for m in _YEAR.finditer(features.time)}
        else:
            years = self._dated_years(claim)
        if not years or max(years) >= int(published[:4]):
            return None
        return max(years)

    def _dated_years(self, claim: Claim) -> set[int]:
        """The years of its sentence that date the claim: one after it in its clause with no
        other number between them ("3 percent of the vote in his 2012 run"; not "61 percent,
        down from 67 percent in 2017"), one before it with no other number between them, or
        one opening the sentence ("In 2016, the ticket received 203,091 votes (0.15
        percent)")."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return set()
        end = at + len(claim.quote)
        gap = self.lexicon.clauses.gap
        found: set[int] = set()
        for m in _YEAR.finditer(sentence):
            if m.start() < end and at < m.end():
                continue  # the claim's own number
            if self._bounds_time(sentence, m.start()) or self._counts(sentence, m.end()):
                continue  # "since 2015", "since the 2004 tsunami": a span's bound
            if m.start() >= end:
                between = sentence[end : m.start()]
                dated = not (_DIGIT.search(between) or gap.search(between))
            else:
                opening = len(sentence[: m.start()].split()) <= _OPENING_WORDS
                dated = opening or not _DIGIT.search(sentence[m.end() : at])
            if dated:
                found.add(int(m.group(0)))
        return found

    def _days_differ(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two numbers whose clauses date them by days at least `dated_least_days` apart
        ("killed 12 people on Monday" / "on 3 June", `ContextReader.day`), neither stated
        as a running figure ("the toll rose to"): figures of two days, two facts."""
        least = self.rules.matching.dated_least_days
        if not (least and fa.day and fb.day):
            return None
        apart = _days_apart(fa.day, fb.day)
        if apart is None or apart < least or self._is_rolling(a) or self._is_rolling(b):
            return None
        return DifferentTime(fa.day, fb.day)

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        if a.change and b.change and a.change != b.change:
            # a rise and a fall of one concept are one move the sources tell apart (a
            # conflict), weighed as the signed numbers they state; of no one concept, what
            # moved each way is not one thing
            if opposite := _opposite(a, b):
                return PairDecision(0.0, (), opposite)
            a, b = _signed(a), _signed(b)
        side = (
            self._sides_differ(a, b)
            or self._years_differ(a, b, fa, fb)
            or self._past_differ(a, b, fa, fb)
            or self._days_differ(a, b, fa, fb)
        )
        if side:
            return PairDecision(0.0, (), side)
        if a.concept and b.concept:
            if a.concept == b.concept or (
                # two measures of one group ("casualties", "dead"; "jobs", "workers") that
                # agree, or a narrower figure above its broader one (`_part_exceeds`)
                self.lexicon.frames.may_agree(a.concept, b.concept)
                and (a.interval.overlaps(b.interval) or self._part_exceeds(a, b))
            ):
                return self._same_concept(a, b, fa, fb)
            differ = DifferentConcepts(a.concept, b.concept)
            if _counted_only(a) or _counted_only(b):
                # a concept that is only the noun a count leaves out ("two other articles")
                # is weak evidence against another: the same number said alike may join
                return self._same_number_alike(a, b, fa, fb, differ)
            return PairDecision(0.0, (), differ)
        if self._noun_of_concept(a, b) or self._noun_of_concept(b, a):
            # "two other articles" (the noun left out, its concept) and "two articles"
            return self._same_concept(a, b, fa, fb)
        if a.kind == "count" and (a.noun_class is None or b.noun_class is None):
            # a count without a counted noun meets only counts of its own concept
            return PairDecision(0.0, (), NothingCounted())
        from rapidfuzz import fuzz  # matching's library: extraction never needs it

        m = self.rules.matching
        veto = (
            vetoes(a, b, fa, fb, self.context.open_portions, *self._readers)
            or self._places_apart(a, b, fa, fb)
            or self._place_of_list(a, b, fa, fb)
            or self._whole_apart(a, b, fa, fb)
            or self._rivals(a, b, fa, fb)
            or self._aimed_apart(a, b)
            or _far_apart(a, b, m.max_value_ratio)
        )
        if veto:
            return PairDecision(0.0, (), veto)
        what = a.noun_class or b.noun_class or a.unit
        reasons: list[Reason] = [SameBlock(a.kind, what, a.change)]
        if fa.places & fb.places:
            reasons.append(SharedPlace(tuple(sorted(fa.places & fb.places))))
        if fa.time and fa.time == fb.time:
            reasons.append(SameTime(a.context.time))
        if fa.outcome and fa.outcome == fb.outcome:
            reasons.append(SameOutcome(fa.outcome))
        if fa.subject & fb.subject:
            reasons.append(SameSubject(tuple(sorted(fa.subject & fb.subject))))
        near = fuzz.token_set_ratio(
            self._text(a, fa), self._text(b, fb), score_cutoff=m.window_cutoff
        )
        if near == 0:
            # the words differ (a soft veto), unless one source gives two numbers (hard),
            # or the stronger evidence agrees (`_anchored`)
            if veto := _two_numbers(a, b, 0.0):
                return PairDecision(0.0, (), veto)
            return self._anchored(a, b, fa, fb, reasons, near) or PairDecision(
                0.0, (), WordsDiffer()
            )
        if fa.topic and fb.topic:
            key = (fa.topic, fb.topic, m.story_cutoff)
            story = self._topics_alike.get(key, -1.0)
            if story < 0:
                story = self._topics_alike[key] = fuzz.token_set_ratio(
                    fa.topic, fb.topic, score_cutoff=m.story_cutoff
                )
            if fa.story and fb.story:
                # two items of pages of many stories (a day's news): as alike as the items
                # they stand in, at most, as numbers of one concept are weighed (`_story`);
                # two items of one page that share no name tell two stories
                story = min(story, self._story(fa, fb)[1])
            score = (1 - m.story_weight) * near + m.story_weight * story
        else:  # a source that names nobody tells nothing about its story
            story, score = 0.0, near
        same_number = _same_number(a, b)
        if same_number:
            # Two sources stating one number in one block: likelier the same fact than not.
            score = min(100.0, score + m.same_number_bonus)
        bare = not (a.concept or b.concept or a.noun_class or b.noun_class)
        # two numbers that say nothing of what they measure ("a ten percent share", "a 60%
        # stake"): the words around them must say more
        cutoff = max(m.context_cutoff, m.bare_cutoff) if bare else m.context_cutoff
        if score < cutoff:
            if veto := _two_numbers(a, b, score):
                return PairDecision(0.0, (), veto)
            return self._anchored(a, b, fa, fb, reasons, near) or PairDecision(
                0.0, (), ContextsDiffer(near, story)
            )
        if score < m.same_source_cutoff and (veto := _two_numbers(a, b, score)):
            # One article giving two different numbers of one kind nearly always means two
            # facts; only near-identical contexts make it a source contradicting itself.
            # Two close numbers in words this alike may be one figure it states again as it
            # changed (a poll average at the start and the end of a month): a soft veto,
            # which the pairs of other sources may outweigh.
            if near >= m.restated_cutoff and not _log_ratio(
                a, b, m.value_free_ratio, m.max_value_ratio
            ):
                return PairDecision(0.0, (), OneSourceTwoFigures(near))
            return PairDecision(0.0, (), veto)
        shared = tuple(sorted(fa.words & fb.words))
        if shared:
            reasons.append(SharedWords(shared))
        if same_number:
            reasons.append(SameNumber(m.same_number_bonus))
        reasons.append(Similarity(score, near, story))
        return PairDecision(float(score), tuple(reasons))

    def _anchored(
        self,
        a: Claim,
        b: Claim,
        fa: Features,
        fb: Features,
        reasons: list[Reason],
        near: float,
    ) -> PairDecision | None:
        """Two numbers of one block whose surrounding words differ (each outlet writes its
        own sentence around a figure), weighed as a fact-checker weighs them: one fact, at
        the cut-off, when the stronger evidence agrees and none disagrees. Two sources of
        one story (`story_cutoff`) state the same number in the same unit (the block says
        kind, dimension and change); what it measures is said by neither, or the one
        concept said is named in the other's clause (`clause_concepts`); a count counts at
        least `bare_least_value`; the names of their sentences, when both write some,
        share one; and an anchor of their own is shared besides the number: a place, a
        time, what happened to what is counted, the subject before the number, or a
        counted noun that is no vague one (`vague_heads`). (A name both sentences write is
        no anchor: in one story most sentences name its subject; on real news it let one
        price of two products meet.) The hard
        vetoes were read before (`vetoes`, places, rivals, far apart): a pair they part
        never comes here. Else None: the soft veto stands. A same value and unit alone is
        how look-alikes meet (two percentages of one story), so an anchor is required. The
        score is the cut-off the pair missed (`bare_cutoff` for numbers that say nothing of
        what they measure): enough to join, never enough to outweigh another pair."""
        m = self.rules.matching
        if not _same_number(a, b) or a.unit != b.unit:
            return None
        if a.kind == "count" and (a.value or 0.0) < m.bare_least_value:
            return None
        concept = a.concept or b.concept
        if concept is not None:
            other = b if a.concept else a
            if concept not in self.clause_concepts(other):
                return None
        known, story = self._story(fa, fb)
        if not known or story < m.story_cutoff:
            return None
        if fa.names and fb.names and not (fa.names & fb.names):
            return None
        noun = (
            a.noun_class is not None
            and a.noun_class == b.noun_class
            and not (self._vague_noun(a) or self._vague_noun(b))
        )
        anchored = (
            fa.places & fb.places
            or (fa.time and fa.time == fb.time)
            or (fa.outcome and fa.outcome == fb.outcome)
            or fa.subject & fb.subject
            or noun
        )
        if not anchored:
            return None
        bare = not (a.concept or b.concept or a.noun_class or b.noun_class)
        score = max(m.context_cutoff, m.cluster_cutoff, m.bare_cutoff if bare else 0.0)
        return PairDecision(
            float(score),
            (*reasons, SameNumber(m.same_number_bonus), Similarity(score, near, story)),
        )

    def _part_exceeds(self, a: Claim, b: Claim) -> bool:
        """Whether one number's concept is narrower than the other's (`[broader]`: "dead",
        "casualties") and its figure exceeds the broader one: a part larger than its whole,
        so the two sources disagree on one group ("45 dead" / "30 casualties"): one fact, in
        conflict. A narrower figure under the broader is a part of it ("40 dead" of "120
        casualties"): another fact."""
        if not (a.concept and b.concept):
            return False
        relation = self.lexicon.frames.relation(a.concept, b.concept)
        if relation not in (NARROWER, BROADER):
            return False
        part, whole = (a, b) if relation == NARROWER else (b, a)
        low, high = part.interval.low, whole.interval.high
        return low is not None and high is not None and low > high

    def _moved_apart(self, a: Claim, b: Claim) -> Reason | None:
        """Two moves told of subjects named apart ("The Karsk 40 index" / "the Tarvin
        index", `moved_thing`: the subject its concept was read from, perhaps through "It"
        in the sentence before, else the one its own sentence gives): moves of two things.
        The names are a subject's words written with a capital or a digit, but its
        determiners; a subject of none ("the index", "the market") tells no thing apart."""
        if not (a.change and b.change):
            return None
        (ta, na), (tb, nb) = self._mover(a), self._mover(b)
        if not (na and nb) or na & nb:
            return None
        return DifferentSubject((ta,), (tb,))

    def _mover(self, claim: Claim) -> tuple[str, frozenset[str]]:
        """The subject a move is told of (`moved_thing`) and its names, read once."""
        known = self._things.get(claim.id)
        if known is None:
            at = max(0, claim.sentence.find(claim.quote))
            thing = moved_thing(
                self.lexicon.frames,
                claim.sentence,
                at,
                at + len(claim.quote),
                claim.dimension,
                _concept(claim),
            )
            named = frozenset(
                w.lower()
                for w in (thing or "").split()
                if (w[0].isupper() or w[0].isdigit()) and w.lower() not in self._determiners
            )
            known = self._things[claim.id] = (thing or "", named)
        return known

    def _is_rolling(self, claim: Claim) -> bool:
        """`context.rolling(claim)`, read once per claim (it is asked once per pair)."""
        found = self._rolling.get(claim.id)
        if found is None:
            found = self._rolling[claim.id] = self.context.rolling(claim)
        return found

    def _story(self, fa: Features, fb: Features) -> tuple[bool, float]:
        """`_story`, worked out once per pair of topics and item stories."""
        key = (fa.topic, fb.topic, fa.story, fb.story)
        found = self._stories.get(key)
        if found is None:
            own = (self._own_names(fa.topic), self._own_names(fb.topic))
            found = self._stories[key] = _story(fa, fb, own)
        return found

    def _own_names(self, topic: str) -> str:
        """A topic without the words many unrelated stories name (`story_common_names`),
        worked out once per topic: a source's topic meets every other source's."""
        found = self._own_topics.get(topic)
        if found is None:
            own = " ".join(w for w in topic.split() if w not in self.common_names)
            found = self._own_topics[topic] = own
        return found

    def _same_concept(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """Two numbers of one concept: one fact when their sources tell one story and
        nothing in their sentences tells them apart; the words around them do not count."""
        from rapidfuzz import fuzz  # matching's library: extraction never needs it

        m = self.rules.matching
        concept = a.concept or b.concept or ""
        # a running tally grows between reports (a death toll from 3 to 800); any other
        # figure is not told again many times larger: as far apart as two numbers of no
        # concept, they are two figures (a part and its whole: one state's delegates and
        # the delegates a candidate needs)
        running = a.concept in self._running or b.concept in self._running
        # an estimate revised by orders of magnitude (an impact's odds, `revised_concepts`)
        # is one figure however far its numbers are apart: distance alone parts nothing
        revised = concept in self._revised
        veto = (
            self._concept_vetoes(a, b, fa, fb)
            or (
                None
                if revised
                else _far_apart(a, b, m.concept_max_value_ratio if running else m.max_value_ratio)
            )
            # a concept the run lent a figure meets figures of its order only, but for a
            # running tally, whose figures grow (`run_concepts`)
            or (
                _far_apart(a, b, m.value_free_ratio)
                if (lent(a) or lent(b)) and concept not in self._running
                else None
            )
            or _measured_from(a, b, self.context.place_words)
            or self._incidents(a, b, fa, fb)
            or self._day_events(a, b, fa, fb)
            or self._placed_elsewhere(a, b, fa, fb)
            or self._moved_apart(a, b)
            or self._fell_apart(a, b, fa, fb)
        )
        if veto:
            return PairDecision(0.0, (), veto)
        # A source that names nobody tells nothing of its story: then the story is no veto.
        known, story = self._story(fa, fb)
        if known and story < m.story_cutoff:
            return PairDecision(0.0, (), DifferentStories(story))
        near = fuzz.token_set_ratio(self._text(a, fa), self._text(b, fb))
        if (
            a.source_id == b.source_id
            and not a.interval.overlaps(b.interval)
            and near < m.same_source_cutoff
        ):
            # One article giving two different figures of one measure nearly always means
            # two facts (the delegates of two candidates); only near-identical words around
            # them make it a source contradicting itself. Two close figures (at most
            # value_free_ratio apart), one of them said to be updated ("the toll rose to
            # 145"), may be one figure it updates: a soft veto, which the pairs of other
            # sources may outweigh.
            updated = self._is_rolling(a) or self._is_rolling(b)
            updated = updated or near >= m.restated_cutoff  # or stated again in words alike
            if not updated or _log_ratio(a, b, m.value_free_ratio, m.concept_max_value_ratio):
                return PairDecision(0.0, (), OneSourceTwoNumbers(near))
            return PairDecision(0.0, (), OneSourceTwoFigures(near))
        # The base score, then what the story and the words around add to it; the same
        # number from two sources adds, names that share nothing and numbers far apart take
        # away (weak evidence, not a veto: a region and its country, a rolling toll).
        spare = 100.0 - m.concept_score
        weight = m.story_weight if known else 0.0
        score = m.concept_score + spare * (weight * story + (1 - weight) * near) / 100
        reasons: list[Reason] = [SameConcept(concept, story)]
        named_apart = False
        # Names a sentence makes the source of its figures ("Police said 12 died",
        # "according to the ministry") tell who reports a figure, not whose it is; a name
        # that owns both numbers (`GoverningReader`: a possessive or "of"-phrase on the
        # counted thing, else the subject of the number's clause) makes them one figure,
        # whatever other names stand near.
        ga, gb = self.governs.read(a), self.governs.read(b)
        near_a = _not_the_concept(fa.names - ga.sources, concept)
        owners_a = _not_the_concept(ga.owners, concept)
        owners_b = _not_the_concept(gb.owners, concept)
        near_b = _not_the_concept(fb.names - gb.sources, concept)
        if _same_number(a, b):
            # The whole another number of its clause is a part of ("the ABC won 15 of 17
            # seats": 17, `whole_of_part`) is the size of what the parts share, no name's:
            # the names near it own the part, and say nothing against the same number
            # stated elsewhere ("voters elect 17 members of the House"). (Two wholes that
            # differ are two sizes: their names still weigh.)
            if self._whole_of_part(a):
                near_a = frozenset()
            if self._whole_of_part(b):
                near_b = frozenset()
        owners_apart = self._owners_apart(a, b, owners_a, owners_b)
        if (
            owners_apart
            and max(fa.figures, fb.figures) > 1
            and self._disagree(a, b, fa, fb)
            and not (fa.story and fb.story and concept in self._running)
        ):
            # two owners, each sentence giving each its own figure ("Acme's 10 and Beta's
            # 12" in each source), the sources stating several figures: each owner's figure
            # is its own
            return PairDecision(
                0.0, (), DifferentNames(tuple(sorted(owners_a)), tuple(sorted(owners_b)))
            )
        if (
            near_a
            and near_b
            and not (near_a & near_b)
            and not (owners_a & owners_b)
            and not (fa.places & self._sentence_names(b))
            and not (fb.places & self._sentence_names(a))
            and not (fa.story and fb.story and concept in self._running)
            and not self._names_told_both(a, b, near_a, near_b, owners_a, owners_b)
        ):
            # nor is the place of either number named in the other's sentence ("in Sri
            # Lanka" near one toll; "in Badulla" near the other, "Sri Lanka" earlier on),
            # nor are both items of pages of many stories telling one running tally (their
            # items' story already says which story; an agency near one toll, a city near
            # the other say nothing against it)
            differ = DifferentNames(tuple(sorted(near_a)), tuple(sorted(near_b)))
            if (
                self._disagree(a, b, fa, fb)
                and not (near_a & self._sentence_names(b))
                and not (near_b & self._sentence_names(a))
                and not self._told_across(near_a, near_b, fa, fb)
            ):
                # numbers the verdict would set against each other, in sentences naming
                # nothing in common: two facts, not a conflict (a false alarm costs more
                # than a missed join; agreeing numbers only lose the penalty)
                return PairDecision(0.0, (), differ)
            score -= m.names_penalty
            named_apart = True
            if max(fa.figures, fb.figures) > 1 and concept not in self._running:
                # a source states several figures of the concept (delegates of each
                # candidate): then the names are what tell which figure is which. (Of a
                # running tally, several figures are mostly the tally updated.)
                score -= m.figures_penalty
            reasons.append(differ)
        bonus = m.concept_same_number_bonus
        if (
            max(fa.figures, fb.figures) > 1
            and not named_apart
            and (a.value or 0.0) >= m.bare_least_value
        ):
            # a source states several figures of the concept (the delegates of each
            # candidate, the dead of each group) and the names near the two numbers do
            # not set them apart: the figure another source states alike is the one it
            # matches (near names that differ, one number may be two candidates' figures;
            # under bare_least_value, "six" and "six" tell nothing)
            bonus = max(bonus, m.same_number_bonus)
        if _same_number(a, b) and bonus:
            score = min(100.0, score + bonus)
            reasons.append(SameNumber(bonus))
        if (
            max(fa.figures, fb.figures) > 1
            and a.noun_class
            and b.noun_class
            and a.noun_class != b.noun_class
            and not (self._vague_noun(a) or self._vague_noun(b))
        ):
            # a source states several figures of the concept ("29 passengers and 8 soldiers"
            # killed): what each counts tells which figure another source's count is, of a
            # running tally too (two groups counted are not one tally updated); a noun of
            # `vague_heads` ("2,000 people") holds any group
            score -= m.figures_penalty
            reasons.append(DifferentSubject((a.noun_class,), (b.noun_class,)))
        if not (fa.names & fb.names and fa.places & fb.places):
            # far apart weighs against one fact, unless both name the place they share: then
            # it is one figure updated (a rising toll), not another fact
            score -= m.value_penalty * _log_ratio(
                a, b, m.value_free_ratio, m.concept_max_value_ratio
            )
        if fa.places & fb.places:
            reasons.append(SharedPlace(tuple(sorted(fa.places & fb.places))))
        if fa.time and fa.time == fb.time:
            reasons.append(SameTime(a.context.time))
        if fa.names & fb.names:
            reasons.append(SameSubject(tuple(sorted(fa.names & fb.names))))
        reasons.append(Similarity(score, near, story))
        if score < m.concept_cutoff:
            # too little to call one fact, yet nothing says they differ: no veto
            return PairDecision(0.0, tuple(reasons))
        return PairDecision(float(score), tuple(reasons))

    def _names_told_both(
        self,
        a: Claim,
        b: Claim,
        near_a: frozenset[str],
        near_b: frozenset[str],
        owners_a: frozenset[str],
        owners_b: frozenset[str],
    ) -> bool:
        """Whether two sources state the same number of one concept, and every name near
        one of them is written in the other's sentence too (each of its words in a name of
        that sentence: "Vermont" in "Senator from Vermont Bernie Sanders"), the numbers
        owned by no two different names (`GoverningReader`): "the ticket of Jane Roe and
        John Doe received 0.15 percent" / "Roe received 0.15 percent". The names near each
        differ only in which of the sentence's names stands nearest; they do not set the
        numbers apart. (Of two numbers that differ, a sentence naming two parties may give
        each its own figure: there the names still weigh; so they do for a count under
        `bare_least_value`: "three" and "three" killed tell nothing of one figure.)"""
        if not _same_number(a, b):
            return False
        if a.kind == "count" and (a.value or 0.0) < self.rules.matching.bare_least_value:
            return False
        if owners_a and owners_b and not (owners_a & owners_b):
            return False
        return self._all_written(near_a, b) or self._all_written(near_b, a)

    def _all_written(self, names: frozenset[str], claim: Claim) -> bool:
        """Whether every word of each of `names` is a word of a name of the claim's
        sentence."""
        written = {word for name in self._sentence_names(claim) for word in name.split()}
        return all(set(name.split()) <= written for name in names)

    def _owners_of(self, claim: Claim) -> frozenset[str]:
        """The names the claim's number belongs to in its sentence (`GoverningReader`)."""
        return self.governs.read(claim).owners

    def _owners_apart(
        self, a: Claim, b: Claim, owners_a: frozenset[str], owners_b: frozenset[str]
    ) -> bool:
        """Whether two numbers belong to two names (`GoverningReader`) that each sentence
        gives a figure of its own: the one sentence's owner owns another figure of the
        other's sentence, both ways ("Labour won 10 seats and the Greens 12" / "the Greens
        took 12 and Labour 10"). Two names a sentence of one figure both writes are parties
        to that figure, not two owners ("Acme paid Beta $40 million" / "Beta sold it to
        Acme for $45 million": one price, whichever name stands nearest the number)."""
        if not (owners_a and owners_b) or owners_a & owners_b:
            return False
        return bool(owners_a & self.governs.others(b)) and bool(owners_b & self.governs.others(a))

    def _told_across(
        self,
        near_a: frozenset[str],
        near_b: frozenset[str],
        fa: Features,
        fb: Features,
    ) -> bool:
        """Whether the names near two numbers of one concept that differ are the run's one
        story told from two ends: each source writes a name near the other's
        number too (its proper names, `Features.topic`: "Acme's offer for Beta" / "Beta
        rejected the offer", both outlets naming both parties), and neither states several
        figures of the concept, whose names would tell which figure is which (each
        party's own figure, each city's own toll, in both sources; of a running tally too:
        two places' tolls are not one toll updated). Then the names that differ are no
        evidence of two facts."""
        if max(fa.figures, fb.figures) > 1:
            return False
        return self._writes_one(near_a, fb.topic) and self._writes_one(near_b, fa.topic)

    def _writes_one(self, names: frozenset[str], topic: str) -> bool:
        """Whether a source of proper names `topic` writes every word of one of `names`."""
        written = self._words_of(topic)
        return any(set(name.split()) <= written for name in names)

    def _words_of(self, topic: str) -> frozenset[str]:
        """The words of a source's topic (its proper names), read once."""
        written = self._topic_words.get(topic)
        if written is None:
            written = self._topic_words[topic] = frozenset(topic.split())
        return written

    def _incidents(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two counts in items of pages of many stories (a day's news) published at least
        `incident_least_days` apart, each told of an incident its sentence introduces as new
        ("Four people are killed in an airstrike on a boat", `ContextReader.incident`) and
        neither stated as a running figure ("the toll rises to", `rolling`): each item tells
        its day's incident, so they are two incidents. So are two counts of which only the
        later item tells its incident as new, not as a running figure, when the numbers
        differ: an update of the earlier figure says so or tells its incident again ("the
        attack"), never as new. (The earlier item alone telling its incident as new may be
        counted again later: "the bombing's toll is now 27".)"""
        if a.kind != "count" or not (fa.story and fb.story):
            return None
        days = _days_apart(fa.published, fb.published)
        if days is None or days < self.rules.matching.incident_least_days:
            return None
        new_a, new_b = self._told_new(a, b, fa, fb), self._told_new(b, a, fb, fa)
        if new_a and new_b:
            if self._is_rolling(a) or self._is_rolling(b):
                return None
        else:
            # One side: the later item's incident, told as new, is its day's; an update of
            # the earlier item's figure says so ("rises to") or tells its incident again
            # ("the attack"), never as new. (A running total told before, "24 killed to
            # date", is no figure of an incident told later.) The same number told again is
            # one figure.
            later = b if (fb.published or "") > (fa.published or "") else a
            if (fa.published or "") == (fb.published or "") or _same_number(a, b):
                return None
            if not (new_b if later is b else new_a) or self._is_rolling(later):
                return None
        for x, fx, fy in ((a, fa, fb), (b, fb, fa)):
            # an incident its sentence dates to the other's day ("four days after a quake
            # hit the region on July 30", of the page of July 30): that incident told again
            day = self.context.day(x, fx.published)
            apart = _days_apart(day, fy.published)
            if apart is not None and apart <= 1:
                return None
            if self._dated_to_month_of(x, fx, fy):
                return None
            if not self._incident(x) and any(  # the incident its item told before, so dated
                (apart := _days_apart(d, fy.published)) is not None and apart <= 1
                for d in ItemTold.read(fx.told).days
            ):
                return None
        return SeparateIncidents(a.quote, b.quote)

    def _day_events(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two counts of one measure in items of pages of many stories (a day's news)
        published at least `day_event_least_days` apart, each told as the event of its day in
        the present tense (`ContextReader.day_event`: "At least 51 people are killed",
        "killing 31 people"), neither stated as a running figure (`rolling`): each item
        tells its day's event, so they are two events, whatever their numbers. So are two
        different counts of which only the later is so told: a figure of an event told on
        an earlier page, told again days on, is told back ("the crash that killed 31") or
        said to be updated ("rises to"), never as that day's event. An item whose sentence
        dates its figure to the other's day (within a day) tells that day's event again."""
        least = self.rules.matching.day_event_least_days
        if not least or a.kind != "count" or not (fa.story and fb.story):
            return None
        days = _days_apart(fa.published, fb.published)
        if days is None or days < least:
            return None
        if self._is_rolling(a) or self._is_rolling(b):
            return None
        # pages further apart than an event that runs for days runs: a flood's toll told in
        # the present is its day's event, as any other
        most = self.rules.matching.lasting_most_days
        lasting = bool(most) and days > most
        day_a, day_b = self._day_event(a, lasting), self._day_event(b, lasting)
        if not (day_a and day_b):
            later = day_b if (fb.published or "") > (fa.published or "") else day_a
            if not later or _same_number(a, b):
                return None
        for x, fx, fy in ((a, fa, fb), (b, fb, fa)):
            apart = _days_apart(self.context.day(x, fx.published), fy.published)
            if apart is not None and apart <= 1:
                return None
            if self._dated_to_month_of(x, fx, fy):
                return None
        return SeparateIncidents(a.quote, b.quote)

    def _dated_to_month_of(self, claim: Claim, own: Features, other: Features) -> bool:
        """Whether the claim's clause dates it by the month of the other's earlier page
        (`ContextReader.month`: "a shooting that killed four people in October", on a page
        of November, of a page of October): that page's incident told again, not one of
        the claim's own day."""
        if not (own.published and other.published) or other.published >= own.published:
            return False
        month = self._month_of.get(claim.id)
        if month is None:  # (read once per claim: it is asked once per pair)
            month = self._month_of[claim.id] = self.context.month(claim, own.published)
        return bool(month) and other.published.startswith(month)

    def _day_event(self, claim: Claim, lasting: bool = False) -> bool:
        """`ContextReader.day_event` of the claim, read once per claim and `lasting`."""
        key = (claim.id, lasting)
        known = self._day_event_of.get(key)
        if known is None:
            known = self._day_event_of[key] = self.context.day_event(claim, lasting)
        return known

    def _placed_elsewhere(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two figures of one measure in items of pages of many stories (a day's news),
        neither stated as a running figure (`rolling_words`) nor the same number, one of
        them placed by a place phrase of its sentence near it (`ContextReader.
        stated_places`, `placed_reach` words: "in the Eastern Pacific", "in Gilan, Iran")
        that the other's source names nowhere (its topic, the proper names of the whole
        page; the nouns of a kind of place, "Marib Governorate", left out): the other
        tells of another incident, not of that place's figure updated. A tally updated
        says so ("the toll rises to"), one incident told again may state its number
        again, and two sentences that name one name of several words alike ("Kryvyi
        Rih", "Stade du 5 Juillet") tell one incident, whatever place each adds."""
        if not self.rules.matching.placed_reach:
            return None  # off
        if not (fa.story and fb.story) or _same_number(a, b):
            return None
        if self._is_rolling(a) or self._is_rolling(b):
            return None
        for x, y, fy in ((a, b, fb), (b, a, fa)):
            place = self.placed_absent(x, fy)
            if place:
                shared = self._sentence_names(a) & self._sentence_names(b)
                if any(" " in name for name in shared):
                    return None
                return PlacedElsewhere(place, x.quote, y.quote)
        return None

    def placed_absent(self, claim: Claim, other: Features, reach: int | None = None) -> str:
        """The first place the claim's sentence places it in (`_places_stated`, or at most
        `reach` words from it) that the source of the other features names nowhere (its
        topic; the nouns of a kind of place left out), nor names a place holding it or
        held by it (`related_written`: "Kampala" where the other names Uganda, "Gaza Strip"
        where it names Gaza), or ""."""
        written = self._words_of(other.topic)
        places = (
            self._places_stated(claim)
            if reach is None
            else self.context.stated_places(claim, reach)
        )
        for place in sorted(places):
            named = set(place.split()) - self._place_nouns
            if named and not named <= written:
                if self.rules.matching.place_relations and self.related_written(
                    claim, place, other
                ):
                    continue
                return place
        return ""

    def related_written(self, claim: Claim, place: str, other: Features) -> str:
        """A place the source of the other features writes that holds `place` (a place the
        claim's sentence states) or is held by it, by the rules' gazetteer
        (`place_relations`) or by a chain of the claim's sentence ("in Gilan, Iran"), or
        "". A name's relations are those of every place of that name: evidence that two
        places may be one place's, never that they differ."""
        key = self._place_key(place)
        if not key:
            return ""
        gazetteer = self._gazetteer_of()
        written = self._topic_places.get(other.topic)
        if written is None:
            words = self._words_of(other.topic)
            written = self._topic_places[other.topic] = gazetteer.written(words)
        found = gazetteer.related(key, written)
        if found:
            return found
        words = self._words_of(other.topic)
        chains = self.context.place_chains(claim.sentence)
        for holder in sorted(chained_holders(key, chains, self._name_key)):
            if set(holder.split()) <= words:
                return holder
        return ""

    def _place_key(self, place: str) -> str:
        """The key of a place as `stated_places` gives it (its place words, sorted and
        joined), the nouns of a kind of place left out ("Marib Governorate": "marib")."""
        return " ".join(sorted(set(place.split()) - self._place_nouns))

    def _name_key(self, name: str) -> str:
        """The key of a place's name as written (`_place_key` of its place words)."""
        return " ".join(sorted(self.context.place_words(name) - self._place_nouns))

    def _gazetteer_of(self) -> Gazetteer:
        """The rules' gazetteer (`place_relations` of each rules folder), read once."""
        if self._gazetteer is None:
            self._gazetteer = read_gazetteer(
                self.rules.folders, self.rules.matching.place_relations, self._name_key
            )
        return self._gazetteer

    def _places_stated(self, claim: Claim) -> frozenset[str]:
        """`ContextReader.stated_places` of the claim, read once per claim."""
        known = self._stated_places.get(claim.id)
        if known is None:
            reach = self.rules.matching.placed_reach
            known = self._stated_places[claim.id] = self.context.stated_places(claim, reach)
        return known

    def _told_new(self, claim: Claim, other: Claim, fc: Features, fo: Features) -> bool:
        """Whether the claim's sentence tells an incident as new against the other claim's:
        one it introduces (`_incident`), or an event that runs for days introduced with an
        article (`ContextReader.lasting`: "a cholera outbreak") that the other's sentence
        never names: a toll of the same event updated names it again ("an outbreak ... 52
        dead"), a figure of another event does not ("killed in the flooding"). A sentence
        that tells no incident of its own tells the one its item introduced before it
        (`Features.told`: "Rebels launch eight attacks on the city. Two people are killed
        during the attacks.")."""
        if self._incident(claim):
            return True
        new, lasting = self.context.told_before(claim, fc.told)
        if new:
            return True
        named = self.context.sentence_words(other.sentence) | ItemTold.read(fo.told).lasting
        return bool(lasting) and not (lasting & named)

    def _incident(self, claim: Claim) -> bool:
        """`ContextReader.incident` of the claim, read once per claim."""
        known = self._incident_of.get(claim.id)
        if known is None:
            known = self._incident_of[claim.id] = self.context.incident(claim)
        return known

    def _disagree(self, a: Claim, b: Claim, fa: Features, fb: Features) -> bool:
        """Whether the verdict would set two numbers of one concept against each other: their
        intervals apart as the verdict reads them (a plain number as far as its rounding
        reaches; a floor of a running tally stated on another day as that day's count)."""
        tolerance = self.tolerances[a.kind]
        days = a.concept in self._running and fa.published and fb.published
        if days and fa.published != fb.published:
            a, b = self._counted_then(a), self._counted_then(b)
        return not self._rounded(a, tolerance).overlaps(self._rounded(b, tolerance))

    def _vague_noun(self, claim: Claim) -> bool:
        """Whether the claim's counted noun is one of `vague_heads` by its singular ("people",
        "persons"): it says too little to tell one group counted from another."""
        reading = self.lexicon.frames.reading
        if reading is None or not claim.counted_noun:
            return False
        word = claim.counted_noun.lower().split()[-1]
        return not reading.vague_heads.isdisjoint(reading.singular(word))

    def _noun_of_concept(self, named: Claim, other: Claim) -> bool:
        """Whether `other`, with no concept, counts the noun that is all `named`'s concept
        is (`Reading.plain`: the noun a count leaves out, by its singular)."""
        reading = self.lexicon.frames.reading
        if other.concept or not other.counted_noun or not _counted_only(named):
            return False
        if reading is None:
            return False
        return named.concept in reading.singular(other.counted_noun.lower().split()[-1])

    def _same_number_alike(
        self, a: Claim, b: Claim, fa: Features, fb: Features, otherwise: Reason
    ) -> PairDecision:
        """A count whose concept is only the noun it leaves out ("12 other villagers") and a
        count of another concept ("killed 12"): one fact only when two sources of one story
        state the same number (at least `bare_least_value`), nothing in their sentences
        tells them apart, and the words around them and the story score at least
        `bare_cutoff`. Else `otherwise` (their concepts differ)."""
        from rapidfuzz import fuzz  # matching's library: extraction never needs it

        m = self.rules.matching
        if not _same_number(a, b) or (a.value or 0.0) < m.bare_least_value:
            return PairDecision(0.0, (), otherwise)
        veto = self._concept_vetoes(a, b, fa, fb) or vetoes(
            a, b, fa, fb, self.context.open_portions, *self._readers
        )
        if veto:
            return PairDecision(0.0, (), veto)
        known, story = self._story(fa, fb)
        if known and story < m.story_cutoff:
            return PairDecision(0.0, (), DifferentStories(story))
        near = fuzz.token_set_ratio(self._text(a, fa), self._text(b, fb))
        weight = m.story_weight if known else 0.0
        score = min(100.0, (1 - weight) * near + weight * story + m.same_number_bonus)
        cutoff = max(m.context_cutoff, m.bare_cutoff)
        if score < cutoff:
            return PairDecision(0.0, (), ContextsDiffer(near, story))
        what = a.concept or b.concept or a.noun_class or b.noun_class or a.unit
        reasons = _shared(a, fa, fb, what)
        reasons.append(SameNumber(m.same_number_bonus))
        reasons.append(Similarity(score, near, story))
        return PairDecision(float(score), tuple(reasons))

    def _concept_vetoes(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Vetoes of two numbers of one concept: a time anchor (unless both date a running
        figure: "as of Monday", "so far"), a place, one sentence. (Names that differ weigh
        against the pair in its score; they do not veto it.)"""
        running = self._status_time(fa.time) and self._status_time(fb.time)
        if fa.time and fb.time and fa.time != fb.time and not running:
            return DifferentTime(a.context.time, b.context.time)
        if later := self._later_window(a, b, fa, fb):
            return later
        if (
            fa.places
            and fb.places
            and not (fa.places & fb.places)
            and not (
                self._within(a, b, fa, fb)
                and (
                    not self._disagree(a, b, fa, fb)
                    or self._tally_of_days(a, b, fa, fb)
                    or self._tally_updated(a, b, fa, fb)
                )
            )
        ):
            # (one place holding the other: the same figure told at two scales when the
            # numbers agree, or a running tally told on two days, at the first place it
            # struck and then at the whole; a part's figure and the whole's of one day, two
            # facts)
            return DifferentPlace(a.context.location, b.context.location)
        apart = self._places_apart(a, b, fa, fb)
        if apart and self._one_holder(a, b) and self._tally_updated(a, b, fa, fb):
            # two places one larger place holds, both sentences writing it ("in Anguruwatota,
            # Sri Lanka" / "in Galpatha, Sri Lanka"), of a tally the later says it updates:
            # two outlets placing one event, not two events
            apart = None
        places = apart or self._place_of_list(a, b, fa, fb)
        if places:
            return places
        portion = _portions_differ(
            a,
            b,
            fa,
            fb,
            self.context.open_portions,
            self.context.states_number,
            self.total_before,
        ) or self._whole_apart(a, b, fa, fb)
        if portion and not self._part_told_alone(a, b, fa, fb):
            return portion
        rivals = self._rivals(a, b, fa, fb) or self._aimed_apart(a, b)
        if rivals:
            return rivals
        if a.source_id == b.source_id and a.sentence == b.sentence and a.start != b.start:
            return OneSentence()
        return None

    def _later_window(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two different counts from pages of different days, the later one dated by a
        window of the story past the first (`later_windows`: "the second consecutive night
        of rioting sees 17 officers injured"), the earlier one by no time, neither stated
        as a running figure: the later window's own count, two facts (the first night's
        injured and the second's)."""
        windows = self.context.later_windows
        if not windows or fa.published == fb.published or _same_number(a, b):
            return None
        if not (fa.published and fb.published):
            return None
        early, late, f_early, f_late = (
            (a, b, fa, fb) if fa.published < fb.published else (b, a, fb, fa)
        )
        if f_early.time or not f_late.time or f_late.time.split()[0] not in windows:
            return None
        if self._is_rolling(a) or self._is_rolling(b):
            return None
        return DifferentTime(early.context.time, late.context.time)

    def _part_told_alone(self, a: Claim, b: Claim, fa: Features, fb: Features) -> bool:
        """Whether two numbers of one running tally (`running_concepts`: the dead, the
        rescued) are one figure told two ways: one a part of a whole its sentence states as
        a number ("rescuers locate four of six miners alive": four of six,
        `Portion.of_number`), of a portion whose number may be the figure told alone
        (`same_noun_may_match`), the other with no portion of its own, agreeing with the
        part ("the survivors rescued rise to four"). News tells a tally against the whole
        it is counted in once (the trapped, the aboard), then the tally alone. Of a figure
        that is no tally, the part is one party's share ("Dorn won 12 of the state's 24
        delegates" / "Ravel won 12 delegates"), nor does a number of another owner
        (`GoverningReader`) tell the part."""
        if bool(fa.portion) == bool(fb.portion):
            return False
        part, other, whole = (a, b, fa.whole) if fa.portion else (b, a, fb.whole)
        if not whole or (fa.portion or fb.portion) not in self.context.open_portions:
            return False
        if part.concept not in self._running or other.concept != part.concept:
            return False
        if not a.interval.overlaps(b.interval):
            return False
        owners, others = self._owners_of(part), self._owners_of(other)
        return not (owners and others and not (owners & others))

    def _aimed_apart(self, a: Claim, b: Claim) -> Reason | None:
        """Two numbers whose clauses aim their action at different names (`ContextReader.
        target`: "killed by Iranian strikes on Israel" / "the toll from Israeli airstrikes
        on Iran"), each sentence naming the other's target too: the two directions of one
        exchange (each side's strikes, each side's tariffs), two subjects. A target the
        other sentence does not name may be a part of the other's ("on Kyiv", "on
        Ukraine"): no veto."""
        ta, tb = self._target_of(a), self._target_of(b)
        if not (ta and tb) or set(ta.split()) & set(tb.split()):
            return None
        said_a, said_b = self._chain_heads(a)[1], self._chain_heads(b)[1]
        if set(ta.split()) <= said_b and set(tb.split()) <= said_a:
            return DifferentSubject((ta,), (tb,))
        return None

    def _target_of(self, claim: Claim) -> str:
        """`ContextReader.target` of the claim, read once per claim."""
        known = self._targets.get(claim.id)
        if known is None:
            known = self._targets[claim.id] = self.context.target(claim)
        return known

    def total_before(self, claim: Claim) -> tuple[float, ...]:
        """The numbers its sentence states before the claim, in digits ("over 1,300 Syrians
        are killed within 72 hours ..., including at least 973": 1300 and 72): the total a
        part told with "including" is a part of is one of them."""
        known = self._totals.get(claim.id)
        if known is not None:
            return known
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        values = (
            self.grammar.digits_value(m.group(0)) for m in _NUMBER.finditer(sentence, 0, max(at, 0))
        )
        found = self._totals[claim.id] = tuple(v for v in values if v is not None)
        return found

    def _within(self, a: Claim, b: Claim, fa: Features, fb: Features) -> bool:
        """Whether the place of one number is a place the other's sentence sets its figure
        in (`ContextReader.framing_places`: "Chinese officials confirmed it killed three
        people in Wuhan" / "killed 813 in China"; "in Multan, Punjab" / "in Punjab"): one
        place holding the other, not two places (read only for numbers that agree: a
        part's figure and the whole's that differ are two facts)."""
        inside_a = bool(fb.places) and fb.places <= self._framing(a)
        return inside_a or (bool(fa.places) and fa.places <= self._framing(b))

    def _tally_of_days(self, a: Claim, b: Claim, fa: Features, fb: Features) -> bool:
        """Whether two numbers of one concept are a running tally (`running_concepts`: deaths,
        cases) stated by sources published on different days, neither told of an incident
        its sentence introduces as new (`ContextReader.incident`: "nine are killed when a
        boat capsizes near Multan" is that incident's figure) nor in an item of a page of
        many stories (a day's news: each item tells its day's events, and a season's toll
        and one flood's are two facts): the tally of another day."""
        days = _days_apart(fa.published, fb.published)
        if a.concept not in self._running or days is None or days <= 0:
            return False
        if fa.story or fb.story:
            return False
        return not (self._incident(a) or self._incident(b))

    def _fell_apart(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two figures of one running tally (`running_concepts`: deaths, cases) from sources
        published on different days, the later wholly below the earlier by more than
        `fell_most_ratio` ("over 1,300 killed", then "132 civilians killed" two days on; "291
        recovered", then "14 recovered"): a tally grows, and one revised down is revised by
        a part of it, not to a fraction; so far below, the later is another count (the
        day's new ones, a part, another place's), two facts."""
        ratio = self.rules.matching.fell_most_ratio
        if not ratio or a.concept not in self._running or a.concept != b.concept:
            return None
        days = _days_apart(fa.published, fb.published)
        if not days:
            return None
        early, late = (a, b) if (fa.published or "") < (fb.published or "") else (b, a)
        low, high = early.interval.low, late.interval.high
        if low is None or high is None or high * ratio >= low:
            return None
        return TallyFellApart(early.quote, late.quote)

    def _tally_updated(self, a: Claim, b: Claim, fa: Features, fb: Features) -> bool:
        """Whether two figures of one running tally (`running_concepts`: deaths, cases) from
        sources published on different days are the earlier figure and its update: the later
        stated as a running figure (`rolling_words`: "the death toll of the storm rises to
        34"), the earlier not, the later not below the earlier, and their sentences sharing
        a word of what happened besides the tally, its places and its names (`_event_words`:
        "storm", "fire"). News tells a tally's update against the event counted, told
        before; a tally updated from another event's figure shares no word of that event
        (a season's floods and one landslide)."""
        if a.concept not in self._running or a.concept != b.concept:
            return False
        days = _days_apart(fa.published, fb.published)
        if days is None or days <= 0:
            return False
        early, late = (a, b) if (fa.published or "") < (fb.published or "") else (b, a)
        if not self._is_rolling(late) or self._is_rolling(early):
            return False
        low, high = early.interval.low, late.interval.high
        if low is not None and high is not None and high < low:
            return False  # a tally updated does not fall
        return bool(self._event_words(a) & self._event_words(b))

    def _event_words(self, claim: Claim) -> frozenset[str]:
        """The words of a claim's sentence that tell what happened, read once per claim:
        its words less the words of its proper names, the stopwords and context filler
        (`stop`), the words of the running-figure cues (`rolling_words`), the forms of the
        heads of concepts ("toll", "killed": what is counted, not what happened) and
        numbers."""
        known = self._events.get(claim.id)
        if known is not None:
            return known
        reading = self.lexicon.frames.reading
        heads = reading.surfaces if reading is not None else frozenset()
        cues = {w for cue in self.context.rolling_words for w in cue}
        found = self._events[claim.id] = frozenset(
            w
            for w in self.context.sentence_words(claim.sentence)
            - self.name_words(claim)
            - self.context.stop
            - heads
            - cues
            if w.isalpha() and self.grammar.word_value(w) is None
        )
        return found

    def _one_holder(self, a: Claim, b: Claim) -> bool:
        """Whether the place chains of two claims' sentences (`place_chains`: "in Galpatha,
        Sri Lanka") end in one place holding their most specific places."""
        ends_a = {chain[-1] for chain in self.context.place_chains(a.sentence) if len(chain) > 1}
        ends_b = {chain[-1] for chain in self.context.place_chains(b.sentence) if len(chain) > 1}
        return bool(ends_a & ends_b)

    def _framing(self, claim: Claim) -> frozenset[str]:
        """`ContextReader.framing_places` of the claim's sentence, read once per sentence."""
        known = self._frames.get(claim.sentence)
        if known is None:
            known = self._frames[claim.sentence] = self.context.framing_places(claim.sentence)
        return known

    def _rivals(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two things of one kind named near the two claims, neither sentence naming the
        other's: the toll of one typhoon is not the toll of another. Of two numbers each
        told in passing in a relative clause (`GoverningReader.background_names`: "The
        Senate approves a bill, which could shorten Roe's 12-year sentence" / "The Assembly
        approves a bill, which could shorten Roe's 12-year sentence"), their counted thing
        owned by one name in both (`GoverningReader.owned_alike`: a possessive or an
        of-phrase), only the names of those clauses are read: the figure is that owner's,
        and who acts on it in the clause before does not make it another's."""
        near_a, near_b = fa.names, fb.names
        before_a, before_b = self._names_before(a), self._names_before(b)
        if self.governs.owned_alike(a, b):
            own_a, own_b = self.governs.background_names(a), self.governs.background_names(b)
            if own_a is not None and own_b is not None:
                near_a, near_b = near_a & own_a, near_b & own_b
                before_a, before_b = before_a & own_a, before_b & own_b
        rivals = _rival_names(near_a, near_b)
        if rivals is None or self._named_in_other(rivals, a, b):
            # else two things of one class named near or before the numbers, names of as
            # many words sharing the class word, first, alone: "the toll of Typhoon
            # Kalmaegi's impact on Visayas and Mindanao rises to 66", the name out of the
            # words next to the number (not a shared last word: "Joe Biden", "Vice
            # President Biden" may be one person)
            rivals = _rival_names(near_a | before_a, near_b | before_b, heads=True)
        if rivals is None or self._named_in_other(rivals, a, b):
            return None
        return RivalNames(*rivals)

    def _places_apart(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """Two numbers whose sentences each write a place with the larger place holding it
        ("in Multan, Punjab, Pakistan", "in Gilgit-Baltistan, Pakistan": `place_chains`), or
        one such and the other the place the number is stated in ("killing five in Daklak"),
        neither sentence naming the most specific place of the other: figures of two places
        (two provinces of one country, two countries), however alike the rest."""
        chains_a, words_a = self._chain_heads(a)
        chains_b, words_b = self._chain_heads(b)
        if not (chains_a or chains_b):
            return None  # two stated places alone: the place veto's to weigh
        heads_a, heads_b = chains_a | fa.places, chains_b | fb.places
        if not (heads_a and heads_b) or heads_a & words_b or heads_b & words_a:
            return None
        return DifferentPlace(
            self._first_head(a) or a.context.location, self._first_head(b) or b.context.location
        )

    def _place_of_list(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """One number stated of a list of places ("in Afghanistan and Pakistan",
        `ContextReader.listed_places`), the other of some of them alone ("in Afghanistan"):
        the total of several places and the figure of a part, two facts when the verdict
        would set them against each other."""
        if not (fa.places and fb.places):
            return None
        la, lb = self._listed(a), self._listed(b)
        if bool(la) == bool(lb):
            return None  # two lists, or no list: the place veto's to weigh
        if lb:
            a, b, fa, fb, la = b, a, fb, fa, lb
        if not fb.places < la or not self._disagree(a, b, fa, fb):
            return None
        return DifferentPlace(", ".join(sorted(la)), b.context.location)

    def _whole_apart(self, a: Claim, b: Claim, fa: Features, fb: Features) -> Reason | None:
        """One count the whole another number of its clause is a part of ("won 60 of 165
        seats": 165, `ContextReader.whole_of_part`), the other no such whole and no part
        either ("124 seats"): a total against a share of it, or against another count, two
        facts when the verdict would set them against each other (the same total stated
        again, "Varno has 165 seats", still meets)."""
        wa, wb = self._whole_of_part(a), self._whole_of_part(b)
        if wa == wb:
            return None
        if wb:
            a, b, fa, fb = b, a, fb, fa
        if fb.portion or not self._disagree(a, b, fa, fb):
            return None  # a part of a whole: the portion veto's to weigh
        return DifferentPortion(f"{a.quote} (a whole of a part)", fb.portion)

    def _whole_of_part(self, claim: Claim) -> bool:
        """`ContextReader.whole_of_part` of the claim, read once per claim."""
        known = self._wholes.get(claim.id)
        if known is None:
            known = self._wholes[claim.id] = self.context.whole_of_part(claim)
        return known

    def _listed(self, claim: Claim) -> frozenset[str]:
        """`ContextReader.listed_places` of the claim, read once per claim."""
        known = self._lists.get(claim.id)
        if known is None:
            known = self._lists[claim.id] = self.context.listed_places(claim)
        return known

    def _chain_heads(self, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
        """The words of the most specific places of the claim's sentence's place chains, and
        the folded words of the sentence (aliases applied), read once per sentence."""
        known = self._chains.get(claim.sentence)
        if known is None:
            chains = self.context.place_chains(claim.sentence)
            heads = frozenset(w for chain in chains for w in chain[0].split())
            said = self.context.sentence_words(claim.sentence)
            known = self._chains[claim.sentence] = (heads, said)
        return known

    def _first_head(self, claim: Claim) -> str:
        chains = self.context.place_chains(claim.sentence)
        return ", ".join(chains[0]) if chains else ""

    def _named_in_other(self, rivals: tuple[str, str], a: Claim, b: Claim) -> bool:
        return rivals[0] in self._sentence_names(b) or rivals[1] in self._sentence_names(a)

    def name_words(self, claim: Claim) -> frozenset[str]:
        """The words of the proper names of the claim's sentence (`_sentence_names`)."""
        return frozenset(w for name in self._sentence_names(claim) for w in name.split())

    def _sentence_names(self, claim: Claim) -> frozenset[str]:
        """`ContextReader.names` of the claim's sentence, read once per claim."""
        known = self._in_sentence.get(claim.id)
        if known is None:
            known = self._in_sentence[claim.id] = self.context.names(claim.sentence)
        return known

    def _names_before(self, claim: Claim) -> frozenset[str]:
        """The names of several words its sentence states before the claim (what a number is
        about comes first in news copy; a source cited after it, "( Philippine Star )", is
        not)."""
        known = self._before.get(claim.id)
        if known is not None:
            return known
        at = claim.sentence.find(claim.quote)
        found = frozenset(n for n in self.context.names(claim.sentence[: max(at, 0)]) if " " in n)
        self._before[claim.id] = found
        return found

    def _status_time(self, time: str) -> bool:
        return any(time == cue or time.startswith(cue + " ") for cue in self.status_times)

    def judge_published(
        self, members: Sequence[Claim], published: Mapping[str, str | None]
    ) -> Judgement:
        """`judge`, except for a running tally (`running_concepts`: deaths, cases) stated by
        sources published on different days. There a floor ("at least 610", "more than
        1,100") is the count of its day, which a toll above it stated another day updates: a
        conflict, not an overlap. It reaches `running_floor_reach` times its number (a fifth
        above: "at least 17" allows "19" the next day, not "44" after "at least 33"); just
        its number once a later source states the toll updated ("the toll rose to 60"). A
        conflict where a later day's figure is below an earlier day's is noted: the count
        fell (`TallyFell`)."""
        dates = {published.get(c.source_id) for c in members}
        concepts = {c.concept for c in members if c.concept}
        if len(dates - {None}) < 2 or not concepts or not concepts <= self._running:
            return self.judge(members)
        updates = [
            day
            for c in members
            if (day := published.get(c.source_id)) is not None and self._is_rolling(c)
        ]
        last_update = max(updates, default=None)
        counted = [
            self._counted_then(
                c,
                superseded=last_update is not None
                and (day := published.get(c.source_id)) is not None
                and day < last_update,
            )
            for c in members
        ]
        judgement = self.judge(counted)
        if judgement.verdict != "conflict":
            return judgement
        fell = _fell(counted, published)
        return judgement if fell is None else replace(judgement, notes=(*judgement.notes, fell))

    def _counted_then(self, claim: Claim, superseded: bool = False) -> Claim:
        """A floor of a running tally as the count of its day: "at least 1,100" is 1,100 up
        to `running_floor_reach` times 1,100, not any number above (just 1,100 when a later
        source states the toll updated: `superseded`); any other claim as it is."""
        low = claim.interval.low
        if claim.qualifier not in _FLOORS or low is None or claim.interval.high is not None:
            return claim
        if superseded:
            return replace(claim, interval=Interval(low, low, True, True))
        reach = low * self.rules.matching.running_floor_reach
        return replace(claim, interval=Interval(low, reach, claim.interval.low_closed, True))

    def judge(self, members: Sequence[Claim]) -> Judgement:
        if len(members) == 1:
            return Judgement("agree")  # one claim: no pair to weigh (as below, sooner)
        if len({c.change for c in members if c.change}) > 1:
            members = [_signed(c) for c in members]  # a rise and a fall: weighed signed
        tolerance = self.tolerances[members[0].kind]
        # Across sources, a source's own repeated mentions are not compared with each other
        # (a self-contradiction is noted apart); within one source they are.
        several_sources = len({c.source_id for c in members}) > 1
        readings = _readings(members, several_sources, self._rounding)
        worst_gap = self._worst_gap(readings, several_sources, tolerance)
        if worst_gap > 0:
            return Judgement("conflict", round(worst_gap, 6))
        pairs = _pairs_to_compare(readings, several_sources)
        all_agree = all(_same_value(a, b, tolerance.agree) for a, b in pairs)
        return Judgement("agree" if all_agree else "compatible")

    def _worst_gap(
        self, readings: list[tuple[Claim, set[str]]], several_sources: bool, tolerance: Tolerance
    ) -> float:
        """The largest gap, relative to the larger number, between two readings a verdict
        weighs (`_pairs_to_compare`) that stay apart even as far as their rounding reaches
        (the gap is that of what they state); 0 when there is none.

        A cluster of a large corpus may hold thousands of distinct readings: rather than
        weigh every pair, each reading is weighed against the readings wholly below it,
        lowest first, while the gap over the least scale the pair can have still beats the
        largest found (the gap shrinks as the lower reading rises); the result is the same
        number the pair by pair maximum gives."""
        entries = [(c, c.interval, self._rounded(c, tolerance), s) for c, s in readings]
        if any(
            i.low is not None and i.high is not None and i.low > i.high for _, i, _, _ in entries
        ):
            return _worst_gap_by_pairs(entries, several_sources)
        scales = [_magnitude(c) for c, _, _, _ in entries]
        least_scale = min((m or 1.0 for m in scales), default=1.0)
        below = sorted((i.high, k) for k, (_, i, _, _) in enumerate(entries) if i.high is not None)
        highs = [high for high, _ in below]
        above = sorted(
            (k for k, (_, i, _, _) in enumerate(entries) if i.low is not None),
            key=lambda k: (-(entries[k][1].low or 0.0), k),
        )
        worst = 0.0
        for b in above:
            claim_b, interval_b, rounded_b, sources_b = entries[b]
            low_b = interval_b.low
            assert low_b is not None
            least = scales[b] or least_scale  # no pair with b has a smaller scale
            for at in range(bisect_left(highs, low_b)):
                high_a, a = below[at]
                if (low_b - high_a) / least <= worst:
                    break  # every reading further up is nearer b
                claim_a, interval_a, rounded_a, sources_a = entries[a]
                if a == b or not (not several_sources or len(sources_a | sources_b) > 1):
                    continue
                exact = claim_a.qualifier == claim_b.qualifier == "exact"
                if exact and rounded_a.overlaps(rounded_b):
                    continue
                scale = max(scales[a], scales[b]) or 1.0
                worst = max(worst, interval_a.gap(interval_b) / scale)
        return worst

    def _rounded(self, claim: Claim, tolerance: Tolerance) -> Interval:
        """The interval a claim stated exactly allows beside another stated exactly."""
        return (
            self.stated_interval(claim, tolerance) if claim.qualifier == "exact" else claim.interval
        )

    def stated_interval(self, claim: Claim, tolerance: Tolerance) -> Interval:
        """The interval a plain number allows beside another plain number, for their
        verdict: every value it rounds ("1.2 million": 1.15 to 1.25 million), at most
        `rounded` of its value either side. ("about 300" already says how far it reaches:
        beside it, "320" stays 320.)"""
        interval = claim.interval
        if claim.qualifier != "exact" or interval.low is None or interval.high is None:
            return interval
        share = min(self._rounding(claim.quote), tolerance.rounded)
        if share <= 0:
            return interval
        # what rounds to it, half up: "55" is 54.5 up to 55.5, not 55.5 itself, which "56"
        # holds (ends written to twelve digits, so that two meet where the digits say)
        return Interval(
            _digits(interval.low - abs(interval.low) * share),
            _digits(interval.high + abs(interval.high) * share),
            interval.low_closed,
            False,
        )

    def _rounding(self, quote: str) -> float:
        """Half the step of the last digit a number is written to, relative to the number:
        "1.2 million" 0.05 / 1.2, "1,236,000" 500 / 1,236,000; 0 for a number in words."""
        found = self.grammar.digits_re.search(quote)
        if found is None:
            return 0.0
        written = found.group("num")
        number = self.grammar.digits_value(written)
        if not number:
            return 0.0
        digits = [ch for ch in written if ch.isdigit() or ch == self.grammar.decimal]
        text = "".join(digits)
        if self.grammar.decimal in text:
            step = 10.0 ** -len(text.split(self.grammar.decimal, 1)[1])
        else:
            step = 10.0 ** (len(text) - len(text.rstrip("0")))
        return step / 2 / abs(number)

    def label(self, members: Sequence[Claim]) -> str:
        first = members[0]
        subject = first.noun_class or first.counted_noun or first.kind
        concept = next((c for m in members if (c := _concept(m)) is not None), None)
        # What a count counts says less than what happened to it (deaths, not civilians);
        # money or a measure named by its noun ("security assistance") keeps the noun.
        if concept is not None and (first.kind == "count" or first.noun_class is None):
            places = sorted({c.place for m in members if (c := _concept(m)) and c.place})
            named = self.lexicon.frames.labels.get(concept.key)  # None: not in this language
            if named is not None:
                subject = named.replace("{place}", places[0] if places else "").strip()
            elif subject == first.kind:
                subject = concept.key  # a noun two sources quote, the run's concept
        unit = "" if first.kind == "count" else f" ({first.unit})"
        moves = sorted({m.change for m in members if m.change})
        change = f", change ({' / '.join(moves)})" if moves else ""
        places = sorted(
            {c.context.location for c in members if c.context.location}, key=lambda w: (len(w), w)
        )
        place = f" {places[0]}" if places else ""
        times = sorted({c.context.time for c in members if c.context.time})
        time = f" {times[0]}" if times else ""
        return f"{subject}{unit}{change}{place}{time}".strip()


def to_interval(qualifier: str, values: tuple[float, ...], tolerance: Tolerance) -> Interval:
    """The interval a qualified number means (DESIGN.md, 'What a claim means')."""
    v = values[0]
    if qualifier in ("range", "vague"):
        high = values[-1]
        return Interval(min(v, high), max(v, high), True, qualifier == "range")
    if qualifier == "about":
        t = tolerance.about
        return Interval(v * (1 - t), v * (1 + t))
    if qualifier == "nearly":
        return Interval(v * (1 - tolerance.nearly), v, True, False)
    if qualifier == "over":
        return Interval(v, None, False, False)
    if qualifier == "at_least":
        return Interval(v, None, True, False)
    if qualifier == "under":
        return Interval(0.0, v, True, False)
    if qualifier == "up_to":
        return Interval(0.0, v)
    t = tolerance.exact
    return Interval(v * (1 - t), v * (1 + t))


def _not_the_concept(names: frozenset[str], concept: str) -> frozenset[str]:
    """The names near a number but those that only write its concept's words: an acronym
    a sentence capitalizes ("2.5% of GDP": "gdp", of the concept "share of gdp") names
    what is measured, not whose figure it is, so two numbers of the concept share it
    whoever's they are (the UK's target and Spain's)."""
    words = frozenset(concept.split())
    if not words:
        return names
    return frozenset(name for name in names if not frozenset(name.split()) <= words)


def vetoes(
    a: Claim,
    b: Claim,
    fa: Features,
    fb: Features,
    open_portions: frozenset[str] = frozenset(),
    named: Callable[[Claim], frozenset[str]] | None = None,
    states: Callable[[Claim, str], bool] | None = None,
    part_of: Callable[[Claim], tuple[float, ...]] | None = None,
    owners: Callable[[Claim], frozenset[str]] | None = None,
) -> Reason | None:
    """Why two claims of one block cannot be one fact, or None. `named`: the words of the
    proper names a claim's sentence writes (`QuantityKind.name_words`); two subjects each
    of which the other's sentence names are no different subjects, nor are two subjects of
    numbers one name owns (`owners`, `GoverningReader`: "Lorn's mayor said 10 of Acme's
    workers were hurt" / "Karsk officials said 10 of Acme's workers were hurt"). `states`: whether a
    claim's sentence states a number apart from the claim (`ContextReader.states_number`),
    and `part_of` the numbers a part's sentence states before it (`QuantityKind.total_before`),
    for portions."""
    if fa.time and fb.time and fa.time != fb.time:
        return DifferentTime(a.context.time, b.context.time)
    if fa.places and fb.places and not (fa.places & fb.places):
        return DifferentPlace(a.context.location, b.context.location)
    if fa.outcome and fb.outcome and not (fa.outcomes & fb.outcomes):
        # what happened to each, told in one word or several joined ("intercepted and
        # destroyed" / "destroyed"), shares nothing
        return DifferentOutcome(fa.outcome, fb.outcome)
    portion = _portions_differ(a, b, fa, fb, open_portions, states, part_of)
    if portion:
        return portion
    if (
        fa.subject
        and fb.subject
        and not (fa.subject & fb.subject)
        and not (named is not None and fa.subject & named(b) and fb.subject & named(a))
        and not (owners is not None and owners(a) & owners(b))
    ):
        # the names before each number share nothing, unless each sentence names what the
        # other's number is about ("For the Democratic Party, Super Tuesday is to include
        # 14 states" / "the Democratic Party held primaries in fourteen states on Super
        # Tuesday": one subject told from two ends): two subjects
        return DifferentSubject(tuple(sorted(fa.subject)), tuple(sorted(fb.subject)))
    if a.noun_class and b.noun_class and a.noun_class != b.noun_class:
        return DifferentSubject((a.noun_class,), (b.noun_class,))
    if a.source_id == b.source_id and a.sentence == b.sentence and a.start != b.start:
        return OneSentence()
    return None


def _portions_differ(
    a: Claim,
    b: Claim,
    fa: Features,
    fb: Features,
    open_portions: frozenset[str],
    states: Callable[[Claim, str], bool] | None = None,
    part_of: Callable[[Claim], tuple[float, ...]] | None = None,
) -> Reason | None:
    """A share of a whole and the whole, or two kinds of share ("12 of them" / "40"; "1,500
    new cases" / "9,000 cases"). A part that counts what the other number counts ("including
    12 children" / "12 children") may be that figure, for the portions that say so. A part
    of a whole stated as a number ("12 of the state's 41") and a number whose sentence
    states that whole too, apart from the number itself (`states`: "of the state's 41
    delegates, Sanders won 12"), are both parts of it: when their numbers agree, no portion
    sets them apart (two numbers that differ are two parts of it: "Kell won 14")."""
    if fa.portion == fb.portion:
        if fa.whole and fb.whole and fa.whole != fb.whole:
            # parts of two different wholes ("12 of the state's 41" / "39 of its 40")
            return DifferentPortion(f"{fa.portion} of {fa.whole}", f"{fb.portion} of {fb.whole}")
        return None
    portion = fa.portion or fb.portion
    whole = not (fa.portion and fb.portion)
    if whole and portion in open_portions and a.noun_class and a.noun_class == b.noun_class:
        return None
    if whole and states is not None and a.interval.overlaps(b.interval):
        other, of = (b, fa.whole) if fa.portion else (a, fb.whole)
        if of and states(other, of):
            return None
    if whole and portion in open_portions and part_of is not None:
        # a part of a total its sentence states before it ("over 1,300 are killed,
        # including at least 973 civilians") and a number that agrees with the part and
        # with no number stated before it ("the civilians killed rise to 1,068"): the
        # part told alone
        part, other = (a, b) if fa.portion else (b, a)
        totals = part_of(part)
        if (
            totals
            and other.value is not None
            and a.interval.overlaps(b.interval)
            and all(abs(other.value - t) > _TOTAL_REACH * t for t in totals)
        ):
            return None
    return DifferentPortion(fa.portion, fb.portion)


def _rival_names(
    a: frozenset[str], b: frozenset[str], heads: bool = False
) -> tuple[str, str] | None:
    """Two names of several words, one near each claim, that share their first or last word
    and differ in the rest, neither holding the other ("typhoon kalmaegi" / "typhoon
    fung-wong", "eaton fire" / "palisades fire", "north sumatra" / "west sumatra"): two
    things of one kind. None when either side also names the other's ("lloyd austin" /
    "lloyd j austin"). With `heads`, only names of as many words that share their first
    word and no other."""
    for x in sorted(n for n in a if " " in n):
        wx = x.split()
        for y in sorted(n for n in b if " " in n):
            wy = y.split()
            if x == y or not (wx[0] == wy[0] or (wx[-1] == wy[-1] and not heads)):
                continue
            if set(wx) <= set(wy) or set(wy) <= set(wx):
                continue
            if heads and (len(wx) != len(wy) or set(wx[1:]) & set(wy[1:])):
                continue  # "psa airlines bombardier crj-700", "psa airlines crj700": one
            if x in b or y in a:
                continue
            if any(set(wy) <= set(n.split()) for n in a) or any(
                set(wx) <= set(n.split()) for n in b
            ):
                # one side writes the other's name in a longer form too ("Senator
                # Elizabeth Warren" near one number, "Senator Warren" near the other)
                continue
            return (x, y)
    return None


def _ends_with_sign(longer: str, bare: str) -> bool:
    """Whether a currency's sign or word ends with another's written bare: a sign after
    letters ("A$", "$"), a word after a word ("Australian dollars", "dollars")."""
    if longer == bare or not longer.endswith(bare):
        return False
    return not bare[:1].isalpha() or longer[-len(bare) - 1].isspace()


def _says_nothing(claim: Claim) -> bool:
    """A count with neither a concept nor a counted noun: its number is all it states."""
    return claim.kind == "count" and claim.concept is None and claim.noun_class is None


def _counted_only(claim: Claim) -> bool:
    """A concept read from the counted noun alone (`Reading.plain`): no frame, no head."""
    concept = _concept(claim)
    return concept is not None and concept.pattern.startswith(COUNTED_PATTERN)


def _concept(claim: Claim) -> Concept | None:
    detail = claim.detail
    return detail.concept if isinstance(detail, QuantityClaim) else None


def _measured_from(a: Claim, b: Claim, place_words: Any) -> Reason | None:
    """Two distances measured from different places ("30 km from Derna", "from Benghazi")."""
    ca, cb = _concept(a), _concept(b)
    if ca and cb and ca.place and cb.place and not (place_words(ca.place) & place_words(cb.place)):
        return DifferentPlace(ca.place, cb.place)
    return None


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two publication dates (YYYY-MM-DD, maybe with a time after), or None
    when either is unknown or no day."""
    if not (a and b):
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _two_numbers(a: Claim, b: Claim, score: float) -> Reason | None:
    """One source giving two numbers whose intervals do not meet: two facts (a hard veto,
    however the words around them score)."""
    if a.source_id == b.source_id and not a.interval.overlaps(b.interval):
        return OneSourceTwoNumbers(score)
    return None


def _story(fa: Features, fb: Features, own: tuple[str, str]) -> tuple[bool, float]:
    """Whether both sources name somebody (a source that names nobody tells nothing of its
    story), and how alike the stories they tell are (0 when either is unknown): compared by
    `own`, the words of the names each writes but for the words many unrelated stories name
    (`story_common_names`: "national", "board": two air crashes in two states both name
    the "National Transportation Safety Board"), unless those are all a source writes."""
    from rapidfuzz import fuzz  # matching's library: extraction never needs it

    known = bool(fa.topic and fb.topic)
    if not known:
        return False, 0.0
    own_a, own_b = own
    if own_a and own_b:
        story = fuzz.token_set_ratio(own_a, own_b)
    else:
        story = fuzz.token_set_ratio(fa.topic, fb.topic)
    if fa.story and fb.story:
        # two items of pages of many stories: as alike as the items they stand in, at most
        # (every page of a day's news names much the same; its items tell which story),
        # and items that share no name tell two stories
        shared = set(fa.story.split()) & set(fb.story.split())
        story = min(story, fuzz.token_set_ratio(fa.story, fb.story)) if shared else 0.0
    return True, story


def _opposite(a: Claim, b: Claim) -> Reason | None:
    """A rise and a fall not both of one concept: never one fact (`OppositeChanges`)."""
    one = bool(a.concept) and a.concept == b.concept
    if a.change and b.change and a.change != b.change and not one:
        return OppositeChanges(a.change, b.change)
    return None


def _signed(claim: Claim) -> Claim:
    """A fall as the negative number it moves a level by ("fell 2%": -2); any other claim
    as it is."""
    if claim.change != "down":
        return claim
    i = claim.interval
    interval = Interval(
        None if i.high is None else -i.high,
        None if i.low is None else -i.low,
        i.high_closed,
        i.low_closed,
    )
    values = [None if v is None else -v for v in (claim.value, claim.value_high)]
    return replace(claim, interval=interval, value=values[0], value_high=values[1])


def _same_number(a: Claim, b: Claim) -> bool:
    """Two sources stating one number (and range end)."""
    return (
        a.value is not None
        and a.value == b.value
        and a.value_high == b.value_high
        and a.source_id != b.source_id
    )


def _nearness(a: Claim, b: Claim, near: float) -> float:
    """How near two numbers told nearly alike (at most `near` apart) are, on a log scale:
    0 for one number, lower the further apart; rounded, so that two numbers as far from a
    third on either side are alike. -inf for numbers further apart, or when either is
    unknown or not positive: their distance tells nothing."""
    ratio = _ratio(a, b)
    if ratio is None:
        return -math.inf
    apart = math.log(ratio)
    return -round(apart, 6) if apart <= math.log(near) + 1e-12 else -math.inf


def _ratio(a: Claim, b: Claim) -> float | None:
    """The larger of two numbers over the smaller; None when either is unknown or not
    positive (no ratio tells how far apart they are)."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    return max(a.value, b.value) / min(a.value, b.value)


def _log_ratio(a: Claim, b: Claim, free: float, max_ratio: float) -> float:
    """How far apart two numbers are, on a log scale: 0 up to `free` apart, 1 at
    `max_ratio` apart."""
    ratio = _ratio(a, b)
    if ratio is None or max_ratio <= free:
        return 0.0
    return min(1.0, max(0.0, math.log(ratio / free)) / math.log(max_ratio / free))


def _far_apart(a: Claim, b: Claim, max_ratio: float) -> Reason | None:
    """Numbers that far apart ("35 people", "120,000 people") are two facts, not a conflict."""
    ratio = _ratio(a, b)
    return FarApart(a.quote, b.quote) if ratio is not None and ratio > max_ratio else None


def _readings(
    members: Sequence[Claim], several_sources: bool, rounding: Callable[[str], float]
) -> list[tuple[Claim, set[str]]]:
    """What a verdict weighs, each with the sources stating it: across sources, claims that
    read alike (interval, numbers, qualifier, change, and for a plain number how far its
    `rounding` reaches: "20" and "twenty" are not alike beside "19") once, so a fact stated
    by thousands of copies of one story costs as much as the distinct readings it holds;
    within one source, every claim."""
    if not several_sources:
        return [(claim, {claim.source_id}) for claim in members]
    readings: dict[tuple[object, ...], tuple[Claim, set[str]]] = {}
    for claim in members:
        reach = rounding(claim.quote) if claim.qualifier == "exact" else 0.0
        key = (claim.interval, claim.value, claim.value_high, claim.qualifier, claim.change, reach)
        readings.setdefault(key, (claim, set()))[1].add(claim.source_id)
    return list(readings.values())


def _pairs_to_compare(
    readings: Sequence[tuple[Claim, set[str]]], several_sources: bool
) -> Iterator[tuple[Claim, Claim]]:
    """The pairs of readings (`_readings`) a verdict weighs, one at a time: within one
    source, every pair of its claims; across sources, every pair some two sources state,
    and a reading two sources state against itself."""
    if not several_sources:
        for i, (a, _) in enumerate(readings):
            for b, _ in readings[i + 1 :]:
                yield a, b
        return
    for i, (a, sources_a) in enumerate(readings):
        if len(sources_a) > 1:  # one reading stated by two sources is weighed against itself
            yield a, a
        for b, sources_b in readings[i + 1 :]:
            if len(sources_a | sources_b) > 1:  # some pair of them comes from two sources
                yield a, b


def _worst_gap_by_pairs(
    entries: Sequence[tuple[Claim, Interval, Interval, set[str]]], several_sources: bool
) -> float:
    """`QuantityKind._worst_gap`, pair by pair (for intervals whose ends are reversed)."""
    worst = 0.0
    readings = [(claim, sources) for claim, _, _, sources in entries]
    rounded = {id(claim): r for claim, _, r, _ in entries}
    for a, b in _pairs_to_compare(readings, several_sources):
        rounded_a, rounded_b = a.interval, b.interval
        if a.qualifier == b.qualifier == "exact":
            rounded_a, rounded_b = rounded[id(a)], rounded[id(b)]
        if not rounded_a.overlaps(rounded_b):
            scale = max(_magnitude(a), _magnitude(b)) or 1.0
            worst = max(worst, a.interval.gap(b.interval) / scale)
    return worst


def _fell(members: Sequence[Claim], published: Mapping[str, str | None]) -> TallyFell | None:
    """Of a running tally's figures (each floor as its day's count), the later one furthest
    below an earlier one (wholly below it, relative to it), with the earlier: a count that
    only grows has fallen. None when no figure of a later day is below one of an earlier
    day."""
    # (of the claims of one day and one end, the first in its source stands for all: a
    # fact told by thousands of copies of a story holds few days and figures)
    earliers: dict[tuple[str, float], tuple[int, Claim]] = {}
    laters: dict[tuple[str, float], tuple[int, Claim]] = {}
    for i, c in enumerate(members):
        day = published.get(c.source_id)
        if day is None:
            continue
        low, high = c.interval.low, c.interval.high
        if low is not None and low > 0:
            kept = earliers.setdefault((day, low), (i, c))
            if c.start < kept[1].start:
                earliers[(day, low)] = (i, c)
        if high is not None:
            kept = laters.setdefault((day, high), (i, c))
            if c.start < kept[1].start:
                laters[(day, high)] = (i, c)
    found: tuple[float, str, int, str, int] | None = None
    pair: tuple[Claim, Claim] | None = None
    # (in the members' order, as a pass over them all would meet them)
    firsts = sorted(earliers.items(), key=lambda e: e[1][0])
    lasts = sorted(laters.items(), key=lambda e: e[1][0])
    for (day_a, low), (_, earlier) in firsts:
        for (day_b, high), (_, later) in lasts:
            if day_b <= day_a or high >= low:
                continue
            key = ((low - high) / low, day_a, -earlier.start, day_b, -later.start)
            if found is None or key > found:
                found, pair = key, (earlier, later)
    if pair is None:
        return None
    earlier, later = pair
    return TallyFell(
        (earlier.quote, published[earlier.source_id] or ""),
        (later.quote, published[later.source_id] or ""),
    )


def _digits(value: float) -> float:
    """A computed end to twelve significant digits: no error of floating point between two
    ends the same digits state."""
    return float(f"{value:.12g}")


def _magnitude(claim: Claim) -> float:
    if claim.qualifier in _FLOORS and claim.interval.low is not None:
        return abs(claim.interval.low)  # "at least 34": 34, however far it is read to reach
    ends = [abs(x) for x in (claim.interval.low, claim.interval.high) if x is not None]
    return max(ends) if ends else 0.0


def _same_value(a: Claim, b: Claim, rtol: float) -> bool:
    if a.value is None or b.value is None:
        return False
    if a.qualifier != b.qualifier:
        if {a.qualifier, b.qualifier} <= _ROUND and a.change == b.change:
            stated = [(a.value, b.value), (a.value_high or a.value, b.value_high or b.value)]
            return all(abs(x - y) <= rtol * max(abs(x), abs(y)) + 1e-9 for x, y in stated)
        return False
    lows = (a.interval.low, b.interval.low)
    highs = (a.interval.high, b.interval.high)
    return all(
        (x is None and y is None)
        or (x is not None and y is not None and abs(x - y) <= rtol * max(abs(x), abs(y)) + 1e-9)
        for x, y in (lows, highs)
    )


def _shared(a: Claim, fa: Features, fb: Features, what: str) -> list[Reason]:
    """The reasons two numbers of one block give for being one fact: the block, and the
    places, time and words around them that they share."""
    reasons: list[Reason] = [SameBlock(a.kind, what, a.change)]
    if fa.places & fb.places:
        reasons.append(SharedPlace(tuple(sorted(fa.places & fb.places))))
    if fa.time and fa.time == fb.time:
        reasons.append(SameTime(a.context.time))
    shared = tuple(sorted(fa.words & fb.words))
    if shared:
        reasons.append(SharedWords(shared))
    return reasons
