"""Office holders as a campaign story writes them: a verb that gives the title as a noun ("won
the presidential nomination"), an aside between the name and the verb, a past year before the
title (a past holder), an outgoing holder (the current one), a word opening the sentence that
is no part of the party's name, and variants of one person's first name. Sentences written for
these tests; sentence in, claims out (published 2024-03-14)."""

from __future__ import annotations

import pytest

from reconcile.kinds import Kinds
from reconcile.names import same_person
from tests.offices import holders

CASES = [
    # a verb, then the title's words with its last word as a noun
    (
        "Jane Roe won the presidential nomination on Saturday.",
        [
            (
                "Jane Roe won the presidential nomination",
                "presidential-candidate",
                "Jane Roe",
                "",
            )
        ],
    ),
    # a party's name before the title, a lesser word, an aside before the verb
    (
        "Roe secured the Karsk presidential nomination.",
        [
            (
                "Roe secured the Karsk presidential nomination",
                "presidential-candidate",
                "Roe",
                "karsk",
            )
        ],
    ),
    (
        "John Doe, a lawyer from Ulm, received the vice presidential nomination.",
        [
            (
                "John Doe, a lawyer from Ulm, received the vice presidential nomination",
                "vice-presidential-candidate",
                "John Doe",
                "",
            )
        ],
    ),
    # no person before the verb: nobody holds it
    ("The team won the presidential nomination.", []),
    # an aside between the name and a verb of before_name
    (
        "John Doe, originally the running mate of Roe, was picked to be the party's vice"
        " presidential nominee.",
        [
            (
                "John Doe, originally the running mate of Roe, was picked to be the party's vice"
                " presidential nominee",
                "vice-presidential-candidate",
                "John Doe",
                "",
            )
        ],
    ),
    # a year before the publication's, right before the title: a past holder
    (
        "The party's 2016 presidential nominee, Jane Roe, spoke.",
        [("presidential nominee, Jane Roe", "former-presidential-candidate", "Jane Roe", "")],
    ),
    (
        "The party's 2024 presidential nominee, Jane Roe, spoke.",
        [("presidential nominee, Jane Roe", "presidential-candidate", "Jane Roe", "")],
    ),
    # taking office, as a news summary writes it
    (
        "Jane Roe takes office as president of Karsk.",
        [("Jane Roe takes office as president of Karsk", "president", "Jane Roe", "karsk")],
    ),
    (
        "Jane Roe was inaugurated as president of Karsk on Monday.",
        [("Jane Roe was inaugurated as president of Karsk", "president", "Jane Roe", "karsk")],
    ),
    # an outgoing holder holds the office until the handover (an incoming one does not yet)
    (
        "Outgoing President Jane Roe said the vote was fair.",
        [("President Jane Roe", "president", "Jane Roe", "")],
    ),
    (
        "Roe, the outgoing president, spoke.",
        [("Roe, the outgoing president", "president", "Roe", "")],
    ),
    (
        "Incoming President John Doe spoke.",
        [("President John Doe", "former-president", "John Doe", "")],
    ),
    # a joining word opening the sentence is no part of the party's name
    (
        "For Karsk Party presidential nominee Jane Roe, the campaign began badly.",
        [
            (
                "Karsk Party presidential nominee Jane Roe",
                "presidential-candidate",
                "Jane Roe",
                "karsk party",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_holders_of_a_campaign_story(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("balen shah", "balendra shah", True),  # a short form of the first name
        ("jeremy spike cohen", "spike cohen", True),  # a middle name or nickname first
        ('jeremy "spike" cohen', "spike cohen", True),
        ("jo jorgensen", "john jorgensen", False),  # too short to be a short form
        ("mark roe", "mike roe", False),
        ("spike cohen", "spike roe", False),
    ],
)
def test_variants_of_a_first_name(a: str, b: str, same: bool) -> None:
    assert same_person(a, b, 80.0) is same
