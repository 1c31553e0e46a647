"""Quantity extraction benchmark: this project against quantulum3 on the same gold set.

    .venv/bin/python bench/quantities.py [--split dev|heldout|all] [--repeat N] [--errors]

Reads `tests/data/quantities/{dev,heldout}.jsonl` (one sentence per line, each with the
expected mentions: value, high, qualifier, unit, change). Both extractors run on every
sentence; a predicted mention matches an expected one when the values agree (relative
difference under 0.1%), and, for the stricter scores, the unit, or the qualifier and change
as well. Prints precision, recall and F1 for value, value+unit and value+qualifier, and the
throughput of each extractor (sentences per second, best of `--repeat` timed passes after
one warm-up pass) with their ratio. quantulum3 is a benchmark-only dependency.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.kinds import Kinds, is_numeric  # noqa: E402
from reconcile.kinds.quantity.find import find_quantities  # noqa: E402
from reconcile.models import Source  # noqa: E402
from reconcile.normalize import normalize  # noqa: E402
from reconcile.rules import RuleSet, load_rules  # noqa: E402

GOLD = ROOT / "tests" / "data" / "quantities"


@dataclass(frozen=True)
class Found:
    """One mention as scored: value, unit label, qualifier and change."""

    value: float
    unit: str
    qualifier: str
    change: str | None
    quote: str = ""


def load_gold(split: str) -> list[dict[str, Any]]:
    """The gold cases of a split ('dev', 'heldout' or 'all')."""
    names = ["dev", "heldout"] if split == "all" else [split]
    cases: list[dict[str, Any]] = []
    for name in names:
        with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as handle:
            cases.extend(json.loads(line) for line in handle if line.strip())
    return cases


def unit_label(unit: str) -> str:
    """A unit written one way: no spaces, 'kilometer/hour', 'kilometer**2'."""
    return re.sub(r"\s+", "", unit)


# ------------------------------------------------------------------------------ this project
def reconcile_extractor(rules: RuleSet) -> Callable[[str], list[Found]]:
    """The quantity path of `reconcile claims`: sentences, quantity mentions, claims."""

    kinds = Kinds.build(rules)

    def run(text: str) -> list[Found]:
        source = Source(id="s", path="s.txt", text=text)
        mentions = tuple(
            m
            for sentence in kinds.default.sentences(source)
            for m in find_quantities(source, sentence, kinds.default.lexicon)
        )
        claims = normalize(mentions, source, kinds)
        return [
            Found(
                c.value if c.value is not None else 0.0,
                unit_label(c.stated_unit or c.unit),
                c.qualifier,
                c.change,
                c.quote,
            )
            for c in claims
            if is_numeric(c) and c.value is not None
        ]

    return run


# ------------------------------------------------------------------------------- quantulum3
_QUANTULUM_NAMES = {
    "dimensionless": "count",
    "percentage": "percent",
    "per cent": "percent",
    "percentage point": "percentage_point",
    "basis point": "basis_point",
    "degree Celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree Fahrenheit": "degree_Fahrenheit",
    "tonne": "metric_ton",
    "metric ton": "metric_ton",
    "barrel": "oil_barrel",
    "light-year": "light_year",
    "nautical mile": "nautical_mile",
    "part per million": "ppm",
    "watt-hour": "watt_hour",
}


def quantulum_unit(unit: Any, registry: Any) -> str:
    """quantulum3's unit in this benchmark's labels (currencies as ISO codes)."""
    code = getattr(unit, "currency_code", None)
    if code:
        return str(code)
    name = str(unit.name)
    if name in _QUANTULUM_NAMES:
        return _QUANTULUM_NAMES[name]
    parts = []
    for part in name.split(" per "):
        power = ""
        for word, exp in (("square ", "**2"), ("cubic ", "**3")):
            if part.startswith(word):
                part, power = part[len(word) :], exp
        part = _QUANTULUM_NAMES.get(part, part)
        part = part.replace("metre", "meter").replace("litre", "liter").replace(" ", "_")
        with contextlib.suppress(Exception):  # an unknown unit keeps quantulum's own name
            part = str(registry.parse_units(part))
        parts.append(part + power)
    return unit_label("/".join(parts))


def quantulum_extractor(registry: Any) -> Callable[[str], list[Found]]:
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser

    def run(text: str) -> list[Found]:
        return [
            Found(float(q.value), quantulum_unit(q.unit, registry), "exact", None, q.surface)
            for q in parser.parse(text)
        ]

    return run


# ----------------------------------------------------------------------------------- scoring
def expected_of(case: dict[str, Any]) -> list[Found]:
    return [
        Found(q["value"], unit_label(q["unit"]), q["qualifier"], q["change"])
        for q in case["quantities"]
    ]


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)


CRITERIA: dict[str, Callable[[Found, Found], bool]] = {
    "value": lambda p, g: same_value(p.value, g.value),
    "value+unit": lambda p, g: same_value(p.value, g.value) and p.unit == g.unit,
    "value+qualifier": lambda p, g: (
        same_value(p.value, g.value) and p.qualifier == g.qualifier and p.change == g.change
    ),
}


def matched(predicted: Sequence[Found], gold: Sequence[Found], same: Callable[..., bool]) -> int:
    """How many predictions pair with a gold mention, each used once (greedy, in order)."""
    free = list(gold)
    hits = 0
    for p in predicted:
        for i, g in enumerate(free):
            if same(p, g):
                hits += 1
                del free[i]
                break
    return hits


def score(
    cases: list[dict[str, Any]], outputs: list[list[Found]]
) -> dict[str, tuple[float, float, float]]:
    totals: dict[str, tuple[float, float, float]] = {}
    n_pred = sum(len(o) for o in outputs)
    n_gold = sum(len(c["quantities"]) for c in cases)
    for name, same in CRITERIA.items():
        hits = sum(matched(o, expected_of(c), same) for c, o in zip(cases, outputs, strict=True))
        precision = hits / n_pred if n_pred else 0.0
        recall = hits / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        totals[name] = (precision, recall, f1)
    return totals


def throughput(
    extractors: dict[str, Callable[[str], list[Found]]], texts: list[str], repeat: int
) -> dict[str, float]:
    """Sentences per second of each extractor: one warm-up pass each, then `repeat` rounds
    of one timed pass each, interleaved so that both see the same machine load; the best
    pass counts."""
    for run in extractors.values():
        for text in texts:
            run(text)
    best = dict.fromkeys(extractors, float("inf"))
    for _ in range(repeat):
        for name, run in extractors.items():
            started = time.perf_counter()
            for text in texts:
                run(text)
            best[name] = min(best[name], time.perf_counter() - started)
    return {name: len(texts) / seconds for name, seconds in best.items()}


def show_errors(cases: list[dict[str, Any]], outputs: list[list[Found]]) -> None:
    same = CRITERIA["value+qualifier"]
    unit_same = CRITERIA["value+unit"]
    for case, output in zip(cases, outputs, strict=True):
        gold = expected_of(case)
        if matched(output, gold, same) == len(gold) == len(output) and matched(
            output, gold, unit_same
        ) == len(gold):
            continue
        print(f"- {case['id']}: {case['text']}")
        for g in gold:
            print(f"    gold {g.value:g} {g.qualifier} {g.unit} {g.change}")
        for p in output:
            print(f"    got  {p.value:g} {p.qualifier} {p.unit} {p.change}  «{p.quote}»")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per extractor")
    parser.add_argument("--errors", action="store_true", help="list this project's misses")
    args = parser.parse_args(argv)

    from reconcile.kinds.quantity.units import unit_registry

    rules = load_rules()
    registry = unit_registry(rules.unit_definitions)
    extractors = {
        "reconcile": reconcile_extractor(rules),
        "quantulum3": quantulum_extractor(registry),
    }
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    for split in splits:
        cases = load_gold(split)
        n_gold = sum(len(c["quantities"]) for c in cases)
        print(f"\n## {split}: {len(cases)} sentences, {n_gold} quantity mentions\n")
        print("| extractor | criterion | precision | recall | F1 |")
        print("|---|---|---:|---:|---:|")
        for name, run in extractors.items():
            outputs = [run(c["text"]) for c in cases]
            for criterion, (p, r, f) in score(cases, outputs).items():
                print(f"| {name} | {criterion} | {p:.1%} | {r:.1%} | {f:.1%} |")
            if args.errors and name == "reconcile":
                show_errors(cases, outputs)
    texts = [c["text"] for c in load_gold(args.split)]
    rates = throughput(extractors, texts, args.repeat)
    print(f"\n## throughput ({len(texts)} sentences, best of {args.repeat} passes)\n")
    for name, rate in rates.items():
        print(f"- {name}: {rate:,.0f} sentences/s")
    print(f"- ratio reconcile / quantulum3: {rates['reconcile'] / rates['quantulum3']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
