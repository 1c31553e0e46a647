"""The front door stays true: the committed reports and the README's sample are current."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from reconcile.cli import app
from tests.goldens import ROOT, readme_sample


def test_committed_seed_reports_are_current(at_root: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--check", "-q"])
    assert result.exit_code == 0, result.output


def test_readme_sample_is_an_excerpt_of_the_current_report() -> None:
    report_md = (ROOT / "reports" / "report.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_sample(report_md) in readme, "run `make goldens` to refresh the sample"


def test_readme_shows_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert "make report" in first_block and "make test" in first_block
