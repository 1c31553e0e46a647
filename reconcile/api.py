"""The Python API: `run()` reads as the pipeline it drives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reconcile.compare import compare
from reconcile.extract import extract
from reconcile.kinds import Kinds
from reconcile.match import match
from reconcile.models import Claim, Report, Source
from reconcile.normalize import normalize
from reconcile.rules import RuleSet, load_rules
from reconcile.sources import load_sources

Progress = Callable[[int, int], None]


def run(
    paths: Sequence[str | Path],
    rules_dir: str | Path | None = None,
    rules: RuleSet | None = None,
    progress: Progress | None = None,
) -> Report:
    """Load sources and rules, extract, normalize, match, compare; return the `Report`.

    `progress(done, total)` is called after each source's claims are read.
    """
    rules = rules or load_rules(rules_dir)
    kinds = Kinds.build(rules)
    sources = load_sources(paths, rules)
    claims = claims_of(sources, kinds, progress)
    clusters = match(claims, kinds, sources)
    facts = compare(clusters, claims, sources, kinds)
    return Report(sources=sources, claims=claims, facts=facts)


def claims_of(
    sources: Sequence[Source], kinds: Kinds, progress: Progress | None = None
) -> tuple[Claim, ...]:
    """Every claim of every source, ordered by source then position."""
    claims: list[Claim] = []
    for done, source in enumerate(sources, start=1):
        claims.extend(normalize(extract(source, kinds), source, kinds))
        if progress is not None:
            progress(done, len(sources))
    return tuple(claims)
