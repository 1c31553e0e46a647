"""What reading concepts costs: CPU time of `concept_of` per number, and of the quantity path.

    .venv/bin/python bench/concepts_cost.py [--repeat N]

Runs the quantity path of `bench/quantities.py` (sentences, quantity mentions, claims) on
every sentence of `tests/data/quantities/{dev,heldout}.jsonl`, records each call the quantity
kind makes to `concept_of`, then times those calls alone and the whole path, in CPU time
(`time.process_time`, so other work on a shared machine weighs less), best of `--repeat`
passes after one warm-up pass. Run it on two checkouts one after the other, several times,
to compare them: the figures still move with the machine's load.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reconcile.kinds.quantity.kind as quantity_kind  # noqa: E402
from bench.quantities import load_gold, reconcile_extractor  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The least CPU time of `repeat` runs of `work`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed passes (best is kept)")
    args = parser.parse_args(argv)
    texts = [case["text"] for case in load_gold("all")]
    extract = reconcile_extractor(load_rules())
    calls: list[tuple[Any, ...]] = []
    original = quantity_kind.concept_of

    def recorded(*arguments: Any) -> Any:
        calls.append(arguments)
        return original(*arguments)

    quantity_kind.concept_of = recorded  # type: ignore[assignment]
    try:
        for text in texts:
            extract(text)
    finally:
        quantity_kind.concept_of = original

    def read_concepts() -> None:
        for arguments in calls:
            original(*arguments)

    def run_path() -> None:
        for text in texts:
            extract(text)

    run_path()
    per_number = best_of(args.repeat, read_concepts) / len(calls)
    per_pass = best_of(args.repeat, run_path)
    print(f"{len(texts)} sentences, {len(calls)} numbers; CPU time, best of {args.repeat}")
    print(f"- concept_of: {per_number * 1e6:.1f} µs per number")
    print(f"- quantity path: {len(texts) / per_pass:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
