"""The CI decision: which conflicts of a `Report` a person has accepted in a baseline.

A baseline (read and written by `reconcile.baseline`) lists accepted conflicts: the fact id,
its label, a `reason` a person writes, and the claims that were accepted. Each claim is
recorded by what its source stated, not by what the rules make of it: the value with its
qualifier and its unit as written ("exact 25 (mile)"), and a fingerprint of the quote in
its sentence. A conflict is accepted while every one of its claims still states exactly
that from the same source: a new source joining it, a changed number, unit, qualifier or
wording makes it unaccepted again. `check()` decides; it reads no file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath, PurePosixPath
from typing import Literal

from reconcile.errors import ReconcileError
from reconcile.kinds import is_numeric, means
from reconcile.models import Claim, Fact, Report, format_number
from reconcile.records import record

DEFAULT_BASELINE = Path("reports/baseline.toml")

Status = Literal["accepted", "new", "changed"]


class BaselineError(ReconcileError):
    """The baseline file cannot be read, written or does not have the expected shape."""


@record
class Reading:
    """One claim of a conflict as a person sees it: where, the words, and what they mean."""

    source: str
    quote: str
    value: str  # what the source states: qualifier, number(s), unit as written; or the name
    means: str  # the interval that reading means under the current rules (for people)
    line: int = 0  # line of the quote in the source (0 when read from a baseline)
    fingerprint: str = ""  # of the quote in its sentence ("" in a baseline written before)

    @property
    def key(self) -> tuple[str, str, str]:
        """What must stay the same for an acceptance to hold: the source, what it states and
        the words it states it in.

        The stated value, not the interval: a change of tolerance in the rules changes what
        a claim means but not what the source says, and must not undo every acceptance."""
        return (_normal_path(self.source), self.value, self.fingerprint)

    @property
    def statement(self) -> tuple[str, str, str]:
        """What was stated and how, whatever the file is called now (for moved sources)."""
        return (self.quote, self.value, self.fingerprint)


@record
class Accepted:
    """One `[[conflict]]` entry of a baseline."""

    id: str
    label: str
    reason: str
    readings: tuple[Reading, ...]
    line: int  # where the entry starts in the baseline file

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(_normal_path(r.source) for r in self.readings)


@record
class Baseline:
    """The accepted conflicts, by fact id; `exists` is False when no file was found."""

    path: Path
    entries: tuple[Accepted, ...] = ()
    exists: bool = False

    def by_id(self) -> dict[str, Accepted]:
        return {entry.id: entry for entry in self.entries}


@record
class Finding:
    """A conflict of the report and how the baseline judges it.

    `unaccepted` lists the readings no baseline entry accepts (every reading of a new
    conflict; the changed or added ones of a changed conflict).
    """

    fact: Fact
    status: Status
    readings: tuple[Reading, ...]
    unaccepted: tuple[Reading, ...]
    accepted: Accepted | None

    @property
    def moved_from(self) -> str | None:
        """The baseline id this conflict was accepted under, when its id has changed since."""
        if self.accepted is not None and self.accepted.id != self.fact.id:
            return self.accepted.id
        return None


@record
class CheckResult:
    """The decision on one report: every conflict's finding, the baseline entries no longer
    a conflict (`stale`), and those about sources this run did not read (`unread`)."""

    baseline: Baseline
    findings: tuple[Finding, ...]
    stale: tuple[Accepted, ...]
    unread: tuple[Accepted, ...] = ()

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Conflicts nobody has accepted, or whose numbers changed since they were accepted."""
        return tuple(f for f in self.findings if f.status != "accepted")

    @property
    def passed(self) -> bool:
        return not self.failing

    @property
    def without_reason(self) -> tuple[Accepted, ...]:
        """Accepted conflicts whose entry still has an empty `reason`."""
        return tuple(
            f.accepted
            for f in self.findings
            if f.status == "accepted" and f.accepted is not None and not f.accepted.reason.strip()
        )


def means_of(claim: Claim) -> str:
    """What a claim means, as one short text: its interval, or what it names."""
    return means(claim)


def stated_text(claim: Claim) -> str:
    """What a claim states, independent of tolerances and of unit conversion: the
    qualifier, the number(s) and the unit as written ("exact 25 (mile)",
    "about 90,000 (troops)"), or the name ("Lloyd Austin")."""
    if not is_numeric(claim):
        return means_of(claim)
    unit = claim.stated_unit or claim.counted_noun or claim.unit
    if claim.value is None:
        return f"{claim.qualifier} {claim.interval.notation()} ({unit})"
    number = format_number(claim.value)
    if claim.value_high is not None:
        number += f" to {format_number(claim.value_high)}"
    change = f" {claim.change}" if claim.change else ""
    return f"{claim.qualifier}{change} {number} ({unit})"


def fingerprint(quote: str, sentence: str) -> str:
    """A short, stable digest of a quote in its sentence (whitespace folded): any change of
    the words around a number changes it."""
    folded = " ".join(quote.split()) + "\x00" + " ".join(sentence.split())
    return hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def reading_of(report: Report, claim: Claim) -> Reading:
    """A claim as a baseline records it."""
    source = report.source(claim.source_id)
    return Reading(
        source.path,
        " ".join(claim.quote.split()),
        stated_text(claim),
        means_of(claim),
        source.line_of(claim.start),
        fingerprint(claim.quote, claim.sentence),
    )


def readings_of(report: Report, fact: Fact) -> tuple[Reading, ...]:
    """The fact's claims as readings, sorted by source path then position."""
    found = [reading_of(report, report.claim(c)) for c in fact.claim_ids]
    return tuple(sorted(found, key=lambda r: (r.source, r.line, r.quote, r.value)))


def check(
    report: Report, baseline: Baseline, scope: Sequence[str | PurePath] | None = None
) -> CheckResult:
    """Judge every conflict of the report against the baseline; a conflict a reviewer
    accepted in the decisions file (`reconcile decide FACT_ID accept`) passes too.

    `scope` is the files and folders the run was given: a baseline entry about a source
    outside them was not judged by this run (`unread`), while an unused entry inside them is
    no longer a conflict (`stale`). Without a scope every entry is inside it."""
    from reconcile.decisions import accepted_fact_ids

    reviewed = accepted_fact_ids(report)
    by_id = baseline.by_id()
    present = {_normal_path(source.path) for source in report.sources}
    used: set[str] = set()
    findings = []
    for fact in sorted(report.facts_with("conflict"), key=lambda f: f.id):
        readings = readings_of(report, fact)
        if fact.id in reviewed:
            findings.append(Finding(fact, "accepted", readings, (), None))
            continue
        entry = by_id.get(fact.id) or _same_readings(baseline.entries, readings, used)
        if entry is None:
            findings.append(Finding(fact, "new", readings, readings, None))
            continue
        used.add(entry.id)
        accepted_keys = {r.key for r in entry.readings}
        # A source file that was renamed or moved keeps its acceptance when the very same
        # words state the very same thing.
        moved = {r.statement for r in entry.readings if r.key[0] not in present}
        unaccepted = tuple(
            r for r in readings if r.key not in accepted_keys and r.statement not in moved
        )
        status: Status = "changed" if unaccepted else "accepted"
        findings.append(Finding(fact, status, readings, unaccepted, entry))
    given = None if scope is None else [_normal_path(str(p)) for p in scope]

    def judged(entry: Accepted) -> bool:
        if given is None or entry.sources <= present:
            return True
        return all(any(_under(source, folder) for folder in given) for source in entry.sources)

    unused = [e for e in baseline.entries if e.id not in used]
    # An entry about a source this run was not given cannot be judged: kept, not stale.
    stale = tuple(e for e in unused if judged(e))
    unread = tuple(e for e in unused if not judged(e))
    return CheckResult(baseline, tuple(findings), stale, unread)


def _under(path: str, folder: str) -> bool:
    return folder in (".", path) or PurePosixPath(path).is_relative_to(folder)


def _same_readings(
    entries: Iterable[Accepted], readings: tuple[Reading, ...], used: set[str]
) -> Accepted | None:
    # A conflict whose id changed (matching rules evolved) is still the accepted one when it
    # has exactly the readings that were accepted.
    keys = {r.key for r in readings}
    for entry in entries:
        if entry.id not in used and {r.key for r in entry.readings} == keys:
            return entry
    return None


def _normal_path(path: str) -> str:
    path = path.replace("\\", "/")
    odd = "//" in path or "/./" in path or path.startswith("./") or path.endswith(("/", "/."))
    if path and not odd:
        return path  # already as `PurePosixPath` writes it (most paths: no object made)
    return str(PurePosixPath(path))
