"""The progress bar of a long read: on standard error, and only when it is a terminal.

Standard output stays the command's own (a report summary, claims as JSON lines), so a bar
never mixes into what is piped or redirected; a bar is shown only when there is enough to
read for one to help (many sources or much text).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.models import Source
from reconcile.rules import RuleSet

if TYPE_CHECKING:
    from rich.console import Console

    from reconcile.api import Progress

PROGRESS_THRESHOLD = 20  # sources; fewer are read too fast for a bar to help
PROGRESS_BYTES = 1_000_000  # or this much text (about a second of extraction) in fewer


def bar_console() -> Console | None:
    """A rich console on standard error when it is a terminal (rich is not imported
    otherwise); None when it is a file or a pipe, whatever FORCE_COLOR says."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console

    return Console(stderr=True)


def paths_worth_a_bar(given: Sequence[str], rules: RuleSet, follow_symlinks: bool) -> bool:
    """Whether the files and folders `given` hold enough to read for a bar to help (never
    for web addresses, tables or standard input, whose size is not known beforehand)."""
    from reconcile.inputs import is_special
    from reconcile.sources import collect_paths

    if any(is_special(p) for p in given):
        return False
    found = collect_paths(given, rules, follow_symlinks)
    return len(found) >= PROGRESS_THRESHOLD or _size(found) >= PROGRESS_BYTES


def sources_worth_a_bar(sources: Sequence[Source]) -> bool:
    """Whether the sources read hold enough text for a bar to help."""
    return len(sources) >= PROGRESS_THRESHOLD or sum(len(s.text) for s in sources) >= (
        PROGRESS_BYTES
    )


def _size(paths: list[Path]) -> int:
    """Bytes of the files at `paths` (a file that cannot be read counts nothing here)."""
    size = 0
    for path in paths:
        try:
            size += path.stat().st_size
        except OSError:
            continue
    return size


@contextmanager
def reading_bar(console: Console | None) -> Iterator[Progress | None]:
    """A `progress(done, total)` that moves a bar on `console` while it is open (None, and
    no bar, without a console). The bar is removed when reading ends."""
    if console is None:
        yield None
        return
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("Reading sources"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        redirect_stdout=False,  # standard output is the command's: never drawn over
    ) as bar:
        task = bar.add_task("sources", total=None)  # characters of text, once known

        def update(done: int, of: int) -> None:
            bar.update(task, completed=done, total=of)

        yield update
