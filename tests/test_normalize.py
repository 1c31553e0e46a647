"""Normalize: qualifiers become intervals, units become one canonical unit, context is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds.quantity.kind import to_interval
from reconcile.models import Interval
from reconcile.rules import Tolerance, load_rules
from tests.test_recognizers_specs import claims_for

TOLERANCE = Tolerance(exact=0.0, about=0.05, nearly=0.05, agree=0.0)


@pytest.mark.parametrize(
    ("qualifier", "values", "interval"),
    [
        ("exact", (90_000,), Interval(90_000, 90_000)),
        ("about", (90_000,), Interval(85_500, 94_500)),
        ("nearly", (100,), Interval(95, 100, True, False)),
        ("over", (100_000,), Interval(100_000, None, False, False)),
        ("at_least", (14,), Interval(14, None, True, False)),
        ("up_to", (1_500,), Interval(0, 1_500)),
        ("under", (20,), Interval(0, 20, True, False)),
        ("range", (80_000, 100_000), Interval(80_000, 100_000)),
        ("vague", (2_000, 10_000), Interval(2_000, 10_000, True, False)),
    ],
)
def test_qualifiers_become_the_intervals_of_the_design(
    qualifier: str, values: tuple[float, ...], interval: Interval
) -> None:
    got = to_interval(qualifier, values, TOLERANCE)
    assert got.low == pytest.approx(interval.low) and got.high == pytest.approx(interval.high)
    assert (got.low_closed, got.high_closed) == (interval.low_closed, interval.high_closed)


@pytest.mark.parametrize(
    ("sentence", "unit", "stated", "dimension", "low"),
    [
        ("The convoy was 12 miles long.", "meter", "mile", "[length]", 19_312.128),
        ("It carried 80,000 kilograms of ammunition.", "kilogram", "kilogram", "[mass]", 80_000),
        (
            "Gusts reached 190 km/h.",
            "meter / second",
            "kilometer / hour",
            "[length] / [time]",
            None,
        ),
        ("The blaze burned 45,000 hectares.", "meter ** 2", "hectare", "[length] ** 2", 4.5e8),
        ("Highs of 38 degrees Celsius.", "degree_Celsius", "degree_Celsius", None, 38),
        ("Rates rose by 75 basis points.", "percentage_point", "basis_point", None, 0.75),
        ("Turnout fell 3 percentage points.", "percentage_point", "percentage_point", None, 3),
        ("Aid of $2.5 billion.", "USD", "USD", "currency:USD", 2.5e9),
        ("Rents of £1,500 a month.", "GBP / month", "GBP / month", "currency:GBP/[time]", 1500),
        ("They fire 6,000 shells a day.", "count / day", "count / day", "count/[time]", 6000),
        ("Fuel at 12 cents.", "USD", "USD", "currency:USD", 0.12),
    ],
)
def test_units_are_canonical_and_stated(
    sentence: str, unit: str, stated: str, dimension: str | None, low: float | None
) -> None:
    (claim,) = claims_for(sentence)
    assert (claim.unit, claim.stated_unit) == (unit, stated)
    if dimension is not None:
        assert claim.dimension == dimension
    if low is not None:
        assert claim.low == pytest.approx(low)


def test_celsius_and_fahrenheit_are_never_compared_unconverted() -> None:
    (celsius,) = claims_for("It was 38C.")
    (fahrenheit,) = claims_for("It was 100F.")
    assert celsius.dimension != fahrenheit.dimension


def test_currencies_are_never_converted() -> None:
    (dollars,) = claims_for("They paid $400 million.")
    (euros,) = claims_for("They paid €400 million.")
    assert (dollars.unit, euros.unit) == ("USD", "EUR")
    assert dollars.low == euros.low == 4e8
    assert dollars.dimension != euros.dimension


def test_tolerances_come_from_the_rules(tmp_path: Path) -> None:
    # The bundled rules: "about" is 5% either side for counts.
    (claim,) = claims_for("About 90,000 troops were there.")
    assert (claim.low, claim.high) == pytest.approx((85_500, 94_500))
    # A rules folder that says 10%.
    (tmp_path / "matching.toml").write_text(
        "[tolerance.count]\nexact = 0.0\nabout = 0.1\nnearly = 0.05\nagree = 0.0\n",
        encoding="utf-8",
    )
    (claim,) = claims_for("About 90,000 troops were there.", load_rules(tmp_path))
    assert (claim.low, claim.high) == pytest.approx((81_000, 99_000))


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("According to the Pentagon, 4,000 troops left.", "attribution", "the Pentagon"),
        ("Police said 300 people were held.", "attribution", "Police"),
        ("The ministry reported 40 deaths in the region.", "attribution", "The ministry"),
        ("The US has given $2.5 billion since 2014.", "time", "since 2014"),
        ("It spent $400 million in 2021 alone.", "time", "in 2021 alone"),
        ("Some 2.3 million people have fled since February 24.", "time", "since February 24"),
        ("About 40,000 people have left since 3 March 2022.", "time", "since 3 March 2022"),
        ("Some 5,000 troops are massed along the border.", "location", "along the border"),
        ("About 3,000 soldiers are stationed in Crimea.", "location", "in Crimea"),
        ("In Sarn, 17 people died.", "location", "In Sarn"),
        ("In Crimea alone, about 30,000 troops are stationed.", "location", "In Crimea"),
        ("In Sarn 17 people died.", "location", "In Sarn"),
        (
            "About 200 families fled in neighbouring Tavi province.",
            "location",
            "in neighbouring Tavi province",
        ),
        (
            "Shelling killed 12 people in the northern city of Kharkiv.",
            "location",
            "in the northern city of Kharkiv",
        ),
        ("Some 4,000 soldiers are fighting in eastern Ukraine.", "location", "in eastern Ukraine"),
        (
            "About 9,000 homes were damaged in the Donetsk region.",
            "location",
            "in the Donetsk region",
        ),
        ("It delivered 300 shells in March.", "location", None),
        ("In March, 300 shells were fired.", "location", None),
        ("The US gave 40 tanks in 2014.", "location", None),
        ("They counted 500 votes in total.", "location", None),
        ("Sales rose 5% in Q3.", "location", None),
        ("Profits rose 5% in the first quarter.", "location", None),
        ("The firm said 300 jobs would go, in a statement.", "location", None),
        ("About 40 delegates met in person.", "location", None),
    ],
)
def test_context_is_read_from_the_sentence(sentence: str, field: str, value: str) -> None:
    (claim,) = claims_for(sentence)
    assert getattr(claim.context, field) == value


def test_a_place_opening_the_sentence_is_not_read_past_its_clause() -> None:
    died, hurt = claims_for("In Sarn, 17 people died; 4 were hurt in Tavi.")
    assert (died.context.location, hurt.context.location) == ("In Sarn", "in Tavi")
    died, hurt = claims_for("In Sarn, 17 people died, but 4 were hurt.")
    assert (died.context.location, hurt.context.location) == ("In Sarn", None)


def test_a_number_without_words_has_no_context() -> None:
    (claim,) = claims_for("42")
    assert claim.context.attribution is None and claim.context.location is None
    assert claim.context.time is None
