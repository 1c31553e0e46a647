"""Dates as news writes them, resolved against the source's publication date.

"January 12", "Friday, 7 January", "12 January 2022", "on Wednesday", "last month",
"yesterday": each becomes an ISO string — a day (YYYY-MM-DD), a month (YYYY-MM) or, when
the year cannot be known, a day of a year left open (--MM-DD). Relative dates are resolved
only when the publication date is known; otherwise they stay unresolved (None), never
guessed. Month and weekday names, ordinal suffixes and relative dates come from the
language's `events.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from reconcile.numbers.patterns import alternation
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.rules import EventRules

# a year of the last two centuries and this one, as news writes it in digits: the one
# spelling of a year that every reading of years builds its pattern from
YEAR = r"(?:1[89]|20)\d\d"


@record
class DateMention:
    """A date found in a sentence: where, as written, and what it resolves to."""

    start: int
    end: int
    text: str
    iso: str | None


@record
class Calendar:
    """The date words of one language, compiled: one regex for every date form and the
    tables its matches are resolved with."""

    pattern: re.Pattern[str]
    months: Mapping[str, int]  # lower-case month name or short name -> 1..12
    weekdays: tuple[str, ...]  # lower case, Monday first
    relative_days: Mapping[str, int]  # lower case -> days from publication
    relative_months: Mapping[str, int]  # lower case, spaces single -> months from publication


def build_calendar(events: EventRules) -> Calendar:
    """The calendar of a language's `events.toml` words."""
    months: dict[str, int] = {}
    prefixes: dict[str, set[int]] = {}
    for number, name in enumerate(events.month_names, start=1):
        months[name.lower()] = number
        prefixes.setdefault(name.lower()[:3], set()).add(number)
    for short, numbers in prefixes.items():
        if len(numbers) == 1:  # "Jan", "Mär"; not French "jui" (juin, juillet)
            months.setdefault(short, min(numbers))
    for short, number in events.month_abbreviations.items():
        months[short.lower()] = number
    names = alternation([m for m in months if m in {n.lower() for n in events.month_names}])
    shorts = alternation([m for m in months if m not in {n.lower() for n in events.month_names}])
    month = rf"(?:{names}|{shorts}\.?)"
    weekdays = alternation([d.lower() for d in events.weekday_names])
    suffix = alternation(events.ordinal_suffixes)
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{suffix})?"
    joiner = alternation(events.day_month_joiners)
    year = r"(?:19|20)\d\d"
    relative_days = {k.lower(): v for k, v in events.relative_days.items()}
    relative_months = {" ".join(k.lower().split()): v for k, v in events.relative_months.items()}
    relative = alternation([*relative_days, *relative_months])
    # (a comma may stand apart, as tokenized text writes it: "October 15 , 2007")
    pattern = re.compile(
        rf"\b(?:(?P<weekday>{weekdays})(?: ?,)?\s+)?"
        rf"(?:(?P<day1>{day})\s+(?:{joiner}\s+)?(?P<month1>{month})"
        rf"|(?P<month2>{month})\s+(?P<day2>{day})(?!\d))"
        rf"(?:(?: ?,)?\s+(?P<year>{year}))?\b"
        rf"|\b(?P<bare>{weekdays})\b"
        rf"|\b(?P<relative>{relative})\b",
        re.IGNORECASE,
    )
    pattern = gated(pattern)  # tried only where a match can start
    return Calendar(
        pattern,
        MappingProxyType(months),
        tuple(d.lower() for d in events.weekday_names),
        MappingProxyType(relative_days),
        MappingProxyType(relative_months),
    )


def find_dates(
    text: str, published: str | None, calendar: Calendar, future: bool = False
) -> list[DateMention]:
    """Every date in `text`, resolved against `published` (ISO) when it is known."""
    found = []
    for m in calendar.pattern.finditer(text):
        found.append(
            DateMention(m.start(), m.end(), m.group(0), _resolve(m, published, calendar, future))
        )
    return found


def resolve_date(
    text: str, published: str | None, calendar: Calendar, future: bool = False
) -> str | None:
    """The ISO form of one date as written ("Friday, 7 January"), or None."""
    m = calendar.pattern.search(text)
    return _resolve(m, published, calendar, future) if m else None


def written_date(text: str, calendar: Calendar) -> tuple[int, int, int] | None:
    """(year, month, day) of a whole text that writes one full date in the calendar's words
    ("Friday, September 15, 2023", "15. September 2023", "15 sept. 2023"), with nothing
    after it but a clock time; None for any other text. The numbers are as written: the
    day may not exist in that month."""
    m = calendar.pattern.match(text)
    if m is None or not m.group("year") or not (m.group("month1") or m.group("month2")):
        return None
    rest = text[m.end() :]
    if rest.strip() and not _CLOCK_AFTER.match(rest):
        return None
    month = calendar.months[(m.group("month1") or m.group("month2")).rstrip(".").lower()]
    day = int(re.sub(r"\D", "", m.group("day1") or m.group("day2")))
    return int(m.group("year")), month, day


# What may follow a date in a timestamp: "at 13:08 IST", ", 10:00", " um 13.08 Uhr", " à 13h08".
_CLOCK_AFTER = re.compile(r"[,\s]+\D{0,6}\d{1,2}[:.h]\d\d")


def _resolve(
    m: re.Match[str], published: str | None, calendar: Calendar, future: bool
) -> str | None:
    pub = date.fromisoformat(published) if published else None
    if m.group("relative"):
        if pub is None:
            return None
        word = " ".join(m.group("relative").lower().split())
        if word in calendar.relative_days:
            return (pub + timedelta(days=calendar.relative_days[word])).isoformat()
        index = pub.year * 12 + pub.month - 1 + calendar.relative_months[word]
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if m.group("bare"):
        if pub is None:
            return None
        wanted = calendar.weekdays.index(m.group("bare").lower())
        if future:
            ahead = (wanted - pub.weekday()) % 7
            return (pub + timedelta(days=ahead)).isoformat()
        back = (pub.weekday() - wanted) % 7
        return (pub - timedelta(days=back)).isoformat()
    month = calendar.months[(m.group("month1") or m.group("month2")).rstrip(".").lower()]
    day = int(re.sub(r"\D", "", m.group("day1") or m.group("day2")))
    if m.group("year"):
        try:
            return date(int(m.group("year")), month, day).isoformat()
        except ValueError:
            return None
    if pub is None:
        return f"--{month:02d}-{day:02d}"
    # The year is the one that puts the date nearest the publication date.
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - pub).days), d)).isoformat()


def date_relation(a: str, b: str) -> str:
    """'same', 'within' (one is a month or a day without year that fits the other) or
    'different', for dates written as YYYY-MM-DD, YYYY-MM or --MM-DD."""
    if a == b:
        return "same"
    year_a, rest_a = (a[:4], a[4:]) if not a.startswith("--") else ("", a[1:])
    year_b, rest_b = (b[:4], b[4:]) if not b.startswith("--") else ("", b[1:])
    if year_a and year_b and year_a != year_b:
        return "different"
    month_a, month_b = rest_a[1:3], rest_b[1:3]
    if month_a != month_b:
        return "different"
    day_a, day_b = rest_a[4:6], rest_b[4:6]
    if day_a and day_b and day_a != day_b:
        return "different"
    return "within"
