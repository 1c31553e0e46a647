"""Time and peak memory of the lower-case phrases read across a run, phrases kept or read again.

    .venv/bin/python bench/common_phrases.py [--days N]

`kinds/thing/common.py` counts the phrases every source of a run writes, then makes claims of
the recurring ones. A run of little text (up to `_HELD_CHARS` characters) keeps each source's
phrases between the two steps; a larger one reads them again, so that they are never all
held at once. This bench runs that reader alone (`CommonPhrases.read`, no other kind) on the
first N Current-events day pages of `../shared/data/real-news/` (Wikipedia contributors,
CC BY-SA 4.0; read at run time, never copied) both ways and prints, for each, the CPU
seconds (median of three runs) and the peak of the memory Python allocates while it reads
(`tracemalloc`, in a run of its own: tracing slows a run), and checks that both ways make
the same claims. Exits 2 when the shared folder is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realnews_data import require_root  # noqa: E402

from reconcile.context import ContextReader  # noqa: E402
from reconcile.kinds.thing import common  # noqa: E402
from reconcile.kinds.thing.kind import ThingKind  # noqa: E402
from reconcile.lexicon import compile_lexicon  # noqa: E402
from reconcile.models import Claim, Source  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402


def _sources(days: int) -> list[Source]:
    folder = require_root() / "current-events"
    sources = []
    for number, path in enumerate(sorted(folder.glob("*.md"))[:days]):
        text = path.read_text(encoding="utf-8")
        sources.append(Source(id=f"S{number:04d}", path=path.name, text=text))
    return sources


def _measure(read: Callable[[], list[Claim]]) -> tuple[float, float, list[Claim]]:
    """Median CPU seconds of three reads, and the peak MiB of a traced fourth."""
    seconds = []
    for _ in range(3):
        start = time.process_time()
        claims = read()
        seconds.append(time.process_time() - start)
    tracemalloc.start()
    read()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(seconds), peak, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=10_000, help="day pages read (all)")
    args = parser.parse_args()
    sources = _sources(args.days)
    lexicon = compile_lexicon(load_rules(), "en")
    reader = ThingKind(lexicon, ContextReader(lexicon)).common
    size = sum(len(s.text) for s in sources)
    held = common._HELD_CHARS
    print(f"{len(sources)} day pages, {size / 1e6:.1f} million characters")
    print("| phrases | CPU s | peak MiB | claims |\n|---|---:|---:|---:|")
    made = {}
    for label, limit in (("kept", max(held, size)), ("read again", 0)):
        common._HELD_CHARS = limit
        seconds, peak, claims = _measure(lambda: reader.read([], sources))
        made[label] = [(c.source_id, c.start, c.end, c.quote) for c in claims]
        print(f"| {label} | {seconds:.2f} | {peak:.1f} | {len(claims)} |")
    common._HELD_CHARS = held
    if made["kept"] != made["read again"]:
        print("the two ways made different claims", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
