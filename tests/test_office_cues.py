"""A title read only in a sentence holding one of its cues ("candidate" in a sentence of an
election): a cue is also the last part of a hyphenated word ("re-election", "by-election").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Source


def _people(kinds: Kinds, text: str) -> list[str]:
    sources = [Source(id="S1", path="1.txt", text=text, published="2024-03-14")]
    found = []
    for claim in claims_of(sources, kinds):
        if claim.kind == "office":
            assert isinstance(claim.detail, OfficeHolder)
            found.append(claim.detail.person)
    return found


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # a cue word as the last part of a hyphenated word
        ("Doe won re-election against Karsk Party candidate Jane Roe.", ["Jane Roe"]),
        ("Doe won the by-election against Karsk Party candidate Jane Roe.", ["Jane Roe"]),
        # no cue: a candidate of anything
        ("Doe tested the vaccine against Karsk Labs candidate Jane Roe.", []),
        ("Doe won re-testing against Karsk Labs candidate Jane Roe.", []),
    ],
)
def test_a_hyphenated_word_ending_in_a_cue_cues_a_title(
    kinds: Kinds, sentence: str, read: list[str]
) -> None:
    assert _people(kinds, sentence) == read
