"""A place veto that knows one place holds another: a number stated of a place its
sentence sets inside a larger one ("the Varno health ministry says ... 40 people in Tolk",
"in Tolk, Varno") and a number of that larger place that agrees with it are one figure told
at two scales, not two places; numbers that differ are the part's figure and the whole's,
and two places neither sentence relates stay two facts."""

from __future__ import annotations

from pathlib import Path

from reconcile.models import Report
from reconcile.reasons import DifferentPlace
from tests.facts import fact_of, quotes_of, two_sources, vetoes_of


def _two(tmp_path: Path, first: str, second: str) -> Report:
    return two_sources(tmp_path, "The Tolk virus in Varno", first, second)


def test_a_place_inside_the_place_its_sentence_speaks_for_meets_that_place(
    tmp_path: Path,
) -> None:
    report = _two(
        tmp_path,
        "The Varno health ministry confirmed the virus has killed 40 people in Tolk.",
        "The virus has killed about 40 people in Varno, officials said.",
    )
    fact = fact_of(report, "40 people")
    assert quotes_of(report, fact) == ["40 people", "about 40 people"]


def test_a_place_its_sentence_chains_into_a_larger_one_meets_that_place(tmp_path: Path) -> None:
    report = _two(
        tmp_path,
        "The virus has killed 40 people in Tolk, Varno, officials said.",
        "The virus has killed about 40 people in Varno, officials said.",
    )
    assert quotes_of(report, fact_of(report, "40 people")) == ["40 people", "about 40 people"]


def test_a_part_s_figure_and_the_whole_s_that_differ_are_two_facts(tmp_path: Path) -> None:
    # a province's toll and the country's: the part against its total
    report = _two(
        tmp_path,
        "The virus has killed three people in Tolk, Varno, officials said.",
        "The virus has killed 40 people in Varno, officials said.",
    )
    assert quotes_of(report, fact_of(report, "three people")) == ["three people"]
    assert any(isinstance(v, DifferentPlace) for v in vetoes_of(report, "40 people"))


def test_a_place_named_in_another_place_phrase_frames_nothing(tmp_path: Path) -> None:
    # "in Varno" is the place of the other number of the sentence, not one that holds Tolk
    report = _two(
        tmp_path,
        "The virus has killed three people in Tolk and 40 people in Varno.",
        "The virus has killed 52 people in Varno, officials said.",
    )
    assert quotes_of(report, fact_of(report, "three people")) == ["three people"]
    assert any(isinstance(v, DifferentPlace) for v in vetoes_of(report, "three people"))
    assert quotes_of(report, fact_of(report, "52 people")) == ["40 people", "52 people"]


def test_two_places_neither_sentence_relates_are_two_figures(tmp_path: Path) -> None:
    report = _two(
        tmp_path,
        "The virus has killed three people in Tolk, officials said.",
        "The virus has killed 40 people in Varno, officials said.",
    )
    assert quotes_of(report, fact_of(report, "three people")) == ["three people"]
    assert any(isinstance(v, DifferentPlace) for v in vetoes_of(report, "40 people"))
