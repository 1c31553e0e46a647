"""Figures from pages published days apart: a running tally's figure a later page updates
(one fact, a conflict that names the later figure), or a figure of one incident that a long
story's later page states of another incident (two facts, `IncidentsApart`), unless its
sentence dates it; and a running tally stated far lower days later counts something else
(`TallyBelow`)."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Report
from reconcile.reasons import IncidentsApart, LaterFigure, TallyBelow
from tests.facts import fact_of, quotes_of, vetoes_of


def _stories(folder: Path, *pages: tuple[str, str]) -> Report:
    """The report of one story's pages, each (day of March 2026, text)."""
    for at, (day, text) in enumerate(pages):
        (folder / f"{'abcd'[at]}.md").write_text(
            f"---\ntitle: Floods and earthquakes in Varno\npublished: 2026-03-{day}\n---\n{text}\n",
            encoding="utf-8",
        )
    return run([folder])


def _off(folder: Path) -> Path:
    """A rules folder over the bundled rules that compares no publication days."""
    folder.mkdir()
    (folder / "matching.toml").write_text("apart_least_days = 0\n", encoding="utf-8")
    return folder


def test_a_running_toll_days_apart_is_one_figure_updated(tmp_path: Path) -> None:
    report = _stories(
        tmp_path,
        ("02", "The death toll from the floods in Varno rose to 45, officials in Varno said."),
        ("07", "At least 120 people have died in the floods in Varno, officials in Varno said."),
    )
    toll = fact_of(report, "45")
    assert quotes_of(report, toll) == ["45", "At least 120 people"]
    assert toll.verdict == "conflict"
    later = [n for n in toll.notes if isinstance(n, LaterFigure)]
    assert [n.quote for n in later] == ["At least 120 people"]


def test_a_running_toll_dated_by_one_anchor_days_apart_is_one_figure(tmp_path: Path) -> None:
    report = _stories(
        tmp_path,
        ("02", "At least 45 people have died in Varno since March 1, officials in Varno said."),
        ("07", "At least 120 people have died in Varno since March 1, officials in Varno said."),
    )
    toll = fact_of(report, "At least 45 people")
    assert quotes_of(report, toll) == ["At least 120 people", "At least 45 people"]
    assert toll.verdict == "conflict"


def test_a_running_toll_far_lower_days_later_counts_something_else(tmp_path: Path) -> None:
    pages = (
        ("02", "At least 120 people have died in the floods in Varno, officials in Varno said."),
        ("07", "Officials in Varno said 40 people died in the floods in Varno."),
    )
    report = _stories(tmp_path, *pages)
    assert quotes_of(report, fact_of(report, "40 people")) == ["40 people"]
    assert TallyBelow(5, "At least 120 people", "40 people") in vetoes_of(report, "40 people")
    # a toll revised down by less than half (`running_fell_ratio`) is the toll revised: one
    # fact, a conflict
    again = tmp_path / "again"
    again.mkdir()
    revised = _stories(again, pages[0], ("07", pages[1][1].replace("40 people", "100 people")))
    toll = fact_of(revised, "100 people")
    assert quotes_of(revised, toll) == ["100 people", "At least 120 people"]
    assert toll.verdict == "conflict"


def test_a_count_that_falls_days_later_is_one_figure_updated(tmp_path: Path) -> None:
    # the missing are found: a count of them falls, and no tally is broken (not of
    # growing_concepts); nor is a day's share of a tally ("in the past 24 hours")
    report = _stories(
        tmp_path,
        ("02", "Nine people are still missing after the floods in Varno, officials in Varno said."),
        ("07", "Two people are still missing after the floods in Varno, officials in Varno said."),
    )
    missing = fact_of(report, "Nine people")
    assert quotes_of(report, missing) == ["Nine people", "Two people"]
    assert missing.verdict == "conflict"
    again = tmp_path / "again"
    again.mkdir()
    daily = _stories(
        again,
        ("02", "Officials in Varno said 30 people died of cholera in the past 24 hours."),
        ("07", "Officials in Varno said 4 people died of cholera in the past 24 hours."),
    )
    assert TallyBelow(5, "30 people", "4 people") not in vetoes_of(daily, "4 people")


def test_one_incidents_figures_days_apart_undated_are_two_facts(tmp_path: Path) -> None:
    pages = (
        ("02", "A magnitude 6.1 earthquake struck near Varno, the survey in Varno said."),
        ("08", "A magnitude 5.4 earthquake struck near Varno, the survey in Varno said."),
    )
    report = _stories(tmp_path, *pages)
    for quote in ("6.1 earthquake", "5.4 earthquake"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    assert IncidentsApart(6, "6.1 earthquake", "5.4 earthquake") in vetoes_of(
        report, "5.4 earthquake"
    )
    # with publication days uncompared, one fact: a conflict
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in ("a.md", "b.md"):
        (plain / name).write_text((tmp_path / name).read_text(encoding="utf-8"), "utf-8")
    off = run([plain], rules_dir=_off(tmp_path / "rules"))
    assert quotes_of(off, fact_of(off, "6.1 earthquake")) == ["5.4 earthquake", "6.1 earthquake"]


def test_one_incidents_figures_dated_alike_days_apart_are_one_fact(tmp_path: Path) -> None:
    # the later page dates its figure by the earlier's day: the same quake told again
    report = _stories(
        tmp_path,
        ("02", "A magnitude 6.1 earthquake struck near Varno on 1 March, the survey said."),
        ("08", "The magnitude 6.3 earthquake struck near Varno on 1 March, the survey said."),
    )
    quake = fact_of(report, "6.1 earthquake")
    assert quotes_of(report, quake) == ["6.1 earthquake", "6.3 earthquake"]
    assert quake.verdict == "conflict"


def test_one_incidents_figures_dated_by_days_apart_are_two_facts(tmp_path: Path) -> None:
    report = _stories(
        tmp_path,
        ("02", "A magnitude 6.1 earthquake struck near Varno on Sunday, the survey said."),
        ("08", "A magnitude 5.2 earthquake struck near Varno on Sunday, the survey said."),
    )
    assert quotes_of(report, fact_of(report, "5.2 earthquake")) == ["5.2 earthquake"]
    assert IncidentsApart(7, "6.1 earthquake", "5.2 earthquake") in vetoes_of(
        report, "5.2 earthquake"
    )


def test_one_incidents_figures_close_in_days_or_alike_are_one_fact(tmp_path: Path) -> None:
    # the next day's page: the figure revised, a conflict
    report = _stories(
        tmp_path,
        ("02", "A magnitude 6.1 earthquake struck near Varno, the survey in Varno said."),
        ("03", "A magnitude 5.9 earthquake struck near Varno, the survey in Varno said."),
    )
    quake = fact_of(report, "6.1 earthquake")
    assert quotes_of(report, quake) == ["5.9 earthquake", "6.1 earthquake"]
    assert quake.verdict == "conflict"
    # a week later, the same number: the quake told again
    again = tmp_path / "again"
    again.mkdir()
    same = _stories(
        again,
        ("02", "A magnitude 6.1 earthquake struck near Varno, the survey in Varno said."),
        ("09", "The magnitude 6.1 earthquake struck near Varno, the survey in Varno said."),
    )
    quake = fact_of(same, "6.1 earthquake")
    assert len(quake.claim_ids) == 2
    assert quake.verdict == "agree"


def test_a_tallys_counts_each_told_of_a_new_incident_days_apart_are_two(tmp_path: Path) -> None:
    report = _stories(
        tmp_path,
        ("02", "Six people were killed in an airstrike on a market in Kell, officials said."),
        ("09", "Four people were killed in an airstrike on a market in Kell, officials said."),
    )
    assert quotes_of(report, fact_of(report, "Four people")) == ["Four people"]
    assert IncidentsApart(7, "Six people", "Four people") in vetoes_of(report, "Four people")
    # a toll the later page states as updated is the tally's: one fact
    again = tmp_path / "again"
    again.mkdir()
    rising = _stories(
        again,
        ("02", "Six people were killed in an airstrike on a market in Kell, officials said."),
        ("09", "The toll from the airstrike on the market in Kell rose to 11, officials said."),
    )
    toll = fact_of(rising, "11")
    assert quotes_of(rising, toll) == ["11", "Six people"]
    assert toll.verdict == "conflict"
