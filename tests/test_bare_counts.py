"""Counts that say little of what they count: a number that leaves out its noun ("two
more", "another two") takes the concept of the earlier number of its sentence; a count that
names nothing it counts stays unmatched; a concept that is only the noun a count leaves out
does not forbid the same number said alike in one story, and is the noun another count
names ("two other bylaws", "two bylaws"); two measures of one workforce (jobs, employees)
that agree are one fact. Sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.concepts import Frames, concept_of
from reconcile.kinds import Kinds
from reconcile.lexicon import compile_lexicon
from reconcile.match import compare_pair
from reconcile.models import Claim, Source
from reconcile.reasons import DifferentConcepts, NothingCounted, SameConcept
from reconcile.rules import load_rules
from tests.facts import fact_of


@pytest.fixture(scope="module")
def frames() -> Frames:
    return compile_lexicon(load_rules(None), "en").frames


# sentence, quote -> (concept, evidence) or None
ELLIPSIS: list[tuple[str, str, tuple[str, str] | None]] = [
    (
        "Three climbers died on Saturday and another two on Sunday.",
        "two",
        ("deaths", "Three climbers died on Saturday and another two"),
    ),
    (
        "Police arrested 12 fans on Friday and 5 more on Saturday.",
        "5",
        ("arrested", "12 fans on Friday and 5"),
    ),
    # the earlier number read with the word after it: "one guest ... hurt", not "one guest"
    (
        "There was one guest badly hurt, and two more with cuts.",
        "two",
        ("injured", "one guest badly hurt, and two"),
    ),
    # a noun after "more" is what the number counts: no ellipsis; the list's verb counts
    # them, as it counts "5 coaches"
    ("Police arrested 12 fans and 5 more coaches.", "5", ("arrested", "arrested 12 fans and 5")),
    # an earlier number with no concept: the noun it counts
    (
        "The party won ballot access in eight states, and write-in access in 23 others.",
        "23",
        ("state", "eight states, and write-in access in 23"),
    ),
    # never across a sign that ends a clause
    ("Three climbers died on Saturday; two more were found.", "two", None),
]


@pytest.mark.parametrize(("sentence", "quote", "expected"), ELLIPSIS, ids=[c[0] for c in ELLIPSIS])
def test_a_number_that_leaves_out_its_noun_counts_what_the_number_before_it_counts(
    frames: Frames, sentence: str, quote: str, expected: tuple[str, str] | None
) -> None:
    start = sentence.index(quote)
    found = concept_of(frames, sentence, start, start + len(quote), "count")
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.key, sentence[found.evidence[0] : found.evidence[1]]) == expected


def _write(folder: Path, name: str, published: str, title: str, body: str) -> None:
    text = f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


FERRY_A = (
    "A ferry sank off the island of Kora on Tuesday. The sinking of the ferry killed 37"
    " people, the coast guard of Kora said on Tuesday."
)
FERRY_B = (
    "Divers searched the wreck of the ferry off Kora on Wednesday. The coast guard of Kora"
    " said on Tuesday the sinking of the ferry had left 37, and the search went on."
)


def test_a_count_naming_nothing_stays_unmatched_even_on_the_same_number(tmp_path: Path) -> None:
    # joining it on the same number said alike was tried: on real news it added a wrong
    # pair and found none
    _write(tmp_path, "a", "2025-03-04", "Ferry sinks off Kora", FERRY_A)
    _write(tmp_path, "b", "2025-03-05", "Kora ferry disaster", FERRY_B)
    report = run([tmp_path])
    alone = fact_of(report, "37")
    assert [report.claim(i).quote for i in alone.claim_ids] == ["37"]
    assert alone.match.reasons == (NothingCounted(),)
    assert [report.claim(i).quote for i in fact_of(report, "37 people").claim_ids] == ["37 people"]


def _claim(kinds: Kinds, source: str, text: str, quote: str) -> Claim:
    claims = claims_of([Source(id=source, path=f"{source}.txt", text=text)], kinds)
    return next(c for c in claims if c.quote == quote)


@pytest.fixture(scope="module")
def kinds() -> Kinds:
    return Kinds.build(load_rules(None))


def test_a_concept_that_is_only_the_noun_left_out_does_not_forbid_the_same_number(
    kinds: Kinds,
) -> None:
    swept = _claim(
        kinds, "a", "The flood in the town of Tarn on Monday swept away 12 other villagers.", "12"
    )
    assert swept.concept == "villager"  # the noun the claim leaves out, no frame
    killed = _claim(kinds, "b", "The flood in the town of Tarn on Monday killed 12.", "12")
    assert killed.concept == "deaths"
    same = compare_pair(swept, killed, kinds)
    assert same.veto is None and same.score >= 55.0
    other = _claim(kinds, "c", "The flood in the town of Tarn on Monday killed 13.", "13")
    assert compare_pair(swept, other, kinds).veto == DifferentConcepts("villager", "deaths")


def test_a_small_number_is_too_common_to_join_across_concepts(kinds: Kinds) -> None:
    swept = _claim(
        kinds, "a", "The flood in the town of Tarn on Monday swept away 2 other villagers.", "2"
    )
    assert swept.concept == "villager"
    killed = _claim(kinds, "b", "The flood in the town of Tarn on Monday killed 2.", "2")
    assert compare_pair(swept, killed, kinds).veto == DifferentConcepts("villager", "deaths")


def test_two_measures_of_one_workforce_that_agree_are_one_fact(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        "2025-03-04",
        "Zorvik cuts jobs",
        "The carmaker Zorvik said on Tuesday it would cut 4,500 jobs at its plant in Tarnow.",
    )
    _write(
        tmp_path,
        "b",
        "2025-03-04",
        "Zorvik plant in Tarnow",
        "Zorvik will lay off 4,500 workers at its Tarnow plant, the carmaker said on Tuesday.",
    )
    report = run([tmp_path])
    fact = fact_of(report, "4,500 jobs")
    assert sorted(report.claim(i).quote for i in fact.claim_ids) == ["4,500 jobs", "4,500 workers"]
    assert {report.claim(i).concept for i in fact.claim_ids} == {"jobs", "employees"}


def test_the_noun_a_count_leaves_out_is_the_noun_another_count_names(kinds: Kinds) -> None:
    other = _claim(kinds, "a", "Lawmakers in Tarn approved two other bylaws on Tuesday.", "two")
    assert (other.concept, other.counted_noun) == ("bylaw", None)
    named = _claim(kinds, "b", "Lawmakers in Tarn approved two bylaws on Tuesday.", "two bylaws")
    assert (named.concept, named.counted_noun) == (None, "bylaws")
    assert any(isinstance(r, SameConcept) for r in compare_pair(other, named, kinds).reasons)
    assert any(isinstance(r, SameConcept) for r in compare_pair(named, other, kinds).reasons)
    budgets = _claim(
        kinds, "c", "Lawmakers in Tarn approved two budgets on Tuesday.", "two budgets"
    )
    assert compare_pair(other, budgets, kinds).veto == NothingCounted()
