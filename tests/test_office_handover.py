"""An office that changes hands in a story: one source names its holder, another its next
one. Holders of one office (its title and place) meet whatever their names; a source that
names both for the office makes the two sources' holders one fact, a conflict with a note
that it is a succession; a former holder, an office held by several at once and a page
that names the title for many places keep their people apart. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Source
from reconcile.reasons import DifferentPeople, HandedOver, Succession
from reconcile.render import Format, render


def _claims(kinds: Kinds, *texts: str) -> list[Claim]:
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published="2024-03-14")
        for n, text in enumerate(texts, 1)
    ]
    return [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == "office"]


def _office(kinds: Kinds) -> OfficeKind:
    return next(k for k in kinds.language("en") if isinstance(k, OfficeKind))


def _held(claim: Claim) -> OfficeHolder:
    assert isinstance(claim.detail, OfficeHolder)
    return claim.detail


def test_holders_of_one_office_share_a_posting_key_whatever_their_names(kinds: Kinds) -> None:
    office = _office(kinds)
    roe, doe, other, past = _claims(
        kinds,
        "Ruritanian president Jane Roe opened the session.",
        "Ruritania's president John Doe closed it.",
        "Karskian president Ann Poe watched.",
        "Former Ruritanian president Tom Loe stayed away.",
    )
    assert (_held(roe).person, _held(doe).person) == ("Jane Roe", "John Doe")
    keys = [{k for k in office.posting_keys(c) if k.startswith("office:")} for c in (roe, doe)]
    assert keys[0] == keys[1] == {"office:president:rurit"}
    # another country's president, and a former one, meet neither
    assert {k for k in office.posting_keys(other) if k.startswith("office:")} == {
        "office:president:karsk"
    }
    assert not {k for k in office.posting_keys(past) if k.startswith("office:")}


def test_a_source_naming_two_holders_of_one_place_makes_them_holders_in_turn(
    kinds: Kinds,
) -> None:
    claims = _claims(
        kinds,
        "Ruritanian president Jane Roe resigned on Monday. "
        "Ruritanian president John Doe was sworn in on Tuesday.",
    )
    # (each holder as the source has told of it so far: the later one names the earlier)
    turns = {_held(c).person: _held(c).co_holders for c in claims}
    assert turns == {"Jane Roe": (), "John Doe": ("jane roe",)}


def test_a_page_of_many_stories_names_no_holders_in_turn(kinds: Kinds) -> None:
    # two countries' presidents, and one with no place on a page that names two places
    claims = _claims(
        kinds,
        "Ruritanian president Jane Roe met the press. "
        "Karskian president John Doe flew home. "
        "President Ann Poe spoke later.",
    )
    assert {_held(c).person: _held(c).co_holders for c in claims} == {
        "Jane Roe": (),
        "John Doe": (),
        "Ann Poe": (),
    }


def test_a_surname_after_the_full_title_takes_its_place(kinds: Kinds) -> None:
    claims = _claims(
        kinds, "Ruritanian president Jane Roe arrived. Later, President Roe left the hall."
    )
    assert [(c.quote, _held(c).place) for c in claims] == [
        ("Ruritanian president Jane Roe", "ruritanian"),
        ("President Roe", "ruritanian"),
    ]


def test_a_handover_is_one_fact_a_succession(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ruritanian president Jane Roe opened the summit.\n")
    (tmp_path / "b.txt").write_text(
        "Ruritanian president Jane Roe resigned on Monday. "
        "Ruritanian president John Doe was sworn in on Tuesday.\n"
    )
    report = run([tmp_path])
    facts = [f for f in report.facts if f.kind == "office"]
    assert len(facts) == 1
    fact = facts[0]
    assert fact.verdict == "conflict"
    assert DifferentPeople(("Jane Roe", "John Doe")) in fact.notes
    assert Succession(("Jane Roe", "John Doe")) in fact.notes
    text = render(report, Format.markdown)
    assert "succession: a source names Jane Roe and John Doe for this office" in text
    # every claim of both sources is in it
    assert {c.source_id for c in report.claims if c.id in fact.claim_ids} == {
        s.id for s in report.sources
    }


def test_a_former_holder_is_no_handover(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ruritanian president Jane Roe opened the summit.\n")
    (tmp_path / "b.txt").write_text(
        "Former Ruritanian president Jane Roe watched as "
        "Ruritanian president John Doe was sworn in.\n"
    )
    report = run([tmp_path])
    # the two sources' current holders differ (a conflict), but the source that names both
    # names one of them a former holder: no succession, and its former holder stays apart
    former = next(c for c in report.claims if _held(c).former)
    for fact in (f for f in report.facts if f.kind == "office"):
        assert not any(isinstance(n, Succession) for n in fact.notes)
        assert former.id not in fact.claim_ids or len(fact.claim_ids) == 1


def test_the_handover_reason_is_a_join_not_a_veto(kinds: Kinds) -> None:
    office = _office(kinds)
    claims = _claims(
        kinds,
        "Ruritanian president Jane Roe opened the summit.",
        "Ruritanian president Jane Roe resigned on Monday. "
        "Ruritanian president John Doe was sworn in on Tuesday.",
    )
    first = next(c for c in claims if c.source_id == "S1")
    doe = next(c for c in claims if _held(c).person == "John Doe")
    decision = office.decide(
        first, doe, office.context.features(first), office.context.features(doe)
    )
    assert decision.veto is None
    assert HandedOver("Jane Roe", "John Doe") in decision.reasons


def test_holders_with_no_place_are_in_turn_only_in_one_sentence(kinds: Kinds) -> None:
    # two governors of no place in two items of a page: two offices for all it says
    apart = _claims(
        kinds,
        "Governor Jane Roe visited the flooded towns. Governor John Doe signed the budget.",
    )
    assert {_held(c).person: _held(c).co_holders for c in apart} == {
        "Jane Roe": (),
        "John Doe": (),
    }
    # one sentence that names both for the title: a handover
    turn = _claims(
        kinds,
        "Chief executive Jane Roe resigned. "
        "Chief executive John Doe, chosen by Roe, took over on Monday.",
    )
    titled = [c for c in turn if not _held(c).title_from]
    assert {_held(c).person: _held(c).co_holders for c in titled} == {
        "Jane Roe": (),
        "John Doe": ("jane roe",),
    }
