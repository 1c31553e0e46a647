"""Work stays bounded: no stage quadratic in the numbers of a line or the claims of a block,
and matching that prunes a large block still finds the obvious match, and says it pruned."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.quantity.find import _Spans
from reconcile.match import match
from reconcile.render.markdown import render_markdown
from reconcile.rules import RuleSet
from reconcile.sources import load_source

OVER = (
    "Troops mass\n\n"
    "Russia has deployed over 100,000 troops at the Ukrainian border, a US official said.\n"
)
ABOUT = (
    "Tensions rise\n\n"
    "Russia has positioned about 90,000 troops at the Ukrainian border, officials said.\n"
)


def test_span_union_answers_overlaps() -> None:
    spans = _Spans([(10, 20), (15, 25), (40, 50)])
    assert (spans.starts, spans.ends) == ([10, 40], [25, 50])
    assert spans.overlaps(24, 30) and spans.overlaps(0, 11) and spans.overlaps(45, 46)
    assert not spans.overlaps(25, 40) and not spans.overlaps(0, 10) and not spans.overlaps(50, 60)
    taken = _Spans()
    taken.add(30, 35)
    taken.add(5, 8)
    assert taken.overlaps(7, 9) and taken.overlaps(34, 40) and not taken.overlaps(8, 30)


def test_a_line_of_many_numbers_gives_one_claim_each(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("Figures: " + "1 " * 3000 + ".\n")
    claims = claims_of([load_source(path, rules)], Kinds.build(rules))
    assert len(claims) == 3000
    assert [c.start for c in claims[:3]] == [9, 11, 13]


def test_5000_copies_of_a_story_are_one_fact_and_the_pruning_is_said(
    tmp_path: Path, rules: RuleSet
) -> None:
    (tmp_path / "over.txt").write_text(OVER)
    (tmp_path / "about.txt").write_text(ABOUT)
    originals = [load_source(tmp_path / name, rules) for name in ("over.txt", "about.txt")]
    claims_of_each = {s.id: claims_of([s], Kinds.build(rules)) for s in originals}
    sources, claims = [], []
    for copy in range(5000):
        original = originals[copy % 2]
        source_id = f"S{copy:08d}"
        sources.append(replace(original, id=source_id, path=f"copy{copy}.txt"))
        claims += [
            replace(c, id=f"C{copy}.{k}", source_id=source_id)
            for k, c in enumerate(claims_of_each[original.id])
        ]
    assert len(claims) == 5000
    notes: list[str] = []
    clusters = match(claims, Kinds.build(rules), sources, notes)
    assert [len(c.claim_ids) for c in clusters] == [5000]
    assert notes == [
        "block 'count|count|level' has 5000 claims, more than max_block (60):"
        " compared only claims sharing a rare word and the 3 nearest by their words and value,"
        " not every pair"
    ]


def test_pruning_is_a_note_in_the_report(tmp_path: Path) -> None:
    for copy in range(70):
        (tmp_path / f"c{copy:02d}.txt").write_text((OVER, ABOUT)[copy % 2] + f"\nCopy {copy}.\n")
    report = run(tmp_path)
    (conflict,) = report.facts_with("conflict")
    assert len(conflict.claim_ids) == 70
    assert [n.path for n in report.notes] == ["matching"]
    assert "> **Note:** matching: block 'count\\|count\\|level' has 70" in (render_markdown(report))
