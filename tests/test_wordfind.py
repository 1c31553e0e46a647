"""`wordfind.written`: a word's places found with `str.find`, the same spans as a regex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import wordfind
from reconcile.wordfind import (
    Without,
    _written_here,
    bounded,
    found_at,
    places,
    run_start,
    written,
)

TEXT = "Roe's aide met Roe. x-Roe, Roe-Smith and Roe_1 did not; ’Roe and Ünal Roe met Ünal."


def test_a_word_is_where_it_stands_alone_in_a_short_text() -> None:
    assert written(TEXT, "Roe") == ((0, 3), (15, 18), (70, 73))
    assert written(TEXT, "Ünal") == ((65, 69), (78, 82))
    assert written(TEXT, "roe") == ()
    assert written(TEXT, "Roe-Smith") == ((27, 36),)


@pytest.mark.parametrize("indexed_from", [0, 10**9])  # read through the index, and without
def test_the_places_are_those_the_regex_finds(
    indexed_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordfind, "INDEXED_FROM", indexed_from)
    text = TEXT + " Roe Roe-Roe 'Roe' Roe’ Roe1 Roes ÜnalRoe Roe RoeRoe Roe"
    text += " a a a, O'Brien said; O'Briens, Mr. Roe Jr. and Mr. Roe Jr.'s"
    words = ("Roe", "Ünal", "Roe1", "Roes", "o", "R", "absent", "a a", "O'Brien", "Roe Jr.")
    for word in words:
        assert wordfind._written_found(text, word) == _written_here(text, word), word
    assert written(text, "a a")[0] == (text.index("a a a"), text.index("a a a") + 3)
    assert len(written(text, "a a")) == 1  # (the next one would overlap it)
    assert written(text, "Roe Jr.")[-1] == (len(text) - 9, len(text) - 2)


def test_run_start_walks_back_over_a_word_and_the_signs_given() -> None:
    assert run_start("say O'Brien-Roe now", 15, "'-") == 4
    assert run_start("say O'Brien-Roe now", 15) == 12
    assert run_start("Roe", 3) == 0


@pytest.mark.parametrize("indexed_from", [0, 10**9])  # read through the index, and without
def test_bounded_is_the_regex_word_boundary_search(
    indexed_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    monkeypatch.setattr(wordfind, "INDEXED_FROM", indexed_from)
    text = TEXT + " Jr. said; Mr.Roe_, 7Roe Roe7 -Roe- (Roe) Roe."
    words = ("Roe", "Jr.", ".Roe", "Roe_", "_", "oe", "Roe.", "Ünal", "said;", "7", "absent")
    for word in words:
        expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
        assert bounded(text, word) is expected, word
    assert bounded("Roe_1 and Roe", "Roe") and not bounded("Roe_1 and Roes", "Roe")
    assert not bounded("Jr. said", "Jr.")  # "." then a space: no boundary after the word
    assert bounded("Jr.x", "Jr.")


def _by_find(text: str, word: str, overlapping: bool = False) -> list[int]:
    """The places of `word` in `text` by a `str.find` loop: stepping past each place found
    (`found_at`), or one character on so that overlapping places count too (`places`)."""
    found = []
    at = text.find(word)
    while at >= 0 and word:
        found.append(at)
        at = text.find(word, at + (1 if overlapping else len(word)))
    return found


_LETTERS = st.sampled_from(["A", "Ab", "Abb", "b", " ", "AbA", "Á", "\n", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LETTERS, max_size=30), st.lists(_LETTERS, max_size=3))
def test_found_at_and_places_give_the_places_of_a_find_loop(
    text_pieces: list[str], word_pieces: list[str]
) -> None:
    # `found_at` steps past each place found; `places` gives overlapping ones too
    text, word = "".join(text_pieces), "".join(word_pieces)
    with pytest.MonkeyPatch.context() as patch:
        for indexed_from in (0, len(text) + 1):  # read through the index, and without it
            patch.setattr(wordfind, "INDEXED_FROM", indexed_from)
            assert list(found_at(text, word)) == _by_find(text, word), (text, word)
            if word:
                overlapping = _by_find(text, word, overlapping=True)
                assert list(places(text, word)) == overlapping, (text, word)
    assert list(places("AbAbAb", "AbAb")) == [0, 2]


def test_found_at_a_long_text_reads_each_capital_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ulm and Ulmen; UlmUlm, Ul, Karsk. " * 2000
    monkeypatch.setattr(wordfind, "INDEXED_FROM", 1000)
    for word in ("Ulm", "UlmUlm", "Ulmen", "Ul", "Karsk.", "and", "Ulm and Ulmen", "Absent", ""):
        assert list(found_at(text, word)) == _by_find(text, word), word
    assert len(list(found_at(text, "Ulm"))) == 4 * 2000
    # the index is the last text's: asked about another text, it is read again
    other = "Ulm Ulm"
    monkeypatch.setattr(wordfind, "INDEXED_FROM", 0)
    assert list(found_at(other, "Ulm")) == [0, 4]
    assert list(found_at(text, "UlmUlm"))[:2] == [15, 15 + 34]


_PIECES = st.sampled_from(["Roe", "Jane Roe", "of Karsk", " ", ", ", "x", "_", "-", "\n", "e R"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_PIECES, max_size=24),
    st.lists(_PIECES, min_size=1, max_size=3),
    st.lists(_PIECES, min_size=1, max_size=3),
)
def test_without_answers_as_the_copy_with_the_phrase_cut_out(
    text_pieces: list[str], phrase_pieces: list[str], word_pieces: list[str]
) -> None:
    text, phrase, word = "".join(text_pieces), "".join(phrase_pieces), "".join(word_pieces)
    copy = text.replace(phrase, " ")
    with pytest.MonkeyPatch.context() as patch:
        for indexed_from in (0, 10**9):  # the text's places read through the index, and without
            patch.setattr(wordfind, "INDEXED_FROM", indexed_from)
            without = Without(text, phrase)
            assert without.holds(word) is (word in copy), (text, phrase, word)
            assert without.bounded(word) is bounded(copy, word), (text, phrase, word)
            for part in (word.strip(), word.split()[0] if word.split() else "Roe"):
                assert without.bounded(part) is bounded(copy, part), (text, phrase, part)


def test_without_reads_across_the_space_a_phrase_leaves() -> None:
    text = "Jane Roe of Karsk met Roe; the mayor of Karsk Jane and Roe of Karsk Roe left."
    without = Without(text, "of Karsk")
    assert without.cut == [9, 37, 59]
    assert without.holds("Roe   Roe") is True  # "Roe of Karsk Roe": across its space
    assert without.holds("Roe Jane") is False  # the phrase's own words are gone
    assert without.holds("Karsk") is False and without.bounded("Karsk") is False
    assert without.bounded("Roe") is True and without.bounded("mayor") is True
    assert Without("of Karsk Roe", "of Karsk").bounded("Roe") is True  # a space before it


def test_written_keeps_the_last_texts_asked_about_each_by_itself() -> None:
    text = "Roe met Ulm's mayor; Roe-Smith and Roe left. " * 50
    copy = (text + " ")[:-1]  # equal, another object
    assert copy is not text
    assert written(copy, "Roe") == written(text, "Roe") == _written_here(text, "Roe")
    assert sum(kept is text or kept is copy for kept, _ in wordfind._kept) == 2
    for n in range(wordfind.TEXTS_KEPT + 3):
        assert written(f"Roe {n} and Roe.", "Roe") == ((0, 3), (len(str(n)) + 9, len(str(n)) + 12))
    assert len(wordfind._kept) == wordfind.TEXTS_KEPT
    assert all(kept is not text for kept, _ in wordfind._kept)  # the oldest are let go
