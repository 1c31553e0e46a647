"""A place written with the larger place holding it ("in Multan, Punjab, Pakistan") says
where a figure was counted: two figures of one measure whose sentences each write such a
place, neither naming the other's most specific place, are figures of two places (two
provinces of one country, two countries), not one figure in conflict. A sentence that names
the other's place, a list of names ("Iowa, New Hampshire and Nevada") or one side with no
such place keeps the pair as the rest decides it."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.reasons import DifferentPlace, KeptApart
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _write(folder: Path, name: str, day: str, text: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Monsoon floods\npublished: 2026-07-{day}\n---\n{text}\n", encoding="utf-8"
    )


def test_places_written_with_what_holds_them_are_read_most_specific_first() -> None:
    reader = _reader()
    assert reader.place_chains("Floods in Tarvel , Osland , kill at least 40 people.") == (
        ("tarvel", "osland"),
    )
    assert reader.place_chains("A boat capsizes near Brell, North Tarvel, Osland, on Monday.") == (
        ("brell", "north tarvel", "osland"),
    )
    # names joined by commas that a list word ends are a list, not a place and its holder
    assert reader.place_chains("Rain fell on Brell, Corva, and Dunmere overnight.") == ()
    assert reader.place_chains("Smith, Jones and Patel voted against the plan.") == ()
    # a place alone is no chain
    assert reader.place_chains("Floods in Osland kill at least 40 people.") == ()


def test_figures_of_two_provinces_of_one_country_are_two_facts(tmp_path: Path) -> None:
    _write(tmp_path, "a", "03", "Flash floods in Tarvel , Osland , kill at least 40 people.")
    _write(tmp_path, "b", "19", "Flash floods in Corva , Osland , kill at least 12 people.")
    report = run([tmp_path])
    for quote in ("at least 40 people", "at least 12 people"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    reasons = fact_of(report, "at least 12 people").match.reasons
    assert any(isinstance(r, KeptApart) and isinstance(r.veto, DifferentPlace) for r in reasons), (
        reasons
    )


def test_the_same_place_in_other_words_is_still_one_fact(tmp_path: Path) -> None:
    # the same figure, one sentence naming the province inside the other's place chain
    _write(tmp_path, "a", "03", "Flash floods in Brell, Tarvel , Osland , kill at least 40 people.")
    _write(tmp_path, "b", "04", "At least 40 people are killed by floods in Tarvel , Osland .")
    report = run([tmp_path])
    toll = fact_of(report, "at least 40 people")
    assert quotes_of(report, toll) == ["At least 40 people", "at least 40 people"]


def test_a_place_chain_on_one_side_only_vetoes_nothing(tmp_path: Path) -> None:
    _write(tmp_path, "a", "03", "Flash floods in Tarvel , Osland , kill at least 40 people.")
    _write(tmp_path, "b", "04", "The floods in Osland killed at least 40 people, officials say.")
    report = run([tmp_path])
    toll = fact_of(report, "at least 40 people")
    assert len(quotes_of(report, toll)) == 2


def test_a_place_chain_and_another_stated_place_are_two_places(tmp_path: Path) -> None:
    # one side writes the province with its country, the other states the town its number
    # was counted in, which the first never names: two places
    _write(tmp_path, "a", "03", "The death toll from Storm Abel in Tarvel , Osland , rises to 66.")
    _write(tmp_path, "b", "06", "Storm Abel makes landfall, killing at least 5 people in Dunmere.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "66")) == ["66"]
    # the town named inside the other's sentence: the rest decides
    _write(tmp_path, "b", "06", "Storm Abel hits Tarvel , killing at least 5 people in Tarvel.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "66")) == ["66", "at least 5 people"]
