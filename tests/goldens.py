"""Golden end-to-end cases: `tests/cases/<name>/` holds `case.toml` (source paths relative to
the repository root, optional `rules` folder relative to the case) and `expected/` with the
report as `report.md` and `report.json`. Regenerate with `make goldens` and review the diff.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from reconcile import run
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
HEADER = "<!-- Golden file: regenerate with `make goldens`, then review the diff. -->\n"


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    sources: tuple[str, ...]
    rules: Path | None


def cases() -> list[Case]:
    found = []
    for folder in sorted(p for p in CASES.iterdir() if (p / "case.toml").is_file()):
        data = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
        rules = folder / data["rules"] if "rules" in data else None
        found.append(Case(folder.name, folder, tuple(data["sources"]), rules))
    return found


def render_case(case: Case, sources: list[str] | None = None) -> dict[str, str]:
    """The case's reports as text, rendered as `reconcile report` writes them in reports/."""
    report = run(sources or list(case.sources), case.rules)
    return {"report.md": HEADER + render_markdown(report, ".."), "report.json": render_json(report)}


SAMPLE_START = "<!-- sample:start -->"
SAMPLE_END = "<!-- sample:end -->"


def readme_sample(report_md: str) -> str:
    """The README's excerpt of the seeds report: the summary table and the first conflict."""
    lines = report_md.splitlines()
    table = lines.index(next(line for line in lines if line.startswith("| sources |")))
    conflict = lines.index(next(line for line in lines if line.startswith("### ")))
    end = next(i for i in range(conflict, len(lines)) if lines[i].startswith("Matched:"))
    excerpt = [*lines[table : table + 3], "", "…", "", *lines[conflict : end + 1]]
    return "\n".join([SAMPLE_START, "````markdown", *excerpt, "````", SAMPLE_END])


def with_sample(readme: str, report_md: str) -> str:
    """The README with its sample replaced by the current excerpt of the report."""
    start, end = readme.index(SAMPLE_START), readme.index(SAMPLE_END) + len(SAMPLE_END)
    return readme[:start] + readme_sample(report_md) + readme[end:]
