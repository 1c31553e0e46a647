"""The Python API: `run()` reads as the pipeline it drives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.compare import compare
from reconcile.extract import extract
from reconcile.kinds import Kinds
from reconcile.match import match
from reconcile.models import Claim, Report, Source
from reconcile.normalize import normalize
from reconcile.rules import RuleSet, load_rules
from reconcile.sources import load_sources

if TYPE_CHECKING:
    from reconcile.decisions import Decisions
    from reconcile.inputs import InputOptions

Progress = Callable[[int, int], None]


def run(
    paths: Sequence[str | Path],
    rules_dir: str | Path | None = None,
    rules: RuleSet | None = None,
    progress: Progress | None = None,
    *,
    inputs: InputOptions | None = None,
    decisions: Decisions | None = None,
) -> Report:
    """Load sources and rules, extract, normalize, match, compare; return the `Report`.

    `progress(done, total)` is called after each source's claims are read. Besides files and
    folders, `paths` may hold web addresses, `-`, tables, web archives and feeds, read with
    `inputs` (see `reconcile.inputs`). Review `decisions` are applied last.
    """
    rules = rules or load_rules(rules_dir)
    kinds = Kinds.build(rules)
    sources = _load(paths, rules, inputs)
    claims = claims_of(sources, kinds, progress)
    clusters = match(claims, kinds, sources)
    facts = compare(clusters, claims, sources, kinds)
    report = Report(sources=sources, claims=claims, facts=facts)
    if decisions is not None:
        from reconcile.decisions import apply_decisions

        report = apply_decisions(report, clusters, decisions, kinds)
    return report


def _load(
    paths: Sequence[str | Path], rules: RuleSet, inputs: InputOptions | None
) -> tuple[Source, ...]:
    """Plain files and folders as `sources` reads them; anything else through `inputs`."""
    from reconcile.inputs import is_special, load_inputs

    if inputs is None and not any(is_special(str(p)) for p in paths):
        return load_sources(paths, rules)
    return load_inputs(paths, rules, inputs)


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
