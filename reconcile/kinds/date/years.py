"""Years written alone, read as dates where several sources of the run write them bare.

The date finder reads a year alone only after a cue word ("in 1996", "since 2011"): a
number of four digits may be any number. But "the party's 1996 nominee" in one source and
"ballot access in all states was 1996 when" in another write one year of the story with no
cue near either. A year that at least `recurring_sources` sources of the run write bare
(`[thing]` of `named.toml`, as a recurring name is read) is the story's: each bare writing
of it is read as a date of that year, in the sources whose own date claims do not name that
year already (where one does, that claim is its own; and a year another source's claim
reads is read by `kinds/thing/across.py` first).

What a year must be to be read so (`YearsAcross.read`):

- four digits of a year (`reconcile.dates.YEAR`), a whole word: not part of a longer number,
  a range ("1996–2000"), a sum or a code ("$2019", "#1996", "1996%"), a decimal;
- held by no claim of its source but an event's or an office's clause (a claim of a number
  reads "1996 people"; a date claim, "in 1996");
- no part of a capitalized name (`NamesAcross.runs_on`): "the 1996 Olympics", "Vision 2030";
- not the year its source was published: that year is every date of the story, and writing
  it bare ("the 2020 election" in a page of 2020) tells of no one time;
- in the text proper, outside page furniture, inside one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reconcile.dates import YEAR
from reconcile.kinds.date.records import DateMention, DateValue
from reconcile.kinds.named import role_claim
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Mention, Source
from reconcile.sentences import Sentence, sentence_holding

# a year as a whole word: no digit, letter, sign of a sum or a code, or dash of a range
# against it; no decimal or percent after
_BARE_YEAR = re.compile(rf"(?<![\w$€£¥#/.,–—-])(?P<year>{YEAR})(?![\w%/–—-]|[.,]\d)")
# the kinds whose claims hold names in a longer span: a year inside one is still read
_CLAUSES = frozenset({"event", "office"})


class YearsAcross:
    """Reads years that several sources of the run write bare (`ThingKind.infer`)."""

    def __init__(self, lexicon: Lexicon, runs_on: Callable[[str, int, int], bool]) -> None:
        self.lexicon = lexicon
        named = lexicon.rules.named
        self.least = max(2, named.thing.recurring_sources)
        self.role = named.roles.get("date", "date")  # (the date kind's `label_word`)
        self.runs_on = runs_on  # (whether a span runs into a longer capitalized name)

    def _bare(self, source: Source, held: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of the years `source` writes bare (see the module), in text order."""
        published = (source.published or "")[:4]
        found = []
        for match in _BARE_YEAR.finditer(source.text, source.body_start):
            start, end = match.span()
            if match.group("year") == published:
                continue
            if any(s <= start < e for s, e in source.excluded):
                continue  # page furniture
            if any(s < end and start < e for s, e in held):
                continue  # a claim of its own source reads it
            if self.runs_on(source.text, start, end):
                continue  # a part of a longer name ("the 1996 Olympics")
            found.append((start, end))
        return found

    def read(
        self, claims: Sequence[Claim], sources: Sequence[Source], taken: Sequence[Claim] = ()
    ) -> list[Claim]:
        """The date claims of the years several sources write bare, in source order then
        position; a span a claim of its source holds (of `claims` or `taken`) is never read."""
        if len(sources) < self.least:
            return []
        held: dict[str, list[tuple[int, int]]] = {}
        dated: dict[str, set[str]] = {}  # source -> the years its own date claims name
        for claim in (*claims, *taken):
            if claim.kind in _CLAUSES:
                continue
            held.setdefault(claim.source_id, []).append((claim.start, claim.end))
            if claim.kind == "date" and isinstance(claim.detail, DateValue):
                dated.setdefault(claim.source_id, set()).add(claim.detail.key)
        bare = {s.id: self._bare(s, held.get(s.id, [])) for s in sources}
        writers: dict[str, set[str]] = {}  # year -> the sources writing it bare
        for source in sources:
            for start, end in bare[source.id]:
                writers.setdefault(source.text[start:end], set()).add(source.id)
        found: list[Claim] = []
        for source in sources:
            for start, end in bare[source.id]:
                year = source.text[start:end]
                if len(writers[year]) < self.least or year in dated.get(source.id, ()):
                    continue
                sentence = sentence_holding(
                    source, start, end, self.lexicon.abbreviations, self.lexicon.sentence_ends
                )
                if sentence is None:
                    continue  # page furniture, or across two sentences
                found.append(self._claim(source, sentence, start, end))
        return found

    def _claim(self, source: Source, sentence: Sentence, start: int, end: int) -> Claim:
        """The date claim of the year at `[start, end)` of `source`."""
        year = source.text[start:end]
        mention = Mention(
            source_id=source.id,
            kind="date",
            quote=year,
            start=start,
            end=end,
            sentence=sentence.text,
            sentence_start=sentence.start,
            detail=DateMention(written=year, value=year),
        )
        return role_claim(mention, "date", DateValue(role=self.role, name=year, key=year))
