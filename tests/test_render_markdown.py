"""The Markdown report, read back with a CommonMark + GFM-tables parser (markdown-it-py).

The report is built from hand-made `Report` values (so these tests do not move when the
extraction rules change) and, at the end, from short news texts through the whole pipeline.
Hostile source text — pipes, backticks, emphasis, HTML, link syntax, fences, long lines —
must never change the structure: the same sections, tables with the same cells, the same
links, and the source text coming back out of the parser unchanged.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote as percent_encode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.models import Claim, Context, Fact, Interval, Match, Report, Source, Verdict
from reconcile.reasons import (
    ContextDiffers,
    ContextField,
    DateNotResolved,
    Note,
    PlacesStated,
    Reason,
    SameBlock,
    SameSubject,
)
from reconcile.render.markdown import render_markdown

PARSER = MarkdownIt("commonmark").enable("table")


# ---------------------------------------------------------------- building reports by hand


@dataclass
class Said:
    """One source's claim in a hand-made fact."""

    path: str
    quote: str
    low: float | None
    high: float | None
    before: str = "Officials said "
    after: str = " were at the border."
    published: str | None = None
    attribution: str | None = None
    low_closed: bool = True
    high_closed: bool = True


def make_report(
    facts: list[tuple[str, Verdict, float | None, list[Said]]],
    notes: tuple[Note, ...] = (DateNotResolved(("Tuesday",)),),
    reasons: tuple[Reason, ...] = (SameBlock("count", "military personnel", None),),
    metadata: dict[str, str | None] | None = None,
) -> Report:
    """A report whose facts state exactly the given claims, each source a file of its own."""
    sources: dict[str, Source] = {}
    claims: list[Claim] = []
    built: list[Fact] = []
    for number, (label, verdict, gap, said) in enumerate(facts):
        ids = []
        for index, item in enumerate(said):
            source_id = "S" + format(abs(hash(item.path)) % 16**8, "08x")
            text_before = sources[item.path].text if item.path in sources else "Headline\n\n"
            sentence = item.before + item.quote + item.after
            start = len(text_before) + len(item.before)
            text = text_before + sentence + "\n"
            meta = metadata or {}
            sources[item.path] = Source(
                id=source_id,
                path=item.path,
                text=text,
                published=item.published,
                title=meta.get("title"),
                outlet=meta.get("outlet"),
                url=meta.get("url"),
                author=meta.get("author"),
            )
            claim_id = f"C{number:03d}{index:03d}"
            ids.append(claim_id)
            claims.append(
                Claim(
                    id=claim_id,
                    source_id=source_id,
                    kind="count",
                    quote=item.quote,
                    start=start,
                    end=start + len(item.quote),
                    sentence=sentence,
                    value=item.low,
                    qualifier="exact",
                    interval=Interval(item.low, item.high, item.low_closed, item.high_closed),
                    unit="person",
                    dimension="count",
                    counted_noun="troops",
                    noun_class="military personnel",
                    change=None,
                    context=Context(attribution=item.attribution),
                )
            )
        built.append(
            Fact(
                id=f"F{number:08x}",
                label=label,
                kind="count",
                claim_ids=tuple(ids),
                verdict=verdict,
                relative_gap=gap,
                notes=notes if verdict != "single" else (),
                match=Match(90.0, reasons),
            )
        )
    ordered = sorted(sources.values(), key=lambda s: s.path)
    return Report(sources=tuple(ordered), claims=tuple(claims), facts=tuple(built))


def two_sided(label: str, verdict: Verdict, gap: float | None, a: str, b: str) -> tuple:
    return (
        label,
        verdict,
        gap,
        [
            Said(
                "sources/a.txt",
                f"over {a} troops",
                float(a.replace(",", "")),
                None,
                low_closed=False,
            ),
            Said("sources/b.txt", f"about {b} troops", float(b.replace(",", "")) * 0.95, 1e5),
        ],
    )


# ---------------------------------------------------------------- reading Markdown back


def inline_text(token: Token) -> str:
    """The text a reader sees in an inline token: text, code and entities, markup dropped."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def tables(tokens: list[Token]) -> list[list[list[Token]]]:
    """Each table as rows of cells, a cell being its inline token."""
    found: list[list[list[Token]]] = []
    row: list[Token] = []
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(tokens[i + 1])
        elif token.type == "tr_close":
            found[-1].append(row)
    return found


def headings(tokens: list[Token], tag: str) -> list[str]:
    return [
        inline_text(tokens[i + 1])
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag
    ]


def fences(tokens: list[Token], info: str) -> list[str]:
    return [t.content for t in tokens if t.type == "fence" and t.info == info]


def links(tokens: list[Token]) -> list[tuple[str, str]]:
    """(href, text) of every link."""
    out = []
    for token in tokens:
        children = token.children or []
        for i, child in enumerate(children):
            if child.type == "link_open":
                text = []
                for inner in children[i + 1 :]:
                    if inner.type == "link_close":
                        break
                    text.append(inner.content)
                out.append((str(child.attrs["href"]), "".join(text)))
    return out


def folded(text: str) -> str:
    return " ".join(text.split())


def shows(rendered: str, original: str | None) -> bool:
    """The rendered cell shows the original text, whole or shortened with '…' (or '—')."""
    rendered, wanted = folded(rendered), folded(original or "") or "—"
    if rendered.endswith("…"):
        return wanted.startswith(rendered[:-1].rstrip())
    return rendered == wanted


# ---------------------------------------------------------------- structure


def test_sections_in_order_with_counts() -> None:
    report = make_report(
        [
            two_sided("troops small gap", "conflict", 0.05, "100,000", "90,000"),
            two_sided("troops big gap", "conflict", 0.5, "200,000", "90,000"),
            two_sided("tanks", "compatible", None, "1,000", "1,200"),
            (
                "aircraft",
                "single",
                None,
                [Said("sources/a.txt", "40 aircraft", 40, 40)],
            ),
        ]
    )
    tokens = PARSER.parse(render_markdown(report, ".."))
    assert headings(tokens, "h1") == ["Reconciliation report"]
    assert headings(tokens, "h2") == [
        "Conflicts (2)",
        "Compatible (1)",
        "Agreements (0)",
        "Stated by one source only (1)",
        "Sources",
    ]
    # Largest relative gap first, whatever order the facts came in.
    assert [h.split(" · ")[0] for h in headings(tokens, "h3")] == [
        "troops big gap",
        "troops small gap",
    ]
    summary = tables(tokens)[0]
    assert [inline_text(c) for c in summary[0]][:4] == ["sources", "claims", "facts", "conflicts"]
    assert [inline_text(c) for c in summary[1]] == ["2", "7", "4", "2", "1", "0", "1"]
    # The compatible fact is folded away in <details>.
    blocks = [t.content for t in tokens if t.type == "html_block"]
    assert any(b.startswith("<details>\n<summary>tanks · <code>") for b in blocks)
    assert blocks.count("</details>\n") == 1


def test_conflict_has_diff_table_notes_picture_and_links() -> None:
    report = make_report(
        [two_sided("military personnel at the border", "conflict", 0.055, "100,000", "90,000")],
        notes=(
            ContextDiffers(
                ContextField.SCOPE, (("a.txt", "at the border"), ("b.txt", "and in Crimea"))
            ),
        ),
    )
    tokens = PARSER.parse(render_markdown(report, ".."))
    (diff,) = fences(tokens, "diff")
    lines = diff.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("- a.txt (date unknown): over 100,000 troops")
    assert lines[0].endswith("(100,000, ∞)")
    assert lines[1].startswith("+ b.txt (date unknown): about 90,000 troops")
    (picture,) = fences(tokens, "text")
    assert picture.splitlines()[0].startswith("a.txt") and "(" in picture and ">" in picture
    fact_table = tables(tokens)[1]
    header = [inline_text(c) for c in fact_table[0]]
    assert header == ["quote", "source", "published", "attribution", "means"]
    first = fact_table[1]
    assert (
        folded(inline_text(first[0])) == "Officials said “over 100,000 troops” were at the border."
    )
    strong = [c.content for c in first[0].children or [] if c.type == "text"]
    bold = (first[0].children or [])[
        [c.type for c in first[0].children or []].index("strong_open") + 1
    ]
    assert bold.content == "100,000" and strong
    assert inline_text(first[4]) == "(100,000, ∞)"
    assert links(tokens)[:2] == [
        ("../sources/a.txt#L3", "a.txt:3"),
        ("../sources/b.txt#L3", "b.txt:3"),
    ]
    items = [inline_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "list_item_open"]
    assert items == ["different scope: a.txt: “at the border”; b.txt: “and in Crimea”"]


def test_no_timestamps_and_same_bytes_for_equal_reports() -> None:
    facts = [two_sided("troops", "conflict", 0.1, "100,000", "80,000")]
    first = render_markdown(make_report(facts), "..")
    assert first == render_markdown(make_report(facts), "..")
    assert not re.search(r"\d{4}-\d\d-\d\dT|\d\d:\d\d:\d\d", first)


# ---------------------------------------------------------------- hostile source text

PIECES = [
    "|", "\\|", "`", "```", "*", "**", "_", "[", "]", "(", ")", "<", ">", "!", "#", "~", "&",
    "$", "\\", "-", "+", "1.", "=", "{", "}", ":", "'", '"', " ", "  ", "\n", "\t", "\r\n",
    "<script>alert(1)</script>", "<details>", "</details>", "<!--", "-->", "[x](http://e.v)",
    "![i](x.png)", "&amp;", "&#42;", "| --- |", "<b>", "x", "Troops", "9", "100,000", "é",
    "www.e.vil", "\u2028",
]  # fmt: skip
hostile = st.lists(st.sampled_from(PIECES), min_size=0, max_size=12).map("".join)
hostile_quote = st.tuples(hostile, st.sampled_from(["100,000", "ninety", "9"]), hostile).map(
    lambda t: f"{t[0]}{t[1]}{t[2]}"
)
hostile_name = st.lists(
    st.sampled_from([p for p in PIECES if "\n" not in p and p.strip() and "\\" not in p]),
    min_size=1,
    max_size=5,
).map(lambda parts: "".join(parts).replace("/", "") + ".txt")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    quote_a=hostile_quote,
    quote_b=hostile_quote,
    before=hostile,
    after=hostile,
    name=hostile_name,
    label=hostile,
    note=hostile,
    reason=hostile,
    attribution=hostile,
    meta=hostile,
)
def test_hostile_source_text_never_changes_the_structure(
    quote_a: str,
    quote_b: str,
    before: str,
    after: str,
    name: str,
    label: str,
    note: str,
    reason: str,
    attribution: str,
    meta: str,
) -> None:
    label = label or "x"
    said = [
        Said(f"in/{name}", quote_a, 1.0, 2.0, before, after, attribution=attribution),
        Said("in/other.txt", quote_b, 5.0, None, after, before, published=meta or None),
    ]
    report = make_report(
        [
            (label, "conflict", 0.5, said),
            (label, "agree", None, said),
            (label, "single", None, [said[0]]),
        ],
        notes=(PlacesStated((note if note.strip() else "n",)), PlacesStated(("second note",))),
        reasons=(SameSubject((reason,)),),
        metadata={"title": meta, "outlet": meta, "author": meta, "url": meta},
    )
    text = render_markdown(report, "..")
    tokens = PARSER.parse(text)

    assert headings(tokens, "h2") == [
        "Conflicts (1)",
        "Compatible (0)",
        "Agreements (1)",
        "Stated by one source only (1)",
        "Sources",
    ]
    (h3,) = headings(tokens, "h3")
    assert folded(h3).endswith(f"· {report.facts[0].id}")
    assert folded(label)[:100] in folded(h3) or "…" in h3

    # Only the report's own HTML: the comment, <details> with its <summary>, </details>.
    blocks = [t.content for t in tokens if t.type == "html_block"]
    assert len(blocks) == 3
    assert blocks[0].startswith("<!-- Generated")
    assert re.fullmatch(r"<details>\n<summary>[^<>]*<code>F\w+</code></summary>\n", blocks[1])
    assert blocks[2] == "</details>\n"
    summary = re.search(r"<summary>(.*) · <code>", blocks[1])
    assert summary and html.unescape(summary.group(1)).rstrip("…") in folded(label)
    assert not [c for t in tokens for c in t.children or [] if c.type == "html_inline"]
    assert not [c for t in tokens for c in t.children or [] if c.type == "image"]

    # Tables: summary, the conflict's, the agreement's, single-source, sources; whole rows.
    found = tables(tokens)
    assert [len(t) for t in found] == [2, 3, 3, 2, 3]
    for table in found:
        assert len({len(row) for row in table}) == 1, "a cell leaked into the next"
    for table in found[1:3]:
        for row, item in zip(table[1:], said, strict=True):
            cell = folded(inline_text(row[0]))
            quoted = re.search(r"“(.*)”", cell)
            assert quoted and shows(quoted.group(1), item.quote)
            if quoted.group(1) == folded(item.quote):
                assert shows(cell[: quoted.start()] + "…", item.before) or cell.startswith("…")
            assert shows(inline_text(row[3]), item.attribution)
    for row in found[4][1:]:
        assert all(shows(inline_text(cell), meta) for cell in row[2:4])

    # Fences: two diffs of two lines each, two pictures; nothing else became a code block.
    diffs = fences(tokens, "diff")
    assert len(diffs) == 2 and all(len(d.splitlines()) == 2 for d in diffs)
    assert len(fences(tokens, "text")) == 2
    assert [t.type for t in tokens if t.type in ("code_block", "fence")].count("code_block") == 0

    # Links: one per quote row, to the file and line, with the file name as text.
    first = report.claim(report.facts[0].claim_ids[0])
    line = report.source(first.source_id).text.count("\n", 0, first.start) + 1
    expected_target = "../" + percent_encode(f"in/{name}", safe="/._-~") + f"#L{line}"
    quote_links = [link for link in links(tokens) if link[0].startswith("../")]
    assert len(quote_links) == 5
    target, shown = quote_links[0]
    assert target == expected_target
    if len(folded(name)) <= 80:
        assert shown == f"{folded(name)}:{line}"
    else:  # a long file name is cut at 80 characters with an ellipsis, the line kept
        cut = shown.removesuffix(f":{line}")
        assert cut.endswith("…") and len(cut) <= 80
        assert folded(name).startswith(cut[:-1].rstrip())

    # Notes are list items with their text intact; no other lists appear.
    items = [inline_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "list_item_open"]
    first_note = folded("places stated: " + (note if note.strip() else "n"))
    assert [folded(i) for i in items] == [first_note, "places stated: second note"] * 2


def test_very_long_source_text_is_folded() -> None:
    long_quote = "over 100,000 troops " + "and more words " * 60
    said = [
        Said("sources/a.txt", long_quote.strip(), 1e5, None, "x " * 300, " y" * 300),
        Said("sources/b.txt", "about 90,000 troops", 85_500, 94_500),
    ]
    text = render_markdown(make_report([("x" * 500, "conflict", 0.05, said)]), "..")
    diff = fences(PARSER.parse(text), "diff")[0]
    assert max(len(line) for line in diff.splitlines()) < 200
    assert max(len(line) for line in text.splitlines()) < 700
    assert "…" in text


# ---------------------------------------------------------------- through the pipeline

ARTICLES = {
    "wire.txt": "Troops mass at border\n\nPublished January 6, 2022\n\n"
    "Russia has deployed over 100,000 troops at the Ukrainian border, a US official said.\n",
    "daily.md": "---\ntitle: 'Border | tensions <b>rise</b> `now`'\noutlet: The *Daily*\n---\n"
    "Russia has positioned about 90,000 troops at the Ukrainian border, officials said.\n",
    "weekly.txt": "A *bold* [claim](http://evil.example) | with pipes\n\n"
    "Russia has sent 60,000 troops to the Ukrainian border, according to <i>analysts</i>.\n",
}


@pytest.fixture
def articles(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "sources").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_report_from_sources_parses_and_links_resolve(articles: Path) -> None:
    result = CliRunner().invoke(app, ["report", "sources", "-q"])
    assert result.exit_code == 0, result.output
    text = (articles / "reports" / "report.md").read_text(encoding="utf-8")
    tokens = PARSER.parse(text)
    assert headings(tokens, "h2")[-1] == "Sources"
    sources_table = tables(tokens)[-1]
    titles = [folded(inline_text(row[2])) for row in sources_table[1:]]
    assert "Border | tensions <b>rise</b> `now`" in titles
    for href, label in links(tokens):
        if href.startswith("http"):
            continue
        path, _, line = href.partition("#L")
        target = (articles / "reports" / path).resolve()
        assert target.is_file(), href
        assert label == f"{target.name}:{line}"
        assert 1 <= int(line) <= len(target.read_text(encoding="utf-8").splitlines())
    assert not [c for t in tokens for c in t.children or [] if c.type == "html_inline"]


def test_same_bytes_in_any_source_order(articles: Path) -> None:
    runner = CliRunner()
    orders = [
        ["sources/wire.txt", "sources/daily.md", "sources/weekly.txt"],
        ["sources/weekly.txt", "sources/wire.txt", "sources/daily.md"],
        ["sources/daily.md", "sources/weekly.txt", "sources/wire.txt"],
    ]
    outputs = []
    for index, order in enumerate(orders):
        out, data = f"r{index}/report.md", f"r{index}/report.json"
        result = runner.invoke(app, ["report", *order, "--out", out, "--json", data, "-q"])
        assert result.exit_code == 0, result.output
        outputs.append(((articles / out).read_bytes(), (articles / data).read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_claims_line_is_the_same_counted_or_read_from_the_line_starts() -> None:
    """Short sources count the line breaks before the offset; long ones, and text read
    out of a page (its own line map), read their line starts: the same line either way."""
    from reconcile.models import Source
    from reconcile.render.common import COUNTED_TEXT, line_of

    short = Source("s1", "a.txt", "one\ntwo\n\nfour\n")
    assert [line_of(short, at) for at in (0, 3, 4, 8, 9, 13, 14)] == [1, 1, 2, 3, 4, 4, 5]
    long_text = "x" * COUNTED_TEXT + "\nlast line\n"
    long = Source("s2", "b.txt", long_text)
    assert [line_of(long, at) for at in (0, COUNTED_TEXT, COUNTED_TEXT + 1)] == [1, 1, 2]
    page = Source("s3", "c.html", "one\ntwo", line_map=((0, 7), (4, 9)))
    assert [line_of(page, at) for at in (0, 3, 4, 6)] == [7, 7, 9, 9]
    for source in (short, long, page):
        for at in range(0, len(source.text) + 1, 997 if source is long else 1):
            assert line_of(source, at) == source.line_of(at)
