"""Where one `reconcile report` run's CPU time goes, stage by stage, in one process.

    .venv/bin/python bench/report_stages.py FILE_OR_FOLDER

Runs `reconcile.api.run` on the paths given (no claim cache, one process) and renders the
Markdown and JSON reports, with each stage below wrapped by a timer that counts the
process's CPU time spent in it *apart from* the stages it calls (a stage's own time: the
rows add up to the whole run). The wrappers cost a fraction of a microsecond per call, far
less than a profiler's cost per Python call, so the shares are those of an ordinary run.

The rules are compiled and kept by a first run on one line, then read back by the measured
run, as `reconcile report` does with its cache folder.

The stages: loading (reading and cleaning the files), the sentence split, each kind's
finder (`find`: the number scan is its own row inside the quantity finder), each kind's
`normalize` (reading a claim's context), extraction's own work around the finders (the
gates, the sentence memo, the mentions put in order), each kind's readings of a whole
source (`read_across`) and of the run (`infer`, per kind), blocking, the features matching
reads of each claim (context words, topics), the candidate pairs, the pair decisions,
clustering, the claims of no block (`attach_loose`) and across blocks (`join_across`),
comparing (the facts' verdicts) and rendering.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Timer:
    """Own CPU time per stage: the time of a call less that of the wrapped calls it makes."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.stack: list[list[Any]] = []  # [label, started, time of nested stages]

    def enter(self, label: str) -> None:
        self.stack.append([label, time.process_time(), 0.0])

    def leave(self) -> None:
        label, started, nested = self.stack.pop()
        spent = time.process_time() - started
        self.own[label] += spent - nested
        self.calls[label] += 1
        if self.stack:
            self.stack[-1][2] += spent

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(label)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def wrap_iterator(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.enter(label)
            try:
                items = iter(function(*args, **kwargs))
            finally:
                self.leave()
            while True:
                self.enter(label)
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        return timed


def _patch(owner: Any, name: str, wrapped: Callable[..., Any]) -> None:
    """Put `wrapped` in place of `owner.name`, and of every module's name bound to the same
    function (a `from x import f` elsewhere)."""
    original = getattr(owner, name)
    setattr(owner, name, wrapped)
    for module in list(sys.modules.values()):
        for attr, value in list(getattr(module, "__dict__", {}).items()):
            if value is original and module is not owner:
                setattr(module, attr, wrapped)


def instrument(timer: Timer) -> None:
    from reconcile import api, compare, context, engine, extract, match, pairs, sentences
    from reconcile.kinds import Kinds
    from reconcile.kinds.base import Kind
    from reconcile.numbers import scanner

    _patch(api, "_load", timer.wrap("loading", api._load))
    _patch(
        sentences, "iter_sentences", timer.wrap_iterator("sentence split", sentences.iter_sentences)
    )
    _patch(
        scanner.NumberScanner,
        "numbers",
        timer.wrap("number scan", scanner.NumberScanner.numbers),
    )
    kinds = {k for k in _subclasses(Kind)}
    for cls in sorted(kinds, key=lambda c: c.__name__):
        short = cls.__name__.removesuffix("Kind").lower()
        for method, label in (
            ("find", f"find: {short}"),
            ("normalize", f"normalize: {short}"),
            ("decide", "matching: pair decisions"),
        ):
            if method in cls.__dict__:
                setattr(cls, method, timer.wrap(label, cls.__dict__[method]))
    glue = "extraction: gates, memo, order"  # a batch's own work around the finders
    _patch(extract, "_batch_reads", timer.wrap(glue, extract._batch_reads))
    _patch(match, "source_topics", timer.wrap("matching: topics", match.source_topics))
    _patch(Kinds, "infer", timer.wrap("infer (one source through another)", Kinds.infer))
    _patch(engine, "blocks_of", timer.wrap("blocking", engine.blocks_of))
    _patch(match, "features_of", timer.wrap("matching: features of claims", match.features_of))
    _patch(
        context.ContextReader,
        "features",
        timer.wrap("matching: features of claims", context.ContextReader.features),
    )
    table = pairs.PairTable
    _patch(table, "decide_all", timer.wrap("matching: pair decisions", table.decide_all))
    _patch(match, "_join", timer.wrap("matching: clustering", match._join))
    _patch(match, "_clusters", timer.wrap("matching: clustering", match._clusters))
    _patch(match, "attach_loose", timer.wrap("matching: loose claims", match.attach_loose))
    _patch(match, "join_across", timer.wrap("matching: across blocks", match.join_across))
    candidates = timer.wrap("matching: candidate pairs", match._candidate_pairs)
    _patch(match, "_candidate_pairs", candidates)
    _patch(match, "claims_table", timer.wrap("blocking", match.claims_table))
    for cls in sorted(kinds, key=lambda c: c.__name__):  # each kind's run-level readings
        short = cls.__name__.removesuffix("Kind").lower()
        for method, label, wrap in (
            ("infer", f"infer: {short}", timer.wrap),
            ("read_across", f"read across: {short}", timer.wrap_iterator),
        ):
            if method in cls.__dict__:
                setattr(cls, method, wrap(label, cls.__dict__[method]))
    judging = compare.judging

    def judged(*args: Any, **kwargs: Any) -> Any:
        return timer.wrap("comparing", judging(*args, **kwargs))

    _patch(compare, "judging", timer.wrap("comparing", judged))


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def once(paths: list[str]) -> dict[str, float]:
    from reconcile.api import run
    from reconcile.cache import rules_fingerprint
    from reconcile.lexicon import keep_compiled
    from reconcile.rules import load_rules

    rules = load_rules()
    with tempfile.TemporaryDirectory() as folder:
        # as the command line does: the rules compiled once and kept, read back by the run
        keep_compiled(rules, Path(folder), rules_fingerprint() or "rules")
        line = Path(folder) / "line.txt"
        line.write_text("Over 100,000 troops were at the border.\n", encoding="utf-8")
        run([str(line)], rules=rules)  # compiles and keeps the rules; imports what runs use
        return _timed(paths, rules)


def _timed(paths: list[str], rules: Any) -> dict[str, float]:
    from reconcile import cache
    from reconcile.api import run
    from reconcile.render import render

    timer = Timer()
    instrument(timer)
    _patch(cache, "load_compiled", timer.wrap("reading the compiled rules", cache.load_compiled))
    started = time.process_time()
    timer.enter("other (run)")
    report = run(paths, rules=rules)
    timer.leave()
    for fmt in ("markdown", "json"):
        timer.enter("rendering")
        render(report, fmt)  # type: ignore[arg-type]
        timer.leave()
    figures = dict(timer.own)
    figures["whole"] = time.process_time() - started
    figures["claims"] = len(report.claims)
    figures["facts"] = len(report.facts)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    best = once(args.paths)
    whole = best.pop("whole")
    claims, facts = int(best.pop("claims")), int(best.pop("facts"))
    print(f"{claims} claims, {facts} facts; {whole:.2f} s CPU in all")
    print(f"{'stage':40} {'s CPU':>7} {'share':>6}")
    for label, value in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{label:40} {value:7.2f} {value / whole:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
