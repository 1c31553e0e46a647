"""One source stating two close figures of one measure, one of them said to be updated
("104 people died", then "the toll rose to 145 people"), may be giving one figure it
updates: their pair is a soft veto (`OneSourceTwoFigures`), so the pairs with other sources
may put both in one fact, whose verdict is a conflict; so is a figure stated again in words
alike (`restated_cutoff`). Figures neither said to be updated nor in words alike, or
further apart than `value_free_ratio`, stay two facts (a hard `OneSourceTwoNumbers`), as
the figures of two things do."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Fact, Report
from reconcile.reasons import KeptApart, OneSourceTwoFigures, OneSourceTwoNumbers, Outweighed
from reconcile.render.words import reason_text

LEDE = "Floods hit Songkhla in southern Thailand this week."
EARLY = "Officials said 104 people died in the floods in Songkhla."


def _write(folder: Path, name: str, day: int, body: str) -> None:
    text = f"---\ntitle: Floods in Songkhla\npublished: 2025-11-{day}\n---\n{LEDE}\n\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _facts(report: Report) -> list[tuple[list[tuple[str, str]], Fact]]:
    names = {s.id: s.name for s in report.sources}
    return [
        (
            sorted((names[report.claim(i).source_id], report.claim(i).quote) for i in f.claim_ids),
            f,
        )
        for f in report.facts
        if f.kind == "count"
    ]


def _three(tmp_path: Path, later: str) -> Report:
    _write(tmp_path, "a", 27, f"{EARLY} Rescuers found more bodies, and the toll rose to {later}.")
    _write(tmp_path, "b", 28, f"Officials said {later} died in the floods in Songkhla.")
    _write(tmp_path, "c", 26, EARLY)
    return run([tmp_path])


def test_a_figure_its_source_updates_shares_the_fact(tmp_path: Path) -> None:
    facts = _facts(_three(tmp_path, "145 people"))
    assert len(facts) == 1
    quotes, fact = facts[0]
    assert quotes == [
        ("a.md", "104 people"),
        ("a.md", "145 people"),
        ("b.md", "145 people"),
        ("c.md", "104 people"),
    ]
    assert fact.verdict == "conflict"
    assert fact.relative_gap == 0.282759
    weighed = [r for r in fact.match.reasons if isinstance(r, Outweighed)]
    assert weighed == [Outweighed(OneSourceTwoFigures(48.648648648648646))]
    assert reason_text(OneSourceTwoFigures(47.8)) == (
        "one source, two figures of one measure, similarity 48"
    )


def test_figures_far_apart_of_one_source_stay_two_facts(tmp_path: Path) -> None:
    report = _three(tmp_path, "1,450 people")  # 14 times 104: more than value_free_ratio
    by_quotes = dict((tuple(q), f) for q, f in _facts(report))
    assert sorted(by_quotes) == [
        (("a.md", "1,450 people"),),
        (("a.md", "104 people"), ("b.md", "1,450 people"), ("c.md", "104 people")),
    ]
    apart = by_quotes[(("a.md", "1,450 people"),)]
    assert apart.verdict == "single"
    assert apart.match.reasons[1:] == (KeptApart(OneSourceTwoNumbers(48.648648648648646)),)


def test_close_figures_not_said_to_be_updated_stay_two_facts(tmp_path: Path) -> None:
    _write(tmp_path, "a", 27, f"{EARLY} Rescuers found more bodies: 145 people have died.")
    _write(tmp_path, "b", 28, "Officials said 145 people died in the floods in Songkhla.")
    _write(tmp_path, "c", 26, EARLY)
    by_quotes = dict((tuple(q), f) for q, f in _facts(run([tmp_path])))
    assert sorted(by_quotes) == [
        (("a.md", "104 people"), ("b.md", "145 people"), ("c.md", "104 people")),
        (("a.md", "145 people"),),
    ]
    apart = by_quotes[(("a.md", "145 people"),)]
    assert apart.match.reasons[1:] == (KeptApart(OneSourceTwoNumbers(47.82608695652174)),)


def test_close_figures_stated_again_in_words_alike_share_the_fact(tmp_path: Path) -> None:
    # no word says the toll was updated, but a states it again as it did the first time
    _write(
        tmp_path,
        "a",
        27,
        f"{EARLY} By the evening, officials said 145 people had died in floods across the south.",
    )
    _write(tmp_path, "b", 28, "Officials said 145 people died in the floods in Songkhla.")
    _write(tmp_path, "c", 26, EARLY)
    facts = _facts(run([tmp_path]))
    assert len(facts) == 1
    quotes, fact = facts[0]
    assert quotes == [
        ("a.md", "104 people"),
        ("a.md", "145 people"),
        ("b.md", "145 people"),
        ("c.md", "104 people"),
    ]
    assert fact.verdict == "conflict"
    weighed = [r for r in fact.match.reasons if isinstance(r, Outweighed)]
    assert [type(r.veto) for r in weighed] == [OneSourceTwoFigures]
