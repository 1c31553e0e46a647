"""Stating bodies as news writes them: news outlets named by the words of their names ("NBC
News reported", "according to The Telegraph"), not a part of a web address ("News.com.au").
Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue
from reconcile.models import Source


def bodies(kinds: Kinds, text: str) -> list[tuple[str, str]]:
    """(quote, name) of each stating body of one source."""
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == "source":
            detail = claim.detail
            assert isinstance(detail, NamedValue)
            found.append((claim.quote, detail.name))
    return found


CASES = [
    ("Twelve people died, Freedonia News reported.", [("Freedonia News", "Freedonia News")]),
    (
        "The toll rose to 50, according to The Karsk Telegraph.",
        [("Karsk Telegraph", "Karsk Telegraph")],
    ),
    ("The Ruritania Herald reported five dead.", [("Ruritania Herald", "Ruritania Herald")]),
    # a word that ends names elsewhere ("Public") inside a name, past a joiner
    (
        "The pipe broke, according to the Department of Public Works.",
        [("Department of Public Works", "Department of Public Works")],
    ),
    ("The Committee on Monday announced five deaths.", [("Committee", "Committee")]),
    # a person is no body; a web address's word is none
    ("Five died, John Smith reported.", []),
    ("The shelves were empty, according to the News.com.au report.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_outlets_state_figures(
    kinds: Kinds, text: str, expected: list[tuple[str, str]]
) -> None:
    assert bodies(kinds, text) == expected
