"""The anatomy of the real-news misses: for each missed gold pair, wrong match and matched
trap, the stage of matching responsible, asked of the engine (`reconcile.anatomy`).

`bench/realnews.py --anatomy` tallies them per split as counts of a stage and a detail (a
kind, a veto's type, a score band: names of rules and types, never a text, a cluster or an
offset), so a split that is never read (dev-e, test) can be printed as well; with
`--errors` on a tuning half each listed miss says its stage, and there what the stage read
(block keys, score, cut-off).

A missed pair of mentions (in two documents) is, in this order:

- `not extracted`: no claim overlaps one mention (`one side`) or either (`both sides`);
- `different kind`: a mention is read only as claims of another kind than the gold fact's
  (`place read as thing`), or the two are read as different claim kinds (`count ~
  percent`);
- else, of the pairs of claims of the fact's kind (a mention may overlap several), the one
  matching took furthest (`reconcile.anatomy.furthest`): `no block shared`, `not compared
  (pruned block)`, `vetoed` (the veto), `below cut-off` (a soft veto, or the score band and
  the cut-off) or `refused by clustering` (a cannot-link between their facts, or the mean of
  the pairs between them under the cut-off).

A wrong match or a matched trap is a pair of claims in one tool fact: `matched directly`
(their pair joins, by its score band), `matched through a third member` (their own pair
would not: its veto or score) or `loosely joined` (a count of no block that joined a
block's cluster).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reconcile.anatomy import (
    APART,
    DIFFERENT_KIND,
    TOGETHER,
    Anatomy,
    PairAnatomy,
    furthest,
)
from reconcile.kinds import Kind, Kinds, is_numeric
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.models import Claim, Report

NOT_EXTRACTED = "not extracted"
STAGES = (NOT_EXTRACTED, *APART, *TOGETHER)
COLUMNS = ("numeric", "office", "other named", "wrong matches", "traps matched")
CONCEPTS = ("same concept", "different concepts", "one without a concept", "neither has one")


@dataclass(frozen=True)
class Finding:
    """The stage responsible for one miss, a detail safe to print for any split, and what
    the stage read (block keys, score: printed only for a tuning half's listed miss)."""

    stage: str
    detail: str
    read: str = ""
    concepts: str = ""  # a numeric pair read on both sides: how their concepts compare

    def line(self) -> str:
        said = f"{self.stage}: {self.detail}" if self.detail else self.stage
        return f"{said} ({self.read})" if self.read else said


class Reader:
    """The anatomy of one cluster's run (a `reconcile.anatomy.Anatomy` of its report)."""

    def __init__(self, report: Report, kinds: Kinds) -> None:
        self.anatomy = Anatomy(report, kinds)
        self.claims = {c.id: c for c in report.claims}

    def missed(
        self, kind: str, left: Iterable[str], right: Iterable[str], docs: tuple[str, str]
    ) -> Finding:
        """Why two mentions of one gold fact of `kind`, read as the claims `left` and
        `right`, are in no tool fact together."""
        lefts, rights = sorted(left), sorted(right)
        if not lefts and not rights:
            return Finding(NOT_EXTRACTED, "both sides")
        if not lefts or not rights:
            return Finding(NOT_EXTRACTED, "one side", f"{docs[0] if not lefts else docs[1]}")

        def fits(claim: Claim) -> bool:
            return is_numeric(claim) if kind == "numeric" else claim.kind == kind

        fit = [[i for i in side if fits(self.claims[i])] for side in (lefts, rights)]
        if not fit[0] or not fit[1]:
            unfit = [side for side, own in zip((lefts, rights), fit, strict=True) if not own]
            read = sorted({self.claims[i].kind for side in unfit for i in side})
            return Finding(DIFFERENT_KIND, f"{kind} read as {'/'.join(read)}")
        found = [(self.anatomy.pair(a, b), a, b) for a in fit[0] for b in fit[1]]
        best = furthest([p for p, _, _ in found])
        _, a, b = next(f for f in found if f[0] is best)
        concepts = self._concepts(a, b) if kind == "numeric" else ""
        detail = best.detail
        if best.stage == DIFFERENT_KIND and sorted(best.kinds) == ["count", "money"]:
            detail = self._count_money(a, b)
        return Finding(best.stage, detail, _read(best), concepts)

    def _count_money(self, a: str, b: str) -> str:
        """A pair read as a count and a sum, told by its shape (names of shapes only, no
        text): where the sum's currency is written (in its quote, elsewhere in its
        sentence, or neither: carried from another sentence), what the count has beside
        its number (a counted noun, a word of a money concept next to it or in its sentence,
        nothing), and whether the two state one number (`join_across` weighs only those)."""
        count, money = sorted((self.claims[a], self.claims[b]), key=lambda c: c.kind)
        kind = self.anatomy.kind(count)
        written = _currency_written(kind, money.quote)
        where = (
            "in its quote"
            if written
            else "in its sentence"
            if _currency_written(kind, money.sentence)
            else "carried"
        )
        at = count.sentence.find(count.quote)
        quantity = kind if isinstance(kind, QuantityKind) else None
        if count.counted_noun:
            has = "a counted noun"
        elif quantity and quantity.money_concept(count, at, money.dimension):
            has = "a money word next to it"
        elif quantity and quantity.names_money(count.sentence, at):
            has = "a money word in its sentence"
        else:
            has = "nothing"
        same = count.value == money.value and count.value_high == money.value_high
        number = "one number" if same else "two numbers"
        return f"count ~ money: currency {where}; count has {has}; {number}"

    def matched(self, left: str, right: str) -> Finding:
        """How two claims that state different gold facts came into one tool fact."""
        found = self.anatomy.pair(left, right)
        return Finding(found.stage, found.detail, _read(found))

    def _concepts(self, a: str, b: str) -> str:
        ca, cb = self.claims[a].concept, self.claims[b].concept
        if ca and cb:
            return CONCEPTS[0] if ca == cb else CONCEPTS[1]
        return CONCEPTS[2] if ca or cb else CONCEPTS[3]


def _currency_written(kind: Kind, text: str) -> bool:
    """Whether `text` writes a currency: a sign or code, or a currency's name as a word, of
    the kind's number grammar."""
    if not isinstance(kind, QuantityKind):
        return False
    grammar = kind.grammar
    if any(sign in text for sign in grammar.symbol_code):
        return True
    words = f" {' '.join(_WORD.findall(text.lower()))} "
    return any(f" {name} " in words for name in grammar.word_code)


_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


def _read(found: PairAnatomy) -> str:
    """What the stage read: the block keys, and the score and cut-off of a decided pair."""
    keys = " / ".join(str(k) for k in found.blocks)
    if found.decision is None:
        return f"blocks {keys}" if found.blocks != (None, None) else ""
    said = f"block {found.blocks[0]}, score {found.decision.score:.1f}"
    if found.cutoff is not None:
        said += f", cut-off {found.cutoff:g}"
    if found.veto is not None:
        said += f", veto {type(found.veto).__name__}"
    if found.mean is not None:
        said += f", mean between facts {found.mean:.1f}"
    return said


class Tally:
    """The counts of one split: per column (a group of missed pairs, wrong matches,
    matched traps), stage and detail; and the concepts of missed numeric pairs."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.concepts: Counter[str] = Counter()

    def add(self, column: str, finding: Finding) -> None:
        self.counts[(column, finding.stage, finding.detail)] += 1
        if finding.concepts:
            self.concepts[finding.concepts] += 1

    def rows(self) -> list[tuple[str, str, list[int]]]:
        """The table's rows: each stage with its total per column, then its details (the
        most frequent first)."""
        rows: list[tuple[str, str, list[int]]] = []
        for stage in STAGES:
            details = sorted({d for _, s, d in self.counts if s == stage})
            if not details:
                continue
            per = {d: [self.counts[(col, stage, d)] for col in COLUMNS] for d in details}
            rows.append((stage, "", [sum(per[d][x] for d in details) for x in range(len(COLUMNS))]))
            ordered = sorted(details, key=lambda d: (-sum(per[d]), d))
            if ordered != [""]:
                rows += [("", d or "—", per[d]) for d in ordered]
        return rows

    def json(self) -> dict[str, Any]:
        return {
            "counts": [
                {"column": col, "stage": stage, "detail": detail, "count": n}
                for (col, stage, detail), n in sorted(self.counts.items())
            ],
            "numeric concepts": dict(sorted(self.concepts.items())),
        }

    def markdown(self, name: str) -> list[str]:
        lines = [
            f"### anatomy of the misses, {name}",
            "",
            "| stage | detail | " + " | ".join(COLUMNS) + " |",
            "|---|---|" + "---:|" * len(COLUMNS),
        ]
        for stage, detail, cells in self.rows():
            shown = [str(n) if n else "·" for n in cells]
            stage_cell = f"**{stage}**" if stage else ""
            lines.append(f"| {stage_cell} | {detail} | " + " | ".join(shown) + " |")
        totals = [sum(n for (c, _, _), n in self.counts.items() if c == col) for col in COLUMNS]
        lines.append("| total | | " + " | ".join(str(n) for n in totals) + " |")
        if self.concepts:
            said = ", ".join(
                f"{key} {self.concepts[key]}" for key in CONCEPTS if key in self.concepts
            )
            lines += ["", f"Missed numeric pairs read on both sides, by concept: {said}."]
        return lines
