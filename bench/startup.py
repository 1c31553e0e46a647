"""Start-up of the short commands, whole process: `claims` and `check` on a one-line file.

    python bench/startup.py               # 15 runs each after 2 warm-ups, cache warm
    python bench/startup.py --no-cache    # claims never kept (the compiled rules are)
    python bench/startup.py --cold        # an empty cache folder every run: rules compiled
    python bench/startup.py --new-source  # another line every run: its claims never kept
    python bench/startup.py --anatomy     # where the import of the command line goes
    python -X importtime -m reconcile.cli claims FILE 2> imports.txt   # where it goes

Prints the median and the range of wall and CPU seconds per command, and the modules that
matter for start-up that each command imported (it should not import polars, pint or rich).
The commands run with Python's bytecode cache on, as an installed package has it (the
warm-ups write it even when PYTHONDONTWRITEBYTECODE is set here): without it every module
is compiled from source on every run, which is not what a user's start-up pays.

`--anatomy` times, in `--runs` fresh processes, the import of `reconcile.cli` in CPU seconds
(what both commands pay before they read an argument), then the whole `claims` command of a
one-line file run in the same process (the kinds, rules and records it imports as it runs),
and the parts of each spent making dataclasses (each `@dataclass` writes and compiles its
methods) and compiling regular expressions, then lists the modules whose own import takes
longest (`-X importtime`, the least of the runs; wall time, so on a busy machine read them as
shares).
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


# Run in a fresh process: the CPU time of importing the command line, and of the dataclasses
# and regular expressions made while importing it; then the same of the whole `claims`
# command of a one-line file (its kinds, rules and records are imported when it runs).
_ANATOMY = """
import dataclasses, re, time
clock = time.process_time
spent = {"dataclasses": 0.0, "regexes": 0.0}
def timed(function, label):
    def wrapper(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - started
    return wrapper
dataclasses._process_class = timed(dataclasses._process_class, "dataclasses")
re._compile = timed(re._compile, "regexes")
started = clock()
import reconcile.cli
print(clock() - started, spent["dataclasses"], spent["regexes"])
import contextlib, io, sys
sys.argv = ["reconcile", "claims", sys.argv[1], "--no-cache", "--cache-dir", sys.argv[2]]
try:
    with contextlib.redirect_stdout(io.StringIO()):
        reconcile.cli.main()
except SystemExit:
    pass
print(clock() - started, spent["dataclasses"], spent["regexes"])
"""


def anatomy(runs: int, cwd: Path) -> None:
    """Where the import of `reconcile.cli` goes (see the module's docstring)."""
    parts = []
    with tempfile.TemporaryDirectory() as work:
        line, cache = Path(work) / "one.txt", Path(work) / "cache"
        line.write_text(LINE, encoding="utf-8")
        for _ in range(runs + 1):  # (the first compiles the rules into `cache`: not counted)
            done = subprocess.run(
                [sys.executable, "-c", _ANATOMY, str(line), str(cache)],
                capture_output=True,
                text=True,
                cwd=cwd,
                env=ENV,
                check=True,
            )
            parts.append([float(x) for x in done.stdout.split()])
    for what, at in (("import of reconcile.cli", 0), ("`claims` of one line, in process", 3)):
        total, made, compiled = (statistics.median(p[at + i] for p in parts[1:]) for i in range(3))
        print(
            f"{what}: {total:.3f} s CPU (median of {runs}); making dataclasses "
            f"{made:.3f} ({made / total:.0%}), compiling regexes {compiled:.3f} "
            f"({compiled / total:.0%}), the rest {total - made - compiled:.3f}"
        )
    least: dict[str, int] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import reconcile.cli"],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=ENV,
        )
        for line in done.stderr.splitlines():
            fields = line.split("|")
            if len(fields) != 3 or not fields[0].split(":")[-1].strip().isdigit():
                continue
            name, own = fields[2].strip(), int(fields[0].split(":")[-1])
            least[name] = min(least.get(name, own), own)
    whole = sum(least.values())
    print("| module | own import, ms (least of the runs) | share |")
    print("|---|---:|---:|")
    for name, own in sorted(least.items(), key=lambda item: -item[1])[:15]:
        print(f"| `{name}` | {own / 1000:.1f} | {own / whole:.1%} |")


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
    parser.add_argument(
        "--anatomy", action="store_true", help="where the import of the command line goes"
    )
    args = parser.parse_args()
    if args.anatomy:
        for _ in range(args.warmup):
            subprocess.run([sys.executable, "-c", "import reconcile.cli"], env=ENV, check=True)
        anatomy(args.runs, Path.cwd())
        return
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
