"""Places in text with link markup (blanked to spaces as a Markdown source is loaded, so that
offsets still index the file) and in sentences with abbreviations: a name and its larger
places joined by commas across the blanks, a place noun read with its name ("Tarvin
province"), a cue's reach counted without the blanks, the period of "U.S." no clause's end.
Sentences written for these tests; source in, claims out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.kinds.named import written_length
from reconcile.models import Source
from reconcile.rules import RuleSet
from tests.named_forms import markdown, named_of


def _link(name: str) -> str:
    return f'[{name}](https://example.org/wiki/{name.replace(" ", "_")} "{name}")'


def places_of(source: Source, kinds: Kinds) -> list[tuple[str, str, str]]:
    """(role, name with its blanks folded, key) of each place claim of one source."""
    return named_of(source, kinds, "place")


def test_larger_places_after_link_markup(tmp_path: Path, rules: RuleSet, kinds: Kinds) -> None:
    text = (
        f"* A magnitude 6.0 earthquake strikes {_link('Karsk')}, {_link('Tarvin province')}, "
        f"{_link('Ruritania')}, killing nine.\n"
    )
    source = markdown(tmp_path, rules, "a", text)
    assert places_of(source, kinds) == [
        ("event", "Karsk , Tarvin province , Ruritania", "karsk tarvin province ruritania")
    ]


def test_a_cue_far_in_markup_but_near_in_words(
    tmp_path: Path, rules: RuleSet, kinds: Kinds
) -> None:
    long_link = (
        "[roof collapse](https://example.org/wiki/Structural_integrity_and_failure_of_roofs"
        "_and_other_load_bearing_structures_in_buildings"
    )
    text = (
        "Officials met on Monday to review the budget.\n\n"  # an opening with no place
        f'* The death toll from the {long_link} "Structural integrity") of the Vega '
        f"{_link('nightclub')} in {_link('Port Elm')}, {_link('Ruritania')}, rises to 40.\n"
    )
    source = markdown(tmp_path, rules, "a", text)
    between = source.text[source.text.index("collapse") : source.text.index("Port Elm")]
    assert len(between) > 160 > len(" ".join(between.split()))  # far in characters only
    assert places_of(source, kinds) == [("event", "Port Elm , Ruritania", "port elm ruritania")]


def test_one_place_across_markup_and_plain_text(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.md").write_text(
        f"* An earthquake strikes {_link('Karsk')}, {_link('Tarvin province')}, killing nine.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Rescuers searched the rubble after the earthquake in Tarvin Province on Sunday.\n",
        encoding="utf-8",
    )
    report = run([folder])
    places = {c.id: c for c in report.claims if c.kind == "place"}
    joined = [f for f in report.facts if set(f.claim_ids) & set(places)]
    # (three claims: the second source's "Tarvin Province" meets the first's "Karsk, Tarvin
    # province" and the "Tarvin province" read after its comma)
    assert [(f.verdict, len(f.claim_ids)) for f in joined] == [("compatible", 3)]


PLAIN_CASES = [
    # the period of a capital's abbreviation ends no clause between the cue and the place
    (
        "Officials met on Monday. A jet collides with a U.S. Army helicopter over the Elm River.",
        [("crash site", "Elm River", "elm river")],
    ),
    # a place noun after a name is read with it; not before "of" and a name, nor before an
    # apposition
    (
        "Officials met on Monday. The quake struck in Karsk, Tarvin province, on Sunday.",
        [("event", "Karsk, Tarvin province", "karsk tarvin province")],
    ),
    (
        "Officials met on Monday. The storm hit in the US state of Alabama on Sunday.",
        [("event", "Alabama", "alabama")],
    ),
    # a building's collapse is an event
    (
        "Officials met on Monday. A hotel under construction collapsed in Port Elm on Sunday.",
        [("event", "Port Elm", "port elm")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_CASES)
def test_places_of_plain_sentences(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    assert places_of(source, kinds) == expected


def test_written_length_counts_a_run_of_blanks_once() -> None:
    assert written_length("of the   " + " " * 100 + "club in", 40) == len("of the club in")
    assert written_length("short", 40) == 5
