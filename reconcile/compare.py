"""Compare: give each cluster of claims a verdict, its relative gap and reading notes.

Numeric facts are judged by interval overlap with per-kind tolerances from rules; office
facts by whether every source names the same person. Notes flag what changes how a person
reads a verdict: different publication dates, attributions, places (scope) and time anchors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from reconcile.models import Claim, Cluster, Fact, Source, Verdict
from reconcile.rules import RuleSet


def compare(
    clusters: Sequence[Cluster], claims: Sequence[Claim], sources: Sequence[Source], rules: RuleSet
) -> tuple[Fact, ...]:
    """Facts with verdicts, conflicts first, then by id (stable across runs and input orders)."""
    by_id = {c.id: c for c in claims}
    by_source = {s.id: s for s in sources}
    facts = [_judge(cluster, by_id, by_source, rules) for cluster in clusters]
    facts = _unique_ids(facts)
    order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    return tuple(
        sorted(facts, key=lambda f: (order[f.verdict], -(f.relative_gap or 0.0), f.label, f.id))
    )


def _judge(
    cluster: Cluster, by_id: dict[str, Claim], sources: dict[str, Source], rules: RuleSet
) -> Fact:
    members = [by_id[i] for i in cluster.claim_ids]
    first = members[0]
    source_ids = sorted({c.source_id for c in members})
    verdict: Verdict
    gap: float | None = None
    notes: list[str] = []
    if len(source_ids) < 2:
        verdict = "single"
        if len(members) > 1:
            disagreeing = _numeric_verdict(members, rules)[0] == "conflict" or (
                first.kind == "office" and len({c.entity for c in members}) > 1
            )
            if disagreeing:
                notes.append("the source contradicts itself")
    elif first.kind == "office":
        names = sorted({c.entity or "" for c in members})
        verdict = "agree" if len(names) == 1 else "conflict"
        spellings = sorted({c.quote for c in members})
        if verdict == "agree" and len(spellings) > 1:
            notes.append("written differently: " + "; ".join(f"“{s}”" for s in spellings))
    else:
        verdict, gap = _numeric_verdict(members, rules)
    if len(source_ids) >= 2:
        notes.extend(_notes(members, sources))
    return Fact(
        id=_fact_id(cluster, members),
        label=fact_label(members),
        kind=first.kind,
        claim_ids=tuple(c.id for c in sorted(members, key=lambda c: (c.source_id, c.start))),
        verdict=verdict,
        relative_gap=gap,
        notes=tuple(notes),
        match=cluster.match,
    )


def _numeric_verdict(members: list[Claim], rules: RuleSet) -> tuple[Verdict, float | None]:
    tolerance = rules.tolerance(members[0].kind)
    worst_gap = 0.0
    all_agree = True
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.source_id == b.source_id and len(members) > 2:
                continue
            if not a.interval.overlaps(b.interval):
                scale = max(_magnitude(a), _magnitude(b)) or 1.0
                worst_gap = max(worst_gap, a.interval.gap(b.interval) / scale)
            if not _same_value(a, b, tolerance.agree):
                all_agree = False
    if worst_gap > 0:
        return "conflict", round(worst_gap, 6)
    return ("agree" if all_agree else "compatible"), None


def _magnitude(claim: Claim) -> float:
    ends = [abs(x) for x in (claim.interval.low, claim.interval.high) if x is not None]
    return max(ends) if ends else 0.0


def _same_value(a: Claim, b: Claim, rtol: float) -> bool:
    if a.qualifier != b.qualifier or a.value is None or b.value is None:
        return False
    lows = (a.interval.low, b.interval.low)
    highs = (a.interval.high, b.interval.high)
    return all(
        (x is None and y is None)
        or (x is not None and y is not None and abs(x - y) <= rtol * max(abs(x), abs(y)) + 1e-9)
        for x, y in (lows, highs)
    )


def _notes(members: list[Claim], sources: dict[str, Source]) -> list[str]:
    notes = []
    by_source: dict[str, list[Claim]] = {}
    for claim in members:
        by_source.setdefault(claim.source_id, []).append(claim)
    names = {sid: sources[sid].name for sid in by_source}
    dates = {sid: sources[sid].published for sid in by_source}
    what = "the office holder" if members[0].kind == "office" else "the number"
    if len(set(dates.values())) > 1 or None in dates.values():
        shown = "; ".join(f"{names[s]}: {dates[s] or 'date unknown'}" for s in sorted(dates))
        if None in dates.values():
            notes.append(
                f"publication date unknown for some sources ({shown}): {what} may have changed"
            )
        else:
            notes.append(f"published on different dates ({shown}): {what} may have changed")
    for field, label in (("attribution", "attribution"), ("location", "scope"), ("time", "time")):
        values = {
            sid: sorted({getattr(c.context, field) or "" for c in claims})[-1]
            for sid, claims in by_source.items()
        }
        if len(set(values.values())) > 1:
            shown = "; ".join(
                f"{names[s]}: “{values[s]}”" if values[s] else f"{names[s]}: not stated"
                for s in sorted(values)
            )
            notes.append(f"different {label}: {shown}")
    return notes


def fact_label(members: list[Claim]) -> str:
    """A short label for a fact: what is counted or held, and where."""
    first = members[0]
    if first.kind == "office":
        holders = sorted({c.entity_text or "" for c in members}, key=lambda n: (len(n), n))
        return f"{first.noun_class}: {' / '.join(holders)}"
    subject = first.noun_class or first.counted_noun or first.kind
    unit = "" if first.kind == "count" else f" ({first.unit})"
    change = f", change ({first.change})" if first.change else ""
    places = sorted({c.context.location for c in members if c.context.location}, key=len)
    place = f" {places[0]}" if places else ""
    times = sorted({c.context.time for c in members if c.context.time})
    time = f" {times[0]}" if times else ""
    return f"{subject}{unit}{change}{place}{time}".strip()


def _fact_id(cluster: Cluster, members: list[Claim]) -> str:
    # Facts of a block are named by the block, so a fact keeps its id when another source
    # joins it; _unique_ids separates facts that share a block.
    key = cluster.key or members[0].id
    return "F" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    seen: dict[str, list[Fact]] = {}
    for fact in facts:
        seen.setdefault(fact.id, []).append(fact)
    out = []
    for fact_id, group in seen.items():
        if len(group) == 1:
            out.append(group[0])
            continue
        for fact in group:
            suffix = hashlib.sha256(min(fact.claim_ids).encode()).hexdigest()[:4]
            out.append(_with_id(fact, f"{fact_id}-{suffix}"))
    return out


def _with_id(fact: Fact, new_id: str) -> Fact:
    return replace(fact, id=new_id)
