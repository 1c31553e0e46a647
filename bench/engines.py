"""Extraction over generated documents: one process, worker processes, Dask, Ray.

    python bench/engines.py 10000              # each engine with 2 workers, where installed
    python bench/engines.py 10000 --workers 2 --engines single local dask ray

Each engine extracts the claims of the same sources (loaded once, before timing) and the
claims are compared with the single-process run: the figures count only when they are equal.
"start" is the time to start the engine's workers (a local cluster for Dask and Ray);
"extract" the time of the map itself. Ray is not a dependency of this project: install it
into the environment to include it (`pip install ray`), otherwise it is skipped.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import corpus
from reconcile.engine import LocalEngine, batches, source_claims
from reconcile.kinds import Kinds
from reconcile.models import Claim, Source
from reconcile.rules import RuleSet, load_rules
from reconcile.sources import load_sources

Claims = list[tuple[Claim, ...]]


def single(sources: Sequence[Source], rules: RuleSet, workers: int) -> tuple[float, Claims]:
    kinds = Kinds.build(rules)
    return 0.0, [source_claims(s, kinds) for s in sources]


def local(sources: Sequence[Source], rules: RuleSet, workers: int) -> tuple[float, Claims]:
    return 0.0, LocalEngine(workers, min_chars=0).extract(sources, Kinds.build(rules))


def dask(sources: Sequence[Source], rules: RuleSet, workers: int) -> tuple[float, Claims]:
    from reconcile.engine.dask import DaskEngine

    start = time.perf_counter()
    with DaskEngine(workers=workers) as engine:
        engine.client()
        started = time.perf_counter() - start
        return started, engine.extract(sources, Kinds.build(rules))


def ray(sources: Sequence[Source], rules: RuleSet, workers: int) -> tuple[float, Claims]:
    import ray as ray_module

    from reconcile.cache import _dumps

    start = time.perf_counter()
    ray_module.init(num_cpus=workers, include_dashboard=False, logging_level="ERROR")
    try:
        started = time.perf_counter() - start

        @ray_module.remote
        def extract_batch(batch: Sequence[Source], rules_bytes: bytes) -> Claims:
            from reconcile.engine.dask import _kinds

            return [source_claims(s, _kinds(rules_bytes)) for s in batch]

        rules_ref = ray_module.put(_dumps(rules))
        futures = [extract_batch.remote(b, rules_ref) for b in batches(sources, workers)]
        found: Claims = []
        for part in ray_module.get(futures):
            found.extend(part)
        return started, found
    finally:
        ray_module.shutdown()


ENGINES: dict[str, Callable[[Sequence[Source], RuleSet, int], tuple[float, Claims]]] = {
    "single": single,
    "local": local,
    "dask": dask,
    "ray": ray,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", type=int, nargs="?", default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    rules = load_rules()
    sources = load_sources([corpus(args.sources, args.corpora)], rules)
    print(f"{len(sources):,} sources, {sum(len(s.text) for s in sources):,} characters")
    print("| engine | workers | start s | extract s | total s | claims equal |")
    print("|---|---:|---:|---:|---:|---|")
    expected: Claims | None = None
    for name in args.engines:
        try:
            before = time.perf_counter()
            started, found = ENGINES[name](sources, rules, args.workers)
            total = time.perf_counter() - before
        except ImportError as error:
            print(f"| {name} | – | – | – | – | not installed ({error.name}) |")
            continue
        expected = expected if expected is not None else found
        workers = 1 if name == "single" else args.workers
        print(
            f"| {name} | {workers} | {started:.1f} | {total - started:.1f} | {total:.1f}"
            f" | {'yes' if found == expected else 'NO'} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
