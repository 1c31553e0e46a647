"""Names: alias tables as data, person-name variants, office titles in many forms."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds.office.kind import holder
from reconcile.lexicon import Lexicon
from reconcile.names import fold, person_key, same_person
from reconcile.reasons import (
    Alone,
    DifferentPeople,
    HoldersApart,
    KeptApart,
    PublishedApart,
    SameOffice,
    SamePerson,
    Stated,
    UntitledHolders,
)
from reconcile.rules import RuleSet


def test_alias_tables_have_no_duplicates_or_cycles(rules: RuleSet) -> None:
    seen: dict[str, str] = {}
    canonicals = {fold(a.canonical) for a in rules.aliases.alias}
    for alias in rules.aliases.alias:
        for variant in alias.variants:
            key = fold(variant)
            assert key not in seen, (
                f"{variant!r} is a variant of {seen[key]!r} and {alias.canonical!r}"
            )
            assert key not in canonicals, f"{variant!r} is also a canonical form: a cycle"
            assert key != fold(alias.canonical)
            seen[key] = alias.canonical


def test_every_alias_variant_folds_to_its_canonical(
    rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    table = lexicons["en"].aliases
    for alias in rules.aliases.alias:
        for variant in alias.variants:
            assert table.apply(variant) == fold(alias.canonical), variant


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # a canonical form is kept whole: the continent is not "north" and the US
        ("North America's largest outbreaks", "north america's largest outbreaks"),
        ("troops in Latin America", "troops in latin america"),
        ("American troops", "us troops"),
        # a country's adjective names the country
        ("Chinese officials said", "china officials said"),
    ],
)
def test_aliases_keep_canonical_forms_whole(
    text: str, folded: str, lexicons: Mapping[str, Lexicon]
) -> None:
    assert lexicons["en"].aliases.apply(text) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lloyd J. Austin III", "Lloyd Austin"),
        ("Mariusz Błaszczak", "Mariusz Blaszczak"),
        ("Sergey Shoygu", "Sergei Shoigu"),
        ("Austin", "Lloyd Austin"),
        # transliterations, the first of two surnames alone
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Vázquez", "Wanda Vázquez Garced"),
    ],
)
def test_variants_of_one_name_are_one_person(
    a: str, b: str, rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    lexicon = lexicons["en"]
    key_a = person_key(a, lexicon.name_suffixes, lexicon.aliases)
    key_b = person_key(b, lexicon.name_suffixes, lexicon.aliases)
    assert same_person(key_a, key_b, rules.aliases.surname_cutoff)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ben Wallace", "Grant Shapps"),
        ("John Smith", "Jane Smith"),
        ("Wanda", "Wanda Vázquez Garced"),
        ("Zelensky", "Volodymyr Zelinski"),
    ],
)
def test_different_people_are_not_one(
    a: str, b: str, rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    lexicon = lexicons["en"]
    key_a = person_key(a, lexicon.name_suffixes, lexicon.aliases)
    key_b = person_key(b, lexicon.name_suffixes, lexicon.aliases)
    assert not same_person(key_a, key_b, rules.aliases.surname_cutoff)


@pytest.mark.parametrize(
    ("sentence", "office", "person"),
    [
        ("US Defence Secretary Lloyd Austin spoke.", "us-defense-secretary", "Lloyd Austin"),
        ("Pentagon chief Lloyd J. Austin III spoke.", "us-defense-secretary", "Lloyd Austin"),
        (
            "UK Secretary of State for Defence Ben Wallace spoke.",
            "uk-defence-secretary",
            "Ben Wallace",
        ),
        ("MI6 Chief Richard Moore said so.", "mi6-chief", "Richard Moore"),
        (
            "Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke.",
            "us-joint-chiefs-chairman",
            "Mark Milley",
        ),
        (
            "Russia's foreign minister, Sergey Lavrov, spoke.",
            "russia-foreign-minister",
            "Sergey Lavrov",
        ),
        ("Kremlin spokesman Dmitry Peskov said so.", "kremlin-spokesperson", "Dmitry Peskov"),
        (
            "Russian Defense Minister Sergey Shoigu said so.",
            "russia-defense-minister",
            "Sergey Shoigu",
        ),
        (
            "Polish Minister of National Defense Mariusz Błaszczak spoke.",
            "poland-defense-minister",
            "Mariusz Błaszczak",
        ),
    ],
)
def test_titles_in_many_forms_bind_the_person(
    sentence: str, office: str, person: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    report = run([str(tmp_path)])
    (claim,) = [c for c in report.claims if c.kind == "office"]
    assert claim.dimension == f"office:{office}"
    assert holder(claim).office_key == office
    assert holder(claim).person == person


def test_different_holders_of_one_office_on_one_date_conflict(tmp_path: Path) -> None:
    for name, who in (("a.txt", "Ben Wallace"), ("b.txt", "Grant Shapps")):
        text = f"---\npublished: 2023-06-13\n---\nUK Defence Secretary {who} spoke.\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    (fact,) = [f for f in report.facts if f.kind == "office"]
    assert fact.verdict == "conflict"
    assert fact.notes == (DifferentPeople(("Ben Wallace", "Grant Shapps")),)


def test_holders_named_months_apart_are_a_handover_a_conflict(tmp_path: Path) -> None:
    for name, who, when in (
        ("a.txt", "Ben Wallace", "2023-06-13"),
        ("b.txt", "Grant Shapps", "2024-02-01"),
    ):
        text = f"---\npublished: {when}\n---\nUK Defence Secretary {who} spoke.\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    (fact,) = [f for f in report.facts if f.kind == "office"]
    assert fact.verdict == "conflict"
    # the report says the sources are months apart: the office may have changed hands
    dates = (("a.txt", "2023-06-13"), ("b.txt", "2024-02-01"))
    assert fact.notes == (
        DifferentPeople(("Ben Wallace", "Grant Shapps")),
        PublishedApart(dates, Stated.HOLDER),
    )


def test_holders_named_decades_apart_are_not_a_conflict(tmp_path: Path) -> None:
    for name, who, when in (
        ("a.txt", "Ben Wallace", "1993-06-13"),
        ("b.txt", "Grant Shapps", "2024-02-01"),
    ):
        text = f"---\npublished: {when}\n---\nUK Defence Secretary {who} spoke.\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    offices = [f for f in report.facts if f.kind == "office"]
    assert [f.verdict for f in offices] == ["single", "single"]
    apart = KeptApart(HoldersApart(11190))
    assert [f.match.reasons for f in offices] == [(Alone(), apart), (Alone(), apart)]


def test_seed_office_agrees_despite_spelling(at_root: Path) -> None:
    report = run(["seeds"])
    (fact,) = [f for f in report.facts if f.kind == "office" and "Lloyd Austin" in f.label]
    assert fact.verdict == "agree"
    assert fact.match.reasons == (
        SameOffice("US Defense Secretary"),
        SamePerson("Lloyd Austin", "Lloyd Austin"),
    )


def test_surname_alone_resolves_to_the_full_name_of_the_same_source(tmp_path: Path) -> None:
    text = (
        "Pentagon chief Lloyd J. Austin III arrived on Monday.\n"
        "Later, Secretary of Defense Austin met his hosts.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    offices = [c for c in report.claims if c.kind == "office"]
    assert [c.quote for c in offices] == [
        "Pentagon chief Lloyd J. Austin III",
        "Secretary of Defense Austin",
    ]
    assert {holder(c).person for c in offices} == {"Lloyd Austin"}


def test_a_former_holder_is_not_the_current_holder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Former Defense Secretary Mark Esper criticised the plan.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Defense Secretary Lloyd Austin defended the plan.\n", encoding="utf-8"
    )
    report = run([str(tmp_path)])
    offices = sorted((f.label, f.verdict) for f in report.facts if f.kind == "office")
    assert offices == [
        ("US Defense Secretary: Lloyd Austin", "single"),
        ("former US Defense Secretary: Mark Esper", "single"),
    ]


def test_office_rules_have_unique_keys_and_titles(
    rules: RuleSet, lexicons: Mapping[str, Lexicon]
) -> None:
    keys = [o.key for o in rules.offices.office]
    assert len(keys) == len(set(keys))
    table = lexicons["en"].aliases
    seen: dict[str, str] = {}
    for office in rules.offices.office:
        assert office.titles, office.key
        for title in office.titles:
            folded = table.apply(title)
            assert seen.get(folded, office.key) == office.key, f"{title!r} names two offices"
            seen[folded] = office.key


def test_a_title_naming_no_country_does_not_make_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "US Defence Secretary Lloyd Austin spoke.",
        "b.txt": "Defence Secretary Ben Wallace spoke in London.",
    }
    for name, body in texts.items():
        text = f"---\npublished: 2022-01-06\n---\n{body}\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    offices = [f for f in report.facts if f.kind == "office"]
    assert [f.verdict for f in offices] == ["single", "single"]
    apart = KeptApart(UntitledHolders("Ben Wallace", "Lloyd Austin"))
    assert [f.match.reasons for f in offices] == [(Alone(), apart), (Alone(), apart)]
