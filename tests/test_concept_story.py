"""A bare number its own sentence names nothing for, read from the rest of its story: the
same number said again with a concept, in the title or another sentence near it.

Every text is written for this test.
"""

from __future__ import annotations

import pytest

from reconcile.concepts import Frames, _said_again, concept_in_story
from reconcile.lexicon import compile_lexicon
from reconcile.rules import load_rules

# title, text, the claim as quoted (its last occurrence in the text), dimension -> concept
CASES: list[tuple[str | None, str, str, str, str | None]] = [
    # the same number, said again with its concept, in the title ...
    (
        "Carmaker to shut 612 dealerships",
        "The carmaker said it wants to drop 612, or about a fifth, of its dealers by June.",
        "612",
        "count",
        "dealers",
    ),
    # ... or in another sentence of the story
    (
        None,
        "At least 45 people were killed in the blast. Officials gave the figure of 45 at noon.",
        "45",
        "count",
        "deaths",
    ),
    # ... never when the story says it again with two concepts
    (
        None,
        "At least 45 people were killed. 45 were arrested. Officials gave the figure of 45.",
        "45",
        "count",
        None,
    ),
    # ... nor a share for a count
    (None, "Turnout was 45% on Sunday. The figure of 45 was given at noon.", "45", "count", None),
    # the concept of the sentence before is not lent to a number it does not say again
    # (tried: it gave a goal the concept of the figure reached)
    (
        None,
        "At least 45 people were killed in the blast on Monday. By Tuesday the figure had"
        " risen to 52.",
        "52",
        "count",
        None,
    ),
    # the number said again only where it stands alone: not inside a longer number, after a
    # currency sign, or before decimals
    (
        None,
        "At least 45 people were killed in the blast. Crews counted 1,045 homes, $45 in aid"
        " and 45.5 tonnes of grain. Officials gave the figure of 45 at noon.",
        "45",
        "count",
        "deaths",
    ),
]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of the offset `at` starts (the texts above end sentences with
    ". " or a line break)."""
    stop = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    return max(stop, 0)


@pytest.mark.parametrize(
    ("title", "text", "quote", "dimension", "expected"),
    CASES,
    ids=[f"{case[2]}|{case[1][:40]}" for case in CASES],
)
def test_concept_read_from_the_story(
    frames: Frames,
    title: str | None,
    text: str,
    quote: str,
    dimension: str,
    expected: str | None,
) -> None:
    at = text.rindex(quote)
    begin = _sentence_start(text, at)
    found = concept_in_story(
        frames, text, title, begin, at - begin, at - begin + len(quote), dimension
    )
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert found.key == expected
    assert found.evidence == (at - begin, at - begin + len(quote))


@pytest.mark.parametrize(
    ("number", "text", "marks"),
    [
        (  # each place the number is said again, marked by a `^` under it
            "45",
            "Of 45 boats, 145 left; 45.5 t, 45,000 crates, $45, 4.45, a45, (45) and 45.",
            "   ^                                                           ^       ^",
        ),
        (
            "1,200",
            "1,200 homes, 11,200 cars, 1,200.5 t, 1,2000 and €1,200; 1,200, said one.",
            "^                                                       ^",
        ),
    ],
)
def test_a_number_is_said_again_only_standing_alone(number: str, text: str, marks: str) -> None:
    # the signs glued to a number before it are the English rules' separators and currency
    # signs ("$45", "€1,200")
    glued = compile_lexicon(load_rules(None), "en").frames.glued
    assert {".", ",", "$", "€", "£"} <= glued
    assert not any(sign.isalpha() for sign in glued)
    expected = [i for i, mark in enumerate(marks) if mark == "^"]
    assert list(_said_again(number, glued, text)) == expected
    # within a reach that starts inside the text, what stands before the reach still counts
    # ("145" read from its "45")
    assert list(_said_again(number, glued, text, 14)) == [i for i in expected if i >= 14]
