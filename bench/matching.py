"""Matching benchmark: quality on the gold set, and time and memory on a generated corpus.

    .venv/bin/python bench/matching.py gold            # tests/data/matching
    .venv/bin/python bench/matching.py corpus 10000    # generated sources, see bench/corpus.py
    .venv/bin/python bench/matching.py extract 1000 5  # CPU time of extraction, best of 5

Gold set: each folder of `tests/data/matching/` holds 2-4 articles and `gold.toml`, whose
`[[fact]]` tables list the claims that state one fact ("file: words of the claim") and the
verdict a careful reader gives. A gold claim is the predicted claim that overlaps the
place where its words occur in the file. Scores:
- same-fact pairs: every pair of annotated claims of one folder is a decision (same fact or
  not); precision and recall of the "same fact" decisions.
- conflicts: a reported conflict is right when it holds two claims, from two sources, of one
  gold conflict; a gold conflict is found when some reported conflict does that. Every
  conflict reported on the gold set counts, annotated or not.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from reconcile import run  # noqa: E402
from reconcile.api import claims_of  # noqa: E402
from reconcile.compare import compare  # noqa: E402
from reconcile.kinds import Kinds, is_numeric  # noqa: E402
from reconcile.match import match  # noqa: E402
from reconcile.models import VERDICTS, Report  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402
from reconcile.sources import load_sources  # noqa: E402

GOLD = ROOT / "tests" / "data" / "matching"


@dataclass
class Scores:
    """Counts behind the precision and recall figures, with the errors named."""

    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    conflict_tp: int = 0
    conflict_fp: int = 0
    gold_conflicts: int = 0
    gold_conflicts_found: int = 0
    verdicts_right: int = 0
    verdicts_total: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def summary(self) -> dict[str, float]:
        return {
            "pair_precision": self.ratio(self.pair_tp, self.pair_tp + self.pair_fp),
            "pair_recall": self.ratio(self.pair_tp, self.pair_tp + self.pair_fn),
            "conflict_precision": self.ratio(self.conflict_tp, self.conflict_tp + self.conflict_fp),
            "conflict_recall": self.ratio(self.gold_conflicts_found, self.gold_conflicts),
            "verdict_accuracy": self.ratio(self.verdicts_right, self.verdicts_total),
        }


def gold_claims(folder: Path, report: Report, scores: Scores) -> list[tuple[str, list[str]]]:
    """The gold facts of one folder as (verdict, predicted claim ids)."""
    data = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    by_name = {s.name: s for s in report.sources}
    facts = []
    for fact in data["fact"]:
        ids = []
        for ref in fact["claims"]:
            name, words = (part.strip() for part in ref.split(":", 1))
            source = by_name[name]
            at = source.text.find(words, source.body_start)
            if at < 0:
                raise SystemExit(f"{folder.name}/{name}: {words!r} not in the text")
            span = (at, at + len(words))
            # A number's claim before an event claim whose words hold that number; then the
            # claim that covers most of the gold words, the tightest one on a tie.
            found = sorted(
                (
                    not is_numeric(c),
                    -(min(c.end, span[1]) - max(c.start, span[0])),
                    c.end - c.start,
                    c.id,
                )
                for c in report.claims
                if c.source_id == source.id and c.start < span[1] and span[0] < c.end
            )
            if found:
                ids.append(found[0][-1])
            else:
                scores.missing.append(f"{folder.name}/{ref}")
        facts.append((str(fact["verdict"]), ids))
    return facts


def score_folder(folder: Path, scores: Scores) -> None:
    report = run([str(folder)])
    facts = gold_claims(folder, report, scores)
    gold_of = {cid: i for i, (_, ids) in enumerate(facts) for cid in ids}
    fact_of = {cid: f for f in report.facts for cid in f.claim_ids}
    annotated = sorted(gold_of)
    for i, a in enumerate(annotated):
        for b in annotated[i + 1 :]:
            gold_same = gold_of[a] == gold_of[b]
            same = fact_of[a].id == fact_of[b].id
            if gold_same and same:
                scores.pair_tp += 1
            elif same:
                scores.pair_fp += 1
                scores.errors.append(
                    f"{folder.name}: joined “{report.claim(a).quote}” + “{report.claim(b).quote}”"
                )
            elif gold_same:
                scores.pair_fn += 1
                scores.errors.append(
                    f"{folder.name}: missed “{report.claim(a).quote}” + “{report.claim(b).quote}”"
                )
    gold_conflicts = [set(ids) for verdict, ids in facts if verdict == "conflict"]
    scores.gold_conflicts += len(gold_conflicts)

    def two_sources(ids: set[str]) -> bool:
        return len({report.claim(c).source_id for c in ids}) >= 2

    predicted = [f for f in report.facts if f.verdict == "conflict"]
    for fact in predicted:
        if any(two_sources(set(fact.claim_ids) & g) for g in gold_conflicts):
            scores.conflict_tp += 1
        else:
            scores.conflict_fp += 1
            quotes = " / ".join(report.claim(c).quote for c in fact.claim_ids)
            scores.errors.append(f"{folder.name}: false conflict {fact.label}: {quotes}")
    for g in gold_conflicts:
        if any(two_sources(set(f.claim_ids) & g) for f in predicted):
            scores.gold_conflicts_found += 1
        else:
            quotes = " / ".join(report.claim(c).quote for c in g)
            scores.errors.append(f"{folder.name}: conflict not reported: {quotes}")
    for verdict, ids in facts:
        if len({report.claim(c).source_id for c in ids}) < 2:
            continue
        verdicts = {fact_of[c].verdict for c in ids}
        scores.verdicts_total += 1
        if verdicts == {verdict}:
            scores.verdicts_right += 1
        else:
            scores.errors.append(f"{folder.name}: verdict {sorted(verdicts)} not {verdict}")


def gold(verbose: bool = True) -> Scores:
    """Score every folder of the gold set; print the figures and, verbose, each error."""
    scores = Scores()
    folders = sorted(p for p in GOLD.iterdir() if (p / "gold.toml").is_file())
    for folder in folders:
        score_folder(folder, scores)
    print(f"gold set: {len(folders)} clusters, {scores.pair_tp + scores.pair_fn} same-fact pairs")
    for name, value in scores.summary().items():
        print(f"  {name:20} {value:.3f}")
    print(f"  gold claims not extracted: {len(scores.missing)}")
    if verbose:
        for line in scores.missing:
            print(f"    missing: {line}")
        for line in scores.errors:
            print(f"    {line}")
    return scores


def corpus(count: int) -> None:
    """Generate `count` sources, run the whole pipeline, report time and peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        story_of = write_corpus(Path(folder), count, seed=20240101)
        rules = load_rules()
        started = time.perf_counter()
        kinds = Kinds.build(rules)
        sources = load_sources([folder], rules)
        loaded = time.perf_counter()
        claims = claims_of(sources, kinds)
        extracted = time.perf_counter()
        clusters = match(claims, kinds, sources)
        matched = time.perf_counter()
        facts = compare(clusters, claims, sources, kinds)
        compared = time.perf_counter()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdicts = {v: sum(1 for f in facts if f.verdict == v) for v in VERDICTS}
    # Every generated story happens in its own invented place: a fact whose claims come from
    # sources of two stories is a false match, whatever its verdict.
    story = {s.id: story_of[s.name] for s in sources}
    claim_story = {c.id: story[c.source_id] for c in claims}
    mixed = sum(1 for f in facts if len({claim_story[c] for c in f.claim_ids}) > 1)
    print(
        f"corpus: {len(sources)} sources ({len(set(story_of.values()))} stories),"
        f" {len(claims)} claims, {len(facts)} facts"
    )
    print(f"  facts mixing two stories (false matches): {mixed}")
    print(f"  verdicts: {verdicts}")
    print(
        f"  load {loaded - started:.1f}s, extract+normalize {extracted - loaded:.1f}s,"
        f" match {matched - extracted:.1f}s, compare {compared - matched:.1f}s,"
        f" total {compared - started:.1f}s"
    )
    print(f"  peak memory (max RSS) {peak_mib:.0f} MiB")


def extract(count: int, rounds: int) -> None:
    """Extraction and normalization alone (`claims_of`) on `count` generated sources: CPU
    seconds of this process, the best of `rounds` runs after a warm-up, and sources/s."""
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), count, seed=20240101)
        rules = load_rules()
        kinds = Kinds.build(rules)
        sources = load_sources([folder], rules)
    claims_of(sources[:20], kinds)  # compiles the patterns used on first call
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        claims = claims_of(sources, kinds)
        best = min(best, time.process_time() - started)
    print(
        f"extract: {len(sources)} sources, {len(claims)} claims, best of {rounds}:"
        f" {best:.3f} s CPU, {len(sources) / best:.0f} sources/s"
    )


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "gold"
    if what == "gold":
        gold(verbose="-q" not in sys.argv)
    elif what == "corpus":
        corpus(int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
    elif what == "extract":
        extract(
            int(sys.argv[2]) if len(sys.argv) > 2 else 1000,
            int(sys.argv[3]) if len(sys.argv) > 3 else 5,
        )
    else:
        raise SystemExit(
            "usage: bench/matching.py gold [-q] | corpus [COUNT] | extract [COUNT [ROUNDS]]"
        )
