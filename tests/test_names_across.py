"""Names one source reads as a claim, read where another source of the run writes them
alike (`kinds/thing/across.py`): of the first source's kind, role and key; and the names
that must stay unread."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from reconcile.models import Report
from tests.facts import folder, joined, read, two_sources


def test_a_year_read_after_a_cue_is_read_where_another_source_writes_it(
    tmp_path: Path,
) -> None:
    report = two_sources(
        tmp_path,
        "Karsk election",
        "Roe first ran for the Karsk senate seat in 1996 and lost.",
        "The 1996 race for the Karsk senate seat was Roe's first.",
    )
    assert read(report, "b.md", "date") == [("1996", "1996")]
    assert joined(report, "date") == [["1996", "1996"]]


def test_a_name_with_a_number_is_the_name_not_a_count(tmp_path: Path) -> None:
    # the second source's "7" is read as a count where it stands; the name holds it
    report = two_sources(
        tmp_path,
        "Ferry sinks off Velm",
        "The ferry MV Tarvin 7 sank off Velm on Sunday.",
        "Tarvin 7 had left the harbour an hour before it sank.",
    )
    assert read(report, "b.md", "thing") == [("Tarvin 7", "tarvin 7")]
    assert joined(report, "thing") == [["MV Tarvin 7", "Tarvin 7"]]


def test_a_lower_case_name_of_two_words_is_read_in_either_case(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Ferry sinks off Velm",
        "Nine people were rescued, the coast guard said on Sunday.",
        "Coast Guard divers reached the ferry, and a coast guard boat waited.",
    )
    assert [q for q, _ in read(report, "b.md", "source")] == ["Coast Guard", "coast guard"]


def test_a_place_read_in_one_source_is_read_bare_in_another(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Jet crash",
        "The jet crashed near Velm on Tuesday.",
        "Velm residents heard the jet come down; Velm Airport was shut.",
    )
    # "Velm Airport" is a longer name: its "Velm" is not read
    assert read(report, "b.md", "place") == [("Velm", "velm")]
    assert joined(report, "place") == [["Velm", "near Velm"]]


def test_a_place_after_a_capitalized_word_of_its_part_is_read(tmp_path: Path) -> None:
    # "Northern" tells a part of Karskia: the place is read, and meets the first source's
    report = two_sources(
        tmp_path,
        "Earthquake",
        "An earthquake struck near Karskia on Tuesday.",
        "Homes fell across Northern Karskia as the shaking went on.",
    )
    assert read(report, "b.md", "place") == [("Karskia", "karskia")]
    assert joined(report, "place") == [["Karskia", "near Karskia"]]


def test_a_place_after_a_point_of_the_compass_is_another_name(tmp_path: Path) -> None:
    # "South Karskia" is a name of its own, as "South Sudan" is: its "Karskia" is not read
    report = two_sources(
        tmp_path,
        "Earthquake",
        "An earthquake struck near Karskia on Tuesday.",
        "Homes fell across South Karskia as the shaking went on.",
    )
    assert read(report, "b.md", "place") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one word in lower case may be any word of the language
        ("Nine people died, the military said.", "The military trucks left."),
        # a month alone is any year's month; a number of three digits is any count
        ("Talks began in March with 300 delegates.", "By March, 300 delegates had come."),
        # one capitalized word the run writes in lower case too is that word
        (
            "Investigators said the ferry had sunk.",
            "Investigators came, and the investigators left.",
        ),
        # a name a claim reads in one source only, written nowhere else
        ("The ferry MV Tarvin 7 sank off Velm.", "The ferry sank off the coast."),
    ],
)
def test_names_no_other_source_reads_stay_unread(tmp_path: Path, first: str, second: str) -> None:
    report = two_sources(folder(tmp_path, "run"), "Talks in Velm", first, second)
    # the second source reads only what its own rules read, as beside a source of nothing
    alone = two_sources(folder(tmp_path, "alone"), "Talks in Velm", "Nothing here.", second)
    for kind in ("date", "place", "route", "source", "thing"):
        assert read(report, "b.md", kind) == read(alone, "b.md", kind), kind


def test_the_reading_does_not_depend_on_the_order_of_sources(tmp_path: Path) -> None:
    texts = (
        "The ferry MV Tarvin 7 sank off Velm in 1996, the coast guard said.",
        "Tarvin 7 sank in the 1996 storm; the coast guard counted survivors.",
    )
    one = two_sources(folder(tmp_path, "one"), "Ferry", *texts)
    two = two_sources(folder(tmp_path, "two"), "Ferry", *reversed(texts))

    def claims(report: Report) -> list[tuple[str, str, str, str]]:
        text = {s.id: s.text for s in report.sources}
        return sorted(
            (text[c.source_id], c.kind, c.quote, getattr(c.detail, "key", ""))
            for c in report.claims
        )

    assert claims(one) == claims(two)
    assert ("Tarvin 7", "tarvin 7") in [(q, k) for _, kind, q, k in claims(one) if kind == "thing"]


def test_a_name_inside_an_event_clause_is_read(tmp_path: Path) -> None:
    # the second source's event claim holds the valley's name: the name is read all the same
    report = two_sources(
        tmp_path,
        "Floods in Tarvin Valley",
        "Flooding was worst in Tarvin Valley, officials said.",
        "Flash floods swept Tarvin Valley towns on Monday, killing 3.",
    )
    assert [q for q, _ in read(report, "b.md", "event")] == [
        "Flash floods swept Tarvin Valley towns on Monday"
    ]
    assert read(report, "b.md", "place") == [("Tarvin Valley", "tarvin valley")]
    assert joined(report, "place") == [["Tarvin Valley", "in Tarvin Valley"]]


def test_a_place_in_an_office_title_is_read(tmp_path: Path) -> None:
    # the office claim holds the title and its place; the place is another source's
    report = two_sources(
        tmp_path,
        "Storm in Alaska",
        "The storm made landfall in Alaska on Monday, officials said.",
        "Alaska Governor Jane Roe declared an emergency.",
    )
    assert [q for q, _ in read(report, "b.md", "office")] == ["Alaska Governor Jane Roe"]
    assert read(report, "b.md", "place") == [("Alaska", "alaska")]


def test_a_place_name_after_a_title_is_a_person_not_the_place(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Storm in Velm",
        "The storm made landfall in Velm on Monday, officials said.",
        "The storm passed, and Governor Velm declared an emergency.",
    )
    assert read(report, "b.md", "place") == []


def test_a_place_before_a_comma_is_read_where_written_alone(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Floods near Velm",
        "Flooding was worst near Velm, Karskia, on Tuesday.",
        "Flash floods swept Velm towns on Monday.",
    )
    assert read(report, "b.md", "place") == [("Velm", "velm")]
    assert joined(report, "place") == [["Velm", "near Velm, Karskia"]]


def test_the_lookalikes_are_every_character_a_case_blind_pattern_reads_as_ascii() -> None:
    from reconcile.kinds.thing.across import _ASCII_LOOKALIKES

    ascii_word = re.compile(r"[a-z0-9]", re.IGNORECASE)
    found = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_word.fullmatch(chr(c))}
    assert found == _ASCII_LOOKALIKES


@pytest.mark.parametrize(
    "text",
    [
        "Coast Guard divers reached MV Tarvin 7 near velm harbour.",
        "COAST GUARD divers reached the Tarvin 7.",
        "The coast-guard (Tarvin) and Velm Harbour, then Tarvin 7's crew.",
        "The \u212aarsk coast guard met in \u0130stanbul.",  # a Kelvin sign, a dotted I
        "Nothing of the run here.",
    ],
)
def test_the_candidates_of_a_text_hold_every_name_the_pattern_finds_in_it(text: str) -> None:
    from reconcile.kinds.thing.across import _alike, _Candidates

    names = [
        _alike(n) for n in ["coast guard", "Coast Guard", "Tarvin 7", "MV Tarvin 7", "Velm Harbour"]
    ]
    names += [_alike("\u0130stanbul"), _alike("Karsk"), _alike("(Tarvin)")]
    candidates = set(_Candidates(names).of(text))
    # every name the case-blind pattern of the finder matches is a candidate
    for name in names:
        pattern = re.compile(r"(?<![\w’'&.-])" + re.escape(name[0]) + r"(?![\w’'&-])", re.I)
        if pattern.search(text):
            assert name in candidates, name
    if "Nothing" in text:
        assert candidates == {n for n in names if not n[0].isascii() or n[0][0] == "("}
