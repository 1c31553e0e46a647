"""One name written two ways: an article joined to it by a hyphen ("As-Suwayda"), an article
before it, a dash for a hyphen, and a place's word and its people's ("Afghan" / "Afghanistan").
Names and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds.named import WordForms, name_key, relation
from reconcile.models import Report
from reconcile.names import AliasTable, fold
from reconcile.rules import RuleSet


@pytest.fixture(scope="module")
def forms(rules: RuleSet) -> WordForms:
    return WordForms.from_rules(rules.for_language("en").named)


def key(name: str, forms: WordForms) -> str:
    return name_key(name, fold, forms)


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        # an article joined by a hyphen, or before the name, leaves the same name
        ("Ad-Dawra Governorate", "Dawra Governorate", "same"),
        ("the al-Qirsh Hospital", "Qirsh Hospital", "same"),
        # the same article written apart (`apart_articles`): one name either way
        ("El Qirsh", "El-Qirsh", "same"),
        ("Al Dawra Governorate", "al-Dawra", "within"),
        # a dash written for a hyphen
        ("Velmar–Osk Alliance", "Velmar-Osk Alliance", "same"),
        # a place's word and its people's: one within the other
        ("Korvanistan Liberation Front", "Korvan Liberation Front", "within"),
        ("Korvan disaster agency", "Korvanistan National Disaster Agency", "within"),
        ("Talor", "Talori", "within"),
        ("Talora", "Taloran", "within"),
        # an ending not among the rules' is another name ("Niger" / "Nigerian")
        ("Talor", "Taloria", "different"),
        ("Talor", "Talorian", "different"),
        # a word too short to be made into another
        ("Kor", "Kori", "different"),
        # a model's letters are no article
        ("An-124", "Antonov An-124", "within"),
        # a hyphen between a model's letters and its number (`thing.code_hyphen`)
        ("CRJ-700", "CRJ700", "same"),
        ("Tarvin Jet TJ-90", "TJ90", "within"),
    ],
)
def test_one_name_written_two_ways(a: str, b: str, how: str, forms: WordForms) -> None:
    assert relation(key(a, forms), key(b, forms), forms) == how


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        # a people's name in the plural names what the singular does, an alias's variant
        # (`aliases.toml`: "Ukrainian" is Ukraine's) as the singular is
        ("Ukrainians", "Ukraine", "same"),
        ("Ukrainians", "Ukrainian", "same"),
        ("Americans", "United States", "same"),
        # a plural no alias makes another name of stays its own, and a plural of no
        # people's name is no people's ("the Americas" are no US)
        ("Indians", "Indiana", "different"),
        ("Americas", "America", "different"),
        ("Karskians", "Karskian", "same"),
    ],
)
def test_a_people_s_name_in_the_plural_is_aliased_as_the_singular(
    a: str, b: str, how: str, forms: WordForms, rules: RuleSet
) -> None:
    apply = AliasTable.from_rules(rules.for_language("en").aliases).apply
    assert relation(name_key(a, apply, forms), name_key(b, apply, forms), forms) == how


def test_a_hyphen_is_dropped_only_between_a_model_s_letters_and_its_number(
    forms: WordForms,
) -> None:
    assert key("CRJ-700", forms) == "crj700"
    assert key("Velm-Osk", forms) == "velm-osk"
    assert key("Route 9-A", forms) == "route 9-a"


def test_an_article_is_dropped_only_before_more_of_the_name(forms: WordForms) -> None:
    assert key("The Hague", forms) == "hague"
    assert key("al-Qirsh", forms) == "qirsh"
    assert key("Al-", forms) == "al-"  # nothing of a name left after it
    assert key("El Qirsh", forms) == "qirsh"
    assert key("El", forms) == "el"  # (nor written apart)
    assert key("As Velm", forms) == "as velm"  # "as" written apart is an English word


def report_of(tmp_path: Path, *texts: str) -> Report:
    for number, text in enumerate(texts):
        (tmp_path / f"s{number}.md").write_text(
            f"---\npublished: 2026-03-0{7 + number}\n---\n{text}\n", encoding="utf-8"
        )
    return run([tmp_path])


@pytest.mark.parametrize(
    ("a", "b", "label", "verdict"),
    [
        # an article joined by a hyphen: one key with the place without it (the fact is
        # shown by the longest way it was written)
        (
            "An earthquake struck Ad-Dawra Governorate on Monday.",
            "An earthquake struck Dawra Governorate on Monday.",
            "event: Ad-Dawra Governorate",
            "agree",
        ),
        # the article written apart: the place joined, within the one a larger place follows
        (
            "Monitors reported abuses around El-Qirsh in March.",
            "An explosion in El Qirsh, Velm Province, killed three people on Monday.",
            "event: El Qirsh, Velm Province / El-Qirsh",
            "compatible",
        ),
    ],
)
def test_a_place_with_its_article_joined_or_apart_is_the_place_without(
    tmp_path: Path, a: str, b: str, label: str, verdict: str
) -> None:
    report = report_of(tmp_path, a, b)
    places = [(f.label, f.verdict, len(f.claim_ids)) for f in report.facts if f.kind == "place"]
    assert places == [(label, verdict, 2)]
