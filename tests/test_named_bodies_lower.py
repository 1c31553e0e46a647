"""Stating bodies written in lower case with the words news puts before them: an owner and
up to two lower-case words before a body's noun ("according to the country's transport
ministry", "the local health department said", "Freedonia's home ministry"). A body's noun
alone, or one read after a verb whose clause goes on, names no body ("he said the office was
closed"). Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.test_named_bodies_news import bodies

CASES = [
    # the story's own country is no part of the name
    (
        "A jet crashed, according to the country's transport ministry.",
        [("transport ministry", "transport ministry")],
    ),
    (
        "At least 20 died, according to Freedonia's home ministry.",
        [("Freedonia's home ministry", "Freedonia's home ministry")],
    ),
    (
        "The local health department said 12 people were infected.",
        [("The local health department", "The local health department")],
    ),
    (
        "Twelve were hurt, said the regional health department.",
        [("regional health department", "regional health department")],
    ),
    # a name right after a noun of a body is a body's
    (
        "On Monday, state-owned news agency Karsa reported 36 warrants.",
        [("Karsa", "Karsa")],
    ),
    ("According to the news agency Karsa, 12 people died.", [("Karsa", "Karsa")]),
    ("The company Acme said 12 people died.", [("Acme", "Acme")]),
    # no body
    ("The group Jane Smith led said 12 people died.", []),
    ("He said the office was closed.", []),
    ("He said the local office was closed.", []),
    ("The president told the council 40 people were hurt.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_bodies_with_their_words(
    kinds: Kinds, text: str, expected: list[tuple[str, str]]
) -> None:
    assert bodies(kinds, text) == expected


def test_a_bodys_words_apart_by_a_blanked_link_are_read_as_written(kinds: Kinds) -> None:
    # a Markdown link's markup is blanked to spaces as a source is loaded: "The
    # [Karskian](…) [health ministry](…) reports" is read as if written without it
    gap = " " * 60
    text = f"The {gap}Karskian{gap}health ministry{gap}reports that 40 people died."
    assert [" ".join(name.split()) for _, name in bodies(kinds, text)] == [
        "The Karskian health ministry"
    ]
    # (and a body's noun alone, its clause going on, is still none)
    assert bodies(kinds, f"He said {gap}the office{gap}was closed.") == []
