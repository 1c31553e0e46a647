"""One person across the ways sources name them as an office holder: a former holder of a
title and its holder, written as one person in two sources, are one fact; two people are
kept apart however their titles read. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.context import Features
from reconcile.kinds import Kinds
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Source
from reconcile.names import fold, one_person, person_key
from reconcile.reasons import OfficesApart, SamePerson
from reconcile.rules import RuleSet


def _office_facts(tmp_path: Path, *texts: str) -> list[tuple[str, int]]:
    for n, text in enumerate(texts, 1):
        (tmp_path / f"{n}.txt").write_text(text + "\n")
    report = run([tmp_path])
    return sorted(
        (f.verdict, len(f.claim_ids))
        for f in report.facts
        if f.kind == "office" and len(f.claim_ids) > 1
    )


def test_a_former_holder_and_the_holder_of_one_title_are_one_person_s_fact(
    tmp_path: Path,
) -> None:
    facts = _office_facts(
        tmp_path,
        "Chief operating officer Maren Quist spoke to the staff of Lindqvar Foods.",
        "Former chief operating officer Maren Quist left Lindqvar Foods in June.",
    )
    assert facts == [("agree", 2)]


def test_a_former_holder_and_another_person_holding_the_title_stay_apart(
    tmp_path: Path,
) -> None:
    facts = _office_facts(
        tmp_path,
        "Chief operating officer Maren Quist spoke to the staff of Lindqvar Foods.",
        "Former chief operating officer Tobias Wende left Lindqvar Foods in June.",
    )
    assert facts == []


def test_a_former_holder_stays_apart_where_the_run_names_a_new_holder(
    tmp_path: Path,
) -> None:
    # a third source names another holder now: "former" tells the change of hands
    for n, text in enumerate(
        (
            "Chief operating officer Maren Quist spoke to the staff of Lindqvar Foods.",
            "Former chief operating officer Maren Quist left Lindqvar Foods in June.",
            "Chief operating officer Tobias Wende met the staff of Lindqvar Foods.",
        ),
        1,
    ):
        (tmp_path / f"{n}.txt").write_text(text + "\n")
    report = run([tmp_path])
    former = next(
        c for c in report.claims if isinstance(c.detail, OfficeHolder) and c.detail.former
    )
    assert not any(former.id in f.claim_ids for f in report.facts if len(f.claim_ids) > 1)


def test_a_former_holder_of_another_title_is_not_the_holder_of_this_one(
    tmp_path: Path,
) -> None:
    facts = _office_facts(
        tmp_path,
        "Chief operating officer Maren Quist spoke to the staff of Lindqvar Foods.",
        "Former chief financial officer Maren Quist left Lindqvar Foods in June.",
    )
    assert facts == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a second surname left out, or the given names
        ("Tomás Ferrán", "Tomás Ferrán Olmedo"),
        ("Ferrán Olmedo", "Lucía Ferrán Olmedo"),
        # a family name written first
        ("Sakai Hiroto", "Hiroto Sakai"),
        # either apostrophe
        ("O’Daly", "Niamh O'Daly"),
        # a transliterated surname alone
        ("Varenskiy", "Dmytro Varenskyy"),
        # a name particle written or left out
        ("Karim al-Nadri", "Karim Nadri"),
    ],
)
def test_ways_outlets_write_one_person_are_one(
    a: str, b: str, rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    assert one_person(_key(a, lexicons), _key(b, lexicons), rules.aliases.surname_cutoff)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people of one surname
        ("Lucía Ferrán", "Marta Ferrán"),
        ("Karim al-Nadri", "Samir al-Nadri"),
        ("Park Min Ho", "Park Min Su"),
        # a given name alone is no one's surname
        ("Lucía", "Lucía Ferrán Olmedo"),
        # a tail of another name that is not its own
        ("Ferrán Olmedo", "Lucía Ferrán Ibarra"),
    ],
)
def test_two_people_stay_apart_however_written(
    a: str, b: str, rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    assert not one_person(_key(a, lexicons), _key(b, lexicons), rules.aliases.surname_cutoff)


def _key(name: str, lexicons: Mapping[str, Lexicon]) -> str:
    lexicon = lexicons["en"]
    particles = frozenset(fold(p) for p in ("al", "el", "de"))
    return person_key(name, lexicon.name_suffixes, lexicon.aliases, particles)


def _claims(kinds: Kinds, *texts: str) -> list[Claim]:
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published=_DAYS[f"S{n}"])
        for n, text in enumerate(texts, 1)
    ]
    return [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == "office"]


def _on(office: OfficeKind, claim: Claim) -> Features:
    return office.context.features(claim, _DAYS[claim.source_id])


_DAYS = {"S1": "2024-01-10", "S2": "2024-06-02"}


def test_one_person_written_two_ways_months_apart_is_one_holder(kinds: Kinds) -> None:
    office = next(k for k in kinds.language("en") if isinstance(k, OfficeKind))
    first, second = _claims(
        kinds,
        "Ruritanian prime minister Tomás Ferrán Olmedo opened the session.",
        "Ruritanian prime minister Tomás Ferrán closed it.",
    )
    decision = office.decide(first, second, _on(office, first), _on(office, second))
    assert decision.veto is None and decision.score > 0
    assert SamePerson("Tomás Ferrán Olmedo", "Tomás Ferrán") in decision.reasons
    # another person of that surname, months apart, stays apart
    third, fourth = _claims(
        kinds,
        "Ruritanian prime minister Tomás Ferrán Olmedo opened the session.",
        "Ruritanian prime minister Marta Ferrán closed it.",
    )
    decision = office.decide(third, fourth, _on(office, third), _on(office, fourth))
    assert not any(isinstance(r, SamePerson) for r in decision.reasons)


def test_chairs_of_two_parties_are_two_offices(kinds: Kinds) -> None:
    office = next(k for k in kinds.language("en") if isinstance(k, OfficeKind))
    one, other = _claims(
        kinds,
        "Farmers Party chairman Olek Brandt spoke in Ruritania.",
        "Temperance Party chairman Ivo Lemm spoke in Karskia.",
    )
    decision = office.decide(one, other, _on(office, one), _on(office, other))
    assert isinstance(decision.veto, OfficesApart)
    # one party's chair, written by two sources, is one office
    one, again = _claims(
        kinds,
        "Farmers Party chairman Olek Brandt spoke in Ruritania.",
        "Farmers Party chairman Ivo Lemm spoke in Ruritania.",
    )
    decision = office.decide(one, again, _on(office, one), _on(office, again))
    assert decision.veto is None and decision.score > 0
