"""Whether a sentence may hold one of a list of phrases, told from the words it holds.

Most sentences name no office, event, stating body or journey, yet each finder scanned every
sentence with a regex of all its phrases. The words of a sentence (`words_of`: its
lower-case runs of letters, read once and kept for the sentences of a batch, so that every
kind asks the same set) say it sooner: a pattern that looks for phrases between word
boundaries can match only where the first run of letters of one of its phrases stands as a
whole word. `first_runs(phrases)` gives those runs ("U.S. envoy" → "u", "G7 leader" → "g",
"vice president" → "vice"), or None when a phrase does not start with an ASCII letter (the
pattern is then always run); `may_hold(runs, text)` is False only where none of them is a
word of the sentence.

A run is whole in the sentence when the pattern reads a character that is no letter before
the phrase (a word boundary or `(?<![\\w-])`) and after the run (the phrase's own space,
sign or digit, or a boundary at its end): each caller builds its pattern so. Case-blind
patterns match a few letters to an ASCII one that do not lower to it ("ſ" to "s", "ı" and
"İ" to "i"): a sentence holding one is always scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reconcile.numbers.patterns import LOWER_WORD, words_of

# Letters a case-blind pattern matches to an ASCII letter that do not lower to it.
_LOWERS_APART = re.compile("[\u0130\u0131\u017f]")

Runs = frozenset[str] | None


def first_runs(phrases: Iterable[str]) -> Runs:
    """The first run of letters of each phrase, in lower case; None when a phrase starts
    with anything else, or its run is not ASCII (then no sentence is left unscanned)."""
    runs: set[str] = set()
    for phrase in phrases:
        run = LOWER_WORD.match(phrase.strip().lower())
        if run is None or not run.group().isascii():
            return None
        runs.add(run.group())
    return frozenset(runs)


def longest_runs(phrases: Iterable[str]) -> Runs:
    """The longest run of letters of each phrase (the last of the longest), in lower case;
    None when a phrase holds no run of letters, or a run that is not ASCII. For a pattern
    that reads each phrase whole, its spaces loose, with no letter before nor after it
    (`(?<![\\w-])` ... `(?![\\w])`, or a space after): every run of letters of a phrase it
    matches stands as a word of the sentence, the longest too, which is the rarest there
    ("A.F.C." is "c", not the article "a"; "by-election" is "election")."""
    runs: set[str] = set()
    for phrase in phrases:
        found = LOWER_WORD.findall(phrase.lower())
        if not found or not all(run.isascii() for run in found):
            return None
        runs.add(max(reversed(found), key=len))
    return frozenset(runs)


def words_told(text: str) -> frozenset[str] | None:
    """The words of `text` for `runs.isdisjoint` tests made in a row, or None when its words
    cannot tell (a letter that lowers apart: every pattern must then be run)."""
    if not text.isascii() and _LOWERS_APART.search(text) is not None:
        return None
    return words_of(text)


def may_hold(runs: Runs, text: str) -> bool:
    """False only when `text` cannot hold a phrase whose first run is in `runs`."""
    if runs is None or not runs.isdisjoint(words_of(text)):
        return True
    return not text.isascii() and _LOWERS_APART.search(text) is not None


# A digit anywhere in a sentence (what a figure in digits holds, whatever its signs).
_DIGIT = re.compile(r"\d")


class Gate:
    """What a sentence must hold for a kind's `find` to find anything in it, derived from the
    kind's rules when they compile (`Kind.gate`), or from its rules and one source's text
    (`Kind.gate_of`): one of `words` (lower-case runs of letters, as `words_of` reads them),
    a digit where `digit` is set, or a match of `pattern` (phrases whose runs the words
    cannot tell, tried only in a sentence none of the words opens). Extraction reads each
    sentence's words once (`words_told`) and does not ask a kind whose gate the sentence
    fails; a sentence whose words cannot tell (a letter that lowers apart) passes every gate.
    A gate must never close on a sentence where its kind finds something: each kind builds
    its gate from the same runs its finder checks before it scans."""

    __slots__ = ("digit", "pattern", "words")

    def __init__(
        self, words: frozenset[str], digit: bool = False, pattern: re.Pattern[str] | None = None
    ) -> None:
        self.words = words
        self.digit = digit
        self.pattern = pattern

    @classmethod
    def of(
        cls, *runs: Runs, digit: bool = False, pattern: re.Pattern[str] | None = None
    ) -> Gate | None:
        """The gate opened by any run of `runs` (or a digit, or a match of `pattern`): None,
        no gate, when one of them is None (its phrases cannot be told from the words of a
        sentence)."""
        words: set[str] = set()
        for found in runs:
            if found is None:
                return None
            words |= found
        return cls(frozenset(words), digit, pattern)

    def opens(self, words: frozenset[str] | None, text: str) -> bool:
        """Whether a sentence of these words (`words_told(text)`) may hold a mention."""
        if words is None or not self.words.isdisjoint(words):
            return True
        if self.digit and _DIGIT.search(text) is not None:
            return True
        return self.pattern is not None and self.pattern.search(text) is not None

    def __repr__(self) -> str:
        shown = "" if self.pattern is None else f", pattern={self.pattern.pattern[:40]!r}"
        return f"Gate({sorted(self.words)!r}, digit={self.digit}{shown})"


class Gates:
    """The gates of a table of kinds (`Kind.gate_of`, one per kind, None for a kind with
    none), asked together: which kinds each sentence of a batch may hold a mention of, from
    one read of its words. Each word of any gate is told once which kinds' gates it opens
    (a bit per kind), so a sentence costs one set intersection with the gates' words,
    one search for a digit when a gate opens on one, and a search of a gate's `pattern`
    only where nothing else opened it; the answer is `Gate.opens`'s for every kind."""

    __slots__ = ("all", "digits", "gates", "of_word", "patterns", "ungated", "vocabulary")

    def __init__(self, gates: tuple[Gate | None, ...]) -> None:
        self.gates = gates
        self.all = (1 << len(gates)) - 1  # every kind: a sentence whose words cannot tell
        of_word: dict[str, int] = {}
        digits = 0
        patterns: list[tuple[int, re.Pattern[str]]] = []
        ungated = 0
        for at, gate in enumerate(gates):
            bit = 1 << at
            if gate is None:
                ungated |= bit
                continue
            for word in gate.words:
                of_word[word] = of_word.get(word, 0) | bit
            if gate.digit:
                digits |= bit
            if gate.pattern is not None:
                patterns.append((bit, gate.pattern))
        self.of_word = of_word
        self.vocabulary = frozenset(of_word)
        self.digits = digits
        self.patterns = tuple(patterns)
        self.ungated = ungated

    def opened(self, told: list[frozenset[str] | None], texts: list[str]) -> list[int]:
        """For each sentence (its words, `words_told(text)`, and its text), the kinds whose
        gate opens on it, as bits (`1 << index` of the kind in the table)."""
        of_word, vocabulary, every = self.of_word, self.vocabulary, self.all
        digits, patterns, ungated = self.digits, self.patterns, self.ungated
        search = _DIGIT.search
        out: list[int] = []
        for words, text in zip(told, texts, strict=True):
            if words is None:
                out.append(every)
                continue
            mask = ungated
            for word in vocabulary.intersection(words):
                mask |= of_word[word]
            if digits and mask & digits != digits and search(text) is not None:
                mask |= digits
            for bit, pattern in patterns:
                if not mask & bit and pattern.search(text) is not None:
                    mask |= bit
            out.append(mask)
        return out
