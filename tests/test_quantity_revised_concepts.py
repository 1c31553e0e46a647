"""An estimate revised by orders of magnitude (`revised_concepts`: an asteroid's chance of
striking Earth, 3.1% one week and 0.0017% the next) is one figure revised, a conflict,
however far its two numbers are apart; numbers that far apart of another concept stay two
facts."""

from __future__ import annotations

from pathlib import Path

from tests.facts import fact_of, quotes_of, run_of


def test_a_probability_revised_a_thousandfold_is_one_figure(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "Astronomers said the asteroid Tarvel 7 has a 3.1% chance of striking Earth in 2041, "
        "the highest risk ever given to a space rock.",
        "After new observations of the asteroid Tarvel 7, its chance of striking Earth in 2041 "
        "dropped to 0.0017%, astronomers said.",
        title="Asteroid Tarvel 7 impact risk",
        day="2026-03-02",
        names="ab",
    )
    fact = fact_of(report, "3.1%")
    assert sorted(quotes_of(report, fact)) == ["0.0017%", "3.1%"], quotes_of(report, fact)
    assert fact.verdict == "conflict"


def test_counts_that_far_apart_stay_two_facts(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "The storm in Tarvel killed 3 people on Monday, officials said.",
        "The storm in Tarvel killed 3,500 cattle on Monday, officials said.",
        title="Storm hits Tarvel",
        day="2026-03-02",
        names="ab",
    )
    fact = fact_of(report, "3 people")
    assert quotes_of(report, fact) == ["3 people"], quotes_of(report, fact)
