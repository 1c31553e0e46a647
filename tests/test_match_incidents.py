"""Pages of many stories tell each day's incidents in the present ("Five people are killed
when ..."): two counts of a running tally from different days' items are one toll updated
only when one is stated as a total to date ("the toll rises to", "bringing the total to",
"have died"), and, when that total names its incident's day, when the other's page is that
day's."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.reasons import KeptApart, TwoIncidents
from tests.facts import fact_of, quotes_of


def _page(
    folder: Path, name: str, day: str, item: str, heading: str = "2025 Pakistan floods"
) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Current events of {day} July 2025\npublished: 2025-07-{day}\n---\n"
        "#### Disasters and accidents\n\n"
        f"* [{heading}](https://example.org/story)\n"
        f"  * {item} [(Reuters)](https://example.org/r)\n"
        "* [2025 Lagos bus crash](https://example.org/lagos)\n"
        "  * Officials say a bus overturned on a bridge.\n",
        encoding="utf-8",
    )


def test_two_days_counts_neither_a_total_are_two_incidents(tmp_path: Path) -> None:
    _page(tmp_path, "a", "10", "At least 36 people are killed by flash floods in Swat.")
    _page(tmp_path, "b", "14", "Five people are killed when a rescue boat capsizes in Swat.")
    report = run([tmp_path])
    for quote in ("At least 36 people", "Five people"):
        fact = fact_of(report, quote)
        assert quotes_of(report, fact) == [quote]
        assert fact.verdict == "single"
    five = fact_of(report, "Five people")
    assert KeptApart(TwoIncidents("Five people", "At least 36 people")) in five.match.reasons or (
        KeptApart(TwoIncidents("At least 36 people", "Five people")) in five.match.reasons
    )


def test_a_days_count_and_a_later_total_are_one_toll_updated(tmp_path: Path) -> None:
    _page(tmp_path, "a", "10", "At least 36 people are killed by flash floods in Swat.")
    _page(tmp_path, "b", "14", "The death toll from the floods in Swat rises to 64.")
    report = run([tmp_path])
    toll = fact_of(report, "At least 36 people")
    assert quotes_of(report, toll) == ["64", "At least 36 people"]
    assert toll.verdict == "conflict"


def test_counts_stated_as_totals_to_date_are_one_toll_updated(tmp_path: Path) -> None:
    _page(tmp_path, "a", "10", "Officials say 36 people have died in the floods in Swat.")
    _page(tmp_path, "b", "14", "Officials say 64 people have died in the floods in Swat.")
    report = run([tmp_path])
    toll = fact_of(report, "36 people")
    assert quotes_of(report, toll) == ["36 people", "64 people"]
    assert toll.verdict == "conflict"


def test_a_total_of_another_days_incident_keeps_a_days_count_apart(tmp_path: Path) -> None:
    # the total names its incident's day: yesterday of the 14th, not the 10th's incident
    _page(tmp_path, "a", "10", "At least 36 people are killed by flash floods in Swat.")
    _page(tmp_path, "b", "14", "The death toll from yesterday's floods in Swat rises to 64.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "64")) == ["64"]
    # the same total dated to the day of the count's page: one toll updated
    _page(tmp_path, "b", "14", "The death toll from the floods in Swat on Thursday rises to 64.")
    report = run([tmp_path])
    toll = fact_of(report, "64")
    assert quotes_of(report, toll) == ["64", "At least 36 people"]
    assert toll.verdict == "conflict"


def test_two_days_events_of_any_measure_are_two_incidents(tmp_path: Path) -> None:
    quake = "2025 Kamchatka earthquakes"
    _page(tmp_path, "a", "10", "A magnitude 8.8 earthquake strikes off Kamchatka.", quake)
    _page(tmp_path, "b", "24", "A magnitude 7.8 earthquake strikes off Kamchatka.", quake)
    report = run([tmp_path])
    for quote in ("8.8 earthquake", "7.8 earthquake"):
        fact = fact_of(report, quote)
        assert quotes_of(report, fact) == [quote]
        assert fact.verdict == "single"


def test_a_days_item_naming_another_storm_is_not_a_later_toll(tmp_path: Path) -> None:
    # the total to date names its storm before its number, the day's count after it: two
    # storms of one class named, neither item naming the other's
    storms = "2025 Pacific typhoon season"
    _page(
        tmp_path,
        "a",
        "04",
        "Six people are killed when a Philippine Air Force Bell Huey helicopter crashes"
        " while conducting damage assessment for Typhoon Kalmaegi. (Manila Bulletin)",
        storms,
    )
    _page(tmp_path, "b", "10", "The death toll from Typhoon Fung-wong rises to 25.", storms)
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "25")) == ["25"]
