"""A concept and its broader concept ([broader] in rules/frames.toml): how two concepts
stand, and which figures of a broader and a narrower concept are one fact (sentences written
for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.concepts import BROADER, NARROWER, SAME, SIBLINGS, UNRELATED
from reconcile.errors import RulesError
from reconcile.lexicon import compile_lexicon
from reconcile.models import Report
from reconcile.rules import load_rules


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("deaths", "deaths", SAME),
        ("casualties", "deaths", BROADER),
        ("injured", "casualties", NARROWER),
        # followed up: the hospitalized are among the injured, who are casualties
        ("hospitalized", "casualties", NARROWER),
        ("deaths", "injured", SIBLINGS),
        ("deaths", "hospitalized", SIBLINGS),
        ("crew", "aboard", NARROWER),
        ("deaths", "cases", UNRELATED),
        ("jobs", "employees", UNRELATED),  # compatible, neither a part of the other
    ],
)
def test_how_two_concepts_stand(a: str, b: str, relation: str) -> None:
    frames = compile_lexicon(load_rules(None), "en").frames
    assert frames.relation(a, b) == relation


def _story(folder: Path, name: str, body: str) -> None:
    text = f"---\ntitle: {name}\npublished: 2025-06-02\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _counts(report: Report) -> list[tuple[list[tuple[str, str | None]], str]]:
    """Each fact of counts: its claims (quote, concept) and its verdict."""
    found = []
    for fact in report.facts:
        claims = [report.claim(i) for i in fact.claim_ids]
        if all(c.kind == "count" for c in claims):
            found.append((sorted((c.quote, c.concept) for c in claims), fact.verdict))
    return sorted(found)


WIRE = (
    "A ferry capsized off Port Velm on Sunday. Officials in Port Velm said {wire} people died"
    " when the ferry capsized off Port Velm."
)
DAILY = (
    "The ferry that capsized off Port Velm on Sunday left {daily} casualties, officials in"
    " Port Velm said."
)


def _ferry(tmp_path: Path, wire: str, daily: str) -> Report:
    _story(tmp_path, "wire", WIRE.format(wire=wire))
    _story(tmp_path, "daily", DAILY.format(daily=daily))
    return run([tmp_path])


def test_a_narrower_figure_above_its_broader_one_is_one_fact_in_conflict(tmp_path: Path) -> None:
    """45 dead and 30 casualties cannot both be right: one group, two figures."""
    assert _counts(_ferry(tmp_path, "45", "30")) == [
        ([("30 casualties", "casualties"), ("45 people", "deaths")], "conflict")
    ]


def test_a_broader_and_a_narrower_figure_that_agree_are_one_fact(tmp_path: Path) -> None:
    assert _counts(_ferry(tmp_path, "30", "30")) == [
        ([("30 casualties", "casualties"), ("30 people", "deaths")], "agree")
    ]


def test_a_narrower_figure_under_its_broader_one_is_a_part_of_it(tmp_path: Path) -> None:
    """40 dead of 120 casualties: the dead are a part of the casualties, another fact."""
    assert _counts(_ferry(tmp_path, "40", "120")) == [
        ([("120 casualties", "casualties")], "single"),
        ([("40 people", "deaths")], "single"),
    ]


def test_two_concepts_under_one_broader_concept_stay_apart(tmp_path: Path) -> None:
    """The dead and the injured are both casualties; 45 dead and 30 injured are two facts."""
    _story(tmp_path, "wire", WIRE.format(wire="45"))
    _story(
        tmp_path,
        "daily",
        "The ferry that capsized off Port Velm on Sunday left 30 people injured, officials in"
        " Port Velm said.",
    )
    assert _counts(run([tmp_path])) == [
        ([("30 people", "injured")], "single"),
        ([("45 people", "deaths")], "single"),
    ]


def test_a_broader_concept_must_be_declared(tmp_path: Path) -> None:
    (tmp_path / "frames.toml").write_text('[broader]\ninjured = "harmed"\n', encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = str(tmp_path / "frames.toml")
    assert [str(p).replace(shown, "frames.toml") for p in caught.value.problems] == [
        "frames.toml:2: broader.injured: unknown concept 'harmed'; declare it in [concepts]"
    ]
