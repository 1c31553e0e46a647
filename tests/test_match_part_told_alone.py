"""A part of a total its sentence states ("over 300 are killed ..., including at least 120
villagers") and a number of another source that agrees with the part and with no number
stated before it ("the villagers killed rise to 134") are the part told alone: no portion
veto between them. A number that agrees with the total ("rises to 310") is that total told
again: the part and it stay apart.

A running tally told against the whole it is counted in ("four of six miners" found alive)
and the tally told alone by another source ("the survivors rescued rise to four") are one
figure; a party's share of a whole and another party's figure are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.models import PairDecision, Report
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


# A running tally told once against the whole it is counted in ("four of six miners"), then
# alone by another source: one figure. A part of a figure that is no tally (one party's
# delegates of a state's), or a tally that differs from the part, stays apart.
TRAPPED = (
    "Rescuers locate four of six miners alive after they were trapped for five days in a"
    " flooded mine in [Tarn province](https://example.org/tp), Varno, while the search goes"
    " on for the other two."
)
FREED = (
    "Two more miners trapped in a flooded mine in [Tarn province](https://example.org/tp),"
    " Varno, are brought out, bringing the number of survivors rescued to {}, while the"
    " search goes on for two missing men."
)


def _day_pages(folder: Path, first: str, second: str) -> Report:
    """The report of two pages of a day's news, two days apart, each with an item of the
    story after an item of another."""
    for name, day, item in (("a", "27", first), ("b", "29", second)):
        (folder / f"{name}.md").write_text(
            f"---\ntitle: Current events of {day} May 2026\npublished: 2026-05-{day}\n---\n"
            "#### Disasters and accidents\n\n"
            "* A bridge over the Lune gave way after heavy rain, killing 3 people."
            " [(Wire)](https://example.org/w)\n"
            f"* {item} [(Wire)](https://example.org/w)\n",
            encoding="utf-8",
        )
    return run([folder])


@pytest.mark.parametrize(("told", "joined"), [("four", True), ("seven", False)])
def test_a_tally_told_as_a_part_of_its_whole_meets_the_tally_told_alone(
    tmp_path: Path, told: str, joined: bool
) -> None:
    report = _day_pages(tmp_path, TRAPPED, FREED.format(told))
    part = next(c for c in report.claims if c.quote == "four" and c.sentence.startswith("Rescuers"))
    alone = next(c for c in report.claims if c.quote == told and c.sentence.startswith("Two more"))
    assert part.concept == alone.concept == "rescued"
    together = any(part.id in f.claim_ids and alone.id in f.claim_ids for f in report.facts)
    assert together is joined
    decision = Anatomy(report).decide(part.id, alone.id)
    assert decision is not None
    assert isinstance(decision.veto, DifferentPortion) is not joined


def test_one_partys_share_of_a_whole_is_not_another_partys_figure(tmp_path: Path) -> None:
    for name, body in (
        ("a", "Dorn won 12 of Tarn's 24 pledged delegates in the primary."),
        ("b", "Ravel won 12 delegates in the Tarn primary on Tuesday."),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Tarn primary\npublished: 2020-02-12\n---\n{body}\n",
            encoding="utf-8",
        )
    report = run([tmp_path])
    part = next(c for c in report.claims if c.quote == "12")
    other = next(c for c in report.claims if c.quote == "12 delegates")
    assert part.concept == other.concept == "delegates"
    decision = Anatomy(report).decide(part.id, other.id)
    assert decision is not None
    assert isinstance(decision.veto, DifferentPortion)
    assert not any(part.id in f.claim_ids and other.id in f.claim_ids for f in report.facts)
