"""Named facts in forms news writes often: a place off the coast of another ("off the coast
of Karsk's Tarvin Peninsula"), a place that owns a crash's noun ("the Lake Karsk ferry
capsizing"), a virus by its name ("the Tarvin virus"; not "This virus"), an operation by
its name ("Operation Southern Lance"), a month after "this past", a larger place after a
comma and a word of direction ("Karsk, northern Ruritania"), and a place joined by "and"
to the event's place ("in Karsk and the Tarvin Islands"; not a title's words).
Sentences written for these tests; source in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.test_named import claims, shown


@pytest.mark.parametrize(
    ("text", "kind", "quote", "means"),
    [
        (
            "A strong earthquake strikes off the coast of Karsk's Tarvin Peninsula.",
            "place",
            "off the coast of Karsk's Tarvin Peninsula",
            "Tarvin Peninsula",
        ),
        (
            "The death toll of the Lake Karsk ferry capsizing rises to 44.",
            "place",
            "Lake Karsk ferry capsizing",
            "Lake Karsk",
        ),
        ("Nine people are infected with the Tarvin virus.", "thing", "Tarvin", "Tarvin"),
        (
            "The navy announces Operation Southern Lance.",
            "thing",
            "Operation Southern Lance",
            "Operation Southern Lance",
        ),
        ("The shutdown began this past December.", "date", "December", "2018-12"),
        (
            "A missile strike killed nine people in Karsk, northern Ruritania.",
            "place",
            "in Karsk, northern Ruritania",
            "Karsk, northern Ruritania",
        ),
    ],
)
def test_named_forms(kinds: Kinds, text: str, kind: str, quote: str, means: str) -> None:
    (claim,) = claims(kinds, text, kind, "2019-01-25")
    assert shown(kinds, claim) == (quote, means)


def test_a_determiner_before_virus_names_nothing(kinds: Kinds) -> None:
    text = 'Roe said: "This virus is clearly capable of spreading."'
    assert claims(kinds, text, "thing", "2019-01-25") == []


def test_a_place_joined_by_and_is_the_event_s_too(kinds: Kinds) -> None:
    text = "Storms killed nine people in Karsk and the Tarvin Islands, Ruritania."
    assert [shown(kinds, c) for c in claims(kinds, text, "place", "2019-01-25")] == [
        ("in Karsk", "Karsk"),
        ("Tarvin Islands, Ruritania", "Tarvin Islands, Ruritania"),
    ]


def test_a_title_joined_by_and_is_no_place(kinds: Kinds) -> None:
    text = "Fighting broke out in Karsk and Governor Jane Roe said so."
    assert [shown(kinds, c) for c in claims(kinds, text, "place", "2019-01-25")] == [
        ("in Karsk", "Karsk")
    ]
