"""One move of an index told in two units, the percent first and its points after "or"
("a drop of 6 % or 512.40 points", "close with a loss of 2.80 %, or 230.15 points"): the
percent is the index's move as the points are (`rules/lang/en/frames.toml`, the
index_change frame "{N} ,? or ...1 points", the mirror of "points ,? or {N}"). Read so, it
meets another source's percent move of that index; the moves of two indices in one market
report, a move and a level of one index, a rise of another thing, a share of a vote and a
day's move against a year's stay apart. A move's subject is read as written, its signs
kept in its words ("The S&P 500", `concepts._subject`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.concepts import moved_thing
from tests.conftest import bundled
from tests.test_recognizers_specs import claims_for

from .facts import fact_of, quotes_of, two_sources

ENGLISH = bundled().rules.for_language("en")


def _percents(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.quote: (c.concept, c.change) for c in claims_for(sentence) if c.kind == "percent"}


@pytest.mark.parametrize(
    ("sentence", "percent", "change"),
    [
        (
            "The Karsk 40 had its worst day since 2011, a drop of 6 % or 512.40 points,"
            " before it recovered a little.",
            "a drop of 6 %",
            "down",
        ),
        (
            "The benchmark recovered a little to close with a loss of 2.80 %, or 230.15"
            " points, at 8,020.",
            "a loss of 2.80 %",
            "down",
        ),
        (
            "Late buying left the gauge with a gain of 1.4 % or 61.30 points.",
            "a gain of 1.4 %",
            "up",
        ),
    ],
)
def test_a_percent_told_again_in_points_after_or_is_the_index_move(
    sentence: str, percent: str, change: str
) -> None:
    assert _percents(sentence)[percent] == ("index_change", change)


@pytest.mark.parametrize(
    ("sentence", "percent", "concept"),
    [
        # a nearer frame of another thing keeps its reading
        ("Turnout rose 3 % or 2 points.", "rose 3 %", "turnout"),
        # the percent's own words tie it to another noun before "or"
        (
            "The Karsk Party won 41 % of the vote, or 12 points more than in 2019.",
            "41 %",
            "vote_share",
        ),
    ],
)
def test_a_percent_of_another_thing_before_or_points_keeps_its_reading(
    sentence: str, percent: str, concept: str
) -> None:
    assert _percents(sentence)[percent][0] == concept


WORST_DAY = (
    "The Karsk 40 had its worst day since 2011, a drop of 6 % or 512.40 points, before it"
    " recovered to close with a loss of 2.80 % or 230.15 points at 8,020 on Tuesday."
)


def test_a_percent_told_again_in_points_meets_the_move_another_source_tells(
    tmp_path: Path,
) -> None:
    # the day's close, not the worst of the day the sentence tells before it (read as no
    # move of the index, the 6 % met the other source's fall by its nearer words)
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        WORST_DAY,
        "Karsk shares endured a bruising session, with the benchmark Karsk 40 ending 2.75"
        " percent lower.",
    )
    assert quotes_of(report, fact_of(report, "2.75 percent")) == [
        "2.75 percent",
        "a loss of 2.80 %",
    ]
    assert quotes_of(report, fact_of(report, "a drop of 6 %")) == ["a drop of 6 %"]


@pytest.mark.parametrize(
    ("other", "quote"),
    [
        # the move of another index in one market report, the same number
        ("The Tarvin index fell 2.8 percent on Tuesday, traders said.", "fell 2.8 percent"),
        # a rise of another thing
        ("Gold rose 2.8 % on Tuesday as investors sought safety.", "rose 2.8 %"),
        # a share of a vote
        ("The Karsk Party won 2.8 % of the vote on Tuesday.", "2.8 %"),
        # the year's fall of the index, not the day's
        ("The Karsk 40 has fallen 2.8 % so far this year, dealers said.", "fallen 2.8 %"),
    ],
)
def test_look_alikes_of_a_move_told_in_two_units_stay_apart(
    tmp_path: Path, other: str, quote: str
) -> None:
    report = two_sources(tmp_path, "Karsk stocks", WORST_DAY, other)
    assert quotes_of(report, fact_of(report, quote)) == [quote]


def test_a_level_of_the_index_meets_its_level_not_its_move(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        WORST_DAY,
        "The Karsk 40 index closed at 8,020 points on Tuesday, its lowest in a year.",
    )
    assert quotes_of(report, fact_of(report, "8,020 points")) == ["8,020", "8,020 points"]
    assert quotes_of(report, fact_of(report, "a loss of 2.80 %")) == ["a loss of 2.80 %"]


def test_two_indices_moves_in_one_report_each_meet_their_own_index_s(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        "The Karsk 40 lost 2.80 % or 230.15 points, while the Tarvin index dropped 1.10 % or"
        " 14.20 points on Tuesday.",
        "The Tarvin index fell 2.8 percent on Tuesday, traders said.",
    )
    # the Tarvin's fall meets the Tarvin's (one move told apart: a conflict), never the
    # Karsk 40's of the same number
    assert quotes_of(report, fact_of(report, "fell 2.8 percent")) == [
        "dropped 1.10 %",
        "fell 2.8 percent",
    ]


@pytest.mark.parametrize(
    ("sentence", "quote", "subject"),
    [
        (
            "The S&P 500 fell 2.99 percent while the Nasdaq fell 3.20 percent.",
            "2.99 percent",
            "The S&P 500",
        ),
        (
            "The Standard & Poor's 500 index dropped 1.2 % on the day.",
            "1.2 %",
            "The Standard & Poor's 500 index",
        ),
    ],
)
def test_a_move_s_subject_is_read_as_written(sentence: str, quote: str, subject: str) -> None:
    frames = bundled().kinds.language("en").lexicon.frames
    at = sentence.index(quote)
    assert moved_thing(frames, sentence, at, at + len(quote), "percent", None) == subject


def test_the_moves_of_the_s_and_p_500_and_another_index_stay_apart(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk stocks",
        "The S&P 500 was also hit hard on Tuesday and fell 2.4 % by the close.",
        "The Tarvin index was also hit hard on Tuesday and fell 2.4 % by the close.",
    )
    assert quotes_of(report, fact_of(report, "fell 2.4 %")) == ["fell 2.4 %"]
