"""Office holders in the shapes news names them, whatever the story: a title before or after
the name, in a possessive, in brackets, after a relative clause or an aside; titles of
bodies; the state of a term; names with initials or particles; a name an active verb of
appointing makes a holder; one holder succeeding another. Sentences written for these tests
(no story's wording); sentence in, claims out as (quote, office key, person, place)."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.offices import holders

SHAPES = [
    # an apposition after the name, the place in a possessive
    (
        "Maria Lopez, the country's foreign minister, said talks would resume.",
        [
            (
                "Maria Lopez, the country's foreign minister",
                "foreign-minister",
                "Maria Lopez",
                "",
            )
        ],
    ),
    # the title before the name, set off by commas
    (
        "The minister, Karl Berg, said the plan was final.",
        [("minister, Karl Berg", "minister", "Karl Berg", "")],
    ),
    # a possessive title in lower case
    (
        "Germany's chancellor Olaf Brandt met the leaders.",
        [("Germany's chancellor Olaf Brandt", "germany-chancellor", "Olaf Brandt", "")],
    ),
    # "X, the head of …" and "X, who heads …"
    (
        "Jane Roe, the head of the Harbor Authority, said the port was closed.",
        [
            (
                "Jane Roe, the head of the Harbor Authority",
                "head",
                "Jane Roe",
                "harbor authority",
            )
        ],
    ),
    (
        "Jane Roe became prime minister in March.",
        [("Jane Roe became prime minister", "prime-minister", "Jane Roe", "")],
    ),
    # the office of the title's holder speaks: no person holds it here
    ("The prime minister's office said Jane Roe would travel to Rome.", []),
    # titles of organisations
    (
        "The secretary-general of the United Nations, Ana Ortiz, called for calm.",
        [
            (
                "secretary-general of the United Nations, Ana Ortiz",
                "secretary-general",
                "Ana Ortiz",
                "un",
            )
        ],
    ),
    (
        "John Doe, chief executive of Acme, said sales fell.",
        [("John Doe, chief executive of Acme", "chief-executive", "John Doe", "acme")],
    ),
    (
        "Anna Weber, a spokeswoman for the ministry, said no one was hurt.",
        [("Anna Weber, a spokeswoman for the ministry", "spokesperson", "Anna Weber", "")],
    ),
    (
        "Karsk mayor Jane Roe said the bridge would reopen.",
        [("Karsk mayor Jane Roe", "mayor", "Jane Roe", "karsk")],
    ),
    (
        "The chair of the committee, Jane Roe, said the hearing would resume.",
        [("chair of the committee, Jane Roe", "chairman", "Jane Roe", "")],
    ),
    # the state of a term: acting and interim hold the office, former does not
    (
        "Kim Lee, the acting president, signed the order.",
        [("Kim Lee, the acting president", "president", "Kim Lee", "")],
    ),
    (
        "Syria's interim president Ahmed al-Rashid spoke.",
        [("Syria's interim president Ahmed al-Rashid", "president", "Ahmed al-Rashid", "syria")],
    ),
    (
        "Jane Roe, the former president of Freedonia, spoke.",
        [
            (
                "Jane Roe, the former president of Freedonia",
                "former-president",
                "Jane Roe",
                "freedonia",
            )
        ],
    ),
    # an age or a clause between the name and the title
    (
        "Jane Roe, 54, the country's defence minister, spoke.",
        [("Jane Roe, 54, the country's defence minister", "defense-minister", "Jane Roe", "")],
    ),
    (
        "Jane Roe, who took office in January, is the country's president.",
        [
            (
                "Jane Roe, who took office in January, is the country's president",
                "president",
                "Jane Roe",
                "",
            )
        ],
    ),
    # names with particles
    (
        "Bill de Groot, the mayor of Karsk, spoke on Monday.",
        [("Bill de Groot, the mayor of Karsk", "mayor", "Bill de Groot", "karsk")],
    ),
    (
        "Dutch Prime Minister Jan van der Berg spoke.",
        [
            (
                "Dutch Prime Minister Jan van der Berg",
                "prime-minister",
                "Jan van der Berg",
                "dutch",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_office_holders_in_the_shapes_of_news(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# titles of their own, not a word of a larger one: "managing director" is no director of
# several, "chief of staff" and "chief justice" head no body, a crown prince is no monarch
OWN_TITLES = [
    (
        "IMF Managing Director Jane Roe warned of risks.",
        [("IMF Managing Director Jane Roe", "managing-director", "Jane Roe", "imf")],
    ),
    (
        "Jane Roe, managing director of the IMF, warned of risks.",
        [("Jane Roe, managing director of the IMF", "managing-director", "Jane Roe", "imf")],
    ),
    # (a body's noun alone is the story's own body, as "the army" is: no place)
    (
        "Army chief of staff Gen. Tom Hart spoke.",
        [("Army chief of staff Gen. Tom Hart", "chief-of-staff", "Tom Hart", "")],
    ),
    (
        "White House chief of staff Ann Fields spoke.",
        [("White House chief of staff Ann Fields", "chief-of-staff", "Ann Fields", "white house")],
    ),
    (
        "Gen. Tom Hart, the army chief of staff, spoke.",
        [("Tom Hart, the army chief of staff", "chief-of-staff", "Tom Hart", "")],
    ),
    (
        "Chief Justice John Carver said the court would rule.",
        [("Chief Justice John Carver", "chief-justice", "John Carver", "")],
    ),
    (
        "Omar bin Khalid, Karsk's crown prince, met the envoy.",
        [("Omar bin Khalid, Karsk's crown prince", "crown-prince", "Omar bin Khalid", "karsk")],
    ),
    (
        "Karsk Governor-General Jane Roe opened parliament.",
        [("Karsk Governor-General Jane Roe", "governor-general", "Jane Roe", "karsk")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TITLES)
def test_titles_of_their_own(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# a title in brackets after the name: the quote ends at the bracket
BRACKETED = [
    (
        "Omar Haddad (minister of finance) resigned on Friday.",
        [("Omar Haddad (minister of finance)", "finance-minister", "Omar Haddad", "")],
    ),
    (
        "Omar Haddad (Freedonia's president) spoke.",
        [("Omar Haddad (Freedonia's president)", "president", "Omar Haddad", "freedonia")],
    ),
    # the title inside another clause in brackets names no one
    ("Omar Haddad (who met the finance minister) resigned on Friday.", []),
    ("Omar Haddad (left) and the finance minister spoke.", []),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_a_title_in_brackets_after_the_name(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# an active verb of appointing, the person, then the title
APPOINTED = [
    (
        "Acme named Jane Roe chief executive on Tuesday.",
        [("Jane Roe chief executive", "chief-executive", "Jane Roe", "")],
    ),
    (
        "Parliament elected Jane Roe prime minister on Tuesday.",
        [("Jane Roe prime minister", "prime-minister", "Jane Roe", "")],
    ),
    # a place the source writes after "in" is no person
    ("Voters elected South Korea president twice, as voters in South Korea do.", []),
    # and without the verb, the capitalized words before a title are its place
    (
        "Later, Freedonia president Jane Roe spoke.",
        [("Freedonia president Jane Roe", "president", "Jane Roe", "freedonia")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTED)
def test_a_person_an_active_verb_appoints(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# one holder succeeding another: the successor holds the office, the one succeeded held it
SUCCEEDED = [
    (
        "Jane Roe replaced John Doe as chief executive in May.",
        [
            (
                "Jane Roe replaced John Doe as chief executive",
                "chief-executive",
                "Jane Roe",
                "",
            )
        ],
    ),
    (
        "Jane Roe, who succeeded John Doe as prime minister, said.",
        [
            (
                "Jane Roe, who succeeded John Doe as prime minister",
                "prime-minister",
                "Jane Roe",
                "",
            )
        ],
    ),
    (
        "She succeeded John Doe as prime minister in May.",
        [("John Doe as prime minister", "former-prime-minister", "John Doe", "")],
    ),
    (
        "Jane Roe took over as chief executive in May.",
        [("Jane Roe took over as chief executive", "chief-executive", "Jane Roe", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUCCEEDED)
def test_one_holder_succeeding_another(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_known_place_of_another_country_is_not_the_rules_office(kinds: Kinds) -> None:
    # "Defence Secretary" alone is the US office of the rules; after "Britain's" it is not
    found = holders(kinds, "Britain's defence secretary, John Doe, said.")
    assert [(key, person) for _, key, person, _ in found] == [("secretary", "John Doe")]
    assert holders(kinds, "Defense Secretary John Doe said.") == [
        ("Defense Secretary John Doe", "us-defense-secretary", "John Doe", "")
    ]


# an apposition set off by dashes, as by commas
DASHED = [
    (
        "Jane Roe – the president of Freedonia – said the vote was fair.",
        [("Jane Roe – the president of Freedonia", "president", "Jane Roe", "freedonia")],
    ),
    (
        "Jane Roe—Freedonia's president—said the vote was fair.",
        [("Jane Roe—Freedonia's president", "president", "Jane Roe", "freedonia")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED)
def test_an_apposition_between_dashes(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_body_noun_alone_before_a_title_is_no_place(kinds: Kinds) -> None:
    # "Ministry spokesperson", "Conservative Party leader": the story's own body, as "the
    # ministry" is; a body's name is the place ("Interior Ministry", "Freedom Party")
    text = "Ministry spokesperson Anna Weber said. Interior Ministry spokesman John Doe said."
    assert [(person, place) for _, _, person, place in holders(kinds, text)] == [
        ("Anna Weber", ""),
        ("John Doe", "interior ministry"),
    ]
    text = "Conservative Party leader and Prime Minister Jane Roe spoke."
    assert [(key, place) for _, key, _, place in holders(kinds, text)] == [("prime-minister", "")]


# "counterpart": the office of a holder named before in the sentence, for the place before it
COUNTERPARTS = [
    (
        "Freedonian Foreign Minister Jane Roe met her Karskian counterpart John Doe.",
        [
            (
                "Freedonian Foreign Minister Jane Roe",
                "foreign-minister",
                "Jane Roe",
                "freedonian",
            ),
            ("Karskian counterpart John Doe", "foreign-minister", "John Doe", "karskian"),
        ],
    ),
    # and a rules office when the title and place are one
    (
        "Jane Roe, the Freedonian foreign minister, met her Russian counterpart Ivan Orlov.",
        [
            (
                "Jane Roe, the Freedonian foreign minister",
                "foreign-minister",
                "Jane Roe",
                "freedonian",
            ),
            ("Russian counterpart Ivan Orlov", "russia-foreign-minister", "Ivan Orlov", "russia"),
        ],
    ),
    # no place, no earlier titled holder, or a former one: nothing is lent
    ("Jane Roe met her counterpart John Doe.", []),
    (
        "Former President Jane Roe met her Karskian counterpart John Doe.",
        [("President Jane Roe", "former-president", "Jane Roe", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS)
def test_a_counterpart_holds_the_office_of_the_holder_before(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# a link's markup blanked out is spaces: a title and the name after it, or an aside between
# the name and the title, are read however widely spaced
BLANKED = [
    (
        "The talks were opened by King" + " " * 30 + "Harald on Monday.",
        [("King" + " " * 30 + "Harald", "king", "Harald", "")],
    ),
    (
        "The president appoints Jane Roe, a"
        + " " * 20
        + "Karsk Armed Forces"
        + " " * 40
        + "general"
        + " " * 20
        + ", as the new prime minister of Karsk.",
        [
            (
                "Jane Roe, a"
                + " " * 20
                + "Karsk Armed Forces"
                + " " * 40
                + "general"
                + " " * 20
                + ", as the new prime minister of Karsk",
                "prime-minister",
                "Jane Roe",
                "karsk",
            )
        ],
    ),
    # a comma between is no title's name: "the king, Harald" reads it; "King, Harald" alone not
    ("The talks were opened by the visiting King, Harald said.", []),
]


@pytest.mark.parametrize(("text", "expected"), BLANKED)
def test_a_link_blanked_out_between_title_and_name(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected
