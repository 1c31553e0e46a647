"""A bare title placed by its own story: a source that names a holder under a title of no
place ("Governor Jane Roe") writes the place the story is about, with the title itself
("Karsk's governor is elected ...") or where the run gives the title that place ("Karsk
Governor John Doe" in another source). The holder is then of that place's office, and two
holders of one office in two sources are one fact; a holder whose source writes no such
place, or two of them, or names another holder of the title with a place, stays unplaced,
and holders of one title in two places stay apart. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import STORY_ITEM, STORY_REFUSALS, OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Report, Source
from tests.facts import run_claims


def _report(tmp_path: Path, *texts: str) -> Report:
    for n, text in enumerate(texts):
        (tmp_path / f"{chr(ord('a') + n)}.txt").write_text(text + "\n")
    return run([tmp_path])


def _claims(kinds: Kinds, *texts: str) -> list[Claim]:
    return run_claims(kinds, "office", *texts, published="2024-03-14")


def _placed(claim: Claim) -> tuple[str, str]:
    assert isinstance(claim.detail, OfficeHolder)
    return claim.detail.person, claim.detail.place or claim.detail.run_place


def _office_facts(report: Report) -> list[tuple[str, ...]]:
    people = {c.id: c.detail.person for c in report.claims if isinstance(c.detail, OfficeHolder)}
    return sorted(
        tuple(sorted({people[i] for i in f.claim_ids}))
        for f in report.facts
        if f.kind == "office" and len(f.claim_ids) > 1
    )


@pytest.mark.parametrize(
    ("texts", "placed"),
    [
        # the story writes the title with its place, a person named with it or not
        (
            (
                "Prime Minister Ann Poe resigned on Monday. The British prime minister is "
                "chosen by the largest party.",
            ),
            [("Ann Poe", "uk")],
        ),
        (
            ("Governor Jane Roe vetoed the bill. The governor of Karsk serves four years.",),
            [("Jane Roe", "karsk")],
        ),
        # the run gives the title a place the story writes
        (
            (
                "Governor Jane Roe toured flooded towns across Karsk on Monday.",
                "Karsk Governor John Doe signed the budget on Tuesday.",
            ),
            [("Jane Roe", "karsk"), ("John Doe", "karsk")],
        ),
        # a visit: the source names the host's holder of the title with a place; the bare
        # title is the visitor's, of the run's other place the story writes
        (
            (
                "Prime Minister Ann Poe arrived in Velm on Monday. Tolvian Prime Minister "
                "John Doe welcomed her, and Poe said Karsk wanted more trade.",
                "Karsk Prime Minister Jim Loe spoke on Tuesday.",
            ),
            [("Ann Poe", "karsk"), ("John Doe", "tolvian"), ("Ann Poe", ""), ("Jim Loe", "karsk")],
        ),
        # and the host's a rules office, its place in its title
        (
            (
                "Prime Minister Ann Poe arrived in Velm on Monday. UK Prime Minister John "
                "Doe welcomed her, and Poe said Karsk wanted more trade.",
                "Karsk Prime Minister Jim Loe spoke on Tuesday.",
            ),
            [("Ann Poe", "karsk"), ("John Doe", ""), ("Ann Poe", "karsk"), ("Jim Loe", "karsk")],
        ),
    ],
)
def test_a_bare_title_takes_the_place_its_own_story_writes(
    kinds: Kinds, texts: tuple[str, ...], placed: list[tuple[str, str]]
) -> None:
    assert [_placed(c) for c in _claims(kinds, *texts)] == placed


@pytest.mark.parametrize(
    ("texts", "unplaced"),
    [
        # another place's holder: its place is not written in the story
        (
            (
                "Governor Jane Roe toured flooded towns across Karsk on Monday.",
                "Tolvia Governor John Doe signed the budget on Tuesday.",
            ),
            "Jane Roe",
        ),
        # two places the run gives the title, both written: a governor of either
        (
            (
                "Governor Jane Roe met officials from Karsk and Tolvia on Monday.",
                "Karsk Governor John Doe signed the budget on Tuesday.",
                "Tolvia Governor Ann Poe vetoed the bill.",
            ),
            "Jane Roe",
        ),
        # a visit: the source names another holder of the title with a place
        (
            (
                "Karsk's president Jim Loe met President Jane Roe in the capital on Monday.",
                "Karsk's president Ann Poe spoke on Tuesday.",
            ),
            "Jane Roe",
        ),
        # a visit whose story writes no place of the title but the host's, a rules office's:
        # the bare title is not the host's
        (
            (
                "Prime Minister Jane Roe arrived in London on Monday. UK Prime Minister John "
                "Doe welcomed her.",
                "Karsk Prime Minister Jim Loe spoke on Tuesday.",
            ),
            "Jane Roe",
        ),
        # a place written as another title's is not the president's (a senator's state)
        (
            (
                "President Jane Roe, a former Karsk senator, spoke on Monday.",
                "Tolvian President John Doe answered on Tuesday.",
            ),
            "Jane Roe",
        ),
        # a city's mayor in a national story: the country is no mayor's place
        (
            (
                "Mayor Jane Roe spoke on Monday as Karsk voted.",
                "Karsk President John Doe answered.",
                "Velm Mayor Ann Poe answered on Tuesday.",
            ),
            "Jane Roe",
        ),
    ],
)
def test_a_bare_title_stays_unplaced_where_its_story_tells_no_one_place(
    kinds: Kinds, texts: tuple[str, ...], unplaced: str
) -> None:
    placed = dict(
        _placed(c)
        for c in _claims(kinds, *texts)
        if isinstance(c.detail, OfficeHolder) and not c.detail.former
    )
    assert placed[unplaced] == ""


def test_the_untitled_holder_joins_the_titled_one_of_its_story_s_place(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Governor Jane Roe toured flooded towns across Karsk on Monday.",
        "Karsk Governor John Doe signed the budget on Tuesday.",
    )
    assert _office_facts(report) == [("Jane Roe", "John Doe")]
    (fact,) = [f for f in report.facts if f.kind == "office"]
    assert fact.verdict == "conflict"


def test_two_holders_of_one_title_in_two_places_stay_apart(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Governor Jane Roe toured flooded towns across Karsk on Monday.",
        "Tolvia Governor John Doe signed the budget on Tuesday.",
    )
    assert _office_facts(report) == []


def test_two_bare_prime_ministers_of_one_country_are_one_office(tmp_path: Path) -> None:
    # one story names the office with its country; the other writes that country
    report = _report(
        tmp_path,
        "Prime Minister Ann Poe resigned on Monday. The British prime minister is chosen "
        "by the largest party.",
        "Prime Minister John Doe won a majority in the UK election on Friday.",
    )
    assert _office_facts(report) == [("Ann Poe", "John Doe")]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        # placed (by its story, as by the run)
        (
            (
                "Governor Jane Roe toured flooded towns across Karsk on Monday.",
                "Karsk Governor John Doe signed the budget on Tuesday.",
            ),
            "placed by the run",
        ),
        # a place of its own
        (("Karsk Governor Jane Roe toured flooded towns.",), ""),
        (
            (
                "Governor Jane Roe toured flooded towns across Karsk on Monday.",
                "Tolvia Governor John Doe signed the budget on Tuesday.",
            ),
            STORY_REFUSALS[5],
        ),
        (
            (
                "Governor Jane Roe toured flooded towns on Monday.",
                "Governor John Doe signed the budget on Tuesday.",
            ),
            STORY_REFUSALS[4],
        ),
        (
            (
                "Governor Jane Roe met officials from Karsk and Tolvia on Monday.",
                "Karsk Governor John Doe signed the budget on Tuesday.",
                "Tolvia Governor Ann Poe vetoed the bill.",
            ),
            STORY_REFUSALS[6],
        ),
        # a visit: its source names another holder of the title, before it or after it
        (
            (
                "Karsk's president Jim Loe met President Jane Roe in the capital on Monday.",
                "Karsk's president Ann Poe spoke on Tuesday.",
            ),
            STORY_REFUSALS[1],
        ),
        (
            (
                "President Jane Roe arrived on Monday. Karsk's president Jim Loe met her.",
                "Karsk's president Ann Poe spoke on Tuesday.",
            ),
            STORY_REFUSALS[2],
        ),
        # a page of many stories: the place is written in another item
        (
            (
                "Politics\n"
                "  Budget dispute\n"
                "    Governor Jane Roe vetoes the budget.\n"
                "  Spring floods\n"
                "    Floods hit Karsk on Monday.\n",
                "Karsk Governor John Doe signed the budget on Tuesday.",
            ),
            STORY_REFUSALS[5] + STORY_ITEM,
        ),
    ],
)
def test_the_anatomy_tells_why_a_bare_title_s_story_placed_nothing(
    kinds: Kinds, texts: tuple[str, ...], why: str
) -> None:
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published="2024-03-14")
        for n, text in enumerate(texts, 1)
    ]
    told = kinds.infer(claims_of(sources, kinds), sources)
    (kind,) = [k for k in kinds.language("en") if isinstance(k, OfficeKind)]
    (roe,) = [
        c for c in told if isinstance(c.detail, OfficeHolder) and c.detail.person == "Jane Roe"
    ]
    assert kind.story_refusal(roe, told, sources) == why
