"""`wordindex.written`: a long text's words from one index, the same spans as a regex each."""

from __future__ import annotations

from reconcile.wordindex import INDEX_FROM, run_start, written

TEXT = "Roe's aide met Roe. x-Roe, Roe-Smith and Roe_1 did not; ’Roe and Ünal Roe met Ünal."


def test_a_word_is_where_it_stands_alone_in_a_short_text() -> None:
    assert written(TEXT, "Roe") == ((0, 3), (15, 18), (70, 73))
    assert written(TEXT, "Ünal") == ((65, 69), (78, 82))
    assert written(TEXT, "roe") == ()
    assert written(TEXT, "Roe-Smith") == ((27, 36),)


def test_a_long_text_gives_the_same_spans_from_its_index() -> None:
    filler = "and so on " * (INDEX_FROM // 10)
    long = TEXT + " " + filler + TEXT
    shift = len(TEXT) + 1 + len(filler)
    expected = ((0, 3), (15, 18), (70, 73), (shift, shift + 3), (shift + 15, shift + 18))
    assert len(long) >= INDEX_FROM
    assert written(long, "Roe") == (*expected, (shift + 70, shift + 73))
    assert written(long, "Ünal")[-1] == (shift + 78, shift + 82)
    assert written(long, "Roe-Smith") == ((27, 36), (shift + 27, shift + 36))  # (no index)
    assert written(long, "absent") == ()


def test_run_start_walks_back_over_a_word_and_the_signs_given() -> None:
    assert run_start("say O'Brien-Roe now", 15, "'-") == 4
    assert run_start("say O'Brien-Roe now", 15) == 12
    assert run_start("Roe", 3) == 0
