"""What every command module of the command line shares: the one error path, atomic
writing, exit codes and the options and arguments that several of them take (decisions,
rules, a fact id).

`cli.py` registers the commands; `cli_review.py` and `cli_tables.py` hold the bodies of some
of them. Each imports what they share from here, and none imports another that stands above
it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reconcile.errors import ReconcileError

if TYPE_CHECKING:
    from reconcile.decisions import Decisions

EXIT_OK = 0
EXIT_CONFLICTS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in reconcile, not in the input

DecisionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--decisions",
        help="TOML file of review decisions (default: decisions.toml next to the baseline,"
        " reports/decisions.toml).",
        show_default=False,
    ),
]
RulesOpt = Annotated[
    Path | None,
    typer.Option("--rules", help="Folder of rules files layered over the bundled rules."),
]
FactIdArg = Annotated[str, typer.Argument(help="A fact id from the report, e.g. F5866f705.")]


@contextmanager
def user_errors() -> Iterator[None]:
    """The one error path: a user's mistake is a line per problem naming the file (and line)
    and exit code 2; anything else is a short internal-error message asking for a report,
    exit code 3 (the traceback only with RECONCILE_DEBUG=1). Never a bare traceback."""
    from typer.exceptions import TyperException

    # (the terminal renderer, and the baseline it reads, imported only for an error's line)
    try:
        yield
    except (typer.Exit, typer.Abort, TyperException):
        raise
    except ReconcileError as error:
        from reconcile.render.terminal import printable

        for problem in error.problems:
            typer.echo(f"error: {printable(str(problem))}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as error:
        from reconcile.render.terminal import printable

        where = f"{printable(str(error.filename))}: " if error.filename else ""
        typer.echo(f"error: {where}{error.strerror or error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except MemoryError:
        typer.echo(
            "error: out of memory: the sources are too large for this machine;"
            " split large sources or lower [limits] max_source_bytes in sources.toml",
            err=True,
        )
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:
        if os.environ.get("RECONCILE_DEBUG"):
            raise
        from reconcile.render.terminal import printable

        typer.echo(
            f"internal error: {type(error).__name__}: {printable(str(error))[:200]}\n"
            "This is a bug in reconcile: please report it with the command you ran and, if you"
            " can, the input (RECONCILE_DEBUG=1 shows the traceback).",
            err=True,
        )
        raise typer.Exit(EXIT_INTERNAL) from None


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a half-written report never replaces a good one."""
    write_all_atomic({path: text})


def write_all_atomic(files: dict[Path, str | Iterable[str]], jobs: int = 1) -> None:
    """Write several files whole or not at all, a text given whole or in pieces (see
    `reconcile.writing`), in up to `jobs` processes."""
    from reconcile.writing import write_files

    write_files(files, jobs)


def decisions_path(given: Path | None, baseline: Path | None = None) -> Path:
    """The decisions file: as given, else `decisions.toml` beside the baseline."""
    from reconcile.decisions import DEFAULT_DECISIONS

    if given is not None:
        return given
    if baseline is not None:
        return baseline.with_name(DEFAULT_DECISIONS.name)
    return DEFAULT_DECISIONS


def load_for_run(given: Path | None, baseline: Path | None = None) -> Decisions:
    """The decisions a run applies (none when the file does not exist)."""
    from reconcile.decisions import load_decisions

    return load_decisions(decisions_path(given, baseline))
