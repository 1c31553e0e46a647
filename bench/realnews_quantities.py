"""Quantity extraction on real news: the tool's claims against hand-made gold, per split.

    .venv/bin/python bench/realnews_quantities.py [--split dev|dev-a|...|dev-h|test|all] [--errors]
        [--qualifiers]

Reads every `bench/realnews/quantities-*.jsonl` (one sentence of a shared real-news document
per line, with every quantity it states: offsets, value, high, qualifier, unit, change,
concept; conventions in `bench/realnews/README-quantities.md`). Each span is checked against
the document text first: a gold span that does not match the text is an error (exit 2). The
tool then runs on each sentence's text the way `bench/quantities.py` runs it (sentences,
quantity mentions, claims), and the same matching rules score it: a predicted mention matches
a gold one when the values agree within 0.1%, and for the stricter scores the unit, or the
qualifier and change too. Concept coverage is the share of gold mentions whose value-matched
claim says what it measures (`concept`, else the claim's context subject).

`score(split)` returns the figures as fractions for `bench/realnews.py`. `--qualifiers`
counts, for any split, the value-matched predictions whose qualifier or change misses the
gold's, by shape (`qualifier_shape`: a range read as one end, a qualifier missed where the
figure before it has it, one added that another figure of the sentence has, a change missed
or added; names of qualifiers only, never a text). `--errors` lists the
misses of the tuning halves, the halves of dev that rules are written from; the test split is
scored, never shown, so that no rule is tuned on it. Dev documents labelled later carry a
`"half"`: the ninth round's lines say `"dev-c"` (`quantities-wikinews-c.jsonl`; the check
half that round, read while tuning since the tenth), the tenth round's say `"dev-d"`
(`quantities-wikinews-d.jsonl`; the check half that round, read while tuning since the
eleventh), lines labelled from the eleventh round say `"dev-e"` (the check half until the
twenty-first round, read while tuning since the twenty-second); lines labelled from the
twenty-second round would say `"dev-f"` (the check half from the twenty-second to the
twenty-fourth round, read while tuning since the twenty-fifth: no line says it yet), and lines
labelled from the twenty-fifth round would say `"dev-g"` (the check half of the twenty-fifth
and twenty-sixth rounds, read while tuning since the twenty-seventh: no line says it yet), and
lines labelled from the twenty-seventh round would say `"dev-h"`, the check half now: scored
by `--split dev-h` (and within `--split dev`), never in another half, misses never listed.
The shared folder (`../shared/data/real-news`, or `$RECONCILE_SHARED`) must be present, else
the script says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quantities import CRITERIA, Found, matched, same_value, unit_label  # noqa: E402
from bench.realnews_data import MISSING_EXIT, half_of, load, real_news_root, split_of  # noqa: E402
from reconcile.kinds import Kinds, is_numeric  # noqa: E402
from reconcile.kinds.quantity.find import find_quantities  # noqa: E402
from reconcile.models import QUALIFIERS as MODEL_QUALIFIERS  # noqa: E402
from reconcile.models import Claim, Source  # noqa: E402
from reconcile.normalize import normalize  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402

GOLD = ROOT / "bench" / "realnews"
SPLITS = ("dev", "test")
HALVES = ("dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-h")
TUNING = (
    "dev-a",
    "dev-b",
    "dev-c",
    "dev-d",
    "dev-e",
    "dev-f",
    "dev-g",
)  # the halves whose misses may be read while writing rules
CHECK = "dev-h"  # dev documents labelled last: scored to check the rules, never read
DECLARED = ("dev-c", "dev-d", "dev-e", "dev-f", "dev-g", CHECK)  # the halves a gold line may name
QUALIFIERS = set(MODEL_QUALIFIERS)
CHANGES = {None, "up", "down"}
SCORE_NAMES = {"value": "value", "value+unit": "value_unit", "value+qualifier": "value_qualifier"}


class GoldError(ValueError):
    """A gold line that does not fit its document or the schema."""


@dataclass(frozen=True)
class Sentence:
    """One gold sentence: where it is, its text (read from the shared folder) and its gold."""

    where: str  # "gold-file:line" for messages
    doc: str
    split: str
    half: str | None  # dev-a to dev-f for dev; None for test
    text: str
    gold: tuple[Found, ...]


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("quantities-*.jsonl"))


def _check_line(where: str, line: dict[str, Any]) -> Sentence:
    document = load(line["file"], line["key"])
    if line["doc"] != document.id:
        raise GoldError(f"{where}: doc {line['doc']!r} is not the id {document.id!r} of its file")
    if line["split"] != split_of(document.id):
        raise GoldError(f"{where}: split {line['split']!r} is not split_of(doc)")
    half = line.get("half")
    if half not in (None, *DECLARED) or (half is not None and line["split"] != "dev"):
        raise GoldError(f"{where}: half {half!r} is not one of {DECLARED} on a dev document")
    start, end = line["start"], line["end"]
    if not 0 <= start <= end <= len(document.text):
        raise GoldError(f"{where}: sentence [{start}, {end}) is outside the document")
    found = []
    for m in line["mentions"]:
        if not start <= m["start"] < m["end"] <= end:
            raise GoldError(f"{where}: mention {m['text']!r} lies outside its sentence")
        if document.text[m["start"] : m["end"]] != m["text"]:
            raise GoldError(
                f"{where}: span [{m['start']}, {m['end']}) reads "
                f"{document.text[m['start'] : m['end']]!r}, not {m['text']!r}"
            )
        if m["qualifier"] not in QUALIFIERS or m["change"] not in CHANGES:
            raise GoldError(f"{where}: {m['text']!r} has qualifier or change outside the schema")
        if not m["unit"] or not m["concept"]:
            raise GoldError(f"{where}: {m['text']!r} needs a unit and a concept")
        found.append(Found(float(m["value"]), unit_label(m["unit"]), m["qualifier"], m["change"]))
    return Sentence(
        where,
        document.id,
        line["split"],
        half or half_of(document.id),
        document.text[start:end],
        tuple(found),
    )


@cache
def load_sentences() -> tuple[Sentence, ...]:
    """Every gold sentence of every gold file, each checked against its document."""
    sentences = []
    for path in gold_files():
        with path.open(encoding="utf-8") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    sentences.append(_check_line(f"{path.name}:{number}", json.loads(raw)))
    return tuple(sentences)


@cache
def _kinds() -> Kinds:
    return Kinds.build(load_rules())


def extract(text: str) -> list[tuple[Found, Claim]]:
    """The quantity path of `reconcile claims` on one text, as in `bench/quantities.py`."""
    kinds = _kinds()
    source = Source(id="s", path="s.txt", text=text)
    mentions = tuple(
        m
        for sentence in kinds.default.sentences(source)
        for m in find_quantities(source, sentence, kinds.default.lexicon)
    )
    return [
        (
            Found(c.value, unit_label(c.stated_unit or c.unit), c.qualifier, c.change, c.quote),
            c,
        )
        for c in normalize(mentions, source, kinds)
        if is_numeric(c) and c.value is not None
    ]


def concept_of(claim: Claim) -> str:
    """What the claim says it measures: its concept when the tool has one, else its subject."""
    concept = getattr(claim, "concept", None) or claim.context.subject
    return str(concept or "").strip()


def value_pairs(predicted: Sequence[Found], gold: Sequence[Found]) -> list[tuple[int, int]]:
    """(prediction, gold) index pairs under the value criterion, greedy in order as
    `bench.quantities.matched` counts them."""
    free = list(range(len(gold)))
    pairs = []
    for i, p in enumerate(predicted):
        for j in free:
            if same_value(p.value, gold[j].value):
                pairs.append((i, j))
                free.remove(j)
                break
    return pairs


def _select(split: str) -> list[Sentence]:
    if split not in (*SPLITS, *HALVES, "all"):
        raise ValueError(f"unknown split {split!r}: use dev, {', '.join(HALVES)}, test or all")
    if split == "all":
        return list(load_sentences())
    if split in HALVES:
        return [s for s in load_sentences() if s.half == split]
    return [s for s in load_sentences() if s.split == split]


def score(split: str) -> dict[str, float]:
    """Precision, recall and F1 (fractions) for value, value+unit and value+qualifier, concept
    coverage, and the counts of sentences, gold mentions and predictions of one split."""
    sentences = _select(split)
    outputs = [extract(s.text) for s in sentences]
    n_gold = sum(len(s.gold) for s in sentences)
    n_pred = sum(len(o) for o in outputs)
    result: dict[str, float] = {
        "sentences": float(len(sentences)),
        "mentions": float(n_gold),
        "predicted": float(n_pred),
    }
    for criterion, same in CRITERIA.items():
        hits = sum(
            matched([f for f, _ in o], s.gold, same)
            for s, o in zip(sentences, outputs, strict=True)
        )
        precision = hits / n_pred if n_pred else 0.0
        recall = hits / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        name = SCORE_NAMES[criterion]
        result[f"{name}_precision"] = precision
        result[f"{name}_recall"] = recall
        result[f"{name}_f1"] = f1
    with_concept = 0
    for s, o in zip(sentences, outputs, strict=True):
        for i, _ in value_pairs([f for f, _ in o], s.gold):
            with_concept += bool(concept_of(o[i][1]))
    result["concept_coverage"] = with_concept / n_gold if n_gold else 0.0
    return result


# the shapes of a qualifier miss (`qualifier_shape`), in the order they are tried
QUALIFIER_SHAPES = (
    "a range read as one end",
    "one end read as a range",
    "missed, the figure before it has it (a restatement or a list)",
    "missed",
    "added, another figure of the sentence has it",
    "added",
    "another qualifier",
)


def qualifier_shape(gold: Found, got: Found, others: Sequence[Found]) -> list[str]:
    """Why a prediction that has a gold mention's value misses its qualifier or change,
    by shape (names of qualifiers and shapes only, never a text: safe for any split).
    `others`: the gold mentions of the sentence in order, `gold` among them."""
    said = []
    if gold.qualifier != got.qualifier:
        g, p = gold.qualifier, got.qualifier
        at = next(i for i, o in enumerate(others) if o is gold)
        before = others[at - 1].qualifier if at > 0 else None
        if g == "range":
            shape = "a range read as one end"
        elif p == "range":
            shape = "one end read as a range"
        elif p == "exact":
            shape = "missed, the figure before it has it (a restatement or a list)"
            shape = shape if before == g else "missed"
        elif g == "exact":
            shape = "added, another figure of the sentence has it"
            shape = shape if any(o.qualifier == p for o in others if o is not gold) else "added"
        else:
            shape = "another qualifier"
        said.append(f"qualifier: {shape} (gold {g}, read {p})")
    if gold.change != got.change:
        g_change, p_change = gold.change or "none", got.change or "none"
        how = (
            "missed"
            if got.change is None
            else "added"
            if gold.change is None
            else "the other direction"
        )
        said.append(f"change: {how} (gold {g_change}, read {p_change})")
    return said


def qualifier_misses(split: str) -> Counter[str]:
    """The qualifier and change misses of one split's value-matched predictions, by shape
    (`qualifier_shape`): what costs the value+qualifier score beyond the value score."""
    same = CRITERIA["value+qualifier"]
    counts: Counter[str] = Counter()
    for s in _select(split):
        found = [f for f, _ in extract(s.text)]
        for i, j in value_pairs(found, s.gold):
            if not same(found[i], s.gold[j]):
                counts.update(qualifier_shape(s.gold[j], found[i], s.gold))
    return counts


def show_errors(split: str) -> None:
    """Each sentence of a tuning half where the tool's mentions differ from the gold."""
    if split not in TUNING:
        raise ValueError(f"misses are listed for {', '.join(TUNING)} only, not {split!r}")
    same, unit_same = CRITERIA["value+qualifier"], CRITERIA["value+unit"]
    for s in _select(split):
        output = extract(s.text)
        found = [f for f, _ in output]
        if (
            matched(found, s.gold, same)
            == len(s.gold)
            == len(found)
            == matched(found, s.gold, unit_same)
        ):
            continue
        print(f"- {s.where} {s.doc}: {s.text}")
        for g in s.gold:
            print(f"    gold {g.value:g} {g.qualifier} {g.unit} {g.change}")
        for f, claim in output:
            print(
                f"    got  {f.value:g} {f.qualifier} {f.unit} {f.change}  «{f.quote}»"
                f"  concept: {concept_of(claim) or '-'}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, *HALVES, "all"], default="all")
    parser.add_argument(
        "--errors", action="store_true", help="list the misses of the tuning halves (or of one)"
    )
    parser.add_argument(
        "--qualifiers",
        action="store_true",
        help="count the qualifier and change misses of value-matched mentions by shape "
        "(counts only, any split)",
    )
    args = parser.parse_args(argv)
    if real_news_root() is None:
        print(
            "real-news data not found: expected ../shared/data/real-news beside the "
            "repository, or set RECONCILE_SHARED to the shared folder",
            file=sys.stderr,
        )
        return MISSING_EXIT
    if args.errors and args.split not in (*TUNING, "dev", "all"):
        print(
            f"--errors shows {', '.join(TUNING)} only: {CHECK} checks the rules and test "
            "is never read",
            file=sys.stderr,
        )
        return 2
    try:
        load_sentences()
    except (GoldError, KeyError) as error:
        print(f"gold error: {error}", file=sys.stderr)
        return 2
    if not gold_files():
        print("no gold files bench/realnews/quantities-*.jsonl", file=sys.stderr)
        return 2
    files = ", ".join(p.name for p in gold_files())
    every = [s for s in ("dev", *DECLARED, "test") if _select(s)]
    splits = every if args.split == "all" else [args.split]
    print(f"Quantity extraction on real news ({files})\n")
    print("| split | sentences | mentions | criterion | precision | recall | F1 |")
    print("|---|---:|---:|---|---:|---:|---:|")
    coverage = []
    for split in splits:
        figures = score(split)
        for criterion, name in SCORE_NAMES.items():
            print(
                f"| {split} | {figures['sentences']:.0f} | {figures['mentions']:.0f} "
                f"| {criterion} | {figures[f'{name}_precision']:.1%} "
                f"| {figures[f'{name}_recall']:.1%} | {figures[f'{name}_f1']:.1%} |"
            )
        coverage.append(f"{split} {figures['concept_coverage']:.1%}")
    print(
        f"\nconcept coverage (gold mentions whose matched claim names what it measures): "
        f"{', '.join(coverage)}"
    )
    if args.qualifiers:
        for split in splits:
            counts = qualifier_misses(split)
            print(f"\n### qualifier and change misses of value-matched mentions, {split}\n")
            print("| shape | mentions |\n|---|---:|")
            for shape, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
                print(f"| {shape} | {n} |")
            print(f"| total | {sum(counts.values())} |")
    if args.errors:
        for half in [args.split] if args.split in TUNING else TUNING:
            print(f"\n## {half} errors\n")
            show_errors(half)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
