"""Context: what a claim is about beyond its number, read from its sentence in one place.

`ContextReader` is built once per run and language from the language's `Lexicon`. `read`
gives a claim's `Context` (attribution, place, time anchor; the subject is the kind's),
which `normalize` stores on the claim; `features` gives what matching compares (time key,
place words, the proper names before the claim, the outcome word nearest it, the content
words around it), read from the same sentence and context; `topic` gives the proper names
of a whole source, which story it tells.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date
from heapq import heappop, heappush
from sys import intern
from typing import Any, NamedTuple

from reconcile.concepts import Reading
from reconcile.dates import Calendar, DateMention, find_dates
from reconcile.lexicon import ClauseBreaks, Lexicon, TimeWords, word_keys
from reconcile.models import Claim, Context
from reconcile.names import AliasTable, fold
from reconcile.numbers import first_char_scanner, scan
from reconcile.records import record

_NO_WORDS: frozenset[str] = frozenset()  # every feature's empty set of words (`features`)
_WHO, _WHERE, _WHEN = 0, 1, 2  # the context fields, in the order of `ContextReader.fields`

_Field = tuple[tuple[re.Pattern[str], "re.Pattern[str] | None", tuple[str, ...]], ...]

_OPENING = re.compile(r"[^\s\"“‘'(\[]")  # anything before a place but quotes: not its opening
# Where the clause before a claim starts, for the proper names it is about.
_SUBJECT_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_ENDS = ("'s", "’s")
# a capitalized word; a sign between capitals keeps it one word ("S&P", "AT&T")
_CAPITALIZED = re.compile(r"(?<![\w’'&-])[A-Z](?:[\w’'-]|&(?=[A-Z]))+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_DIGIT = re.compile(r"\d")
_WORD_CHAR = re.compile(r"\w")
_NON_SPACE = re.compile(r"\S")
# An aside in brackets that holds no number ("( The Guardian )", "(GMA News)", "(RSP)"): a
# source cited or a name given again, not what the figure beside it is about
_ASIDE = re.compile(r"\([^()\d]*\)")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\S")  # a word, or any other character but a space
# the same, an abbreviation written with stops ("U.S.", "U.K.") read as one word: "a U.S.
# missile strike" is three words from its opener to its incident, not a clause break; a
# number written with its separators ("a 7.8 magnitude earthquake") one word too
_INCIDENT_TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|[^\W\d_][\w’'-]*|\d+(?:[.,]\d+)*|\S")
# Between two runs of names of a place written with the larger place holding it ("Multan,
# Punjab, Pakistan"): a comma alone
_CHAIN_LINK = re.compile(r"\s*,\s*")


@record
class Features:
    """What matching reads from a claim, computed once: keys for vetoes, words for scoring."""

    time: str
    places: frozenset[str]
    subject: frozenset[str]
    words: frozenset[str]
    text: str  # the words, sorted and joined: what rapidfuzz compares
    published: str | None = None
    topic: str = ""  # proper names of the claim's source, sorted: which story it tells
    # in a page of many stories (a list of items under headings), the proper names of the
    # claim's item and the headings above it: which of them it tells (else empty)
    story: str = ""
    outcome: str = ""  # what happened to what is counted, nearest to it: killed, injured
    # that outcome and those a list word joins to its word ("intercepted and destroyed")
    outcomes: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # proper names of the claim's sentence, folded
    # what share of a whole the claim is, by the words right around it: part, daily, added
    portion: str = ""
    # how many different figures of the claim's concept its source states (matching counts)
    figures: int = 1
    # the day (ISO) a date in the claim's clause dates it by, resolved against the source's
    # publication ("on Tuesday", "on 12 May", "yesterday"); "" when none (`ContextReader.day`)
    day: str = ""
    # the number a count is stated as a part of ("39 of the state's 40 delegates": "40")
    whole: str = ""
    # in an item of a page of many stories, what the item told before the claim's sentence:
    # an incident introduced as new, events of days, their days (`ContextReader.item_told`)
    told: str = ""


def words(text: str) -> list[str]:
    """The words of a text, without a possessive 's (`_POSSESSIVE`, read without a regex
    call per word: a word has no line break, so its end is the only place it matches)."""
    return [w[:-2] if w[-2:] in _POSSESSIVE_ENDS else w for w in _WORD.findall(text)]


# What ends the clause of a count's present passive (`ContextReader._present_passive`).
_CLAUSE_SIGN = re.compile(r"[,;:.!?()]")

# Text up to this long is read whole: cutting it first costs more than it saves.
_SHORT = 160


def _last_words(text: str, count: int) -> list[str]:
    """`words(fold(text))[-count:]`, reading only as much of the end of `text` as it needs
    (no word crosses a space, and folding reads a character at a time)."""
    if len(text) <= _SHORT:
        return words(fold(text))[-count:]
    chunks = text.rsplit(None, count)
    if len(chunks) > count:
        found = words(fold(" ".join(chunks[1:])))
        if len(found) >= count:
            return found[-count:]
    return words(fold(text))[-count:]


def _first_words(text: str, count: int) -> list[str]:
    """`words(fold(text))[:count]`, reading only as much of the start of `text` as it needs."""
    if len(text) <= _SHORT:
        return words(fold(text))[:count]
    chunks = text.split(None, count)
    if len(chunks) > count:
        found = words(fold(" ".join(chunks[:count])))
        if len(found) >= count:
            return found[:count]
    return words(fold(text))[:count]


# How many words' readings a reader keeps (`ContextReader._never_name`).
_KEPT = 4096


class _PastNumber(NamedTuple):
    """What follows a claim's number in its sentence (`_past_number`)."""

    number_end: int  # where the number ends in the sentence
    noun: list[str]  # the words of its counted noun
    after: list[str]  # the words after the number to the first mark, past that noun
    skipped: int  # how many of those words the noun took (0 when they are not the noun's)


def _past_number(claim: Claim, at: int) -> _PastNumber:
    """Where the claim's number ends in its sentence (its quote at `at`), its counted noun's
    words, and the words after the number to the first mark, past that noun."""
    digits = list(_DIGIT.finditer(claim.quote))
    number_end = at + (digits[-1].end() if digits else len(claim.quote))
    after = _words_to_mark(claim.sentence[number_end:])
    noun = words(fold(claim.counted_noun or ""))
    if noun and after[: len(noun)] == noun:
        return _PastNumber(number_end, noun, after[len(noun) :], len(noun))
    return _PastNumber(number_end, noun, after, 0)


class ContextReader:
    """One language's context rules compiled once: patterns per field, cue and filler words,
    outcome words, aliases."""

    def __init__(self, lexicon: Lexicon) -> None:
        rules = lexicon.rules
        c = rules.context
        self.aliases: AliasTable = lexicon.aliases
        self.fields: tuple[_Field, _Field, _Field] = (
            _combined(c.attribution, "who"),
            _combined(c.location, "where"),
            _combined(c.time, "when"),
        )
        articles = (
            r"(?:(?:" + "|".join(re.escape(a) for a in c.scope_articles) + r")\s+)?"
            if c.scope_articles
            else ""
        )
        self.scope: re.Pattern[str] | None = (
            re.compile(
                r"\s*,?\s*(?:"
                + "|".join(re.escape(w) for w in c.scope_words)
                + r")\s+"
                + articles
                + r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
            )
            if c.scope_words
            else None
        )
        self.cues = frozenset(w.lower() for w in c.attribution_cues)
        self.words_of = lexicon.numbers.words_of
        self.qualifier_before = lexicon.numbers.qualifier_before  # "at least" before a number
        self._frames = lexicon.frames  # its `reading`: a word's singular, a verb's present
        m = rules.matching
        self.place_filler = _folded(m.place_filler)
        self.never_names = _folded(m.not_subjects) | _folded(rules.aliases.not_names)
        # number words ("Four people are killed ...", "Twenty-five"): a count, never a name,
        # though a sentence or a list item may start with one
        self.number_words = frozenset(fold(w) for w in lexicon.numbers.word_vocabulary)
        self.stop = _folded(rules.nouns.stopwords) | _folded(m.context_filler)
        self.window = m.context_window
        # what may stand between two words of one name: nothing but spaces, or a joiner
        self._joins = frozenset(c.name_joiners) | {""}
        # where a ranking's next figure is told ("followed by"): the names near a figure
        # stop there (`_around`)
        self._next_figure = (
            re.compile(
                r"\b(?:"
                + "|".join(r"\s+".join(map(re.escape, w.split())) for w in c.next_figure_words)
                + r")\b",
                re.IGNORECASE,
            )
            if c.next_figure_words
            else None
        )
        # the day a clause dates a figure by is read only when matching compares days
        self.dated = m.dated_least_days > 0
        self.clauses: ClauseBreaks = lexicon.clauses
        self.time_words: TimeWords = lexicon.time_words
        self.outcomes = {fold(w): o.name for o in m.outcome for w in o.words}
        # portions whose number may be the whole when it counts the same noun
        self.open_portions = frozenset(p.name for p in m.portion if p.same_noun_may_match)
        self.rolling_words = tuple(tuple(words(fold(w))) for w in m.rolling_words)
        self.incident_openers = _folded(m.incident_openers)
        self.incident_words = _folded(m.incident_words)
        self.incident_gap = m.incident_gap
        self.incident_actions = _folded(m.incident_actions)
        self.incident_launches = _folded(m.incident_launches)
        self.incident_definites = _folded(m.incident_definites)
        self.incident_performed = _folded(m.incident_performed)
        self.incident_lasting = _folded(m.incident_lasting)
        self.incident_renewals = _folded(m.incident_renewals)
        self.incident_settings = _folded(m.incident_settings)
        self.later_windows = _folded(m.later_windows)
        self.day_event_present = _folded(m.day_event_present)
        self.day_event_participles = _folded(m.day_event_participles)
        self.past_participles = _folded(m.past_participles)
        self.day_event_states = _folded(m.day_event_states)
        self.day_event_verbs = _folded(m.day_event_verbs)
        self.day_event_not_after = _folded(m.day_event_not_after)
        self.day_event_noun_words = m.day_event_noun_words
        # the words that start a span ("since"): a figure counted since a start is a total
        self.span_starts = tuple(tuple(words(fold(w))) for w in m.span_starts if words(w))
        self.incident_idioms = tuple(
            tuple(_INCIDENT_TOKEN.findall(fold(w))) for w in m.incident_idioms
        )
        self.target_words = _folded(m.target_words)
        # "on Israel", "against the U.S.": a target word, an article maybe, then a name
        self._target: re.Pattern[str] | None = None
        if m.target_words:
            opener = "|".join(re.escape(w) for w in sorted(m.target_words, key=len, reverse=True))
            article = "|".join(re.escape(a) for a in c.scope_articles) or "(?!)"
            self._target = re.compile(
                rf"(?<![\w’'-])(?i:{opener})\s+(?:(?i:{article})\s+)?"
                rf"(?P<name>[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
            )
        self.portions_before = tuple(
            (tuple(words(fold(w))), p.name) for p in m.portion for w in p.before
        )
        self.portions_after = tuple(
            (tuple(words(fold(w))), p.name, p.in_clause) for p in m.portion for w in p.after
        )
        # the `after` cues by their first word (an empty cue is met by any claim)
        self._after_cues: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
        self._after_always = len(self.portions_after)
        for index, (cue, _, in_clause) in enumerate(self.portions_after):
            if cue:
                self._after_cues.setdefault(cue[0], []).append((index, cue, in_clause))
            else:
                self._after_always = min(self._after_always, index)
        self.portions_of_number = tuple(
            (tuple(words(fold(w))), p.name, p.of_number_reach)
            for p in m.portion
            for w in p.of_number
        )
        self._before_longest = max((len(cue) for cue, _ in self.portions_before), default=0)
        self.list_words = _folded(m.place_list_words)
        self.calendar: Calendar = lexicon.calendar
        # the words before a date that make it the date a running figure stands at ("as of
        # Monday", "by Tuesday"), or the date of a statement ("said on Tuesday")
        self.status_words = tuple(tuple(words(fold(w))) for w in m.status_times)
        self._before_date = max((len(w) for w in self.status_words), default=0)
        self._before_date = max(self._before_date, _STATEMENT_REACH)
        self._dated: tuple[str, str | None] = ("", None)
        self._dates: tuple[DateMention, ...] = ()
        # a month's bare name after an opener ("in October", "in late October 2024"), and
        # the words that open a relative clause, which a month after them dates instead
        self._relative = _folded(rules.frames.relative_words)
        self._month: re.Pattern[str] | None = None
        openers = sorted({" ".join(words(fold(w))) for w in m.month_openers if words(w)})
        if openers and self.calendar.months:
            opener = "|".join(
                r"\s+".join(re.escape(w) for w in o.split())
                for o in sorted(openers, key=len, reverse=True)
            )
            month = "|".join(
                re.escape(n[:1].upper() + n[1:])
                for n in sorted(self.calendar.months, key=len, reverse=True)
            )
            self._month = re.compile(
                rf"(?<![\w’'-])(?i:{opener})\s+(?P<month>{month})\.?"
                rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w’'-])(?!\s*\d)"
            )
        self.known_names = frozenset(
            fold(w) for a in rules.aliases.alias for w in (a.canonical, *a.variants)
        )
        self._sentence = ""
        self._spans: dict[int, tuple[tuple[int, int, str], ...]] = {}
        # what follows the number of the claim read last (`_past_number`), with the claim
        self._past: tuple[Claim, int, _PastNumber] | None = None
        # what `_never_name` gave each word asked about (a pure function of the word: a
        # capitalized word is read again in every sentence and window that writes it), up
        # to `_KEPT` words, then begun afresh
        self._never: dict[str, bool] = {}
        # the names of texts read lately (`names`): a sentence's claims each read the names
        # of the whole sentence, in their features and in their kind's vetoes
        self._named: dict[str, frozenset[str]] = {}

    # ------------------------------------------------------------------ a claim's context
    def read(self, sentence: str, at: int, end: int, subject: str | None) -> Context:
        """Attribution, place and time anchor of the claim at [at, end) of its sentence."""
        text = sentence
        # (no attribution spans where the sentence has no attribution cue: see `_spans_of`)
        attribution = _nearest(
            self.clauses,
            text,
            self._spans_of(text, _WHO),
            at,
            end,
            after_only=False,
            clause_bound=False,
        )
        location = _nearest(
            self.clauses,
            text,
            self._spans_of(text, _WHERE),
            at,
            end,
            after_only=False,
            span=True,
            place=True,
        )
        where = None
        if location is not None:
            where_text, where_end = location
            if self.scope is not None:
                scope = self.scope.match(text, where_end)
                if scope:
                    where_text = where_text + text[where_end : scope.end()]
            where = where_text
        when = _nearest(self.clauses, text, self._spans_of(text, _WHEN), at, end, after_only=False)
        return Context(
            subject=subject,
            location=where,
            time=when if isinstance(when, str) else None,
            attribution=attribution if isinstance(attribution, str) else None,
        )

    def _spans_of(self, text: str, field: int) -> tuple[tuple[int, int, str], ...]:
        """Where one field's patterns match in a sentence: (start, end, text) of the group.

        Read once per sentence and field, when a claim first asks (the claims of one
        sentence are read together, so only the last sentence's spans are kept).
        """
        if text != self._sentence:
            self._sentence, self._spans = text, {}
        found_before = self._spans.get(field)
        if found_before is not None:
            return found_before
        found: list[tuple[int, int, str]] = []
        if field != _WHO or not self.cues or not self.cues.isdisjoint(self.words_of(text)):
            for pattern, scanner, names in self.fields[field]:
                for m in scan(pattern, scanner, text):
                    name = next((n for n in names if m.group(n) is not None), None)
                    if name is not None:
                        found.append((*m.span(name), m.group(name).strip()))
        self._spans[field] = spans = tuple(found)
        return spans

    # ---------------------------------------------------------------- what matching reads
    def features(self, claim: Claim, published: str | None = None, topic: str = "") -> Features:
        """The matching features of one claim."""
        apply = self.aliases.apply
        places = frozenset(
            w for w in words(apply(claim.context.location or "")) if w not in self.place_filler
        )
        around = self.window_words(claim)
        subject = self.subject(claim)
        outcome = self.outcome(claim)
        # (an empty set of words is the one `_NO_WORDS`: a large block's claims mostly have
        # no place, outcome or subject, and each empty frozenset is an object of its own)
        return Features(
            time=time_key(claim.context.time, self.time_words, published),
            places=places or _NO_WORDS,
            subject=subject or _NO_WORDS,
            words=around or _NO_WORDS,
            text=" ".join(sorted(around)),
            published=published,
            topic=topic,
            outcome=outcome,
            outcomes=self.joined_outcomes(claim, outcome) or _NO_WORDS,
            portion=self.portion(claim),
            whole=self.whole(claim),
            day=self.day(claim, published) if self.dated else "",
            # who states the figure is no part of what it is about; the names near the
            # claim, else those of its sentence (a one-sentence story: "Seven people are
            # killed when gunmen open fire in a bar in Tula, Mexico"), up to where a
            # ranking tells its next figure ("followed by Doe, with 54": Doe's); when no
            # name stands on the claim's side of that, those past it, as before
            names=(
                self.names(_around(claim, self.window, self._joins, self._next_figure))
                or self.names(_around(claim, len(claim.sentence), bounds=self._next_figure))
                or self._unbounded_names(claim)
            )
            | subject
            or _NO_WORDS,
        )

    def _unbounded_names(self, claim: Claim) -> frozenset[str]:
        """The names near a claim read past `next_figure_words`, else its sentence's (none
        stands on its side of them); none when its sentence holds no such words (the slices
        read before are these, no names in them)."""
        if self._next_figure is None or not self._next_figure.search(claim.sentence):
            return frozenset()
        return self.names(_around(claim, self.window, self._joins)) or self.names(
            _around(claim, len(claim.sentence))
        )

    def day(self, claim: Claim, published: str | None) -> str:
        """The day its clause dates the claim by: the nearest date of a day its sentence
        writes in the calendar's words, in the claim's clause (`_nearest`, as a time anchor),
        resolved against the publication date ("on Tuesday", "on 12 May", "yesterday"), as
        ISO. A date that a status word opens ("as of Monday", "by Tuesday": a running figure
        at that day) or that follows a verb of saying ("said on Tuesday", "reported
        Monday": when it was told, not what it tells) dates no claim; nor does a date
        without its year known. "" when none."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0 or not self.calendar.weekdays:
            return ""
        end = at + len(claim.quote)
        spans: list[tuple[int, int, str]] = []
        day = _day_of(published)
        if self._dated != (sentence, day):  # the claims of one sentence are read together
            self._dated = (sentence, day)
            self._dates = tuple(find_dates(sentence, day, self.calendar))
        for found in self._dates:
            iso = found.iso
            if iso is None or len(iso) != _ISO_DAY or iso.startswith("-"):
                continue  # a month, or a day of no known year
            if found.start < end and at < found.end:
                continue  # inside the claim itself
            before = _last_words(sentence[: found.start], self._before_date)
            if any(tuple(before[-len(cue) :]) == cue for cue in self.status_words if cue):
                continue
            if not self.cues.isdisjoint(before[-_STATEMENT_REACH:]):
                continue
            spans.append((found.start, found.end, iso))
        if not spans:
            return ""
        nearest = _nearest(self.clauses, sentence, tuple(spans), at, end, after_only=False)
        return nearest if isinstance(nearest, str) else ""

    def month(self, claim: Claim, published: str | None) -> str:
        """The month its clause dates the claim by ("YYYY-MM"): the nearest month its
        sentence names bare after a word of `month_openers` ("killed four people in
        October"), of its year when written, else the last such month up to the
        publication date (an October told in November is that year's; a December told in
        November, last year's); or a relative month ("last month"). A month after a word that
        starts a span ("the deadliest since one in October") or a status word, past a
        strong break (a semicolon), or after the claim past a word that opens a relative
        clause (the frames' `relative_words`: "kill 39 despite a ceasefire that took effect
        last month": the ceasefire's month), dates no claim.
        "" when none, or when the publication date is unknown and no year is written."""
        if self._month is None:
            return ""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return ""
        end = at + len(claim.quote)
        day = _day_of(published)
        spans: list[tuple[int, int, str]] = []
        for found in self._month.finditer(sentence):
            number = self.calendar.months.get(found.group("month").lower().rstrip("."))
            if number is None:
                continue
            if found.group("year"):
                year = int(found.group("year"))
            elif day is not None:
                year = int(day[:4]) - (number > int(day[5:7]))
            else:
                continue
            spans.append((found.start(), found.end(), f"{year:04d}-{number:02d}"))
        for mention in find_dates(sentence, day, self.calendar):
            if mention.iso is not None and len(mention.iso) == len("2024-05"):
                spans.append((mention.start, mention.end, mention.iso))
        kept = []
        for start, stop, month in spans:
            before = _last_words(sentence[:start], self._before_date + 2)
            if any(
                tuple(before[-len(cue) - k : len(before) - k]) == cue
                for cue in (*self.status_words, *self.span_starts)
                if cue
                for k in range(3)
            ):
                continue  # "since one in October", "as of last month": no date of the claim
            between = sentence[stop:at] if stop <= at else sentence[end:start]
            if self.clauses.strong.search(between):
                continue  # "Elections are due in March; a fire killed 12": another clause's
            if start >= end and not self._relative.isdisjoint(words(fold(between))):
                continue  # "kill 39 despite a ceasefire that took effect last month"
            kept.append((start, stop, month))
        if not kept:
            return ""
        nearest = _nearest(self.clauses, sentence, tuple(kept), at, end, after_only=False)
        return nearest if isinstance(nearest, str) else ""

    def topic(self, texts: Iterable[str]) -> str:
        """The proper names of a source's texts (title, body), folded with aliases applied,
        sorted and joined: which story the source tells."""
        names: list[str] = []
        for part in texts:
            for sentence in _SENTENCE_BREAK.split(part):
                for token in _CAPITALIZED.finditer(sentence):
                    if token.start() == 0:
                        continue  # a capital only because the sentence starts here
                    word = _POSSESSIVE.sub("", token.group(0))
                    if not self._never_name(word):
                        names.append(word)
        return " ".join(sorted(set(words(self.aliases.apply(" ".join(names))))))

    def names(self, sentence: str) -> frozenset[str]:
        """The proper names of one sentence, folded with aliases applied: each run of
        capitalized words as a whole ("united kingdom") and its last word ("kingdom"), so
        "Joe Biden" meets "Biden" but "United Kingdom" does not meet "United States". The
        sentence's first word is left out (capitalized only because the sentence starts)
        unless a capitalized word follows it ("Typhoon Kalmaegi struck")."""
        known = self._named.get(sentence)
        if known is not None:
            return known
        found: set[str] = set()
        for _, _, run in self._name_runs(sentence):
            found |= self._name(run)
        if len(self._named) >= _KEPT:
            self._named.clear()
        known = self._named[sentence] = frozenset(found)
        return known

    def _name_runs(self, sentence: str) -> list[tuple[int, int, list[str]]]:
        """The runs of capitalized words of a sentence that `names` reads, each with where it
        starts and ends in the sentence."""
        runs: list[tuple[int, int, list[str]]] = []
        run: list[str] = []
        first = last = -1
        tokens = list(_CAPITALIZED.finditer(sentence))
        for index, token in enumerate(tokens):
            word = _POSSESSIVE.sub("", token.group(0))
            if self._never_name(word):
                continue
            if token.start() == 0 and not (
                index + 1 < len(tokens)
                and word == token.group(0)
                and sentence[token.end() : tokens[index + 1].start()].strip() in self._joins
            ):
                continue
            gap = sentence[last : token.start()].strip() if run else ""
            if gap not in self._joins:
                runs.append((first, last, run))
                run = []
            elif gap:
                run.append(gap)  # "Standard & Poor's": one name, its sign kept
            if not run:
                first = token.start()
            run.append(word)
            last = token.end()
        if run:
            runs.append((first, last, run))
        return runs

    def place_chains(self, sentence: str) -> tuple[tuple[str, ...], ...]:
        """The places a sentence writes with the larger places holding them, joined by commas
        ("in Multan, Punjab, Pakistan", "Hualien County, Taiwan"): each chain's names, folded
        with aliases applied, the most specific first. Names joined by commas that a list
        word ends ("Iowa, New Hampshire and Nevada", `place_list_words`) are a list, no
        chain; without list words a language reads no chains."""
        if not self.list_words:
            return ()
        chains: list[tuple[str, ...]] = []
        chain: list[list[str]] = []
        end = -1

        def close() -> None:
            if len(chain) < 2:
                return
            after = _first_words(sentence[end:].lstrip(" ,"), 1)
            if after and after[0] in self.list_words:
                return  # a list of names, not a place and what holds it
            chains.append(tuple(" ".join(words(self.aliases.apply(" ".join(r)))) for r in chain))

        for start, stop, run in self._name_runs(sentence):
            if chain and _CHAIN_LINK.fullmatch(sentence[end:start]):
                chain.append(run)
            else:
                close()
                chain = [run]
            end = stop
        close()
        return tuple(c for c in chains if all(c))

    def target(self, claim: Claim) -> str:
        """The name the action of the claim's clause is aimed at: the name nearest the
        claim, within its context window and clause, that one of `target_words` opens (an
        article between them allowed; a name of capitalized words or an abbreviation with
        stops, "U.S."): "killed by Iranian strikes on Israel": "israel"; "raises its tariffs
        on U.S. imports to 125%": "us" (folded, aliases applied); "" when none."""
        if self._target is None:
            return ""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return ""
        end = at + len(claim.quote)
        best: tuple[int, str] | None = None
        for m in self._target.finditer(sentence):
            start, stop = m.span("name")
            if start < end and at < stop:
                continue
            between = sentence[stop:at] if stop <= at else sentence[end : m.start()]
            if len(between.split()) > self.window or self.clauses.gap.search(between):
                continue
            if self._never_name(m.group("name").split()[0]):
                continue
            name = " ".join(words(fold(self.aliases.apply(m.group("name")))))
            distance = len(between)
            if name and (best is None or distance < best[0]):
                best = (distance, name)
        return best[1] if best else ""

    def framing_places(self, sentence: str) -> frozenset[str]:
        """The words of the places a sentence sets its figures in without a place phrase of
        its own ("Chinese officials confirmed ...", "Sri Lanka's disaster agency says ...":
        its names outside the spans of its location patterns) and of the larger places its
        chains put a place in ("in Multan, Punjab": punjab): a place its phrases name ("in
        Wuhan", "in Multan") is a part of these."""
        blanked = sentence
        for start, end, _ in self._spans_of(sentence, _WHERE):
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
        found = {w for name in self.names(blanked) for w in name.split()}
        for chain in self.place_chains(sentence):
            found.update(w for larger in chain[1:] for w in larger.split())
        return frozenset(found)

    def stated_places(self, claim: Claim, reach: int) -> frozenset[str]:
        """The places the claim's sentence names by a place phrase of its own (its
        `location` patterns: "in the Eastern Pacific", "in Gilan, Iran") at most `reach`
        words from the claim, each as the words that name it (`place_words`: "eastern",
        "province" left out), sorted and joined; of a name and a part of it ("bat yam",
        "yam"), the whole name."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return frozenset()
        end = at + len(claim.quote)
        names: set[str] = set()
        for start, stop, text in self._spans_of(sentence, _WHERE):
            between = sentence[stop:at] if stop <= at else sentence[end:start]
            if len(between.split()) <= reach:
                names.update(self.names(text))
        found: set[str] = set()
        for name in names:
            said = set(name.split())
            if any(said < set(other.split()) for other in names):
                continue
            kept = self.place_words(name)
            if kept:
                found.add(" ".join(sorted(kept)))
        return frozenset(found)

    def listed_places(self, claim: Claim) -> frozenset[str]:
        """The place words of the claim's stated place with the names a list joins to it in
        its sentence ("in Varno and Kell": varno, kell; a list word, `place_list_words`,
        and maybe an article between the place and the next name): the places of a figure
        of several places, summed. Empty when no name is so joined. (A place a scope word
        adds, "and in Crimea", widens the figure's scope: a note on its fact, not a list.)"""
        location = claim.context.location
        if not location or not self.list_words:
            return frozenset()
        listed = False
        apply, filler = self.aliases.apply, self.place_filler
        places = {w for w in words(apply(location)) if w not in filler}
        sentence = claim.sentence
        at = sentence.find(location)
        if at >= 0:
            stop = at + len(location)
            for start, end, run in self._name_runs(sentence):
                if start < stop:
                    continue
                between = words(fold(sentence[stop:start]))
                if not between or between[0] not in self.list_words:
                    break
                if any(w not in self.list_words and w not in self.place_filler for w in between):
                    break
                places |= {w for w in words(apply(" ".join(run))) if w not in filler}
                listed, stop = True, end
        return frozenset(places) if listed else frozenset()

    def _never_name(self, word: str) -> bool:
        """A capitalized word that names nothing: one of the rules' `not_subjects` or
        `not_names`, or a number written in words ("Four", "Twenty-five"): two items that
        each open on "Four people are killed" tell no story in common."""
        kept = self._never.get(word)
        if kept is None:
            folded = fold(word)
            kept = folded in self.never_names or all(
                part in self.number_words for part in folded.split("-")
            )
            if len(self._never) >= _KEPT:
                self._never.clear()
            self._never[word] = kept
        return kept

    def _name(self, run: list[str]) -> set[str]:
        parts = words(self.aliases.apply(" ".join(run)))
        return {" ".join(parts), parts[-1]} if parts else set()

    def name_runs(self, sentence: str) -> list[tuple[int, int, list[str]]]:
        """The runs of capitalized words `names` reads in a sentence, each with where it
        starts and ends (a possessive's mark inside the span, not in its words)."""
        return self._name_runs(sentence)

    def folded_name(self, run: list[str]) -> frozenset[str]:
        """One run of `name_runs` as `names` reads it: the whole run and its last word."""
        return frozenset(self._name(run))

    def sentence_words(self, sentence: str) -> frozenset[str]:
        """Every word of a sentence, folded with aliases applied."""
        return frozenset(words(fold(self.aliases.apply(sentence))))

    def place_words(self, place: str) -> frozenset[str]:
        """The words of a place phrase that name a place, aliases applied."""
        found = _WORD.findall(self.aliases.apply(place))
        return frozenset(w for w in found if w not in self.place_filler)

    def window_words(self, claim: Claim) -> frozenset[str]:
        """Content words around the claim in its sentence, folded and with aliases applied."""
        at = claim.sentence.find(claim.quote)
        if at < 0:
            before, after = claim.sentence, ""
        else:
            before, after = claim.sentence[:at], claim.sentence[at + len(claim.quote) :]
        # (the words at the ends of a long sentence are not split: the split stops there)
        raw = before.rsplit(None, self.window)[-self.window :]
        raw += after.split(None, self.window)[: self.window]
        apply = self.aliases.apply
        found = set(words(apply(" ".join(raw))))
        found |= set(words(apply(claim.context.location or "")))
        # (each word the one string of its spelling: the words of a large block's many
        # claims are mostly the same few, each found as a string of its own)
        return frozenset(intern(w) for w in found if w not in self.stop and len(w) > 1)

    def outcome(self, claim: Claim) -> str:
        """The outcome word nearest the claim in its sentence ("killed", "injured"), by group."""
        outcomes = self.outcomes
        if not outcomes:
            return ""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return ""
        width = self.window
        # the least (distance, outcome) of the words in the quote (0), after it and before
        # it (1 for the nearest word on either side)
        best: tuple[int, str] | None = None
        for w in words(fold(claim.quote)):
            found = outcomes.get(w)
            if found is not None and (best is None or (0, found) < best):
                best = (0, found)
        if best is not None:
            return best[1]
        after = _first_words(sentence[at + len(claim.quote) :], width)
        before = _last_words(sentence[:at], width)
        before.reverse()
        for distance, w in enumerate(after, 1):
            found = outcomes.get(w)
            if found is not None:
                best = (distance, found)
                break
        for distance, w in enumerate(before, 1):
            if best is not None and distance > best[0]:
                break
            found = outcomes.get(w)
            if found is not None:
                if best is None or (distance, found) < best:
                    best = (distance, found)
                break
        return best[1] if best is not None else ""

    def joined_outcomes(self, claim: Claim, outcome: str) -> frozenset[str]:
        """The claim's outcome (`outcome`) and the outcomes of the words a list word
        (`place_list_words`: "and", "or") joins to one of its words in its sentence ("74
        missiles have been intercepted and destroyed": intercepted, destroyed): what happened
        to what is counted, told in several words."""
        if not outcome:
            return frozenset()
        # (every token: "killed and 81 injured" joins no outcomes, a number stands between)
        said = [fold(m.group(0)) for m in _INCIDENT_TOKEN.finditer(claim.sentence)]
        found = {outcome}
        for index, word in enumerate(said):
            if self.outcomes.get(word) != outcome:
                continue
            for step in (1, -1):
                at = index + step
                while 0 <= at + step < len(said) and said[at] in self.list_words:
                    joined = self.outcomes.get(said[at + step])
                    if joined is None:
                        break
                    found.add(joined)
                    at += 2 * step
        return frozenset(found)

    def rolling(self, claim: Claim) -> bool:
        """Whether words near the claim say it is a running figure, updated ("the toll rose
        to 132", "132 so far"): within the context window on either side, or in its quote."""
        if not self.rolling_words:
            return False
        at = claim.sentence.find(claim.quote)
        if at < 0:
            return False
        end = at + len(claim.quote)
        near = words(fold(" ".join(claim.sentence[:at].rsplit(None, self.window)[-self.window :])))
        near += words(fold(claim.quote))
        near += words(fold(" ".join(claim.sentence[end:].split(None, self.window)[: self.window])))
        return any(
            tuple(near[i : i + len(cue)]) == cue
            for cue in self.rolling_words
            for i in range(len(near) - len(cue) + 1)
        )

    def day_event(self, claim: Claim, lasting: bool = False) -> bool:
        """Whether the claim's count is told as the event of its day in the present tense of
        a day's news: the subject of a present passive after it (`day_event_present`, then a
        past participle, one ending in "ed" or of `past_participles`, no "to" after it: "At
        least 51 people are killed", "Two skiers are killed"; past the rest of its noun and
        an apposition, `_present_passive`: "At least 73 Palestinians are killed"), or the
        object of a present participle right before it (`day_event_participles`: "A bus
        crashes, killing 31 people"), or of a verb of the event in the present
        (`day_event_verbs`, no infinitive's "to" nor a modal before it,
        `day_event_not_after`: "Israeli strikes kill at least 39", "a raid kills ten"), or
        of a name's verb in the present right before it, a word in
        lower case after a capitalized one with an ending of the present (the frames'
        `present_endings`, not `present_kept`: "votes", not "express"), no verb of saying
        (`attribution_cues`) nor of a state (`day_event_states`: "the Senate votes 86-12",
        "the tribunal sentences seven", not "Kell has 12"). A figure told back is told in the
        past or the perfect ("the crash that killed 31", "52 have been killed"), a state is
        no event ("five are missing", "are expected to rise"): neither is so read. Nor is a
        count whose sentence names an event that runs for days (`incident_lasting`, in any
        form: "flooding", "floods"): its toll is told in the present each day as it grows
        ("At least 64 people are killed in flooding"); another such event is told as another
        (`incident`); with `lasting` (pages too far apart for one such event to run
        between them, `lasting_most_days`) it is read as any other. A part an apposition
        opens right after its whole ("kill 22 people, including five journalists") is of its
        day's event when its whole is."""
        if not (self.day_event_present or self.day_event_participles or self.day_event_verbs):
            return False
        sentence = claim.sentence
        if (
            not lasting
            and self.incident_lasting
            and any(
                word.startswith(event)
                for word in self.words_of(sentence)
                for event in self.incident_lasting
            )
        ):
            return False
        at = sentence.find(claim.quote)
        if at < 0:
            return False
        if self._event_at(sentence, at, at + len(claim.quote)):
            return True
        # a part an apposition opens right after its whole ("kill 22 people, including five
        # journalists"): a part of that day's event when its whole is one
        reading = self._frames.reading
        opened = reading.included.search(sentence, 0, at) if reading is not None else None
        if reading is None or opened is None or opened.end() != at:
            return False
        head = sentence[: opened.start()]
        wholes = list(reading.numbers.finditer(head))
        if not wholes or _CLAUSE_SIGN.search(head, wholes[-1].end()):
            return False  # (the whole must be of its clause)
        # the whole with its qualifier: "killing at least 17 people, including eight"
        qualified = self.qualifier_before(head, wholes[-1].start())
        start = qualified[2] if qualified is not None else wholes[-1].start()
        return self._event_at(sentence, start, wholes[-1].end())

    def _event_at(self, sentence: str, at: int, end: int) -> bool:
        """`day_event` of the count written at `sentence[at:end]`, its lasting event aside."""
        before = words(fold(sentence[:at]))
        if before and before[-1] in self.day_event_participles:
            return True
        if before and before[-1] in self.day_event_verbs:
            # a verb of the event in the present ("strikes kill 39"), not an infinitive's or
            # a modal's ("vows to kill 20", "could kill")
            return len(before) < 2 or before[-2] not in self.day_event_not_after
        if before and self._past_participle(before[-1]):
            return False  # the object of a verb in the past ("the crash that killed 17 is")
        written = words(sentence[:at])[-2:]
        reading = self._frames.reading
        if (
            reading is not None
            and len(written) == 2
            and written[0][:1].isupper()
            and reading.present(written[1])
            and written[1] not in self.cues
            and written[1] not in self.day_event_states
        ):
            return True  # a name's verb in the present ("the Senate votes 86-12")
        return self._present_passive(sentence, end, reading)

    def _present_passive(self, sentence: str, end: int, reading: Reading | None) -> bool:
        """Whether the count ending at `end` is the subject of a present passive after it
        (`day_event_present`, then a past participle, no "to" after it): right after it, or
        past the rest of the noun it counts (up to `day_event_noun_words` words, no past
        participle among them: "At least 73 Palestinians are killed") and an apposition
        opened by a word of `apposition_openers` between commas ("19 people, including two
        children, are killed")."""
        tail = sentence[end:]
        if reading is not None and self.day_event_noun_words:
            opened = reading.long_apposition.match(tail)
            if opened is not None:
                tail = tail[opened.end() :]
        # the words of its clause: no noun runs on past a comma or a stop
        after = words(fold(_CLAUSE_SIGN.split(tail, 1)[0]))[: self.day_event_noun_words + 3]
        for skip in range(min(self.day_event_noun_words, len(after)) + 1):
            if skip and (
                after[skip - 1] in self.day_event_present or self._past_participle(after[skip - 1])
            ):
                return False
            if skip + 1 < len(after) and after[skip] in self.day_event_present:
                rest = after[skip + 1 :]
                return self._past_participle(rest[0]) and not (len(rest) > 1 and rest[1] == "to")
        return False

    def _past_participle(self, word: str) -> bool:
        """Whether a (folded) word is a past participle or a verb in the past: one ending in
        "ed", or of `past_participles` ("hurt", "taken")."""
        return word.endswith("ed") or word in self.past_participles

    def incident(self, claim: Claim) -> bool:
        """Whether the claim's sentence tells of an incident it introduces as new: an opener
        (`incident_openers`: "a", "another") and, at most `incident_gap` words on and within
        one clause, an incident word ("Four people are killed in an airstrike on a boat",
        "when a rescue boat capsizes"), or a verb of carrying out an action and its incident
        word, in the plural too ("the army conducts airstrikes on Kell": `_launched`). The
        claim's own words open none; nor does an opener after a word of a setting
        (`incident_settings`: "amid a protest" is the day's background, not its event), nor
        a mere article before an event that runs for days (`incident_lasting`: "a flood that
        has killed 40" is introduced again each day its toll grows; "another flood" is
        another, `incident_renewals`): such an event is read by `lasting`."""
        return self._told(claim)[0]

    def lasting(self, claim: Claim) -> frozenset[str]:
        """The events that run for days (`incident_lasting`) the claim's sentence introduces
        with a mere article when it introduces no other incident as new ("nine die in a
        cholera outbreak": outbreak): another day's figure whose sentence names that event
        may be its toll updated; one whose sentence names none is of another event ("two
        killed in the flooding" weeks before "twelve killed by an outbreak after it")."""
        told, lasting = self._told(claim)
        return frozenset() if told else lasting

    def _told(self, claim: Claim) -> tuple[bool, frozenset[str]]:
        """`incident` of the claim, and the events of `incident_lasting` its sentence
        introduces with a mere article."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        return self._told_in(sentence, at, at + len(claim.quote) if at >= 0 else -1)

    def item_told(self, earlier: str, published: str | None) -> str:
        """What an item of a page of many stories told before a figure's sentence (`earlier`:
        the item's sentences before it), as words (`ItemTold`): whether one of them
        introduces an incident as new (`incident`: "Rebels launch eight attacks on the
        city", then "Two people are killed during the attacks"), the events that run for
        days one introduces with a mere article (`lasting`), the incident words of those
        sentences and the days they date by (ISO, as `day` reads a date: "in a bombing on
        Monday"); "" when they introduce none. A news item introduces its incident, then
        tells its figures: a figure whose own sentence names that incident again ("during
        the attacks") and introduces none of its own is one of the incident its item
        introduced before it (`told_before`)."""
        if not (self.incident_openers and self.incident_words) or not earlier.strip():
            return ""
        told = False
        lasting: set[str] = set()
        said: set[str] = set()
        days: set[str] = set()
        for sentence in _SENTENCE_BREAK.split(earlier):
            if not sentence.strip():
                continue
            new, events = self._told_in(sentence, -1, -1)
            if new or events:
                told = told or new
                lasting |= events
                said |= self._incident_words_in(sentence)
                days |= self._days_in(sentence, published)
        if not (told or lasting):
            return ""
        return " ".join(
            [
                *([_TOLD_NEW] if told else []),
                *(_TOLD_LASTING + w for w in sorted(lasting)),
                *(_TOLD_WORD + w for w in sorted(said)),
                *sorted(days),
            ]
        )

    def names_incident(self, claim: Claim) -> bool:
        """Whether the claim's sentence may name an incident (one of `incident_words` among
        its words, the claim's own too): only such a sentence reads what its item told
        before it (`told_before`), so a cheap test of which to read."""
        return bool(self.incident_words) and not self.incident_words.isdisjoint(
            self.words_of(claim.sentence)
        )

    def _incident_words_in(self, sentence: str, at: int = -1, end: int = -1) -> frozenset[str]:
        """The incident words (`incident_words`) of a sentence outside [at, end)."""
        return frozenset(
            word
            for m in _INCIDENT_TOKEN.finditer(sentence)
            if not (at <= m.start() < end) and (word := fold(m.group(0))) in self.incident_words
        )

    def _days_in(self, sentence: str, published: str | None) -> set[str]:
        """The days (ISO) the dates of a sentence name, but those a status word opens or
        that follow a verb of saying (as `day` reads them)."""
        if not self.calendar.weekdays:
            return set()
        found: set[str] = set()
        for mention in find_dates(sentence, _day_of(published), self.calendar):
            iso = mention.iso
            if iso is None or len(iso) != _ISO_DAY or iso.startswith("-"):
                continue
            before = _last_words(sentence[: mention.start], self._before_date)
            if any(tuple(before[-len(cue) :]) == cue for cue in self.status_words if cue):
                continue
            if not self.cues.isdisjoint(before[-_STATEMENT_REACH:]):
                continue
            found.add(iso)
        return found

    def told_before(self, claim: Claim, told: str) -> tuple[bool, frozenset[str]]:
        """`incident` and `lasting` of the claim read with what its item told before its
        sentence (`item_told`'s words, `Features.told`). Its own sentence wins: what it
        introduces, or an incident it names that its item did not introduce ("the death
        toll of the market attack" after "A second bombing is foiled": that attack told
        again, not the item's new incident). A sentence that names the incident the item
        introduced ("during the attacks" after "launch eight attacks") refers back to it and
        tells the item's, unless it counts from a start (`span_starts`: "3,000 killed since
        the war began", the story's total to date); one that names no incident tells
        nothing ("Additionally, five civilians are killed in Kell" may be another event of
        the day, or another party's count)."""
        new, lasting = self._told(claim)
        if new or lasting or not told:
            return new, frozenset() if new else lasting
        item = ItemTold.read(told)
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        named = self._incident_words_in(sentence, at, at + len(claim.quote) if at >= 0 else -1)
        if not named:
            return False, frozenset()  # "Additionally, five are killed in Kell": maybe another
        if item.words and not (self._singular(named) & self._singular(item.words)):
            return False, frozenset()  # (an action told alone, "Gunmen attacked a village",
            # names no noun: "the attack" after it is that action)
        if self._spans_from_start(sentence):
            return False, frozenset()  # "3,000 killed since the war began": the story's total
        return item.new, item.lasting

    def _singular(self, said: frozenset[str]) -> frozenset[str]:
        """Words with each of their singular readings (the frames' `Reading.singular`, by
        the rules' `plural_endings`: "attacks", "attack"; "casualties", "casualty"): words of
        two sentences that share one name one incident."""
        reading = self._frames.reading
        if reading is None:
            return said
        return frozenset(form for word in said for form in reading.singular(word))

    def _spans_from_start(self, sentence: str) -> bool:
        """Whether a sentence counts from a start (`span_starts`: "since the war began",
        "since Monday"): its figure is a total to date, no incident's."""
        if not self.span_starts:
            return False
        said = words(fold(sentence))
        return any(
            tuple(said[i : i + len(cue)]) == cue
            for cue in self.span_starts
            for i in range(len(said) - len(cue) + 1)
        )

    def _told_in(self, sentence: str, at: int, end: int) -> tuple[bool, frozenset[str]]:
        """`_told` of the words of `sentence` outside [at, end) (a claim's own words)."""
        if not (self.incident_openers and self.incident_words):
            return False, frozenset()
        lasting: set[str] = set()
        found = list(_INCIDENT_TOKEN.finditer(sentence))
        tokens = [(m.start(), fold(m.group(0))) for m in found]
        # a word that goes on a run of capitalized words is that name's, no word of its own
        # ("a Khyber Pakhtunkhwa Government Mil Mi-17 helicopter crashes": the name, then
        # "helicopter", then "crashes")
        named_on = [
            i > 0 and found[i].group(0)[:1].isupper() and found[i - 1].group(0)[:1].isupper()
            for i in range(len(found))
        ]
        # an opener inside a fixed phrase ("as a result of") introduces nothing
        idiom = self._in_idioms([token for _, token in tokens])
        for index, (start, token) in enumerate(tokens):
            if at <= start < end:
                continue
            if token in self.incident_launches and self._launched(tokens, index, named_on):
                return True, frozenset()  # "the military conducts airstrikes on the city"
            if token in self.incident_performed and self._performed(tokens, index, at, end):
                return True, frozenset()  # "early morning attacks conducted by the army"
            if token not in self.incident_openers or index in idiom:
                continue
            before = tokens[index - 1][1] if index > 0 else ""
            if before in self.incident_settings:
                continue  # "amid a protest": the setting of the day's news, not its event
            if before in self.incident_actions:
                return True, frozenset()  # "forces struck a boat": the action on a target
            word = self._incident_after(tokens, index, named_on, self.incident_openers)
            if word is None:
                continue
            if word in self.incident_lasting and token not in self.incident_renewals:
                lasting.add(word)  # "a flood that has killed 40": an event of days
                continue
            return True, frozenset()  # "when a rescue boat capsizes": an incident introduced
        return False, frozenset(lasting)

    def _launched(self, tokens: list[tuple[int, str]], index: int, named_on: list[bool]) -> bool:
        """Whether the verb of carrying out an action at `index` (`incident_launches`:
        "conducts", "launches") has an incident word for its object, at most `incident_gap`
        words on within its clause, no word referring back (`incident_definites`: "the")
        before it: the action carried out that the sentence tells, new in the plural too
        ("conducts multiple airstrikes on Rafah"), as an opener's noun is new."""
        return self._incident_after(tokens, index, named_on, self.incident_definites) is not None

    def _performed(self, tokens: list[tuple[int, str]], index: int, at: int, end: int) -> bool:
        """Whether the participle of carrying out an action at `index` (`incident_performed`:
        "conducted", "launched") follows an incident word, its object, outside the claim's
        own words and with no word referring back (`incident_definites`: "the") at most
        `incident_gap` words before it within its clause: the action told as the day's, in
        the plural too ("early morning attacks conducted by the army"), as after a verb of
        carrying it out ("the army conducts attacks"); not after a number ("12 attacks
        conducted in March": several summed)."""
        if index == 0 or tokens[index - 1][1] not in self.incident_words:
            return False
        if at <= tokens[index - 1][0] < end:
            return False
        for earlier_index in range(index - 2, max(index - 2 - self.incident_gap, -1), -1):
            earlier = tokens[earlier_index][1]
            if not _WORD_CHAR.match(earlier):
                break  # another clause
            if earlier in self.incident_definites:
                return False  # "the attacks launched last week": told before
            if earlier[:1].isdigit() or earlier in self.number_words:
                return False  # "12 attacks conducted in March": several summed
        return True

    def _incident_after(
        self,
        tokens: list[tuple[int, str]],
        index: int,
        named_on: list[bool],
        stops: frozenset[str],
    ) -> str | None:
        """The incident word that follows the token at `index` within its clause, at most
        `incident_gap` words on (a name's words after the first count as one), before any
        word of `stops` (another thing introduced, or one referring back); None if none."""
        steps = 0
        for later_index in range(index + 1, len(tokens)):
            later = tokens[later_index][1]
            if later in self.incident_words:
                return later
            if not _WORD_CHAR.match(later) or later in stops:
                return None  # another clause, or another thing
            if not (named_on[later_index] and later_index > index + 1):
                steps += 1
            if steps > self.incident_gap:
                return None
        return None

    def _in_idioms(self, tokens: list[str]) -> frozenset[int]:
        """The indexes of the tokens that stand inside one of `incident_idioms`."""
        inside: set[int] = set()
        for idiom in self.incident_idioms:
            if not idiom or idiom[0] not in tokens:
                continue
            for i in range(len(tokens) - len(idiom) + 1):
                if tuple(tokens[i : i + len(idiom)]) == idiom:
                    inside.update(range(i, i + len(idiom)))
        return frozenset(inside)

    def portion(self, claim: Claim) -> str:
        """What share of a whole the claim is ("12 of them", "including 12", "300 a day"),
        by the words right before its quote or right after its number (its counted noun
        between them allowed): a portion's name, or "" for a whole.

        Reads the words of the sentence next to the claim only (the cues before it are a
        few words long; those after it end at the first mark), and the cues after it by
        their first word, so a claim costs the words of its clause, not its sentence's
        length times the number of cues."""
        if not (self.portions_before or self.portions_after):
            return ""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return ""
        if self.portions_before:
            before = _last_words(sentence[:at], max(self._before_longest, 1))
            for cue, name in self.portions_before:
                if tuple(before[-len(cue) :]) == cue:
                    return name
        number_end, noun, after, skipped = self._past_number(claim, at)
        if self.portions_of_number and claim.dimension == _COUNT:
            for cue, name, reach in self.portions_of_number:
                if (
                    cue
                    and tuple(after[: len(cue)]) == cue
                    and self._number_after(sentence[number_end:], len(noun) + len(cue), reach)
                ):
                    return name
        first = self._after_always
        cues = self._after_cues
        # a cue read anywhere in the clause ("in the past 24 hours") is the claim's only
        # before another number stands between them ("3,728 cases since the outbreak
        # began, with 198 recorded in the last 24 hours": the day's share is the 198)
        # (the words to that number counted only where such a cue stands past the first
        # word: most claims have none)
        to_number: int | None = None
        for i, w in enumerate(after):
            for index, cue, in_clause in cues.get(w, ()):
                if index >= first or tuple(after[i : i + len(cue)]) != cue:
                    continue
                if i and in_clause and to_number is None:
                    to_number = _words_to_number(sentence[number_end:]) - skipped
                if i == 0 or (in_clause and to_number is not None and i < to_number):
                    first = index
        return self.portions_after[first][1] if first < len(self.portions_after) else ""

    def _number_after(self, text: str, skip: int, reach: int) -> str:
        """The number (digits or a number word, folded) `text` states in its first clause
        after its first `skip` words and at most `reach` words more, or "": the whole of
        which a count followed by "of" is a part ("39 of the state's 40 delegates": 40)."""
        end = _CLAUSE_END.search(text)
        seen = 0
        for token in _TOKEN.finditer(text, 0, end.start() if end else len(text)):
            word = token.group(0)
            if word[:1].isdigit():
                if seen >= skip:
                    found = _DIGITS.match(text, token.start())
                    return found.group(0).replace(",", "") if found else word
            elif word[:1].isalpha():
                folded = fold(word)
                if seen >= skip and folded in self.number_words and folded not in self.stop:
                    return folded
                seen += 1
                if seen > skip + reach:
                    return ""
        return ""

    def whole(self, claim: Claim) -> str:
        """The number a count is stated as a part of ("39 of the state's 40 delegates": "40",
        `Portion.of_number`), or ""."""
        if not self.portions_of_number or claim.dimension != _COUNT:
            return ""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return ""
        number_end, noun, after, _ = self._past_number(claim, at)
        for cue, _, reach in self.portions_of_number:
            if cue and tuple(after[: len(cue)]) == cue:
                found = self._number_after(sentence[number_end:], len(noun) + len(cue), reach)
                if found:
                    return found
        return ""

    def _past_number(self, claim: Claim, at: int) -> _PastNumber:
        """`_past_number(claim, at)`, read once for the claim read last: `portion` and
        `whole` both read what follows its number, one after the other (`features`)."""
        held = self._past
        if held is not None and held[0] is claim and held[1] == at:
            return held[2]
        found = _past_number(claim, at)
        self._past = (claim, at, found)
        return found

    def whole_of_part(self, claim: Claim) -> bool:
        """Whether the count is the whole another number of its clause is stated as a part of
        ("won 60 of 165 seats", "12 of the state's 41 delegates": 165 and 41; `of_number`
        cues, at most their reach in words between the cue and the claim, and at most one
        counted noun between the part and the cue)."""
        if not self.portions_of_number or claim.dimension != _COUNT:
            return False
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return False
        tokens = [m.group(0) for m in _TOKEN.finditer(sentence[:at])]
        folded = [fold(t) for t in tokens]
        for cue, _, reach in self.portions_of_number:
            if not cue:
                continue
            for gap in range(reach + 1):
                start = len(tokens) - gap - len(cue)
                if start < 1:
                    break
                between = tokens[start + len(cue) :]
                if any(not t[:1].isalpha() for t in between):
                    break  # another clause, or a number, between the cue and the claim
                if tuple(folded[start : start + len(cue)]) != cue:
                    continue
                before = tokens[max(0, start - 2) : start]
                if any(self._a_number(t) for t in before[-1:]) or (
                    len(before) == 2 and self._a_number(before[0]) and before[1][:1].isalpha()
                ):
                    return True
        return False

    def _a_number(self, token: str) -> bool:
        """A token that writes a number: digits, or a number word of the language."""
        return token[:1].isdigit() or (
            fold(token) in self.number_words and fold(token) not in self.stop
        )

    def states_number(self, claim: Claim, number: str) -> bool:
        """Whether the claim's sentence states `number` (digits without separators, or a
        folded number word, as `whole` reads it) apart from the claim's own quote: "of the
        state's 41 pledged delegates, Sanders won 12" states 41 apart from "12"."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        end = at + len(claim.quote) if at >= 0 else -1
        if number[:1].isdigit():
            return any(
                m.group(0).replace(",", "") == number
                for m in _DIGITS.finditer(sentence)
                if not (at <= m.start() < end)
            )
        return any(
            fold(m.group(0)) == number
            for m in _WORD.finditer(sentence)
            if not (at <= m.start() < end)
        )

    def subject(self, claim: Claim) -> frozenset[str]:
        """Proper names in the claim's clause before it, other than its attribution and place."""
        at = claim.sentence.find(claim.quote)
        if at <= 0:
            return frozenset()
        before = claim.sentence[:at]
        breaks = list(_SUBJECT_BREAK.finditer(before))
        start = breaks[-1].end() if breaks else 0
        clause = before[start:]
        masked = {fold(w) for w in words(claim.context.attribution or "")}
        masked |= {fold(w) for w in words(claim.context.location or "")}
        never = self.never_names
        names: list[str] = []
        tokens = list(_NAME_TOKEN.finditer(clause))
        for position, token in enumerate(tokens):
            word = token.group(0).rstrip(".")
            if not word[:1].isupper():
                continue
            bare = _POSSESSIVE.sub("", word)
            folded = fold(word)
            folded_bare = fold(bare) if bare != word else folded
            if folded in never or folded_bare in never:
                continue
            if folded in masked or folded_bare in masked:
                continue
            if (
                start == 0
                and position == 0
                and not (
                    folded_bare in self.known_names
                    or word != bare
                    or (len(tokens) > 1 and tokens[1].group(0)[:1].isupper())
                )
            ):
                continue  # a capital only because the sentence starts here
            names.append(bare)
        # Aliases apply to the names together, so "European Union" is "eu".
        return frozenset(words(self.aliases.apply(" ".join(names))))


# The dimension of counts: a count followed by "of" and another number is a part of it (a
# share, "52% of the 40,000 votes", is what it is of another dimension)
_COUNT = "count"
# The end of a clause after a number: a mark, but a comma or a stop inside a number as
# written ("40,000", "1.5")
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
_CLAUSE_END = re.compile(r"[;:()\u2014]|[,.](?!\d)|(?<!\d)[,.]")
# A date up to this many words after a verb of saying is when it was said ("said on
# Tuesday"), not the day of what was said.
_STATEMENT_REACH = 2
_ISO_DAY = len("2024-05-12")


def _day_of(published: str | None) -> str | None:
    """The day of a publication date (ISO, maybe with a time after it), or None."""
    if not published or len(published) < _ISO_DAY:
        return None
    day = published[:_ISO_DAY]
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    return day


def _words_to_number(text: str) -> int:
    """How many words `_words_to_mark` reads of `text` before a number stands in it (all of
    them when none does before the mark)."""
    count = 0
    for token in _TOKEN.finditer(text):
        word = token.group(0)
        if word[:1].isalpha():
            count += 1
        elif word[:1].isdigit():
            return count
        else:
            break
    return count


def _words_to_mark(text: str) -> list[str]:
    """The folded words of `text` up to its first mark (numbers left out), possessive 's
    dropped: what `portion` reads after a number. ASCII text is read only up to the mark
    (folding it is lowering it, and changes no token's bounds)."""
    found: list[str] = []
    if text.isascii():
        for token in _TOKEN.finditer(text):
            word = token.group(0)
            if word[:1].isalpha():
                found.append(_POSSESSIVE.sub("", word.lower()))
            elif not word[:1].isdigit():
                break
        return found
    for token in _TOKEN.finditer(fold(text)):
        if token.group(0)[:1].isalpha():
            found.append(_POSSESSIVE.sub("", token.group(0)))
        elif not token.group(0)[:1].isdigit():
            break
    return found


def _around(
    claim: Claim,
    width: int,
    joins: frozenset[str] = frozenset({""}),
    bounds: re.Pattern[str] | None = None,
) -> str:
    """The claim with up to `width` words on each side, as a slice of its sentence (the
    sentence's own start kept, so its first word is known as such), its attribution and
    the asides in brackets that hold no number blanked. `bounds` matches the words past
    which a ranking's next figure is told ("followed by"): the slice stops at the first
    after the claim and starts past the last before it (the names there are another
    figure's)."""
    sentence = claim.sentence
    at = sentence.find(claim.quote)
    if at < 0:
        return sentence
    who = claim.context.attribution
    if who and who in sentence:  # who states the figure is no part of what it is about
        sentence = sentence.replace(who, " " * len(who))
    end = at + len(claim.quote)
    if "(" in sentence:  # nor is an outlet cited in brackets ("( The Guardian )")
        sentence = _ASIDE.sub(
            lambda m: m.group(0) if m.start() < end and at < m.end() else " " * len(m.group(0)),
            sentence,
        )
    # where the `width`-th word before the claim starts and the `width`-th after it ends
    # (runs of non-spaces, as `str.split` cuts them: it stops after `width` of them)
    head = sentence[:at]
    pieces = head.rsplit(None, width)
    if len(pieces) > width:
        start = _NON_SPACE.search(head, len(pieces[0])).start()  # type: ignore[union-attr]
    elif pieces:
        start = _NON_SPACE.search(head).start()  # type: ignore[union-attr]
    else:
        start = at
    tail = sentence[end:]
    pieces = tail.split(None, width)
    if len(pieces) > width:
        stop = end + len(tail[: len(tail) - len(pieces[-1])].rstrip())
    elif pieces:
        stop = end + len(tail.rstrip())
    else:
        stop = end
    start, stop = _whole_names(sentence, start, stop, joins)
    if bounds is not None:
        for found in bounds.finditer(sentence):
            if found.end() <= at:
                start = max(start, found.end())
            elif found.start() >= end:
                stop = min(stop, found.start())
                break
    return sentence[:stop] if start == 0 else " " + sentence[start:stop]


def _whole_names(sentence: str, start: int, stop: int, joins: frozenset[str]) -> tuple[int, int]:
    """A window `[start, stop)` of a sentence widened so that it cuts no run of capitalized
    words (`joins`: the signs that may stand inside one, "&"): a name the window's edge
    falls inside ("[The Dow] Jones Industrial Average fell") is read whole, not as the part
    the words counted reached."""
    while start > 0 and sentence[start].isupper():
        found = _NAME_BEFORE.search(sentence, max(0, start - _NAME_REACH), start)
        if found is None or found.group(2).strip() not in joins:
            break
        start = found.start(1)
    while stop < len(sentence) and _CAPITALIZED.fullmatch(
        sentence, sentence.rfind(" ", 0, stop) + 1, stop
    ):
        found = _NEXT_NAME.match(sentence, stop)
        if found is None or found.group(1).strip() not in joins:
            break
        stop = found.end()
    return start, stop


# the capitalized word right before a window, and what stands between: spaces, or one sign
# between spaces; and the same for the next capitalized word after it
_NAME_BEFORE = re.compile(r"(?<![\w’'&-])([A-Z](?:[\w’'-]|&(?=[A-Z]))+)(\s+(?:[^\s\w]+\s+)?)$")
_NEXT_NAME = re.compile(r"(\s+(?:[^\s\w]+\s+)?)[A-Z][\w’'-]*")
_NAME_REACH = 80  # how far back a word and its sign may reach


def time_key(time: str | None, words: TimeWords, published: str | None = None) -> str:
    """A time anchor reduced to compare, with the language's time words: 'in 2021 alone' is
    'in 2021'; 'so far this year' is 'this year'; 'last year' in an article published in
    2024 is 'in 2023' (left as written when the date is unknown)."""
    if not time:
        return ""
    found = [w for w in word_keys(time) if w not in words.dropped]
    same = words.aliases.get(" ".join(found))
    if same is not None:
        found = same.split()
    offset = words.relative_years.get(" ".join(found)) if published else None
    if published and offset is not None:
        found = [*words.year_prefix, str(int(published[:4]) + offset)]
    return " ".join(found)


# The marks of `ContextReader.item_told`'s words: an incident introduced as new, an event
# of days, an incident word of the sentences that told them (a day is written as it is).
_TOLD_NEW, _TOLD_LASTING, _TOLD_WORD = "new", "~", "="


@record
class ItemTold:
    """What an item told before a figure's sentence, read from `ContextReader.item_told`'s
    words: an incident introduced as new, the events of days introduced, the incident words
    of those sentences, the days they date by."""

    new: bool
    lasting: frozenset[str]
    words: frozenset[str]
    days: tuple[str, ...]

    @staticmethod
    def read(told: str) -> ItemTold:
        said = told.split()
        return ItemTold(
            _TOLD_NEW in said,
            frozenset(w[1:] for w in said if w[:1] == _TOLD_LASTING),
            frozenset(w[1:] for w in said if w[:1] == _TOLD_WORD),
            tuple(w for w in said if w[:1].isdigit()),
        )


def _folded(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in items)


def _combined(patterns: tuple[str, ...], group: str) -> _Field:
    """The patterns of one context field as one regex (one scan of the sentence); each
    pattern's group is renamed `<group><n>` so the alternatives keep their own names."""
    if not patterns:
        return ()
    renamed = [p.replace(f"(?P<{group}>", f"(?P<{group}{i}>") for i, p in enumerate(patterns)]
    text = "|".join(f"(?:{p})" for p in renamed)
    pattern = re.compile(text)
    names = tuple(n for n in pattern.groupindex if n.startswith(group))
    return ((pattern, first_char_scanner(text), names),)


def _nearest(
    clauses: ClauseBreaks,
    text: str,
    spans: tuple[tuple[int, int, str], ...],
    at: int,
    end: int,
    *,
    after_only: bool,
    span: bool = False,
    clause_bound: bool = True,
    place: bool = False,
) -> Any:
    """The span nearest the claim: after it first, then before it.

    With `place`, a span before the claim counts only in the claim's own clause ("17 people
    died in Sarn" / "in Sarn 17 people died") or when it opens the sentence ("In Sarn, 17
    people died"), and only after any span that follows the claim.
    """
    best: tuple[int, str, int] | None = None
    if len(spans) > _FEW_SPANS and at < end:
        best = _nearest_in_order(
            clauses, text, _ordered(spans), at, end, after_only, clause_bound, place
        )
    else:
        for start, stop, found in spans:
            if start < end and stop > at:
                continue  # inside the claim itself
            if after_only and start < end:
                continue
            distance = _distance(
                clauses, text, start, stop, at, end, after_only, clause_bound, place
            )
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, found, stop)
    if best is None:
        return None
    return (best[1], best[2]) if span else best[1]


def _distance(
    clauses: ClauseBreaks,
    text: str,
    start: int,
    stop: int,
    at: int,
    end: int,
    after_only: bool,
    clause_bound: bool,
    place: bool,
) -> int | None:
    """How far a span outside the claim at [at, end) stands from it, as `_nearest` ranks
    them; None when it cannot be the claim's."""
    if place and start < end:
        if not clauses.gap.search(text[stop:at]):
            return at - stop + 1000
        if not _OPENING.search(text[:start]) and not clauses.strong.search(text[stop:at]):
            return at - stop + 2000  # "In Sarn, 17 people died"
        return None
    # another clause: its place or time is not this claim's (but "…, officials said"
    # attributes the whole sentence)
    if clause_bound and (after_only or start >= end):
        gap = text[end:start] if start >= end else text[stop:at]
        if clauses.gap.search(gap):
            return None
    return start - end if start >= end else at - stop + 1000


# More spans than this in one sentence's field: they are walked nearest first (`_ordered`)
# rather than all read for each claim (a long line of "…said" was quadratic).
_FEW_SPANS = 16


@record
class _Order:
    """One sentence's spans of a field: those by start (with their index), and by end,
    latest first."""

    by_start: list[tuple[int, int, int, str]]  # start, index, stop, text
    starts: list[int]
    by_stop: list[tuple[int, int, int, str]]  # -stop, index, start, text
    stops: list[int]  # -stop


_orders: dict[int, tuple[tuple[tuple[int, int, str], ...], _Order]] = {}


def _ordered(spans: tuple[tuple[int, int, str], ...]) -> _Order:
    """`spans` in the two orders the walk reads (the last sentence's are kept)."""
    kept = _orders.get(id(spans))
    if kept is not None and kept[0] is spans:
        return kept[1]
    by_start = sorted((start, i, stop, found) for i, (start, stop, found) in enumerate(spans))
    by_stop = sorted((-stop, i, start, found) for i, (start, stop, found) in enumerate(spans))
    order = _Order(by_start, [s[0] for s in by_start], by_stop, [s[0] for s in by_stop])
    _orders.clear()
    _orders[id(spans)] = (spans, order)
    return order


def _nearest_in_order(
    clauses: ClauseBreaks,
    text: str,
    order: _Order,
    at: int,
    end: int,
    after_only: bool,
    clause_bound: bool,
    place: bool,
) -> tuple[int, str, int] | None:
    """What the loop of `_nearest` finds (the least distance, the first span of it), reading
    the spans nearest first and stopping at the first that counts. The spans after the
    claim come by start; those before it by end, latest first (a span before the claim
    ends at or before its start; one across it is inside). The least lower bound of the
    distance is taken next, the span's index breaking ties, as the loop's order does; a place
    before the claim may stand 1,000 further than its bound, and is put back then."""
    pending: list[
        tuple[int, int, int, int, int, str]
    ] = []  # distance, index, state, start, stop, text
    after = bisect_left(order.starts, end)
    if after < len(order.by_start):
        start, index, stop, found = order.by_start[after]
        heappush(pending, (start - end, index, _AFTER, start, stop, found))
    before = bisect_left(order.stops, -at)
    if not after_only and before < len(order.by_stop):
        negative, index, start, found = order.by_stop[before]
        heappush(pending, (at + negative + 1000, index, _BEFORE, start, -negative, found))
    while pending:
        distance, index, state, start, stop, found = heappop(pending)
        if state == _READ:
            return distance, found, stop
        if state == _AFTER:
            after += 1
            if after < len(order.by_start):
                s, i, e, f = order.by_start[after]
                heappush(pending, (s - end, i, _AFTER, s, e, f))
        else:
            before += 1
            if before < len(order.by_stop):
                negative, i, s, f = order.by_stop[before]
                heappush(pending, (at + negative + 1000, i, _BEFORE, s, -negative, f))
        actual = _distance(clauses, text, start, stop, at, end, after_only, clause_bound, place)
        if actual == distance:
            return distance, found, stop
        if actual is not None:
            heappush(pending, (actual, index, _READ, start, stop, found))
    return None


_AFTER, _BEFORE, _READ = 0, 1, 2
