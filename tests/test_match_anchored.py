"""Numbers whose surrounding words differ (each outlet writes its own sentence around a
figure) yet whose stronger evidence agrees: two sources of one story, the same number in
the same unit, and an anchor of their own besides (here the counted noun) meet at the
cut-off (`QuantityKind._anchored`). The same value and unit alone, or two numbers that
differ, keep the soft veto: that is how look-alikes would meet."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.models import Report
from reconcile.reasons import SameNumber, Similarity, WordsDiffer

LEDE = "Tarvik Mining confirmed on Tuesday that 37 {what} will go quiet before winter."


def _write(folder: Path, name: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: {title}\npublished: 2024-05-02\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _run(folder: Path, what: str, other: str) -> Report:
    _write(folder, "a", "Tarvik Mining cuts at Orlen", LEDE.format(what=what))
    _write(folder, "b", "Orlen smelter under Tarvik Mining", other)
    return run([folder])


def _numbers(report: Report) -> list[list[str]]:
    return sorted(
        sorted(report.claim(i).quote for i in f.claim_ids)
        for f in report.facts
        if report.claim(f.claim_ids[0]).kind in ("count", "measure")
    )


def test_same_count_of_one_noun_meets_though_words_differ(tmp_path: Path) -> None:
    report = _run(tmp_path, "furnaces", "Unions say 37 furnaces idle.")
    assert _numbers(report) == [["37 furnaces", "37 furnaces"]]
    fact = next(f for f in report.facts if len(f.claim_ids) == 2 and f.kind == "count")
    assert fact.match.score == 50.0
    kinds = {type(r) for r in fact.match.reasons}
    assert SameNumber in kinds and Similarity in kinds
    assert WordsDiffer not in kinds


@pytest.mark.parametrize(
    ("what", "other", "apart"),
    [
        # the same value and unit, nothing else shared: the soft veto stands
        ("tonnes", "Unions say 37 tonnes.", [["37 tonnes"], ["37 tonnes"]]),
        # one noun, two numbers: no same number, the soft veto stands
        ("furnaces", "Unions say 38 furnaces idle.", [["37 furnaces"], ["38 furnaces"]]),
    ],
)
def test_value_and_unit_alone_keep_the_soft_veto(
    tmp_path: Path, what: str, other: str, apart: list[list[str]]
) -> None:
    assert _numbers(_run(tmp_path, what, other)) == apart
