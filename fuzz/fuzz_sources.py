"""Coverage-guided fuzz target (atheris): source files of every format, then extraction.

    .venv/bin/python fuzz/fuzz_sources.py -max_total_time=60 [corpus_dir]

`make fuzz` runs it for a fixed time (FUZZ_SECONDS, default 60). The first byte of each
input picks the format (.txt, .md, .json, .html); the rest is the file's bytes. Loading
may raise the tool's own `ReconcileError` (bad input, said clearly); any other exception
is a crash: add the input as a regression test in tests/test_errors.py.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from reconcile.api import claims_of
    from reconcile.errors import ReconcileError
    from reconcile.kinds import Kinds
    from reconcile.rules import load_rules
    from reconcile.sources import load_source

RULES = load_rules()
KINDS = Kinds.build(RULES)
SUFFIXES = (".txt", ".md", ".json", ".html")
FOLDER = Path(tempfile.mkdtemp(prefix="reconcile-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    try:
        source = load_source(path, RULES)
    except ReconcileError:
        return
    for claim in claims_of([source], KINDS):
        if source.text[claim.start : claim.end] != claim.quote:
            raise AssertionError(f"quote not at its offsets: {claim!r}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
