"""The CI decision: which conflicts of a `Report` a person has accepted in a baseline.

A baseline is a TOML file (default `reports/baseline.toml`) with one `[[conflict]]` table per
accepted conflict: the fact id, its label, a `reason` a person writes, and the claims that
were accepted, each as its source path, quote and reading (the interval or the name). A
conflict is accepted while every one of its claims still reads as accepted from the same
source: a new source joining it with another number, or a source changing its number, makes
it unaccepted again. `check()` decides; `baseline_text()` writes the file `--update-baseline`
saves, keeping the reasons already written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from reconcile.errors import Problem, ReconcileError
from reconcile.models import Claim, Fact, Report, format_number
from reconcile.render.common import NUMERIC_KINDS, line_of, means_text

DEFAULT_BASELINE = Path("reports/baseline.toml")

Status = Literal["accepted", "new", "changed"]

_ENTRY_KEYS = {"id", "label", "reason", "claim"}
_CLAIM_KEYS = {"source", "quote", "value", "means"}

HEADER = """\
# Conflicts accepted by `reconcile check`, written by `reconcile check --update-baseline`.
# Each [[conflict]] is one fact whose sources disagree. The check passes while each of its
# claims still states the `value` listed here (`means` is the interval it was read as).
# Write in `reason` why the disagreement is acceptable (for example: "one figure is
# older and includes Crimea"). Reasons are kept when the file is updated; a conflict whose
# numbers change must be accepted again.
"""


class BaselineError(ReconcileError):
    """The baseline file cannot be read or does not have the expected shape."""


@dataclass(frozen=True)
class Reading:
    """One claim of a conflict as a person sees it: where, the words, and what they mean."""

    source: str
    quote: str
    value: str  # what the source states: qualifier, number(s) and unit, or the name
    means: str  # the interval that reading means under the current rules (for people)
    line: int = 0  # line of the quote in the source (0 when read from a baseline)

    @property
    def key(self) -> tuple[str, str]:
        """What must stay the same for an acceptance to hold: the source and what it states.

        The stated value, not the interval: a change of tolerance in the rules changes what
        a claim means but not what the source says, and must not undo every acceptance."""
        return (_normal_path(self.source), self.value)


@dataclass(frozen=True)
class Accepted:
    """One `[[conflict]]` entry of a baseline."""

    id: str
    label: str
    reason: str
    readings: tuple[Reading, ...]
    line: int  # where the entry starts in the baseline file


@dataclass(frozen=True)
class Baseline:
    """The accepted conflicts, by fact id; `exists` is False when no file was found."""

    path: Path
    entries: tuple[Accepted, ...] = ()
    exists: bool = False

    def by_id(self) -> dict[str, Accepted]:
        return {entry.id: entry for entry in self.entries}


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CheckResult:
    """The decision on one report: every conflict's finding and the baseline entries unused."""

    baseline: Baseline
    findings: tuple[Finding, ...]
    stale: tuple[Accepted, ...]

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


def stated_text(claim: Claim) -> str:
    """What a claim states, independent of tolerances: "about 90,000 (person)", "Lloyd Austin"."""
    if claim.kind not in NUMERIC_KINDS:
        return means_text(claim)
    if claim.value is None:
        return f"{claim.qualifier} {claim.interval.notation()} ({claim.unit})"
    number = format_number(claim.value)
    if claim.value_high is not None:
        number += f" to {format_number(claim.value_high)}"
    change = f" {claim.change}" if claim.change else ""
    return f"{claim.qualifier}{change} {number} ({claim.unit})"


def reading_of(report: Report, claim: Claim) -> Reading:
    """A claim as a baseline records it."""
    source = report.source(claim.source_id)
    means = means_text(claim)
    value = stated_text(claim)
    quote = " ".join(claim.quote.split())
    return Reading(source.path, quote, value, means, line_of(source, claim.start))


def readings_of(report: Report, fact: Fact) -> tuple[Reading, ...]:
    """The fact's claims as readings, sorted by source path then position."""
    found = [reading_of(report, report.claim(c)) for c in fact.claim_ids]
    return tuple(sorted(found, key=lambda r: (r.source, r.line, r.quote, r.value)))


def check(report: Report, baseline: Baseline) -> CheckResult:
    """Judge every conflict of the report against the baseline; a conflict a reviewer
    accepted in the decisions file (`reconcile decide FACT_ID accept`) passes too."""
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
        # words mean the very same thing.
        moved = {(r.quote, r.value) for r in entry.readings if r.key[0] not in present}
        unaccepted = tuple(
            r for r in readings if r.key not in accepted_keys and (r.quote, r.value) not in moved
        )
        status: Status = "changed" if unaccepted else "accepted"
        findings.append(Finding(fact, status, readings, unaccepted, entry))
    stale = tuple(e for e in baseline.entries if e.id not in used)
    return CheckResult(baseline, tuple(findings), stale)


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


def load_baseline(path: Path, required: bool = False) -> Baseline:
    """Read a baseline; a missing file is an empty baseline unless `required`.

    Raises `BaselineError` naming the file and line of every problem found.
    """
    shown = path.as_posix()
    if not path.exists():
        if required:
            raise BaselineError(
                [
                    Problem(
                        shown,
                        None,
                        "no baseline here; create it with `reconcile check --update-baseline`",
                    )
                ]
            )
        return Baseline(path)
    if not path.is_file():
        raise BaselineError([Problem(shown, None, "is not a file; give a TOML baseline file")])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError([Problem(shown, None, f"cannot be read: {error}")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        if found:
            message += f" (column {found.group(2)})"
        raise BaselineError(
            [Problem(shown, line, f"not valid TOML: {message}; fix the file or delete it")]
        ) from None
    return Baseline(path, _entries(data, text, shown), exists=True)


def _entries(data: dict[str, Any], text: str, shown: str) -> tuple[Accepted, ...]:
    problems: list[Problem] = []
    for key in sorted(set(data) - {"conflict"}):
        problems.append(
            Problem(shown, _line_of_key(text, key), f"unknown key {key!r}; allowed: conflict")
        )
    raw = data.get("conflict", [])
    if not isinstance(raw, list):
        problems.append(
            Problem(shown, _line_of_key(text, "conflict"), "`conflict` must be [[conflict]] tables")
        )
        raw = []
    headers = _header_lines(text, "conflict")
    claim_headers = _header_lines(text, "conflict.claim")
    entries: list[Accepted] = []
    seen: dict[str, int] = {}
    claim_number = 0
    for index, item in enumerate(raw):
        line = headers[index] if index < len(headers) else 0
        if not isinstance(item, dict):
            problems.append(Problem(shown, line or None, "each conflict must be a table"))
            continue
        for key in sorted(set(item) - _ENTRY_KEYS):
            allowed = ", ".join(sorted(_ENTRY_KEYS))
            problems.append(Problem(shown, line, f"unknown key {key!r}; allowed: {allowed}"))
        fact_id = item.get("id")
        if not isinstance(fact_id, str) or not fact_id:
            problems.append(Problem(shown, line, "conflict needs `id`, the fact id (a string)"))
            fact_id = ""
        elif fact_id in seen:
            problems.append(
                Problem(
                    shown, line, f"fact {fact_id} is listed twice (first at line {seen[fact_id]})"
                )
            )
        seen.setdefault(fact_id, line)
        label, reason = item.get("label", ""), item.get("reason", "")
        for name, value in (("label", label), ("reason", reason)):
            if not isinstance(value, str):
                problems.append(Problem(shown, line, f"`{name}` must be a string"))
        claims = item.get("claim", [])
        readings: list[Reading] = []
        if not isinstance(claims, list) or not claims:
            problems.append(
                Problem(
                    shown, line, "conflict needs [[conflict.claim]] tables (source, quote, value)"
                )
            )
            claims = []
        for claim in claims:
            claim_line = claim_headers[claim_number] if claim_number < len(claim_headers) else line
            claim_number += 1
            if not isinstance(claim, dict):
                problems.append(Problem(shown, claim_line, "each claim must be a table"))
                continue
            for key in sorted(set(claim) - _CLAIM_KEYS):
                allowed = ", ".join(sorted(_CLAIM_KEYS))
                problems.append(
                    Problem(shown, claim_line, f"unknown key {key!r}; allowed: {allowed}")
                )
            values = {k: claim.get(k, "") for k in _CLAIM_KEYS}
            for key in ("source", "value"):
                if not isinstance(values[key], str) or not values[key]:
                    problems.append(
                        Problem(shown, claim_line, f"claim needs `{key}` (a non-empty string)")
                    )
            if all(isinstance(v, str) for v in values.values()):
                readings.append(
                    Reading(values["source"], values["quote"], values["value"], values["means"])
                )
        if isinstance(label, str) and isinstance(reason, str):
            entries.append(Accepted(fact_id, label, reason, tuple(readings), line))
    if problems:
        raise BaselineError(problems)
    return tuple(entries)


def _header_lines(text: str, name: str) -> list[int]:
    pattern = re.compile(r"^\s*\[\[\s*" + re.escape(name).replace(r"\.", r"\s*\.\s*") + r"\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)]


def _line_of_key(text: str, key: str) -> int | None:
    pattern = re.compile(r"^\s*(\[+\s*)?" + re.escape(key) + r"\b")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def _normal_path(path: str) -> str:
    return str(PurePosixPath(path.replace("\\", "/")))


def baseline_text(report: Report, baseline: Baseline) -> str:
    """The baseline accepting every current conflict, keeping the reasons already written.

    Entries are sorted by fact id and claims by source, so the file diffs cleanly.
    """
    result = check(report, baseline)
    out = [HEADER]
    for finding in sorted(result.findings, key=lambda f: f.fact.id):
        reason = finding.accepted.reason if finding.accepted is not None else ""
        out += [
            "[[conflict]]",
            f"id = {toml_string(finding.fact.id)}",
            f"label = {toml_string(finding.fact.label)}",
            f"reason = {toml_string(reason)}",
            "",
        ]
        for reading in finding.readings:
            out += [
                "[[conflict.claim]]",
                f"source = {toml_string(reading.source)}",
                f"quote = {toml_string(reading.quote)}",
                f"value = {toml_string(reading.value)}",
                f"means = {toml_string(reading.means)}",
                "",
            ]
    return "\n".join(out).rstrip("\n") + "\n"


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
