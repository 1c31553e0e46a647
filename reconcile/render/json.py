"""The JSON report (`reconcile.report/1`): the contract other programs read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from reconcile.kinds import kind_of
from reconcile.models import Claim, Decided, Fact, Report, Source
from reconcile.render.common import line_of
from reconcile.render.words import note_lines, reason_lines


def source_record(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published,
        "author": source.author,
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as the JSON contract names its fields; its kind fills `entity` (the name a
    named claim states) and `date` (an event's), and adds fields of its own."""
    record = {
        "id": claim.id,
        "source_id": claim.source_id,
        "kind": claim.kind,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "value": claim.value,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "low": claim.interval.low,
        "high": claim.interval.high,
        "low_closed": claim.interval.low_closed,
        "high_closed": claim.interval.high_closed,
        "unit": claim.unit,
        "dimension": claim.dimension,
        "counted_noun": claim.counted_noun,
        "noun_class": claim.noun_class,
        "change": claim.change,
        "stated_unit": claim.stated_unit,
        "concept": claim.concept,
        "entity": None,
        "date": None,
        "context": {
            "subject": claim.context.subject,
            "location": claim.context.location,
            "time": claim.context.time,
            "attribution": claim.context.attribution,
        },
    }
    record.update(kind_of(claim.kind).record(claim))
    return record


def fact_record(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "label": fact.label,
        "kind": fact.kind,
        "claim_ids": list(fact.claim_ids),
        "verdict": fact.verdict,
        "relative_gap": fact.relative_gap,
        "notes": note_lines(fact.notes),
        "match": {"score": round(fact.match.score, 2), "reasons": reason_lines(fact.match)},
    }


def report_record(report: Report) -> dict[str, Any]:
    """The whole report; each claim also carries `line`, the 1-based line of its quote."""
    return {
        "schema": report.schema,
        "sources": [source_record(s) for s in report.sources],
        "claims": [
            {**claim_record(c), "line": line_of(report.source(c.source_id), c.start)}
            for c in report.claims
        ],
        "facts": [fact_record(f) for f in report.facts],
        **(
            {"decisions": [decided_record(d) for d in report.decisions]} if report.decisions else {}
        ),
    }


def decided_record(decided: Decided) -> dict[str, Any]:
    """A review decision as applied: present in the report only when decisions were read."""
    return {
        "action": decided.action,
        "decided_on": decided.decided_on,
        "fact_ids": list(decided.fact_ids),
        "label": decided.label,
        "reason": decided.reason,
        "applies": decided.applies,
        "claims": list(decided.claims),
    }


def render_json(report: Report) -> str:
    """The report as deterministic JSON (sorted records, no timestamps), ending in a newline."""
    return "".join(json_chunks(report))


def json_chunks(report: Report) -> Iterator[str]:
    """`render_json(report)` piece by piece, one record at a time, so that a large report is
    written without holding its records or its text whole: the same bytes as
    `json.dumps(report_record(report), ensure_ascii=False, indent=2)` and a newline."""
    parts: list[tuple[str, Any]] = [
        ("schema", report.schema),
        ("sources", (source_record(s) for s in report.sources)),
        (
            "claims",
            (
                {**claim_record(c), "line": line_of(report.source(c.source_id), c.start)}
                for c in report.claims
            ),
        ),
        ("facts", (fact_record(f) for f in report.facts)),
    ]
    if report.decisions:
        parts.append(("decisions", (decided_record(d) for d in report.decisions)))
    yield "{"
    for i, (key, value) in enumerate(parts):
        yield ("," if i else "") + f"\n  {_dumps(key)}: "
        if isinstance(value, Iterator):
            yield from _array(value)
        else:
            yield _dumps(value, 2)
    yield "\n}\n"


def _array(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A list of records at depth 1 of the report, as `json.dumps(..., indent=2)` writes it."""
    empty = True
    for record in records:
        yield ("[" if empty else ",") + "\n    " + _dumps(record, 4)
        empty = False
    yield "[]" if empty else "\n  ]"


def _dumps(value: Any, indent: int = 0) -> str:
    """`value` as JSON with an indent of 2, every line after the first `indent` spaces in
    (a string's line breaks are escaped, so each line break is the layout's): the same text
    as `json.dumps(value, ensure_ascii=False, indent=2)`, written without its pure-Python
    encoder (the standard library's C encoder is used only without an indent)."""
    return _encode(value, "\n" + " " * indent)


_ENCODE_STRING = json.encoder.encode_basestring  # the C function when it is built
_LITERALS = {True: "true", False: "false", None: "null"}
_NAMES: dict[str, str] = {}  # a record's field name, as written before its value: '"id": '


def _encode(value: Any, newline: str) -> str:
    """`value` as `json.dumps(..., indent=2)` writes it at the depth where a line break is
    `newline` (a line break and that depth's spaces). The checks go in the standard
    encoder's order, so subclasses of str, int and float read as it reads them."""
    if isinstance(value, str):
        return _ENCODE_STRING(value)
    if value is None or value is True or value is False:
        return _LITERALS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + inner + ("," + inner).join([_item(v, inner) for v in value]) + newline + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = newline + "  "
        fields: list[str] = []
        add = fields.append
        for key, item in value.items():
            name = _NAMES.get(key)  # only strings are kept: no other key equals one
            if name is None:
                name = _key(key) + ": "
                if type(key) is str and len(_NAMES) < 4096:
                    _NAMES[key] = name
            # the common scalars by their exact type, without a call (a subclass: `_encode`)
            kind = type(item)
            if kind is str:
                add(name + _ENCODE_STRING(item))
            elif item is None:
                add(name + "null")
            elif kind is int:
                add(name + int.__repr__(item))
            elif kind is float:
                add(name + _float(item))
            else:
                add(name + _encode(item, inner))
        return "{" + inner + ("," + inner).join(fields) + newline + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _item(value: Any, newline: str) -> str:
    """`_encode`, the common scalars of a record first, by their exact type (a subclass
    takes `_encode`'s path)."""
    kind = type(value)
    if kind is str:
        return _ENCODE_STRING(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    return _encode(value, newline)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as the standard encoder writes it (a JSON string)."""
    if isinstance(key, str):
        return _ENCODE_STRING(key)
    if isinstance(key, float):
        return _ENCODE_STRING(_float(key))
    if key is True or key is False or key is None:
        return _ENCODE_STRING(_LITERALS[key])
    if isinstance(key, int):
        return _ENCODE_STRING(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
