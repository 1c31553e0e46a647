"""A block's pair table: scores and veto flags kept in arrays, each pair decided once, pairs
decided later found in order with the others, reasons decided again on demand."""

from __future__ import annotations

from reconcile.models import PairDecision
from reconcile.pairs import Decided, PairTable
from reconcile.reasons import NothingCounted, SameBlock

VETO = NothingCounted()


def test_pairs_are_decided_once_and_listed_in_order_with_their_score_and_veto() -> None:
    calls: list[tuple[int, int]] = []

    def decide(i: int, j: int) -> PairDecision:
        calls.append((i, j))
        if (i + j) % 3 == 0:
            return PairDecision(0.0, (), VETO)
        return PairDecision(10.0 * i + j, (SameBlock("count", "people", None),))

    table = PairTable(5, decide)
    table.decide_all([(0, 1), (0, 4), (2, 4)])
    assert table.get(4, 0) == Decided(4.0, False)  # either order, not decided again
    assert table.get(1, 2) == Decided(0.0, True)  # decided now, kept apart from the others
    assert table.get(2, 1) == Decided(0.0, True)
    assert table.get(3, 4) == Decided(34.0, False)
    assert calls == [(0, 1), (0, 4), (2, 4), (1, 2), (3, 4)]
    assert list(table.items()) == [
        (0, 1, 1.0, False),
        (0, 4, 4.0, False),
        (1, 2, 0.0, True),
        (2, 4, 0.0, True),
        (3, 4, 34.0, False),
    ]
    assert len(table) == 5
    # the reasons are not kept: asked for, the pair is decided again
    assert table.decision(4, 3) == PairDecision(34.0, (SameBlock("count", "people", None),))
    assert table.decision(2, 4) == PairDecision(0.0, (), VETO)
    assert calls[-2:] == [(3, 4), (2, 4)]


def test_known_decisions_are_taken_instead_of_deciding() -> None:
    def decide(i: int, j: int) -> PairDecision:
        return PairDecision(50.0, ())

    table = PairTable(3, decide, known=lambda i, j: Decided(7.0, True) if i == 0 else None)
    table.decide_all([(0, 1), (1, 2)])
    assert list(table.items()) == [(0, 1, 7.0, True), (1, 2, 50.0, False)]
