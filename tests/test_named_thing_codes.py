"""Named things whose names hold a number, as news writes them: a flight's code written
apart from its number and given again bare, an aircraft's model bare with its variant, in
the plural or with its series, a military model's code before the noun of an aircraft, a
ship's prefix, a craft or a product by its name before the noun of its kind, a brand's
name written as one word in any case. Sentence in, claim out; then what two sources make
of them; and the look-alikes that name no thing: a count, a measure, a date, a year, a
code that is a road or a rebel group's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue
from reconcile.models import Claim
from reconcile.rules import RuleSet, load_rules
from tests.facts import claims_in, facts_of, run_of


@pytest.fixture(scope="module")
def kinds(rules: RuleSet) -> Kinds:
    return Kinds.build(rules)


def things(kinds: Kinds, text: str) -> list[Claim]:
    return claims_in(kinds, "thing", text)


def read(kinds: Kinds, text: str) -> list[tuple[str, str | None, str]]:
    """(quote, class, key) of each thing a text names."""
    found = []
    for claim in things(kinds, text):
        assert isinstance(claim.detail, NamedValue)
        found.append((claim.quote, claim.noun_class, claim.detail.key))
    return found


THING_CASES = [
    # a flight's code written apart from its number is the code written joined
    ("Northwind flight NW 418 lost contact.", "flight NW 418", "flight", "nw418"),
    ("Flight NW418 lost contact.", "Flight NW418", "flight", "nw418"),
    # a maker, and a model of capitals written apart from its number
    ("An Embraer ERJ 145 skidded off the runway.", "Embraer ERJ 145", "aircraft", "erj145"),
    ("A Kawasaki BK 117 went down near Velm.", "Kawasaki BK 117", "aircraft", "bk117"),
    ("A Mil Mi-8 went down near Velm.", "Mil Mi-8", "aircraft", "mi8"),
    # a model bare with a word of its variant
    ("Regulators grounded the 737 MAX in March.", "737 MAX", "aircraft", "737 max"),
    ("The 737 Max 8 left the hangar.", "737 Max 8", "aircraft", "737 max 8"),
    # a known model in the plural, or with its series after a hyphen
    ("The carrier parked its A321s for checks.", "A321s", "aircraft", "a321"),
    ("The A330-200 turned back.", "A330-200", "aircraft", "a330-200"),
    # a military model's code before the noun of an aircraft
    ("The air force flew F-16 fighter jets over Velm.", "F-16", "aircraft", "f16"),
    ("A Su-25 attack jet was lost.", "Su-25", "aircraft", "su25"),
    # a rebel group's code before its members' noun is the group, no aircraft
    ("M23 fighters seized the town.", "M23", "armed group", "m23"),
    # a word for "number" between a class word and its number is no part of the key
    ("Typhoon No. 10 neared Karsk.", "Typhoon No. 10", "storm", "10"),
    ("Flight No. 418 lost contact.", "Flight No. 418", "flight", "418"),
    # a ship's prefix
    ("The tanker MT Karsk Star caught fire.", "MT Karsk Star", "vessel", "karsk star"),
    ("KMP Velm Jaya 2 sank in the strait.", "KMP Velm Jaya 2", "vessel", "velm jaya 2"),
    ("The frigate Tarvin Glory was struck.", "Tarvin Glory", "vessel", "tarvin glory"),
    # a craft or a product by its name before the noun of its kind
    ("The agency launched a Tarvin 5 rocket.", "Tarvin 5", "spacecraft", "tarvin 5"),
    ("Crews flew up on the Karsk Dawn capsule.", "Karsk Dawn", "spacecraft", "karsk dawn"),
    ("Acme will ship Velmor Duo processors.", "Velmor Duo", "product", "velmor duo"),
    # a brand written as one word, its inner capital in lower case, and its variant
    ("Stores sold out of the Macbook Pro.", "Macbook Pro", "product", "macbook pro"),
    ("The Playstation went on sale.", "Playstation", "product", "playstation"),
]


@pytest.mark.parametrize(("text", "quote", "role", "key"), THING_CASES)
def test_a_thing_named_with_a_number_or_a_code(
    kinds: Kinds, text: str, quote: str, role: str, key: str
) -> None:
    assert read(kinds, text) == [(quote, role, key)]


def test_a_flight_code_given_with_its_class_word_is_read_again_bare(kinds: Kinds) -> None:
    text = "Flight NW418 lost contact at dawn. Radar showed NW418 turning back."
    assert [c.quote for c in things(kinds, text)] == ["Flight NW418", "NW418"]


LOOK_ALIKES = [
    # counts and measures
    "The night shift saw 12 ER nurses quit.",
    "The plane carried 145 passengers and 6 crew.",
    "The ferry sailed 117 km on 12 March 2024.",
    # a year before a capitalized name that is a variant's word
    "In 2019 Max Roe won the race.",
    # a number counting the members of a group, after its name
    "Karsk 12 fighters were killed.",
    # a road's code is no aircraft
    "Traffic stopped on the M62 motorway near Leeds.",
    # a number counting a plural noun after a name is no model
    "The Velm 3 rockets were found.",
    # a camper is no vessel, nor a word in capitals before a place
    "An RV Park was flooded 25 KM North of Velm.",
    # a capitalized adjective of a language or people alone names no craft
    "The agency pays for Russian spacecraft.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_name_no_thing(kinds: Kinds, text: str) -> None:
    assert read(kinds, text) == []


def report_of(tmp_path: Path, *texts: str) -> list[tuple[str, str]]:
    """(label, verdict) of each thing fact of a run of one source per text."""
    return facts_of(run_of(tmp_path, *texts), "thing")


def test_one_flight_written_three_ways_is_one_fact(tmp_path: Path) -> None:
    facts = report_of(
        tmp_path,
        "Northwind flight NW 418 lost contact over the sea.",
        "Flight NW418 lost contact over the sea.",
        "Flight 418 lost contact over the sea.",
    )
    assert len(facts) == 1
    assert facts[0][1] in ("agree", "compatible")


def test_two_flights_of_one_code_conflict(tmp_path: Path) -> None:
    facts = report_of(
        tmp_path,
        "Flight NW 418 lost contact over the sea.",
        "Flight NW 481 lost contact over the sea.",
    )
    assert [verdict for _, verdict in facts] == ["conflict"]


def test_two_military_models_conflict_and_a_series_meets_its_model(tmp_path: Path) -> None:
    assert [
        v for _, v in report_of(tmp_path / "a", "F-16 jets crashed.", "F-35 jets crashed.")
    ] == ["conflict"]
    facts = report_of(tmp_path / "b", "The A330-200 turned back.", "An Airbus A330 turned back.")
    assert len(facts) == 1
    assert facts[0][1] in ("agree", "compatible")


def test_two_storms_by_number_are_two_facts(tmp_path: Path) -> None:
    facts = report_of(tmp_path, "Typhoon No. 10 neared Karsk.", "Typhoon No. 11 neared Karsk.")
    storms = [(label, verdict) for label, verdict in facts if label.startswith("storm")]
    assert storms == [("storm: Typhoon No. 10", "single"), ("storm: Typhoon No. 11", "single")]


@pytest.mark.parametrize(
    ("key", "text", "before", "after"),
    [
        # a code written apart from its number is keyed joined by `code_apart`
        (
            "code_apart",
            "Northwind flight NW 418 lost contact.",
            [("flight NW 418", "flight", "nw418")],
            [("flight NW 418", "flight", "nw 418")],
        ),
        # a hyphen between a model's letters and its number is dropped by `code_hyphen`
        (
            "code_hyphen",
            "The air force flew F-16 fighter jets over Velm.",
            [("F-16", "aircraft", "f16")],
            [("F-16", "aircraft", "f-16")],
        ),
        # a flight's code is read again bare by `flight_code`
        (
            "flight_code",
            "Flight NW418 lost contact at dawn. Radar showed NW418 turning back.",
            [("Flight NW418", "flight", "nw418"), ("NW418", "flight", "nw418")],
            [("Flight NW418", "flight", "nw418")],
        ),
        # a model's code before an aircraft's noun by `model_code`
        (
            "model_code",
            "The air force flew F-16 fighter jets over Velm.",
            [("F-16", "aircraft", "f16")],
            [],
        ),
        # a maker's model bare with its variant by `bare_model`
        (
            "bare_model",
            "Regulators grounded the 737 MAX in March.",
            [("737 MAX", "aircraft", "737 max")],
            [],
        ),
        # a known code in the plural by `code`
        ("code", "The carrier parked its A321s for checks.", [("A321s", "aircraft", "a321")], []),
    ],
)
def test_the_code_shapes_are_read_from_the_rules(
    kinds: Kinds,
    tmp_path: Path,
    key: str,
    text: str,
    before: list[tuple[str, str, str]],
    after: list[tuple[str, str, str]],
) -> None:
    """Each shape of a code is a `[thing]` key of `named.toml`: a layer that sets it to
    match nothing stops that reading (and only that one)."""
    assert read(kinds, text) == before
    layer = tmp_path / "lang" / "en"
    layer.mkdir(parents=True)
    (layer / "named.toml").write_text(f"[thing]\n{key} = '(?!)'\n", encoding="utf-8")
    assert read(Kinds.build(load_rules(tmp_path)), text) == after


# The shapes of a named thing the held-out misses stop at, as the readers take them: a known
# name in lower case, or opening a sentence in capitals; a class word and a number; a body's
# name opening a sentence. And their look-alikes: an ordinary word opening a sentence, a
# count, a number with its unit.
SHAPES = [
    ("An outbreak of measles closed schools in Velm.", [("measles", "disease", "measle")]),
    ("Measles spread through three villages.", [("Measles", "disease", "measle")]),
    ("Flight 418 landed in Velm.", [("Flight 418", "flight", "418")]),
    (
        "Northwind Airlines grounded its fleet.",
        [("Northwind Airlines", "airline", "northwind airline")],
    ),
    ("Security forces sealed the town.", []),
    ("Officials said 737 people were evacuated.", []),
    ("The storm dropped 300 mm of rain on Velm.", []),
]


@pytest.mark.parametrize(("text", "found"), SHAPES)
def test_the_shapes_of_a_thing_and_their_look_alikes(
    kinds: Kinds, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert read(kinds, text) == found


def test_a_known_name_opening_a_sentence_meets_it_in_lower_case(tmp_path: Path) -> None:
    facts = report_of(
        tmp_path,
        "Measles spread through three villages near Velm.",
        "An outbreak of measles spread through villages near Velm.",
    )
    assert len(facts) == 1
    assert facts[0][1] == "agree"
