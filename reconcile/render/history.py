"""How a figure moved: a fact's numbers in the order their sources were published.

For a numeric fact whose claims come from sources published on different dates, the
Markdown report lists the figures oldest first, names the latest one, and draws them as a
Mermaid `xychart-beta` line (GitHub renders it), with the same data in a table for readers
without Mermaid. `latest_claim()` picks the newest figure of a fact, for `--latest`.
"""

from __future__ import annotations

import re

from reconcile.kinds import kind_of
from reconcile.models import Claim, Fact, Report, format_number


def dated_claims(report: Report, fact: Fact) -> list[tuple[str, Claim]]:
    """(publication date, claim) for the fact's claims whose source states a date, oldest
    first (then by source path and position, so the order is stable)."""
    dated = []
    for claim_id in fact.claim_ids:
        claim = report.claim(claim_id)
        source = report.source(claim.source_id)
        if source.published:
            dated.append((source.published, source.path, claim.start, claim))
    dated.sort(key=lambda d: (d[0], d[1], d[2]))
    return [(published, claim) for published, _, _, claim in dated]


def latest_claim(report: Report, fact: Fact) -> Claim:
    """The newest figure of a fact: its claim from the latest-published source (the last
    in the source's text when it states several); without any date, its first claim."""
    dated = dated_claims(report, fact)
    return dated[-1][1] if dated else report.claim(fact.claim_ids[0])


def moved(report: Report, fact: Fact) -> bool:
    """True for a numeric fact stated on at least two different publication dates."""
    if not kind_of(fact.kind).numeric:
        return False
    return len({published for published, _ in dated_claims(report, fact)}) >= 2


def history_lines(report: Report, fact: Fact) -> list[str]:
    """The fact's figures in time order: a sentence naming the latest, a table and a chart.
    Empty for a fact that was not stated on two different dates."""
    from reconcile.render.text import escape, fence, highlighted, shorten

    if not moved(report, fact):
        return []
    dated = dated_claims(report, fact)
    undated = len(fact.claim_ids) - len(dated)
    published, newest = dated[-1]
    newest_source = report.source(newest.source_id)
    out = [
        f"How the figure moved: the latest is **{escape(_figure(newest))}**"
        f" ({escape(shorten(newest_source.name, 80))}, {published}).",
        "",
        "| published | source | figure | value |",
        "|---|---|---|---:|",
    ]
    for date, claim in dated:
        source = report.source(claim.source_id)
        out.append(
            f"| {date} | {escape(shorten(source.name, 80))} | {highlighted(claim, 120)}"
            f" | {format_number(_plotted(claim))} |"
        )
    out.append("")
    if undated:
        what = "claim" if undated == 1 else "claims"
        out += [f"({undated} {what} from sources with no date left out.)", ""]
    out += [fence(_chart(fact, dated), "mermaid"), ""]
    return out


def _figure(claim: Claim) -> str:
    return " ".join(claim.quote.split())


def _plotted(claim: Claim) -> float:
    """The number a chart shows for a claim: the value stated (a range's midpoint)."""
    if claim.value is None:
        low, high = claim.interval.low or 0.0, claim.interval.high or claim.interval.low or 0.0
        return (low + high) / 2
    if claim.value_high is not None:
        return (claim.value + claim.value_high) / 2
    return claim.value


def _chart(fact: Fact, dated: list[tuple[str, Claim]]) -> str:
    labels: list[str] = []
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}
    for date, _ in dated:
        label, n = date, next_suffix.get(date, 2)
        while label in taken:  # one point per claim: a second claim of a day gets a suffix
            label, n = f"{date} ({n})", n + 1
        next_suffix[date] = n
        labels.append(label)
        taken.add(label)
    values = [_plotted(claim) for _, claim in dated]
    last = dated[-1][1]
    unit = _text(last.noun_class or last.counted_noun or last.unit or fact.kind)
    return "\n".join(
        [
            "xychart-beta",
            f'    title "{_text(fact.label)}"',
            "    x-axis [" + ", ".join(f'"{label}"' for label in labels) + "]",
            f'    y-axis "{unit}"',
            "    line [" + ", ".join(_number(v) for v in values) + "]",
        ]
    )


def _text(text: str) -> str:
    """Text safe inside a Mermaid double-quoted string: no quotes, brackets or line breaks."""
    cleaned = re.sub(r'["\[\]{}<>#;`\\]', " ", " ".join(text.split()))
    return " ".join(cleaned.split())[:80]


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.6g}"
