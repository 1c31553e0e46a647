"""A change of hands told across sources where the first holder is placed only as a former
holder: one source names Jane Roe under a title that names no place ("Governor Jane Roe"),
another names John Doe as Karsk's governor and Roe as its former governor ("former Karsk
governor Jane Roe", "Roe, who served as Karsk governor"). Roe held Karsk's governorship:
the untitled mention is placed there, and the two holders are one office in conflict. What
it must not do: place by a former holding of another office or of another place, where the
run names no one else holding the office now, or where two people of the run share the
name. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.reasons import DifferentPeople
from tests.offices import handover_report as _report
from tests.offices import held as _held
from tests.offices import run_claims as _claims


def _first(kinds: Kinds, *texts: str) -> OfficeHolder:
    return _held(next(c for c in _claims(kinds, *texts) if c.source_id == "S1"))


@pytest.mark.parametrize(
    ("texts", "people"),
    [
        # a former holder with the place, beside the holder now
        (
            (
                "Governor Jane Roe spoke on Monday.",
                "Karsk Governor John Doe took office. Former Karsk governor Jane Roe left.",
            ),
            ("Jane Roe", "John Doe"),
        ),
        # the two told by two other sources
        (
            (
                "Governor Jane Roe spoke on Monday.",
                "Karsk Governor John Doe took office on Tuesday.",
                "Jane Roe, who served as Karsk governor until May, left.",
            ),
            ("Jane Roe", "John Doe"),
        ),
        # a rules office under a title that names no country, and its former holder
        (
            (
                "Prime Minister Jane Roe spoke on Monday.",
                "UK Prime Minister John Doe took office. Former UK Prime Minister Jane Roe left.",
            ),
            ("Jane Roe", "John Doe"),
        ),
        (
            (
                "Foreign Secretary Jane Roe spoke on Monday.",
                "UK Foreign Secretary John Doe took office. "
                "Former UK Foreign Secretary Jane Roe left.",
            ),
            ("Jane Roe", "John Doe"),
        ),
    ],
)
def test_a_holder_placed_elsewhere_as_former_is_in_conflict_with_the_holder_now(
    tmp_path: Path, texts: tuple[str, ...], people: tuple[str, str]
) -> None:
    report = _report(tmp_path, *texts)
    conflicts = [f for f in report.facts if f.kind == "office" and f.verdict == "conflict"]
    assert [len(f.claim_ids) for f in conflicts] == [2]
    assert DifferentPeople(people) in conflicts[0].notes
    # (the former holding itself is not the holding now: it stays a fact of its own)
    assert not any(_held(report.claim(i)).former for i in conflicts[0].claim_ids)


def test_the_run_places_the_untitled_mention_where_the_person_held_the_office(
    kinds: Kinds,
) -> None:
    governor = _first(
        kinds,
        "Governor Jane Roe spoke.",
        "Governor John Doe took office. Jane Roe, who had been Karsk governor, left.",
        "Karsk Governor John Doe spoke.",
    )
    # (the new holder is placed by the run too: titled with Karsk in the third source)
    assert (governor.place, governor.run_place, governor.run_then) == ("", "karsk", True)
    prime = _first(
        kinds,
        "Prime Minister Jane Roe spoke.",
        "British Prime Minister John Doe spoke. Former UK Prime Minister Jane Roe left.",
    )
    assert (prime.office_key, prime.run_office, prime.run_then) == (
        "prime-minister",
        "uk-prime-minister",
        True,
    )
    # a title in the plural: each holder holds their own place's office
    shared = _first(
        kinds,
        "Governor Jane Roe spoke.",
        "Governors Jane Roe of Karsk and Tom Poe of Tolvia met.",
        "Karsk Governor John Doe took office.",
    )
    assert shared.run_place == "karsk"


@pytest.mark.parametrize(
    "texts",
    [
        # no one else holds the office now: nothing changed hands
        ("Governor Jane Roe spoke.", "Former Karsk governor Jane Roe left."),
        ("Prime Minister Jane Roe spoke.", "Former UK Prime Minister Jane Roe left."),
        # a former holder of another office
        (
            "Governor Jane Roe spoke.",
            "Karsk Governor John Doe took office. Former Karsk mayor Jane Roe left.",
        ),
        # of another place than the office's holder now
        (
            "Governor Jane Roe spoke.",
            "Karsk Governor John Doe took office. Former Tolvia governor Jane Roe left.",
        ),
        # two people of one surname: "Governor Roe" may be either
        (
            "Governor Roe spoke.",
            "Karsk Governor John Doe took office. Former Karsk governor Jim Roe left.",
            "Governor Jane Roe left.",
        ),
        # a title several hold at once: a share of it is no one's seat
        (
            "Senator Jane Roe spoke.",
            "Karsk Senator John Doe spoke. Former Karsk senator Jane Roe left.",
        ),
    ],
)
def test_no_place_is_carried_from_a_holding_that_tells_no_change_of_hands(
    kinds: Kinds, texts: tuple[str, ...]
) -> None:
    held = _first(kinds, *texts)
    assert (held.run_place, held.run_titled, held.run_office) == ("", False, "")


def test_a_current_holding_is_carried_before_a_former_one(kinds: Kinds) -> None:
    # Roe is Tolvia's governor now and was Karsk's: the holding now places the mention
    held = _first(
        kinds,
        "Governor Jane Roe spoke.",
        "Karsk Governor John Doe took office. Former Karsk governor Jane Roe left. "
        "Tolvian Governor Jane Roe spoke.",
    )
    assert (held.run_place, held.run_then) == ("tolvian", False)


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Jane Roe, who served as Karsk governor until May, left.", True),
        # news of a resignation names the holder who resigns: the office fact of "Governor
        # Roe" (a former holder only when said so)
        ("Jane Roe, who resigned as Karsk governor in May, left.", False),
        ("Jane Roe, who stepped down as Karsk governor in May, left.", False),
        ("Jane Roe steps down as Karsk governor.", False),
    ],
)
def test_a_holder_who_resigns_is_the_holder(kinds: Kinds, sentence: str, former: bool) -> None:
    (roe,) = _claims(kinds, sentence)
    assert (_held(roe).place, _held(roe).former) == ("karsk", former)


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Karsk Governor John Doe thanked his predecessor, Jane Roe, on Monday.",
            [
                ("John Doe", "governor", "karsk", False),
                ("Jane Roe", "former-governor", "karsk", True),
            ],
        ),
        (
            "US Defense Secretary John Doe and his predecessor Jane Roe met.",
            [
                ("John Doe", "us-defense-secretary", "", False),
                ("Jane Roe", "former-us-defense-secretary", "", True),
            ],
        ),
        # a verb of succession right after the holder
        (
            "Karsk Governor John Doe, who replaced Jane Roe, took office.",
            [
                ("John Doe", "governor", "karsk", False),
                ("Jane Roe", "former-governor", "karsk", True),
            ],
        ),
        # another office's title after the name: that office's holder (read under it)
        (
            "Acme CEO John Doe replaced Jane Roe as chair.",
            [("John Doe", "chief-executive", "acme", False), ("John Doe", "chairman", "", False)],
        ),
        # a verb whose subject is not the holder, a possessive after the name
        (
            "Karsk Governor John Doe said the law replaced Jane Roe.",
            [("John Doe", "governor", "karsk", False)],
        ),
        (
            "Karsk Governor John Doe replaced Jane Roe's plan.",
            [("John Doe", "governor", "karsk", False)],
        ),
        # no holder named before the noun, a title several hold at once, a rules office
        # under a title that names no country: whose predecessor is not told
        ("The predecessor of the device, Jane Roe said, failed.", []),
        (
            "Senator John Doe and his predecessor Jane Roe met.",
            [("John Doe", "senator", "", False)],
        ),
        (
            "Defense Secretary John Doe and his predecessor Jane Roe met.",
            [("John Doe", "us-defense-secretary", "", False)],
        ),
    ],
)
def test_a_predecessor_held_the_office_of_the_holder_before_them(
    kinds: Kinds, sentence: str, read: list[tuple[str, str, str, bool]]
) -> None:
    assert [
        (_held(c).person, _held(c).office_key, _held(c).place, _held(c).former)
        for c in _claims(kinds, sentence)
    ] == read


def test_a_predecessor_placed_so_is_in_conflict_with_the_holder_now(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Governor Jane Roe spoke on Monday.",
        "Karsk Governor John Doe thanked his predecessor, Jane Roe, on Tuesday.",
    )
    conflicts = [f for f in report.facts if f.kind == "office" and f.verdict == "conflict"]
    assert [sorted(report.claim(i).quote for i in f.claim_ids) for f in conflicts] == [
        ["Governor Jane Roe", "Karsk Governor John Doe"]
    ]
