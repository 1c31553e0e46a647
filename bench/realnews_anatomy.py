"""The anatomy of the real-news misses: for each missed gold pair, wrong match and matched
trap, the stage of matching responsible, asked of the engine (`reconcile.anatomy`).

`bench/realnews.py --anatomy` tallies them per split as counts of a stage and a detail (a
kind, a veto's type, a score band: names of rules and types, never a text, a cluster or an
offset), so a split that is never read (dev-h, test) can be printed as well; with
`--errors` on a tuning half each listed miss says its stage, and there what the stage read
(block keys, score, cut-off).

A missed pair of mentions (in two documents) is, in this order:

- `not extracted`: no claim overlaps one mention (`one side`) or either (`both sides`);
- `different kind`: a mention is read only as claims of another kind than the gold fact's
  (`place read as thing`), or the two are read as different claim kinds (`count ~
  percent`; a `count ~ money` pair by where the sum's currency is written, what the count
  has beside its number, and why the run's currency for the count's concept was not given
  to it, `carry.run_reading`: a counted noun, two currencies the run states, ...);
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
(one concept or two; a side's from its story; a side a sum in the currency the run states
for its concept, `carry.carry_in_run`), with how many of each were found. Two
concepts are told by how they stand (`RELATIONS`: one broader than the other, one broader
concept over both, declared compatible, a side's concept only its counted noun, unrelated),
for the gold pairs and for the missed ones.

A numeric miss vetoed, or refused by a cannot-link, for names, places or subjects
(`READ_VETOES`) says how that evidence stood between the two claims the veto parts: places
both stated and different, or one a part of the other's; names, subjects or places near
each number absent from the other's source, or written there elsewhere (`Reader.
veto_evidence`); names or places each written in the other's source, whether either
source states several figures of the concept (what still parts them: names read across
the run, `QuantityKind._told_across`); and which name each number belongs to in its
sentence (`Reader.owners`, `OWNERS`: the same name, two names each sentence gives its
own figure (the owners-apart veto), two names each sentence naming both (parties to one
figure), two names, one side only, none; a name near it only its source). A numeric miss refused
by a cannot-link of one source held by a claim of the pair (the other number of its
sentence, or another figure of its source, sits in the other fact) says how the pair's
other claim paired with the two (`Reader._rival`): the rival's words scored beyond a
tie, a tie the evidence breaks for the pair or for the rival or not at all (the kind's
`partner_evidence`), or the pair's own scored higher and the rival merged first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconcile.anatomy import (
    APART,
    BELOW_CUTOFF,
    DIFFERENT_KIND,
    NO_BLOCK,
    REFUSED,
    TOGETHER,
    VETOED,
    Anatomy,
    PairAnatomy,
    furthest,
)
from reconcile.concepts import (
    BROADER,
    COUNTED_PATTERN,
    NARROWER,
    RUN_PATTERN,
    SIBLINGS,
    Concept,
)
from reconcile.governs import GoverningReader
from reconcile.kinds import Kind, Kinds, is_numeric
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.kinds.quantity.carry import NO_SUMS, RunSums, run_reading, run_sums
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.kinds.quantity.per_unit import (
    TWO_FIT,
    UNIT_SHAPE,
    priced_groups,
    read_per_unit,
)
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim, Report
from reconcile.names import one_person_titled, person_key
from reconcile.reasons import UntitledHolders

NOT_EXTRACTED = "not extracted"
STAGES = (NOT_EXTRACTED, *APART, *TOGETHER)
COLUMNS = ("numeric", "office", "other named", "wrong matches", "traps matched")
CONCEPTS = ("same concept", "different concepts", "one without a concept", "neither has one")
# how the two concepts of a pair read with two stand (`Reader.concept_relation`), in order
RELATIONS = (
    "one broader than the other",
    "one broader concept over both",
    "declared compatible",
    "a side's concept only its counted noun",
    "unrelated",
)
# the vetoes of names, places and subjects whose evidence a numeric miss is told by
# (`Reader.veto_evidence`)
READ_VETOES = ("DifferentNames", "DifferentPlace", "DifferentSubject")
# whether the names, places or subjects near each of two numbers are written in the other's
# source (`Reader._written`)
WRITTEN = (
    "each absent from the other's source",
    "one side's absent from the other's source",
    "each written in the other's source",
)
# which name each of two numbers belongs to in its sentence (`Reader.owners`)
OWNERS = (
    "each owned by the same name",
    "owned by two names, each sentence naming both",
    "owned by two names",
    "an owner read on one side only",
    "no owner read",
    "owned by two names, each sentence giving each its own figure",
)
# the shape of a named mention no claim reads (`unread_shape`), in the order they are tried
SHAPES = (
    "in lower case",
    "an acronym or initials",
    "split by a line break",
    "in a possessive",
    "in the headline",
    "inside a longer name",
    "opening a sentence",
    "with a digit",
    "one capitalized word",
    "capitalized words",
)
# of an unread named mention, the forms the run's readers of years and names look for
# (`unread_form`): digits alone, or a span inside an event's clause; of an unread date with
# words, whether it holds a year, another digit or none ("early 2025", "May 5", "a day
# after")
FORMS = (
    "a year alone",
    "a number alone",
    "a date: a year and words",
    "a date: a digit, no year",
    "a date: words alone",
    "inside an event's clause",
)
_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_IN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # a year inside a date's words
# what its source does with the same words elsewhere (`unread_elsewhere`)
ELSEWHERE = (
    "read elsewhere as the fact's kind",
    "read elsewhere as another kind",
    "written elsewhere, never read",
    "written only there",
)
# of an office mention no claim reads: whether the run titles its person, and what kept the
# title lender from it (`Reader.unlent`)
UNLENT = (
    "its person titled nowhere in the run",
    "titled in the run, a mention lent before it in its source",
    "titled in the run, a capitalized word before it",
    "titled in the run, neither",
)
# how the other side of the pair writes it (`unread_other`)
OTHER_SIDE = ("the other side writes it alike", "the other side writes another form")
# whether a claim reads the other side of the pair, and of which kind (`unread_other_read`)
OTHER_READ = "the other side read as "
OTHER_UNREAD = "the other side not read either"
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'&.-]*(?: +|-)$")  # (a blanked link is spaces)
_CAPITAL_AFTER = re.compile(r"^(?: +|-)[A-Z]")
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
    "places the sentences state",
    "items of pages of many stories",
    "stated as a running figure",
    "concepts",
    "numbers",
    "names near the numbers",
    "portions",
    "counted nouns",
    "counted nouns, none vague",
    "targets of the clauses",
)


@dataclass(frozen=True)
class Finding:
    """The stage responsible for one miss, a detail safe to print for any split, and what
    the stage read (block keys, score: printed only for a tuning half's listed miss)."""

    stage: str
    detail: str
    read: str = ""
    concepts: str = ""  # a numeric pair read on both sides: how their concepts compare
    # an office pair vetoed as UntitledHolders: its shape, one line per aspect
    # (`Reader.untitled_shape`)
    untitled: tuple[str, ...] = ()
    # of a numeric pair apart in blocks, under the cut-off or in clustering: what part of
    # the stage parted it (`Reader.part`: which part of the block keys differs, why a claim
    # is in no block, which claims hold the cannot-link), and how their numbers compare
    part: str = ""
    # of a numeric pair read with two concepts: how they stand (one of `RELATIONS`)
    relation: str = ""

    def line(self) -> str:
        said = f"{self.stage}: {self.detail}" if self.detail else self.stage
        said = f"{said}; {self.part}" if self.part else said
        return f"{said} ({self.read})" if self.read else said


class Reader:
    """The anatomy of one cluster's run (a `reconcile.anatomy.Anatomy` of its report)."""

    def __init__(self, report: Report, kinds: Kinds) -> None:
        self.anatomy = Anatomy(report, kinds)
        self.claims = {c.id: c for c in report.claims}
        self.kinds = kinds
        self.sources = {s.id: s for s in report.sources}
        self._folded: dict[str, frozenset[str]] = {}  # a source's words (`_writes`)
        self._sums: dict[str, RunSums] = {}  # the run's sums, by language

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
        self,
        kind: str,
        left: Iterable[str],
        right: Iterable[str],
        docs: tuple[str, str],
        verdict: str = "",
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
        relation = (
            self.concept_relation(self.claims[a], self.claims[b]) if concepts == CONCEPTS[1] else ""
        )
        untitled = (
            self.untitled_shape(a, b, verdict) if isinstance(best.veto, UntitledHolders) else ()
        )
        part = self.part(best, a, b) if kind == "numeric" else ""
        detail = best.detail
        if best.stage == DIFFERENT_KIND and sorted(best.kinds) == ["count", "money"]:
            detail = self._count_money(a, b)
        return Finding(best.stage, detail, _read(best), concepts, untitled, part, relation)

    def concept_relation(self, a: Claim, b: Claim) -> str:
        """How the two concepts of two claims stand (one of `RELATIONS`, names of relations
        only): one broader than the other or one broader concept over both (`[broader]`),
        declared compatible, a side's concept read from its counted noun alone, or
        unrelated. "" when a side has no concept or both one."""
        ca, cb = concept_detail(a), concept_detail(b)
        if ca is None or cb is None or ca.key == cb.key:
            return ""
        frames = self.kinds.language(self.sources[a.source_id].language).lexicon.frames
        relation = frames.relation(ca.key, cb.key)
        if relation in (BROADER, NARROWER):
            return RELATIONS[0]
        if relation == SIBLINGS:
            return RELATIONS[1]
        if (ca.key, cb.key) in frames.compatible:
            return RELATIONS[2]
        if any(c.pattern.startswith(COUNTED_PATTERN) for c in (ca, cb)):
            return RELATIONS[3]
        return RELATIONS[4]

    def veto_evidence(self, veto: str, a: str, b: str) -> str:
        """How the evidence of a veto of names, places or subjects (`READ_VETOES`) stood
        between the two claims it parts, as shapes only: places both stated and different,
        or one a part of the other's (`_places`); names or subjects near each number that
        the other's source writes nowhere (absent there, not different) or writes
        elsewhere (different)."""
        x, y = self.claims[a], self.claims[b]
        anatomy = self.anatomy
        fx = anatomy.features(x, anatomy.block_key(a) or "")
        fy = anatomy.features(y, anatomy.block_key(b) or "")
        figures = (
            "several figures of the concept"
            if max(fx.figures, fy.figures) > 1
            else "one figure each"
        )
        owners = self.owners(x, y)
        if veto == "DifferentPlace":
            context = getattr(anatomy.kind(x), "context", None)
            said = self._places(x, y, fx.places, fy.places, context)
            if said != "both, different":
                return f"places: {said}, {owners}"
            where = self._written(fx.places, fy.places, x, y)
            return f"places: both, different, {where}, {figures}, {owners}"
        near = (fx.names, fy.names) if veto == "DifferentNames" else (fx.subject, fy.subject)
        said = _sets(*near)
        if said != "both, different":
            return f"{veto[9:].lower()}: {said}, {owners}"
        where = self._written(near[0], near[1], x, y)
        if veto == "DifferentNames" and where == WRITTEN[2]:
            # names read across the run (`QuantityKind._told_across`): parted only by the
            # figures of the concept a source states
            where = f"{where}, {figures}"
        return f"{veto[9:].lower()}: both, different, {where}, {owners}"

    def owners(self, x: Claim, y: Claim) -> str:
        """Which name each of two numbers belongs to in its sentence (`GoverningReader`:
        a possessive or "of"-phrase on the counted thing, else the subject of its clause),
        as one of `OWNERS`, and whether a name near a number is only its source ("Police
        said")."""
        kind = self.anatomy.kind(x)
        governs = getattr(kind, "governs", None)
        if not isinstance(governs, GoverningReader):
            return OWNERS[4]
        gx, gy = governs.read(x), governs.read(y)
        if gx.owners and gy.owners:
            if gx.owners & gy.owners:
                shape = OWNERS[0]
            else:
                named = governs.context.names
                both = gx.owners & named(y.sentence) and gy.owners & named(x.sentence)
                own = gx.owners & governs.others(y) and gy.owners & governs.others(x)
                shape = OWNERS[5] if own else OWNERS[1] if both else OWNERS[2]
        else:
            shape = OWNERS[3] if gx.owners or gy.owners else OWNERS[4]
        if gx.sources or gy.sources:
            shape = f"{shape}, a source named"
        return shape

    def _written(self, near_x: frozenset[str], near_y: frozenset[str], x: Claim, y: Claim) -> str:
        """Whether the names (places, subjects) near each of two claims are written in the
        other's source (`WRITTEN`)."""
        absent = [
            not any(self._writes(other, name) for name in own)
            for own, other in ((near_x, y), (near_y, x))
        ]
        return WRITTEN[0] if all(absent) else WRITTEN[1] if any(absent) else WRITTEN[2]

    def _writes(self, claim: Claim, name: str) -> bool:
        """Whether the source of `claim` writes every word of `name` (a folded name, its
        aliases applied) somewhere."""
        source = self.sources[claim.source_id]
        written = self._folded.get(source.id)
        if written is None:
            context = getattr(self.anatomy.kind(claim), "context", None)
            found = context.sentence_words(source.text) if context is not None else frozenset()
            written = self._folded[source.id] = found
        return set(name.split()) <= written

    def untitled_shape(self, a: str, b: str, verdict: str) -> tuple[str, ...]:
        """An office pair vetoed as UntitledHolders (different people under a title that
        names no country), told by aspects safe to print for any split: the gold verdict
        (one person, or a change of hands); how the two names differ; which side is
        untitled (its quote opens with a title of no country, else neither has a place);
        and whether the untitled side's person is titled with a place elsewhere in its own
        source, in another source of the run, or nowhere."""
        ca, cb = self.claims[a], self.claims[b]
        kind = self.anatomy.kind(ca)
        if not isinstance(kind, OfficeKind):
            return ()
        ha, hb = kind._placed(ca), kind._placed(cb)
        said = [f"gold {verdict or '?'}", f"names: {_names_differ(ha, hb, kind)}"]
        untitled = [c for c, h in ((ca, ha), (cb, hb)) if kind.untitled(c)]
        if not untitled:
            said.append("untitled: neither names a country; a side has no place")
            untitled = [c for c, h in ((ca, ha), (cb, hb)) if not h.place]
        else:
            said.append(f"untitled: {'both sides' if len(untitled) == 2 else 'one side'}")
        for claim in untitled[:1]:
            said.append(f"the untitled person titled with a place: {self._titled(claim, kind)}")
            said.append(
                f"the other side: {self._other_side(claim, cb if claim is ca else ca, kind)}"
            )
            if holder_of(claim).title_from:
                said.append("the untitled side is a bare name lent a title")
            said.append(f"the run carried to the untitled side: {self._carried(claim, kind)}")
            refused = kind.story_refusal(
                claim, list(self.claims.values()), list(self.sources.values())
            )
            if refused:
                # (why its own story did not place it, `OfficeKind._story_places`)
                said.append(f"not placed by its story: {refused}")
            if self._held_elsewhere(claim, kind):
                # (why `OfficeKind._then_place` did not place it there, step by step; how
                # the untitled mention names its person)
                refusal = kind.then_refusal(claim, list(self.claims.values())) or "placed"
                said.append(f"not placed as held then: {refusal}")
                said.append(f"the untitled mention names: {_name_shape(holder_of(claim))}")
        return tuple(said)

    def _other_side(self, untitled: Claim, other: Claim, kind: OfficeKind) -> str:
        """Of an UntitledHolders pair, how its other side is placed: with a place (its own
        or the run's) that the untitled side's source writes somewhere, or does not, or
        with none (whether the untitled side's own source could tell the office's place)."""
        place = kind._placed(other).place
        if not place:
            return "no place"
        if self._writes(untitled, place):
            return "placed, its place written in the untitled side's source"
        return "placed, its place not written in the untitled side's source"

    def _held_elsewhere(self, claim: Claim, kind: OfficeKind) -> bool:
        """Whether another source names `claim`'s person as a former or shared holder."""
        held = holder_of(claim)
        return any(
            other.kind == "office"
            and other.source_id != claim.source_id
            and ((oh := holder_of(other)).former or oh.several)
            and one_person_titled(oh.person_key, held.person_key, kind.surname_cutoff)
            for other in self.claims.values()
        )

    def _carried(self, claim: Claim, kind: OfficeKind) -> str:
        """What the run carried to an untitled claim (`OfficeKind.infer`: a place, a rules
        office, its country), else why another source's titling of its person was not
        carried: its source names another holder, the titling is a former or a shared
        holding, of places that do not meet, or of an office one person does not hold it
        by; or the person is titled with a place nowhere else."""
        held = holder_of(claim)
        carried = [
            what
            for what, done in (
                ("a place", bool(held.run_place)),
                ("a rules office", bool(held.run_office)),
                ("its country", held.run_titled),
            )
            if done
        ]
        if carried:
            # (where another source says the person held the office: `OfficeHolder.run_then`)
            then = ", where another source says its person held it" if held.run_then else ""
            return " and ".join(carried) + then
        others = [
            holder_of(other)
            for other in self.claims.values()
            if other.kind == "office"
            and other.source_id != claim.source_id
            and holder_of(other).place
            and one_person_titled(holder_of(other).person_key, held.person_key, kind.surname_cutoff)
        ]
        if not others:
            return "nothing, its person placed in no other source"
        if held.co_holders:
            return "nothing, its source names another holder"
        if all(o.former or o.several for o in others):
            return "nothing, placed elsewhere only as a former or shared holding"
        if not any(kind._one_office(held, o, True) for o in others):
            return "nothing, placed elsewhere under another office"
        return "nothing, placed elsewhere for places that do not meet"

    def held_then(self, claims: Iterable[str]) -> bool:
        """Whether an office claim among `claims` was carried a place, a rules office or
        its country from where another source says its person held the office, a former or
        shared holding (`OfficeHolder.run_then`: a change of hands across sources)."""
        return any(
            (claim := self.claims.get(c)) is not None
            and isinstance(claim.detail, OfficeHolder)
            and claim.detail.run_then
            for c in claims
        )

    def unlent(self, source_id: str, text: str, start: int, end: int) -> str:
        """Of an office mention no claim reads, written `text[start:end]` in a source: whether
        the run titles its person (a name of two words or more, the person's key meeting a
        titled claim's), and if so what kept the lender (`kinds/office/infer.py`) from it:
        a mention of that person lent before it in its source (one per person), a
        capitalized word right before it, else neither. Names of shapes only, never a text."""
        office = next((k for k in self.kinds.language("en") if isinstance(k, OfficeKind)), None)
        if office is None:
            return "no office kind"
        key = person_key(
            text[start:end],
            office.lexicon.name_suffixes,
            office.lexicon.aliases,
            office.particles,
        )
        titled = [
            c
            for c in self.claims.values()
            if c.kind == "office"
            and not holder_of(c).title_from
            and key
            and one_person_titled(holder_of(c).person_key, key, office.surname_cutoff)
        ]
        if not titled:
            return UNLENT[0]
        lent_before = any(
            c.kind == "office"
            and c.source_id == source_id
            and holder_of(c).title_from
            and c.start < start
            and one_person_titled(holder_of(c).person_key, key, office.surname_cutoff)
            for c in self.claims.values()
        )
        if lent_before:
            return UNLENT[1]
        if _CAPITAL_BEFORE.search(text[max(0, start - 200) : start]):
            return UNLENT[2]
        return UNLENT[3]

    def _titled(self, claim: Claim, kind: OfficeKind) -> str:
        """Where the run titles `claim`'s person with a place: its own source, another
        source, nowhere."""
        held = holder_of(claim)
        where = {
            "own source" if other.source_id == claim.source_id else "another source"
            for other in self.claims.values()
            if other.kind == "office"
            and other.id != claim.id
            and (oh := kind._placed(other)).place
            and one_person_titled(oh.person_key, held.person_key, kind.surname_cutoff)
        }
        return "own source" if "own source" in where else next(iter(where), "nowhere")

    def part(self, found: PairAnatomy, a: str, b: str) -> str:
        """Of a numeric pair apart in blocks, under the cut-off or refused by clustering,
        the part of the stage that parted it, then how their numbers compare (names of
        fields and types only, never a text):

        - different block keys: which parts of the key differ, the dimension (`count ~
          currency`, two currencies, two dimensions of measure; of a sum per a unit and a
          bare sum, why the bare one was not read per the run's unit, `_per_unit`; two
          sums per units of one dimension, "two units of one dimension", and whether one of
          them was read per a unit of the run) or the
          change (`level ~ up`), and whether the two have one concept, two, or not both;
        - a claim in no block: why (a count that says nothing of what it counts, its
          number under `bare_least_value`; for one that says nothing, whether its clause
          names the other's concept, `_clause_names`), and whether the other is in none
          too;
        - a cannot-link between their facts: whether a claim of the pair holds it or two
          other claims do, and whether those are of one source; the mean of the pairs
          between their facts under the cut-off: whether a soft veto is among them, and a
          pair the kind scored 0 with no veto (under its own cut-off: it weighs 0);
        - under the cut-off or refused by clustering, whether a side is a bare sum the run
          read per a unit, and whether that unit's prices lent it their concept
          (`_unit_read`);
        - then `same number`, `intervals overlap` or `numbers apart`."""
        x, y = self.claims[a], self.claims[b]
        said: list[str] = []
        if found.stage == NO_BLOCK and None not in found.blocks:
            if x.dimension != y.dimension:
                dims = sorted((_dimension(x.dimension), _dimension(y.dimension)))
                said.append(
                    "two currencies"
                    if dims[0] == dims[1] == "currency"
                    else f"dimension {dims[0]} ~ {dims[1]}"
                )
                per = self._per_unit(x, y)
                if per:
                    said.append(per)
            elif x.unit != y.unit:
                said.append("two units of one dimension")  # "$80 a barrel", "$1.90 a litre"
                if any("/" not in (c.stated_unit or c.unit) for c in (x, y)):
                    said.append("one read per a unit of the run")  # "$82" per barrel
            if (x.change or "level") != (y.change or "level"):
                changes = sorted((x.change or "level", y.change or "level"))
                said.append(f"change {changes[0]} ~ {changes[1]}")
            said.append(_concepts(x, y))
        elif found.stage == NO_BLOCK:
            nowhere = [c for c, key in zip((x, y), found.blocks, strict=True) if key is None]
            least = self.anatomy.kind(nowhere[0]).rules.matching.bare_least_value
            said.append("both in no block" if len(nowhere) == 2 else "one in no block")
            if any(c.concept is None and c.noun_class is None for c in nowhere):
                said.append("counts nothing said")
                said.append(self._clause_names(nowhere[0], y if nowhere[0] is x else x))
            if any((c.value or 0.0) < least for c in nowhere):
                said.append("under bare_least_value")
        elif found.stage == REFUSED and found.refused_by is not None:
            held = found.refused_by
            own = {a, b} & set(held)
            said.append("held by a claim of the pair" if own else "held by two other claims")
            one, other = (self.claims[i] for i in held)
            if one.source_id == other.source_id:
                said.append("of one source")
                if len(own) == 1:
                    said.append(self._rival(a, b, *own, *(set(held) - own)))
            veto = type(found.refusal).__name__ if found.refusal is not None else ""
            if veto in READ_VETOES:
                said.append(self.veto_evidence(veto, *held))
        elif found.stage == VETOED and type(found.veto).__name__ in READ_VETOES:
            said.append(self.veto_evidence(type(found.veto).__name__, a, b))
        elif found.stage == REFUSED:
            soft, nothing = found.weak
            if soft:
                said.append("a soft veto between")
            if nothing:
                said.append("a pair scored 0 under the kind's cut-off between")
        elif found.stage != BELOW_CUTOFF:
            return ""
        if found.stage in (BELOW_CUTOFF, REFUSED):
            said.extend(_unit_read(x, y))
        said.append(_numbers(x, y))
        return ", ".join(said)

    def _rival(self, a: str, b: str, own: str, rival: str) -> str:
        """Of a pair refused by a cannot-link between its own claim `own` and a claim of
        the same source in the other fact (`rival`: the other number of its sentence, or
        another figure of its source), how the pair's other claim paired with the two
        (`match._preferred_partners`): the rival's words scored beyond a tie, a tie its
        evidence or the pair's prefers or neither, or the pair's own scored higher (the
        other fact took the rival through other claims: merged first)."""
        partner = b if own == a else a
        mine, theirs = self.anatomy.decide(partner, own), self.anatomy.decide(partner, rival)
        if theirs is None or theirs.veto is not None or theirs.score <= 0:
            return "the rival joined through other claims"
        assert mine is not None
        margin = self.anatomy.kind(self.claims[own]).rules.matching.partner_margin
        if mine.score > theirs.score + margin:
            return "the pair scored higher, the rival merged first"
        if theirs.score > mine.score + margin:
            return "the rival scored higher"
        p = self.claims[partner]
        kind = self.anatomy.kind(p)
        mine_e = kind.partner_evidence(p, self.claims[own])
        theirs_e = kind.partner_evidence(p, self.claims[rival])
        if mine_e == theirs_e:
            return "a tie, evidence alike"
        return (
            "a tie, the pair's evidence better"
            if mine_e > theirs_e
            else "a tie, the rival's evidence better"
        )

    def _per_unit(self, x: Claim, y: Claim) -> str:
        """Of a sum per a unit and a bare sum of one currency apart in blocks, why the bare
        one was not read per a unit of the run (`kinds/quantity/per_unit.py`,
        `read_per_unit`), in names of shapes: the sum per unit has no concept; whether the
        groups the bare sum meets (or, when it meets none, those of its currency) price in
        several units; and why: the bare sum of another concept, of none and no name shared,
        its number far from every price, or two units fit and its source decides neither.
        "" for another pair."""
        per, bare = sorted((x, y), key=lambda c: "/" not in c.dimension)
        if (
            per.kind != "money"
            or bare.kind != "money"
            or "/" not in per.dimension
            or "/" in bare.dimension
            or per.dimension.partition("/")[0] != bare.dimension
        ):
            return ""
        kind = self.anatomy.kind(per)
        if not isinstance(kind, QuantityKind):
            return ""
        if not per.concept:
            return "per unit: the sum per unit has no concept"
        reading = read_per_unit(kind, bare, priced_groups(list(self.claims.values())))
        several = "the run prices it in several units, " if reading.units > 1 else ""
        why = reading.why if reading.why == TWO_FIT else f"the bare sum {reading.why}"
        return f"per unit: {several}{why}"

    def _clause_names(self, nowhere: Claim, other: Claim) -> str:
        """Of a count that says nothing and the claim of its missed pair: whether its clause
        names the other's concept before it (`QuantityKind.clause_concepts`), another, or
        none; and whether the other has a concept."""
        kind = self.anatomy.kind(nowhere)
        named = kind.clause_concepts(nowhere) if isinstance(kind, QuantityKind) else frozenset()
        if other.concept and other.concept in named:
            clause = "its clause names the other's concept"
        elif named:
            clause = "its clause names another concept"
        else:
            clause = "its clause names none"
        has = "the other has a concept" if other.concept else "the other has none"
        return f"{clause}, {has}"

    def _count_money(self, a: str, b: str) -> str:
        """A pair read as a count and a sum, told by its shape (names of shapes only, no
        text): where the sum's currency is written (in its quote, elsewhere in its
        sentence, or neither: carried from another sentence), what the count has beside
        its number (a counted noun, a word of a money concept next to it or in its sentence,
        nothing), whether the two state one number (`join_across` weighs only those),
        whether the count's sentence writes a currency (one the reader did not give it),
        and why the run's currency was not carried to it (`_not_carried`)."""
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
        written = "a currency" if _currency_written(kind, count.sentence) else "no currency"
        said = f"count ~ money: currency {where}; count has {has}; {number}"
        said += f"; the count's sentence writes {written}"
        if quantity is None:
            return said
        why = self._not_carried(quantity, count, money, at)
        return f"{said}; not carried across the run: {why}"

    def _not_carried(self, kind: QuantityKind, count: Claim, money: Claim, at: int) -> str:
        """Why the run's currency for its concept was not given to the count of a count ~
        money pair (`carry.run_reading`, with the run's sums of the count's language), a
        name of a shape only; for a run stating no sum of the count's concept, whether the
        money side has another concept or none."""
        language = self.sources[count.source_id].language
        sums = self._sums.get(language)
        if sums is None:
            same = {s for s, source in self.sources.items() if source.language == language}
            sums = self._sums[language] = run_sums(
                kind, [c for c in self.claims.values() if c.source_id in same]
            )
        _, why = run_reading(kind, count, at, sums)
        if why == NO_SUMS:
            return f"{why} (the money side has {'another concept' if money.concept else 'none'})"
        return why

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
            ("places the sentences state", _stated(a, b, fa, fb, kind)),
            ("items of pages of many stories", _both(fa.story and "item", fb.story and "item")),
            ("stated as a running figure", _rolling(a, b, context)),
            ("concepts", self._concepts(left, right)),
            ("numbers", _numbers(a, b, JOINED_WORDS)),
            ("names near the numbers", _sets(fa.names, fb.names)),
            ("portions", _both(fa.portion, fb.portion)),
            ("counted nouns", _both(a.noun_class or "", b.noun_class or "")),
            ("counted nouns, none vague", _nouns(a, b, kind)),
            ("targets of the clauses", _targets(a, b, fa, fb, kind)),
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


def counts_cells(cells: Iterable[int]) -> str:
    """The count cells of one Markdown table row: each count, or "·" for none."""
    return " | ".join(str(n) if n else "·" for n in cells)


def holder_of(claim: Claim) -> OfficeHolder:
    detail = claim.detail
    assert isinstance(detail, OfficeHolder)
    return detail


def _name_shape(held: OfficeHolder) -> str:
    """How an office claim names its person: a word alone, or a name of several words."""
    return "a word alone" if len(held.person_key.split()) == 1 else "a name of several words"


def _names_differ(a: OfficeHolder, b: OfficeHolder, kind: OfficeKind) -> str:
    """How two holders' person keys differ (they name two people to `one_person_titled`)."""
    wa, wb = a.person_key.split(), b.person_key.split()
    if not wa or not wb:
        return "a name empty"
    if any(len(w.rstrip(".")) == 1 for w in (*wa, *wb)):
        return "an initial"
    if wa[-1] == wb[-1]:
        return "one surname, other given names"
    if len(wa) == 1 or len(wb) == 1:
        one, other = (wa, wb) if len(wa) == 1 else (wb, wa)
        if one[0] in other:
            return "a word alone that is not the surname"
        return "a word alone, of no word of the other"
    from rapidfuzz import fuzz

    if fuzz.ratio(wa[-1], wb[-1]) >= kind.surname_cutoff * 0.8:
        return "near surnames (a transliteration?)"
    if set(wa) & set(wb):
        return "a shared word, other surnames"
    return "no word shared"


def _dimension(dimension: str) -> str:
    """A dimension as the anatomy may print it: a currency's code left out ("currency",
    "currency/[time]"), a measure's as the units read it ("[length]")."""
    head, _, per = dimension.partition("/")
    head = "currency" if head.startswith("currency:") else head
    return f"{head}/{per}" if per else head


# how two numbers compare (`_numbers`): the same number, intervals that meet, apart; in the
# words of a missed pair's part, and of a joined pair's evidence
APART_WORDS = ("same number", "intervals overlap", "numbers apart")
JOINED_WORDS = ("same number", "intervals meet", "differ")


def _concepts(x: Claim, y: Claim) -> str:
    """Whether two claims have one concept, two, one of them none, or neither one."""
    if x.concept and y.concept:
        return "one concept" if x.concept == y.concept else "two concepts"
    return "one without a concept" if x.concept or y.concept else "neither has a concept"


def _unit_read(x: Claim, y: Claim) -> list[str]:
    """Of a pair under the cut-off or refused by clustering, whether a side is a bare sum
    the run read per a unit (`kinds/quantity/per_unit.py`), and whether the prices of
    that unit lent it their concept (`UNIT_SHAPE`) or it has one of its own, or none: the
    shape of the several-units sums that share a block with their pair (names only)."""
    read = [
        c
        for c in (x, y)
        if c.kind == "money" and "/" in c.unit and "/" not in (c.stated_unit or c.unit)
    ]
    if not read:
        return []
    lent = f"{RUN_PATTERN}{UNIT_SHAPE} "
    concepts = [concept_detail(c) for c in read]
    if any(c is not None and c.pattern.startswith(lent) for c in concepts):
        how = "its concept lent by the unit's prices"
    elif any(c is not None for c in concepts):
        how = "a concept of its own"
    else:
        how = "no concept"
    return [f"{'one' if len(read) == 1 else 'both'} read per a unit of the run", how]


def _numbers(x: Claim, y: Claim, said: tuple[str, str, str] = APART_WORDS) -> str:
    """How two claims' numbers compare: the same number, intervals that overlap, apart."""
    if x.value is not None and x.value == y.value and x.value_high == y.value_high:
        return said[0]
    return said[1] if x.interval.overlaps(y.interval) else said[2]


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


def _stated(a: Claim, b: Claim, fa: Any, fb: Any, kind: Any) -> str:
    """How the places the two sentences state near their numbers by a place phrase stand
    against the other's source (`QuantityKind.placed_absent`): what the veto
    `PlacedElsewhere` reads; a place absent from the other's source whose relation the
    veto reads (a place holding it or held by it written there, `related_written`) is told
    apart from one with none."""
    if not isinstance(kind, QuantityKind):
        return "—"
    # (read at the veto's reach, or at the context window while the veto is off)
    m = kind.rules.matching
    reach = m.placed_reach or m.context_window
    stated = [bool(kind.context.stated_places(x, reach)) for x in (a, b)]
    absent = [bool(kind.placed_absent(x, fy, reach)) for x, fy in ((a, fb), (b, fa))]
    if not any(stated):
        return "neither"
    side = "both" if all(stated) else "one side only"
    if all(absent):
        return f"{side}, each absent from the other's source"
    if any(absent):
        return f"{side}, absent from the other's source"
    words = [kind._words_of(fy.topic) for fy in (fb, fa)]
    related = any(
        not set(place.split()) - kind._place_nouns <= written
        for x, written in zip((a, b), words, strict=True)
        for place in kind.context.stated_places(x, reach)
    )
    if related:
        return f"{side}, absent, a place holding it or held by it written in the other's"
    return f"{side}, written in the other's source"


def _nouns(a: Claim, b: Claim, kind: Any) -> str:
    """How the counted nouns of the two stand, a vague one ("people") left out: two groups
    counted ("three passengers" / "six cases") may tell two incidents apart."""
    if not isinstance(kind, QuantityKind):
        return "—"
    said = [x.noun_class if x.noun_class and not kind._vague_noun(x) else "" for x in (a, b)]
    return _both(*said)


def _targets(a: Claim, b: Claim, fa: Any, fb: Any, kind: Any) -> str:
    """How the names the two clauses aim their action at stand (`ContextReader.target`),
    and whether either is written in the other's item: two targets, neither written in the
    other's item ("strikes on Kell" / "strikes on Varn"), may tell two incidents apart."""
    if not isinstance(kind, QuantityKind):
        return "—"
    ta, tb = kind._target_of(a), kind._target_of(b)
    said = _both(ta, tb)
    if said != "both, different" or not (fa.story and fb.story):
        return said
    written = set(ta.split()) <= kind._words_of(fb.story) or set(tb.split()) <= kind._words_of(
        fa.story
    )
    return f"{said}, {'one' if written else 'neither'} written in the other's item"


def _rolling(a: Claim, b: Claim, context: Any) -> str:
    """Whether either claim is stated as a running figure ("rose to", "so far")."""
    if context is None or not hasattr(context, "rolling"):
        return "—"
    said = [bool(context.rolling(x)) for x in (a, b)]
    return "both" if all(said) else "one side only" if any(said) else "neither"


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


def unread_shape(text: str, start: int, end: int) -> str:
    """The shape of a gold mention `[start, end)` of a document's `text` that no claim reads
    (one of `SHAPES`): how it is written, never what it says."""
    name = text[start:end]
    letters = [c for c in name if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return SHAPES[0]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return SHAPES[1]
    if "\n" in name:
        return SHAPES[2]
    if text[end : end + 2] in ("'s", "’s"):
        return SHAPES[3]
    opening = len(text) - len(text.lstrip())
    if "\n" not in text[opening:start] and "\n" in text[end:]:
        return SHAPES[4]
    if _CAPITAL_BEFORE.search(text[max(0, start - 200) : start]) or _CAPITAL_AFTER.match(
        text[end : end + 200]
    ):
        before = text[:start].rstrip(" ")
        if not before.endswith((".", "!", "?", "\n", ":")):
            return SHAPES[5]
    before = text[:start].rstrip(" \"“‘'(")
    if not before or before.endswith((".", "!", "?", "\n")):
        return SHAPES[6]
    if any(c.isdigit() for c in name):
        return SHAPES[7]
    return SHAPES[8] if len(name.split()) == 1 else SHAPES[9]


def unread_form(name: str, start: int, end: int, claims: Iterable[Claim], kind: str = "") -> str:
    """Of an unread mention `[start, end)` of its source, the form the run's readers look
    for (one of `FORMS`), or "": digits alone, a year's or another number's; a date of the
    gold (`kind`) with words, by whether it holds a year, another digit or none; else a
    span an event claim of its source holds (a clause that holds names)."""
    written = name.strip()
    if written.isdigit():
        return FORMS[0] if _YEAR_ALONE.fullmatch(written) else FORMS[1]
    if kind == "date":
        if _YEAR_IN.search(written):
            return FORMS[2]
        return FORMS[3] if any(c.isdigit() for c in written) else FORMS[4]
    if any(c.kind == "event" and c.start < end and start < c.end for c in claims):
        return FORMS[5]
    return ""


def unread_elsewhere(name: str, kind: str, source_text: str, claims: Iterable[Claim]) -> str:
    """What a source does with an unread mention's words elsewhere (one of `ELSEWHERE`): a
    claim of the fact's kind, or of another, covers them somewhere; they are written again,
    never read; they are written once."""
    folded, text = name.casefold(), source_text.casefold()
    found = [m.start() for m in re.finditer(re.escape(folded), text)] if folded.strip() else []
    kinds = {c.kind for at in found for c in claims if c.start < at + len(folded) and at < c.end}
    fits = kind in kinds or (kind == "numeric" and bool(kinds))
    if fits:
        return ELSEWHERE[0]
    if kinds:
        return ELSEWHERE[1]
    return ELSEWHERE[2] if len(found) >= 2 else ELSEWHERE[3]


def unread_other(name: str, other: str) -> str:
    """Whether the other mention of the pair is written alike (case and spaces aside)."""
    same = " ".join(name.casefold().split()) == " ".join(other.casefold().split())
    return OTHER_SIDE[0] if same else OTHER_SIDE[1]


def unread_other_read(kinds: Iterable[str], fact_kind: str) -> str:
    """Whether claims read the other side of the pair (`OTHER_READ` and the kind: the fact's
    own kind when one of them is, else the first in sorted order) or none (`OTHER_UNREAD`):
    a name read in one source and not where another writes it."""
    read = sorted(set(kinds))
    if not read:
        return OTHER_UNREAD
    return OTHER_READ + (fact_kind if fact_kind in read else read[0])


class Tally:
    """The counts of one split: per column (a group of missed pairs, wrong matches,
    matched traps), stage and detail; and the concepts of missed numeric pairs."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.concepts: Counter[str] = Counter()
        self.untitled: Counter[str] = Counter()
        # office pairs with a side the run placed where another source says its person
        # held the office (`Reader.held_then`): gold pairs found and missed, by gold
        # verdict; wrong matches and matched traps
        self.held_then: Counter[str] = Counter()
        self.office_pairs = 0  # the office gold pairs told (`held_then` is of these)
        # per column, the unread mentions of its missed pairs: (part, what) -> count
        self.unread: Counter[tuple[str, str, str]] = Counter()
        # per column, stage and detail, the parts (`Finding.part`) of its numeric misses
        self.parts: Counter[tuple[str, str, str, str]] = Counter()
        self.evidence: Counter[tuple[str, str, str]] = Counter()
        # how the two concepts of missed numeric pairs read with two stand (`RELATIONS`)
        self.relations: Counter[str] = Counter()

    def add_unread(
        self,
        column: str,
        shape: str,
        elsewhere: str,
        other: str,
        lent: str = "",
        other_read: str = "",
        form: str = "",
        kind: str = "",
    ) -> None:
        """One unread side of a missed pair: its shape, its source elsewhere, the other side
        (how it is written; whether a claim reads it, and of which kind), and of an office
        mention, whether the run titles its person (`Reader.unlent`); with the gold's
        `kind` (of the other named facts), its shape under that kind."""
        for part, what in (("shape", shape), ("elsewhere", elsewhere), ("other", other)):
            self.unread[(column, part, what)] += 1
        if kind:
            self.unread[(column, "kind", f"{kind}: {shape}")] += 1
        if lent:
            self.unread[(column, "lent", lent)] += 1
        if other_read:
            self.unread[(column, "other read", other_read)] += 1
        if form:
            self.unread[(column, "form", form)] += 1

    def _by_kind(self, column: str) -> str:
        """The unread sides of a column by the gold's kind, each with its shapes (in the
        order of `SHAPES`): "place 3 (one capitalized word 2, opening a sentence 1)"."""
        kinds: dict[str, Counter[str]] = {}
        for (c, part, what), n in self.unread.items():
            if (c, part) == (column, "kind"):
                kind, _, shape = what.partition(": ")
                kinds.setdefault(kind, Counter())[shape] += n
        rank = {shape: at for at, shape in enumerate(SHAPES)}
        said = []
        for kind, shapes in sorted(kinds.items(), key=lambda k: (-k[1].total(), k[0])):
            ordered = sorted(shapes.items(), key=lambda s: (rank.get(s[0], len(rank)), s[0]))
            inner = ", ".join(f"{shape} {n}" for shape, n in ordered)
            said.append(f"{kind} {shapes.total()} ({inner})")
        return "; ".join(said)

    def add(self, column: str, finding: Finding) -> None:
        self.counts[(column, finding.stage, finding.detail)] += 1
        if finding.concepts:
            self.concepts[finding.concepts] += 1
        if finding.relation:
            self.relations[finding.relation] += 1
        self.untitled.update(finding.untitled)
        if finding.part:
            self.parts[(column, finding.stage, finding.detail, finding.part)] += 1

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
            for detail in ordered:
                if ordered != [""]:
                    rows.append(("", detail or "—", per[detail]))
                rows += self._part_rows(stage, detail)
        return rows

    def _part_rows(self, stage: str, detail: str) -> list[tuple[str, str, list[int]]]:
        """The rows of a stage's detail by part (`Finding.part`), the most frequent first."""
        parts = sorted({p for _, s, d, p in self.parts if (s, d) == (stage, detail)})
        per = {p: [self.parts[(col, stage, detail, p)] for col in COLUMNS] for p in parts}
        ordered = sorted(parts, key=lambda p: (-sum(per[p]), p))
        return [("", f"↳ {p}", per[p]) for p in ordered]

    def json(self) -> dict[str, Any]:
        return {
            "counts": [
                {"column": col, "stage": stage, "detail": detail, "count": n}
                for (col, stage, detail), n in sorted(self.counts.items())
            ],
            "numeric concepts": dict(sorted(self.concepts.items())),
            "numeric concept relations": dict(sorted(self.relations.items())),
            "office untitled holders": dict(sorted(self.untitled.items())),
            "office pairs placed by a former or shared holding": dict(
                sorted(self.held_then.items())
            ),
            "office gold pairs": self.office_pairs,
            "not read": [
                {"column": col, "part": part, "what": what, "count": n}
                for (col, part, what), n in sorted(self.unread.items())
            ],
            "parts": [
                {"column": col, "stage": stage, "detail": detail, "part": part, "count": n}
                for (col, stage, detail, part), n in sorted(self.parts.items())
            ],
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
            stage_cell = f"**{stage}**" if stage else ""
            lines.append(f"| {stage_cell} | {detail} | {counts_cells(cells)} |")
        totals = [sum(n for (c, _, _), n in self.counts.items() if c == col) for col in COLUMNS]
        lines.append("| total | | " + " | ".join(str(n) for n in totals) + " |")
        if self.concepts:
            said = ", ".join(
                f"{key} {self.concepts[key]}" for key in CONCEPTS if key in self.concepts
            )
            lines += ["", f"Missed numeric pairs read on both sides, by concept: {said}."]
        if self.relations:
            said = ", ".join(
                f"{key} {self.relations[key]}" for key in RELATIONS if key in self.relations
            )
            lines += ["", f"Missed numeric pairs of two concepts, by how they stand: {said}."]
        if self.untitled:
            lines += ["", "Missed office pairs vetoed UntitledHolders, by aspect (counts):", ""]
            lines += [f"- {aspect}: {n}" for aspect, n in sorted(self.untitled.items())]
        if self.office_pairs or self.held_then:
            said = ", ".join(f"{what} {n}" for what, n in sorted(self.held_then.items()))
            lines += [
                "",
                f"Office pairs (of {self.office_pairs} office gold pairs) with a side the run "
                "placed where another source says its person held the office (a former or "
                f"shared holding, `run_then`): {said or 'none'}.",
            ]
        for column in COLUMNS:
            parts = []
            for part, order in (
                ("shape", SHAPES),
                ("elsewhere", ELSEWHERE),
                ("other", OTHER_SIDE),
                ("lent", UNLENT),
                ("form", FORMS),
            ):
                counts = [(w, self.unread[(column, part, w)]) for w in order]
                parts.append(", ".join(f"{w} {n}" for w, n in counts if n))
            # (whether a claim reads the other side: the read kinds, most frequent first)
            read = sorted(
                (
                    (w, n)
                    for (c, p, w), n in self.unread.items()
                    if (c, p) == (column, "other read")
                ),
                key=lambda wn: (wn[0] == OTHER_UNREAD, -wn[1], wn[0]),
            )
            parts.append(", ".join(f"{w} {n}" for w, n in read))
            if any(parts):
                lent = f"; by the run: {parts[3]}" if parts[3] else ""
                lines += [
                    "",
                    f"Not extracted, {column} (each unread side of a missed pair): by shape: "
                    f"{parts[0]}; the same words in its source: {parts[1]}; "
                    f"{parts[2] or 'no other side read'}{lent}"
                    + (f"; {parts[5]}" if parts[5] else "")
                    + (f"; by form: {parts[4]}" if parts[4] else "")
                    + ".",
                ]
                by_kind = self._by_kind(column)
                if by_kind:
                    lines += ["", f"Not extracted, {column}, by the fact's kind: {by_kind}."]
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
            rank = {line: at for at, line in enumerate(("claims", *EVIDENCE))}
            rows = sorted({(line, how) for _, line, how in self.evidence})
            rows.sort(key=lambda r: (rank.get(r[0], len(rank)), r[1]))
            last = ""
            for line, how in rows:
                cells = [self.evidence[(col, line, how)] for col in JOINED_COLUMNS]
                lines.append(f"| {line if line != last else ''} | {how} | {counts_cells(cells)} |")
                last = line
        return lines


# ------------------------------------------------------------ the concept reader as a whole
# where a concept came from, by how its pattern starts (`reconcile.concepts`)
ORIGINS = (
    ("story ", "from its story"),
    (RUN_PATTERN, "from another source of the run"),
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
        # the pairs of one side with a concept, the other without: (the shape of the side
        # without, where the pair was lost or "found"), `add_bare`
        self.bare: Counter[tuple[str, str]] = Counter()

    def add_mention(self, claim: Claim, reading: str) -> None:
        self.mentions[(claim.kind, reading)] += 1

    def add_pair(self, a: Claim, b: Claim, found: bool, relation: str = "") -> None:
        """One gold pair read on both sides (`a`, `b`), and whether a tool fact holds both
        (`relation`: how two concepts stand, `Reader.concept_relation`)."""
        ca, cb = concept_detail(a), concept_detail(b)
        if ca and cb:
            said = "both, one concept" if ca.key == cb.key else "both, two concepts"
            said += f" ({relation})" if relation and ca.key != cb.key else ""
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
        run = sum(1 for c in (ca, cb) if c is not None and c.pattern.startswith(RUN_PATTERN))
        if run:
            said += f", {run} from another source of the run"
        if any(_run_currency(c) for c in (a, b)):
            said += ", a side's currency the run's"
        self.pairs[(said, found)] += 1

    def add_bare(self, a: Claim, b: Claim, readings: tuple[str, str], lost: str) -> None:
        """One gold pair read on both sides, one side with a concept and the other without
        (`readings`: `concept_reading` of `a` and `b`), by the shape of the side without and
        the stage that lost the pair (`lost`: "found" for a pair a tool fact holds); a pair
        one side of which has its concept from another source of the run
        (`reconcile.kinds.quantity.run_concepts`) is counted as such, found or lost."""
        ca, cb = concept_detail(a), concept_detail(b)
        run = [c for c in (ca, cb) if c is not None and c.pattern.startswith(RUN_PATTERN)]
        if run:
            by = run[0].pattern.removeprefix(RUN_PATTERN).split(" ", 1)[0]
            self.bare[(f"given another source's concept, by {by}", lost)] += 1
            return
        if (ca is None) == (cb is None):
            return
        said = readings[1] if ca is not None else readings[0]
        self.bare[(said.removeprefix("without: "), lost)] += 1

    def json(self) -> dict[str, Any]:
        return {
            "bare": [
                {"shape": shape, "stage": lost, "count": n}
                for (shape, lost), n in sorted(self.bare.items())
            ],
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
            lines.append(f"| {reading} | {counts_cells(cells)} | {sum(cells)} |")
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
        if self.bare:
            lost = sorted({s for _, s in self.bare}, key=lambda s: (s != "found", s))
            lines += [
                "",
                f"### numeric gold pairs of one side with a concept, the other without, {name}",
                "",
                "By the shape of the side without a concept, and the stage that lost the pair.",
                "",
                "| side without | " + " | ".join(lost) + " | all |",
                "|---|" + "---:|" * (len(lost) + 1),
            ]
            for shape in sorted({s for s, _ in self.bare}):
                cells = [self.bare[(shape, s)] for s in lost]
                lines.append(f"| {shape} | {counts_cells(cells)} | {sum(cells)} |")
        return lines

    @staticmethod
    def lost(finding: Finding | None) -> str:
        """Where a pair of `add_bare` was lost: the stage and, of a veto, a cut-off or
        clustering, its detail (names of types only); "found" without a finding."""
        if finding is None:
            return "found"
        if finding.stage in (VETOED, BELOW_CUTOFF, REFUSED):
            return f"{finding.stage}: {finding.detail}"
        return finding.stage


def _run_currency(claim: Claim) -> bool:
    """Whether a sum's currency is the one the run states for its concept, its source
    stating none (`carry.carry_in_run`)."""
    detail = claim.detail
    return isinstance(detail, QuantityClaim) and detail.run_currency


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
