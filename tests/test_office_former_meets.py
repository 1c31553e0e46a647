"""One person named the holder of an office in one source and its former holder in another
(written before and after the term ended) is one fact; another person named its former holder
is not joined to it. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Report


def _facts(report: Report) -> list[tuple[str, str, list[str]]]:
    names = {s.id: s.name for s in report.sources}
    source_of = {c.id: names[c.source_id] for c in report.claims}
    return sorted(
        (f.label, f.verdict, sorted(source_of[c] for c in f.claim_ids))
        for f in report.facts
        if f.kind == "office"
    )


def test_the_holder_and_the_former_holder_of_one_office_are_one_fact(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Mayor Jane Roe opened the bridge on Monday.\n")
    (tmp_path / "b.txt").write_text("Former mayor Jane Roe won the seat.\n")
    (tmp_path / "c.txt").write_text("Former mayor John Doe lost it.\n")
    assert _facts(run([tmp_path])) == [
        ("Mayor: Jane Roe", "agree", ["a.txt", "b.txt"]),
        ("former Mayor: John Doe", "single", ["c.txt"]),
    ]


def test_the_former_holder_of_another_office_is_not_joined(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Mayor Jane Roe opened the bridge on Monday.\n")
    (tmp_path / "b.txt").write_text("Former governor Jane Roe won the seat.\n")
    assert [verdict for _, verdict, _ in _facts(run([tmp_path]))] == ["single", "single"]
