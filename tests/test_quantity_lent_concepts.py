"""Concepts lent across the run's sources (`kinds/quantity/infer.py`): a number with no
concept of its own takes the one another source reads for the same number, when its own
sentence names that concept. Sentences written for these tests; sources in, claims and
facts out."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Claim, Report


def _run(tmp_path: Path, texts: dict[str, str]) -> Report:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return run([tmp_path])


def _claim(report: Report, source: str, quote: str) -> Claim:
    ids = {s.id for s in report.sources if Path(s.path).name == f"{source}.txt"}
    found = [c for c in report.claims if c.source_id in ids and c.quote == quote]
    assert len(found) == 1, [(c.source_id, c.quote) for c in report.claims]
    return found[0]


def _together(report: Report, a: Claim, b: Claim) -> bool:
    return any(a.id in f.claim_ids and b.id in f.claim_ids for f in report.facts)


# the number of a list after a long item, out of its frame's reach, in a sentence that names
# deaths
LISTED = (
    "The army said the operation ended with the deaths of 145 fighters who had crossed the "
    "river at dawn, 18 civilians, and 18 police officers."
)


def test_a_number_without_a_concept_takes_the_one_another_source_reads(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 18 civilians on Monday, officials said.",
            "b": LISTED,
        },
    )
    read, lent = _claim(report, "a", "18 civilians"), _claim(report, "b", "18 civilians")
    assert (read.concept, lent.concept) == ("deaths", "deaths")
    assert _together(report, read, lent)
    # the claim keeps its place in the report: revised, not added
    assert [c.quote for c in report.claims].count("18 civilians") == 2


def test_no_concept_is_lent_when_the_sentence_does_not_name_it(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 18 civilians on Monday, officials said.",
            "b": "Buses took 18 civilians to the border crossing on Tuesday.",
        },
    )
    assert _claim(report, "b", "18 civilians").concept is None


def test_no_concept_is_lent_for_another_number(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 19 civilians on Monday, officials said.",
            "b": LISTED,
        },
    )
    assert _claim(report, "b", "18 civilians").concept is None


def test_no_concept_is_lent_within_one_source(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 18 civilians on Monday. " + LISTED,
            "b": "Officials met on Tuesday to review the budget of the town.",
        },
    )
    listed = [c for c in report.claims if c.quote == "18 civilians"]
    assert [c.concept for c in listed] == ["deaths", None]


def test_two_concepts_named_lend_neither(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 18 civilians on Monday, officials said.",
            "b": "Rescuers pulled 18 civilians from the rubble on Monday, officials said.",
            "c": (
                "The deaths of 145 Northern Front (NF) fighters and the rescue of many "
                "survivors, 18 civilians among them, were reported."
            ),
        },
    )
    assert _claim(report, "c", "18 civilians").concept is None


def test_a_small_number_takes_no_concept(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "Strikes on the market town killed 3 civilians on Monday, officials said.",
            "b": (
                "The army said the operation ended with the deaths of 145 fighters who had "
                "crossed the river at dawn, 3 civilians, and 18 police officers."
            ),
        },
    )
    assert _claim(report, "b", "3 civilians").concept is None


def test_one_source_alone_lends_nothing(tmp_path: Path) -> None:
    report = _run(tmp_path, {"b": LISTED})
    assert _claim(report, "b", "18 civilians").concept is None


def test_a_claim_that_names_another_noun_takes_no_concept(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a": "In the caucus, Smith won 14 of the state's 41 delegates.",
            "b": "Voting on Tuesday spans 14 states, and the count of delegates will take a week.",
        },
    )
    assert _claim(report, "b", "14 states").concept is None
