"""Two separate articles published days apart tell the figures of their own days' news: two
numbers of one measure that do not meet, neither said to be updated nor dated to the other's
day, whose sentences name nothing alike or count over different spans, are two figures (a
ferry's day and its total since it opened, two flights' passengers, two quakes' tolls
months apart). A running tally told again as it grows, a figure said to be revised, one
stated time's figure told again, one thing's figure named again, numbers that meet and articles a
day apart stay one figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.models import Report
from reconcile.reasons import DifferentTime
from tests.facts import joined, vetoes_of


def _articles(folder: Path, *dated: tuple[str, str]) -> Report:
    """The report of one article per (publication day, text), s0.md, s1.md, …"""
    for number, (day, text) in enumerate(dated):
        (folder / f"s{number}.md").write_text(
            f"---\npublished: {day}\n---\n{text}\n", encoding="utf-8"
        )
    return run([folder])


def _together(report: Report, first: str, second: str) -> bool:
    """Whether one fact holds the claims quoted `first` and `second`."""
    return any(
        first in quotes and second in quotes
        for kind in ("count", "measure", "percent", "money")
        for quotes in joined(report, kind)
    )


APART = [
    # the passengers counted since a route opened and one flight's
    (
        ("2026-03-02", "The Kell ferry carried 410 passengers on Monday."),
        ("2026-03-24", "The Kell ferry has carried 1,300 passengers since the route opened."),
        "410 passengers",
        "1,300 passengers",
    ),
    # two plans' counts, neither said to revise the other
    (
        ("2026-03-02", "The council will hire 40 new teachers, officials said."),
        ("2026-03-20", "The council will hire 55 new teachers, officials said."),
        "40",
        "55",
    ),
    # the passengers of one flight and the people aboard another, months on
    (
        ("2026-02-03", "The plane left two hours late, carrying 150 passengers."),
        (
            "2026-05-19",
            "The jetliner crashed into the sea in June, killing all 228 people on board.",
        ),
        "150 passengers",
        "228 people",
    ),
    # the homes of one quake and of another, months on
    (
        ("2026-01-12", "The quake destroyed at least 300 homes, officials said."),
        ("2026-10-30", "About 20 homes collapsed in the quake, officials said."),
        "at least 300 homes",
        "About 20 homes",
    ),
    # a toll told months on is another event's, though tolls grow
    (
        ("2026-01-12", "That quake destroyed 300 homes and killed one person, officials said."),
        ("2026-10-30", "Two people died when a wall collapsed after the quake, officials said."),
        "one person",
        "Two people",
    ),
]


@pytest.mark.parametrize(("first", "second", "a", "b"), APART)
def test_articles_days_apart_tell_two_figures(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], a: str, b: str
) -> None:
    report = _articles(tmp_path, first, second)
    assert not _together(report, a, b)
    assert any(isinstance(veto, DifferentTime) for veto in vetoes_of(report, a))


TOGETHER = [
    # a running figure, said to be updated
    (
        ("2026-03-02", "The death toll from the earthquake in Kell rose to 120."),
        ("2026-03-06", "The death toll from the earthquake in Kell has risen to 310."),
        "120",
        "310",
    ),
    # a toll told again as it grows, without a word of update
    (
        ("2026-03-02", "At least 40 people were killed in the earthquake in Kell."),
        ("2026-03-07", "The earthquake in Kell killed 212 people, officials said."),
        "At least 40 people",
        "212 people",
    ),
    # a figure said to be revised
    (
        ("2026-03-02", "The council will hire 40 new teachers, officials said."),
        ("2026-03-20", "The council will now hire 55 new teachers, officials said."),
        "40",
        "55",
    ),
    # one stated year's figure, told again revised
    (
        ("2026-01-10", "Karsk's exports fell 12% in 2025, the statistics office said."),
        ("2026-02-20", "Karsk's exports fell 9% in 2025, revised figures show."),
        "fell 12%",
        "fell 9%",
    ),
    # numbers that meet
    (
        ("2026-01-10", "Varno Motors will cut about 5,000 jobs at its plants in Kell."),
        ("2026-02-20", "Varno Motors plans to cut between 4,000 and 5,000 jobs at its plants."),
        "about 5,000 jobs",
        "between 4,000 and 5,000 jobs",
    ),
    # the one index a sentence names again: its falls are one measure told again
    (
        ("2026-03-02", "The Dow Jones Industrial Average fell 366 points to close at 13,120."),
        ("2026-04-20", "The Dow fell 348 points in late trading."),
        "fell 366 points",
        "fell 348 points",
    ),
    # the next day's article
    (
        ("2026-03-02", "Officials estimated the damage from the storm in Kell at $2 billion."),
        ("2026-03-03", "Officials estimated the damage from the storm in Kell at $3.5 billion."),
        "$2 billion",
        "$3.5 billion",
    ),
]


@pytest.mark.parametrize(("first", "second", "a", "b"), TOGETHER)
def test_an_updated_or_restated_figure_stays_one(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], a: str, b: str
) -> None:
    assert _together(_articles(tmp_path, first, second), a, b)
