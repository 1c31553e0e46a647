"""The baseline file: a TOML list of accepted conflicts, read, written and locked.

One `[[conflict]]` table per accepted conflict (the fact id, its label, the `reason` a person
writes) and one `[[conflict.claim]]` per claim: its source path, quote, `value` (what the
source stated: qualifier, number, unit as written), `means` (the interval, for people) and
`fingerprint` (of the quote in its sentence). Every problem in the file is reported with its
line. `update()` rewrites the file under a lock (`<baseline>.lock`), so two updates at once
run one after the other and neither loses what the other wrote; entries about sources the
run did not read are kept. The decision itself is `reconcile.check`.
"""

from __future__ import annotations

import os
import re
import time
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any

from reconcile.check import (
    Accepted,
    Baseline,
    BaselineError,
    CheckResult,
    Reading,
    check,
)
from reconcile.errors import Problem
from reconcile.models import Report
from reconcile.records import record
from reconcile.writing import write_files

_ENTRY_KEYS = {"id", "label", "reason", "claim"}
_CLAIM_KEYS = {"source", "quote", "value", "means", "fingerprint"}
LOCK_TIMEOUT = 60.0  # seconds an update waits for another one to finish

HEADER = """\
# Conflicts accepted by `reconcile check`, written by `reconcile check --update-baseline`.
# Each [[conflict]] is one fact whose sources disagree. The check passes while each of its
# claims still states the `value` listed here in the same words (`fingerprint`); `means` is
# the interval it was read as. Write in `reason` why the disagreement is acceptable (for
# example: "one figure is older and includes Crimea"). Reasons are kept when the file is
# updated; a conflict whose numbers or words change must be accepted again.
"""


@record
class Update:
    """What `--update-baseline` did, by fact id: conflicts added, accepted again after a
    change, left as they were, kept because the run was not given their sources, and
    dropped because they are no longer conflicts."""

    path: Path
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept: tuple[str, ...]
    dropped: tuple[str, ...]
    without_reason: int

    @property
    def total(self) -> int:
        return len(self.added) + len(self.changed) + len(self.unchanged) + len(self.kept)


def update(report: Report, path: Path, scope: Sequence[str | PurePath] | None = None) -> Update:
    """Accept every current conflict in the baseline at `path`, under its lock; entries about
    sources outside `scope` (the files and folders the run was given) are kept."""
    with locked(path):
        baseline = load_baseline(path)
        text, result = baseline_text(report, baseline, scope)
        write_files({path: text})

    def ids(status: str) -> tuple[str, ...]:
        return tuple(f.fact.id for f in result.findings if f.status == status)

    reasons = [f.accepted.reason if f.accepted else "" for f in result.findings]
    reasons += [e.reason for e in result.unread]
    return Update(
        path,
        added=ids("new"),
        changed=ids("changed"),
        unchanged=ids("accepted"),
        kept=tuple(e.id for e in result.unread),
        dropped=tuple(e.id for e in result.stale),
        without_reason=sum(1 for reason in reasons if not reason.strip()),
    )


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold `<path>.lock` while reading and rewriting `path`; another process waits.

    The lock is an advisory `flock`, released by the system if the process dies, and its
    file is removed afterwards (a waiter that locked a removed file tries again)."""
    try:
        import fcntl
    except ImportError:  # no flock on this system: updates are not serialized
        yield
        return
    lock = path.with_name(path.name + ".lock")
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BaselineError([Problem(lock.parent.as_posix(), None, str(error.strerror))]) from None
    deadline = time.monotonic() + timeout
    while True:
        try:
            handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise BaselineError(
                [Problem(lock.as_posix(), None, f"cannot create lock file: {error.strerror}")]
            ) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            if time.monotonic() > deadline:
                raise BaselineError(
                    [
                        Problem(
                            lock.as_posix(),
                            None,
                            f"another update has held this lock for {timeout:.0f} s;"
                            " try again when it is done",
                        )
                    ]
                ) from None
            time.sleep(0.05)
            continue
        try:
            same = os.fstat(handle).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(handle)  # locked a lock file another process had just removed
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)
        os.close(handle)


def baseline_text(
    report: Report, baseline: Baseline, scope: Sequence[str | PurePath] | None = None
) -> tuple[str, CheckResult]:
    """The baseline accepting every current conflict, keeping the reasons already written
    and the entries about sources this run did not read; and the check it was built from.

    Entries are sorted by fact id and claims by source, so the file diffs cleanly.
    """
    result = check(report, baseline, scope)
    entries: list[tuple[str, str, str, tuple[Reading, ...]]] = []
    for finding in result.findings:
        reason = finding.accepted.reason if finding.accepted is not None else ""
        entries.append((finding.fact.id, finding.fact.label, reason, finding.readings))
    for entry in result.unread:
        entries.append((entry.id, entry.label, entry.reason, entry.readings))
    out = [HEADER]
    for fact_id, label, reason, readings in sorted(entries):
        out += [
            "[[conflict]]",
            f"id = {toml_string(fact_id)}",
            f"label = {toml_string(label)}",
            f"reason = {toml_string(reason)}",
            "",
        ]
        for reading in readings:
            out += [
                "[[conflict.claim]]",
                f"source = {toml_string(reading.source)}",
                f"quote = {toml_string(reading.quote)}",
                f"value = {toml_string(reading.value)}",
                f"means = {toml_string(reading.means)}",
                f"fingerprint = {toml_string(reading.fingerprint)}",
                "",
            ]
    return "\n".join(out).rstrip("\n") + "\n", result


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
                    Reading(
                        values["source"],
                        values["quote"],
                        values["value"],
                        values["means"],
                        fingerprint=values["fingerprint"],
                    )
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
