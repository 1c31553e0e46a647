"""No source can steer the terminal or CI, or make the tool read outside its folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from reconcile import run
from reconcile.cli import app
from reconcile.render.terminal import printable, report_renderable

runner = CliRunner()
OVER = (
    "Troops massed\n\nRussia has deployed over 100,000 troops at the border, US officials said.\n"
)
ABOUT = (
    "Troops at border\n\nRussia has positioned about 90,000 troops at the border, officials said.\n"
)
INJECTED = "a\n::warning file=x.txt::owned.txt"
MARKUP = "[bold red]alarm.txt"


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "first.txt").write_text(OVER)
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_printable_shows_control_characters_as_escapes() -> None:
    assert printable("a\nb\r\tc\x1b[31m\u202e") == "a\\nb\\r\\tc\\x1b[31m\\u202e"
    assert printable("plain “quote” 100%") == "plain “quote” 100%"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_file_name_cannot_issue_a_workflow_command(workdir: Path, fmt: str) -> None:
    (workdir / "src" / INJECTED).write_text(ABOUT)
    result = runner.invoke(app, ["check", "src", "--format", fmt])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert all(line.startswith("::error file=src/") for line in commands), commands
    if fmt == "github":
        escaped = "::error file=src/a%0A%3A%3Awarning file=x.txt%3A%3Aowned.txt,line=3,"
        assert sum(line.startswith(escaped) for line in commands) == 1
    assert "src/a\\n::warning file=x.txt::owned.txt:3" in result.stdout


def test_rich_markup_in_a_file_name_is_shown_not_interpreted(workdir: Path) -> None:
    (workdir / "src" / MARKUP).write_text(ABOUT)
    console = Console(record=True, width=200, color_system="truecolor", force_terminal=True)
    console.print(report_renderable(run("src"), []))
    assert MARKUP in console.export_text()


def test_a_link_to_outside_the_folders_given_is_skipped_with_a_note(workdir: Path) -> None:
    (workdir / "secret.txt").write_text("The password is 4 words and 12 digits long.\n")
    (workdir / "src" / "link.txt").symlink_to(workdir / "secret.txt")
    (workdir / "elsewhere").mkdir()
    (workdir / "elsewhere" / "story.txt").write_text(ABOUT)
    (workdir / "src" / "linked-folder").symlink_to(workdir / "elsewhere")
    result = runner.invoke(app, ["report", "src"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "note: src/link.txt: link to outside the folders given; skipped"
        " (use --follow-symlinks to read it)",
        "note: src/linked-folder: link to outside the folders given; skipped"
        " (use --follow-symlinks to read it)",
    ]
    assert result.stdout.startswith("1 source, ")
    followed = runner.invoke(app, ["report", "src", "--follow-symlinks"])
    assert followed.exit_code == 0, followed.output
    assert followed.stdout.startswith("3 sources, ")


def test_a_link_inside_the_folders_given_is_read(workdir: Path) -> None:
    (workdir / "src" / "inner").mkdir()
    (workdir / "src" / "inner" / "second.txt").write_text(ABOUT)
    (workdir / "other").mkdir()
    (workdir / "other" / "alias.txt").symlink_to(workdir / "src" / "inner" / "second.txt")
    report = run(["src", "other"])
    # The link is read (the same text twice is one source, under the first path).
    assert sorted(s.path for s in report.sources) == ["other/alias.txt", "src/first.txt"]
    assert report.notes == ()


def test_a_symlink_loop_ends(workdir: Path) -> None:
    (workdir / "src" / "loop").symlink_to(workdir / "src")
    report = run("src", follow_symlinks=True)
    assert [s.path for s in report.sources] == ["src/first.txt"]
