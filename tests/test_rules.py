"""Rules load into frozen values; every mistake is reported with file, line and what is allowed."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from reconcile.errors import RulesError
from reconcile.rules import SPECS, RuleSet, bundled_rules_dir, load_rules, rules_reference


def errors_for(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    return [str(p) for p in caught.value.problems]


def test_bundled_rules_load_and_are_frozen(rules: RuleSet) -> None:
    assert {q.name for q in rules.qualifiers.qualifier} >= {"about", "over", "nearly", "up_to"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.matching = rules.matching  # type: ignore[misc]
    with pytest.raises(TypeError):
        rules.numbers.scales["million"] = 2.0  # type: ignore[index]


def test_unknown_key_names_file_line_and_allowed_keys(tmp_path: Path) -> None:
    problems = errors_for(
        tmp_path,
        "qualifiers.toml",
        '\n[[qualifier]]\nname = "about"\nphrases = ["circa"]\nwords = ["x"]\n',
    )
    assert problems == [
        f"{tmp_path / 'qualifiers.toml'}:5: unknown key 'words'; "
        "allowed: after, aside, name, phrases"
    ]


def test_bad_value_in_a_closed_set(tmp_path: Path) -> None:
    problems = errors_for(
        tmp_path, "qualifiers.toml", '[[qualifier]]\nname = "roughly"\nphrases = ["roughly"]\n'
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'qualifiers.toml'}:2: qualifier.0.name:")
    assert "'roughly' is not allowed; one of 'about', 'nearly', 'over'" in problems[0]


def test_bad_regex_and_wrong_types_are_all_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "matching.toml").write_text('context_cutoff = "high"\nmax_block = 1\n')
    (tmp_path / "nonclaims.toml").write_text('patterns = [\n  "ok",\n  "(unclosed",\n]\n')
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    text = [str(p) for p in caught.value.problems]
    assert len(text) == 3
    assert any(
        t.startswith(f"{tmp_path / 'matching.toml'}:1: context_cutoff: expected a number")
        for t in text
    )
    assert any("max_block: 1 is below the least allowed value 2" in t for t in text)
    assert any(
        t.startswith(f"{tmp_path / 'nonclaims.toml'}:3: patterns.1: bad regular expression")
        for t in text
    )


def test_missing_required_key(tmp_path: Path) -> None:
    problems = errors_for(tmp_path, "nouns.toml", '[[noun_class]]\nname = "pets"\n')
    assert problems == [
        f"{tmp_path / 'nouns.toml'}:1: noun_class.0: missing key 'nouns'"
        " (counted nouns in this class, plural and singular)"
    ]


def test_a_key_missing_from_the_bundled_rules_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), bundled)
    matching = bundled / "matching.toml"
    lines = matching.read_text(encoding="utf-8").splitlines(keepends=True)
    matching.write_text("".join(x for x in lines if not x.startswith("window_cutoff")))
    monkeypatch.setattr("reconcile.rules.load.bundled_rules_dir", lambda: bundled)
    with pytest.raises(RulesError) as caught:
        load_rules()
    problems = sorted({str(p) for p in caught.value.problems})
    assert problems == [
        f"matching.toml (language {code}): (top level): missing key 'window_cutoff'"
        " (least rapidfuzz score (0-100) of the words around two claims)"
        for code in ("de", "en", "fr")
    ]


def test_the_bundled_settings_are_those_of_the_rules_files(rules: RuleSet) -> None:
    assert rules.matching.window_cutoff == 35.0
    assert rules.matching.max_word_claims == 40
    assert rules.aliases.surname_cutoff == 80.0
    assert rules.for_language("de").events.place_before == ("in", "im")
    assert rules.tolerance("measure").agree == 0.005


def test_not_toml_names_the_line(tmp_path: Path) -> None:
    problems = errors_for(tmp_path, "numbers.toml", "[words]\none = 1\ntwo = \n")
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'numbers.toml'}:3: not valid TOML")


def test_unknown_rules_file(tmp_path: Path) -> None:
    problems = errors_for(tmp_path, "qualifier.toml", "")
    assert problems[0].startswith(f"{tmp_path / 'qualifier.toml'}: unknown rules file; allowed:")
    assert "qualifiers.toml" in problems[0]


def test_missing_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="rules folder not found"):
        load_rules(tmp_path / "absent")


def test_user_rules_extend_the_bundled_ones(tmp_path: Path, rules: RuleSet) -> None:
    (tmp_path / "numbers.toml").write_text("[scales]\nlakh = 100000\ncrore = 1e7\nzillion = 1e21\n")
    (tmp_path / "nouns.toml").write_text('[[noun_class]]\nname = "pets"\nnouns = ["cats"]\n')
    extended = load_rules(tmp_path)
    assert extended.numbers.scales["zillion"] == 1e21
    assert extended.numbers.scales["million"] == 1e6
    names = [c.name for c in extended.nouns.noun_class]
    assert names[-1] == "pets"
    assert len(names) == len(rules.nouns.noun_class) + 1


def test_reference_documents_every_file_and_key() -> None:
    reference = rules_reference()
    for name, spec in SPECS.items():
        assert f"## `{name}`" in reference
        for spec_field in dataclasses.fields(spec):
            assert f"`{spec_field.name}`" in reference


@pytest.mark.parametrize(
    "key",
    [
        "thing.model",
        "thing.code",
        "thing.bare_model",
        "thing.model_code",
        "thing.flight_code",
        "thing.code_apart",
        "thing.code_hyphen",
        "thing.thing[].codes_after",
        "place.cue[].words",
    ],
)
def test_reference_documents_the_keys_of_a_table_inside_a_file(key: str) -> None:
    """A table of its own inside a file (`[thing]` of named.toml) has each key documented."""
    assert f"- `{key}`:" in rules_reference()
