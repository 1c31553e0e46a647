"""Places as news writes them: the opening sentence tells the event, a name that modifies a
noun is no place ("in Iraqi military bases"), a name cut short is none ("in U.S. Federal
Court"), a possessive owns the place ("in China's Guangdong Province"), a direction word
stands between "in" and the name ("in southern Mexico"). Sentences written for these tests;
sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue
from reconcile.models import Source
from tests.facts import claims_in

DATELINE = "Thursday, March 14, 2024\n\n"
OPENING = "Officials met on Monday to review the budget. "  # an opening sentence with no place


def places(kinds: Kinds, text: str) -> list[tuple[str, str, str]]:
    """(quote, role, name) of each place claim of one source."""
    found = []
    for claim in claims_in(kinds, "place", text, "2024-03-14"):
        detail = claim.detail
        assert isinstance(detail, NamedValue)
        found.append((claim.quote, detail.role, detail.name))
    return found


# the opening sentence, after a dateline: a place there is the event's with no cue near it
OPENING_CASES = [
    (
        DATELINE + "An apartment block fell on Monday in Karsk, killing nine.",
        [("in Karsk", "event", "Karsk")],
    ),
    (
        DATELINE + "Soldiers shot down a passenger jet near Tarvin on Wednesday.",
        [("near Tarvin", "event", "Tarvin")],
    ),
    (
        "A car bomb was rammed into a base in Maidan Shahr on Monday.",
        [("in Maidan Shahr", "event", "Maidan Shahr")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_CASES)
def test_a_place_of_the_opening_sentence_is_the_events(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(kinds, text) == expected


def test_the_opening_sentences_first_place_only(kinds: Kinds) -> None:
    text = DATELINE + "A block fell on Monday in Karsk, a city in the Ural region of Ruritania."
    assert places(kinds, text) == [("in Karsk", "event", "Karsk")]


def test_where_something_was_published_is_no_place(kinds: Kinds) -> None:
    text = DATELINE + "In findings published on Monday in Science Advances, a team reported it."
    assert places(kinds, text) == []


def test_a_title_line_is_no_opening_sentence(kinds: Kinds) -> None:
    # a headline, then a dateline: the opening sentence is the one after them
    text = "Storm hits the coast\nJune 1 , 2009\nA block fell on Monday in Karsk."
    assert places(kinds, text) == [("in Karsk", "event", "Karsk")]
    text = "Leaders meet in Tarvin\n\nA block fell on Monday in Karsk."
    assert places(kinds, text) == [("in Karsk", "event", "Karsk")]
    # the source's own title, whatever it ends with
    source = Source(
        id="S1",
        path="a.txt",
        text="Talks in Tarvin end.\nA block fell on Monday in Karsk.",
        title="Talks in Tarvin end.",
    )
    found = [c.quote for c in claims_of([source], kinds) if c.kind == "place"]
    assert found == ["in Karsk"]


def test_a_first_line_running_on_is_the_opening_sentence(kinds: Kinds) -> None:
    # a hard-wrapped opening sentence: its first line is no title
    text = "A block fell on Monday in Karsk\nafter a gas leak, officials said."
    assert places(kinds, text) == [("in Karsk", "event", "Karsk")]


def test_past_the_opening_sentence_a_place_needs_a_cue(kinds: Kinds) -> None:
    text = DATELINE + OPENING + "An apartment block fell in Karsk."
    assert places(kinds, text) == []


# a name before a lower-case noun modifies it; a hyphen or a longer name's word after it
MODIFIER_CASES = [
    "Missiles struck troops in Iraqi military bases.",
    "She was a candidate in the Democratic primary when the attack happened.",
    "He was sentenced in U.S. Federal Court after the crash.",
    "Protests erupted on the U.S.-Mexican border.",
    "The attack was discussed in United States territories.",
]


@pytest.mark.parametrize("sentence", MODIFIER_CASES)
def test_a_name_that_modifies_a_noun_is_no_place(kinds: Kinds, sentence: str) -> None:
    assert places(kinds, OPENING + sentence) == []


# what may follow a place: a verb, a preposition, a noun of a kind of place
FOLLOWED_CASES = [
    ("A fire in Karsk killed nine.", [("in Karsk", "event", "Karsk")]),
    (
        "The quake struck in Wardak province at dawn.",
        [("in Wardak province", "event", "Wardak province")],
    ),
    ("The storm battered Tarvin on Friday.", [("battered Tarvin", "event", "Tarvin")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FOLLOWED_CASES)
def test_a_place_before_a_verb_a_preposition_or_a_place_noun(
    kinds: Kinds, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(kinds, OPENING + sentence) == expected


# after "a", or written with its larger place, a name before a noun is still the place
PLACE_OF_NOUN_CASES = [
    (
        "A drone strike killed the general at a Baghdad airport.",
        [("at a Baghdad", "event", "Baghdad")],
    ),
    (
        "The firm filed for bankruptcy in a Manhattan, New York federal court.",
        [("in a Manhattan, New York", "event", "Manhattan, New York")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_OF_NOUN_CASES)
def test_a_name_before_a_noun_after_a_is_the_place(
    kinds: Kinds, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(kinds, OPENING + sentence) == expected


def test_a_clause_after_a_comma_is_no_larger_place(kinds: Kinds) -> None:
    text = OPENING + "The attack happened in Karsk, Ruritanian officials said."
    assert places(kinds, text) == [("in Karsk", "event", "Karsk")]


OWNED_CASES = [
    (
        "Patients were studied in China's Guangdong Province after the outbreak.",
        [("in China's Guangdong Province", "event", "Guangdong Province")],
    ),
    (
        "The protests erupted in Seattle's Capitol Hill neighborhood.",
        [("in Seattle's Capitol Hill neighborhood", "event", "Capitol Hill neighborhood")],
    ),
    # the name owned modifies a noun: the owner is the place
    (
        "The trial was held in Ohio's Franklin County criminal court.",
        [("in Ohio", "venue", "Ohio")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), OWNED_CASES)
def test_a_possessive_owns_the_place(
    kinds: Kinds, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(kinds, OPENING + sentence) == expected


REGION_CASES = [
    (
        "Typhoon Lando made landfall on the central Philippines on Tuesday.",
        [("on the central Philippines", "landfall", "Philippines")],
    ),
    ("An earthquake struck in southern Mexico.", [("in southern Mexico", "event", "Mexico")]),
    # a capitalized direction is part of the name
    ("The missile exploded in North Korea.", [("in North Korea", "event", "North Korea")]),
]


@pytest.mark.parametrize(("sentence", "expected"), REGION_CASES)
def test_a_direction_between_the_preposition_and_the_place(
    kinds: Kinds, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(kinds, OPENING + sentence) == expected


def test_the_owner_is_the_larger_place(kinds: Kinds) -> None:
    # "Ruritania's Karsk Province" is within Ruritania: it meets a source's "in Ruritania"
    text = OPENING + "The outbreak began in Ruritania's Karsk Province."
    (claim,) = claims_in(kinds, "place", text, "2024-03-14")
    assert isinstance(claim.detail, NamedValue)
    assert (claim.detail.name, claim.detail.within) == ("Karsk Province", ("ruritania",))


def test_an_opening_place_joins_after_a_cued_one(kinds: Kinds) -> None:
    # the opening sentence's place is read with no cue: a pair with it scores below a pair of
    # places a cue names, so a source's cue-read place meets another source's first
    a = Source(
        id="A",
        path="a.txt",
        text=DATELINE + "A jet came down on Monday near Karsk. It crashed near Karsk.",
        published="2024-03-14",
    )
    b = Source(id="B", path="b.txt", text=OPENING + "The jet crashed near Karsk.", published=None)
    found = [c for c in claims_of([a, b], kinds) if c.kind == "place"]
    assert [(c.source_id, c.detail.opening) for c in found if isinstance(c.detail, NamedValue)] == [
        ("A", True),
        ("A", False),
        ("B", False),
    ]
    language = kinds.language("en")
    kind = language.of(found[0])
    features = [language.context.features(c) for c in found]
    opening = kind.decide(found[0], found[2], features[0], features[2])
    cued = kind.decide(found[1], found[2], features[1], features[2])
    assert (opening.score, cued.score) == (80.0, 100.0)
