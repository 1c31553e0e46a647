"""Charges by their common name, written in lower case ("convicted of bribery", "an
investigation into alleged embezzlement", "a warrant for crimes against humanity"): a thing
of the class `charge` (`named.toml`), read in any sentence, in any case. A common noun, no
name (`NamedValue.common`): two sources of one story writing it state one fact, two stories
each their own; a name ("COVID-19") still meets across stories. Sentences written for these
tests; sentences in, claims and facts out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.kinds.named import named
from reconcile.models import Report
from tests.facts import claims_in, joined, run_of


def _charges(kinds: Kinds, text: str) -> list[tuple[str, str, str]]:
    """(name, role, key) of each thing claim of `text` read as a common noun."""
    values = [named(c) for c in claims_in(kinds, "thing", text)]
    return [(v.name, v.role, v.key) for v in values if v.common]


def _joined_charges(report: Report) -> list[list[str]]:
    """The quotes of each fact of charges that joins two claims or more."""
    by_id = {c.id: c.quote for c in report.claims}
    return sorted(
        sorted(by_id[i] for i in f.claim_ids)
        for f in report.facts
        if f.kind == "thing" and f.label.startswith("charge") and len(f.claim_ids) > 1
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Karsk court convicts the former mayor of witness tampering and bribery.",
            [
                ("witness tampering", "charge", "witness tampering"),
                ("bribery", "charge", "bribery"),
            ],
        ),
        (
            "Police detain the former minister over alleged embezzlement of state funds.",
            [("embezzlement", "charge", "embezzlement")],
        ),
        (
            "The senator is wanted on a warrant for alleged crimes against humanity.",
            [("crimes against humanity", "charge", "crime against humanity")],
        ),
        # (opening a sentence: read in any case)
        (
            "Bribery charges against the mayor were dropped on Monday.",
            [("Bribery", "charge", "bribery")],
        ),
        (
            "The driver is charged with attempted murder and sexual offences.",
            [
                ("attempted murder", "charge", "attempted murder"),
                ("sexual offences", "charge", "sexual offence"),
            ],
        ),
        (
            "He denies sexual assault.",
            [("sexual assault", "charge", "sexual assault")],
        ),
    ],
)
def test_a_charge_by_its_common_name_is_read(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _charges(kinds, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # common nouns of no charge, a word holding one, another sense of a charge's verb
        "The report on the government was released on Monday.",
        "The court charged the phone company a fee for the hearing.",
        "An anti-corruption court heard the case on Tuesday.",
        "The fraudster was released after two years.",
    ],
)
def test_a_look_alike_is_no_charge(kinds: Kinds, text: str) -> None:
    assert _charges(kinds, text) == []


def test_one_charge_in_two_sources_of_one_story_is_one_fact(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "A Karsk court convicts former president Jan Roe of bribery.",
        "Jan Roe appeals his conviction for bribery before the Karsk high court.",
    )
    assert _joined_charges(report) == [["bribery", "bribery"]]


def test_one_charge_in_two_stories_is_two_facts(tmp_path: Path) -> None:
    # two stories of no name in common: the same common noun is each story's own charge
    report = run_of(
        tmp_path,
        "A Karsk court convicts former president Jan Roe of bribery.",
        "A Tarvin judge charges port director Ann Lee with bribery.",
    )
    assert sorted(c.quote for c in report.claims if c.kind == "thing") == ["bribery", "bribery"]
    assert _joined_charges(report) == []


def test_a_name_still_meets_across_stories(tmp_path: Path) -> None:
    # (the same two stories, a disease's name in each: one name is one thing)
    report = run_of(
        tmp_path,
        "A Karsk court convicts Jan Roe after he caught COVID-19 in jail.",
        "A Tarvin judge delays the hearing of Ann Lee, who has COVID-19.",
    )
    assert joined(report, "thing") == [["COVID-19", "COVID-19"]]


def test_two_charges_of_one_story_are_two_facts_no_conflict(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "A Karsk court convicts former president Jan Roe of bribery.",
        "Jan Roe is convicted of embezzlement by the Karsk high court.",
    )
    assert _joined_charges(report) == []
    assert not [f for f in report.facts if f.kind == "thing" and f.verdict == "conflict"]
