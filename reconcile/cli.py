"""The command line: typer commands kept thin over the Python API.

Arguments become an API call; `ReconcileError`s become a message on stderr and exit code 2
in one place (`user_errors`). Pass/fail of `check` is computed from the report data.
"""

from __future__ import annotations

import gc
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reconcile.check import DEFAULT_BASELINE
from reconcile.cli_common import (
    EXIT_CONFLICTS,
    EXIT_USAGE,
    DecisionsOpt,
    FactIdArg,
    RulesOpt,
    load_for_run,
    user_errors,
    write_all_atomic,
    write_atomic,
)
from reconcile.cli_inputs import (
    CacheDirOpt,
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
from reconcile.cli_review import decide, decisions_line, review
from reconcile.cli_tables import OutOpt, emit_table, facts
from reconcile.errors import InputError
from reconcile.models import Report
from reconcile.records import record
from reconcile.render import Format, Options, render, render_chunks

if TYPE_CHECKING:
    from rich.console import Console

    from reconcile.cache import ClaimCache
    from reconcile.decisions import Decisions
    from reconcile.engine import Engine
    from reconcile.inputs import InputOptions
    from reconcile.rules import RuleSet

# Each command imports the stages and renderers it uses when it runs, so a short command does
# not pay for the libraries of the others (polars for matching, rich for a terminal).

DEFAULT_SOURCES = ["seeds"]
DEFAULT_MARKDOWN = Path("reports/report.md")
DEFAULT_JSON = Path("reports/report.json")
DIFF_LIMIT = 60  # lines of diff shown by `report --check`

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Reconcile numeric and named claims across sources and report where they disagree.",
)


def _version(value: bool) -> None:
    if value:
        from reconcile.version import __version__

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
FollowOpt = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks",
        help="Read links that point outside the folders given (skipped by default).",
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Processes that extract claims, or workers of the Dask cluster started with"
        " --engine dask (default: this machine's processors).",
        show_default=False,
    ),
]


class EngineChoice(StrEnum):
    """Where extraction and matching run."""

    local = "local"
    dask = "dask"


@record
class Setup:
    """What a command runs with: the rules, the claims cache and the engine."""

    rules: RuleSet
    cache: ClaimCache | None
    engine: Engine
    folder: Path | None = None  # the cache folder

    def done(self) -> None:
        """Keep what this run worked out for the next one (unit conversions); stop the
        engine's workers."""
        close = getattr(self.engine, "close", None)
        if close is not None:
            close()
        if self.folder is not None:
            from reconcile.cache import save_unit_table

            save_unit_table(self.folder)
        if self.cache is not None:
            self.cache.close()


def _setup(
    rules: Path | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: Path | None,
    engine: EngineChoice = EngineChoice.local,
    address: str | None = None,
) -> Setup:
    """The rules (read back from the cache when unchanged), the claims cache and the engine.

    `--no-cache` leaves out what was read from sources (their loads, claims and blocks): the
    validated rules, each language's compiled words and the unit conversions are still read
    back and kept, keyed by the rules' content and the code, so they cannot be stale. A cold
    start is a run with `--cache-dir` naming an empty folder."""
    from reconcile.cache import (
        ClaimCache,
        cached_rules,
        default_cache_dir,
        load_unit_table,
        rules_fingerprint,
    )
    from reconcile.engine import LocalEngine, default_jobs
    from reconcile.lexicon import keep_compiled

    folder = cache_dir or default_cache_dir()
    key = rules_fingerprint(rules)
    rule_set = cached_rules(rules, folder, key)
    cache = None
    if key is not None:
        cache = None if no_cache else ClaimCache(folder, key)
        keep_compiled(rule_set, folder, key)
        load_unit_table(folder)
    if engine is EngineChoice.dask:
        from reconcile.engine.dask import DaskEngine

        workers = jobs or default_jobs()  # of the cluster started here when no --address
        return Setup(rule_set, cache, DaskEngine(address, workers=workers), folder)
    if address is not None:
        raise InputError.single("--address", "is read only with --engine dask")
    return Setup(rule_set, cache, LocalEngine(jobs), folder)


def _notes(report: Report, quiet: bool) -> None:
    """What a reader should know about the run (files skipped, work pruned), on stderr."""
    if quiet or not report.notes:
        return  # (the terminal renderer, and the baseline it reads, imported only for notes)
    from reconcile.render.terminal import printable

    for note in report.notes:
        typer.echo(f"note: {printable(str(note))}", err=True)


def check_targets(targets: list[Path], sources: list[str] | None = None) -> None:
    """Refuse output targets that would lose a file (see `reconcile.writing`)."""
    from reconcile.writing import check_targets as refuse

    refuse(targets, sources or ())


def link_base(report_path: Path) -> str:
    """The relative path from the report's folder back to the working folder."""
    return Path(os.path.relpath(Path.cwd(), report_path.resolve().parent)).as_posix()


def _run(
    paths: list[str] | None,
    setup: Setup,
    bar: Console | None,
    inputs: InputOptions | None = None,
    decisions: Decisions | None = None,
    follow_symlinks: bool = False,
) -> Report:
    """`api.run`, with a progress bar on the terminal `bar` (standard error) when there are
    many sources or much text."""
    from reconcile.api import run
    from reconcile.cli_progress import paths_worth_a_bar, reading_bar

    given = paths or DEFAULT_SOURCES
    shown = (
        bar
        if bar is not None
        and bar.is_terminal
        and paths_worth_a_bar(given, setup.rules, follow_symlinks)
        else None
    )
    try:
        with reading_bar(shown) as progress:
            return run(
                given,
                rules=setup.rules,
                progress=progress,
                cache=setup.cache,
                engine=setup.engine,
                inputs=inputs,
                decisions=decisions,
                follow_symlinks=follow_symlinks,
            )
    finally:
        setup.done()


def _terminal() -> Console | None:
    """A rich console when standard output is a terminal (rich is not imported otherwise)."""
    forced = os.environ.get("FORCE_COLOR") or os.environ.get("TTY_INTERACTIVE")
    if not (forced or sys.stdout.isatty()):
        return None
    from rich.console import Console

    console = Console()
    return console if console.is_terminal else None


def _diff(path: Path, expected: str) -> list[str]:
    """What would change in `path`, as a short unified diff (empty when it is up to date)."""
    import difflib

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
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    decisions: DecisionsOpt = None,
    kind: KindOpt = None,
    min_gap: MinGapOpt = None,
    source: SourceOpt = None,
    follow_symlinks: FollowOpt = False,
    jobs: JobsOpt = None,
    cache_dir: CacheDirOpt = None,
    engine: Annotated[
        EngineChoice,
        typer.Option("--engine", help="local, or dask to run on a Dask cluster (extra: dask)."),
    ] = EngineChoice.local,
    address: Annotated[
        str | None,
        typer.Option(
            "--address",
            help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a cluster on this"
            " machine).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Reconcile the sources and write the Markdown and JSON reports.

    Examples:

      reconcile report articles/ --out reports/report.md

      reconcile report https://example.org/a https://example.com/b --kind count --min-gap 5%
    """
    from reconcile.cli_progress import bar_console
    from reconcile.filters import filter_report

    console = None if quiet else _terminal()
    with user_errors():
        specs = sources_given(paths, urls, "report")
        inputs = input_options(columns, cache_dir, no_cache, delay)
        decided = load_for_run(decisions)
        wanted = filters_given(kind, min_gap, source)
        setup = _setup(rules, jobs, no_cache, cache_dir, engine, address)
        if not check_only:
            check_targets([out, json_out])  # before the work: a folder, a link, one file twice
        bar = None if quiet else bar_console()
        result = _run(specs, setup, bar, inputs, decided, follow_symlinks)
        _notes(result, quiet)
        result = filter_report(result, wanted)
        markdown_options = Options(link_base=link_base(out))
    if check_only:
        with user_errors():
            markdown = render(result, Format.markdown, markdown_options)
            data = render(result, Format.json)
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
    with user_errors():
        check_targets([out, json_out], [s.path for s in result.sources])
        # Each report is written as it is rendered, never held whole (at 100,000 sources the
        # two texts and the JSON's records were most of the run's memory); with several
        # jobs, the JSON by a process forked for it meanwhile.
        write_all_atomic(
            {
                out: render_chunks(result, Format.markdown, markdown_options),
                json_out: render_chunks(result, Format.json),
            },
            getattr(setup.engine, "jobs", 1),
        )
        if not quiet:
            from reconcile.render.terminal import report_lines, report_renderable, wants_plain

            written = [out.as_posix(), json_out.as_posix()]
            if console is None or wants_plain(console.is_terminal):
                for line in report_lines(result, written):
                    typer.echo(line)
            else:
                console.print(report_renderable(result, written))
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
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    decisions: DecisionsOpt = None,
    kind: KindOpt = None,
    min_gap: MinGapOpt = None,
    source: SourceOpt = None,
    follow_symlinks: FollowOpt = False,
    jobs: JobsOpt = None,
    cache_dir: CacheDirOpt = None,
) -> None:
    """Exit 1 when a conflict is not accepted in the baseline (0 when all are, 2 on bad input).

    Examples:

      reconcile check sources/ --format github

      reconcile check sources/ --update-baseline
    """
    from reconcile.baseline import load_baseline
    from reconcile.baseline import update as update_baseline
    from reconcile.check import check
    from reconcile.filters import filter_report
    from reconcile.render.terminal import check_lines, update_lines

    baseline_path = baseline or DEFAULT_BASELINE
    with user_errors():
        wanted = filters_given(kind, min_gap, source)
        if wanted and update:
            raise InputError.single(
                "--update-baseline",
                "accepts every conflict; give it without --kind, --min-gap or --source",
            )
        if update:
            check_targets([baseline_path])
        accepted = load_baseline(baseline_path, required=baseline is not None and not update)
        specs = sources_given(paths, urls, "check")
        inputs = input_options(columns, cache_dir, no_cache, delay)
        decided = load_for_run(decisions, baseline_path)
        setup = _setup(rules, jobs, no_cache, cache_dir)
        found = _run(specs, setup, None, inputs, decided, follow_symlinks)
        _notes(found, quiet)
        result = filter_report(found, wanted)
        scope = specs or DEFAULT_SOURCES
        if update:
            check_targets([baseline_path], [s.path for s in result.sources])
            done = update_baseline(result, baseline_path, scope)
            if not quiet:
                for line in update_lines(done):
                    typer.echo(line)
            return
        outcome = check(result, accepted, scope)
        if fmt is CheckFormat.github:
            from reconcile.render.github import render_annotations

            sys.stdout.write(render_annotations(outcome))
        if not quiet:
            for line in check_lines(outcome):
                typer.echo(line)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:  # (the GitHub renderer is imported only where it is asked for)
            from reconcile.render.github import step_summary

            with open(summary_file, "a", encoding="utf-8") as stream:
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
    no_cache: NoCacheOpt = False,
    delay: DelayOpt = 1.0,
    jobs: JobsOpt = None,
    cache_dir: CacheDirOpt = None,
) -> None:
    """Print every extracted claim: one JSON object per line, a table, CSV or parquet.

    Examples:

      reconcile claims seeds/ --format table

      reconcile claims articles.csv --columns text=body --format csv > claims.csv
    """
    from reconcile.api import claims_of, each_claim_of
    from reconcile.cli_progress import bar_console, reading_bar, sources_worth_a_bar
    from reconcile.inputs import read_inputs
    from reconcile.kinds import Kinds
    from reconcile.render.claims import claims_jsonl_chunks

    with user_errors():
        setup = _setup(rules, jobs, no_cache, cache_dir)
        inputs = input_options(columns, cache_dir, no_cache, delay)
        loaded = read_inputs(
            sources_given(paths, urls, "claims"),
            setup.rules,
            inputs,
            load_local=lambda local: setup.engine.load(local, setup.rules),
        )
        sources = loaded.sources
        _notes(Report(sources=sources, claims=(), facts=(), notes=loaded.notes), quiet=False)
        if out is not None:
            check_targets([out], [s.path for s in sources])  # never over a source read
        kinds = Kinds.build(setup.rules)
        if fmt is ClaimsFormat.jsonl:
            # Written as they are found: a large source's claims are never held all at once;
            # a bar while they are written to a file or a pipe, not among them on a screen.
            screen = out is None and sys.stdout.isatty()
            bar = bar_console() if sources_worth_a_bar(sources) and not screen else None
            with reading_bar(bar) as progress:
                found_each = each_claim_of(
                    sources, kinds, progress, engine=setup.engine, cache=setup.cache
                )
                lines = claims_jsonl_chunks(sources, found_each)
                if out is not None:
                    write_all_atomic({out: lines})
                else:
                    for line in lines:
                        sys.stdout.write(line)
            setup.done()
            return
        found = claims_of(sources, kinds, engine=setup.engine, cache=setup.cache)
        setup.done()
        if fmt in (ClaimsFormat.csv, ClaimsFormat.parquet):
            from reconcile.render.tables import CLAIM_COLUMNS, TableFormat, claim_rows

            emit_table(claim_rows(sources, found), CLAIM_COLUMNS, TableFormat(fmt.value), out)
            return
        text = render(Report(sources=sources, claims=found, facts=()), CLAIMS_FORMATS[fmt])
        if out is not None:
            write_atomic(out, text)
            return
    sys.stdout.write(text)


@app.command()
def explain(
    fact_id: FactIdArg,
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
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
) -> None:
    """Show why the claims of one fact were matched and how the verdict was reached.

    Examples:

      reconcile explain F5866f705

      reconcile explain F5866f705 seeds/ --rules my-rules/
    """
    if not paths:
        from reconcile.cli_review import explain_from_report, read_report

        with user_errors():
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
    with user_errors():
        result = _run(paths, _setup(rules, jobs, no_cache, cache_dir), None)
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
    from reconcile.rules import rules_reference

    typer.echo(rules_reference())


def main() -> None:
    """Console entry point."""
    # A run builds one large heap of long-lived records (sources, claims, facts) and frees
    # little until it ends: collect the young generation less often, so that the collector's
    # passes over that heap do not grow the run faster than its input.
    gc.set_threshold(100_000, 50, 1000)
    app()


if __name__ == "__main__":
    main()
