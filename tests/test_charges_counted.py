"""A count of an indictment is one charge: "charge him with 26 offences" and "investigate him
on 26 counts" count the same charges (the "charges" class of nouns.toml), for one defendant;
two defendants' charges, and a count of something else, stay apart. Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facts import joined, run_of

LIFTED = (
    "The Sejm lifts former minister Jan Roe's immunity, clearing the way for prosecutors to"
    " charge him with 26 offences, including abuse of power."
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # one defendant's charges, one source counting offences, the other counts
        (
            LIFTED,
            "Former minister Jan Roe receives asylum in Karsk while prosecutors investigate"
            " him on 26 counts related to misuse of a fund.",
            [["26 counts", "26 offences"]],
        ),
        # another defendant's counts
        (
            LIFTED,
            "Former minister Piotr Doe receives asylum in Karsk while prosecutors investigate"
            " him on 26 counts related to misuse of a fund.",
            [],
        ),
        # two defendants in each source: each his own
        (
            "Prosecutors charge Jan Roe with 26 offences and his aide Piotr Doe with 9 offences.",
            "Jan Roe is investigated on 26 counts and his aide Piotr Doe on 9 counts.",
            [["26 counts", "26 offences"], ["9 counts", "9 offences"]],
        ),
        # a count of votes is no count of charges
        ("Prosecutors charge Jan Roe with 26 offences.", "Jan Roe won 26 votes in the Sejm.", []),
    ],
)
def test_counts_and_offences_charged_are_one_class(
    tmp_path: Path, first: str, second: str, expected: list[list[str]]
) -> None:
    assert joined(run_of(tmp_path, first, second, day="2026-04-10"), "count") == expected
