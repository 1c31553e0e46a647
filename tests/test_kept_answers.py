"""Answers kept within a run for speed, and how much of them is kept: a block's decisions
read again for its clusters' reasons, and the quantity kind's per-claim stores."""

from __future__ import annotations

from reconcile import match
from reconcile.kinds.quantity import kind as quantity
from reconcile.models import PairDecision
from reconcile.reasons import WordsDiffer


def test_a_decision_read_again_for_reasons_is_not_decided_twice() -> None:
    calls: list[tuple[int, int]] = []

    def decide(x: int, y: int) -> PairDecision:
        calls.append((x, y))
        return PairDecision(float(x + y), ()) if x else PairDecision(0.0, ())

    decided = match._reasons_kept(decide)
    first = decided(1, 2)
    assert decided(1, 2) is first and calls == [(1, 2)]
    decided(0, 3)  # a score of 0 and no veto: no cluster reads its reasons
    decided(0, 3)
    assert calls == [(1, 2), (0, 3), (0, 3)]
    vetoed = PairDecision(0.0, (), WordsDiffer())
    kept = match._reasons_kept(lambda x, y: vetoed)
    assert kept(0, 1) is vetoed


def test_past_the_bound_decisions_are_decided_again_the_same() -> None:
    calls: list[tuple[int, int]] = []

    def decide(x: int, y: int) -> PairDecision:
        calls.append((x, y))
        return PairDecision(1.0, ())

    bound = match._REASONS_HELD
    match._REASONS_HELD = 2
    try:
        decided = match._reasons_kept(decide)
        for pair in [(0, 1), (0, 2), (0, 3), (0, 1), (0, 3)]:
            assert decided(*pair) == PairDecision(1.0, ())
    finally:
        match._REASONS_HELD = bound
    assert calls == [(0, 1), (0, 2), (0, 3), (0, 3)]


def test_a_quantity_store_forgets_all_at_once_at_its_bound() -> None:
    store: quantity._Held[str, int] = quantity._Held()
    for n in range(quantity._HELD):
        store[str(n)] = n
    assert len(store) == quantity._HELD and store["0"] == 0
    store["one more"] = 1
    assert dict(store) == {"one more": 1}
