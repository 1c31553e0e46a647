"""End to end: each case under tests/cases/ renders exactly its golden reports."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tests.goldens import Case, cases, render_case


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_case_matches_golden(case: Case, at_root: Path) -> None:
    rendered = render_case(case)
    for name, text in rendered.items():
        expected = (case.folder / "expected" / name).read_text(encoding="utf-8")
        assert text == expected, f"{case.name}/{name} differs: run `make goldens` and review"


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_source_order_changes_no_byte(case: Case, at_root: Path) -> None:
    files = sorted(str(p) for given in case.sources for p in Path(given).rglob("*") if p.is_file())
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    assert render_case(case, list(reversed(files))) == render_case(case, shuffled)
    assert render_case(case, shuffled)["report.json"] == render_case(case)["report.json"]


def test_seeds_report_has_the_troop_conflict_and_the_agreed_office(at_root: Path) -> None:
    (case,) = [c for c in cases() if c.name == "seeds"]
    report = json.loads(render_case(case)["report.json"])
    claims = {c["id"]: c for c in report["claims"]}
    sources = {s["id"]: s for s in report["sources"]}
    conflicts = [f for f in report["facts"] if f["verdict"] == "conflict"]
    troop = [
        f
        for f in conflicts
        if {claims[c]["quote"] for c in f["claim_ids"]}
        >= {"over 100,000 troops", "about 90,000 troops"}
    ]
    assert len(troop) == 1
    fact = troop[0]
    assert len({claims[c]["source_id"] for c in fact["claim_ids"]}) == 2
    assert any("and in Crimea" in note for note in fact["notes"])
    over = next(claims[c] for c in fact["claim_ids"] if claims[c]["qualifier"] == "over")
    about = next(claims[c] for c in fact["claim_ids"] if claims[c]["qualifier"] == "about")
    assert (over["low"], over["high"]) == (100000, None)
    assert (about["low"], about["high"]) == pytest.approx((85500, 94500))
    assert sources[over["source_id"]]["published"] == "2022-01-06"
    assert sources[about["source_id"]]["published"] is None

    office = [f for f in report["facts"] if f["kind"] == "office" and "Lloyd Austin" in f["label"]]
    assert len(office) == 1 and office[0]["verdict"] == "agree"
    quotes = {claims[c]["quote"] for c in office[0]["claim_ids"]}
    assert "Secretary of Defence Lloyd J. Austin III" in quotes
    assert "U.S. Defense Secretary Lloyd Austin" in quotes

    money = [c["id"] for c in report["claims"] if c["kind"] == "money"]
    assert len(money) == 2
    for f in report["facts"]:
        assert not set(money) <= set(f["claim_ids"]), "the two dollar amounts are not one fact"
        if f["verdict"] == "conflict":
            quotes = " ".join(claims[c]["quote"] for c in f["claim_ids"])
            assert "13:08" not in quotes and "2014" not in quotes and "2022" not in quotes
