"""Compare: give each cluster of claims a verdict, its relative gap and reading notes.

The claims' kind judges them (numbers by interval overlap with per-kind tolerances from
rules, offices by whether every source names one person, events by dates and places).
Notes, typed, flag what changes how a person reads a verdict: a source contradicting
itself, different publication dates, the context fields the kind asks about (attribution,
place as scope, time anchor), and for a measure whose sources differ (a rolling death
toll), the figure stated last, unless the kind notes that the count fell.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from reconcile.kinds import Kind, Kinds
from reconcile.models import Claim, Cluster, Fact, Source, Verdict, fact_order
from reconcile.reasons import (
    ContextDiffers,
    LaterFigure,
    Note,
    PublishedApart,
    SelfContradiction,
    SourceContradictsItself,
    TallyFell,
)


def compare(
    clusters: Sequence[Cluster], claims: Sequence[Claim], sources: Sequence[Source], kinds: Kinds
) -> tuple[Fact, ...]:
    """Facts with verdicts, conflicts first, then by id (stable across runs and input orders)."""
    judge = judging(claims, sources, kinds)
    return in_order([judge(cluster) for cluster in clusters])


def judging(
    claims: Sequence[Claim], sources: Sequence[Source], kinds: Kinds
) -> Callable[[Cluster], Fact]:
    """The fact of one cluster: what `compare` gives it before ids that collide are told
    apart. It reads the cluster's claims and their sources (content, path, date), nothing
    else, so a cluster's fact can be kept as long as those are unchanged."""
    by_id = {c.id: c for c in claims}
    by_source = {s.id: s for s in sources}
    return partial(_judge, by_id=by_id, sources=by_source, kinds=kinds)


def in_order(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """Facts judged cluster by cluster, as `compare` gives them: ids that collide told apart,
    conflicts first, then by id (in any order given: the ids are unique)."""
    return tuple(sorted(_unique_ids(list(facts)), key=fact_order))


def _judge(
    cluster: Cluster, by_id: dict[str, Claim], sources: dict[str, Source], kinds: Kinds
) -> Fact:
    members = [by_id[i] for i in cluster.claim_ids]
    first = members[0]
    source = sources.get(first.source_id)
    kind = kinds.language(source.language if source else None).of(first)
    one = len(members) == 1  # most facts: each step below, for one claim, sooner
    source_ids = [first.source_id] if one else sorted({c.source_id for c in members})
    judgement = (
        kind.judge(members)
        if one
        else kind.judge_published(
            members, {c.source_id: _published(sources, c.source_id) for c in members}
        )
    )
    verdict: Verdict = judgement.verdict
    gap = judgement.gap
    notes: list[Note] = list(judgement.notes)
    if len(source_ids) < 2:
        # One source: no agreement to speak of; only its contradicting itself is noted.
        notes = [SelfContradiction(sources[first.source_id].name)] if verdict == "conflict" else []
        verdict, gap = "single", None
    else:
        by_source: dict[str, list[Claim]] = {}
        for claim in members:
            by_source.setdefault(claim.source_id, []).append(claim)
        for source_id in source_ids:
            own = by_source[source_id]
            if len(own) > 1 and kind.judge(own).verdict == "conflict":
                notes.append(SourceContradictsItself(sources[source_id].name))
        notes.extend(_notes(kind, members, sources))
        # a running count that fell (`TallyFell`, the kind's note) is no figure updated
        fell = any(isinstance(n, TallyFell) for n in notes)
        later = None if verdict != "conflict" or fell else _later_figure(kind, members, sources)
        if later is not None:
            notes.append(later)
    return Fact(
        id=_fact_id(cluster, members, sources),
        label=kind.label(members),
        kind=first.kind,
        claim_ids=(
            (first.id,)
            if one
            else tuple(c.id for c in sorted(members, key=lambda c: (c.source_id, c.start)))
        ),
        verdict=verdict,
        relative_gap=gap,
        notes=tuple(notes),
        match=cluster.match,
    )


def _published(sources: dict[str, Source], source_id: str) -> str | None:
    source = sources.get(source_id)
    return source.published if source else None


def _notes(kind: Kind, members: list[Claim], sources: dict[str, Source]) -> list[Note]:
    notes: list[Note] = []
    by_source: dict[str, list[Claim]] = {}
    for claim in members:
        by_source.setdefault(claim.source_id, []).append(claim)
    names = {sid: sources[sid].name for sid in by_source}
    dates = {sid: sources[sid].published for sid in by_source}
    if len(set(dates.values())) > 1 or None in dates.values():
        notes.append(
            PublishedApart(tuple((names[s], dates[s]) for s in sorted(dates)), kind.stated)
        )
    for field in kind.context_notes:
        values = {
            sid: sorted({getattr(c.context, field.value) or "" for c in claims})[-1]
            for sid, claims in by_source.items()
        }
        if len(set(values.values())) > 1:
            shown = tuple((names[s], values[s] or None) for s in sorted(values))
            notes.append(ContextDiffers(field, shown))
    return notes


def _later_figure(
    kind: Kind, members: list[Claim], sources: dict[str, Source]
) -> LaterFigure | None:
    """The figure of one measure stated last: by publication date (the latest source's last
    mention of it), when the sources' dates are known and differ; else the one figure that
    words near it state as updated ("rose to 132", "so far"); None otherwise."""
    if not members[0].concept:
        return None
    dates = {c.source_id: sources[c.source_id].published for c in members}
    if None not in dates.values() and len(set(dates.values())) > 1:
        latest = max(d for d in dates.values() if d)
        last = max((c for c in members if dates[c.source_id] == latest), key=lambda c: c.start)
        return LaterFigure(last.quote, sources[last.source_id].name, latest, last.context.time)
    updated = [c for c in members if kind.context.rolling(c)]
    if len({c.interval for c in updated}) != 1:
        return None  # no figure, or several, stated as updated
    last = min(updated, key=lambda c: (sources[c.source_id].name, c.start))
    source = sources[last.source_id]
    return LaterFigure(last.quote, source.name, source.published, last.context.time)


def _fact_id(cluster: Cluster, members: list[Claim], sources: dict[str, Source]) -> str:
    # A fact is named by its block and by its first report: the claim of the earliest
    # published source (unknown dates last), then by path and position. A source that
    # joins later, or with no date, leaves the id unchanged, so a CI baseline can refer to it.
    def first_reported(claim: Claim) -> tuple[str, str, int, str]:
        source = sources.get(claim.source_id)
        published = (source.published if source else None) or "9999-99-99"
        return (published, source.path if source else "", claim.start, claim.id)

    anchor = members[0] if len(members) == 1 else min(members, key=first_reported)
    key = f"{cluster.key}|{anchor.id}"
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
