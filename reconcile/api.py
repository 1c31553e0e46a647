"""The Python API: `run()` reads as the pipeline it drives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.engine import Engine, LocalEngine
from reconcile.kinds import Kinds
from reconcile.models import Claim, Report, Source
from reconcile.rules import RuleSet, load_rules

if TYPE_CHECKING:
    from reconcile.cache import ClaimCache
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
    jobs: int = 1,
    cache: ClaimCache | None = None,
    engine: Engine | None = None,
) -> Report:
    """Load sources and rules, extract, normalize, match, compare; return the `Report`.

    `progress(done, total)` is called as sources' claims are read. Besides files and
    folders, `paths` may hold web addresses, `-`, tables, web archives and feeds, read with
    `inputs` (see `reconcile.inputs`). Review `decisions` are applied last. Loading and
    extraction run in `jobs` processes, or on `engine` (e.g.
    `reconcile.engine.dask.DaskEngine`), and read back the claims kept in `cache` for sources
    seen before; the report is the same bytes either way.
    """
    from reconcile.compare import compare  # the later stages import what they use on demand

    rules = rules or load_rules(rules_dir)
    kinds = Kinds.build(rules)
    engine = engine or LocalEngine(jobs)
    sources = _load(paths, rules, inputs, engine)
    claims = claims_of(sources, kinds, progress, engine=engine, cache=cache)
    clusters = engine.match(claims, kinds, sources)
    facts = compare(clusters, claims, sources, kinds)
    report = Report(sources=sources, claims=claims, facts=facts)
    if decisions is not None:
        from reconcile.decisions import apply_decisions

        report = apply_decisions(report, clusters, decisions, kinds)
    return report


def _load(
    paths: Sequence[str | Path], rules: RuleSet, inputs: InputOptions | None, engine: Engine
) -> tuple[Source, ...]:
    """Plain files and folders as `sources` reads them (on `engine`); anything else through
    `inputs`."""
    from reconcile.inputs import is_special, load_inputs

    if inputs is None and not any(is_special(str(p)) for p in paths):
        return engine.load(paths, rules)
    return load_inputs(paths, rules, inputs)


def claims_of(
    sources: Sequence[Source],
    kinds: Kinds,
    progress: Progress | None = None,
    *,
    engine: Engine | None = None,
    cache: ClaimCache | None = None,
) -> tuple[Claim, ...]:
    """Every claim of every source, ordered by source then position.

    Sources whose claims are in `cache` are not read again; the others are extracted by
    `engine` (this process by default) and kept in `cache`.
    """
    engine = engine or LocalEngine(1)
    kept = cache.get_many(sources) if cache is not None else [None] * len(sources)
    missing = [source for source, claims in zip(sources, kept, strict=True) if claims is None]
    hits = len(sources) - len(missing)
    if progress is not None and hits:
        progress(hits, len(sources))

    def advance(done: int, _: int) -> None:
        if progress is not None:
            progress(hits + done, len(sources))

    fresh = iter(engine.extract(missing, kinds, advance))
    if cache is not None and missing:
        extracted = list(fresh)
        cache.put_many(zip(missing, extracted, strict=True))
        fresh = iter(extracted)
    found: list[Claim] = []
    for claims in kept:
        found.extend(claims if claims is not None else next(fresh))
    return tuple(found)
