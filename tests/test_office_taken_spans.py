"""The spans a source's office claims take: an overlap found by bisection is the overlap a
pass over every span finds (the lender asks it for each mention of a long source)."""

from __future__ import annotations

import random

from reconcile.kinds.office.infer import _Taken
from reconcile.models import Claim


class _Span:
    """The two fields `_Taken.of` reads of a claim."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _brute(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def test_overlaps_agrees_with_every_span_read_in_turn() -> None:
    rng = random.Random(11)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 200)
            spans.append((s, s + rng.randrange(1, 40)))  # some nest, some overlap
        rng.shuffle(spans)
        claims: list[Claim] = [_Span(s, e) for s, e in spans]  # type: ignore[misc]
        taken = _Taken.of(claims)
        for _ in range(40):
            start = rng.randrange(0, 240)
            end = start + rng.randrange(1, 30)
            assert taken.overlaps(start, end) == _brute(spans, start, end), (spans, start, end)


def test_a_span_touching_a_claim_end_to_end_does_not_overlap() -> None:
    taken = _Taken.of([_Span(10, 20), _Span(30, 35)])  # type: ignore[list-item]
    assert not taken.overlaps(20, 30)
    assert not taken.overlaps(0, 10)
    assert taken.overlaps(19, 21)
    assert taken.overlaps(34, 50)
    assert not _Taken.of([]).overlaps(0, 100)
