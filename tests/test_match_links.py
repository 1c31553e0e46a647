"""A block's first links, as `_join` reads them before any join changes them: per claim its
neighbours in ascending order, each with the row (the place of its pair among the block's
matched pairs) that holds the link's sums."""

from __future__ import annotations

import pytest

from reconcile.match import _first_links


def links_of(pairs: list[tuple[int, int]], size: int) -> dict[int, list[tuple[int, int]]]:
    """Per claim, its (neighbour, row) pairs as `_first_links` gives them."""
    starts, neighbours, via = _first_links([i * size + j for i, j in pairs], size)
    assert len(starts) == size + 1 and starts[0] == 0 and starts[size] == 2 * len(pairs)
    return {
        v: [(neighbours[k], via[k]) for k in range(starts[v], starts[v + 1])] for v in range(size)
    }


@pytest.mark.parametrize(
    ("pairs", "size", "expected"),
    [
        # a claim linked before and after itself: the pairs where it is second come first
        (
            [(0, 2), (1, 2), (2, 3)],
            4,
            {0: [(2, 0)], 1: [(2, 1)], 2: [(0, 0), (1, 1), (3, 2)], 3: [(2, 2)]},
        ),
        # claims with no matched pair have no links
        ([(1, 4)], 6, {0: [], 1: [(4, 0)], 2: [], 3: [], 4: [(1, 0)], 5: []}),
        # every pair of three claims
        (
            [(0, 1), (0, 2), (1, 2)],
            3,
            {0: [(1, 0), (2, 1)], 1: [(0, 0), (2, 2)], 2: [(0, 1), (1, 2)]},
        ),
        ([], 2, {0: [], 1: []}),
    ],
)
def test_each_claim_reads_its_neighbours_in_order_with_their_rows(
    pairs: list[tuple[int, int]], size: int, expected: dict[int, list[tuple[int, int]]]
) -> None:
    assert links_of(pairs, size) == expected


def test_the_links_are_symmetric_and_each_pair_is_read_from_both_claims() -> None:
    size = 9
    pairs = [(i, j) for i in range(size) for j in range(i + 1, size) if (i * 7 + j) % 3 == 0]
    found = links_of(pairs, size)
    for row, (i, j) in enumerate(pairs):
        assert (j, row) in found[i] and (i, row) in found[j]
    for v, links in found.items():
        assert [n for n, _ in links] == sorted(n for n, _ in links), v
