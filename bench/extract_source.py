"""Extraction of whole sources in CPU time: sentences and megabytes per second, per kind.

    .venv/bin/python bench/extract_source.py FILE [FILE ...] [--passes N] [--kinds]

Reads each file as `reconcile` does, compiles its language (and, timed apart, what a cache
folder keeps compiled: the concept frames' and non-claim patterns, otherwise compiled the
first time a number could fit them, once per process), then times `each_claim` (the
sentences, every kind's finder, the sentence memo and `normalize`: what `reconcile claims`
does for one source) over the whole text, best of `--passes`, with the process's CPU time.
Each pass reads a fresh copy of the text with an empty sentence memo: what a finder keeps
for the last source it read (a source's names, its places' containers) is read again, as a
run reads each source once. `--kinds` adds each kind's `find` over every sentence (without
the memo), the finders' own share, a batch of sentences at a time as extraction reads them,
split between the sentences where the kind finds something and those where it finds nothing
(the cost of telling a sentence holds none of its mentions).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.extract import _MEMOS, BATCH, each_claim  # noqa: E402
from reconcile.kinds import Kinds, LanguageKinds  # noqa: E402
from reconcile.models import Source  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402
from reconcile.sources import load_source  # noqa: E402
from reconcile.wordgate import words_told  # noqa: E402


def _fresh(source: Source) -> Source:
    """The source with a copy of its text: nothing kept for the text object is found."""
    return dataclasses.replace(source, text=(source.text + " ")[:-1])


def _kinds(own: LanguageKinds, source: Source, passes: int) -> None:
    """Each kind's `find` over every sentence, a batch of `BATCH` sentences at a time as
    extraction reads them (the words of a batch's sentences read first, timed apart: a
    sentence's words are read once and asked by every kind's gate, `Kind.gate_of`, and a
    sentence the gate closes on is not asked, as in extraction), split between the
    sentences where the kind finds a mention and those where it finds none; best of
    `passes`."""
    listed = list(own.each_sentence(source))
    batches = [listed[i : i + BATCH] for i in range(0, len(listed), BATCH)]
    names = [type(kind).__name__ for kind in own]
    best: dict[str, tuple[float, float]] = {}
    found_in: dict[str, int] = {}
    words_best = float("inf")
    clock = time.process_time
    for _ in range(passes):
        fresh = _fresh(source)
        words_spent = 0.0
        spent = {name: [0.0, 0.0] for name in names}  # [none found, some found]
        counts = dict.fromkeys(names, 0)
        for batch in batches:
            started = clock()
            told = [words_told(sentence.text) for sentence in batch]
            words_spent += clock() - started
            for kind, name in zip(own, names, strict=True):
                times, find, gate = spent[name], kind.find, kind.gate_of(fresh)
                for sentence, words in zip(batch, told, strict=True):
                    started = clock()
                    opens = gate is None or gate.opens(words, sentence.text)
                    some = opens and bool(find(fresh, sentence))
                    times[some] += clock() - started
                    counts[name] += some
        words_best = min(words_best, words_spent)
        for name in names:
            empty, some = spent[name]
            if name not in best or empty + some < sum(best[name]):
                best[name] = (empty, some)
            found_in[name] = counts[name]
    print(f"  the words of each sentence (read once, asked by every kind): {words_best:.3f} s CPU")
    gated = ", ".join(
        n for kind, n in zip(own, names, strict=True) if kind.gate_of(source) is not None
    )
    print(f"  kinds asked only where their gate opens: {gated or 'none'}")
    print(f"  {'find':<16} {'all':>7} {'none found':>22} {'some found':>22}")
    for name in names:
        empty, some = best[name]
        hits = found_in[name]
        misses = len(listed) - hits
        print(
            f"  {name:<16} {empty + some:7.3f} {empty:7.3f} s ({misses:>6,} sent.) "
            f"{some:7.3f} s ({hits:>6,} sent.)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--passes", type=int, default=3, help="timed passes per file")
    parser.add_argument("--kinds", action="store_true", help="time each kind's finder too")
    args = parser.parse_args(argv)
    rules = load_rules()
    kinds = Kinds.build(rules)
    for path in args.files:
        source = load_source(path, rules)
        own = kinds.language(source.language)
        started = time.process_time()
        own.warm()  # what the cache folder keeps compiled: a run without one pays it lazily
        warmed = time.process_time() - started
        sentences = sum(1 for _ in own.each_sentence(source))
        # a first pass on another text of the language: the lazily compiled patterns
        sum(1 for _ in each_claim(dataclasses.replace(source, text=source.text[::-1]), kinds))
        best, claims = float("inf"), 0
        for _ in range(args.passes):
            _MEMOS.clear()
            fresh = _fresh(source)
            started = time.process_time()
            claims = sum(1 for _ in each_claim(fresh, kinds))
            best = min(best, time.process_time() - started)
        size = len(source.text.encode("utf-8")) / 1e6
        print(
            f"{path.name}: {size:.2f} MB, {sentences:,} sentences, {claims:,} claims; "
            f"{best:.2f} s CPU: {sentences / best:,.0f} sentences/s, {size / best:.2f} MB/s "
            f"(best of {args.passes}); the concept frames and non-claim patterns compiled "
            f"ahead: {warmed:.2f} s CPU"
        )
        if args.kinds:
            _kinds(own, source, args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
