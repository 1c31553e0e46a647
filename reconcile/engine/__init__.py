"""Engines: where the per-source and per-block work of a run is done.

Two steps of the pipeline are independent per item and may run anywhere: extraction (one
source and the rules in, that source's claims out) and clustering (the claims of one block
in, their clusters out, and the facts judged of them: a fact reads its cluster's claims and
their sources alone). An engine runs them; everything else (loading, judging the claims of
no block, rendering) stays in the calling process. The results are the same bytes whatever
the engine and however many workers it has: each item's result depends on that item alone,
and results are put back in the order of their items.

- `LocalEngine(jobs)`: this machine, with `jobs` worker processes for extraction (of many
  sources, or of one long source's sentences: `SentenceFarm`) and for clustering large
  blocks.
- `reconcile.engine.dask.DaskEngine(address)`: a Dask distributed cluster (optional extra).
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from reconcile.models import Claim, Cluster, Fact, Match, Source
from reconcile.rules import RuleSet

if TYPE_CHECKING:
    from reconcile.cache import ClaimCache
    from reconcile.extract import Farm, _Read
    from reconcile.kinds import Kinds
    from reconcile.pairs import BlockMemory
    from reconcile.sources import FileLoad, Loaded

if TYPE_CHECKING:
    import multiprocessing.pool

Progress = Callable[[int, int], None]
T = TypeVar("T")

# Below this much text (about half a second of extraction), starting worker processes costs
# more than it saves.
PARALLEL_MIN_CHARS = 60_000
PARALLEL_MIN_FILES = 400  # files to read before worker processes are worth starting
# Blocks are clustered in worker processes when the second largest has at least this many
# claims (about a second of clustering; the largest alone would keep one worker busy).
PARALLEL_MIN_BLOCK = 2_000
# A source extracted in this process with at least this much text has its sentences read
# by `jobs` worker processes as well (`reconcile.extract.each_claim`'s farm).
SPLIT_MIN_CHARS = 200_000
BATCHES_PER_JOB = 8  # smaller batches balance the load; larger ones cost less to send
# What a worker runs, imported once by the server the workers are forked from.
WORKER_MODULES = (
    "reconcile.cache",
    "reconcile.engine",
    "reconcile.extract",
    "reconcile.kinds",
    "reconcile.match",
    "reconcile.normalize",
    "reconcile.sources",
)


class Engine(Protocol):
    """Runs loading per file, extraction per source and clustering per block."""

    def load(
        self, paths: Sequence[str | Path], rules: RuleSet, follow_symlinks: bool = False
    ) -> Loaded:
        """The sources under `paths` and the notes on them, as
        `reconcile.sources.read_sources` gives them."""
        ...

    def extract(
        self, sources: Sequence[Source], kinds: Kinds, progress: Progress | None = None
    ) -> list[tuple[Claim, ...]]:
        """Per source, in the order given, its claims; `progress(done, total)` is called as
        they are read, in characters of the sources' text."""
        ...

    def match(
        self, claims: Sequence[Claim], kinds: Kinds, sources: Sequence[Source]
    ) -> tuple[Cluster, ...]:
        """The clusters of `claims`, as `reconcile.match.match` gives them."""
        ...


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within this block, the cyclic garbage collector does not run (unless something
    else turns it on): while the workers' records are read back. Those records (sources,
    claims, clusters and facts) form no cycles and live on to the end of the run, yet
    every pass of the collector over the growing heap read them all again: a third of the
    reading's time at 10,000 sources, growing faster than the sources."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def source_claims(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> tuple[Claim, ...]:
    """The claims of one source, ordered by position: extraction, then normalization;
    `advance(offset)` is called now and then with how far into the text extraction is."""
    return tuple(each_source_claim(source, kinds, advance))


def each_source_claim(
    source: Source,
    kinds: Kinds,
    advance: Callable[[int], None] | None = None,
    farm: Farm | None = None,
) -> Iterator[Claim]:
    """The claims of `source_claims`, one at a time as the text is read: a sentence's
    claims are handed on before the next sentence is read. With `farm`, the kinds that read
    a sentence alone read it there (`reconcile.extract.each_claim`): the same claims."""
    from reconcile.extract import each_claim

    return each_claim(source, kinds, advance, farm)


def _told(
    source: Source,
    kinds: Kinds,
    progress: Progress | None,
    done: int,
    size: int,
    farm: Farm | None = None,
) -> Iterator[Claim]:
    """`each_source_claim`, telling `progress` how far into all the text it is."""
    if progress is None:
        yield from each_source_claim(source, kinds, None, farm)
        return
    yield from each_source_claim(source, kinds, partial(_within, progress, done, size), farm)
    progress(done + len(source.text), size)


def _within(progress: Progress, before: int, size: int, at: int) -> None:
    progress(before + at, size)


def blocks_of(
    claims: Sequence[Claim], kinds: Kinds, languages: dict[str, str]
) -> tuple[list[tuple[str, list[Claim]]], list[str]]:
    """The claims grouped by block key (sorted), each block's members ordered by source,
    position and id as `reconcile.match.match` orders them; and the ids of the claims that
    belong to no block. `languages` gives each source's language."""
    blocks: dict[str, list[Claim]] = {}
    unmatched: list[str] = []
    for claim in claims:
        key = kinds.language(languages.get(claim.source_id)).of(claim).block_key(claim)
        if key is None:
            unmatched.append(claim.id)
        else:
            blocks.setdefault(key, []).append(claim)
    ordered = [
        (key, sorted(blocks[key], key=lambda c: (c.source_id, c.start, c.id)))
        for key in sorted(blocks)
    ]
    return ordered, unmatched


def all_clusters(clustered: Sequence[Cluster], unmatched: Sequence[str]) -> tuple[Cluster, ...]:
    """The clusters of every block and one of each claim in no block, in `match`'s order."""
    from reconcile.reasons import NothingCounted

    alone = [Cluster("", (claim_id,), Match(100.0, (NothingCounted(),))) for claim_id in unmatched]
    return tuple(sorted([*clustered, *alone], key=lambda c: c.claim_ids))


def default_jobs() -> int:
    """The processors this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def batches(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """`items` cut into consecutive batches, about `BATCHES_PER_JOB` per job."""
    size = max(1, -(-len(items) // (jobs * BATCHES_PER_JOB)))
    return [items[i : i + size] for i in range(0, len(items), size)]


class LocalEngine:
    """This machine: loading and extraction in `jobs` worker processes when there are at
    least `min_files` files to read and `min_chars` characters to extract (else in this
    process); the blocks' clustering in `jobs` worker processes when at least two blocks
    of several sources have `min_block` claims and no cache is kept (else in this process);
    judging here."""

    def __init__(
        self,
        jobs: int | None = None,
        min_chars: int = PARALLEL_MIN_CHARS,
        min_files: int = PARALLEL_MIN_FILES,
        min_block: int = PARALLEL_MIN_BLOCK,
        min_split: int = SPLIT_MIN_CHARS,
    ) -> None:
        self.jobs = max(1, jobs if jobs is not None else default_jobs())
        self.min_chars = min_chars
        self.min_files = min_files
        self.min_block = min_block
        self.min_split = min_split
        self._shipped: tuple[Kinds, frozenset[str], bytes] | None = None

    def load(
        self, paths: Sequence[str | Path], rules: RuleSet, follow_symlinks: bool = False
    ) -> Loaded:
        """The sources under `paths` and the notes on them, as `read_sources` gives them; the
        files are read in worker processes when there are many."""
        from reconcile.sources import read_sources

        return read_sources(paths, rules, follow_symlinks, self.load_files)

    def load_files(self, files: Sequence[Path], rules: RuleSet) -> list[FileLoad]:
        """`reconcile.sources.load_file` of each file, in order; in worker processes when
        there are at least `min_files`."""
        from reconcile.sources import load_files_here

        if self.jobs == 1 or len(files) < max(2, self.min_files):
            return load_files_here(files, rules)
        with self._pool(rules) as pool, collector_paused():
            return [
                item for part in pool.imap(_load_batch, batches(files, self.jobs)) for item in part
            ]

    def _pool(self, rules: RuleSet, kinds: Kinds | None = None) -> multiprocessing.pool.Pool:
        return self._pool_starter(rules, kinds)()

    def _pool_starter(
        self, rules: RuleSet, kinds: Kinds | None = None
    ) -> Callable[[], multiprocessing.pool.Pool]:
        """What starts the workers' pool, called in any thread: what they are given is read
        here, in the caller's (pickling the compiled kinds while another thread reads with
        them could meet their memos changing)."""
        import multiprocessing

        from reconcile.cache import _dumps
        from reconcile.units import TABLE

        # A fresh process per worker (not a fork of this one, which may hold threads of
        # other libraries, and much memory), forked from a server that has imported the
        # workers' modules once. The rules travel once per worker, pickled, with what is
        # compiled from them (`_compiled`) and the unit conversions made so far, so that no
        # worker compiles the rules or builds pint's registry again.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        if method is not None:
            context.set_forkserver_preload(list(WORKER_MODULES))
        given = (_dumps(rules), *self._compiled(kinds), _dumps(TABLE))
        return partial(context.Pool, self.jobs, initializer=_start_worker, initargs=given)

    def _farm(self, kinds: Kinds) -> SentenceFarm:
        """The farm of a long source's sentences. Where the system forks and this process
        runs no other thread (none can hold a lock a child would wait on), its workers are
        forked from this process: they start at once with the kinds compiled here and what
        their readers keep (nothing to send, import or compile), the objects made so far
        left out of the collector's passes while they fork (`gc.freeze`: a child's passes
        over the heap it shares would copy every page of it). Else they are started as
        `_pool` starts them, in a thread, while this process reads."""
        import gc
        import multiprocessing
        import threading

        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return SentenceFarm(self._pool_starter(kinds.rules, kinds), kinds)
        context = multiprocessing.get_context("fork")
        freeze = not gc.get_freeze_count()  # (else their owner decides)
        if freeze:
            gc.freeze()
        try:
            pool = context.Pool(self.jobs, initializer=_adopt_kinds, initargs=(kinds,))
        finally:
            if freeze:
                gc.unfreeze()
        return SentenceFarm(pool, kinds)

    def _compiled(self, kinds: Kinds | None) -> tuple[tuple[Path, str] | None, bytes | None]:
        """What workers are given of the languages `kinds` has compiled: the folder and key
        they are kept under on disk (`reconcile.lexicon.keep_compiled`), else the compiled
        languages pickled (their patterns as compiled programs; once per run and set of
        languages)."""
        from reconcile.lexicon import kept_where

        if kinds is None:
            return None, None
        where = kept_where(kinds.rules)
        built = kinds.compiled_languages()
        if where is not None or not built:
            return where, None
        shipped = self._shipped
        if shipped is None or shipped[0] is not kinds or shipped[1] != frozenset(built):
            from reconcile.cache import _dumps

            shipped = self._shipped = (kinds, frozenset(built), _dumps(built, compiled=True))
        return None, shipped[2]

    def extract(
        self, sources: Sequence[Source], kinds: Kinds, progress: Progress | None = None
    ) -> list[tuple[Claim, ...]]:
        """Per source, its claims; in worker processes when there is enough text to share."""
        return [tuple(claims) for claims in self.each_extracted(sources, kinds, progress)]

    def each_extracted(
        self, sources: Sequence[Source], kinds: Kinds, progress: Progress | None = None
    ) -> Iterator[Iterator[Claim]]:
        """Per source, in order, its claims as `extract` gives them; extracted in this process
        (when there is too little text to share), a source's claims come one at a time as
        its text is read, so a large source's are never held all at once. Each source's
        claims are to be read to their end before the next source's are asked for."""
        if self.in_process(sources):
            size = sum(len(s.text) for s in sources)
            done = 0
            farm: SentenceFarm | None = None
            ended = False
            try:
                for source in sources:
                    if self.jobs > 1 and len(source.text) >= self.min_split:
                        # a long source: its sentences read by the workers too
                        farm = farm or self._farm(kinds)
                    # a large source tells how far into it extraction is: the bar moves
                    yield _told(source, kinds, progress, done, size, farm)
                    done += len(source.text)
                ended = True
            finally:
                if farm is not None:
                    farm.close(ended)
            return
        for claims in self._extract_in_processes(sources, kinds, progress):
            yield iter(claims)

    def in_process(self, sources: Sequence[Source]) -> bool:
        """Whether these sources are extracted in this process (too little text to share, or
        one job): their claims are made here, not read back through a `SharingLoader`."""
        if self.jobs == 1 or len(sources) < 2:
            return True
        return sum(len(s.text) for s in sources) < self.min_chars

    def _extract_in_processes(
        self, sources: Sequence[Source], kinds: Kinds, progress: Progress | None
    ) -> list[tuple[Claim, ...]]:
        work = batches(sources, self.jobs)
        found: list[tuple[Claim, ...]] = []
        size = sum(len(s.text) for s in sources)
        done = 0
        # The claims are read through one table, so that their equal parts (intervals,
        # contexts, details, units, quotes) are held once to the end of the run.
        from reconcile.sharing import SharingLoader

        loader = SharingLoader()
        with self._pool(kinds.rules, kinds) as pool, collector_paused():
            for batch, sent in zip(work, pool.imap(_extract_batch, work), strict=True):
                found.extend(loader.load(sent))
                done += sum(len(s.text) for s in batch)
                if progress is not None:
                    progress(done, size)
        return found

    def match(
        self,
        claims: Sequence[Claim],
        kinds: Kinds,
        sources: Sequence[Source],
        notes: list[str] | None = None,
        cache: ClaimCache | None = None,
    ) -> tuple[Cluster, ...]:
        """The clusters `reconcile.match.match` gives, block by block in this process (without
        its table: the grouping is a sort, and a short run need not import polars); `notes`
        says which blocks were pruned. With `cache`, a block whose members are those of a
        run before (same claims of the same sources, under the same rules and code) is read
        back, not clustered again (nor noted as pruned)."""
        return self.match_and_compare(claims, kinds, sources, notes, cache, judge=False)[0]

    def match_and_compare(
        self,
        claims: Sequence[Claim],
        kinds: Kinds,
        sources: Sequence[Source],
        notes: list[str] | None = None,
        cache: ClaimCache | None = None,
        judge: bool = True,
        grouped: tuple[list[tuple[str, list[Claim]]], list[str]] | None = None,
    ) -> tuple[tuple[Cluster, ...], tuple[Fact, ...]]:
        """`match`, and the facts `reconcile.compare.compare` gives its clusters (none without
        `judge`). With `cache`, a block read back brings its facts too, when its sources'
        paths are also those of the run before (a fact shows and orders its sources by path):
        a run that adds one source judges only the blocks it touches. `grouped` is what
        `blocks_of` gives the claims, when the caller has it."""
        from reconcile.compare import judging
        from reconcile.match import Topics, _cluster_block, source_topics

        dates = {s.id: s.published for s in sources}
        languages = {s.id: s.language for s in sources}

        def cluster(todo: Sequence[tuple[str, list[Claim]]]) -> dict[str, Clustered]:
            # A source's topic depends on that source alone: read for the blocks clustered
            # (with `cache`, when first asked for: only the claims whose features are not
            # kept need their sources' topics).
            wanted = {c.source_id for _, members in todo for c in members}
            given = [c for c in claims if c.source_id in wanted]
            chosen = [s for s in sources if s.id in wanted]
            topics: Mapping[str, str]
            if cache is not None:
                topics = Topics(given, kinds, chosen)
            else:
                topics = source_topics(given, kinds, chosen)
            if cache is None and notes is None and self._share(todo):
                judged = judging_sources(chosen) if judge else None
                return self._cluster_in_processes(todo, kinds, languages, dates, topics, judged)
            parts = self._fork_parts(todo) if cache is None and notes is None else None
            if parts is not None:  # large blocks, of one source or few: forked workers
                block = partial(
                    _cluster_here,
                    kinds,
                    languages,
                    dates,
                    topics,
                    judging(claims, sources, kinds) if judge else None,
                )
                return _cluster_forked(todo, parts, block)
            keys = {s.id: cache.source_key(s) for s in sources} if cache is not None else {}
            found = {}
            for key, members in todo:
                memory = _memory(key, members, kinds, languages, keys, cache)
                found[key] = Clustered(
                    tuple(
                        _cluster_block(key, members, kinds, languages, dates, topics, notes, memory)
                    )
                )
                if cache is not None and memory is not None and memory.kept is not None:
                    cache.put_pairs(key, memory.kept)  # one block's at a time: memory bounded
            return found

        grouped = grouped or blocks_of(claims, kinds, languages)
        return match_blocks(claims, kinds, sources, grouped, cluster, cache, judge)

    def _fork_parts(self, todo: Sequence[tuple[str, list[Claim]]]) -> list[list[int]] | None:
        """The blocks of `todo` (by place) cut into `jobs` parts of about as many claims, the
        lightest first, to be clustered by this process and workers forked from it; None
        when it is not worth it (one job, a part of fewer than `min_block` claims), or not
        safe (no fork on this system, or another thread running, which could hold a lock a
        child would wait on). The blocks the sharing of `_share` leaves here: a long
        article's, one source's, which forked workers read without their claims sent."""
        import multiprocessing
        import threading

        if self.jobs == 1 or len(todo) < 2 or multiprocessing.current_process().daemon:
            return None  # (a pool's worker may not start processes)
        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return None
        parts = _balanced(todo, self.jobs)
        loads = [sum(len(todo[at][1]) for at in part) for part in parts]
        if min(loads) < self.min_block:
            return None
        return [part for _, part in sorted(zip(loads, parts, strict=True), key=lambda x: x[0])]

    def _share(self, todo: Sequence[tuple[str, list[Claim]]]) -> bool:
        """Whether the blocks are worth clustering in worker processes: several jobs, and
        at least two blocks of `min_block` claims or more that hold claims of several
        sources. (A block of one source's claims pairs only claims that share a rare word:
        clustering it is mostly reading each claim's features, hardly more than what sending
        the claim to a worker and reading it there costs; a long article is one source.)"""
        if self.jobs == 1:
            return False
        sizes = sorted(
            (
                len(members)
                for _, members in todo
                if len(members) >= self.min_block
                and any(c.source_id != members[0].source_id for c in members)
            ),
            reverse=True,
        )
        return len(sizes) > 1

    def _cluster_in_processes(
        self,
        todo: Sequence[tuple[str, list[Claim]]],
        kinds: Kinds,
        languages: Mapping[str, str],
        dates: Mapping[str, str | None],
        topics: Mapping[str, str],
        judged: Mapping[str, Source] | None = None,
    ) -> dict[str, Clustered]:
        """Each block clustered in one of `jobs` worker processes, the largest first (a
        block's clusters depend on the block alone, so the result is the same); with
        `judged` (the sources as `judging_sources` gives them), each cluster's fact is
        judged there too (it depends on its claims and their sources alone)."""
        from reconcile.match import item_key

        largest_first = sorted(todo, key=lambda item: (-len(item[1]), item[0]))
        work = (
            BlockTask(
                key,
                members,
                {c.source_id: languages[c.source_id] for c in members if c.source_id in languages},
                {c.source_id: dates.get(c.source_id) for c in members},
                {c.source_id: topics[c.source_id] for c in members if c.source_id in topics}
                | {k: topics[k] for c in members if (k := item_key(c.id)) in topics},
                None if judged is None else _own_sources(members, judged),
            )
            for key, members in largest_first
        )
        with self._pool(kinds.rules, kinds) as pool, collector_paused():
            return {
                key: pickle.loads(sent) for key, sent in pool.imap_unordered(_cluster_one, work)
            }


def _balanced(todo: Sequence[tuple[str, list[Claim]]], jobs: int) -> list[list[int]]:
    """The places of `todo`'s blocks cut into `jobs` parts, the largest block first to the
    part holding the fewest claims so far (the first such part on a tie): a plan that
    depends on the blocks alone."""
    parts: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for at in sorted(range(len(todo)), key=lambda i: (-len(todo[i][1]), todo[i][0])):
        lightest = min(range(jobs), key=lambda j: (loads[j], j))
        parts[lightest].append(at)
        loads[lightest] += len(todo[at][1])
    return parts


def _cluster_here(
    kinds: Kinds,
    languages: Mapping[str, str],
    dates: Mapping[str, str | None],
    topics: Mapping[str, str],
    fact_of: Callable[[Cluster], Fact] | None,
    key: str,
    members: list[Claim],
) -> Clustered:
    """One block's clusters as `LocalEngine.match_and_compare` clusters a block in this
    process (`reconcile.match._cluster_block`), with the fact `fact_of` judges of each
    (when given: `reconcile.compare.judging`, as `match_blocks` would judge them)."""
    from reconcile.match import _cluster_block

    clusters = tuple(_cluster_block(key, members, kinds, languages, dates, topics))
    if fact_of is None:
        return Clustered(clusters)
    return Clustered(clusters, tuple(fact_of(cluster) for cluster in clusters))


# What the workers forked by `_cluster_forked` read: the blocks, the parts and the work of
# one block, set in this process just before they are forked (nothing of it is sent).
BlockOne = Callable[[str, list[Claim]], "Clustered"]
_forked: tuple[Sequence[tuple[str, list[Claim]]], list[list[int]], BlockOne] | None = None


def _cluster_forked(
    todo: Sequence[tuple[str, list[Claim]]], parts: list[list[int]], block: BlockOne
) -> dict[str, Clustered]:
    """Each block of `todo` clustered by `block`: the blocks of `parts[0]` in this process,
    those of each other part in a worker forked from it (it reads the claims this process
    holds: only its clusters and facts come back, pickled as `_extract_batch` pickles
    claims), meanwhile. The objects made so far are left out of the collector's passes
    while the workers fork (`gc.freeze`, see `LocalEngine._farm`). Each block's result
    depends on the block alone: the same whatever the parts."""
    import multiprocessing

    global _forked
    context = multiprocessing.get_context("fork")
    _forked = (todo, parts, block)
    freeze = not gc.get_freeze_count()  # (else their owner decides)
    if freeze:
        gc.freeze()
    try:
        pool = context.Pool(len(parts) - 1)
    finally:
        if freeze:
            gc.unfreeze()
        _forked = None
    ended = False
    try:
        pending = [pool.apply_async(_cluster_part, (at,)) for at in range(1, len(parts))]
        found = {todo[at][0]: block(*todo[at]) for at in parts[0]}
        with collector_paused():  # many records, no cycles: see `collector_paused`
            for answer in pending:
                found.update(pickle.loads(answer.get()))
        ended = True
    finally:
        if ended:
            pool.close()
        else:
            pool.terminate()
        pool.join()
    return found


def _cluster_part(at: int) -> bytes:
    """The clusters (and facts) of the blocks of part `at` of the blocks `_cluster_forked`
    forked this worker with, by block key, pickled."""
    from reconcile.cache import _dumps

    assert _forked is not None, "worker not forked by _cluster_forked"
    todo, parts, block = _forked
    return _dumps({todo[i][0]: block(*todo[i]) for i in parts[at]})


def _memory(
    key: str,
    members: Sequence[Claim],
    kinds: Kinds,
    languages: Mapping[str, str],
    source_keys: Mapping[str, str],
    cache: ClaimCache | None,
) -> BlockMemory | None:
    """With `cache`, for a block too large to compare pair by pair (the blocks whose
    clustering takes time), its link to what a run before read and decided of it."""
    from reconcile.pairs import BlockMemory

    language = languages.get(members[0].source_id)
    if cache is None or len(members) <= kinds.language(language).rules.matching.max_block:
        return None
    if not all(c.source_id in source_keys for c in members):
        return None
    kept, digest = cache.block_read(key)
    clusters = (kept.digest, kept.clusters) if kept is not None else None
    return BlockMemory(cache.get_pairs(key), source_keys, language, clusters, digest)


class Clustered(NamedTuple):
    """What clustering one block gives: its clusters, and when they were judged where they
    were clustered, the fact of each (in the same order; None when not judged)."""

    clusters: tuple[Cluster, ...]
    facts: tuple[Fact, ...] | None = None


class BlockTask(NamedTuple):
    """One block as a worker is given it: its key and claims, and of their sources the
    language, date and topic; with `sources` (their records without text), the worker
    judges the block's clusters too."""

    key: str
    members: list[Claim]
    languages: dict[str, str]
    dates: dict[str, str | None]
    topics: dict[str, str]
    sources: dict[str, Source] | None = None


def cluster_and_judge(task: BlockTask, kinds: Kinds) -> Clustered:
    """The clusters of one block (`reconcile.match._cluster_block`) and, when the task
    carries its sources, the fact `reconcile.compare.judging` gives each: the work one
    worker does for one block, on any engine."""
    from reconcile.compare import judging
    from reconcile.match import _cluster_block

    key, members, languages, dates, topics, sources = task
    clusters = tuple(_cluster_block(key, members, kinds, languages, dates, topics))
    if sources is None:
        return Clustered(clusters)
    fact_of = judging(members, list(sources.values()), kinds)
    return Clustered(clusters, tuple(fact_of(cluster) for cluster in clusters))


def judging_sources(sources: Iterable[Source]) -> dict[str, Source]:
    """Each source by id as a worker judging a block is given it: without its text (a
    verdict reads a source's name, path, date and language, never its text; sent with
    every block that holds its claims, the text would be most of what is sent)."""
    return {s.id: replace(s, text="") for s in sources}


def _own_sources(members: Sequence[Claim], sources: Mapping[str, Source]) -> dict[str, Source]:
    """Of `sources`, those of the block's claims (a claim's source missing from them is
    left out, as `judging` leaves it out)."""
    return {sid: sources[sid] for sid in {c.source_id: None for c in members} if sid in sources}


BlockWork = Callable[[Sequence[tuple[str, list[Claim]]]], dict[str, Clustered]]


def match_blocks(
    claims: Sequence[Claim],
    kinds: Kinds,
    sources: Sequence[Source],
    grouped: tuple[list[tuple[str, list[Claim]]], list[str]],
    cluster: BlockWork,
    cache: ClaimCache | None = None,
    judge: bool = True,
) -> tuple[tuple[Cluster, ...], tuple[Fact, ...]]:
    """The clusters of the claims grouped by block (`blocks_of`), the blocks clustered by
    `cluster` (here or on an engine's workers), and the facts `reconcile.compare.compare`
    gives them (none without `judge`). With `cache`, a block whose members are those of a
    run before is read back with its clusters and facts, and in a block clustered again a
    cluster equal to one kept, of unchanged sources, takes the fact kept for it
    (`reconcile.cache.KeptBlock`)."""
    from reconcile.cache import KeptBlock, sources_digest
    from reconcile.compare import in_order, judging
    from reconcile.match import attach_loose, join_across

    blocks, unmatched = grouped
    source_keys = _source_keys(blocks, sources, cache) if cache is not None else {}
    digests = _block_digests(blocks, source_keys) if cache is not None else {}
    kept = cache.get_blocks(digests) if cache is not None and digests else {}
    same = {key for key, entry in kept.items() if entry.digest == digests[key]}
    todo = [(key, members) for key, members in blocks if key not in same]
    done = cluster(todo) if todo else {}
    fresh = {key: block.clusters for key, block in done.items()}
    judged: dict[str, tuple[Fact, ...]] = {}
    of_sources: dict[str, tuple[str, ...]] = {}
    fact_of = judging(claims, sources, kinds) if judge or digests else None
    if fact_of is not None:
        source_of = {c.id: c.source_id for _, members in todo for c in members}
        for key, block in done.items():
            clusters = block.clusters
            before = kept[key].facts_by_cluster() if key in kept else {}
            found = []
            if key in digests:
                of_sources[key] = tuple(
                    sources_digest((source_of[i] for i in c.claim_ids), source_keys)
                    for c in clusters
                )
            now = of_sources.get(key, ())
            for at, one in enumerate(clusters):
                known = before.get(one)
                if known is not None and known[0] == now[at]:
                    found.append(known[1])  # the same cluster of unchanged sources
                elif block.facts is not None:
                    found.append(block.facts[at])  # judged where it was clustered
                else:
                    found.append(fact_of(one))
            judged[key] = tuple(found)
    del done
    if cache is not None and digests:
        cache.put_blocks(
            (key, KeptBlock(digests[key], fresh[key], judged[key], of_sources[key]))
            for key in fresh
            if key in digests
        )
    clustered = [
        c for key, _ in blocks for c in (kept[key].clusters if key in same else fresh[key])
    ]
    # claims of no block that join a block's cluster after all (`attach_loose`)
    clustered, unmatched, changed = attach_loose(clustered, unmatched, claims, kinds, sources)
    # a claim alone in its fact that joins another block's fact of its number (`join_across`)
    clustered, unmatched, changed, removed = join_across(
        clustered, unmatched, claims, kinds, sources, changed
    )
    clusters = all_clusters(clustered, unmatched)
    if not judge or fact_of is None:
        return clusters, ()
    facts = [f for key, _ in blocks for f in (kept[key].facts if key in same else judged[key])]
    facts = [f for at, f in enumerate(facts) if at not in removed]
    for at in sorted(changed):
        facts[at] = fact_of(clustered[at])
    alone = set(unmatched)  # claims in no block, each a cluster of its own
    facts += [fact_of(c) for c in clusters if not c.key and c.claim_ids[0] in alone]
    return clusters, in_order(facts)


def _source_keys(
    blocks: Sequence[tuple[str, list[Claim]]], sources: Sequence[Source], cache: ClaimCache
) -> dict[str, str]:
    """Per source of a claim in a block, its key (`reconcile.cache.source_key`) and path."""
    needed = {c.source_id for _, members in blocks for c in members}
    return {s.id: f"{cache.source_key(s)}\0{s.path}" for s in sources if s.id in needed}


def _block_digests(
    blocks: Sequence[tuple[str, list[Claim]]], source_keys: Mapping[str, str]
) -> dict[str, str]:
    """Per block key, the digest of its members (`reconcile.cache.block_digest`), each
    source by its key and its path (`source_keys`); none for a block holding a claim of a
    source not given."""
    from reconcile.cache import block_digest

    return {
        key: block_digest(key, members, source_keys)
        for key, members in blocks
        if all(c.source_id in source_keys for c in members)
    }


_worker_rules: RuleSet | None = None
_worker_kinds: Kinds | None = None


def _start_worker(
    rules_bytes: bytes, kept: tuple[Path, str] | None, compiled: bytes | None, units: bytes
) -> None:
    global _worker_rules, _worker_kinds
    from reconcile.kinds import Kinds
    from reconcile.units import TABLE

    _worker_rules = pickle.loads(rules_bytes)
    TABLE.merge(pickle.loads(units))
    if kept is not None:
        from reconcile.lexicon import keep_compiled

        keep_compiled(_worker_rules, *kept)  # read back from there when first asked for
    _worker_kinds = Kinds.build(_worker_rules, pickle.loads(compiled) if compiled else None)


def _adopt_kinds(kinds: Kinds) -> None:
    """A worker forked from the process that compiled `kinds`: they are its own."""
    global _worker_rules, _worker_kinds
    _worker_rules = kinds.rules
    _worker_kinds = kinds


def _extract_batch(batch: Sequence[Source]) -> bytes:
    """The claims of each source of `batch`, pickled as the claims cache pickles them (each
    record a call of its class: read back in a quarter less time than `dataclasses`' own
    state, by the one process that reads every worker's claims)."""
    from reconcile.cache import _dumps

    assert _worker_kinds is not None, "worker started without rules"
    return _dumps([source_claims(source, _worker_kinds) for source in batch])


class _Sent:
    """A part of a source's sentences given to a `SentenceFarm`: sent to a worker once its
    pool is started (`pending`: the worker's answer to come)."""

    __slots__ = ("farm", "pending", "source", "spans")

    def __init__(self, farm: SentenceFarm, source: Source, spans: list[tuple[int, int]]):
        self.farm = farm
        self.source = source
        self.spans = spans
        self.pending: multiprocessing.pool.AsyncResult[bytes] | None = None

    def reads(self) -> list[list[_Read]]:
        """What the kinds that read a sentence alone read in these sentences: the worker's
        answer, or when the pool is not started yet, read here."""
        from reconcile.extract import read_alone

        self.farm.send()
        if self.pending is None:  # the workers are not there yet: read here
            self.farm.waiting.remove(self)
            own = self.farm.kinds.language(self.source.language)
            return read_alone(self.source, own, self.spans)
        answer = self.pending.get()
        with collector_paused():  # many records, no cycles: see `collector_paused`
            found: list[list[_Read]] = pickle.loads(answer)
        return found


class SentenceFarm:
    """The farm `reconcile.extract.each_claim` gives a long source's sentences to
    (`reconcile.extract.Farm`): read by the kinds that read a sentence alone in worker
    processes (`_read_alone`), of a pool given, or of one `start` gives: that is called in
    a thread, so that this process reads meanwhile, and a part of the sentences asked for
    before the pool is there is read here (the same reads: `reconcile.extract.read_alone`)."""

    def __init__(
        self,
        start: Callable[[], multiprocessing.pool.Pool] | multiprocessing.pool.Pool,
        kinds: Kinds,
    ) -> None:
        import threading

        self.kinds = kinds
        self.waiting: list[_Sent] = []
        self.pool: multiprocessing.pool.Pool | None = None
        self._failed: BaseException | None = None
        self._thread: threading.Thread | None = None
        if callable(start):  # a pool to start
            self._thread = threading.Thread(target=self._start, args=(start,), daemon=True)
            self._thread.start()
        else:
            self.pool = start

    def _start(self, start: Callable[[], multiprocessing.pool.Pool]) -> None:
        try:
            self.pool = start()
        except BaseException as error:  # raised where the reads are asked for
            self._failed = error

    def __call__(
        self, source: Source, spans: list[tuple[int, int]]
    ) -> Callable[[], list[list[_Read]]]:
        sent = _Sent(self, source, spans)
        self.waiting.append(sent)
        self.send()
        return sent.reads

    def send(self) -> None:
        """The parts waiting sent to the workers, once their pool is started."""
        if self._failed is not None:
            raise self._failed
        pool = self.pool
        if pool is None:
            return
        for sent in self.waiting:
            sent.pending = pool.apply_async(_read_alone, (sent.source, sent.spans))
        self.waiting.clear()

    def close(self, ended: bool) -> None:
        """The workers ended: once their work is read (`ended`), else at once."""
        if self._thread is not None:
            self._thread.join()
        if self.pool is None:
            return
        if ended:
            self.pool.close()
            self.pool.join()
        else:
            self.pool.terminate()


def _read_alone(source: Source, spans: list[tuple[int, int]]) -> bytes:
    """What the kinds that read a sentence alone read in the sentences of `source` at
    `spans` (`reconcile.extract.read_alone`), pickled as `_extract_batch` pickles claims."""
    from reconcile.cache import _dumps
    from reconcile.extract import read_alone

    assert _worker_kinds is not None, "worker started without rules"
    return _dumps(read_alone(source, _worker_kinds.language(source.language), spans))


def _cluster_one(task: BlockTask) -> tuple[str, bytes]:
    """A block's key, and its clusters and facts pickled as `_extract_batch` pickles claims."""
    from reconcile.cache import _dumps

    assert _worker_kinds is not None, "worker started without rules"
    return task.key, _dumps(cluster_and_judge(task, _worker_kinds))


def _load_batch(paths: Sequence[Path]) -> list[FileLoad]:
    from reconcile.sources import load_file

    assert _worker_rules is not None, "worker started without rules"
    return [load_file(path, _worker_rules) for path in paths]
