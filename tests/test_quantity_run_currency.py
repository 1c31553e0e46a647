"""A figure its source states as a sum without a currency, given the currency the run's other
sources state for its concept (`reconcile.kinds.quantity.carry.carry_in_run`), two or three
sources in, claims and facts out.

Each text is written for this file. One outlet writes "a budget of $40 million", another "a
budget of 45 million": the second figure's own words read it as a sum (a money word of the
rules next to it, no counted noun), and the run states one currency for budgets, so it is a
sum in dollars, and the two are one fact (a conflict here). A sum no frame reads meets the
figure when its sentence writes the figure's money word ("set aside $3.2 billion, its
largest budget yet"). A counted noun keeps a count a
count; so do two currencies the run states for the concept, a source whose own sums are in
another currency, a small figure with no scale word, and a run stating no sum of the
concept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds.quantity.carry import (
    COUNTED,
    NO_SUMS,
    NOT_A_SUM,
    OWN_OTHER,
    TWO_CURRENCIES,
    run_reading,
    run_sums,
)
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim, Report
from tests.facts import fact_of, quotes_of

TITLE = "Council votes on the new bridge"


def _run(tmp_path: Path, *bodies: str, jobs: int = 1) -> Report:
    """The report of sources of one story published the same day, one per body."""
    for name, body in zip("abc", bodies, strict=False):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {TITLE}\npublished: 2026-03-02\n---\n{body}\n", encoding="utf-8"
        )
    return run([tmp_path], jobs=jobs)


def _claim(report: Report, quote: str) -> Claim:
    return next(c for c in report.claims if c.quote == quote)


def _from_run(claim: Claim) -> bool:
    return isinstance(claim.detail, QuantityClaim) and claim.detail.run_currency


# (the source stating the currency, the source leaving it, the bare figure's quote, the
# currency it takes, the verdict of their fact)
SHAPES: list[tuple[str, str, str, str, str]] = [
    # a money word before the figure, the numbers apart: a conflict
    (
        "The council approved a budget of $40 million for the bridge on Monday.",
        "The council approved a budget of 45 million for the bridge on Monday.",
        "45 million",
        "USD",
        "conflict",
    ),
    # the same sum, written with and without its currency
    (
        "Donors pledged £2 billion in aid for the flooded region on Monday.",
        "Donors pledged 2 billion in aid for the flooded region on Monday.",
        "2 billion",
        "GBP",
        "agree",
    ),
    # no scale word, a figure of five digits after a fine's word
    (
        "The company paid fines of €40,000 after the spill, the regulator said.",
        "The company paid fines of 45,000 after the spill, the regulator said.",
        "45,000",
        "EUR",
        "conflict",
    ),
    # the sum of no concept (no frame reads "set aside"), its sentence writing the money
    # word the bare figure's frame reads ("budget")
    (
        "The city set aside $3.2 billion on Monday, its largest budget yet.",
        "The city approved a budget of 3 billion on Monday.",
        "3 billion",
        "USD",
        "conflict",
    ),
    # the money word in its singular beside the sum, in the plural beside the figure
    (
        "The farmers won $5 million for the damage to their crops.",
        "The court ordered the firm to pay damages of 4 million to the farmers.",
        "4 million",
        "USD",
        "conflict",
    ),
    # a scale written short, the money word after the figure ("3.2bn budget")
    (
        "Parliament passed a ¥3 billion budget for the games on Monday.",
        "Parliament passed a 3.2bn budget for the games on Monday.",
        "3.2bn budget",
        "JPY",
        "conflict",
    ),
]


@pytest.mark.parametrize(
    ("stated", "bare", "quote", "unit", "verdict"), SHAPES, ids=[s[2] for s in SHAPES]
)
def test_sum_takes_the_runs_currency(
    tmp_path: Path, stated: str, bare: str, quote: str, unit: str, verdict: str
) -> None:
    report = _run(tmp_path, stated, bare)
    claim = _claim(report, quote)
    assert (claim.kind, claim.unit, _from_run(claim)) == ("money", unit, True)
    fact = fact_of(report, quote)
    assert len(quotes_of(report, fact)) == 2, quotes_of(report, fact)
    assert fact.verdict == verdict


# (the sources, the figure that stays a count, why: `run_reading`)
KEPT: list[tuple[tuple[str, ...], str, str]] = [
    # a counted noun: a count of things, whatever money word stands near it
    (
        (
            "Donors pledged £2 billion in aid for the flooded region on Monday.",
            "Donors pledged aid for 2 million people in the flooded region on Monday.",
        ),
        "2 million people",
        COUNTED,
    ),
    # the run states two currencies for budgets
    (
        (
            "The council approved a budget of $40 million for the bridge on Monday.",
            "The council approved a budget of €38 million for the bridge on Monday.",
            "The council approved a budget of 45 million for the bridge on Monday.",
        ),
        "45 million",
        TWO_CURRENCIES,
    ),
    # its own source's sums are all in another currency (stated after it: no carry within)
    (
        (
            "The council approved a budget of $40 million for the bridge on Monday.",
            "The council approved a budget of 45 million for the bridge on Monday. "
            "The city also pays €2 million in fees.",
        ),
        "45 million",
        OWN_OTHER,
    ),
    # a small figure without a scale word: a count of votes or items as often as a sum
    (
        (
            "The council approved a budget of $40 million for the bridge on Monday.",
            "The council voted 300 for the budget on Monday.",
        ),
        "300",
        NOT_A_SUM,
    ),
    # the run states no sum of the concept (aid in dollars, a budget without currency)
    (
        (
            "Donors pledged $40 million in aid for the bridge on Monday.",
            "The council approved a budget of 45 million for the bridge on Monday.",
        ),
        "45 million",
        NO_SUMS,
    ),
    # a sum of no concept whose sentence writes no money word of the figure's concept
    (
        (
            "The city set aside $3.2 billion on Monday for the bridge.",
            "The city approved a budget of 3 billion on Monday.",
        ),
        "3 billion",
        NO_SUMS,
    ),
]


@pytest.mark.parametrize(("bodies", "quote", "why"), KEPT, ids=[k[2] for k in KEPT])
def test_count_kept(tmp_path: Path, bodies: tuple[str, ...], quote: str, why: str) -> None:
    report = _run(tmp_path, *bodies)
    claim = _claim(report, quote)
    assert claim.kind == "count"
    kind = next(k for k in report_kinds(report) if isinstance(k, QuantityKind))
    sums = run_sums(kind, report.claims)
    assert run_reading(kind, claim, claim.sentence.find(claim.quote), sums) == (None, why)


def report_kinds(report: Report) -> list[object]:
    """The compiled kinds of the report's language."""
    from reconcile.kinds import Kinds
    from reconcile.rules import load_rules

    return list(Kinds.build(load_rules(None)).language(report.sources[0].language))


def test_one_source_alone_is_not_read_across(tmp_path: Path) -> None:
    """A run of one source has no other to take a currency from: the sum before the money
    of its concept stays as read (a carry within a source runs forward only)."""
    report = _run(
        tmp_path,
        "A budget of 45 million was first proposed. "
        "The council approved a budget of $40 million for the bridge on Monday.",
    )
    assert _claim(report, "45 million").kind == "count"


def test_same_with_worker_processes(tmp_path: Path) -> None:
    """The pass reads the run's claims once every source is read: the claims and facts are
    the same whatever the number of processes."""
    bodies = (SHAPES[0][0], SHAPES[0][1])
    one = _run(tmp_path, *bodies)
    two = _run(tmp_path, *bodies, jobs=2)
    assert one.claims == two.claims
    assert one.facts == two.facts
    assert _from_run(_claim(two, "45 million"))
