"""Lower-case noun phrases several sources of a run write, read as the things they agree on.

News writes many of a story's things in lower case: "a mass shooting", "the cargo ship",
"bootleg alcohol", "52 political prisoners", "a trial of the facts". No class word reads
them and no capital marks them as names; one source's phrase may be any words, but a
phrase that at least `recurring_sources` sources of the run write (`[thing]` of
`named.toml`) is part of the story. It is read as a thing of `common_role`, keyed by its
words in the singular ("mass shootings" meets "a mass shooting"), a common noun
(`NamedValue.common`): two phrases are two things, never a conflict.

What a phrase must be (`CommonPhrases.read`): two nouns or more, at most `common_words`
words, `common_joiners` between them; words written in lower case on one line with nothing
but spaces between them (a sentence's capitalized first word is read in lower case); some
source of the run writes it after a word of `common_before`, as a noun phrase stands ("a
cargo ship", "of bootleg alcohol"; a number alone is no sign: "Flight 418 lost contact");
its first word is no stopword of the language (`nouns.toml`), no word of
`common_not_modifiers` ("many", "former"), none ending in `common_modifier_endings` ("-ly")
and no word that may follow a name ("said", "killed", `place.after_name`); its last word is
none of those either, no word of `common_not_heads` ("people", "officials"), no office's
title word ("prime minister") and none ending in `not_noun_endings` ("were injured"). "the
government", "police said" and "last year" are no such phrase.

A phrase is read only where no claim of its source holds any of it (an event's clause
aside, as `recur.py` reads names inside one), nor a claim read across the run: the words
are another claim's there. Where several phrases of a source overlap, the longest is read,
then the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.kinds.named import NamedValue, WordForms, span_claim
from reconcile.kinds.thing.find import ThingMention
from reconcile.kinds.thing.recur import opens
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Source
from reconcile.names import fold
from reconcile.records import record
from reconcile.sentences import sentence_holding

# a word of letters, hyphens inside it ("long-range"); its first letter any case
_WORD = re.compile(r"(?<![\w’'&.-])[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*(?![\w’'&-])")
# the word right before a phrase
_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_]+)[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]{1,2}\d")  # a number right after a word
_GAP = re.compile(r"[ \t]{1,2}")  # between two words of a phrase: a space or two, on one line
_CLAUSES = frozenset({"event"})  # claims whose spans hold other words read all the same
# claims of a number and its noun: a phrase running past one's end is read all the same
# ("52 political" of "52 political prisoners": the count's noun cut short)
_COUNTS = frozenset({"count"})
# the most text (characters, all sources of a run) whose phrases are kept between the count
# of the recurring ones and their claims; past it they are read twice, to bound memory
_HELD_CHARS = 32_000_000


@record
class _Phrase:
    """A lower-case phrase written in a source: its span, its key, and whether a word of
    `common_before` stands before it."""

    start: int
    end: int
    key: str
    words: int
    introduced: bool


class CommonPhrases:
    """Reads the run's recurring lower-case noun phrases as things (`ThingKind.infer`)."""

    def __init__(self, lexicon: Lexicon, forms: WordForms) -> None:
        self.lexicon = lexicon
        rules = lexicon.rules
        named = rules.named
        thing = named.thing
        self.role = thing.common_role
        self.least = max(2, thing.recurring_sources)
        self.most = thing.common_words
        self.forms = forms
        self.joiners = frozenset(fold(j) for j in thing.common_joiners)
        self.before = frozenset(fold(w) for w in thing.common_before)
        numbers = rules.numbers
        self.articles = frozenset(fold(a) for a in named.articles)
        stop = frozenset(
            fold(w)
            for w in (*rules.nouns.stopwords, *named.articles, *numbers.words, *numbers.scales)
        )
        follow = frozenset(fold(w) for w in named.place.after_name)
        # words that neither open nor end a phrase
        self.never = stop | follow
        self.not_first = frozenset(fold(w) for w in thing.common_not_modifiers)
        self.first_endings = tuple(fold(e) for e in thing.common_modifier_endings)
        offices = rules.offices
        titles = [t for o in offices.office for t in o.titles]
        titles += [w for t in offices.title for w in t.words]
        self.not_last = frozenset(
            forms.of(fold(w))
            for w in (*thing.common_not_heads, *(w for t in titles for w in t.split()))
        )
        self.head_endings = tuple(fold(e) for e in rules.nouns.not_noun_endings)
        self.participles = tuple(fold(e) for e in thing.common_participle_endings)

    def read(
        self, claims: Sequence[Claim], sources: Sequence[Source], more: Sequence[Claim] = ()
    ) -> list[Claim]:
        """The claims of recurring lower-case phrases, in source order then position;
        `more` are claims inferred across the run, whose spans are taken too."""
        if not self.role or len(sources) < self.least:
            return []
        # a run of little text keeps each source's phrases for the second look; a larger one
        # reads them again, so that they are never all held at once
        held: dict[str, list[_Phrase]] | None = (
            {} if sum(len(s.text) for s in sources) <= _HELD_CHARS else None
        )
        wanted = self._recurring(sources, held)
        if not wanted:
            return []
        taken: dict[str, list[tuple[int, int]]] = {}
        counted: dict[str, list[tuple[int, int]]] = {}  # the spans of counts
        for claim in (*claims, *more):
            if claim.kind in _COUNTS:
                counted.setdefault(claim.source_id, []).append((claim.start, claim.end))
            elif claim.kind not in _CLAUSES:
                taken.setdefault(claim.source_id, []).append((claim.start, claim.end))
        read: list[Claim] = []
        for source in sources:
            spans = taken.get(source.id, [])
            counts = counted.get(source.id, [])
            chosen: list[_Phrase] = []
            for phrase in sorted(
                (
                    p
                    for p in (self._phrases(source.text) if held is None else held[source.id])
                    if p.key in wanted
                ),
                key=lambda p: (-p.words, p.start),
            ):
                if (
                    any(s < phrase.end and phrase.start < e for s, e in spans)
                    # (a count holding the phrase's last word holds the phrase)
                    or any(s < phrase.end <= e for s, e in counts)
                    or any(c.start < phrase.end and phrase.start < c.end for c in chosen)
                ):
                    continue
                chosen.append(phrase)
            for phrase in sorted(chosen, key=lambda p: p.start):
                made = self._claim(source, phrase)
                if made is not None:
                    read.append(made)
        return read

    def _recurring(
        self, sources: Sequence[Source], held: dict[str, list[_Phrase]] | None
    ) -> frozenset[str]:
        """The keys of the phrases at least `least` sources write, some source after a word
        of `common_before`. Counted source by source, one count a key; each source's phrases
        are kept in `held` when it is given (else `read` reads them again, source by
        source: a large run's phrases are never all held at once)."""
        written: dict[str, int] = {}
        introduced: set[str] = set()
        for source in sources:
            keys: set[str] = set()
            phrases = self._phrases(source.text)
            if held is not None:
                held[source.id] = phrases
            for phrase in phrases:
                keys.add(phrase.key)
                if phrase.introduced:
                    introduced.add(phrase.key)
            for key in keys:
                written[key] = written.get(key, 0) + 1
        return frozenset(k for k, n in written.items() if n >= self.least and k in introduced)

    def _phrases(self, text: str) -> list[_Phrase]:
        """Every phrase of `text` that may be read (see the module), recurring or not."""
        phrases: list[_Phrase] = []
        run: list[tuple[int, int, str]] = []  # the words of one lower-case run
        for match in _WORD.finditer(text):
            word = match.group()
            lower = word.islower()
            opening = not lower and word[1:].islower() and opens(text, match.start())
            if run and not _GAP.fullmatch(text, run[-1][1], match.start()):
                phrases += self._of_run(text, run)
                run = []
            if lower or opening:
                run.append((match.start(), match.end(), fold(word)))
            elif run:
                phrases += self._of_run(text, run)
                run = []
        if run:
            phrases += self._of_run(text, run)
        return phrases

    def _of_run(self, text: str, run: list[tuple[int, int, str]]) -> list[_Phrase]:
        """The phrases of one run of lower-case words."""
        phrases: list[_Phrase] = []
        for i, (start, _, first) in enumerate(run):
            if not self._opens(first):
                continue
            before = _BEFORE.search(text, max(0, start - 24), start)
            introduced = before is not None and fold(before.group(1)) in self.before
            for j in range(i + 1, min(i + self.most, len(run))):
                last = run[j][2]
                if not self._ends(last) or self._takes_object(text, run, j):
                    continue
                inner = [w for _, _, w in run[i + 1 : j]]
                if not self._joined(inner) or any(w.endswith(self.participles) for w in inner):
                    continue  # (a participle inside: a verb and its object, "boat carrying
                    # migrants sank"; the phrase before it is read, "military training")
                words = [w for _, _, w in run[i : j + 1]]
                key = " ".join(self.forms.of(w) for w in words)
                phrases.append(_Phrase(start, run[j][1], key, len(words), introduced))
        return phrases

    def _opens(self, word: str) -> bool:
        """Whether a phrase may open with `word` (folded)."""
        return (
            len(word) > 2
            and word not in self.never
            and word not in self.not_first
            and not word.endswith(self.first_endings)
        )

    def _ends(self, word: str) -> bool:
        """Whether a phrase may end with `word` (folded): a noun of its own."""
        return (
            len(word) > 2
            and word not in self.never
            and word not in self.not_first
            and self.forms.of(word) not in self.not_last
            and not word.endswith(self.head_endings)
        )

    def _takes_object(self, text: str, run: list[tuple[int, int, str]], j: int) -> bool:
        """Whether the word `run[j]`, of a participle's ending (`common_participle_endings`),
        is followed by a word of its run that is no stopword, an article or a number: a verb
        and its object ("a boat carrying migrants", "carrying the wounded", "carrying 40
        people"), not the head of a noun ("a mass shooting
        at a bar"). (Inside a phrase, after its first word, such a word is a verb's too:
        `_of_run`.)"""
        if not run[j][2].endswith(self.participles):
            return False
        if j + 1 < len(run):
            after = run[j + 1][2]
            return after not in self.never or after in self.articles
        return _NUMBER_AFTER.match(text, run[j][1]) is not None

    def _joined(self, inner: list[str]) -> bool:
        """Whether the words between a phrase's first and last are nouns or modifiers, or
        one joiner among them ("of the")."""
        joiner: list[str] = []
        seen = False
        for word in [*inner, ""]:
            if word and (word in self.never or word in self.joiners):
                joiner.append(word)
                continue
            if joiner:
                if seen or " ".join(joiner) not in self.joiners:
                    return False
                seen, joiner = True, []
        return True

    def _claim(self, source: Source, phrase: _Phrase) -> Claim | None:
        """The claim of a phrase, in its sentence; None across two sentences."""
        lexicon = self.lexicon
        sentence = sentence_holding(
            source, phrase.start, phrase.end, lexicon.abbreviations, lexicon.sentence_ends
        )
        if sentence is None:
            return None
        name = source.text[phrase.start : phrase.end]
        value = NamedValue(role=self.role, name=name, key=phrase.key, common=True)
        detail = ThingMention(role=self.role, name=name, common=True)
        return span_claim(source, sentence, "thing", (phrase.start, phrase.end), value, detail)
