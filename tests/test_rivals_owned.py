"""Rival names (two things of one kind, "Typhoon Kalmaegi" / "Typhoon Fungwong") part two
numbers, unless both are told in passing in a relative clause and belong to one name that is
neither rival (`GoverningReader.background_names`, `owned_alike`): "which could shorten former
president Jane Roe's 27-year prison sentence" after "the Ruritanian Senate passes a bill" in
one source and "the Ruritanian Chamber of Deputies" in the other is one figure, Roe's, that
two bodies act on. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facts import joined, run_of

BILL = (
    "The Ruritanian {body} passes a bill reducing penalties for crimes, which could shorten"
    " former {who}'s 27-year prison sentence."
)


@pytest.mark.parametrize(
    ("first", "second", "kind", "expected"),
    [
        # one owner's figure, two bodies of one kind acting on it: one fact
        (
            BILL.format(body="Senate", who="president Jane Roe"),
            BILL.format(body="Chamber of Deputies", who="president Jane Roe"),
            "measure",
            [["27-year", "27-year"]],
        ),
        # two owners: two figures, whatever the bodies
        (
            BILL.format(body="Senate", who="president Jane Roe"),
            BILL.format(body="Chamber of Deputies", who="minister John Doe"),
            "measure",
            [],
        ),
        # the rivals own the numbers: two typhoons' tolls
        (
            "Typhoon Kalmaegi's toll rose to 66 on Monday, officials said.",
            "The toll of Typhoon Fungwong rose to 66 on Monday, officials said.",
            "count",
            [],
        ),
        # one company's two plants, each the owner of its own figure
        (
            "Acme's Karsk Plant made 500 cars in May.",
            "Acme's Tarvin Plant made 500 cars in May.",
            "count",
            [],
        ),
        # two bodies, each its own budget
        (
            "The Karsk Senate set its own budget at $12 million for the year.",
            "The Karsk Assembly set its own budget at $12 million for the year.",
            "money",
            [],
        ),
    ],
)
def test_rival_names_part_numbers_unless_one_name_owns_both(
    tmp_path: Path, first: str, second: str, kind: str, expected: list[list[str]]
) -> None:
    assert joined(run_of(tmp_path, first, second, day="2026-04-10"), kind) == expected
