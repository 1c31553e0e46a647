"""Ways news writes a qualifier, a range and a unit, sentence in, claims out.

Each sentence is written for this file. Each expected claim states what a reader takes the
figure to say, in the terms of the interval table (README, "Quantity extraction"): the
qualifier a phrase gives wherever it stands (before the number, after it or after its
counted noun), ranges spelled in words or with a dash, money in signs and words, and units
written as signs, abbreviations or compound words.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import Expected, observed
from tests.test_recognizers_specs import claims_for

CASES: list[tuple[str, list[Expected]]] = [
    # a qualifier after the number, or after the counted noun that follows it
    (
        "The toll stood at 100 and counting, with 300 homes or more destroyed.",
        [
            ("100", 100.0, None, "at_least", "count", None),
            ("300 homes", 300.0, None, "at_least", "count", None),
        ],
    ),
    (
        "The hall seats 5,000 people at most, and 50-odd staff work there.",
        [
            ("5,000 people", 5000.0, None, "up_to", "count", None),
            ("50-odd staff", 50.0, None, "about", "count", None),
        ],
    ),
    (
        "They built 300 homes plus two schools.",
        [
            ("300 homes", 300.0, None, "exact", "count", None),
            ("two schools", 2.0, None, "exact", "count", None),
        ],
    ),
    # bounds said with a degree word: a little under is nearly; far more than is over
    (
        "The town has a little under 8,000 inhabitants but far more than 9,000 visitors.",
        [
            ("a little under 8,000 inhabitants", 8000.0, None, "nearly", "count", None),
            ("far more than 9,000 visitors", 9000.0, None, "over", "count", None),
        ],
    ),
    (
        "He spent the better part of 10 years abroad on slightly less than $40,000 a year.",
        [
            ("the better part of 10 years", 10.0, None, "nearly", "year", None),
            ("slightly less than $40,000 a year", 40000.0, None, "nearly", "USD / year", None),
        ],
    ),
    (
        "Repairs will cost in the order of £3 million, well short of 5 million euros.",
        [
            ("in the order of £3 million", 3000000.0, None, "about", "GBP", None),
            ("well short of 5 million euros", 5000000.0, None, "under", "EUR", None),
        ],
    ),
    # the double prime is the inch sign
    (
        "The set has a 55″ screen.",
        [("55″", 55.0, None, "exact", "inch", None)],
    ),
    # a scale named before its number stands between the qualifier and the number
    (
        "Quakes above magnitude 5 were felt on the island.",
        [("above magnitude 5", 5.0, None, "over", "count", None)],
    ),
    # a bounded fraction standing alone is a share; a fraction after a change verb stays one
    (
        "More than half were women and about a third stayed, as fees fell by half.",
        [
            ("More than half", 50.0, None, "over", "percent", None),
            ("about a third", 33.3333333333, None, "about", "percent", None),
            ("fell by half", 0.5, None, "exact", "count", "down"),
        ],
    ),
    (
        "The board granted about a quarter as much money as was asked.",
        [("about a quarter", 0.25, None, "about", "count", None)],
    ),
    # a dash between two numbers before a noun is a range, not a sports score
    (
        "Some 20-30 homes and 5-10 leaders were named, after a 3-1 home win.",
        [
            ("Some 20-30 homes", 20.0, 30.0, "range", "count", None),
            ("5-10 leaders", 5.0, 10.0, "range", "count", None),
        ],
    ),
    # a rate word opens a rate only after the measured thing, not after a preposition
    (
        "Fares rose to 20 dollars within a week, or 30 grams of rice a day.",
        [
            ("20 dollars", 20.0, None, "exact", "USD", None),
            ("30 grams of rice a day", 30.0, None, "exact", "gram / day", None),
        ],
    ),
    # "under" a length and "of" says how deep a thing lies, no bound; alone it bounds
    (
        "The box was pulled from under six metres (20 feet) of sand, under 5 km away.",
        [
            ("six metres", 6.0, None, "exact", "meter", None),
            ("20 feet", 20.0, None, "exact", "foot", None),
            ("under 5 km", 5.0, None, "under", "kilometer", None),
        ],
    ),
    # the same amount in another unit, set off by commas, is as exact as the first; the next
    # item of a list is not
    (
        "About a third of the staff, 900 workers, left; about 100 km/h, 30 cm of snow, fell.",
        [
            ("About a third", 33.3333333333, None, "about", "percent", None),
            ("900 workers", 900.0, None, "about", "count", None),
            ("about 100 km/h", 100.0, None, "about", "kilometer / hour", None),
            ("30 cm", 30.0, None, "exact", "centimeter", None),
        ],
    ),
    # currencies written as words, and units written as abbreviations
    (
        "The fine was 50,000 baht, 2 million rupiah or 900 ringgit.",
        [
            ("50,000 baht", 50000.0, None, "exact", "THB", None),
            ("2 million rupiah", 2000000.0, None, "exact", "IDR", None),
            ("900 ringgit", 900.0, None, "exact", "MYR", None),
        ],
    ),
    (
        "The phone has a 4,000mAh battery, a 100Mbps link and 256 gigabytes.",
        [
            ("4,000mAh", 4000.0, None, "exact", "milliampere_hour", None),
            ("100Mbps", 100.0, None, "exact", "megabit / second", None),
            ("256 gigabytes", 256.0, None, "exact", "gigabyte", None),
        ],
    ),
    (
        "The ruins are three millennia old and the lake covers 40 km².",
        [
            ("three millennia", 3.0, None, "exact", "millennium", None),
            ("40 km²", 40.0, None, "exact", "kilometer ** 2", None),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_form(sentence: str, expected: list[Expected]) -> None:
    got = [observed(c) for c in claims_for(sentence)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[3:] == e[3:], g
        assert g[1] == pytest.approx(e[1]) and g[2] == pytest.approx(e[2]), g
