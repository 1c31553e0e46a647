"""The real-news quantity gold: every span reads its text, fields stay in the schema, and each
sentence sits in the split its document was given before tuning."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench.realnews_data import load, real_news_root, split_of
from reconcile.kinds.quantity.units import unit_registry
from reconcile.rules import RuleSet

GOLD = Path(__file__).resolve().parent.parent / "bench" / "realnews"
FILES = sorted(GOLD.glob("quantities-*.jsonl"))
QUALIFIERS = {"exact", "about", "nearly", "over", "at_least", "under", "up_to", "range", "vague"}
NON_PINT_UNITS = {"count", "index_point"}  # a bare count; a stock index point (not a pint unit)

pytestmark = pytest.mark.skipif(
    real_news_root() is None, reason="shared real-news data (../shared/data/real-news) is absent"
)


def lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(raw) for raw in handle if raw.strip()]


def test_gold_files_exist() -> None:
    assert GOLD / "quantities-meantime.jsonl" in FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_spans_read_the_document_text(path: Path) -> None:
    for number, line in enumerate(lines(path), 1):
        document = load(line["file"], line["key"])
        assert line["doc"] == document.id, f"{path.name}:{number}"
        assert 0 <= line["start"] < line["end"] <= len(document.text), f"{path.name}:{number}"
        starts = [m["start"] for m in line["mentions"]]
        assert starts == sorted(starts), f"{path.name}:{number}: mentions out of order"
        for m in line["mentions"]:
            assert line["start"] <= m["start"] < m["end"] <= line["end"], f"{path.name}:{number}"
            assert document.text[m["start"] : m["end"]] == m["text"], f"{path.name}:{number}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_fields_are_in_the_schema(path: Path, rules: RuleSet) -> None:
    registry = unit_registry(rules.unit_definitions)
    for number, line in enumerate(lines(path), 1):
        where = f"{path.name}:{number}"
        keys = {"file", "key", "doc", "split", "start", "end", "mentions"}
        assert set(line) - {"half"} == keys and keys <= set(line), where
        assert line.get("half", "dev-c") in ("dev-c", "dev-d", "dev-e", "dev-f"), where
        for m in line["mentions"]:
            assert set(m) == {
                "start",
                "end",
                "text",
                "value",
                "high",
                "qualifier",
                "unit",
                "change",
                "concept",
            }, where
            assert isinstance(m["value"], float), where
            assert m["qualifier"] in QUALIFIERS, where
            assert (m["high"] is not None) == (m["qualifier"] in {"range", "vague"}), where
            if m["high"] is not None:
                assert m["high"] > m["value"], where
            assert m["change"] in {None, "up", "down"}, where
            assert isinstance(m["concept"], str) and m["concept"].strip(), where
            for part in m["unit"].split("/"):
                if part in NON_PINT_UNITS or re.fullmatch(r"[A-Z]{3}", part):
                    continue
                registry.parse_units(part)  # raises on a unit pint does not know


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_split_is_the_documents_split(path: Path) -> None:
    for number, line in enumerate(lines(path), 1):
        assert line["split"] == split_of(line["doc"]), f"{path.name}:{number}"


def test_meantime_gold_size_and_coverage() -> None:
    gold = lines(GOLD / "quantities-meantime.jsonl")
    mentions = [m for line in gold for m in line["mentions"]]
    assert len(mentions) >= 350
    groups = Counter(line["file"].split("/")[2] for line in gold if line["mentions"])
    assert set(groups) == {"corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock"}
    assert sum(1 for line in gold if not line["mentions"]) >= 50  # sentences with none
    assert {line["split"] for line in gold} == {"dev", "test"}
    sentences = [(line["doc"], line["start"]) for line in gold]
    assert len(sentences) == len(set(sentences)), "a sentence is listed twice"


def test_a_span_off_by_one_is_an_error() -> None:
    from bench.realnews_quantities import GoldError, _check_line

    line = lines(GOLD / "quantities-meantime.jsonl")[0]
    mention = dict(line["mentions"][0])
    assert mention["text"] == "$ 40 billion"
    mention["start"] += 1
    with pytest.raises(GoldError, match="reads"):
        _check_line("x:1", {**line, "mentions": [mention]})


def _new_dev_text(name: str, half: str, cluster_halves: tuple[str, ...]) -> list[dict[str, Any]]:
    """The lines of a check file: all of `half`, on dev documents that no other gold file
    uses and that a cluster shares only if it is a check cluster too (`cluster_halves`)."""
    check = lines(GOLD / name)
    assert {line.get("half") for line in check} == {half}
    assert {line["split"] for line in check} == {"dev"}
    documents = {line["doc"] for line in check}
    others = {line["doc"] for path in FILES if path.name != name for line in lines(path)}
    assert not documents & others
    keys = {line["key"] for line in check}
    for path in sorted((GOLD / "clusters").glob("*.toml")):
        cluster = tomllib.loads(path.read_text(encoding="utf-8"))
        used = {d.get("key", "") for d in cluster["documents"].values()} & keys
        # a story labelled as a cluster may share an article only if it is a check too
        assert not used or cluster.get("half") in cluster_halves, (path.name, sorted(used))
    return check


@dataclass(frozen=True)
class CheckFile:
    """A quantity file labelled as a round's check half, and how much and how varied it must be
    (each file was a check once; dev-c and dev-d have been read while tuning since)."""

    name: str
    half: str
    cluster_halves: tuple[str, ...]  # halves of the clusters that may share its articles
    mentions: int
    documents: int
    empty: int  # sentences without a quantity: dates, names, anchors
    units: int
    count_share: float  # bare counts stay under this share of the mentions
    qualifiers: int
    in_words: int  # numbers written in words
    files: tuple[str, ...] = ()  # the source files it must come from, if any


CHECK_FILES = (
    CheckFile(
        "quantities-wikinews-c.jsonl", "dev-c", ("dev-c", "dev-d"), 150, 25, 50, 15, 0.7, 7, 0
    ),
    CheckFile("quantities-wikinews-d.jsonl", "dev-d", ("dev-d",), 150, 25, 100, 15, 0.5, 9, 60),
    # by the eleventh round only 15 unused dev Wikinews articles were left
    CheckFile(
        "quantities-wikinews-e.jsonl",
        "dev-e",
        ("dev-e",),
        120,
        15,
        80,
        10,
        0.6,
        7,
        50,
        ("wikinews/wikinews_2019.csv", "wikinews/wikinews_2020.csv"),
    ),
)


@pytest.mark.parametrize("spec", CHECK_FILES, ids=lambda spec: spec.half)
def test_check_file_is_new_dev_text(spec: CheckFile) -> None:
    """Each check file: dev documents no other gold file uses (nor a cluster of another half),
    every sentence listed once, enough mentions and varied enough (units, qualifiers, numbers in
    words, sentences without a quantity) to check rules written on the halves before it."""
    check = _new_dev_text(spec.name, spec.half, spec.cluster_halves)
    assert all(split_of(line["doc"]) == "dev" for line in check)
    if spec.files:
        assert {line["file"] for line in check} <= set(spec.files)
    documents = {line["doc"] for line in check}
    sentences = [(line["doc"], line["start"]) for line in check]
    assert len(sentences) == len(set(sentences)), "a sentence is listed twice"
    mentions = [m for line in check for m in line["mentions"]]
    assert len(mentions) >= spec.mentions and len(documents) >= spec.documents
    assert sum(1 for line in check if not line["mentions"]) >= spec.empty
    units = Counter(m["unit"] for m in mentions)
    assert len(units) >= spec.units and units["count"] < len(mentions) * spec.count_share
    assert len({m["qualifier"] for m in mentions}) >= spec.qualifiers
    in_words = [m for m in mentions if not re.search(r"\d", m["text"])]
    assert len(in_words) >= spec.in_words
