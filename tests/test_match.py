"""Matching: blocking, vetoes, clustering that never chains across a hard veto, stable fact ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.reasons import (
    Alone,
    DifferentConcepts,
    DifferentPlace,
    DifferentTime,
    FarApart,
    KeptApart,
    Similarity,
    SourceContradictsItself,
)
from reconcile.rules import RuleSet
from tests.facts import fact_of

GOLD = Path(__file__).resolve().parent / "data" / "matching"


def _write(folder: Path, name: str, published: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: {name}\npublished: {published}\n---\n{body}\n"
    (folder / name).write_text(text, encoding="utf-8")


def test_troops_never_meet_dollars_and_levels_never_meet_changes(
    at_root: Path, rules: RuleSet, kinds: Kinds
) -> None:
    report = run(["seeds"], rules=rules)
    keys = {c.quote: kinds.default.of(c).block_key(c) for c in report.claims}
    # counts meet by dimension and change; what they count or measure is a veto within
    assert keys["over 100,000 troops"] == "count|count|level"
    assert keys["about 90,000 troops"] == "count|count|level"
    assert keys["$2.5 billion"] == "money|currency:USD|level"


def test_different_time_anchors_are_different_facts(at_root: Path) -> None:
    report = run(["seeds"])
    big, small = fact_of(report, "$2.5 billion"), fact_of(report, "$400 million")
    assert big.id != small.id
    apart = KeptApart(DifferentTime("since 2014", "in 2021 alone"))
    assert big.match.reasons == small.match.reasons == (Alone(), apart)


def test_different_places_are_vetoed_and_never_chained(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "2024-03-05", "At least 17 people were killed in Sarn, police said.")
    _write(tmp_path, "b.txt", "2024-03-05", "The storm killed 19 people in Sarn, officials said.")
    _write(tmp_path, "c.txt", "2024-03-05", "The storm killed 9 people in Tavi, officials said.")
    report = run([str(tmp_path)])
    sarn = fact_of(report, "At least 17 people")
    assert {report.claim(c).quote for c in sarn.claim_ids} == {"At least 17 people", "19 people"}
    tavi = fact_of(report, "9 people")
    assert tavi.verdict == "single"
    assert KeptApart(DifferentPlace("in Sarn", "in Tavi")) in tavi.match.reasons


def test_repeated_mention_in_one_source_joins_the_fact(tmp_path: Path) -> None:
    body = (
        "Rescuers said 245 people were killed in Valdoria on Tuesday.\n"
        "The toll of 245 people killed in Valdoria may rise, rescuers said."
    )
    _write(tmp_path, "a.txt", "2024-03-06", body)
    _write(tmp_path, "b.txt", "2024-03-06", "Officials said 212 people were killed in Valdoria.")
    report = run([str(tmp_path)])
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert len(fact.claim_ids) == 3
    assert fact.verdict == "conflict"


def test_two_numbers_of_one_source_stay_two_facts(tmp_path: Path) -> None:
    body = "The ferry carried 320 passengers.\nThe coast guard said 270 passengers were rescued."
    _write(tmp_path, "a.txt", "2022-10-09", body)
    report = run([str(tmp_path)])
    assert len([f for f in report.facts if f.kind == "count"]) == 2


def test_fact_ids_do_not_move_when_a_later_source_joins(tmp_path: Path) -> None:
    first = "Some 12,000 residents were evacuated in the Meren valley, officials said."
    _write(tmp_path / "two", "a.txt", "2023-09-12", first)
    _write(
        tmp_path / "two",
        "b.txt",
        "2023-09-12",
        "Officials evacuated 12,000 residents in the Meren valley.",
    )
    before = {f.label: f.id for f in run([str(tmp_path / "two")]).facts}
    _write(tmp_path / "two", "c.txt", "2023-09-13", "About 13,000 residents left the Meren valley.")
    after = run([str(tmp_path / "two")])
    (fact,) = [f for f in after.facts if f.kind == "count"]
    assert len(fact.claim_ids) == 3
    assert fact.id in before.values()


def test_fact_ids_do_not_depend_on_input_order(tmp_path: Path) -> None:
    folder = GOLD / "quake"
    files = sorted(str(p) for p in folder.glob("*.txt"))
    forward = [(f.id, f.claim_ids) for f in run(files).facts]
    backward = [(f.id, f.claim_ids) for f in run(list(reversed(files))).facts]
    assert forward == backward


def test_every_fact_says_why(rules: RuleSet) -> None:
    report = run([str(GOLD / "quake")], rules=rules)
    for fact in report.facts:
        assert fact.match.reasons
        if len(fact.claim_ids) > 1:
            assert any(isinstance(r, Similarity) for r in fact.match.reasons) or (
                fact.kind != "count"
            )


def test_gold_set_scores_meet_the_target() -> None:
    from bench.matching import gold

    scores = gold(verbose=False).summary()
    assert scores["pair_precision"] >= 0.9
    assert scores["pair_recall"] >= 0.9
    assert scores["conflict_recall"] >= 0.9
    assert scores["conflict_precision"] >= 0.85


@pytest.mark.parametrize("folder", sorted(p.name for p in GOLD.iterdir() if p.is_dir()))
def test_gold_folders_have_two_to_four_articles(folder: str) -> None:
    articles = list((GOLD / folder).glob("*.txt"))
    assert 2 <= len(articles) <= 4
    assert (GOLD / folder / "gold.toml").is_file()


def test_a_source_contradicting_itself_is_reported(tmp_path: Path) -> None:
    body = (
        "Officials said 245 people were killed in Valdoria by the earthquake.\n"
        "Officials said 254 people were killed in Valdoria by the earthquake."
    )
    _write(tmp_path, "a.txt", "2024-03-06", body)
    _write(tmp_path, "b.txt", "2024-03-06", "Officials said 245 people were killed in Valdoria.")
    report = run([str(tmp_path)])
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert len(fact.claim_ids) == 3
    assert SourceContradictsItself("a.txt") in fact.notes


def test_killed_and_injured_in_one_story_are_two_facts(tmp_path: Path) -> None:
    _write(
        tmp_path, "a.txt", "2024-01-02", "At least 30 people were killed in Osra, officials said."
    )
    _write(
        tmp_path, "b.txt", "2024-01-02", "More than 100 people were injured in Osra, rescuers said."
    )
    report = run([str(tmp_path)])
    counts = [f for f in report.facts if f.kind == "count"]
    assert [f.verdict for f in counts] == ["single", "single"]
    apart = KeptApart(DifferentConcepts("deaths", "injured"))
    assert [f.match.reasons for f in counts] == [(Alone(), apart), (Alone(), apart)]


def test_numbers_orders_of_magnitude_apart_are_two_facts(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "2023-03-08", "Police said 120,000 people marched in the capital.")
    _write(tmp_path, "b.txt", "2023-03-08", "Police said 35 people marched to the parliament.")
    report = run([str(tmp_path)])
    counts = [f for f in report.facts if f.kind == "count"]
    assert [f.verdict for f in counts] == ["single", "single"]
    apart = KeptApart(FarApart("120,000 people", "35 people"))
    assert [f.match.reasons for f in counts] == [(Alone(), apart), (Alone(), apart)]
