"""Lower-case noun phrases several sources of a run write are the things they agree on
(`reconcile/kinds/thing/common.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.kinds.thing import common
from reconcile.models import Report
from tests.facts import facts_of
from tests.facts import run_of as report_of


def things(report: Report) -> list[tuple[str, str]]:
    return facts_of(report, "thing")


def quotes(report: Report) -> list[tuple[str, str]]:
    """(source file, quote) of each thing claim."""
    path = {s.id: Path(s.path).name for s in report.sources}
    return sorted((path[c.source_id], c.quote) for c in report.claims if c.kind == "thing")


def test_a_phrase_two_sources_write_is_one_agreed_thing(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A cargo ship ran aground off the coast on Monday.",
        "Divers reached the cargo ships after the storm.",
    )
    assert things(report) == [("agreed thing: cargo ships", "agree")]
    assert quotes(report) == [("s0.md", "cargo ship"), ("s1.md", "cargo ships")]


def test_a_phrase_one_source_writes_stays_unread(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A cargo ship ran aground off the coast on Monday.",
        "Divers reached the wreck after the storm.",
    )
    assert things(report) == []


def test_common_words_of_any_story_are_no_things(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Police said the government warned people last year, and many local officials left.",
        "The government warned people last year, police said, and many local officials left.",
    )
    assert things(report) == []


def test_a_phrase_with_a_joiner_and_one_opening_a_sentence_are_read(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Bootleg alcohol killed ten in Velm. Jane Roe faces a trial of the facts.",
        "Doctors treated victims of bootleg alcohol. The trial of the facts opens in Velm.",
    )
    assert things(report) == [
        ("agreed thing: bootleg alcohol", "agree"),
        ("agreed thing: trial of the facts", "agree"),
    ]


def test_a_phrase_a_count_cuts_short_is_read_past_it(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Karskia freed 52 political prisoners on Monday.",
        "The political prisoners were flown to Velm.",
    )
    assert ("agreed thing: political prisoners", "agree") in things(report)


def test_a_participle_and_its_object_are_no_phrase(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A boat carrying migrants sank off Velm after a mass shooting at the port.",
        "The boat carrying migrants sank near Velm. Police linked it to the mass shooting.",
    )
    assert things(report) == [("agreed thing: mass shooting", "agree")]


def test_a_large_run_reads_its_phrases_again_and_finds_the_same_things(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # past `_HELD_CHARS` of text a run's phrases are not kept between the count of the
    # recurring ones and their claims, but read again: the same things, quoted alike
    texts = (
        "Bootleg alcohol killed ten in Velm. A cargo ship ran aground off the coast.",
        "Doctors treated victims of bootleg alcohol. Divers reached the cargo ships.",
    )
    kept = report_of(tmp_path / "kept", *texts)
    monkeypatch.setattr(common, "_HELD_CHARS", 0)
    again = report_of(tmp_path / "again", *texts)
    assert things(kept) == [
        ("agreed thing: bootleg alcohol", "agree"),
        ("agreed thing: cargo ships", "agree"),
    ]
    assert things(again) == things(kept)
    assert quotes(again) == quotes(kept)
