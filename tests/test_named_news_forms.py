"""Named claims in forms news writers use that the first rules did not read: particles and
possessives in names, people named after a month, bodies that are no person, titles behind a
body's name, class nouns in lower case, bodies followed by a day. Sentences written for these
tests; sentence in, claim out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds, LanguageKinds
from reconcile.kinds.named import NamedMention, NamedValue
from reconcile.kinds.office.records import OfficeHolder
from reconcile.lexicon import compile_lexicon
from reconcile.models import Claim, Source
from reconcile.rules import RuleSet


@pytest.fixture(scope="module")
def kinds(rules: RuleSet) -> Kinds:
    return Kinds.build(rules)


def claims(kinds: Kinds, text: str, kind: str) -> list[Claim]:
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    return [c for c in claims_of([source], kinds) if c.kind == kind]


def holders(kinds: Kinds, text: str) -> list[tuple[str, str, str, str]]:
    """(quote, office key, person, place) of each office claim."""
    found = []
    for claim in claims(kinds, text, "office"):
        detail = claim.detail
        assert isinstance(detail, OfficeHolder)
        found.append((claim.quote, detail.office_key, detail.person, detail.place))
    return found


def names(kinds: Kinds, text: str, kind: str) -> list[tuple[str, str, str]]:
    """(quote, role, name) of each claim of a named kind."""
    found = []
    for claim in claims(kinds, text, kind):
        detail = claim.detail
        assert isinstance(detail, NamedValue)
        found.append((claim.quote, detail.role, detail.name))
    return found


# ----------------------------------------------------------------------------------- offices
OFFICE_FORMS = [
    # a particle joined to the surname
    (
        "Freedonian President Karim al-Hadi met the envoys.",
        [("Freedonian President Karim al-Hadi", "president", "Karim al-Hadi", "freedonian")],
    ),
    (
        "Ruritanian President Abdel Karim el-Masri opened the summit.",
        [
            (
                "Ruritanian President Abdel Karim el-Masri",
                "president",
                "Abdel Karim el-Masri",
                "ruritanian",
            )
        ],
    ),
    # a surname that is a month's name, with no number after it
    (
        "Prime Minister Jane May said the talks were over.",
        [("Prime Minister Jane May", "prime-minister", "Jane May", "")],
    ),
    # a possessive after the name is not part of it
    (
        "Springfield's mayor Mary Ann Doe's plan was praised.",
        [("Springfield's mayor Mary Ann Doe", "mayor", "Mary Ann Doe", "springfield")],
    ),
    (
        "Prime Minister Ivan Petrenko's letter was leaked.",
        [("Prime Minister Ivan Petrenko", "prime-minister", "Ivan Petrenko", "")],
    ),
    # a place whose first word alone names none
    (
        "New Hampshire governor Mary Major signed the bill.",
        [
            (
                "New Hampshire governor Mary Major",
                "governor",
                "Mary Major",
                "new hampshire",
            )
        ],
    ),
    (
        "Governor John Doe of New York announced new rules.",
        [("Governor John Doe", "governor", "John Doe", "new york")],
    ),
    # a body in lower case after a possessive, then the person
    (
        "The head of Ruritania's border police, Jan Novak, said the road was closed.",
        [
            (
                "head of Ruritania's border police, Jan Novak",
                "head",
                "Jan Novak",
                "ruritania police",
            )
        ],
    ),
    # the story's own body after "of"
    (
        "The new governor of the province, Petr Lang, visited the dam.",
        [("governor of the province, Petr Lang", "governor", "Petr Lang", "")],
    ),
    (
        "Jane Roe, the ministry's spokeswoman, said twelve people died.",
        [("Jane Roe, the ministry's spokeswoman", "spokesperson", "Jane Roe", "")],
    ),
    # a second title between the first and the person
    (
        "AU chairperson President Abdel Karim el-Masri opened the summit.",
        [
            (
                "AU chairperson President Abdel Karim el-Masri",
                "chairman",
                "Abdel Karim el-Masri",
                "au",
            ),
            ("President Abdel Karim el-Masri", "president", "Abdel Karim el-Masri", ""),
        ],
    ),
    # an adjective between the possessive and the title
    (
        "Ohio's Republican governor, Jane Roe, declared an emergency.",
        [("Ohio's Republican governor, Jane Roe", "governor", "Jane Roe", "ohio")],
    ),
    (
        "Jane Roe, Ohio's Republican governor, declared an emergency.",
        [("Jane Roe, Ohio's Republican governor", "governor", "Jane Roe", "ohio")],
    ),
    # a point of the compass that is part of the place's name
    (
        "Park Tae-ho, North Korea's leader, inspected the port.",
        [("Park Tae-ho, North Korea's leader", "head", "Park Tae-ho", "north korea")],
    ),
    (
        "South Korean President Kim Soo-min met the envoy.",
        [("South Korean President Kim Soo-min", "president", "Kim Soo-min", "south korean")],
    ),
    # tokenized text: a possessive written apart
    (
        "Jack Doe , Acme 's chief executive , said the filing was needed .",
        [("Jack Doe , Acme 's chief executive", "chief-executive", "Jack Doe", "acme")],
    ),
    (
        "Acme 's chief executive Jack Doe said the firm would survive .",
        [("Acme 's chief executive Jack Doe", "chief-executive", "Jack Doe", "acme")],
    ),
    # a former holder past the words of a title
    (
        "Former Foreign Secretary John Doe won the vote.",
        [
            (
                "Foreign Secretary John Doe",
                "former-uk-foreign-secretary",
                "John Doe",
                "foreign",
            )
        ],
    ),
    # a word of a title that is a body's word ("Health Ministry"), not the title
    (
        "On Monday, Health Ministry spokesman Ali Rahimi said twelve people died.",
        [
            (
                "Health Ministry spokesman Ali Rahimi",
                "spokesperson",
                "Ali Rahimi",
                "health ministry",
            )
        ],
    ),
    # a lesser word before the body makes another office
    (
        "Deputy Emergency Situations Minister Ivan Petrov told reporters so.",
        [
            (
                "Deputy Emergency Situations Minister Ivan Petrov",
                "deputy-minister",
                "Ivan Petrov",
                "emergency situations",
            )
        ],
    ),
    (
        "Scotland First Minister Mary Major said the schools would reopen.",
        [
            (
                "Scotland First Minister Mary Major",
                "first-minister",
                "Mary Major",
                "scotland",
            )
        ],
    ),
    # (a body's noun alone is the story's own body, as "the union" is: no place)
    (
        "Union general secretary John Doe commented.",
        [("Union general secretary John Doe", "secretary-general", "John Doe", "")],
    ),
    # no holder: a nominee for an office, a title that is a surname
    ("The party nominated Jane Roe, for vice president.", []),
    ("The campaign of Martin Luther King Jr. went on.", []),
    ("Andrea Roe, the head chef of the restaurant, was found dead.", []),
    # who appoints holds nothing; who is appointed, or was, does
    ("Jane May appointed him Foreign Secretary in 2016.", []),
    (
        "Jane Roe was the acting governor. Mary Major was appointed governor.",
        [
            ("Jane Roe was the acting governor", "governor", "Jane Roe", ""),
            ("Mary Major was appointed governor", "governor", "Mary Major", ""),
        ],
    ),
    ("Before Hamad became Sultan, he lived abroad.", []),
    (
        "John Doe spoke. Doe is currently chairman of the Temperance Party.",
        [
            (
                "Doe is currently chairman of the Temperance Party",
                "chairman",
                "John Doe",
                "temperance party",
            )
        ],
    ),
    ("He was an early director of the Prime Number Foundation.", []),
    # the holder is the person after the title, not the body before it
    (
        "In the Green Party, union leader John Doe won. The Natural Law Party lost.",
        [("leader John Doe", "head", "John Doe", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_FORMS)
def test_office_forms_of_news(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_capitalized_word_opening_a_sentence_is_no_first_name(kinds: Kinds) -> None:
    # "Regarding" is written in lower case elsewhere: "Regarding Trump" is no one's name
    text = (
        "Regarding Doe's visit, aides said nothing regarding costs. President Doe's aides "
        "declined to comment. The visit was planned by John Doe."
    )
    assert holders(kinds, text) == [("President Doe", "president", "John Doe", "")]


def test_a_capitalized_word_opening_a_bullet_is_no_first_name(kinds: Kinds) -> None:
    text = (
        "Aides said nothing regarding costs.\n* Regarding Doe's visit, aides declined to "
        "comment. President Doe's aides left. The visit was planned by John Doe."
    )
    assert holders(kinds, text) == [("President Doe", "president", "John Doe", "")]


def test_a_title_of_no_country_after_another_place_is_that_place_s(kinds: Kinds) -> None:
    text = "Montana Secretary of State Jane Roe said the law was popular."
    assert holders(kinds, text) == [
        (
            "Montana Secretary of State Jane Roe",
            "secretary-of-state",
            "Jane Roe",
            "montana",
        )
    ]
    text = "Secretary of State John Doe left Kyiv."
    assert holders(kinds, text) == [
        ("Secretary of State John Doe", "us-secretary-of-state", "John Doe", "")
    ]


def test_a_surname_alone_is_the_full_name_without_the_title_before_it(kinds: Kinds) -> None:
    text = "United States President John Doe spoke on Friday. President Doe left."
    assert [h[2] for h in holders(kinds, text)] == ["John Doe", "John Doe"]


def test_a_name_with_and_without_its_particle_is_one_holder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Syrian President Bashar al-Assad spoke on Monday.\n")
    (tmp_path / "b.txt").write_text("President Bashar Assad spoke on Monday.\n")
    report = run([tmp_path])
    facts = [(f.verdict, len(f.claim_ids)) for f in report.facts if f.kind == "office"]
    assert facts == [("agree", 2)]


# ------------------------------------------------------------------------ other named kinds
THING_FORMS = [
    ("The new Boeing 737 Max was grounded.", [("Boeing 737 Max", "aircraft", "Boeing 737 Max")]),
    (
        "The Sukhoi Superjet 100 was delivered.",
        [("Sukhoi Superjet 100", "aircraft", "Sukhoi Superjet 100")],
    ),
    # a model with letters joined by a hyphen, a maker of helicopters
    ("The Antonov An-26 crashed.", [("Antonov An-26", "aircraft", "Antonov An-26")]),
    ("A Sikorsky S-76B crashed.", [("Sikorsky S-76B", "aircraft", "Sikorsky S-76B")]),
    # a class word with a code after a capitalized name
    (
        "Ruritania International Airlines Flight RA752 crashed.",
        [("Flight RA752", "flight", "Flight RA752")],
    ),
    # a class noun in lower case is no part of the name
    ("The cargo ship Silver Wave capsized.", [("Silver Wave", "vessel", "Silver Wave")]),
    ("The tanker Nordic Star was seized.", [("Nordic Star", "vessel", "Nordic Star")]),
    # a weekday is no name, before or after
    ("The ferry Monday was full.", []),
    # a joiner inside the name is no stop word
    (
        "The Bread and Butter Party won.",
        [("Bread and Butter Party", "party", "Bread and Butter Party")],
    ),
    (
        "On Friday Ford Motor Company announced a recall.",
        [("Ford Motor Company", "company", "Ford Motor Company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THING_FORMS)
def test_thing_forms_of_news(kinds: Kinds, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(kinds, text, "thing") == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A Boeing 737-800", "A Boeing 737"),
        ("A Boeing 737", "A Boeing 737-800"),
        ("Flight RA752", "Flight 752"),
    ],
)
def test_a_model_or_number_and_its_variant_are_compatible_either_way(
    tmp_path: Path, first: str, second: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{first} crashed near Tehran on Wednesday.\n")
    (tmp_path / "b.txt").write_text(f"{second} crashed near Tehran on Wednesday.\n")
    report = run([tmp_path])
    assert [f.verdict for f in report.facts if f.kind == "thing"] == ["compatible"]


PLACE_FORMS = [
    (
        "The jet burst into flames at Sheremetyevo Airport on Sunday.",
        [("at Sheremetyevo Airport", "crash site", "Sheremetyevo Airport")],
    ),
    (
        "A chef was found dead on Wednesday in Queens, New York.",
        [("in Queens, New York", "event", "Queens, New York")],
    ),
    # a surname the source gives in full, before a possessive, is no place
    ("Jean Dupont died. Parliament was silent in Dupont's honour.", []),
    (
        "The quake struck in Iraq's north, killing dozens.",
        [("in Iraq", "event", "Iraq")],
    ),
    # a title after a comma starts no larger place
    (
        "In the US state of Alabama, Governor Jane Roe said the storm hit.",
        [("In the US state of Alabama", "event", "Alabama")],
    ),
    # an adjective, a class noun and "of" before the place
    (
        "On the Greek island of Kos, two people died in the quake.",
        [("On the Greek island of Kos", "event", "Kos")],
    ),
    (
        "The quake struck the Indonesian province of Aceh on Sunday.",
        [("struck the Indonesian province of Aceh", "event", "Aceh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_FORMS)
def test_place_forms_of_news(kinds: Kinds, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(kinds, text, "place") == expected


def test_a_travel_word_inside_a_name_tells_of_no_journey(kinds: Kinds) -> None:
    text = "The recorder of Northwind Air Flight 610 was recovered from the Coral Sea."
    assert names(kinds, text, "route") == []
    text = "Flights from Jakarta to Bali were cancelled."
    assert names(kinds, text, "route") == [
        ("from Jakarta", "origin", "Jakarta"),
        ("to Bali", "destination", "Bali"),
    ]


SOURCE_FORMS = [
    # a day between the body and its verb
    (
        "The National Rail Safety Committee on Monday announced the find.",
        [
            (
                "National Rail Safety Committee",
                "stated by",
                "National Rail Safety Committee",
            )
        ],
    ),
    # a news agency
    ("The index fell on Monday, according to Reuters.", [("Reuters", "stated by", "Reuters")]),
    # a name after "said" that opens a quote is what was said of, not who said it
    ('The minister said ACTA "is popular".', []),
    # a league of states or of clubs is a body that states
    (
        "The Karsk League said 20 people had died.",
        [("Karsk League", "stated by", "Karsk League")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_FORMS)
def test_source_forms_of_news(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert names(kinds, text, "source") == expected


DATE_FORMS = [
    # a future word far after the date in a long sentence does not make it one to come
    (
        "On Wednesday a complaint was lodged against the mayor by a rival, and officials had"
        " said they would look into such claims.",
        "2024-03-13",
    ),
    # one near it does, before or after
    ("The summit will be held next Monday in Paris.", "2024-03-18"),
    ("On Monday, the president will travel to Paris.", "2024-03-18"),
    ("The rally on Monday drew thousands.", "2024-03-11"),
    # tokenized text: the comma before the year stands apart
    ("The first jet was delivered on October 15 , 2007 .", "2007-10-15"),
]


@pytest.mark.parametrize(("text", "day"), DATE_FORMS)
def test_the_day_of_a_date_is_resolved_as_written(kinds: Kinds, text: str, day: str) -> None:
    (claim,) = claims(kinds, text, "date")  # published on Thursday 2024-03-14
    detail = claim.detail
    assert isinstance(detail, NamedValue)
    assert detail.key == day


def test_the_roles_of_named_kinds_are_named_by_rules(rules: RuleSet) -> None:
    lexicon = compile_lexicon(rules, "en")
    named = replace(
        lexicon.rules.named,
        roles={**lexicon.rules.named.roles, "source": "according to", "destination": "bound for"},
    )
    kinds = LanguageKinds.build(replace(lexicon, rules=replace(lexicon.rules, named=named)))
    source = Source(id="S1", path="a.txt", text="Police said the jet flew from Lagos to Accra.")
    found = [
        (m.kind, m.quote, m.detail.role)
        for sentence in kinds.sentences(source)
        for kind in kinds
        for m in kind.find(source, sentence)
        if isinstance(m.detail, NamedMention)
    ]
    assert sorted(found) == [
        ("route", "from Lagos", "origin"),
        ("route", "to Accra", "bound for"),
        ("source", "Police", "according to"),
    ]
