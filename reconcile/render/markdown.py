"""The Markdown report: conflicts first, then compatible facts and agreements, then claims
stated by one source only, then the sources. Readable on GitHub and in an editor, stable
between runs, every quote linked back to its file and line, source text always escaped.

Source text is untrusted: everything taken from a source (quotes, sentences, names, paths,
metadata, and labels and notes built from them) goes through `escape()` in Markdown, through
`html.escape()` inside HTML, and into fenced blocks only with a fence longer than any
backtick run inside; long text is shortened with an ellipsis, never wrapped.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import quote as percent_encode

from reconcile.kinds import kind_of
from reconcile.models import Claim, Fact, Report, Source, fact_order, format_number
from reconcile.render import decisions, history
from reconcile.render.common import line_of, means_text
from reconcile.render.text import (
    SENTENCE_LIMIT,
    escape,
    escape_block,
    fence,
    highlighted,
    or_dash,
    shorten,
)
from reconcile.render.words import note_lines, reason_lines

_SAFE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
AXIS_WIDTH = 44
LABEL_LIMIT = 120  # characters of a fact label in a heading
QUOTE_LIMIT = 100  # characters of a quote in a diff line
NAME_LIMIT = 40  # characters of a source's file name in pictures


def means_cell(claim: Claim) -> str:
    """The claim's meaning for a table cell: an interval as code, a name escaped."""
    if kind_of(claim.kind).numeric:
        return f"`{value_text(claim)}`"
    return escape(value_text(claim))


_ARTICLE_IN_FILE = re.compile(r"(.+)#(?:row|record|entry)\d+")


def source_link(source: Source, claim: Claim, link_base: str) -> str:
    """`[name:line](relative/path#Lline)`: the quote's place, relative to the report's folder.

    A page read from the web links to its address; an article of a table, archive or feed
    (`FILE#row3`) links to that file; standard input has no link."""
    line = line_of(source, claim.start)
    name, target, to_line = _link_parts(source.name, source.path, link_base)
    label = f"{name}:{line}"
    if target is None:
        return label
    return f"[{label}]({target}#L{line})" if to_line else f"[{label}]({target})"


@lru_cache(maxsize=1024)
def _link_parts(name: str, path: str, link_base: str) -> tuple[str, str | None, bool]:
    """What `source_link` writes of every claim of one source alike: its name escaped, the
    link's target (None for standard input) and whether the target takes the line."""
    shown = escape(shorten(name, 80))
    if _SAFE_URL.fullmatch(path):
        return shown, path, False
    if path == "<stdin>":
        return shown, None, False
    inside = _ARTICLE_IN_FILE.fullmatch(path)
    file = inside.group(1) if inside else path
    target = file if os.path.isabs(file) else os.path.join(link_base, file)
    return shown, percent_encode(target.replace(os.sep, "/"), safe="/._-~"), not inside


def quote_in_sentence(claim: Claim, limit: int = SENTENCE_LIMIT) -> str:
    """The exact quote in “ ” with its number in bold, within its sentence, shortened."""
    sentence = " ".join(claim.sentence.split())
    quote = " ".join(claim.quote.split())
    at = sentence.find(quote)
    if at < 0 or len(quote) > limit:
        return f"“{highlighted(claim, limit)}”"
    before, after = sentence[:at], sentence[at + len(quote) :]
    room = max(0, limit - len(quote)) // 2
    if len(before) > room:
        before = "…" + before[len(before) - room :].split(" ", 1)[-1]
    if len(after) > room:
        after = after[:room].rsplit(" ", 1)[0] + "…"
    return f"{escape(before)}“{highlighted(claim)}”{escape(after)}"


def value_text(claim: Claim) -> str:
    """What the claim means: its interval, or the name it states."""
    return means_text(claim)


def conflict_order(facts: Iterable[Fact]) -> list[Fact]:
    """The facts in report order (`fact_order`): for conflicts, the largest relative gap
    first, conflicts between names (no gap) after; then label, id."""
    return sorted(facts, key=fact_order)


def render_markdown(report: Report, link_base: str = "") -> str:
    """The report as Markdown; `link_base` is the path from the report's folder to the sources'."""
    return "".join(markdown_chunks(report, link_base))


def markdown_chunks(report: Report, link_base: str = "") -> Iterator[str]:
    """`render_markdown(report, link_base)` piece by piece (a few lines or one fact at a
    time), so that a large report is written without holding its text whole."""
    pending = ""  # line breaks held back: the report ends in exactly one
    for lines in _sections(report, link_base):
        text = "".join(f"{line}\n" for line in lines)
        body = text.rstrip("\n")
        if body:
            yield pending + body
            pending = text[len(body) :]
        else:
            pending += text
    yield "\n"


def _sections(report: Report, link_base: str) -> Iterator[list[str]]:
    """The lines of the report, a section or a fact at a time."""
    conflicts = conflict_order(report.facts_with("conflict"))
    compatible = report.facts_with("compatible")
    agree = report.facts_with("agree")
    single = report.facts_with("single")
    out = [
        "# Reconciliation report",
        "",
        "<!-- Generated by `reconcile report`; do not edit by hand. -->",
        "",
        "| sources | claims | facts | conflicts | compatible | agreements | single-source |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {len(report.sources)} | {len(report.claims)} | {len(report.facts)} | {len(conflicts)}"
        f" | {len(compatible)} | {len(agree)} | {len(single)} |",
        "",
        "Conflicts come first, the largest relative gap first; each quote links to its line."
        " In a quote, the words of the claim stand between “ ” and its number is in bold."
        " Intervals: `[` `]` include the end, `(` `)` exclude it, `∞` is an open end.",
        "",
        *(
            f"> **Note:** {escape(str(note))}" + ("  " if i < len(report.notes) - 1 else "\n")
            for i, note in enumerate(report.notes)
        ),
        f"## Conflicts ({len(conflicts)})",
        "",
    ]
    if not conflicts:
        out += ["No conflicts: the sources agree or state different facts.", ""]
    yield out
    for fact in conflicts:
        yield _fact_section(report, fact, link_base)
    for title, facts in (("Compatible", compatible), ("Agreements", agree)):
        yield [f"## {title} ({len(facts)})", ""]
        for fact in facts:
            label = html.escape(shorten(fact.label, LABEL_LIMIT))
            yield [
                "<details>",
                f"<summary>{label} · <code>{html.escape(fact.id)}</code></summary>",
                "",
                *_fact_section(report, fact, link_base, heading=False),
                "</details>",
                "",
            ]
    yield [f"## Stated by one source only ({len(single)})", ""]
    if single:
        yield ["| fact | quote | means | source |", "|---|---|---|---|"]
        for fact in single:
            rows = []
            for claim_id in fact.claim_ids:
                claim = report.claim(claim_id)
                source = report.source(claim.source_id)
                rows.append(
                    f"| {escape(shorten(fact.label, LABEL_LIMIT))} | {highlighted(claim)}"
                    f" | {means_cell(claim)} | {source_link(source, claim, link_base)} |"
                )
            yield rows
        yield [""]
    yield decisions.section(report)
    yield from _sources_section(report.sources)


def _published(source: Source) -> str:
    published = " ".join((source.published or "").split())
    return escape(published) if published else "date unknown"


def _fact_section(report: Report, fact: Fact, link_base: str, heading: bool = True) -> list[str]:
    claims = [report.claim(c) for c in fact.claim_ids]
    label = escape(shorten(fact.label, LABEL_LIMIT))
    out = [f"### {label} · `{fact.id}`", ""] if heading else []
    if fact.relative_gap is not None:
        out += [f"Relative gap: **{fact.relative_gap:.1%}**", ""]
    out += [fence(_diff_lines(report, claims), "diff"), ""]
    out += [
        "| quote | source | published | attribution | means |",
        "|---|---|---|---|---|",
    ]
    for claim in claims:
        source = report.source(claim.source_id)
        out.append(
            f"| {quote_in_sentence(claim)} | {source_link(source, claim, link_base)}"
            f" | {_published(source)} | {escape(or_dash(claim.context.attribution))}"
            f" | {means_cell(claim)} |"
        )
    out.append("")
    out += decisions.on_fact(report, fact)
    out += history.history_lines(report, fact)
    notes = [shorten(note, 600) for note in note_lines(fact.notes) if note.strip()]
    if notes:
        out += ["Notes:", ""] + [f"- {escape_block(note)}" for note in notes] + [""]
    if kind_of(fact.kind).numeric:
        picture = interval_picture(report, claims)
        if picture:
            out += [fence(picture, "text"), ""]
    reasons = escape(shorten("; ".join(reason_lines(fact.match)), 600))
    out += [f"Matched: score {fact.match.score:.0f}; {reasons}", ""]
    return out


def _diff_lines(report: Report, claims: list[Claim]) -> str:
    rows = []
    values = [value_text(claim) for claim in claims]
    signs = _signs(claims, values)
    for claim, value in zip(claims, values, strict=True):
        source = report.source(claim.source_id)
        name = shorten(source.name, NAME_LIMIT * 2)
        label = (
            f"{name} ({source.published or 'date unknown'}): {shorten(claim.quote, QUOTE_LIMIT)}"
        )
        rows.append((signs[claim.id], " ".join(label.split()), value))
    width = max(len(r[1]) for r in rows)
    return "\n".join(f"{sign} {text.ljust(width)}  {value}" for sign, text, value in rows)


def _signs(claims: list[Claim], values: list[str]) -> dict[str, str]:
    # The first source's reading is '-', every other reading '+', like a diff of versions
    # (`values`: each claim's `value_text`, read once).
    first_source = claims[0].source_id
    first_value = values[0]
    return {
        c.id: "-" if c.source_id == first_source or value == first_value else "+"
        for c, value in zip(claims, values, strict=True)
    }


def interval_picture(report: Report, claims: list[Claim]) -> str:
    """The intervals of the claims drawn on one axis, in plain text."""
    ends = [x for c in claims for x in (c.interval.low, c.interval.high) if x is not None]
    if not ends:
        return ""
    lo, hi = min(ends), max(ends)
    span = hi - lo or abs(hi) or 1.0
    lo, hi = lo - span * 0.1, hi + span * 0.1
    names = [" ".join(report.source(c.source_id).name.split()) for c in claims]
    pad = min(max(len(n) for n in names), NAME_LIMIT)

    def col(x: float) -> int:
        return round((x - lo) / (hi - lo) * (AXIS_WIDTH - 1))

    lines = []
    for claim, name in zip(claims, names, strict=True):
        row = [" "] * AXIS_WIDTH
        a = 0 if claim.interval.low is None else col(claim.interval.low)
        b = AXIS_WIDTH - 1 if claim.interval.high is None else col(claim.interval.high)
        for i in range(a, b + 1):
            row[i] = "="
        row[a] = "<" if claim.interval.low is None else ("[" if claim.interval.low_closed else "(")
        row[b] = (
            ">" if claim.interval.high is None else ("]" if claim.interval.high_closed else ")")
        )
        if a == b:
            row[a] = "|"
        lines.append(f"{name[:pad].ljust(pad)}  {''.join(row)}")
    marks = [" "] * AXIS_WIDTH
    marks[col(min(ends))] = "^"
    marks[col(max(ends))] = "^"
    lines.append(f"{''.ljust(pad)}  {''.join(marks)}")
    left = format_number(min(ends))
    right = format_number(max(ends))
    start_right = max(col(max(ends)) - len(right) + 1, col(min(ends)) + len(left) + 1)
    text_row = [" "] * (max(AXIS_WIDTH, start_right + len(right)))
    for i, ch in enumerate(left):
        text_row[col(min(ends)) + i] = ch
    if max(ends) != min(ends):
        for i, ch in enumerate(right):
            text_row[start_right + i] = ch
    lines.append(f"{''.ljust(pad)}  {''.join(text_row).rstrip()}")
    return "\n".join(line.rstrip() for line in lines)


def _url(url: str | None) -> str:
    if not url or not url.strip():
        return "—"
    if _SAFE_URL.fullmatch(url):
        return f"<{url}>"
    return escape(shorten(url, 200))


def _sources_section(sources: Iterable[Source]) -> Iterator[list[str]]:
    yield [
        "## Sources",
        "",
        "| id | file | title | outlet | published | author | url |",
        "|---|---|---|---|---|---|---|",
    ]
    for source in sources:
        yield [
            f"| `{source.id}` | {escape(shorten(source.path, 200))}"
            f" | {escape(shorten(or_dash(source.title), 200))}"
            f" | {escape(shorten(or_dash(source.outlet), 100))} | {_published(source)}"
            f" | {escape(shorten(or_dash(source.author), 100))} | {_url(source.url)} |"
        ]
    yield [""]
