"""A count that says nothing of what it counts ("the dead now number 380": no concept, no
counted noun) meets no block, yet may join a cluster of its block kind once the blocks are
clustered (`reconcile.match.attach_loose`): beside a close number of another source telling
the same story, in words alike, never across a veto, never beside another number of its own
source. What it counts is unsaid, so what happened to it ("dead") must say it is the
other's: the same number alone does not (`test_bare_counts`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reconcile import run
from reconcile.context import Features
from reconcile.kinds import Kinds
from reconcile.match import attach_loose, match, source_topics
from reconcile.models import Claim, Fact, Report
from reconcile.reasons import (
    DifferentStories,
    FarApart,
    LooselyJoined,
    NothingCounted,
    SameConcept,
    Similarity,
)
from reconcile.render.words import reason_text
from reconcile.rules import load_rules

STORY = "Heavy floods hit Sri Lanka this week, officials in Colombo said."
DIED = "Officials in Colombo said 366 people died in the floods in Sri Lanka."


def _write(folder: Path, name: str, *body: str, title: str = "Floods in Sri Lanka") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: {title}\npublished: 2025-11-30\n---\n" + "\n\n".join(body) + "\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _count(report: Report, quote: str) -> Claim:
    return next(c for c in report.claims if c.kind == "count" and c.quote == quote)


def _fact_of(report: Report, claim: Claim) -> Fact:
    return next(f for f in report.facts if claim.id in f.claim_ids)


def _climbed(tmp_path: Path, number: str) -> Report:
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path,
        "b",
        STORY,
        f"Officials in Colombo said the dead now number {number} in the floods in Sri Lanka.",
    )
    return run([tmp_path])


def test_a_count_that_says_nothing_joins_a_close_count_of_its_story(tmp_path: Path) -> None:
    report = _climbed(tmp_path, "380")
    loose = _count(report, "380")
    assert (loose.concept, loose.noun_class) == (None, None)
    fact = _fact_of(report, loose)
    assert [report.claim(i).quote for i in fact.claim_ids] == ["366 people", "380"]
    assert fact.verdict == "conflict"
    assert fact.relative_gap == 0.036842
    # "the dead", the subject of its clause, is what it counts: weighed as a death toll
    assert fact.match.reasons[0] == SameConcept("deaths", 100.0)
    assert fact.match.reasons[-1] == LooselyJoined()
    assert not any(r == NothingCounted() for r in fact.match.reasons)
    assert reason_text(LooselyJoined()) == (
        "a number that says nothing of what it counts, beside a close one of the same story"
        " in words alike"
    )


def test_the_table_path_joins_it_as_the_engine_does(tmp_path: Path) -> None:
    report = _climbed(tmp_path, "380")
    kinds = Kinds.build(load_rules(None))
    clusters = match(report.claims, kinds, report.sources)
    pair = tuple(sorted((_count(report, "366 people").id, _count(report, "380").id)))
    assert [c.claim_ids for c in clusters if c.claim_ids == pair] == [pair]


def test_numbers_far_apart_stay_apart(tmp_path: Path) -> None:
    report = _climbed(tmp_path, "1,900")  # more than loose_max_value_ratio (2) from 366
    fact = _fact_of(report, _count(report, "1,900"))
    assert len(fact.claim_ids) == 1
    assert fact.verdict == "single"
    assert fact.match.reasons == (NothingCounted(),)


def test_small_numbers_tell_too_little(tmp_path: Path) -> None:
    _write(tmp_path, "a", STORY, "Officials in Colombo said 4 people died in the floods.")
    _write(tmp_path, "b", STORY, "Officials in Colombo said the dead now number 5 in the floods.")
    report = run([tmp_path])
    assert len(_fact_of(report, _count(report, "5")).claim_ids) == 1


def test_another_story_stays_apart(tmp_path: Path) -> None:
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path,
        "b",
        "Storms swept across Quebec, Hydro-Quebec crews said.",
        "Hydro-Quebec crews said the dead now number 380 across Quebec.",
        title="Storms in Quebec",
    )
    report = run([tmp_path])
    assert len(_fact_of(report, _count(report, "380")).claim_ids) == 1


def test_never_beside_another_number_of_its_own_source(tmp_path: Path) -> None:
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path,
        "b",
        STORY,
        DIED,
        "Officials in Colombo said the dead now number 380 in the floods in Sri Lanka.",
    )
    report = run([tmp_path])
    died = _fact_of(report, _count(report, "366 people"))
    assert [report.claim(i).quote for i in died.claim_ids] == ["366 people", "366 people"]
    assert len(_fact_of(report, _count(report, "380")).claim_ids) == 1


def test_decide_loose_reads_value_story_and_words(tmp_path: Path) -> None:
    report = _climbed(tmp_path, "380")
    kinds = Kinds.build(load_rules(None))
    topics = source_topics(report.claims, kinds, report.sources)
    own = kinds.default
    a, b = _count(report, "380"), _count(report, "366 people")
    kind = own.of(a)
    assert kind.block_key(a) is None
    assert kind.loose_key(a) == "count|count|level"
    assert kind.loose_key(b) is None  # it has a block of its own

    def feats(c: Claim, topic: str | None = None) -> Features:
        return own.context.features(
            c, "2025-11-30", topics[c.source_id] if topic is None else topic
        )

    joined = kind.decide_loose(a, b, feats(a), feats(b))
    assert joined.veto is None
    # "the dead" of its clause: concept_score (70) and 30 for words around (96.6) and story
    assert joined.score == 99.48275862068965
    assert joined.reasons[-1] == Similarity(99.48275862068965, 96.55172413793103, 100.0)
    other = kind.decide_loose(a, b, feats(a, "quebec hydro-quebec"), feats(b))
    assert isinstance(other.veto, DifferentStories)
    far = kind.decide_loose(a, replace(b, value=2000.0), feats(a), feats(b))
    assert far.veto == FarApart("380", "366 people")


def test_attach_loose_without_loose_claims_changes_nothing(tmp_path: Path) -> None:
    report = _climbed(tmp_path, "380")
    kinds = Kinds.build(load_rules(None))
    clusters = [c for c in match(report.claims, kinds, report.sources) if c.key]
    kept, unmatched, changed = attach_loose(clusters, [], report.claims, kinds, report.sources)
    assert (kept, unmatched, changed) == (clusters, [], set())


def test_without_what_happened_it_joins_nothing(tmp_path: Path) -> None:
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path, "b", STORY, "Officials in Colombo said the number climbed to 380 in Sri Lanka."
    )
    report = run([tmp_path])
    fact = _fact_of(report, _count(report, "380"))
    assert len(fact.claim_ids) == 1
    assert fact.match.reasons == (NothingCounted(),)


def test_a_clause_that_names_the_concept_says_what_it_counts(tmp_path: Path) -> None:
    # no outcome word near "380", no concept of its own: the toll its clause names is it
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path,
        "b",
        STORY,
        "Rescuers found more bodies on Sunday, the toll of the floods in Sri Lanka passing 380.",
    )
    report = run([tmp_path])
    loose = _count(report, "380")
    assert (loose.concept, loose.noun_class) == (None, None)
    kinds = Kinds.build(load_rules(None))
    kind = kinds.default.of(loose)
    assert kind.clause_concepts(loose) == frozenset({"deaths"})
    assert kind.loose_meets(loose, _count(report, "366 people"))
    fact = _fact_of(report, loose)
    assert [report.claim(i).quote for i in fact.claim_ids] == ["366 people", "380"]
    assert fact.verdict == "conflict"
    assert fact.match.reasons[-1] == LooselyJoined()


def test_a_clause_that_names_another_concept_meets_none_of_its_numbers(tmp_path: Path) -> None:
    _write(tmp_path, "a", STORY, DIED)
    _write(
        tmp_path,
        "b",
        STORY,
        "Rescuers worked through Sunday as the number of homes damaged by the floods in Sri"
        " Lanka passed 380.",
    )
    report = run([tmp_path])
    loose = _count(report, "380")
    kind = Kinds.build(load_rules(None)).default.of(loose)
    assert kind.clause_concepts(loose) == frozenset({"homes"})
    assert not kind.loose_meets(loose, _count(report, "366 people"))
    assert len(_fact_of(report, loose).claim_ids) == 1
