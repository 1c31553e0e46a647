"""The sentence of a place where a bare count's number is said again (`concept_in_story`),
read from the edges of its whole text found once (`concepts._edges`): the same start and
end as the search of the window around each place, on random texts of words, digits,
ends of sentences, quotes and blanks (line breaks among them)."""

from __future__ import annotations

import re

import pytest
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


NUMBER_PIECES = [
    *PIECES,
    "1,200",
    "3.5",
    "two",
    "Twelve",
    "twos",
    "one",
    "nine",
    ",",
    "’s",
    "x2",
    "45th",
]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(NUMBER_PIECES + BLANKS), min_size=0, max_size=50).map("".join),
    st.data(),
)
def test_the_numbers_read_once_are_those_of_each_window(
    frames: concepts.Frames, sentence: str, data: st.DataObject
) -> None:
    """`_numbers_between`: the numbers of a window (the grammar's pattern of a number in
    digits or in words) read from those of the whole sentence, as its own search finds them;
    `_two_words`: the words before a place, as their search finds them."""
    assert frames.reading is not None
    pattern = frames.reading.numbers
    concepts._numbers_of.cache_clear()
    n = len(sentence)
    low = data.draw(st.integers(0, n))
    high = data.draw(st.integers(low, n))
    expected = [m.span() for m in pattern.finditer(sentence, low, high)]
    assert concepts._numbers_between(pattern, sentence, low, high) == expected
    two = concepts._TWO_WORDS.search(sentence, max(0, high - 40), high)
    said = None if two is None else (two.group(1).lower(), two.group(2).lower(), two.start())
    assert concepts._two_words(sentence, high) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said twos and threes of 1,200 troops, nine tanks and 3.5 tonnes left.",
        "The twelve, 45th and 1,2 x2 ones: seventeen’s 12x and 7",
    ],
)
def test_every_window_of_a_sentence_with_numbers(frames: concepts.Frames, sentence: str) -> None:
    """Every window, those cutting a number or a word included ("twos" cut after "two" is a
    number in the window alone)."""
    assert frames.reading is not None
    pattern = frames.reading.numbers
    for low in range(len(sentence) + 1):
        for high in range(low, len(sentence) + 1):
            expected = [m.span() for m in pattern.finditer(sentence, low, high)]
            assert concepts._numbers_between(pattern, sentence, low, high) == expected
