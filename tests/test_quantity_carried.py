"""A currency stated once in a source and meant for the bare sums after it, and a count that
counts nothing beside a sum's word, text in, claims out (`reconcile.kinds.quantity.carry`).

Each text is written for this file. A bare figure with a scale word takes the currency of
the money before it when its own words read it as a sum ("worth", "costs"), or when it
stands in that money's sentence or the next one with no count of people or things between
them and one of the two sentences names what the money is (a budget, a fund, costs). A count
of people or things is never carried, nor is a figure after another count, before any
money, or a sum's figure in a source of two currencies when only its own words say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.extract import each_claim
from reconcile.kinds import Kinds
from reconcile.models import Claim, Source
from reconcile.rules import load_rules
from tests.test_recognizers_specs import claims_for


def _read(text: str) -> dict[str, tuple[str, str]]:
    """Each quantity's quote, with its kind and unit."""
    return {c.quote: (c.kind, c.unit) for c in claims_for(text)}


CARRIED: list[tuple[str, str, str]] = [
    # the money's own concept (a fund: a budget) and the figure in the next sentence
    (
        "The fund holds $5 billion. Of the rest, 2 billion will go to schools.",
        "2 billion",
        "USD",
    ),
    # the next sentence names what the sum is ("costs")
    (
        "The council approved a budget of $40 million for the bridge. "
        "Repairs will cost another 3.2 million next year.",
        "3.2 million",
        "USD",
    ),
    # the money's own concept (a pledge of aid) is what the next sentence goes on about
    (
        "Officials pledged £5 billion in aid. Later, donors pledged a further 2 billion.",
        "2 billion",
        "GBP",
    ),
    # the sum's own word, however far from the money ("worth"), in a source of one currency
    (
        "The firm raised €8 million last spring. Many people came to the launch. "
        "Analysts said the new plant is worth 5 million.",
        "5 million",
        "EUR",
    ),
    # "worth" after the number is a sum's word, not a thing counted
    (
        "The insurer paid out ¥900 million. The flood left 5 million worth of damage.",
        "5 million worth",
        "JPY",
    ),
    # a figure after a currency stated after the number
    (
        "The city borrowed 60 million dollars for the metro. Its trams will cost another "
        "12 million.",
        "12 million",
        "USD",
    ),
]


@pytest.mark.parametrize(("text", "quote", "unit"), CARRIED, ids=[c[1] for c in CARRIED])
def test_carried(text: str, quote: str, unit: str) -> None:
    read = _read(text)
    assert read[quote] == ("money", unit), read


KEPT: list[tuple[str, str]] = [
    # a count of people is never a sum, and it stops the carry for the figure after it
    (
        "The agency spent $300 million for 2 million people; 1.3 million were hit.",
        "2 million people",
    ),
    (
        "The agency spent $300 million for 2 million people; 1.3 million were hit.",
        "1.3 million",
    ),
    # the next sentence names no sum and the money none either
    ("The charity raised $5 million. About 2 million signed the petition.", "About 2 million"),
    # a count of customers after revenue
    (
        "The company reported revenue of €2 billion. It has 3 million customers in Europe.",
        "3 million customers",
    ),
    # before any money: a currency is carried forward only
    (
        "The new fund is worth 5 million. The old one held $3 million.",
        "5 million",
    ),
    # two sentences on: too far for a figure its own words do not call a sum
    (
        "The fund holds $5 billion. It was set up in the spring. "
        "Of the rest, 2 billion will go to schools.",
        "2 billion",
    ),
    # a source of two currencies: a sum's word alone does not say which
    (
        "The loan was $5 million and the grant €2 million. Many people came to see the "
        "launch. Analysts said the new plant is worth 7 million.",
        "7 million",
    ),
    # its clause names what it counts
    (
        "The airline reported profits of $269m. Its number of passengers will jump to 70m.",
        "70m",
    ),
    (
        "The airline reported profits of $269m this year, and it expects the number of "
        "passengers to jump to 70m in a few years.",
        "70m",
    ),
    # a figure without a scale word: no sum is read into it
    ("The budget is $40 million. Repairs cost another 3,200 next year.", "3,200"),
    # a sum of another order: the figure counts what it buys
    ("Each ticket costs $20. Organisers said 2 million were sold.", "2 million"),
]


@pytest.mark.parametrize(("text", "quote"), KEPT, ids=[f"{c[1]} ({i})" for i, c in enumerate(KEPT)])
def test_kept_a_count(text: str, quote: str) -> None:
    read = _read(text)
    assert read[quote] == ("count", "count"), read


SENTENCES: list[tuple[str, dict[str, tuple[str, str]]]] = [
    # a currency named after the number, its country in brackets
    (
        "The bill came to 5 million (US) dollars.",
        {"5 million (US) dollars": ("money", "USD")},
    ),
    (
        "The tower cost 2 billion (Hong Kong) dollars.",
        {"2 billion (Hong Kong) dollars": ("money", "HKD")},
    ),
    # a sum, then whom it went to: no range from a sum to a count of people
    (
        "The firm paid $2 million to 3 million shareholders.",
        {"$2 million": ("money", "USD"), "3 million shareholders": ("count", "count")},
    ),
    # a bare figure after a sum of another order is a count of the things it buys
    (
        "Each ticket costs $20; 2 million were sold.",
        {"$20": ("money", "USD"), "2 million": ("count", "count")},
    ),
    # a bare figure after a sum of its order, compared with it or listed after it
    (
        "Aid rose to $5 billion, up from 4 billion last year.",
        {"$5 billion": ("money", "USD"), "4 billion": ("money", "USD")},
    ),
    (
        "The state spent $1.2 billion on roads and 800 million on schools.",
        {"$1.2 billion": ("money", "USD"), "800 million": ("money", "USD")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_money_or_count(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_carried_sum_is_money_in_full() -> None:
    """A carried sum is read as money throughout: its dimension, the tolerance of money and
    the concept its words give a sum."""
    text = "The council approved a budget of $40 million. Repairs will cost about 3 million."
    claims = {c.quote: c for c in claims_for(text)}
    money, carried = claims["$40 million"], claims["about 3 million"]
    assert (carried.kind, carried.dimension, carried.stated_unit) == (
        "money",
        money.dimension,
        "USD",
    )
    assert carried.concept == "price"
    assert carried.interval.low == pytest.approx(3e6 * (1 - _about("money")))


def _about(kind: str) -> float:
    return load_rules(None).tolerance(kind).about


def test_run_and_normalize_read_alike(tmp_path: Path) -> None:
    """The run's claims (sentence by sentence, with the memo of sentences) carry the same
    currencies as `normalize`: a repeated sentence after another currency is read anew."""
    kinds = Kinds.build(load_rules(None))
    one = "The council approved a budget of $40 million. Repairs will cost another 3 million."
    two = "The council approved a budget of €40 million. Repairs will cost another 3 million."
    units: list[list[tuple[str, str]]] = []
    for i, text in enumerate((one, two)):
        source = Source(id=f"s{i}", path=f"s{i}.txt", text=text)
        found: list[Claim] = [c for c in each_claim(source, kinds) if c.quote == "3 million"]
        units.append([(c.kind, c.unit) for c in found])
    assert units == [[("money", "USD")], [("money", "EUR")]]


def test_sum_worth_meets_sum_stated(tmp_path: Path) -> None:
    """One outlet writes "$5 million in damage", another "5 million worth of damage" in a
    source that names no currency: a count of nothing beside a sum's word meets the sum."""
    story = "A hailstorm hit the town of Karsk on Sunday, the mayor said."
    texts = {
        "a": f"{story} The storm caused $5 million in damage to farms near Karsk.",
        "b": f"{story} The storm caused 5 million worth of damage to farms near Karsk.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.md").write_text(
            "---\ntitle: Hailstorm in Karsk\npublished: 2026-05-04\n---\n" + text + "\n",
            encoding="utf-8",
        )
    report = run([tmp_path])
    worth = next(c for c in report.claims if c.quote.startswith("5 million worth"))
    assert worth.counted_noun is None
    stated = next(c for c in report.claims if c.quote == "$5 million")
    fact = next(f for f in report.facts if stated.id in f.claim_ids)
    assert worth.id in fact.claim_ids
