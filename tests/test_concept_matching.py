"""Matching by concept: numbers that measure one thing in one story are one fact, whatever
words surround them; what tells them apart (place, names, time) still keeps them apart; a
figure updated over time is a conflict that names the later figure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.match import compare_pair
from reconcile.reasons import FarApart, KeptApart, LaterFigure, TallyFell
from reconcile.render.words import note_text
from reconcile.rules import load_rules
from tests.facts import fact_of


def _write(folder: Path, name: str, published: str, body: str) -> None:
    text = f"---\ntitle: {name}\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


QUAKE_A = (
    "A strong earthquake struck eastern Libya on Monday near the city of Derna. The quake"
    " killed at least 1,200 people, Libyan officials said. The quake struck at a depth of"
    " 10 km. Its epicentre was 30 km southwest of Derna."
)
QUAKE_B = (
    "Rescuers in Libya searched the rubble of Derna on Wednesday. The death toll of the"
    " earthquake near Derna rose to 2,300, the Libyan Red Crescent said. The epicentre was"
    " 45 km from Benghazi. It lay at a depth of 12 km."
)


def test_a_rolling_toll_is_one_fact_that_names_the_later_figure(tmp_path: Path) -> None:
    _write(tmp_path, "monday", "2025-09-08", QUAKE_A)
    _write(tmp_path, "wednesday", "2025-09-10", QUAKE_B)
    report = run([tmp_path])
    fact = fact_of(report, "at least 1,200 people")
    quotes = sorted(report.claim(i).quote for i in fact.claim_ids)
    assert quotes == ["2,300", "at least 1,200 people"]
    assert {report.claim(i).concept for i in fact.claim_ids} == {"deaths"}
    # a running toll's floor on Monday is Monday's count: 2,300 two days later is an update
    assert fact.verdict == "conflict"
    later = [n for n in fact.notes if isinstance(n, LaterFigure)]
    assert later == [LaterFigure("2,300", "wednesday.md", "2025-09-10", None)]


def test_a_toll_revised_down_is_a_conflict_with_the_later_figure_named(tmp_path: Path) -> None:
    _write(tmp_path, "monday", "2025-09-08", QUAKE_A)
    _write(tmp_path, "wednesday", "2025-09-10", QUAKE_B.replace("rose to 2,300", "is 950"))
    report = run([tmp_path])
    fact = fact_of(report, "at least 1,200 people")
    assert sorted(report.claim(i).quote for i in fact.claim_ids) == ["950", "at least 1,200 people"]
    assert fact.verdict == "conflict"
    assert fact.label == "deaths"
    # a toll lower two days later is no figure updated: the count fell, both figures named
    assert not [n for n in fact.notes if isinstance(n, LaterFigure)]
    fell = [n for n in fact.notes if isinstance(n, TallyFell)]
    assert fell == [TallyFell(("at least 1,200 people", "2025-09-08"), ("950", "2025-09-10"))]
    assert note_text(fell[0]) == (
        "a running count that fell: “950” (2025-09-10) is below “at least 1,200 people”"
        " (2025-09-08): revised down, or two different counts"
    )


def test_depths_meet_depths_and_distances_from_other_places_stay_apart(tmp_path: Path) -> None:
    _write(tmp_path, "monday", "2025-09-08", QUAKE_A)
    _write(tmp_path, "wednesday", "2025-09-10", QUAKE_B)
    report = run([tmp_path])
    depth = fact_of(report, "10 km")
    assert sorted(report.claim(i).quote for i in depth.claim_ids) == ["10 km", "12 km"]
    assert depth.verdict == "conflict"
    distance = fact_of(report, "30 km")
    assert [report.claim(i).quote for i in distance.claim_ids] == ["30 km"]
    assert distance.label == "distance from Derna (meter)"
    assert fact_of(report, "45 km").label == "distance from Benghazi (meter)"


def _tolls(folder: Path, first: str, second: str) -> tuple[float, float]:
    """The pair scores of the deaths figures of two sources: (far apart, alike)."""
    kinds = Kinds.build(load_rules(None))
    scores = []
    for later in ("1,900", "3"):
        (folder / "a.txt").write_text(first + "\n", encoding="utf-8")
        (folder / "b.txt").write_text(second.format(later) + "\n", encoding="utf-8")
        report = run([folder])
        tolls = [c for c in report.claims if c.concept == "deaths"]
        assert len(tolls) == 2, tolls
        scores.append(compare_pair(tolls[0], tolls[1], kinds).score)
    return scores[0], scores[1]


def test_a_toll_that_rose_far_in_one_named_place_weighs_as_one_figure_updated(
    tmp_path: Path,
) -> None:
    # Both name Kandy, where both figures are: 2 and 1,900 are a toll updated, as alike
    # as 2 and 3.
    far, near = _tolls(
        tmp_path,
        "In Kandy, where floods struck on Monday, the rains killed 2 people.",
        "In Kandy, after three weeks of mud and rubble, rescuers counted {} dead.",
    )
    assert far == near
    assert far > 65.0


def test_a_toll_far_apart_with_no_place_in_common_weighs_less(tmp_path: Path) -> None:
    far, near = _tolls(
        tmp_path,
        "Floods struck on Monday; the rains killed 2 people, officials said.",
        "After three weeks of mud and rubble, rescuers counted {} dead, officials said.",
    )
    assert far < near - 10.0


TRADE_A = (
    "Japan's exports fell 8.4% in March, the finance ministry in Tokyo said on Thursday."
    " Imports fell 5.1% in March."
)
TRADE_B = (
    "Exports from Japan dropped by 8.4% in March, while imports fell 5.1%, figures from the"
    " finance ministry in Tokyo showed."
)


def test_changes_of_two_subjects_in_one_story_are_two_facts(tmp_path: Path) -> None:
    """A change verb gives its number the concept of the clause's subject: exports and
    imports that fell in one month are two facts, each stated by both sources."""
    _write(tmp_path, "wire", "2025-04-17", TRADE_A)
    _write(tmp_path, "daily", "2025-04-17", TRADE_B)
    report = run([tmp_path])
    exports = fact_of(report, "dropped by 8.4%")
    imports = fact_of(report, "fell 5.1%")
    assert sorted(report.claim(i).quote for i in exports.claim_ids) == [
        "dropped by 8.4%",
        "fell 8.4%",
    ]
    assert {report.claim(i).concept for i in exports.claim_ids} == {"exports"}
    assert sorted(report.claim(i).quote for i in imports.claim_ids) == ["fell 5.1%", "fell 5.1%"]
    assert {report.claim(i).concept for i in imports.claim_ids} == {"imports"}


def _several_figures(folder: Path, first: str, second: str) -> tuple[float, float]:
    """The score of two figures of one concept whose sentences name different things, as
    when each source states one figure of it, and as when each states several."""
    kinds = Kinds.build(load_rules(None))
    _write(folder, "a", "2025-11-27", first)
    _write(folder, "b", "2025-11-28", second)
    report = run([folder])
    a, b = (c for c in report.claims if c.kind == "count")
    own = kinds.default
    fa, fb = own.context.features(a), own.context.features(b)
    scores = [
        own.of(a).decide(a, b, replace(fa, figures=n), replace(fb, figures=n)).score for n in (1, 2)
    ]
    return scores[0], scores[1]


def test_several_figures_of_a_running_tally_are_not_told_apart_by_names(tmp_path: Path) -> None:
    # several death tolls in one source are mostly the toll updated: no figures_penalty
    one, several = _several_figures(
        tmp_path,
        "The Red Cross counted 30 people killed by the floods on Monday.",
        "Floods in Norland: 31 people were killed, Mayor Alma Reyes told reporters.",
    )
    assert one == several
    assert several >= 65.0  # concept_cutoff


def test_several_figures_of_other_concepts_must_be_told_apart_by_names(tmp_path: Path) -> None:
    # several vote counts in one source are mostly those of several candidates
    one, several = _several_figures(
        tmp_path,
        "The Red Cross counted 30,000 votes in the election on Monday.",
        "Election in Norland: 31,000 votes were counted, Mayor Alma Reyes told reporters.",
    )
    assert one >= 65.0
    assert several == 0.0


def test_of_several_figures_the_same_number_is_the_one_matched(tmp_path: Path) -> None:
    # a source stating several figures of one concept (the dead of each group): the figure
    # another source states alike is its match, by same_number_bonus (10); one figure per
    # source, the same number says nothing more than the concept
    first = "The storm killed 12 soldiers at the northern base on Monday, officials said."
    second = "Officials said {} soldiers died when the storm hit the northern base."
    one, several = _several_figures(tmp_path, first, second.format(12))
    assert several == min(100.0, one + 10.0)
    assert one >= 65.0
    other_one, other_several = _several_figures(tmp_path, first, second.format(11))
    assert other_several == other_one
    # under bare_least_value (10), "six" and "six" tell nothing
    small = first.replace("12", "6")
    one, several = _several_figures(tmp_path, small, second.format(6))
    assert several == one


def test_of_several_figures_named_apart_the_same_number_adds_nothing(tmp_path: Path) -> None:
    # names near the numbers that share nothing: one number may be two groups' figures
    one, several = _several_figures(
        tmp_path,
        "The Red Cross counted 30 people killed by the floods on Monday.",
        "Floods in Norland: 30 people were killed, Mayor Alma Reyes told reporters.",
    )
    assert one == several


def test_of_several_figures_what_each_counts_tells_them_apart(tmp_path: Path) -> None:
    # "8 soldiers" and "9 passengers" killed: two groups counted, not one tally, when a
    # source states several figures of the concept (figures_penalty, 15); else they may be
    # one toll told of two readings of who died
    first = "The attack on the train killed 8 soldiers on Monday, officials said."
    passengers = "Officials said 9 passengers died in the attack on the train."
    one, several = _several_figures(tmp_path, first, passengers)
    assert several == one - 15.0
    troops = "Officials said 9 troops died in the attack on the train."
    one, several = _several_figures(tmp_path, first, troops)
    assert several == one
    # "9 people" may be any group: a noun of vague_heads tells no group from another
    people = "Officials said 9 people died in the attack on the train."
    one, several = _several_figures(tmp_path, first, people)
    assert several == one


@pytest.mark.parametrize(
    ("other", "together"),
    [
        # one state's delegates and the delegates a candidate needs: a part and its whole,
        # far more than max_value_ratio apart, two figures
        ("A candidate needs 1,990 delegates to win the nomination, party officials said.", False),
        # the same figure told again a little apart: one fact, a conflict
        ("Varno awards 44 delegates in its primary on Tuesday, party officials said.", True),
    ],
)
def test_figures_of_a_concept_that_is_no_running_tally_far_apart_are_two(
    tmp_path: Path, other: str, together: bool
) -> None:
    _write(
        tmp_path,
        "a",
        "2026-03-02",
        "Varno awards 41 delegates in its primary on Tuesday, party officials said.",
    )
    _write(tmp_path, "b", "2026-03-02", other)
    report = run([tmp_path])
    claims = [c for c in report.claims if c.concept == "delegates"]
    assert len(claims) == 2
    first = fact_of(report, "41 delegates")
    assert (len(first.claim_ids) == 2) is together
    if not together:
        vetoes = [r.veto for r in first.match.reasons if isinstance(r, KeptApart)]
        assert FarApart("41 delegates", "1,990 delegates") in vetoes or (
            FarApart("1,990 delegates", "41 delegates") in vetoes
        )


ELECTION_CALLED = (
    "Voters in Karsk go to the polls on Thursday to elect the 40 members of the House of Assembly."
)
ELECTION_WON = (
    "The Karsk Labour Party of Prime Minister Jane Roe wins all 40 seats in the House of"
    " Assembly, early results show."
)


def test_the_members_an_election_fills_meet_the_seats_of_the_result(tmp_path: Path) -> None:
    # the members a legislature's election fills are its seats ("the House" is no house
    # counted); members of something else ("of the crew") stay apart from the seats
    _write(tmp_path, "a", "2026-03-05", ELECTION_CALLED)
    _write(tmp_path, "b", "2026-03-06", ELECTION_WON)
    _write(tmp_path, "c", "2026-03-06", "A ferry sank off Karsk; 40 members of the crew survived.")
    report = run([tmp_path])
    names = {s.id: Path(s.path).stem for s in report.sources}
    facts = sorted(
        sorted((names[report.claim(i).source_id], report.claim(i).quote) for i in f.claim_ids)
        for f in report.facts
        if f.kind == "count"
    )
    assert facts == [[("a", "40 members"), ("b", "40 seats")], [("c", "40 members")]]
    seats = fact_of(report, "40 seats")
    assert {report.claim(i).concept for i in seats.claim_ids} == {"seats"}


ARRESTS = "At least 340 protesters are arrested by police in Karsk as protests spread."


@pytest.mark.parametrize(
    ("later", "joined"),
    [
        # who is counted, parted from the number by modifiers, then what happened to them:
        # the arrests updated
        ("Over 1,100 Ruritanian anti-government protesters have been detained in Karsk.", True),
        # nothing happened to them but the march: a crowd, not the arrests
        ("Over 1,100 Ruritanian anti-government protesters marched through Karsk.", False),
    ],
)
def test_what_happened_to_those_counted_is_what_the_number_counts(
    tmp_path: Path, later: str, joined: bool
) -> None:
    _write(tmp_path, "a", "2026-03-05", ARRESTS)
    _write(tmp_path, "b", "2026-03-07", later)
    report = run([tmp_path])
    fact = fact_of(report, "Over 1,100")
    quotes = sorted(report.claim(i).quote for i in fact.claim_ids)
    expected = ["At least 340 protesters", "Over 1,100"] if joined else ["Over 1,100"]
    assert quotes == expected
    assert report.claim(fact.claim_ids[-1]).concept == ("arrested" if joined else "crowd")
