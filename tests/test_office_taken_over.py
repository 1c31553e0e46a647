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
from reconcile.kinds.office.kind import SHARE_REFUSALS, THEN_REFUSALS, OfficeKind
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
    assert _refusal(kinds, *placed, "Former Karsk senator Jane Roe left.") == SHARE_REFUSALS[0]
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


@pytest.mark.parametrize(
    ("texts", "refusal"),
    [
        # the person's only other holding is a former seat of another office, under a
        # title several hold at once: told as of another office, not as the guard of a
        # title several hold
        (
            ("Governor Jane Roe spoke.", "Karsk Governor John Doe took office."),
            "Former Karsk senator Jane Roe left.",
        ),
        (
            ("President Jane Roe spoke.", "Karskian President John Doe spoke."),
            "Jane Roe, a former Karskian minister, left.",
        ),
        (
            ("Prime Minister Jane Roe spoke.", "Prime Minister John Doe spoke."),
            "Jane Roe, a Karsk MP, left.",
        ),
        # written by the surname alone, of a person named in full only as a former senator
        (
            ("Governor Roe spoke.", "Karsk Governor John Doe took office."),
            "Former Karsk senator Jane Roe left.",
        ),
    ],
)
def test_a_share_of_another_office_is_told_as_such_by_the_anatomy(
    kinds: Kinds, texts: tuple[str, str], refusal: str
) -> None:
    first, second = texts
    assert _refusal(kinds, first, f"{second} {refusal}") == SHARE_REFUSALS[0]


def test_a_share_of_another_office_does_not_hide_a_holding_of_the_office(kinds: Kinds) -> None:
    # a former senator and a former governor of Karsk: the governorship places the mention
    assert (
        _refusal(
            kinds,
            "Governor Jane Roe spoke.",
            "Karsk Governor John Doe took office. Former Karsk senator Jane Roe left. "
            "Former Karsk governor Jane Roe spoke.",
        )
        == ""
    )


@pytest.mark.parametrize(
    "texts",
    [
        # one of Karsk's senators untitled, the other with the place, the first also named
        # as a former senator of Karsk: a state has two senators at once, the two are apart
        (
            "Senator Jane Roe spoke on Monday.",
            "Karsk Senator John Doe spoke on Tuesday. Former Karsk senator Jane Roe left.",
        ),
        # both holding it now, named so together, then each alone
        (
            "Karsk Senators Jane Roe and John Doe met on Monday.",
            "Senator Jane Roe spoke on Tuesday.",
            "Senator John Doe spoke on Wednesday.",
        ),
    ],
)
def test_two_holders_of_a_title_several_hold_at_once_stay_apart(
    tmp_path: Path, texts: tuple[str, ...]
) -> None:
    report = _report(tmp_path, *texts)
    # (both senators read, each in every source that names them)
    read = sorted(_held(c).person for c in report.claims if c.kind == "office")
    assert {"Jane Roe", "John Doe"} <= set(read) and len(read) >= 3
    people = [
        {_held(report.claim(i)).person.split()[-1] for i in f.claim_ids}
        for f in report.facts
        if f.kind == "office"
    ]
    assert not any({"Roe", "Doe"} <= named for named in people)
