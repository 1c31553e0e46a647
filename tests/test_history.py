"""How a figure moved: a rolling number listed in publication order, the latest named, a
Mermaid chart with the same data as a table, and `facts --latest`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from reconcile.cli import app

runner = CliRunner()

SOURCES = {
    "a.txt": "Published September 9, 2023\n\n"
    "The earthquake killed more than 2,000 people in Morocco, officials said.\n",
    "b.txt": "Published September 10, 2023\n\n"
    "The earthquake killed 2,497 people in Morocco, the interior ministry said.\n",
    "c.txt": "Published September 12, 2023\n\n"
    "The earthquake has killed 2,946 people in Morocco, according to the ministry.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    for name, text in SOURCES.items():
        (tmp_path / "src" / name).write_text(text, encoding="utf-8")
    return tmp_path / "src"


def report_md(folder: Path, tmp_path: Path) -> str:
    out = tmp_path / "report.md"
    result = runner.invoke(
        app, ["report", str(folder), "--out", str(out), "--json", str(tmp_path / "r.json"), "-q"]
    )
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_figures_are_listed_oldest_first_and_the_latest_named(folder: Path, tmp_path: Path) -> None:
    text = report_md(folder, tmp_path)
    assert "How the figure moved: the latest is **2,946 people** (c.txt, 2023-09-12)." in text
    table = text.split("| published | source | figure | value |\n|---|---|---|---:|\n", 1)[1]
    assert table.split("\n\n", 1)[0].splitlines() == [
        "| 2023-09-09 | a.txt | more than **2,000** people | 2,000 |",
        "| 2023-09-10 | b.txt | **2,497** people | 2,497 |",
        "| 2023-09-12 | c.txt | **2,946** people | 2,946 |",
    ]


def test_the_chart_is_a_mermaid_block_with_the_same_data(folder: Path, tmp_path: Path) -> None:
    text = report_md(folder, tmp_path)
    (chart,) = [
        token.content
        for token in MarkdownIt("commonmark").parse(text)
        if token.type == "fence" and token.info == "mermaid"
    ]
    assert chart.splitlines() == [
        "xychart-beta",
        '    title "deaths in Morocco"',
        '    x-axis ["2023-09-09", "2023-09-10", "2023-09-12"]',
        '    y-axis "civilians"',
        "    line [2000, 2497, 2946]",
    ]


def test_no_history_when_the_dates_do_not_differ(folder: Path, tmp_path: Path) -> None:
    for name in ("b.txt", "c.txt"):
        path = folder / name
        path.write_text(path.read_text().replace("September 1", "September 0"), encoding="utf-8")
        path.write_text(
            "Published September 9, 2023" + path.read_text().split("2023", 1)[1],
            encoding="utf-8",
        )
    text = report_md(folder, tmp_path)
    assert "How the figure moved" not in text
    assert "mermaid" not in text


def test_facts_latest_gives_only_the_newest_figure(folder: Path) -> None:
    result = runner.invoke(app, ["facts", str(folder), "--latest", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    counts = [r for r in rows if r["kind"] == "count"]
    assert [(r["quote"], r["published"], r["value"]) for r in counts] == [
        ("2,946 people", "2023-09-12", "2946.0")
    ]
