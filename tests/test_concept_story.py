"""A bare number its own sentence names nothing for, read from the rest of its story: the
same number said again with a concept (in the title or another sentence near it), or the
one concept of the sentence before, when that sentence gives a figure close to it.

Every text is written for this test.
"""

from __future__ import annotations

import pytest

from reconcile.concepts import Frames, concept_in_story

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
    # the one concept of the sentence before, for a figure close to it (updated) ...
    (
        None,
        "At least 45 people were killed in the blast on Monday. By Tuesday the figure had"
        " risen to 52.",
        "52",
        "count",
        "deaths",
    ),
    (
        None,
        "Turnout was 45% in the first round. In the runoff it reached 52%.",
        "52%",
        "percent",
        "turnout",
    ),
    # ... not for a number far from it (a part, another figure)
    (
        None,
        "Police detained 30 people at the march. Of those, 5 were later released.",
        "5",
        "count",
        None,
    ),
    # ... not when the sentence before names two concepts
    (
        None,
        "At least 45 people were killed and 60 were injured on Monday. By Tuesday the figure"
        " had risen to 52.",
        "52",
        "count",
        None,
    ),
    # ... not across a line break: a new paragraph, or the next line of a list
    (
        None,
        "At least 45 people were killed in the blast on Monday.\nThe club sold 52 on Friday.",
        "52",
        "count",
        None,
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
