"""Compare: give each cluster of claims a verdict, its relative gap and reading notes.

Numeric facts are judged by interval overlap with per-kind tolerances from rules; office
facts by whether every source names the same person. Notes flag what changes how a person
reads a verdict: different publication dates, attributions, places (scope) and time anchors.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from reconcile.dates import date_relation
from reconcile.models import Claim, Cluster, Fact, Source, Verdict
from reconcile.names import alias_table, fold, same_person
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
    if first.kind == "office":
        verdict, notes = _office_verdict(members, rules)
    elif first.kind == "event":
        verdict, notes = _event_verdict(members, rules)
    else:
        verdict, gap = _numeric_verdict(members, rules)
    if len(source_ids) < 2:
        if verdict == "conflict":
            notes.insert(0, f"the source contradicts itself ({sources[first.source_id].name})")
        verdict, gap = "single", None
        notes = [n for n in notes if n.startswith("the source contradicts itself")]
    else:
        for source_id in source_ids:
            own = [c for c in members if c.source_id == source_id]
            if len(own) > 1 and _disagree(own, rules):
                notes.append(f"{sources[source_id].name} contradicts itself")
        notes.extend(_notes(members, sources))
    return Fact(
        id=_fact_id(cluster, members, sources),
        label=fact_label(members),
        kind=first.kind,
        claim_ids=tuple(c.id for c in sorted(members, key=lambda c: (c.source_id, c.start))),
        verdict=verdict,
        relative_gap=gap,
        notes=tuple(notes),
        match=cluster.match,
    )


def _disagree(members: list[Claim], rules: RuleSet) -> bool:
    if members[0].kind == "office":
        return _office_verdict(members, rules)[0] == "conflict"
    if members[0].kind == "event":
        return _event_verdict(members, rules)[0] == "conflict"
    return _numeric_verdict(members, rules)[0] == "conflict"


def _office_verdict(members: list[Claim], rules: RuleSet) -> tuple[Verdict, list[str]]:
    """Agree when every claim names one person (variants allowed), else conflict."""
    people: list[Claim] = []
    for claim in sorted(members, key=lambda c: (-len((c.entity or "").split()), c.entity or "")):
        if not any(
            same_person(claim.entity or "", p.entity or "", rules.aliases.surname_cutoff)
            for p in people
        ):
            people.append(claim)
    notes: list[str] = []
    if len(people) > 1:
        shown = " / ".join(sorted({p.entity_text or "" for p in people}))
        return "conflict", [f"different people named for the same office: {shown}"]
    spellings = sorted({c.quote for c in members})
    if len(spellings) > 1:
        notes.append("written differently: " + "; ".join(f"“{s}”" for s in spellings))
    return "agree", notes


def _event_verdict(members: list[Claim], rules: RuleSet) -> tuple[Verdict, list[str]]:
    """Dates and places of one event: equal agree, nested compatible, different conflict."""
    notes: list[str] = []
    verdict: Verdict = "agree"
    dates = sorted({c.date for c in members if c.date})
    unresolved = sorted({c.context.time or "" for c in members if not c.date})
    for i, a in enumerate(dates):
        for b in dates[i + 1 :]:
            relation = date_relation(a, b)
            if relation == "different":
                verdict = "conflict"
            elif relation == "within" and verdict == "agree":
                verdict = "compatible"
    if len(dates) > 1:
        written = {
            d: sorted({c.context.time or "" for c in members if c.date == d} - {""}) for d in dates
        }
        notes.append(
            "dates stated: "
            + ", ".join(
                d + (f" ({', '.join(f'“{w}”' for w in written[d])})" if written[d] else "")
                for d in dates
            )
        )
    if unresolved and any(unresolved):
        notes.append(
            "date not resolved (publication date unknown): "
            + ", ".join(f"“{u}”" for u in unresolved if u)
        )
        if verdict == "agree" and (dates or len(unresolved) > 1):
            verdict = "compatible"
    places = {c.id: _place_key(c, rules) for c in members if c.context.location}
    keys = list(places.values())
    for i, a_key in enumerate(keys):
        for b_key in keys[i + 1 :]:
            if a_key and b_key and not (a_key & b_key):
                verdict = "conflict"
    if len({frozenset(k) for k in keys}) > 1:
        shown = sorted({c.context.location or "" for c in members if c.context.location})
        notes.append("places stated: " + ", ".join(shown))
    return verdict, notes


def _place_key(claim: Claim, rules: RuleSet) -> frozenset[str]:
    filler = {fold(w) for w in rules.matching.place_filler}
    words = re.findall(r"[^\W\d_][\w’'-]*", alias_table(rules).apply(claim.context.location or ""))
    return frozenset(w for w in words if w not in filler)


def _numeric_verdict(members: list[Claim], rules: RuleSet) -> tuple[Verdict, float | None]:
    tolerance = rules.tolerance(members[0].kind)
    worst_gap = 0.0
    all_agree = True
    # Across sources, a source's own repeated mentions are not compared with each other
    # (a self-contradiction is noted apart); within one source they are.
    several_sources = len({c.source_id for c in members}) > 1
    for a, b in _pairs_to_compare(members, several_sources):
        if not a.interval.overlaps(b.interval):
            scale = max(_magnitude(a), _magnitude(b)) or 1.0
            worst_gap = max(worst_gap, a.interval.gap(b.interval) / scale)
        if not _same_value(a, b, tolerance.agree):
            all_agree = False
    if worst_gap > 0:
        return "conflict", round(worst_gap, 6)
    return ("agree" if all_agree else "compatible"), None


def _pairs_to_compare(members: list[Claim], several_sources: bool) -> list[tuple[Claim, Claim]]:
    """The pairs whose readings a verdict weighs. Across sources, claims that read alike
    (interval, numbers, qualifier, change) are weighed once, so a fact stated by thousands
    of copies of one story costs as much as the distinct readings it holds."""
    if not several_sources:
        return [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    readings: dict[tuple[object, ...], tuple[Claim, set[str]]] = {}
    for claim in members:
        key = (claim.interval, claim.value, claim.value_high, claim.qualifier, claim.change)
        readings.setdefault(key, (claim, set()))[1].add(claim.source_id)
    distinct = list(readings.values())
    pairs = []
    for i, (a, sources_a) in enumerate(distinct):
        if len(sources_a) > 1:  # one reading stated by two sources is weighed against itself
            pairs.append((a, a))
        for b, sources_b in distinct[i + 1 :]:
            if len(sources_a | sources_b) > 1:  # some pair of them comes from two sources
                pairs.append((a, b))
    return pairs


def _magnitude(claim: Claim) -> float:
    ends = [abs(x) for x in (claim.interval.low, claim.interval.high) if x is not None]
    return max(ends) if ends else 0.0


_ROUND = {"exact", "about"}  # "3,000" and "about 3,000" state one number


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


def _notes(members: list[Claim], sources: dict[str, Source]) -> list[str]:
    notes = []
    by_source: dict[str, list[Claim]] = {}
    for claim in members:
        by_source.setdefault(claim.source_id, []).append(claim)
    names = {sid: sources[sid].name for sid in by_source}
    dates = {sid: sources[sid].published for sid in by_source}
    kind = members[0].kind
    what = {"office": "the office holder", "event": "the date or place"}.get(kind, "the number")
    if len(set(dates.values())) > 1 or None in dates.values():
        shown = "; ".join(f"{names[s]}: {dates[s] or 'date unknown'}" for s in sorted(dates))
        if None in dates.values():
            notes.append(
                f"publication date unknown for some sources ({shown}): {what} may have changed"
            )
        else:
            notes.append(f"published on different dates ({shown}): {what} may have changed")
    fields = [("attribution", "attribution"), ("location", "scope"), ("time", "time")]
    if kind == "event":  # dates and places of events have notes of their own
        fields = fields[:1]
    for field, label in fields:
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
        # One name per person, the fullest way it was written.
        holders: list[Claim] = []
        for claim in sorted(members, key=lambda c: (-len(c.entity_text or ""), c.entity_text)):
            if not any(same_person(claim.entity or "", h.entity or "") for h in holders):
                holders.append(claim)
        names = sorted(h.entity_text or "" for h in holders)
        return f"{first.noun_class}: {' / '.join(names)}"
    if first.kind == "event":
        names = sorted({c.counted_noun or "" for c in members}, key=lambda n: (-len(n), n))
        when = sorted({c.date or c.context.time or "" for c in members} - {""})
        where = sorted({c.context.location or "" for c in members} - {""}, key=len)
        label = names[0]
        if when:
            label += ", " + " / ".join(when)
        if where:
            label += ", " + " / ".join(where)
        return label
    subject = first.noun_class or first.counted_noun or first.kind
    unit = "" if first.kind == "count" else f" ({first.unit})"
    change = f", change ({first.change})" if first.change else ""
    places = sorted({c.context.location for c in members if c.context.location}, key=len)
    place = f" {places[0]}" if places else ""
    times = sorted({c.context.time for c in members if c.context.time})
    time = f" {times[0]}" if times else ""
    return f"{subject}{unit}{change}{place}{time}".strip()


def _fact_id(cluster: Cluster, members: list[Claim], sources: dict[str, Source]) -> str:
    # A fact is named by its block and by its first report: the claim of the earliest
    # published source (unknown dates last), then by path and position. A source that
    # joins later, or with no date, leaves the id unchanged, so a CI baseline can refer to it.
    def first_reported(claim: Claim) -> tuple[str, str, int, str]:
        source = sources.get(claim.source_id)
        published = (source.published if source else None) or "9999-99-99"
        return (published, source.path if source else "", claim.start, claim.id)

    anchor = min(members, key=first_reported)
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
