"""Named claims on unlabelled real news: the articles no gold cluster uses, outside the test split.

    .venv/bin/python bench/realnews_pool.py                  # counts of claims by kind
    .venv/bin/python bench/realnews_pool.py --show --sample 12 --seed 1   # claims to read
    .venv/bin/python bench/realnews_pool.py --pages --show   # Current-events day pages

The pool: every Wikinews article of `../shared/data/real-news/` that no cluster of
`bench/realnews/clusters/` uses and whose document id is not in the test split
(`realnews_data.split_of(id) != "test"`), so that reading what the tool makes of it tunes
nothing on held-out text. `--show` prints, for a random sample of the pool, each article's
named claims (kind, quote, role or office, name) to be read against the article; without it
the script prints how many claims of each kind the whole pool gives. `--pages` takes the
Current-events day pages instead, under the same two conditions (a page of many stories, the
kind of text most clusters are made of). The text is read at run time and never kept; the
script exits 2 when the shared folder is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realnews_data  # noqa: E402

from reconcile import run  # noqa: E402

NAMED = ("office", "place", "date", "thing", "route", "source")
FILES = ("wikinews/wikinews_2019.csv", "wikinews/wikinews_2020.csv")


def pool(pages: bool = False) -> list[realnews_data.Document]:
    """The articles (or, with `pages`, the day pages) no cluster uses, outside the test
    split, sorted by id."""
    used = set()
    for path in sorted((ROOT / "bench" / "realnews" / "clusters").glob("*.toml")):
        cluster = tomllib.loads(path.read_text(encoding="utf-8"))
        used |= {(d["file"], d.get("key", "")) for d in cluster["documents"].values()}
    if pages:
        folder = realnews_data.require_root() / "current-events"
        documents = [realnews_data.load(f"current-events/{p.name}") for p in folder.glob("*.md")]
    else:
        documents = [d for file in FILES for d in realnews_data.wikinews_documents(file)]
    found = [
        document
        for document in documents
        if (document.file, document.key) not in used
        and realnews_data.split_of(document.id) != "test"
    ]
    return sorted(found, key=lambda d: d.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the claims of a sample")
    parser.add_argument("--sample", type=int, default=12, help="articles shown with --show")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample")
    parser.add_argument("--pages", action="store_true", help="day pages, not articles")
    args = parser.parse_args(argv)
    realnews_data.require_root()
    documents = pool(args.pages)
    if args.show:
        documents = random.Random(args.seed).sample(documents, min(args.sample, len(documents)))
    with tempfile.TemporaryDirectory() as folder:
        realnews_data.materialize(documents, Path(folder))
        report = run(folder)
    counts: Counter[str] = Counter()
    for source in report.sources:
        claims = [c for c in report.claims if c.source_id == source.id and c.kind in NAMED]
        counts.update(c.kind for c in claims)
        if args.show:
            print(f"== {source.id} {source.title or ''}")
            for claim in claims:
                detail = claim.detail
                role = getattr(detail, "role", None) or getattr(detail, "office_key", "")
                name = getattr(detail, "name", None) or getattr(detail, "person", "")
                print(f"   {claim.kind:7} {claim.quote!r} -> {role}: {name}")
    print(f"{len(documents)} articles: " + ", ".join(f"{k} {counts[k]}" for k in NAMED))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
