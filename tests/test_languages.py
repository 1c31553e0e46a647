"""German and French are read from their rules alone; an English and a German account of one
event are matched, and their conflict found, each source quoted in its own language."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from reconcile.lexicon import Lexicon
from reconcile.numbers import parse_number
from reconcile.rules import RuleSet
from reconcile.sources import detect_language, load_source
from tests.goldens import cases, render_case


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "100.000", 100000),
        ("de", "1,5 Mio.", 1500000),
        ("de", "2,5 Milliarden", 2500000000),
        ("de", "dreiundzwanzig", 23),
        ("de", "zweihunderttausend", 200000),
        ("de", "eine Million", 1000000),
        ("fr", "100 000", 100000),
        ("fr", "100\u202f000", 100000),
        ("fr", "1,5 million", 1500000),
        ("fr", "vingt-trois", 23),
        ("fr", "deux cents", 200),
        ("fr", "quatre-vingt-dix", 90),
        ("en", "100,000", 100000),
        ("en", "1.5", 1.5),
    ],
)
def test_numbers_are_read_with_the_separators_and_words_of_their_language(
    lexicons: Mapping[str, Lexicon], language: str, text: str, value: float
) -> None:
    assert parse_number(text, lexicons[language].numbers) == value


def test_the_same_digits_mean_different_numbers_in_english_and_german(
    lexicons: Mapping[str, Lexicon],
) -> None:
    assert parse_number("100.000", lexicons["en"].numbers) == 100.0
    assert parse_number("100.000", lexicons["de"].numbers) == 100000


@pytest.mark.parametrize(
    ("language", "noun"),
    [
        ("de", "Soldaten"),
        ("de", "Truppen"),
        ("fr", "soldats"),
        ("en", "troops"),
    ],
)
def test_counted_nouns_share_the_english_classes(
    lexicons: Mapping[str, Lexicon], language: str, noun: str
) -> None:
    assert lexicons[language].noun_class(noun) == "military personnel"


def test_language_comes_from_metadata_else_the_detector(tmp_path: Path, rules: RuleSet) -> None:
    stated = tmp_path / "a.md"
    stated.write_text("---\nlang: fr-FR\n---\nThe troops arrived.\n", encoding="utf-8")
    assert load_source(stated, rules).language == "fr"
    html = tmp_path / "b.html"
    html.write_text('<html lang="de"><body><p>Hello.</p></body></html>', encoding="utf-8")
    assert load_source(html, rules).language == "de"
    detected = tmp_path / "c.txt"
    detected.write_text(
        "Mehr als 100.000 Soldaten stehen nach Angaben der Regierung an der Grenze.\n",
        encoding="utf-8",
    )
    assert load_source(detected, rules).language == "de"


def test_english_is_the_default_when_the_detector_is_unsure() -> None:
    assert detect_language("42", ("de", "en", "fr"), "en") == "en"
    assert detect_language("", ("de", "en", "fr"), "en") == "en"


def _report(name: str) -> dict[str, Any]:
    (case,) = [c for c in cases() if c.name == name]
    report: dict[str, Any] = json.loads(render_case(case)["report.json"])
    return report


def test_an_english_and_a_german_account_are_matched_and_conflict(at_root: Path) -> None:
    report = _report("en-de")
    claims = {c["id"]: c for c in report["claims"]}
    sources = {s["id"]: s for s in report["sources"]}
    (conflict,) = [f for f in report["facts"] if f["verdict"] == "conflict"]
    quoted = {
        sources[claims[c]["source_id"]]["path"].rsplit("/", 1)[-1]: claims[c]["quote"]
        for c in conflict["claim_ids"]
    }
    assert quoted == {
        "wire-en.md": "more than 100,000 troops",
        "zeitung-de.md": "rund 90.000 Soldaten",
    }
    office = [f for f in report["facts"] if f["kind"] == "office" and f["verdict"] == "agree"]
    assert len(office) == 1
    assert {claims[c]["quote"] for c in office[0]["claim_ids"]} == {
        "US Defense Secretary Lloyd Austin",
        "US-Verteidigungsminister Lloyd Austin",
    }


@pytest.mark.parametrize(
    ("name", "quotes"),
    [
        ("de-hochwasser", {"12 Tote", "14 Tote"}),
        ("fr-seisme", {"environ 30 morts", "45 morts"}),
    ],
)
def test_a_story_in_one_language_has_its_death_toll_conflict(
    at_root: Path, name: str, quotes: set[str]
) -> None:
    report = _report(name)
    claims = {c["id"]: c for c in report["claims"]}
    conflicts = [
        {claims[c]["quote"] for c in f["claim_ids"]}
        for f in report["facts"]
        if f["verdict"] == "conflict"
    ]
    assert quotes in conflicts
