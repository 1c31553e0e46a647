"""A running tally a later item says it updates ("the death toll ... rises to 14") is the
earlier item's figure of the same event told again, when the two sentences share a word of
what happened ("fire", "storm") and their places are one place's: the later place holding
the earlier one, or both written inside one larger place ("in Brell, Osland" / "in Corva,
Osland": two outlets placing one event). A later figure that is no update, a tally of
another event, or a tally that falls keeps the places apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from tests.facts import day_page, fact_of, quotes_of

EARLIER_FIRE = "Twelve people are killed in an overnight fire at a care home in Brell, Osland."
EARLIER_STORM = "Four people are killed by a winter storm in Tarvel and Brell, Osland."


@pytest.mark.parametrize(
    ("earlier", "later", "number"),
    [
        # two villages of one country, the update dating the fire back
        (
            EARLIER_FIRE,
            "The death toll from a fire at a care home two days ago in Corva, Osland, rises to 14.",
            "14",
        ),
        # the first places struck, then the country the storm crossed
        (EARLIER_STORM, "The death toll of the winter storm in Osland rises to 30.", "30"),
    ],
)
def test_a_tally_updated_joins_the_figure_it_updates(
    tmp_path: Path, earlier: str, later: str, number: str
) -> None:
    day_page(tmp_path, "a", "03", earlier, "Osland disaster")
    day_page(tmp_path, "b", "05", later, "Osland disaster")
    report = run([tmp_path])
    first = "Twelve people" if earlier == EARLIER_FIRE else "Four people"
    assert quotes_of(report, fact_of(report, number)) == sorted([first, number])


@pytest.mark.parametrize(
    ("earlier", "later", "number"),
    [
        # a tally of another event (floods, not the fire): no word of what happened shared
        (
            EARLIER_FIRE,
            "The death toll from floods two days ago in Corva, Osland, rises to 14.",
            "14",
        ),
        # a figure the later item tells as its own event, not as an update
        (
            EARLIER_FIRE,
            "Fourteen people are killed in a fire at a care home in Corva, Osland.",
            "Fourteen people",
        ),
        # the storm's tally against a season's floods
        (EARLIER_STORM, "The death toll of the monsoon floods in Osland rises to 30.", "30"),
        # a tally does not fall: 3 is no update of 12
        (
            EARLIER_FIRE,
            "The death toll from a fire at a care home two days ago in Corva, Osland, rises to 3.",
            "3",
        ),
    ],
)
def test_no_update_of_that_event_keeps_the_places_apart(
    tmp_path: Path, earlier: str, later: str, number: str
) -> None:
    day_page(tmp_path, "a", "03", earlier, "Osland disaster")
    day_page(tmp_path, "b", "05", later, "Osland disaster")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, number)) == [number]
