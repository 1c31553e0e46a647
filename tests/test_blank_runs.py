"""Runs of blanks (what a page's link markup leaves between words: a hundred spaces and
more) read as a single space is: the office holders around them, and the patterns that
read a comma between blanks, written so that a run of blanks is not read again for each of
its spaces. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.kinds import Kinds
from reconcile.rules import load_rules
from tests.offices import holders

BLANKS = " " * 150


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Jane Roe{BLANKS}, the governor of Ohio, said the state would appeal.",
            ("governor", "Jane Roe", "ohio"),
        ),
        (f"Jane Roe{BLANKS}is the governor of Ohio.", ("governor", "Jane Roe", "ohio")),
        (
            f"President John Doe{BLANKS}(1990–1998) spoke on Monday.",
            ("former-president", "John Doe", ""),
        ),
        (
            f"President John Doe (1990–1998){BLANKS}spoke on Monday.",
            ("former-president", "John Doe", ""),
        ),
    ],
)
def test_a_holder_is_read_across_a_run_of_blanks(
    kinds: Kinds, text: str, expected: tuple[str, str, str]
) -> None:
    assert [found[1:] for found in holders(kinds, text)] == [expected]


def _gap_patterns(kinds: Kinds) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern that reads an optional comma between blanks, and the same pattern
    written as it was (`\\s*,?\\s*`, `\\s*,?\\s+`): the same language, tried in the same order."""
    own = {kind.name: kind for kind in kinds.language("en")}
    office, thing = own["office"], own["thing"]
    patterns = [
        office.finder.ended_term,  # type: ignore[attr-defined]
        office.titles.past_after,  # type: ignore[attr-defined]
        office.titles.ended_after,  # type: ignore[attr-defined]
        thing.year_after,  # type: ignore[attr-defined]
    ]
    pairs = []
    for pattern in patterns:
        text = pattern.pattern
        old = text.replace(r"\s*(?:,\s*)?", r"\s*,?\s*").replace(r"(?:\s*,)?\s+", r"\s*,?\s+")
        assert old != text
        pairs.append((pattern, re.compile(old, pattern.flags)))
    return pairs


_RULES = load_rules()
_WORDS = sorted(
    {
        *_RULES.offices.holder_words.past_after,
        *_RULES.offices.holder_words.ended_after,
        *_RULES.named.date.year_before,
        "and",
        "but",
        "later",
        "from",
        "to",
        "(1993–2001)",
        "1993",
        "2001",
        "Ohio",
        "x",
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "  ", " " * 30, ",", " ,", ", ", " " * 20 + ", "]),
            st.sampled_from(_WORDS),
        ),
        max_size=8,
    )
)
def test_a_comma_between_blanks_is_read_as_before(
    kinds: Kinds, parts: list[tuple[str, str]]
) -> None:
    text = "".join(gap + word for gap, word in parts) + " "
    for new, old in _gap_patterns(kinds):
        for at in range(0, len(text), 7):
            found, expected = new.match(text, at), old.match(text, at)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (new.pattern[:60], text, at)
