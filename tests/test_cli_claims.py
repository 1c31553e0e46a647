"""`reconcile claims`: the JSON-lines interface other programs read, and its table view."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from reconcile.cli import app

REQUIRED = {
    "source", "kind", "quote", "start", "end", "line", "qualifier", "low", "high", "unit",
    "counted_noun", "value", "change", "context",
}  # fmt: skip


def claims_of(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["claims", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_claim_has_the_interface_fields_and_its_offsets_find_the_quote(
    tmp_path: Path,
) -> None:
    text = (
        "Flood waters rose on Sunday.\n"
        "Officials said about 12,000 people were evacuated from the valley.\n"
        "The government has set aside $45 million in relief since 2020.\n"
    )
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    records = claims_of(str(tmp_path), "--format", "jsonl")
    by_quote = {r["quote"]: r for r in records}
    assert set(by_quote) >= {"about 12,000 people", "$45 million"}
    for record in records:
        assert set(record) >= REQUIRED
        assert record["source"] == f"{tmp_path}/story.txt"
        start, end = record["start"], record["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == record["quote"]
        assert record["line"] == text.count("\n", 0, start) + 1
    people = by_quote["about 12,000 people"]
    assert (people["value"], people["qualifier"], people["unit"]) == (12000, "about", "count")
    assert (people["low"], people["high"]) == (11400, 12600)
    assert people["counted_noun"] == "people" and people["line"] == 2
    assert people["context"]["attribution"] == "Officials"
    money = by_quote["$45 million"]
    assert (money["value"], money["unit"], money["change"]) == (45_000_000, "USD", None)
    assert money["context"]["time"] == "since 2020"


def test_source_is_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Nearly 300 homes were destroyed.\n", encoding="utf-8")
    (record,) = claims_of(str(path))
    assert record["source"] == str(path)
    assert (record["qualifier"], record["low"], record["high"]) == ("nearly", 285, 300)


def test_table_format_lists_each_claim(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Over 2,000 migrants crossed.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", str(tmp_path), "--format", "table"])
    assert result.exit_code == 0
    header, row = result.stdout.splitlines()
    assert header.split()[:3] == ["source", "kind", "quote"]
    assert "Over 2,000 migrants" in row and "(2,000, ∞)" in row


def test_missing_path_is_exit_2_with_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["claims", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path / 'absent'}: no such file or folder"
    ]


def test_table_shows_each_kind_of_claim_in_its_own_terms(tmp_path: Path) -> None:
    text = (
        "The NATO-Russia Council meeting is set for January 12 in Brussels.\n"
        "US President Joe Biden spoke.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", str(tmp_path), "--format", "table"])
    assert result.exit_code == 0
    rows = result.stdout.splitlines()[1:]
    assert [re.split(r"\s{2,}", row) for row in rows] == [
        # a council by the last word of its name
        ["a.txt", "thing", "NATO-Russia Council", "exact", "NATO-Russia Council", "institution"],
        [
            "a.txt",
            "event",
            "NATO-Russia Council meeting is set for January 12 in Brussels",
            "exact",
            "--01-12, Brussels",
            "NATO-Russia Council meeting",
        ],
        ["a.txt", "date", "January 12", "exact", "--01-12", "date"],
        # the opening sentence's place is the event's
        ["a.txt", "place", "in Brussels", "exact", "Brussels", "event"],
        ["a.txt", "office", "US President Joe Biden", "exact", "Joe Biden", "US President"],
    ]


def test_claims_are_written_in_pieces_of_a_few_claims_with_the_same_text(tmp_path: Path) -> None:
    from reconcile import claims_of, load_rules
    from reconcile.kinds import Kinds
    from reconcile.models import Report
    from reconcile.render.claims import claims_jsonl_chunks, render_claims_jsonl
    from reconcile.sources import read_sources

    text = "About 40 people were hurt. 12 homes burned. Up to 3 bridges fell. 7 roads shut.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    rules = load_rules()
    sources = read_sources([tmp_path], rules).sources
    found = claims_of(sources, Kinds.build(rules))
    pieces = list(claims_jsonl_chunks(sources, iter(found), batch=3))
    assert [piece.count("\n") for piece in pieces] == [3, 1]
    assert "".join(pieces) == render_claims_jsonl(Report(sources=sources, claims=found, facts=()))
    assert [json.loads(line)["quote"] for line in "".join(pieces).splitlines()] == [
        "About 40 people", "12 homes", "Up to 3 bridges", "7 roads",
    ]  # fmt: skip
