"""Review decisions in the Markdown report: a line on each fact that carries one, and a
section listing every decision, with those that no longer apply asking for review again."""

from __future__ import annotations

from reconcile.models import Decided, Fact, Report

_VERB = {
    "accept": "accepted",
    "noise": "set aside as noise",
    "split": "split apart",
    "merge": "merged",
}


def on_fact(report: Report, fact: Fact) -> list[str]:
    """`Reviewed: accepted — reason` lines for the decisions that apply to this fact."""
    from reconcile.render.text import escape

    out = []
    for decided in report.decisions:
        if decided.applies and fact.id in decided.fact_ids:
            reason = f" — {escape(decided.reason)}" if decided.reason.strip() else ""
            out.append(f"Reviewed: **{_VERB[decided.action]}**{reason}")
    return [*out, ""] if out else []


def section(report: Report) -> list[str]:
    """`## Review decisions (N)`: every decision, where it applies, and why; empty without."""
    from reconcile.render.text import escape, shorten

    if not report.decisions:
        return []
    waiting = sum(1 for d in report.decisions if not d.applies)
    count = len(report.decisions)
    out = [f"## Review decisions ({count})", ""]
    if waiting:
        what = "decision no longer applies" if waiting == 1 else "decisions no longer apply"
        out += [f"{waiting} {what}: a source now states something else; review again.", ""]
    out += ["| decision | fact | now | reason |", "|---|---|---|---|"]
    for decided in sorted(report.decisions, key=_order):
        now = ", ".join(f"`{f}`" for f in decided.fact_ids) if decided.applies else "—"
        if not decided.applies:
            now = "**no longer applies: review again**"
        elif decided.action == "noise":
            now = "; ".join(escape(shorten(c, 80)) for c in decided.claims) or "—"
        label = escape(shorten(decided.label, 80))
        out.append(
            f"| {_VERB[decided.action]} | {label} · `{escape(decided.decided_on)}` | {now}"
            f" | {escape(decided.reason) or '—'} |"
        )
    out.append("")
    return out


def _order(decided: Decided) -> tuple[bool, str, str]:
    return (decided.applies, decided.decided_on, decided.action)
