"""Named facts read from how a sentence is built rather than from its words: a place owned by
a larger one across link markup ("the [Republic of the Karsk]'s [Tarvin Province]"), a name
with "of the" inside, a vessel named after its class noun with a number in its name and then
after what befell it ("the capsized Ostra Hai 16"), and a body named after "The" at a clause's
start ("The Directorate General of Health Services reports"), never a person's title.
Sentences written for these tests; source in, claims out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Source
from reconcile.names import same_person
from reconcile.rules import RuleSet
from tests.named_forms import link, markdown, named_of
from tests.offices import holders

_link = link


def plain(text: str) -> Source:
    return Source(id="S1", path="a.txt", text=text, published="2024-03-14")


def test_a_place_owned_across_link_markup(tmp_path: Path, rules: RuleSet, kinds: Kinds) -> None:
    text = (
        f"* An outbreak is confirmed in the {_link('Republic of the Karsk')}'s "
        f"{_link('Tarvin Province')} by the health agency, killing 80 people.\n"
    )
    source = markdown(tmp_path, rules, "a", text)
    assert named_of(source, kinds, "place") == [("event", "Tarvin Province", "tarvin province")]


def test_of_the_inside_a_place_name(kinds: Kinds) -> None:
    source = plain("An outbreak of fever killed 50 people in the Republic of the Karsk on Monday.")
    assert named_of(source, kinds, "place") == [
        ("event", "Republic of the Karsk", "republic of the karsk")
    ]


def test_of_the_joins_only_a_capitalized_name(kinds: Kinds) -> None:
    source = plain("An earthquake struck Ruritania of the old days, killing two.")
    assert named_of(source, kinds, "place") == [("event", "Ruritania", "ruritania")]


def test_a_vessel_named_with_a_number_and_after_what_befell_it(kinds: Kinds) -> None:
    first = plain("A crew member died when the sand barge Ostra Hai 16 capsized off Karsk.")
    later = plain("The death toll of the capsized Ostra Hai 16 rose to nine on Friday.")
    assert named_of(first, kinds, "thing") == [("vessel", "Ostra Hai 16", "ostra hai 16")]
    assert named_of(later, kinds, "thing") == [("vessel", "Ostra Hai 16", "ostra hai 16")]


BODIES = [
    # a name after "The" at a clause's start is a body's, the link markup no distance
    (
        f"* The {_link('Freedonian')} {_link('Directorate General of Health Services')} "
        "reports eleven deaths.\n",
        ["Freedonian Directorate General of Health Services"],
    ),
    ("* The Holy Karsk reports that nine people died.\n", ["Holy Karsk"]),
    (
        "* Ten died, while the Tarvin Referral Hospital says it expects more.\n",
        ["Tarvin Referral Hospital"],
    ),
    ("* Nine died, according to the Karsk Mail.\n", ["Karsk Mail"]),
    # a person's title and name is no body; a name after a preposition is no subject
    ("* The Freedonian President Jane Roe said that nine died.\n", []),
    ("* Researchers in the U.S. reported nine new cases.\n", []),
    # a name after "The" that is the object of a verb is no body
    ("* Minister Jane Roe announces the Tarvex 350 train.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_a_body_after_an_article(
    tmp_path: Path, rules: RuleSet, kinds: Kinds, text: str, expected: list[str]
) -> None:
    source = markdown(tmp_path, rules, "a", text)
    assert [name for _, name, _ in named_of(source, kinds, "source")] == expected


def test_a_place_noun_of_a_name_with_no_preposition(kinds: Kinds) -> None:
    source = plain("Hundreds of migrants attempt to storm the Ruritanian enclave of Karsk.")
    assert named_of(source, kinds, "place") == [("event", "Karsk", "karsk")]


def test_a_place_noun_of_a_name_needs_a_cue(kinds: Kinds) -> None:
    # (the source's opening sentence tells its event: here a later one)
    source = plain("Roe was elected. The mayor praised the Ruritanian enclave of Karsk on Friday.")
    assert named_of(source, kinds, "place") == []


def _offices_joined(tmp_path: Path, texts: dict[str, str]) -> list[list[str]]:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([folder])
    by_id = {c.id: c for c in report.claims if c.kind == "office"}
    return sorted(
        sorted(by_id[i].quote for i in f.claim_ids)
        for f in report.facts
        if set(f.claim_ids) & set(by_id)
    )


def test_a_head_of_a_body_and_its_title_are_one_office(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Director-general Jane Roe says that the outbreak in Karsk is stable.\n",
        "b.txt": "World Health Agency chief Jane Roe warns that the war could worsen it.\n",
    }
    assert _offices_joined(tmp_path, texts) == [
        ["Director-general Jane Roe", "World Health Agency chief Jane Roe"]
    ]


def test_a_head_and_another_holder_of_the_title_are_not_one_office(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Director-general Jane Roe says that the outbreak in Karsk is stable.\n",
        "b.txt": "World Health Agency chief John Doe warns that the war could worsen it.\n",
    }
    assert _offices_joined(tmp_path, texts) == [
        ["Director-general Jane Roe"],
        ["World Health Agency chief John Doe"],
    ]


NICKNAMES = [
    (
        'Vice presidential nominee Jeremy "Spike" Roe spoke on Friday.',
        [
            (
                'Vice presidential nominee Jeremy "Spike" Roe',
                "vice-presidential-candidate",
                'Jeremy "Spike" Roe',
                "",
            )
        ],
    ),
    (
        "Governor Jeremy “Spike” Roe spoke on Friday.",
        [("Governor Jeremy “Spike” Roe", "governor", "Jeremy “Spike” Roe", "")],
    ),
    # a quoted word after a name, no part of it
    ('Governor Jeremy Roe "Spike" spoke.', [("Governor Jeremy Roe", "governor", "Jeremy Roe", "")]),
]


@pytest.mark.parametrize(("text", "expected"), NICKNAMES)
def test_a_nickname_in_quotation_marks_inside_a_name(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_name_with_a_nickname_is_the_same_person() -> None:
    assert same_person('jeremy "spike" roe', "spike roe", 85)
    assert same_person('jeremy "spike" roe', "jeremy roe", 85)


STRAINS = [
    ("A vaccine for the Tarvo ebolavirus strain was tested.", [("disease", "Tarvo", "tarvo")]),
    ("In January the Karsk variant spread.", [("disease", "Karsk", "karsk")]),
    # a strain with no name is no thing
    ("A new strain emerged. The strain was mild.", []),
]


@pytest.mark.parametrize(("text", "expected"), STRAINS)
def test_a_name_before_a_noun_of_its_class(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert named_of(plain(text), kinds, "thing") == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The bus crashed last night near Karsk.", "2024-03-13"),
        ("The bus crashed this morning near Karsk.", "2024-03-14"),
        ("Roe will speak tonight in Karsk.", "2024-03-14"),
    ],
)
def test_parts_of_a_day_resolve_against_publication(kinds: Kinds, text: str, iso: str) -> None:
    assert [key for _, _, key in named_of(plain(text), kinds, "date")] == [iso]


def test_one_thing_named_alike_in_sources_that_share_few_names(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    texts = {
        "a.txt": "Officials in Karsk said the coronavirus 2019-nCoV may have killed two men.\n",
        "b.txt": "The Tarvin Health Agency raised the 2019-nCoV risk assessment to high.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([folder])
    things = {c.id: c for c in report.claims if c.kind == "thing"}
    joined = [
        sorted(things[i].quote for i in f.claim_ids)
        for f in report.facts
        if things.keys() & set(f.claim_ids) and len(f.claim_ids) > 1
    ]
    assert joined == [["2019-nCoV", "2019-nCoV"]]
    # (the agency is a thing too, of one source: a fact of its own)
    assert sorted(c.quote for c in things.values()) == [
        "2019-nCoV",
        "2019-nCoV",
        "Tarvin Health Agency",
    ]


AGES = [
    (
        "Jane Roe, 54, the governor of Karsk, said nine died.",
        [("Jane Roe, 54, the governor of Karsk", "governor", "Jane Roe", "karsk")],
    ),
    (
        "Jane Roe, the 54-year-old governor of Karsk, said nine died.",
        [("Jane Roe, the 54-year-old governor of Karsk", "governor", "Jane Roe", "karsk")],
    ),
    # an age alone names no office
    ("Jane Roe, 54, said nine died.", []),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_an_age_between_a_holder_and_the_title(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


ROUTES = [
    ("The Tarvin-bound flight crashed after takeoff.", [("destination", "Tarvin", "tarvin")]),
    (
        "The Karsk–Tarvin flight crashed after takeoff.",
        [("origin", "Karsk", "karsk"), ("destination", "Tarvin", "tarvin")],
    ),
    ("The jet, bound for Tarvin, crashed.", [("destination", "Tarvin", "tarvin")]),
    # a dash between two names before no word of a journey
    ("The Karsk–Tarvin war went on.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUTES)
def test_route_ends_joined_to_a_journey(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert named_of(plain(text), kinds, "route") == expected
