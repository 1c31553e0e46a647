"""Look-alike numbers kept apart by the structure of their sentences (the years they are
dated by, a national and a worldwide scope), figures of one fact kept together despite
outlets cited in brackets, a toll stated as updated that makes an earlier floor a
conflict, and the tolls of two storms named early in their sentences kept apart."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import LaterFigure
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _report(folder: Path, *dated: tuple[str, str]) -> Report:
    for i, (published, body) in enumerate(dated):
        text = f"---\ntitle: Norland votes\npublished: {published}\n---\n{body}\n"
        (folder / f"s{i}.md").write_text(text, encoding="utf-8")
    return run([folder])


def test_shares_of_different_years_are_two_facts(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2020-06-01",
            "Party leader Ann Holm received 3 percent of the vote in her 2012 run for the"
            " Norland Assembly.",
        ),
        (
            "2020-07-01",
            "In 2016, Norland Liberty Party nominee Ann Holm received 3.27 percent of the vote.",
        ),
    )
    three = fact_of(report, "3 percent")
    assert quotes_of(report, three) == ["3 percent"]
    assert three.verdict == "single"


def test_shares_of_one_year_stay_one_fact(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2020-06-01",
            "In 2016, Norland Liberty Party nominee Ann Holm received 3.27 percent of the vote.",
        ),
        (
            "2020-07-01",
            "Ann Holm, the Norland Liberty Party nominee, received 3.27 percent of the vote in"
            " 2016.",
        ),
    )
    share = fact_of(report, "3.27 percent")
    assert len(share.claim_ids) == 2
    assert share.verdict == "agree"


def test_outlets_cited_in_brackets_do_not_tell_two_tolls_apart(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2026-05-31",
            "The death toll from the collapse of a building in Angeles, Philippines, rises to"
            " twelve (The Philippine Star).",
        ),
        (
            "2026-06-02",
            "Seven more bodies are found in the collapsed building in Angeles, Philippines,"
            " raising the death toll to 21 (Philippine Daily Inquirer).",
        ),
    )
    toll = fact_of(report, "21")
    assert quotes_of(report, toll) == ["21", "twelve"]
    assert toll.verdict == "conflict"


def test_a_floor_then_a_toll_stated_as_updated_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2025-03-16",
            "At least 59 people are killed after a fire breaks out in a nightclub in Kocani.",
        ),
        (
            "2025-04-04",
            "The death toll from the fire at a nightclub in Kocani increases to 60.",
        ),
    )
    toll = fact_of(report, "60")
    assert quotes_of(report, toll) == ["60", "At least 59 people"]
    assert toll.verdict == "conflict"
    # "at least 59" is that day's count, 59, once a later source says the toll rose: the
    # gap is 1 over the larger number, 60
    assert toll.relative_gap is not None and round(toll.relative_gap, 4) == 0.0167
    (later,) = [n for n in toll.notes if isinstance(n, LaterFigure)]
    assert later.quote == "60"


def test_a_floor_then_a_near_toll_not_said_to_rise_stays_compatible(tmp_path: Path) -> None:
    # "at least 59" reaches up to running_floor_reach (1.2) times 59 a day later
    report = _report(
        tmp_path,
        (
            "2025-03-16",
            "At least 59 people are killed after a fire breaks out in a nightclub in Kocani.",
        ),
        ("2025-03-17", "The fire at a nightclub in Kocani killed 60 people."),
    )
    toll = fact_of(report, "60 people")
    assert quotes_of(report, toll) == ["60 people", "At least 59 people"]
    assert toll.verdict == "compatible"


def test_a_national_count_and_a_worldwide_count_are_two_facts(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2020-03-13",
            "According to Johns Hopkins University, there were at least 1,279 confirmed cases"
            " of COVID-19 in the United States.",
        ),
        ("2020-03-14", "The WHO reported there were 142,539 cases of COVID-19 worldwide."),
    )
    national = fact_of(report, "at least 1,279")
    assert quotes_of(report, national) == ["at least 1,279"]


def test_worldwide_and_around_the_world_are_one_scope(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2020-03-14", "The WHO reported there were 142,539 cases of COVID-19 worldwide."),
        ("2020-03-14", "There are 142,539 cases of COVID-19 around the world, the WHO said."),
    )
    world = fact_of(report, "142,539 cases")
    assert len(world.claim_ids) == 2
    assert world.verdict == "agree"


def test_world_wide_before_a_noun_scopes_that_noun_only(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        ("2020-04-29", "Confirmed cases of COVID-19 surpassed one million in the United States."),
        (
            "2020-05-29",
            "The United States had the highest number of infections, accounting for around 30%"
            " of world-wide coronavirus infections with over 1.6 million confirmed cases.",
        ),
    )
    national = fact_of(report, "over 1.6 million")
    assert len(national.claim_ids) == 2
    assert national.verdict == "conflict"


def test_a_magnitude_scale_is_no_name_near_a_toll(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2025-08-31",
            "At least 610 people are killed and 1,300 others are injured when a Mw 6.0"
            " earthquake strikes Jalalabad, Afghanistan.",
        ),
    )
    kinds = Kinds.build(load_rules(None))
    (injured,) = [c for c in report.claims if c.quote.startswith("1,300")]
    names = kinds.default.context.features(injured).names
    assert "mw" not in names


def test_tolls_of_two_storms_named_before_the_number_are_two_facts(tmp_path: Path) -> None:
    # each storm is named early in its sentence, out of the words next to the number
    report = _report(
        tmp_path,
        (
            "2025-11-04",
            "The death toll from Typhoon Kalmaegi's impact on Visayas and Mindanao, Norland,"
            " rises to 66.",
        ),
        (
            "2025-11-10",
            "The death toll from Typhoon Fungwong's impact on Luzon, Norland, rises to 25.",
        ),
    )
    assert fact_of(report, "66").verdict == "single"
    assert fact_of(report, "25").verdict == "single"


def test_tolls_of_one_storm_named_before_the_number_are_one_fact(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "2025-11-04",
            "The death toll from Typhoon Kalmaegi's impact on Visayas and Mindanao, Norland,"
            " rises to 66.",
        ),
        (
            "2025-11-06",
            "The death toll from Typhoon Kalmaegi's impact on Norland rises to at least 142.",
        ),
    )
    fact = fact_of(report, "66")
    assert quotes_of(report, fact) == ["66", "at least 142"]
    assert fact.verdict == "conflict"


def test_two_names_of_one_aircraft_are_no_rivals(tmp_path: Path) -> None:
    # "PSA Airlines CRJ-700" and "PSA Airlines CRJ700" share more than their first word:
    # one aircraft, not two things of one class
    report = _report(
        tmp_path,
        (
            "2025-01-30",
            "A PSA Airlines CRJ-700 collides with a helicopter over the Potomac River,"
            " and 67 people are killed.",
        ),
        (
            "2025-02-04",
            "A PSA Airlines CRJ700 collided with a helicopter over the Potomac River;"
            " 67 people were killed.",
        ),
    )
    fact = fact_of(report, "67 people")
    assert len(fact.claim_ids) == 2
    assert fact.verdict == "agree"
