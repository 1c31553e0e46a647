"""A named fact's verdict from its distinct values: the same verdict every pair of its
claims gives, with each pair of values related once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.kinds.named import Relation, pairs_verdict
from reconcile.models import Verdict

_RELATIONS: tuple[Relation, ...] = ("same", "within", "different")


def _every_pair(values: list[str], relate: dict[tuple[str, str], Relation]) -> Verdict:
    """The verdict read pair by pair, each value before the other (as judging did)."""
    verdict: Verdict = "agree"
    for i, x in enumerate(values):
        for y in values[i + 1 :]:
            how = relate[x, y]
            if how == "different":
                verdict = "conflict"
            elif how == "within" and verdict == "agree":
                verdict = "compatible"
    return verdict


@given(
    st.lists(st.sampled_from("abcd"), max_size=12),
    st.lists(st.sampled_from(_RELATIONS), min_size=16, max_size=16),
)
def test_distinct_values_give_the_verdict_of_every_pair(
    values: list[str], relations: list[Relation]
) -> None:
    # a relation of each ordered pair of keys, not symmetric, a key with itself included
    relate = {
        (a, b): relations[4 * "abcd".index(a) + "abcd".index(b)] for a in "abcd" for b in "abcd"
    }
    asked: list[tuple[str, str]] = []

    def related(x: str, y: str) -> Relation:
        asked.append((x, y))
        return relate[x, y]

    assert pairs_verdict(values, lambda v: v, related) == _every_pair(values, relate)
    assert len(asked) == len(set(asked))  # each pair of keys once


def test_thousands_of_claims_of_two_values_relate_four_pairs() -> None:
    values = ["officials", "police"] * 5000
    asked: list[tuple[str, str]] = []

    def related(x: str, y: str) -> Relation:
        asked.append((x, y))
        return "same" if x == y else "different"

    assert pairs_verdict(values, lambda v: v, related) == "conflict"
    assert sorted(asked) == [
        ("officials", "officials"),
        ("officials", "police"),
        ("police", "officials"),
        ("police", "police"),
    ]
    assert pairs_verdict(["officials"], lambda v: v, related) == "agree"
