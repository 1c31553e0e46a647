"""Things by their common noun, in lower case: a currency ("adopt the euro"), a disaster ("killed
in an avalanche"), a vehicle's or a vessel's type ("a bus crashes", "the bulk carrier MV Tarvin
Star"): classes of `named.toml` whose `nouns` are common nouns, no names
(`NamedValue.common`). Such a noun is read only where it heads a noun phrase the sentence tells
of (`CommonHeads`): not counted or measured by a number ("50 euros"), not a figure of speech
("an avalanche of complaints"), not a thing compared with ("the size of a bulk carrier"), not
the modifier of another noun ("the euro area", "a bus station"). Two sources of one story
naming one join; two members of an exclusive class (a vessel's type) conflict. Sentences
written for these tests; sentences in, claims and facts out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.kinds.named import named
from tests.facts import claims_in, run_of


def _common(kinds: Kinds, text: str) -> list[tuple[str, str, str]]:
    """(name, role, key) of each thing claim of `text` read as a common noun."""
    values = [named(c) for c in claims_in(kinds, "thing", text)]
    return [(v.name, v.role, v.key) for v in values if v.common]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karskia's parliament votes to adopt the euro, which will replace the lev next year.",
            [("euro", "currency", "euro"), ("lev", "currency", "lev")],
        ),
        (
            "Four hikers are killed in an avalanche near the Velm pass on Sunday.",
            [("avalanche", "disaster", "avalanche")],
        ),
        (
            "A bus crashes into a ravine outside Tarvin, killing eleven passengers.",
            [("bus", "vehicle", "bus")],
        ),
        (
            "A drone hits the bulk carrier MV Tarvin Star off the coast of Karskia.",
            [("bulk carrier", "vessel type", "bulk carrier")],
        ),
        # (a verb, an adverb after it; opening a sentence, a capital is no name)
        (
            "Avalanches buried two ski lodges in the Velm valley overnight.",
            [("Avalanches", "disaster", "avalanche")],
        ),
        ("The tornado suddenly turned north.", [("tornado", "disaster", "tornado")]),
        (
            "The president declares a nationwide security emergency after the kidnappings.",
            [("security emergency", "emergency measure", "security emergency")],
        ),
        (
            "Aid agencies say 40 children in Velm have died of malnutrition under the blockade.",
            [
                ("malnutrition", "cause of death", "malnutrition"),
                ("blockade", "blockade", "blockade"),
            ],
        ),
        (
            "Four people were killed after torrential rains flooded the Velm valley.",
            [("torrential rains", "weather", "torrential rain")],
        ),
    ],
)
def test_a_thing_by_its_common_noun_is_read(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _common(kinds, text) == expected


def test_a_vessel_is_read_with_its_type_apart(kinds: Kinds) -> None:
    # the vessel's name and the common noun of its type: two things, two classes
    text = "The trawler MV Velm sank."
    found = [(named(c).name, c.noun_class) for c in claims_in(kinds, "thing", text)]
    assert sorted(found) == [("MV Velm", "vessel"), ("trawler", "vessel type")]


@pytest.mark.parametrize(
    "text",
    [
        # a currency counted or measured: a sum, the quantity kind's
        "The fine was raised to 50 euros for each day of delay.",
        "The company paid 2.4 million euros to settle the claims.",
        "Two buses were parked outside the school.",
        # a figure of speech
        "The ministry faced an avalanche of complaints after the reform.",
        # a thing compared with, not told of
        "The new ferry terminal can take ships the size of a bulk carrier.",
        "The blast was louder than a tornado, one resident said.",
        # the modifier of another noun: another thing's
        "Inflation in the euro area rose to 3 percent.",
        "Police closed the bus station on Monday.",
        "The avalanche risk stays high, forecasters said.",
        "The curfew hours were announced on Friday.",
        # a capital inside a sentence: a name ("Lev"), a tournament ("Euro 2028")
        "The minister met Lev Tarvin in the capital.",
        "Karskia will host Euro 2028, the federation said.",
    ],
)
def test_a_look_alike_is_no_thing(kinds: Kinds, text: str) -> None:
    assert _common(kinds, text) == []


def test_one_currency_in_two_sources_of_one_story_is_one_fact(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "Karskia adopts the euro on 1 January, replacing the lev as its currency.",
        "Karskia's request to adopt the euro is approved by the Tarvin Council.",
    )
    by_id = {c.id: c.quote for c in report.claims}
    joined = sorted(
        sorted(by_id[i] for i in f.claim_ids)
        for f in report.facts
        if f.kind == "thing" and len(f.claim_ids) > 1
    )
    assert ["euro", "euro"] in joined
    assert not [f for f in report.facts if f.kind == "thing" and f.verdict == "conflict"]


def test_two_vessel_types_of_one_story_conflict(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "A drone struck the bulk carrier MV Tarvin Star near the Velm Strait on Monday.",
        "A drone struck the oil tanker MV Tarvin Star near the Velm Strait on Monday.",
    )
    conflicts = [f.label for f in report.facts if f.kind == "thing" and f.verdict == "conflict"]
    assert conflicts == ["vessel type: bulk carrier / oil tanker"]


def test_two_disasters_of_one_story_do_not_conflict(tmp_path: Path) -> None:
    # one disaster sets off another: a source telling of each tells of two events
    report = run_of(
        tmp_path,
        "A tornado struck the Karsk coast on Monday, the agency said.",
        "A tsunami struck the Karsk coast on Monday, the agency said.",
    )
    assert not [f for f in report.facts if f.kind == "thing" and f.verdict == "conflict"]


def test_one_common_noun_in_two_stories_is_two_facts(tmp_path: Path) -> None:
    # two stories of no name in common: a word two sources share by chance
    report = run_of(
        tmp_path,
        "A bus crashes near Velm, killing four, Karsk police said.",
        "Tarvin Mayor Ann Lee opened a new depot and rode a bus across the city.",
    )
    buses = [f for f in report.facts if f.kind == "thing" and len(f.claim_ids) > 1]
    assert sorted(c.quote for c in report.claims if c.kind == "thing") == ["bus", "bus"]
    assert buses == []


def _thing_facts(tmp_path: Path, *texts: str) -> list[tuple[list[str], str]]:
    """(the sorted quotes, the verdict) of each thing fact of a run joining two claims."""
    report = run_of(tmp_path, *texts)
    by_id = {c.id: c.quote for c in report.claims}
    return sorted(
        (sorted(by_id[i] for i in f.claim_ids), f.verdict)
        for f in report.facts
        if f.kind == "thing" and len(f.claim_ids) > 1
    )


@pytest.mark.parametrize(
    ("first", "second", "quotes"),
    [
        # near words of one weather (`alike` of the class): compatible, one fact
        (
            "Heavy rains triggered landslides in Velm province on Monday, killing four.",
            "Four people were killed as torrential rain lashed Velm province on Monday.",
            ["Heavy rains", "torrential rain"],
        ),
        # and of one cause of death
        (
            "Eleven children have died of starvation in Tarvin camp, the Karsk ministry said.",
            "The Karsk ministry says eleven children died of malnutrition in Tarvin camp.",
            ["malnutrition", "starvation"],
        ),
    ],
)
def test_near_words_of_one_thing_are_one_compatible_fact(
    tmp_path: Path, first: str, second: str, quotes: list[str]
) -> None:
    assert (quotes, "compatible") in _thing_facts(tmp_path, first, second)


def test_common_nouns_of_two_groups_stay_apart(tmp_path: Path) -> None:
    # rain and wind: two weathers, neither within the other
    facts = _thing_facts(
        tmp_path,
        "Heavy rains caused floods in Velm province on Monday, killing four.",
        "Strong winds caused floods in Velm province on Monday, killing four.",
    )
    assert not [quotes for quotes, _ in facts if "Heavy rains" in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prime minister will dissolve parliament and call an early election.", "parliament"),
        ("The Karskian Seimas elects Ann Lee as prime minister.", "Seimas"),
        ("The United States Senate votes 86–12 to advance the bill.", "United States Senate"),
        ("Voters elect the Karskian House of Representatives today.", "Karskian House of"),
        ("Lee's party wins 30 of the 50 Legislative Assembly seats.", "Legislative Assembly"),
    ],
)
def test_a_chamber_is_read_by_its_name_or_its_noun(kinds: Kinds, text: str, expected: str) -> None:
    found = [named(c).name for c in claims_in(kinds, "thing", text) if c.noun_class == "chamber"]
    assert [n for n in found if n.startswith(expected)] == found
    assert len(found) == 1


def test_a_white_house_is_no_chamber(kinds: Kinds) -> None:
    text = "The White House said the sanctions would start on Friday."
    assert [c.noun_class for c in claims_in(kinds, "thing", text)] == ["institution"]


def test_a_general_noun_is_within_the_chamber_another_source_names(tmp_path: Path) -> None:
    facts = _thing_facts(
        tmp_path,
        "Karskian Prime Minister Ann Lee says she will dissolve parliament.",
        "Karskian Prime Minister Ann Lee's party wins 30 of the 50 National Assembly seats.",
    )
    assert (["National Assembly", "parliament"], "compatible") in facts


def test_two_named_chambers_stay_apart_beside_a_general_noun(tmp_path: Path) -> None:
    facts = _thing_facts(
        tmp_path,
        "The Karskian Senate votes 86 to 11 to pass the Tarvin sanctions bill.",
        "The Karskian House of Representatives votes to pass the Tarvin sanctions bill.",
        "The Tarvin sanctions bill passed parliament, Karskian officials said.",
    )
    both = [q for q, _ in facts if any("Senate" in x for x in q) and any("House" in x for x in q)]
    assert both == []


def _page(folder: Path, name: str, day: str, items: list[tuple[str, str]]) -> None:
    """A page of a day's news of March 2026: each (heading, item) a story of its own."""
    body = "".join(
        f"* [{heading}](https://example.org/{n})\n  * {item} [(Wire)](https://example.org/w)\n"
        for n, (heading, item) in enumerate(items)
    )
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Current events of {day} March 2026\npublished: 2026-03-{day}\n---\n"
        f"#### Politics and elections\n\n{body}",
        encoding="utf-8",
    )


def test_a_general_noun_stands_for_a_chamber_of_its_own_item(tmp_path: Path) -> None:
    # pages of many stories: "parliament" in the Karskian item is the Karskian chamber, not
    # the Velmian one another item of the other page names
    _page(
        tmp_path,
        "a",
        "05",
        [
            ("Karskian politics", "Karskian Prime Minister Ann Lee will dissolve parliament."),
            ("Tarvin floods", "Floods in Tarvin province leave 4,000 people homeless."),
        ],
    )
    _page(
        tmp_path,
        "b",
        "09",
        [
            ("Velmian politics", "The Velmian National Assembly elects Ole Berg as its speaker."),
            (
                "Karskian politics",
                "Ann Lee's party wins 30 of the 50 seats of the Karskian Legislative Assembly.",
            ),
        ],
    )
    report = run([tmp_path])
    by_id = {c.id: c.quote for c in report.claims}
    joined = [
        sorted(by_id[i] for i in f.claim_ids)
        for f in report.facts
        if f.kind == "thing" and "parliament" in [by_id[i] for i in f.claim_ids]
    ]
    assert joined == [["Karskian Legislative Assembly", "parliament"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karskia and Tarvinia agree on a peace treaty to end the border war.",
            [("peace treaty", "agreement")],
        ),
        (
            "Karskia and Tarvinia sign a Strategic Mutual Defense Agreement in Velm.",
            [("Strategic Mutual Defense Agreement", "agreement")],
        ),
        ("The president signs the bill into law on Friday.", [("bill", "law")]),
        ("The Karsk Data Act was passed on Wednesday.", [("Karsk Data Act", "law")]),
        # opening a sentence before a capitalized word: the first word of a name
        ("Bill Roe said he would run again.", []),
        # a body of law, not a bill
        ("Under international law, the strike is illegal.", []),
    ],
)
def test_agreements_and_laws_are_read(
    kinds: Kinds, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(named(c).name, c.noun_class) for c in claims_in(kinds, "thing", text)]
    assert found == expected


def test_near_words_of_one_agreement_and_a_bill_within_its_act(tmp_path: Path) -> None:
    facts = _thing_facts(
        tmp_path,
        "Karskian President Ann Lee signs a peace treaty with Tarvinia; she also enacts a bill"
        " ordering the release of the Velm files.",
        "Karskian President Ann Lee commits to a peace deal with Tarvinia, after the Velm Files"
        " Transparency Act ordered the files' release.",
    )
    assert (["peace deal", "peace treaty"], "compatible") in facts
    assert (["Velm Files Transparency Act", "bill"], "compatible") in facts
