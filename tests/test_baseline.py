"""The CI gate cannot be fooled: a baseline holds what each source stated, in its words;
updating on a subset keeps what it did not read; two updates at once lose nothing."""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.baseline import locked
from reconcile.check import BaselineError
from reconcile.cli import app

runner = CliRunner()

MILES = "Road closed\n\nThe 25-mile stretch of the coastal road was closed, police said.\n"
KM = "Road shut\n\nThe 60 km stretch of the coastal road was closed, officials said.\n"
OVER = (
    "Troops massed\n\nRussia has deployed over 100,000 troops at the border, US officials said.\n"
)
ABOUT = (
    "Troops at border\n\nRussia has positioned about 90,000 troops at the border, officials said.\n"
)


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    for folder, files in (
        ("roads", {"a.txt": MILES, "b.txt": KM}),
        ("troops", {"c.txt": OVER, "d.txt": ABOUT}),
    ):
        (tmp_path / folder).mkdir()
        for name, text in files.items():
            (tmp_path / folder / name).write_text(text, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def _check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout


def test_baseline_records_the_unit_as_written_and_a_fingerprint(workdir: Path) -> None:
    assert _check("roads", "--update-baseline")[0] == 0
    data = tomllib.loads((workdir / "reports" / "baseline.toml").read_text(encoding="utf-8"))
    (entry,) = data["conflict"]
    claims = {c["quote"]: c for c in entry["claim"]}
    assert claims["25-mile"]["value"] == "exact 25 (mile)"
    assert claims["60 km"]["value"] == "exact 60 (kilometer)"
    assert len(claims["25-mile"]["fingerprint"]) == 16


def test_a_changed_unit_with_the_same_number_fails(workdir: Path) -> None:
    _check("roads", "--update-baseline")
    (workdir / "roads" / "a.txt").write_text(MILES.replace("25-mile", "25 km"))
    code, out = _check("roads")
    assert code == 1, out
    assert "“25 km”" in out


def test_changed_words_around_the_same_number_fail(workdir: Path) -> None:
    _check("troops", "--update-baseline")
    (workdir / "troops" / "c.txt").write_text(OVER.replace("US officials", "rebel sources"))
    code, out = _check("troops")
    assert code == 1, out
    assert out.startswith("FAIL: 1 of 1 conflict not accepted")


def test_update_on_a_subset_keeps_the_other_entries_and_says_so(workdir: Path) -> None:
    code, out = _check("roads", "troops", "--update-baseline")
    assert code == 0 and "2 added" in out
    path = workdir / "reports" / "baseline.toml"
    path.write_text(path.read_text().replace('reason = ""', 'reason = "checked by the desk"'))
    code, out = _check("roads", "--update-baseline")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == (
        "wrote reports/baseline.toml: 2 accepted conflicts"
        " (0 added, 0 changed, 1 unchanged, 1 kept, 0 dropped)"
    )
    assert lines[1].startswith("  kept, their sources were not read in this run: F")
    entries = tomllib.loads(path.read_text())["conflict"]
    assert [e["reason"] for e in entries] == ["checked by the desk"] * 2
    assert _check("roads", "troops")[0] == 0


def test_update_drops_what_is_no_longer_a_conflict_and_names_it(workdir: Path) -> None:
    _check("roads", "--update-baseline")
    (workdir / "roads" / "b.txt").write_text(KM.replace("60 km", "25-mile"))
    code, out = _check("roads", "--update-baseline")
    assert code == 0
    assert "0 accepted conflicts (0 added, 0 changed, 0 unchanged, 0 kept, 1 dropped)" in out
    assert "  dropped, no longer conflicts: F" in out


def test_an_entry_from_an_older_baseline_without_fingerprint_must_be_accepted_again(
    workdir: Path,
) -> None:
    _check("roads", "--update-baseline")
    path = workdir / "reports" / "baseline.toml"
    text = "\n".join(
        line for line in path.read_text().splitlines() if not line.startswith("fingerprint")
    )
    path.write_text(text + "\n")
    assert _check("roads")[0] == 1


def test_updates_wait_for_each_other(workdir: Path) -> None:
    baseline = workdir / "reports" / "baseline.toml"
    released, holding = threading.Event(), threading.Event()
    order: list[str] = []

    def hold() -> None:
        with locked(baseline):
            order.append("first holds")
            holding.set()
            released.wait(5)
            order.append("first done")

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(5)
    with (
        pytest.raises(BaselineError, match="another update has held this lock for 0 s"),
        locked(baseline, timeout=0.2),
    ):
        pass
    released.set()
    with locked(baseline, timeout=5):
        order.append("second holds")
    holder.join()
    assert order == ["first holds", "first done", "second holds"]
    assert not (workdir / "reports" / "baseline.toml.lock").exists()
