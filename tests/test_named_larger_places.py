"""Places in larger places, as news writes them: a place's noun and "of" before the larger
place ("in Dharin area of Bari Region"), two names compared by the name before their commas
("Marib Governorate" / "Marib, Yemen"), and words after a place's name that start no noun it
modifies (a number word, an adverb). Sentences written for these tests; sentence in, claims
out."""

from __future__ import annotations

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue, value_relation
from reconcile.models import Source

OPENING = "Officials met on Monday to review the budget. "  # an opening sentence with no place


def places(kinds: Kinds, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, key, keys of the larger places) of each place claim of one source."""
    source = Source(id="S1", path="a.txt", text=OPENING + text, published="2024-03-14")
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == "place":
            detail = claim.detail
            assert isinstance(detail, NamedValue)
            found.append((" ".join(detail.name.split()), detail.key, detail.within))
    return found


CASES = [
    # a place's noun, "of", the larger place: both are the event's, the first within
    (
        "Soldiers killed 40 militants in Dharin area of Ruritania Region.",
        [("Dharin", "dharin", ("ruritania region",)), ("Ruritania Region", "ruritania region", ())],
    ),
    # the noun in lower case read with the name, an article before the larger place
    (
        "A strike killed nine fighters hiding in the Karsk mountains of the Tarvin Province.",
        [
            ("Karsk mountains", "karsk mountain", ("tarvin province",)),
            ("Tarvin Province", "tarvin province", ()),
        ],
    ),
    # two nouns of a kind of place after a name
    (
        "A blast killed nine people in the Karsk city centre.",
        [("Karsk city centre", "karsk city centre", ())],
    ),
    # a number word after the name starts no noun it modifies
    (
        "A ferry capsized on Lake Karsk three days ago.",
        [("Lake Karsk", "lake karsk", ())],
    ),
    # nor does an adverb
    (
        "Nine civilians were killed in coastal Karsk mostly by shelling.",
        [("Karsk", "karsk", ())],
    ),
    # a zero-width mark of web text before the name is no part of it
    (
        "A barrier collapsed at the \u200cKarsk Stadium during a match.",
        [("Karsk Stadium", "karsk stadium", ())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_in_larger_places(
    kinds: Kinds, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert places(kinds, text) == expected


def test_a_name_without_a_place_noun_puts_none_in_a_larger_place(kinds: Kinds) -> None:
    # "of" after a name with no place's noun joins one name: no larger place is read
    assert places(kinds, "Floods killed two people in the Isle of Karsk.") == [
        ("Isle of Karsk", "isle of karsk", ())
    ]


def _value(name: str, key: str, head: str = "") -> NamedValue:
    return NamedValue(role="event", name=name, key=key, head=head)


def test_names_are_compared_by_the_name_before_their_commas() -> None:
    governorate = _value("Karsk Governorate", "karsk governorate")
    city = _value("Karsk, Ruritania", "karsk ruritania", "karsk")
    assert value_relation(governorate, city) == "within"
    # the same name in two larger places that differ: two places
    ohio = _value("Springfield, Ohio", "springfield ohio", "springfield")
    maine = _value("Springfield, Maine", "springfield maine", "springfield")
    assert value_relation(ohio, maine) == "different"
    # different names before the commas: different places
    assert value_relation(_value("Tarvin", "tarvin"), city) == "different"


def test_the_head_of_a_place_is_its_name_before_the_comma(kinds: Kinds) -> None:
    text = "The jet crashed near Karsk, Ruritania, killing nine."
    source = Source(id="S1", path="a.txt", text=OPENING + text, published="2024-03-14")
    (claim,) = [c for c in claims_of([source], kinds) if c.kind == "place"]
    assert isinstance(claim.detail, NamedValue)
    assert (claim.detail.key, claim.detail.head) == ("karsk ruritania", "karsk")
