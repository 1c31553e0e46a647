"""An office that changes hands in a story: one source names its holder, another its next
one. Holders of one office (its title and place) meet in a large block whatever their names;
a title with no place takes the place the run names for that person under it, so that the
holders of one office are compared; a source that names two people for one office keeps
them apart as a handover (a veto), and a former holder holds another office. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Claim, Source
from reconcile.reasons import DifferentPeople, HandedOver


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


def test_a_surname_after_the_full_title_takes_its_place(kinds: Kinds) -> None:
    claims = _claims(
        kinds, "Ruritanian president Jane Roe arrived. Later, President Roe left the hall."
    )
    assert [(c.quote, _held(c).place) for c in claims] == [
        ("Ruritanian president Jane Roe", "ruritanian"),
        ("President Roe", "ruritanian"),
    ]


def test_new_and_old_holders_of_one_office_are_one_fact_a_conflict(tmp_path: Path) -> None:
    # "President Jane Roe" names no place: the run names Ruritania for her as president
    (tmp_path / "a.txt").write_text("President Jane Roe met the envoys on Monday.\n")
    (tmp_path / "b.txt").write_text("Ruritanian president Jane Roe fled the capital.\n")
    (tmp_path / "c.txt").write_text("Ruritanian president John Doe was sworn in.\n")
    report = run([tmp_path])
    facts = [f for f in report.facts if f.kind == "office"]
    assert len(facts) == 1
    assert facts[0].verdict == "conflict"
    assert DifferentPeople(("Jane Roe", "John Doe")) in facts[0].notes
    assert len(facts[0].claim_ids) == 3


def test_a_title_with_no_place_keeps_apart_from_another_place_s_holder(tmp_path: Path) -> None:
    # Roe is Ruritania's president in the run; Doe is Karskia's: two offices
    (tmp_path / "a.txt").write_text("President Jane Roe met the envoys on Monday.\n")
    (tmp_path / "b.txt").write_text("Ruritanian president Jane Roe fled the capital.\n")
    (tmp_path / "c.txt").write_text("Karskian president John Doe was sworn in.\n")
    report = run([tmp_path])
    assert [f.verdict for f in report.facts if f.kind == "office" and len(f.claim_ids) > 1] == [
        "agree"
    ]


def test_a_source_naming_both_holders_keeps_them_apart_as_a_handover(kinds: Kinds) -> None:
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
    assert decision.veto == HandedOver("Jane Roe", "John Doe")
