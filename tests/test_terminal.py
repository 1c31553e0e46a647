"""The terminal summary: plain for pipes and NO_COLOR, rich on a colour terminal."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from reconcile import run
from reconcile.render.terminal import report_lines, report_renderable, top_conflicts, wants_plain

ARTICLES = {
    "a.txt": "Troops\n\nRussia has deployed over 100,000 troops at the Ukrainian border.\n"
    "Officials counted 1,000 tanks near the Ukrainian border.\n",
    "b.txt": "Tensions\n\nRussia has positioned about 90,000 troops at the Ukrainian border.\n"
    "Officials counted 2,500 tanks near the Ukrainian border.\n",
}


def sources(tmp_path: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in sorted(ARTICLES)]


def test_plain_when_not_a_terminal_or_no_color() -> None:
    assert wants_plain(False, {})
    assert wants_plain(True, {"NO_COLOR": "1"})
    assert not wants_plain(True, {})
    assert not wants_plain(True, {"NO_COLOR": ""}), "an empty NO_COLOR does not count"


def test_plain_lines_name_counts_conflicts_and_files(tmp_path: Path) -> None:
    report = run(sources(tmp_path))
    lines = report_lines(report, ["reports/report.md", "reports/report.json"])
    conflicts = report.facts_with("conflict")
    assert lines[0].startswith(f"2 sources, {len(report.claims)} claims, {len(report.facts)} facts")
    assert f"{len(conflicts)} conflicts" in lines[0]
    assert conflicts, "the two articles disagree"
    for fact in conflicts:
        assert any(fact.id in line and fact.label in line for line in lines)
    assert lines[-1] == "wrote reports/report.md and reports/report.json"


def test_top_conflicts_are_the_largest_gaps_and_limited(tmp_path: Path) -> None:
    report = run(sources(tmp_path))
    ranked = top_conflicts(report, top=1)
    assert len(ranked) == 1
    assert ranked[0].relative_gap == max(f.relative_gap or 0 for f in report.facts_with("conflict"))
    lines = report_lines(report, [], top=1)
    assert len(report.facts_with("conflict")) == 2
    assert lines[-1] == "  … and 1 more conflict in the report"


def test_rich_summary_has_a_table_of_conflicts(tmp_path: Path) -> None:
    report = run(sources(tmp_path))
    console = Console(record=True, width=160, force_terminal=True, color_system="truecolor")
    console.print(report_renderable(report, ["reports/report.md"]))
    text = console.export_text(clear=False)
    assert "Top conflicts" in text and "what the sources say" in text
    assert "over 100,000 troops" in text
    assert "wrote reports/report.md" in text
    assert "\x1b[" in console.export_text(styles=True), "styled on a colour terminal"


def test_sources_with_the_same_reading_are_counted_once(tmp_path: Path) -> None:
    paths = sources(tmp_path)
    (tmp_path / "c.txt").write_text(
        "Echo\n\nRussia has deployed over 100,000 troops at the Ukrainian border.\n", "utf-8"
    )
    report = run([*paths, str(tmp_path / "c.txt")])
    troops = next(f for f in report.facts_with("conflict") if "military" in f.label)
    lines = report_lines(report, [])
    head = next(i for i, line in enumerate(lines) if f"conflict {troops.id}" in line)
    detail = lines[head + 1]
    assert "over 100,000 troops (+1 more)" in detail and "about 90,000 troops" in detail
    assert detail.count("over 100,000 troops") == 1
