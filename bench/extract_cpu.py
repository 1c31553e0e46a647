"""Extraction throughput in CPU time, for before/after comparisons on a shared machine.

    .venv/bin/python bench/extract_cpu.py [--passes N]

Runs the quantity path of `bench/quantities.py` (sentences, quantity mentions, claims) over
its 255 gold sentences: one warm-up pass, then `--passes` timed passes; prints the sentences
per second of the best pass, timed with the process's CPU time rather than the wall clock,
so that other jobs on the machine move the figure less. To compare two commits, run it in a
checkout of each, alternately, a few times.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quantities import load_gold, reconcile_extractor  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--passes", type=int, default=40, help="timed passes")
    args = parser.parse_args(argv)
    run = reconcile_extractor(load_rules())
    texts = [case["text"] for case in load_gold("all")]
    for text in texts:
        run(text)
    best = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - started)
    print(f"{len(texts) / best:,.0f} sentences/s (CPU time, best of {args.passes} passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
