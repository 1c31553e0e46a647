"""Matching across outlets: a rolling toll in three sources is one fact, names that share
nothing weigh against figures that agree and keep figures that disagree apart, figures far
apart weigh less, and a claim joins a cluster only while it resembles the cluster as a
whole."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.reasons import DifferentNames, LaterFigure
from reconcile.render.words import note_text
from tests.facts import fact_of, quotes_of


def _write(folder: Path, name: str, published: str, body: str) -> None:
    text = f"---\ntitle: Cyclone Ditwah floods Lanka\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def test_a_rolling_toll_in_three_sources_is_one_conflict_naming_the_later_figure(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "a", "2025-11-27", "Floods in Lanka killed 56 people on Thursday.")
    _write(tmp_path, "b", "2025-11-28", "The death toll from floods in Lanka rose to 132.")
    _write(tmp_path, "c", "2025-11-30", "Floods in Lanka have killed 334 people, the agency said.")
    report = run([tmp_path])
    fact = fact_of(report, "56 people")
    assert quotes_of(report, fact) == ["132", "334 people", "56 people"]
    assert fact.verdict == "conflict"
    later = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later == [LaterFigure("334 people", "c.md", "2025-11-30", None)]
    assert note_text(later[0]) == (
        "a figure updated over time: the later one is “334 people” (c.md, 2025-11-30)"
    )


def test_names_that_share_nothing_weigh_against_figures_that_agree(tmp_path: Path) -> None:
    # districts in one sentence, the country in the other, one figure: one toll
    _write(
        tmp_path,
        "a",
        "2025-11-27",
        "Landslides that buried villages around Kandy and Badulla killed 56 people on Thursday.",
    )
    _write(
        tmp_path,
        "b",
        "2025-11-27",
        "Monsoon floods and landslides across Lanka have killed 56 people, the agency said.",
    )
    report = run([tmp_path])
    fact = fact_of(report, "56 people")
    assert quotes_of(report, fact) == ["56 people", "56 people"]
    assert fact.verdict == "agree"
    assert DifferentNames(("badulla", "kandy"), ("lanka",)) in fact.match.reasons


def test_figures_that_disagree_in_sentences_naming_nothing_in_common_are_two_facts(
    tmp_path: Path,
) -> None:
    # Two tolls of one concept whose sentences share no name, each naming nothing of the
    # other's: the tool cannot tell a district's toll from the country's, nor one incident's
    # from another's, and calling them one fact in conflict would be a false alarm.
    _write(
        tmp_path,
        "a",
        "2025-11-27",
        "Landslides that buried villages around Kandy and Badulla killed 56 people on Thursday.",
    )
    _write(
        tmp_path,
        "b",
        "2025-11-28",
        "Monsoon floods and landslides across Lanka have killed 132 people, the agency said.",
    )
    report = run([tmp_path])
    assert fact_of(report, "56 people").verdict == "single"
    assert fact_of(report, "132 people").verdict == "single"
    # a district named in the other's sentence, though far from its number: one toll
    _write(
        tmp_path,
        "b",
        "2025-11-28",
        "Hill districts such as Badulla were hit hardest on Thursday night, and monsoon floods"
        " and landslides across Lanka have since killed 132 people.",
    )
    report = run([tmp_path])
    fact = fact_of(report, "56 people")
    assert quotes_of(report, fact) == ["132 people", "56 people"]
    assert fact.verdict == "conflict"


def test_of_two_figures_in_one_source_the_nearer_joins_another_sources_figure(
    tmp_path: Path,
) -> None:
    # One source states two figures of one concept; another source's figure joins the one
    # near it in value, and the far one stays apart (one source, two numbers: two facts).
    _write(
        tmp_path,
        "a",
        "2025-03-01",
        "The plane maker had 677 orders by March. Airlines placed 35 orders for the jet.",
    )
    _write(tmp_path, "b", "2025-03-08", "The plane maker now has 690 orders for its new jet.")
    report = run([tmp_path])
    fact = fact_of(report, "690 orders")
    assert quotes_of(report, fact) == ["677 orders", "690 orders"]
    assert fact_of(report, "35 orders").verdict == "single"


def test_names_near_one_toll_do_not_weigh_against_it_when_its_sentence_names_the_other_place(
    tmp_path: Path,
) -> None:
    # districts near one number, the country earlier in its sentence; the country near the
    # other number: the names near them share nothing, yet both sentences tell of Lanka
    _write(
        tmp_path,
        "a",
        "2025-11-27",
        "After the cyclone crossed Lanka on Wednesday, landslides around Kandy and Badulla"
        " killed 56 people on Thursday.",
    )
    _write(
        tmp_path,
        "b",
        "2025-11-28",
        "Monsoon floods and landslides in Lanka have killed 132 people, the agency said.",
    )
    report = run([tmp_path])
    fact = fact_of(report, "56 people")
    assert quotes_of(report, fact) == ["132 people", "56 people"]
    assert fact.verdict == "conflict"
    assert not [r for r in fact.match.reasons if isinstance(r, DifferentNames)]
    assert fact.match.score > 90
