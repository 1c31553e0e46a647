"""Start-up of the short commands, whole process: `claims` and `check` on a one-line file.

    python bench/startup.py               # 15 runs each after 2 warm-ups, cache warm
    python bench/startup.py --no-cache    # claims never kept (the compiled rules are)
    python bench/startup.py --cold        # an empty cache folder every run: rules compiled
    python bench/startup.py --new-source  # another line every run: its claims never kept
    python -X importtime -m reconcile.cli claims FILE 2> imports.txt   # where it goes

Prints the median and the range of wall and CPU seconds per command, and the modules that
matter for start-up that each command imported (it should not import polars, pint or rich).
The commands run with Python's bytecode cache on, as an installed package has it (the
warm-ups write it even when PYTHONDONTWRITEBYTECODE is set here): without it every module
is compiled from source on every run, which is not what a user's start-up pays.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LINE = "Over 100,000 troops were at the border on Monday, officials said.\n"
NUMBERS = itertools.count(1)
HEAVY = ("polars", "pint", "rich", "rapidfuzz", "pydantic", "yaml")
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def once(
    command: list[str], cwd: Path, new_source: bool = False, cold: Path | None = None
) -> tuple[float, float]:
    if cold is not None:  # an empty cache folder: the rules loaded and compiled again
        shutil.rmtree(cold, ignore_errors=True)
    if new_source:  # a line no run has read: extracted, as in CI when a source is added
        line = LINE.replace("100,000", f"{100_000 + next(NUMBERS):,}")
        (cwd / "one.txt").write_text(line, encoding="utf-8")
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=cwd, env=ENV)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def imported(command: list[str], cwd: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
    )
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    return sorted(name for name in HEAVY if name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--no-cache", action="store_true", help="claims never kept")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="an empty cache folder before every run (rules loaded and compiled every run)",
    )
    parser.add_argument(
        "--new-source",
        action="store_true",
        help="write another line before every run, so its claims are extracted (rules cached)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "one.txt").write_text(LINE, encoding="utf-8")
        extra = ["--cache-dir", str(folder / "cache")]
        if args.no_cache:
            extra.append("--no-cache")
        cold = folder / "cache" if args.cold else None
        print("| command | wall s median (min–max) | cpu s median (min–max) | imports |")
        print("|---|---:|---:|---|")
        for name in ("claims", "check"):
            command = [sys.executable, "-m", "reconcile.cli", name, "one.txt", *extra]
            for _ in range(args.warmup):
                once(command, folder, args.new_source, cold)
            runs = (once(command, folder, args.new_source, cold) for _ in range(args.runs))
            walls, cpus = zip(*runs, strict=True)
            heavy = ", ".join(imported(command, folder)) or "none of " + "/".join(HEAVY)
            print(
                f"| `reconcile {name}` | {statistics.median(walls):.3f}"
                f" ({min(walls):.3f}–{max(walls):.3f}) | {statistics.median(cpus):.3f}"
                f" ({min(cpus):.3f}–{max(cpus):.3f}) | {heavy} |"
            )


if __name__ == "__main__":
    main()
