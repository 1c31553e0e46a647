"""The protocol of a claim kind: what every stage asks of one kind, and nothing more.

A kind is a class. What it is and how it is shown needs no rules, so it sits on the class
(`name`, `claim_kinds`, `numeric`, `stated`, `context_notes`, `means`, `emphasis`,
`record`); how it finds, reads, matches and judges claims needs one language's words,
compiled once per run and language when the class is built (`Kind(lexicon, context)`), and
handed to the stages inside `Kinds`.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Literal, TypeVar

from reconcile.context import ContextReader, Features
from reconcile.lexicon import Lexicon
from reconcile.models import (
    Claim,
    ClaimDetail,
    Context,
    Interval,
    Judgement,
    Mention,
    MentionDetail,
    PairDecision,
    Source,
)
from reconcile.reasons import ContextField, Stated
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate

T = TypeVar("T", bound="ClaimDetail | MentionDetail")
D = TypeVar("D", bound=MentionDetail)


class Kind(ABC):
    """One kind of claim: find, normalize, block key, pair decision, verdict, label, render."""

    name: ClassVar[str]  # the folder: "quantity"
    claim_kinds: ClassVar[tuple[str, ...]]  # the JSON `kind` values its claims carry
    numeric: ClassVar[bool]  # its claims state a number with an interval
    stated: ClassVar[Stated]  # what its facts state, for notes on publication dates
    # the context fields on which sources that differ get a note
    context_notes: ClassVar[tuple[ContextField, ...]] = (
        ContextField.ATTRIBUTION,
        ContextField.SCOPE,
        ContextField.TIME,
    )

    # How clusters of its claims grow, best pair first: on any pair ("single"), or only
    # while the mean score of the pairs between two clusters reaches the matching rules'
    # cluster_cutoff ("average": one strong pair cannot chain a claim to a cluster the rest
    # of which it does not resemble).
    linkage: ClassVar[str] = "single"

    # Whether `infer` may give claims: a run asks only such kinds, and compiles a language
    # for it only when its sources hold claims of one.
    infers: ClassVar[bool] = False
    # Whether `infer` may give claims when the run holds none of this kind (it reads the
    # sources' text itself): such a kind is asked in every run of two sources or more.
    infers_alone: ClassVar[bool] = False
    # Whether `infer` may give claims in a run of one source (what one sentence says through
    # another of its source); a kind that reads only across sources is not asked there.
    infers_one_source: ClassVar[bool] = True

    # What its work reads besides the one sentence it is asked about, for the run's memo of
    # sentences read (`reconcile.extract`): "" when `find` reads more of the source (its
    # text, title, publication date or first line, the sentences around, a heading); "find"
    # when `find` reads the sentence's text alone (and the source's id, put in each
    # mention): a sentence read before in the run gives the same mentions, moved to its
    # offsets; "claims" when `normalize` also reads the mention alone, so the claims are
    # kept too (but those `read_alone` says read more of the source). A kind says so only
    # when it is so: the memo is then trusted.
    reads: ClassVar[Literal["", "find", "claims"]] = ""

    # Whether `read_across` reads what one sentence says of another's claims: a source's
    # claims pass through it, in text order, once its sentences are normalized.
    reads_across: ClassVar[bool] = False

    # What a sentence must hold for `find` to find anything in it (a word of its rules, a
    # digit), derived from the rules when the kind compiles: extraction does not ask `find`
    # about a sentence its gate closes on. None: every sentence is asked.
    gate: Gate | None = None

    def gate_of(self, source: Source) -> Gate | None:
        """What a sentence of `source` must hold for `find` to find anything in it: `gate`,
        unless what the kind finds depends on the source as well (the names it introduced),
        which the kind's gate for the source then opens on too. Asked once per batch of a
        source's sentences; None: every sentence is asked."""
        return self.gate

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        self.lexicon = lexicon
        self.rules: RuleSet = lexicon.rules
        self.context = context

    # What is shown: no rules needed.

    @staticmethod
    @abstractmethod
    def means(claim: Claim) -> str:
        """What one claim means, as the report shows it: an interval, a name."""

    @staticmethod
    @abstractmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        """The span of `quote` (the claim's quote, maybe shortened) a report sets in bold."""

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        """The JSON fields this kind fills or adds to a claim's record (none by default)."""
        return {}

    # What needs the rules.

    @abstractmethod
    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        """The mentions of this kind in one sentence, in text order."""

    @abstractmethod
    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        """The claim a mention makes, or None when it cannot be read as one."""

    def read_alone(self, claim: Claim) -> bool:
        """Whether `normalize` read `claim` from its mention alone (asked of a kind whose
        `reads` is "claims"): the memo of sentences then gives it to a repeat of its
        sentence, moved there; else the repeat's mention is normalized where it stands (a
        claim read with the text around it may read otherwise in another place)."""
        return True

    @abstractmethod
    def block_key(self, claim: Claim) -> str | None:
        """Claims meet only within one block; None when the claim can meet none."""

    @abstractmethod
    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """Whether two claims of one block state the same fact: score and reasons, or veto."""

    def posting_keys(self, claim: Claim) -> Iterable[str]:
        """Words (besides its context's) by which a claim meets others in a large block."""
        return ()

    def figures_stated(self, members: Sequence[Claim]) -> dict[str, int]:
        """How many different figures its source states, among a block's `members`, of what
        each member states, by claim id, where more than none (`Features.figures`, which
        `decide` then reads): by default the figures (value and upper value) of the claim's
        concept, claims with no concept aside."""
        found: dict[tuple[str, str], set[tuple[float | None, float | None]]] = {}
        for c in members:
            if c.concept:
                found.setdefault((c.source_id, c.concept), set()).add((c.value, c.value_high))
        return {c.id: len(found[c.source_id, c.concept]) for c in members if c.concept}

    def loose_key(self, claim: Claim) -> str | None:
        """For a claim in no block (`block_key` None), the block whose clusters it may still
        join, pair by pair with `decide_loose`, after they are made; None: it joins none."""
        return None

    def cross_key(self, claim: Claim) -> str | None:
        """For a claim alone in its fact once the blocks are clustered (or in no block), the
        coarser block across block keys where it may still meet a claim of another block
        that states the same thing another way (`match.join_across`: "$2.5 billion" and "2.5
        billion", "grew 3%" and "3% growth"), pair by pair with `decide_across`; None: it
        meets none there."""
        return None

    def decide_across(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """Whether `a` and `b`, of one `cross_key` and different block keys, state the same
        fact. Only kinds with a `cross_key` are asked."""
        raise NotImplementedError(f"{type(self).__name__} gives no cross key")

    def partner_evidence(self, a: Claim, b: Claim) -> tuple[float, ...]:
        """What two claims of a block state alike beyond their pair's score, the most
        telling first: of two claims of one source that cannot be one fact, each scoring
        alike with a claim of another source, clustering joins it to the one whose
        evidence compares higher (`match._preferred_partners`). None by default: the
        scores stand."""
        return ()

    def loose_meets(self, a: Claim, b: Claim) -> bool:
        """Whether `a`, in no block, is worth comparing with `b` of its loose block: matching
        compares `a` with the nearest such claims by value (a claim whose words name what
        it is about meets the numbers of that, not any number near its own)."""
        return True

    def decide_loose(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        """Whether `a`, in no block, and `b`, of the block `loose_key(a)` names, state the
        same fact (`a` then joins `b`'s cluster). Only kinds with a `loose_key` are asked."""
        raise NotImplementedError(f"{type(self).__name__} gives no loose key")

    def read_across(self, claims: Iterable[Claim], source: Source) -> Iterator[Claim]:
        """The claims of one source (of every kind, in text order) with what one sentence
        says of another's read into this kind's claims (a currency stated once and meant
        for the bare sums after it); only for a kind that `reads_across`. As they are by
        default."""
        return iter(claims)

    def start_run(self) -> None:
        """Forget what the last run left on this compiled kind (a kind compiled once may
        serve many runs in one process): called at the start of each run's infer step,
        whether or not the run asks this kind to infer. Nothing to forget by default."""
        return None

    def infer(self, claims: Sequence[Claim], sources: Sequence[Source]) -> Sequence[Claim]:
        """Claims read at the level of the run, once every source is normalized: what one
        source or sentence says through another (a name titled in one, written bare in
        another). `sources` are the run's sources of one language, `claims` theirs; the
        claims returned are new ones, of this kind, in source order then position, and
        claims given told again under their own ids with what the run says of them (the
        office a bare title has in the run): those take the given ones' places, so that
        whatever decides their pairs later (a worker process, the anatomy) reads the run's
        word on the claim itself, not state kept on the kind. None by default."""
        return ()

    @abstractmethod
    def judge(self, members: Sequence[Claim]) -> Judgement:
        """The verdict on the claims of one fact."""

    def judge_published(
        self, members: Sequence[Claim], published: Mapping[str, str | None]
    ) -> Judgement:
        """The verdict on the claims of one fact whose sources were published on the dates
        given (by source id, None when unknown): `judge`, unless the kind reads a claim
        differently by when it was said."""
        return self.judge(members)

    @abstractmethod
    def label(self, members: Sequence[Claim]) -> str:
        """A short label for a fact: what is counted or held, and where."""


def detail_of(claim: Claim | Mention[Any], cls: type[T]) -> T:
    """The kind's own record of a claim or mention (a wrong kind is a programming error)."""
    detail = claim.detail
    if not isinstance(detail, cls):
        raise TypeError(f"{claim.kind} claim carries {type(detail).__name__}, not {cls.__name__}")
    return detail


def sentence_mention(
    source: Source, sentence: Sentence, kind: str, start: int, end: int, detail: D
) -> Mention[D]:
    """A mention whose quote is `[start, end)` of the sentence's text (offsets into the source
    are the sentence's start plus these)."""
    text = sentence.text
    return Mention(
        source_id=source.id,
        kind=kind,
        quote=text[start:end],
        start=sentence.start + start,
        end=sentence.start + end,
        sentence=text,
        sentence_start=sentence.start,
        detail=detail,
    )


def claim_id(mention: Mention[Any]) -> str:
    """A stable id: the same source text and span always give the same id."""
    key = f"{mention.source_id}:{mention.start}:{mention.end}:{mention.kind}"
    return "C" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def named_claim(
    mention: Mention[Any],
    *,
    dimension: str,
    noun_class: str,
    context: Context,
    detail: ClaimDetail,
) -> Claim:
    """A claim that names something (an office holder, an event) rather than a number."""
    return Claim(
        id=claim_id(mention),
        source_id=mention.source_id,
        kind=mention.kind,
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        sentence=mention.sentence,
        value=None,
        qualifier="exact",
        interval=Interval(None, None, False, False),
        unit="",
        dimension=dimension,
        counted_noun=None,
        noun_class=noun_class,
        change=None,
        context=context,
        detail=detail,
    )


def name_span(name: str, quote: str) -> tuple[int, int] | None:
    """Where a name stands in a quote (whitespace folded), or None."""
    name = " ".join(name.split())
    at = quote.find(name) if name else -1
    return (at, at + len(name)) if at >= 0 else None
