"""Named things no class word reads, read because several sources of a run write them.

A capitalized name that no kind reads where it stands ("a match between Karsk United and
Tarvin City", "Northwind Air suspends its flights") is a named thing when at least
`recurring_sources` sources of the run write it (`[thing]` of `named.toml`): one source's
capitalized words may be anything, a name that several sources write is part of the story.
A name one source alone writes stays unread.

Its class is the one a thing claim of the run reads that name with (a "Hurricane Dorian"
there makes "Dorian" here a storm); else, when the run reads the name as a place (a place
claim's name, its name before a comma or a larger place after one, a route's end), it is
that place, of the role the run's place claims give it (`NamedValue.bare`), read only in the
sources that do not name that place in a claim of their own (a larger place after another's
comma is no claim of its own: a page of many stories writes "Velm, Karskia" in one story and
"the extradition to Karskia" in the next); else `recurring_role`. Its
key is its name's key, the same wherever it is written: the same name in two sources meets,
and what it does in each sentence (subject, object, owner) is no part of the key, so that
one name in two roles is one fact, never a conflict.

Left unread: a name opening a sentence that no source of the run writes inside one (a
capitalized first word may be any word: "Security forces"; "Yesterday Karsk United won"
is read past its first word when the run writes that word in lower case somewhere, as a
common word, so that "Tekael Group agreed" is never read as "Group"; "Fans of Karsk United"
is read past its first word and joiners) unless its first word is no common word: the run
writes it in lower case nowhere, the language compares it (`stopwords` of `nouns.toml`),
and one word alone stands as a name does, before what follows a name ("Tekael Group agreed"
and "Sandiganbayan ordered" in two sources; not "Aides said", "Meanwhile," or "European
ministers"), a word
that ends no personal name (`not_names` of `aliases.toml`: months, weekdays, "The"), a
name of an office's title words alone ("Prime Minister"; unless a claim of the run reads
it as a name: the "US" of "US Defense Secretary" is the place another source names), a
name every source writes only
right before a noun it modifies ("Karskian officials": a lower-case word the run writes
after an article is a noun), a name of one word the run writes in lower case ("They",
"War") or of one letter, the name of a person an office
claim of the run titles (the office kind lends those), one word a number follows ("Category
5": the word is the number's, not a name) unless other sources of the run write that word
with no number after it ("the Velmora 34 more days" where two others write "the Velmora"),
and any span a claim of its own
source holds already but an event's, a clause that holds names ("an earthquake struck near
the Tarvin 2 reactor") (a name running into the claim of another name is the name before it:
"Tarvin Air ATR 42" is the airline, then the aircraft's claim).

The place of an office a claim of its source reads ("the Karskia governor Jane Roe", "MP for
Velm", "the Karskian governor"; not an owner's, "Karskia's envoy") is a place where a place
claim of another source reads it as the story's (by its name or its people's word): the
governor of the place where the event happened, that place in this source too (`bare`),
even where a thing claim of the run reads the name or its source names the place in a claim
elsewhere.

A name the run reads as no thing that a source writes before a comma and a place of the run
("Velm Port, Karskia") is a place in that one, not a named thing; one source writing it so
is enough when a place claim of the run reads the larger place (not a word opening a
sentence, "Meanwhile, Karskia", nor an owner's name, "Ann Lee, Karskia's envoy").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import accumulate, combinations

from reconcile.kinds.named import (
    CAPITALS,
    NamedMention,
    NamedValue,
    NameReader,
    WordForms,
    abbreviated,
    before_joiner,
    name_key,
    relation,
    span_claim,
    without_nouns,
)
from reconcile.kinds.office.records import OfficeHolder
from reconcile.kinds.thing.find import ThingMention
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, ClaimKind, MentionDetail, Source
from reconcile.names import fold
from reconcile.records import record
from reconcile.sentences import Sentence, sentence_holding

# a capitalized word's first letter, not inside a word ("Karsk", "Évora")
_NAME_START = re.compile(rf"(?<![\w’'&.-])[{CAPITALS}]")
# what may stand right before a sentence's first word (besides spaces): its end, a quote,
# a bullet, a heading's mark
_OPENING = frozenset(".!?:;\"“‘'(*#-–—|>•")
# a name's first word and the lower-case joiners after it: "Fans of" in "Fans of Karsk United"
_FIRST_WORD = re.compile(rf"\S+\s+(?:[^\W\d_{CAPITALS}]\S*\s+)*")
_LAST_NUMBER = re.compile(r"\s+\d[\w–-]*$")  # a number ending a name: "Karsk United 94"
# after a name, a lower-case word on its line (`word`), or anything else: a name's end
_AFTER_NAME = re.compile(rf"[ \t]*(?:(?P<word>[^\W\d_{CAPITALS}][\w’'-]*)|(?!['’]s\b))")
_PLACES = frozenset({"place", "route"})  # the kinds of claims that read a name as a place
# the kinds whose claims are clauses that hold names ("an earthquake struck near the Tarvin 2
# reactor"): a name inside one is read all the same (an office's claim holds a title and a
# person, neither a thing: its span is no name's)
_CLAUSES = frozenset({"event"})
_JOINER_END = re.compile(rf"\s[^\W\d_{CAPITALS}][\w’'-]*$")  # a name cut after a joiner: "Gulf of"
_LOWER_WORD = re.compile(rf"(?<![\w’'-])[^\W\d_{CAPITALS}][\w’'-]*")  # a word written in lower case
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]+")  # a comma after a name, and the larger place
_POSSESSIVES = ("'s", "’s")  # after an owner's name
_KEYS_HELD = 1 << 16  # names as written whose key a reader keeps (`RecurringNames._key`)


@record
class _Part:
    """A capitalized name, or a part of one, written in a source: its span, its key, and
    whether it opens a sentence; `past` is the folded word it was read past when its name
    opens a sentence ("" for a whole name)."""

    start: int
    end: int
    key: str
    opening: bool
    past: str = ""
    # of a whole name opening a sentence: its first word, folded (`opener`), and whether it
    # is one word that may be a common one: a comma follows it ("Meanwhile,"), it is a
    # plural's ("Aides said"), or a lower-case word it may modify ("European ministers")
    first: str = ""
    word_alone: bool = False
    # one word a number follows ("Velmora 34 more days"): a name only where the run writes
    # it elsewhere without a number, so its own sources count for no source writing it
    numbered: bool = False


class _Spans:
    """A source's claimed spans, sorted, with the furthest end of each prefix: whether a
    span overlaps one is a bisection."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        spans = sorted((c.start, c.end) for c in claims)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self.starts, end)
        return at > 0 and self.reach[at - 1] > start

    def cut(self, start: int, end: int) -> int:
        """Where a name `[start, end)` that runs into a claimed span ends before it: the
        start of the first span inside it, when none holds `start` (else `start`)."""
        at = bisect_right(self.starts, start)
        if at > 0 and self.reach[at - 1] > start:
            return start
        return self.starts[at] if at < len(self.starts) and self.starts[at] < end else end


def opens(text: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence or a line: the text before it, past its
    spaces, is none, ends a line, or ends in a sign that opens a sentence."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
        if text[at] == "\n":
            return True
    return at == 0 or text[at - 1] in _OPENING


class RecurringNames:
    """Reads the run's recurring capitalized names as named things (`ThingKind.infer`)."""

    def __init__(self, lexicon: Lexicon, forms: WordForms) -> None:
        self.lexicon = lexicon
        rules = lexicon.rules
        named = rules.named
        self.role = named.thing.recurring_role
        # a place only a route's end reads is a place of no cue's role
        self.place_role = named.roles.get("place", "place")
        self.least = max(2, named.thing.recurring_sources)
        # names of one number compared one with another, at most (`_share_numbered`)
        self.numbered = named.thing.recurring_numbered
        # per class, the last words that make a name that class's ("Party", "Front")
        self.ends = {c.name: tuple(c.ends) for c in named.thing.thing if c.ends}
        self.forms = forms
        articles = frozenset(fold(a) for a in named.articles)
        self.stop = lexicon.not_names | articles
        self.stopwords = frozenset(fold(w) for w in rules.nouns.stopwords) | self.stop
        # (an article after a joiner inside a name, as the place reader reads one:
        # "Democratic Republic of the Congo" is one name, not "Democratic Republic" and
        # "Congo")
        self.reader = NameReader(
            frozenset(fold(w) for w in named.name_joiners),
            self.stop,
            dotted=abbreviated(named),
            article_joiners=frozenset(fold(w) for w in named.article_joiners),
            articles=articles,
        )
        offices = rules.offices
        titles = [t for o in offices.office for t in o.titles]
        titles += [w for t in offices.title for w in t.words]
        joins = named.place.coordinators  # "Karsk United and Tarvin City": two names
        self.coordinators = (
            re.compile(r"\s+(?:" + "|".join(map(re.escape, joins)) + r")\s+") if joins else None
        )
        # an article after a joiner inside a name: "Karsk United of the Velm League" is
        # read as its two names where the run writes it whole too seldom
        pairs = [(j, a) for j in named.article_joiners for a in named.articles]
        self.article_joins = (
            re.compile(
                r"\s+(?:"
                + "|".join(rf"{re.escape(j)}\s+{re.escape(a)}" for j, a in pairs)
                + r")\s+"
            )
            if pairs
            else None
        )
        self.title_words = frozenset(fold(w) for t in titles for w in t.split())
        place = named.place
        self.after_name = frozenset(fold(w) for w in (*place.after_name, *place.nouns))
        # the nouns of a kind of place as keys write them ("islands": "island")
        self.place_nouns = frozenset(forms.of(fold(n)) for n in place.nouns)
        self.joiners = frozenset(fold(j) for j in place.name_joiners)
        self.after_endings = tuple(fold(w) for w in place.after_name_endings)
        # a word right after an article is a noun: "the government", "a language"
        self.article_word = (
            re.compile(
                r"(?<![\w’'-])(?i:" + "|".join(map(re.escape, named.articles)) + r")\s+"
                rf"([^\W\d_{CAPITALS}][\w’'-]*)"
            )
            if named.articles
            else None
        )
        self._keys: dict[str, str] = {}  # name as written -> its key (`_key`)

    def _key(self, name: str) -> str:
        """`name_key` of a name as written, worked out once per name (a run's sources write
        one name many times; at most `_KEYS_HELD` kept at once: the same key either way)."""
        known = self._keys.get(name)
        if known is None:
            if len(self._keys) >= _KEYS_HELD:
                self._keys.clear()
            known = self._keys[name] = name_key(name, self.lexicon.aliases.apply, self.forms)
        return known

    def read(self, claims: Sequence[Claim], sources: Sequence[Source]) -> list[Claim]:
        """The claims of recurring names, in source order then position."""
        if not self.role or len(sources) < self.least:
            return []
        by_source: dict[str, list[Claim]] = {}  # the claims whose spans hold no name
        for claim in claims:
            if claim.kind not in _CLAUSES:
                by_source.setdefault(claim.source_id, []).append(claim)
        people: set[str] = set()
        classes: dict[str, dict[str, int]] = {}  # key -> class -> claims of the run
        places: dict[str, dict[str, int]] = {}  # key -> place role -> claims of the run
        # key -> the larger places the run's place claims of that name are put in ("Velm
        # in Karskia": "velm" -> "karskia"), told of the name wherever it is written bare
        within: dict[str, set[str]] = {}
        routes: dict[str, dict[str, int]] = {}  # key -> route role -> claims of the run
        placed: set[tuple[str, str]] = set()  # (source, key) of the run's place claims
        written: dict[str, set[str]] = {}  # key -> sources writing it
        for claim in claims:
            detail = claim.detail
            if isinstance(detail, OfficeHolder) and detail.person:
                person = self._key(detail.person)  # (and the surname the lender reads)
                people.update((person, person.split()[-1]) if person else ())
            elif claim.kind == "thing" and isinstance(detail, NamedValue):
                for key in {detail.key, self._short(detail)} - {""}:
                    counts = classes.setdefault(key, {})
                    counts[detail.role] = counts.get(detail.role, 0) + 1
                    written.setdefault(key, set()).add(claim.source_id)
            elif claim.kind in _PLACES and isinstance(detail, NamedValue) and not detail.larger:
                # a place the run reads (a route's end is one): its name, its name before
                # a comma and the larger places after its commas ("Marib" and "Yemen" of
                # "Marib, Yemen")
                role = detail.role if claim.kind == "place" else self.place_role
                larger = {self._key(p) for p in detail.name.split(",")[1:]}
                keys = {detail.key, detail.head, *larger} - {""}
                # and each without the nouns of a kind of place that end it: the "Ituri" of
                # "Ituri Province", the "Karsk" of "Karsk City"
                keys |= {k for k in (without_nouns(k, self.place_nouns) for k in keys) if k}
                # and the name before a joiner, a noun of a kind of place ending it: the
                # "Karsk Region" of "Karsk Region of Ruritania"
                keys |= {
                    k for k in (before_joiner(k, self.place_nouns, self.joiners) for k in keys) if k
                }
                for key in keys:
                    counts = places.setdefault(key, {})
                    counts[role] = counts.get(role, 0) + (claim.kind == "place")
                    written.setdefault(key, set()).add(claim.source_id)
                    if key not in larger:  # (the "Yemen" of "Marib, Yemen" is Marib's)
                        placed.add((claim.source_id, key))
                within.setdefault(detail.key, set()).update(detail.within)
                if claim.kind == "route":
                    for key in {detail.key, detail.head} - {""}:
                        ends = routes.setdefault(key, {})
                        ends[detail.role] = ends.get(detail.role, 0) + 1
        found: dict[str, list[list[list[_Part]]]] = {}
        inside: set[str] = set(classes) | set(places)  # keys written inside a sentence
        for source in sources:
            names = self._names(source, _Spans(by_source.get(source.id, ())))
            found[source.id] = names
            for part in (p for readings in names for reading in readings for p in reading):
                if part.numbered:
                    continue  # (its number makes it a name only where others write it)
                written.setdefault(part.key, set()).add(source.id)
                if not part.opening:
                    inside.add(part.key)
        self._share_numbered(written)

        # a sentence's first word a name is read past must be a common word: one the run
        # writes in lower case ("Yesterday"), not a name's own first word ("Tekael Group");
        # a name of one word the run writes in lower case is a common word too ("They",
        # "War"); a name every source writes only before a noun modifies it, as an adjective
        # does ("Karskian officials", "the Karskian language"): neither is a named thing
        past = {p.past for names in found.values() for r in names for rd in r for p in rd}
        past.discard("")
        single: dict[str, set[str]] = {}  # a one-word name's key -> its words, folded
        named_like: set[str] = set()  # keys written, somewhere, as a name stands
        before: dict[str, set[str]] = {}  # key -> the lower-case words written right after it
        for source in sources:
            for part in (p for names in found[source.id] for r in names for p in r):
                words = source.text[part.start : part.end].split()
                if len(words) == 1 and not words[0].isupper():  # (an acronym is no word)
                    single.setdefault(part.key, set()).add(fold(words[0]))
                if part.key not in named_like:
                    word = self._word_after(source.text, part.end)
                    if word is None:
                        named_like.add(part.key)
                    else:
                        before.setdefault(part.key, set()).add(word)
        # a name written only where it opens a sentence is one when at least `least` sources
        # write it so and its first word is no common word: the run never writes that word
        # in lower case ("Tarvin Minerals cut jobs" in two sources; not "Officials said")
        firsts = {
            p.first for names in found.values() for r in names for rd in r for p in rd if p.first
        }
        wanted = past | firsts | {w for ws in single.values() for w in ws}
        nouns = {w for ws in before.values() for w in ws}
        common: set[str] = set()
        written_nouns: set[str] = set()  # of `nouns`, those the run writes after an article
        if wanted or nouns:
            for source in sources:
                common.update(
                    f for w in _LOWER_WORD.findall(source.text) if (f := fold(w)) in wanted
                )
                if nouns and self.article_word is not None:
                    written_nouns.update(
                        f for w in self.article_word.findall(source.text) if (f := fold(w)) in nouns
                    )
        # a name followed, somewhere, by a lower-case word the run never writes after an
        # article (a verb: "Karsk Relief sent tents") stands as a name too
        named_like.update(k for k, words in before.items() if words - written_nouns)

        # key -> the places of the run a source writes after it and a comma ("Velm, Karskia"):
        # a name the run reads as no thing is a place in them; one source writing it so is
        # enough when a place claim of the run reads the larger place
        put_in: dict[str, set[str]] = {}
        for source in sources:
            for readings in found[source.id]:
                for part in readings[0]:
                    after = self._comma_place(source.text, part.end, places)
                    if after and after != part.key:
                        put_in.setdefault(part.key, set()).add(after)
        placed_in = {
            k for k, larger in put_in.items() if any(any(places[p].values()) for p in larger)
        }

        def kept(part: _Part) -> bool:
            key = part.key
            read_so = key in classes or key in places  # a claim of the run reads it as a name
            return (
                (not part.past or part.past in common)
                and (key in inside or self._opener(part, common))
                and key not in people
                and (len(written.get(key, ())) >= self.least or key in placed_in)
                # (a name of title words alone is a title's, unless a claim of the run
                # reads it as a name: the "US" of "US Defense Secretary" is a place too)
                and (read_so or not all(w in self.title_words for w in key.split()))
                and (
                    read_so
                    or (
                        len(key) > 1 and key in named_like and not (single.get(key, set()) & common)
                    )
                )
            )

        read: list[Claim] = []
        for source in sources:
            for readings in found[source.id]:
                # the first reading whose every part is kept; else the kept parts of the last
                chosen = next(
                    (r for r in readings if all(kept(p) for p in r)),
                    [p for p in readings[-1] if kept(p)],
                )
                for part in chosen:
                    if part.key not in classes and (source.id, part.key) in placed:
                        continue  # a place its source names itself: that claim is its own
                    sentence = self._sentence_of(source, part.start, part.end)
                    if sentence is None:
                        continue  # page furniture, or a name across two sentences
                    read.append(
                        self._claim(source, sentence, part, classes, places, routes, within, put_in)
                    )
        read += self._office_places(claims, sources, places, people, within)
        return read

    def _sentence_of(self, source: Source, start: int, end: int) -> Sentence | None:
        """The sentence of `source` holding `[start, end)`, or None (page furniture, or a
        name across two sentences)."""
        lexicon = self.lexicon
        return sentence_holding(source, start, end, lexicon.abbreviations, lexicon.sentence_ends)

    def _office_places(
        self,
        claims: Sequence[Claim],
        sources: Sequence[Source],
        places: Mapping[str, Mapping[str, int]],
        people: set[str],
        within: Mapping[str, set[str]],
    ) -> list[Claim]:
        """The places written inside an office's claim ("the Karskia governor Jane Roe",
        "Roe, MP for Velm") that a place claim of another source of the run reads as the
        story's: the place of the office's holder is where that source's event happened, so
        it is read here too, that place as this source names it (`bare`; the office reads it
        as a place whatever class a thing claim of the run reads it with), where no claim
        but an office's holds it (its source may name it in a place claim elsewhere: the
        office's place is read all the same, one fact with it)."""
        offices = [c for c in claims if isinstance(c.detail, OfficeHolder) and c.detail.place]
        if not offices:
            return []
        of_source = {source.id: source for source in sources}
        others: dict[str, list[Claim]] = {}  # a source's claims but offices' and events'
        for claim in claims:
            if claim.kind not in _CLAUSES and not isinstance(claim.detail, OfficeHolder):
                others.setdefault(claim.source_id, []).append(claim)
        spans = {s: _Spans(c) for s, c in others.items()}
        read: dict[tuple[str, int, int], Claim] = {}
        for office in offices:
            source = of_source.get(office.source_id)
            if source is None:
                continue
            text = source.text
            end = office.start
            for match in _NAME_START.finditer(text, office.start, office.end):
                if match.start() < end:
                    continue
                # (from each capitalized word: the "Velm" of "MP for Velm", a name read whole)
                span = self.reader.read(text, match.start(), commas=False)
                if span is None:
                    continue
                part = self._part(text, span[0], min(span[1], office.end), False)
                if part is None or (source.id, part.start, part.end) in read:
                    continue
                key = part.key
                if key in people or text[part.end : part.end + 2] in _POSSESSIVES:
                    continue  # (an owner's name, "Karskia's envoy": whose, not where)
                # (or its people's word: "the Karskian governor" where a source reads
                # "Karskia", `WordForms.stem_of`)
                told = key if key in places else self._stem_place(key, places)
                if not told or not any(places[told].values()):  # (a place claim's, no route's)
                    continue
                taken = spans.get(source.id)
                if taken is not None and taken.overlaps(part.start, part.end):
                    continue
                sentence = self._sentence_of(source, part.start, part.end)
                if sentence is None:
                    continue
                end = part.end
                read[(source.id, part.start, part.end)] = self._claim(
                    source, sentence, part, {}, {key: places[told]}, {}, within, {}
                )
        return list(read.values())

    def _stem_place(self, key: str, places: Mapping[str, Mapping[str, int]]) -> str:
        """The place of the run a one-word name is made from, or its people's word, by
        a stem ending ("karskian" / "karskia"); "" when none or several."""
        if " " in key:
            return ""
        found = [
            k
            for k in places
            if " " not in k
            and k != key
            and (self.forms.stem_of(k, key) or self.forms.stem_of(key, k))
        ]
        return found[0] if len(found) == 1 else ""

    def _share_numbered(self, written: dict[str, set[str]]) -> None:
        """Each name holding a number written, too, by the sources that write a name of
        that number one within the other (`relation`): "Karsk Cup 2025" where another
        source writes "Karsk Song Cup 2025", "the 2025 Karsk Marathon" where one writes
        "Karsk Marathon 2025". A name and its number are specific: two sources writing it
        two ways write one name, and each is read. A short name that two different names of
        the run fit ("Resolution 12" where one source writes "Karsk Council Resolution 12"
        and another "Tarvin Council Resolution 12") is the short form of neither for sure,
        and shares with none. Names are compared only by a number they share, and a number
        more names share than `thing.recurring_numbered` (a year in a large run) compares
        none."""
        by_number: dict[str, list[str]] = {}
        for key in written:
            for word in set(key.split()):
                if any(c.isdigit() for c in word) and any(c.isalpha() for c in key):
                    by_number.setdefault(word, []).append(key)
        more: dict[str, set[str]] = {}
        for keys in by_number.values():
            if len(keys) < 2 or len(keys) > self.numbered:
                continue
            fits: dict[str, list[str]] = {}  # the names of the number one fits, by name
            for a, b in combinations(sorted(keys), 2):
                if relation(a, b, self.forms) != "different":
                    fits.setdefault(a, []).append(b)
                    fits.setdefault(b, []).append(a)
            # (the names two different names of the number fit)
            torn = {
                key
                for key, others in fits.items()
                if any(
                    relation(b, c, self.forms) == "different" for b, c in combinations(others, 2)
                )
            }
            for a, others in fits.items():
                for b in others:
                    if a not in torn and b not in torn and written[a] != written[b]:
                        more.setdefault(a, set()).update(written[b])
        for key, sources in more.items():
            written[key] |= sources

    def _comma_place(self, text: str, end: int, places: Mapping[str, Mapping[str, int]]) -> str:
        """The key of the name after a comma right after `end`, when the run reads it as a
        place ("Velm, Karskia": "karskia"); else ""."""
        comma = _COMMA_AFTER.match(text, end)
        if comma is None:
            return ""
        span = self.reader.read(text, comma.end(), commas=False)
        if span is None or text[span[1] : span[1] + 2] in ("'s", "’s"):
            return ""  # (an owner's name: "Jane Roe, Karskia's envoy")
        key = self._key(text[span[0] : span[1]])
        return key if key in places else ""

    def _opener(self, part: _Part, common: set[str]) -> bool:
        """Whether a whole name that opens a sentence, and that the run writes inside none,
        is a name all the same: its first word is no common word (the run writes it in lower
        case nowhere, nor is it a word the language never compares), and one word alone is
        followed by what follows a name ("Tarvin ordered", `_word_after`), not by a comma
        ("Meanwhile, ...") or a word it may modify ("European ministers"), nor a plural
        ("Aides said"). That enough sources write it is asked of every name (`read`)."""
        return (
            bool(part.first)
            and part.first not in common
            and part.first not in self.stopwords
            and not part.word_alone
        )

    def _short(self, value: NamedValue) -> str:
        """The key of a thing's name without the last word that gives its class, when two
        words or more are left: "People Power" of the party "People Power Party", "Karsk
        Liberation" of the armed group "Karsk Liberation Front" (outlets drop the word; one
        word left may be any word: the "European" of "European Union"); one word too when
        that last word is in lower case, a noun after the name and no part of it: the
        "Velmista" of "the Velmista party"; else ""."""
        for end in self.ends.get(value.role, ()):
            if value.name.endswith(" " + end):
                short = value.name[: -len(end)].strip()
                least = 1 if end.islower() else 2
                return self._key(short) if len(short.split()) >= least else ""
        return ""

    def _word_after(self, text: str, end: int) -> str | None:
        """The lower-case word after a name ending at `end`, folded, when it may be a noun
        the name modifies; None when the name stands as a name does: what follows it is
        the text's or a line's end, a possessive, a sign, a capitalized word or a number, or
        a lower-case word that may follow a name (the place grammar's `after_name` and
        `after_name_endings`: "and", "said", "killed")."""
        after = _AFTER_NAME.match(text, end)
        if after is None or after.group("word") is None:
            return None
        word = fold(after.group("word"))
        return None if word in self.after_name or word.endswith(self.after_endings) else word

    def _names(self, source: Source, taken: _Spans) -> list[list[list[_Part]]]:
        """The capitalized names of a source no claim of it holds, in text order, each as
        its readings, best first: the whole name; past its first word when it opens a
        sentence ("Yesterday Karsk United"); without a number after it ("Karsk United
        94"); its parts apart at a coordinator ("Karsk United and Tarvin City"), or at a joiner
        an article follows ("Karsk United of the Velm League": a name the run writes whole
        in too few sources is its two names, as "Democratic Republic of the Congo" is one
        where it does)."""
        text = source.text
        names: list[list[list[_Part]]] = []
        end = 0
        for match in _NAME_START.finditer(text):
            if match.start() < end:
                continue
            span = self.reader.read(text, match.start(), commas=False)
            if span is None:
                continue
            start, end = span
            opening = opens(text, start)
            whole = self._part(text, start, end, opening)
            if whole is None:
                continue
            if opening:
                words = text[whole.start : whole.end].split()
                initial = fold(words[0])
                alone = len(words) == 1 and (
                    text[whole.end : whole.end + 1] == ","
                    or self.forms.of(initial) != initial
                    or self._word_after(text, whole.end) is not None
                )
                whole = replace(whole, first=initial, word_alone=alone)
            readings = [[whole]]
            if opening:
                first = _FIRST_WORD.match(text, start, end)
                rest = self._part(text, first.end(), end, False) if first else None
                if rest is not None and first is not None:
                    # past one word alone, that word must be a common one (see `read`);
                    # past a word and its joiners ("Fans of"), the name is what follows
                    words = text[start : first.end()].split()
                    rest = replace(rest, past=fold(words[0]) if len(words) == 1 else "")
                if rest is not None:
                    readings.append([rest])
            number = _LAST_NUMBER.search(text, start, end)
            if number is not None and " " in text[start : number.start()].strip():
                shorter = self._part(text, start, number.start(), opening)
                if shorter is not None:
                    readings.append([shorter])
            for apart in (self.coordinators, self.article_joins):
                if apart is None:
                    continue
                parts: list[_Part] = []
                at = start
                for joined in apart.finditer(text, start, end):
                    part = self._part(text, at, joined.start(), opening and at == start)
                    parts += [part] if part is not None else []
                    at = joined.end()
                if at > start:
                    part = self._part(text, at, end, False)
                    parts += [part] if part is not None else []
                    readings.append(parts)
            # (a part another claim holds is no name: "Karsk United 94–90", a score; a name
            # running into the claim of another name is the name before it: "Tarvin Air ATR
            # 42", an aircraft)
            free = [r for r in readings if not any(taken.overlaps(p.start, p.end) for p in r)]
            if not free:
                cut = taken.cut(start, end)
                # (into another name's claim; into a number's only one word, a name where
                # the run writes it elsewhere without one: "Category 5" is no name, "the
                # Velmora 34 more days" is the Velmora's)
                named = start < cut < end and text[cut].isupper()
                numbered = (
                    start < cut < end and text[cut].isdigit() and len(text[start:cut].split()) == 1
                )
                part = self._part(text, start, cut, opening) if named or numbered else None
                if part is not None and not _JOINER_END.search(text, start, part.end):
                    free = [[replace(part, numbered=numbered)]]
            if free:
                names.append(free)
        return names

    def _part(self, text: str, start: int, end: int, opening: bool) -> _Part | None:
        """A name's part of `[start, end)`, past spaces; None when it has no key."""
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        key = self._key(text[start:end]) if start < end else ""
        return _Part(start, end, key, opening) if key else None

    def _claim(
        self,
        source: Source,
        sentence: Sentence,
        part: _Part,
        classes: Mapping[str, Mapping[str, int]],
        places: Mapping[str, Mapping[str, int]],
        routes: Mapping[str, Mapping[str, int]],
        within: Mapping[str, set[str]],
        put_in: Mapping[str, set[str]],
    ) -> Claim:
        """The claim of a recurring name: a thing of the class the run's thing claims give
        it; else, when the run reads it as a place, that place (of the role its place
        claims give it most, `bare`), or, when the run reads it only as a journey's end,
        that end (of the role its route claims give it most, `bare`: "flown to Karsk
        Clinic" and "doctors at Karsk Clinic"); else, when a source writes it before a comma
        and a place of the run ("Velm, Karskia"), a place in that one (of the role the run's
        place claims give the larger place most, `bare`); else a thing of `recurring_role`."""
        name = source.text[part.start : part.end]
        kind: ClaimKind = "thing"
        counts = classes.get(part.key)
        inside: set[str] = set(within.get(part.key, ()))
        if counts is None and part.key in places:
            kind, counts = "place", places[part.key]
            if not any(counts.values()) and part.key in routes:
                kind, counts = "route", routes[part.key]
        elif counts is None and part.key in put_in:
            # a place in a place of the run ("Velm, Karskia"): of the role the run gives the
            # larger place most
            kind, inside = "place", set(put_in[part.key])
            given: dict[str, int] = {}
            for larger in sorted(inside):
                for role, n in places[larger].items():
                    given[role] = given.get(role, 0) + n
            counts = {r: n for r, n in given.items() if n} or {self.place_role: 1}
        role = min(counts, key=lambda r: (-counts[r], r)) if counts else self.role
        detail: MentionDetail = (
            ThingMention(role=role, name=name)
            if kind == "thing"
            else NamedMention(role=role, name=name)
        )
        value = NamedValue(
            role=role,
            name=name,
            key=part.key,
            within=tuple(sorted(inside)) if kind == "place" else (),
            bare=kind != "thing",
        )
        return span_claim(source, sentence, kind, (part.start, part.end), value, detail)
