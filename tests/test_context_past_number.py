"""What follows a claim's number is read once for `portion` and `whole` (the reader keeps
the reading of the claim read last): a reader that has read other claims, in any order,
gives each claim what a reader that never read another gives it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.rules import load_rules


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _claim(sentence: str, quote: str, noun: str | None = None) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote, counted_noun=noun, dimension="count")


# (sentence, quote, counted noun, portion, whole): parts of a stated number, a part by
# its cue, a whole, and one sentence holding a part and its whole
_CLAIMS = [
    ("Dorn took 17 of the county's 25 seats.", "17", None, "part", "25"),
    ("Dorn took 17 of the county's 25 seats.", "25 seats", "seats", "", ""),
    ("Varo kept 8 out of 11 wards in the vote.", "8", None, "part", "11"),
    ("Three of the nine ferries were delayed.", "Three", None, "part", "nine"),
    ("Lenn counted 210 ballots of the 3,480 cast.", "210 ballots", "ballots", "part", "3480"),
    ("Rescuers found 14 fishermen, including 6 children.", "6 children", "children", "part", ""),
    ("The river rose 40 boats, officials said.", "40 boats", "boats", "", ""),
]


@pytest.mark.parametrize("order", ["forward", "backward", "twice"])
def test_a_reader_that_read_other_claims_reads_each_as_a_fresh_one(order: str) -> None:
    claims = [(_claim(s, q, n), portion, whole) for s, q, n, portion, whole in _CLAIMS]
    for claim, portion, whole in claims:
        fresh = _reader()
        assert (fresh.portion(claim), fresh.whole(claim)) == (portion, whole), claim.quote
    shared = _reader()
    sequence = {
        "forward": claims,
        "backward": claims[::-1],
        "twice": [c for c in claims for _ in range(2)],
    }[order]
    for claim, portion, whole in sequence:
        # whole first, then portion, as well as the other way round
        assert shared.whole(claim) == whole, claim.quote
        assert shared.portion(claim) == portion, claim.quote
        assert shared.whole(claim) == whole, claim.quote
