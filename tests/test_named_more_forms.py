"""Named facts in more forms news writes: a place after a place's adjective and "capital,"
("in the Iraqi capital, Baghdad"), a day to come after a word of forecast ("forecast to
reach the coast on Wednesday"), an origin after "departure" or "take-off", investigators as
a stating body, and an office titled "administrator" ("NASA Administrator").
Sentences written for these tests (published Thursday 2024-03-14); sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.offices import holders
from tests.test_named_news_forms import names

PLACES = [
    (
        "A bomb exploded on Monday in the Freedonian capital, Karsk.",
        [("in the Freedonian capital, Karsk", "event", "Karsk")],
    ),
    (
        "A bomb exploded on Monday in the capital, Karsk.",
        [("in the capital, Karsk", "event", "Karsk")],
    ),
    (
        "A bomb exploded on Monday in the Freedonian capital of Karsk.",
        [("in the Freedonian capital of Karsk", "event", "Karsk")],
    ),
    # no capital's name after the comma: the country's adjective is all there is
    (
        "A bomb exploded on Monday in the Freedonian capital, killing two.",
        [("in the Freedonian", "event", "Freedonian")],
    ),
]

DAYS = [
    ("The storm was forecast to reach the coast on Wednesday.", "2024-03-20"),
    ("The storm is likely to reach the coast on Wednesday.", "2024-03-20"),
    # no word of forecast: the day before publication
    ("The storm reached the coast on Wednesday.", "2024-03-13"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_capital_named_after_its_country_s_adjective(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert names(kinds, text, "place") == expected


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_a_day_after_a_word_of_forecast_is_to_come(kinds: Kinds, text: str, day: str) -> None:
    from tests.test_named_news_forms import claims

    [claim] = claims(kinds, text, "date")
    assert claim.detail.key == day  # type: ignore[union-attr]


def test_an_administrator_holds_an_office(kinds: Kinds) -> None:
    text = "NASA Administrator Jim Bridenstine said the launch went well."
    assert holders(kinds, text) == [
        ("NASA Administrator Jim Bridenstine", "administrator", "Jim Bridenstine", "nasa")
    ]
    assert holders(kinds, "The hospital administrator said the wards were full.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plane crashed following departure from Karsk Airport, investigators said.",
            [("from Karsk Airport", "origin", "Karsk Airport")],
        ),
        (
            "Flight 610 crashed shortly after take-off from Karsk.",
            [("from Karsk", "origin", "Karsk")],
        ),
        ("The plane crashed, far from Karsk.", []),
    ],
)
def test_an_origin_after_departure(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert names(kinds, text, "route") == expected


def test_investigators_state_a_figure(kinds: Kinds) -> None:
    text = "Two people died in the crash, according to investigators."
    assert names(kinds, text, "source") == [("investigators", "stated by", "investigators")]
