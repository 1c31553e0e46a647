"""Where one long source's extraction time goes: each kind's finder and `normalize`, and the
shared steps inside them, in CPU seconds of one process.

    .venv/bin/python bench/extract_costs.py FILE_OR_FOLDER [--passes N]

Reads FILE (or every source of a folder) as `reconcile claims FILE --no-cache --jobs 1`
extracts it (`extract.each_claim`,
the rules compiled first, a fresh sentence memo each pass): first `--passes` plain passes,
whose best is the extraction's CPU time and its megabytes a second; then one pass with a
timer around each step below, which counts the process's CPU time of its outermost call
(a step called from inside itself is counted once). The timers cost some CPU per call
(two clock reads), shown as the timed pass's excess over the plain one; a step's share is
of the timed pass. Unlike a profiler, which adds its cost to every Python call and so
inflates the steps of many small calls (four times the run here), and unlike a sampler's
shares, which are counts of a few thousand samples, the times are those of the steps
themselves, plus the timers' own cost (under a tenth of the run).

Steps nest (the quantity kind's `normalize` holds the concept readings and the context;
its finder holds the number scan and the words around each number), so the shares do not
add up to 100%. The sentence memo, the gates and the claims put in order are the rest.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile import concepts, context, extract  # noqa: E402
from reconcile.kinds import Kinds, LanguageKinds  # noqa: E402
from reconcile.kinds.quantity import find as quantity_find  # noqa: E402
from reconcile.kinds.quantity import kind as quantity_kind  # noqa: E402
from reconcile.models import Source  # noqa: E402
from reconcile.numbers.scanner import NumberScanner  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402
from reconcile.sources import load_sources  # noqa: E402

# (label, object holding the function, its name): the shared steps timed inside the kinds
STEPS: list[tuple[str, Any, str]] = [
    ("the gates (`extract._opened`)", extract, "_opened"),
    ("number scan (`NumberScanner.numbers`)", NumberScanner, "numbers"),
    ("non-claims before each number (`_nonclaim_spans`)", quantity_find, "_nonclaim_spans"),
    ("words around each number (`_atom`)", quantity_find, "_atom"),
    ("a quantity mention made (`_mention`)", quantity_find, "_mention"),
    ("concept readings (`concept_of`)", quantity_kind, "concept_of"),
    ("— of them, frames (`_by_frames`)", concepts, "_by_frames"),
    ("— of them, the grammar (`Reading.read`)", concepts.Reading, "read"),
    ("the story's readings (`concept_in_story`)", quantity_kind, "concept_in_story"),
    ("— a parallel clause's numbers (`Reading._parallel`)", concepts.Reading, "_parallel"),
    ("context (`ContextReader.read`)", context.ContextReader, "read"),
]


class Timers:
    """Process CPU time of each wrapped step's outermost calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.inside: dict[str, int] = defaultdict(int)

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.inside[label]:
                return function(*args, **kwargs)
            self.inside[label] += 1
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[label] += time.process_time() - started
                self.calls[label] += 1
                self.inside[label] -= 1

        return timed


def extract_all(sources: Sequence[Source], kinds: Kinds) -> tuple[float, int]:
    """CPU seconds and claims of one extraction of `sources`, with a fresh sentence memo."""
    extract._MEMOS.clear()
    gc.collect()
    started = time.process_time()
    claims = sum(1 for source in sources for _ in extract.each_claim(source, kinds))
    return time.process_time() - started, claims


def timed_pass(
    sources: Sequence[Source], kinds: Kinds, owns: Sequence[LanguageKinds]
) -> tuple[float, Timers]:
    """One extraction with every kind's `find` and `normalize` and every step of `STEPS`
    timed; the wrappers are removed afterwards."""
    timers = Timers()
    undo: list[tuple[Any, str, Any]] = []
    for holder_label, holder, name in STEPS:
        original = holder.__dict__[name]
        undo.append((holder, name, original))
        setattr(holder, name, timers.wrap(holder_label, original))
    for kind in (kind for own in owns for kind in own):
        for name in ("find", "normalize"):
            undo.append((kind, name, None))
            setattr(kind, name, timers.wrap(f"{kind.name}: {name}", getattr(kind, name)))
    try:
        spent, _ = extract_all(sources, kinds)
    finally:
        for holder, name, original in reversed(undo):
            if original is None:
                delattr(holder, name)  # the instance's wrapper: the class's method again
            else:
                setattr(holder, name, original)
    return spent, timers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", help="the source to extract, or a folder of sources")
    parser.add_argument("--passes", type=int, default=3, help="plain passes (best is kept)")
    args = parser.parse_args(argv)
    rules = load_rules()
    kinds = Kinds.build(rules)
    sources = load_sources([args.path], rules)
    if not sources:
        parser.error(f"{args.path}: no source read")
    # each language's kinds compiled before any pass (the steps of all of them are timed)
    owns = [kinds.language(language) for language in {source.language for source in sources}]
    size = sum(len(source.text) for source in sources) / 1e6
    plain = [extract_all(sources, kinds) for _ in range(max(1, args.passes))]
    best, claims = min(plain)
    spent, timers = timed_pass(sources, kinds, owns)
    print(f"{claims} claims, {size:.2f} MB: best of {len(plain)} plain passes {best:.3f} s CPU")
    print(f"({size / best:.3f} MB/s); timed pass {spent:.3f} s ({spent - best:+.3f} s timers)")
    print()
    print("| step | calls | CPU s | share of the timed pass |")
    print("|---|---:|---:|---:|")
    for label, seconds in sorted(timers.spent.items(), key=lambda item: -item[1]):
        share = 100 * seconds / spent
        print(f"| {label} | {timers.calls[label]:,} | {seconds:.3f} | {share:.1f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
