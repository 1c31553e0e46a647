"""The sentence of a place where a bare count's number is said again (`concept_in_story`),
read from the edges of its whole text found once (`concepts._edges`): the same start and
end as the search of the window around each place, on random texts of words, digits,
ends of sentences, quotes and blanks (line breaks among them)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import concepts

PIECES = ["The", "toll", "rose", "to", "45", "7", ".", "!", "?", '"', "”", "’", "'", ")", "]"]
BLANKS = [" ", "  ", "\n", " \n ", "\t"]

texts = st.lists(st.sampled_from(PIECES + BLANKS), min_size=0, max_size=60).map("".join)


def _before(where: str, begin: int, at: int) -> int:
    edges = list(concepts._SENTENCE_EDGE.finditer(where, begin, at))
    return edges[-1].end() if edges else begin


def _after(where: str, stop: int, limit: int) -> int | None:
    found = concepts._SENTENCE_EDGE.search(where, stop, limit)
    return found.start() if found else None


@settings(max_examples=600, deadline=None)
@given(texts, st.data())
def test_the_edges_read_once_are_those_of_each_window(where: str, data: st.DataObject) -> None:
    concepts._edges.cache_clear()
    n = len(where)
    begin = data.draw(st.integers(0, n))
    at = data.draw(st.integers(begin, n))
    assert concepts._edge_before(where, begin, at) == _before(where, begin, at)
    stop = data.draw(st.integers(0, n))
    limit = data.draw(st.integers(stop, n))
    assert concepts._edge_after(where, stop, limit) == _after(where, stop, limit)


def test_every_window_of_a_text_with_numbers() -> None:
    """Each number's window, as the story reads it: from the places of its digits."""
    where = (
        'He said: "The toll is 45."\n  Officials said 45 people died!  (It was 7.)\n'
        "The 45 were named. ’7’ rose.\n\nThen 45"
    )
    for number in re.finditer(r"\d+", where):
        for begin in range(0, number.start() + 1):
            assert concepts._edge_before(where, begin, number.start()) == _before(
                where, begin, number.start()
            )
        for limit in range(number.end(), len(where) + 1):
            assert concepts._edge_after(where, number.end(), limit) == _after(
                where, number.end(), limit
            )
