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

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconcile.anatomy import (
    APART,
    DIFFERENT_KIND,
    TOGETHER,
    Anatomy,
    PairAnatomy,
    furthest,
)
from reconcile.kinds import Kinds, is_numeric
from reconcile.models import Claim, Report

NOT_EXTRACTED = "not extracted"
STAGES = (NOT_EXTRACTED, *APART, *TOGETHER)
COLUMNS = ("numeric", "office", "other named", "wrong matches", "traps matched")
CONCEPTS = ("same concept", "different concepts", "one without a concept", "neither has one")
# the columns whose pairs (two claims in one tool fact) are told by the evidence they lacked
JOINED_COLUMNS = ("wrong matches", "traps matched")
# the evidence a pair of numbers in one tool fact had, and did not have, to be kept apart:
# per line of evidence, how the two claims stand (`Reader.evidence`), in this order
EVIDENCE = (
    "time anchors",
    "years in the sentences",
    "days the clauses date",
    "publication days",
    "places",
    "concepts",
    "numbers",
    "names near the numbers",
    "portions",
    "counted nouns",
)


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
        return Finding(best.stage, best.detail, _read(best), concepts)

    def matched(self, left: str, right: str) -> Finding:
        """How two claims that state different gold facts came into one tool fact."""
        found = self.anatomy.pair(left, right)
        return Finding(found.stage, found.detail, _read(found))

    def evidence(self, left: str, right: str) -> list[tuple[str, str]]:
        """How two claims in one tool fact stand on each line of evidence a veto reads
        (`EVIDENCE`): whether it was there on both sides and differed, agreed, stood on one
        side only or on neither. Names of the evidence only, never a text: safe for a split
        that is never read. Two claims that state no number: one line, "named"."""
        a, b = self.claims[left], self.claims[right]
        if not (is_numeric(a) and is_numeric(b)):
            return [("claims", "named or mixed kinds")]
        anatomy = self.anatomy
        key_a, key_b = anatomy.block_key(left), anatomy.block_key(right)
        fa = anatomy.features(a, key_a or "")
        fb = anatomy.features(b, key_b or "")
        kind = anatomy.kind(a)
        context = getattr(kind, "context", None)
        years = getattr(kind, "years", None)
        found = [
            ("time anchors", _both(fa.time, fb.time)),
            ("years in the sentences", _sets(*(years(c) for c in (a, b))) if years else "—"),
            ("days the clauses date", _both(fa.day, fb.day)),
            ("publication days", _days(fa.published, fb.published)),
            ("places", self._places(a, b, fa.places, fb.places, context)),
            ("concepts", self._concepts(left, right)),
            ("numbers", _numbers(a, b)),
            ("names near the numbers", _sets(fa.names, fb.names)),
            ("portions", _both(fa.portion, fb.portion)),
            ("counted nouns", _both(a.noun_class or "", b.noun_class or "")),
        ]
        return found

    @staticmethod
    def _places(a: Claim, b: Claim, pa: frozenset[str], pb: frozenset[str], context: Any) -> str:
        """How the places of two numbers stand, and whether one is a part of the other's:
        a chain of either sentence ("in Multan, Punjab, Pakistan") writing one's place
        inside the other's."""
        said = _sets(pa, pb)
        if said not in ("both, different", "one side only") or context is None:
            return said
        chains = [*context.place_chains(a.sentence), *context.place_chains(b.sentence)]
        for chain in chains:
            held = [set(name.split()) for name in chain]
            for small, large in ((pa, pb), (pb, pa)):
                if not (small and large):
                    continue
                inner = [i for i, name in enumerate(held) if small <= name]
                outer = [i for i, name in enumerate(held) if large <= name]
                if inner and outer and min(inner) < max(outer):
                    return "one a part of the other's place"
        return said

    def _concepts(self, a: str, b: str) -> str:
        ca, cb = self.claims[a].concept, self.claims[b].concept
        if ca and cb:
            return CONCEPTS[0] if ca == cb else CONCEPTS[1]
        return CONCEPTS[2] if ca or cb else CONCEPTS[3]


def _both(x: str, y: str) -> str:
    """How one piece of evidence stands on two sides."""
    if x and y:
        return "both, same" if x == y else "both, different"
    return "one side only" if x or y else "neither"


def _sets(x: frozenset[str], y: frozenset[str]) -> str:
    """How two sets of evidence (names, places, years) stand: sharing one, or not."""
    if x and y:
        return "both, shared" if x & y else "both, different"
    return "one side only" if x or y else "neither"


def _days(x: str | None, y: str | None) -> str:
    """How far apart two sources were published: same day, a day or two, more, unknown."""
    if not (x and y):
        return "unknown"
    try:
        apart = abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days)
    except ValueError:
        return "unknown"
    return "same day" if apart == 0 else "1-2 days apart" if apart <= 2 else "3 days or more"


def _numbers(a: Claim, b: Claim) -> str:
    """Whether two numbers are one number, agree (their intervals meet) or differ."""
    if a.value is not None and a.value == b.value and a.value_high == b.value_high:
        return "same number"
    return "intervals meet" if a.interval.overlaps(b.interval) else "differ"


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
        self.evidence: Counter[tuple[str, str, str]] = Counter()

    def add(self, column: str, finding: Finding) -> None:
        self.counts[(column, finding.stage, finding.detail)] += 1
        if finding.concepts:
            self.concepts[finding.concepts] += 1

    def add_evidence(self, column: str, found: Iterable[tuple[str, str]]) -> None:
        """Count how a pair in one tool fact (a wrong match, a matched trap) stood on each
        line of evidence."""
        for line, how in found:
            self.evidence[(column, line, how)] += 1

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
            "evidence": [
                {"column": col, "evidence": line, "how": how, "count": n}
                for (col, line, how), n in sorted(self.evidence.items())
            ],
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
        if self.evidence:
            lines += [
                "",
                f"### evidence of the wrong matches and matched traps, {name}",
                "",
                "How the two claims of each stood on each line of evidence a veto reads: "
                "what was there to keep them apart, and what was missing.",
                "",
                "| evidence | how the two stand | " + " | ".join(JOINED_COLUMNS) + " |",
                "|---|---|" + "---:|" * len(JOINED_COLUMNS),
            ]
            order = {line: at for at, line in enumerate(("claims", *EVIDENCE))}
            rows = sorted({(line, how) for _, line, how in self.evidence})
            rows.sort(key=lambda r: (order.get(r[0], len(order)), r[1]))
            last = ""
            for line, how in rows:
                cells = [self.evidence[(col, line, how)] for col in JOINED_COLUMNS]
                shown = " | ".join(str(n) if n else "·" for n in cells)
                lines.append(f"| {line if line != last else ''} | {how} | {shown} |")
                last = line
        return lines
