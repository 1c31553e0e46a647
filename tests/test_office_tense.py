"""Office holders read with the tense of their clause and the grammar of their apposition:
a future holder ("President-elect") is another office than the current one, a lesser title
with a place is none of the rules offices ("British Deputy Prime Minister"), "has served as"
names the holder and "was elected ... and served his term" a former one, an apposition
between commas belongs to the name before it, a name another title holds is not read again,
a title spelled out in brackets is passed, lower-case words between an article's place and
the title keep the place ("a US peace envoy"), and a sentence's first word is no first name.
Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from tests.offices import holders

CASES = [
    # a future holder: its own office, never the current one's
    (
        "US President-elect Jan Novak met the press on Tuesday.",
        [("US President-elect Jan Novak", "president-elect", "Jan Novak", "us")],
    ),
    (
        "Jan Novak, the US President-elect, met the press.",
        [("Jan Novak, the US President-elect", "president-elect", "Jan Novak", "us")],
    ),
    (
        "Prime Minister-designate Jane Roe said she would form a cabinet.",
        [("Prime Minister-designate Jane Roe", "prime-minister-designate", "Jane Roe", "")],
    ),
    # a surname after a future title is the full name, without the title's word
    (
        "Jan Novak won. President-elect Novak thanked voters.",
        [("President-elect Novak", "president-elect", "Jan Novak", "")],
    ),
    # a lesser title with a place is not the rules office of its words
    (
        "British Deputy Prime Minister Jane Roe said so.",
        [("British Deputy Prime Minister Jane Roe", "deputy-prime-minister", "Jane Roe", "uk")],
    ),
    # present perfect: the current holder
    (
        "Jane Roe has served as mayor of Karsk since 2015.",
        [("Jane Roe has served as mayor of Karsk", "mayor", "Jane Roe", "karsk")],
    ),
    # elected in the past, then a verb that ends the term: a former holder
    (
        "Jan Novak was elected President of Karsk in 2012 and served his full term.",
        [
            (
                "Jan Novak was elected President of Karsk",
                "former-president",
                "Jan Novak",
                "karsk",
            )
        ],
    ),
    # elected, then another verb: the holder
    (
        "Jane Roe was elected mayor of Karsk in 2019 and said she would stay.",
        [("Jane Roe was elected mayor of Karsk", "mayor", "Jane Roe", "karsk")],
    ),
    # an apposition between commas is the name before it, not the name after
    (
        "Kay Tull was a senator. According to Ann Vale, Tull's former spokeswoman, Tull died.",
        [
            ("Kay Tull was a senator", "senator", "Kay Tull", ""),
            ("Ann Vale, Tull's former spokeswoman", "former-spokesperson", "Ann Vale", "tull"),
        ],
    ),
    # a name another title holds, then a title of the next person in a list
    (
        "Speakers included First Minister of Karsk Jane Roe, Labour MP (Member of "
        "Parliament) Jan Novak, and others.",
        [
            ("First Minister of Karsk Jane Roe", "first-minister", "Jane Roe", "karsk"),
            ("MP (Member of Parliament) Jan Novak", "member-of-parliament", "Jan Novak", ""),
        ],
    ),
    # a possessive owner that another title holds is no name read again
    (
        "German Chancellor Jane Roe's spokesperson, Jan Novak, said so.",
        [
            ("German Chancellor Jane Roe", "germany-chancellor", "Jane Roe", ""),
            ("Jane Roe's spokesperson, Jan Novak", "spokesperson", "Jan Novak", "jane roe"),
        ],
    ),
    # lower-case words between an article's place and the title
    (
        "The rebels met Jan Novak, a US peace envoy, in Doha.",
        [("Jan Novak, a US peace envoy", "envoy", "Jan Novak", "us")],
    ),
    (
        "Talks resumed on Monday, a US peace envoy, Jane Roe, said.",
        [("US peace envoy, Jane Roe", "envoy", "Jane Roe", "us")],
    ),
    # not after a name with no article: "Biden told president Trump"
    ("Earlier, Novak told president Roe so.", []),
    # two titles joined by a hyphen: one office, the first's (its place's adjective kept)
    (
        "Karskan mayor-president Jan Novak said that 600 people came.",
        [("Karskan mayor-president Jan Novak", "mayor", "Jan Novak", "karskan")],
    ),
    # a party's nominee or candidate, and a lesser one listed after it: the same party's
    (
        "Unity Party presidential nominee Jane Roe and vice presidential nominee Jan Novak spoke.",
        [
            (
                "Unity Party presidential nominee Jane Roe",
                "presidential-candidate",
                "Jane Roe",
                "unity party",
            ),
            (
                "vice presidential nominee Jan Novak",
                "vice-presidential-candidate",
                "Jan Novak",
                "unity party",
            ),
        ],
    ),
    # a sentence's first word written in lower case elsewhere is no first name
    (
        "Jane Roe spoke. Later Roe, the mayor of Karsk, said so. It came later.",
        [("Roe, the mayor of Karsk", "mayor", "Jane Roe", "karsk")],
    ),
    # a first name stays one
    (
        "Jane Roe spoke later. Mary Roe, the mayor of Karsk, said so.",
        [("Mary Roe, the mayor of Karsk", "mayor", "Mary Roe", "karsk")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_holders_read_with_tense_and_apposition(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected
