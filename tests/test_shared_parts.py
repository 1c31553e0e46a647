"""A block's features hold each equal part once (`match.shared_parts`, read through
`match.features_reader`): the sets of words, texts and stories of copies of one story told
by sources of different days are one object each, and every feature reads as before."""

from __future__ import annotations

from dataclasses import fields

import pytest

from reconcile.kinds import Kinds
from reconcile.match import features_of, features_reader, shared_parts, source_topics
from reconcile.models import Claim, Source

# one story, told by two outlets on two days (their claims' features are read apart)
STORY = (
    "Rescuers in Velmora pulled 14 miners from the flooded Dunhallow pit on Friday, "
    "the regional governor Ilse Varnak said."
)


def _block(kinds: Kinds) -> tuple[list[Claim], list[Source]]:
    sources = [
        Source(id="S1", path="1.txt", text=STORY, published="2026-03-07"),
        Source(id="S2", path="2.txt", text=STORY, published="2026-03-08"),
    ]
    from reconcile.api import claims_of

    claims = [c for c in claims_of(sources, kinds) if c.kind == "count"]
    assert {c.source_id for c in claims} == {"S1", "S2"}
    return claims, sources


def test_copies_of_one_story_share_their_features_parts(kinds: Kinds) -> None:
    claims, sources = _block(kinds)
    languages = {s.id: s.language for s in sources}
    dates = {s.id: s.published for s in sources}
    topics = source_topics(claims, kinds, sources)
    read = features_reader(kinds, languages, dates, topics)
    first, second = (read(c) for c in claims)
    assert first is not second  # read apart: their days differ
    assert first.published != second.published
    assert first.words and first.words is second.words
    assert first.text and first.text is second.text
    assert first.names and first.names is second.names
    # and each reads what the claim's features read alone
    for claim, shared in zip(claims, (first, second), strict=True):
        assert shared == features_of(claim, kinds, languages, dates, topics)


@pytest.mark.parametrize("field", ["words", "names", "text", "topic"])
def test_an_equal_part_is_the_first_one_seen(kinds: Kinds, field: str) -> None:
    claims, sources = _block(kinds)
    languages = {s.id: s.language for s in sources}
    dates = {s.id: s.published for s in sources}
    topics = source_topics(claims, kinds, sources)
    alone = [features_of(c, kinds, languages, dates, topics) for c in claims]
    # read one at a time, each an object of its own
    assert getattr(alone[0], field) == getattr(alone[1], field)
    assert getattr(alone[0], field) is not getattr(alone[1], field)
    share = shared_parts()
    held = [share(f) for f in alone]
    assert held == alone
    assert getattr(held[1], field) is getattr(held[0], field)
    assert {f.name for f in fields(held[0])} == {f.name for f in fields(alone[0])}


def test_features_with_nothing_in_common_are_kept_as_read(kinds: Kinds) -> None:
    claims, sources = _block(kinds)
    languages = {s.id: s.language for s in sources}
    dates = {s.id: s.published for s in sources}
    topics = source_topics(claims, kinds, sources)
    found = features_of(claims[0], kinds, languages, dates, topics)
    assert shared_parts()(found) is found  # nothing seen before: the very object
