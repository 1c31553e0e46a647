"""Two sources' stories are compared by the names they write, but for the words of names
that many unrelated stories name (`story_common_names` of the language's matching rules):
two air crashes in two counties, each investigated by the same national agencies, are two
stories, and their tolls two facts.

Every text is written for this test."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.kinds.quantity.kind import QuantityKind, _story
from reconcile.models import Report
from reconcile.reasons import DifferentStories
from reconcile.rules import load_rules

VELM = (
    "A small plane crashed on Saturday, killing four people. It came down near Velm Regional"
    " Airport in Tarvin County. The National Transportation Safety Board and the Federal"
    " Aviation Administration are investigating."
)
KARSK = (
    "A vintage bomber crashed on Wednesday, killing seven people. It came down at Karsk Field"
    " in Dorrin County. The National Transportation Safety Board and the Federal Aviation"
    " Administration sent investigators."
)


def _report(folder: Path) -> Report:
    sources = folder / "sources"
    sources.mkdir()
    for name, title, day, body in (
        ("a", "Plane crash near Velm", "2019-06-02", VELM),
        ("b", "Vintage bomber crashes at Karsk", "2019-10-03", KARSK),
    ):
        (sources / f"{name}.md").write_text(
            f"---\ntitle: {title}\npublished: {day}\n---\n{body}\n", encoding="utf-8"
        )
    return run([sources])


def _tolls(report: Report) -> tuple[str, str]:
    four = next(c for c in report.claims if c.quote == "four people")
    seven = next(c for c in report.claims if c.quote == "seven people")
    assert four.concept == seven.concept == "deaths"
    return four.id, seven.id


def test_agencies_every_crash_names_tell_no_one_story(tmp_path: Path) -> None:
    report = _report(tmp_path)
    four, seven = _tolls(report)
    assert not any(four in f.claim_ids and seven in f.claim_ids for f in report.facts)
    decision = Anatomy(report).decide(four, seven)
    assert decision is not None
    assert isinstance(decision.veto, DifferentStories)


def test_without_the_common_names_the_agencies_make_one_story(tmp_path: Path) -> None:
    # the same two sources scored with no word left out: the agencies' long names weigh as
    # much as the places, and the two are one story by the names they write
    report = _report(tmp_path)
    four, seven = _tolls(report)
    anatomy = Anatomy(report)
    key = anatomy.block_key(four)
    assert key is not None and key == anatomy.block_key(seven)
    by_id = {c.id: c for c in report.claims}
    fa, fb = anatomy.features(by_id[four], key), anatomy.features(by_id[seven], key)
    cutoff = load_rules(None).matching.story_cutoff
    kind = anatomy.block_kind(key)
    assert isinstance(kind, QuantityKind)
    assert _story(fa, fb, (fa.topic, fb.topic))[1] >= cutoff
    own = (kind._own_names(fa.topic), kind._own_names(fb.topic))
    assert len(own[0].split()) < len(fa.topic.split())
    assert _story(fa, fb, own)[1] < cutoff
