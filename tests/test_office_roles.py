"""One person under the titles of two offices in one story, the office an appointing holder
gives, and a run's office state left behind by the run before. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.context import Features
from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Report, Source
from reconcile.names import one_person_titled
from reconcile.rules import RuleSet


def _report(tmp_path: Path, *texts: str) -> Report:
    for n, text in enumerate(texts, 1):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    return run([tmp_path])


def _office_facts(report: Report) -> list[tuple[str, list[str]]]:
    """(verdict, quotes) of each office fact of two claims or more."""
    quotes = {c.id: " ".join(c.quote.split()) for c in report.claims if c.kind == "office"}
    return sorted(
        (fact.verdict, sorted(quotes[c] for c in fact.claim_ids))
        for fact in report.facts
        if len(fact.claim_ids) > 1 and all(c in quotes for c in fact.claim_ids)
    )


def _held(claim: Claim) -> OfficeHolder:
    assert isinstance(claim.detail, OfficeHolder)
    return claim.detail


def _office(kinds: Kinds) -> OfficeKind:
    return next(k for k in kinds.language("en") if isinstance(k, OfficeKind))


def test_a_title_of_several_and_a_seat_of_one_person_are_one_role(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Opposition leader Jane Roe rallied her supporters in Karsk on Monday.",
        "Jane Roe, the president-elect of Ruritania, thanked voters on Monday.",
    )
    assert _office_facts(report) == [
        ("compatible", ["Jane Roe, the president-elect of Ruritania", "Opposition leader Jane Roe"])
    ]


# two mentions of one person, or of two people, that hold no office in common: no fact
APART = {
    # a justice secretary who becomes governor holds two seats: each its own fact
    "two seats of one person": (
        "Ruritanian Foreign Minister Jane Roe flew to Karsk on Monday.",
        "Jane Roe, the governor of Karsk, greeted the delegation on Monday.",
    ),
    "a former holding is another office": (
        "Former president Jane Roe rallied her supporters in Karsk on Monday.",
        "Opposition leader Jane Roe thanked voters on Monday.",
    ),
    "two people of one surname": (
        "Opposition leader Jane Roe rallied her supporters in Karsk on Monday.",
        "Ruritanian President Tom Roe thanked voters on Monday.",
    ),
}


@pytest.mark.parametrize("first, second", APART.values(), ids=APART.keys())
def test_mentions_holding_no_office_in_common_are_no_role(
    tmp_path: Path, first: str, second: str
) -> None:
    assert _office_facts(_report(tmp_path, first, second)) == []


def test_an_appointing_holder_gives_the_office_of_their_place(kinds: Kinds) -> None:
    source = Source(
        id="S1",
        path="1.txt",
        text=(
            "Ruritanian President Jane Roe appoints John Doe as prime minister. "
            "Karskian President Ann Lee, who named Bob Ray prime minister, spoke later. "
            "Ruritanian President Jane Roe met Tom Smith, the prime minister, on Friday. "
            "Karskian President Ann Lee appoints retired army general Joe Bell as prime minister."
        ),
        published="2024-03-14",
    )
    found = [
        (_held(c).person, _held(c).place)
        for c in claims_of([source], kinds)
        if c.kind == "office" and _held(c).title == "prime-minister"
    ]
    # (one who meets a prime minister gives no office: no place for Tom Smith's)
    assert found == [
        ("John Doe", "ruritanian"),
        ("Bob Ray", "karskian"),
        ("Tom Smith", ""),
        ("Joe Bell", "karskian"),
    ]


def test_a_listed_holder_gives_the_office_of_their_place(kinds: Kinds) -> None:
    source = Source(
        id="S1",
        path="1.txt",
        text=(
            "Ruritanian President Jane Roe and Prime Minister John Doe met the envoy. "
            "President of Karskia Ann Lee, and prime minister Bob Ray, criticized the plan. "
            "Karskian President Ann Lee and President Tom Smith met on Friday. "
            "Karskian President Ann Lee and former prime minister Joe Bell spoke later. "
            "Karskian President Ann Lee met Prime Minister Sam Hill on Friday."
        ),
        published="2024-03-14",
    )
    found = [
        (_held(c).person, _held(c).office_key, _held(c).place)
        for c in claims_of([source], kinds)
        if c.kind == "office" and _held(c).person not in ("Jane Roe", "Ann Lee")
    ]
    # (two holders of one title are two places' holders; a former holder, and one met, are
    # given no place)
    assert found == [
        ("John Doe", "prime-minister", "ruritanian"),
        ("Bob Ray", "prime-minister", "karskia"),
        ("Tom Smith", "president", ""),
        ("Joe Bell", "former-prime-minister", ""),
        ("Sam Hill", "prime-minister", ""),
    ]


def test_a_listed_holder_is_no_holder_of_the_office_another_source_places(
    tmp_path: Path,
) -> None:
    report = _report(
        tmp_path,
        "Karskian Prime Minister Ann Lee said on Monday that the truce with Velmora holds.",
        "President of Velmora Jane Roe and prime minister John Doe said on Monday that the"
        " truce with Karskia holds.",
    )
    assert _office_facts(report) == []


def test_an_appointed_holder_meets_the_office_named_elsewhere(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Ruritanian President Jane Roe appoints John Doe as prime minister on Monday.",
        "Prime Minister Tom Smith of Ruritania resigned on Sunday.",
    )
    assert _office_facts(report) == [
        ("conflict", ["John Doe as prime minister", "Prime Minister Tom Smith"])
    ]


def test_each_run_starts_without_the_last_runs_places(kinds: Kinds) -> None:
    office = _office(kinds)
    first = [
        Source(id="S1", path="1.txt", text="President Jane Roe spoke.", published="2024-03-14"),
        Source(
            id="S2",
            path="2.txt",
            text="Ruritanian President Jane Roe spoke.",
            published="2024-03-14",
        ),
    ]
    read = claims_of(first, kinds)
    bare = next(c for c in kinds.infer(read, first) if c.source_id == "S1")
    # the run gives the bare title its place: the holders of Ruritania's presidency meet
    assert "office:president:rurit" in office.posting_keys(bare)
    # the claim as read, before the run told of it, has none
    as_read = next(c for c in read if c.source_id == "S1")
    assert as_read.id == bare.id
    assert "office:president:rurit" not in office.posting_keys(as_read)
    # a second run in the same process, of a source that names no office: the first run's
    # claim keeps what its run told of it, and no claim of the second is given that place
    second = [
        Source(id="S3", path="3.txt", text="President Jane Roe wept.", published="2024-03-15")
    ]
    again = kinds.infer(claims_of(second, kinds), second)
    assert "office:president:rurit" in office.posting_keys(bare)
    assert all("office:president:rurit" not in office.posting_keys(c) for c in again)


def test_the_runs_word_on_a_claim_travels_with_it(kinds: Kinds, rules: RuleSet) -> None:
    # Another compiled office kind, which has run nothing (a worker process, the anatomy),
    # decides the run's pairs as the run's own kind does: the run's places and holders are
    # on the claims, not on the kind that inferred them.
    sources = [
        Source(id="S1", path="1.txt", text="President Jane Roe spoke.", published="2024-03-14"),
        Source(
            id="S2",
            path="2.txt",
            text="Ruritanian President Jane Roe spoke.",
            published="2024-03-14",
        ),
        Source(
            id="S3",
            path="3.txt",
            text="Former Ruritanian president Tom Smith wrote.",
            published="2024-03-14",
        ),
        Source(
            id="S4",
            path="4.txt",
            text="Ruritanian President Tom Smith opened the bridge.",
            published="2024-03-14",
        ),
    ]
    told = [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == "office"]
    fresh = _office(Kinds.build(rules))
    own = _office(kinds)
    for claim in told:
        assert fresh.posting_keys(claim) == own.posting_keys(claim)
    bare = next(c for c in told if c.source_id == "S1")
    assert _held(bare).run_place == "ruritanian"
    # the former president meets the president of the same name unless the run names
    # someone else as holding that office now (Jane Roe): on the claim, for either kind
    smith = [c for c in told if c.source_id in ("S3", "S4")]
    assert [_held(c).others_now for c in smith] == [False, True]
    features = Features("", frozenset(), frozenset(), frozenset(), "")
    for a, b in [(x, y) for x in told for y in told if x.id < y.id]:
        assert fresh.decide(a, b, features, features) == own.decide(a, b, features, features)


def test_a_title_before_a_family_name_is_the_holder_named_in_full(tmp_path: Path) -> None:
    # "President Xi" for "Xi Jinping": the name opens with the family name
    report = _report(
        tmp_path,
        "Karskian President Pak Sun-mi met the envoy on Monday.",
        "Karskian President Pak told the envoy on Monday that trade mattered.",
    )
    assert _office_facts(report) == [
        ("agree", ["Karskian President Pak", "Karskian President Pak Sun-mi"])
    ]


def test_one_name_alone_keeps_two_holders_of_it_apart() -> None:
    cutoff = 80.0
    assert one_person_titled("pak", "pak sun-mi", cutoff)
    assert one_person_titled("charles", "charles iii", cutoff)
    assert not one_person_titled("pak sun-mi", "pak jin-ho", cutoff)
    assert not one_person_titled("jane roe", "tom roe", cutoff)
    # a first word alone meets no longer name that does not open with it
    assert not one_person_titled("pak", "sun-mi kim", cutoff)
    assert not one_person_titled("pak", "pak ho jin lee", cutoff)


def test_a_ministers_portfolio_is_one_seat(tmp_path: Path) -> None:
    # a minister of a portfolio is one holder at a time: a change of hands is a conflict;
    # ministers of two portfolios hold two seats
    report = _report(
        tmp_path,
        "Ruritanian defence minister Jane Roe resigned on Monday.",
        "John Doe, Ruritania's defence minister, spoke on Monday.",
        "Ruritanian finance minister Tom Smith spoke on Monday.",
    )
    assert _office_facts(report) == [
        (
            "conflict",
            ["John Doe, Ruritania's defence minister", "Ruritanian defence minister Jane Roe"],
        )
    ]
    # (one named "new", the other no later: the change of hands it tells, no conflict;
    # `test_office_successions`)


def test_a_bare_name_lent_a_title_is_placed_as_its_person_is(kinds: Kinds) -> None:
    # the bare "Jane Roe" takes its title from the first source, which names no country;
    # the second names her Ruritania's: the run places the lent claim there too, and a
    # holder of Ruritania's premiership named later is then one office's change of hands
    sources = [
        Source(
            id="S1", path="1.txt", text="Prime Minister Jane Roe spoke.", published="2024-03-14"
        ),
        Source(
            id="S2",
            path="2.txt",
            text="Ruritanian Prime Minister Jane Roe spoke.",
            published="2024-03-10",
        ),
        Source(id="S3", path="3.txt", text="Jane Roe said she was tired.", published="2024-03-14"),
        Source(
            id="S4",
            path="4.txt",
            text="Ruritanian Prime Minister John Doe spoke.",
            published="2024-03-16",
        ),
    ]
    office = _office(kinds)
    told = [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == "office"]
    lent = next(c for c in told if c.source_id == "S3")
    assert _held(lent).title_from and not _held(lent).place
    assert _held(lent).run_place == "ruritanian"
    doe = next(c for c in told if c.source_id == "S4")
    features = Features("", frozenset(), frozenset(), frozenset(), "")
    decided = office.decide(lent, doe, features, features)
    assert decided.veto is None and decided.score == 100.0
    # a holder of another country's premiership stays apart
    other = [
        *sources[:3],
        Source(
            id="S4",
            path="4.txt",
            text="Karskian Prime Minister John Doe spoke.",
            published="2024-03-16",
        ),
    ]
    told = [c for c in kinds.infer(claims_of(other, kinds), other) if c.kind == "office"]
    lent = next(c for c in told if c.source_id == "S3")
    doe = next(c for c in told if c.source_id == "S4")
    assert office.decide(lent, doe, features, features).veto is not None
