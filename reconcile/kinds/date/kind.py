"""The date kind: the day or date of the story's events, as sources state it.

Found as any date the calendar reads, with a cue word for a month or year alone (`find.py`);
resolved against the publication date. Two dates are one fact when they are the same day or
one holds the other ("August" / "2020-08-22", "last week" / "Thursday"); a month or a year
alone is too coarse to stand on its own, so two of them meet only when the words around them
share one. Different days are different facts, never guessed into a conflict; a date that
cannot be resolved (a weekday in a text without a publication date) meets no other.
"""

from __future__ import annotations

import calendar as month_lengths
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from reconcile.context import ContextReader, Features
from reconcile.kinds.base import detail_of
from reconcile.kinds.date.find import DateFinder
from reconcile.kinds.date.records import DateMention, DateValue
from reconcile.kinds.named import NamedKind, NamedValue, Relation, named, pairs_verdict
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Judgement, Mention, PairDecision, Source
from reconcile.reasons import NamedApart, NamedStated, Note, SameNamed, Stated
from reconcile.sentences import Sentence


def span_of(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO value covers; None for a day or month of no year."""
    if value.startswith("--"):
        return None
    if "/" in value:
        first, last = value.split("/")
        return date.fromisoformat(first), date.fromisoformat(last)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, month_lengths.monthrange(year, month)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_relation(a: str, b: str) -> Relation:
    """Same value, one within (or overlapping) the other, or different."""
    if a == b:
        return "same"
    span_a, span_b = span_of(a), span_of(b)
    if span_a is None or span_b is None:
        # A day or month of no year: compare what both state (month, then day).
        month_day_a = a[5:] if span_a is not None else a[2:]
        month_day_b = b[5:] if span_b is not None else b[2:]
        shorter, longer = sorted((month_day_a, month_day_b), key=len)
        return "within" if shorter and longer.startswith(shorter) else "different"
    if span_a[1] < span_b[0] or span_b[1] < span_a[0]:
        return "different"
    return "within"


def _is_day(value: str) -> bool:
    """A single day (of a known year or not)."""
    span = span_of(value)
    return span[0] == span[1] if span is not None else len(value) == 7


def _year_only(value: str) -> bool:
    """A year alone: too wide to be one event's date on its own."""
    return len(value) == 4 and value.isdigit()


class DateKind(NamedKind):
    """The day or date of an event: as written, and its ISO value."""

    name = "date"
    claim_kinds = ("date",)
    stated = Stated.DATE
    role_key = "date"

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        rules = self.rules
        self.finder = DateFinder(rules, self.lexicon.calendar)
        self.gate = self.finder.gate

    @staticmethod
    def means(claim: Claim) -> str:
        value = named(claim)
        return value.key or f"{value.name} (not resolved)"

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        value = named(claim)
        return {"entity": value.name, "date": value.key or None, "role": value.role}

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def block_key(self, claim: Claim) -> str | None:
        # Dates meet within their year (a week across New Year within the year of its
        # Thursday, as ISO 8601 counts weeks); dates of no known year meet each other.
        key = named(claim).key
        span = span_of(key) if key else None
        if span is None:
            return f"{claim.kind}|--"
        year = (span[0] + timedelta(days=3)).year if "/" in key else span[0].year
        return f"{claim.kind}|{year}"

    def value_of(self, mention: Mention[Any], source: Source) -> NamedValue | None:
        stated = detail_of(mention, DateMention)
        return DateValue(role=self.label_word, name=stated.written, key=stated.value or "")

    def posting_keys(self, claim: Claim) -> list[str]:
        key = named(claim).key
        span = span_of(key) if key else None
        if span is None:
            return [key] if key else []
        first, last = span
        months = {f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"}
        return sorted({key, *months})

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        va, vb = named(a), named(b)
        story = self.other_story(fa, fb)
        if story is not None:
            return PairDecision(0.0, (), story)
        if not va.key or not vb.key:
            return PairDecision(0.0, (), NamedApart(self.label_word, va.name, vb.name, False))
        how = date_relation(va.key, vb.key)
        if how == "different":
            return PairDecision(
                0.0, (), NamedApart(self.label_word, va.key, vb.key, a.source_id == b.source_id)
            )
        year = _year_only(va.key) or _year_only(vb.key)
        within = how == "within"
        if year and within and a.source_id == b.source_id:
            # a year alone and a date in it of one source ("in July 2011" ... "since 2011")
            # may tell of one event: neither one statement nor two
            return PairDecision(0.0, ())
        if year and not (fa.words & fb.words):
            return PairDecision(0.0, (), NamedApart(self.label_word, va.name, vb.name, False))
        if within and a.source_id == b.source_id:
            # one source's "last week" and "yesterday" are two statements, not one date
            return PairDecision(0.0, (), NamedApart(self.label_word, va.key, vb.key, True))
        # Days first, then a day with the week or month holding it, then weeks and months
        # alike: a "last week" joins the day it stands for before other weeks join it.
        score = 90.0 if within else 100.0 if _is_day(va.key) else 80.0
        return PairDecision(score, (SameNamed(self.label_word, va.name, vb.name, within),))

    def judge(self, members: Sequence[Claim]) -> Judgement:
        values = [named(c) for c in members]
        verdict = pairs_verdict(
            values,
            lambda v: v.key,
            lambda x, y: date_relation(x.key, y.key) if x.key and y.key else "different",
        )
        notes: list[Note] = []
        keys = sorted({v.key for v in values})
        if len(keys) > 1:
            shown = tuple(
                f"{k} ({', '.join(sorted({f'“{v.name}”' for v in values if v.key == k}))})"
                for k in keys
            )
            notes.append(NamedStated(self.label_word, shown))
        return Judgement(verdict, None, tuple(notes))

    def label(self, members: Sequence[Claim]) -> str:
        shown = sorted({DateKind.means(c) for c in members})
        return f"{self.label_word}: {' / '.join(shown)}"
