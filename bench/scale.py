"""Time and peak memory of `reconcile report` and `check` on generated corpora, whole process.

    python bench/scale.py report 10000 100000 --jobs 1 2     # sources, worker processes
    python bench/scale.py report 20000 --jobs 1 --keep out   # and keep both reports
    python bench/scale.py report 10000 --engine dask --jobs 1 2   # workers of a local cluster
    python bench/scale.py incremental 10000                   # `check` after one new source
    python bench/scale.py compare 4000 16000                  # growth ratio of the CLI path
    python bench/scale.py write 2000                          # memory of writing the reports
    python bench/scale.py blocks 10000                        # clustering the largest blocks
    python bench/scale.py judge 20000                         # verdicts of the largest clusters
    python bench/scale.py held 20000 --jobs 2                 # what the main process holds
    python bench/scale.py stages 5000 10000 20000 --jobs 1    # CPU of each stage, its growth

Corpora come from `bench/corpus.py` (templates, deterministic per seed) and are written once
under `--corpora` (default: the system's temporary folder). Every figure is one run of the
command as a separate process: wall time from start to exit; CPU seconds of the command
(with `--jobs`, the worker processes are not its children: they are counted apart) and of
every process it started; and the peak resident memory of the largest process and of the
whole tree at once. Without `--cache` the commands run with `--no-cache`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_corpus

RECONCILE = [sys.executable, "-m", "reconcile.cli"]


def corpus(count: int, root: Path, seed: int = 1) -> Path:
    """The generated corpus of `count` sources, written once."""
    folder = root / f"reconcile-corpus-{count}-{seed}"
    done = folder / ".complete"
    if not done.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        write_corpus(folder, count, seed=seed)
        done.write_text("")
    return folder


class TreeMemory:
    """Resident memory of a process and every process below it (the pool's workers are
    children of a fork server, so `wait4` does not count them), read from /proc every
    `every` seconds while the process runs: the largest single process's peak (its VmHWM)
    and the largest sum of the tree's resident sets seen at one time (pages the processes
    share are counted in each, so the sum is an upper bound), and the CPU seconds of the
    whole tree (each process's user and system time when last seen: up to `every` seconds
    of each process's end may be missed). Linux only; elsewhere all stay 0."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every = pid, every
        self.largest = 0.0  # MiB
        self.together = 0.0  # MiB
        self._cpu: dict[int, float] = {}  # per process of the tree, CPU seconds when last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu(self) -> float:
        """CPU seconds of every process of the tree."""
        return sum(self._cpu.values())

    def _watch(self) -> None:
        while not self._stop.is_set():
            now = 0.0
            for pid, cpu in self._tree().items():
                if cpu:
                    self._cpu[pid] = cpu
                hwm, rss = _status_kib(pid)
                self.largest = max(self.largest, hwm / 1024)
                now += rss / 1024
            self.together = max(self.together, now)
            self._stop.wait(self.every)

    def _tree(self) -> dict[int, float]:
        """Each process of the tree and its CPU seconds so far."""
        parents: dict[int, int] = {}
        cpus: dict[int, float] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for entry in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = entry.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            parents[int(entry.parent.name)] = int(fields[1])
            cpus[int(entry.parent.name)] = (int(fields[11]) + int(fields[12])) / tick
        tree, grown = {self.pid}, True
        while grown:
            below = {pid for pid, parent in parents.items() if parent in tree} - tree
            grown = bool(below)
            tree |= below
        # (the command itself may be gone, or its /proc entry unread, between the two reads)
        return {pid: cpus[pid] for pid in sorted(tree) if pid in cpus}


def _status_kib(pid: int) -> tuple[int, int]:
    """(VmHWM, VmRSS) of a process in KiB; (0, 0) when it is gone."""
    hwm = rss = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
            elif line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    except (OSError, ValueError):
        return 0, 0
    return hwm, rss


def timed(
    command: list[str], cwd: Path | None = None, tree: list[TreeMemory] | None = None
) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak MiB of the largest process, exit code); CPU and peak
    count the command and the worker processes it waited for. With `tree`, the process
    tree's memory is watched too (a `TreeMemory` appended to it)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    if tree is not None:
        tree.append(TreeMemory(process.pid))
    _, status, usage = os.wait4(process.pid, 0)
    if tree:
        tree[-1].stop()
    wall = time.perf_counter() - start
    if process.stderr is not None:
        errors = process.stderr.read().decode()
        if errors.strip():
            print(errors, file=sys.stderr)
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, process.returncode


def report_command(folder: Path, out: Path, args: argparse.Namespace, jobs: int) -> list[str]:
    command = [*RECONCILE, "report", str(folder), "--out", str(out / "report.md")]
    command += ["--json", str(out / "report.json"), "-q", "--jobs", str(jobs)]
    if args.engine == "dask":
        command += ["--engine", "dask"]
        if args.address:
            command += ["--address", args.address]
    if not args.cache:
        command += ["--no-cache"]
    return command


def bench_report(args: argparse.Namespace) -> None:
    print(
        "| sources | engine | jobs | wall s | cpu s | all processes' cpu s | peak MiB"
        " | largest process, MiB | whole tree at once, MiB | speed-up (wall) |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in args.sources:
        folder = corpus(count, args.corpora)
        first: float | None = None
        outputs: list[bytes] = []
        for jobs in args.jobs:
            with tempfile.TemporaryDirectory() as out:
                watched: list[TreeMemory] = []
                command = report_command(folder, Path(out), args, jobs)
                wall, cpu, peak, code = timed(command, tree=watched)
                if code != 0:
                    raise SystemExit(f"report exited {code} on {count} sources")
                outputs.append((Path(out) / "report.json").read_bytes())
                if args.keep is not None:  # both reports, to compare with another build's
                    kept = args.keep / f"{count}-{jobs}"
                    kept.mkdir(parents=True, exist_ok=True)
                    for name in ("report.md", "report.json"):
                        shutil.copyfile(Path(out) / name, kept / name)
            first = first or wall
            engine = args.engine + (" (local cluster)" if args.engine == "dask" else "")
            row = f"| {count:,} | {engine} | {jobs} | {wall:.1f} | {cpu:.1f}"
            row += f" | {max(cpu, watched[0].cpu):.1f} | {peak:.0f} |"
            row += f" {watched[0].largest:.0f} | {watched[0].together:.0f} |"
            print(f"{row} {first / wall:.2f}× |", flush=True)
        if len(set(outputs)) != 1:
            raise SystemExit(f"reports differ between --jobs values on {count} sources")


def bench_incremental(args: argparse.Namespace) -> None:
    """A warm cache, then one new source: `check` re-extracts it alone."""
    print("| sources | step | wall s | cpu s | peak MiB |")
    print("|---:|---|---:|---:|---:|")
    for count in args.sources:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work) / "sources"
            shutil.copytree(corpus(count, args.corpora), folder)
            cache = ["--cache-dir", str(Path(work) / "cache")]
            check = [*RECONCILE, "check", str(folder), *cache, "-q"]
            for step in ("first run, empty cache", "again, nothing new", "one new source"):
                if step == "one new source":
                    (folder / "zz-new.txt").write_text(
                        "Officials said 31 soldiers were killed in Ormsk on Monday.\n"
                    )
                wall, cpu, peak, code = timed(check, cwd=Path(work))
                if code not in (0, 1):
                    raise SystemExit(f"check exited {code}")
                print(f"| {count:,} | {step} | {wall:.1f} | {cpu:.1f} | {peak:.0f} |", flush=True)


def bench_compare(args: argparse.Namespace) -> None:
    """The growth of `report` between two sizes: linear is a ratio near the size ratio."""
    small, large = args.sources[:2]
    walls, cpus = [], []
    for count in (small, large):
        with tempfile.TemporaryDirectory() as out:
            command = report_command(corpus(count, args.corpora), Path(out), args, args.jobs[0])
            wall, cpu, peak, _ = timed(command)
        walls.append(wall)
        cpus.append(cpu)
        print(f"{count:,} sources: {wall:.1f} s wall, {cpu:.1f} s cpu, {peak:.0f} MiB", flush=True)
    ratio = f"ratio {walls[1] / walls[0]:.2f} wall, {cpus[1] / cpus[0]:.2f} cpu"
    print(f"{ratio} for {large / small:.1f}× the sources")


def bench_write(args: argparse.Namespace) -> None:
    """Memory the two reports take to write, held whole (as before) or written as rendered:
    Python's traced memory above what the report itself holds, in one process. The report is
    made with a cache kept beside the corpus (`reconcile-cache-N`), so a second call is quick."""
    import tracemalloc

    from reconcile.api import run
    from reconcile.cache import ClaimCache
    from reconcile.render import Format, Options, render, render_chunks
    from reconcile.writing import write_files

    print("| sources | reports MB | held whole: peak MiB | written as rendered: peak MiB |")
    print("|---:|---:|---:|---:|")
    for count in args.sources:
        folder = corpus(count, args.corpora)
        kept = ClaimCache.for_rules(args.corpora / f"reconcile-cache-{count}")
        report = run([folder], cache=kept)
        peaks = []
        with tempfile.TemporaryDirectory() as out:
            md, js = Path(out) / "report.md", Path(out) / "report.json"
            for streamed in (True, False, True):  # the first a warm-up: imports, indexes
                tracemalloc.start()
                base = tracemalloc.get_traced_memory()[0]
                if streamed:
                    pieces = {
                        md: render_chunks(report, Format.markdown, Options(link_base="..")),
                        js: render_chunks(report, Format.json),
                    }
                    write_files(pieces)
                else:
                    whole = {
                        md: render(report, Format.markdown, Options(link_base="..")),
                        js: render(report, Format.json),
                    }
                    write_files(whole)
                    del whole
                peaks.append((tracemalloc.get_traced_memory()[1] - base) / 2**20)
                tracemalloc.stop()
            size = (md.stat().st_size + js.stat().st_size) / 1e6
        print(f"| {count:,} | {size:.1f} | {peaks[1]:.0f} | {peaks[2]:.0f} |", flush=True)


def _kept_claims(count: int, args: argparse.Namespace, engine: Any) -> tuple[Any, Any, Any]:
    """(sources, claims, kinds) of the corpus of `count` sources, read with a cache kept
    beside it (`reconcile-cache-N`, as `write` keeps it)."""
    from reconcile.api import _load, claims_of
    from reconcile.cache import ClaimCache
    from reconcile.kinds import Kinds
    from reconcile.rules import load_rules

    folder = corpus(count, args.corpora)
    kept = ClaimCache.for_rules(args.corpora / f"reconcile-cache-{count}")
    rules = load_rules(None)
    kinds = Kinds.build(rules)
    sources, _ = _load([folder], rules, None, engine, False, kept)
    return sources, claims_of(sources, kinds, engine=engine, cache=kept), kinds


def _cost(work: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds of one run of `work`, Python's traced peak MiB of a second run above
    what was held before it)."""
    import tracemalloc

    start = time.process_time()
    work()
    cpu = time.process_time() - start
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    work()
    peak = (tracemalloc.get_traced_memory()[1] - base) / 2**20
    tracemalloc.stop()
    return cpu, peak


def bench_blocks(args: argparse.Namespace) -> None:
    """CPU and memory of clustering each of the four largest blocks, one process: CPU of
    one run, then Python's traced peak of a second run above what was held before it. The
    claims are read with a cache kept beside the corpus (`reconcile-cache-N`), as `write`."""
    from reconcile.engine import LocalEngine, blocks_of
    from reconcile.match import _cluster_block, source_topics

    print("| sources | block | claims | cpu s | traced peak MiB |")
    print("|---:|---|---:|---:|---:|")
    for count in args.sources:
        sources, claims, kinds = _kept_claims(count, args, LocalEngine(1))
        languages = {s.id: s.language for s in sources}
        dates = {s.id: s.published for s in sources}
        blocks, _ = blocks_of(claims, kinds, languages)
        topics = source_topics(claims, kinds, sources)
        for key, members in sorted(blocks, key=lambda block: -len(block[1]))[:4]:
            cpu, peak = _cost(
                lambda: _cluster_block(key, members, kinds, languages, dates, topics)  # noqa: B023
            )
            row = f"| {count:,} | `{key}` | {len(members):,} | {cpu:.1f} | {peak:.0f} |"
            print(row, flush=True)


def bench_judge(args: argparse.Namespace) -> None:
    """CPU and memory of judging each of the four largest clusters (their verdicts, as
    `compare` gives them), one process: CPU of one run, then Python's traced peak of a second
    run. The claims are read with a cache kept beside the corpus (`reconcile-cache-N`)."""
    from reconcile.compare import judging
    from reconcile.engine import LocalEngine

    print("| sources | cluster | claims | cpu s | traced peak MiB |")
    print("|---:|---|---:|---:|---:|")
    for count in args.sources:
        engine = LocalEngine(args.jobs[0])
        sources, claims, kinds = _kept_claims(count, args, engine)
        clusters = engine.match(claims, kinds, sources)
        judge = judging(claims, sources, kinds)
        judge(clusters[0])  # compiles the rules of the language, once
        for cluster in sorted(clusters, key=lambda c: (-len(c.claim_ids), c.claim_ids))[:4]:
            cpu, peak = _cost(lambda: judge(cluster))  # noqa: B023
            row = f"| {count:,} | `{cluster.key}` | {len(cluster.claim_ids):,} | {cpu:.1f}"
            print(f"{row} | {peak:.0f} |", flush=True)


def bench_held(args: argparse.Namespace) -> None:
    """What the main process holds at the end of `reconcile.run` (Python's traced memory, by
    the line that allocated it: which stage's records), the run's traced peak, and the
    traced peak of writing both reports as rendered above that, one process, no cache."""
    import tracemalloc

    from reconcile.api import run
    from reconcile.engine import LocalEngine
    from reconcile.render import Format, Options, render_chunks
    from reconcile.writing import write_files

    for count in args.sources:
        folder = corpus(count, args.corpora)
        tracemalloc.start()
        report = run([folder], engine=LocalEngine(args.jobs[0]))
        held, peak = tracemalloc.get_traced_memory()
        lines = tracemalloc.take_snapshot().statistics("lineno")[:6]
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        with tempfile.TemporaryDirectory() as out:
            md, js = Path(out) / "report.md", Path(out) / "report.json"
            markdown = render_chunks(report, Format.markdown, Options(link_base=".."))
            write_files({md: markdown, js: render_chunks(report, Format.json)})
        written = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
        print(f"{count:,} sources, {len(report.claims):,} claims, {len(report.facts):,} facts:")
        print(f"  held at the end of run: {held / 2**20:.0f} MiB (run's peak {peak / 2**20:.0f})")
        for stat in lines:
            where = stat.traceback[0]
            name = "/".join(Path(where.filename).parts[-2:])
            print(f"    {stat.size / 2**20:6.1f} MiB  {name}:{where.lineno}")
        print(f"  writing both reports: {written / 2**20:.0f} MiB above that", flush=True)


# Run-level readings and matching steps timed apart by `stages` (module, qualified name):
# each is wrapped while the report runs, its CPU seconds summed over its calls (a call
# inside another wrapped one counts in both).
_TIMED = (
    ("reconcile.api", "claims_of"),
    ("reconcile.kinds", "Kinds.infer"),
    ("reconcile.kinds.thing.recur", "RecurringNames.read"),
    ("reconcile.kinds.thing.across", "NamesAcross.read"),
    ("reconcile.kinds.date.years", "YearsAcross.read"),
    ("reconcile.kinds.office.kind", "OfficeKind.infer"),
    ("reconcile.kinds.office.infer", "TitleLender.lend"),
    ("reconcile.kinds.place.kind", "PlaceKind.infer"),
    ("reconcile.kinds.quantity.kind", "carry_in_run"),
    ("reconcile.kinds.quantity.kind", "per_run_unit"),
    ("reconcile.kinds.quantity.kind", "concepts_in_run"),
    ("reconcile.api", "blocks_of"),
    ("reconcile.match", "source_topics"),
    ("reconcile.match", "_cluster_block"),
    ("reconcile.pairs", "PairTable.decide_all"),
    ("reconcile.match", "_join"),
    ("reconcile.match", "_clusters"),
    ("reconcile.match", "_candidate_pairs"),
    ("reconcile.engine", "LocalEngine.match_and_compare"),
    ("reconcile.compare", "_judge"),
    ("reconcile.engine", "cluster_and_judge"),
)


def _timer(spent: dict[str, list[float]], name: str, work: Callable[..., Any]) -> Any:
    def timed_call(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return work(*args, **kwargs)
        finally:
            entry = spent.setdefault(name, [0.0, 0])
            entry[0] += time.process_time() - start
            entry[1] += 1

    return timed_call


def bench_stages(args: argparse.Namespace) -> None:
    """CPU seconds of each stage of `reconcile.run` and of writing both reports, one
    process, no cache, one job, each run-level reading and matching step apart (`_TIMED`),
    with the ratio of each to the size before: a stage linear in the sources grows as they
    do. The main process's peak resident memory after each size is printed too."""
    import importlib
    import resource

    from reconcile.api import run
    from reconcile.engine import LocalEngine
    from reconcile.render import Format, Options, render_chunks
    from reconcile.writing import write_files

    spent: dict[str, list[float]] = {}
    for module_name, qualified in _TIMED:
        module = importlib.import_module(module_name)
        owner: Any = module
        *path, last = qualified.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, last, _timer(spent, qualified, getattr(owner, last)))
    rows: dict[str, list[str]] = {}
    before: dict[str, float] = {}
    for count in args.sources:
        folder = corpus(count, args.corpora)
        spent.clear()
        start = time.process_time()
        report = run([folder], engine=LocalEngine(args.jobs[0]))
        ran = time.process_time() - start
        with tempfile.TemporaryDirectory() as out:
            md, js = Path(out) / "report.md", Path(out) / "report.json"
            write_files(
                {
                    md: render_chunks(report, Format.markdown, Options(link_base="..")),
                    js: render_chunks(report, Format.json),
                }
            )
        total = time.process_time() - start
        figures = {"run": (ran, 1), "run and write": (total, 1)}
        figures |= {name: (cpu, int(calls)) for name, (cpu, calls) in spent.items()}
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures["peak MiB so far"] = (peak, 1)
        for name, (cpu, calls) in figures.items():
            grown = f" ({cpu / before[name]:.2f}×)" if before.get(name) else ""
            rows.setdefault(name, []).append(f"{cpu:.1f}{grown} [{calls:,}]")
            before[name] = cpu
        del report
        print(f"{count:,} sources: {total:.1f} s CPU", file=sys.stderr, flush=True)
    print("| stage | " + " | ".join(f"{n:,} sources" for n in args.sources) + " |")
    print("|---|" + "---:|" * len(args.sources))
    for name, cells in rows.items():
        print(f"| `{name}` | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what",
        choices=("report", "incremental", "compare", "write", "blocks", "judge", "held", "stages"),
    )
    parser.add_argument("sources", type=int, nargs="+", help="corpus sizes")
    parser.add_argument(
        "--jobs", type=int, nargs="+", default=[1, 2], help="processes, or Dask workers"
    )
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--address", help="a Dask scheduler (default: a local cluster)")
    parser.add_argument("--cache", action="store_true", help="run with the claims cache")
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument(
        "--keep", type=Path, help="`report`: keep both reports under KEEP/<sources>-<jobs>/"
    )
    args = parser.parse_args()
    benches = {
        "report": bench_report,
        "incremental": bench_incremental,
        "compare": bench_compare,
        "write": bench_write,
        "blocks": bench_blocks,
        "judge": bench_judge,
        "held": bench_held,
        "stages": bench_stages,
    }
    benches[args.what](args)


if __name__ == "__main__":
    main()
