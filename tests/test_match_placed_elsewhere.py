"""A day's items tell one incident's toll updated or another incident of the same kind: a
figure whose sentence places it ("in Pell") where the other item's page names nowhere is
another incident's, whatever the days between the pages; a toll stated as updated ("rises
to"), the same number told again, or a place both pages write stay one fact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.reasons import KeptApart, PlacedElsewhere
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _claim(sentence: str, quote: str) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote)


def _placed(folder: Path) -> Path:
    """A rules folder over the bundled rules that reads the places of figures (the bundled
    rules leave `placed_reach` off)."""
    folder.mkdir()
    (folder / "matching.toml").write_text("placed_reach = 12\n", encoding="utf-8")
    return folder


def _run(folder: Path) -> Any:
    return run([folder], rules_dir=_placed(folder.parent / f"{folder.name}-rules"))


def _page(folder: Path, name: str, day: str, item: str, heading: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Current events of {day} March 2026\npublished: 2026-03-{day}\n---\n"
        "#### Armed conflicts and attacks\n\n"
        f"* [{heading}](https://example.org/story)\n"
        f"  * {item} [(Wire)](https://example.org/w)\n"
        "* [2026 Tarn bridge collapse](https://example.org/tarn)\n"
        "  * Engineers say a bridge over the Tarn gave way after heavy rain.\n",
        encoding="utf-8",
    )


def test_the_places_a_sentence_states_by_a_place_phrase_near_its_figure() -> None:
    reader = Kinds.build(load_rules()).language("en").context

    def places(sentence: str, quote: str, reach: int = 12) -> frozenset[str]:
        return reader.stated_places(_claim(sentence, quote), reach)

    sentence = "Gunmen attack a bus in Pell, killing eight villagers."
    assert places(sentence, "eight villagers") == {"pell"}
    assert places(sentence, "eight villagers", reach=1) == frozenset()
    # a place phrase's filler words ("eastern") name no place; of a name and its last word,
    # the whole name
    said = places("A boat in the Eastern Orle Sea is struck, killing four.", "four")
    assert said == {"orle sea"}
    assert places("Gunmen kill eight villagers near the market.", "eight villagers") == set()


def test_two_incidents_of_one_kind_placed_apart_are_two_facts(tmp_path: Path) -> None:
    # one day apart (no two-days rule applies), the same region named on both days, each
    # place in another clause than the number (no place of the number's own to set apart)
    heading = "Karsk insurgency"
    _page(
        tmp_path,
        "a",
        "03",
        "Karsk gunmen attack a bus in Orlen, killing five villagers.",
        heading,
    )
    _page(
        tmp_path,
        "b",
        "04",
        "Karsk gunmen attack a bus in Pell, killing eight villagers.",
        heading,
    )
    # the project's rules leave the veto off: one fact
    assert len(fact_of(run([tmp_path]), "five villagers").claim_ids) == 2
    report = _run(tmp_path)
    for quote in ("five villagers", "eight villagers"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    reasons = fact_of(report, "eight villagers").match.reasons
    vetoes = [r.veto for r in reasons if isinstance(r, KeptApart)]
    assert any(isinstance(v, PlacedElsewhere) for v in vetoes)
    veto = next(v for v in vetoes if isinstance(v, PlacedElsewhere))
    assert veto.place in ("orlen", "pell")


def test_one_side_placed_the_other_naming_nothing(tmp_path: Path) -> None:
    heading = "Karsk insurgency"
    _page(tmp_path, "a", "03", "Gunmen kill five villagers at a market.", heading)
    _page(tmp_path, "b", "04", "Gunmen kill eight villagers in Pell.", heading)
    report = _run(tmp_path)
    assert quotes_of(report, fact_of(report, "eight villagers")) == ["eight villagers"]
    vetoes = [
        r.veto for r in fact_of(report, "eight villagers").match.reasons if isinstance(r, KeptApart)
    ]
    assert PlacedElsewhere("pell", "eight villagers", "five villagers") in vetoes


def test_a_running_toll_updated_over_two_days_stays_one_fact(tmp_path: Path) -> None:
    # the later page does not name the village the first placed the toll in, but states the
    # toll as updated: one figure, in conflict
    heading = "2026 Karsk landslide"
    _page(
        tmp_path,
        "a",
        "03",
        "At least 12 people are killed when a landslide buries homes in Orlen.",
        heading,
    )
    _page(tmp_path, "b", "05", "The death toll from the Karsk landslide rises to 31.", heading)
    report = _run(tmp_path)
    toll = fact_of(report, "At least 12 people")
    assert quotes_of(report, toll) == ["31", "At least 12 people"]
    assert toll.verdict == "conflict"


def test_a_toll_placed_where_both_pages_write_stays_one_fact(tmp_path: Path) -> None:
    heading = "2026 Karsk landslide"
    _page(tmp_path, "a", "03", "At least 12 people are killed by a landslide in Orlen.", heading)
    _page(tmp_path, "b", "05", "Rescuers say 31 people have died in Orlen.", heading)
    report = _run(tmp_path)
    toll = fact_of(report, "At least 12 people")
    assert quotes_of(report, toll) == ["31 people", "At least 12 people"]
    assert toll.verdict == "conflict"


def test_the_same_number_told_again_is_not_parted_by_its_place(tmp_path: Path) -> None:
    heading = "Karsk insurgency"
    _page(tmp_path, "a", "03", "Gunmen kill eight villagers in Pell.", heading)
    _page(tmp_path, "b", "04", "Mourners bury the eight villagers killed by gunmen.", heading)
    report = _run(tmp_path)
    assert quotes_of(report, fact_of(report, "eight villagers")) == [
        "eight villagers",
        "eight villagers killed",
    ]
