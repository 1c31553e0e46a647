"""The progress bar of a long read: drawn on standard error when it is a terminal, never on
standard output and never into a file or a pipe."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def sources(folder: Path) -> Path:
    """22 small sources: enough of them for a bar (20 or more)."""
    folder.mkdir()
    for number in range(22):
        (folder / f"s{number:02d}.txt").write_text(
            f"Item {number}\n\nOfficials counted {number + 3} tanks near the town.\n",
            encoding="utf-8",
        )
    return folder


def reconcile(args: list[str], stderr_on_terminal: bool) -> tuple[str, str]:
    """Standard output and standard error of `reconcile *args`, its standard error a
    terminal (a pseudo-terminal) or a pipe; standard output is always a pipe."""
    command = [sys.executable, "-m", "reconcile.cli", *args, "--no-cache"]
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("FORCE_COLOR", None)
    if not stderr_on_terminal:
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout, done.stderr
    main, secondary = pty.openpty()
    screen: list[bytes] = []

    def read() -> None:  # the terminal is read meanwhile, so the child never waits on it
        while True:
            try:
                data = os.read(main, 4096)
            except OSError:
                return
            if not data:
                return
            screen.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=secondary, cwd=ROOT, env=env
        )
        out, _ = child.communicate(timeout=120)
    finally:
        os.close(secondary)
        reader.join(timeout=10)
        os.close(main)
    assert child.returncode == 0
    return out.decode("utf-8"), b"".join(screen).decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_the_bar_is_drawn_on_a_terminal_and_the_claims_are_the_same(tmp_path: Path) -> None:
    folder = sources(tmp_path / "sources")
    piped_out, piped_err = reconcile(["claims", str(folder)], stderr_on_terminal=False)
    shown_out, shown_err = reconcile(["claims", str(folder)], stderr_on_terminal=True)
    assert "Reading sources" in shown_err
    assert "Reading sources" not in piped_err and piped_err == ""
    assert shown_out == piped_out
    quotes = [json.loads(line)["quote"] for line in piped_out.splitlines()]
    assert [q for q in quotes if q.endswith(" tanks")] == [f"{n + 3} tanks" for n in range(22)]
    assert "Reading sources" not in piped_out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_the_report_s_bar_is_on_standard_error_not_in_its_summary(tmp_path: Path) -> None:
    folder = sources(tmp_path / "sources")
    out, json_out = tmp_path / "report.md", tmp_path / "report.json"
    args = ["report", str(folder), "--out", str(out), "--json", str(json_out)]
    piped_out, piped_err = reconcile(args, stderr_on_terminal=False)
    written = out.read_bytes(), json_out.read_bytes()
    shown_out, shown_err = reconcile(args, stderr_on_terminal=True)
    assert "Reading sources" in shown_err and "Reading sources" not in piped_err
    assert shown_out == piped_out and "report.md" in piped_out  # the summary, on stdout
    assert (out.read_bytes(), json_out.read_bytes()) == written
