"""Concepts: what a number measures, read from the words around it by frames.

A frame is a pattern of words with one slot for the number, written in a rules file
(`rules/lang/<language>/frames.toml`) so that a fact-checker can read and extend it:

    killed ... {N} {people?}        verb frame: the number is who was killed
    {N} {people?} {be?} {injured}   the number is who was injured
    {N} {from_place} {PLACE}        a distance, with the place it is measured from

Tokens of a pattern, separated by spaces:

- `{N}`: the number (exactly one per pattern);
- `{PLACE}`: a place name (capitalized words), captured with the concept;
- `{NAME}`: a capitalized word before the number ("Smith , {N} ,": an age in apposition);
- `{class}` / `{class?}`: any phrase of a word class defined once in the same file
  (`?`: may be absent);
- `word`, `word|other`, `word?`: a literal word, alternatives, an optional word;
- `...`: a gap of up to `gap_words` words inside the clause, `...6` of up to six (`...12`:
  twelve); a gap never crosses a comma or one of the `gap_stops` words ("and", "while");
- `,`: a comma (appositions and relative clauses: "{N} , who were aboard").

Words meet across spaces or hyphens, so `{N} magnitude` reads "7.1-magnitude" and
`{N} long` reads "40-foot-long". Each pattern compiles once into two anchored regular
expressions, the words before the number and the words after it; `concept_of` tries them
around one number and keeps the frame whose words stand nearest. Concept keys (`deaths`,
`magnitude`, `distance`) are language-neutral: another language's file maps its own words
to the same keys.

A number said again in other units in parentheses measures what the number before the
parenthesis does ("winds of 75 mph (120 km/h)", "US$140bn ($96bn, £86bn)").

When no frame fits, `Reading` reads the grammar around the number with the same file's
words: the counted noun after it, past modifiers, numbers, possessives and the names they
belong to, looked up by its singular in `[heads]` ("12 of North Dakota's 41 pledged
delegates"); a frame read past an apposition ("12 people, including three firefighters,
died") or a relative word ("12 people who died"); the subject of the verb before it ("the
death toll from the floods in Sri Lanka rises to 618", a change: "sales of new cars fell by
as much as 35%"); for a bare number, the concept of
the number a colon before it follows ("12 were killed: eight in Kabul"), of a head noun it
stands in apposition to ("the toll, 12, is expected to rise"), or of the earlier number it
is listed after by a list word, a comma or the verb of that number, read back along the
list ("at 14, followed by Sanders, with 12"; "killed 12 in Gaza, 3 in the West Bank and 2
in Israel"; "Warren had 8 delegates, and Klobuchar had 7"), or of the noun before the
comma of an apposition opener it follows ("all levies, including the base 10%"); else the
counted noun
the claim leaves out, by its singular, as a concept of its own ("two other Presidents",
"ten of its plants"). A part of a group is read by what is said of it: "149 of the
survivors were hospitalized" counts the hospitalized, not the rescued. A percent or a
fraction of a whole is a share of that whole ("90 percent of commodities"); a number written
as an adjective names the noun after it ("a 27-year contract", "a 72.4 percent stake", "the
previous 34% levy"); a
bare number after the same two words as an earlier one, in a parallel clause, counts what
that one counts ("with a total of 1,124 delegates; ... with a total of 815").

A bare number its own sentence names nothing for is read from its story
(`concept_in_story`, given the source's text): the same number said again with one concept
in the title or a sentence near it ("Maker to close 789 dealerships" over "it wants to
eliminate 789, or about a quarter, of its dealers").
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import field, replace
from functools import cached_property, lru_cache
from typing import Any

from reconcile.errors import Problem
from reconcile.records import record
from reconcile.rules.schema import FrameRules
from reconcile.rules.validate import Where

NUMBER_SLOT = "{N}"
COUNTED_PATTERN = "counted "  # how the pattern of a concept read from its noun alone starts
STORY_PATTERN = "story "  # how the pattern of a concept read from the story around it starts
# how the pattern of a concept read from a move's subject starts, the subject's words as
# written after it (`move_subject`)
SUBJECT_PATTERN = "subject "
# how the pattern of a concept another source of the run lends a bare number starts
# (`kinds/quantity/run_concepts.py`)
RUN_PATTERN = "run "
# how two concepts stand by their broader concepts (`Frames.relation`)
SAME, BROADER, NARROWER, SIBLINGS, UNRELATED = (
    "same",
    "broader",
    "narrower",
    "siblings",
    "unrelated",
)
PLACE_SLOT = "{PLACE}"
NAME_SLOT = "{NAME}"
_GAP_TOKEN = re.compile(r"^\.\.\.([1-9][0-9]?)?$")
_CLASS_TOKEN = re.compile(r"^\{([a-z][a-z0-9_]*)(\??)\}$")
_LITERAL_TOKEN = re.compile(r"^[^\s{}]+$")


# ------------------------------------------------------------------------ compiled values
@record(slots=True)
class Concept:
    """What one number measures, and the words that say so.

    `evidence` is `[start, end)` in the sentence given to `concept_of`: the frame's words
    and the number between them. `place` is the place a distance is measured from. Slotted,
    so that a run's claims hold each equal concept, and the detail holding it, once
    (`reconcile.sharing` shares slotted records only).
    """

    key: str
    evidence: tuple[int, int]
    place: str | None = None
    pattern: str = ""


@record
class CompiledFrame:
    """One pattern, compiled: the words before the number and the words after it.

    The two regular expressions are built from the pattern when the frame is made and
    compiled the first time a number could fit the frame (most frames never meet a number
    in a run: compiling all of them up front would cost more than reading), or all at once
    by `Frames.warm` before the compiled kinds are kept on disk for later runs.
    """

    concept: str
    pattern: str
    dimensions: tuple[str, ...]
    before_regex: str | None  # read backwards from the number, on the reversed text
    after_regex: str | None  # read forwards from where the number ends
    needs_before: tuple[frozenset[str], ...]  # one word of each must stand before the number
    needs_after: tuple[frozenset[str], ...]  # one word of each must stand after it
    weight: int  # words the frame requires: a longer frame wins a tie
    bare: bool = False  # fits only a claim that is its number alone ({NAME}: "Ferri, 23,")
    sign_before: tuple[str, ...] = ()  # signs, one of which stands right before the claim
    signed: bool = True  # False: a figure written with its sign ("-366.94") never fits
    gaps_before: tuple[str, ...] = ()  # names of the groups of `...` in `before`
    gaps_after: tuple[str, ...] = ()  # and in `after`
    span: int = 0  # most words the frame reads on one side of the number

    @property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Every set of words of which one must stand near the number."""
        return self.needs_before + self.needs_after

    @cached_property
    def before(self) -> re.Pattern[str] | None:
        """The words before the number, compiled."""
        return re.compile(self.before_regex, re.IGNORECASE) if self.before_regex else None

    @cached_property
    def after(self) -> re.Pattern[str] | None:
        """The words after the number, compiled."""
        return re.compile(self.after_regex, re.IGNORECASE) if self.after_regex else None


_LEAST_REACH = 14  # words read on each side of a number however narrow the frames


@record
class _Shelf:
    """The frames that fit one dimension, found by the words near a number."""

    before: Mapping[str, tuple[int, ...]]  # a word before the number -> frames needing it
    after: Mapping[str, tuple[int, ...]]  # a word after the number -> frames needing it
    always: tuple[int, ...]  # frames that need no word
    before_words: frozenset[str]
    after_words: frozenset[str]


@record
class Frames:
    """Every frame of a language, compiled once; hand it to `concept_of`."""

    frames: tuple[CompiledFrame, ...]
    labels: Mapping[str, str]
    shelves: Mapping[str, _Shelf]  # by dimension family; "" for one that no frame names
    window: int = 240  # characters read on each side of a number (links blanked in place)
    reach: int = _LEAST_REACH  # words on each side of a number whose presence lets a frame be tried
    reading: Reading | None = None  # the grammar read when no frame fits
    compatible: frozenset[tuple[str, str]] = frozenset()  # concepts that may be one fact
    broader: Mapping[str, str] = field(default_factory=dict)  # a concept's broader concept
    movers: MoveSubjects | None = None  # a move's subject and the concepts it gives
    # signs that may not stand right before a number said again (`compile_frames`' `glued`)
    glued: frozenset[str] = frozenset()

    def warm(self) -> None:
        """Compile every frame's patterns now (before the frames are kept on disk compiled),
        rather than the first time a number could fit each."""
        for frame in self.frames:
            _ = frame.before, frame.after

    def may_agree(self, a: str, b: str) -> bool:
        """Whether numbers of concepts `a` and `b` may state one fact when they agree:
        one concept, two declared compatible ("jobs", "employees"), or one broader than the
        other ("casualties", "deaths")."""
        return a == b or (a, b) in self.compatible or self.relation(a, b) in (BROADER, NARROWER)

    def above(self, concept: str) -> tuple[str, ...]:
        """The broader concepts of `concept`, nearest first (`[broader]`, followed up)."""
        found: list[str] = []
        at = self.broader.get(concept)
        while at is not None and at != concept and at not in found:
            found.append(at)
            at = self.broader.get(at)
        return tuple(found)

    def relation(self, a: str, b: str) -> str:
        """How concept `a` stands to `b` by their broader concepts: `SAME`; `BROADER` (`a`
        holds `b`: "casualties" / "deaths") or `NARROWER`; `SIBLINGS` (one broader concept
        holds both, neither the other: "deaths" / "injured"); else `UNRELATED`."""
        if a == b:
            return SAME
        if a in self.above(b):
            return BROADER
        if b in self.above(a):
            return NARROWER
        return SIBLINGS if set(self.above(a)) & set(self.above(b)) else UNRELATED

    @classmethod
    def of(
        cls,
        frames: Sequence[CompiledFrame],
        labels: Mapping[str, str],
        reading: Reading | None = None,
        compatible: Mapping[str, Sequence[str]] | None = None,
        broader: Mapping[str, str] | None = None,
    ) -> Frames:
        """Frames with their index by dimension and word, built once.

        Each frame is filed under the words of one of its required tokens, the one whose
        words the other frames need least, so a number meets only frames that may fit.
        """
        uses: dict[str, int] = {}
        for frame in frames:
            for words in frame.needs:
                for word in words:
                    uses[word] = uses.get(word, 0) + 1

        def rarity(words: frozenset[str]) -> tuple[int, int]:
            return sum(uses[w] for w in words), len(words)

        shelves: dict[str, _Shelf] = {}
        for family in ["", *sorted({d for f in frames for d in f.dimensions})]:
            sides: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
            always: list[int] = []
            for order, frame in enumerate(frames):
                if frame.dimensions and family not in frame.dimensions:
                    continue
                keys = [(rarity(w), 0, w) for w in frame.needs_before]
                keys += [(rarity(w), 1, w) for w in frame.needs_after]
                if not keys:
                    always.append(order)
                    continue
                _, side, words = min(keys, key=lambda key: key[:2])
                for word in words:
                    sides[side].setdefault(word, []).append(order)
            shelves[family] = _Shelf(
                before={word: tuple(orders) for word, orders in sides[0].items()},
                after={word: tuple(orders) for word, orders in sides[1].items()},
                always=tuple(always),
                before_words=frozenset(sides[0]),
                after_words=frozenset(sides[1]),
            )
        pairs = {(a, b) for a, others in (compatible or {}).items() for b in others}
        # the words read on each side reach as far as the widest frame (the number's own
        # words and its claim's qualifier, "at least 1,200 people", added)
        reach = max([_LEAST_REACH, *(frame.span + _NUMBER_WORDS for frame in frames)])
        return cls(
            tuple(frames),
            labels,
            shelves,
            reach=reach,
            reading=reading,
            compatible=frozenset(pairs | {(b, a) for a, b in pairs}),
            broader=dict(broader or {}),
        )


# ------------------------------------------------------------------------------- checking
def frame_problems(
    rules: FrameRules, files: Sequence[tuple[Where, Mapping[str, Any]]]
) -> list[Problem]:
    """What is wrong in the patterns of `files` (each frames file of one language's layers,
    as read) given the merged `rules`: an undeclared concept, an unknown word class, a
    pattern without exactly one slot, a bad token, a pattern repeated. Each with file:line.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for where, data in files:
        for name, words in data.get("words", {}).items():
            if not words:
                line = where.line(("words", name))
                problems.append(Problem(where.path, line, f"words.{name}: an empty word class"))
        # the concepts each table names: a concept and those it is compatible with, a
        # concept and its broader one, a concept of heads
        named_in = {
            "compatible": {c: (c, *o) for c, o in data.get("compatible", {}).items()},
            "broader": {c: (c, w) for c, w in data.get("broader", {}).items()},
            "heads": {c: (c,) for c in data.get("heads", {})},
        }
        for table, concepts in named_in.items():
            for concept, keys in concepts.items():
                problems.extend(
                    Problem(
                        where.path,
                        where.line((table, concept)),
                        f"{table}.{concept}: unknown concept {key!r}; declare it in [concepts]",
                    )
                    for key in keys
                    if key not in rules.concepts
                )
        for concept, name in data.get("move_subjects", {}).items():
            line = where.line(("move_subjects", concept))
            if concept not in rules.concepts:
                problems.append(
                    Problem(
                        where.path,
                        line,
                        f"move_subjects.{concept}: unknown concept; declare it in [concepts]",
                    )
                )
            if name not in rules.words:
                problems.append(
                    Problem(
                        where.path,
                        line,
                        f"move_subjects.{concept}: unknown word class {name!r}; define it in"
                        " [words]",
                    )
                )
        for field_name in ("group_concepts", "thing_concepts"):
            for key in data.get(field_name, ()):
                if key not in rules.concepts:
                    problems.append(
                        Problem(
                            where.path,
                            where.line((field_name,)),
                            f"{field_name}: unknown concept {key!r}; declare it in [concepts]",
                        )
                    )
        for number, raw in enumerate(data.get("frame", [])):
            concept = raw.get("concept", "")
            if concept not in rules.concepts:
                known = ", ".join(sorted(rules.concepts))
                problems.append(
                    Problem(
                        where.path,
                        where.line(("frame", number, "concept")),
                        f"frame.{number}.concept: unknown concept {concept!r}; declared in"
                        f" [concepts]: {known}",
                    )
                )
            dimensions = tuple(raw.get("dimensions", ()))
            for slot, pattern in enumerate(raw.get("patterns", [])):
                at = where.line(("frame", number, "patterns", slot))
                key = " ".join(pattern.split()) + " | " + " ".join(sorted(dimensions))
                if key in seen:
                    problems.append(
                        Problem(
                            where.path,
                            at,
                            f"frame.{number}.patterns.{slot}: {pattern!r} repeats a pattern"
                            f" of concept {seen[key]!r} for the same dimensions",
                        )
                    )
                    continue
                seen[key] = concept
                try:
                    _parse(pattern, rules)
                except ValueError as error:
                    problems.append(
                        Problem(where.path, at, f"frame.{number}.patterns.{slot}: {error}")
                    )
    return sorted(problems, key=lambda p: (p.path, p.line or 0))


def compile_frames(
    rules: FrameRules, number_words: Sequence[str] = (), glued: Iterable[str] = ()
) -> Frames:
    """Every frame of a language's rules compiled once (the rules were checked on loading).
    `number_words`: the language's numbers in words ("twelve"), which a list may name;
    `glued`: the one-character signs that, right before a number, make it part of a longer
    number or a sum (the language's decimal and thousands separators, its currency signs)."""
    classes: _Classes = {}  # each word class made into regexes once, whatever uses it
    compiled = [
        compile_pattern(pattern, frame.concept, frame.dimensions, rules, classes, frame.signed)
        for frame in rules.frame
        for pattern in frame.patterns
    ]
    reading = compile_reading(rules, number_words)
    frames = Frames.of(compiled, rules.concepts, reading, rules.compatible, rules.broader)
    frames = replace(frames, glued=frozenset(g for g in glued if len(g) == 1))
    movers = compile_movers(rules, reading)
    return frames if movers is None else replace(frames, movers=movers)


# ------------------------------------------------------------------------------ compiling
_JOIN = r"(?:\s*-\s*|\s+)"  # between two words: spaces or a hyphen (reads both ways)
_WORD_START = r"(?<![\w’'])"
_WORD_END = r"(?![\w’'])"
_GAP_WORD = r"[^\s,;:!?()\[\]\"“”]+"
_GAP_WORD_NO_DIGIT = r"[^\s,;:!?()\[\]\"“”\d]+"
_PLACE_WORD = r"(?-i:[A-Z][\w’'-]*(?:\.(?=\s+[A-Z]))?)"
_NAME_REVERSED = r"(?-i:[\w’'-]*?[A-Z])(?![\w’'])"  # a capitalized word, on reversed text
# A number in parentheses converts the one before it: "a depth of 10 km (6 mi)" reads past
# "10 km (" backwards, "8 km (5 miles) southwest" past "(5 miles)" forwards.
_CONVERTED_BEFORE_REVERSED = r"(?:\s*\(\s*(?:[\w./]+\s+){0,2}[\w.,$€£]+)"
_CONVERTED_AFTER = r"(?:\s*\)|\s*\([^()]{1,40}\))"


@record
class _Token:
    regex: str  # as read forwards
    reversed: str  # as read backwards, on the reversed text
    optional: bool
    word: bool  # a word (joined by spaces or hyphens), not punctuation
    gap: bool = False
    place: bool = False
    width: int = 0  # most words of a gap
    no_number: str = ""  # a gap's word, reversed, that is no number: the gap next to {N}


def _parse(
    pattern: str, rules: FrameRules, classes: _Classes | None = None
) -> tuple[list[_Token], list[_Token], Needs, Needs]:
    """The tokens before and after the slot, and the words each side needs; ValueError says
    what is wrong with the pattern."""
    tokens = pattern.split()
    slots = [i for i, token in enumerate(tokens) if token == NUMBER_SLOT]
    if len(slots) != 1:
        raise ValueError(f"{pattern!r} needs exactly one {NUMBER_SLOT} slot")
    slot = slots[0]
    if PLACE_SLOT in tokens[:slot]:
        raise ValueError(f"{pattern!r}: {PLACE_SLOT} may only follow {NUMBER_SLOT}")
    if tokens.count(PLACE_SLOT) > 1:
        raise ValueError(f"{pattern!r} has more than one {PLACE_SLOT}")
    if NAME_SLOT in tokens[slot + 1 :]:
        raise ValueError(f"{pattern!r}: {NAME_SLOT} may only come before {NUMBER_SLOT}")
    if len(tokens) == 1:
        raise ValueError(f"{pattern!r} has no words around {NUMBER_SLOT}")
    needs_before: Needs = []
    needs_after: Needs = []
    classes = {} if classes is None else classes
    left = [_token(t, rules, needs_before, classes) for t in tokens[:slot]]
    right = [_token(t, rules, needs_after, classes) for t in tokens[slot + 1 :]]
    return left, right, needs_before, needs_after


def compile_pattern(
    pattern: str,
    concept: str,
    dimensions: tuple[str, ...],
    rules: FrameRules,
    classes: _Classes | None = None,
    signed: bool = True,
) -> CompiledFrame:
    """One pattern as two anchored regular expressions; ValueError says what is wrong.

    The words before the number are compiled reversed and read on the reversed text from
    the number backwards, so the nearest reading is found by an anchored match.
    """
    left, right, needs_before, needs_after = _parse(pattern, rules, classes)
    return CompiledFrame(
        concept=concept,
        pattern=" ".join(pattern.split()),
        dimensions=dimensions,
        before_regex=_before(left) if left else None,
        after_regex=_after(right) if right else None,
        needs_before=tuple(needs_before),
        needs_after=tuple(needs_after),
        weight=len(needs_before) + len(needs_after),
        bare=NAME_SLOT in pattern.split(),
        sign_before=_sign_before(pattern.split()),
        signed=signed,
        gaps_before=tuple(f"gap{i}" for i, t in enumerate(left) if t.gap),
        gaps_after=tuple(f"gap{i}" for i, t in enumerate(right) if t.gap),
        span=max(
            _span(left, pattern.split()[: len(left)], rules),
            _span(right, pattern.split()[len(left) + 1 :], rules),
        ),
    )


def _span(tokens: list[_Token], written: Sequence[str], rules: FrameRules) -> int:
    """Most words the tokens of one side of a pattern read: a gap its width, a word class
    its longest phrase, any other token one word (`written`: the tokens as written)."""
    total = 0
    for token, text in zip(tokens, written, strict=True):
        if token.gap:
            total += token.width
            continue
        name = text.strip("{}?")
        phrases = rules.words.get(name, ())
        total += max((len(phrase.split()) for phrase in phrases), default=1)
    return total


Needs = list[frozenset[str]]


def _sign_before(tokens: list[str]) -> tuple[str, ...]:
    """The signs of a required punctuation token right before the slot ("Ferri , {N}")."""
    slot = tokens.index(NUMBER_SLOT)
    token = tokens[slot - 1] if slot else ""
    if not token or _GAP_TOKEN.match(token) or token.endswith("?") or "{" in token:
        return ()
    return () if any(ch.isalnum() for ch in token) else tuple(token.split("|"))


_Classes = dict[str, tuple[str, str, frozenset[str]]]  # class -> regex, reversed, key words


def _token(token: str, rules: FrameRules, needs: Needs, classes: _Classes) -> _Token:
    """The regexes of one token; a required word adds the words one of which must be near."""
    gap = _GAP_TOKEN.match(token)
    if gap:
        stops = "|".join(re.escape(w) for w in sorted(rules.gap_stops, key=lambda w: (-len(w), w)))
        stops_reversed = "|".join(
            re.escape(w[::-1]) for w in sorted(rules.gap_stops, key=lambda w: (-len(w), w))
        )
        word = rf"(?!(?:{stops}){_WORD_END}){_GAP_WORD}" if stops else _GAP_WORD
        word_reversed = rf"(?!(?:{stops_reversed}){_WORD_END}){_GAP_WORD}" if stops else _GAP_WORD
        width = int(gap.group(1) or rules.gap_words)
        return _Token(
            word,
            word_reversed,
            optional=True,
            word=True,
            gap=True,
            width=width,
            no_number=word_reversed.replace(_GAP_WORD, _GAP_WORD_NO_DIGIT),
        )
    if token == NAME_SLOT:
        # a capitalized word, read backwards: its last letters first, its capital last
        return _Token(_PLACE_WORD, _NAME_REVERSED, optional=False, word=True)
    if token == PLACE_SLOT:
        joiners = "|".join(re.escape(j) for j in rules.place_joiners)
        joined = rf"(?:(?:{joiners})\s+)?" if joiners else ""
        regex = rf"(?P<place>{_PLACE_WORD}(?:\s+{joined}{_PLACE_WORD})*)"
        return _Token(regex, "", optional=False, word=True, place=True)
    found = _CLASS_TOKEN.match(token)
    if found:
        name, optional = found.group(1), bool(found.group(2))
        if name not in rules.words:
            known = ", ".join(sorted(rules.words))
            raise ValueError(f"unknown word class {{{name}}}; defined in [words]: {known}")
        if name not in classes:
            phrases = rules.words[name]
            if not phrases:
                raise ValueError(f"word class {{{name}}} is empty")
            keys = frozenset(_key_word(p) for p in phrases)
            classes[name] = (_alternation(phrases), _alternation(phrases, True), keys)
        forward, backward, keys = classes[name]
        if not optional:
            needs.append(keys)
        return _Token(forward, backward, optional, word=True)
    if token.startswith("{") or token.endswith("}") or not _LITERAL_TOKEN.match(token):
        raise ValueError(
            f"bad token {token!r}: use {NUMBER_SLOT}, {PLACE_SLOT}, {NAME_SLOT}, {{class}},"
            " {class?},"
            " word, word|other, word? or ..."
        )
    optional = token.endswith("?") and len(token) > 1
    choices = tuple(c for c in (token[:-1] if optional else token).split("|") if c)
    if not choices:
        raise ValueError(f"bad token {token!r}")
    is_word = all(any(ch.isalnum() for ch in c) for c in choices)
    if not is_word and any(any(ch.isalnum() for ch in c) for c in choices):
        raise ValueError(f"bad token {token!r}: mixes words and punctuation")
    if not is_word:
        signs = "(?:" + "|".join(re.escape(c) for c in choices) + ")"
        return _Token(signs, signs, optional, word=False)
    if not optional:
        needs.append(frozenset(_key_word(c) for c in choices))
    return _Token(_alternation(choices), _alternation(choices, True), optional, word=True)


def _join(a: _Token | None, b: _Token | None) -> str:
    """Between two tokens (None: the number): spaces or a hyphen; around punctuation, spaces."""
    if (a is not None and not a.word) or (b is not None and not b.word):
        return r"\s*"
    return _JOIN


def _before(parts: list[_Token]) -> str:
    """The words before the number, reversed: read from the number backwards."""
    out = ""
    for index in range(len(parts) - 1, -1, -1):
        token = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        join = _join(token, following)
        if token.gap and following is None:
            # a gap right before the number never reads over another number: "killed 12
            # people across three states" does not say three were killed; but a tally
            # joined to it by a hyphen is one phrase ("votes of 230-to-197")
            first = rf"(?:\s*-\s*{token.reversed}|\s+{token.no_number})"
            rest = rf"(?:{join}{token.no_number}){{0,{token.width - 1}}}?"
            out += rf"(?P<gap{index}>(?:{first}{rest})??)"
        elif token.gap:
            out += rf"(?P<gap{index}>(?:{join}{token.reversed}){{0,{token.width}}}?)"
        elif token.optional:
            out += rf"(?:{join}{token.reversed})?"
        else:
            out += rf"{join}{token.reversed}"
    return rf"{_CONVERTED_BEFORE_REVERSED}?(?P<ev>{out}){_WORD_END}"


def _after(parts: list[_Token]) -> str:
    """The words after the number: read from where the number ends."""
    out = ""
    for index, token in enumerate(parts):
        previous = parts[index - 1] if index > 0 else None
        join = _join(previous, token)
        if token.gap:
            out += rf"(?P<gap{index}>(?:{join}{token.regex}){{0,{token.width}}}?)"
        elif token.optional:
            out += rf"(?:{join}{token.regex})?"
        else:
            out += rf"{join}{token.regex}"
    return rf"{_CONVERTED_AFTER}?(?P<ev>{out}){_WORD_END}"


def _key_word(phrase: str) -> str:
    """The word of a phrase that must be present for it to be: its longest."""
    words = re.findall(r"[\w’']+", phrase.lower())
    return max(reversed(words), key=len) if words else phrase.lower()


def _alternation(phrases: Sequence[str], reverse: bool = False) -> str:
    """Phrases as one group, longest first; their words meet across spaces or hyphens.

    `reverse`: each phrase spelled backwards, to be read on reversed text.
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if reverse:
        options = [_JOIN.join(re.escape(w[::-1]) for w in reversed(p.split())) for p in ordered]
    else:
        options = [_JOIN.join(re.escape(w) for w in p.split()) for p in ordered]
    return _WORD_START + "(?:" + "|".join(options) + ")" + _WORD_END


# -------------------------------------------------------------------------------- reading
# Every sign but the apostrophe, as a space: words are then what `str.split` gives.
_SIGNS = str.maketrans(dict.fromkeys(string.punctuation.replace("'", "") + "“”‘–—…", " "))
_PIECES = re.compile(r"[^\s-]+")
_DIGIT = re.compile(r"\d")


_READ_LIMIT = 4096  # most readings kept (`concept_of`): then all are let go, and kept anew
_READ: dict[tuple[int, str, int, int, str], tuple[Frames, Concept | None]] = {}


def concept_of(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """What the number at `[number_start, number_end)` of `sentence` measures, or None
    (`_concept_of`), kept: a reading depends on these alone, and one sentence is read again
    for every claim near it that says its number (`concept_in_story`: about a third of the
    readings of a long article). The frames are kept with their readings, so that the
    identity in the key is never another's."""
    key = (id(frames), sentence, number_start, number_end, dimension)
    kept = _READ.get(key)
    if kept is not None:
        return kept[1]
    found = _concept_of(frames, sentence, number_start, number_end, dimension)
    if len(_READ) >= _READ_LIMIT:
        _READ.clear()
    _READ[key] = (frames, found)
    return found


def _concept_of(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """What the number at `[number_start, number_end)` of `sentence` measures, or None.

    Read around the number alone (`_concept_read`), then, for a count that says only who it
    counts (no concept, or one its own noun gives, "three soldiers"), from the list of
    counts it stands in: the verb the list shares ("three soldiers and two civilians were
    killed", "killed 40 rebels, 6 civilians and 3 police officers": deaths, each).
    """
    found = _concept_read(frames, sentence, number_start, number_end, dimension)
    reading = frames.reading
    if reading is None or dimension.split(":", 1)[0] != "count":
        return found
    if not reading.who_only(found, number_start, number_end):
        return found
    shared = reading.coordinated(frames, sentence, number_start, number_end, dimension)
    return found if shared is None else shared


def _concept_read(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """What the number at `[number_start, number_end)` of `sentence` measures, read from the
    words around it (`_around`), or None; never a concept of what is counted that a verb
    gives to a count of another thing (`Reading.other_thing`)."""
    found = _around(frames, sentence, number_start, number_end, dimension)
    reading = frames.reading
    if (
        found is not None
        and reading is not None
        and reading.other_thing(found, sentence, number_start, number_end)
    ):
        return None
    return found


def _around(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """What the number at `[number_start, number_end)` of `sentence` measures, read from the
    words around it, or None.

    The span is the claim as quoted ("at least 1,200 people", "10 km"); a frame's words may
    stand before it, after it, or after the number inside it ("150 passengers"). Of the
    frames that fit the number's dimension, the one whose words stand nearest wins (words a
    `...` skips, and words of the claim between its number and the frame, count); then the
    one with more words; then the first in the file. When no frame fits, the grammar around
    the number is read (`Reading`): its counted noun, the subject of the verb before it, an
    earlier number it is listed with.
    """
    found = _by_frames(frames, sentence, number_start, number_end, dimension)
    if found is None and _sign_at(sentence, number_start) in _CONVERSION_SIGNS:
        found = _converted(frames, sentence, number_start, number_end, dimension)
        if found is not None:
            return found
    reading = frames.reading
    if reading is None:
        return found
    if dimension.split(":", 1)[0] in _PLAIN_FAMILIES and not _reads_next_word(found):
        # "a nine-story building": a number joined by a hyphen to a noun counts that noun,
        # whatever a frame reads further on ("... building collapsed" counts no homes)
        compound = reading.compound(sentence, number_start, number_end)
        if compound is not None:
            return compound
    family = dimension.split(":", 1)[0]
    if (
        family in _SHARE_FAMILIES
        and found is not None
        and found.evidence[0] >= number_start
        and not _reads_next_word(found)
        and reading.attributive(sentence, number_start)
    ):
        # "the 15 percent threshold for participation": a percent written as an adjective
        # measures the noun it qualifies, not what a frame reads past that noun
        qualified = reading.qualified(sentence, number_start, number_end, family)
        if qualified is not None and qualified.evidence[1] < found.evidence[1]:
            return qualified
    if found is not None and found.evidence[0] >= number_start:
        # "149 of the survivors were hospitalized": the group a number is part of may fit a
        # frame ("survivors": rescued), yet what is said of the part is what it counts
        part = _of_group(reading, sentence, number_end)
        if part is not None and found.evidence[1] <= part[1]:
            blanked = sentence[: part[0]] + " " * (part[1] - part[0]) + sentence[part[1] :]
            said = _by_frames(frames, blanked, number_start, number_end, dimension)
            if said is not None and said.evidence[1] > part[1]:
                return said
    if found is None:
        found = reading.past_inserted(frames, sentence, number_start, number_end, dimension)
    if found is None:
        return reading.read(frames, sentence, number_start, number_end, dimension)
    if found.evidence[0] >= number_start:
        # A frame read only after the number, past the start of another clause ("the death
        # toll ... rises to 279 as a police source says", "increases to eight as the final
        # missing person is recovered"), and a subject verb right before it: the subject of
        # the verb that gives the number says what it counts; the words after it belong to
        # what follows ("rises to 40 people killed" keeps its own words).
        if reading.clause_starts.isdisjoint(_lower_words(sentence, number_end, found.evidence[1])):
            return found
        subject = reading.subject(sentence, number_start, number_end, dimension)
        return found if subject is None else subject
    if found.evidence[0] < number_start:
        # A frame's words before the number may modify the subject of the verb that gives
        # the number ("the number of deaths linked to infections surpassed 100,000"): the
        # subject's own head, standing before them, says what is counted.
        subject = reading.subject(sentence, number_start, number_end, dimension)
        if subject is None and _last_word(sentence, number_start) in reading.object_links:
            # ... and so may they the object of a verb that brings it to the number
            # ("bringing the total number of survivors recovered to five": the survivors
            # are counted, whom "recovered" describes)
            subject = reading.object_of(
                sentence, number_start, number_end, dimension.split(":", 1)[0]
            )
        if subject is not None and subject.evidence[0] < found.evidence[0]:
            return subject
    return found


def _reads_next_word(found: Concept | None) -> bool:
    """Whether a frame reads the word right after its number (`{N} magnitude` reads
    "7.1-magnitude"), not over a gap or an optional word."""
    if found is None:
        return False
    tokens = found.pattern.split()
    if NUMBER_SLOT not in tokens:
        return False
    after = tokens.index(NUMBER_SLOT) + 1
    if after >= len(tokens):
        return False
    return not _GAP_TOKEN.match(tokens[after]) and not tokens[after].endswith("?")


_NUMBER_WORDS = 4  # words of a claim around its digits a frame's reach adds ("at least 1,200")
_CONVERSION_SIGNS = ("(", ",")  # a converted number opens a parenthesis or follows another
_CONVERSION_REACH = 40  # characters from a parenthesis back to the number it converts
_CONVERSION_WORDS = 3  # most pieces between the parenthesis and the number ("$ 96bn , #")
# the number a parenthesis converts, and its unit words, ending at the parenthesis
_CONVERTED = re.compile(r"(\d[\w,.-]*\d|\d)\s*%?(?:\s*[^\W\d_][\w’'/.-]*){0,4}\s*\Z")
_CURRENCY_START = re.compile(r"(?<![\w$€£¥₹#])[A-Z]{0,3}[$€£¥₹#]\s*\Z")


def _converted(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """A number in parentheses that converts the number before them measures what that
    number measures: "winds of 75 mph (120 km/h)", "US$40 billion (£20.1 billion, €29
    billion)". None when no number and its unit words end right at the parenthesis."""
    opened = sentence.rfind("(", max(0, number_start - _CONVERSION_REACH), number_start)
    if opened < 1 or ")" in sentence[opened:number_start]:
        return None
    if len(sentence[opened + 1 : number_start].split()) > _CONVERSION_WORDS:
        return None  # a clause in parentheses, not a number said again in other units
    stop = opened
    while stop > 0 and sentence[stop - 1].isspace():
        stop -= 1
    previous = _CONVERTED.search(sentence, max(0, stop - _CONVERSION_REACH), stop)
    if previous is None:
        return None
    at = previous.start()
    currency = _CURRENCY_START.search(sentence, max(0, at - 6), at)
    # the claim of that number may quote a qualifier before it ("in the region of US$ 140bn")
    begins = _word_starts(sentence, currency.start() if currency else at, _CONVERSION_WORDS + 1)
    for begin in begins:
        found = concept_of(frames, sentence, begin, stop, dimension)
        if found is not None:
            pattern = found.pattern
            if not pattern.startswith(COUNTED_PATTERN):
                pattern = f"converted {pattern}"
            return Concept(found.key, (found.evidence[0], number_end), found.place, pattern)
    return None


def _of_group(reading: Reading, sentence: str, end: int) -> tuple[int, int] | None:
    """Where "of the survivors" stands after a number that ends at `end`: the start of
    "of" and the end of the group's counted noun; None when no partitive follows."""
    following = _FIRST_TOKEN.match(sentence, end)
    if following is None or following.group(1).lower() not in reading.partitives:
        return None
    opened = following.span(1)
    head = reading.phrase(sentence, opened[1])
    return None if head is None else (opened[0], head[1])


_MINUS = frozenset("-−–")  # a minus a signed figure's claim starts with; "+" stands before it


def _by_frames(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """The nearest frame around the number (see `concept_of`), or None."""
    shelf = frames.shelves.get(dimension.split(":", 1)[0]) or frames.shelves.get("")
    if shelf is None:
        return None
    low = max(0, number_start - frames.window)
    high = min(len(sentence), number_end + frames.window)
    reach = frames.reach
    folded = _folded(sentence) if reach > 0 else None
    if folded is None:
        window = sentence[low:high].lower()
        words_before = window[: number_end - low].translate(_SIGNS).split()[-reach:]
        words_after = window[number_start - low :].translate(_SIGNS).split()[:reach]
    else:  # the same words, split only as far as `reach` words from the number
        words_before = folded[low:number_end].rsplit(None, reach)[-reach:]
        words_after = folded[number_start:high].split(None, reach)[:reach]
    filed_before = shelf.before_words.intersection(words_before)
    filed_after = shelf.after_words.intersection(words_after)
    if not (filed_before or filed_after or shelf.always):
        return None  # no frame of the shelf is filed under a word near the number
    before, after = set(words_before), set(words_after)
    orders = set(shelf.always)
    for word in filed_before:
        orders.update(shelf.before[word])
    for word in filed_after:
        orders.update(shelf.after[word])
    candidates = []
    sign: str | None = None  # the sign right before the claim, read when a frame needs one
    # a figure written with its sign ("closed at -366.94 points") is the size of a move
    signed = sentence[number_start : number_start + 1] in _MINUS or (
        sentence[number_start - 1 : number_start] == "+"
        and not sentence[number_start - 2 : number_start - 1].isalnum()
    )
    for order in sorted(orders):
        frame = frames.frames[order]
        if signed and not frame.signed:
            continue
        if frame.sign_before:
            if sign is None:
                sign = _sign_at(sentence, number_start)
            if sign not in frame.sign_before or (
                frame.bare and " " in sentence[number_start:number_end]
            ):
                continue  # "On Monday, more than 100 members, ..." is no age
        for words in frame.needs_before:
            if before.isdisjoint(words):
                break
        else:
            for words in frame.needs_after:
                if after.isdisjoint(words):
                    break
            else:
                candidates.append(frame)
    if not candidates:
        return None
    starts, ends = _slot_edges(sentence, number_start, number_end)
    backwards = sentence[low : starts[-1]][::-1]
    best: tuple[tuple[int, int], Concept] | None = None
    for frame in candidates:
        found = _read(frame, sentence, backwards, high, starts, ends)
        if found is None:
            continue
        distance, evidence, place = found
        if (
            evidence[0] < number_start
            and frame.gaps_before
            and _counted_before(sentence, evidence[0])
        ):
            continue  # "127 deaths across three provinces": the deaths are 127's
        rank = (distance, -frame.weight)
        if best is None or rank < best[0]:
            best = (rank, Concept(frame.concept, evidence, place, frame.pattern))
    return best[1] if best else None


_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s+\Z")
_YEAR_LIKE = re.compile(r"1[89]\d\d|2[01]\d\d")


def _counted_before(sentence: str, at: int) -> bool:
    """Whether a number written in digits stands right before `at`, the first word of a
    frame read before another number: it counts that word ("635 cases and 127 deaths
    across three provinces": the deaths are 127, the three count provinces). A year is no
    count ("the 2019 death toll of 56")."""
    found = _COUNT_BEFORE.search(sentence, max(0, at - 24), at)
    return found is not None and not _YEAR_LIKE.fullmatch(found.group(1))


@lru_cache(maxsize=8)
def _folded(sentence: str) -> str | None:
    """The sentence in lower case with signs as spaces, read once for all its numbers; None
    where lowering is not one character for one whatever the slice (a letter that lowers to
    two, a final sigma): then each window is lowered on its own."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence) or "\u03a3" in sentence:
        return None
    return lowered.translate(_SIGNS)


def _lower_words(sentence: str, start: int, stop: int) -> list[str]:
    """The words of `sentence[start:stop]` in lower case, signs as spaces."""
    folded = _folded(sentence)
    if folded is None:
        return sentence[start:stop].lower().translate(_SIGNS).split()
    return folded[start:stop].split()


def _sign_at(sentence: str, start: int) -> str:
    """The character before `start`, past spaces ("" at the sentence's start)."""
    at = start - 1
    while at >= 0 and sentence[at].isspace():
        at -= 1
    return sentence[at] if at >= 0 else ""


def _slot_edges(sentence: str, start: int, end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Where the words before the number may end, and where those after it may begin.

    Before: the claim's start, or the start of a later word up to its number (a qualifier
    or a verb may come first: "at least 1,200", "surpassed one million"). After: the end of
    the number or of any later word of the claim ("150 passengers"), or the claim's end;
    each with the count of the claim's words it passes over. The number is the first word
    with a digit; with none ("one million"), any word may start it.
    """
    pieces = [(m.start(), m.end()) for m in _PIECES.finditer(sentence, start, end)]
    if len(pieces) <= 1:
        return [start], [(end, 0)]
    digit = _DIGIT.search(sentence, start, end)
    core = None
    if digit is not None:
        at = digit.start()
        core = next(i for i, (_, stop) in enumerate(pieces) if stop > at)
    last = len(pieces) - 1 if core is None else core
    first = 0 if core is None else core
    starts = [start] + [at for at, _ in pieces[1 : last + 1]]
    ends = [(stop, index - first) for index, (_, stop) in enumerate(pieces) if index >= first]
    if ends[-1][0] != end:
        ends.append((end, len(pieces) - first - 1))
    return starts, ends


def _read(
    frame: CompiledFrame,
    sentence: str,
    backwards: str,
    high: int,
    starts: list[int],
    ends: list[tuple[int, int]],
) -> tuple[int, tuple[int, int], str | None] | None:
    """The nearest reading of one frame around the number: (distance, evidence, place)."""
    left: tuple[int, int] | None = None  # distance, evidence start
    if frame.before is None:
        left = (0, starts[0])
    else:
        last = starts[-1]
        for at in starts:
            found = frame.before.match(backwards, last - at)
            if found:
                distance = _gap_words(found, frame.gaps_before)
                if left is None or distance < left[0]:
                    left = (distance, last - found.end("ev"))
    if left is None:
        return None
    right: tuple[int, int, str | None] | None = None  # distance, evidence end, place
    if frame.after is None:
        right = (0, ends[-1][0], None)
    else:
        for at, _ in ends:
            found = frame.after.match(sentence, at, high)
            distance = _gap_words(found, frame.gaps_after) if found else 0
            if found and (right is None or distance < right[0]):
                right = (distance, found.end("ev"), _place(found))
    if right is None:
        return None
    return left[0] + right[0], (left[1], right[1]), right[2]


def _gap_words(found: re.Match[str], gaps: tuple[str, ...]) -> int:
    """Words skipped by the pattern's `...` gaps (named groups)."""
    return sum(len((found.group(name) or "").split()) for name in gaps)


def _place(found: re.Match[str]) -> str | None:
    place = found.groupdict().get("place")
    return place.rstrip(".") if place else None


# --------------------------------------------------------------------- reading the grammar
# A token: a number ("1,200", "1.4"), a word (with its hyphens and apostrophes), or a sign.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d[\d,.]*\d|\d|[^\W\d_][\w’']*(?:-[\w’']+)*|[^\w\s]")
_NUMBER_TOKEN = re.compile(r"\d")
_OPENING = " \t\r\n\"“‘'*(["  # what may stand before a sentence's first word
_FIRST_TOKEN = re.compile(r"\s*([^\W_][\w’']*|[^\w\s])")
_POSSESSIVE = re.compile(r"[’']s?$")
_LAST_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_BREAKDOWN_SIGNS = ":—–"  # a sign before the parts of a number: "12 killed: eight in Kabul"
_WORD_BEFORE = re.compile(r"(?<![\w’'])([a-z]+)\s+\Z")  # a lowercase word, then spaces
_AFTER_WORDS = 6  # words read after the claim for its counted noun
_LINK_REACH = 40  # characters before a bare number where a list word may stand
_LIST_REACH = 80  # characters before the list word where the earlier number may stand
_LIST_HOPS = 8  # numbers read back along one list for the concept of its first
_ITEM_WORDS = 3  # most words after a number in a list item before the comma ("12 in Gaza,")
# An apposition right after a claim: a comma, a few words, a comma ("12 people, including
# three firefighters, died"); no sign inside but a number's own comma ("1,200").
_PIECE = r"(?:\d[\d,.]*\d|[^\s,;:.!?()]+)"
_APPOSITION = re.compile(rf"\s*,\s*{_PIECE}(?:\s+{_PIECE}){{0,7}}\s*,")
_LONG_APPOSITION = 24  # most words of an apposition opened by "including"
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\s*$")
_PLAIN_FAMILIES = frozenset({"count"})  # what a counted noun alone may say is measured
_LASTING_FAMILIES = ("[time]",)  # a span written as an adjective: "a 27-year contract"
# a span written as an adjective: its number joined to a singular unit ("27-year", "20 year")
_ADJECTIVAL = re.compile(r"(?:\d|[^\W\d_])(?:\s+|\s*-\s*)([^\W\d_]+)\Z")
_LASTING_WORDS = 2  # most words from a span to the head of the noun it qualifies
_SHARE_FAMILIES = frozenset({"percent"})
# the two words right before a number, then spaces: "total of" in "with a total of 815"
_TWO_WORDS = re.compile(r"(?<![\w’'])([^\W\d_]+)\s+([^\W\d_]+)\s+\Z")
_INSERTED_REACH = 120  # most characters of a relative clause read past to a frame
_INSERTED_GAP = 24  # most characters from such a clause's comma to the number ("fell ")
_PARALLEL_BREAK = re.compile(
    r"[:()\[\]—]"
)  # signs a parallel clause never stands past  # a concept only a share measures ("vote_share")
_CHANGED_ADJUNCTS = 2  # words before the head of a noun a change is "in" ("US car sales")
_LISTED_FAMILIES = ("[time]",)  # no head names them; a list shares an earlier one's concept
_BARE = re.compile(r"\d[\d,.]*|[^\W\d_]+")  # a number alone, in digits or in one word
_NEXT_CAPITAL = re.compile(r"\s*[A-Z]")  # the next word is capitalized
_COMPOUND = re.compile(r"-((?-i:[a-z])[\w’']*)(?![\w’'-])")  # "-story" after "nine"
_WORDS_BEFORE = re.compile(r"[^\W\d_]+(?=\s)")  # the words before a number, signs apart
# a capitalized word or an acronym in parentheses, inside a list item ("Northern Front (NF)")
_NAME_WORD = re.compile(r"\(?[A-Z][\w’'.-]*\)?")
_PHRASE_WORDS = 4  # most words of a noun phrase read for its head, names and modifiers apart
_OBJECT_REACH = 100  # most characters from a verb of `object_verbs` to the number


@record
class Reading:
    """The grammar around a number that no frame fits, from a frames file's rules.

    `heads` maps a noun phrase, its last word singular ("death toll", "case"), to concepts;
    `dimensions` the dimension families each concept's frames allow (absent: any).
    """

    heads: Mapping[str, tuple[str, ...]]
    dimensions: Mapping[str, frozenset[str]]
    endings: tuple[tuple[str, str], ...]
    modifiers: frozenset[str]
    articles: frozenset[str]  # words that open an object: a head before one is a verb
    bare_followers: frozenset[str]  # words after a number that leave it bare (no noun)
    verb: re.Pattern[str]  # a subject verb ending where the number starts
    clause: re.Pattern[str]  # where a clause starts
    clause_sign: re.Pattern[str]  # a sign that ends a clause (a list never crosses one)
    link: re.Pattern[str]  # a list word ending where a bare number starts
    percent: re.Pattern[str]  # a percent sign or word right after a number
    inserted: frozenset[str]  # what opens a clause inside another: "which", "("
    surfaces: frozenset[str] = frozenset()  # every form the last word of a head may take
    verb_ends: frozenset[str] = frozenset()  # the last words of the subject verbs
    families: frozenset[str] = frozenset()  # dimension families some head may measure ("*")
    link_ends: frozenset[str] = frozenset()  # the last words of the list words
    noun_stops: frozenset[str] = frozenset()  # words that end a noun phrase
    vague_heads: frozenset[str] = frozenset()  # counted nouns that are no concept alone
    relatives: frozenset[str] = frozenset()  # relative words after a counted noun
    plural_tails: frozenset[str] = frozenset()  # the last letters of the plural endings
    singular_endings: tuple[str, ...] = ()  # endings of a singular that look plural: "ss"
    present_endings: tuple[str, ...] = ()  # a verb's present after a name: "votes"
    present_kept: tuple[str, ...] = ()  # endings that look so but are none: "ss"
    adjective_endings: tuple[str, ...] = ()  # "two-legged": an adjective, no count of legs
    partitives: frozenset[str] = frozenset()  # "of" in "12 of the survivors"
    joins: frozenset[str] = frozenset()  # words that join clauses or lists: "and", "which"
    # a span opener ("for", "for the last") at the claim's start or right before it
    span_start: re.Pattern[str] = re.compile(r"(?!)")
    span_before: re.Pattern[str] = re.compile(r"(?!)")
    span_verb_endings: tuple[str, ...] = ()  # "trapped for 30 hours": the verb's endings
    # a relative clause between commas: ", which was one of the few markets that rose,"
    inserted_clause: re.Pattern[str] = re.compile(r"(?!)")
    ellipsis: frozenset[str] = frozenset()  # "two more", "another two": the noun left out
    change_nouns: frozenset[str] = frozenset()  # "drop in": read past to the noun changed
    change_starts: frozenset[str] = frozenset()  # their first words
    apposition: re.Pattern[str] = re.compile(r",\s*\Z")  # the comma of an apposition, then
    # the words that may stand between it and the number ("the toll, now 56,")
    numbers: re.Pattern[str] = _LAST_NUMBER  # a number in digits or words, as a list names it
    # an apposition opened by a word of `apposition_openers`, however long up to its comma:
    # "124 people, including a politician and two former players of the league, died"
    long_apposition: re.Pattern[str] = re.compile(r"(?!)")
    contrast: re.Pattern[str] = re.compile(r"(?!)")  # a word of `clause_words`
    # the link between two counts of one list, ending where the later count starts: a comma,
    # a word of `coordinators`, or both, and a determiner ("killed 40 rebels, and all 6 ...")
    coordination: re.Pattern[str] = re.compile(r"(?!)")
    # the same link starting where the earlier count ends
    coordination_after: re.Pattern[str] = re.compile(r"(?!)")
    groups: frozenset[str] = frozenset()  # concepts that name who is counted: "troops"
    things: frozenset[str] = frozenset()  # concepts that name what is counted: "homes"
    object_verbs: frozenset[str] = frozenset()  # "bringing" the toll past 922
    object_links: frozenset[str] = frozenset()  # "past" 922: right before the number
    # words that start a clause and that no gap of a frame stops at (so a frame may read
    # over them): "as" ("rises to 279 as a police source says ...")
    clause_starts: frozenset[str] = frozenset()
    # an apposition opener after a comma, and up to two words, ending where a number starts
    included: re.Pattern[str] = re.compile(r"(?!)")

    def singular(self, word: str) -> tuple[str, ...]:
        """The word and what it is with a plural ending made singular."""
        forms = [word]
        for ending, replacement in self.endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                forms.append(word[: -len(ending)] + replacement)
        return tuple(forms)

    def present(self, word: str) -> bool:
        """Whether a word in lower case may be a verb in the present after a name, its
        third person (`present_endings`, not `present_kept`: "votes", not "express")."""
        return (
            word.islower()
            and word.endswith(self.present_endings)
            and not word.endswith(self.present_kept)
        )

    def head(self, words: Sequence[str], at: int, family: str) -> tuple[str, int] | None:
        """The concept of the noun phrase starting at `words[at]` (two words, then one),
        and how many words it takes; None when no head fits `family`."""
        for width in (2, 1):
            if at + width > len(words) or words[at + width - 1] not in self.surfaces:
                continue
            stem = " ".join(words[at : at + width - 1])
            for form in self.singular(words[at + width - 1]):
                for concept in self.heads.get(f"{stem} {form}" if stem else form, ()):
                    if self._fits(concept, family):
                        return concept, width
        return None

    def compound(self, sentence: str, start: int, end: int) -> Concept | None:
        """What a count joined by a hyphen to the word after it counts: that word's concept
        of [heads] ("a five-seat majority": seats), else the word itself as a counted noun
        ("a nine-story building", "a 100-bed hospital"); None when no lowercase word follows
        the hyphen, or it says too little (`vague_heads`: "a two-day visit"), is no noun
        (`adjective_endings`: "two-legged") or is joined on ("two-party-preferred")."""
        found = _COMPOUND.match(sentence, end)
        if found is None:
            return None
        word = found.group(1).lower()
        if (
            word in self.noun_stops
            or any(word.endswith(e) and len(word) > len(e) + 2 for e in self.adjective_endings)
            or not self.vague_heads.isdisjoint(self.singular(word))
        ):
            return None
        where = (start, found.end(1))
        concept = self.head([word], 0, "count")
        if concept is not None:
            return Concept(concept[0], where, pattern=f"compound {word}")
        return Concept(word, where, pattern=f"{COUNTED_PATTERN}{word}")

    def _fits(self, concept: str, family: str) -> bool:
        allowed = self.dimensions.get(concept)
        return allowed is None or family in allowed

    def read(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str, depth: int = 0
    ) -> Concept | None:
        """The counted noun of [heads], a frame past an apposition or a relative word, the
        subject, (once) the earlier number listed; else the counted noun itself."""
        family = dimension.split(":", 1)[0]
        plain = family in _PLAIN_FAMILIES
        if family in _LASTING_FAMILIES and not depth:
            found = self.lasting(sentence, start, end) or self.spanned(sentence, start, end)
            if found is not None:
                return found
        if not plain and family not in self.families and "*" not in self.families:
            if family in _LISTED_FAMILIES and not depth and _BARE.fullmatch(sentence, start, end):
                # no head names a span of time, but a list does: "aged nine, ten and 49"
                # (a number alone: "aged 55, 10 years after his wife" lists no age)
                return self._listed(
                    frames, sentence, start, end, dimension, _last_word(sentence, start)
                )
            return None  # no head means a number of this dimension: nothing to read
        digit = _DIGIT.search(sentence, start, end)
        core = end  # where the number itself ends
        if digit is not None:
            space = sentence.find(" ", digit.start(), end)
            core = end if space < 0 else space
        stop = min(len(sentence), end + 60)
        if not self.surfaces.isdisjoint(_lower_words(sentence, core, stop)):
            tokens = [
                (m.start(), m.end(), m.group().lower())
                for m in _TOKEN.finditer(sentence, core, stop)
            ]
            found = self._counted(sentence, tokens, start, end, family)
            if found is not None:
                return found
        inside = _lower_words(sentence, core, end)
        bare = self.modifiers.issuperset(inside)  # no noun in the claim as quoted
        noun = None  # the noun the claim leaves out
        if plain and self.vague_heads.isdisjoint(inside):  # "12 people" counts people
            noun = self.phrase(sentence, end if bare else core)
            if not bare and noun is not None and noun[1] > end:
                bare = True  # the claim quoted an adjective: "two different" articles
            elif not bare:
                noun = None
        if not depth:
            found = self._past_apposition(frames, sentence, start, end, dimension)
            if found is None:
                found = self._past_noun(frames, sentence, (start, end), dimension, noun)
            if found is not None:
                return found
        if family == "percent":
            # "90 percent of commodities", "nearly half of Saudi Arabia's production": a
            # share, named by the whole it is a part of
            found = self.share(sentence, start, end)
            if found is None and self.attributive(sentence, start):
                # "a 72.4 percent stake", "a 25% tariff": what the percent qualifies
                found = self.qualified(sentence, start, end, family)
            if found is not None:
                return found
        if not bare:
            return None  # the claim names what it counts ("12 apples"): that is no concept
        last = _last_word(sentence, start)
        found = self.subject(sentence, start, end, dimension, last)
        if found is None and last in self.object_links:
            found = self.object_of(sentence, start, end, family)
        if found is not None:
            return found
        following = _FIRST_TOKEN.match(sentence, end)
        word = following.group(1).lower() if following else ""
        said = word[:1].isalnum() and word not in self.bare_followers  # "12 were children"
        elliptic = last in self.ellipsis or (
            following is not None and self._elliptic(sentence, following.end(1), word)
        )
        if not depth and noun is None and elliptic:
            # "one was injured, and two more were treated": what the number counts is
            # left out, named by an earlier number of the sentence
            found = self._elided(frames, sentence, start, end, dimension)
            if found is not None:
                return found
        if not said:
            found = self._broken_down(frames, sentence, start, end, dimension)
        if depth or said:
            if not depth:
                # "1,300 were killed ..., including 973 villagers": a part of the whole
                whole = self._part_of(frames, sentence, start, end, dimension)
                if whole is not None:
                    return whole
            return found if depth else self.plain(start, end, noun)
        if found is None:
            found = self._apposed(sentence, start, end, family)
        if found is None:
            found = self._included(sentence, start, end, family)
        if found is None:
            found = self._listed(frames, sentence, start, end, dimension, last)
        if found is None:
            found = self._contrasted(frames, sentence, start, end, dimension)
        return self.plain(start, end, noun) if found is None else found

    def _contrasted(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A bare number in a clause opened by a word of `clause_words` and a name, with no
        other number in it, shares the concept of the last number of the clause before:
        "Jones has 1,217 pledged delegates, while Smith has 914" (two names, one measure)."""
        family = dimension.split(":", 1)[0]
        if family not in ("count", "percent"):
            return None
        opened = None  # the last contrast word before the number
        for found_word in self.contrast.finditer(sentence, max(0, start - _LIST_REACH), start):
            opened = found_word
        if opened is None or self.clause_sign.search(sentence, opened.end(), start):
            return None
        if self.numbers.search(sentence, opened.end(), start):
            return None  # the clause counts with a number of its own
        if not _NEXT_CAPITAL.match(sentence, opened.end()):
            return None  # a subject of its own, not a name ("while wages rose 2%")
        numbers = list(
            self.numbers.finditer(sentence, max(0, opened.start() - _LIST_REACH), opened.start())
        )
        if not numbers or self.clause_sign.search(sentence, numbers[-1].end(), opened.start()):
            return None
        previous = numbers[-1]
        if bool(self.percent.match(sentence, previous.end())) != (family == "percent"):
            return None
        for begin in _word_starts(sentence, previous.start(), 2):
            found = _by_frames(frames, sentence, begin, previous.end(), dimension)
            if found is None:
                found = self.read(frames, sentence, begin, previous.end(), dimension, 1)
            if found is not None and not found.pattern.startswith(COUNTED_PATTERN):
                where = (previous.start(), end)
                return Concept(found.key, where, found.place, f"contrasted {found.pattern}")
        return None

    def _broken_down(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A bare number right after a colon or a dash shares the concept of the number that
        the colon follows: "12 people were killed: eight in Kabul and four in Herat"."""
        at = start - 1
        while at >= 0 and sentence[at].isspace():
            at -= 1
        if at < 1 or sentence[at] not in _BREAKDOWN_SIGNS:
            return None
        numbers = list(self.numbers.finditer(sentence, max(0, at - _LIST_REACH), at))
        if not numbers or self.clause_sign.search(sentence, numbers[-1].end(), at):
            return None
        previous = numbers[-1]
        for begin in _word_starts(sentence, previous.start(), 2):
            found = _by_frames(frames, sentence, begin, previous.end(), dimension)
            if found is not None:
                where = (previous.start(), end)
                return Concept(found.key, where, found.place, f"broken down {found.pattern}")
        return None

    def _elliptic(self, sentence: str, at: int, word: str) -> bool:
        """Whether `word`, the word after a number, ending at `at`, leaves out what the
        number counts: a word of `ellipsis_words` that no noun follows ("two more were
        hurt", "two more on Sunday"; not "two more coaches")."""
        if word not in self.ellipsis:
            return False
        following = _FIRST_TOKEN.match(sentence, at)
        if following is None:
            return True
        after = following.group(1).lower()
        return not after[0].isalpha() or after in self.noun_stops or after in self.bare_followers

    def _elided(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A bare number that leaves out what it counts ("two more", "another two") shares
        the concept of the nearest earlier number of its sentence that has one, read back
        over up to `_LIST_HOPS` numbers, never across a sign that ends a clause."""
        family = dimension.split(":", 1)[0]
        if family not in ("count", "percent"):
            return None
        reach = max(0, start - _LIST_REACH * 2)
        numbers = list(self.numbers.finditer(sentence, reach, start))
        for previous in reversed(numbers[-_LIST_HOPS:]):
            if self.clause_sign.search(sentence, previous.end(), start):
                return None
            percent = bool(self.percent.match(sentence, previous.end()))
            if percent != (family == "percent"):
                continue
            # the earlier number as its claim may quote it: with the word after it ("one
            # passenger seriously injured" reads past "passenger") and a qualifier before it
            following = _FIRST_TOKEN.match(sentence, previous.end())
            ends = [previous.end()]
            if (
                following is not None
                and following.group(1)[0].isalpha()
                and following.group(1).lower() not in self.noun_stops
                and following.end(1) <= start
            ):
                ends.insert(0, following.end(1))
            for stop in ends:
                for begin in _word_starts(sentence, previous.start(), 2):
                    found = _by_frames(frames, sentence, begin, stop, dimension)
                    if found is None:
                        found = self.read(frames, sentence, begin, stop, dimension, 1)
                    if found is not None:
                        where = (previous.start(), end)
                        return Concept(found.key, where, found.place, f"elided {found.pattern}")
            # else the noun the earlier number counts, as a concept of its own ("in eight
            # states, and in 23 others"), as for a count that leaves its noun out
            noun = self.phrase(sentence, previous.end()) if family == "count" else None
            if noun is not None and noun[1] <= start:
                found = self.plain(previous.start(), end, noun)
                if found is not None:
                    return found
        return None

    def other_thing(self, found: Concept, sentence: str, start: int, end: int) -> bool:
        """Whether `found`, a concept of `thing_concepts` read from a frame, is given to a
        count of another thing: its counted noun (quoted, or the phrase after it) is neither
        a head of that concept nor a word that says too little ("84 missiles and 147 drones
        destroyed": no homes; "12 houses destroyed", "12 were destroyed": homes)."""
        if found.key not in self.things or found.pattern.startswith(COUNTED_PATTERN):
            return False
        digits = _LAST_NUMBER.search(sentence, start, end)
        if digits is None:
            return False
        noun = self.phrase(sentence, digits.end())
        if noun is None or not self.vague_heads.isdisjoint((noun[0], noun[2].lower())):
            return False
        return self.head([noun[2].lower()], 0, "count") != (found.key, 1)

    def who_only(self, found: Concept | None, start: int, end: int) -> bool:
        """Whether a count's concept says only who it counts: none, its noun alone
        (`plain`), or a concept of `group_concepts` that its own words give ("three
        soldiers": troops)."""
        if found is None or found.pattern.startswith(COUNTED_PATTERN):
            return True
        return found.key in self.groups and start <= found.evidence[0] <= found.evidence[1] <= end

    def _item_end(self, sentence: str, start: int, end: int) -> int | None:
        """Where the counted phrase of a count in a list ends: the claim's end when it
        quotes a noun after its number, else the end of the noun after it; None for a
        bare number (other readings list those)."""
        words = sentence[start:end].split()
        last = words[-1].lower() if words else ""
        if last[:1].isalpha() and not self.numbers.fullmatch(last):
            return end
        noun = self.phrase(sentence, end)
        if noun is not None:
            return noun[1]
        following = _FIRST_TOKEN.match(sentence, end)  # a plural no ending makes: "gunmen"
        if following is None or not following.group(1).isalpha():
            return None
        word = following.group(1).lower()
        if word in self.noun_stops or word in self.bare_followers or word in self.joins:
            return None
        return following.end(1)

    def _ends_item(self, sentence: str, at: int) -> bool:
        """Whether nothing is said of a list item ending at `at`: the sentence or a clause
        ends, the list goes on, or a place or time follows ("6 civilians in Kabul")."""
        following = _FIRST_TOKEN.match(sentence, at)
        if following is None:
            return True
        word = following.group(1)
        if not word[0].isalnum():
            return True
        return bool(self.coordination_after.match(sentence, at)) or (
            word.lower() in self.bare_followers
        )

    def coordinated(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str, hops: int = 0
    ) -> Concept | None:
        """The concept a count takes from the list of counts it stands in: that of the verb
        before the list, read at its first count ("killed 40 rebels, 6 civilians and 3 police
        officers"; a part after `apposition_openers`, "killed 30 people, including eleven
        police officers"), or that of the verb after the list, read at its last count ("three
        soldiers and two civilians were killed"). Never a concept that itself names who is
        counted (`group_concepts`: "carried 150 passengers and 6 crew" keeps the crew), nor
        across a count that has a verb of its own ("killed 9 and 40 buildings collapsed")."""
        item_end = self._item_end(sentence, start, end)
        if item_end is None or hops > _LIST_HOPS:
            return None
        return self._coordinated_before(
            frames, sentence, start, end, item_end, dimension
        ) or self._coordinated_after(frames, sentence, start, item_end, dimension, hops)

    def _coordinated_before(
        self, frames: Frames, sentence: str, start: int, end: int, item_end: int, dimension: str
    ) -> Concept | None:
        if not self._ends_item(sentence, item_end):
            return None
        family = dimension.split(":", 1)[0]
        at = start
        for _ in range(_LIST_HOPS):
            link = self.coordination.search(sentence, max(0, at - _LINK_REACH), at)
            if link is None or not link.group().strip():
                return None
            reach = max(0, link.start() - _LIST_REACH)
            numbers = list(self.numbers.finditer(sentence, reach, link.start()))
            if not numbers:
                return None
            previous = numbers[-1]
            between = sentence[previous.end() : link.start()]
            # an item is a count and its noun, past the names and acronyms that modify it:
            # "33 BLA militants", "145 Northern Front (NF) fighters"
            words = [w for w in between.split() if not _NAME_WORD.fullmatch(w)]
            if not words or len(words) > _ITEM_WORDS + 1 or not all(w.isalpha() for w in words):
                return None
            for begin in _word_starts(sentence, previous.start(), 2):
                found = _concept_read(frames, sentence, begin, link.start(), dimension)
                if found is None or self.who_only(found, begin, link.start()):
                    continue
                if found.evidence[0] >= begin or found.key in self.groups:
                    return None  # the earlier count has a verb of its own after it
                lowered = [w.lower() for w in words]
                if any(
                    (named := self.head(lowered, i, family)) is not None and named[0] == found.key
                    for i in range(len(lowered))
                ):
                    # the earlier count's own noun names the concept ("cut 30,000 jobs and
                    # 14 plants"): a later count of another noun is not of it
                    return None
                where = (found.evidence[0], end)
                return Concept(found.key, where, found.place, f"coordinated {found.pattern}")
            at = previous.start()
        return None

    def _coordinated_after(
        self, frames: Frames, sentence: str, start: int, item_end: int, dimension: str, hops: int
    ) -> Concept | None:
        link = self.coordination_after.match(sentence, item_end)
        if link is None:
            return None
        following = self.numbers.match(sentence, link.end())
        if following is None:
            return None
        later_end = self._item_end(sentence, following.start(), following.end())
        if later_end is None:
            return None
        found = _concept_read(frames, sentence, following.start(), later_end, dimension)
        if found is None or self.who_only(found, following.start(), later_end):
            found = self.coordinated(
                frames, sentence, following.start(), later_end, dimension, hops + 1
            )
            if found is None or not found.pattern.startswith("coordinated"):
                return None
        elif found.evidence[1] <= later_end or found.key in self.groups:
            return None  # the later count's verb stands before it: not the list's verb
        where = (start, found.evidence[1])
        pattern = found.pattern
        if not pattern.startswith("coordinated"):
            pattern = f"coordinated {pattern}"
        return Concept(found.key, where, found.place, pattern)

    def _included(self, sentence: str, start: int, end: int, family: str) -> Concept | None:
        """A bare number after an apposition opener is a part of the noun before the
        opener's comma, and counts what it counts: "all the new levies, including the base
        10%" (levy), "hundreds of delegates, among them 12 from Ohio" (delegates). Up to two
        words may stand between the opener and the number (an article, a modifier: "the
        base"); the noun is read by its concept of [heads], else by its singular; None when
        the word before the comma is no plural noun, or says too little (`vague_heads`)."""
        opened = self.included.search(sentence, max(0, start - _LINK_REACH * 2), start)
        if opened is None:
            return None
        for word in opened.group("said").lower().split():
            if word in self.noun_stops and word not in self.modifiers:
                return None  # "including how 10% ...": no part of a noun
        tokens = list(_TOKEN.finditer(sentence, max(0, opened.start() - 40), opened.start()))
        while tokens and not tokens[-1].group()[0].isalnum():
            tokens.pop()  # a quote or a parenthesis closed before the comma
        if not tokens or not tokens[-1].group().islower():
            return None
        word = tokens[-1].group()
        words = [m.group().lower() for m in tokens[-2:]]
        for width in (2, 1):
            index = len(words) - width
            found = self.head(words, index, family) if index >= 0 else None
            if found is not None and found[1] == width:
                where = (tokens[len(tokens) - width].start(), end)
                return Concept(found[0], where, pattern=f"included {word}")
        forms = self.singular(word)
        if (
            family not in _PLAIN_FAMILIES | _SHARE_FAMILIES
            or len(forms) < 2
            or word.endswith(self.singular_endings)
            or not self.vague_heads.isdisjoint(forms)
        ):
            return None
        where = (tokens[-1].start(), end)
        return Concept(forms[1], where, pattern=f"{COUNTED_PATTERN}{word}")

    def _part_of(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A count after an apposition opener that says only who it counts is a part of the
        whole counted before the opener, and counts what that whole counts, however far the
        whole's own verb stands from the opener: "over 1,300 people were killed in three
        days of clashes, including at least 973 villagers" (deaths). The whole is the last
        number of the sentence before the opener, with no clause sign between (a list
        never crosses one), and a concept that names more than who it counts."""
        if dimension.split(":", 1)[0] != "count":
            return None
        opened = self.included.search(sentence, max(0, start - _LINK_REACH * 2), start)
        if opened is None:
            return None
        if self.clause_sign.search(sentence, 0, opened.start()):
            head = max(m.end() for m in self.clause_sign.finditer(sentence, 0, opened.start()))
        else:
            head = 0
        numbers = list(self.numbers.finditer(sentence, head, opened.start()))
        if not numbers:
            return None
        whole = numbers[-1]
        for begin in _word_starts(sentence, whole.start(), 2):
            found = _concept_read(frames, sentence, begin, whole.end(), dimension)
            if found is None or self.who_only(found, begin, whole.end()):
                continue
            if found.evidence[1] > opened.start() or found.key in self.groups:
                return None  # a frame read past the opener: not the whole's own words
            noun = self.phrase(sentence, whole.end())
            named = self.head([noun[0]], 0, "count") if noun is not None else None
            if named is not None and named[0] == found.key:
                return None  # the whole's own noun names it: "300 homes, including 40 schools"
            where = (min(found.evidence[0], whole.start()), end)
            return Concept(found.key, where, found.place, f"part of {found.pattern}")
        return None

    def _apposed(self, sentence: str, start: int, end: int, family: str) -> Concept | None:
        """A bare number in apposition after a noun of [heads]: "the toll, 12, is expected
        to rise", "the injured, 40 in all, were taken to hospital"; words of
        `apposition_words` may stand after the comma ("the toll, now 56, ...")."""
        comma = self.apposition.search(sentence, max(0, start - 40), start)
        if comma is None or comma.start() < 1:
            return None
        at = comma.start()
        tokens = list(_TOKEN.finditer(sentence, max(0, at - 40), at))[-2:]
        words = [m.group().lower() for m in tokens]
        if not words or not words[-1][0].isalpha() or words[-1] not in self.surfaces:
            return None
        for width in (2, 1):
            index = len(words) - width
            found = self.head(words, index, family) if index >= 0 else None
            if found is not None and found[1] == width:
                where = (tokens[index].start(), end)
                return Concept(found[0], where, pattern=f"apposition {words[-1]}")
        return None

    def phrase(self, sentence: str, at: int) -> tuple[str, int, str] | None:
        """The counted noun of the phrase that starts at `at` (after a number): (its
        singular, where it ends, the word as written), or None.

        The first plural among the phrase's first words ("three major stock indexes"), past
        determiners, modifiers, numbers, possessives and names (capitalized words beside
        another: "United States"); a sign, a word of `noun_stops`, or a partitive word after a word
        ends the phrase ("one resident of ...").
        """
        words = 0
        before = ""
        first = _FIRST_TOKEN.match(sentence, at)
        if first is None or not first.group(1)[0].isalnum():
            return None  # a sign right after the number: no noun phrase
        for match in _TOKEN.finditer(sentence, first.start(1), min(len(sentence), at + 80)):
            text, previous = match.group(), before
            before = text
            word = text.lower()
            if not text[0].isalnum():
                return None  # a sign ends the phrase
            if _NUMBER_TOKEN.match(word):
                continue
            if word in self.ellipsis and not self._elliptic(sentence, match.end(), word):
                continue  # "five more children": "more" modifies the noun after it
            if word in self.noun_stops:
                return None
            if (
                word in self.modifiers
                or word in self.articles
                or (_POSSESSIVE.search(word) and len(word) > 2)
            ):
                if words and word in self.partitives:
                    return None
                continue
            if text[0].isupper() and (
                previous[:1].isupper() or _NEXT_CAPITAL.match(sentence, match.end())
            ):
                continue  # a part of a name ("United States"), never the head
            words += 1
            if words > _PHRASE_WORDS:
                return None
            if (
                word[-1] not in self.plural_tails
                or len(word) < 4
                or word.endswith(self.singular_endings)
            ):
                continue
            forms = self.singular(word)
            if len(forms) > 1:
                return forms[1], match.end(), text
        return None

    def share(self, sentence: str, start: int, end: int) -> Concept | None:
        """A percent or a fraction of a whole that a partitive word names after its number
        ("90 percent of commodities", "nearly half of Saudi Arabia's production", "10–15% of
        employees" quoted whole): a concept of its own, `share of` the whole's head by its
        singular, read past determiners, modifiers, numbers, possessives and names, up to a
        sign, a word of `noun_stops` or the first plural. A whole of [heads] whose concept is
        a share (its frames read percents only: "70% of the two-party-preferred vote") is
        that concept. None when no partitive follows the number, or the whole says too
        little (`vague_heads`: "10% of the time", "40% of people").

        A share is read as a counted noun is (`COUNTED_PATTERN`): two shares of different
        wholes are weak evidence of two facts, since outlets name one whole in many ways.
        """
        at = end
        digits = list(_DIGIT.finditer(sentence, start, end))
        if digits:  # a claim that quotes its whole: "10–15% of employees"
            for token in _TOKEN.finditer(sentence, digits[-1].end(), end):
                if token.group().lower() in self.partitives:
                    at = token.start()
                    break
        sign = self.percent.match(sentence, at)  # a list reads its earlier number bare
        opened = _FIRST_TOKEN.match(sentence, sign.end() if sign else at)
        if opened is None or opened.group(1).lower() not in self.partitives:
            return None
        tokens = list(
            _TOKEN.finditer(sentence, opened.end(1), min(len(sentence), opened.end(1) + 80))
        )
        words = 0
        noun_before = False  # a lowercase word of the phrase before, no adjective: "state"
        for index, token in enumerate(tokens):
            text = token.group()
            word = text.lower()
            if not text[0].isalnum() or word in self.noun_stops:
                return None  # a sign or a stop before any head
            if word in self.vague_heads:
                return None  # "half of all people worldwide": a whole that says too little
            if _NUMBER_TOKEN.match(word) or word in self.modifiers or word in self.articles:
                continue
            if _POSSESSIVE.search(word) and len(word) > 2:
                continue  # "Saudi Arabia's": whose whole, not the whole
            following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
            previous = tokens[index - 1].group() if index else ""
            if text[0].isupper() and (previous[:1].isupper() or following[:1].isupper()):
                continue  # a part of a name ("Puerto Rico's"), never the head
            words += 1
            if words > _PHRASE_WORDS:
                return None
            forms = self.singular(word)
            plural = len(forms) > 1 and len(word) >= 4 and not word.endswith(self.singular_endings)
            last = following.lower()
            ends = not last or not last[0].isalnum() or last in self.joins
            if plural and noun_before and not ends:
                # a noun, then a verb that looks plural ("of the public opposes", "of trade
                # occurs between"), or a compound ("state legislatures"): only a sign or a
                # word that joins clauses after it says which
                return None
            if not (plural or ends or last in self.noun_stops or last in self.partitives):
                # a modifier of the head: "entire production", "state legislatures"
                noun_before = noun_before or (
                    text[0].islower() and not word.endswith(self.adjective_endings)
                )
                continue
            head = forms[1] if plural else word
            if not self.vague_heads.isdisjoint((word, head)) or (
                not plural and word.endswith(self.adjective_endings)
            ):
                return None  # "0% of the lever used": a verb or an adjective, no head
            where = (start, token.end())
            for concept in self.heads.get(head, ()):
                if self.dimensions.get(concept) == _SHARE_FAMILIES:
                    return Concept(concept, where, pattern=f"share {word}")
            return Concept(f"share of {head}", where, pattern=f"{COUNTED_PATTERN}share {word}")
        return None

    def lasting(self, sentence: str, start: int, end: int) -> Concept | None:
        """What a span of time written as an adjective lasts: the head of the noun after it
        ("a 27-year contract with": contract, "the aircraft's fifty-year service life":
        life, "a 20 year low": low), read by `qualified`. The span ends in its unit,
        singular and joined to its number ("27-year", "20 year"); a plural unit ("for 20
        years") qualifies nothing."""
        unit = _ADJECTIVAL.search(sentence, start, end)
        if unit is None:
            return None
        written = unit.group(1).lower()
        if written in self.noun_stops or self.singular(written)[-1] != written:
            return None  # a plural unit counts ("for 20 years"), it qualifies nothing
        return self.qualified(sentence, start, end)

    def past_inserted(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A frame read past a relative clause between commas that stands between its words
        and the number: "The Hang Seng, which was one of the few markets that rose, fell
        7.19%" reads as "The Hang Seng fell 7.19%" (the clause blanked in place). The clause
        ends at most `_INSERTED_GAP` characters before the number, with no comma after it;
        the frame's words must stand before the clause."""
        low = max(0, start - _INSERTED_REACH - _INSERTED_GAP)
        closing = sentence.rfind(",", low, start)
        if closing < 0 or start - closing > _INSERTED_GAP or "," not in sentence[low:closing]:
            return None  # no two commas before the number: no clause between them
        clauses = list(self.inserted_clause.finditer(sentence, low, start))
        clause = clauses[-1] if clauses else None
        if clause is None or start - clause.end() > _INSERTED_GAP:
            return None
        if "," in sentence[clause.end() : start]:
            return None
        cut = clause.end() - clause.start()
        blanked = sentence[: clause.start()] + " " * cut + sentence[clause.end() :]
        found = _by_frames(frames, blanked, start, end, dimension)
        if found is None or found.evidence[0] >= clause.start():
            return None
        return Concept(found.key, found.evidence, found.place, f"past clause {found.pattern}")

    def spanned(self, sentence: str, start: int, end: int) -> Concept | None:
        """How long the verb before a span opener went on: "trapped for over 30 hours",
        "missing for three days", "falling for the last six days", named by the verb as
        written, read as a counted noun is (`COUNTED_PATTERN`). The opener stands at the
        claim's start (quoted with it) or right before it; the verb right before the opener
        ends in one of `span_verb_endings` and is no stop. None otherwise ("stayed with the
        Lakers for 20 years")."""
        opened = self.span_start.match(sentence, start)
        if opened is not None and opened.end() <= end:
            at = start
        else:
            before = self.span_before.search(sentence, max(0, start - 40), start)
            if before is None:
                return None
            at = before.start()
        verb = _WORD_BEFORE.search(sentence, max(0, at - 24), at)
        if verb is None:
            return None
        word = verb.group(1)
        if word in self.noun_stops or len(word) < 5 or not word.endswith(self.span_verb_endings):
            return None
        return Concept(word, (verb.start(1), end), pattern=f"{COUNTED_PATTERN}{word}")

    def attributive(self, sentence: str, start: int) -> bool:
        """Whether a number at `start` stands where an adjective does: right after an
        article ("a 25% tariff"), or after an article and one lowercase word that modifies
        the noun with it ("the previous 34% tariff", "a further 10% levy"; not a verb or a
        word of `noun_stops`: "the rate rose 5% ...")."""
        words = _WORDS_BEFORE.findall(sentence, max(0, start - 40), start)
        if not words:
            return False
        if words[-1].lower() in self.articles:
            return True
        if len(words) < 2 or words[-2].lower() not in self.articles:
            return False
        word = words[-1]
        return (
            word.islower()
            and word not in self.noun_stops
            and word not in self.partitives
            and not word.endswith(self.span_verb_endings)
        )

    def qualified(self, sentence: str, start: int, end: int, family: str = "") -> Concept | None:
        """The noun a number written as an adjective qualifies, as a counted noun: "a
        27-year contract", "a 72.4 percent stake"; with `family`, by the concept of
        [heads] that noun names for it ("a 4% unemployment rate"). Its head is the last
        lowercase word before a sign or a word of `noun_stops`, within `_LASTING_WORDS`
        words, that is no adjective (`adjective_endings`: "a 30-minute delay followed");
        None for a noun of
        `vague_heads` ("a two-day period"), a change (`change_nouns`: "a 9% fall" says how
        much something changed, not what) or a name."""
        heads: list[re.Match[str]] = []
        for token in _TOKEN.finditer(sentence, end, min(len(sentence), end + 60)):
            word = token.group().lower()
            if (
                not word[0].isalpha()
                or word in self.noun_stops
                or word in self.articles
                or word in self.partitives
            ):
                break  # "within one month of the event": a span, not an adjective
            if token.group()[0].isupper() or len(heads) == _LASTING_WORDS:
                return None  # a name, or a phrase too long to be one noun
            heads.append(token)
        while heads and heads[-1].group().lower().endswith(self.adjective_endings):
            heads.pop()  # "a 30-minute delay followed": a verb or an adjective, no head
        if not heads:
            return None
        word = heads[-1].group().lower()
        forms = self.singular(word)
        # the first plural ending that fits, as `phrase` reads it ("levies": levy)
        head = forms[1] if len(forms) > 1 and not word.endswith(self.singular_endings) else word
        if (
            not self.vague_heads.isdisjoint((word, head))
            or word in self.change_starts
            or word in self.modifiers
        ):
            return None
        where = (start, heads[-1].end())
        if family:
            words = [m.group().lower() for m in heads[-2:]]
            for at in range(len(words)):
                named = self.head(words, at, family)
                if named is not None and at + named[1] == len(words):
                    return Concept(named[0], where, pattern=f"qualified {word}")
        return Concept(head, where, pattern=f"{COUNTED_PATTERN}{word}")

    def plain(self, start: int, end: int, noun: tuple[str, int, str] | None) -> Concept | None:
        """The noun a count counts (`noun`, as `phrase` read it after the claim), by its
        singular, when the claim as quoted leaves it out ("two other Presidents", "ten of
        its plants") and no frame or head names a concept; None for a noun of `vague_heads`
        ("12 people").

        A claim that quotes its own noun ("23 drones") is matched on that noun's class and
        the words around it; a concept made of the noun alone would join every count of it
        in one story ("23 drones shot down", "35 drones launched").
        """
        if noun is None or not self.vague_heads.isdisjoint((noun[0], noun[2].lower())):
            return None
        head, stop, written = noun
        return Concept(head, (start, max(stop, end)), pattern=f"{COUNTED_PATTERN}{written.lower()}")

    def _past_noun(
        self,
        frames: Frames,
        sentence: str,
        span: tuple[int, int],
        dimension: str,
        noun: tuple[str, int, str] | None,
    ) -> Concept | None:
        """A frame read past the counted noun the claim leaves out and a relative word after
        it: "two pilgrims from abroad also died" reads as "two from abroad also died", "12
        people who died" as "12 people died" (blanked in place). `span`: the claim's start
        and end; `noun`: what `phrase` read after the claim."""
        start, end = span
        at = noun[1] if noun is not None else end  # a claim that quotes its noun ends with it
        following = _FIRST_TOKEN.match(sentence, at)
        if following is not None and following.group(1).lower() not in self.relatives:
            following = None
        if following is None and noun is None:
            return None
        cut = following.end(1) if following is not None else at
        blanked = sentence[:end] + " " * (cut - end) + sentence[cut:]
        found = _by_frames(frames, blanked, start, end, dimension)
        if (
            found is None
            or found.evidence[1] <= cut
            or _DIGIT.search(sentence, cut, found.evidence[1])
        ):
            return None  # the clause counts with a number of its own ("five which carry 290")
        if following is not None:
            between = sentence[cut : found.evidence[1]].lower().split()
            said = [w for w in between if w not in self.noun_stops and not w.endswith("ly")]
            if len(said) > 1:
                # the clause's verb is not the frame's: "who qualified for the vote"; one
                # word said is the frame's own ("who were killed in")
                return None
        return found

    def _past_apposition(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str
    ) -> Concept | None:
        """A frame read past an apposition after the claim: "12 people, including three
        firefighters, died" reads as "12 people died" (the apposition blanked in place; a
        long one, opened by a word of `apposition_openers`, cut out, so that the frame's
        words stand within reach, and the evidence given in the sentence as it is)."""
        opened = _APPOSITION.match(sentence, end)
        if opened is not None:
            blanked = sentence[: opened.start()] + " " * (opened.end() - opened.start())
            return _by_frames(frames, blanked + sentence[opened.end() :], start, end, dimension)
        opened = self.long_apposition.match(sentence, end)
        if opened is None:
            return None
        at, cut = opened.start(), opened.end() - opened.start() - 1
        found = _by_frames(
            frames, f"{sentence[:at]} {sentence[opened.end() :]}", start, end, dimension
        )
        if found is None:
            return None
        low, high = (edge + cut if edge > at else edge for edge in found.evidence)
        return Concept(found.key, (low, high), found.place, found.pattern)

    def _counted(
        self, sentence: str, tokens: list[tuple[int, int, str]], start: int, end: int, family: str
    ) -> Concept | None:
        """The counted noun after the number, past modifiers, numbers, possessives and the
        names they belong to ("39 of South Carolina's 54 delegates")."""
        words = [word for _, _, word in tokens]
        past = 0
        changed = 0  # words of a change still to read past ("drop in")
        adjuncts = 0  # words before the changed noun's head still to read past
        for index, (at, stop, word) in enumerate(tokens):
            if not changed and self.change_nouns and word in self.change_starts:
                for width in (3, 2, 1):
                    if " ".join(words[index : index + width]) in self.change_nouns:
                        changed = width
                        break
            if changed:
                changed -= 1
                past += 1
                adjuncts = _CHANGED_ADJUNCTS  # "a 3% fall in oil prices": "oil" is read past
                continue
            found = self.head(words, index, family)
            if found is not None:
                concept, width = found
                last = tokens[index + width - 1][1]
                return Concept(concept, (start, max(last, end)), pattern=f"head {word}")
            inside = stop <= end
            if not inside:
                past += 1
            if past > _AFTER_WORDS:
                return None
            if inside or word in self.modifiers or _NUMBER_TOKEN.match(word):
                continue
            if word[0].isalpha() and _POSSESSIVE.search(word):
                continue
            if sentence[at].isupper() and _owner(tokens, index):
                continue  # a name before a possessive: "of South Carolina's 54 delegates"
            if adjuncts and word[0].isalpha() and word not in self.noun_stops:
                adjuncts -= 1
                continue
            return None
        return None

    def subject(
        self, sentence: str, start: int, end: int, dimension: str, last: str | None = None
    ) -> Concept | None:
        """The concept of the subject of a verb that ends where the claim or its number
        starts ("rose to at least 114", "surpassed 100,000" quoted whole). `last`: the word
        before the claim, when the caller has it."""
        verb = self._verb(sentence, start, _last_word(sentence, start) if last is None else last)
        if verb is None and not sentence[start].isdigit() and " " in sentence[start:end]:
            digit = _DIGIT.search(sentence, start, end)
            if digit is not None:  # the number's own piece: "$4.5" starts at "$"
                number = sentence.rfind(" ", start, digit.start()) + 1
                if number > start:
                    verb = self._verb(sentence, number, _last_word(sentence, number))
        if verb is None:
            return None
        family = dimension.split(":", 1)[0]
        breaks = list(self.clause.finditer(sentence, 0, verb.start()))
        edges = [(0, "")] + [(m.end(), m.group().strip(" ,").lower()) for m in breaks]
        stop = verb.start()
        for begin, opened in reversed(edges):  # the verb's own clause first
            found_tokens = list(_TOKEN.finditer(sentence, begin, stop))
            tokens = [(m.start(), m.end(), m.group().lower()) for m in found_tokens]
            words = [word for _, _, word in tokens]
            for index, (at, _, word) in enumerate(tokens):
                if index and _NUMBER_TOKEN.match(words[index - 1]):
                    continue  # a noun a number counts is that number's, not a subject
                if found_tokens[index].group()[:1].isupper() and sentence[:at].strip(_OPENING):
                    continue  # a name ("the House passed two articles"), not a counted noun
                found = self.head(words, index, family)
                if found is None:
                    continue
                after = index + found[1]
                following = words[after] if after < len(words) else ""
                if following and (_NUMBER_TOKEN.match(following) or following in self.articles):
                    continue  # a verb with its object ("evacuated 500 homes"), not a subject
                return Concept(found[0], (at, end), pattern=f"subject {word}")
            if opened not in self.inserted:
                return None  # a clause with its own subject: never the one before it
            stop = begin  # an inserted clause ("which had stood at 12"): the subject is before
        return None

    def object_of(self, sentence: str, start: int, end: int, family: str) -> Concept | None:
        """The concept of the object of a verb of `object_verbs`, when a word of
        `object_links` joins it to the number: "bringing the death toll in the country from
        the outbreak past 922" (deaths). The object is read by [heads] between the verb and
        the link, within the number's clause (no sign, no other number between); None when
        no head names it ("raising fees on imports to 125%": no concept of [heads])."""
        tokens = list(_TOKEN.finditer(sentence, max(0, start - _OBJECT_REACH), start))
        if not tokens or tokens[-1].group().lower() not in self.object_links:
            return None
        tokens.pop()
        words: list[str] = []
        for token in reversed(tokens):
            word = token.group().lower()
            if not word[0].isalpha():
                return None  # a sign or a number: the object belongs to another clause
            if word in self.object_verbs:
                break
            words.append(word)
        else:
            return None
        words.reverse()
        at = len(tokens) - len(words)
        content = 0  # words of the object read past its articles and modifiers
        for index, word in enumerate(words):
            if word in self.articles or word in self.modifiers or _POSSESSIVE.search(word):
                continue
            if word in self.partitives and content == 1 and words[index - 1] in self.vague_heads:
                content = 0  # "the number of cases": the head is after the partitive
                continue
            if tokens[at + index].group()[0].isupper():
                return None  # a name ("bringing the Smith family"), never the head
            found = self.head(words, index, family)
            if found is not None:
                return Concept(found[0], (tokens[at - 1].start(), end), pattern="object")
            content += 1
            if content > 1:
                return None  # the object's head is its first noun or two ("death toll")
        return None

    def _listed(
        self, frames: Frames, sentence: str, start: int, end: int, dimension: str, last: str
    ) -> Concept | None:
        """A bare number after a list word or a comma (the word before it is `last`) shares
        the concept of the number before it, itself perhaps listed after another ("aged
        nine, ten, 49 and 59")."""
        family = dimension.split(":", 1)[0]
        if family not in ("count", "percent", *_LISTED_FAMILIES):
            return None
        at = start
        for _ in range(_LIST_HOPS):
            found_previous = self._previous(sentence, at, last)
            if found_previous is None:
                return None
            previous, until = found_previous
            if self.clause_sign.search(sentence, previous.end(), until):
                return None
            sign = self.percent.match(sentence, previous.end())
            if bool(sign) != (family == "percent") or _CURRENCY_BEFORE.search(
                sentence, max(0, previous.start() - 4), previous.start()
            ):
                return None
            # the earlier number as its claim may quote it: with up to two words before it
            # ("rose to at least 1,035 in Turkey and about 19 in Greece": "at least 1,035"),
            # and its percent sign ("a 50% tariff ..., escalating to a total of 104%")
            quoted = previous.end() if sign is None else sign.end()
            for begin in _word_starts(sentence, previous.start(), 2):
                found = _by_frames(frames, sentence, begin, quoted, dimension)
                if found is None:
                    found = self.read(frames, sentence, begin, quoted, dimension, 1)
                if found is not None:
                    where = (previous.start(), end)
                    return Concept(found.key, where, found.place, f"listed {found.pattern}")
            at, last = previous.start(), _last_word(sentence, previous.start())
        return None

    def _previous(self, sentence: str, start: int, last: str) -> tuple[re.Match[str], int] | None:
        """The number a bare number at `start` is listed after, and where the link between
        them starts: a list word, a comma right after a short list item ("nine, ten"), or
        the verb of the earlier number said again, or the two words before it said again
        in a parallel clause."""
        parallel = self._parallel(sentence, start)
        if parallel is not None:
            return parallel, parallel.end()
        if last in self.link_ends:
            link = self.link.search(sentence, max(0, start - _LINK_REACH), start)
            if link is None:
                return None
            until = link.start()
        elif _sign_at(sentence, start) == ",":
            until = sentence.rindex(",", 0, start)
            numbers = list(self.numbers.finditer(sentence, max(0, until - _LIST_REACH), until))
            if not numbers or len(sentence[numbers[-1].end() : until].split()) > _ITEM_WORDS:
                return None
            return numbers[-1], until
        else:
            # the verb of an earlier number said again before this one ("Warren had 8
            # delegates, and Klobuchar had 7"): the same verb counts the same thing
            previous = self._same_verb(sentence, start, last)
            return None if previous is None else (previous, start)
        numbers = list(self.numbers.finditer(sentence, max(0, until - _LIST_REACH), until))
        return (numbers[-1], until) if numbers else None

    def _parallel(self, sentence: str, start: int) -> re.Match[str] | None:
        """The nearest earlier number that the same two words stand right before, one of
        them a word that says something (no determiner, partitive, or stop other than a
        modifier: "total"): "with a total of 1,124 delegates; Sanders trailed him with a
        total of 815". Clauses may stand between, apart by commas or semicolons, never
        inside a parenthesis or after a colon or a dash. None when no such number stands
        within `_LIST_REACH` * 2 characters."""
        before = _TWO_WORDS.search(sentence, max(0, start - 40), start)
        if before is None:
            return None
        phrase = (before.group(1).lower(), before.group(2).lower())
        if all(
            w in self.articles
            or w in self.partitives
            or (w in self.noun_stops and w not in self.modifiers)
            for w in phrase
        ):
            return None  # "in the", "rose to": words that say nothing of their own
        reach = max(0, start - _LIST_REACH * 2)
        numbers = list(self.numbers.finditer(sentence, reach, before.start()))
        for number in reversed(numbers):
            if _PARALLEL_BREAK.search(sentence, number.end(), start):
                return None
            said = _TWO_WORDS.search(sentence, max(0, number.start() - 40), number.start())
            if said is not None and (said.group(1).lower(), said.group(2).lower()) == phrase:
                return number
        return None

    def _verb(self, sentence: str, at: int, last: str) -> re.Match[str] | None:
        """A subject verb ending at `at`, whose last word is `last` (checked first: most
        words end no verb)."""
        if last in self.verb_ends:
            return self.verb.search(sentence, max(0, at - 60), at)
        return None

    def _same_verb(self, sentence: str, start: int, last: str) -> re.Match[str] | None:
        """The nearest earlier number whose word before it is `last`, a word that is no
        stop ("had 8 delegates ... had 7"), or None."""
        if not last.isalpha() or last in self.modifiers:
            return None
        reach = max(0, start - _LIST_REACH * 2)
        if sentence[reach:start].lower().count(last) < 2:
            return None  # the verb stands only before this number
        numbers = list(self.numbers.finditer(sentence, reach, start))
        for number in reversed(numbers[:-1] if numbers and numbers[-1].end() >= start else numbers):
            if _last_word(sentence, number.start()) == last:
                return number
        return None


def _owner(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the words from `index` on are a name that ends in a possessive (checked on
    the lowercase tokens: at most three words, each a word, the last with "'s")."""
    for _, _, word in tokens[index : index + 3]:
        if not word[0].isalpha():
            return False
        if _POSSESSIVE.search(word) and len(word) > 2:
            return True
    return False


def _word_starts(sentence: str, at: int, most: int) -> list[int]:
    """`at`, then the starts of up to `most` lowercase words right before it (no sign
    between): where a claim quoting a qualifier before its number may start."""
    starts = [at]
    for _ in range(most):
        found = _WORD_BEFORE.search(sentence, max(0, starts[-1] - 24), starts[-1])
        if found is None:
            break
        starts.append(found.start(1))
    return starts


def _last_word(sentence: str, start: int) -> str:
    """The word before `start`, lowercase, without a comma after it."""
    words = sentence[max(0, start - 24) : start].split()
    return words[-1].rstrip(",").lower() if words else ""


def compile_reading(rules: FrameRules, number_words: Sequence[str] = ()) -> Reading | None:
    """The grammar reading of a frames file, or None when it names no heads. `number_words`:
    numbers in words an earlier number of a list may be written as ("Twelve ... and 19")."""
    if not rules.heads and not rules.vague_heads and not rules.noun_stops:
        return None
    heads: dict[str, tuple[str, ...]] = {}
    for concept, nouns in sorted(rules.heads.items()):
        for noun in nouns:
            phrase = " ".join(noun.lower().split())
            heads[phrase] = (*heads.get(phrase, ()), concept)
    dimensions: dict[str, set[str]] = {}
    open_concepts = set()
    for frame in rules.frame:
        if not frame.dimensions:
            open_concepts.add(frame.concept)
        dimensions.setdefault(frame.concept, set()).update(frame.dimensions)
    endings = tuple(
        (ending, replacement)
        for ending, replacement in (e.split(">", 1) for e in rules.plural_endings)
    )
    signs = r"[;:()\[\]—]"
    joiners = _alternation(rules.clause_joiners) if rules.clause_joiners else None
    words = _alternation(rules.clause_words) if rules.clause_words else None
    clause = "|".join(
        [signs] + ([rf",\s*{joiners}"] if joiners else []) + ([words] if words else [])
    )
    verb = _alternation(rules.subject_verbs) if rules.subject_verbs else r"(?!)"
    if rules.subject_verb_fillers:  # "fell by as much as 35%": the verb, then its fillers
        verb += rf"(?:\s+{_alternation(rules.subject_verb_fillers)})*"
    apposition = _alternation(rules.apposition_words) if rules.apposition_words else None
    link = _alternation(rules.list_links) if rules.list_links else r"(?!)"
    coordinators = _alternation(rules.coordinators) if rules.coordinators else ""
    openers = _alternation(rules.apposition_openers) if rules.apposition_openers else r"(?!)"
    determiners = _alternation(rules.determiners) if rules.determiners else r"(?!)"
    percent = (
        "|".join(
            re.escape(sign) if not sign[:1].isalnum() else _alternation([sign])
            for sign in rules.percent_signs
        )
        or r"(?!)"
    )
    surfaces = set()
    for phrase in heads:
        last = phrase.rsplit(" ", 1)[-1]
        surfaces.add(last)
        for ending, replacement in endings:
            if last.endswith(replacement):
                surfaces.add(last[: len(last) - len(replacement)] + ending)
    concepts = {c for named in heads.values() for c in named}
    families: set[str] = set()
    for concept in concepts:
        families.update(dimensions.get(concept, ()))
    if concepts & open_concepts:
        families.add("*")  # a head of a concept whose frames name no dimension: any
    return Reading(
        object_verbs=frozenset(w.lower() for w in rules.object_verbs),
        object_links=frozenset(w.lower() for w in rules.object_links),
        families=frozenset(families),
        verb_ends=frozenset(
            v.lower().split()[-1]
            for v in (*rules.subject_verbs, *rules.subject_verb_fillers)
            if v.split()
        ),
        link_ends=frozenset(v.lower().split()[-1] for v in rules.list_links if v.split()),
        surfaces=frozenset(surfaces),
        heads=heads,
        dimensions={
            concept: frozenset(allowed)
            for concept, allowed in dimensions.items()
            if concept not in open_concepts
        },
        endings=endings,
        modifiers=frozenset(w.lower() for w in rules.head_modifiers),
        articles=frozenset(w.lower() for w in rules.determiners),
        bare_followers=frozenset(
            w.lower()
            for w in (
                *rules.bare_followers,
                *rules.gap_stops,
                *rules.clause_words,
                *rules.clause_joiners,
                *rules.list_links,
            )
            if " " not in w
        ),
        verb=re.compile(rf"{verb}\s*\Z", re.IGNORECASE),
        clause=re.compile(clause, re.IGNORECASE),
        clause_sign=re.compile(signs),
        inserted=frozenset((*(w.lower() for w in rules.relative_words), "(", ")", "[", "]", "—")),
        link=re.compile(rf"{link}\s*,?\s*\Z", re.IGNORECASE),
        percent=re.compile(rf"\s*(?:{percent})", re.IGNORECASE),
        noun_stops=frozenset(
            w.lower()
            for w in (
                *rules.noun_stops,
                *rules.gap_stops,
                *rules.clause_words,
                *rules.clause_joiners,
                *rules.relative_words,
                *rules.bare_followers,
                *rules.subject_verbs,
            )
            if " " not in w
        ),
        vague_heads=frozenset(w.lower() for w in rules.vague_heads),
        relatives=frozenset(w.lower() for w in rules.relative_words),
        plural_tails=frozenset(ending[-1] for ending, _ in endings if ending),
        singular_endings=tuple(w.lower() for w in rules.singular_endings),
        present_endings=tuple(w.lower() for w in rules.present_endings),
        present_kept=tuple(w.lower() for w in rules.present_kept),
        adjective_endings=tuple(w.lower() for w in rules.adjective_endings),
        partitives=frozenset(w.lower() for w in rules.partitive_words),
        joins=frozenset(
            w.lower()
            for w in (*rules.gap_stops, *rules.clause_joiners, *rules.relative_words)
            if " " not in w
        ),
        span_start=re.compile(
            rf"{_alternation(rules.span_openers)}\s+" if rules.span_openers else r"(?!)",
            re.IGNORECASE,
        ),
        span_before=re.compile(
            rf"{_alternation(rules.span_openers)}\s+\Z" if rules.span_openers else r"(?!)",
            re.IGNORECASE,
        ),
        span_verb_endings=tuple(w.lower() for w in rules.span_verb_endings),
        inserted_clause=re.compile(
            rf",\s*{_alternation(rules.relative_words)}[^,;:()\[\]—]{{1,{_INSERTED_REACH}}},"
            if rules.relative_words
            else r"(?!)",
            re.IGNORECASE,
        ),
        ellipsis=frozenset(w.lower() for w in rules.ellipsis_words),
        coordination=re.compile(
            rf"(?:,\s*(?:{coordinators}\s+|{openers}\s+)?|(?<![\w’']){coordinators}\s+)"
            rf"(?:{determiners}\s+)?\Z"
            if coordinators
            else r"(?!)",
            re.IGNORECASE,
        ),
        coordination_after=re.compile(
            rf"\s*(?:,\s*(?:{coordinators}\s+)?|{coordinators}\s+)(?:{determiners}\s+)?"
            if coordinators
            else r"(?!)",
            re.IGNORECASE,
        ),
        groups=frozenset(rules.group_concepts),
        things=frozenset(rules.thing_concepts),
        clause_starts=frozenset(
            w.lower()
            for w in (*rules.clause_joiners, *rules.clause_words, *rules.relative_words)
            if " " not in w
        )
        - frozenset(w.lower() for w in rules.gap_stops),
        change_nouns=frozenset(" ".join(w.lower().split()) for w in rules.change_nouns),
        change_starts=frozenset(w.lower().split()[0] for w in rules.change_nouns if w.split()),
        apposition=re.compile(
            rf",\s*(?:{apposition}\s+)*\Z" if apposition else r",\s*\Z", re.IGNORECASE
        ),
        numbers=_numbers_pattern(number_words),
        contrast=re.compile(words if words else r"(?!)", re.IGNORECASE),
        included=re.compile(rf",\s*{openers}\s+(?P<said>(?:[^\W\d_]+\s+){{0,2}})\Z", re.IGNORECASE),
        long_apposition=re.compile(
            rf"\s*,\s*{_alternation(rules.apposition_openers)}"
            rf"(?:\s+[^\s,;:.!?()]+){{0,{_LONG_APPOSITION}}}\s*,"
            if rules.apposition_openers
            else r"(?!)",
            re.IGNORECASE,
        ),
    )


def _numbers_pattern(number_words: Sequence[str]) -> re.Pattern[str]:
    """A number in digits, or one of `number_words` as a whole word (any case)."""
    words = sorted({w.lower() for w in number_words if w.isalpha()}, key=lambda w: (-len(w), w))
    if not words:
        return _LAST_NUMBER
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\d[\d,.]*\d|\d|(?<![\w’'])(?i:{alternation})(?![\w’'])")


# ------------------------------------------------------------------ the concept of the story
_STORY_REACH = 2000  # characters either side of a claim where its number is read again
_STORY_SENTENCE = 400  # most characters read either side of a number for its sentence
_SENTENCE_EDGE = re.compile(r"[.!?][\"”’')\]]*\s+|\n")
_STORY_FAMILIES = frozenset({"count", "percent"})  # a bare number of these only
_STORY_SAYINGS = 4  # most other places near a number where it is read again


def _said_again(
    number: str, glued: frozenset[str], text: str, low: int = 0, high: int = -1
) -> Iterator[int]:
    """Where the number written as `number` (digits) starts in `text[low:high]` (all of it
    when `high` is -1), not inside a longer number or word: no letter, digit, "_" or sign of
    `glued` (a separator, a currency sign) right before it (read before `low` too), no
    letter, digit or "_" right after it, nor a point or comma and a digit (read up to `high`
    only). Found by searching for the number's text, so that no pattern is compiled for each
    number."""
    high = len(text) if high < 0 else min(high, len(text))
    size = len(number)
    at = text.find(number, low, high) if size else -1
    while at >= 0:
        end = at + size
        before = text[at - 1] if at else ""
        after = text[end] if end < high else ""
        glued_before = before and (before in glued or before.isalnum() or before == "_")
        glued_after = after and (
            after.isalnum()
            or after == "_"
            or (after in ".," and end + 1 < high and text[end + 1].isdecimal())
        )
        if not (glued_before or glued_after):
            yield at
            at = text.find(number, end, high)
        else:
            at = text.find(number, at + 1, high)


def concept_in_story(
    frames: Frames,
    text: str,
    title: str | None,
    sentence_start: int,
    start: int,
    end: int,
    dimension: str,
) -> Concept | None:
    """What a number no sentence of its own gives a concept measures, read where its source
    says the same number again: in its title or another sentence near it ("Maker to close
    789 dealerships" over "it wants to eliminate 789, or about a quarter, of its dealers").
    The claim stands at `[start, end)` of its sentence, which starts at `sentence_start`
    of `text`; its number is read again only as written there in digits. None when the
    number is said nowhere else with a concept, or with two (an outlet that gives "45
    killed" and "45 arrested" says two facts of one number).

    The evidence of the concept found is the claim itself: the words that say it stand in
    another sentence."""
    family = dimension.split(":", 1)[0]
    claim = (sentence_start + start, sentence_start + end)
    digits = _LAST_NUMBER.search(text, *claim)
    reading = frames.reading
    if family not in _STORY_FAMILIES or digits is None or reading is None:
        return None
    number = digits.group()
    size = len(number)
    said: set[str] = set()
    found: Concept | None = None
    places: list[tuple[str, int, int]] = []
    low, high = max(0, claim[0] - _STORY_REACH), min(len(text), claim[1] + _STORY_REACH)
    for at in _said_again(number, frames.glued, text, low, high):
        if at < claim[1] and claim[0] < at + size:
            continue  # the claim itself
        places.append((text, at, at + size))
        if len(places) > _STORY_SAYINGS:
            return None  # a number said this often near it is no one figure (and stays linear)
    if title and title not in text[: len(title) + _STORY_SENTENCE]:
        places.extend((title, at, at + size) for at in _said_again(number, frames.glued, title))
    for where, at, stop in places:
        if bool(reading.percent.match(where, stop)) != (family == "percent"):
            continue  # a share said where a count is, or the other way round
        begin = max(0, at - _STORY_SENTENCE)
        edges = list(_SENTENCE_EDGE.finditer(where, begin, at))
        first = edges[-1].end() if edges else begin
        after = _SENTENCE_EDGE.search(where, stop, min(len(where), stop + _STORY_SENTENCE))
        last = after.start() + 1 if after else min(len(where), stop + _STORY_SENTENCE)
        sentence = where[first:last]
        concept = concept_of(frames, sentence, at - first, stop - first, dimension)
        if concept is None or concept.pattern.startswith(COUNTED_PATTERN):
            continue  # a noun alone says too little to lend to another sentence
        said.add(concept.key)
        found = concept
    if found is None or len(said) != 1:
        return None
    return Concept(found.key, (start, end), found.place, STORY_PATTERN + found.pattern)


# ------------------------------------------------------------------------ a move's subject
@record
class MoveSubjects:
    """What the subject of a move names (`move_subjects`): a rise or fall its own words give
    no concept is a move of the subject of its clause, and of that thing's concept."""

    # each concept with the words of its class (whole words, any case) and the dimension
    # families its frames allow
    classes: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]
    breaks: re.Pattern[str]  # where a clause starts: a sign, a comma, a joining word
    verbs: frozenset[str]  # words that end a subject: a verb, an auxiliary, a preposition
    pronouns: frozenset[str]  # words standing for a subject before: "it", "which"
    fillers: frozenset[str]  # words of a subject's place that name nothing: "the", "then"
    determiners: frozenset[str] = frozenset()  # words opening a noun phrase: "the", "a"


def compile_movers(rules: FrameRules, reading: Reading | None) -> MoveSubjects | None:
    """The reader of a move's subject, or None when the rules name no `move_subjects`."""
    if not rules.move_subjects or reading is None:
        return None
    classes = []
    for concept, name in sorted(rules.move_subjects.items()):
        words = rules.words.get(name, ())
        if words:
            allowed = reading.dimensions.get(concept, frozenset())
            allowed &= frozenset(rules.move_subject_dimensions)
            classes.append((concept, re.compile(_alternation(words), re.IGNORECASE), allowed))
    joining = [*rules.gap_stops, *rules.clause_words, *rules.clause_joiners]
    breaks = r"[;:()\[\]—]|,(?!\d)"
    if joining:
        breaks += rf"|{_alternation(joining)}"
    joined = {w.lower() for v in joining for w in v.split()}
    pronouns = {w.lower() for w in (*rules.subject_pronouns, *rules.relative_words)}
    fillers = {w.lower() for w in rules.determiners} | joined
    fillers |= {w.lower() for v in rules.apposition_words for w in v.split()}
    # a verb's first word ("rose" of "rose to", "has" of "has risen"), an auxiliary or a
    # preposition of `noun_stops`: where the subject before it ends
    verbs = {w.lower() for w in rules.noun_stops}
    verbs |= {v.split()[0].lower() for v in rules.subject_verbs if v.split()}
    return MoveSubjects(
        classes=tuple(classes),
        breaks=re.compile(breaks, re.IGNORECASE),
        verbs=frozenset(verbs - fillers - pronouns),
        pronouns=frozenset(pronouns),
        fillers=frozenset(fillers),
        determiners=frozenset(w.lower() for w in rules.determiners),
    )


_SUBJECT_NONE, _SUBJECT_LEFT_OUT, _SUBJECT_BEFORE = 0, 1, 2  # how a clause's subject reads


def _subject(
    movers: MoveSubjects, family: str, sentence: str, begin: int, stop: int
) -> tuple[Concept | None, int]:
    """The concept the subject of the clause at `[begin, stop)` of `sentence` names (its
    words before the first word of `verbs`), and how else it reads: left out (no word of
    its own but fillers: ", then rose"), standing for a subject before (a pronoun, a
    relative word), or a subject of its own that names no moving thing of the rules."""
    words: list[str] = []
    named = False  # a word of the subject's own read (no filler)
    first = last = begin
    for token in _TOKEN.finditer(sentence, begin, stop):
        word = token.group().lower()
        if word in movers.verbs or (named and word in movers.determiners):
            break  # its verb, or another noun phrase ("the crash sent the market")
        named = named or word not in movers.fillers
        if not words:
            first = token.start()
        words.append(token.group())
        last = token.end()
    # the subject as written, its signs kept in their words ("The S&P 500", not "S & P")
    phrase = " ".join(sentence[first:last].split())
    for concept, pattern, families in movers.classes:
        found = pattern.search(phrase)
        if found is not None and family in families:
            return Concept(concept, (0, 0), pattern=f"{SUBJECT_PATTERN}{phrase}"), 0
    content = [w.lower() for w in words if w.lower() not in movers.fillers]
    if not content:
        return None, _SUBJECT_LEFT_OUT
    if all(w in movers.pronouns for w in content):
        return None, _SUBJECT_BEFORE
    return None, _SUBJECT_NONE


def move_subject(
    frames: Frames,
    text: str,
    sentence_start: int,
    sentence: str,
    start: int,
    end: int,
    dimension: str,
) -> Concept | None:
    """What a rise or fall at `[start, end)` of `sentence` (which starts at `sentence_start`
    of `text`) measures, when its own words say nothing: a move of the subject of its
    clause, of the concept `move_subjects` gives a subject of its word class ("The FTSE 100
    has today gone up in value by 8,26 %": index_change). A clause that leaves its subject
    out (", then rose", ", fell") shares the subject of the clause before it, past an
    apposition; a pronoun or relative word stands for the subject of the clause before,
    or of the sentence before when it opens its sentence ("It fell by 5.00 %"). None when
    the subject is another thing ("..., while gold rose 2%"), or names nothing the rules
    read. The evidence is the claim itself: the words that say it may stand in another
    sentence."""
    movers = frames.movers
    family = dimension.split(":", 1)[0]
    if movers is None or not any(family in f for _, _, f in movers.classes):
        return None
    breaks = list(movers.breaks.finditer(sentence, 0, start))
    begins = [0, *(m.end() for m in breaks)]
    stops = [*(m.start() for m in breaks), start]
    how = _SUBJECT_NONE
    for begin, stop in reversed(list(zip(begins, stops, strict=True))):  # its own first
        found, how = _subject(movers, family, sentence, begin, stop)
        if found is not None:
            return Concept(found.key, (start, end), pattern=STORY_PATTERN + found.pattern)
        if how == _SUBJECT_NONE:
            return None
    if how != _SUBJECT_BEFORE:
        return None
    # the sentence opens with a pronoun: the subject of the sentence before
    before = text[max(0, sentence_start - _STORY_SENTENCE) : sentence_start].rstrip()
    if not before:
        return None
    edges_before = list(_SENTENCE_EDGE.finditer(before, 0, len(before) - 1))
    first = edges_before[-1].end() if edges_before else 0
    if not edges_before and sentence_start - _STORY_SENTENCE > 0:
        return None  # a sentence longer than is read: its start is unknown
    opening = movers.breaks.search(before, first)
    found, _ = _subject(movers, family, before, first, opening.start() if opening else len(before))
    if found is None:
        return None
    return Concept(found.key, (start, end), pattern=STORY_PATTERN + found.pattern)


def moved_thing(
    frames: Frames, sentence: str, start: int, end: int, dimension: str, concept: Concept | None
) -> str | None:
    """The subject a move at `[start, end)` of `sentence` is told of, as written ("The
    British FTSE 100 index"), when it names a thing of `move_subjects`: the one its concept
    was read from (`move_subject`, perhaps in the sentence before), else the one its own
    sentence gives it. None when no such subject is read."""
    told = STORY_PATTERN + SUBJECT_PATTERN
    if concept is not None and concept.pattern.startswith(told):
        return concept.pattern[len(told) :]
    found = move_subject(frames, "", 0, sentence, start, end, dimension)
    return found.pattern[len(told) :] if found is not None else None
