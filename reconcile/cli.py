"""The command line: typer commands kept thin over the Python API.

Arguments become an API call; `ReconcileError`s become a message on stderr and exit code 2
in one place (`_user_errors`). Pass/fail of `check` is computed from the report data.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from reconcile.api import claims_of, run
from reconcile.errors import ReconcileError
from reconcile.render.json import claim_record, render_json
from reconcile.render.markdown import render_markdown
from reconcile.rules import load_rules, rules_reference
from reconcile.sources import load_sources

EXIT_OK = 0
EXIT_CONFLICTS = 1
EXIT_USAGE = 2

DEFAULT_SOURCES = ["seeds"]
DEFAULT_MARKDOWN = Path("reports/report.md")
DEFAULT_JSON = Path("reports/report.json")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Reconcile numeric and named claims across sources and report where they disagree.",
)

PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Source files or folders (default: seeds/).", show_default=False),
]
RulesOpt = Annotated[
    Path | None,
    typer.Option("--rules", help="Folder of rules files layered over the bundled rules."),
]


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn user mistakes into a clear message and exit code 2, never a traceback."""
    try:
        yield
    except ReconcileError as error:
        for problem in error.problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a half-written report never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def link_base(report_path: Path) -> str:
    """The relative path from the report's folder back to the working folder."""
    return Path(os.path.relpath(Path.cwd(), report_path.resolve().parent)).as_posix()


@app.command()
def report(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    out: Annotated[
        Path, typer.Option("--out", help="Markdown report to write.")
    ] = DEFAULT_MARKDOWN,
    json_out: Annotated[Path, typer.Option("--json", help="JSON report to write.")] = DEFAULT_JSON,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Reconcile the sources and write the Markdown and JSON reports."""
    with _user_errors():
        result = run(paths or DEFAULT_SOURCES, rules)
        markdown = render_markdown(result, link_base(out))
        data = render_json(result)
    write_atomic(out, markdown)
    write_atomic(json_out, data)
    if not quiet:
        conflicts = result.facts_with("conflict")
        typer.echo(
            f"{len(result.sources)} sources, {len(result.claims)} claims,"
            f" {len(result.facts)} facts:"
            f" {len(conflicts)} conflicts, {len(result.facts_with('compatible'))} compatible,"
            f" {len(result.facts_with('agree'))} agreements"
        )
        for fact in conflicts[:5]:
            typer.echo(f"  conflict {fact.id}: {fact.label} (gap {fact.relative_gap or 0:.1%})")
        typer.echo(f"wrote {out} and {json_out}")


class ClaimsFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Source files or folders.")],
    rules: RulesOpt = None,
    fmt: Annotated[
        ClaimsFormat, typer.Option("--format", help="Output format.")
    ] = ClaimsFormat.jsonl,
) -> None:
    """Print every extracted claim: one JSON object per line, or a table."""
    with _user_errors():
        rule_set = load_rules(rules)
        sources = load_sources(paths, rule_set)
        found = claims_of(sources, rule_set)
    paths_by_id = {s.id: s.path for s in sources}
    if fmt is ClaimsFormat.jsonl:
        for claim in found:
            record = {"source": paths_by_id[claim.source_id], **claim_record(claim)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    header = ("source", "kind", "quote", "qualifier", "interval", "unit", "noun")
    rows = [header] + [
        (
            paths_by_id[c.source_id].rsplit("/", 1)[-1],
            c.kind,
            c.quote,
            c.qualifier,
            c.interval.notation() if c.kind != "office" else (c.entity_text or ""),
            c.unit,
            c.counted_noun or c.noun_class or "",
        )
        for c in found
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


@app.command()
def explain(
    fact_id: Annotated[str, typer.Argument(help="A fact id from the report, e.g. Fde08af48.")],
    paths: PathsArg = None,
    rules: RulesOpt = None,
) -> None:
    """Show why the claims of one fact were matched and how the verdict was reached."""
    with _user_errors():
        result = run(paths or DEFAULT_SOURCES, rules)
    fact = next((f for f in result.facts if f.id == fact_id), None)
    if fact is None:
        typer.echo(f"error: no fact {fact_id!r}; ids are listed in the report", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(f"{fact.id}  {fact.label}")
    typer.echo(
        f"verdict: {fact.verdict}"
        + (f" (gap {fact.relative_gap:.1%})" if fact.relative_gap else "")
    )
    typer.echo(f"match score: {fact.match.score:.1f}")
    for reason in fact.match.reasons:
        typer.echo(f"  because: {reason}")
    for claim_id in fact.claim_ids:
        claim = result.claim(claim_id)
        source = result.source(claim.source_id)
        where = claim.interval.notation() if claim.kind != "office" else claim.entity_text
        typer.echo(
            f"  {claim.id} {source.path}[{claim.start}:{claim.end}] “{claim.quote}” → {where}"
        )
        context = claim.context
        typer.echo(
            f"      place={context.location!r} time={context.time!r}"
            f" attribution={context.attribution!r}"
        )
    for note in fact.notes:
        typer.echo(f"  note: {note}")


@app.command("rules-doc")
def rules_doc() -> None:
    """Print the reference of every rules file and key."""
    typer.echo(rules_reference())


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
