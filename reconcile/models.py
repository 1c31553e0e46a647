"""Typed, immutable records handed from one pipeline stage to the next.

sources -> Source; extract -> Mention; normalize -> Claim; match -> Match groups;
compare -> Fact; the whole run -> Report. Nothing here does work: these are values.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import field
from functools import lru_cache
from typing import Generic, Literal, TypeVar

from reconcile.errors import Problem
from reconcile.reasons import Note, Reason
from reconcile.records import record

Qualifier = Literal[
    "exact", "about", "nearly", "over", "at_least", "under", "up_to", "range", "vague"
]
QUALIFIERS: tuple[Qualifier, ...] = (
    "exact",
    "about",
    "nearly",
    "over",
    "at_least",
    "under",
    "up_to",
    "range",
    "vague",
)
Change = Literal["up", "down"]
ClaimKind = str  # the JSON `kind`: "count", "money", "measure", "percent", "office", "event"; the
# table of kinds in `reconcile.kinds` says which exist
D = TypeVar("D", bound="MentionDetail", covariant=True)
Verdict = Literal["agree", "compatible", "conflict", "single"]
VERDICTS: tuple[Verdict, ...] = ("conflict", "compatible", "agree", "single")


@record(slots=True)
class Source:
    """One document as loaded: its text (offsets refer to it) and what it states about itself."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the source states one
    published_text: str | None = None  # the words the date was read from, if any
    author: str | None = None
    body_start: int = 0  # offset where the text proper starts (after front matter)
    excluded: tuple[tuple[int, int], ...] = ()  # page furniture spans, [start, end)
    # (text offset, file line) at each line start, when the text's lines are not the file's
    # (text read out of HTML or JSON); empty when the text is the file as read.
    line_map: tuple[tuple[int, int], ...] = ()
    language: str = "en"  # ISO 639-1 code: from metadata, else detected (reconcile.sources)

    @property
    def name(self) -> str:
        """A short human name: the file name without folders (a page's last path part)."""
        return self.path.rstrip("/").rsplit("/", 1)[-1] or self.path

    def line_of(self, offset: int) -> int:
        """1-based line in the source file of a character offset in the text."""
        if self.line_map:
            index = bisect_right(self.line_map, (offset, math.inf)) - 1
            return self.line_map[max(index, 0)][1]
        return bisect_right(line_starts(self.text), offset)


@record(slots=True)
class Interval:
    """A set of values on the real line; `None` stands for an open (infinite) end."""

    low: float | None
    high: float | None
    low_closed: bool = True
    high_closed: bool = True

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one value."""
        lo_a = -math.inf if self.low is None else self.low
        hi_a = math.inf if self.high is None else self.high
        lo_b = -math.inf if other.low is None else other.low
        hi_b = math.inf if other.high is None else other.high
        if hi_a < lo_b or hi_b < lo_a:
            return False
        if hi_a == lo_b:
            return self.high_closed and other.low_closed
        if hi_b == lo_a:
            return other.high_closed and self.low_closed
        return True

    def gap(self, other: Interval) -> float:
        """Distance between the nearest ends of two disjoint intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        lo_a = -math.inf if self.low is None else self.low
        hi_a = math.inf if self.high is None else self.high
        lo_b = -math.inf if other.low is None else other.low
        hi_b = math.inf if other.high is None else other.high
        return max(lo_b - hi_a, lo_a - hi_b, 0.0)

    def notation(self, fmt: str = "{:,.6g}") -> str:
        """Interval notation: brackets for closed ends, parentheses and ∞ for open ones."""

        def show(x: float | None, sign: str) -> str:
            if x is None:
                return f"{sign}∞"
            return format_number(x)

        left = "[" if self.low_closed and self.low is not None else "("
        right = "]" if self.high_closed and self.high is not None else ")"
        return f"{left}{show(self.low, '-')}, {show(self.high, '')}{right}"


def format_number(x: float) -> str:
    """A number as a reader expects it: thousands separators, no trailing zeros."""
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return text


@record(slots=True)
class Context:
    """What a claim is about, beyond its number."""

    subject: str | None = None
    location: str | None = None
    time: str | None = None
    attribution: str | None = None


class MentionDetail:
    """What one kind of mention states as written; each kind's folder defines its own."""

    __slots__ = ()


class ClaimDetail:
    """What one kind of claim states beyond the common fields; each kind defines its own."""

    __slots__ = ()


@record(slots=True)
class NoDetail(ClaimDetail):
    """A claim whose common fields say it all (a quantity)."""


@record(slots=True)
class Mention(Generic[D]):
    """A raw span found by extraction, before any interpretation: the common core (kind,
    quote, offsets, sentence) and the parts as written, typed by the kind (`detail`)."""

    source_id: str
    kind: ClaimKind
    quote: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    detail: D


@record(slots=True)
class Claim:
    """A normalized claim: what one source says, with the interval it really means.

    The fields are those of the JSON contract, shared by every kind (a named claim has no
    number: `value` None and an unbounded interval); what only one kind states is in
    `detail`, a record of that kind's own type.
    """

    id: str
    source_id: str
    kind: ClaimKind
    quote: str
    start: int
    end: int
    sentence: str
    value: float | None  # the number as stated, before the qualifier (first end of a range)
    qualifier: Qualifier
    interval: Interval
    unit: str  # canonical unit: "person", "USD", "kilogram", "percent"; or "" for named claims
    dimension: str  # "count", "currency:USD", "[mass]", "percent", "office:<key>", "event:<class>"
    counted_noun: str | None  # what is counted, as written, e.g. "troops"; None for named claims
    noun_class: str | None  # from rules, e.g. "military personnel"; an office or event class
    change: Change | None
    context: Context
    value_high: float | None = None  # second end of a stated range
    stated_unit: str | None = None  # the unit as written, normalized: "mile", "USD / day"
    concept: str | None = None  # what a number measures ("deaths", "magnitude"), from frames
    detail: ClaimDetail = field(default_factory=NoDetail)

    @property
    def low(self) -> float | None:
        return self.interval.low

    @property
    def high(self) -> float | None:
        return self.interval.high


@record(slots=True)
class Match:
    """Why claims were put together: a score in [0, 100] and the reasons (typed values,
    rendered to words by `reconcile.render.words`)."""

    score: float
    reasons: tuple[Reason, ...]


@record(slots=True)
class PairDecision:
    """The outcome of comparing two claims: a score with its reasons, or a veto."""

    score: float
    reasons: tuple[Reason, ...]
    veto: Reason | None = None


@record(slots=True)
class Judgement:
    """A kind's verdict on the claims of one fact: the verdict, the relative gap between
    numbers that conflict (None for names), and notes."""

    verdict: Verdict
    gap: float | None = None
    notes: tuple[Note, ...] = ()


@record(slots=True)
class Cluster:
    """Claims that `match` decided state one fact, with why."""

    key: str  # the block the claims share: kind, dimension, class, change
    claim_ids: tuple[str, ...]
    match: Match


@record(slots=True)
class Fact:
    """One underlying fact, the claims that state it, and the verdict on them."""

    id: str
    label: str
    kind: ClaimKind
    claim_ids: tuple[str, ...]
    verdict: Verdict
    relative_gap: float | None
    notes: tuple[Note, ...]
    match: Match


def fact_order(fact: Fact) -> tuple[int, float, str, str]:
    """The one order of facts in a report: by verdict (conflicts first), the largest relative
    gap first (conflicts between names, without a gap, after), then label and id."""
    return (VERDICTS.index(fact.verdict), -(fact.relative_gap or 0.0), fact.label, fact.id)


@record(slots=True)
class Decided:
    """A reviewer's decision as a run applied it (see `reconcile.decisions`).

    `applies` is False when what the sources state has changed since the decision (a value,
    a quote, a claim gone): the decision is kept but not applied, and asks for review again.
    """

    action: Literal["accept", "noise", "split", "merge"]
    fact_ids: tuple[str, ...]  # the facts of this report it bears on (empty when not applied)
    decided_on: str  # the fact id the decision was taken on
    label: str
    reason: str
    applies: bool
    claims: tuple[str, ...]  # what it covers, for people: "source: quote"


@record(slots=True)
class Report:
    """Everything a run found; renderers turn it into text."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    facts: tuple[Fact, ...]
    schema: str = "reconcile.report/1"
    decisions: tuple[Decided, ...] = ()  # review decisions applied (or no longer applying)
    notes: tuple[Problem, ...] = ()  # what a reader should know: files skipped, work pruned
    claim_index: dict[str, Claim] = field(default_factory=dict, compare=False, repr=False)
    source_index: dict[str, Source] = field(default_factory=dict, compare=False, repr=False)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        if not self.claim_index:
            self.claim_index.update({c.id: c for c in self.claims})
        return self.claim_index[claim_id]

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        if not self.source_index:
            self.source_index.update({s.id: s for s in self.sources})
        return self.source_index[source_id]

    def facts_with(self, verdict: Verdict) -> tuple[Fact, ...]:
        """The facts that carry this verdict, in report order."""
        return tuple(f for f in self.facts if f.verdict == verdict)


@lru_cache(maxsize=16)
def line_starts(text: str) -> tuple[int, ...]:
    """Where each line of `text` starts: read once per text, so that the lines of all of a
    source's claims cost one pass over it, not one each."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)
