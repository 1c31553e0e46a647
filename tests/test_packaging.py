"""The built package carries its rules, so an installed `reconcile` works outside this repo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_the_rules_and_runs_outside_the_repository(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info", "build", "__pycache__"),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(tree),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("reconcile-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    rules_files = sorted(p for p in (ROOT / "rules").rglob("*") if p.is_file())
    assert any(p.parent.parent.name == "lang" for p in rules_files)
    for rules_file in rules_files:
        shipped = rules_file.relative_to(ROOT / "rules").as_posix()
        assert f"reconcile/bundled_rules/{shipped}" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "articles")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import reconcile, sys; r = reconcile.run(['articles']);"
            " print(reconcile.__file__); print(len(r.sources), len(r.facts_with('conflict')))",
        ],
        cwd=work,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, counts = result.stdout.splitlines()
    assert module_file.startswith(str(site))
    assert counts == "2 1"  # both seeds read, the troop-count conflict found
