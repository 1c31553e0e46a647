"""Names one source reads as a claim, read where another source of the run writes them alike.

A place, a date, a named thing, a journey's end or a stating source that one source's rules
read ("crashed near Velm", "Flight 171", "in 1996", "the coast guard said") is often
written in another source of the same story where no rule of its own reads it: no cue word
stands near it, it opens a sentence, it carries a digit, it is a year alone, it is written
in lower case. There the name is read as the first source's claim: of its kind, its role and
its key (a date its ISO value: "in 1996" read in one source makes "the 1996 race" of another
the year 1996), or as its shorter forms: the name past its first words when that is the
same key ("Tarvin 7" of "MV Tarvin 7"), a place's name before its first comma ("Velm" of
"Velm, Karskia"). A source is never read by its own claims, only by those of the run's other
sources, so that the result depends on no order of sources.

What a name must be to be read so (`NamesAcross.read`):

- written alike: the same words, each opening with a capital where the first source's
  does ("Dekalb Park" of "DeKalb Park", not "reading" of "Reading"); a name the first source
  writes in lower case ("coast guard") is read where another writes it in lower case or
  capitalized, and only when it has two words or more that are not words the language never
  compares (`stopwords` of `nouns.toml`): one lower-case word ("the military") may be any
  word of the language;
- a whole name: not part of a longer word or number, nor of a longer capitalized name ("Velm"
  in "Velm Airport", "Governor Velm"; an office's title after it ends it: the "Alaska" of
  "Alaska Governor Jane Roe"; a capitalized word of a part of a place before it does not:
  the "Karskia" of "Northern Karskia" is read, that place), nor inside any claim of its
  source but an event's or an office's, whose spans hold names ("Flash floods swept Velm
  towns");
- of a source none of whose own claims of that kind names it (a place or a journey's end
  alike): where it does, that claim is the source's own;
- of a date, a form with a digit (a year, a day of a month): a month or weekday alone is any
  month's or week's; a relative date ("yesterday") is read by the calendar in every source,
  against that source's own publication date;
- with a letter, or of `across_digits` digits or more (`[thing]` of `named.toml`: four):
  a number of three digits or fewer is any count;
- not the name of a person an office claim of the run titles (the office kind reads people),
  nor one capitalized word the run writes in lower case too ("Officials" opening a
  sentence is the word "officials").

When several claims of the run's other sources read one name differently, the one most of
them give wins, then the first in sorted order: the same run reads the same claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reconcile.kinds.named import (
    CAPITALS,
    NamedValue,
    WordForms,
    name_key,
    span_claim,
)
from reconcile.kinds.office.records import OfficeHolder
from reconcile.kinds.thing.recur import opens
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, ClaimKind, Source
from reconcile.names import fold
from reconcile.records import record
from reconcile.sentences import Sentence, sentence_holding

# the kinds whose claims read a name another source may write alike (an event's claim is a
# clause, an office's a person: neither is a name alone)
_ACROSS = frozenset({"place", "date", "thing", "route", "source"})
_PLACES = frozenset({"place", "route"})  # read where written bare (`NamedValue.bare`)
# the kinds whose claims hold names in a longer span (an event's clause, an office's title
# and person: "Alaska Governor Jane Roe"): a name inside one is read all the same
_CLAUSES = frozenset({"event", "office"})
# a capitalized word right before or after a name: the name may run into a longer one
_CAPITAL_BEFORE = re.compile(rf"(?<![\w’'&.-])([{CAPITALS}][\w’'&.-]*)[ \t]+$")
_CAPITAL_AFTER = re.compile(rf"[ \t]+([{CAPITALS}][\w’'&-]*|[0-9])")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[\w’'-]+")
# the characters beyond ASCII that a case-blind pattern matches to an ASCII letter (the
# Turkish dotted and dotless i, the long s, the Kelvin sign): a text holding one is searched
# with every name of the run, not only those its words may open (`_Candidates`)
_ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")


# a name as written alike: folded, with which of its words open with a capital (None: a
# name written in lower case, read in any case)
_Written = tuple[str, tuple[bool, ...] | None]


def _alike(name: str) -> _Written:
    """A name as written, its case aside but for its words' first letters: "MacBook Pro"
    and "Macbook Pro" are written alike, "Reading" and "reading" are not."""
    words = name.split()
    lower = " ".join(words).lower()
    if not any(c.isupper() for c in name):
        return lower, None
    return lower, tuple(w[0].isupper() for w in words)


@record
class _Reading:
    """What the run's claims read a name as: their kind and detail (as the first of those
    most claims give, in sorted order)."""

    kind: ClaimKind
    detail: NamedValue


class _Candidates:
    """The names of the run a source's text may hold, found without trying each of them on
    each source (the run's names are many, a source's words few): an ASCII name is a
    candidate where its first word is a word of the text and the text holds it, in lower
    case; any other name everywhere. A candidate is not yet a match: the pattern of
    `NamesAcross._found` decides, over the candidates as it would over every name, since a
    name the text does not hold matches nowhere in it."""

    def __init__(self, names: Sequence[_Written]) -> None:
        self.always: list[_Written] = []
        self.by_first: dict[str, list[_Written]] = {}
        for name in names:
            first = _WORD.match(name[0])
            if not name[0].isascii() or first is None:
                self.always.append(name)
            else:
                self.by_first.setdefault(first.group(0), []).append(name)

    def of(self, text: str) -> list[_Written]:
        """The names `text` may hold (see the class)."""
        if not _ASCII_LOOKALIKES.isdisjoint(text):
            return [*self.always, *(n for ns in self.by_first.values() for n in ns)]
        lowered = text.lower()
        found = list(self.always)
        for word in set(_WORD.findall(lowered)) & self.by_first.keys():
            found += (n for n in self.by_first[word] if n[0] in lowered)
        return found


def _written_lower(words: set[str], sources: Sequence[Source]) -> set[str]:
    r"""Of `words` (one word each, in lower case), those a source writes so, a whole word:
    what one pattern of them all finds in every text (`(?<![\w’'-])(?:w1|w2|…)(?![\w’'-])`,
    no case folded), found without trying each word on each text (a run's words are many).
    A word's match starts where a word of the text (`_WORD`) does, and that word is the
    word's first: only the words whose first word the text holds are tried on it; where
    each of those is a word of `_WORD` alone, its matches are the text's words equal to it
    (no match may hold another: one holds a character of no word only if such a word is
    tried), and no pattern is made."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words):
        first = _WORD.match(word)
        by_first.setdefault(first.group(0) if first else "", []).append(word)
    found: set[str] = set()
    for source in sources:
        held = set(_WORD.findall(source.text))
        tried = sorted(w for first in held & by_first.keys() for w in by_first[first])
        if by_first.get(""):  # (a word opening with no character of a word: tried anywhere)
            tried = sorted([*tried, *by_first[""]])
        if not tried:
            continue
        if all(_WORD.fullmatch(w) for w in tried):
            found.update(w for w in tried if w in held)
            continue
        pattern = re.compile(
            r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in tried) + r")(?![\w’'-])"
        )
        found.update(pattern.findall(source.text))
    return found


class NamesAcross:
    """Reads names the run's claims read in one source where another writes them alike
    (`ThingKind.infer`)."""

    def __init__(self, lexicon: Lexicon, forms: WordForms) -> None:
        self.lexicon = lexicon
        self.forms = forms  # (a name's key is made as the named kinds make it, `key`)
        self.stop = frozenset(fold(w) for w in lexicon.rules.nouns.stopwords)
        # capitalized words no name runs on from: an article, a month ("The", "In")
        articles = frozenset(fold(a) for a in lexicon.rules.named.articles)
        self.stop_names = lexicon.not_names | articles | self.stop
        offices = lexicon.rules.offices
        titles = [t for o in offices.office for t in o.titles]
        titles += [w for t in offices.title for w in t.words]
        self.title_words = frozenset(fold(w) for t in titles for w in t.split())
        # capitalized words of a part of a place, before its name: "Northern Syria"
        self.regions = frozenset(fold(w) for w in lexicon.rules.named.place.regions_in_names)
        thing = lexicon.rules.named.thing
        self.least_digits = thing.across_digits  # a name of digits alone: a year, not a count
        # characters before a name where a capitalized word may run into it
        self.reach = thing.across_reach

    def key(self, name: str) -> str:
        """A name's key, as the named kinds make it (`name_key`)."""
        return name_key(name, self.lexicon.aliases.apply, self.forms)

    def _forms(self, kind: str, detail: NamedValue) -> list[tuple[str, NamedValue]]:
        """The forms of a claim's name another source may write alike, each with what it
        names: the name, and the name past its first words when that is the same key
        ("Tarvin 7" of "MV Tarvin 7", "Haiyan" of "Typhoon Haiyan", "coast guard" of "the
        coast guard"); a place's name before its first comma, that place ("Velm" of "Velm,
        Karskia")."""
        words = detail.name.split()
        forms = [(" ".join(words), detail)]
        if kind != "date":
            forms += [
                (tail, detail)
                for at in range(1, len(words))
                if self.key(tail := " ".join(words[at:])) == detail.key
            ]
        if kind in _PLACES and detail.head:
            first = " ".join(detail.name.split(",")[0].split())
            forms.append((first, replace(detail, key=detail.head, head="")))
        return [(f, d) for f, d in forms if self._eligible(kind, f)]

    def _eligible(self, kind: str, name: str) -> bool:
        """Whether a claim's name may be read where another source writes it alike."""
        if not name.strip() or "\n" in name:
            return False
        letters = _LETTER.findall(name)
        digits = sum(c.isdigit() for c in name)
        if kind == "date" and not digits:
            return False  # (a month or a weekday alone; a relative date: read everywhere)
        if not letters:
            return digits >= self.least_digits
        if not any(c.isupper() for c in letters):
            words = [fold(w) for w in _WORD.findall(name)]
            return sum(w not in self.stop for w in words) >= 2
        return len(name.strip()) > 1

    def read(
        self, claims: Sequence[Claim], sources: Sequence[Source], taken: Sequence[Claim] = ()
    ) -> list[Claim]:
        """The claims of names read across the run, in source order then position; a span
        a claim of its source holds (of `claims` or `taken`) is never read again."""
        if len(sources) < 2:
            return []
        # name as written (`_alike`) -> kind, detail -> the sources whose claims read it so
        readings: dict[_Written, dict[tuple[ClaimKind, NamedValue], set[str]]] = {}
        # the people the run's office claims title, by name: a person is none of these kinds
        people = {
            fold(c.detail.person)
            for c in claims
            if isinstance(c.detail, OfficeHolder) and c.detail.person
        }
        for claim in claims:
            detail = claim.detail
            if claim.kind not in _ACROSS or not isinstance(detail, NamedValue):
                continue
            if fold(detail.name) in people:
                continue
            if detail.larger or detail.bare or detail.name not in claim.quote:
                continue
            for name, value in self._forms(claim.kind, detail):
                plain = replace(value, name=_alike(name)[0], within=(), opening=False)
                readings.setdefault(_alike(name), {}).setdefault((claim.kind, plain), set()).add(
                    claim.source_id
                )
        # a name of one capitalized word the run writes in lower case is a common word,
        # capitalized where it opens a sentence ("Officials said"): not a name to read
        single = {w for w, initials in readings if initials == (True,)}
        if single:
            common = _written_lower(single, sources)
            readings = {w: o for w, o in readings.items() if w[0] not in common}
        if not readings:
            return []
        held: dict[str, list[tuple[int, int, bool]]] = {}
        named: set[tuple[str, str, str]] = set()  # (source, kind, key) its own claims name
        for claim in (*claims, *taken):
            if claim.kind in _CLAUSES:
                continue  # (a clause holds names: a name inside one is still read)
            numeric = claim.value is not None
            held.setdefault(claim.source_id, []).append((claim.start, claim.end, numeric))
            if isinstance(claim.detail, NamedValue):
                kind = "place" if claim.kind in _PLACES else claim.kind
                for key in {claim.detail.key, claim.detail.head} - {""}:
                    named.add((claim.source_id, kind, key))
        candidates = _Candidates(list(readings))
        found: list[Claim] = []
        # a name's reading for a source none of whose claims reads it: one for all of them
        # (a name many sources read is a candidate in many more)
        elsewhere: dict[_Written, _Reading | None] = {}
        for source in sources:
            own = {
                name: reading
                for name in candidates.of(source.text)
                if (reading := self._reading(readings[name], source.id, name, elsewhere))
                is not None
                # (a name its source's own claim names: that claim is its own)
                and (
                    source.id,
                    "place" if reading.kind in _PLACES else reading.kind,
                    reading.detail.key,
                )
                not in named
            }
            if own:
                found += self._found(source, own, held.get(source.id, []))
        return found

    @staticmethod
    def _reading(
        options: dict[tuple[ClaimKind, NamedValue], set[str]],
        source_id: str,
        name: _Written,
        elsewhere: dict[_Written, _Reading | None],
    ) -> _Reading | None:
        """The reading the run's other sources give a name most (then the first in sorted
        order); None when only `source_id`'s own claims read it. The sources that read a
        name are counted, not copied (a name read in thousands of sources is asked of
        each); of a source that reads it nowhere, the reading kept in `elsewhere`."""
        apart = all(source_id not in by for by in options.values())
        if apart and name in elsewhere:
            return elsewhere[name]
        others = [(k, n) for k, by in options.items() if (n := len(by) - (source_id in by))]
        found = None
        if len(others) == 1:
            found = _Reading(*others[0][0])
        elif others:
            best = min(others, key=lambda o: (-o[1], o[0][0], repr(o[0][1])))
            found = _Reading(*best[0])
        if apart:
            elsewhere[name] = found
        return found

    def _found(
        self, source: Source, own: dict[_Written, _Reading], held: list[tuple[int, int, bool]]
    ) -> list[Claim]:
        """The claims of the names of `own` that `source` writes where none of its claims
        stands (but a number a name with letters holds: the "7" of "Tarvin 7" is the name's,
        whatever a claim of the number reads after it), in text order."""
        names = sorted({n for n, _ in own}, key=lambda n: (-len(n), n))  # (lower case)
        pattern = re.compile(
            r"(?<![\w’'&.-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w’'&-]|\.\w)",
            re.IGNORECASE,
        )
        text = source.text
        spans = sorted(held)
        found: list[Claim] = []
        for match in pattern.finditer(text, source.body_start):
            start, end = match.span()
            written = match.group(0)
            # the name as written alike, or a lower-case name of the run written here in any
            # case ("Coast Guard" of "coast guard")
            reading = own.get(_alike(written)) or own.get((_alike(written)[0], None))
            if reading is None:
                continue
            if any(s <= start < e for s, e in source.excluded):
                continue  # page furniture
            lettered = _LETTER.search(written) is not None
            if any(
                s < end and start < e and not (numeric and lettered and start < s)
                for s, e, numeric in spans
            ):
                continue  # a claim of its own source reads it, or a part of it
            if lettered and self.runs_on(text, start, end):
                continue  # a part of a longer name ("Velm" of "Velm Airport")
            sentence = sentence_holding(
                source, start, end, self.lexicon.abbreviations, self.lexicon.sentence_ends
            )
            if sentence is None:
                continue  # page furniture, or a name across two sentences
            found.append(self._claim(source, sentence, start, end, reading))
            spans.append((start, end, False))
        return found

    def runs_on(self, text: str, start: int, end: int) -> bool:
        """Whether a name at `[start, end)` runs into a longer capitalized name: a number
        or a capitalized word right after it but an office's title word (the place of
        "Alaska Governor Jane Roe" is a name of its own), or a capitalized word right
        before it that neither opens a sentence nor is a word no name ends in ("The", a
        month) nor a word of a part of a place (`regions_in_names`: the "Syria" of
        "Northern Syria" is read, in Syria)."""
        after = _CAPITAL_AFTER.match(text, end)
        if after is not None and fold(after.group(1)) not in self.title_words:
            return True
        before = _CAPITAL_BEFORE.search(text, max(0, start - self.reach), start)
        return (
            before is not None
            and fold(before.group(1)) not in self.stop_names
            and fold(before.group(1)) not in self.regions
            and not opens(text, before.start(1))
        )

    @staticmethod
    def _claim(
        source: Source, sentence: Sentence, start: int, end: int, reading: _Reading
    ) -> Claim:
        """The claim of a name at `[start, end)` of `source`, as the run's other sources
        read it: a place or a journey's end written bare (`NamedValue.bare`), meeting the
        place of any role; a thing, a date or a source of the reading's role and key."""
        name = source.text[start:end]
        detail = replace(reading.detail, name=name, bare=reading.kind in _PLACES)
        return span_claim(source, sentence, reading.kind, (start, end), detail)
