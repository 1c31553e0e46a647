"""Extraction throughput on news sentences, whole process, against quantulum3 in the same run.

    python bench/throughput.py                  # 2,950 sentences, 5 rounds
    python bench/throughput.py --sentences 2950 --rounds 5 --jobs 1
    python bench/throughput.py --cold           # rules compiled again every round

The sentences are the first longer than 20 characters, in file order, of the Wikinews 2019
and 2020 articles in `../shared/data/real-news/` (read at run time and written to a
temporary file, never kept; the script exits 2 when that folder is absent). Each round runs,
as separate processes, `reconcile claims FILE --no-cache --jobs N` (claims never kept; the
rules compiled and the unit conversions kept in a cache folder of its own by the warm-up
run, as `--no-cache` reuses them; with `--cold`: that folder emptied before every round, so
the rules are loaded and compiled every time) and a script that hands every line of the
same file to quantulum3's parser; rounds alternate the two, and the ratio is taken round by
round (quantulum3's time over reconcile's) so that a change of machine load between rounds
moves both. Times include each program's start-up. Also prints a plain `re` pass over the
same text, the ceiling the issue measures the extractor against.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.realnews_data import require_root, wikinews_documents

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
QUANTULUM = (
    "import sys\n"
    "from quantulum3 import parser\n"
    "for line in open(sys.argv[1], encoding='utf-8'):\n"
    "    parser.parse(line)\n"
)


def sentences(count: int) -> list[str]:
    require_root()
    found: list[str] = []
    documents = [
        document
        for year in (2019, 2020)
        for document in wikinews_documents(f"wikinews/wikinews_{year}.csv")
    ]
    for document in documents:
        for sentence in _SENTENCE.split(document.text):
            sentence = " ".join(sentence.split())
            if len(sentence) > 20:
                found.append(sentence)
                if len(found) == count:
                    return found
    return found


def once(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2950)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--warm",
        action="store_true",
        help="the default now (rules and unit conversions kept by the warm-up run; claims"
        " never): kept so that older commands still run",
    )
    parser.add_argument(
        "--cold", action="store_true", help="an empty cache folder every round: rules compiled"
    )
    args = parser.parse_args()
    lines = sentences(args.sentences)
    text = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "sentences.txt"
        path.write_text(text, encoding="utf-8")
        ours = [
            sys.executable,
            "-m",
            "reconcile.cli",
            "claims",
            str(path),
            "--jobs",
            str(args.jobs),
        ]
        kept = Path(work) / "kept"
        theirs = [sys.executable, "-c", QUANTULUM, str(path)]

        def ours_once() -> tuple[float, float]:
            if args.cold:
                shutil.rmtree(kept, ignore_errors=True)
            return once([*ours, "--no-cache", "--cache-dir", str(kept)])

        ours_once(), once(theirs)  # warm-up: file cache, bytecode
        rounds = [(ours_once(), once(theirs)) for _ in range(args.rounds)]
    start = time.perf_counter()
    numbers = sum(1 for _ in re.finditer(r"\d[\d,.]*", text))
    regex = time.perf_counter() - start
    megabytes = len(text.encode()) / 1e6
    how = "--no-cache, cold: rules compiled every run" if args.cold else "--no-cache"
    print(f"{len(lines):,} sentences, {megabytes:.2f} MB, {args.rounds} rounds, --jobs {args.jobs}")
    print(f"reconcile: {how}")
    print("| program | wall s | cpu s | sentences/s (cpu) | MB/s (cpu) |")
    print("|---|---:|---:|---:|---:|")
    for name, index in (("reconcile claims", 0), ("quantulum3", 1)):
        wall = statistics.median(r[index][0] for r in rounds)
        cpu = statistics.median(r[index][1] for r in rounds)
        print(
            f"| {name} | {wall:.2f} | {cpu:.2f} | {len(lines) / cpu:,.0f} | {megabytes / cpu:.3f} |"
        )
    print(
        f"| plain regex pass ({numbers:,} numbers) | {regex:.3f} | – | –"
        f" | {megabytes / regex:.1f} |"
    )
    for what, index in (("wall", 0), ("cpu", 1)):
        ratios = sorted(r[1][index] / r[0][index] for r in rounds)
        print(
            f"ratio quantulum3 / reconcile, {what}: median {statistics.median(ratios):.1f}×"
            f" (rounds {ratios[0]:.1f}–{ratios[-1]:.1f}×)"
        )


if __name__ == "__main__":
    main()
