"""`reconcile report` through the CLI: what it writes, what it prints, and its exit codes."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from reconcile import run
from reconcile.cli import _run, _setup, app, write_all_atomic

runner = CliRunner()

WIRE = """\
Troops mass at the border

Published January 6, 2022

Russia has deployed over 100,000 troops at the Ukrainian border, a US official said.
US Defense Secretary Lloyd Austin spoke with his British counterpart on Thursday.
"""
DAILY = """\
Tensions rise

Published January 8, 2022

Russia has positioned about 90,000 troops at the Ukrainian border, officials said.
"""


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "sources" / "daily.txt").write_text(DAILY, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_report_writes_both_files_and_prints_a_plain_summary(workdir: Path) -> None:
    result = runner.invoke(app, ["report", "sources"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 sources, ") and "1 conflict," in lines[0]
    assert any("conflict F" in line and "military personnel" in line for line in lines)
    assert any("over 100,000 troops" in line and "about 90,000 troops" in line for line in lines)
    assert lines[-1] == "wrote reports/report.md and reports/report.json"
    assert "\x1b[" not in result.stdout, "no colour codes when stdout is not a terminal"
    assert (workdir / "reports" / "report.md").read_text(encoding="utf-8").startswith("# ")
    assert (workdir / "reports" / "report.json").read_text(encoding="utf-8").startswith("{")


def test_quiet_prints_nothing(workdir: Path) -> None:
    result = runner.invoke(app, ["report", "sources", "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (workdir / "reports" / "report.md").is_file()


def test_report_check_passes_when_up_to_date_and_fails_writing_nothing(workdir: Path) -> None:
    assert runner.invoke(app, ["report", "sources", "-q"]).exit_code == 0
    result = runner.invoke(app, ["report", "sources", "--check"])
    assert result.exit_code == 0 and "up to date" in result.stdout

    md = workdir / "reports" / "report.md"
    before_md, before_json = md.read_bytes(), (workdir / "reports" / "report.json").read_bytes()
    (workdir / "sources" / "daily.txt").write_text(
        DAILY.replace("about 90,000", "about 70,000"), encoding="utf-8"
    )
    result = runner.invoke(app, ["report", "sources", "--check"])
    assert result.exit_code == 1
    assert "-" in result.stdout and "+" in result.stdout and "70,000" in result.stdout
    assert "run `reconcile report`" in result.stdout
    assert md.read_bytes() == before_md
    assert (workdir / "reports" / "report.json").read_bytes() == before_json
    assert sorted(p.name for p in md.parent.iterdir()) == ["report.json", "report.md"]


def test_report_check_with_no_committed_report_fails(workdir: Path) -> None:
    result = runner.invoke(app, ["report", "sources", "--check", "-q"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert not (workdir / "reports").exists()


def test_unwritable_output_is_exit_2_and_nothing_half_written(workdir: Path) -> None:
    (workdir / "out").mkdir()
    (workdir / "out" / "report.md").mkdir()  # a folder where the report should go
    result = runner.invoke(
        app, ["report", "sources", "--out", "out/report.md", "--json", "out/report.json"]
    )
    assert result.exit_code == 2
    assert "error:" in result.stderr and "out/report.md" in result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (workdir / "out").iterdir()) == ["report.md"]


def test_write_all_atomic_leaves_no_temporary_files(tmp_path: Path) -> None:
    write_all_atomic({tmp_path / "a.md": "one\n", tmp_path / "sub" / "b.json": "{}\n"})
    assert (tmp_path / "a.md").read_text() == "one\n"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.md", "b.json", "sub"]


def test_missing_sources_is_exit_2_with_the_path(workdir: Path) -> None:
    result = runner.invoke(app, ["report", "nowhere"])
    assert result.exit_code == 2 and "nowhere" in result.stderr
    assert not (workdir / "reports").exists()


def test_many_sources_on_a_terminal_give_the_same_report(workdir: Path) -> None:
    for number in range(22):
        (workdir / "sources" / f"extra{number:02d}.txt").write_text(
            f"Item {number}\n\nOfficials counted {number + 3} tanks near the town.\n",
            encoding="utf-8",
        )
    console = Console(force_terminal=True, file=open(os.devnull, "w"))  # noqa: SIM115
    try:
        shown = _run(["sources"], _setup(None, 1, True, None), console)
    finally:
        console.file.close()
    assert shown == run(["sources"])
    assert len(shown.sources) == 24


def test_one_large_source_on_a_terminal_gives_the_same_report(workdir: Path) -> None:
    sentence = "Officials counted 12 tanks near the town on Monday. "
    (workdir / "sources" / "large.txt").write_text(sentence * 20000, encoding="utf-8")
    screen = io.StringIO()
    console = Console(force_terminal=True, file=screen)
    shown = _run(["sources"], _setup(None, 1, True, None), console)
    assert "Reading sources" in screen.getvalue()  # a bar for one source of 1 MB
    assert shown == run(["sources"])
    assert len(shown.sources) == 3


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("report", "check", "claims", "explain", "rules-doc"):
        assert command in result.stdout
