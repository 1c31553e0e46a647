"""A change said by the shape of the figure rather than by a verb, a change verb read past a
qualifier, and a qualifier passed on to a sum said again per one thing, sentence in, claims
out.

Each sentence is written for this file. A market's move written with its sign ("-366.94
points", "+4.1%") is the size of a fall or a rise; a percent with "more" or "less" right
after it is a change ("85% more fires"), not when "of" stands between ("20 percent of more
than 500 voters": a share); a sum said again per share after a qualified sum ("over $6.7
billion, or $11.05 a share") takes its qualifier, as a restatement in another unit does. A
figure a verb takes "off" something ("cut three years off the sentence") is a change down; a
phrasal verb ("gone up in value by 4.5%") makes a later "by" a change as a one-word verb does.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import Expected, observed
from tests.test_recognizers_specs import claims_for

CASES: list[tuple[str, list[Expected]]] = [
    (
        "The index closed at -366.94 points on Friday.",
        [("-366.94 points", 366.94, None, "exact", "index_point", "down")],
    ),
    (
        "Shares fell -2.5% on Monday.",
        [("fell -2.5%", 2.5, None, "exact", "percent", "down")],
    ),
    (
        "In Tokyo the Nikkei closed +1.2%, in Seoul the Kospi -0.8%.",
        [
            ("1.2%", 1.2, None, "exact", "percent", "up"),
            ("-0.8%", 0.8, None, "exact", "percent", "down"),
        ],
    ),
    # a temperature below zero is a level, not a fall
    (
        "Temperatures dropped to -5 degrees overnight.",
        [("-5 degrees", -5.0, None, "exact", "degree_Celsius", None)],
    ),
    (
        "About 10% of gains went to workers.",
        [("About 10%", 10.0, None, "about", "percent", None)],
    ),
    (
        "Some 20 percent of cuts fell on schools, against 5% cuts elsewhere.",
        [
            ("Some 20 percent", 20.0, None, "about", "percent", None),
            ("5%", 5.0, None, "exact", "percent", "down"),
        ],
    ),
    (
        "The carmaker lost over $6.7 billion, or $11.05 a share, in the quarter.",
        [
            ("over $6.7 billion", 6.7e9, None, "over", "USD", None),
            ("$11.05", 11.05, None, "over", "USD", None),
        ],
    ),
    # a change verb before a qualified figure: a change, then the level reached, no range
    (
        "Membership rose by around 5% to 1,200.",
        [
            ("rose by around 5%", 5.0, None, "about", "percent", "up"),
            ("1,200", 1200.0, None, "exact", "count", None),
        ],
    ),
    (
        "It grew by about 5 to 7 percent.",
        [("grew by about 5 to 7 percent", 5.0, 7.0, "range", "percent", "up")],
    ),
    # a measure, a percentage or a sum a verb takes "off" or "from" something: a change down;
    # not things counted, nor time taken off
    (
        "The new law cut three years off the sentence.",
        [("cut three years", 3.0, None, "exact", "year", "down")],
    ),
    (
        "The retailer knocked 15% off its prices.",
        [("knocked 15%", 15.0, None, "exact", "percent", "down")],
    ),
    (
        "The sell-off wiped $40 billion from the group's value.",
        [("wiped $40 billion", 4e10, None, "exact", "USD", "down")],
    ),
    (
        "The firm cut 3,000 jobs from its payroll.",
        [("3,000 jobs", 3000.0, None, "exact", "count", None)],
    ),
    ("She took two weeks off work.", [("two weeks", 2.0, None, "exact", "week", None)]),
    (
        "The airline cut two flights off its schedule.",
        [("two flights", 2.0, None, "exact", "count", None)],
    ),
    # a phrasal change verb before "by" later in its clause; not its "up to" or a "gone down"
    # without "by"
    (
        "The Dax has today gone up in value by 4.5 %.",
        [("by 4.5 %", 4.5, None, "exact", "percent", "up")],
    ),
    (
        "The pound went down against the euro by 2%.",
        [("by 2%", 2.0, None, "exact", "percent", "down")],
    ),
    (
        "Stocks rebounded sharply on Tuesday by nearly 8%.",
        [("by nearly 8%", 8.0, None, "nearly", "percent", "up")],
    ),
    (
        "The rate was raised after the meeting by 25 basis points.",
        [("by 25 basis points", 25.0, None, "exact", "basis_point", "up")],
    ),
    # the "by" of a later verb, passive after "being": no change
    (
        "The stock jumped after being upgraded by 3 analysts.",
        [("3 analysts", 3.0, None, "exact", "count", None)],
    ),
    ("He went up to 3,000 metres.", [("3,000 metres", 3000.0, None, "exact", "meter", None)]),
    (
        "The plan has gone down well with 60% of voters.",
        [("60% of voters", 60.0, None, "exact", "percent", None)],
    ),
    # "as high as" after a change verb names the level reached; "as much as" the size
    (
        "The yield rose as high as 4.5% on Monday.",
        [("as high as 4.5%", 4.5, None, "up_to", "percent", None)],
    ),
    (
        "Oil prices slid as much as 3% on Tuesday.",
        [("slid as much as 3%", 3.0, None, "up_to", "percent", "down")],
    ),
    # a sum listed after another ("and"), not said again, keeps its own reading
    (
        "The bank paid nearly $3 million, and $2 a share in dividends.",
        [
            ("nearly $3 million", 3e6, None, "nearly", "USD", None),
            ("$2", 2.0, None, "exact", "USD", None),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(sentence: str, expected: list[Expected]) -> None:
    got = [observed(c) for c in claims_for(sentence)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0], got
        assert g[1] == pytest.approx(e[1]), got
        assert g[2:] == e[2:], got
