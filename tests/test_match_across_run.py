"""Names, places and partners read across the run.

- Names: two numbers of one concept that disagree, near names that differ, are two facts
  unless the run tells one story naming both: each source writes the other's name too
  (one outlet names the bidder near its figure, the other the bidder's target), and
  neither states several figures of the concept. Two parties each with its own figure in
  both sources stay apart.
- Places are not read so: two places each source names (in a title both share) are still
  two places (`test_match_places_within`); two cities each with its own toll in both
  sources stay apart.
- Partners: a claim that may join either of two numbers of one sentence of another source
  joins the one the evidence prefers (the same number, the same counted noun, the same
  concept, the nearer number), not the one whose words scored a point higher.
"""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.kinds import Kinds
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.match import _preferred_partners
from reconcile.models import Report
from reconcile.pairs import HARD
from reconcile.reasons import DifferentNames, DifferentPlace
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _write(folder: Path, name: str, title: str, day: str, text: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: {title}\npublished: 2026-03-{day}\n---\n{text}\n", encoding="utf-8"
    )


def _decision(report: Report, left: str, right: str) -> Any:
    """The decision on the pair of `left` in the first source and `right` in the second."""
    first, second = (s.id for s in sorted(report.sources, key=lambda s: s.path))
    ids = [
        next(c.id for c in report.claims if c.quote == quote and c.source_id == source)
        for quote, source in ((left, first), (right, second))
    ]
    return Anatomy(report).pair(*ids).decision


def test_names_each_source_writes_are_one_story_told_from_two_ends(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "Acme bids for Beta",
        "02",
        "Acme Holdings made an offer of $40 million for the rival brewer on Monday, its board"
        " said.\n\nThe offer was sent to Beta Brewing in Varno after months of talks.",
    )
    _write(
        tmp_path,
        "b",
        "Beta turns down Acme",
        "03",
        "Beta Brewing rejected an offer of $48 million on Tuesday, its chairman said.\n\n"
        "The bid from Acme Holdings was the third this year.",
    )
    report = run([tmp_path])
    decision = _decision(report, "$40 million", "$48 million")
    assert decision.veto is None, decision
    fact = fact_of(report, "$40 million")
    assert quotes_of(report, fact) == ["$40 million", "$48 million"]
    assert fact.verdict == "conflict"


def test_a_name_the_other_source_never_writes_still_parts_them(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "Acme bids for Beta",
        "02",
        "Acme Holdings made an offer of $40 million for the rival brewer on Monday, its board"
        " said.\n\nThe offer was sent to Beta Brewing in Varno after months of talks.",
    )
    _write(
        tmp_path,
        "b",
        "Beta turns down an offer",
        "03",
        "Beta Brewing rejected an offer of $48 million on Tuesday, its chairman said.",
    )
    report = run([tmp_path])
    decision = _decision(report, "$40 million", "$48 million")
    assert isinstance(decision.veto, DifferentNames), decision


def test_two_parties_each_with_its_figure_in_both_sources_stay_apart(tmp_path: Path) -> None:
    title = "Spring vote in Varno"
    _write(
        tmp_path,
        "a",
        title,
        "02",
        "In the spring vote, Labour won 10 seats on Sunday.\n\n"
        "In the spring vote, the Greens won 12 seats on Sunday.",
    )
    _write(
        tmp_path,
        "b",
        title,
        "03",
        "After the count, Labour took 10 seats in all.\n\n"
        "After the count, the Greens took 12 seats in all.",
    )
    report = run([tmp_path])
    assert isinstance(_decision(report, "10 seats", "12 seats").veto, DifferentNames)
    assert isinstance(_decision(report, "12 seats", "10 seats").veto, DifferentNames)
    for quote in ("10 seats", "12 seats"):
        assert quotes_of(report, fact_of(report, quote)) == [quote, quote]


def test_two_cities_each_with_its_toll_in_both_sources_stay_apart(tmp_path: Path) -> None:
    title = "Floods in Karsk"
    _write(
        tmp_path,
        "a",
        title,
        "02",
        "The floods killed 40 people in Karsk on Monday, officials said.\n\n"
        "The floods killed 52 people in Lorn on Monday, officials said.",
    )
    _write(
        tmp_path,
        "b",
        title,
        "03",
        "In Karsk, the floods killed 40 people on Monday, the governor said.\n\n"
        "In Lorn, the floods killed 52 people on Monday, the governor said.",
    )
    report = run([tmp_path])
    assert isinstance(_decision(report, "40 people", "52 people").veto, DifferentPlace)
    assert isinstance(_decision(report, "52 people", "40 people").veto, DifferentPlace)
    for quote in ("40 people", "52 people"):
        assert quotes_of(report, fact_of(report, quote)) == [quote, quote]


SIEGE = "Officials confirmed the deaths of all 33 KLF militants, as well as 29 passengers, and 8"


def test_a_claim_joins_the_number_of_a_sentence_its_noun_prefers(tmp_path: Path) -> None:
    _write(tmp_path, "a", "Train siege in Varno", "02", SIEGE + " soldiers.")
    _write(
        tmp_path,
        "b",
        "Train siege in Varno",
        "03",
        "The KLF claims it killed more than 30 soldiers during the siege.",
    )
    report = run([tmp_path])
    # the bare "33" (its noun unread: "KLF militants") scores higher on its words...
    bare = _decision(report, "33", "more than 30 soldiers")
    soldiers = _decision(report, "8 soldiers", "more than 30 soldiers")
    assert bare.veto is None and soldiers.veto is None
    assert bare.score > soldiers.score
    # ...yet the soldiers counted on both sides are the partner
    assert quotes_of(report, fact_of(report, "more than 30 soldiers")) == [
        "8 soldiers",
        "more than 30 soldiers",
    ]


def test_the_same_number_is_preferred_over_the_same_noun(tmp_path: Path) -> None:
    _write(tmp_path, "a", "Train siege in Varno", "02", SIEGE + " soldiers.")
    _write(
        tmp_path,
        "b",
        "Train siege in Varno",
        "03",
        "The KLF claims it killed 33 soldiers during the siege.",
    )
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "33 soldiers")) == ["33", "33 soldiers"]


def _claim(source: str, value: float, noun: str | None, concept: str | None) -> Any:
    """What the partner ranking reads of a claim: its source, number, noun and concept (its
    sentence, where an owner would be read, empty: it names none)."""
    return SimpleNamespace(
        id=f"{source}:{value}:{noun}:{concept}",
        sentence="",  # no clause, no subject
        quote="",
        kind="count",
        source_id=source,
        value=value,
        value_high=None,
        noun_class=noun,
        counted_noun=noun,
        concept=concept,
    )


_KIND = next(k for k in Kinds.build(load_rules()).language("en") if isinstance(k, QuantityKind))


def test_partners_rank_by_evidence_and_demote_only_rivals() -> None:
    claim = _claim("b", 30.0, "soldiers", "deaths")
    bare = _claim("a", 33.0, None, "deaths")
    soldiers = _claim("a", 8.0, "soldiers", "deaths")
    # (then one subject in a run of names, none here; then how near numbers told nearly
    # alike are: "33" and "8" are not, to "30"; last, neither stated as an earlier figure)
    assert _KIND.partner_evidence(claim, bare) == (False, False, True, False, -math.inf, True)
    assert _KIND.partner_evidence(claim, soldiers) == (False, True, True, False, -math.inf, True)
    near = _KIND.partner_evidence(claim, _claim("a", 31.0, None, "deaths"))
    assert near[:4] == (False, False, True, False)
    assert near[4] == pytest.approx(-math.log(31.0 / 30.0), abs=1e-6)
    # a vague noun ("people") tells no group from another; a small number said alike
    # (under bare_least_value) tells nothing
    people = _claim("a", 8.0, "people", "deaths")
    assert _KIND.partner_evidence(_claim("b", 8.0, "people", "deaths"), people) == (
        False,
        False,
        True,
        False,
        -math.inf,
        True,
    )
    assert _KIND.partner_evidence(_claim("b", 33.0, None, None), bare)[0]
    members = [claim, bare, soldiers]
    size = len(members)
    pairs = [(0, 1, 92.0, 0), (0, 2, 90.0, 0), (1, 2, 0.0, HARD)]
    keys = [i * size + j for i, j, _, _ in pairs]
    scores = [s for _, _, s, _ in pairs]
    vetoes = bytes(v for *_, v in pairs)
    evidence = _KIND.partner_evidence
    demoted = _preferred_partners(members, keys, scores, vetoes, size, 50.0, 2.0, evidence)
    assert demoted == {0 * size + 1: 88.0}
    # a rival whose words score further above keeps its score
    higher = [93.0, 90.0, 0.0]
    assert _preferred_partners(members, keys, higher, vetoes, size, 50.0, 2.0, evidence) == {}
    # two claims of one source that may be one fact are no rivals: nothing is demoted
    free = bytes(0 for _ in pairs)
    alike = [92.0, 90.0, 60.0]
    assert _preferred_partners(members, keys, alike, free, size, 50.0, 2.0, evidence) == {}
    # no margin, no preference
    assert _preferred_partners(members, keys, scores, vetoes, size, 50.0, 0.0, evidence) == {}
