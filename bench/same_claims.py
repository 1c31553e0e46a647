"""Every claim of a fixed corpus, written out in full, to check a speed-up changes none.

    .venv/bin/python bench/same_claims.py --write before.txt     # on the tree before
    .venv/bin/python bench/same_claims.py --against before.txt   # on the tree after

The corpus: the golden cases' and seeds' sources, the matching gold articles, each sentence
of the quantity gold and the Recognizers-Text inputs as a source of its own, 300 generated
sources (`bench/corpus.py`), a generated large article (`bench/large_source.py`, 300 KB),
and every real-news document of `../shared/data/real-news/` (written to a temporary folder,
never kept; the script exits 2 when that folder is absent). Each source is loaded as
`reconcile claims` loads it and extracted with `claims_of`; each claim is written as the
`repr` of its record (every field, the mention's parts and the context included), one a
line. `--against` compares line by line and prints the first differences; exit 1 when
anything differs. Also prints the CPU seconds of extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from bench.large_source import article  # noqa: E402
from bench.realnews_data import materialize, require_root  # noqa: E402
from reconcile.api import claims_of  # noqa: E402
from reconcile.kinds import Kinds  # noqa: E402
from reconcile.models import Source  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402
from reconcile.sources import load_sources  # noqa: E402


def _real_news(folder: Path) -> None:
    from bench.realnews_data import _current_events, _meantime, wikinews_documents

    root = require_root()
    documents = [
        document
        for year in (2019, 2020)
        for document in wikinews_documents(f"wikinews/wikinews_{year}.csv")
    ]
    for path in sorted((root / "meantime").rglob("*.xml")):
        documents.append(_meantime(str(path.relative_to(root))))
    for path in sorted((root / "current-events").glob("*.md")):
        documents.append(_current_events(str(path.relative_to(root))))
    materialize(documents, folder)


def _sentences(folder: Path) -> None:
    """One file per gold sentence and Recognizers-Text input."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "quantities").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "tests" / "data" / "recognizers").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else []:
            if isinstance(case, dict) and isinstance(case.get("Input"), str):
                texts.append(case["Input"])
    for index, text in enumerate(texts):
        (folder / f"sentence-{index:05d}.txt").write_text(text, encoding="utf-8")


def corpus(work: Path) -> list[list[str]]:
    """Folders of sources, one list of paths per group."""
    groups: list[list[str]] = []
    for case in sorted((ROOT / "tests" / "cases").iterdir()):
        if (case / "sources").is_dir():
            groups.append([str(case / "sources")])
    groups.append([str(ROOT / "seeds")])
    matching = ROOT / "tests" / "data" / "matching"
    groups.extend([str(p)] for p in sorted(matching.iterdir()) if p.is_dir())
    for name, fill in (
        ("sentences", _sentences),
        ("generated", lambda f: write_corpus(f, 300, seed=11)),
        ("large", lambda f: (f / "large.txt").write_text(article(300_000), encoding="utf-8")),
        ("realnews", _real_news),
    ):
        folder = work / name
        folder.mkdir()
        fill(folder)
        groups.append([str(folder)])
    return groups


def lines_of(groups: list[list[str]], work: Path) -> tuple[list[str], float]:
    rules = load_rules()
    kinds = Kinds.build(rules)
    out: list[str] = []
    seconds = 0.0
    for paths in groups:
        sources: list[Source] = list(load_sources(paths, rules))
        started = time.process_time()
        claims = claims_of(sources, kinds)
        seconds += time.process_time() - started
        label = Path(paths[0]).relative_to(work if paths[0].startswith(str(work)) else ROOT)
        for claim in claims:
            out.append(f"{label}\t{claim!r}")
    return out, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", type=Path, help="file to write the claims to")
    parser.add_argument("--against", type=Path, help="file written before, to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        lines, seconds = lines_of(corpus(work), work)
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    print(f"{len(lines):,} claims, sha256 {digest}, extraction {seconds:.2f} s CPU")
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.against:
        before = args.against.read_text(encoding="utf-8").splitlines()
        if before == lines:
            print("identical")
            return 0
        shown = 0
        for index, (a, b) in enumerate(zip(before, lines, strict=False)):
            if a != b:
                print(f"line {index + 1}:\n  - {a[:600]}\n  + {b[:600]}")
                shown += 1
                if shown == 5:
                    break
        print(f"DIFFERENT: {len(before):,} claims before, {len(lines):,} now")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
