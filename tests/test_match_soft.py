"""Soft and hard vetoes in clustering: a veto that says only that the words around two numbers
differ weighs against a join (`soft_veto_score`) and strong pairs to the rest of a cluster
outweigh it, and the fact says so; a veto that says the claims state something differently
(a time, a place, one source's two numbers) keeps them apart whatever else holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.match import _refine
from reconcile.models import Claim, Fact, Match, PairDecision, Report
from reconcile.pairs import PairTable
from reconcile.reasons import (
    ContextsDiffer,
    DifferentConcepts,
    DifferentPlace,
    DifferentStories,
    DifferentSubject,
    DifferentTime,
    FarApart,
    KeptApart,
    OneSentence,
    OneSourceTwoNumbers,
    Outweighed,
    Reason,
    SameBlock,
    SamePerson,
    WordsDiffer,
)
from reconcile.render.explain import render_explain
from reconcile.render.markdown import render_markdown
from reconcile.render.words import reason_lines

# Three sources on one loan: a and b say it alike, b and c say it alike, a and c share
# almost no words around the number (a soft veto between them).
LOAN_A = (
    "Nordbank loan for Velmar harbour",
    "Nordbank lent Velmar $40 million to rebuild the harbour wall, the mayor said on Tuesday.",
)
LOAN_B = (
    "Nordbank loan for Velmar port",
    "Port officials said Nordbank lent Velmar $40 million to rebuild the harbour wall and"
    " dredge the ferry channel.",
)
LOAN_C = (
    "Velmar port to dredge ferry channel with Nordbank money",
    "Port officials said $40 million will dredge the ferry channel.",
)


def _write(folder: Path, name: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: {title}\npublished: 2024-05-02\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _fact_of(report: Report, source: str) -> Fact:
    source_id = next(s.id for s in report.sources if s.name == f"{source}.md")
    claim = next(c for c in report.claims if c.source_id == source_id and c.kind == "money")
    return next(f for f in report.facts if claim.id in f.claim_ids)


def _sources_of(report: Report, fact: Fact) -> list[str]:
    names = {s.id: s.name for s in report.sources}
    return sorted(names[report.claim(i).source_id] for i in fact.claim_ids)


@pytest.mark.parametrize(
    ("veto", "soft"),
    [
        (WordsDiffer(), True),
        (ContextsDiffer(30.0, 0.0), True),
        (DifferentTime("in 2023", "in 2025"), False),
        (DifferentPlace("in Velmar", "in Ostra"), False),
        (DifferentSubject(("nordbank",), ("velmar",)), False),
        (DifferentConcepts("deaths", "injured"), False),
        (DifferentStories(12.0), False),
        (OneSentence(), False),
        (FarApart("35 people", "120,000 people"), False),
        (OneSourceTwoNumbers(70.0), False),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Reason) else str(value),
)
def test_only_differing_words_are_a_soft_veto(veto: Reason, soft: bool) -> None:
    assert veto.soft is soft


def test_strong_pairs_outweigh_a_soft_veto_and_the_fact_says_so(tmp_path: Path) -> None:
    for name, (title, body) in zip("abc", (LOAN_A, LOAN_B, LOAN_C), strict=True):
        _write(tmp_path, name, title, body)
    report = run([tmp_path])
    fact = _fact_of(report, "c")
    assert _sources_of(report, fact) == ["a.md", "b.md", "c.md"]
    assert fact.verdict == "agree"
    assert Outweighed(WordsDiffer()) in fact.match.reasons
    explained = render_explain(report, fact)
    assert (
        "because: joined although two of its claims differ, as its other pairs outweigh it:"
        " the words around the claims differ\n"
    ) in explained
    assert (
        "joined although two of its claims differ, as its other pairs outweigh it: the words"
        " around the claims differ"
    ) in render_markdown(report)


def test_with_soft_veto_score_zero_the_same_claims_stay_apart(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    for name, (title, body) in zip("abc", (LOAN_A, LOAN_B, LOAN_C), strict=True):
        _write(sources, name, title, body)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "matching.toml").write_text("soft_veto_score = 0.0\n", encoding="utf-8")
    report = run([sources], rules_dir=rules)
    assert _sources_of(report, _fact_of(report, "a")) == ["a.md", "b.md"]
    alone = _fact_of(report, "c")
    assert alone.verdict == "single"
    assert KeptApart(WordsDiffer()) in alone.match.reasons


def test_a_hard_veto_in_the_same_place_keeps_the_claim_apart(tmp_path: Path) -> None:
    # the same three sources, but a and c date the loan differently: no pair outweighs that
    _write(tmp_path, "a", LOAN_A[0], LOAN_A[1].replace("$40 million", "$40 million in 2023"))
    _write(tmp_path, "b", *LOAN_B)
    _write(tmp_path, "c", LOAN_C[0], LOAN_C[1].replace("$40 million", "$40 million in 2025"))
    report = run([tmp_path])
    assert _sources_of(report, _fact_of(report, "a")) == ["a.md", "b.md"]
    alone = _fact_of(report, "c")
    assert alone.verdict == "single"
    assert alone.match.reasons[1:] == (KeptApart(DifferentTime("in 2025", "in 2023")),)


def test_a_weak_pair_does_not_outweigh_a_soft_veto(tmp_path: Path) -> None:
    # c resembles b only just enough to be one fact with it, and a not at all
    _write(tmp_path, "a", *LOAN_A)
    _write(tmp_path, "b", *LOAN_B)
    engineers = "Engineers said $40 million will dredge the ferry channel."
    _write(tmp_path, "c", "Ferry channel", engineers)
    report = run([tmp_path])
    assert _sources_of(report, _fact_of(report, "a")) == ["a.md", "b.md"]
    alone = _fact_of(report, "c")
    assert alone.verdict == "single"
    assert KeptApart(WordsDiffer()) in alone.match.reasons


def test_one_source_giving_two_numbers_in_different_words_is_a_hard_veto(tmp_path: Path) -> None:
    # a states two sums in different words; b repeats both words and the first sum
    _write(
        tmp_path,
        "a",
        "Nordbank loan for Velmar harbour",
        "Nordbank lent Velmar $40 million to rebuild the harbour wall.\n"
        "Separately, the ferry company will spend $65 million on two boats.",
    )
    _write(
        tmp_path,
        "b",
        "Nordbank loan for Velmar harbour",
        "Nordbank lent Velmar $40 million to rebuild the harbour wall, and the ferry"
        " company will spend money on two boats.",
    )
    report = run([tmp_path])
    two = _fact_of(report, "b")
    assert sorted(report.claim(i).quote for i in two.claim_ids) == ["$40 million", "$40 million"]
    boats = next(
        f for f in report.facts if [report.claim(i).quote for i in f.claim_ids] == ["$65 million"]
    )
    assert boats.verdict == "single"
    assert any(
        isinstance(r, KeptApart) and isinstance(r.veto, OneSourceTwoNumbers)
        for r in boats.match.reasons
    )


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> list[Claim]:
    folder = tmp_path_factory.mktemp("loans")
    for name, (title, body) in zip("abc", (LOAN_A, LOAN_B, LOAN_C), strict=True):
        _write(folder, name, title, body)
    report = run([folder])
    by_name = {s.name: s.id for s in report.sources}
    return [
        next(c for c in report.claims if c.source_id == by_name[f"{n}.md"] and c.kind == "money")
        for n in "abc"
    ]


def _refined(members: list[Claim], soft: float | None) -> list[int]:
    # a and b joined first; c alone; a-c under a soft veto, b-c a strong pair
    decisions = {
        (0, 1): PairDecision(95.0, ()),
        (0, 2): PairDecision(0.0, (), WordsDiffer()),
        (1, 2): PairDecision(85.0, ()),
    }

    table = PairTable(len(members), lambda i, j: decisions[i, j])
    table.decide_all(sorted(decisions))
    return _refine([0, 0, 2], members, table, table.get, 50.0, 10, soft)


def test_refining_moves_a_claim_across_a_soft_veto_only_when_it_is_weighed(
    loans: list[Claim],
) -> None:
    # (85 + 30) / 2 = 57.5 reaches the cutoff 50; (85 + 0) / 2 = 42.5 does not
    assert _refined(loans, 30.0) == [0, 0, 0]
    assert _refined(loans, 0.0) == [0, 0, 2]
    # without a weight a soft veto is a cannot-link, like a hard one
    assert _refined(loans, None) == [0, 0, 2]


def test_a_fact_lists_at_most_three_outweighed_vetoes_after_what_was_compared() -> None:
    reasons: tuple[Reason, ...] = (
        SameBlock("money", "USD", None),
        *(Outweighed(ContextsDiffer(float(words), 0.0)) for words in (31, 32, 33, 34)),
        SamePerson("Lloyd Austin", "Lloyd J. Austin III"),
    )
    assert reason_lines(Match(80.0, reasons)) == [
        "same block: money of USD",
        "joined although two of its claims differ, as its other pairs outweigh it:"
        " contexts too different (words 31, story 0)",
        "joined although two of its claims differ, as its other pairs outweigh it:"
        " contexts too different (words 32, story 0)",
        "joined although two of its claims differ, as its other pairs outweigh it:"
        " contexts too different (words 33, story 0)",
        "same person: Lloyd Austin / Lloyd J. Austin III",
    ]
