"""Match: decide which claims, from any sources, state the same underlying fact.

Claims go into a polars table. Blocking puts together only claims of the same kind,
dimension, counted-noun class and change direction, so troops never meet dollars and a level
never meets a change. Within a block, pairs are scored with rapidfuzz on their context and
vetoed when both state different time anchors or places; clusters grow from the best pairs
and never join two claims that veto each other. Each cluster keeps its score and reasons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl
from rapidfuzz import fuzz

from reconcile.models import Claim, Cluster, Match
from reconcile.names import alias_table, fold
from reconcile.rules import RuleSet


def block_key(claim: Claim) -> str | None:
    """The block a claim belongs to, or None when it cannot be matched at all."""
    if claim.noun_class is None:
        return None
    return "|".join((claim.kind, claim.dimension, claim.noun_class, claim.change or "level"))


def claims_table(claims: Sequence[Claim]) -> pl.DataFrame:
    """The claims as a columnar table: one row per claim, with its block key."""
    return pl.DataFrame(
        {
            "id": [c.id for c in claims],
            "source_id": [c.source_id for c in claims],
            "block": [block_key(c) for c in claims],
            "start": [c.start for c in claims],
        },
        schema={"id": pl.String, "source_id": pl.String, "block": pl.String, "start": pl.Int64},
    )


@dataclass(frozen=True)
class PairDecision:
    """The outcome of comparing two claims: a score, or a veto with its reason."""

    score: float
    reasons: tuple[str, ...]
    veto: str | None = None


def match(claims: Sequence[Claim], rules: RuleSet) -> tuple[Cluster, ...]:
    """Clusters of claims that state the same fact; every claim is in exactly one cluster."""
    by_id = {c.id: c for c in claims}
    table = claims_table(claims).sort(["block", "source_id", "start", "id"])
    clusters: list[Cluster] = []
    unmatched = table.filter(pl.col("block").is_null())["id"].to_list()
    for (key,), group in table.filter(pl.col("block").is_not_null()).group_by(
        ["block"], maintain_order=True
    ):
        members = [by_id[i] for i in group["id"].to_list()]
        clusters.extend(_cluster_block(str(key), members, rules))
    for claim_id in unmatched:
        clusters.append(Cluster(key="", claim_ids=(claim_id,), match=Match(100.0, ("unmatched",))))
    return tuple(sorted(clusters, key=lambda c: c.claim_ids))


def compare_pair(a: Claim, b: Claim, rules: RuleSet) -> PairDecision:
    """Whether two claims of one block state the same fact, and why."""
    aliases = alias_table(rules)
    reasons = [f"same {a.kind} of {a.noun_class}"]
    if a.kind == "office":
        return PairDecision(100.0, (f"same office: {a.noun_class}",))
    time_a, time_b = _time_key(a.context.time), _time_key(b.context.time)
    if time_a and time_b and time_a != time_b:
        return PairDecision(0.0, (), f"different time: {a.context.time!r} vs {b.context.time!r}")
    place_a = _place_words(a.context.location, aliases.apply)
    place_b = _place_words(b.context.location, aliases.apply)
    if place_a and place_b and not (place_a & place_b):
        return PairDecision(
            0.0, (), f"different place: {a.context.location!r} vs {b.context.location!r}"
        )
    if place_a & place_b:
        reasons.append("shared place: " + ", ".join(sorted(place_a & place_b)))
    if time_a and time_a == time_b:
        reasons.append(f"same time: {a.context.time}")
    score = fuzz.token_set_ratio(
        _context_text(a, aliases.apply),
        _context_text(b, aliases.apply),
        score_cutoff=rules.matching.context_cutoff,
    )
    if score == 0:
        return PairDecision(0.0, (), "contexts too different")
    reasons.append(f"context similarity {score:.0f}")
    return PairDecision(float(score), tuple(reasons))


def _cluster_block(key: str, members: list[Claim], rules: RuleSet) -> list[Cluster]:
    if len(members) > rules.matching.max_block:
        # A block this large means the class is too broad to compare pair by pair; keep the
        # claims apart rather than spend quadratic time on them.
        return [Cluster(key, (c.id,), Match(0.0, ("block too large to compare",))) for c in members]
    decisions: dict[tuple[int, int], PairDecision] = {}
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            decisions[(i, j)] = compare_pair(members[i], members[j], rules)
    parent = list(range(len(members)))
    groups: dict[int, set[int]] = {i: {i} for i in range(len(members))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    accepted = sorted(
        ((d.score, pair) for pair, d in decisions.items() if d.veto is None and d.score > 0),
        key=lambda item: (-item[0], item[1]),
    )
    for _, (i, j) in accepted:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            continue
        vetoed = any(
            decisions[(min(x, y), max(x, y))].veto is not None
            for x in groups[root_i]
            for y in groups[root_j]
        )
        if vetoed:
            continue
        parent[root_j] = root_i
        groups[root_i] |= groups.pop(root_j)
    clusters = []
    for members_idx in groups.values():
        ids = sorted(members_idx)
        pair_decisions = [decisions[(x, y)] for x in ids for y in ids if x < y]
        if pair_decisions:
            score = min(d.score for d in pair_decisions)
            reasons = sorted({r for d in pair_decisions for r in d.reasons})
        else:
            score, reasons = 100.0, ["only claim of its kind"]
        clusters.append(
            Cluster(key, tuple(sorted(members[i].id for i in ids)), Match(score, tuple(reasons)))
        )
    return clusters


def _time_key(time: str | None) -> str:
    if not time:
        return ""
    return " ".join(re.findall(r"\w+", fold(time)))


_PLACE_FILLER = {
    "the",
    "along",
    "at",
    "on",
    "near",
    "around",
    "across",
    "inside",
    "within",
    "in",
    "with",
    "of",
    "and",
    "as",
    "well",
    "including",
    "plus",
    "its",
    "their",
}  # grammar words, not places: they carry no meaning for whether two places overlap


def _place_words(location: str | None, apply: object) -> set[str]:
    if not location:
        return set()
    folded: str = apply(location)  # type: ignore[operator]
    words = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’']+", folded)}
    return {w for w in words if w not in _PLACE_FILLER}


def _context_text(claim: Claim, apply: object) -> str:
    parts = [claim.noun_class or "", claim.context.location or "", claim.context.time or ""]
    return str(apply(" ".join(p for p in parts if p)))  # type: ignore[operator]
