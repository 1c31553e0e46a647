"""A figure no sentence of its own gives a concept, given the concept of another source's
figure whose clause carries its frame (`reconcile.kinds.quantity.run_concepts`), two or
three sources in, claims and facts out.

Each text is written for this file. One outlet writes "Roe won 312 electoral votes",
another "Roe won 312": read alone, the second number counts nothing and meets no count of a
concept; read in the run, the verb next to it is the verb next to the first, and it is a
count of votes. So with a counted noun no rule
maps that two sources quote beside close numbers ("340 kiosks", "some 360 kiosks"), a
concept by itself. Never when the run gives two concepts that fit, across dimensions (a
count is no sum), for another number by a word alone, for a figure quoting its own noun by
its words, by a proper name alone, or from the number's own source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.concepts import RUN_PATTERN
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim, Report
from reconcile.reasons import FarApart

TITLE = "Results of the vote in Karsk"


def _run(tmp_path: Path, *bodies: str, jobs: int = 1) -> Report:
    """The report of sources of one story published the same day, one per body."""
    for name, body in zip("abc", bodies, strict=False):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {TITLE}\npublished: 2026-03-02\n---\n{body}\n", encoding="utf-8"
        )
    return run([tmp_path], jobs=jobs)


def _claim(report: Report, quote: str, source: int | None = None) -> Claim:
    """The one claim quoting `quote` (of the `source`-th body, when given)."""
    found = [c for c in report.claims if c.quote == quote]
    if source is not None:
        name = f"{'abc'[source]}.md"
        found = [c for c in found if Path(_path(report, c)).name == name]
    assert len(found) == 1, (quote, found)
    return found[0]


def _path(report: Report, claim: Claim) -> str:
    return next(s.path for s in report.sources if s.id == claim.source_id)


def _pattern(claim: Claim) -> str:
    detail = claim.detail
    assert isinstance(detail, QuantityClaim)
    return detail.concept.pattern if detail.concept else ""


def _together(report: Report, *quotes: str) -> bool:
    ids = {_claim(report, q).id for q in quotes}
    return any(ids <= set(f.claim_ids) for f in report.facts)


# (the source with a concept, the source of the bare figure, the figure with the concept,
# the bare figure, the concept, the shape that gave it)
SHAPES: list[tuple[str, str, str, str, str, str]] = [
    # the verb next to the number, a name in both clauses
    (
        "Governor Anna Roe won 312 electoral votes in the election, officials said.",
        "In the final count Roe won 312, officials said on Tuesday.",
        "312 electoral votes",
        "312",
        "votes",
        "words",
    ),
    # the verb next to the number, no name in the clause
    (
        "The Unity party secured 312 electoral votes in the election, officials said.",
        "By dawn the party had secured 312, the tally showed.",
        "312 electoral votes",
        "312",
        "votes",
        "words",
    ),
    # a counted noun no rule maps, quoted beside the other number: the figure with it takes
    # the noun as its concept, and the bare one by its verb
    (
        "The ministry said the blaze gutted 340 kiosks in the old bazaar.",
        "In the old bazaar the blaze gutted 340, the mayor told reporters.",
        "340 kiosks",
        "340",
        "kiosk",
        "words",
    ),
]


@pytest.mark.parametrize(("concept", "bare", "quoted", "figure", "key", "shape"), SHAPES)
def test_a_bare_figure_takes_the_concept_of_its_frame_in_another_source(
    tmp_path: Path, concept: str, bare: str, quoted: str, figure: str, key: str, shape: str
) -> None:
    report = _run(tmp_path, concept, bare)
    read = _claim(report, figure)
    assert read.concept == key
    assert _pattern(read).startswith(f"{RUN_PATTERN}{shape} ")
    assert _claim(report, quoted).concept == key
    assert _together(report, quoted, figure)


def test_a_counted_noun_no_rule_maps_both_sources_quote_is_a_concept(tmp_path: Path) -> None:
    """Two sources quoting "kiosks" beside close numbers and one word alike: one concept,
    one fact (the numbers differ: a conflict)."""
    report = _run(
        tmp_path,
        "The blaze destroyed 340 kiosks overnight, the trade office said.",
        "In the bazaar of Karsk the fire destroyed some 360 kiosks, according to vendors.",
    )
    one, other = _claim(report, "340 kiosks"), _claim(report, "some 360 kiosks")
    assert one.concept == other.concept == "kiosk"
    assert _pattern(one) == f"{RUN_PATTERN}noun shared kiosk"
    fact = next(f for f in report.facts if one.id in f.claim_ids)
    assert other.id in fact.claim_ids
    assert fact.verdict == "conflict"
    assert fact.label.startswith("kiosk")


@pytest.mark.parametrize(
    ("bodies", "figure"),
    [
        # the run gives two concepts that fit: votes and seats
        (
            (
                "The Unity party secured 312 electoral votes in the election, officials said.",
                "The Unity party secured 312 seats in the new assembly, officials said.",
                "By dawn the party had secured 312, the tally showed.",
            ),
            "312",
        ),
        # a sum is no count
        (
            (
                "The Unity party secured $312 million in donations, officials said.",
                "By dawn the party had secured 312, the tally showed.",
            ),
            "312",
        ),
        # numbers far apart: no figure of the other's order
        (
            (
                "The Unity party secured 312 electoral votes in the election, officials said.",
                "By dawn the party had secured 31, the tally showed.",
            ),
            "31",
        ),
        # another number in the same frame: a name or a word alone lends only to the same
        # number
        (
            (
                "The Unity party secured 312 electoral votes in the election, officials said.",
                "By dawn the party had secured 300, the tally showed.",
            ),
            "300",
        ),
        # a figure quoting its own noun takes no concept its words alone share
        (
            (
                "A magnitude 6 earthquake struck the coast on Sunday, the agency said.",
                "The earthquake struck 6 islands on Sunday, the agency said.",
            ),
            "6 islands",
        ),
        # a proper name alone: no frame (the subject of one story is in most sentences)
        (
            (
                "Governor Anna Roe won 312 electoral votes in the election, officials said.",
                "Roe: 312, officials said on Tuesday.",
            ),
            "312",
        ),
        # the frame in its own source only
        (
            (
                "The Unity party secured 312 electoral votes in the election. By dawn the "
                "party had secured 300, the tally showed.",
                "The weather in Karsk was mild on Sunday.",
            ),
            "300",
        ),
        # a counted noun no rule maps both quote, no word alike
        (
            (
                "The trade office said the blaze left 340 kiosks in ashes overnight.",
                "Some 360 kiosks burned in the bazaar of Karsk, according to vendors.",
            ),
            "340 kiosks",
        ),
        # a counted noun no rule maps, quoted by one source only
        (
            (
                "The trade office said the blaze left 340 kiosks in ashes overnight.",
                "Vendors counted 340 stalls lost in the bazaar.",
            ),
            "340 kiosks",
        ),
    ],
)
def test_no_concept_from_the_run_when_it_does_not_fit(
    tmp_path: Path, bodies: tuple[str, ...], figure: str
) -> None:
    report = _run(tmp_path, *bodies)
    assert _claim(report, figure).concept is None


def test_the_same_with_jobs(tmp_path: Path) -> None:
    bodies = (
        "Governor Anna Roe won 312 electoral votes in the election, officials said.",
        "In the final count Roe won 312, officials said on Tuesday.",
        "The trade office said the blaze left 340 kiosks in ashes overnight.",
    )
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = _run(tmp_path / "one", *bodies)
    two = _run(tmp_path / "two", *bodies, jobs=2)

    def read(report: Report) -> list[tuple[str, str | None, str]]:
        return sorted((c.quote, c.concept, _pattern(c)) for c in report.claims if c.value)

    assert read(one) == read(two)
    assert ("312", "votes", f"{RUN_PATTERN}words {{N}} votes") in read(one)
    assert len(one.facts) == len(two.facts)


def test_a_lent_concept_meets_figures_of_its_order_only(tmp_path: Path) -> None:
    """A figure given its concept by the run is vetoed against a figure of that concept
    more than `value_free_ratio` from it (a story of several figures of one concept); the
    two figures that state the concept themselves are not."""
    report = _run(
        tmp_path,
        "Governor Anna Roe won 312 electoral votes in the election, officials said.",
        "In the final count Roe won 312, officials said on Tuesday.",
        "Governor Anna Roe won 900 electoral votes in the next election, officials said.",
    )
    stated, given = _claim(report, "312 electoral votes"), _claim(report, "312")
    other = _claim(report, "900 electoral votes")
    assert given.concept == other.concept == "votes"
    anatomy = Anatomy(report)
    assert anatomy.pair(given.id, other.id).veto == FarApart("312", "900 electoral votes")
    assert not isinstance(anatomy.pair(stated.id, other.id).veto, FarApart)
    assert anatomy.pair(stated.id, given.id).veto is None


def test_a_lent_concept_of_a_running_tally_meets_its_later_figures(tmp_path: Path) -> None:
    """A death toll grows from day to day: a figure lent the concept meets its other
    figures however far apart, as the figures that state it do."""
    report = _run(
        tmp_path,
        "In Arlow the count reached 40 on Monday, officials said.",
        "The death toll reached 40 in Arlow on Monday, officials said.",
        "The death toll reached 95 in Arlow by Friday, officials said.",
    )
    given, later = _claim(report, "40", 0), _claim(report, "95")
    assert given.concept == later.concept == "deaths"
    assert _pattern(given).startswith(f"{RUN_PATTERN}words ")
    assert Anatomy(report).pair(given.id, later.id).veto is None
    fact = next(f for f in report.facts if given.id in f.claim_ids)
    assert {later.id, _claim(report, "40", 1).id} <= set(fact.claim_ids)
