"""Why one fact is what it is: its verdict, the match's score and reasons, each claim with
what it means and its context, and the notes."""

from __future__ import annotations

from reconcile.models import Fact, Report
from reconcile.render.common import means_text
from reconcile.render.words import note_lines, reason_lines


def render_fact(report: Report, fact_id: str | None) -> str:
    """The explanation of the fact of the report with this id; LookupError when none has it."""
    fact = next((f for f in report.facts if f.id == fact_id), None)
    if fact is None:
        raise LookupError(f"no fact {fact_id!r} in the report")
    return render_explain(report, fact)


def render_explain(report: Report, fact: Fact) -> str:
    """The explanation of one fact of the report, as plain lines."""
    lines = [
        f"{fact.id}  {fact.label}",
        f"verdict: {fact.verdict}"
        + (f" (gap {fact.relative_gap:.1%})" if fact.relative_gap else ""),
        f"match score: {fact.match.score:.1f}",
    ]
    lines += [f"  because: {reason}" for reason in reason_lines(fact.match)]
    for claim_id in fact.claim_ids:
        claim = report.claim(claim_id)
        source = report.source(claim.source_id)
        lines.append(
            f"  {claim.id} {source.path}[{claim.start}:{claim.end}] “{claim.quote}”"
            f" → {means_text(claim)}"
        )
        context = claim.context
        lines.append(
            f"      place={context.location!r} time={context.time!r}"
            f" attribution={context.attribution!r}"
        )
    lines += [f"  note: {note}" for note in note_lines(fact.notes)]
    return "".join(line + "\n" for line in lines)
