"""Hygiene of the bundled rules files, read as their TOML (in the manner of codespell's
dictionary tests): no entry twice, no phrase in two classes, no reference to what the rules
do not define; and the loader's file:line errors for units pint cannot read."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from reconcile.errors import RulesError
from reconcile.kinds import Kinds
from reconcile.rules import RuleSet, load_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
LANGUAGES = sorted(p.name for p in (RULES_DIR / "lang").iterdir() if p.is_dir())
FILES = sorted(RULES_DIR.rglob("*.toml"))


def data(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def lists_of_strings(value: Any, where: str = "") -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += lists_of_strings(inner, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            found.append((where, value))
        for i, inner in enumerate(value):
            if isinstance(inner, dict):
                found += lists_of_strings(inner, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(RULES_DIR)))
def test_no_list_holds_an_entry_twice(path: Path) -> None:
    for where, items in lists_of_strings(data(path)):
        twice = sorted(w for w, n in Counter(items).items() if n > 1)
        assert not twice, f"{path.name} {where}: written twice: {twice}"


def _grouped(path: Path, table: str, field: str) -> dict[str, list[str]]:
    if not path.is_file():
        return {}
    return {
        str(group.get("name") or group.get("direction")): [w.lower() for w in group[field]]
        for group in data(path).get(table, [])
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("file", "table", "field"),
    [
        ("nouns.toml", "noun_class", "nouns"),
        ("events.toml", "event_class", "nouns"),
        ("matching.toml", "outcome", "words"),
        ("qualifiers.toml", "qualifier", "phrases"),
    ],
)
def test_no_phrase_is_in_two_groups(language: str, file: str, table: str, field: str) -> None:
    seen: dict[str, str] = {}
    for group, words in _grouped(RULES_DIR / "lang" / language / file, table, field).items():
        for word in words:
            assert seen.setdefault(word, group) == group, f"{word!r} in {seen[word]} and {group}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_a_language_refers_only_to_what_the_rules_define(language: str) -> None:
    own = RULES_DIR / "lang" / language
    english = RULES_DIR / "lang" / "en"
    codes = {c["code"] for c in data(RULES_DIR / "currencies.toml")["currency"]}
    assert {c["code"] for c in data(own / "currencies.toml")["currency"]} <= codes
    # classes are named as in English, so that claims of two languages meet in one block
    # (or as English counts a noun it has no class for: "injured" is its own class)
    en_nouns = _grouped(english / "nouns.toml", "noun_class", "nouns")
    outcomes = _grouped(english / "matching.toml", "outcome", "words")
    known = set(en_nouns) | {n for nouns in en_nouns.values() for n in nouns} | set(outcomes)
    assert set(_grouped(own / "nouns.toml", "noun_class", "nouns")) <= known
    for file, table, field in [
        ("matching.toml", "outcome", "words"),
        ("events.toml", "event_class", "nouns"),
    ]:
        assert set(_grouped(own / file, table, field)) <= set(
            _grouped(english / file, table, field)
        ), f"{language}/{file}: a {table} English does not name"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_whole_calendar(language: str, rules: RuleSet) -> None:
    events = rules.for_language(language).events
    assert (len(events.month_names), len(events.weekday_names)) == (12, 7)
    assert all(1 <= n <= 12 for n in events.month_abbreviations.values())


def test_a_unit_alias_pint_cannot_read_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text(
        '[aliases]\nfurlongs = "furlong"\nleagues = "leaguez"\n', encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        Kinds.build(load_rules(tmp_path)).language(None)  # compiled when first asked for
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'units.toml'}:3: aliases.leagues: 'leaguez' is no unit pint knows;"
        " name a pint unit or define it in units.txt"
    ]


def test_a_bad_definitions_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text('definitions = "mine.txt"\n', encoding="utf-8")
    (tmp_path / "mine.txt").write_text(
        "# my units\nsmoot = 1.7018 * meter\nfirkin 40.9 liter\n", encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        Kinds.build(load_rules(tmp_path)).language(None)  # compiled when first asked for
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'mine.txt'}:3: not a pint definition")


def test_months_and_weekdays_are_written_once_and_referenced(rules: RuleSet) -> None:
    english = [p for p in (RULES_DIR / "lang" / "en").glob("*.toml") if p.name != "events.toml"]
    assert not [p.name for p in english if "September" in p.read_text(encoding="utf-8")]
    assert {"September", "Sunday"} <= set(rules.aliases.not_names)
    assert any("September" in p for p in rules.nonclaims.patterns)


def test_a_reference_to_no_part_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "nonclaims.toml").write_text(
        "patterns = ['\\b(?&ranks)\\s+\\d+']\n", encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    (problem,) = caught.value.problems
    assert str(problem).startswith("nonclaims.toml: (?&ranks) names no part")


def test_a_user_part_is_used_in_a_user_pattern(tmp_path: Path) -> None:
    (tmp_path / "nonclaims.toml").write_text(
        "patterns = ['\\b(?&ranks)\\s+\\d+']\n[words]\nranks = ['Corps', 'Fleet']\n",
        encoding="utf-8",
    )
    assert r"\b(?:Corps|Fleet)\s+\d+" in load_rules(tmp_path).nonclaims.patterns
