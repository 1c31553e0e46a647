"""Where the quantity path's CPU time goes, stage by stage, without a profiler's distortion.

    .venv/bin/python bench/extract_stages.py [--passes N]

Runs the quantity path of `bench/extract_cpu.py` (the 255 gold sentences of
`bench/quantities.py`) once while recording the arguments every stage below is called with,
then times each stage alone on its recorded calls (best of `--passes`, process CPU time)
and prints microseconds per sentence and the share of the whole path. `cProfile` adds a
fixed cost to every Python call, so on this path (many small calls) it inflates the stages
that make many calls: read this table for shares, the profiler for who calls what.

Stages nest (`concept_of` holds `_by_frames` and `Reading.read`; `_atom` holds
`after_number`), so the shares do not add up to 100%. A stage timed alone may find its
small caches (`functools.lru_cache` of a sentence's folded words) warmer or colder than in
the path; the figures are for comparing stages and commits, not exact.
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

from bench import quantities  # noqa: E402
from bench.quantities import load_gold, reconcile_extractor  # noqa: E402
from reconcile import concepts, context  # noqa: E402
from reconcile.kinds.quantity import find, kind  # noqa: E402
from reconcile.numbers import scanner, surroundings  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402

Call = tuple[tuple[Any, ...], dict[str, Any]]

# (label, object holding the function, its name), outermost first
STAGES: list[tuple[str, Any, str]] = [
    ("find_quantities", quantities, "find_quantities"),  # as the bench path calls it
    ("  numbers (scanner)", scanner.NumberScanner, "numbers"),
    ("  _nonclaim_spans", find, "_nonclaim_spans"),
    ("  _atom", find, "_atom"),
    ("    after_number", surroundings.Surroundings, "after_number"),
    ("  _mention", find, "_mention"),
    ("quantity normalize", kind.QuantityKind, "normalize"),
    ("  concept_of", kind, "concept_of"),
    ("    _by_frames", concepts, "_by_frames"),
    ("    Reading.read", concepts.Reading, "read"),
    ("  ContextReader.read", context.ContextReader, "read"),
]


def _recording(
    owner: Any, name: str, calls: list[Call]
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    original = getattr(owner, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    return original, recorded


def _best(function: Callable[..., Any], calls: list[Call], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for args, kwargs in calls:
            function(*args, **kwargs)
        best = min(best, time.process_time() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--passes", type=int, default=15, help="timed passes per stage")
    args = parser.parse_args(argv)
    run = reconcile_extractor(load_rules())
    texts = [case["text"] for case in load_gold("all")]
    for text in texts:
        run(text)  # warm: rules' lazily compiled patterns, caches
    recorded: list[tuple[str, Callable[..., Any], list[Call]]] = []
    originals: list[tuple[Any, str, Callable[..., Any]]] = []
    for label, owner, name in STAGES:
        calls: list[Call] = []
        original, wrapper = _recording(owner, name, calls)
        setattr(owner, name, wrapper)
        originals.append((owner, name, original))
        recorded.append((label, original, calls))
    try:
        for text in texts:
            run(text)
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)
    whole = _best(run, [((text,), {}) for text in texts], args.passes)
    per = 1e6 / len(texts)
    print(f"{len(texts)} sentences, quantity path {whole * per:.1f} µs a sentence (CPU)")
    print("| stage | calls a sentence | µs a sentence | share |")
    print("|---|---:|---:|---:|")
    for label, function, calls in recorded:
        seconds = _best(function, calls, args.passes)
        print(
            f"| {label} | {len(calls) / len(texts):.2f} | {seconds * per:.1f}"
            f" | {seconds / whole:.0%} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
