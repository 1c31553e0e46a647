"""A Dask distributed cluster as the engine, for corpora past what one machine does in time.

Extraction maps over batches of sources on the workers. Matching is a shuffle by block key:
each source's topic (its proper names) is read on the workers, the claims are grouped by
their block and each block is clustered by one task, with the publication dates and topics
of its own sources only, which judges the block's facts too (their sources travel without
their text). The report is rendered once, by the caller. The rules
travel once to each worker, pickled; every function that runs there is this package's own,
so the workers need `reconcile` installed, not this process's code.

Requires the `dask` extra (`pip install 'reconcile[dask]'`); imported only when used.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile.cache import ClaimCache, _dumps
from reconcile.engine import (
    BlockTask,
    Clustered,
    Progress,
    batches,
    blocks_of,
    cluster_and_judge,
    collector_paused,
    judging_sources,
    match_blocks,
    source_claims,
)
from reconcile.errors import InputError
from reconcile.models import Claim, Cluster, Fact, Source
from reconcile.rules import RuleSet

if TYPE_CHECKING:
    from reconcile.kinds import Kinds
    from reconcile.sources import Loaded

CONNECT_TIMEOUT = "20s"


class DaskEngine:
    """Runs extraction and clustering on a Dask cluster: the scheduler at `address`, a
    `client` already connected, or else a cluster of `workers` processes on this machine."""

    def __init__(
        self,
        address: str | None = None,
        *,
        client: Any = None,
        workers: int = 2,
        processes: bool = True,
    ) -> None:
        self.address = address
        self.workers = workers
        self.processes = processes
        self._client = client
        self._owned: list[Any] = []
        self._rules: tuple[RuleSet, Any] | None = None  # the rules, and their future on the cluster

    def client(self) -> Any:
        """The connected `distributed.Client` (connecting, or starting a local cluster, once)."""
        if self._client is not None:
            return self._client
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError.single(
                "--engine dask", "needs Dask: pip install 'reconcile[dask]'"
            ) from None
        if self.address is not None:
            try:
                self._client = Client(self.address, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as error:
                raise InputError.single(
                    "--address", f"cannot reach a Dask scheduler at {self.address}: {error}"
                ) from None
        else:
            cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=self.processes,
                dashboard_address=None,
            )
            self._owned.append(cluster)
            self._client = Client(cluster)
        self._owned.append(self._client)
        return self._client

    def close(self) -> None:
        """Close the client and the local cluster this engine started (not a given client)."""
        for thing in reversed(self._owned):
            thing.close()
        self._owned.clear()
        self._client = None
        self._rules = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _rules_on_cluster(self, client: Any, rules: RuleSet) -> Any:
        """The rules sent once to every worker; the future is kept while the rules are used."""
        if self._rules is None or self._rules[0] is not rules:
            self._rules = (rules, client.scatter(_dumps(rules), broadcast=True, hash=False))
        return self._rules[1]

    def _width(self, client: Any) -> int:
        return max(1, len(client.scheduler_info().get("workers", {})) or self.workers)

    def load(
        self, paths: Sequence[str | Path], rules: RuleSet, follow_symlinks: bool = False
    ) -> Loaded:
        """The sources under `paths` and the notes on them, read here: the files are where
        this process runs, not necessarily where the workers do."""
        from reconcile.sources import read_sources

        return read_sources(paths, rules, follow_symlinks)

    def extract(
        self, sources: Sequence[Source], kinds: Kinds, progress: Progress | None = None
    ) -> list[tuple[Claim, ...]]:
        """Per source, its claims: batches of sources mapped over the workers."""
        if not sources:
            return []
        client = self.client()
        rules_bytes = self._rules_on_cluster(client, kinds.rules)
        work = client.scatter(batches(sources, self._width(client)), hash=False)
        futures = client.map(_extract_batch, work, rules_bytes=rules_bytes, pure=False)
        found: list[tuple[Claim, ...]] = []
        size = sum(len(s.text) for s in sources)
        done = 0
        with collector_paused():  # the claims read back, as `LocalEngine` reads them
            for future in futures:  # in the order of the sources
                batch = future.result()
                done += sum(len(s.text) for s in sources[len(found) : len(found) + len(batch)])
                found.extend(batch)
                if progress is not None:
                    progress(done, size)
        return found

    def match(
        self, claims: Sequence[Claim], kinds: Kinds, sources: Sequence[Source]
    ) -> tuple[Cluster, ...]:
        """The clusters `reconcile.match.match` gives, each block clustered by one task."""
        return self.match_and_compare(claims, kinds, sources, judge=False)[0]

    def match_and_compare(
        self,
        claims: Sequence[Claim],
        kinds: Kinds,
        sources: Sequence[Source],
        cache: ClaimCache | None = None,
        judge: bool = True,
        grouped: tuple[list[tuple[str, list[Claim]]], list[str]] | None = None,
    ) -> tuple[tuple[Cluster, ...], tuple[Fact, ...]]:
        """`match`, and the facts of its clusters, judged here; with `cache`, the blocks
        seen in a run before are read back, not sent to the cluster (see
        `reconcile.engine.match_blocks`)."""
        dates = {s.id: s.published for s in sources}
        languages = {s.id: s.language for s in sources}

        def cluster(todo: Sequence[tuple[str, list[Claim]]]) -> dict[str, Clustered]:
            client = self.client()
            rules_bytes = self._rules_on_cluster(client, kinds.rules)
            wanted = {c.source_id for _, members in todo for c in members}
            needed = [s for s in sources if s.id in wanted]
            work = client.scatter(batches(needed, self._width(client)), hash=False)
            topics: dict[str, str] = {}
            for part in client.gather(
                client.map(_topics, work, rules_bytes=rules_bytes, pure=False)
            ):
                topics.update(part)
            judged = judging_sources(needed) if judge else None
            tasks = []
            for key, members in todo:  # the shuffle: each block's claims go to one task
                own = {c.source_id for c in members}
                task = BlockTask(
                    key,
                    members,
                    {s: languages[s] for s in own if s in languages},
                    {s: dates.get(s) for s in own},
                    {s: topics[s] for s in own if s in topics},
                    None if judged is None else {s: judged[s] for s in own if s in judged},
                )  # judged there too: a fact depends on its block's claims and sources alone
                tasks.append(client.submit(_cluster, task, rules_bytes=rules_bytes, pure=False))
            with collector_paused():
                done = client.gather(tasks)
            return {key: part for (key, _), part in zip(todo, done, strict=True)}

        grouped = grouped or blocks_of(claims, kinds, languages)
        return match_blocks(claims, kinds, sources, grouped, cluster, cache, judge)


_kinds_by_digest: dict[str, Kinds] = {}


def _kinds(rules_bytes: bytes) -> Kinds:
    """The rules on a worker, unpickled and compiled into kinds once per worker."""
    from reconcile.kinds import Kinds

    digest = hashlib.sha256(rules_bytes).hexdigest()
    if digest not in _kinds_by_digest:
        _kinds_by_digest[digest] = Kinds.build(pickle.loads(rules_bytes))
    return _kinds_by_digest[digest]


def _extract_batch(batch: Sequence[Source], rules_bytes: bytes) -> list[tuple[Claim, ...]]:
    kinds = _kinds(rules_bytes)
    return [source_claims(source, kinds) for source in batch]


def _topics(batch: Sequence[Source], rules_bytes: bytes) -> dict[str, str]:
    from reconcile.match import source_topics

    return source_topics((), _kinds(rules_bytes), batch)


def _cluster(task: BlockTask, rules_bytes: bytes) -> Clustered:
    return cluster_and_judge(task, _kinds(rules_bytes))
