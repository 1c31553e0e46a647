"""A part of a total its sentence states ("over 300 are killed ..., including at least 120
villagers") and a number of another source that agrees with the part and with no number
stated before it ("the villagers killed rise to 134") are the part told alone: no portion
veto between them. A number that agrees with the total ("rises to 310") is that total told
again: the part and it stay apart."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.models import PairDecision
from reconcile.reasons import DifferentPortion

PART = "Over 300 people were killed in Varno within 72 hours, including at least 120 villagers."


def _decided(tmp_path: Path, other: str, quote: str) -> PairDecision:
    for name, body in (("a", PART), ("b", other)):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Massacres in Varno\npublished: 2026-03-02\n---\n{body}\n",
            encoding="utf-8",
        )
    report = run([tmp_path])
    part = next(c for c in report.claims if c.quote.startswith("at least 120"))
    told = next(c for c in report.claims if c.quote == quote)
    decision = Anatomy(report).decide(part.id, told.id)
    assert decision is not None
    return decision


def test_a_part_told_alone_by_another_source_is_no_other_portion(tmp_path: Path) -> None:
    other = "The number of people killed in the massacres in Varno rises to 134."
    decision = _decided(tmp_path, other, "134")
    assert not isinstance(decision.veto, DifferentPortion)
    assert decision.score > 0


def test_a_number_agreeing_with_the_stated_total_is_not_the_part(tmp_path: Path) -> None:
    other = "The number of people killed in the massacres in Varno rises to 310."
    decision = _decided(tmp_path, other, "310")
    assert isinstance(decision.veto, DifferentPortion)
