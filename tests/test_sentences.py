"""Sentence splitting: offsets into the text, furniture cut out, abbreviations kept."""

from __future__ import annotations

from reconcile.models import Source
from reconcile.sentences import sentence_holding, split_sentences


def _split(text: str, excluded: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int, str]]:
    source = Source(id="s", path="s.txt", text=text, excluded=excluded)
    return [(s.start, s.end, s.text) for s in split_sentences(source, frozenset({"Mr."}))]


def test_abbreviations_and_initials_end_no_sentence() -> None:
    assert _split("Mr. Smith met U.S. officials. They left.") == [
        (0, 29, "Mr. Smith met U.S. officials."),
        (30, 40, "They left."),
    ]


def test_furniture_spans_in_any_order_are_cut_out_of_each_sentence() -> None:
    text = "Ten people died. Share this. Four were hurt. Subscribe now. Nine fled."
    # spans given out of order, one overlapping another, one empty inside a sentence
    excluded = ((45, 59), (17, 28), (20, 25), (66, 66))
    assert _split(text, excluded) == [
        (0, 16, "Ten people died."),
        (29, 44, "Four were hurt."),
        (60, 66, "Nine f"),
        (66, 70, "led."),
    ]


def test_many_furniture_spans_each_cut_where_it_stands() -> None:
    text = "".join(f"Line {i:04d} has 5 words.\n" for i in range(2000))
    width = len("Line 0000 has 5 words.\n")
    excluded = tuple((i * width, i * width + 5) for i in range(0, 2000, 2))
    found = _split(text, excluded)
    assert len(found) == 2000
    assert found[0] == (5, 22, "0000 has 5 words.")
    assert found[1] == (width, width + 22, "Line 0001 has 5 words.")
    assert found[-1] == (1999 * width, 1999 * width + 22, "Line 1999 has 5 words.")


def test_the_sentence_holding_a_span_whole_or_none() -> None:
    text = "Mr. Smith met Karsk officials. Share this. They left Velm."
    source = Source(id="s", path="s.txt", text=text, excluded=((31, 42),))
    abbreviations = frozenset({"Mr."})

    def held(start: int, end: int) -> tuple[int, int, str] | None:
        found = sentence_holding(source, start, end, abbreviations)
        return None if found is None else (found.start, found.end, found.text)

    karsk = text.index("Karsk")
    assert held(karsk, karsk + 5) == (0, 30, "Mr. Smith met Karsk officials.")
    velm = text.index("Velm")
    assert held(velm, velm + 4) == (43, 58, "They left Velm.")
    assert held(text.index("officials"), text.index("They")) is None  # across two sentences
    # (an abbreviation's period ends no sentence; the same answer asked again, split once)
    assert held(0, 3) == held(0, 3) == (0, 30, "Mr. Smith met Karsk officials.")
    assert held(31, 42) is None  # page furniture
    # another text's sentences, not the last one's: no furniture there
    other = Source(id="t", path="t.txt", text="Velm flooded. " + text)
    found = sentence_holding(other, 45, 56, abbreviations)
    assert found is not None and (found.start, found.text) == (45, "Share this.")
