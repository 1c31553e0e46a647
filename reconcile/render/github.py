"""GitHub Actions output of a check: workflow-command annotations and a step summary.

Every file name and quote is escaped for the workflow-command syntax (`%`, newlines) and
for the terminal (control characters), so no source can issue a command of its own.
`annotations()` emits one `::error` per claim that is not accepted, on the file and line of
its quote, so the pull request shows it next to the source; `::warning` for baseline entries
that no longer match a conflict. `step_summary()` is Markdown for `$GITHUB_STEP_SUMMARY`.
"""

from __future__ import annotations

from reconcile.check import CheckResult, Finding
from reconcile.render.terminal import printable
from reconcile.render.text import escape
from reconcile.render.words import count


def _data(text: str) -> str:
    # Workflow-command message escaping (actions/toolkit `escapeData`); other control
    # characters (a terminal escape in a quote or a file name) are shown as escapes.
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    # Property values also escape ':' and ',' (actions/toolkit `escapeProperty`).
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def describe(finding: Finding) -> str:
    """One line naming the conflict: label, and what each source says."""
    said = "; ".join(
        f"{r.source.rsplit('/', 1)[-1]} says “{r.quote}” {r.means}" for r in finding.readings
    )
    return f"{finding.fact.label}: {said}"


def render_annotations(result: CheckResult) -> str:
    """Workflow commands for GitHub Actions, one per line (empty when nothing to flag)."""
    lines = []
    for finding in result.failing:
        gap = finding.fact.relative_gap
        what = "new conflict" if finding.status == "new" else "accepted conflict changed"
        title = f"reconcile: {what} {finding.fact.id}" + (f" (gap {gap:.1%})" if gap else "")
        for reading in finding.unaccepted:
            lines.append(
                f"::error file={_property(reading.source)},line={reading.line},"
                f"title={_property(title)}::{_data(describe(finding))}"
            )
    for entry in result.stale:
        lines.append(
            f"::warning file={_property(result.baseline.path.as_posix())},line={entry.line},"
            f"title={_property('reconcile: baseline entry no longer a conflict')}::"
            + _data(
                f"{entry.id} {entry.label} is no longer a conflict;"
                " remove it with `reconcile check --update-baseline`"
            )
        )
    return "".join(line + "\n" for line in lines)


def step_summary(result: CheckResult) -> str:
    """A Markdown summary of the check for the job's summary page."""
    failing = result.failing
    accepted = [f for f in result.findings if f.status == "accepted"]
    mark = "❌" if failing else "✅"
    out = [
        f"## {mark} reconcile check",
        "",
        f"{count(len(result.findings), 'conflict')}: {len(failing)} not accepted,"
        f" {len(accepted)} accepted in `{escape(result.baseline.path.as_posix())}`.",
        "",
    ]
    if failing:
        out += [
            "| fact | status | source | quote | means |",
            "|---|---|---|---|---|",
        ]
        for finding in failing:
            status = "new" if finding.status == "new" else "changed"
            for reading in finding.readings:
                flag = " (not accepted)" if reading in finding.unaccepted else ""
                out.append(
                    f"| {escape(finding.fact.label)} `{finding.fact.id}` | {status}{flag}"
                    f" | {escape(reading.source)}:{reading.line} | {escape(reading.quote)}"
                    f" | {escape(reading.means)} |"
                )
        out += [
            "",
            "Accept them with `reconcile check --update-baseline`, write a `reason` for each,"
            " and commit the baseline.",
            "",
        ]
    if result.stale:
        entries = count(len(result.stale), "baseline entry")
        verb = "matches" if len(result.stale) == 1 else "match"
        out += [f"{entries} no longer {verb} a conflict.", ""]
    return "\n".join(out)
