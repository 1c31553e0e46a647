"""`reconcile claims` and `reconcile facts` as CSV, JSON Lines and parquet: the columns are a
contract (README), so the tests spell them out."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.cli import app

runner = CliRunner()

WIRE = (
    "Published January 6, 2022\n\n"
    "Russia has deployed over 100,000 troops at the Ukrainian border.\n"
)
DAILY = (
    "Published January 8, 2022\n\n"
    "Russia has positioned about 90,000 troops at the Ukrainian border.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "src" / "daily.txt").write_text(DAILY, encoding="utf-8")
    return tmp_path / "src"


def test_claims_as_csv_have_the_documented_columns(folder: Path) -> None:
    result = runner.invoke(app, ["claims", str(folder / "wire.txt"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        *("source", "source_id", "id", "kind", "quote", "start", "end", "line", "value"),
        *("value_high", "qualifier", "low", "high", "low_closed", "high_closed", "unit"),
        *("stated_unit", "dimension", "counted_noun", "noun_class", "change", "entity", "date"),
        *("subject", "location", "time", "attribution"),
    ]
    (row,) = rows
    assert (row["quote"], row["start"], row["end"], row["line"]) == (
        "over 100,000 troops",
        "47",
        "66",
        "3",
    )
    assert (row["value"], row["qualifier"], row["low"], row["high"]) == (
        "100000.0",
        "over",
        "100000.0",
        "",
    )
    assert (row["low_closed"], row["high_closed"], row["counted_noun"]) == (
        "false",
        "false",
        "troops",
    )
    assert WIRE[47:66] == "over 100,000 troops"


def test_facts_as_jsonl_give_one_row_per_claim_of_each_fact(folder: Path) -> None:
    result = runner.invoke(app, ["facts", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    conflict = [r for r in rows if r["verdict"] == "conflict"]
    assert [
        (r["source"].rsplit("/", 1)[-1], r["published"], r["value"], r["qualifier"])
        for r in conflict
    ] == [
        ("daily.txt", "2022-01-08", 90000.0, "about"),
        ("wire.txt", "2022-01-06", 100000.0, "over"),
    ]
    assert len({r["fact_id"] for r in conflict}) == 1
    assert conflict[0]["relative_gap"] == 0.055  # (100,000 − 94,500) / 100,000
    assert list(rows[0]) == [
        *("fact_id", "label", "kind", "verdict", "relative_gap", "match_score", "claim_id"),
        *("source", "published", "outlet", "quote", "line", "value", "value_high", "qualifier"),
        *("low", "high", "unit", "entity"),
    ]


def test_facts_as_parquet_have_typed_columns(folder: Path, tmp_path: Path) -> None:
    import polars as pl

    out = tmp_path / "facts.parquet"
    result = runner.invoke(app, ["facts", str(folder), "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pl.read_parquet(out)
    assert frame.schema["value"] == pl.Float64
    assert frame.schema["line"] == pl.Int64
    assert sorted(frame.filter(pl.col("verdict") == "conflict")["value"].to_list()) == [
        90000.0,
        100000.0,
    ]


def test_claims_as_parquet_read_back(folder: Path, tmp_path: Path) -> None:
    import polars as pl

    out = tmp_path / "claims.parquet"
    result = runner.invoke(app, ["claims", str(folder), "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pl.read_parquet(out)
    assert sorted(frame["quote"].to_list()) == ["about 90,000 troops", "over 100,000 troops"]
    assert frame.schema["high_closed"] == pl.Boolean


def test_parquet_to_the_terminal_is_refused(folder: Path) -> None:
    result = runner.invoke(app, ["facts", str(folder), "--format", "parquet"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --format parquet: parquet is binary: give --out FILE"


def test_claims_out_writes_the_file_and_nothing_to_standard_output(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["claims", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["quote"] for r in rows if r["kind"] == "count") == [
        "about 90,000 troops",
        "over 100,000 troops",
    ]


def test_claims_out_onto_a_source_is_refused_and_the_source_kept(folder: Path) -> None:
    source = sorted(folder.iterdir())[0]
    before = source.read_bytes()
    result = runner.invoke(app, ["claims", str(folder), "--out", str(source)])
    assert result.exit_code == 2
    assert "is a source being read" in result.stderr
    assert source.read_bytes() == before
