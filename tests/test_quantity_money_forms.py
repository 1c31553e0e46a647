"""Money as news around the world writes it, and the qualifier or change words around a
figure, sentence in, claims out.

Each sentence is written for this file. Currencies come from ISO 4217 and the English names
and signs of each currency (`rules/currencies.toml`, `rules/lang/en/currencies.toml`): a
code before or after the number, a sign with a country prefix, a name in the singular or
the plural, South Asian scales; a currency word that is also an ordinary word ("won",
"real") names money only after a scale word or an amount of a thousand or more. Changes and
qualifiers are read as the interval table of the README says.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import Expected, observed
from tests.test_recognizers_specs import claims_for

MONEY: list[tuple[str, list[Expected]]] = [
    # ISO codes before and after the number
    (
        "The fund holds QAR 5 billion and KWD 300 million.",
        [
            ("QAR 5 billion", 5e9, None, "exact", "QAR", None),
            ("KWD 300 million", 3e8, None, "exact", "KWD", None),
        ],
    ),
    (
        "The port will cost 5 billion VND, and the road 40,000 UGX a metre.",
        [
            ("5 billion VND", 5e9, None, "exact", "VND", None),
            ("40,000 UGX a metre", 40000.0, None, "exact", "UGX / meter", None),
        ],
    ),
    (
        "The loan is COP 5 million, the grant USD 5m.",
        [
            ("COP 5 million", 5e6, None, "exact", "COP", None),
            ("USD 5m", 5e6, None, "exact", "USD", None),
        ],
    ),
    # signs with a country's prefix
    (
        "The firm spent RD$5,000, J$2 million and SR 2 billion.",
        [
            ("RD$5,000", 5000.0, None, "exact", "DOP", None),
            ("J$2 million", 2e6, None, "exact", "JMD", None),
            ("SR 2 billion", 2e9, None, "exact", "SAR", None),
        ],
    ),
    (
        "Fines reached QR 10,000, KD 30 million and USh 2 billion.",
        [
            ("QR 10,000", 10000.0, None, "exact", "QAR", None),
            ("KD 30 million", 3e7, None, "exact", "KWD", None),
            ("USh 2 billion", 2e9, None, "exact", "UGX", None),
        ],
    ),
    (
        "The plan costs ₫2 trillion and the bill ₸5,000.",
        [
            ("₫2 trillion", 2e12, None, "exact", "VND", None),
            ("₸5,000", 5000.0, None, "exact", "KZT", None),
        ],
    ),
    (
        "The grant is Tk 50 crore.",
        [("Tk 50 crore", 5e8, None, "exact", "BDT", None)],
    ),
    # names, singular and plural, and names shared by several currencies
    (
        "He paid 300,000 dong, 500 kwacha and 30 birr.",
        [
            ("300,000 dong", 300000.0, None, "exact", "VND", None),
            ("500 kwacha", 500.0, None, "exact", "ZMW", None),
            ("30 birr", 30.0, None, "exact", "ETB", None),
        ],
    ),
    (
        "The fee is 2,000 CFA francs, or 1,000 francs CFA for members.",
        [
            ("2,000 CFA francs", 2000.0, None, "exact", "XOF", None),
            ("1,000 francs CFA", 1000.0, None, "exact", "XOF", None),
        ],
    ),
    (
        "It cost 5 million Kuwaiti dinars; a loaf costs 2 dinars.",
        [
            ("5 million Kuwaiti dinars", 5e6, None, "exact", "KWD", None),
            ("2 dinars", 2.0, None, "exact", "IQD", None),
        ],
    ),
    (
        "The salary is 5,000 zł, the fee 300 Kč and the fine 1,000 Romanian lei.",
        [
            ("5,000 zł", 5000.0, None, "exact", "PLN", None),
            ("300 Kč", 300.0, None, "exact", "CZK", None),
            ("1,000 Romanian lei", 1000.0, None, "exact", "RON", None),
        ],
    ),
    (
        "Tickets cost 80 Qatari riyals or 5 million Colombian pesos.",
        [
            ("80 Qatari riyals", 80.0, None, "exact", "QAR", None),
            ("5 million Colombian pesos", 5e6, None, "exact", "COP", None),
        ],
    ),
    # South Asian scales as also written
    (
        "The state spent Rs 5 lacs, then Rs 500 cr and 5 lakhs more.",
        [
            ("Rs 5 lacs", 5e5, None, "exact", "INR", None),
            ("Rs 500 cr", 5e9, None, "exact", "INR", None),
            ("5 lakhs", 5e5, None, "exact", "INR", None),
        ],
    ),
    # a scale word that starts a compound
    (
        "They signed a $5 billion-dollar deal and a 2.5-billion-euro loan.",
        [
            ("$5 billion", 5e9, None, "exact", "USD", None),
            ("2.5-billion-euro", 2.5e9, None, "exact", "EUR", None),
        ],
    ),
    (
        "A 2 million-strong crowd saw a 3 million-year-old fossil.",
        [
            ("2 million", 2e6, None, "exact", "count", None),
            ("3 million-year-old", 3e6, None, "exact", "year", None),
        ],
    ),
    # a currency word that is also an ordinary word
    (
        "Of the 10 races, 7 won by the champion; the prize is 50,000 won.",
        [
            ("10 races", 10.0, None, "exact", "count", None),
            ("7 won", 7.0, None, "exact", "count", None),
            ("50,000 won", 50000.0, None, "exact", "KRW", None),
        ],
    ),
    (
        "The deal is worth 5 trillion won, but he is 5 real steps away.",
        [
            ("5 trillion won", 5e12, None, "exact", "KRW", None),
            ("5 real", 5.0, None, "exact", "count", None),
        ],
    ),
    (
        "The coin is worth 1,000 real.",
        [("1,000 real", 1000.0, None, "exact", "BRL", None)],
    ),
]

MONEY += [
    # a sign of letters glued to its amount
    (
        "The fine is Rs.500, or Rs500 in all, against USD5m and KSh5 billion.",
        [
            ("Rs.500", 500.0, None, "exact", "INR", None),
            ("Rs500", 500.0, None, "exact", "INR", None),
            ("USD5m", 5e6, None, "exact", "USD", None),
            ("KSh5 billion", 5e9, None, "exact", "KES", None),
        ],
    ),
]

# a name with digits is no money, nor is a letter or two capitals glued to digits
NOT_MONEY: list[tuple[str, list[Expected]]] = [
    ("Masks like the N95 sell out, and the R2 road is closed.", []),
    ("The A320 and the SR71 flew, and the AK47 was found.", []),
]

CHANGES: list[tuple[str, list[Expected]]] = [
    # words between the change and its number
    (
        "Stocks have been down by a total of fourteen percent.",
        [("down by a total of fourteen percent", 14.0, None, "exact", "percent", "down")],
    ),
    (
        "Shares rose a further 3% on Monday.",
        [("rose a further 3%", 3.0, None, "exact", "percent", "up")],
    ),
    # change words only of a percentage or a measured level, not of things counted
    (
        "The index shed 300 points and the company shed 600 jobs.",
        [
            ("shed 300 points", 300.0, None, "exact", "index_point", "down"),
            ("600 jobs", 600.0, None, "exact", "count", None),
        ],
    ),
    (
        "The Dow gave up 200 points; shares were off 3% after it laid off 300 workers.",
        [
            ("gave up 200 points", 200.0, None, "exact", "index_point", "down"),
            ("off 3%", 3.0, None, "exact", "percent", "down"),
            ("300 workers", 300.0, None, "exact", "count", None),
        ],
    ),
    (
        "Ford announced cuts of 21% in output, and cuts of 168,000 units.",
        [
            ("cuts of 21%", 21.0, None, "exact", "percent", "down"),
            ("168,000 units", 168000.0, None, "exact", "count", None),
        ],
    ),
    (
        "The market recovered 2% as rescuers recovered 30 bodies.",
        [
            ("recovered 2%", 2.0, None, "exact", "percent", "up"),
            ("30 bodies", 30.0, None, "exact", "count", None),
        ],
    ),
]

CHANGES += [
    # a move named after its size, or a verb that says it only of a level
    (
        "The market saw a 5% rally after shares shot up 20% and police shot up 3 cars.",
        [
            ("5%", 5.0, None, "exact", "percent", "up"),
            ("shot up 20%", 20.0, None, "exact", "percent", "up"),
            ("3 cars", 3.0, None, "exact", "count", None),
        ],
    ),
    # how long a move lasted is no change
    (
        "Wall Street ended a four day rally and a two-week slide.",
        [
            ("four day", 4.0, None, "exact", "day", None),
            ("two-week", 2.0, None, "exact", "week", None),
        ],
    ),
]

QUALIFIERS: list[tuple[str, list[Expected]]] = [
    # the bound said first holds over an estimate inside it
    (
        "More than an estimated 300 people came, at least about 50 of them children.",
        [
            ("More than an estimated 300 people", 300.0, None, "over", "count", None),
            ("at least about 50", 50.0, None, "at_least", "count", None),
        ],
    ),
    (
        "More than a reported 300 people came.",
        [("More than a reported 300 people", 300.0, None, "over", "count", None)],
    ),
    # a range carrying "about" stays a range
    (
        "Between about 20 and 30 people died.",
        [("Between about 20 and 30 people", 20.0, 30.0, "range", "count", None)],
    ),
    (
        "Close on 300 people came, getting on for 400 by noon.",
        [
            ("Close on 300 people", 300.0, None, "nearly", "count", None),
            ("getting on for 400", 400.0, None, "nearly", "count", None),
        ],
    ),
    (
        "Not even 300 people came; more like 200 stayed, approx 100 of them children.",
        [
            ("Not even 300 people", 300.0, None, "under", "count", None),
            ("more like 200", 200.0, None, "about", "count", None),
            ("approx 100", 100.0, None, "about", "count", None),
        ],
    ),
    (
        "Cases climbed past 1,000 on Friday.",
        [("climbed past 1,000", 1000.0, None, "over", "count", None)],
    ),
    # "past" alone is no qualifier
    (
        "Over the past 50 years, 20 bridges fell.",
        [
            ("50 years", 50.0, None, "exact", "year", None),
            ("20 bridges", 20.0, None, "exact", "count", None),
        ],
    ),
]

CASES = MONEY + NOT_MONEY + CHANGES + QUALIFIERS


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(sentence: str, expected: list[Expected]) -> None:
    got = [observed(c) for c in claims_for(sentence)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[3:] == e[3:], g
        assert g[1] == pytest.approx(e[1]) and g[2] == pytest.approx(e[2]), g


def test_a_sum_before_a_measured_noun_is_no_count_of_things() -> None:
    """ "a 2.5 billion aid package": a sum whose currency the sentence leaves out, so it
    names no counted noun (it may meet "$2.5 billion in aid" of another source); "2.5
    million people" still counts people."""
    aid, people = claims_for("A 2.5 billion aid package reached 2.5 million people.")
    assert (aid.kind, aid.counted_noun, aid.noun_class) == ("count", None, None)
    assert (people.kind, people.counted_noun) == ("count", "people")
