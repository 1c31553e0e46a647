"""The Python API: `run()` reads as the pipeline it drives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reconcile.compare import compare
from reconcile.errors import Problem
from reconcile.extract import extract
from reconcile.match import match
from reconcile.models import Claim, Report, Source
from reconcile.normalize import normalize
from reconcile.rules import RuleSet, load_rules
from reconcile.sources import read_sources

Progress = Callable[[int, int], None]


def run(
    paths: str | Path | Sequence[str | Path],
    rules_dir: str | Path | None = None,
    rules: RuleSet | None = None,
    progress: Progress | None = None,
    follow_symlinks: bool = False,
) -> Report:
    """Load sources and rules, extract, normalize, match, compare; return the `Report`.

    `paths` is a path or a list of them. `progress(done, total)` is called after each
    source's claims are read. Links to outside the folders given are skipped unless
    `follow_symlinks`.
    """
    rules = rules or load_rules(rules_dir)
    loaded = read_sources(
        [paths] if isinstance(paths, (str, Path)) else paths, rules, follow_symlinks
    )
    sources = loaded.sources
    claims = claims_of(sources, rules, progress)
    pruned: list[str] = []
    clusters = match(claims, rules, sources, pruned)
    facts = compare(clusters, claims, sources, rules)
    notes = loaded.notes + tuple(Problem("matching", None, note) for note in pruned)
    return Report(sources=sources, claims=claims, facts=facts, notes=notes)


def claims_of(
    sources: Sequence[Source], rules: RuleSet, progress: Progress | None = None
) -> tuple[Claim, ...]:
    """Every claim of every source, ordered by source then position."""
    claims: list[Claim] = []
    for done, source in enumerate(sources, start=1):
        claims.extend(normalize(extract(source, rules), source, rules))
        if progress is not None:
            progress(done, len(sources))
    return tuple(claims)
