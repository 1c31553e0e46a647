"""Places in lists and journeys' ends the run reads as places: a name after a comma that a
list goes on from ("in Karsk, Velm and Tarvin provinces") is the list's next item, not a
larger place of the first; and a journey's end another source reads as a place ("flights to
and from Velm Airport") is that place. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from reconcile.kinds import Kinds
from reconcile.kinds.named import named
from tests.facts import claims_in, joined, run_of


def _places(kinds: Kinds, text: str) -> list[str]:
    return [" ".join(named(c).name.split()) for c in claims_in(kinds, "place", text)]


def test_a_name_a_list_goes_on_from_is_no_larger_place(kinds: Kinds) -> None:
    text = "Floods killed nine people in Karsk, Velm, and Tarvin provinces on Monday."
    assert _places(kinds, text)[0] == "Karsk"
    text = "Floods killed nine people in Karsk, Velm and Tarvin provinces on Monday."
    assert _places(kinds, text)[0] == "Karsk"


def test_a_larger_place_before_a_second_place_with_its_own_stays_larger(kinds: Kinds) -> None:
    # "Velm, Lendia" has a larger place of its own: a list of places with theirs
    text = "Floods killed nine people in Karsk, Ruritania and Velm, Lendia on Monday."
    assert _places(kinds, text)[0] == "Karsk, Ruritania"


def test_a_journey_s_end_another_source_reads_as_the_place_is_that_place(
    tmp_path: Path,
) -> None:
    report = run_of(
        tmp_path,
        "Drones struck two jets stationed at Velm Airport on Friday.",
        "All flights to and from Velm Airport were suspended on Friday.",
        title="Strikes on Velm Airport",
        day="2026-03-07",
    )
    assert joined(report, "place") == [["Velm Airport", "at Velm Airport"]]
