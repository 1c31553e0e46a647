"""Dates as news writes them, resolved against the source's publication date.

"January 12", "Friday, 7 January", "12 January 2022", "on Wednesday", "last month",
"yesterday": each becomes an ISO string — a day (YYYY-MM-DD), a month (YYYY-MM) or, when
the year cannot be known, a day of a year left open (--MM-DD). Relative dates are resolved
only when the publication date is known; otherwise they stay unresolved (None), never
guessed. Month and weekday names come from `rules/events.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from reconcile.rules import RuleSet


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: where, as written, and what it resolves to."""

    start: int
    end: int
    text: str
    iso: str | None


@cache
def date_pattern(rules: RuleSet) -> re.Pattern[str]:
    """The date regex of a rule set (to be replaced by `Lexicon.dates`)."""
    return build_date_pattern(rules)


def build_date_pattern(rules: RuleSet) -> re.Pattern[str]:
    """One regex for every date form, built from the rules' month and weekday names."""
    months = "|".join(
        [re.escape(m) for m in rules.events.month_names]
        + [re.escape(m[:3]) + r"\.?" for m in rules.events.month_names]
        + [r"Sept\.?"]
    )
    weekdays = "|".join(re.escape(d) for d in rules.events.weekday_names)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"\b(?:(?P<weekday>{weekdays}),?\s+)?"
        rf"(?:(?P<day1>{day})\s+(?:of\s+)?(?P<month1>{months})"
        rf"|(?P<month2>{months})\s+(?P<day2>{day})(?!\d))"
        rf"(?:,?\s+(?P<year>{year}))?\b"
        rf"|\b(?P<bare>{weekdays})\b"
        r"|\b(?P<relative>(?:last|this|next)\s+month|yesterday|today|tomorrow)\b",
        re.IGNORECASE,
    )


def find_dates(
    text: str, published: str | None, rules: RuleSet, future: bool = False
) -> list[DateMention]:
    """Every date in `text`, resolved against `published` (ISO) when it is known."""
    found = []
    for m in date_pattern(rules).finditer(text):
        found.append(
            DateMention(m.start(), m.end(), m.group(0), _resolve(m, published, rules, future))
        )
    return found


def resolve_date(
    text: str, published: str | None, rules: RuleSet, future: bool = False
) -> str | None:
    """The ISO form of one date as written ("Friday, 7 January"), or None."""
    m = date_pattern(rules).search(text)
    return _resolve(m, published, rules, future) if m else None


def _month_number(name: str, rules: RuleSet) -> int:
    key = name.rstrip(".").lower()[:3]
    return [m.lower()[:3] for m in rules.events.month_names].index(key) + 1


def _resolve(m: re.Match[str], published: str | None, rules: RuleSet, future: bool) -> str | None:
    pub = date.fromisoformat(published) if published else None
    if m.group("relative"):
        if pub is None:
            return None
        word = m.group("relative").lower()
        if word in ("yesterday", "today", "tomorrow"):
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
            return (pub + timedelta(days=shift)).isoformat()
        step = {"last": -1, "this": 0, "next": 1}[word.split()[0]]
        index = pub.year * 12 + pub.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if m.group("bare"):
        if pub is None:
            return None
        weekdays = [d.lower() for d in rules.events.weekday_names]
        wanted = weekdays.index(m.group("bare").lower())
        if future:
            ahead = (wanted - pub.weekday()) % 7
            return (pub + timedelta(days=ahead)).isoformat()
        back = (pub.weekday() - wanted) % 7
        return (pub - timedelta(days=back)).isoformat()
    month = _month_number(m.group("month1") or m.group("month2"), rules)
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
