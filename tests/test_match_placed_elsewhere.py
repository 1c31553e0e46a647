"""A day's items tell one incident's toll updated or another incident of the same kind: a
figure whose sentence places it ("in Pell") where the other item's page names nowhere is
another incident's, whatever the days between the pages; a toll stated as updated ("rises
to"), the same number told again, a place both pages write, or a place the other's page
names a place holding it or held by it (the rules' gazetteer, a chain of the sentence:
"Pell, Karsk") stay one fact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.kinds.place.relations import read_gazetteer
from reconcile.reasons import PlacedElsewhere
from reconcile.rules import load_rules
from tests.facts import day_page, fact_of, quotes_of, vetoes_of


def _claim(sentence: str, quote: str) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote)


# the gazetteer of the test's rules folder (the bundled rules name none)
_GAZETTEER = "# test places\nPell\tOrle Province|Karsk\nOrle\tOrle Strip\n"


def _placed(folder: Path) -> Path:
    """A rules folder over the bundled rules that reads the places of figures (the bundled
    rules leave `placed_reach` off), with a gazetteer of the test's places."""
    folder.mkdir()
    (folder / "matching.toml").write_text(
        'placed_reach = 12\nplace_relations = "places.tsv"\n', encoding="utf-8"
    )
    (folder / "places.tsv").write_text(_GAZETTEER, encoding="utf-8")
    return folder


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


# Two pages of a day's news, each with one item under `heading`: the first page's item
# (3 March), the second's (`day` of March), the claim whose fact is read, the quotes of
# that fact, and the places of which the `PlacedElsewhere` veto that parts it names one
# ("" for no such veto).
_KARSK, _SLIDE, _BORDER = "Karsk insurgency", "2026 Karsk landslide", "Border insurgency"
CASES = {
    # one day apart (no two-days rule applies), the same region named on both days, each
    # place in another clause than the number: two incidents placed apart
    "placed apart": (
        _KARSK,
        "Karsk gunmen attack a bus in Orlen, killing five villagers.",
        "04",
        "Karsk gunmen attack a bus in Pell, killing eight villagers.",
        "eight villagers",
        ["eight villagers"],
        "orlen pell",
    ),
    "one side placed, the other naming nothing": (
        _BORDER,
        "Gunmen kill five villagers at a market.",
        "04",
        "Gunmen kill eight villagers in Pell.",
        "eight villagers",
        ["eight villagers"],
        "pell",
    ),
    # the later page does not name the village the first placed the toll in, but states
    # the toll as updated: one figure, in conflict
    "a running toll updated over two days": (
        _SLIDE,
        "At least 12 people are killed when a landslide buries homes in Orlen.",
        "05",
        "The death toll from the Karsk landslide rises to 31.",
        "At least 12 people",
        ["31", "At least 12 people"],
        "",
    ),
    "a toll placed where both pages write": (
        _SLIDE,
        "At least 12 people are killed by a landslide in Orlen.",
        "05",
        "Rescuers say 31 people have died in Orlen.",
        "At least 12 people",
        ["31 people", "At least 12 people"],
        "",
    ),
    "the same number told again": (
        _KARSK,
        "Gunmen kill eight villagers in Pell.",
        "04",
        "Mourners bury the eight villagers killed by gunmen.",
        "eight villagers",
        ["eight villagers", "eight villagers killed"],
        "",
    ),
    # the gazetteer puts Pell in Orle Province: the other page names the province (each place
    # in another clause than the number, so that no place of the number's own sets them apart)
    "a place in the province the other page names": (
        _BORDER,
        "Gunmen attack a bus in Orle Province, killing five villagers.",
        "04",
        "Gunmen attack a bus in Pell, killing eight villagers.",
        "eight villagers",
        ["eight villagers", "five villagers"],
        "",
    ),
    # ... and the province a page names holds the village the other names
    "a province holding the village the other page names": (
        _BORDER,
        "Gunmen attack a bus in Pell, killing eight villagers.",
        "04",
        "Gunmen attack a bus in Orle Province, killing five villagers.",
        "eight villagers",
        ["eight villagers", "five villagers"],
        "",
    ),
    # the same place under a longer name ("Orle Strip" holds the town of Orle)
    "a place under its longer name": (
        _BORDER,
        "Gunmen kill five villagers in the Orle Strip.",
        "04",
        "Gunmen kill eight villagers in Orle.",
        "eight villagers",
        ["eight villagers", "five villagers"],
        "",
    ),
    # no gazetteer line: the sentence's chain puts Tessa in Varn, which the other names
    "a place its own sentence puts in the other's": (
        _BORDER,
        "Gunmen attack a bus in Varn, killing five villagers.",
        "04",
        "Gunmen attack a bus in Tessa, Varn, killing eight villagers.",
        "eight villagers",
        ["eight villagers", "five villagers"],
        "",
    ),
    # a place held by nothing the other page names is still elsewhere
    "a place in a province the other page does not name": (
        _BORDER,
        "Border gunmen attack a bus in Varn, killing five villagers.",
        "04",
        "Border gunmen attack a bus in Pell, killing eight villagers.",
        "eight villagers",
        ["eight villagers"],
        "pell varn",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_placed_elsewhere(tmp_path: Path, case: str) -> None:
    heading, first, day, second, quote, quotes, place = CASES[case]
    pages = tmp_path / "pages"
    pages.mkdir()
    day_page(pages, "a", "03", first, heading)
    day_page(pages, "b", day, second, heading)
    report = run([pages], rules_dir=_placed(tmp_path / "rules"))
    assert quotes_of(report, fact_of(report, quote)) == quotes
    placed = [v for v in vetoes_of(report, quote) if isinstance(v, PlacedElsewhere)]
    if place:
        assert placed
        assert {v.place for v in placed} <= set(place.split())
    else:
        assert placed == []


def test_the_bundled_rules_leave_the_veto_off(tmp_path: Path) -> None:
    first, second = CASES["placed apart"][1], CASES["placed apart"][3]
    day_page(tmp_path, "a", "03", first, _KARSK)
    day_page(tmp_path, "b", "04", second, _KARSK)
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "five villagers")) == [
        "eight villagers",
        "five villagers",
    ]


def test_a_gazetteer_closes_over_the_places_holding_a_place(tmp_path: Path) -> None:
    (tmp_path / "places.tsv").write_text(
        "# a comment\nPell\tOrle Province\nOrle Province\tKarsk\nTessa\t\n", encoding="utf-8"
    )
    # a key: the words folded and sorted, "Province" left out as a noun of a kind of place
    gazetteer = read_gazetteer(
        [str(tmp_path)],
        "places.tsv",
        lambda name: " ".join(sorted({w.lower() for w in name.split()} - {"province"})),
    )
    assert gazetteer.holders("pell") == {"orle", "karsk"}
    assert gazetteer.holders("orle") == {"karsk"}
    assert gazetteer.holders("tessa") == frozenset()
    assert gazetteer.written(frozenset({"karsk", "pell", "gunmen"})) == {"karsk", "pell"}
    assert gazetteer.related("pell", ["karsk", "varn"]) == "karsk"
    assert gazetteer.related("karsk", ["pell"]) == "pell"
    assert gazetteer.related("orle", ["tessa"]) == ""
    # no file of the name: no relations
    assert read_gazetteer([str(tmp_path)], "", str.lower).holders("pell") == frozenset()
