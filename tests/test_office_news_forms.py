"""Office holders in more forms news writes: a relative clause after the name ("Roe, who is
the governor of Ohio", "Smith, who heads the Federal Aviation Administration"), "serving as",
titles news uses everywhere (MP, envoy, prosecutor, pope), and a place's name that ends in a
noun of a kind of place is no person ("District Attorney of San Bernardino County").
Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.offices import holders

CASES = [
    # a relative clause before the verb
    (
        "Jane Roe, who is the governor of Ohio, said the state would appeal.",
        [("Jane Roe, who is the governor of Ohio", "governor", "Jane Roe", "ohio")],
    ),
    # and an adverb after it
    (
        "Ardern, who is also the country's prime minister, spoke.",
        [("Ardern, who is also the country's prime minister", "prime-minister", "Ardern", "")],
    ),
    (
        "Kirsten Gillibrand is serving as Senator from New York.",
        [
            (
                "Kirsten Gillibrand is serving as Senator from New York",
                "senator",
                "Kirsten Gillibrand",
                "new york",
            )
        ],
    ),
    # a verb that holds an office
    (
        "Mark Smith, who heads the Federal Aviation Administration, said the jet was safe.",
        [
            (
                "Mark Smith, who heads the Federal Aviation Administration",
                "head",
                "Mark Smith",
                "federal aviation administration",
            )
        ],
    ),
    (
        "Ann Lee, who chairs the Harbor Commission, resigned.",
        [("Ann Lee, who chairs the Harbor Commission", "chairman", "Ann Lee", "harbor commission")],
    ),
    # titles news uses everywhere
    (
        "Labour MP John Carr resigned on Monday.",
        [("MP John Carr", "member-of-parliament", "John Carr", "")],
    ),
    (
        "Local prosecutor Remy Heitz said the suspect's wife was detained.",
        [("prosecutor Remy Heitz", "prosecutor", "Remy Heitz", "")],
    ),
    (
        "Special envoy Zalmay Khalilzad met the delegation.",
        [("Special envoy Zalmay Khalilzad", "envoy", "Zalmay Khalilzad", "")],
    ),
    ("Pope Francis prayed for the victims.", [("Pope Francis", "pope", "Francis", "")]),
    (
        "Harbor Force commander Omar Haddad was killed.",
        [("Harbor Force commander Omar Haddad", "commander", "Omar Haddad", "harbor force")],
    ),
    (
        "Acme's Chief Technical Officer Chris Wright spoke.",
        [
            (
                "Acme's Chief Technical Officer Chris Wright",
                "chief-technology-officer",
                "Chris Wright",
                "acme",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_holders_in_news_forms(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_relative_clause_without_a_body_holds_nothing(kinds: Kinds) -> None:
    # "who heads" then nothing capitalized: no office, no place
    assert holders(kinds, "Mark Smith, who heads home on Friday, said the jet was safe.") == []


def test_an_office_of_another_holder_is_no_place(kinds: Kinds) -> None:
    # the adviser is not named: the person after "for" holds the other title
    text = "A former adviser for Freedonian President Karim Haddad was sentenced."
    assert holders(kinds, text) == [
        ("Freedonian President Karim Haddad", "president", "Karim Haddad", "freedonian")
    ]


def test_a_place_ending_in_a_place_noun_is_no_person(kinds: Kinds) -> None:
    text = "He ran for District Attorney of San Bernardino County and lost."
    assert holders(kinds, text) == []


# a body's name may open with a title's word ("Premier League"): the body's last word is no
# person's name, so the title holds nobody; before another title the whole name is its place
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karsk Rovers won the Premier League title on Sunday.", []),
        ("The Premier League said the clubs had agreed.", []),
        (
            "Premier League chief executive Jane Roe said the clubs had agreed.",
            [
                (
                    "Premier League chief executive Jane Roe",
                    "chief-executive",
                    "Jane Roe",
                    "premier league",
                )
            ],
        ),
        # a one-word person's name after the title is still read
        ("Premier Haddad resigned.", [("Premier Haddad", "prime-minister", "Haddad", "")]),
    ],
)
def test_a_body_named_with_a_title_word_holds_no_office(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# a generic noun of a place ("city", "state") written capitalized after a capitalized word is
# the last word of that place's name, not the story's own city; alone, after an article or
# opening a sentence it is still the story's own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karsk City mayor Jane Roe said the buses would run.",
            [("Karsk City mayor Jane Roe", "mayor", "Jane Roe", "karsk city")],
        ),
        (
            "Port Lorn City mayor Omar Haddad resigned.",
            [("Port Lorn City mayor Omar Haddad", "mayor", "Omar Haddad", "port lorn city")],
        ),
        (
            "The city mayor Jane Roe said the buses would run.",
            [("The city mayor Jane Roe", "mayor", "Jane Roe", "")],
        ),
        (
            "City mayor Jane Roe said the buses would run.",
            [("City mayor Jane Roe", "mayor", "Jane Roe", "")],
        ),
        (
            "Officials said the City mayor Jane Roe would resign.",
            [("the City mayor Jane Roe", "mayor", "Jane Roe", "")],
        ),
    ],
)
def test_a_generic_place_noun_ending_a_name_is_that_place(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# a word of `not_current` joined to the title, or opening it; "then" of a sequence is none
FORMER_CASES = [
    (
        "The decree was signed by then-President Barack Obama.",
        [("President Barack Obama", "former-president", "Barack Obama", "")],
    ),
    (
        "Ex-Prime Minister Jane Roe resigned.",
        [("Prime Minister Jane Roe", "former-prime-minister", "Jane Roe", "")],
    ),
    (
        "Guests include ex-UK Prime Minister Jane Roe.",
        [("ex-UK Prime Minister Jane Roe", "former-uk-prime-minister", "Jane Roe", "uk")],
    ),
    (
        "In 2010, then President Barack Obama signed it.",
        [("President Barack Obama", "former-president", "Barack Obama", "")],
    ),
    (
        "Talks stalled, and then President Barack Obama intervened.",
        [("President Barack Obama", "president", "Barack Obama", "")],
    ),
    (
        "Talks stalled, and then Governor Jane Roe of Ohio intervened.",
        [("Governor Jane Roe", "governor", "Jane Roe", "ohio")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMER_CASES)
def test_former_holders_as_news_writes_them(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_title_alone_is_the_rules_office_of_its_head_word(kinds: Kinds) -> None:
    # "UK Defence Secretary" is a secretary (its head word) as well as a secretary of state
    # ("UK Secretary of State for Defence"): "Secretary Wallace" is the office named in full
    text = "UK Defence Secretary Ben Wallace spoke on Monday. Later, Secretary Wallace left."
    assert holders(kinds, text) == [
        (
            "UK Defence Secretary Ben Wallace",
            "uk-defence-secretary",
            "Ben Wallace",
            "",
        ),
        ("Secretary Wallace", "uk-defence-secretary", "Ben Wallace", ""),
    ]


# initials opening a person's name: they are the first name, kept as written
INITIALS_CASES = [
    (
        "Governor J. B. Pritzker signed the bill.",
        [("Governor J. B. Pritzker", "governor", "J. B. Pritzker", "")],
    ),
    (
        "J. B. Pritzker, the governor of Illinois, said.",
        [
            (
                "J. B. Pritzker, the governor of Illinois",
                "governor",
                "J. B. Pritzker",
                "illinois",
            )
        ],
    ),
    (
        "National Security Adviser H.R. McMaster spoke.",
        [
            (
                "National Security Adviser H.R. McMaster",
                "us-national-security-adviser",
                "H.R. McMaster",
                "",
            )
        ],
    ),
    # an initial inside a name is no part of the name shown
    (
        "Defense Secretary Lloyd J. Austin spoke.",
        [("Defense Secretary Lloyd J. Austin", "us-defense-secretary", "Lloyd Austin", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_CASES)
def test_a_name_opened_by_initials(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


# a surname opened by name particles after a title, found in full where the source names it
PARTICLE_CASES = [
    (
        "President Ursula von der Leyen spoke on Monday. Later, President von der Leyen left.",
        [
            ("President Ursula von der Leyen", "president", "Ursula von der Leyen", ""),
            ("President von der Leyen", "president", "Ursula von der Leyen", ""),
        ],
    ),
    (
        "Egyptian President Abdel Fattah el-Sisi spoke. President el-Sisi left.",
        [
            (
                "Egyptian President Abdel Fattah el-Sisi",
                "president",
                "Abdel Fattah el-Sisi",
                "egyptian",
            ),
            ("President el-Sisi", "president", "Abdel Fattah el-Sisi", "egyptian"),
        ],
    ),
    ("President de Gaulle spoke.", [("President de Gaulle", "president", "de Gaulle", "")]),
    # after a place's name, a word opened by a particle is no surname alone: the place and
    # the person ran together ("of the Houthis Abdul-Malik al-Houthi"), nothing is read
    ("The leader of the Houthis Abdul-Malik al-Houthi said it.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_CASES)
def test_a_surname_opened_by_particles(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_a_place_after_in_is_no_person_before_a_title(kinds: Kinds) -> None:
    text = "At a briefing held in Port Karsk, US Special Representative for Iran Brian Hook said."
    assert holders(kinds, text) == [
        (
            "US Special Representative for Iran Brian Hook",
            "representative",
            "Brian Hook",
            "iran",
        ),
    ]
    text = "In Ohio, Jane Roe, the governor, said."
    assert holders(kinds, text) == [("Jane Roe, the governor", "governor", "Jane Roe", "")]
