"""Review decisions: what a person decided about facts, kept in a TOML file and applied on
every run.

A decision is one of:
- `accept`: the fact has been reviewed and its disagreement is understood (`reason`);
  `reconcile check` passes an accepted conflict.
- `noise`: its claims are not claims ("Story 0", "24 hours"); they leave the report.
- `split`: the claims of `group = 2` were matched to the rest by mistake; they become a
  fact of their own.
- `merge`: two facts (claims of `group = 1` and of `group = 2`) are one.

Decisions live in `reports/decisions.toml`, next to the baseline and apart from it: the
baseline is rewritten whole by `check --update-baseline` from the conflicts of the moment,
while decisions are written one at a time by `reconcile decide` or `reconcile review` and
cover facts that are not conflicts. Both are keyed the same way, on what the sources state:
each claim of a decision is recorded with a `key`, a fingerprint of its source, kind,
qualifier, number(s), unit as written, change, name and quote. When a source changes what
it states, the key no longer matches, the decision stops applying and the report asks for
a review again; nothing is silently carried over to a different statement.

`apply_decisions()` is the pipeline step after `compare`: it regroups the claims as decided
and judges the facts again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal, cast

from reconcile.errors import Problem, ReconcileError
from reconcile.kinds import Kinds, kind_of
from reconcile.models import Claim, Cluster, Decided, Match, Report, Source, format_number
from reconcile.reasons import MergedByReviewer, SplitByReviewer
from reconcile.records import record

DEFAULT_DECISIONS = Path("reports/decisions.toml")
Action = Literal["accept", "noise", "split", "merge"]
ACTIONS: tuple[Action, ...] = ("accept", "noise", "split", "merge")
_ORDER = {"noise": 0, "split": 1, "merge": 2, "accept": 3}
_ENTRY_KEYS = {"action", "fact", "label", "reason", "claim"}
_CLAIM_KEYS = {"source", "quote", "value", "key", "group"}

HEADER = """\
# Review decisions, written by `reconcile decide` and `reconcile review`; applied by every
# `reconcile report` and `reconcile check`. Each [[decision]] is one of:
#   accept  the fact is reviewed; `check` passes it       noise  its claims are not claims
#   split   claims of group 2 are a fact of their own     merge  groups 1 and 2 are one fact
# A decision holds while each claim still states what its `key` records; when a source
# changes a value or a quote, the decision stops applying and the report asks again.
# You may edit `reason`; undo a decision with `reconcile decide FACT_ID undo`.
"""


class DecisionsError(ReconcileError):
    """The decisions file cannot be read, or a decision asked for cannot be taken."""


@record
class Stated:
    """One claim as a decision records it: where, the words, what it states, and its key."""

    source: str
    quote: str
    value: str
    key: str
    group: int = 1


@record
class Decision:
    """One `[[decision]]` of the file."""

    action: Action
    fact: str
    label: str
    reason: str
    claims: tuple[Stated, ...]

    def keys(self, group: int | None = None) -> list[str]:
        return [c.key for c in self.claims if group is None or c.group == group]


@record
class Decisions:
    """The decisions of one file (`exists` False when there is none yet)."""

    path: Path
    entries: tuple[Decision, ...] = ()
    exists: bool = False


# --- keys: what a claim states ------------------------------------------------------------


def stated_key(
    source: str,
    kind: str,
    quote: str,
    qualifier: str,
    value: float | None,
    value_high: float | None,
    unit: str | None,
    change: str | None,
    entity: str | None,
) -> str:
    """A fingerprint of what a source states in one claim (not of what the rules make of it:
    a change of tolerance does not undo a decision)."""
    parts = [
        str(PurePosixPath(source.replace("\\", "/"))),
        kind,
        qualifier,
        "" if value is None else repr(float(value)),
        "" if value_high is None else repr(float(value_high)),
        unit or "",
        change or "",
        entity or "",
        " ".join(quote.split()).casefold(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def claim_key(claim: Claim, source: Source) -> str:
    """The key of a claim of this run."""
    return stated_key(
        source.path,
        claim.kind,
        claim.quote,
        claim.qualifier,
        claim.value,
        claim.value_high,
        claim.stated_unit or claim.unit,
        claim.change,
        kind_of(claim.kind).record(claim).get("entity"),
    )


def record_key(record: Mapping[str, Any], source_path: str) -> str:
    """The key of a claim as the JSON report writes it (same as `claim_key` of that claim)."""
    return stated_key(
        source_path,
        str(record["kind"]),
        str(record["quote"]),
        str(record["qualifier"]),
        record.get("value"),
        record.get("value_high"),
        record.get("stated_unit") or record.get("unit"),
        record.get("change"),
        record.get("entity"),
    )


def stated_text(record: Mapping[str, Any]) -> str:
    """What a claim states, for people: "about 90,000 count", "Lloyd Austin"."""
    if record.get("value") is None:
        return str(record.get("entity") or " ".join(str(record["quote"]).split()))
    number = format_number(float(record["value"]))
    if record.get("value_high") is not None:
        number += f" to {format_number(float(record['value_high']))}"
    change = f" {record['change']}" if record.get("change") else ""
    unit = record.get("stated_unit") or record.get("unit") or ""
    return f"{record['qualifier']}{change} {number} {unit}".strip()


# --- applying --------------------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    ids: list[str]
    match: Match


def apply_decisions(
    report: Report, clusters: Sequence[Cluster], decisions: Decisions, kinds: Kinds
) -> Report:
    """The report with the decisions applied: noise removed, splits and merges regrouped,
    facts judged again, and `decisions` saying which apply to which facts."""
    from reconcile.compare import compare

    if not decisions.entries:
        return report
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}
    by_key: dict[str, list[str]] = {}
    for claim in report.claims:
        by_key.setdefault(claim_key(claim, sources[claim.source_id]), []).append(claim.id)
    groups = [_Group(c.key, list(c.claim_ids), c.match) for c in clusters]
    noise: set[str] = set()
    outcome: list[tuple[Decision, bool, set[str]]] = []
    ordered = sorted(enumerate(decisions.entries), key=lambda e: (_ORDER[e[1].action], e[0]))
    for _, decision in ordered:
        found = [by_key.get(c.key, []) for c in decision.claims]
        ids = {i for group in found for i in group} - noise
        if not all(found) or not ids:
            outcome.append((decision, False, set()))
            continue
        if decision.action == "noise":
            noise |= ids
            for group in groups:
                group.ids = [i for i in group.ids if i not in ids]
            groups = [g for g in groups if g.ids]
            applies = True
        elif decision.action == "split":
            applies = _split(groups, _ids(decision, by_key, 2) - noise)
        elif decision.action == "merge":
            applies = _merge(groups, decision, by_key, claims)
        else:
            applies = any(set(g.ids) == ids for g in groups)
        outcome.append((decision, applies, ids))
    kept = tuple(c for c in report.claims if c.id not in noise)
    regrouped = [Cluster(g.key, tuple(sorted(g.ids)), g.match) for g in groups]
    facts = compare(regrouped, kept, report.sources, kinds)
    decided = []
    for decision, applies, ids in sorted(outcome, key=lambda o: (o[0].fact, o[0].action)):
        bears_on = tuple(f.id for f in facts if applies and ids & set(f.claim_ids))
        decided.append(
            Decided(
                action=decision.action,
                fact_ids=bears_on,
                decided_on=decision.fact,
                label=decision.label,
                reason=decision.reason,
                applies=applies,
                claims=tuple(f"{c.source}: {c.quote}" for c in decision.claims),
            )
        )
    return replace(report, claims=kept, facts=facts, decisions=tuple(decided), claim_index={})


def _ids(decision: Decision, by_key: Mapping[str, list[str]], group: int) -> set[str]:
    return {i for key in decision.keys(group) for i in by_key.get(key, [])}


def _split(groups: list[_Group], apart: set[str]) -> bool:
    """Take `apart` out of the one group holding them all; False when no group does."""
    for group in groups:
        if apart <= set(group.ids):
            rest = [i for i in group.ids if i not in apart]
            if rest:
                group.ids = rest
                reasons = (SplitByReviewer(),)
                groups.append(_Group(group.key + "|split", sorted(apart), Match(100.0, reasons)))
            return True
    return False


def _merge(
    groups: list[_Group], decision: Decision, by_key: Mapping[str, list[str]], claims: Any
) -> bool:
    first, second = _ids(decision, by_key, 1), _ids(decision, by_key, 2)
    holding = [g for g in groups if set(g.ids) & (first | second)]
    if not holding:
        return False
    kinds = {(claims[i].kind, claims[i].dimension) for g in holding for i in g.ids}
    if len(kinds) > 1:
        return False  # the facts are no longer of one kind: never judge them together
    target = holding[0]
    for other in holding[1:]:
        target.ids = sorted({*target.ids, *other.ids})
        groups.remove(other)
    target.match = Match(target.match.score, (*target.match.reasons, MergedByReviewer()))
    return True


def accepted_fact_ids(report: Report) -> frozenset[str]:
    """Facts a reviewer accepted, by a decision that still applies."""
    return frozenset(
        fact_id
        for decided in report.decisions
        if decided.action == "accept" and decided.applies
        for fact_id in decided.fact_ids
    )


# --- taking decisions from a report ------------------------------------------------------


def decide(
    data: Mapping[str, Any], fact_id: str, action: str, targets: Sequence[str], reason: str
) -> Decision:
    """A decision on `fact_id` of a JSON report (`report_record`), as the CLI asks for it.

    `targets`: claim ids for `split` (and optionally `noise`), the other fact id for `merge`.
    Raises `DecisionsError` with a message that says what to give instead.
    """
    where = "decide"
    if action not in ACTIONS:
        raise DecisionsError(
            [
                Problem(
                    where,
                    None,
                    f"unknown action {action!r}; use one of {', '.join(ACTIONS)} or undo",
                )
            ]
        )
    facts = {str(f["id"]): f for f in data.get("facts", [])}
    if fact_id not in facts:
        raise DecisionsError(
            [
                Problem(
                    where,
                    None,
                    f"no fact {fact_id!r} in the report;"
                    " the ids are in the report (rerun `reconcile report`"
                    " if it is old)",
                )
            ]
        )
    fact = facts[fact_id]
    member_ids = [str(i) for i in fact["claim_ids"]]
    records = {str(c["id"]): c for c in data.get("claims", [])}
    paths = {str(s["id"]): str(s["path"]) for s in data.get("sources", [])}
    groups: dict[str, int] = dict.fromkeys(member_ids, 1)
    if action in ("split", "noise") and targets:
        unknown = [t for t in targets if t not in groups]
        if unknown:
            raise DecisionsError(
                [
                    Problem(
                        where,
                        None,
                        f"{', '.join(unknown)}: not a claim of"
                        f" {fact_id}; its claims: {', '.join(member_ids)}",
                    )
                ]
            )
    if action == "split":
        if not targets or set(targets) >= set(member_ids):
            raise DecisionsError(
                [
                    Problem(
                        where,
                        None,
                        "split needs the claim ids to take apart"
                        f" (some, not all, of {', '.join(member_ids)})",
                    )
                ]
            )
        groups.update(dict.fromkeys(targets, 2))
    elif action == "noise" and targets:
        groups = dict.fromkeys(targets, 1)
    elif action == "merge":
        if len(targets) != 1 or targets[0] not in facts or targets[0] == fact_id:
            raise DecisionsError(
                [
                    Problem(
                        where,
                        None,
                        "merge needs one other fact id, e.g."
                        f" `reconcile decide {fact_id} merge FACT_ID`",
                    )
                ]
            )
        other = facts[targets[0]]
        kinds = {_kind_of(records, fact), _kind_of(records, other)}
        if len(kinds) > 1:
            raise DecisionsError(
                [
                    Problem(
                        where,
                        None,
                        f"cannot merge {fact_id} and {targets[0]}:"
                        " they state different kinds of thing",
                    )
                ]
            )
        groups.update(dict.fromkeys((str(i) for i in other["claim_ids"]), 2))
    elif targets:
        raise DecisionsError([Problem(where, None, f"{action} takes no claim or fact ids")])
    stated = []
    for claim_id, group in groups.items():
        record = records[claim_id]
        path = paths[str(record["source_id"])]
        stated.append(
            Stated(
                path,
                " ".join(str(record["quote"]).split()),
                stated_text(record),
                record_key(record, path),
                group,
            )
        )
    stated.sort(key=lambda s: (s.group, s.source, s.quote))
    return Decision(action, fact_id, str(fact["label"]), reason, tuple(stated))


def _kind_of(records: Mapping[str, Any], fact: Mapping[str, Any]) -> tuple[str, str]:
    first = records[str(fact["claim_ids"][0])]
    return (str(first["kind"]), str(first.get("dimension", "")))


def recorded(decisions: Decisions, decision: Decision) -> Decisions:
    """The decisions with `decision` added; it replaces an earlier one of the same action
    on the same fact."""
    kept = [e for e in decisions.entries if (e.fact, e.action) != (decision.fact, decision.action)]
    return replace(decisions, entries=(*kept, decision))


def undone(decisions: Decisions, fact_id: str, data: Mapping[str, Any]) -> tuple[Decisions, int]:
    """The decisions without those taken on `fact_id` or covering its claims now; how many
    were removed."""
    keys: set[str] = set()
    facts = {str(f["id"]): f for f in data.get("facts", [])}
    if fact_id in facts:
        records = {str(c["id"]): c for c in data.get("claims", [])}
        paths = {str(s["id"]): str(s["path"]) for s in data.get("sources", [])}
        for claim_id in facts[fact_id]["claim_ids"]:
            record = records[str(claim_id)]
            keys.add(record_key(record, paths[str(record["source_id"])]))
    kept = [e for e in decisions.entries if e.fact != fact_id and not keys & set(e.keys())]
    return replace(decisions, entries=tuple(kept)), len(decisions.entries) - len(kept)


# --- the file --------------------------------------------------------------------------------


def load_decisions(path: Path) -> Decisions:
    """Read a decisions file; a missing file is no decisions. Raises `DecisionsError` naming
    the file and line of every problem."""
    shown = path.as_posix()
    if not path.exists():
        return Decisions(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise DecisionsError([Problem(shown, None, f"cannot be read: {error}")]) from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise DecisionsError(
            [Problem(shown, int(found.group(1)) if found else None, f"not valid TOML: {message}")]
        ) from None
    headers = [
        n
        for n, line in enumerate(text.splitlines(), 1)
        if re.match(r"\s*\[\[\s*decision\s*\]\]", line)
    ]
    problems: list[Problem] = []
    for key in sorted(set(data) - {"decision"}):
        problems.append(Problem(shown, None, f"unknown key {key!r}; allowed: decision"))
    entries = []
    raw = data.get("decision", [])
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        line = headers[index] if index < len(headers) else None
        entry = _entry(item, shown, line, problems)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise DecisionsError(problems)
    return Decisions(path, tuple(entries), exists=True)


def _entry(item: Any, shown: str, line: int | None, problems: list[Problem]) -> Decision | None:
    if not isinstance(item, dict):
        problems.append(Problem(shown, line, "each decision must be a table"))
        return None
    before = len(problems)
    for key in sorted(set(item) - _ENTRY_KEYS):
        problems.append(
            Problem(shown, line, f"unknown key {key!r}; allowed: {', '.join(sorted(_ENTRY_KEYS))}")
        )
    action = item.get("action")
    if action not in ACTIONS:
        problems.append(Problem(shown, line, f"action must be one of {', '.join(ACTIONS)}"))
    for key in ("fact", "label", "reason"):
        if not isinstance(item.get(key, ""), str):
            problems.append(Problem(shown, line, f"`{key}` must be a string"))
    stated = []
    claims = item.get("claim", [])
    if not isinstance(claims, list) or not claims:
        problems.append(Problem(shown, line, "a decision needs [[decision.claim]] tables"))
        claims = []
    for claim in claims:
        if not isinstance(claim, dict) or set(claim) - _CLAIM_KEYS:
            allowed = ", ".join(sorted(_CLAIM_KEYS))
            problems.append(Problem(shown, line, f"a decision's claim has only: {allowed}"))
            continue
        if not isinstance(claim.get("key"), str) or claim.get("group", 1) not in (1, 2):
            problems.append(Problem(shown, line, "a claim needs `key` (a string); group is 1 or 2"))
            continue
        stated.append(
            Stated(
                str(claim.get("source", "")),
                str(claim.get("quote", "")),
                str(claim.get("value", "")),
                claim["key"],
                int(claim.get("group", 1)),
            )
        )
    if len(problems) > before:
        return None
    return Decision(
        cast(Action, action),
        str(item.get("fact", "")),
        str(item.get("label", "")),
        str(item.get("reason", "")),
        tuple(stated),
    )


def decisions_text(decisions: Decisions) -> str:
    """The file: the header, then each decision in the order taken."""
    out = [HEADER]
    for decision in decisions.entries:
        out += [
            "[[decision]]",
            f"action = {_toml(decision.action)}",
            f"fact = {_toml(decision.fact)}",
            f"label = {_toml(decision.label)}",
            f"reason = {_toml(decision.reason)}",
            "",
        ]
        for claim in decision.claims:
            out += [
                "[[decision.claim]]",
                f"source = {_toml(claim.source)}",
                f"quote = {_toml(claim.quote)}",
                f"value = {_toml(claim.value)}",
                f"key = {_toml(claim.key)}",
            ]
            if claim.group != 1:
                out.append(f"group = {claim.group}")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def save_decisions(decisions: Decisions) -> None:
    """Write the file whole or not at all."""
    path = decisions.path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(decisions_text(decisions), encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL is escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
