"""The Python API: `run()` drives the whole pipeline and reports progress per source."""

from __future__ import annotations

from pathlib import Path

import reconcile


def test_run_reports_progress_after_each_source(at_root: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = reconcile.run(["seeds"], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert len(report.sources) == 2


def test_run_on_a_folder_skips_generated_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police said 40 people were arrested on Sunday.\n")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "report.md").write_text("# Reconciliation report\n\n| 2 | 19 |\n")
    (reports / "report.json").write_text('{"schema": "reconcile.report/1"}\n')
    report = reconcile.run([tmp_path])
    assert [s.name for s in report.sources] == ["a.txt"]
