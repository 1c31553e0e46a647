"""Parties, armed groups and institutions named as news and pages of links write them: an
armed group or an institution by the last word of its name ("the Karsk Liberation Army",
"the Tarvin Democratic Forces", "the Anti-Fraud Council"); a party by the name, the blanks
of its link's markup and then "party" ("[ANO](…) party wins"); the noun before the name
("his party ANO won"), after which the source's later mentions of it are the party too;
and two linked names joined by "and" stay two ("[Jane Roe](…) and [Union Party](…)").
Sentences written for these tests; source in, claims out."""

from __future__ import annotations

from pathlib import Path

from reconcile.kinds import Kinds
from reconcile.rules import RuleSet
from tests.named_forms import link, markdown, named_of

_link = link


def things_of(tmp_path: Path, rules: RuleSet, kinds: Kinds, text: str) -> list[tuple[str, str]]:
    source = markdown(tmp_path, rules, "a", text)
    return [(role, name) for role, name, _ in named_of(source, kinds, "thing")]


def test_a_linked_name_then_party(tmp_path: Path, rules: RuleSet, kinds: Kinds) -> None:
    text = f"* The populist {_link('ANO')} party wins the election with 35% of the vote.\n"
    assert things_of(tmp_path, rules, kinds, text) == [("party", "ANO party")]


def test_the_noun_party_before_a_name(tmp_path: Path, rules: RuleSet, kinds: Kinds) -> None:
    text = (
        f"* Roe is asked to form a government after his party {_link('ANO')} won 80 seats.\n"
        "* Talks follow ANO's victory.\n"
    )
    assert things_of(tmp_path, rules, kinds, text) == [("party", "ANO"), ("party", "ANO")]


def test_two_linked_names_joined_by_and_stay_two(
    tmp_path: Path, rules: RuleSet, kinds: Kinds
) -> None:
    text = f"* The list names {_link('Jane Roe')} and {_link('Union of Karsk People Party')}.\n"
    assert things_of(tmp_path, rules, kinds, text) == [("party", "Union of Karsk People Party")]


def test_armed_groups_and_institutions_by_their_last_word(
    tmp_path: Path, rules: RuleSet, kinds: Kinds
) -> None:
    text = (
        f"* Attacks by the {_link('Karsk Liberation Army')} militants kill 33 people.\n"
        "* The Tarvin Democratic Forces (TDF) opposed the withdrawal.\n"
        f"* A request by the {_link('Anti-Fraud Council')} follows.\n"
        "* An army of volunteers and the Armed Forces of Karsk arrive.\n"
    )
    # (not a name that goes on past the word: "Armed Forces of Karsk")
    assert things_of(tmp_path, rules, kinds, text) == [
        ("armed group", "Karsk Liberation Army"),
        ("armed group", "Tarvin Democratic Forces"),
        ("institution", "Anti-Fraud Council"),
    ]
