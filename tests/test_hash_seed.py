"""Reports do not depend on Python's string hashing: two hash seeds give the same bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"

_SCRIPT = """
import sys
import reconcile
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown
report = reconcile.run(sys.argv[1:])
sys.stdout.write(render_json(report))
sys.stdout.write(render_markdown(report))
"""


def _report(seed: str, folders: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *folders],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return result.stdout


def test_two_hash_seeds_give_the_same_report(tmp_path: Path) -> None:
    # Places of equal length in one label: their order must not come from a set's order.
    for name, city in (("a", "Paris"), ("b", "Tokyo"), ("c", "Osaka"), ("d", "Milan")):
        (tmp_path / f"{name}.txt").write_text(
            f"Published 3 March 2022.\nThe NATO summit meeting is set for January 12 in {city}."
            " More than 4,000 troops were sent.\n",
            encoding="utf-8",
        )
    folders = sorted(str(p / "sources") for p in CASES.iterdir() if (p / "sources").is_dir())
    folders += ["seeds", str(tmp_path)]
    reports = {_report(seed, folders) for seed in ("1", "2", "3", "4")}
    assert len(reports) == 1
