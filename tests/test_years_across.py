"""Years written alone, read as dates where several sources of the run write them bare
(`kinds/date/years.py`); and the years that must stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facts import folder, joined, read, two_sources


def test_a_year_two_sources_write_bare_is_a_date_of_the_story(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Karsk senate race",
        "The party's 1996 nominee, Jane Roe, won the primary again.",
        "The last time the party won every district was 1996 when Roe ran.",
    )
    assert read(report, "a.md", "date") == [("1996", "1996")]
    assert read(report, "b.md", "date") == [("1996", "1996")]
    assert joined(report, "date") == [["1996", "1996"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one source alone writes it
        ("The party's 1996 nominee, Jane Roe, won again.", "Jane Roe won the primary again."),
        # the year the sources were published (2026): every date of the story is in it
        ("The party's 2026 nominee, Jane Roe, won.", "Roe is the 2026 nominee of the party."),
        # a part of a capitalized name
        ("Roe ran the 1996 Karsk Marathon twice.", "She finished the 1996 Karsk Marathon."),
        ("The Vision 2030 plan was cut.", "Roe backed Vision 2030 in the senate."),
        # a part of a range, a sum, a decimal
        ("Roe served from 1996-2004 in the senate.", "Her term ran 1996-2004 in all."),
        ("The fund paid $1996 to each family.", "Each family got $1996 from the fund."),
        # a count: a claim of the number reads it
        ("The storm destroyed 1996 homes in Velm.", "In Velm, 1996 homes were destroyed."),
    ],
)
def test_years_that_stay_unread(tmp_path: Path, first: str, second: str) -> None:
    report = two_sources(folder(tmp_path, "run"), "Karsk senate race", first, second)
    assert read(report, "a.md", "date") == []
    assert read(report, "b.md", "date") == []


def test_a_year_its_source_reads_after_a_cue_is_its_own(tmp_path: Path) -> None:
    # the first source reads "in 1996" itself: its bare "1996" is not read again, and the
    # second source's bare year is read by the first source's claim (`across.py`) once
    report = two_sources(
        tmp_path,
        "Karsk senate race",
        "Roe first ran in 1996. Her 1996 campaign was short.",
        "The 1996 race was Roe's first.",
    )
    assert read(report, "a.md", "date") == [("1996", "1996")]
    assert read(report, "b.md", "date") == [("1996", "1996")]
