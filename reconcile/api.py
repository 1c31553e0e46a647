"""The Python API: `run()` reads as the pipeline it drives."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.compare import compare
from reconcile.engine import Engine, LocalEngine, blocks_of
from reconcile.errors import Problem
from reconcile.kinds import Kinds
from reconcile.models import Claim, Report, Source
from reconcile.rules import RuleSet, load_rules
from reconcile.sharing import SharingLoader

if TYPE_CHECKING:
    from reconcile.cache import ClaimCache
    from reconcile.decisions import Decisions
    from reconcile.inputs import InputOptions

Progress = Callable[[int, int], None]


def run(
    paths: str | Path | Sequence[str | Path],
    rules_dir: str | Path | None = None,
    rules: RuleSet | None = None,
    progress: Progress | None = None,
    *,
    inputs: InputOptions | None = None,
    decisions: Decisions | None = None,
    follow_symlinks: bool = False,
    jobs: int = 1,
    cache: ClaimCache | None = None,
    engine: Engine | None = None,
) -> Report:
    """Load sources and rules, extract, normalize, match, compare; return the `Report`.

    `progress(done, total)` is called as the sources' claims are read, in characters of
    their text (a large source moves it while it is read). Besides files and
    folders, `paths` may hold web addresses, `-`, tables, web archives and feeds, read with
    `inputs` (see `reconcile.inputs`). Review `decisions` are applied last. Loading and
    extraction run in `jobs` processes, or on `engine` (e.g.
    `reconcile.engine.dask.DaskEngine`), and read back the claims kept in `cache` for sources
    seen before; the report is the same bytes either way. Links to outside the folders
    given are skipped unless `follow_symlinks`. What a reader should know (files skipped,
    matching pruned) is in the report's `notes`.
    """

    rules = rules or load_rules(rules_dir)
    kinds = Kinds.build(rules)
    engine = engine or LocalEngine(jobs)
    given = [paths] if isinstance(paths, (str, Path)) else paths
    sources, notes = _load(given, rules, inputs, engine, follow_symlinks, cache)
    table = SharingLoader()
    claims = claims_of(sources, kinds, progress, engine=engine, cache=cache, table=table)
    # what one source says through another, its claims' equal parts held once as well
    inferred = kinds.infer(claims, sources)
    if len(sources) >= SHARED_FROM_SOURCES:
        inferred = shared_anew(claims, inferred, table)
    claims = inferred
    del table
    languages = {s.id: s.language for s in sources}
    both = getattr(engine, "match_and_compare", None)
    with long_lived():  # the sources and claims, held to the end of the run
        grouped = blocks_of(claims, kinds, languages)
        if both is not None:  # blocks seen in a run before are read back, and their facts
            clusters, facts = both(claims, kinds, sources, cache=cache, grouped=grouped)
        else:
            clusters = engine.match(claims, kinds, sources)
            facts = compare(clusters, claims, sources, kinds)
    pruned = _pruned(grouped[0], kinds, languages)
    notes += tuple(Problem("matching", None, note) for note in pruned)
    report = Report(sources=sources, claims=claims, facts=facts, notes=notes)
    if decisions is not None:
        from reconcile.decisions import apply_decisions

        report = apply_decisions(report, clusters, decisions, kinds)
    return report


@contextmanager
def long_lived() -> Iterator[None]:
    """Within this block, the objects that exist when it starts are left out of the cyclic
    garbage collector's passes (`gc.freeze`): they live on after it (a run's sources and
    claims), and a full pass over them each time matching has made enough new objects was
    about a fifth of matching's time on a large source. Nothing is frozen when the
    collector is off or something else has frozen objects (their owner decides)."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _pruned(
    blocks: Sequence[tuple[str, list[Claim]]], kinds: Kinds, languages: dict[str, str]
) -> list[str]:
    """A note for each block too large to compare pair by pair (whatever engine matched)."""
    from reconcile.match import pruning_note

    notes = []
    for key, members in blocks:
        limit = kinds.language(languages.get(members[0].source_id)).rules.matching.max_block
        if len(members) > limit:
            notes.append(pruning_note(str(key), len(members), limit))
    return notes


def _load(
    paths: Sequence[str | Path],
    rules: RuleSet,
    inputs: InputOptions | None,
    engine: Engine,
    follow_symlinks: bool = False,
    cache: ClaimCache | None = None,
) -> tuple[tuple[Source, ...], tuple[Problem, ...]]:
    """Plain files and folders as `sources` reads them (on `engine`, which may read them in
    several processes: the same sources and notes either way; with `cache`, files read by a
    run before are read back); anything else through `inputs`. Notes say what was skipped,
    unreadable or empty."""
    from reconcile.inputs import is_special, read_inputs
    from reconcile.sources import Loaded

    def load_local(local: Sequence[str | Path]) -> Loaded:
        if cache is not None and isinstance(engine, LocalEngine):
            from reconcile.sources import read_sources

            return read_sources(local, rules, follow_symlinks, cache.loading(engine.load_files))
        return engine.load(local, rules, follow_symlinks)

    if not any(is_special(str(p)) for p in paths):
        loaded = load_local(paths)
    else:
        loaded = read_inputs(paths, rules, inputs, follow_symlinks, load_local=load_local)
    return loaded.sources, loaded.notes


# A run of fewer sources holds its claims as made, not through a `SharingLoader`: sharing
# costs about 26 µs a claim (0.8 s of a 1 MB source's 30,000 claims) and pays back in
# memory only where a run holds many sources' claims (20,000 sources: 703 -> 676 MiB).
SHARED_FROM_SOURCES = 1000


def claims_of(
    sources: Sequence[Source],
    kinds: Kinds,
    progress: Progress | None = None,
    *,
    engine: Engine | None = None,
    cache: ClaimCache | None = None,
    table: SharingLoader | None = None,
) -> tuple[Claim, ...]:
    """Every claim of every source, ordered by source then position.

    Sources whose claims are in `cache` are not read again; the others are extracted by
    `engine` (this process by default) and kept in `cache`. The claims are held to the end
    of the run: their equal parts (intervals, contexts, details, units, quotes) are one
    object (`reconcile.sharing`, through `table` when given), as the local engine's workers'
    claims are read back.
    """
    engine = engine or LocalEngine(1)
    claims = each_claim_of(sources, kinds, progress, engine=engine, cache=cache)
    workers = isinstance(engine, LocalEngine) and not engine.in_process(sources)
    if workers and cache is None:
        return tuple(claims)  # read back from the workers through a table already
    if len(sources) < SHARED_FROM_SOURCES:
        return tuple(claims)  # few sources: their claims held as made
    share = (table or SharingLoader()).share
    return tuple(map(share, claims))


def shared_anew(
    given: tuple[Claim, ...], claims: tuple[Claim, ...], table: SharingLoader
) -> tuple[Claim, ...]:
    """`claims` (the run's claims after `Kinds.infer`, which adds claims and tells some of
    `given` again) with each claim not among `given` read through `table`: the inferred
    claims' equal parts held once too (a large run infers tens of thousands of named
    things)."""
    if claims is given:
        return claims
    held = {id(claim) for claim in given}
    share = table.share
    return tuple(claim if id(claim) in held else share(claim) for claim in claims)


# Claims extracted for the cache are written to it in batches of about this many (one
# transaction each), so that many small sources are not one transaction apiece.
CACHE_BATCH = 50_000


def each_claim_of(
    sources: Sequence[Source],
    kinds: Kinds,
    progress: Progress | None = None,
    *,
    engine: Engine | None = None,
    cache: ClaimCache | None = None,
) -> Iterator[Claim]:
    """The claims of `claims_of`, one at a time: extracted in this process, a source's
    claims are handed on sentence by sentence as its text is read, so that a caller writing
    them out holds no more than one sentence's (without `cache`; with it, the claims of the
    sources not yet written to it are held too)."""
    engine = engine or LocalEngine(1)
    kept = cache.get_many(sources) if cache is not None else [None] * len(sources)
    missing = [source for source, claims in zip(sources, kept, strict=True) if claims is None]
    size = sum(len(source.text) for source in sources)  # progress is told in characters
    hits = size - sum(len(source.text) for source in missing)
    if progress is not None and hits:
        progress(hits, size)

    def advance(done: int, _: int) -> None:
        if progress is not None:
            progress(hits + done, size)

    if missing:
        kinds.language(None)  # compiled here: a rules error is raised before any worker starts
    each = getattr(engine, "each_extracted", None)
    if each is not None:
        fresh: Iterator[Iterable[Claim]] = each(missing, kinds, advance)
    else:
        fresh = iter(engine.extract(missing, kinds, advance))
    pending: list[tuple[Source, tuple[Claim, ...]]] = []
    held = 0
    for source, claims in zip(sources, kept, strict=True):
        if claims is not None:
            yield from claims
            continue
        if cache is None:
            yield from next(fresh)
            continue
        found = tuple(next(fresh))
        pending.append((source, found))
        held += len(found)
        if held >= CACHE_BATCH:
            cache.put_many(pending)
            pending, held = [], 0
        yield from found
    if cache is not None and pending:
        cache.put_many(pending)
