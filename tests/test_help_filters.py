"""Help and first run (--version, examples in every command's help, a bare `report` with no
seeds/, `explain` from the last report) and the report filters (--kind, --min-gap,
--source)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.errors import InputError
from reconcile.filters import parse_gap

runner = CliRunner()

WIRE = """\
Published January 6, 2022

Russia has deployed over 100,000 troops at the Ukrainian border, a US official said.
The storm destroyed 300 homes in the region.
US Defense Secretary Lloyd Austin spoke on Thursday.
"""
DAILY = """\
Published January 8, 2022

Russia has positioned about 90,000 troops at the Ukrainian border, officials said.
Some 350 houses were wrecked by the storm.
"""
COMMANDS = ["report", "check", "claims", "facts", "explain", "decide", "review", "rules-doc"]


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "src" / "daily.txt").write_text(DAILY, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_counted_nouns_are_singular_for_one() -> None:
    from reconcile.render.words import count

    assert count(1, "conflict") == "1 conflict"
    assert count(0, "conflict") == "0 conflicts"
    assert count(1, "baseline entry") == "1 baseline entry"
    assert count(3, "baseline entry") == "3 baseline entries"
    assert count(2, "day") == "2 days"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, "reconcile 0.1.0\n")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shows_two_examples(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    examples = re.findall(rf"^\W*reconcile {re.escape(command)}\b.*$", result.stdout, re.M)
    assert len(examples) >= 2, result.stdout


def test_a_bare_report_without_seeds_says_what_to_give(here: Path) -> None:
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: reconcile report: no sources given, and no seeds/ folder here to read by"
        " default; give files, folders or web addresses, e.g. `reconcile report articles/` or"
        " `reconcile report https://example.org/story` (see --help)\n"
    )


def test_explain_reads_the_last_json_report(here: Path) -> None:
    assert runner.invoke(app, ["report", "src", "-q"]).exit_code == 0
    data = json.loads(Path("reports/report.json").read_text(encoding="utf-8"))
    troops = next(f for f in data["facts"] if "military" in f["label"])
    from_json = runner.invoke(app, ["explain", troops["id"]])
    rerun = runner.invoke(app, ["explain", troops["id"], "src"])
    assert from_json.exit_code == 0, from_json.output
    assert from_json.stdout == rerun.stdout
    assert from_json.stdout.splitlines()[1] == "verdict: conflict (gap 5.5%)"
    assert "“about 90,000 troops” → [85,500, 94,500]" in from_json.stdout


def test_explain_of_an_unknown_id_names_the_report(here: Path) -> None:
    assert runner.invoke(app, ["report", "src", "-q"]).exit_code == 0
    result = runner.invoke(app, ["explain", "Fnope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no fact 'Fnope' in reports/report.json;")


def facts_in(*options: str) -> list[tuple[str, str]]:
    result = runner.invoke(app, ["report", "src", "-q", *options])
    assert result.exit_code == 0, result.output
    data = json.loads(Path("reports/report.json").read_text(encoding="utf-8"))
    return sorted((f["kind"], f["verdict"]) for f in data["facts"])


def test_the_story_unfiltered(here: Path) -> None:
    assert facts_in() == [
        ("count", "conflict"),
        ("count", "conflict"),
        ("date", "single"),
        ("office", "single"),
    ]


def test_kind_keeps_facts_of_that_kind(here: Path) -> None:
    assert facts_in("--kind", "office") == [("office", "single")]
    result = runner.invoke(app, ["report", "src", "--kind", "ofice"])
    assert result.exit_code == 2
    assert "error: --kind: unknown kind ofice; kinds: count, date, event, measure" in result.stderr


def test_min_gap_leaves_out_small_conflicts(here: Path) -> None:
    # troops: gap 5.5%; homes: (332.5 − 300) / 332.5 = 9.8%
    assert facts_in("--min-gap", "8%") == [
        ("count", "conflict"),
        ("date", "single"),
        ("office", "single"),
    ]
    assert facts_in("--min-gap", "0.2") == [("date", "single"), ("office", "single")]


def test_source_keeps_facts_that_source_states(here: Path) -> None:
    assert facts_in("--source", "daily.txt") == [("count", "conflict"), ("count", "conflict")]
    assert facts_in("--source", "src/w*") == [
        ("count", "conflict"),
        ("count", "conflict"),
        ("date", "single"),
        ("office", "single"),
    ]


def test_check_gates_only_on_the_filtered_conflicts(here: Path) -> None:
    assert runner.invoke(app, ["check", "src", "-q"]).exit_code == 1
    assert runner.invoke(app, ["check", "src", "-q", "--kind", "office"]).exit_code == 0
    refused = runner.invoke(app, ["check", "src", "--kind", "office", "--update-baseline"])
    assert refused.exit_code == 2


def test_gap_is_a_percentage_or_a_fraction() -> None:
    assert parse_gap("5%") == 0.05
    assert parse_gap("0.05") == 0.05
    with pytest.raises(InputError, match=r"write 5% or 0\.05"):
        parse_gap("five")
