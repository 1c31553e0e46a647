"""Regenerate every golden report under tests/cases/ (run from anywhere: `make goldens`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.goldens import ROOT, cases, render_case


def main() -> None:
    os.chdir(ROOT)
    for case in cases():
        for name, text in render_case(case).items():
            target = case.folder / "expected" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
