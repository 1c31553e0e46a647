"""The command line: typer commands kept thin over the Python API.

Arguments become an API call; `ReconcileError`s become a message on stderr and exit code 2
in one place (`_user_errors`). Pass/fail of `check` is computed from the report data.
"""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console, RenderableType
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from reconcile.api import claims_of, run
from reconcile.check import DEFAULT_BASELINE, baseline_text, check, load_baseline
from reconcile.cli_inputs import (
    CacheOpt,
    ColumnsOpt,
    DelayOpt,
    KindOpt,
    MinGapOpt,
    NoCacheOpt,
    SourceOpt,
    UrlsOpt,
    filters_given,
    input_options,
    sources_given,
)
from reconcile.cli_review import DecisionsOpt, decide, decisions_line, load_for_run, review
from reconcile.cli_tables import OutOpt, emit_table, facts
from reconcile.errors import ReconcileError
from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.render import Format, Options, render
from reconcile.render.github import render_annotations, step_summary
from reconcile.render.terminal import check_lines, report_lines, report_renderable, wants_plain
from reconcile.render.words import count
from reconcile.rules import load_rules, rules_reference
from reconcile.sources import collect_paths

if TYPE_CHECKING:
    from reconcile.decisions import Decisions
    from reconcile.inputs import InputOptions

EXIT_OK = 0
EXIT_CONFLICTS = 1
EXIT_USAGE = 2

DEFAULT_SOURCES = ["seeds"]
DEFAULT_MARKDOWN = Path("reports/report.md")
DEFAULT_JSON = Path("reports/report.json")
PROGRESS_THRESHOLD = 20  # sources; fewer are read too fast for a bar to help
DIFF_LIMIT = 60  # lines of diff shown by `report --check`

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Reconcile numeric and named claims across sources and report where they disagree.",
)


def _version(value: bool) -> None:
    if value:
        from reconcile import __version__

        typer.echo(f"reconcile {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Reconcile numeric and named claims across sources and report where they disagree.

    Examples:

      reconcile report articles/

      reconcile check sources/ --format github
    """


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Source files or folders, web addresses, feeds, tables (.csv, .jsonl, .parquet),"
        " web archives (.warc) or - for standard input (default: seeds/).",
        show_default=False,
    ),
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
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        typer.echo(f"error: cannot write{where}: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a half-written report never replaces a good one."""
    write_all_atomic({path: text})


def write_all_atomic(files: dict[Path, str]) -> None:
    """Write several files whole or not at all: every text goes to a temporary file next to
    its target first, and only when all are written do they replace their targets."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                raise IsADirectoryError(21, "is a folder, give a file name", str(path))
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((Path(name), path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        for temporary, path in staged:
            os.replace(temporary, path)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def link_base(report_path: Path) -> str:
    """The relative path from the report's folder back to the working folder."""
    return Path(os.path.relpath(Path.cwd(), report_path.resolve().parent)).as_posix()


def _run(
    paths: list[str] | None,
    rules: Path | None,
    console: Console | None,
    inputs: InputOptions | None = None,
    decisions: Decisions | None = None,
) -> Report:
    """`api.run`, with a progress bar on a terminal when there are many sources."""
    from reconcile.inputs import is_special

    given = paths or DEFAULT_SOURCES
    if console is None or not console.is_terminal or any(is_special(p) for p in given):
        return run(given, rules, inputs=inputs, decisions=decisions)
    rule_set = load_rules(rules)
    total = len(collect_paths(given, rule_set))
    if total < PROGRESS_THRESHOLD:
        return run(given, rules, rule_set, inputs=inputs, decisions=decisions)
    with Progress(
        TextColumn("Reading sources"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("sources", total=total)

        def update(done: int, of: int) -> None:
            bar.update(task, completed=done, total=of)

        return run(given, rules, rule_set, progress=update, inputs=inputs, decisions=decisions)


def _show(console: Console, plain: bool, lines: list[str], rich: RenderableType | None) -> None:
    if plain or rich is None:
        for line in lines:
            typer.echo(line)
    else:
        console.print(rich)


def _diff(path: Path, expected: str) -> list[str]:
    """What would change in `path`, as a short unified diff (empty when it is up to date)."""
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [f"{path.as_posix()}: missing"]
    except (OSError, UnicodeDecodeError) as error:
        return [f"{path.as_posix()}: cannot be read ({error})"]
    if current == expected:
        return []
    diff = difflib.unified_diff(
        current.splitlines(),
        expected.splitlines(),
        f"{path.as_posix()} (committed)",
        f"{path.as_posix()} (from the sources now)",
        lineterm="",
    )
    lines = list(diff)
    if len(lines) > DIFF_LIMIT:
        lines = [*lines[:DIFF_LIMIT], f"… {len(lines) - DIFF_LIMIT} more diff lines"]
    return lines


@app.command()
def report(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    out: Annotated[
        Path, typer.Option("--out", help="Markdown report to write.")
    ] = DEFAULT_MARKDOWN,
    json_out: Annotated[Path, typer.Option("--json", help="JSON report to write.")] = DEFAULT_JSON,
    check_only: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 when the reports on disk differ from what the sources"
            " produce now (like a formatter's --check).",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    urls: UrlsOpt = None,
    columns: ColumnsOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    decisions: DecisionsOpt = None,
    kind: KindOpt = None,
    min_gap: MinGapOpt = None,
    source: SourceOpt = None,
) -> None:
    """Reconcile the sources and write the Markdown and JSON reports.

    Examples:

      reconcile report articles/ --out reports/report.md

      reconcile report https://example.org/a https://example.com/b --kind count --min-gap 5%
    """
    from reconcile.filters import filter_report

    console = Console()
    with _user_errors():
        specs = sources_given(paths, urls, "report")
        inputs = input_options(columns, cache, no_cache, delay)
        decided = load_for_run(decisions)
        wanted = filters_given(kind, min_gap, source)
        result = _run(specs, rules, None if quiet else console, inputs, decided)
        result = filter_report(result, wanted)
        markdown = render(result, Format.markdown, Options(link_base=link_base(out)))
        data = render(result, Format.json)
    if check_only:
        stale = [
            lines
            for path, text in ((out, markdown), (json_out, data))
            if (lines := _diff(path, text))
        ]
        if not stale:
            if not quiet:
                typer.echo(f"{out.as_posix()} and {json_out.as_posix()} are up to date")
            return
        if not quiet:
            for lines in stale:
                for line in lines:
                    typer.echo(line)
            typer.echo("the reports are out of date: run `reconcile report` and commit them")
        raise typer.Exit(EXIT_CONFLICTS)
    with _user_errors():
        write_all_atomic({out: markdown, json_out: data})
    if not quiet:
        written = [out.as_posix(), json_out.as_posix()]
        plain = wants_plain(console.is_terminal)
        _show(
            console,
            plain,
            report_lines(result, written),
            None if plain else report_renderable(result, written),
        )
        if summary := decisions_line(result):
            typer.echo(summary)


class CheckFormat(StrEnum):
    """How `check` reports: plain text, or GitHub Actions annotations plus the text."""

    text = "text"
    github = "github"


@app.command("check")
def check_command(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help=f"TOML file of accepted conflicts (default: {DEFAULT_BASELINE.as_posix()}).",
            show_default=False,
        ),
    ] = None,
    update: Annotated[
        bool,
        typer.Option(
            "--update-baseline",
            help="Accept every current conflict: write them to the baseline, keeping reasons.",
        ),
    ] = False,
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", help="text, or github for GitHub Actions annotations."),
    ] = CheckFormat.text,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing but errors; the exit code tells.")
    ] = False,
    urls: UrlsOpt = None,
    columns: ColumnsOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    decisions: DecisionsOpt = None,
    kind: KindOpt = None,
    min_gap: MinGapOpt = None,
    source: SourceOpt = None,
) -> None:
    """Exit 1 when a conflict is not accepted in the baseline (0 when all are, 2 on bad input).

    Examples:

      reconcile check sources/ --format github

      reconcile check sources/ --update-baseline
    """
    from reconcile.errors import InputError
    from reconcile.filters import filter_report

    baseline_path = baseline or DEFAULT_BASELINE
    with _user_errors():
        wanted = filters_given(kind, min_gap, source)
        if wanted and update:
            raise InputError.single(
                "--update-baseline",
                "accepts every conflict; give it without --kind, --min-gap or --source",
            )
        accepted = load_baseline(baseline_path, required=baseline is not None and not update)
        specs = sources_given(paths, urls, "check")
        inputs = input_options(columns, cache, no_cache, delay)
        decided = load_for_run(decisions, baseline_path)
        result = filter_report(run(specs, rules, inputs=inputs, decisions=decided), wanted)
        if update:
            text = baseline_text(result, accepted)
            write_atomic(baseline_path, text)
    if update:
        outcome = check(result, load_baseline(baseline_path))
        if not quiet:
            missing = len(outcome.without_reason)
            typer.echo(
                f"wrote {baseline_path.as_posix()}:"
                f" {count(len(outcome.findings), 'accepted conflict')}"
                + (f", {missing} without a reason: write one for each" if missing else "")
            )
        return
    outcome = check(result, accepted)
    if fmt is CheckFormat.github:
        sys.stdout.write(render_annotations(outcome))
    if not quiet:
        for line in check_lines(outcome):
            typer.echo(line)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with _user_errors(), open(summary_file, "a", encoding="utf-8") as stream:
            stream.write(step_summary(outcome) + "\n")
    if not outcome.passed:
        raise typer.Exit(EXIT_CONFLICTS)


class ClaimsFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    parquet = "parquet"


CLAIMS_FORMATS = {ClaimsFormat.jsonl: Format.claims_jsonl, ClaimsFormat.table: Format.claims_table}


@app.command()
def claims(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Source files, folders, addresses or -.")
    ] = None,
    rules: RulesOpt = None,
    fmt: Annotated[
        ClaimsFormat, typer.Option("--format", help="Output format.")
    ] = ClaimsFormat.jsonl,
    out: OutOpt = None,
    urls: UrlsOpt = None,
    columns: ColumnsOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
) -> None:
    """Print every extracted claim: one JSON object per line, a table, CSV or parquet.

    Examples:

      reconcile claims seeds/ --format table

      reconcile claims articles.csv --columns text=body --format csv > claims.csv
    """
    from reconcile.inputs import load_inputs

    with _user_errors():
        rule_set = load_rules(rules)
        inputs = input_options(columns, cache, no_cache, delay)
        sources = load_inputs(sources_given(paths, urls, "claims"), rule_set, inputs)
        found = claims_of(sources, Kinds.build(rule_set))
        if fmt in (ClaimsFormat.csv, ClaimsFormat.parquet):
            from reconcile.render.tables import CLAIM_COLUMNS, TableFormat, claim_rows

            emit_table(claim_rows(sources, found), CLAIM_COLUMNS, TableFormat(fmt.value), out)
            return
    report = Report(sources=sources, claims=found, facts=())
    sys.stdout.write(render(report, CLAIMS_FORMATS[fmt]))


@app.command()
def explain(
    fact_id: Annotated[str, typer.Argument(help="A fact id from the report, e.g. Fb4ad1eca.")],
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Sources to reconcile again (default: read the last JSON report instead).",
            show_default=False,
        ),
    ] = None,
    rules: RulesOpt = None,
    report_json: Annotated[
        Path, typer.Option("--report", help="The JSON report to read when no sources are given.")
    ] = DEFAULT_JSON,
) -> None:
    """Show why the claims of one fact were matched and how the verdict was reached.

    Examples:

      reconcile explain Fb4ad1eca

      reconcile explain Fb4ad1eca seeds/ --rules my-rules/
    """
    if not paths:
        from reconcile.cli_review import explain_from_report, read_report

        with _user_errors():
            lines = explain_from_report(read_report(report_json), fact_id)
        if lines is None:
            typer.echo(
                f"error: no fact {fact_id!r} in {report_json.as_posix()}; ids are listed in"
                " the report (run `reconcile report` again if it is old)",
                err=True,
            )
            raise typer.Exit(EXIT_USAGE)
        for line in lines:
            typer.echo(line)
        return
    with _user_errors():
        result = run(paths, rules)
    if not any(f.id == fact_id for f in result.facts):
        typer.echo(f"error: no fact {fact_id!r}; ids are listed in the report", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(render(result, Format.explain, Options(fact_id=fact_id)), nl=False)


app.command("facts")(facts)
app.command("decide")(decide)
app.command("review")(review)


@app.command("rules-doc")
def rules_doc() -> None:
    """Print the reference of every rules file and key.

    Examples:

      reconcile rules-doc

      reconcile rules-doc | grep -A3 qualifiers.toml
    """
    typer.echo(rules_reference())


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
