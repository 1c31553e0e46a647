"""What a person sees in the terminal: a short summary of a report or of a check.

Every view exists twice from the same data: plain lines (for pipes, CI logs and `NO_COLOR`)
and a rich renderable (for a colour terminal). `wants_plain()` decides which one to use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from reconcile.baseline import Update
from reconcile.check import CheckResult, Finding, Reading, readings_of
from reconcile.models import Fact, Report, fact_order
from reconcile.render.words import count

if TYPE_CHECKING:
    from rich.console import RenderableType

TOP_CONFLICTS = 5

# Characters that must not reach a terminal or a CI log as they are: control characters
# (a newline would start a line GitHub reads as a workflow command, ESC starts a terminal
# escape sequence) and the bidirectional overrides that make text read other than it is.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe to print on one line: every control character shown as an escape
    (`\\n`, `\\x1b`), so a file name or a quote can neither break the line nor steer the
    terminal. Rich markup is not interpreted here: plain lines are printed as they are, and
    rich views wrap text in `Text`, which reads no markup."""
    return _UNPRINTABLE.sub(_escape_char, text)


def _escape_char(found: re.Match[str]) -> str:
    char = found.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def wants_plain(is_terminal: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Plain text when output is not a terminal, or when `NO_COLOR` is set (no-color.org)."""
    environ = os.environ if environ is None else environ
    return not is_terminal or bool(environ.get("NO_COLOR"))


def counts_line(report: Report) -> str:
    """The run in one line: sources, claims, facts and each verdict."""
    return (
        f"{count(len(report.sources), 'source')}, {count(len(report.claims), 'claim')},"
        f" {count(len(report.facts), 'fact')}:"
        f" {count(len(report.facts_with('conflict')), 'conflict')},"
        f" {len(report.facts_with('compatible'))} compatible,"
        f" {count(len(report.facts_with('agree')), 'agreement')},"
        f" {len(report.facts_with('single'))} single-source"
    )


def top_conflicts(report: Report, top: int = TOP_CONFLICTS) -> list[Fact]:
    """The conflicts with the largest relative gap first."""
    return sorted(report.facts_with("conflict"), key=fact_order)[:top]


def _gap(fact: Fact) -> str:
    return f"{fact.relative_gap:.1%}" if fact.relative_gap is not None else "names differ"


def _said(report: Report, fact: Fact, groups: int = 3, between: str = "  vs  ") -> str:
    """What the sources say, one entry per distinct reading (see `_said_list`)."""
    return between.join(_said_list(report, fact, groups))


def _said_list(report: Report, fact: Fact, groups: int = 3) -> list[str]:
    """What the sources say, one entry per distinct reading: the first quote, and how many
    sources more say the same; at most `groups` readings, the most repeated first."""
    by_means: dict[str, list[Reading]] = {}
    for reading in readings_of(report, fact):
        by_means.setdefault(reading.means, []).append(reading)
    ranked = sorted(by_means.values(), key=lambda rs: (-len(rs), rs[0].source, rs[0].means))
    shown = []
    for readings in ranked[:groups]:
        first = readings[0]
        more = f" (+{len(readings) - 1} more)" if len(readings) > 1 else ""
        shown.append(f"{first.source.rsplit('/', 1)[-1]}: {first.quote}{more}")
    if len(ranked) > groups:
        shown.append(f"{len(ranked) - groups} other readings")
    return shown


def report_lines(report: Report, written: Sequence[str], top: int = TOP_CONFLICTS) -> list[str]:
    """The summary of `reconcile report` as plain lines."""
    lines = [counts_line(report)]
    conflicts = top_conflicts(report, top)
    for fact in conflicts:
        lines.append(f"  conflict {fact.id} ({_gap(fact)}): {fact.label}")
        lines.append(f"      {_said(report, fact)}")
    more = len(report.facts_with("conflict")) - len(conflicts)
    if more > 0:
        lines.append(f"  … and {count(more, 'more conflict')} in the report")
    if written:
        lines.append("wrote " + " and ".join(written))
    return [printable(line) for line in lines]


def report_renderable(
    report: Report, written: Sequence[str], top: int = TOP_CONFLICTS
) -> RenderableType:
    """The summary of `reconcile report` for a colour terminal."""
    from rich.console import Group  # rich is imported only when a terminal will show it
    from rich.table import Table
    from rich.text import Text

    parts: list[RenderableType] = [Text(counts_line(report), style="bold")]
    conflicts = top_conflicts(report, top)
    if conflicts:
        table = Table(title="Top conflicts", title_justify="left", show_lines=False)
        table.add_column("gap", justify="right", style="red")
        table.add_column("fact")
        table.add_column("what the sources say")
        table.add_column("id", style="dim")
        for fact in conflicts:
            table.add_row(
                _gap(fact),
                Text(printable(fact.label)),
                Text("\n".join(printable(said) for said in _said_list(report, fact))),
                fact.id,
            )
        parts.append(table)
        more = len(report.facts_with("conflict")) - len(conflicts)
        if more > 0:
            parts.append(Text(f"… and {count(more, 'more conflict')} in the report", style="dim"))
    else:
        parts.append(Text("No conflicts.", style="green"))
    if written:
        parts.append(Text(printable("wrote " + " and ".join(written)), style="dim"))
    return Group(*parts)


def _finding_lines(finding: Finding) -> list[str]:
    fact = finding.fact
    if finding.status == "new":
        head = f"  new conflict {fact.id} ({_gap(fact)}): {fact.label}"
    else:
        head = f"  changed since accepted {fact.id} ({_gap(fact)}): {fact.label}"
    lines = [head]
    for reading in finding.readings:
        mark = "!" if finding.status == "changed" and reading in finding.unaccepted else " "
        lines.append(
            f"    {mark} {reading.source}:{reading.line}  “{reading.quote}”  {reading.means}"
        )
    if finding.status == "changed" and finding.accepted is not None:
        was = ", ".join(
            f"{r.source.rsplit('/', 1)[-1]} “{r.quote}”" for r in finding.accepted.readings
        )
        lines.append(f"      accepted were: {was} (line {finding.accepted.line} of the baseline)")
    return lines


def check_lines(result: CheckResult) -> list[str]:
    """The outcome of `reconcile check` as plain lines."""
    baseline = result.baseline.path.as_posix()
    failing = result.failing
    accepted = len(result.findings) - len(failing)
    lines = []
    if failing:
        missing = "" if result.baseline.exists else " (no baseline file yet)"
        lines.append(
            f"FAIL: {len(failing)} of {count(len(result.findings), 'conflict')} not accepted"
            f" in {baseline}{missing}"
        )
        for finding in failing:
            lines += _finding_lines(finding)
        lines.append(
            "Review them; if the disagreement is expected, run `reconcile check --update-baseline`,"
            f" write a reason for each in {baseline} and commit it."
        )
    else:
        every = "accepted" if len(result.findings) == 1 else "all accepted"
        lines.append(f"OK: {count(len(result.findings), 'conflict')}, {every} in {baseline}")
    for finding in result.findings:
        if finding.moved_from:
            lines.append(
                f"note: conflict {finding.moved_from} is now {finding.fact.id};"
                " run `reconcile check --update-baseline` to record the new id"
            )
    if result.stale:
        ids = ", ".join(e.id for e in result.stale)
        one = len(result.stale) == 1
        lines.append(
            f"note: {count(len(result.stale), 'baseline entry')}"
            f" {'is no longer a conflict' if one else 'are no longer conflicts'} ({ids});"
            f" `reconcile check --update-baseline` removes {'it' if one else 'them'}"
        )
    if result.unread:
        lines.append(
            f"note: {count(len(result.unread), 'baseline entry')} about sources this run was"
            " not given; not judged"
        )
    if accepted and result.without_reason:
        lines.append(
            f"note: {count(len(result.without_reason), 'accepted conflict')}"
            f" {'has' if len(result.without_reason) == 1 else 'have'} no reason yet"
            f" in {baseline}"
        )
    return [printable(line) for line in lines]


def update_lines(done: Update) -> list[str]:
    """What `check --update-baseline` did, entry by entry."""
    path = done.path.as_posix()
    lines = [
        f"wrote {path}: {count(done.total, 'accepted conflict')} ({len(done.added)} added,"
        f" {len(done.changed)} changed, {len(done.unchanged)} unchanged, {len(done.kept)} kept,"
        f" {len(done.dropped)} dropped)"
    ]
    if done.added:
        lines.append(f"  added: {', '.join(done.added)}")
    if done.changed:
        lines.append(f"  accepted again after a change: {', '.join(done.changed)}")
    if done.kept:
        lines.append(f"  kept, their sources were not read in this run: {', '.join(done.kept)}")
    if done.dropped:
        lines.append(f"  dropped, no longer conflicts: {', '.join(done.dropped)}")
    if done.without_reason:
        lines.append(
            f"{count(done.without_reason, 'conflict')} without a reason: write one for each"
            f" in {path}"
        )
    return [printable(line) for line in lines]
