"""Regenerate the golden reports under tests/cases/, the committed reports/ of the seeds and
the README's sample of them (run from anywhere: `make goldens`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reconcile.cli import main as cli
from tests.goldens import ROOT, cases, render_case, with_sample


def main() -> None:
    os.chdir(ROOT)
    for case in cases():
        for name, text in render_case(case).items():
            target = case.folder / "expected" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    sys.argv = ["reconcile", "report", "-q"]
    try:
        cli()
    except SystemExit as done:
        if done.code:
            raise
    readme = ROOT / "README.md"
    report_md = (ROOT / "reports" / "report.md").read_text(encoding="utf-8")
    readme.write_text(with_sample(readme.read_text(encoding="utf-8"), report_md), "utf-8")
    print("wrote reports/report.md, reports/report.json and the README sample")


if __name__ == "__main__":
    main()
