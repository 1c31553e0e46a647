"""Refining best-pair-first clusters: a claim joined early to the wrong cluster moves to the
cluster it resembles more (by mean score and by summed margin over the cutoff), never across
a veto, and one strong pair to a lone claim does not pull it out of a cluster of two good
ones. The pair decisions are written out here; the claims are read from sentences."""

from __future__ import annotations

import pytest

from reconcile import run
from reconcile.match import _refine
from reconcile.models import Claim, PairDecision
from reconcile.pairs import PairTable
from reconcile.reasons import DifferentPlace

CUTOFF = 50.0


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    """Five death tolls from five sources: x and y of one flood, a, b and c of another."""
    folder = tmp_path_factory.mktemp("refine")
    sentences = {
        "x": "Floods in Kandy killed 40 people on Monday.",
        "y": "The floods in Kandy have killed 41 people.",
        "a": "Floods killed 44 people on Monday, officials said.",
        "b": "Floods in Badulla have killed 45 people.",
        "c": "The death toll from floods in Badulla rose to 46.",
    }
    for name, sentence in sentences.items():
        (folder / f"{name}.txt").write_text(sentence + "\n", encoding="utf-8")
    report = run([folder])
    by_name = {s.name: s.id for s in report.sources}
    found = {}
    for name in sentences:
        source = by_name[f"{name}.txt"]
        own = [c for c in report.claims if c.source_id == source and c.kind == "count"]
        assert len(own) == 1, own
        found[name] = own[0]
    return found


def _refined(
    claims: dict[str, Claim],
    names: str,
    greedy: list[int],
    scores: dict[str, float | None],
    passes: int = 10,
) -> list[str]:
    """Refine `greedy` (one label per claim of `names`); `scores` gives each pair ("xy") its
    score, or None for a veto. Returns the clusters as sorted strings of names."""
    members = [claims[n] for n in names]
    decisions: dict[tuple[int, int], PairDecision] = {}
    for pair, score in scores.items():
        i, j = sorted((names.index(pair[0]), names.index(pair[1])))
        veto = DifferentPlace("in Kandy", "in Badulla") if score is None else None
        decisions[i, j] = PairDecision(score or 0.0, (), veto)

    table = PairTable(len(names), lambda i, j: decisions[i, j])
    table.decide_all(sorted(decisions))
    label = _refine(greedy, members, table, table.get, CUTOFF, passes)
    clusters: dict[int, str] = {}
    for name, at in zip(names, label, strict=True):
        clusters[at] = clusters.get(at, "") + name
    return sorted(clusters.values())


# x and y are one flood, b and c another; a resembles x most but b and c more as a whole.
LOCKED_IN = {
    "xy": 96.0,
    "ax": 95.0,
    "ay": 60.0,
    "ab": 85.0,
    "ac": 85.0,
    "bc": 90.0,
    "bx": 0.0,
    "by": 0.0,
    "cx": None,
    "cy": 0.0,
}


def test_a_claim_locked_in_by_an_early_join_moves_to_the_cluster_it_resembles_more(
    claims: dict[str, Claim],
) -> None:
    # Best pair first: x+y (96), then a joins them by its best pair (95; mean 77.5); b+c
    # join (90); the two clusters never meet, for c vetoes x.
    greedy = [0, 0, 0, 3, 3]  # x y a | b c
    assert _refined(claims, "xyabc", greedy, LOCKED_IN, passes=0) == ["bc", "xya"]
    # a's mean with b and c is 85 against 77.5, its summed margin 70 against 55: it moves.
    assert _refined(claims, "xyabc", greedy, LOCKED_IN) == ["abc", "xy"]


def test_a_claim_never_moves_into_a_cluster_holding_a_claim_it_vetoes(
    claims: dict[str, Claim],
) -> None:
    vetoed = {**LOCKED_IN, "ac": None}
    assert _refined(claims, "xyabc", [0, 0, 0, 3, 3], vetoed) == ["bc", "xya"]


def test_one_strong_pair_to_a_lone_claim_does_not_pull_a_claim_out_of_a_good_cluster(
    claims: dict[str, Claim],
) -> None:
    # a is with b and c (mean 93, margin 86); x alone scores 100 with it: a higher mean,
    # but a smaller margin (50), so a stays where it is.
    scores = {"ab": 86.0, "ac": 100.0, "bc": 95.0, "ax": 100.0, "bx": None, "cx": None}
    assert _refined(claims, "abcx", [0, 0, 0, 3], scores) == ["abc", "x"]


def test_two_fair_pairs_do_not_pull_a_claim_from_its_one_strong_pair(
    claims: dict[str, Claim],
) -> None:
    # a is with x (mean 79, margin 29); with b and c its margin would be larger (48) but
    # its mean lower (74), so a stays with x.
    scores = {"ax": 79.0, "ab": 71.0, "ac": 77.0, "bc": 86.0, "bx": None, "cx": None}
    assert _refined(claims, "abcx", [0, 2, 2, 0], scores) == ["ax", "bc"]


def test_a_claim_whose_cluster_no_longer_fits_it_stands_alone(
    claims: dict[str, Claim],
) -> None:
    # y was joined to x and a while a fitted them (mean with both); once a scores 0 with it
    # and x is vetoed by nothing, y's mean with its cluster is 30: it leaves.
    scores = {"xa": 90.0, "xy": 60.0, "ay": 0.0, "xb": None, "ab": None, "yb": None}
    assert _refined(claims, "xayb", [0, 0, 0, 3], scores) == ["b", "xa", "y"]


# x joined y and a early (fairly: 60 each); y and a resemble b and c (78 each), but x
# vetoes b and c. Neither y nor a gains alone by moving (its mean with x's cluster is 80).
EVICTED = {
    "xy": 60.0,
    "ax": 60.0,
    "ay": 100.0,
    "bx": None,
    "cx": None,
    "by": 78.0,
    "cy": 78.0,
    "ab": 78.0,
    "ac": 78.0,
    "bc": 90.0,
}


def test_the_claim_holding_the_veto_leaves_so_that_the_rest_may_join(
    claims: dict[str, Claim],
) -> None:
    # Joining y and a to b and c makes four pairs of 78 (margin 112, mean 78); x's two
    # pairs of 60 (margin 20, mean 60) are what it breaks: x leaves, the rest join.
    assert _refined(claims, "xyabc", [0, 0, 0, 3, 3], EVICTED) == ["x", "yabc"]


def test_the_claim_holding_the_veto_stays_when_its_pairs_are_the_better_ones(
    claims: dict[str, Claim],
) -> None:
    # x's pairs (mean 79) are better than those the join would make (mean 78): no change.
    kept = {**EVICTED, "xy": 79.0, "ax": 79.0, "ay": 81.0}
    assert _refined(claims, "xyabc", [0, 0, 0, 3, 3], kept) == ["bc", "xya"]


def test_most_of_a_cluster_never_leaves_it(claims: dict[str, Claim]) -> None:
    # both x and y veto b and c: two of three would leave, so the clusters stay apart
    vetoed = {**EVICTED, "by": None, "cy": None}
    assert _refined(claims, "xyabc", [0, 0, 0, 3, 3], vetoed) == ["bc", "xya"]
