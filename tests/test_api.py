"""The Python API: `run()` drives the whole pipeline and reports progress as it reads."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import reconcile
from reconcile.api import each_claim_of
from reconcile.kinds import Kinds
from reconcile.sources import read_sources


def test_run_reports_progress_after_each_source(at_root: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = reconcile.run(["seeds"], progress=lambda done, total: calls.append((done, total)))
    # in characters of text: the two seed articles hold 2,448 and 2,914
    assert calls == [(2448, 5362), (5362, 5362)]
    assert len(report.sources) == 2


def test_a_large_source_reports_progress_while_it_is_read(tmp_path: Path) -> None:
    sentence = "Officials said 40 people were hurt in Sarn on Monday. "
    text = sentence * 9000  # 486,000 characters
    (tmp_path / "large.txt").write_text(text, encoding="utf-8")
    calls: list[tuple[int, int]] = []
    reconcile.run([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3  # every 200,000 characters read, and at the end
    assert calls[-1] == (486000, 486000)
    assert all(total == 486000 for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_run_on_a_folder_skips_generated_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police said 40 people were arrested on Sunday.\n")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "report.md").write_text("# Reconciliation report\n\n| 2 | 19 |\n")
    (reports / "report.json").write_text('{"schema": "reconcile.report/1"}\n')
    report = reconcile.run([tmp_path])
    assert [s.name for s in report.sources] == ["a.txt"]


def test_a_large_source_hands_on_its_first_claims_before_the_rest_is_read(
    tmp_path: Path,
) -> None:
    sentence = "Officials said 40 people were hurt in Sarn on Monday. "
    (tmp_path / "large.txt").write_text(sentence * 9000, encoding="utf-8")  # 486,000 chars
    rules = reconcile.load_rules()
    sources = read_sources([tmp_path], rules).sources
    calls: list[tuple[int, int]] = []
    claims = each_claim_of(
        sources, Kinds.build(rules), lambda done, total: calls.append((done, total))
    )
    first = next(claims)
    assert (first.quote, first.start, first.end) == ("40 people", 15, 24)
    assert calls == []  # not a sentence further: 200,000 characters are read before a call
    rest = list(claims)
    assert sum(c.quote == "40 people" for c in rest) == 8999
    assert rest[-1].end == 486000 - 2  # "Monday" of the last sentence
    assert calls[-1] == (486000, 486000)
    assert (first, *rest) == reconcile.claims_of(sources, Kinds.build(rules))


def test_matching_leaves_the_claims_out_of_the_collectors_passes(
    at_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sources and claims are frozen for the garbage collector while matching, and
    unfrozen after; objects frozen by someone else are left as they were."""
    from reconcile.engine import LocalEngine

    seen: list[int] = []
    real = LocalEngine.match_and_compare

    def watched(self: LocalEngine, *args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_freeze_count())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(LocalEngine, "match_and_compare", watched)
    assert gc.get_freeze_count() == 0
    first = reconcile.run(["seeds"])
    assert seen[0] > 1000 and gc.get_freeze_count() == 0
    gc.freeze()
    try:
        mine = gc.get_freeze_count()
        assert reconcile.run(["seeds"]) == first
        # nothing more frozen, nothing unfrozen (a frozen object may still be freed)
        assert mine >= seen[1] >= gc.get_freeze_count() > mine - 1000
    finally:
        gc.unfreeze()
