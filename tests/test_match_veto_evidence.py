"""Vetoes read the right evidence: each fires on two facts worded alike and stays silent on
one fact told in two wordings.

- Subject: the names before two numbers that share nothing are two subjects, unless each
  sentence names what the other's number is about ("For the Labour Party, Spring Sunday is
  to include 14 districts" / "the Labour Party held votes in fourteen districts on Spring
  Sunday"); one sentence naming the other's subject in passing is not enough.
- Rival names: two names of one class near the two numbers ("Senator Bo Orle", "Senator
  Kell") are two things, unless one side writes the other's name in a longer form too
  ("Senator Ada Kell ... and Senator Bo Orle" / "Senator Kell").
- Portion: a part of a whole stated as a number ("12 of the state's 41") and a number whose
  sentence states that whole apart from itself ("of the state's 41 delegates, ... Orle won
  12") are one part of one whole when their numbers agree; two parts that differ ("14")
  and the whole itself stay apart.
- A share of a day read anywhere in the clause ("in the last 24 hours") is the claim's only
  when no other number stands between them.
- Names: numbers of one concept that disagree, in sentences naming nothing in common, stay
  two facts; an acronym of the concept ("of GDP") is no name the two share.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import (
    DifferentNames,
    DifferentPortion,
    DifferentSubject,
    KeptApart,
    RivalNames,
)
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _claim(sentence: str, quote: str, noun: str | None = None) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote, counted_noun=noun, dimension="count")


def _write(folder: Path, name: str, day: str, text: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Spring vote in Varno\npublished: 2026-03-{day}\n---\n{text}\n",
        encoding="utf-8",
    )


def _kept_apart_by(report: Report, quote: str, veto: type) -> bool:
    reasons = fact_of(report, quote).match.reasons
    return any(isinstance(r, KeptApart) and isinstance(r.veto, veto) for r in reasons)


def _decision(report: Report, left: str, right: str) -> Any:
    """The decision on the pair of `left` in the first source and `right` in the second."""
    first, second = (s.id for s in sorted(report.sources, key=lambda s: s.path))
    ids = [
        next(c.id for c in report.claims if c.quote == quote and c.source_id == source)
        for quote, source in ((left, first), (right, second))
    ]
    return Anatomy(report).pair(*ids).decision


def test_a_subject_the_other_sentence_names_is_no_other_subject(tmp_path: Path) -> None:
    _write(tmp_path, "a", "02", "For the Labour Party, Spring Sunday is to include 14 districts.")
    _write(
        tmp_path,
        "b",
        "03",
        "The Varno Labour Party held votes in fourteen districts on Spring Sunday.",
    )
    report = run([tmp_path])
    decision = _decision(report, "14 districts", "fourteen districts")
    assert not isinstance(decision.veto, DifferentSubject), decision


def test_subjects_neither_sentence_names_are_two_subjects(tmp_path: Path) -> None:
    _write(tmp_path, "a", "02", "In the spring vote, Labour won 14 districts.")
    _write(tmp_path, "b", "03", "In the spring vote, Greens won 14 districts.")
    report = run([tmp_path])
    decision = _decision(report, "14 districts", "14 districts")
    assert isinstance(decision.veto, DifferentSubject), decision


def test_a_subject_named_in_passing_by_the_other_sentence_is_still_another(
    tmp_path: Path,
) -> None:
    # the second sentence names the first's subject, but not the other way round
    _write(tmp_path, "a", "02", "In the spring vote, Labour won 14 districts.")
    _write(tmp_path, "b", "03", "In the spring vote, Greens won 14 districts, ahead of Labour.")
    report = run([tmp_path])
    decision = _decision(report, "14 districts", "14 districts")
    assert isinstance(decision.veto, DifferentSubject), decision


def test_a_rival_named_in_a_longer_form_on_the_other_side_is_no_rival(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "02",
        "Senator Ada Kell of Varno had 8 delegates, and Senator Bo Orle of Marro had 7.",
    )
    _write(tmp_path, "b", "03", "Senator Kell had eight delegates after the spring vote.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "eight delegates")) == [
        "8 delegates",
        "eight delegates",
    ]


def test_two_senators_are_still_rivals(tmp_path: Path) -> None:
    _write(tmp_path, "a", "02", "Senator Bo Orle had 8 delegates after the spring vote.")
    _write(tmp_path, "b", "03", "Senator Kell had eight delegates after the spring vote.")
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "eight delegates")) == ["eight delegates"]
    assert _kept_apart_by(report, "eight delegates", RivalNames)


def test_a_sentence_states_a_number_apart_from_its_claim() -> None:
    reader = _reader()
    split = "The party split the state's 41 pledged delegates: Kell won 14, Orle 12."
    assert reader.states_number(_claim(split, "12"), "41")
    assert not reader.states_number(_claim(split, "12"), "40")
    # the claim's own number is not stated apart from it
    assert not reader.states_number(_claim("Varno has 41 pledged delegates.", "41"), "41")
    assert reader.states_number(_claim("Two of the five judges dissented.", "Two"), "five")


def test_parts_of_one_whole_stated_on_both_sides_are_no_part_and_whole(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "02",
        "Orle came second in Varno, securing 12 of the state's 41 pledged delegates.",
    )
    _write(
        tmp_path,
        "b",
        "03",
        "Of the state's 41 pledged delegates, Kell won 14 delegates and Orle won 12 delegates.",
    )
    report = run([tmp_path])
    decision = _decision(report, "12", "12 delegates")
    assert not isinstance(decision.veto, DifferentPortion), decision
    # the whole itself, which its own sentence states only as itself, stays the whole
    whole = _decision(report, "12", "41")
    assert isinstance(whole.veto, DifferentPortion), whole
    # another part of the same whole, a number that differs, stays another part
    other = _decision(report, "12", "14 delegates")
    assert isinstance(other.veto, DifferentPortion), other


def test_a_daily_share_further_on_in_the_clause_is_the_nearer_numbers() -> None:
    reader = _reader()
    sentence = (
        "Officials reported 3,728 cases since the outbreak began with 198 recorded in the "
        "last 24 hours."
    )
    assert reader.portion(_claim(sentence, "3,728 cases", "cases")) == ""
    assert reader.portion(_claim(sentence, "198")) == "daily"
    # no number between: the share of a day is the claim's, however far on in its clause
    alone = "At least 103 people are killed by fire in the past 24 hours."
    assert reader.portion(_claim(alone, "At least 103 people", "people")) == "daily"


def test_tolls_each_clause_names_as_its_own_stay_apart(tmp_path: Path) -> None:
    _write(tmp_path, "a", "02", "The Kessel outbreak has killed 52,000 people so far.")
    _write(tmp_path, "b", "09", "The Vardo outbreak has killed 100,000 people so far.")
    report = run([tmp_path])
    decision = _decision(report, "52,000 people", "100,000 people")
    assert isinstance(decision.veto, DifferentNames), decision


def test_an_acronym_of_the_concept_is_no_name_two_targets_share(tmp_path: Path) -> None:
    # "GDP" names what is measured, not whose target it is: two countries' targets
    _write(
        tmp_path,
        "a",
        "02",
        "The Karskian government will raise defence spending to 2.5% of GDP by 2027, "
        "Jane Roe says.",
    )
    _write(
        tmp_path,
        "b",
        "09",
        "The Velmian government will reach 2% of GDP in defence spending, Bo Orle says.",
    )
    report = run([tmp_path])
    decision = _decision(report, "2.5%", "2%")
    assert isinstance(decision.veto, DifferentNames), decision
    assert decision.veto.a == ("karskian",), decision
