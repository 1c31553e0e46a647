"""A cluster that can take only one of two claims of one sentence ("killed 12 people and
injured 40 people": two numbers of one source never state one fact) takes the one that fits
it better. Best-pair-first joins let the rival whose one pair scored first take the cluster;
refining swaps it for the claim whose pairs with the rest of the cluster are better (a
higher mean and a higher summed margin), and the rival stands apart. A rival that fits as
well or better keeps its place. The pair decisions are written out here; the claims are read
from sentences."""

from __future__ import annotations

import pytest

from reconcile import run
from reconcile.match import _refine
from reconcile.models import Claim, PairDecision
from reconcile.pairs import PairTable
from reconcile.reasons import OneSentence

CUTOFF = 50.0


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    """i and j of one sentence of source r; w, x, y and z of four other sources."""
    folder = tmp_path_factory.mktemp("rival")
    texts = {
        "r": "The blast in Tarvel killed 12 people and injured 40 people.",
        "w": "A blast in Tarvel killed 12 people.",
        "x": "The blast in Tarvel killed 12 people on Monday.",
        "y": "Officials said 12 people died in the Tarvel blast.",
        "z": "The Tarvel blast left 12 people dead.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    report = run([folder])
    by_name = {s.name: s.id for s in report.sources}
    found = {}
    for name in texts:
        own = sorted(
            (c for c in report.claims if c.source_id == by_name[f"{name}.txt"]),
            key=lambda c: c.start,
        )
        own = [c for c in own if c.kind == "count"]
        if name == "r":
            assert [c.quote for c in own] == ["12 people", "40 people"], own
            found["i"], found["j"] = own
        else:
            assert len(own) == 1, own
            found[name] = own[0]
    return found


def _refined(
    claims: dict[str, Claim], greedy: list[int], scores: dict[str, float | None]
) -> list[str]:
    """Refine `greedy` (one label per claim of "ijwxyz"); `scores` gives each pair ("ix")
    its score, or None for a veto. Returns the clusters as sorted strings of names."""
    names = "ijwxyz"
    members = [claims[n] for n in names]
    decisions: dict[tuple[int, int], PairDecision] = {}
    for pair, score in scores.items():
        i, j = sorted((names.index(pair[0]), names.index(pair[1])))
        decisions[i, j] = PairDecision(score or 0.0, (), OneSentence() if score is None else None)
    table = PairTable(len(names), lambda i, j: decisions[i, j])
    table.decide_all(sorted(decisions))
    label = _refine(greedy, members, table, table.get, CUTOFF, 10)
    clusters: dict[int, str] = {}
    for name, at in zip(names, label, strict=True):
        clusters[at] = clusters.get(at, "") + name
    return sorted(clusters.values())


# j holds the cluster of x, y and z by one strong pair (with x); i, joined to w by a fair pair,
# matches x, y and z better as a whole, and w matches none of them (so the two clusters do not
# join as a whole)
RIVAL_JOINED_FIRST = {
    "ij": None,
    "iw": 60.0,
    "jw": 0.0,
    "wx": 0.0,
    "wy": 0.0,
    "wz": 0.0,
    "ix": 80.0,
    "iy": 90.0,
    "iz": 90.0,
    "jx": 95.0,
    "jy": 55.0,
    "jz": 55.0,
    "xy": 90.0,
    "xz": 90.0,
    "yz": 90.0,
}


def test_the_cluster_takes_the_claim_that_fits_it_better(claims: dict[str, Claim]) -> None:
    # greedy: j, x, y, z in one cluster (label 1), i and w in another (label 0)
    assert _refined(claims, [0, 1, 0, 1, 1, 1], RIVAL_JOINED_FIRST) == ["ixyz", "j", "w"]


def test_a_rival_that_fits_better_keeps_its_place(claims: dict[str, Claim]) -> None:
    scores = {**RIVAL_JOINED_FIRST, "jy": 90.0, "jz": 90.0, "iy": 85.0, "iz": 85.0}
    assert _refined(claims, [0, 1, 0, 1, 1, 1], scores) == ["iw", "jxyz"]
