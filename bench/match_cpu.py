"""CPU time of one `reconcile report` run's matching, in one process, with no claim cache.

    .venv/bin/python bench/match_cpu.py FILE_OR_FOLDER [--decisions]

Prints the CPU seconds of the whole run, of rendering both reports, of `infer` (what one
source says through another) and of matching and comparing (`match_and_compare`: blocks'
features, pair decisions, clustering and the facts' verdicts). With `--decisions`, also how
many times the kinds decided a pair. The rules are compiled and kept first, as the command
line keeps them, so no row pays for compiling them. Run it for two trees in turn (from each
tree's root) to compare them: one run's figures move by several per cent on a busy machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))


def _timed(owner: Any, name: str, label: str, spent: dict[str, float]) -> None:
    function = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started

    setattr(owner, name, timed)


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _counted(counts: list[int]) -> None:
    from reconcile.kinds.base import Kind

    for cls in set(_subclasses(Kind)):
        if "decide" in cls.__dict__:
            decide = cls.__dict__["decide"]

            def counted(self: Any, *args: Any, _decide: Callable[..., Any] = decide) -> Any:
                counts[0] += 1
                return _decide(self, *args)

            cls.decide = counted


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--decisions", action="store_true", help="count the pair decisions")
    args = parser.parse_args(argv)
    from reconcile import engine
    from reconcile.api import run
    from reconcile.cache import rules_fingerprint
    from reconcile.kinds import Kinds
    from reconcile.lexicon import keep_compiled
    from reconcile.render import render
    from reconcile.rules import load_rules

    rules = load_rules()
    spent: dict[str, float] = {}
    counts = [0]
    with tempfile.TemporaryDirectory() as folder:
        keep_compiled(rules, Path(folder), rules_fingerprint() or "rules")
        line = Path(folder) / "line.txt"
        line.write_text("Over 100,000 troops were at the border.\n", encoding="utf-8")
        run([str(line)], rules=rules)  # compiles and keeps the rules; imports what runs use
        _timed(engine.LocalEngine, "match_and_compare", "matching and comparing", spent)
        _timed(Kinds, "infer", "infer", spent)
        if args.decisions:
            _counted(counts)
        started = time.process_time()
        report = run(args.paths, rules=rules)
        ran = time.process_time()
        for fmt in ("markdown", "json"):
            render(report, fmt)  # type: ignore[arg-type]
        rendered = time.process_time()
    print(f"run {ran - started:.2f} s CPU, rendering {rendered - ran:.2f}", end="")
    print("".join(f", {label} {value:.2f}" for label, value in spent.items()), end="")
    print(f", {counts[0]:,} pair decisions" if args.decisions else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
