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

The concept reader is also counted as a whole, found or missed (`Concepts`): each numeric
gold mention read as a claim, by where its concept came from (a frame; a head of
`[heads]`; a noun joined by a hyphen; the counted noun the claim leaves out; its story,
`concept_in_story`) or why it has none (the claim quotes a counted noun; a vague one,
"people"; the word after a bare number is no noun; no word follows it; the number is said
again in its source or not); and each gold pair of
numeric mentions read on both sides, by whether both, one or neither side has a concept
(one concept or two; a side's from its story), with how many of each were found.
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
from reconcile.concepts import COUNTED_PATTERN, Concept
from reconcile.kinds import Kinds, is_numeric
from reconcile.kinds.quantity.records import QuantityClaim
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
        self.kinds = kinds
        self.sources = {s.id: s for s in report.sources}

    def numeric(self, claims: Iterable[str]) -> Claim | None:
        """Of the claims read at one gold mention, the numeric one the concept counts
        tell of: one with a concept if any, else the first."""
        fit = sorted(c for c in claims if is_numeric(self.claims[c]))
        with_concept = [c for c in fit if concept_detail(self.claims[c]) is not None]
        chosen = with_concept or fit
        return self.claims[chosen[0]] if chosen else None

    def concept_said(self, claim: Claim) -> str:
        """A claim's concept and how it was read, for a listed miss of a tuning half."""
        concept = concept_detail(claim)
        reading = self.concept_reading(claim)
        return f"{concept.key} ({concept.pattern})" if concept else f"none ({reading})"

    def concept_reading(self, claim: Claim) -> str:
        """`concept_reading` of a claim, with its source's text and language."""
        source = self.sources[claim.source_id]
        return concept_reading(claim, source.text, self.kinds, source.language)

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

    def _concepts(self, a: str, b: str) -> str:
        ca, cb = self.claims[a].concept, self.claims[b].concept
        if ca and cb:
            return CONCEPTS[0] if ca == cb else CONCEPTS[1]
        return CONCEPTS[2] if ca or cb else CONCEPTS[3]


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


# ------------------------------------------------------------ the concept reader as a whole
# where a concept came from, by how its pattern starts (`reconcile.concepts`)
ORIGINS = (
    ("story ", "from its story"),
    ("head ", "a head of [heads] after it"),
    ("compound ", "a noun joined by a hyphen"),
    (COUNTED_PATTERN, "the counted noun it leaves out"),
)
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
_NEXT_WORD = re.compile(r"\s*([^\W_][\w’']*|[^\w\s])?")
_STORY_REACH = 2000  # characters either side of a claim where its source says it again


def origin(concept: Concept) -> str:
    """Where a claim's concept came from: its story, a head, a compound, a counted noun, or
    a frame around the number."""
    for start, said in ORIGINS:
        if concept.pattern.startswith(start):
            return said
    return "a frame around the number"


class Concepts:
    """How the concept reader reads the numeric gold mentions of a split, and their pairs."""

    def __init__(self) -> None:
        self.mentions: Counter[tuple[str, str]] = Counter()  # (claim kind, reading)
        self.pairs: Counter[tuple[str, bool]] = Counter()  # (how the pair reads, found)

    def add_mention(self, claim: Claim, reading: str) -> None:
        self.mentions[(claim.kind, reading)] += 1

    def add_pair(self, a: Claim, b: Claim, found: bool) -> None:
        """One gold pair read on both sides (`a`, `b`), and whether a tool fact holds both."""
        ca, cb = concept_detail(a), concept_detail(b)
        if ca and cb:
            said = "both, one concept" if ca.key == cb.key else "both, two concepts"
        elif ca or cb:
            other = b if ca else a
            noun = "quotes a counted noun" if other.counted_noun else "bare"
            said = f"one (the other {noun})"
        else:
            nouns = sum(1 for c in (a, b) if c.counted_noun)
            said = f"neither ({nouns} quoting a counted noun)"
        story = sum(1 for c in (ca, cb) if c is not None and c.pattern.startswith("story "))
        if story:
            said += f", {story} from its story"
        self.pairs[(said, found)] += 1

    def json(self) -> dict[str, Any]:
        return {
            "mentions": [
                {"kind": kind, "reading": reading, "count": n}
                for (kind, reading), n in sorted(self.mentions.items())
            ],
            "pairs": [
                {"reading": reading, "found": found, "count": n}
                for (reading, found), n in sorted(self.pairs.items())
            ],
        }

    def markdown(self, name: str) -> list[str]:
        if not self.mentions and not self.pairs:
            return []
        kinds = sorted({k for k, _ in self.mentions})
        lines = [
            f"### concepts of the numeric gold mentions, {name}",
            "",
            "| reading | " + " | ".join(kinds) + " | all |",
            "|---|" + "---:|" * (len(kinds) + 1),
        ]
        for reading in sorted({r for _, r in self.mentions}):
            cells = [self.mentions[(k, reading)] for k in kinds]
            shown = [str(n) if n else "·" for n in cells]
            lines.append(f"| {reading} | " + " | ".join(shown) + f" | {sum(cells)} |")
        lines += [
            "",
            f"### concepts of the numeric gold pairs read on both sides, {name}",
            "",
            "| concepts | pairs | found | recall |",
            "|---|---:|---:|---:|",
        ]
        for said in sorted({r for r, _ in self.pairs}):
            hit, miss = self.pairs[(said, True)], self.pairs[(said, False)]
            lines.append(f"| {said} | {hit + miss} | {hit} | {hit / (hit + miss):.2f} |")
        return lines


def concept_reading(claim: Claim, text: str, kinds: Kinds, language: str) -> str:
    """Where a numeric claim's concept came from, or why it has none (`text`: its
    source's)."""
    concept = concept_detail(claim)
    if concept is not None:
        return f"with: {origin(concept)}"
    reading = kinds.language(language).lexicon.frames.reading
    if claim.counted_noun:
        word = claim.counted_noun.lower().split()[-1]
        if reading is not None and not reading.vague_heads.isdisjoint(reading.singular(word)):
            return "without: it quotes a vague counted noun"
        return "without: it quotes a counted noun no rule maps"
    said = "said again" if _said_again(claim, text) else "said once"
    at = claim.sentence.find(claim.quote)
    if at < 0:
        return f"without: bare, {said} in its source"
    end = at + len(claim.quote)
    following = _NEXT_WORD.match(claim.sentence, end)
    word = (following.group(1) or "") if following else ""
    if reading is not None and reading.phrase(claim.sentence, end):
        why = "a noun after it"
    elif word[:1].isalpha():
        why = "the word after it is no noun"
    else:
        why = "no word after it"
    return f"without: bare, {why}, {said} in its source"


def concept_detail(claim: Claim) -> Concept | None:
    """The concept a quantity claim was read with (its pattern says how), or None."""
    detail = claim.detail
    return detail.concept if isinstance(detail, QuantityClaim) else None


def _said_again(claim: Claim, text: str) -> bool:
    """Whether the claim's number, as written in digits, stands elsewhere in its source near
    it (where `concept_in_story` looks)."""
    digits = _DIGITS.search(claim.quote)
    if digits is None:
        return False
    number = re.compile(rf"(?<![\w.,$€£¥₹]){re.escape(digits.group())}(?![\w]|[.,]\d)")
    low, high = max(0, claim.start - _STORY_REACH), claim.end + _STORY_REACH
    return any(
        not (m.start() < claim.end and claim.start < m.end())
        for m in number.finditer(text, low, min(len(text), high))
    )
