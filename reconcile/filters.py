"""Narrowing a report for a reader or a CI gate: by kind of claim, by minimum gap, by source.

A filter keeps or drops whole facts; the sources and claims stay, so every kept fact still
links to its quotes. `--min-gap` applies to numeric conflicts (a relative gap below it is
left out); facts of other verdicts and conflicts over names, which have no gap, are kept.
`--source` keeps the facts that have a claim from a source whose path or file name matches
one of the patterns (a glob, or a part of the path).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import replace

from reconcile.errors import InputError
from reconcile.kinds import KINDS
from reconcile.models import Fact, Report
from reconcile.records import record


@record
class Filters:
    """What to keep; empty means everything."""

    kinds: tuple[str, ...] = ()
    min_gap: float | None = None
    sources: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds or self.min_gap is not None or self.sources)


def parse_gap(text: str | None) -> float | None:
    """`5%`, `0.05` or `5 %` as a fraction; an error naming the option otherwise."""
    if text is None or not text.strip():
        return None
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(%?)\s*", text)
    if not found:
        raise InputError.single("--min-gap", f"{text!r} is not a gap; write 5% or 0.05")
    value = float(found.group(1))
    return value / 100 if found.group(2) else value


def filter_report(report: Report, filters: Filters) -> Report:
    """The report with only the facts the filters keep."""
    if not filters:
        return report
    allowed = {f.kind for f in report.facts} | {k for kind in KINDS for k in kind.claim_kinds}
    unknown = sorted(set(filters.kinds) - allowed)
    if unknown:
        raise InputError.single(
            "--kind", f"unknown kind {', '.join(unknown)}; kinds: {', '.join(sorted(allowed))}"
        )
    paths = {s.id: s.path for s in report.sources}
    facts = tuple(f for f in report.facts if _keeps(report, f, filters, paths))
    return replace(report, facts=facts)


def _keeps(report: Report, fact: Fact, filters: Filters, paths: dict[str, str]) -> bool:
    if filters.kinds and fact.kind not in filters.kinds:
        return False
    if (
        filters.min_gap is not None
        and fact.verdict == "conflict"
        and fact.relative_gap is not None
        and fact.relative_gap < filters.min_gap
    ):
        return False
    if filters.sources:
        stated_by = {paths[report.claim(c).source_id] for c in fact.claim_ids}
        return any(_matches(path, pattern) for path in stated_by for pattern in filters.sources)
    return True


def _matches(path: str, pattern: str) -> bool:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(name, pattern)
    return pattern in path


def filters_of(
    kinds: Sequence[str] | None, min_gap: str | None, sources: Sequence[str] | None
) -> Filters:
    """The filters the command line asks for."""
    return Filters(tuple(kinds or ()), parse_gap(min_gap), tuple(sources or ()))
