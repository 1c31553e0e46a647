"""Anatomy of a pair: which stage of matching kept two claims of a run apart, or put them
in one fact. Read-only: it asks the kinds and the report, and changes nothing.

Given a report (`reconcile.run`) and two of its claims, `Anatomy.pair` tells the stage
that decided them, as matching decided it:

- `different kind`: claims of different kinds ("count" and "percent") never meet;
- `no block shared`: their kinds give them different block keys, or one none (a count that
  says nothing of what it counts: then the kind's decision on the pair as `attach_loose`
  would take it, `loose`);
- `not compared`: one block too large to compare pair by pair (`max_block`), and this pair
  was not among its candidates;
- `vetoed`: their kind decided a hard veto (a cannot-link: `DifferentConcepts`,
  `DifferentTime`, ...);
- `below cut-off`: no veto, or a soft one (the evidence falls short: `WordsDiffer`,
  `ContextsDiffer`), and a score under the one that joins a pair (`cluster_cutoff` for a
  kind of average linkage, above 0 for the others);
- `refused by clustering`: one block, a score that joins a pair and no veto, yet in two
  facts: a hard veto between a claim of one fact and one of the other (`refusal`), or the
  mean of the pairs between the two facts under the cut-off (`mean`);

and, for two claims of one fact: `matched directly` (their own pair joins), `matched
through a third member` (their pair alone would not: other claims joined them), or
`loosely joined` (a claim of no block that joined a block's cluster, `match.attach_loose`).

A pair is decided again exactly as its block decided it: the features of each claim read
with its source's language, date and story (`match.features_reader`), and the number of
figures of what it states its source states in the block (`Kind.figures_stated`); the pair
in block order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reconcile.context import Features
from reconcile.kinds import Kind, Kinds
from reconcile.match import Topics, _candidate_pairs, features_reader
from reconcile.models import Claim, Fact, PairDecision, Report
from reconcile.reasons import Reason, Similarity
from reconcile.records import record
from reconcile.rules import RuleSet, load_rules

DIFFERENT_KIND = "different kind"
NO_BLOCK = "no block shared"
NOT_COMPARED = "not compared (pruned block)"
VETOED = "vetoed"
BELOW_CUTOFF = "below cut-off"
REFUSED = "refused by clustering"
JOINED = "matched directly"
THROUGH = "matched through a third member"
LOOSE = "loosely joined"

# The stages of two claims in different facts, from the earliest that parts them to the
# latest: of several pairs of claims that may state one fact, the one that went furthest.
APART = (DIFFERENT_KIND, NO_BLOCK, NOT_COMPARED, VETOED, BELOW_CUTOFF, REFUSED)
TOGETHER = (JOINED, THROUGH, LOOSE)


@record
class PairAnatomy:
    """What matching made of two claims: the stage that decided them and what it read."""

    stage: str  # one of APART or TOGETHER
    kinds: tuple[str, str]  # the claims' kinds
    blocks: tuple[str | None, str | None]  # their block keys (None: in no block)
    decision: PairDecision | None  # the kind's decision, when they share a block
    cutoff: float | None  # the score a pair must reach to join, in their block
    together: bool  # in one fact of the report
    refusal: Reason | None = None  # refused: a hard veto between their two facts
    mean: float | None = None  # refused: the mean weight of the pairs between their facts
    # no block shared, one claim in none whose loose key is the other's block: the kind's
    # decision on that pair (`Kind.decide_loose`, as `match.attach_loose` asks it)
    loose: PairDecision | None = None
    # refused by a cannot-link: the two claims (ids) whose pair it is, one of each fact
    refused_by: tuple[str, str] | None = None
    # refused by the mean: of the pairs between the facts, how many are soft vetoes, and
    # how many the kind scored 0 with no veto (under its own cut-off: they weigh 0)
    weak: tuple[int, int] = (0, 0)

    @property
    def score(self) -> float | None:
        return self.decision.score if self.decision is not None else None

    @property
    def scored(self) -> float:
        """How well the pair scored: its score, or when the kind gave 0 under its own
        cut-off, the score its `Similarity` reason says it reached (0 when none)."""
        if self.decision is None:
            return 0.0
        if self.decision.score > 0:
            return self.decision.score
        said = [r.score for r in self.decision.reasons if isinstance(r, Similarity)]
        return max(said, default=0.0)

    @property
    def veto(self) -> Reason | None:
        return self.decision.veto if self.decision is not None else None

    @property
    def detail(self) -> str:
        """A short account of the stage, names of rules and types only (never the text of
        a claim): the veto's type, the score band, the kinds, whether a block is missing."""
        veto = self.veto
        if self.stage == DIFFERENT_KIND:
            return " ~ ".join(sorted(self.kinds))
        if self.stage == NO_BLOCK:
            if None not in self.blocks:
                return "different block keys"
            if self.loose is None:
                return "a claim in no block, none to join"
            if self.loose.veto is not None:
                return f"a claim in no block, loose pair {type(self.loose.veto).__name__}"
            if self.loose.score <= 0:
                return "a claim in no block, loose pair score 0"
            return "a claim in no block, loose pair joins, not attached"
        if self.stage == VETOED and veto is not None:
            return type(veto).__name__
        if self.stage == BELOW_CUTOFF:
            if veto is not None:
                return f"{type(veto).__name__} (soft veto)"
            if self.score == 0 and self.scored > 0:
                return f"similarity {band(self.scored)}, under the kind's own cut-off"
            return f"score {band(self.score or 0.0)}, cut-off {self.cutoff:g}"
        if self.stage == REFUSED:
            if self.refusal is not None:
                return f"cannot-link {type(self.refusal).__name__}"
            if self.mean is not None and self.cutoff is not None and self.mean < self.cutoff:
                return "mean of the pairs between the facts under the cut-off"
            return "joins ordered otherwise"
        if self.stage == THROUGH:
            if veto is not None:
                return f"own pair {type(veto).__name__}"
            return f"own pair score {band(self.score or 0.0)}"
        if self.stage == JOINED:
            return f"score {band(self.score or 0.0)}"
        return ""


def band(score: float) -> str:
    """A score's band of ten ("50-59"), "0" for none, "100" for a full score."""
    if score <= 0:
        return "0"
    if score >= 100:
        return "100"
    low = int(score // 10) * 10
    return f"{low}-{low + 9}"


class Anatomy:
    """The pairs of one report, decided again as matching decided them (read-only).

    Built once per report; each block's members, figures and candidates are worked out the
    first time one of its pairs is asked for, and each claim's features once.
    """

    def __init__(
        self, report: Report, kinds: Kinds | None = None, rules: RuleSet | None = None
    ) -> None:
        self.kinds = kinds or Kinds.build(rules or load_rules(None))
        self.report = report
        self._claims = {c.id: c for c in report.claims}
        self._languages = {s.id: s.language for s in report.sources}
        dates = {s.id: s.published for s in report.sources}
        topics = Topics(report.claims, self.kinds, report.sources)
        self._read = features_reader(self.kinds, self._languages, dates, topics)
        self._fact: dict[str, Fact] = {c: f for f in report.facts for c in f.claim_ids}
        self._keys: dict[str, str | None] = {}
        self._blocks: dict[str, list[Claim]] | None = None
        self._features: dict[str, Features] = {}
        self._figures: dict[str, dict[str, int]] = {}
        self._candidates: dict[str, set[tuple[int, int]]] = {}
        self._decided: dict[tuple[str, str], PairDecision] = {}

    # --- what matching read -------------------------------------------------------------

    def kind(self, claim: Claim) -> Kind:
        return self.kinds.language(self._languages.get(claim.source_id)).of(claim)

    def block_key(self, claim_id: str) -> str | None:
        """The block key a claim's kind gives it (None: it meets no other claim)."""
        if claim_id not in self._keys:
            claim = self._claims[claim_id]
            self._keys[claim_id] = self.kind(claim).block_key(claim)
        return self._keys[claim_id]

    def block(self, key: str) -> list[Claim]:
        """The members of a block, in the order matching decides them (source, start, id)."""
        if self._blocks is None:
            self._blocks = {}
            for claim in self.report.claims:
                found = self.block_key(claim.id)
                if found is not None:
                    self._blocks.setdefault(found, []).append(claim)
            for members in self._blocks.values():
                members.sort(key=lambda c: (c.source_id, c.start, c.id))
        return self._blocks.get(key, [])

    def features(self, claim: Claim, key: str) -> Features:
        """A claim's features as its block read them (with its source's figures of what it
        states in the block)."""
        known = self._features.get(claim.id)
        if known is None:
            figures = self._figures.get(key)
            if figures is None:
                members = self.block(key)  # (none for a claim in no block: no figures)
                stated = self.block_kind(key).figures_stated(members) if members else {}
                figures = self._figures[key] = stated
            known = self._read(claim)
            n = figures.get(claim.id, 0)
            if n and n != known.figures:
                known = replace(known, figures=n)
            self._features[claim.id] = known
        return known

    def block_kind(self, key: str) -> Kind:
        """The kind that decides a block's pairs: its first claim's, in its language."""
        return self.kind(self.block(key)[0])

    def cutoff(self, key: str) -> float:
        """The score a pair of the block must reach to join (above 0 when linkage is not
        average)."""
        kind = self.block_kind(key)
        return kind.rules.matching.cluster_cutoff if kind.linkage == "average" else 0.0

    def weight(self, key: str, decision: PairDecision) -> float | None:
        """What a decided pair counts in the block's joins (`match._weight_of`): None for a
        cannot-link."""
        kind = self.block_kind(key)
        if decision.veto is None:
            return decision.score
        if decision.veto.soft and kind.linkage == "average":
            return kind.rules.matching.soft_veto_score
        return None

    def decide(self, a_id: str, b_id: str) -> PairDecision | None:
        """The decision of the block two claims share on their pair (None when they share
        none), taken in block order as the block took it."""
        key = self.block_key(a_id)
        if key is None or key != self.block_key(b_id):
            return None
        members = self.block(key)
        at = {c.id: i for i, c in enumerate(members)}
        if at[a_id] > at[b_id]:
            a_id, b_id = b_id, a_id
        known = self._decided.get((a_id, b_id))
        if known is None:
            a, b = self._claims[a_id], self._claims[b_id]
            kind = self.block_kind(key)
            known = kind.decide(a, b, self.features(a, key), self.features(b, key))
            self._decided[(a_id, b_id)] = known
        return known

    def decide_loose(self, a_id: str, b_id: str) -> PairDecision | None:
        """When one of two claims is in no block and its kind's loose key is the other's
        block (a count that says nothing of what it counts, and a count of that block), the
        kind's decision on the pair as `match.attach_loose` takes it; else None. (Whether
        matching compared them at all depends on the other numbers near in value.)"""
        for loose_id, other_id in ((a_id, b_id), (b_id, a_id)):
            loose, other = self._claims[loose_id], self._claims[other_id]
            if self.block_key(loose_id) is not None or self.block_key(other_id) is None:
                continue
            kind = self.kind(loose)
            if kind.loose_key(loose) != self.block_key(other_id):
                continue
            if loose.source_id == other.source_id or not kind.loose_meets(loose, other):
                return None
            return kind.decide_loose(loose, other, self._read(loose), self._read(other))
        return None

    def compared(self, a_id: str, b_id: str) -> bool:
        """Whether the block decided this pair: every pair of a block up to `max_block`
        claims, a pruned block's candidates only. Pairs of one source are always decided
        before two clusters join."""
        key = self.block_key(a_id)
        if key is None or key != self.block_key(b_id):
            return False
        members = self.block(key)
        kind = self.block_kind(key)
        if len(members) <= kind.rules.matching.max_block:
            return True
        if self._claims[a_id].source_id == self._claims[b_id].source_id:
            return True
        candidates = self._candidates.get(key)
        if candidates is None:
            feats = [self.features(c, key) for c in members]
            candidates = self._candidates[key] = set(_candidate_pairs(members, feats, kind))
        at = {c.id: i for i, c in enumerate(members)}
        i, j = sorted((at[a_id], at[b_id]))
        return (i, j) in candidates

    # --- the stage ----------------------------------------------------------------------

    def pair(self, a_id: str, b_id: str) -> PairAnatomy:
        """The stage that kept two claims apart, or joined them, and what it read."""
        a, b = self._claims[a_id], self._claims[b_id]
        fact_a, fact_b = self._fact.get(a_id), self._fact.get(b_id)
        together = fact_a is not None and fact_a is fact_b
        blocks = (self.block_key(a_id), self.block_key(b_id))
        kinds = (a.kind, b.kind)

        def made(
            stage: str,
            decision: PairDecision | None = None,
            cutoff: float | None = None,
            refusal: Reason | None = None,
            mean: float | None = None,
            loose: PairDecision | None = None,
            refused_by: tuple[str, str] | None = None,
            weak: tuple[int, int] = (0, 0),
        ) -> PairAnatomy:
            return PairAnatomy(
                stage,
                kinds,
                blocks,
                decision,
                cutoff,
                together,
                refusal,
                mean,
                loose,
                refused_by,
                weak,
            )

        if a.kind != b.kind:
            return made(THROUGH if together else DIFFERENT_KIND)
        if blocks[0] is None or blocks[0] != blocks[1]:
            if together:
                return made(LOOSE)
            return made(NO_BLOCK, loose=self.decide_loose(a_id, b_id))
        key = blocks[0]
        cutoff = self.cutoff(key)
        decision = self.decide(a_id, b_id)
        assert decision is not None  # one block
        joins = decision.veto is None and decision.score > 0 and decision.score >= cutoff
        if together:
            return made(JOINED if joins else THROUGH, decision=decision, cutoff=cutoff)
        if not self.compared(a_id, b_id):
            return made(NOT_COMPARED, decision=decision, cutoff=cutoff)
        if decision.veto is not None and self.weight(key, decision) is None:
            return made(VETOED, decision=decision, cutoff=cutoff)
        if not joins:
            return made(BELOW_CUTOFF, decision=decision, cutoff=cutoff)
        refusal, mean, by, weak = self._between(key, fact_a, fact_b)
        return made(
            REFUSED,
            decision=decision,
            cutoff=cutoff,
            refusal=refusal,
            mean=mean,
            refused_by=by,
            weak=weak,
        )

    def _between(
        self, key: str, fact_a: Fact | None, fact_b: Fact | None
    ) -> tuple[Reason | None, float | None, tuple[str, str] | None, tuple[int, int]]:
        """Between the claims of two facts in one block: the first hard veto (a cannot-link
        that keeps the facts apart) and the pair it was decided for, the mean weight of the
        pairs the block decided, and how many of those are soft vetoes and how many scored
        0 with no veto."""
        if fact_a is None or fact_b is None:
            return None, None, None, (0, 0)
        inside = {c.id for c in self.block(key)}
        left = sorted(i for i in fact_a.claim_ids if i in inside)
        right = sorted(i for i in fact_b.claim_ids if i in inside)
        weights: list[float] = []
        soft = nothing = 0
        for x in left:
            for y in right:
                if not self.compared(x, y):
                    continue
                decision = self.decide(x, y)
                assert decision is not None
                weight = self.weight(key, decision)
                if weight is None:
                    return decision.veto, None, (x, y), (0, 0)
                soft += decision.veto is not None
                nothing += decision.veto is None and decision.score <= 0
                weights.append(weight)
        mean = sum(weights) / len(weights) if weights else None
        return None, mean, None, (soft, nothing)


def furthest(found: Sequence[PairAnatomy]) -> PairAnatomy:
    """Of the anatomies of several pairs that may state one fact (a mention read as two
    claims), the one matching took furthest: joined first, then the latest stage apart,
    then the highest score."""
    order = {stage: at for at, stage in enumerate((*APART, *reversed(TOGETHER)))}
    return max(found, key=lambda p: (order[p.stage], p.scored))
