"""The number grammar: one number in many surface forms reads back as the same value."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.numbers import parse_number
from tests.conftest import bundled

NUMBERS = bundled().lexicon("en").numbers

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
TEENS += ["eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def below_thousand(n: int) -> str:
    """English words for 1 <= n < 1000, the way news copy writes them."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if rest < 10:
            words = ONES[rest]
        elif rest < 20:
            words = TEENS[rest - 10]
        else:
            words = TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else "")
        parts.append(("and " if hundreds else "") + words)
    return " ".join(parts)


def in_words(n: int) -> str:
    """English words for 1 <= n < 1,000,000."""
    thousands, rest = divmod(n, 1000)
    parts = [f"{below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(below_thousand(rest))
    return " ".join(parts)


def forms(n: int) -> list[str]:
    """Surface forms of a whole number 1 <= n < 1,000,000."""
    out = [f"{n:,}", str(n), in_words(n)]
    if n >= 1000 and n % 1000 == 0:
        out += [f"{n // 1000} thousand", f"{n // 1000}k", f"{n // 1000}K"]
        out.append(f"{n / 1e6:g} million")
    if n >= 10000:
        out.append(f"{n:,}".replace(",", "\u202f"))  # narrow no-break space grouping
    return out


@given(st.integers(min_value=1, max_value=999_999))
@example(90_000)
@example(100_000)
@example(1)
@example(12)
def test_a_number_in_every_form_reads_back_the_same(n: int) -> None:
    for form in forms(n):
        assert parse_number(form, NUMBERS) == pytest.approx(n), form


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_scale_words_and_suffixes_agree(n: int, scale: str) -> None:
    factor = {"million": 1e6, "billion": 1e9}[scale]
    attached = {"million": "m", "billion": "bn"}[scale]
    spaced = {"million": "mn", "billion": "bn"}[scale]  # one letter alone is never a scale
    expected = n * factor
    for form in (f"{n} {scale}", f"{n}{attached}", f"{n} {spaced}", f"{in_words(n)} {scale}"):
        assert parse_number(form, NUMBERS) == pytest.approx(expected), form


@given(st.decimals(min_value="0.1", max_value="999.9", places=1))
def test_decimals_with_a_scale(value: object) -> None:
    text = f"{value} million"
    assert parse_number(text, NUMBERS) == pytest.approx(float(str(value)) * 1e6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ninety thousand", 90_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
        ("two and a half", 2.5),
        ("two-thirds", 2 / 3),
        ("three quarters", 0.75),
        ("a quarter", 0.25),
        ("one hundred and twenty-five", 125),
        ("Eighty-five", 85),
        ("1.2m", 1_200_000),
        ("3bn", 3e9),
        ("100k", 100_000),
        ("2.5 billion", 2.5e9),
        ("1.5 lakh crore", 1.5e12),
        ("three lakh crore", 3e12),
        ("6.4 trillion", 6.4e12),
        ("1 414 021 100", 1_414_021_100),
        ("minus 15", -15),
        (".5", 0.5),
        ("a million", 1e6),
        ("nought", 0),
    ],
)
def test_number_forms(text: str, value: float) -> None:
    assert parse_number(text, NUMBERS) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["the", "second", "third", "a", "million", "dozens of", "2.5 and 3", "thousands"],
)
def test_not_one_plain_number(text: str) -> None:
    assert parse_number(text, NUMBERS) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("thousands", 2000, 10000),
        ("tens of thousands", 20000, 100000),
        ("hundreds of thousands", 200000, 1000000),
        ("Dozens", 24, 100),
    ],
)
def test_vague_magnitudes(text: str, low: float, high: float) -> None:
    (number,) = NUMBERS.numbers(text)
    assert (number.qualifier, number.values) == ("vague", (low, high))


def test_trie_alternation_prefers_the_longest_phrase() -> None:
    import re

    from reconcile.numbers.patterns import alternation

    pattern = re.compile(alternation(["per", "per cent", "percent", "p"]) + r"\b")
    assert [pattern.match(t).group(0) for t in ("per cent", "percent", "per", "p")] == [  # type: ignore[union-attr]
        "per cent",
        "percent",
        "per",
        "p",
    ]
