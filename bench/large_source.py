"""How long one large source takes through `reconcile report`, and its peak memory.

    .venv/bin/python bench/large_source.py [--sizes 1,50] [--keep DIR] [--text acronyms]
    .venv/bin/python bench/large_source.py --command claims   # extraction alone
    .venv/bin/python bench/large_source.py --sizes 1 --cold   # rules compiled in the run too

For each size (in MB) it writes a synthetic news article of that size (sentences built from
a fixed seed: numbers with units, qualifiers and counted nouns, places and dates, in
paragraphs of five sentences; no third-party text; about 1% of its sentences repeat an
earlier one; `--text repeated` is built from only 300 such sentences, repeated; `--text news`
is real news, the Wikinews articles of `../shared/data/real-news/` read at run time and
concatenated; `--text ones` is `"1 " * N` on one line;
`--text signs` and `--text attributions` are lines of signed or attributed numbers, `--text
titles` a line of office titles), then runs `reconcile report --no-cache` on it in a fresh
process (the claims are extracted every time, never read back; the compiled rules are kept
in a cache folder of its own and reused, as `--no-cache` does, after a first run that compiles
them, or with `--cold` compiled in every measured run) and prints the wall time, the
CPU time and the peak resident memory of that process (`ru_maxrss` of the child) and the
numbers of claims and facts. With `--command claims` it runs `reconcile claims --no-cache`
instead (loading, extraction and the JSON lines of the claims, no matching or report; facts
are not counted).
The article is written in a temporary folder, removed afterwards unless `--keep` names a
folder.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLACES = ["Sarn", "Tavi province", "the northern district", "the capital", "the coast"]
NOUNS = ["people", "homes", "troops", "vehicles", "families", "tonnes of grain"]
QUALIFIERS = ["", "about ", "more than ", "nearly ", "at least ", "up to "]
VERBS = ["were reported in", "were counted in", "were moved to", "arrived in", "left"]
SOURCES = ["officials said", "police said", "the ministry said", "a spokesperson said"]
UNITS = ["km", "mm of rain", "per cent", "million dollars"]


def article(size: int, seed: int = 7) -> str:
    """A synthetic article of about `size` characters."""
    rng = random.Random(seed)
    out = ["Storm aftermath\n\nPublished January 6, 2022\n\n"]
    length = len(out[0])
    sentences = 0
    while length < size:
        number = f"{rng.randint(2, 990_000):,}"
        if rng.random() < 0.25:
            sentence = (
                f"A stretch of {rng.randint(2, 400)} {rng.choice(UNITS)} was affected"
                f" near {rng.choice(PLACES)}, {rng.choice(SOURCES)}."
            )
        else:
            sentence = (
                f"{rng.choice(QUALIFIERS).capitalize() or ''}{number} {rng.choice(NOUNS)}"
                f" {rng.choice(VERBS)} {rng.choice(PLACES)} on day {rng.randint(1, 28)},"
                f" {rng.choice(SOURCES)}."
            )
        sentence = sentence[0].upper() + sentence[1:]
        sentences += 1
        piece = sentence + ("\n\n" if sentences % 5 == 0 else " ")
        out.append(piece)
        length += len(piece)
    return "".join(out)


def repeated(size: int, distinct: int = 300, seed: int = 7) -> str:
    """The dense article's sentences, but only `distinct` of them, each repeated in a random
    order (syndicated copy, boilerplate): the case the run's memo of sentences read serves.
    """
    pool = [s for s in article(distinct * 120, seed).split("\n\n", 2)[2].split(" ") if s]
    pool = " ".join(pool).replace(".\n\n", ". ").split(". ")[:distinct]
    rng = random.Random(seed)
    out = ["Storm aftermath\n\nPublished January 6, 2022\n\n"]
    length = len(out[0])
    sentences = 0
    while length < size:
        sentence = rng.choice(pool).rstrip(".") + "."
        sentences += 1
        piece = sentence + ("\n\n" if sentences % 5 == 0 else " ")
        out.append(piece)
        length += len(piece)
    return "".join(out)


def news(size: int) -> str:
    """Real news text: the Wikinews 2019 and 2020 articles of `../shared/data/real-news/`
    (read at run time, never kept), in file order, one after another as paragraphs until the
    size is reached; each sentence is mostly said once (exits 2 without that folder)."""
    sys.path.insert(0, str(ROOT))
    from bench.realnews_data import require_root, wikinews_documents

    require_root()
    out: list[str] = []
    length = 0
    for year in (2019, 2020):
        for document in wikinews_documents(f"wikinews/wikinews_{year}.csv"):
            piece = document.text.strip() + "\n\n"
            out.append(piece)
            length += len(piece)
            if length >= size:
                return "".join(out)
    return "".join(out)


def acronyms(size: int) -> str:
    """An article that names a body by an acronym it never spells out, once a sentence (each
    such claim once read the whole text for the spelling)."""
    out = ["Briefing\n\nThe Mayor Met Someone (MMS) in Geneva.\n\n"]
    length = len(out[0])
    while length < size:
        piece = "Ten were hurt, WHO said.\n\n"
        out.append(piece)
        length += len(piece)
    return "".join(out)


def ones(size: int) -> str:
    """One line of `size` characters: "1 " over and over (a line of many numbers)."""
    return "1 " * (size // 2)


def signs(size: int) -> str:
    """One line of signed numbers, "x -1" over and over (each sign once read the text from
    its start)."""
    return "x -1" * (size // 4)


def attributions(size: int) -> str:
    """One line of attributed numbers, "Mr Smith said 1 " over and over (each claim once read
    every attribution of its sentence)."""
    return "Mr Smith said 1 " * (size // 16)


def titles(size: int) -> str:
    """One line of office titles, "Minister " over and over (each title once read the text
    before it from the line's start)."""
    return "Minister " * (size // 9)


def measure(
    path: Path, folder: Path, what: str = "report", cold: bool = False
) -> dict[str, float | int]:
    """Run `reconcile report` (or `claims`) on one file in a child process: time, peak
    memory, counts. The compiled rules are kept in `folder/cache` by a first run (not
    measured), or compiled in the measured run when `cold`."""
    out_md, out_json = folder / "report.md", folder / "report.json"
    cache = folder / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    if not cold:  # the rules compiled and kept, as a user's earlier run leaves them
        line = folder / "line.txt"
        line.write_text("Over 100,000 troops were at the border.\n", encoding="utf-8")
        first = [sys.executable, "-m", "reconcile.cli", "claims", str(line), "--no-cache"]
        subprocess.run(
            [*first, "--cache-dir", str(cache)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=True,
        )
    command = [sys.executable, "-c", "from reconcile.cli import main; main()"]
    if what == "claims":
        command += ["claims", str(path), "--no-cache", "--cache-dir", str(cache)]
    else:
        command += [
            "report",
            str(path),
            "--out",
            str(out_md),
            "--json",
            str(out_json),
            "--quiet",
            "--no-cache",  # extract every time: a kept run would read its claims back
            "--cache-dir",
            str(cache),
        ]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    with out_json.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            command, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True, check=False
        )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if done.returncode != 0:
        raise SystemExit(f"reconcile report failed ({done.returncode}): {done.stderr.strip()}")
    if what == "claims":
        with out_json.open(encoding="utf-8") as lines:
            claims = sum(1 for _ in lines)
        return {
            "seconds": seconds,
            "cpu": cpu,
            "peak_mb": max(peak, before) / 1024,
            "claims": claims,
            "facts": -1,
        }
    data = json.loads(out_json.read_text(encoding="utf-8"))
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": max(peak, before) / 1024,
        "claims": len(data["claims"]),
        "facts": len(data["facts"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,50", help="comma-separated sizes in MB")
    parser.add_argument("--keep", type=Path, help="folder to keep the articles in")
    parser.add_argument(
        "--text",
        choices=[
            "dense",
            "repeated",
            "news",
            "acronyms",
            "ones",
            "signs",
            "attributions",
            "titles",
        ],
        default="dense",
        help="dense: a number in every sentence (few sentences repeat); repeated: the same"
        " kind of sentences, 300 distinct ones repeated; news: Wikinews articles from"
        " ../shared, concatenated; acronyms: an unspelled acronym in every one;"
        ' ones: "1 " over and over on one line; signs: "x -1" likewise; attributions:'
        ' "Mr Smith said 1 " likewise; titles: "Minister " likewise',
    )
    parser.add_argument("--command", choices=["report", "claims"], default="report")
    parser.add_argument(
        "--cold", action="store_true", help="compile the rules in the measured run too"
    )
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print("size_mb  seconds  cpu_s  peak_rss_mb  claims  facts")
        for size in sizes:
            path = folder / f"large-{size:g}mb.txt"
            write = {
                "dense": article,
                "repeated": repeated,
                "news": news,
                "acronyms": acronyms,
                "ones": ones,
                "signs": signs,
                "attributions": attributions,
                "titles": titles,
            }[args.text]
            path.write_text(write(int(size * 1_000_000)), encoding="utf-8")
            # ru_maxrss of children is the largest child so far: measure the sizes in
            # increasing order so each figure is its own.
            found = measure(path, folder, args.command, args.cold)
            print(
                f"{size:7g}  {found['seconds']:7.1f}  {found['cpu']:5.1f}  {found['peak_mb']:11.0f}"
                f"  {found['claims']:6d}  {found['facts']:5d}",
                flush=True,
            )


if __name__ == "__main__":
    main()
