"""Office holders in more forms news writes, read for who holds the office now: a person set
off by commas after the place ("the governor of Illinois, J. B. Pritzker, said"), a past
holder with no "former" ("Clinton, who served as president", "Tony Blair (1997–2007)",
"was prime minister when"), a "former" before lower-case words ("former federal
prosecutor"), an adjective opening a sentence that is no place ("Embattled Prime Minister"),
a building's name after a title ("the Sultan Qaboos Grand Mosque") and a title in the plural
("Presidents Buhari of Nigeria and Talon of Benin"), one name after a title in lower case
("security minister Wiranto"). Sentences written for these tests;
sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.offices import holders

APPOSED = [
    # initials open the name set off by commas after the place
    (
        "The governor of Illinois, J. B. Pritzker, said the state would help.",
        [("governor of Illinois, J. B. Pritzker", "governor", "J. B. Pritzker", "illinois")],
    ),
    # three words: a person's name, not a larger place
    (
        "The prosecutor general of Tehran, Ali Alghasi Mehr, said the suspects must face trial.",
        [
            (
                "prosecutor general of Tehran, Ali Alghasi Mehr",
                "prosecutor",
                "Ali Alghasi Mehr",
                "tehran",
            )
        ],
    ),
    # two words (the family name first, too)
    (
        "The mayor of Karsk, Jan Novak, said the city would help. Novak spoke on Monday.",
        [("mayor of Karsk, Jan Novak", "mayor", "Jan Novak", "karsk")],
    ),
    (
        "The mayor of Seoul, South Korea, Park Won-soon, said it. Park agreed.",
        [
            (
                "mayor of Seoul, South Korea, Park Won-soon",
                "mayor",
                "Park Won-soon",
                "seoul south korea",
            )
        ],
    ),
    (
        "The mayor of London, Sadiq Khan, tweeted about it.",
        [("mayor of London, Sadiq Khan", "mayor", "Sadiq Khan", "london")],
    ),
    # past a title
    (
        "The leader of the Harbor Caucus, Congresswoman Karen Bass, spoke.",
        [
            (
                "leader of the Harbor Caucus, Congresswoman Karen Bass",
                "head",
                "Karen Bass",
                "harbor caucus",
            ),
            ("Congresswoman Karen Bass", "representative", "Karen Bass", ""),
        ],
    ),
    # a larger place after the comma, which the source writes after "in", is no person
    ("The mayor of Seoul, South Korea, said the city would help. Many in South Korea agreed.", []),
    ("The mayor of Karsk, New Freedonia, said the city would help.", []),
]

PAST = [
    (
        "Bill Clinton, who served as president from 1993 to 2001, spoke at the event.",
        [("Bill Clinton, who served as president", "former-president", "Bill Clinton", "")],
    ),
    (
        "Tony Blair (1997–2007) was prime minister when the war began.",
        [
            (
                "Tony Blair (1997–2007) was prime minister",
                "former-prime-minister",
                "Tony Blair",
                "",
            )
        ],
    ),
    (
        "Tony Blair was prime minister when the war began.",
        [("Tony Blair was prime minister", "former-prime-minister", "Tony Blair", "")],
    ),
    (
        "President Bill Clinton (1993–2001) signed the law.",
        [("President Bill Clinton", "former-president", "Bill Clinton", "")],
    ),
    (
        "US President Bill Clinton (1993–2001) signed the law.",
        [("US President Bill Clinton", "former-us-president", "Bill Clinton", "us")],
    ),
    (
        "The late president Hugo Chavez founded the party.",
        [("president Hugo Chavez", "former-president", "Hugo Chavez", "")],
    ),
    (
        "Regarding the call, former federal prosecutor Elie Honig said it was unusual.",
        [("prosecutor Elie Honig", "former-prosecutor", "Elie Honig", "")],
    ),
    (
        "Politico quoted Tim Manning, formerly a deputy administrator at FEMA.",
        [
            (
                "Tim Manning, formerly a deputy administrator at FEMA",
                "former-deputy-administrator",
                "Tim Manning",
                "fema",
            )
        ],
    ),
    # the holder now: no past frame, or one that makes the holder
    (
        "President Bill Clinton signed the law in 1999.",
        [("President Bill Clinton", "president", "Bill Clinton", "")],
    ),
    (
        "Jane Roe was sworn in as governor on Monday.",
        [("Jane Roe was sworn in as governor", "governor", "Jane Roe", "")],
    ),
    (
        "Jane Roe, who is the governor of Ohio, said the state would appeal.",
        [("Jane Roe, who is the governor of Ohio", "governor", "Jane Roe", "ohio")],
    ),
    (
        "Jane Roe was the acting governor on Monday.",
        [("Jane Roe was the acting governor", "governor", "Jane Roe", "")],
    ),
    # "then the mayor": a sequence; "a former adviser for": another person's former office
    ("He said then the mayor Jane Roe left.", [("mayor Jane Roe", "mayor", "Jane Roe", "")]),
    (
        "A former adviser for President Karim Haddad was sentenced.",
        [("President Karim Haddad", "president", "Karim Haddad", "")],
    ),
]

PLACES = [
    # an adjective before the title is no place
    (
        "Embattled Prime Minister Boris Johnson said he would resign.",
        [("Prime Minister Boris Johnson", "prime-minister", "Boris Johnson", "")],
    ),
    (
        "Veteran Senator Jane Roe said she would run. Roe is a veteran of many races.",
        [("Senator Jane Roe", "senator", "Jane Roe", "")],
    ),
    # a place's name or adjective is
    (
        "Ohio Gov. Mike DeWine said the state would help.",
        [("Ohio Gov. Mike DeWine", "governor", "Mike DeWine", "ohio")],
    ),
    (
        "Freedonian Prime Minister Karim Haddad said the fires were severe.",
        [
            (
                "Freedonian Prime Minister Karim Haddad",
                "prime-minister",
                "Karim Haddad",
                "freedonian",
            )
        ],
    ),
    # a building's name after a title is no person's
    ("Visitors prayed at the Sultan Qaboos Grand Mosque in Muscat.", []),
    ("He was taken to the King Fahd Hospital.", []),
    ("The mosque was built under Sultan Qaboos.", [("Sultan Qaboos", "king", "Qaboos", "")]),
]

PLURAL = [
    (
        "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal.",
        [
            ("Presidents Muhammadu Buhari of Nigeria", "president", "Muhammadu Buhari", "nigeria"),
            ("Patrice Talon of Benin", "president", "Patrice Talon", "benin"),
        ],
    ),
    (
        "It was issued by Representatives Eliot Engel, Adam Schiff, and Elijah Cummings.",
        [
            ("Representatives Eliot Engel", "representative", "Eliot Engel", ""),
            ("Adam Schiff", "representative", "Adam Schiff", ""),
            ("Elijah Cummings", "representative", "Elijah Cummings", ""),
        ],
    ),
    (
        "Former Presidents George Bush and Barack Obama attended.",
        [
            ("Presidents George Bush", "former-president", "George Bush", ""),
            ("Barack Obama", "former-president", "Barack Obama", ""),
        ],
    ),
    # a title of more words in the plural
    (
        "Senior Advisors Jared Kushner and Ivanka Trump tested negative.",
        [
            ("Senior Advisors Jared Kushner", "adviser", "Jared Kushner", ""),
            ("Ivanka Trump", "adviser", "Ivanka Trump", ""),
        ],
    ),
    # two holders of one place of an office held by one person at a time: past ones
    (
        "There are statues of US presidents George Washington and Ulysses S. Grant.",
        [
            ("US presidents George Washington", "former-us-president", "George Washington", "us"),
            ("Ulysses S. Grant", "former-us-president", "Ulysses Grant", "us"),
        ],
    ),
    (
        "The foreign ministers Sergei Lavrov and Antony Blinken met in Geneva.",
        [
            ("foreign ministers Sergei Lavrov", "foreign-minister", "Sergei Lavrov", ""),
            ("Antony Blinken", "foreign-minister", "Antony Blinken", ""),
        ],
    ),
    # no list of names after the plural
    ("The Presidents Cup was held in Melbourne.", []),
    ("Ministers met on Monday.", []),
]


ONE_NAME = [
    # one name after a title in lower case, which the source writes alone again
    (
        "Freedonia's security minister Wiranto was stabbed. Wiranto survived.",
        [("Freedonia's security minister Wiranto", "minister", "Wiranto", "freedonia")],
    ),
    ("Freedonia's security minister Wiranto was stabbed.", []),
    ("The mayor Monday said it. Monday was busy.", []),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED + PAST + PLACES + PLURAL + ONE_NAME)
def test_office_holders_and_when_they_held_it(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected
