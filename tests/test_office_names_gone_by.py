"""How news names an office holder it has titled elsewhere, and whose office a page of many
stories leaves untold: the name a person goes by, one word inside a longer name ("Lula" of
"Luiz Inácio Lula da Silva"); a government named for the one who heads it ("the Roe
Government"); a title that names no place on a page of many stories, which holds no placed
office now. Each beside the look-alikes it must keep apart. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Source
from tests.facts import run_of
from tests.offices import handover_report as _report
from tests.offices import held as _held


def _lent(kinds: Kinds, *texts: str) -> list[tuple[str, str, str, str]]:
    """(source, quote, office key, person) of each mention given a title from elsewhere."""
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published="2024-03-14")
        for n, text in enumerate(texts, 1)
    ]
    claims = kinds.infer(claims_of(sources, kinds), sources)
    return [
        (c.source_id, c.quote, held.office_key, held.person)
        for c in claims
        if isinstance(held := c.detail, OfficeHolder) and held.title_from
    ]


_TITLED = "Ruritanian President Tomas Edvaldo Brisa da Costa opened the new port on Monday."


@pytest.mark.parametrize(
    "bare",
    [
        "The opposition leader lost the run-off to Brisa in October.",
        "Tens of thousands marched in Karsk, and Brisa promised new elections.",
    ],
)
def test_the_name_a_person_goes_by_inside_the_full_name_is_the_holder(
    kinds: Kinds, bare: str
) -> None:
    assert _lent(kinds, _TITLED, bare) == [
        ("S2", "Brisa", "president", "Tomas Edvaldo Brisa da Costa")
    ]


@pytest.mark.parametrize(
    "bare",
    [
        # another person of that name: a given name before it, a name going on after it
        "Farmer Lena Brisa said the harvest was poor.",
        "The Brisa Foundation gave the port a new crane.",
        # a word the source writes as a common one
        "A cool brisa blew over the harbour as Brisa left the quay.",
        # a particle, an initial: no name anyone goes by
        "Da said nothing, and neither did E.",
    ],
)
def test_an_inner_word_that_may_be_another_name_is_not_the_holder(kinds: Kinds, bare: str) -> None:
    assert _lent(kinds, _TITLED, bare) == []


def test_an_inner_word_two_titled_people_share_is_lent_to_neither(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Ruritanian President Tomas Edvaldo Brisa da Costa met Karskian Prime Minister "
        "Ana Brisa Moreno on Monday.",
        "The opposition leader lost the run-off to Brisa in October.",
    )
    assert found == []


@pytest.mark.parametrize("noun", ["Government", "government", "Cabinet", "Administration"])
def test_a_government_named_for_its_head_names_the_holder(kinds: Kinds, noun: str) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jana Velkova defended the budget in parliament on Monday.",
        f"The Velkova {noun} resigned after weeks of protests.",
    )
    assert found == [("S2", "Velkova", "prime-minister", "Jana Velkova")]


@pytest.mark.parametrize(
    "bare",
    [
        "The Velkova Foundation gave the hospital a new wing.",
        "Protesters gathered outside the Velkova Hall on Friday.",
    ],
)
def test_a_surname_before_another_capitalized_noun_is_not_the_holder(
    kinds: Kinds, bare: str
) -> None:
    found = _lent(
        kinds, "Prime Minister Jana Velkova defended the budget in parliament on Monday.", bare
    )
    assert found == []


_KARSK = "Milo Varga, President of Karsk, defended the referendum on Monday."
_LATER = "The court upheld the ban on former Karsk president Milo Varga on Friday."
# the day's other stories: a president whose title names no place, which the run cannot
# place either (it names presidents of two places)
_ELSEWHERE = (
    "President Jane Roe signed the trade bill on Friday.",
    "Ruritanian President Ana Lind opened the port on Friday.",
)


def _office_facts(tmp_path: Path, *texts: str) -> list[tuple[str, list[str]]]:
    """(verdict, quotes) of each office fact of two claims or more."""
    report = _report(tmp_path, *texts)
    quotes = {c.id: " ".join(c.quote.split()) for c in report.claims if c.kind == "office"}
    return sorted(
        (f.verdict, sorted(quotes[i] for i in f.claim_ids))
        for f in report.facts
        if f.kind == "office" and len(f.claim_ids) > 1
    )


def test_a_title_of_another_story_that_names_no_place_leaves_the_office_untold(
    tmp_path: Path,
) -> None:
    # the president of Karsk and the former president of Karsk, one person: one tenure,
    # whatever holder of an unplaced presidency another story names
    found = _office_facts(tmp_path, _KARSK, _LATER, *_ELSEWHERE)
    assert [quotes for _, quotes in found] == [
        ["Karsk president Milo Varga", "Milo Varga, President of Karsk"]
    ]
    assert found[0][0] != "conflict"


@pytest.mark.parametrize(
    "successor",
    [
        "Karsk President Tom Smith took office on Friday.",
        "Tom Smith, the new president of Karsk, took office on Friday.",
    ],
)
def test_a_placed_holder_now_still_tells_the_former_holding_apart(
    tmp_path: Path, successor: str
) -> None:
    # the run names someone else as Karsk's president now: "former" tells the change of
    # hands, and the former holding is not joined to the holding
    report = _report(tmp_path, _KARSK, f"{_LATER} {successor}", *_ELSEWHERE)
    for fact in report.facts:
        if fact.kind != "office" or len(fact.claim_ids) < 2:
            continue
        held = [_held(report.claim(i)) for i in fact.claim_ids]
        assert not any(h.former for h in held), [h.person for h in held]


def test_a_heading_that_names_the_person_is_no_statement_of_the_title(kinds: Kinds) -> None:
    # a page's topic line, then the story: the story's mention is the one given the title
    page = (
        "Politics and elections\n\n"
        "Protests in Karsk\n\n"
        "Controversies of Jana Velkova\n\n"
        "Talks collapsed on Monday after Jana Velkova dissolved the assembly.\n"
    )
    sources = [
        Source(id="S1", path="1.txt", text="Prime Minister Jana Velkova spoke.", published=""),
        Source(id="S2", path="2.txt", text=page, published=""),
    ]
    lent = [
        c
        for c in kinds.infer(claims_of(sources, kinds), sources)
        if c.source_id == "S2" and c.kind == "office"
    ]
    assert [page[c.start : c.end] for c in lent] == ["Jana Velkova"]
    assert [c.start for c in lent] == [page.index("after Jana") + len("after ")]


@pytest.mark.parametrize(
    ("earlier", "later", "joined"),
    [
        # the holding, then the former holding: the tenure that ended
        (_KARSK, _LATER, True),
        # the former holding, then the holding: the person came back, a new tenure
        (
            "Former Karsk president Milo Varga leads the polls before Sunday's vote.",
            "Milo Varga, President of Karsk, took the oath on Friday.",
            False,
        ),
    ],
)
def test_a_former_holding_told_before_the_holding_is_an_earlier_tenure(
    tmp_path: Path, earlier: str, later: str, joined: bool
) -> None:
    # one day apart (s0, then s1), beside the day's unplaced president of another story
    report = run_of(tmp_path, earlier, later, *_ELSEWHERE)
    varga = [
        f
        for f in report.facts
        if f.kind == "office"
        and len(f.claim_ids) > 1
        and {_held(report.claim(i)).person for i in f.claim_ids} == {"Milo Varga"}
    ]
    assert len(varga) == (1 if joined else 0)
