"""Quantity extraction in the registers of speech and interviews: numbers said in words
("three point five million", "a couple of hundred"), the fillers and asides of talk ("between
like one and five million", "like 300 people", "a thousand, tops"), ranges said in turn ("about
40, 45", "9 or 8 years old"), and spoken years that state no amount.

Each case: sentence, then (quote, value, second end, qualifier, unit as stated, change) of each
claim, in order, as a reader of the transcript would write them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_extract_quantities import Expected, observed
from tests.test_recognizers_specs import RULES, claims_for

CASES: list[tuple[str, list[Expected]]] = [
    # a decimal said as a word, then its digits one by one, then the scale
    (
        '"It\'s three point five million," she said.',
        [("three point five million", 3.5e6, None, "exact", "count", None)],
    ),
    (
        "The rate was two point seven five percent.",
        [("two point seven five percent", 2.75, None, "exact", "percent", None)],
    ),
    # "point" not between two number words is no decimal
    ("He scored three points.", [("three points", 3.0, None, "exact", "count", None)]),
    # number words add up only from larger to smaller: a spoken year, a fifty-fifty chance
    ("That was back in nineteen ninety-eight.", []),
    ('"It is a fifty-fifty chance," he said.', []),
    ("Back in twenty nineteen, it was different.", []),
    ("I moved here in two thousand and five.", []),
    (
        "We sold two thousand and five tickets.",
        [("two thousand and five tickets", 2005.0, None, "exact", "count", None)],
    ),
    (
        "There were thousands upon thousands of them.",
        [("thousands upon thousands", 2000.0, None, "vague", "count", None)],
    ),
    (
        "Twenty five people and one hundred twenty-three cars.",
        [
            ("Twenty five people", 25.0, None, "exact", "count", None),
            ("one hundred twenty-three cars", 123.0, None, "exact", "count", None),
        ],
    ),
    # "a couple of": about two, of what follows, or of the scale word after it
    (
        "The bankruptcy should take a couple of months.",
        [("a couple of months", 2.0, None, "about", "month", None)],
    ),
    (
        "A couple of hundred people waited outside.",
        [("A couple of hundred people", 200.0, None, "about", "count", None)],
    ),
    ("The couple of the year won a prize.", []),
    # fillers between a range opener or a qualifier and the number
    (
        "It can be between like one and five million years old.",
        [
            (
                "between like one and five million years",
                1e6,
                5e6,
                "range",
                "year",
                None,
            )
        ],
    ),
    (
        "We need at least another two hundred volunteers.",
        [("at least another two hundred volunteers", 200.0, None, "at_least", "count", None)],
    ),
    # a qualifier set off by a comma at the end of its clause
    (
        '"Maybe two million euros, give or take."',
        [("Maybe two million euros", 2e6, None, "about", "EUR", None)],
    ),
    ('"A thousand, tops."', [("A thousand", 1000.0, None, "up_to", "count", None)]),
    (
        "We sold 300 tickets, more or less.",
        [("300 tickets", 300.0, None, "about", "count", None)],
    ),
    # not at the end of a clause: "tops" is a word of what follows
    ("He had 5 apples, tops and bottoms.", [("5 apples", 5.0, None, "exact", "count", None)]),
    # a clock time in words; the set a part is picked from or told apart from, counted before
    ("The meeting starts at nine o'clock.", []),
    ("The two other stars are not very evolved.", []),
    ("She led one of the two studies.", []),
    (
        "Two of the three hostages were freed.",
        [
            ("Two", 2.0, None, "exact", "count", None),
            ("three hostages", 3.0, None, "exact", "count", None),
        ],
    ),
    # money said aloud: pounds after a scale word are money, unless a weight "of" something
    (
        '"They paid us forty-five thousand pounds."',
        [("forty-five thousand pounds", 45000.0, None, "exact", "GBP", None)],
    ),
    (
        "The firm recalled two million pounds of beef.",
        [("two million pounds", 2e6, None, "exact", "pound", None)],
    ),
    ("He weighs 200 pounds.", [("200 pounds", 200.0, None, "exact", "pound", None)]),
    (
        "He paid a million bucks for the house.",
        [("a million bucks", 1e6, None, "exact", "USD", None)],
    ),
    # a range said with a comma, the second end carrying what both count
    (
        '"We had maybe fifty, sixty people," she said.',
        [("maybe fifty, sixty people", 50.0, 60.0, "range", "count", None)],
    ),
    (
        "It is maybe 10, 15 percent of our budget.",
        [("maybe 10, 15 percent", 10.0, 15.0, "range", "percent", None)],
    ),
    # but not digits said in turn without a qualifier, nor a list
    (
        "On day 3, 5 people died.",
        [("3", 3.0, None, "exact", "count", None), ("5 people", 5.0, None, "exact", "count", None)],
    ),
    (
        "We counted ten, fifteen and twenty birds.",
        [
            ("ten", 10.0, None, "exact", "count", None),
            ("fifteen", 15.0, None, "exact", "count", None),
            ("twenty birds", 20.0, None, "exact", "count", None),
        ],
    ),
    # one unit and a half of it
    (
        "It took us a year and a half to build it.",
        [("a year and a half", 1.5, None, "exact", "year", None)],
    ),
    ("He ate a pie and a half.", [("a half", 0.5, None, "exact", "count", None)]),
    # "one" and a small number standing for things already named
    ("That was the first one I saw.", []),
    ("The two of us went home.", []),
    (
        "The remaining one hundred people left.",
        [("one hundred people", 100.0, None, "exact", "count", None)],
    ),
    # "like" hedges a number in speech (about), unless it compares ("looks like", "like three
    # other states") or is the verb ("would like")
    (
        "We had like 300 people show up.",
        [("like 300 people", 300.0, None, "about", "count", None)],
    ),
    (
        "Honestly, it was like 40% of the budget.",
        [("like 40%", 40.0, None, "about", "percent", None)],
    ),
    (
        "It looks like 300 people were evacuated.",
        [("300 people", 300.0, None, "exact", "count", None)],
    ),
    ("We would like 20 more buses.", [("20", 20.0, None, "exact", "count", None)]),
    (
        "Like three other states, Ohio requires a permit.",
        [("three", 3.0, None, "exact", "count", None)],
    ),
    # a filler between the qualifier and its number; "a (little) bit" before a bound
    (
        "The turnout was around kind of 60%.",
        [("around kind of 60%", 60.0, None, "about", "percent", None)],
    ),
    (
        "A little bit less than half of the members voted.",
        [("A little bit less than half", 50.0, None, "nearly", "percent", None)],
    ),
    (
        "A bit more than 200 people attended.",
        [("A bit more than 200 people", 200.0, None, "over", "count", None)],
    ),
    # a range said with a comma after "about", sharing nothing written after it; not a
    # part told after a whole, nor two figures said in turn without a hedge
    ("We were about 40, 45.", [("about 40, 45", 40.0, 45.0, "range", "count", None)]),
    (
        "About 300, 200 of them children, were hurt.",
        [
            ("About 300", 300.0, None, "about", "count", None),
            ("200", 200.0, None, "exact", "count", None),
        ],
    ),
    (
        "The police arrested 18, 19 of them.",
        [("18", 18.0, None, "exact", "count", None), ("19", 19.0, None, "exact", "count", None)],
    ),
    # "or" between close small numbers is a range said either way round; far apart, two
    (
        "She moved there when she was 9 or 8 years old.",
        [("9 or 8 years", 8.0, 9.0, "range", "year", None)],
    ),
    (
        "Each team fields 11 or 5 players.",
        [
            ("11", 11.0, None, "exact", "count", None),
            ("5 players", 5.0, None, "exact", "count", None),
        ],
    ),
    # an age said in the first person
    (
        "The first time I went there I was seven.",
        [("seven", 7.0, None, "exact", "year", None)],
    ),
    ("I was 10 minutes late.", [("10 minutes", 10.0, None, "exact", "minute", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_spoken_sentence(sentence: str, expected: list[Expected]) -> None:
    got = [observed(c) for c in claims_for(sentence)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[3:] == e[3:], g
        assert g[1] == pytest.approx(e[1]), g
        if e[3] == "range":
            assert g[2] == pytest.approx(e[2]), g


@pytest.mark.parametrize(
    ("sentence", "apart", "joined"),
    [
        # a range said in turn: the second end 1.2 times the first
        ("Maybe fifty, sixty people came.", 1.1, False),
        ("Maybe fifty, sixty people came.", 2.0, True),
        # the high end said first: "12 or 11" is 12/11 = 1.09 times the low end
        ("The boy was about 12 or 11 years old.", 1.05, False),
        ("The boy was about 12 or 11 years old.", 2.0, True),
    ],
)
def test_how_far_apart_a_spoken_range_may_be_is_a_rule(
    sentence: str, apart: float, joined: bool
) -> None:
    # `range_most_apart` of qualifiers.toml: further apart, the two numbers are two figures
    english = RULES.for_language("en")
    quals = replace(english.qualifiers, range_most_apart=apart)
    rules = replace(english, qualifiers=quals, by_language={})
    got = [observed(c) for c in claims_for(sentence, rules)]
    assert [g[3] == "range" for g in got] == ([True] if joined else [False] * len(got)), got
    assert len(got) == (1 if joined else 2), got
