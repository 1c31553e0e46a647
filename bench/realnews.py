"""Real-news accuracy: same-fact matching, conflicts and traps on hand-labelled real news.

    .venv/bin/python bench/realnews.py [--split dev|dev-a|…|dev-g|dev-h|dev-i|test|all]
        [--json]
        [--errors] [--anatomy] [--cluster ID ...]

Reads the gold in `bench/realnews/clusters/*.toml` (format in `bench/realnews/README.md`).
For each cluster it writes the documents to a temporary folder (`realnews_data.materialize`),
runs `reconcile.run([folder])`, and maps each gold mention to the tool's claims whose
`[start, end)` overlaps it in that document. Then, per split:

- same-fact recall by kind group (numeric; office; other named): over gold facts, every
  pair of mentions in different documents; a pair is found when both map to claims of one
  tool fact;
- same-fact precision: over pairs of claims from different documents placed in one tool
  fact where both claims map to gold mentions (fact mentions or trap ends): the share whose
  mentions belong to one gold fact;
- conflicts: a gold conflict fact is found when a tool fact with verdict `conflict` holds
  claims mapped to two of its mentions in different documents; precision is over tool
  conflict facts with claims mapped to gold mentions in two documents, correct when all
  those mentions belong to one gold fact whose verdict is conflict;
- traps wrongly matched: both ends map to claims of one tool fact;
- extraction coverage: the share of gold fact mentions mapped to any claim.

If `bench/realnews_quantities.py` exists, its `score(split)` rows are added. The dev split
has two fixed halves (`realnews_data.half_of`). Until the eighth round rules were tuned on
dev-a and checked on dev-b; from the ninth both halves are read while tuning (dev-a's
stories were exhausted as a signal), and the stories labelled since are the check: a dev
cluster's file may declare its half (the hash of its id still decides dev or test). The
ninth round's new clusters say `half = "dev-c"`: they were the check half that round and
have been read while tuning since the tenth. The tenth round's say `half = "dev-d"`: the
check half that round, read while tuning since the eleventh, whose new clusters say
`half = "dev-e"`: the check half from the eleventh to the twenty-first round (scored at each
round's end, never read), read while tuning since the twenty-second, whose new clusters say
`half = "dev-f"`: the check half from the twenty-second to the twenty-fourth round, read while
tuning since the twenty-fifth, whose new clusters say `half = "dev-g"`: the check half of the
twenty-fifth and twenty-sixth rounds, read while tuning since the twenty-seventh, whose new
clusters say `half = "dev-h"`, the check half now. The thirty-fifth round's new clusters say
`half = "dev-i"`: stories chosen for their numbers (rolling tolls, several figures a sentence),
labelled to be tuned on, because the earlier tuning halves held too few numeric misses of the
held-out split's shapes; dev-i is a tuning half from the start, and dev-h stays the check half.
`--split dev` scores every dev cluster, the check half included. `--errors` lists missed pairs
and wrong matches of the tuning halves dev-a to dev-g and dev-i among the dev columns scored
(dev-a when no dev column is asked for); it never lists a dev-h cluster (`--split dev-h
--errors` is refused, and so is `--cluster` with a dev-h id): dev-h and the test split are
scored, never read. Exits 2 when the shared real-news folder is absent or the gold is wrong.

`--anatomy` tells each missed gold pair (per group), wrong match and matched trap by the
stage of matching responsible, asked of the engine (`reconcile.anatomy`: the pair's block
keys, decision, cut-off, and the facts clustering made; `realnews_anatomy` reads a gold
pair): not extracted, different kind, no block shared, not compared, vetoed (the veto),
below cut-off (soft veto or score band), refused by clustering; matched directly, through a
third member, loosely joined. It prints, per split, a table of counts by stage and detail
(names of rules and types, never a text, cluster or offset: it may be printed for dev-h and
test); under a detail, the parts of its numeric misses ("↳"): which part of two block keys
differs (the dimension, two currencies, the change), why a claim is in no block, whether
a cannot-link is held by a claim of the pair or by two others (of one source or not), and
whether the two numbers are the same, overlap or are apart. With `--errors` each listed
miss of a tuning half says its stage, its part and what the stage read. Only the pairs
missed are decided again. An office pair vetoed as UntitledHolders is also counted by its
shape (the gold verdict, how the two names differ, which side is untitled, and whether
the run titles that side's person with a place in its own source, in another, or
nowhere, and what the run carried to that side: a place, a rules office, its country, or
why nothing), counts only; an office mention no claim reads is also counted by whether the
run titles its person, and what kept the title lender from it. Office pairs with a side the
run placed where another source says its person held the office (a former or shared
holding, `OfficeHolder.run_then`) are counted: gold pairs found and missed by gold verdict,
wrong matches, matched traps.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realnews_anatomy  # noqa: E402
import realnews_data  # noqa: E402

from reconcile import run  # noqa: E402
from reconcile.kinds import Kinds  # noqa: E402
from reconcile.models import Claim, Report  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402

GOLD = ROOT / "bench" / "realnews" / "clusters"
KINDS = ("numeric", "office", "place", "date", "thing", "route", "source")
VERDICTS = ("agree", "compatible", "conflict")
GROUPS = ("numeric", "office", "other named")
SPLITS = ("dev", "test")
# read while tuning (dev-c to dev-g and dev-i declared by their files)
TUNING_HALVES = ("dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-i")
CHECK_HALF = "dev-h"  # declared by a dev cluster's file: scored, never read while tuning
# the halves a cluster's file may name
DECLARED_HALVES = ("dev-c", "dev-d", "dev-e", "dev-f", "dev-g", CHECK_HALF, "dev-i")


class GoldError(Exception):
    """The gold itself is wrong: a file and what to fix."""


@dataclass(frozen=True)
class Mention:
    """One gold span: which document of its cluster, where, and the words it covers."""

    doc: str  # alias within the cluster
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldFact:
    """One fact stated in two or more documents, with its expected verdict."""

    id: str
    kind: str
    concept: str
    verdict: str
    mentions: tuple[Mention, ...]

    @property
    def group(self) -> str:
        return group_of(self.kind)


@dataclass(frozen=True)
class Trap:
    """Two mentions in different documents that state different facts."""

    why: str
    a: Mention
    b: Mention


@dataclass(frozen=True)
class Cluster:
    """Documents that report one story, with their gold facts and traps."""

    id: str
    title: str
    documents: dict[str, realnews_data.Document]
    facts: tuple[GoldFact, ...]
    traps: tuple[Trap, ...]
    path: Path
    declared_half: str | None = None  # `half = "dev-c"` … "dev-i" in the file; else the hash

    @property
    def split(self) -> str:
        return realnews_data.split_of(self.id)

    @property
    def half(self) -> str | None:
        if self.split != "dev":
            return None
        return self.declared_half or realnews_data.half_of(self.id)

    @property
    def readable(self) -> bool:
        """Whether its misses may be read while tuning: a tuning half, not dev-h or test."""
        return self.half in TUNING_HALVES


def group_of(kind: str) -> str:
    """The scoring group of a fact kind."""
    if kind in ("numeric", "office"):
        return kind
    return "other named"


def _mention(raw: Any, where: str) -> Mention:
    try:
        return Mention(str(raw["doc"]), int(raw["start"]), int(raw["end"]), str(raw["text"]))
    except (KeyError, TypeError, ValueError):
        raise GoldError(f"{where}: a mention needs doc, start, end and text") from None


def load_cluster(path: Path) -> Cluster:
    """One cluster file, with its documents loaded from the shared folder and spans checked."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    name = path.name
    documents: dict[str, realnews_data.Document] = {}
    for alias, address in data.get("documents", {}).items():
        try:
            documents[alias] = realnews_data.load(address["file"], address.get("key", ""))
        except (KeyError, OSError) as error:
            raise GoldError(f"{name}: document {alias}: {error}") from None
    facts = tuple(
        GoldFact(
            id=str(raw["id"]),
            kind=str(raw["kind"]),
            concept=str(raw["concept"]),
            verdict=str(raw["verdict"]),
            mentions=tuple(_mention(m, f"{name}: fact {raw.get('id')}") for m in raw["mentions"]),
        )
        for raw in data.get("facts", [])
    )
    traps = tuple(
        Trap(
            why=str(raw["why"]),
            a=_mention(raw["a"], f"{name}: trap {raw.get('why')!r}"),
            b=_mention(raw["b"], f"{name}: trap {raw.get('why')!r}"),
        )
        for raw in data.get("traps", [])
    )
    half = data.get("half")
    if half is not None and half not in DECLARED_HALVES:
        declared = " or ".join(repr(h) for h in DECLARED_HALVES)
        raise GoldError(f"{name}: half {half!r}: the halves a file declares are {declared}")
    cluster_id = str(data["id"])
    if half is not None and realnews_data.split_of(cluster_id) != "dev":
        raise GoldError(
            f"{name}: half {half!r} but the id {cluster_id!r} hashes to test: "
            "remove the half (a held-out cluster has none)"
        )
    cluster = Cluster(cluster_id, str(data.get("title", "")), documents, facts, traps, path, half)
    problems = check_cluster(cluster)
    if problems:
        raise GoldError(problems[0])
    return cluster


def check_cluster(cluster: Cluster) -> list[str]:
    """Every problem with a cluster's gold, one line each (empty when it is sound)."""
    name = cluster.path.name
    problems: list[str] = []
    spans = [(f"fact {f.id}", m) for f in cluster.facts for m in f.mentions]
    spans += [(f"trap {t.why!r}", m) for t in cluster.traps for m in (t.a, t.b)]
    for where, mention in spans:
        document = cluster.documents.get(mention.doc)
        if document is None:
            problems.append(f"{name}: {where}: unknown document {mention.doc!r}")
            continue
        found = document.text[mention.start : mention.end]
        if found != mention.text:
            problems.append(
                f"{name}: {where}: text {mention.text!r} but the document has {found!r} "
                f"at {mention.start}:{mention.end}"
            )
    ids = [f.id for f in cluster.facts]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{name}: fact id {duplicate!r} used twice")
    for fact in cluster.facts:
        if fact.kind not in KINDS:
            problems.append(f"{name}: fact {fact.id}: kind {fact.kind!r} not in {KINDS}")
        if fact.verdict not in VERDICTS:
            problems.append(f"{name}: fact {fact.id}: verdict {fact.verdict!r} not in {VERDICTS}")
        if len({m.doc for m in fact.mentions}) < 2:
            problems.append(f"{name}: fact {fact.id}: mentions in fewer than two documents")
    for trap in cluster.traps:
        if trap.a.doc == trap.b.doc:
            problems.append(f"{name}: trap {trap.why!r}: both ends in one document")
    return problems


def load_gold() -> list[Cluster]:
    """Every cluster, sorted by id; cluster ids must be unique."""
    clusters = [load_cluster(path) for path in sorted(GOLD.glob("*.toml"))]
    ids = [c.id for c in clusters]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        raise GoldError(f"cluster id {duplicate!r} used by two files")
    return sorted(clusters, key=lambda c: c.id)


# --- running the tool and mapping gold spans to its claims -------------------------------


@dataclass
class Outcome:
    """What the tool did on one cluster, reduced to what scoring needs."""

    cluster: Cluster
    error: str | None = None
    # gold mention -> ids of the claims that overlap it
    claims_of: dict[Mention, frozenset[str]] = field(default_factory=dict)
    # claim id -> (document alias, claim quote)
    claim_doc: dict[str, tuple[str, str]] = field(default_factory=dict)
    # claim id -> tool fact id, for facts holding two or more claims
    fact_of: dict[str, str] = field(default_factory=dict)
    fact_claims: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fact_verdict: dict[str, str] = field(default_factory=dict)
    # claim id -> the tool's kind of it ("count", "place", ...)
    claim_kind: dict[str, str] = field(default_factory=dict)
    report: Report | None = None  # kept for `--anatomy` only


def _offset_map(document_text: str, source_text: str) -> Callable[[int], int]:
    """A map from document offsets to source offsets.

    The identity when the texts agree, or when they have one length: the Markdown loader
    blanks markup (a link's target) with spaces and keeps every other character where it
    was, and a diff would align a name with the same name inside a blanked link target.
    """
    if len(document_text) == len(source_text):
        return lambda offset: offset
    matcher = difflib.SequenceMatcher(None, document_text, source_text, autojunk=False)
    blocks = matcher.get_matching_blocks()

    def mapped(offset: int) -> int:
        for block in blocks:
            if block.a <= offset < block.a + block.size or (
                block.size and offset == block.a + block.size
            ):
                return block.b + (offset - block.a)
        return -1

    return mapped


def run_cluster(cluster: Cluster, keep_report: bool = False) -> Outcome:
    """Run the tool on one cluster's documents and map the gold spans to its claims (and
    keep its report, for the anatomy of its misses, with `keep_report`)."""
    outcome = Outcome(cluster)
    documents = list(cluster.documents.values())
    alias_of = {document.id: alias for alias, document in cluster.documents.items()}
    with tempfile.TemporaryDirectory(prefix="realnews-") as tmp:
        folder = Path(tmp)
        realnews_data.materialize(documents, folder)
        try:
            report: Report = run([folder])
        except Exception as error:  # the bench measures; a failure is a finding, not a crash
            message = str(error).replace(f"{folder}/", "").splitlines()[0][:160]
            outcome.error = f"{type(error).__name__}: {message}"
            return outcome
    if keep_report:
        outcome.report = report
    by_alias: dict[str, list[Any]] = {alias: [] for alias in cluster.documents}
    maps: dict[str, Callable[[int], int]] = {}
    for source in report.sources:
        alias = alias_of.get(Path(source.path).name.rsplit(".", 1)[0])
        if alias is None:
            continue
        maps[alias] = _offset_map(cluster.documents[alias].text, source.text)
        by_alias[alias] = [c for c in report.claims if c.source_id == source.id]
        for claim in by_alias[alias]:
            outcome.claim_doc[claim.id] = (alias, claim.quote)
            outcome.claim_kind[claim.id] = claim.kind
    for fact in report.facts:
        if len(fact.claim_ids) < 2:
            continue
        outcome.fact_claims[fact.id] = fact.claim_ids
        outcome.fact_verdict[fact.id] = fact.verdict
        for claim_id in fact.claim_ids:
            outcome.fact_of[claim_id] = fact.id
    mentions = [m for f in cluster.facts for m in f.mentions]
    mentions += [m for t in cluster.traps for m in (t.a, t.b)]
    for mention in mentions:
        to_source = maps.get(mention.doc)
        if to_source is None:
            outcome.claims_of[mention] = frozenset()
            continue
        start, end = to_source(mention.start), to_source(mention.end)
        outcome.claims_of[mention] = frozenset(
            c.id for c in by_alias[mention.doc] if c.start < end and start < c.end
        )
    return outcome


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Tally:
    """A ratio with its parts; `None` when nothing was counted."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Scores:
    """Every measure of one split, and the details `--errors` prints."""

    recall: dict[str, Tally] = field(default_factory=lambda: {g: Tally() for g in GROUPS})
    precision: Tally = field(default_factory=Tally)
    conflict_recall: Tally = field(default_factory=Tally)
    conflict_precision: Tally = field(default_factory=Tally)
    traps: Tally = field(default_factory=Tally)
    coverage: dict[str, Tally] = field(default_factory=lambda: {g: Tally() for g in GROUPS})
    failed: list[str] = field(default_factory=list)  # clusters of dev-a and dev-b
    failed_unread: int = 0  # clusters of dev-h and test: counted, never named
    errors: list[str] = field(default_factory=list)  # the tuning halves only
    # `--anatomy`: the stage of each miss, as counts (printed for any split)
    anatomy: realnews_anatomy.Tally = field(default_factory=realnews_anatomy.Tally)
    # wrong conflicts (tool conflict facts not a gold conflict), by `wrong_conflict_cause`:
    # counts only, printed with `--anatomy` for any split
    wrong_conflicts: Counter[str] = field(default_factory=Counter)
    # `--anatomy`: how the concept reader read the numeric gold mentions and pairs
    concepts: realnews_anatomy.Concepts = field(default_factory=realnews_anatomy.Concepts)


def _shared_fact(outcome: Outcome, left: Iterable[str], right: Iterable[str]) -> str | None:
    """A tool fact holding a claim from each side, if any."""
    left_facts = {outcome.fact_of[c] for c in left if c in outcome.fact_of}
    for claim in right:
        fact = outcome.fact_of.get(claim)
        if fact is not None and fact in left_facts:
            return fact
    return None


def _show(cluster: Cluster, mention: Mention) -> str:
    return f"{mention.doc}:{mention.start}-{mention.end} {mention.text!r}"


def score_outcome(outcome: Outcome, scores: Scores, kinds: Kinds | None = None) -> None:
    """Add one cluster's outcome to the split's scores.

    The misses of a cluster that is not read while tuning (dev-h, test) are counted in the
    measures but never added to `scores.errors`. With `kinds` (and the outcome's report),
    each missed pair, wrong match and matched trap is also told by the stage responsible
    (`realnews_anatomy`): counted in `scores.anatomy`, and said in its error line.
    """
    cluster = outcome.cluster
    errors: list[str] = []
    reader = (
        realnews_anatomy.Reader(outcome.report, kinds)
        if kinds is not None and outcome.report is not None
        else None
    )

    sources = {
        Path(s.path).name.rsplit(".", 1)[0]: s
        for s in (outcome.report.sources if outcome.report is not None else ())
    }
    alias_of = {document.id: alias for alias, document in cluster.documents.items()}
    by_alias = {alias_of[name]: s for name, s in sources.items() if name in alias_of}

    def unread(fact: GoldFact, side: Mention, other: Mention) -> str:
        """Tally one unread side of a missed pair: its shape, its source elsewhere, the
        other side (`realnews_anatomy.unread_shape`); return its shape ("" untold)."""
        source = by_alias.get(side.doc)
        if source is None or outcome.report is None:
            return ""
        # (its shape as the tool reads it: in the source's text, a link's markup blanked)
        text = cluster.documents[side.doc].text
        to_source = _offset_map(text, source.text)
        start, end = to_source(side.start), to_source(side.end)
        if start < 0 or end < start:
            text, start, end = text, side.start, side.end
        else:
            text = source.text
        claims = [c for c in outcome.report.claims if c.source_id == source.id]
        lent = (
            reader.unlent(source.id, text, start, end)
            if reader is not None and fact.group == "office" and text is source.text
            else ""
        )
        kind_of = {c.id: c.kind for c in outcome.report.claims}
        shape = realnews_anatomy.unread_shape(text, start, end)
        scores.anatomy.add_unread(
            fact.group,
            shape,
            realnews_anatomy.unread_elsewhere(side.text, fact.kind, source.text, claims),
            realnews_anatomy.unread_other(side.text, other.text),
            lent=lent,
            other_read=realnews_anatomy.unread_other_read(
                (kind_of[c] for c in outcome.claims_of.get(other, ()) if c in kind_of), fact.kind
            ),
            form=realnews_anatomy.unread_form(text[start:end], start, end, claims, fact.kind)
            if text is source.text
            else "",
            kind=fact.kind if fact.group == "other named" else "",
        )
        return shape

    def stage(column: str, finding: realnews_anatomy.Finding) -> str:
        scores.anatomy.add(column, finding)
        return f" — {finding.line()}"

    if outcome.error and cluster.readable:
        scores.failed.append(f"{cluster.id}: {outcome.error}")
    elif outcome.error:
        scores.failed_unread += 1
    claims_of = outcome.claims_of
    # gold facts of each claim (trap-only ends add the claim with no fact)
    facts_of_claim: dict[str, set[str]] = {}
    for fact in cluster.facts:
        for mention in fact.mentions:
            for claim in claims_of.get(mention, ()):
                facts_of_claim.setdefault(claim, set()).add(fact.id)
    for trap in cluster.traps:
        for mention in (trap.a, trap.b):
            for claim in claims_of.get(mention, ()):
                facts_of_claim.setdefault(claim, set())
    verdict_of = {f.id: f.verdict for f in cluster.facts}
    gold_kind = {f.id: f.kind for f in cluster.facts}

    for fact in cluster.facts:
        numeric = reader is not None and fact.group == "numeric"
        for mention in fact.mentions:
            scores.coverage[fact.group].add(bool(claims_of.get(mention)))
            read = reader.numeric(claims_of.get(mention, ())) if reader and numeric else None
            if reader is not None and read is not None:
                scores.concepts.add_mention(read, reader.concept_reading(read))
        for left, right in combinations(fact.mentions, 2):
            if left.doc == right.doc:
                continue
            left_claims, right_claims = claims_of.get(left, ()), claims_of.get(right, ())
            found = _shared_fact(outcome, left_claims, right_claims) is not None
            scores.recall[fact.group].add(found)
            if reader is not None and fact.group == "office":
                scores.anatomy.office_pairs += 1
            if reader is not None and reader.held_then((*left_claims, *right_claims)):
                said_then = f"gold {fact.verdict or '?'} pairs {'found' if found else 'missed'}"
                scores.anatomy.held_then[said_then] += 1
            read_ends = None
            one_bare: tuple[Claim, Claim] | None = None
            if reader is not None and numeric:
                ends = reader.numeric(left_claims), reader.numeric(right_claims)
                if ends[0] is not None and ends[1] is not None:
                    relation = reader.concept_relation(ends[0], ends[1])
                    scores.concepts.add_pair(ends[0], ends[1], found, relation)
                    read_ends = " / ".join(reader.concept_said(end) for end in ends)
                    one_bare = ends[0], ends[1]
            if one_bare is not None and found and reader is not None:
                shapes = (reader.concept_reading(one_bare[0]), reader.concept_reading(one_bare[1]))
                scores.concepts.add_bare(*one_bare, shapes, realnews_anatomy.Concepts.lost(None))
            if not found:
                why = "matched apart" if left_claims and right_claims else "not extracted"
                said = ""
                if reader is not None:
                    docs = (left.doc, right.doc)
                    finding = reader.missed(
                        fact.kind, left_claims, right_claims, docs, fact.verdict
                    )
                    said = stage(fact.group, finding)
                    if one_bare is not None:
                        first, second = (reader.concept_reading(end) for end in one_bare)
                        scores.concepts.add_bare(
                            *one_bare, (first, second), scores.concepts.lost(finding)
                        )
                    for side, twin, claims in (
                        (left, right, left_claims),
                        (right, left, right_claims),
                    ):
                        if not claims and (shape := unread(fact, side, twin)):
                            said += f" [{side.doc} unread: {shape}]"
                    if read_ends:
                        said += f" [concepts: {read_ends}]"
                errors.append(
                    f"missed pair [{cluster.id}/{fact.id} {fact.kind}, {why}] "
                    f"{_show(cluster, left)} ~ {_show(cluster, right)}{said}"
                )
        if fact.verdict == "conflict":
            found = False
            for tool_fact, claims in outcome.fact_claims.items():
                if outcome.fact_verdict[tool_fact] != "conflict":
                    continue
                docs = {m.doc for m in fact.mentions if claims_of.get(m, frozenset()) & set(claims)}
                if len(docs) >= 2:
                    found = True
                    break
            scores.conflict_recall.add(found)
            if not found:
                errors.append(f"missed conflict [{cluster.id}/{fact.id}]")

    for tool_fact, claims in sorted(outcome.fact_claims.items()):
        mapped = [c for c in claims if c in facts_of_claim]
        for left, right in combinations(mapped, 2):
            if outcome.claim_doc[left][0] == outcome.claim_doc[right][0]:
                continue
            correct = bool(facts_of_claim[left] & facts_of_claim[right])
            scores.precision.add(correct)
            if not correct:
                said = ""
                if reader is not None:
                    said = stage("wrong matches", reader.matched(left, right))
                    if reader.held_then((left, right)):
                        scores.anatomy.held_then["wrong matches"] += 1
                    scores.anatomy.add_evidence("wrong matches", reader.evidence(left, right))
                errors.append(
                    f"wrong match [{cluster.id} tool fact {tool_fact}] "
                    f"{outcome.claim_doc[left][0]} {outcome.claim_doc[left][1]!r} "
                    f"({', '.join(sorted(facts_of_claim[left])) or 'trap end'}) ~ "
                    f"{outcome.claim_doc[right][0]} {outcome.claim_doc[right][1]!r} "
                    f"({', '.join(sorted(facts_of_claim[right])) or 'trap end'}){said}"
                )
        if outcome.fact_verdict[tool_fact] == "conflict":
            if len({outcome.claim_doc[c][0] for c in mapped}) < 2:
                continue
            common = set.intersection(*(facts_of_claim[c] for c in mapped))
            correct = any(verdict_of[f] == "conflict" for f in common)
            scores.conflict_precision.add(correct)
            if not correct:
                kinds = {gold_kind[f] for c in mapped for f in facts_of_claim[c]} or {"trap ends"}
                cause = wrong_conflict_cause(
                    [verdict_of[f] for f in common],
                    any(not facts_of_claim[c] for c in mapped),
                    {outcome.claim_kind[c] for c in mapped},
                )
                scores.wrong_conflicts[f"{' / '.join(sorted(kinds))}: {cause}"] += 1
                quotes = "; ".join(
                    f"{outcome.claim_doc[c][0]} {outcome.claim_doc[c][1]!r}" for c in mapped
                )
                errors.append(f"wrong conflict [{cluster.id} {tool_fact}] {quotes}")

    for trap in cluster.traps:
        ends = claims_of.get(trap.a, frozenset()), claims_of.get(trap.b, frozenset())
        shared = _shared_fact(outcome, *ends)
        matched = shared is not None
        scores.traps.add(matched)
        if matched:
            said = ""
            if reader is not None:
                one, other = (
                    min(c for c in end if outcome.fact_of.get(c) == shared) for end in ends
                )
                said = stage("traps matched", reader.matched(one, other))
                if reader.held_then((one, other)):
                    scores.anatomy.held_then["traps matched"] += 1
                scores.anatomy.add_evidence("traps matched", reader.evidence(one, other))
            errors.append(
                f"trap matched [{cluster.id}] {_show(cluster, trap.a)} ~ "
                f"{_show(cluster, trap.b)}: {trap.why}{said}"
            )
    if cluster.readable:
        scores.errors.extend(errors)


def wrong_conflict_cause(common: list[str], trap_end: bool, tool_kinds: set[str]) -> str:
    """Why a tool conflict fact is no gold conflict, without a text: its claims' gold facts
    (`common`: the verdicts of the gold facts all its mapped claims share), whether one is
    only a trap's end, and the tool's kinds of them."""
    kinds = f" (tool kinds {', '.join(sorted(tool_kinds))})"
    if common:
        return f"one gold fact, gold verdict {'/'.join(sorted(set(common)))}{kinds}"
    if trap_end:
        return f"a trap's end with another claim: two facts{kinds}"
    return f"claims of two gold facts{kinds}"


def measures(scores: Scores) -> list[tuple[str, Tally]]:
    """The rows of the table, in order."""
    rows = [(f"same-fact recall, {g} (pairs)", scores.recall[g]) for g in GROUPS]
    rows += [
        ("same-fact precision (pairs)", scores.precision),
        ("conflicts recall (facts)", scores.conflict_recall),
        ("conflicts precision (tool facts)", scores.conflict_precision),
        ("traps wrongly matched", scores.traps),
    ]
    rows += [(f"extraction coverage, {g} (mentions)", scores.coverage[g]) for g in GROUPS]
    return rows


def quantity_rows(split: str) -> dict[str, float] | None:
    """Rows from `bench/realnews_quantities.py` when that module exists, else `None`.

    Its sentence gold is split by document, into the halves of dev and test; a half it has no
    lines for gets no rows.
    """
    if not (ROOT / "bench" / "realnews_quantities.py").is_file():
        return None
    module = importlib.import_module("realnews_quantities")
    if split not in (*SPLITS, "all", *module.HALVES):
        return None
    result: dict[str, float] = module.score(split)
    return result if result["sentences"] else None


def _cell(tally: Tally) -> str:
    if tally.value is None:
        return "—"
    return f"{tally.value:.2f} ({tally.hits}/{tally.total})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", choices=["dev", *TUNING_HALVES, CHECK_HALF, "test", "all"], default=None
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the misses of the tuning halves among the columns scored (never dev-h)",
    )
    parser.add_argument(
        "--anatomy",
        action="store_true",
        help="tell each miss by the stage of matching responsible, as counts for any split",
    )
    parser.add_argument(
        "--cluster",
        action="append",
        default=[],
        metavar="ID",
        help="score only these tuning-half clusters (repeatable; dev-h and test refused)",
    )
    args = parser.parse_args(argv)
    if args.errors and args.split in (CHECK_HALF, "test"):
        print(
            f"--errors lists the tuning halves only: {args.split} is scored, never "
            f"read (use --split dev or one of {', '.join(TUNING_HALVES)})",
            file=sys.stderr,
        )
        return 2
    realnews_data.require_root()
    try:
        clusters = load_gold()
    except GoldError as error:
        print(f"gold error: {error}", file=sys.stderr)
        return 2
    if args.cluster:
        known = {cluster.id: cluster for cluster in clusters}
        unknown = sorted(set(args.cluster) - set(known))
        if unknown:
            print(f"unknown cluster id: {', '.join(unknown)}", file=sys.stderr)
            return 2
        if any(known[name].split != "dev" for name in args.cluster):
            message = "--cluster takes dev clusters only (the test split is never read)"
            print(message, file=sys.stderr)
            return 2
        if any(known[name].half == CHECK_HALF for name in args.cluster):
            message = (
                f"--cluster takes no {CHECK_HALF} cluster: {CHECK_HALF} is the check half, "
                f"scored with --split {CHECK_HALF} and never read cluster by cluster"
            )
            print(message, file=sys.stderr)
            return 2
        clusters = [known[name] for name in sorted(set(args.cluster))]
    columns = [args.split] if args.split else list(SPLITS)
    if args.errors and not any(name in ("dev", *TUNING_HALVES) for name in columns):
        columns.append("dev-a")
    scores = {name: Scores() for name in columns}
    kinds = Kinds.build(load_rules(None)) if args.anatomy else None
    for cluster in clusters:
        targets = [n for n in columns if n in ("all", cluster.split, cluster.half)]
        if not targets:
            continue
        outcome = run_cluster(cluster, keep_report=args.anatomy)
        for name in targets:
            score_outcome(outcome, scores[name], kinds)
        outcome.report = None  # one cluster's report held at a time
    shown = columns
    quantities = {name: quantity_rows(name) for name in shown}
    if args.json:
        payload: dict[str, Any] = {}
        for name in shown:
            payload[name] = {
                label: {"value": t.value, "hits": t.hits, "total": t.total}
                for label, t in measures(scores[name])
            }
            failed = scores[name].failed
            unread = scores[name].failed_unread
            payload[name]["clusters failed"] = failed if failed or not unread else unread
            if quantities[name]:
                payload[name]["quantities"] = quantities[name]
            if args.anatomy:
                payload[name]["anatomy"] = scores[name].anatomy.json()
                payload[name]["concepts"] = scores[name].concepts.json()
                wrong = scores[name].wrong_conflicts
                payload[name]["wrong conflicts"] = dict(sorted(wrong.items()))
        print(json.dumps(payload, indent=2, sort_keys=True))
    else:
        print("| measure | " + " | ".join(shown) + " |")
        print("|---|" + "---:|" * len(shown))
        for index, (label, _) in enumerate(measures(scores[shown[0]])):
            cells = [_cell(measures(scores[name])[index][1]) for name in shown]
            print(f"| {label} | " + " | ".join(cells) + " |")
        extra = sorted({k for name in shown for k in (quantities[name] or {})})
        for key in extra:
            cells = [
                f"{quantities[name][key]:.3g}"
                if quantities[name] and key in quantities[name]
                else "—"
                for name in shown
            ]
            print(f"| quantities: {key} | " + " | ".join(cells) + " |")
        for name in shown:
            failed = scores[name].failed
            if failed:
                print("\n" + "\n".join(f"{name}: the tool failed on {line}" for line in failed))
            if scores[name].failed_unread:
                unread = scores[name].failed_unread
                print(f"\n{name}: the tool failed on {unread} unread (dev-h or test) cluster(s)")
        if args.anatomy:
            for name in shown:
                print("\n" + "\n".join(scores[name].anatomy.markdown(name)))
                concepts = scores[name].concepts.markdown(name)
                if concepts:
                    print("\n" + "\n".join(concepts))
                wrong = scores[name].wrong_conflicts
                if wrong:
                    print(f"\nWrong conflicts, {name}, by the gold kinds of their claims and why:")
                    for line, count in sorted(wrong.items(), key=lambda item: (-item[1], item[0])):
                        print(f"- {line}: {count}")
    if args.errors:
        for name in (n for n in columns if n in ("dev", *TUNING_HALVES)):
            note = " (the tuning halves; dev-h is scored, never listed)" if name == "dev" else ""
            print(f"\n## {name}: misses and wrong matches{note}\n")
            for line in scores[name].errors:
                print(f"- {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
