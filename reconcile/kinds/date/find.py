"""The days and dates of events, as written, resolved against the publication date.

Every date form of the language's calendar ("June 21", "Friday", "yesterday", "last month"),
and from `named.toml`: a month with a year ("May 2008"), a month alone after a cue word ("in
December", "since early June"), a year alone after one ("in 1997"), a week ("last week"), a
year relative to publication ("next year"). Each resolves to an ISO value — a day, a month
(YYYY-MM), a year (YYYY), a week (YYYY-MM-DD/YYYY-MM-DD), or a day or month of an unknown year
(--MM-DD, --MM) — and a relative date stays unresolved (None) when the publication date is
unknown: never guessed. A source's own dateline ("Monday, June 24, 2019" opening the text, or a
line that is only a date) and a date after a word of `not_event` ("published June 3") are not
claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from reconcile.dates import YEAR, Calendar, find_dates, resolve_date
from reconcile.kinds.base import sentence_mention
from reconcile.kinds.named import phrases
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.regex_starts import gated
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, first_runs, longest_runs, may_hold

from .records import DateMention

_ONLY_PUNCTUATION = re.compile(r"[\W_\d]*")  # what is left of a line that is only a date
_YEAR = re.compile(r"\d{4}")
# a year as the branches read one: a sentence without one and without a word of
# `extra_runs` holds no match of `extra` (its other branches hold a month or a phrase)
_A_YEAR = re.compile(YEAR)
_NUMBER_BEFORE = re.compile(r"\d[^,;:]*$")


_DECADE = r"(?:1[89]|20)\d0"  # a decade's first year: "1990" of "the 1990s"


def _words_pattern(items: tuple[str, ...] | list[str]) -> str:
    """An alternation of words or phrases (longest first, spaces loose) for a larger
    pattern, or one that matches nothing when there are none."""
    parts = sorted({" ".join(i.split()) for i in items if i.strip()}, key=lambda p: (-len(p), p))
    if not parts:
        return "(?!)"
    return "|".join(r"\s+".join(re.escape(w) for w in p.split(" ")) for p in parts)


FUTURE_BEFORE = 60  # characters before a date in which a future word makes it one to come
FUTURE_AFTER = 30  # and after it
TENURE_BEFORE = 60  # characters before a date read for an office's title and "since"


class DateFinder:
    """The calendar and the date cue words of one rule set, compiled once."""

    def __init__(self, rules: RuleSet, calendar: Calendar) -> None:
        words = rules.named.date
        self.calendar = calendar
        months = "|".join(
            re.escape(m) for m in sorted(self.calendar.months, key=lambda m: (-len(m), m))
        )
        month = rf"(?P<month>{months})\.?"
        year = rf"(?P<year>{YEAR})"
        month_before = phrases(words.month_before).pattern
        year_before = phrases(words.year_before).pattern
        # a part of a year before it ("early 2025", "mid-2026"), a word of `year_before`
        # or none before the part; a decade after a word of `decade_before` ("the 1990s")
        parts = _words_pattern(words.year_parts)
        decade_before = _words_pattern(words.decade_before)
        counts = phrases([*rules.numbers.words, *rules.numbers.articles]).pattern
        ago = phrases(words.ago).pattern
        # (a word of `month_before` or `year_before` may open the sentence: "In 2004, ...")
        branches = (  # every branch starts a word: said once, before them
            rf"(?<!\w)(?:\b{month}\s+(?:of\s+)?{year}\b"  # May 2008
            rf"|(?<!\S)(?:{month_before})\s+(?:(?:early|late|mid-?)\s+)?(?:this\s+)?"
            rf"(?P<alone>{months})\b(?!\s+\d)"  # in December, since early June
            rf"|(?<!\S)(?:{year_before})\s+(?P<year_alone>{YEAR})\b(?![\d%]|[.,]\d)"
            rf"|(?<![\w-])(?P<year_part>(?:{parts})(?:\s+|-))(?P<part_year>{YEAR})\b"
            r"(?![\d%]|[.,]\d)"
            rf"|(?<![\w-])(?:{decade_before})\s+(?P<decade>{_DECADE})['’]?s\b"
            rf"|(?P<week>{phrases(words.relative_weeks).pattern})"
            rf"|(?P<rel_year>{phrases(words.relative_years).pattern})"
            rf"|(?P<anaphoric>{phrases(words.anaphoric_days).pattern})"
        )
        # "about two months ago": tried only in a sentence with a word of `ago` (a number
        # word may start any word, and most sentences count nothing back)
        self.ago_word = phrases(words.ago)
        self.extra_ago = re.compile(
            rf"{branches}|(?P<ago>(?:(?:{phrases(words.ago_qualifiers).pattern})\s+)?"
            rf"(?P<ago_count>\d{{1,3}}|{counts})"
            rf"\s+(?P<ago_unit>{phrases(words.ago_units).pattern})\s+(?:{ago})))",
            re.IGNORECASE,
        )
        self.extra = re.compile(rf"{branches}|(?P<ago>(?!)))", re.IGNORECASE)
        self.extra = gated(self.extra)  # tried only where a match can start
        self.extra_ago = gated(self.extra_ago)
        # the words without one of which a sentence is not scanned: every calendar date
        # holds a month, a weekday or a relative day; every other form a month, a year in
        # digits or a phrase of its own, and a count back a word of `ago`
        c = self.calendar
        # (the longest run of each phrase: "last month" is "month", not "last")
        self.calendar_runs = longest_runs(
            [*c.months, *c.weekdays, *c.relative_days, *c.relative_months]
        )
        # (the longest run of each phrase: "the previous day" is "previous", not "the")
        self.extra_runs = longest_runs(
            [*c.months, *words.relative_weeks, *words.relative_years, *words.anaphoric_days]
        )
        self.ago_runs = first_runs(words.ago)
        # (the kind's gate: a calendar date, a count back, a year in digits or another form)
        self.gate = Gate.of(self.calendar_runs, self.extra_runs, self.ago_runs, digit=True)
        self.ago_units = {fold(k): v for k, v in words.ago_units.items()}
        self.counts = {fold(k): int(v) for k, v in rules.numbers.words.items()}
        self.counts.update({fold(a): 1 for a in rules.numbers.articles})
        self.weeks = {" ".join(k.lower().split()): v for k, v in words.relative_weeks.items()}
        self.years = {" ".join(k.lower().split()): v for k, v in words.relative_years.items()}
        # a source's text, and where each day it names starts and what it resolves to
        self._days: tuple[str, list[int], list[str]] = ("", [], [])
        self.anaphoric = {" ".join(fold(k).split()): v for k, v in words.anaphoric_days.items()}
        self.not_event = phrases(words.not_event)
        # an office's title, then a word of `tenure`, right before a date: "CEO since 2021"
        titles = [
            *(w for t in rules.offices.title for w in t.words),
            *(w for o in rules.offices.office for w in o.titles),
        ]
        self.tenure = (
            re.compile(
                rf"(?:{phrases(titles).pattern})\s+(?:{phrases(words.tenure).pattern})\s+$",
                re.IGNORECASE,
            )
            if titles and words.tenure
            else None
        )
        self.future = phrases(rules.events.future_words)

    def find(self, source: Source, sentence: Sentence) -> list[Mention[DateMention]]:
        """The dates of one sentence that are claims, in text order."""
        text = sentence.text
        spans: list[tuple[int, int, str | None]] = []
        dates = self.calendar.pattern.finditer(text) if may_hold(self.calendar_runs, text) else ()
        for m in dates:
            # a date is to come when a future word stands near it ("will be held next
            # Monday", "On Monday, the president will travel"), not anywhere in a long
            # sentence ("on Wednesday a case was filed, and police said they would look")
            future = bool(
                self.future.search(text, max(0, m.start() - FUTURE_BEFORE), m.start())
                or self.future.search(text, m.end(), m.end() + FUTURE_AFTER)
            )
            value = resolve_date(m.group(0), source.published, self.calendar, future)
            spans.append((m.start(), m.end(), value))
        ago = may_hold(self.ago_runs, text) and self.ago_word.search(text)
        extra = self.extra_ago if ago else self.extra
        scan = ago or _A_YEAR.search(text) or may_hold(self.extra_runs, text)
        for m in extra.finditer(text) if scan else ():
            start = m.start("alone") if m.group("alone") else m.start()
            if m.group("year_alone") or m.group("part_year"):
                start = m.start("year_alone") if m.group("year_alone") else m.start("year_part")
                if _NUMBER_BEFORE.search(text[max(0, start - 40) : start]):
                    continue  # "$400 million in 2021": the number's time, not an event's date
            elif m.group("decade"):
                start = m.start("decade")
            if any(a < m.end() and start < b for a, b, _ in spans):
                continue
            if m.group("anaphoric"):
                days = self.anaphoric[" ".join(fold(m.group("anaphoric")).split())]
                spans.append((start, m.end(), self._anaphoric(source, sentence, start, days)))
                continue
            # a month is to come only when a future word stands just before it
            ahead = bool(self.future.search(text[max(0, m.start() - 40) : m.start()]))
            spans.append((start, m.end(), self._resolve(m, source.published, ahead)))
        found: list[Mention[DateMention]] = []
        for start, end, value in sorted(spans):
            if self._not_a_claim(text, start, end, sentence, source, value):
                continue
            detail = DateMention(written=text[start:end], value=value)
            found.append(sentence_mention(source, sentence, "date", start, end, detail))
        return found

    def _not_a_claim(
        self,
        text: str,
        start: int,
        end: int,
        sentence: Sentence,
        source: Source,
        value: str | None,
    ) -> bool:
        if not _ONLY_PUNCTUATION.fullmatch(text[:start] + text[end:]):
            at = sentence.start + start - source.body_start
            # The dateline opening the text: the publication date itself.
            dateline = at < 3 and value == source.published and _YEAR.search(text[start:end])
            if not dateline:
                before = text[max(0, start - 24) : start]
                if self.not_event.search(before.split(",")[-1][-16:]):
                    return True
                return self._tenure(text, start)
        return True

    def _tenure(self, text: str, start: int) -> bool:
        """Whether the date at `start` follows an office's title and a word of `tenure`: the
        day its holder took office ("the airline's CEO since 2021"), not the event's."""
        if self.tenure is None:
            return False
        return self.tenure.search(text, max(0, start - TENURE_BEFORE), start) is not None

    def _anaphoric(self, source: Source, sentence: Sentence, at: int, days: int) -> str | None:
        """ "the previous day": `days` from the last day the source names before it (a date
        resolving to one day, its dateline too); None when it names none: never guessed."""
        if self._days[0] is not source.text:  # the source's days, read once
            found = find_dates(source.text, source.published, self.calendar)
            named = [(d.start, d.iso) for d in found if d.iso and len(d.iso) == len("2000-01-01")]
            self._days = (source.text, [s for s, _ in named], [iso for _, iso in named])
        last = bisect_left(self._days[1], sentence.start + at) - 1
        if last < 0:
            return None
        return (date.fromisoformat(self._days[2][last]) + timedelta(days=days)).isoformat()

    def _resolve(self, m: re.Match[str], published: str | None, future: bool) -> str | None:
        pub = date.fromisoformat(published) if published else None
        if m.group("ago"):
            return self._ago(m, pub)
        if m.group("week"):
            if pub is None:
                return None
            shift = self.weeks[" ".join(m.group("week").lower().split())]
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        if m.group("rel_year"):  # "last year": the year before publication's
            if pub is None:
                return None
            return f"{pub.year + self.years[' '.join(m.group('rel_year').lower().split())]:04d}"
        if m.group("year_alone"):
            return m.group("year_alone")
        if m.group("part_year"):
            return m.group("part_year")
        if m.group("decade"):
            first = int(m.group("decade"))
            return f"{first:04d}-01-01/{first + 9:04d}-12-31"
        return self._month(m, pub, future)

    def _ago(self, m: re.Match[str], pub: date | None) -> str | None:
        """ "two months ago": the day, week, month or year that many back from publication."""
        written = fold(m.group("ago_count"))
        count = int(written) if written.isdigit() else self.counts.get(written)
        if pub is None or count is None:
            return None
        unit = self.ago_units.get(fold(m.group("ago_unit")), "day")
        if unit == "day":
            return (pub - timedelta(days=count)).isoformat()
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday()) - timedelta(weeks=count)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        if unit == "month":
            index = pub.year * 12 + pub.month - 1 - count
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return f"{pub.year - count:04d}"

    def _month(self, m: re.Match[str], pub: date | None, future: bool) -> str:
        """A month with or without its year: the year nearest publication when none."""
        name = (m.group("month") or m.group("alone")).rstrip(".").lower()
        number = self.calendar.months[name]
        if m.group("year"):
            return f"{int(m.group('year')):04d}-{number:02d}"
        if pub is None:
            return f"--{number:02d}"
        # The year that puts the month nearest the publication date, in the past unless the
        # sentence speaks of what is to come.
        years = (pub.year - 1, pub.year, pub.year + 1)
        index = pub.year * 12 + pub.month

        def distance(year: int) -> tuple[int, int]:
            months = year * 12 + number - index
            wrong_side = months > 0 if not future else months < 0
            return (abs(months) + (12 if wrong_side else 0), year)

        return f"{min(years, key=distance):04d}-{number:02d}"
