"""Events and dates: absolute and relative dates, resolved only when the date is known."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import run
from reconcile.dates import Calendar, resolve_date
from reconcile.kinds.event.kind import event
from reconcile.lexicon import Lexicon
from reconcile.reasons import (
    Alone,
    DatesStated,
    KeptApart,
    LikelyDifferentEvents,
    PlacesStated,
    PublishedApart,
    Stated,
)


@pytest.mark.parametrize(
    ("text", "published", "future", "iso"),
    [
        ("January 12", "2022-01-06", False, "2022-01-12"),
        ("Friday, 7 January", "2022-01-06", False, "2022-01-07"),
        ("12 January 2021", None, False, "2021-01-12"),
        ("January 12", None, False, "--01-12"),
        ("on Wednesday", "2022-01-06", False, "2022-01-05"),
        ("on Friday", "2023-06-13", True, "2023-06-16"),
        ("last month", "2022-01-06", False, "2021-12"),
        ("yesterday", "2022-03-01", False, "2022-02-28"),
        ("December 30", "2022-01-02", False, "2021-12-30"),
        ("on Wednesday", None, False, None),
        ("last month", None, False, None),
    ],
)
def test_dates_resolve_against_publication(
    text: str,
    published: str | None,
    future: bool,
    iso: str | None,
    lexicons: Mapping[str, Lexicon],
) -> None:
    assert resolve_date(text, published, lexicons["en"].calendar, future) == iso


def test_seed_event_has_date_and_place(at_root: Path) -> None:
    report = run(["seeds"])
    events = {event(c).name: c for c in report.claims if c.kind == "event"}
    council = events["NATO-Russia Council meeting"]
    assert (event(council).date, event(council).place) == ("2022-01-12", "Brussels")
    assert council.context.location == "Brussels"
    assert council.counted_noun is None  # an event counts nothing
    assert event(events["emergency meeting of foreign ministers"]).date == "2022-01-07"


def test_one_event_on_different_dates_is_a_conflict() -> None:
    folder = Path(__file__).resolve().parent / "data" / "matching" / "summit"
    report = run([str(folder)])
    (fact,) = [f for f in report.facts if f.kind == "event"]
    assert len(fact.claim_ids) == 3
    assert fact.verdict == "conflict"
    assert fact.notes == (
        DatesStated((("2023-06-16", ("Friday", "June 16")), ("2023-06-17", ("June 17",)))),
        PlacesStated(("Riga", "Vilnius")),
        PublishedApart(
            (("b.txt", "2023-06-14"), ("c.txt", "2023-06-13"), ("a.txt", "2023-06-13")),
            Stated.DATE_OR_PLACE,
        ),
    )


def test_unknown_publication_date_leaves_weekday_unresolved(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The summit will be held on Friday in Vilnius.\n", encoding="utf-8"
    )
    report = run([str(tmp_path)])
    (claim,) = [c for c in report.claims if c.kind == "event"]
    assert event(claim).date is None
    assert event(claim).date_text == "Friday"
    assert claim.context.time == "Friday"
    assert claim.context.location == "Vilnius"


def test_bare_named_events_on_different_dates_are_two_events(tmp_path: Path) -> None:
    for name, day in (("a.txt", "Monday"), ("b.txt", "Tuesday")):
        body = f"Diplomats said talks took place on {day} in Geneva."
        text = f"---\npublished: 2023-06-14\n---\n{body}\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)])
    events = [f for f in report.facts if f.kind == "event"]
    assert [f.verdict for f in events] == ["single", "single"]
    apart = KeptApart(LikelyDifferentEvents(("2023-06-13", "2023-06-12"), None, True, 100.0))
    assert [f.match.reasons for f in events] == [(Alone(), apart), (Alone(), apart)]


@pytest.fixture(scope="module")
def calendar(lexicons: Mapping[str, Lexicon]) -> Calendar:
    """The English calendar, of the session's lexicon (a lexicon per example would outlast
    the property test's deadline)."""
    return lexicons["en"].calendar


@given(
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    offset=st.integers(min_value=-150, max_value=150),
    form=st.sampled_from(["{month} {day}", "{day} {month}", "{weekday}, {day} {month}"]),
)
def test_a_day_and_month_resolve_to_the_date_nearest_publication(
    published: date, offset: int, form: str, calendar: Calendar
) -> None:
    meant = published + timedelta(days=offset)
    text = form.format(month=meant.strftime("%B"), day=meant.day, weekday=meant.strftime("%A"))
    assert resolve_date(text, published.isoformat(), calendar) == meant.isoformat()
    assert resolve_date(text, None, calendar) == f"--{meant.month:02d}-{meant.day:02d}"


def test_a_place_past_a_clause_about_someone_is_not_the_event_s(tmp_path: Path) -> None:
    # "who remain in Karsk" places the hostages, not the attack; "which was held in Velm"
    # places the summit itself
    (tmp_path / "a.txt").write_text(
        "Police arrested a man after the firebombing attack on a march for hostages who"
        " remain in Karsk.\n\nThe summit, which was held in Velm, ended early.\n",
        encoding="utf-8",
    )
    report = run([str(tmp_path)])
    places = sorted(event(c).place for c in report.claims if c.kind == "event")
    assert places == ["Velm"]
