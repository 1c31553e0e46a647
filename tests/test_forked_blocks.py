"""A long article's blocks (one source's, which `LocalEngine._share` keeps out of the worker
pool: sending its claims costs what clustering them does) clustered by this process and
workers forked from it (`reconcile.engine._cluster_forked`): the same clusters, facts and
report bytes with one job, two or three; not forked while another thread runs."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import reconcile.engine as engine_module
from bench.large_source import article
from reconcile import run
from reconcile.api import claims_of
from reconcile.engine import LocalEngine, _balanced
from reconcile.kinds import Kinds
from reconcile.match import match
from reconcile.models import Claim, Source
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown
from reconcile.rules import RuleSet
from reconcile.sources import load_sources


@pytest.fixture(scope="module")
def long(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated article of about 40,000 characters (several blocks of hundreds of
    claims, all of one source)."""
    folder = tmp_path_factory.mktemp("forked")
    (folder / "long.txt").write_text(article(40_000, seed=11), encoding="utf-8")
    return folder


# the long article's sources, kinds and claims
Read = tuple[tuple[Source, ...], Kinds, tuple[Claim, ...]]


@pytest.fixture(scope="module")
def read(long: Path, rules: RuleSet) -> Read:
    """The long article's sources, kinds and claims, read once for the tests that match
    them with an engine of their own."""
    sources = load_sources([long], rules)
    kinds = Kinds.build(rules)
    return sources, kinds, claims_of(sources, kinds)


def idle_threads_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads other tests of the session left idle (a Dask cluster's) not counted as
    running: the fork is what is tested; a thread the test starts is counted."""
    idle = len(threading.enumerate()) - 1
    monkeypatch.setattr(threading, "active_count", lambda: len(threading.enumerate()) - idle)


def _forks(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The claims of each part of every forked clustering, as it is called (idle threads
    not counted, `idle_threads_not_counted`)."""
    calls: list[list[int]] = []
    idle_threads_not_counted(monkeypatch)
    cluster_forked = engine_module._cluster_forked

    def counted(todo: Sequence[tuple[str, list[Claim]]], parts: list[list[int]], block: Any) -> Any:
        calls.append([sum(len(todo[at][1]) for at in part) for part in parts])
        return cluster_forked(todo, parts, block)

    monkeypatch.setattr(engine_module, "_cluster_forked", counted)
    return calls


def test_one_source_s_blocks_clustered_by_forked_workers_give_the_same_report(
    long: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = run([long], jobs=1)
    assert len(report.sources) == 1 and len(report.facts) > 500
    single = render_markdown(report, "."), render_json(report)
    calls = _forks(monkeypatch)
    for jobs in (2, 3):
        engine = LocalEngine(jobs, min_block=50)
        forked = run([long], engine=engine)
        assert (render_markdown(forked, "."), render_json(forked)) == single
    # each run forked, its parts of about as many claims, the lightest this process's
    assert [len(parts) for parts in calls] == [2, 3]
    for parts in calls:
        assert parts == sorted(parts) and parts[0] >= 50


def test_not_forked_while_another_thread_runs_nor_for_small_parts(
    read: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, kinds, claims = read
    expected = match(claims, kinds, sources)
    calls = _forks(monkeypatch)
    assert LocalEngine(2, min_block=10**6).match(claims, kinds, sources) == expected
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert LocalEngine(2, min_block=50).match(claims, kinds, sources) == expected
    finally:
        stop.set()
        other.join()
    assert calls == []
    assert LocalEngine(2, min_block=50).match(claims, kinds, sources) == expected
    assert len(calls) == 1


def test_a_forked_worker_s_error_is_raised_here(
    read: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, kinds, claims = read

    idle_threads_not_counted(monkeypatch)
    here = os.getpid()
    cluster_here = engine_module._cluster_here

    def broken(*args: Any) -> Any:
        if os.getpid() != here:
            raise RuntimeError("a worker failed")
        return cluster_here(*args)

    monkeypatch.setattr(engine_module, "_cluster_here", broken)
    with pytest.raises(RuntimeError, match="a worker failed"):
        LocalEngine(2, min_block=50).match(claims, kinds, sources)


@pytest.mark.parametrize(
    ("sizes", "jobs", "parts"),
    [
        ([8171, 1624, 1635, 804, 789, 1, 869, 6612], 2, [[0, 1, 4], [7, 2, 6, 3, 5]]),
        ([5, 5, 5], 2, [[0, 2], [1]]),
        ([9, 1, 1, 1], 3, [[0], [1, 3], [2]]),
    ],
)
def test_blocks_are_cut_into_parts_by_their_claims_largest_first(
    sizes: list[int], jobs: int, parts: list[list[int]]
) -> None:
    todo = [(f"block {at}", [Any] * size) for at, size in enumerate(sizes)]
    assert _balanced(todo, jobs) == parts  # type: ignore[arg-type]
