"""Named things as news writes them, by the classes of `named.toml`.

A class finds its things six ways, each a word list: a word before the name ("Hurricane
Dorian", "Flight 302", "MV Sewol"), a maker before a model ("Airbus A320neo", "Boeing 737 MAX
8"; or the model bare with a word of its variant, "the 737 MAX"), a known name with or without
a model ("iPhone 4", "787 Dreamliner", "COVID-19", "A320-200s"), the last word of a
capitalized name ("New Progressive Party", "All Nippon Airways"), a name or a model's code
before a noun of the class ("the Bundibugyo strain", "a Falcon 9 rocket", "F-16 fighter
jets"), or a plain noun ("pickup truck"; one written in lower case in the rules is a common
noun, no name: "bribery" in two stories is two charges, `NamedValue.common`). A name written
with a capital in the rules matches only so written (a brand written as one word, "MacBook",
in any case past its first letter); one in lower case ("measles") matches in any case. The
key of a thing leaves out the class word and the maker ("Hurricane Dorian" is "dorian",
"Boeing 787" is "787"), so sources that write them differently meet.
"""

from __future__ import annotations

import re

from reconcile.dates import YEAR
from reconcile.kinds.named import NamedMention, NameReader, phrases
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.rules.schema import ThingClass, ThingRules
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, Runs, first_runs, longest_runs, words_told

# A capitalized word and the spaces after it, which `inside_name` matches: what may stand
# between the start of its match and where it must end.
_NAME_TAIL = re.compile(r"[\w’'&-]*\s+")
_NAME_REACH = 200  # characters before `end` searched first
# a capitalized word of a name before a class's noun, words joined by a dash whole: "the
# Karsk–Tarvin border conflict" (both ends, not the second alone)
_WORD_AND_SPACES = re.compile(r"\S+\s*")
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_WORD_OF_NAME = r"[A-Z][\w’'&-]*(?:–[A-Z][\w’'&-]*)*"
# a word with a capital after a lower-case letter: one brand written as one word ("MacBook")
_CAMEL = re.compile(r"[a-z][A-Z]")


def _past_spaces(text: str, at: int) -> int:
    """The position of the first character at or after `at` that is no space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens the text or a sentence of it (only spaces, quotes or
    brackets after the last full stop, question or exclamation mark, or line break)."""
    while at > 0 and text[at - 1] in " \t\"'“‘([":
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n"


def _ends_in_name(inside_name: re.Pattern[str], text: str, end: int) -> bool:
    """`inside_name.search(text, 0, end)`, reading only the last characters before `end`
    (the whole text before it, for each class word of a long source, was quadratic).

    A match ends at `end`, so the part of it past any later start is a `_NAME_TAIL`; when
    the text from that start does not read as one, the match cannot begin before it.
    """
    lo = end - _NAME_REACH
    if lo <= 0 or _NAME_TAIL.fullmatch(text, lo, end):
        return inside_name.search(text, 0, end) is not None
    return inside_name.search(text, lo, end) is not None


@record
class _Class:
    rule: ThingClass
    patterns: tuple[re.Pattern[str], ...]  # whole names: maker + model, name + model, ...
    before: re.Pattern[str] | None  # a class word, the name read after it
    ends: re.Pattern[str] | None  # the last word of a capitalized name
    after: re.Pattern[str] | None  # a capitalized name, then a noun of the class
    coded: re.Pattern[str] | None  # a model's code, then a noun of the class
    nouns: re.Pattern[str] | None  # its plain nouns ("pickup truck", "bribery", "euro")
    # words after a common noun of the class that make it a figure of speech, no thing:
    # "an avalanche of complaints"
    not_followed_by: frozenset[str] = frozenset()
    as_modifier: bool = True  # (`ThingClass.as_modifier`)
    # phrases ending in a noun read after a name that are no noun of the class: "general
    # strike" (`ThingClass.not_nouns_after`), folded
    not_nouns_after: tuple[str, ...] = ()


@record(slots=True)
class ThingMention(NamedMention):
    """A named thing: its class (`role`), the name as written, and the words of it that are
    the class word or the maker (left out of its key)."""

    generic: tuple[str, ...] = ()
    # read as a class's common noun, no name (`NamedValue.common`): "bribery", "pickup truck"
    common: bool = False


@record
class CommonHeads:
    """What tells a class's common noun ("avalanche", "euro", "bus") standing as the head of
    its own noun phrase, the thing the story tells of, from the same noun inside another
    phrase: a number or a scale word before it counts or measures it ("50 euros", "two
    buses": a quantity), a lower-case word after it that may follow no noun phrase makes it
    the modifier of a noun ("the euro area", "a bus station"). All folded."""

    numbers: frozenset[str] = frozenset()  # number and scale words: two, million
    followers: frozenset[str] = frozenset()  # words that may follow a noun phrase: in, said
    endings: tuple[str, ...] = ()  # endings of a verb or an adverb after it: -ed, -ly
    # articles of one thing: after one, a word of a `present` ending is a verb ("a bus crashes";
    # never a plural noun the noun modifies: "a bus drivers" is no English)
    singular: frozenset[str] = frozenset()
    # endings of a verb's present after a name (the frames' `present_endings`): "crashes"
    present: tuple[str, ...] = ()
    # words that open a verb's object (articles; a number too): a word of a `present` ending
    # before one is a verb, whatever stands before the noun ("Karskia's senate votes 80-42",
    # "the Karskian parliament elects a speaker"; never a noun the noun modifies: "the bus
    # drivers a" is no English)
    objects: frozenset[str] = frozenset()


_WORD_BEFORE = re.compile(r"[\w.,’'-]+")
_WORD_AFTER = re.compile(r"\s*([a-z][\w’'-]*)")
_OBJECT_START = re.compile(r"\s+([\w’'-]+)")  # the word after a verb: its object's first
_LETTER = re.compile(r"\w")
# a capitalized word right after a word: the rest of a name ("Bill Roe", "Law Society")
_NAME_AFTER = re.compile(r" +[A-Z][a-z]")


def _word(word: str, code: re.Pattern[str]) -> str:
    """One word of a known name as a regex: as written, but a word with a capital inside it
    (a brand spelled as one word, "MacBook", "PlayStation", "iPhone") in any case past its
    first letter, as news writes it too ("Macbook", "Playstation"); a code (`thing.code`:
    "A320") in the plural too ("A320s": the key is compared in the singular)."""
    if _CAMEL.search(word):
        written = re.escape(word[0]) + "(?i:" + re.escape(word[1:]) + ")"
    else:
        written = re.escape(word)
    return written + "s?" if code.fullmatch(word) else written


def _names(items: tuple[str, ...], code: re.Pattern[str]) -> str:
    """Names as a regex without word boundaries: capitalized ones exactly (`_word`), lower-case
    ones in any case; longest first."""

    def alternation(names: list[str]) -> str:
        ordered = sorted(set(names), key=lambda n: (-len(n), n))
        return "|".join(r"\s+".join(_word(w, code) for w in n.split()) for n in ordered)

    exact = [n for n in items if n != n.lower()]
    loose = [n for n in items if n == n.lower()]
    parts = []
    if exact:
        parts.append(alternation(exact))
    if loose:
        parts.append("(?i:" + alternation(loose) + ")")
    return "|".join(parts) or "(?!)"


class ThingFinder:
    """The thing classes compiled once."""

    def __init__(
        self,
        rules: ThingRules,
        joiners: tuple[str, ...],
        articles: tuple[str, ...],
        stop: frozenset[str] = frozenset(),
        not_first: frozenset[str] = frozenset(),
        dotted: frozenset[str] = frozenset(),
        heads: CommonHeads | None = None,
    ) -> None:
        variants = "|".join(re.escape(v) for v in rules.variants) or "(?!)"
        code = re.compile(rules.code)  # (a known name's code, read in the plural too)
        # a code that names its thing alone, wherever the source writes it again: "ET302"
        self.flight_code = re.compile(rules.flight_code)
        # a model, its variant words ("737 MAX 8") and a short number after ("737-800")
        model = (
            rf"(?:{rules.model})(?:[ -]?(?:{variants})(?![\w]))*"
            r"(?:[ -]\d{1,3}(?![\w,.]\d))?"
        )
        built = []
        # what `any` tries of a class's known names: the same names without the model that
        # may stand before them (a name after a model is also a name after a space, where
        # the shorter pattern matches; most words start no name, and the model fits them all)
        gates: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
        # a run of letters of each phrase, that a sentence must hold as a word for a pattern
        # of `any` to match in it (`reconcile.wordgate`); a known name is always tried (a
        # variant may be written joined to it: its last run of letters is then longer)
        runs: dict[re.Pattern[str], Runs] = {}
        for c in rules.thing:
            patterns = []
            if c.makers:
                maker = re.compile(
                    rf"(?:{phrases(c.makers, case=True).pattern})\s+"
                    rf"(?:{model}|(?:{rules.maker_model})(?![\w-])"
                    rf"|(?:{_names(c.names, code)})(?:[ -]?(?:{variants}))*"
                    rf"(?:\s+{model})?)(?![\w])"
                )
                patterns.append(maker)
                runs[maker] = longest_runs(c.makers)
                # a maker's model written bare with a word of its variant: "the 737 MAX", "a
                # 777 ER" (a code, or a number of three digits: not "5 ER visits", "2019 Max")
                bare = re.compile(
                    rf"(?<![\w-])(?:{rules.bare_model})"
                    rf"(?:[ -]?(?:{variants})(?![\w]))+(?:[ -]\d{{1,3}}(?![\w,.]\d))?"
                    r"(?![\w-])(?!\s+[A-Z][a-z])"
                )
                patterns.append(bare)
                runs[bare] = longest_runs(rules.variants)
            if c.names:
                names = _names(c.names, code)
                # (a series after a hyphen: "A320-200", "A350-900s")
                tail = (
                    rf"(?:{names})(?:-\d{{1,4}}[A-Z]{{0,2}}s?(?![\w-]))?"
                    rf"(?:[ -]?(?:{variants})(?![\w]))*(?:\s+{model})?(?![\w-])"
                )
                # (tried only where a model or a name can start: the model's letters may be none)
                patterns.append(gated(re.compile(rf"(?<![\w-])(?:{model}\s+)?{tail}")))
                gates.append((patterns[-1], re.compile(rf"(?<![\w-]){tail}")))
            plain = phrases(c.nouns) if c.nouns else None
            if plain is not None:
                patterns.append(plain)
                runs[plain] = longest_runs(c.nouns)
            before = (
                re.compile(rf"(?<![\w-])(?:{_names(c.before, code)})\s+(?=[A-Z0-9])")
                if c.before
                else None
            )
            ends = phrases(c.ends, case=True) if c.ends else None
            after = (
                gated(
                    re.compile(
                        rf"(?<![\w’'–-])(?P<name>{_WORD_OF_NAME}(?:\s+{_WORD_OF_NAME}){{0,2}}"
                        r"(?:\s+\d{1,2}(?![\d,.%]))?)"  # (a number ends it: "a Falcon 9 rocket")
                        rf"\s+(?:[a-z][\w-]*\s+)?(?:{phrases(c.nouns_after, case=True).pattern})"
                    )
                )
                if c.nouns_after
                else None
            )
            # "F-16 fighter jets": a model's code before a noun of the class, no maker
            coded = (
                re.compile(
                    rf"(?<![\w’'/-])(?P<name>(?:{rules.model_code}))\s+(?:[a-z][\w-]*\s+)?"
                    rf"(?:{phrases(c.codes_after).pattern})"
                )
                if c.codes_after
                else None
            )
            built.append(
                _Class(
                    c,
                    tuple(patterns),
                    before,
                    ends,
                    after,
                    coded,
                    plain,
                    frozenset(fold(w) for w in c.not_followed_by),
                    c.as_modifier,
                    tuple(fold(w) for w in c.not_nouns_after),
                )
            )
            for pattern, words in (
                (before, c.before),
                (ends, c.ends),
                (after, c.nouns_after),
                (coded, c.codes_after),
            ):
                if pattern is not None:
                    runs[pattern] = longest_runs(words)
        gate = dict(gates)
        # every pattern of every class at once: most sentences name no thing at all (each
        # starts at a word, `(?<![\w-])`: said once before the alternation, it is tried
        # at word starts only); a sentence it finds nothing in holds no match of any. The
        # patterns of phrases are tried only in a sentence that holds the longest run of one
        # of their phrases as a word (most sentences hold none); the known names, always,
        # all at once.
        always: list[str] = []
        self.any_words: list[tuple[frozenset[str], re.Pattern[str]]] = []
        for made in built:
            for p in (
                *(gate.get(p, p) for p in made.patterns),
                made.before,
                made.ends,
                made.after,
                made.coded,
            ):
                if p is None:
                    continue
                found = runs.get(p)
                if found is None:
                    # (a group's name once: several classes read a name before their noun)
                    always.append(
                        _GROUP_NAME.sub(
                            "(?:", f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else p.pattern
                        )
                    )
                else:
                    self.any_words.append((found, p))
        # (tried only where a match can start)
        self.any_always = gated(re.compile(rf"(?<![\w-])(?:{'|'.join(always) or '(?!)'})"))
        self._always = self.any_always if always else None  # (for the gate: `gate_of`)
        self.any_runs = frozenset(w for found, _ in self.any_words for w in found)
        self._gate = Gate.of(self.any_runs, pattern=self._always)
        self.classes = tuple(built)
        self.model_re = re.compile(model)
        self.joiners = frozenset(fold(w) for w in joiners)
        self.articles = frozenset(fold(w) for w in articles)
        # (a weekday or month is no name: "the ferry Monday")
        self.stop = stop
        # (a word alone before a noun of a class that names nothing: "This virus")
        self.not_first = not_first
        self.reader = NameReader(self.joiners, stop, max_words=3, dotted=dotted)
        # a last word the name goes on after: "National Conference of State Legislatures",
        # "Fire Department"
        self.name_goes_on = re.compile(rf"\s+(?:(?:{phrases(joiners).pattern})\s+[A-Z]|[A-Z][a-z])")
        # a word of a name, read backwards from its last word: capitalized, a joiner, a
        # possessive written apart ("Developer 's Conference"), a year opening it ("2010
        # Worldwide Developers Conference")
        self.capital_before = re.compile(
            rf"(?:[A-Z][\w’'&.–-]*|['’]s|{YEAR}"
            rf"|{'|'.join(re.escape(w) for w in joiners) or '(?!)'})\s+$"
        )
        # a word for "number" between a class word and its number: "Typhoon No. 10"
        self.number_sign = re.compile(
            rf"(?:{'|'.join(map(re.escape, rules.number_signs)) or '(?!)'})\s*(?=\d)"
        )
        self.generic = {
            c.name: frozenset(fold(w) for w in (*c.before, *c.makers, *rules.number_signs))
            for c in rules.thing
        }
        # a class's plain nouns written in lower case in the rules: common nouns, no names
        # ("bribery", "pickup truck"; not "Nasdaq"), read in any case
        self.common = {
            c.name: frozenset(fold(" ".join(n.split())) for n in c.nouns if n == n.lower())
            for c in rules.thing
        }
        self.heads = heads or CommonHeads()
        # the words no name before a noun of a class opens with: a stop word, an article, or
        # the number counting the noun, capitalized as a sentence's first word ("Twelve")
        self.not_opening = self.stop | self.articles | self.heads.numbers
        # "than a tornado", "the size of a bulk carrier": an article between or none
        self.compared = re.compile(
            rf"(?<![\w-])(?:{phrases(rules.comparisons).pattern})"
            rf"\s+(?:(?:{phrases(articles).pattern})\s+)?$",
            re.I,
        )
        self._introduced: tuple[str, re.Pattern[str] | None, dict[str, str]] = ("", None, {})
        self._gated: tuple[str, Gate | None] = ("", None)
        # every class word at once, for the names a whole source introduces with one
        befores = [w for c in rules.thing for w in c.before]
        self.any_before = gated(  # (each: tried only where a match can start)
            re.compile(
                rf"(?<![\w-])(?P<word>{_names(tuple(befores), code)})\s+(?=[A-Z0-9])"
                if befores
                else "(?!)"
            )
        )
        self.inside_name = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'&-]*\s+$")
        self.apposition = re.compile(
            r"(?<![\w-])(?P<name>[A-Z][a-z]{3,}),\s+"
            rf"(?:{phrases(articles).pattern})\s+(?:[\w-]+\s+){{0,4}}?"
            rf"(?P<word>{phrases([w.lower() for w in befores if len(w) > 3]).pattern})"
            r"(?=\s*[,.;)])"
            if befores
            else "(?!)"
        )
        self.class_of_word: dict[str, str] = {}
        for c in rules.thing:
            for w in (*c.before, *c.nouns_before):
                self.class_of_word.setdefault(fold(w), c.name)
        # and the lower-case nouns, read once per source ("the cargo ship Golden Ray"): the
        # name is then found wherever the source writes it
        nouns = [w for c in rules.thing for w in c.nouns_before]
        self.source_before = (
            gated(
                re.compile(
                    rf"(?<![\w-])(?P<word>{_names(tuple(befores), code)}|{phrases(nouns).pattern})"
                    r"\s+(?=[A-Z0-9])"
                )
            )
            if nouns
            else self.any_before
        )
        self.any_end = phrases([w for c in rules.thing for w in c.ends], case=True)
        self.goes_on = frozenset(c.name for c in rules.thing if c.goes_on)
        # a word that tells where a thing is based, opening no name: "Karsk-based"
        self.modifier = tuple(e.lower() for e in rules.modifier_endings)
        self.joined_name = re.compile(rf"\s+(?:{phrases(joiners).pattern})\s+(?=[A-Z])")
        self.class_of_end: dict[str, str] = {}
        for c in rules.thing:
            for w in c.ends:
                self.class_of_end.setdefault(fold(w), c.name)

    def _head(self, made: _Class, text: str, start: int, end: int) -> bool:
        """Whether a common noun of a class at `text[start:end]` is the head of its own noun
        phrase, a thing the sentence tells of (`CommonHeads`): written in lower case (or
        capitalized opening the sentence: "Lev" inside one is a name, and so is "Bill"
        before a capitalized word, "Bill Roe said"), no number or scale
        word among the two words before it ("50 euros", "two deadly avalanches"), not after
        a word of comparison ("larger than a tanker"), and followed by no word of the
        class's `not_followed_by` ("an avalanche of complaints") nor, for a class whose nouns
        name nothing as a modifier (`ThingClass.as_modifier`), by a lower-case word that may
        follow no noun phrase ("the euro area", "a bus station")."""
        heads = self.heads
        if text[start].isupper() and _LETTER.search(text, 0, start) is not None:
            return False
        if text[start].isupper() and _NAME_AFTER.match(text, end):
            return False  # opening a sentence, the first word of a name: "Bill Roe said"
        before = _WORD_BEFORE.findall(text, max(0, start - 40), start)[-2:]
        if any(any(ch.isdigit() for ch in w) or fold(w) in heads.numbers for w in before):
            return False
        if self.compared.search(text, max(0, start - 40), start) is not None:
            return False
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return True  # punctuation, a capitalized word, a number or the end
        word = fold(after.group(1))
        if word in made.not_followed_by:
            return False
        if made.as_modifier or word in heads.followers or word.endswith(heads.endings):
            return True
        if not heads.present or not word.endswith(heads.present):
            return False
        if before and fold(before[-1]) in heads.singular:
            return True
        following = _OBJECT_START.match(text, after.end())
        return following is not None and (
            following.group(1)[0].isdigit() or fold(following.group(1)) in heads.objects
        )

    def _past_modifier(self, text: str, start: int, end: int) -> int:
        """Where a name read from `start` begins past the last word telling where the thing
        is based ("Five Karsk-based Tarvin Front" is "Tarvin Front"); `start` if none."""
        at = start
        for word in _WORD_AND_SPACES.finditer(text, start, end):
            if word.group(0).rstrip().lower().endswith(self.modifier):
                at = word.end()
        return at

    def introduced(self, source: Source) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """The names a source gives with a class word ("Hurricane Dorian", "MV Sewol"), as
        one pattern for their later bare mentions ("Dorian weakened"), and each name's class.
        The last source asked for is kept."""
        if self._introduced[0] is source.text:
            return self._introduced[1], self._introduced[2]
        classes: dict[str, str] = {}
        for m in self.source_before.finditer(source.text):
            if _ends_in_name(self.inside_name, source.text, m.start()):
                continue
            span = self.reader.read(source.text, m.end(), commas=False)
            name = source.text[span[0] : span[1]] if span else ""
            # (a number may end it: "the sand barge Hong Hai 16")
            acronym = len(name) == 3 and name.isupper()  # "his party ANO"
            # (a code of capitals and a number names it alone: "Flight ET302" ... "ET302")
            code = self.flight_code.fullmatch(name) is not None
            if ((len(name) >= 4 or acronym) and name.split()[0].isalpha()) or code:
                word = " ".join(m.group("word").split())
                classes.setdefault(name, self.class_of_word[fold(word)])
        # "Zeta, a Category 5 hurricane,": a name in apposition with its class word
        for m in self.apposition.finditer(source.text):
            word = fold(" ".join(m.group("word").split()))
            classes.setdefault(m.group("name"), self.class_of_word[word])
        pattern = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(classes)))})(?![\w-])")
            if classes
            else None
        )
        self._introduced = (source.text, pattern, classes)
        return pattern, classes

    def gate_of(self, source: Source) -> Gate | None:
        """What a sentence of `source` must hold for `find` to find a thing in it, as `find`
        asks first: a run of a class's phrases as a word, a match of the phrases whose runs
        cannot be told, or the first run of a name the source introduced (its bare mentions
        stand between letters that are no word's, as the pattern of `introduced` reads them,
        and are written as introduced: their first run is a word of the sentence). None
        where a name starts with no ASCII letter. The last source asked for is kept."""
        if self._gated[0] is source.text:
            return self._gated[1]
        _, classes = self.introduced(source)
        gate = (
            Gate.of(self.any_runs, first_runs(classes), pattern=self._always)
            if classes
            else self._gate  # (most sources introduce no name: the gate of the rules alone)
        )
        self._gated = (source.text, gate)
        return gate

    def _any(self, text: str) -> bool:
        """Whether a pattern of a class matches in `text`: the known names, then each
        pattern of phrases a run of which `text` holds as a word (all of them where its
        words cannot tell)."""
        if self.any_always.search(text) is not None:
            return True
        words = words_told(text)
        if words is not None and self.any_runs.isdisjoint(words):
            return False  # (most sentences: no pattern of phrases to try)
        return any(
            (words is None or not found.isdisjoint(words)) and pattern.search(text) is not None
            for found, pattern in self.any_words
        )

    def find(self, source: Source, sentence: Sentence) -> list[Mention[ThingMention]]:
        """The named things of one sentence, longest first where they overlap, in text order."""
        text = sentence.text
        bare, classes = self.introduced(source)
        if not self._any(text) and (bare is None or not bare.search(text)):
            return []
        spans: list[tuple[int, int, str]] = []
        if bare is not None:  # "Dorian weakened", after "Hurricane Dorian" in the source
            spans += [(m.start(), m.end(), classes[m.group(0)]) for m in bare.finditer(text)]
        for c in self.classes:
            for pattern in c.patterns:
                for m in pattern.finditer(text):
                    if (
                        pattern is c.nouns
                        and fold(" ".join(m.group(0).split())) in self.common[c.rule.name]
                        and not self._head(c, text, m.start(), m.end())
                    ):
                        continue
                    spans.append((m.start(), m.end(), c.rule.name))
        # where a maker's model or a known name starts: a name ending in a class's last word
        # ends before it ("a PSA Airlines Bombardier CRJ-700")
        starts = {s for s, _, _ in spans}
        # the class words and last words of every class, one scan each
        for m in self.any_before.finditer(text):
            # (past a word for "number": "Typhoon No. 10")
            sign = self.number_sign.match(text, m.end())
            code = self.model_re.match(text, sign.end() if sign else m.end())
            if not code and _ends_in_name(self.inside_name, text, m.start()):
                continue  # "National Hurricane Center": the class word inside another name
            # (but "Ukraine International Airlines Flight PS752": a class word and a code)
            span = self.reader.read(text, m.end(), commas=False)
            end = max(code.end() if code else 0, span[1] if span else 0)
            if end > m.end():
                written = fold(" ".join(m.group("word").split()))
                # a class noun in lower case is no part of the name: "the cargo ship Golden
                # Ray" names "Golden Ray" (but "flight 302" keeps its word)
                lower = m.group("word")[:1].islower() and not code
                spans.append((m.end() if lower else m.start(), end, self.class_of_word[written]))
        for c in self.classes:  # "the Bundibugyo strain": a name before a noun of a class
            if c.after is None or not any(n in text for n in c.rule.nouns_after):
                continue  # (most sentences hold none of its nouns: no scan)
            for m in c.after.finditer(text):
                start, end = m.span("name")
                start = self._past_modifier(text, start, end)
                words = text[start:end].split()
                # ("Twelve Tarvin rebels" name "Tarvin")
                while words and fold(words[0]) in self.not_opening:
                    start = _past_spaces(text, start + len(words.pop(0)))
                if len(words) > 1 and words[-1].isdigit() and m.group(0).endswith("s"):
                    continue  # a number before a noun in the plural counts it: "Karsk 12
                    # fighters" (but "a Falcon 9 rocket")
                if c.not_nouns_after and fold(" ".join(m.group(0).split())).endswith(
                    c.not_nouns_after
                ):
                    continue  # "a Karskian general strike": workers', no attack
                endings = c.rule.name_endings
                if endings and not (words and fold(words[-1]).endswith(endings)):
                    continue  # "the Kyiv attack": a place's name, not a people's word
                if (
                    len(words) == 1
                    and fold(words[0]) in self.not_first
                    # (a people's word inside a sentence, though it names a language too: "a
                    # Russian drone strike"; opening one, it may be any word: "These strikes")
                    and not (endings and not _opens_sentence(text, start))
                ):
                    continue
                if words and self.class_of_end.get(fold(words[-1]), c.rule.name) != c.rule.name:
                    continue  # a name another class's last word ends is that class's thing:
                    # "the Karsk Party leadership election" tells of the party
                if words and not any(fold(w) in self.stop for w in words):
                    spans.append((start, end, c.rule.name))
        for c in self.classes:  # "F-16 fighter jets": a model's code before a noun of a class
            if c.coded is not None:
                spans += [(*m.span("name"), c.rule.name) for m in c.coded.finditer(text)]
        for m in self.any_end.finditer(text):
            role = self.class_of_end[fold(" ".join(m.group(0).split()))]
            end = m.end()
            goes_on = self.name_goes_on.match(text, m.end())
            if goes_on and role in self.goes_on:
                # "Canadian Union of Public Employees": the name goes on past a joiner
                more = self.joined_name.match(text, m.end())
                span = self.reader.read(text, more.end(), commas=False) if more else None
                if span is None or self.any_end.search(text, m.end(), span[1]):
                    continue  # (a later last word names it: "Union of Karsk People Party")
                end = span[1]
            elif goes_on and _past_spaces(text, m.end()) not in starts:
                # "National Conference of State Legislatures": a body
                continue
            start = m.start()
            while True:
                # (the spaces of a link's markup, blanked as a source is loaded, are no
                # distance between a name and its last word: "[ANO](…) party"; between two
                # words of it they end the name: "[Roe] and [Union Party]")
                near = start
                while start == m.start() and near > 0 and text[near - 1].isspace():
                    near -= 1
                word = self.capital_before.search(text[max(0, near - 40) : start])
                written = word.group(0).strip() if word is not None else ""
                if word is None or (written[:1].isupper() and fold(written) in self.stop):
                    break  # (and not past a weekday: "On Friday Ford Motor Company said")
                start -= len(word.group(0))
            # no name starts with a joiner, an article or a possessive: "A Northwind
            # Airlines A320"
            start = self._past_modifier(text, start, m.start())
            while start < m.start() and (
                fold(text[start:].split()[0]) in self.joiners | self.articles or text[start] in "'’"
            ):
                start = _past_spaces(text, text.index(" ", start))
            if start < m.start() or end > m.end():  # (or "Chamber of Deputies": it went on)
                spans.append((start, end, role))
        found: list[Mention[ThingMention]] = []
        taken: list[tuple[int, int]] = []
        for start, end, role in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            name = text[start:end]
            generic = tuple(w for w in name.split() if fold(w) in self.generic[role])
            common = fold(" ".join(name.split())) in self.common[role]
            found.append(
                Mention(
                    source_id=source.id,
                    kind="thing",
                    quote=name,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    sentence=text,
                    sentence_start=sentence.start,
                    detail=ThingMention(role=role, name=name, generic=generic, common=common),
                )
            )
        return sorted(found, key=lambda m: m.start)
