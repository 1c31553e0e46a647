"""Who struck: a people's word before the noun of an attack is a named thing of the class
"attacker" ("Israeli airstrikes", "an overnight Russian missile attack"); a place's name
there is where the attack struck, not who struck."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds import Kinds
from reconcile.models import Report
from tests.facts import claims_in, facts_of, run_of


def things(kinds: Kinds, text: str) -> list[tuple[str, str | None]]:
    return [(c.quote, c.noun_class) for c in claims_in(kinds, "thing", text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Karskian airstrikes hit the port of Marlow.", [("Karskian", "attacker")]),
        # a word between the people's word and the attack's noun
        (
            "An overnight Tarvinese missile attack killed four people in Marlow.",
            [("Tarvinese", "attacker")],
        ),
        # a noun of several words, one more word before it
        (
            "At least 22 people are killed in a Velani ballistic missile and drone attack.",
            [("Velani", "attacker")],
        ),
        # a people's word that also names a language
        ("A Russian drone strike hit the depot.", [("Russian", "attacker")]),
    ],
)
def test_a_peoples_word_before_an_attack_is_who_struck(
    kinds: Kinds, text: str, found: list[tuple[str, str]]
) -> None:
    assert things(kinds, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a place's name before the attack's noun: where it struck
        "The Marlow attack killed two people.",
        "A Marlow airstrike killed five people.",
        # a language, with no attack
        "The statement was written in Russian.",
        # a people's word before no attack's noun
        "Karskian officials met on Monday.",
        # a determiner opening a sentence, whatever its ending
        "These airstrikes killed nine people in Marlow.",
        # a strike of workers
        "A Karskian general strike closed the port of Marlow.",
    ],
)
def test_a_place_before_an_attack_or_a_peoples_word_alone_is_no_attacker(
    kinds: Kinds, text: str
) -> None:
    assert [found for found in things(kinds, text) if found[1] == "attacker"] == []


def attackers(report: Report) -> list[tuple[str, str]]:
    return [fact for fact in facts_of(report, "thing") if fact[0].startswith("attacker")]


def test_two_outlets_naming_one_attacker_agree(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "Karskian airstrikes kill nine people in Marlow.",
        "Nine people die in a Karskian missile strike on Marlow.",
    )
    assert attackers(report) == [("attacker: Karskian", "agree")]


def test_two_attackers_stay_two_facts(tmp_path: Path) -> None:
    # a story may tell of strikes by both sides: two attackers are no conflict
    report = run_of(
        tmp_path,
        "Karskian airstrikes kill nine people in Marlow.",
        "Nine people die in a Tarvinese missile strike on Marlow.",
    )
    assert attackers(report) == [
        ("attacker: Karskian", "single"),
        ("attacker: Tarvinese", "single"),
    ]
