"""A change of hands where the holder now is named under the title alone: one source names
Jane Roe under a title that names no place ("Governor Jane Roe"), another names John Doe
under the same title with no place ("Governor John Doe took office") and Roe as Karsk's
former governor. The run places the office nowhere else: it is Karsk's, Roe held it, and
Doe holds it now. Both untitled holders are placed at Karsk, and the two are one office in
conflict. What it must not do: place where two other people hold the title now placed
nowhere, where the run names the title with another place, where a name may be two people
of the run, or from a former holding of another office. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import THEN_REFUSALS, OfficeKind
from reconcile.reasons import DifferentPeople
from tests.offices import handover_report as _report
from tests.offices import held as _held
from tests.offices import run_claims as _claims


def _placed(kinds: Kinds, *texts: str) -> list[tuple[str, str, bool]]:
    """Each current holding under a title of no place: its person, the place the run gave
    it, and whether from a holding the run says was handed on."""
    return [
        (h.person, h.run_place, h.run_then)
        for c in _claims(kinds, *texts)
        if not (h := _held(c)).place and not h.former and not h.several
    ]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Governor Jane Roe spoke on Monday.",
            "Governor John Doe took office on Tuesday, replacing former Karsk governor Jane Roe.",
        ),
        # the three told by three sources; the former holder named by surname later
        (
            "Governor Roe spoke on Monday.",
            "Governor John Doe took office on Tuesday.",
            "Jane Roe, who served as Karsk governor until May, left. Roe declined to comment.",
        ),
        (
            "Chief Executive Jane Roe spoke on Monday.",
            "Chief Executive John Doe took office. Former Acme chief executive Jane Roe left.",
        ),
    ],
)
def test_the_holder_now_under_the_title_alone_takes_the_office_held_before(
    tmp_path: Path, texts: tuple[str, ...]
) -> None:
    report = _report(tmp_path, *texts)
    conflicts = [f for f in report.facts if f.kind == "office" and f.verdict == "conflict"]
    assert [len(f.claim_ids) for f in conflicts] == [2]
    (people,) = [n.names for n in conflicts[0].notes if isinstance(n, DifferentPeople)]
    assert sorted(name.split()[-1] for name in people) == ["Doe", "Roe"]
    assert not any(_held(report.claim(i)).former for i in conflicts[0].claim_ids)


def test_both_holders_are_placed_where_the_office_was_held(kinds: Kinds) -> None:
    assert _placed(
        kinds,
        "Governor Jane Roe spoke.",
        "Governor John Doe took office. Former Karsk governor Jane Roe left.",
    ) == [("Jane Roe", "karsk", True), ("John Doe", "karsk", True)]
    # the holder now holds another office of another place: the governorship is Karsk's
    # (a mayor's place is not a governor's)
    assert _placed(
        kinds,
        "Governor Jane Roe spoke.",
        "Governor John Doe took office. Former Karsk governor Jane Roe left.",
        "Tolvia Mayor John Doe spoke.",
    ) == [("Jane Roe", "karsk", True), ("John Doe", "karsk", True)]


@pytest.mark.parametrize(
    "texts",
    [
        # no one else holds the office now: nothing changed hands
        ("Governor Jane Roe spoke.", "Former Karsk governor Jane Roe left."),
        # two other people hold the title now, placed nowhere: of two places, maybe
        (
            "Governor Jane Roe spoke.",
            "Governor John Doe spoke. Governor Tom Poe spoke. Former Karsk governor Jane Roe left.",
        ),
        # the run names the title with another place
        (
            "Governor Jane Roe spoke.",
            "Governor John Doe took office. Former Karsk governor Jane Roe left. "
            "Tolvian Governor Tom Poe spoke.",
        ),
        (
            "Governor Roe spoke.",
            "Governors Jane Roe of Karsk and Tom Poe of Tolvia met.",
            "Governor John Doe took office.",
        ),
        # the holder now holds it for another place
        (
            "Governor Jane Roe spoke.",
            "Governor John Doe took office. Former Karsk governor Jane Roe left.",
            "Tolvian Governor John Doe spoke.",
        ),
        # a former holder of another office
        (
            "Governor Jane Roe spoke.",
            "Governor John Doe took office. Former Karsk mayor Jane Roe left.",
        ),
        # two people of one surname: "Governor Roe" may be either
        (
            "Governor Roe spoke.",
            "Governor John Doe took office. Former Karsk governor Jim Roe left.",
            "Governor Jane Roe left.",
        ),
        # two people of one surname: "Governor Doe" may be either
        (
            "Governor Jane Roe spoke.",
            "Governor Doe took office. Former Karsk governor Jane Roe left.",
            "Senator Jim Doe met Senator John Doe.",
        ),
    ],
)
def test_no_place_is_given_where_the_run_does_not_tell_whose_office_it_is(
    kinds: Kinds, texts: tuple[str, ...]
) -> None:
    assert not any(then for _, place, then in _placed(kinds, *texts) if place != "tolvian")


def _refusal(kinds: Kinds, *texts: str) -> str:
    claims = _claims(kinds, *texts)
    office = next(k for k in kinds.language("en") if isinstance(k, OfficeKind))
    return office.then_refusal(next(c for c in claims if c.source_id == "S1"), claims)


def test_the_anatomy_is_told_which_step_refused_the_placing(kinds: Kinds) -> None:
    placed = ("Governor Jane Roe spoke.", "Governor John Doe took office.")
    assert _refusal(kinds, *placed, "Former Karsk governor Jane Roe left.") == ""
    assert (
        _refusal(kinds, "Governor Jane Roe spoke.", "Former Karsk governor Jane Roe left.")
        == (THEN_REFUSALS[3])
    )
    assert _refusal(kinds, *placed, "Former Karsk mayor Jane Roe left.") == THEN_REFUSALS[2]
    assert (
        _refusal(
            kinds,
            "Governor Roe spoke.",
            "Former Karsk governor Jim Roe left.",
            "Governor Jane Roe met.",
        )
        == THEN_REFUSALS[0]
    )
    assert _refusal(kinds, *placed, "Former Karsk senator Jane Roe left.") == (
        "its former or shared holdings of a title several hold at once"
    )
    assert _refusal(
        kinds,
        "Governor Jane Roe spoke.",
        "Governor John Doe spoke. Governor Tom Poe spoke. Former Karsk governor Jane Roe left.",
    ).startswith(f"{THEN_REFUSALS[3]}; others hold it now placed nowhere")


@pytest.mark.parametrize(
    ("titled", "lent"),
    [
        # the source that titles the person writes the word before the name in lower case:
        # a title no rule reads, not another given name
        ("Karskian Interior Minister Jane Roe, once the ombudsman, spoke.", ["Jane Roe"]),
        # written so nowhere: another person, or none told
        ("Karskian Interior Minister Jane Roe spoke.", []),
    ],
)
def test_a_capitalized_word_a_source_titling_the_person_writes_in_lower_case_is_a_title(
    kinds: Kinds, titled: str, lent: list[str]
) -> None:
    claims = _claims(kinds, titled, "The talks failed, Ombudsman Jane Roe said.")
    assert [c.quote for c in claims if c.source_id == "S2" and _held(c).title_from] == lent
