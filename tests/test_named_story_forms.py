"""Named facts as news of one story writes them across outlets: a place after "the market
town of", the present tense of a news summary ("a child dies", "cases in"), a larger place
joining last, a model written with or without its hyphen, an airline's name before its
aircraft, a body after "according to the reports by", and "the previous day" counted from the
day the source named last. Sentences written for these tests; sentence in, claims out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.errors import RulesError
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue, within_score
from reconcile.models import Source
from reconcile.rules import RuleSet, load_rules

OPENING = "Officials met on Monday to review the budget. "  # an opening sentence with no place


def named(kinds: Kinds, text: str, kind: str, published: str = "2024-03-14") -> list[tuple]:
    """(quote, role, name, key) of each claim of `kind` in one source."""
    source = Source(id="S1", path="a.txt", text=text, published=published)
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == kind:
            detail = claim.detail
            assert isinstance(detail, NamedValue)
            found.append((claim.quote, detail.role, detail.name, detail.key))
    return found


PLACE_CASES = [
    # an article, a few words, a kind of place, "of": the place is the name after it
    (
        OPENING + "The flood submerged the market town of Karsk on Sunday.",
        [("submerged the market town of Karsk", "event", "Karsk", "karsk")],
    ),
    (
        OPENING + "Two died as migrants rushed into the Freedonian autonomous city of Port Elm.",
        [("into the Freedonian autonomous city of Port Elm", "event", "Port Elm", "port elm")],
    ),
    (
        OPENING + "Hundreds tried to storm the fence, and two died in the Tarvin enclave of Ulm.",
        [("in the Tarvin enclave of Ulm", "event", "Ulm", "ulm")],
    ),
    # the present tense of a news summary, and the place where cases are counted
    (
        OPENING + "A child dies from measles at a clinic in Lubbock, Texas, on Sunday.",
        [("in Lubbock, Texas", "event", "Lubbock, Texas", "lubbock texa")],
    ),
    (
        OPENING + "The number of measles cases in Karsk rises to 146.",
        [("in Karsk", "event", "Karsk", "karsk")],
    ),
    (
        OPENING + "A ferry capsizes off Karsk. A volcano erupts near Ulm.",
        [("off Karsk", "crash site", "Karsk", "karsk"), ("near Ulm", "event", "Ulm", "ulm")],
    ),
    # a place's name before, or owning, a noun of the event (not a thing's, nor a party's)
    (
        OPENING + "The Karsk earthquake and Ulm's measles outbreak killed 70 people.",
        [
            ("Karsk earthquake", "event", "Karsk", "karsk"),
            ("Ulm's measles outbreak", "event", "Ulm", "ulm"),
        ],
    ),
    (OPENING + "The Ebola outbreak and the Democratic protests went on.", []),
    # no cue in the clause: a place named in passing is still none
    (OPENING + "The minister was born in the market town of Karsk.", []),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_CASES)
def test_places_of_a_news_summary(kinds: Kinds, text: str, expected: list[tuple]) -> None:
    assert named(kinds, text, "place") == expected


def test_an_item_of_a_list_tells_its_own_story(kinds: Kinds) -> None:
    # a page of news summaries: each item opens with its event's place, no cue needed (its
    # first place only, and one joined to it by "and"); a paragraph of plain text opens none
    text = (
        "Officials met on Monday.\n"
        "  Ruritania closes its border after the arrival of migrants in Karsk and Ulm.\n"
        "  A minister spoke in Port Elm about the budget.\n"
        "The envoy stayed in Tarvin for talks.\n"
    )
    assert [(quote, role) for quote, role, _, _ in named(kinds, text, "place")] == [
        ("in Karsk", "event"),
        ("Ulm", "event"),
        ("in Port Elm", "event"),
    ]


def test_a_place_names_larger_places_closest_first(rules: RuleSet) -> None:
    # "Texas" within "Texas, United States" (a shared first word) before "United States"
    base, step = rules.matching.named_within_score, rules.matching.named_within_step
    assert (base, step) == (80.0, 5.0)
    assert within_score("texa", "texa us", base, step) == 90.0
    assert within_score("us", "texa us", base, step) == 85.0
    assert within_score("texa us", "lubbock texa us", base, step) == 90.0
    assert within_score("a320", "a320neo", base, step) == 80.0
    # a user's rules may weigh them otherwise, never past 100
    assert within_score("texa", "texa us", 70.0, 10.0) == 90.0
    assert within_score("lubbock texa us", "lubbock texa us dallas", 95.0, 10.0) == 100.0


def test_the_within_scores_are_rules_checked_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "matching.toml").write_text(
        "# a user's matching rules\nnamed_within_score = 120.0\nnamed_within_step = -1.0\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    problems = sorted(str(p) for p in caught.value.problems)
    assert len(problems) == 2
    assert problems[0].startswith(f"{tmp_path / 'matching.toml'}:2: named_within_score: 120")
    assert problems[1].startswith(f"{tmp_path / 'matching.toml'}:3: named_within_step: -1")


def test_a_bare_larger_place_joins_last(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    texts = {
        "a.txt": "The number of measles cases in Texas, United States, rises to 146.\n",
        "b.txt": "A measles outbreak surged in Texas and in the Ruritanian town of Karsk.\n",
        "c.txt": "The measles outbreak in the United States rose again on Friday.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([folder])
    by_id = {c.id: c for c in report.claims if c.kind == "place"}
    joined = sorted(
        sorted(by_id[i].quote for i in f.claim_ids)
        for f in report.facts
        if set(f.claim_ids) & set(by_id)
    )
    # (the bare "United States" meets the one the first source writes after its comma, a
    # claim of its own, and still not "Texas, United States")
    assert joined == [
        ["United States", "in the United States"],
        ["in Texas", "in Texas, United States"],
        ["in the Ruritanian town of Karsk"],
    ]


THING_CASES = [
    # an airline's name ends before its aircraft's maker
    (
        "A Northwind Airlines Bombardier CRJ-700 collided with a helicopter.",
        [
            ("Northwind Airlines", "airline", "Northwind Airlines", "northwind airline"),
            ("Bombardier CRJ-700", "aircraft", "Bombardier CRJ-700", "crj700"),
            ("helicopter", "vehicle", "helicopter", "helicopter"),
        ],
    ),
    # a model with and without its hyphen has one key
    (
        "The CRJ700 and a Tupolev Tu-154 landed.",
        [
            ("CRJ700", "aircraft", "CRJ700", "crj700"),
            ("Tupolev Tu-154", "aircraft", "Tupolev Tu-154", "tu154"),
        ],
    ),
    # a year long before publication after a thing: a past one the story compares with
    (
        "The crash was the deadliest since Flight 587 in 2001. Flight 5342 left on time.",
        [
            ("Flight 587", "flight of 2001", "Flight 587", "587"),
            ("Flight 5342", "flight", "Flight 5342", "5342"),
        ],
    ),
    (
        "It was the strongest since Typhoon Haiyan in 2023.",
        [("Typhoon Haiyan", "storm", "Typhoon Haiyan", "haiyan")],
    ),
    # a name before an election's noun that a party's last word ends is the party's
    (
        "Ann Roe wins the Velmish Party leadership election with most of the vote.",
        [("Velmish Party", "party", "Velmish Party", "velmish party")],
    ),
    # a person is the same in any year (`dated = false`): the year tells when
    (
        "A jury convicted the man who attacked author Ann Velmar in 2019.",
        [("Ann Velmar", "person", "Ann Velmar", "ann velmar")],
    ),
    # a common noun before a verb of the present that takes an object (an article, a
    # number), whatever stands before the noun: the present tense of a news summary
    (
        "Karskia's parliament votes 81-40 to approve the budget.",
        [("parliament", "chamber", "parliament", "parliament")],
    ),
    (
        "The Velmish senate resumes the trial of the governor.",
        [("senate", "chamber", "senate", "senate")],
    ),
    # (not a noun the common noun modifies: "bus drivers")
    ("The bus drivers said they would stop work.", []),
    # a name before the noun of parties running as one
    (
        "Polls show the populist Velmish Progress coalition ahead of the vote.",
        [("Velmish Progress", "party", "Velmish Progress", "velmish progress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THING_CASES)
def test_things_written_differently(kinds: Kinds, text: str, expected: list[tuple]) -> None:
    assert named(kinds, text, "thing") == expected


def test_a_body_after_the_reports_by(kinds: Kinds) -> None:
    text = "According to the reports by Ruritania Centre for Disease Studies, 142 fell ill."
    assert named(kinds, text, "source") == [
        (
            "Ruritania Centre for Disease Studies",
            "stated by",
            "Ruritania Centre for Disease Studies",
            "ruritania centre for disease studie",
        )
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nine died, according to figures released by the Karsk Disaster Authority.",
            "Karsk Disaster Authority",
        ),
        ("Nine died, per the Ruritanian Red Cross.", "Ruritanian Red Cross"),
    ],
)
def test_a_body_after_figures_released_by(kinds: Kinds, text: str, name: str) -> None:
    assert [found[2] for found in named(kinds, text, "source")] == [name]


DAY_CASES = [
    # counted from the last day the source named, not from publication
    (
        "Yesterday, Roe won the race in Karsk. Just the previous day, Doe ran in Ulm.",
        [("Yesterday", "2019-10-13"), ("the previous day", "2019-10-12")],
    ),
    (
        "On October 3 they met, and the following day they left.",
        [("October 3", "2019-10-03"), ("the following day", "2019-10-04")],
    ),
    # no day named before it: unresolved, never guessed
    ("Doe ran the following day.", [("the following day", "")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_CASES)
def test_a_day_counted_from_the_last_one_named(
    kinds: Kinds, text: str, expected: list[tuple[str, str]]
) -> None:
    found = named(kinds, text, "date", published="2019-10-14")
    assert [(quote, key) for quote, _, _, key in found] == expected


def test_the_place_of_an_office_is_the_place_another_source_gives_the_event(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    texts = {
        "a.txt": "Floods struck Velmora on Monday, killing three people.\n",
        "b.txt": "Velmora Governor Jane Roe declared an emergency after the floods.\n",
        "c.txt": "Jon Doe stepped down as MP for Tarvin Moor on Friday.\n",
        "d.txt": "A by-election was held in Tarvin Moor after the resignation.\n",
        "e.txt": "The Karskian governor Ann Lee visited the flooded valley.\n",
        "f.txt": "Floods struck Karskia on Tuesday, officials said.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([folder])
    names = {s.id: Path(s.path).name for s in report.sources}
    by_id = {c.id: c for c in report.claims if c.kind == "place"}
    joined = sorted(
        sorted((names[by_id[i].source_id], by_id[i].quote) for i in f.claim_ids)
        for f in report.facts
        if set(f.claim_ids) & set(by_id)
    )
    # (the office's place is read as the place where another source's event happened, and
    # meets it: by its name, or by its people's word, "Karskian" / "Karskia")
    assert joined == [
        [("a.txt", "struck Velmora"), ("b.txt", "Velmora")],
        [("c.txt", "Tarvin Moor"), ("d.txt", "in Tarvin Moor")],
        [("e.txt", "Karskian"), ("f.txt", "struck Karskia")],
    ]


def test_the_place_of_an_office_no_other_source_places_the_event_in_is_no_place(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    texts = {
        "a.txt": "Floods struck Velmora on Monday, killing three people.\n",
        "b.txt": "Tarvin Governor Jane Roe sent aid after the floods.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([folder])
    assert [c.quote for c in report.claims if c.kind == "place"] == ["struck Velmora"]
