"""Concepts: what a number measures, read from the words around it by frames.

A frame is a pattern of words with one slot for the number, written in a rules file
(`rules/lang/<language>/frames.toml`) so that a fact-checker can read and extend it:

    killed ... {N} {people?}        verb frame: the number is who was killed
    {N} {people?} {be?} {injured}   the number is who was injured
    {N} {from_place} {PLACE}        a distance, with the place it is measured from

Tokens of a pattern, separated by spaces:

- `{N}`: the number (exactly one per pattern);
- `{PLACE}`: a place name (capitalized words), captured with the concept;
- `{class}` / `{class?}`: any phrase of a word class defined once in the same file
  (`?`: may be absent);
- `word`, `word|other`, `word?`: a literal word, alternatives, an optional word;
- `...`: a gap of up to `gap_words` words inside the clause, `...6` of up to six; a gap
  never crosses a comma or one of the `gap_stops` words ("and", "while");
- `,`: a comma (appositions and relative clauses: "{N} , who were aboard").

Words meet across spaces or hyphens, so `{N} magnitude` reads "7.1-magnitude" and
`{N} long` reads "40-foot-long". Each pattern compiles once into two anchored regular
expressions, the words before the number and the words after it; `concept_of` tries them
around one number and keeps the frame whose words stand nearest. Concept keys (`deaths`,
`magnitude`, `distance`) are language-neutral: another language's file maps its own words
to the same keys.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reconcile.errors import Problem
from reconcile.rules.schema import FrameRules
from reconcile.rules.validate import Where

NUMBER_SLOT = "{N}"
PLACE_SLOT = "{PLACE}"
_GAP_TOKEN = re.compile(r"^\.\.\.([1-9])?$")
_CLASS_TOKEN = re.compile(r"^\{([a-z][a-z0-9_]*)(\??)\}$")
_LITERAL_TOKEN = re.compile(r"^[^\s{}]+$")


# ------------------------------------------------------------------------ compiled values
@dataclass(frozen=True)
class Concept:
    """What one number measures, and the words that say so.

    `evidence` is `[start, end)` in the sentence given to `concept_of`: the frame's words
    and the number between them. `place` is the place a distance is measured from.
    """

    key: str
    evidence: tuple[int, int]
    place: str | None = None
    pattern: str = ""


@dataclass(frozen=True)
class CompiledFrame:
    """One pattern, compiled: the words before the number and the words after it.

    The two regular expressions are built from the pattern when the frame is made and
    compiled the first time a number could fit the frame (most frames never meet a number
    in a run: compiling all of them up front would cost more than reading).
    """

    concept: str
    pattern: str
    dimensions: tuple[str, ...]
    before_regex: str | None  # read backwards from the number, on the reversed text
    after_regex: str | None  # read forwards from where the number ends
    needs_before: tuple[frozenset[str], ...]  # one word of each must stand before the number
    needs_after: tuple[frozenset[str], ...]  # one word of each must stand after it
    weight: int  # words the frame requires: a longer frame wins a tie
    gaps_before: tuple[str, ...] = ()  # names of the groups of `...` in `before`
    gaps_after: tuple[str, ...] = ()  # and in `after`

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


@dataclass(frozen=True)
class _Shelf:
    """The frames that fit one dimension, found by the words near a number."""

    before: Mapping[str, tuple[int, ...]]  # a word before the number -> frames needing it
    after: Mapping[str, tuple[int, ...]]  # a word after the number -> frames needing it
    always: tuple[int, ...]  # frames that need no word
    before_words: frozenset[str]
    after_words: frozenset[str]


@dataclass(frozen=True)
class Frames:
    """Every frame of a language, compiled once; hand it to `concept_of`."""

    frames: tuple[CompiledFrame, ...]
    labels: Mapping[str, str]
    shelves: Mapping[str, _Shelf]  # by dimension family; "" for one that no frame names
    window: int = 240  # characters read on each side of a number (links blanked in place)
    reach: int = 14  # words on each side of a number whose presence lets a frame be tried

    @classmethod
    def of(cls, frames: Sequence[CompiledFrame], labels: Mapping[str, str]) -> Frames:
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
        return cls(tuple(frames), labels, shelves)


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


def compile_frames(rules: FrameRules) -> Frames:
    """Every frame of a language's rules compiled once (the rules were checked on loading)."""
    classes: _Classes = {}  # each word class made into regexes once, whatever uses it
    compiled = [
        compile_pattern(pattern, frame.concept, frame.dimensions, rules, classes)
        for frame in rules.frame
        for pattern in frame.patterns
    ]
    return Frames.of(compiled, rules.concepts)


# ------------------------------------------------------------------------------ compiling
_JOIN = r"(?:\s*-\s*|\s+)"  # between two words: spaces or a hyphen (reads both ways)
_WORD_START = r"(?<![\w’'])"
_WORD_END = r"(?![\w’'])"
_GAP_WORD = r"[^\s,;:!?()\[\]\"“”]+"
_PLACE_WORD = r"(?-i:[A-Z][\w’'-]*(?:\.(?=\s+[A-Z]))?)"
# A number in parentheses converts the one before it: "a depth of 10 km (6 mi)" reads past
# "10 km (" backwards, "8 km (5 miles) southwest" past "(5 miles)" forwards.
_CONVERTED_BEFORE_REVERSED = r"(?:\s*\(\s*(?:[\w./]+\s+){0,2}[\w.,$€£]+)"
_CONVERTED_AFTER = r"(?:\s*\)|\s*\([^()]{1,40}\))"


@dataclass(frozen=True)
class _Token:
    regex: str  # as read forwards
    reversed: str  # as read backwards, on the reversed text
    optional: bool
    word: bool  # a word (joined by spaces or hyphens), not punctuation
    gap: bool = False
    place: bool = False
    width: int = 0  # most words of a gap


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
        gaps_before=tuple(f"gap{i}" for i, t in enumerate(left) if t.gap),
        gaps_after=tuple(f"gap{i}" for i, t in enumerate(right) if t.gap),
    )


Needs = list[frozenset[str]]
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
        return _Token(word, word_reversed, optional=True, word=True, gap=True, width=width)
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
            f"bad token {token!r}: use {NUMBER_SLOT}, {PLACE_SLOT}, {{class}}, {{class?}},"
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
        if token.gap:
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


def concept_of(
    frames: Frames, sentence: str, number_start: int, number_end: int, dimension: str
) -> Concept | None:
    """What the number at `[number_start, number_end)` of `sentence` measures, or None.

    The span is the claim as quoted ("at least 1,200 people", "10 km"); a frame's words may
    stand before it, after it, or after the number inside it ("150 passengers"). Of the
    frames that fit the number's dimension, the one whose words stand nearest wins (words a
    `...` skips, and words of the claim between its number and the frame, count); then the
    one with more words; then the first in the file.
    """
    shelf = frames.shelves.get(dimension.split(":", 1)[0]) or frames.shelves.get("")
    if shelf is None:
        return None
    low = max(0, number_start - frames.window)
    high = min(len(sentence), number_end + frames.window)
    window = sentence[low:high].lower()
    reach = frames.reach
    before = set(window[: number_end - low].translate(_SIGNS).split()[-reach:])
    after = set(window[number_start - low :].translate(_SIGNS).split()[:reach])
    orders = set(shelf.always)
    for word in before & shelf.before_words:
        orders.update(shelf.before[word])
    for word in after & shelf.after_words:
        orders.update(shelf.after[word])
    candidates = []
    for order in sorted(orders):
        frame = frames.frames[order]
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
        rank = (distance, -frame.weight)
        if best is None or rank < best[0]:
            best = (rank, Concept(frame.concept, evidence, place, frame.pattern))
    return best[1] if best else None


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
            if found and (left is None or _gap_words(found, frame.gaps_before) < left[0]):
                left = (_gap_words(found, frame.gaps_before), last - found.end("ev"))
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
