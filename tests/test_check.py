"""The CI gate: `reconcile check` and its baseline, end to end through the CLI.

Every test builds its own sources in a temporary folder and runs from there, so the paths
in the baseline and in the messages are the short relative ones a user sees.
"""

from __future__ import annotations

import os
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from reconcile import run
from reconcile.baseline import load_baseline, toml_string
from reconcile.check import Baseline, BaselineError, check
from reconcile.cli import app
from tests.conftest import ROOT

runner = CliRunner()

FIRST = """\
Russia masses troops near Ukraine

Published January 6, 2022

Russia has deployed over 100,000 troops at the Ukrainian border, a senior US official said.
"""
SECOND = """\
Tensions rise on Ukraine's border

Published January 8, 2022

Russia has positioned about 90,000 troops at the Ukrainian border, Ukrainian officials said.
"""
THIRD = """\
Russia builds up forces near Ukraine

Published January 10, 2022

Russia has deployed {number} troops at the Ukrainian border, according to US intelligence.
"""


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    """A fresh folder with `sources/` holding two articles that disagree on troop numbers."""
    before = Path.cwd()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "sources" / "second.txt").write_text(SECOND, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_acceptance_scenario_on_the_seeds(tmp_path: Path) -> None:
    """Seeds accepted → 0; a third source with another troop number → 1; accept → 0;
    the accepted number changes in the third source → 1 again."""
    shutil.copytree(ROOT / "seeds", tmp_path / "sources")
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        assert invoke("check", "sources")[0] == 1, "the seeds disagree on troops"
        assert invoke("check", "sources", "--update-baseline")[0] == 0
        assert invoke("check", "sources")[0] == 0

        third = tmp_path / "sources" / "third.txt"
        third.write_text(THIRD.format(number="175,000"), encoding="utf-8")
        code, out, _ = invoke("check", "sources")
        assert code == 1
        assert "sources/third.txt" in out and "175,000" in out
        assert "military personnel" in out or "troops" in out

        assert invoke("check", "sources", "--update-baseline")[0] == 0
        assert invoke("check", "sources")[0] == 0
        baseline = (tmp_path / "reports" / "baseline.toml").read_text(encoding="utf-8")
        assert "175,000" in baseline

        third.write_text(THIRD.format(number="150,000"), encoding="utf-8")
        code, out, _ = invoke("check", "sources")
        assert code == 1
        assert "changed since accepted" in out and "150,000" in out
    finally:
        os.chdir(before)


def test_new_conflict_fails_and_names_label_sources_and_values(workdir: Path) -> None:
    code, out, _ = invoke("check", "sources")
    assert code == 1
    assert "new conflict" in out
    assert "sources/first.txt:5" in out and "sources/second.txt:5" in out
    assert "over 100,000 troops" in out and "about 90,000 troops" in out
    assert "(100,000, ∞)" in out
    assert "--update-baseline" in out


def test_update_baseline_writes_readable_toml_and_then_passes(workdir: Path) -> None:
    code, out, _ = invoke("check", "sources", "--update-baseline")
    assert code == 0 and "reports/baseline.toml" in out and "without a reason" in out
    text = (workdir / "reports" / "baseline.toml").read_text(encoding="utf-8")
    assert text.startswith("# ")
    data = tomllib.loads(text)
    (entry,) = data["conflict"]
    assert set(entry) == {"id", "label", "reason", "claim"}
    assert entry["reason"] == ""
    assert sorted(c["source"] for c in entry["claim"]) == [
        "sources/first.txt",
        "sources/second.txt",
    ]
    assert {c["quote"] for c in entry["claim"]} == {"over 100,000 troops", "about 90,000 troops"}
    code, out, _ = invoke("check", "sources")
    assert code == 0 and out.startswith("OK: 1 conflict, accepted in reports/baseline.toml\n")
    assert "no reason yet" in out


def test_update_baseline_keeps_reasons_and_is_stable(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    path = workdir / "reports" / "baseline.toml"
    reasoned = path.read_text(encoding="utf-8").replace(
        'reason = ""', 'reason = "Different dates; the \\"over\\" figure is a US estimate."'
    )
    path.write_text(reasoned, encoding="utf-8")
    assert invoke("check", "sources", "--update-baseline")[0] == 0
    assert path.read_text(encoding="utf-8") == reasoned, "re-running changes no byte"
    (workdir / "sources" / "third.txt").write_text(THIRD.format(number="175,000"), "utf-8")
    assert invoke("check", "sources", "--update-baseline")[0] == 0
    updated = tomllib.loads(path.read_text(encoding="utf-8"))
    (entry,) = updated["conflict"]
    assert entry["reason"] == 'Different dates; the "over" figure is a US estimate.'
    assert len(entry["claim"]) == 3


def test_same_result_in_any_source_order(workdir: Path) -> None:
    (workdir / "sources" / "third.txt").write_text(THIRD.format(number="175,000"), "utf-8")
    files = sorted(str(p) for p in (workdir / "sources").iterdir())
    invoke("check", *files, "--update-baseline")
    first = (workdir / "reports" / "baseline.toml").read_text(encoding="utf-8")
    invoke("check", *reversed(files), "--update-baseline")
    assert (workdir / "reports" / "baseline.toml").read_text(encoding="utf-8") == first
    assert invoke("check", files[2], files[0], files[1])[0] == 0


def test_renamed_source_keeps_its_acceptance_but_not_a_new_value(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    (workdir / "sources" / "second.txt").rename(workdir / "sources" / "renamed.txt")
    assert invoke("check", "sources")[0] == 0
    (workdir / "sources" / "renamed.txt").write_text(
        SECOND.replace("about 90,000", "about 80,000"), encoding="utf-8"
    )
    code, out, _ = invoke("check", "sources")
    assert code == 1 and "sources/renamed.txt:5" in out


def test_conflict_whose_id_changed_is_found_by_its_readings(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    path = workdir / "reports" / "baseline.toml"
    text = path.read_text(encoding="utf-8")
    old_id = tomllib.loads(text)["conflict"][0]["id"]
    path.write_text(text.replace(old_id, "Fold00000"), encoding="utf-8")
    code, out, _ = invoke("check", "sources")
    assert code == 0
    assert f"note: conflict Fold00000 is now {old_id}" in out
    invoke("check", "sources", "--update-baseline")
    assert path.read_text(encoding="utf-8") == text


def test_stale_entry_is_a_warning_annotation_on_the_baseline(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    path = workdir / "reports" / "baseline.toml"
    extra = '\n[[conflict]]\nid = "Fgone0000"\nlabel = "gone"\nreason = "was real"\n\n'
    extra += '[[conflict.claim]]\nsource = "sources/old.txt"\nquote = "5 tanks"\n'
    extra += 'value = "exact 5 (tank)"\nmeans = "[5, 5]"\n'
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("[[conflict]]", 10) + 1
    code, out, _ = invoke("check", "sources", "--format", "github")
    assert code == 0
    assert f"::warning file=reports/baseline.toml,line={line}," in out
    assert "Fgone0000" in out


def test_a_change_of_tolerance_in_the_rules_keeps_acceptances(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    rules = workdir / "my-rules"
    rules.mkdir()
    (rules / "matching.toml").write_text("[tolerance.count]\nabout = 0.07\n", encoding="utf-8")
    code, out, err = invoke("check", "sources", "--rules", str(rules))
    assert code == 0, out + err
    about = next(c for c in run(["sources"], rules).claims if c.quote == "about 90,000 troops")
    assert about.interval.low == pytest.approx(83_700), "the rules did change the interval"


def test_conflict_that_goes_away_is_reported_stale_not_failing(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    (workdir / "sources" / "second.txt").write_text(
        SECOND.replace("about 90,000", "about 120,000"), encoding="utf-8"
    )
    code, out, _ = invoke("check", "sources")
    assert code == 0
    assert "note: 1 baseline entry is no longer a conflict (" in out
    invoke("check", "sources", "--update-baseline")
    data = tomllib.loads((workdir / "reports" / "baseline.toml").read_text(encoding="utf-8"))
    assert data.get("conflict", []) == []


def test_malformed_baseline_is_exit_2_with_file_and_line(workdir: Path) -> None:
    bad = workdir / "accepted.toml"
    bad.write_text('# accepted\n\n[[conflict]]\nid = "F1"\nreason = "oops\n', encoding="utf-8")
    code, out, err = invoke("check", "sources", "--baseline", str(bad))
    assert code == 2
    assert f"{bad.as_posix()}:5" in err and "not valid TOML" in err
    assert "Traceback" not in err + out


def test_baseline_with_wrong_shape_lists_every_problem_with_lines(workdir: Path) -> None:
    bad = workdir / "accepted.toml"
    bad.write_text(
        'colour = 1\n\n[[conflict]]\nlabel = 3\n\n[[conflict]]\nid = "F2"\nextra = true\n',
        encoding="utf-8",
    )
    with pytest.raises(BaselineError) as caught:
        load_baseline(bad)
    problems = [str(p) for p in caught.value.problems]
    shown = bad.as_posix()
    assert any(p.startswith(f"{shown}:1:") and "colour" in p for p in problems)
    assert any(p.startswith(f"{shown}:3:") and "`id`" in p for p in problems)
    assert any(p.startswith(f"{shown}:3:") and "`label` must be a string" in p for p in problems)
    assert any(p.startswith(f"{shown}:6:") and "'extra'" in p for p in problems)
    code, _, err = invoke("check", "sources", "--baseline", str(bad))
    assert code == 2 and err.count("error:") == len(problems)


def test_update_refuses_to_overwrite_a_malformed_baseline(workdir: Path) -> None:
    bad = workdir / "reports" / "baseline.toml"
    bad.parent.mkdir()
    bad.write_text("[[conflict]\n", encoding="utf-8")
    code, _, err = invoke("check", "sources", "--update-baseline")
    assert code == 2 and "reports/baseline.toml:1" in err
    assert bad.read_text(encoding="utf-8") == "[[conflict]\n"


def test_named_baseline_that_does_not_exist_is_exit_2(workdir: Path) -> None:
    code, _, err = invoke("check", "sources", "--baseline", "nowhere.toml")
    assert code == 2 and "nowhere.toml" in err and "--update-baseline" in err


def test_missing_source_path_is_exit_2(workdir: Path) -> None:
    code, _, err = invoke("check", "no-such-folder")
    assert code == 2 and "no-such-folder" in err


def test_github_format_annotates_each_claim_and_writes_the_step_summary(workdir: Path) -> None:
    summary = workdir / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    code, out, _ = invoke(
        "check", "sources", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert code == 1
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == 2
    assert any(line.startswith("::error file=sources/first.txt,line=5,") for line in errors)
    assert any(line.startswith("::error file=sources/second.txt,line=5,") for line in errors)
    assert all("title=reconcile%3A new conflict" in line for line in errors)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## ❌ reconcile check")
    assert "about 90,000 troops" in text

    invoke("check", "sources", "--update-baseline")
    code, out, _ = invoke(
        "check", "sources", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert code == 0 and "::error" not in out
    assert "## ✅ reconcile check" in summary.read_text(encoding="utf-8")


def test_changed_value_annotates_only_the_changed_claim(workdir: Path) -> None:
    invoke("check", "sources", "--update-baseline")
    (workdir / "sources" / "second.txt").write_text(
        SECOND.replace("about 90,000", "about 80,000"), encoding="utf-8"
    )
    code, out, _ = invoke("check", "sources", "--format", "github")
    assert code == 1
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1 and "file=sources/second.txt" in errors[0]
    assert "accepted conflict changed" in errors[0]


def test_check_api_decides_from_the_data(workdir: Path) -> None:
    report = run(["sources"])
    result = check(report, Baseline(Path("none.toml")))
    assert not result.passed
    (finding,) = result.failing
    assert finding.status == "new" and finding.unaccepted == finding.readings
    over, about = sorted(finding.readings, key=lambda r: r.quote, reverse=True)
    assert over.means == "(100,000, ∞)" and over.value.startswith("over 100,000 (")
    assert about.value.startswith("about 90,000 (") and about.means.startswith("[")


def test_quiet_check_prints_nothing_but_keeps_the_exit_code(workdir: Path) -> None:
    code, out, err = invoke("check", "sources", "--quiet")
    assert (code, out, err) == (1, "", "")


@given(st.text())
def test_toml_strings_read_back_exactly(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}\n")["value"] == text


def test_annotation_properties_are_escaped(workdir: Path) -> None:
    (workdir / "sources" / "second.txt").rename(workdir / "sources" / "odd, name: 100%.txt")
    code, out, _ = invoke("check", "sources", "--format", "github")
    assert code == 1
    assert "::error file=sources/odd%2C name%3A 100%25.txt,line=5," in out
    assert all(line.count("::") == 2 for line in out.splitlines() if line.startswith("::error"))


@given(st.text(alphabet="a./\\", max_size=12))
def test_paths_are_compared_as_pure_posix_paths_write_them(path: str) -> None:
    from pathlib import PurePosixPath

    from reconcile.check import _normal_path

    assert _normal_path(path) == str(PurePosixPath(path.replace("\\", "/")))
