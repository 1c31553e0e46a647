"""Command-line options for where sources live (web addresses, `--urls`, feeds, `-`, web
archives, tables), shared by the commands that read sources. Kept apart from `cli.py` so a
command adds them with a few parameters and one call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from reconcile.filters import Filters
    from reconcile.inputs import InputOptions

UrlsOpt = Annotated[
    Path | None,
    typer.Option(
        "--urls",
        help="File of web addresses to read, one a line (# comments allowed).",
        show_default=False,
    ),
]
ColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--columns",
        help="Column names of a CSV/JSONL/parquet table of articles, when not the usual ones:"
        " text=body,published=date,title=headline,url=link,outlet=site,author=byline.",
        show_default=False,
    ),
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        "--cache",
        help="Cache folder: the rules, each source's claims and the fetched pages (in pages/)"
        " are kept there (default: $RECONCILE_CACHE_DIR, else $XDG_CACHE_HOME/reconcile, else"
        " ~/.cache/reconcile).",
        show_default=False,
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Reuse nothing read from the sources: fetch every page again, load and extract"
        " every source again, cluster every block again (the rules compiled from the same files"
        " are still kept in the cache folder and reused; for a cold start give --cache-dir an"
        " empty folder).",
    ),
]
DelayOpt = Annotated[
    float,
    typer.Option("--delay", min=0.0, help="Seconds to wait between two requests to one host."),
]


KindOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        help="Only facts of this kind (count, money, measure, percent, office, event);"
        " repeat for several.",
        show_default=False,
    ),
]
MinGapOpt = Annotated[
    str | None,
    typer.Option(
        "--min-gap",
        help="Leave out numeric conflicts whose relative gap is below this (5% or 0.05).",
        show_default=False,
    ),
]
SourceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        help="Only facts stated by a source whose path or file name matches (a glob or part"
        " of the path); repeat for several.",
        show_default=False,
    ),
]


def filters_given(
    kinds: list[str] | None, min_gap: str | None, sources: list[str] | None
) -> Filters:
    """The filters of `--kind`, `--min-gap` and `--source`."""
    from reconcile.filters import filters_of

    return filters_of(kinds, min_gap, sources)


def given_specs(paths: list[str] | None, urls: Path | None) -> list[str]:
    """The sources named on the command line, with the addresses of `--urls` after them."""
    from reconcile.inputs import read_url_list

    specs = list(paths or [])
    if urls is not None:
        specs += read_url_list(urls)
    return specs


def sources_given(paths: list[str] | None, urls: Path | None, command: str) -> list[str]:
    """The sources named, else `seeds/` when there is one here; else an error saying what to
    give (never "seeds: no such file or folder" to someone who never mentioned seeds)."""
    from reconcile.errors import InputError

    specs = given_specs(paths, urls)
    if specs:
        return specs
    if Path("seeds").is_dir():
        return ["seeds"]
    raise InputError.single(
        f"reconcile {command}",
        "no sources given, and no seeds/ folder here to read by default; give files, folders"
        f" or web addresses, e.g. `reconcile {command} articles/` or"
        f" `reconcile {command} https://example.org/story` (see --help)",
    )


def input_options(
    columns: str | None, cache_dir: Path | None, no_cache: bool, delay: float
) -> InputOptions:
    """The options of `reconcile.inputs`, fetched pages kept in `pages/` of the cache folder;
    what is skipped comes back as notes, printed with the others when the sources are read."""
    from reconcile.cache import default_cache_dir
    from reconcile.inputs import InputOptions
    from reconcile.inputs.tables import parse_columns

    return InputOptions(
        columns=parse_columns(columns),
        cache_dir=None if no_cache else (cache_dir or default_cache_dir()) / "pages",
        use_cache=not no_cache,
        delay=delay,
    )
