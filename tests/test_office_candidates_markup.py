"""Office holders in forms of day pages and election news: a party's candidate and a
candidate named by the office's adjective ("prime ministerial candidate"), a word of the
term's state between a place and its title ("Malagasy interim president"), "as" before a
place and a title, the leader of the opposition, an ordinal before a title ("the 24th Prime
Minister"), an aside in brackets after the name, a name after two titles ("Former Labor
Minister Kim Moon Soo won the nomination"), a religious style before the name
("Ayatollah"), a name whose words stand in two links (the link markup blanked to spaces
between them), and one person whose name is written apart or hyphened ("Kim Moon Soo" /
"Kim Moon-soo"). Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.names import same_person
from reconcile.rules import RuleSet
from tests.offices import holders

CASES = [
    # a party's candidate, the office unsaid: the party is the place
    (
        "Seychelles United candidate Paul Herne received 48% of the vote.",
        [
            (
                "Seychelles United candidate Paul Herne",
                "candidate",
                "Paul Herne",
                "seychelles united",
            )
        ],
    ),
    # a candidate named by the office's adjective
    (
        "In Karsk 5, KLP prime ministerial candidate Alen Shar defeated the incumbent.",
        [
            (
                "KLP prime ministerial candidate Alen Shar",
                "prime-ministerial-candidate",
                "Alen Shar",
                "klp",
            )
        ],
    ),
    (
        "Republican gubernatorial candidate Jane Roe won the primary.",
        [("gubernatorial candidate Jane Roe", "gubernatorial-candidate", "Jane Roe", "")],
    ),
    # the name after a title and an office's place of five words or more from the start:
    # the holder of the nomination is the name alone
    (
        "Former Labor Minister Kim Moon Soo wins the presidential nomination.",
        [
            ("Labor Minister Kim Moon Soo", "former-labor-minister", "Kim Moon Soo", ""),
            (
                "Kim Moon Soo wins the presidential nomination",
                "presidential-candidate",
                "Kim Moon Soo",
                "",
            ),
        ],
    ),
    # a word of the term's state between the place and the title
    (
        "Malagasy interim president Michael Rando removed the prime minister.",
        [
            (
                "Malagasy interim president Michael Rando",
                "president",
                "Michael Rando",
                "malagasy",
            )
        ],
    ),
    # the place before a title after "as" is no more than the place: "as" ends it
    (
        "The Senate voted to confirm Scott Bessel as U.S. Treasury Secretary.",
        [
            (
                "Scott Bessel as U.S. Treasury Secretary",
                "secretary",
                "Scott Bessel",
                "us treasury",
            )
        ],
    ),
    # the parliamentary office of the opposition's leader
    (
        "Karskian Leader of the Opposition Pritam Sen was convicted of perjury.",
        [
            (
                "Karskian Leader of the Opposition Pritam Sen",
                "opposition-leader",
                "Pritam Sen",
                "karskian",
            )
        ],
    ),
    # an ordinal between the article and the title
    (
        "Mark Carne is sworn in as the 24th Prime Minister of Karsk.",
        [
            (
                "Mark Carne is sworn in as the 24th Prime Minister of Karsk",
                "prime-minister",
                "Mark Carne",
                "karsk",
            )
        ],
    ),
    # an aside in brackets between the name and the verb
    (
        "Jane Roe (Unity Party) is elected Governor of Ohio.",
        [
            (
                "Jane Roe (Unity Party) is elected Governor of Ohio",
                "governor",
                "Jane Roe",
                "ohio",
            )
        ],
    ),
    # a religious style is no part of the name
    (
        "Cardinal Pietro Lanza, the Vatican secretary of state, said the talks would resume.",
        [
            (
                "Pietro Lanza, the Vatican secretary of state",
                "secretary-of-state",
                "Pietro Lanza",
                "vatican",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_candidates_and_names_after_titles(
    kinds: Kinds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert holders(kinds, text) == expected


def test_two_titles_of_one_person_joined_by_and(kinds: Kinds) -> None:
    # a title with a place of its own before "and", the person after the second title
    assert holders(kinds, "Karskian President and KNC leader Cyril Ramos spoke.") == [
        (
            "Karskian President and KNC leader Cyril Ramos",
            "president",
            "Cyril Ramos",
            "karskian",
        ),
        ("KNC leader Cyril Ramos", "head", "Cyril Ramos", "knc"),
    ]
    # a past term of the second title is its own
    assert holders(kinds, "Unity Party candidate and former leader Lee Jae-min won.") == [
        (
            "Unity Party candidate and former leader Lee Jae-min",
            "candidate",
            "Lee Jae-min",
            "unity party",
        ),
        ("leader Lee Jae-min", "former-head", "Lee Jae-min", ""),
    ]
    # a title alone after an article names another person
    assert holders(kinds, "The president and party leader Jane Roe spoke.") == [
        ("leader Jane Roe", "head", "Jane Roe", "")
    ]


def test_a_candidate_alone_names_an_office_in_a_sentence_of_an_election_only(
    kinds: Kinds,
) -> None:
    assert holders(kinds, "Dan Paley, a Ph.D. candidate at the University of Karsk, led it.") == []
    assert holders(kinds, "Karsk Unity candidate Dan Paley won 48% of the vote.") == [
        ("Karsk Unity candidate Dan Paley", "candidate", "Dan Paley", "karsk unity")
    ]


def test_a_name_in_two_links_ends_where_its_last_word_does(kinds: Kinds) -> None:
    # a day page's "[supreme leader of Karsk], [Ayatollah] [Ali Darani]" with the link
    # targets blanked to spaces, as a Markdown source is loaded
    text = "Officials planned to arrest the supreme leader of Karsk,  Ayatollah     Ali Darani  ."
    found = holders(kinds, text)
    assert found == [("leader of Karsk,  Ayatollah     Ali Darani", "head", "Ali Darani", "karsk")]


def test_names_written_apart_or_hyphened_are_one_person(rules: RuleSet) -> None:
    cutoff = rules.aliases.surname_cutoff
    assert same_person("kim moon soo", "kim moon-soo", cutoff)
    assert same_person("lee jae-myung", "lee jaemyung", cutoff)
    assert not same_person("kim moon soo", "kim moon-jae", cutoff)


def test_a_candidate_and_the_same_person_as_presidential_candidate_are_one_fact(
    tmp_path: Path,
) -> None:
    folder = tmp_path
    (folder / "a.txt").write_text(
        "Former Labor Minister Kim Moon Soo wins the presidential nomination of the party.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "The former premier declares his support for People Power Party candidate Kim Moon-soo.\n",
        encoding="utf-8",
    )
    report = run([folder])
    facts = [f for f in report.facts if f.kind == "office" and len(f.claim_ids) == 2]
    assert [(f.label, f.verdict) for f in facts] == [
        ("Candidate of People Power Party: Kim Moon Soo", "agree")
    ]
