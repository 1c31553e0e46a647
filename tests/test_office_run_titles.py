"""A change of hands told across sources: one source names the office's holder with its
country, another the next holder under a title that names none ("Prime Minister John Doe",
"Foreign Secretary John Doe", "President Pak"). The run carries the office and place another
source gives that person to the mention, so the two holders are one office's, a conflict.
What it must not do: carry a place between two people of one surname, carry one of two
places a person is titled for, carry a former holding, or carry into a source that names
another holder of the office. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import DifferentPeople
from tests.offices import handover_report as _report
from tests.offices import held as _held
from tests.offices import run_claims as _claims


def _office_facts(report: Report) -> list[tuple[str, list[str]]]:
    return sorted(
        (f.verdict, sorted(report.claim(i).quote for i in f.claim_ids))
        for f in report.facts
        if f.kind == "office"
    )


@pytest.mark.parametrize(
    ("old", "new", "titled", "people"),
    [
        # a title that names no country, the person named under a rules office elsewhere
        (
            "UK Prime Minister Jane Roe resigned on Monday.",
            "Prime Minister John Doe took office on Tuesday.",
            "British Prime Minister John Doe spoke on Tuesday.",
            ("Jane Roe", "John Doe"),
        ),
        # a rules office's title that names no country, qualified in another source
        (
            "UK Foreign Secretary Jane Roe met the envoys on Monday.",
            "Foreign Secretary John Doe took office on Tuesday.",
            "UK Foreign Secretary John Doe spoke on Tuesday.",
            ("Jane Roe", "John Doe"),
        ),
        # a name written by its family name alone, opening the full name
        (
            "Karskian President Kim Dae-ho resigned on Monday.",
            "President Pak took office on Tuesday.",
            "Karskian President Pak Sun-mi spoke on Tuesday.",
            ("Kim Dae-ho", "Pak Sun-mi"),
        ),
    ],
)
def test_a_handover_told_by_two_sources_is_one_office_in_conflict(
    tmp_path: Path, old: str, new: str, titled: str, people: tuple[str, str]
) -> None:
    report = _report(tmp_path, old, new, titled)
    facts = [f for f in report.facts if f.kind == "office"]
    assert [(f.verdict, len(f.claim_ids)) for f in facts] == [("conflict", 3)]
    assert DifferentPeople(people) in facts[0].notes


def test_the_run_tells_the_untitled_mention_its_office_place_and_country(kinds: Kinds) -> None:
    pm, secretary, pak = (
        _held(next(c for c in _claims(kinds, text, titled) if c.source_id == "S1"))
        for text, titled in (
            ("Prime Minister John Doe spoke.", "British Prime Minister John Doe spoke."),
            ("Foreign Secretary John Doe spoke.", "UK Foreign Secretary John Doe spoke."),
            ("President Pak spoke.", "Karskian President Pak Sun-mi spoke."),
        )
    )
    assert (pm.office_key, pm.run_office) == ("prime-minister", "uk-prime-minister")
    assert (secretary.office_key, secretary.run_titled) == ("uk-foreign-secretary", True)
    assert (pak.place, pak.run_place) == ("", "karskian")


def test_two_people_of_one_surname_lend_no_place_to_each_other(kinds: Kinds) -> None:
    claims = _claims(
        kinds,
        "Karskian President John Doe resigned.",
        "President Jane Doe spoke on Tuesday.",
        "Tolvian President Jane Doe spoke.",
    )
    bare = next(c for c in claims if c.source_id == "S2")
    assert _held(bare).run_place == "tolvian"


@pytest.mark.parametrize(
    "texts",
    [
        # a person titled for two places that are not one: neither is carried
        (
            "Governor Jane Roe spoke on Tuesday.",
            "Tolvian Governor Jane Roe spoke. Karsk Governor Jane Roe came later.",
        ),
        # a former holding, where the run names no one else holding the office now, tells
        # no place of the office held now (`test_office_held_then.py`: a change of hands)
        ("President Jane Roe spoke on Tuesday.", "Former Karskian president Jane Roe spoke."),
        ("Foreign Secretary Jane Roe spoke.", "Former UK Foreign Secretary Jane Roe spoke."),
        ("Prime Minister Jane Roe spoke.", "Former UK Prime Minister Jane Roe spoke."),
    ],
)
def test_no_office_or_place_is_carried_where_the_run_tells_none(
    kinds: Kinds, texts: tuple[str, str]
) -> None:
    first = next(c for c in _claims(kinds, *texts) if c.source_id == "S1")
    held = _held(first)
    assert (held.run_place, held.run_titled, held.run_office) == ("", False, "")


def test_a_source_naming_another_holder_is_given_no_office(kinds: Kinds) -> None:
    # the source itself tells of two prime ministers: which country's is not the run's to say
    claims = _claims(
        kinds,
        "Prime Minister John Doe replaced Prime Minister Tom Poe on Tuesday.",
        "British Prime Minister John Doe spoke.",
    )
    doe = next(c for c in claims if c.source_id == "S1" and _held(c).person == "John Doe")
    assert _held(doe).co_holders == ("tom poe",)
    assert _held(doe).run_office == ""


def test_two_countries_holders_under_one_bare_title_stay_apart(tmp_path: Path) -> None:
    # the run names Doe Tolvia's president and Roe Karskia's: no change of hands
    report = _report(
        tmp_path,
        "Karskian President Jane Roe resigned on Monday.",
        "President John Doe spoke on Tuesday.",
        "Tolvian President John Doe spoke on Tuesday.",
    )
    assert _office_facts(report) == [
        ("agree", ["President John Doe", "Tolvian President John Doe"]),
        ("single", ["Karskian President Jane Roe"]),
    ]


@pytest.mark.parametrize(
    ("text", "lent"),
    [
        # a title no rule reads, its word written in lower case elsewhere in the source
        ("The talks failed, Ombudsman Jane Roe said. The ombudsman left.", ["Jane Roe"]),
        ("Solicitor General Jane Roe spoke before the general election.", ["Jane Roe"]),
        # a given name is never written in lower case: another person, or none told
        ("The talks failed, Mary Jane Roe said. Mary left.", []),
        ("The talks failed, Ombudsman Jane Roe said.", []),
    ],
)
def test_a_capitalized_word_the_source_writes_in_lower_case_is_no_given_name(
    kinds: Kinds, text: str, lent: list[str]
) -> None:
    claims = _claims(kinds, "Karskian Interior Minister Jane Roe spoke on Monday.", text)
    assert [c.quote for c in claims if c.source_id == "S2" and _held(c).title_from] == lent


def test_a_succession_in_one_sentence_gives_the_new_holder_the_old_ones_place(
    tmp_path: Path,
) -> None:
    # "Roe replaced John Doe": Doe is Karsk's governor (lent from the first source), so is
    # the governor Roe after him; the second source's untitled governor Roe is placed too.
    # (Written "the new governor", the second source itself tells the change of hands:
    # `HandedOver`, no conflict — tests/test_office_successions.py.)
    report = _report(
        tmp_path,
        "Karsk Governor John Doe resigned on Monday.",
        "The governor, Jane Roe, was sworn in on Tuesday.",
        "Roe replaced John Doe on Tuesday.",
    )
    facts = [f for f in report.facts if f.kind == "office"]
    assert [(f.verdict, len(f.claim_ids)) for f in facts] == [("conflict", 4)]
    assert DifferentPeople(("Jane Roe", "John Doe")) in facts[0].notes


@pytest.mark.parametrize(
    "sentence",
    [
        # two offices
        "Finance Minister Jane Roe replaced Karskian Foreign Minister John Doe.",
        # a former holder
        "Governor Jane Roe replaced former Karsk governor John Doe.",
        # no verb of succession between them
        "Governor Jane Roe met Karsk Governor John Doe.",
    ],
)
def test_no_place_is_handed_over_where_the_sentence_tells_no_succession(
    kinds: Kinds, sentence: str
) -> None:
    roe = next(c for c in _claims(kinds, sentence) if _held(c).person == "Jane Roe")
    assert (_held(roe).place, _held(roe).run_place) == ("", "")
