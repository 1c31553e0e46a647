"""The concept of a bare figure, read across the run's sources.

One outlet writes "the party had secured 312", another "the party secured 312 electoral
votes", which a frame reads as votes; or one writes "340 kiosks" and another "some 360
kiosks", a noun no rule maps. Read alone, a number whose own sentence names nothing it
measures meets only counts of no concept; read in the run, its clause carries the frame
another source's figure of a concept carries.

`concepts_in_run` reads the run's claims once every source is normalized (`Kind.infer`,
after the currency and the unit the run states are carried). A claim without a concept
takes the concept of the claims of other sources that

- are of its kind and dimension (a count is never a sum, a sum in one currency never a sum
  in another; a count its own words read as a sum, "a fine of 2 million", takes none), with
  a concept read by a frame, a head, its story or its counted noun, not by this pass (no
  concept travels twice);
- and carry its frame: the counted noun it quotes, no rule mapping it, and a content word
  next to the number, beside a number at most `value_free_ratio` (`rules/matching.toml`)
  from its own (`noun`: "destroyed 340 kiosks" / "destroyed some 360 kiosks"; not "signed
  12 players" / "12 players were hurt"), when the words that give the other its concept
  read that noun (a frame reaching past it, or the noun itself; not "the toll rose to three
  provinces", a frame misread); or, for a number that quotes no counted noun, the same
  number, with the content word of its clause next to the number on one side the other's on
  that side (`words`: the verb or noun around it, "secured"). A word alone is weak: the
  number itself must be the other's; a figure that quotes its own noun takes only a concept
  whose figure quotes it too ("five islands" is no magnitude). A proper name of the clause
  is no frame: one story names its subject in most of its sentences (on real news the same
  price of two years met by the product's name).

The run must give one concept: when the claims so found give two, none is given. A counted
noun no rule maps is a concept by itself when a figure of another source takes it (two
sources quote it beside numbers so close and a word alike, or the other's frame is its:
"gutted 340 kiosks" / "gutted 340"): both figures are given it, keyed by the noun's
singular (`shared`). A claim given a concept keeps everything else as read; its concept's
pattern says which shape gave it (`RUN_PATTERN`, then the shape and the pattern the concept
was read by). A concept so lent is weaker than one its own words say: it meets figures of
that concept at most `value_free_ratio` from its own only (`lent`, in the quantity kind's
`_same_concept`), so that a story of several figures of one concept ("a 34% tariff", then
"84%") does not join a bare figure to another; but for a running tally (`running_concepts`:
a toll grows from day to day, and its figures are one fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reconcile.concepts import COUNTED_PATTERN, NUMBER_SLOT, RUN_PATTERN, Concept
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim
from reconcile.names import fold

if TYPE_CHECKING:
    from reconcile.kinds.quantity.kind import QuantityKind

_WORD = re.compile(r"[^\W\d_][\w’']*(?:-[\w’']+)*")
_COMMA = re.compile(r",(?!\d)")  # a comma that is no part of a number ("40,000")
_NOUN = "noun"  # the shape of a counted noun no rule maps, quoted by both figures
_WORDS = "words:"  # the key of a content word next to a number
_FRAME_WORDS = 1  # content words read on each side of a number, within its clause
# a frame word or name that more claims of the run carry than this says nothing of any one
# figure (and the pass stays linear in the run's claims)
_COMMON = 48


def concepts_in_run(kind: QuantityKind, claims: Sequence[Claim]) -> Iterator[Claim]:
    """The claims of `claims` without a concept that the run's other sources give one, told
    again under their own ids (see the module)."""
    frames = _Frames(kind)
    # the claims whose concept another may take, by (kind, dimension, key of their frame),
    # each with the concept it gives: its own, or the counted noun no rule maps it quotes
    donors: dict[tuple[str, str, str], list[tuple[Claim, str, str]]] = {}
    bare: list[Claim] = []
    for claim in claims:
        if not claim.value or claim.value <= 0 or claim.value_high is not None:
            continue
        concept = _concept(claim)
        if claim.concept is None:
            if not frames.of_money(claim):
                bare.append(claim)
            noun = frames.unmapped(claim)
            if not noun:
                continue
            given, pattern = noun, f"{RUN_PATTERN}shared {noun}"
        elif concept is None or concept.pattern.startswith(RUN_PATTERN):
            continue
        else:
            given, pattern = claim.concept, concept.pattern
        for key in frames.keys(claim):
            if key.startswith(_NOUN) and concept is not None and not _reads_noun(concept):
                continue  # its concept's words say nothing of its noun ("the toll ... three")
            donors.setdefault((claim.kind, claim.dimension, key), []).append(
                (claim, given, pattern)
            )
    if not bare:
        return
    ratio = kind.rules.matching.value_free_ratio
    taken: dict[str, tuple[str, str]] = {}  # a claim's id -> (concept, pattern) it takes
    lent: dict[str, set[str]] = {}  # a claim of a noun no rule maps -> who took its noun
    for claim in bare:
        # concept -> (shape, the claim that gave it, its pattern), the least of each
        found: dict[str, tuple[str, str, str]] = {}
        nouns: dict[str, list[str]] = {}  # the claims of a noun whose noun it would take
        for key in frames.keys(claim):
            near = donors.get((claim.kind, claim.dimension, key), ())
            shape = key.split(":", 1)[0]
            if len(near) > _COMMON or (claim.counted_noun and shape != _NOUN):
                continue  # a figure quoting a noun takes only a concept quoting it too
            for other, given, pattern in near:
                if other.source_id == claim.source_id:
                    continue
                if not (_near(claim, other, ratio) if shape == _NOUN else _same(claim, other)):
                    continue
                if frames.classes_differ(claim, other) or frames.subjects_differ(claim, other):
                    continue
                if shape == _NOUN and not frames.share_words(claim, other):
                    continue  # a noun alike, no word alike: "signed 12 players", "12 players
                    # were hurt"
                if other.concept is None:
                    nouns.setdefault(given, []).append(other.id)
                best = found.get(given)
                if best is None or (shape, other.id) < best[:2]:
                    found[given] = (shape, other.id, pattern)
        if len(found) != 1:
            continue  # none, or the run gives two concepts that fit
        (given, (shape, _, pattern)), *_ = found.items()
        pattern = f"{RUN_PATTERN}{shape} {pattern.removeprefix(RUN_PATTERN)}"
        taken[claim.id] = (given, pattern)
        for lender in nouns.get(given, ()):
            lent.setdefault(lender, set()).add(claim.id)
    for claim in bare:
        took = taken.get(claim.id)
        if took is None and claim.id in lent:
            noun = frames.unmapped(claim)
            took = (noun, f"{RUN_PATTERN}shared {noun}")
        if took is not None:
            yield given_concept(claim, *took)


class _Frames:
    """What the pass reads of a claim's clause: its counted noun no rule maps, the content
    words next to its number."""

    def __init__(self, kind: QuantityKind) -> None:
        self.kind = kind
        self.reading = kind.lexicon.frames.reading
        self.stop = kind.context.stop
        self.classes = kind.grammar.noun_classes
        self._keys: dict[str, tuple[str, ...]] = {}

    def unmapped(self, claim: Claim) -> str:
        """The singular of the counted noun a claim quotes, when no class of the rules maps
        it and it is no vague one ("people"); "" else."""
        if not claim.counted_noun or self.reading is None:
            return ""
        noun = claim.counted_noun.lower()
        if noun in self.classes or claim.noun_class != noun:
            return ""  # a class of counts, or of what a sum or measure is of ("aid")
        forms = self.reading.singular(noun.split()[-1])
        if not self.reading.vague_heads.isdisjoint(forms):
            return ""
        return " ".join([*noun.split()[:-1], forms[-1]])

    def classes_differ(self, claim: Claim, other: Claim) -> bool:
        """Whether both claims count nouns the rules class differently ("troops", "homes")."""
        a, b = claim.counted_noun, other.counted_noun
        if not a or not b:
            return False
        a, b = a.lower(), b.lower()
        return a in self.classes and b in self.classes and self.classes[a] != self.classes[b]

    def of_money(self, claim: Claim) -> bool:
        """Whether a count's own words read it as a sum ("damage of 6 million", a money
        word of the frames next to it or before it): no count of a concept."""
        if claim.kind != "count":
            return False
        at = claim.sentence.find(claim.quote)
        if at < 0:
            return False
        return bool(
            self.kind.money_concept(claim, at, "currency")
            or self.kind.names_money(claim.sentence, at)
        )

    def subjects_differ(self, claim: Claim, other: Claim) -> bool:
        """Whether both clauses name a subject before the number, and none alike ("Labour
        won 14 districts", "Greens won 14 districts"): two figures, whatever they count."""
        a, b = self.kind.context.subject(claim), self.kind.context.subject(other)
        return bool(a and b and a.isdisjoint(b))

    def share_words(self, claim: Claim, other: Claim) -> bool:
        """Whether two claims have a content word next to their numbers alike."""
        words = {k for k in self.keys(claim) if k.startswith(_WORDS)}
        return not words.isdisjoint(self.keys(other))

    def keys(self, claim: Claim) -> tuple[str, ...]:
        """`_keys` of a claim, read once."""
        known = self._keys.get(claim.id)
        if known is None:
            known = self._keys[claim.id] = self._keys_of(claim)
        return known

    def _keys_of(self, claim: Claim) -> tuple[str, ...]:
        """The keys by which a claim meets others of its frame: `noun:` its counted noun no
        rule maps, `words:` a content word next to its number in its clause. (Not a proper
        name of its clause: one story names its subject in most of its sentences, and on
        real news the same price of two years met by the product's name.)"""
        found: list[str] = []
        noun = self.unmapped(claim)
        if noun:
            found.append(f"{_NOUN}:{noun}")
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0 or self.reading is None:
            return tuple(found)
        end = at + len(claim.quote)
        breaks = [m.end() for m in self.reading.clause.finditer(sentence, 0, at)]
        breaks += [m.end() for m in _COMMA.finditer(sentence, 0, at)]
        start = max(breaks, default=0)
        after = [m.start() for m in (self.reading.clause.search(sentence, end),) if m]
        after += [m.start() for m in (_COMMA.search(sentence, end),) if m]
        stop = min(after, default=len(sentence))
        noun_words = set(_WORD.findall(fold(claim.counted_noun or "")))
        before = [w for w in self._content(sentence[start:at]) if w not in noun_words]
        following = [w for w in self._content(sentence[end:stop]) if w not in noun_words]
        # (each on its side of the number: "farms reported 6 million" is no frame of
        # "damage of 6 million to the farms")
        found += sorted({f"{_WORDS}before {w}" for w in before[-_FRAME_WORDS:]})
        found += sorted({f"{_WORDS}after {w}" for w in following[:_FRAME_WORDS]})
        return tuple(found)

    def _content(self, text: str) -> list[str]:
        """The content words of a text, folded, in order: no stopword, no capitalized word
        (a name is read as one), no word of one letter."""
        return [
            folded
            for word in _WORD.findall(text)
            if not word[:1].isupper()
            and (folded := fold(word)) not in self.stop
            and len(folded) > 1
        ]


def lent(claim: Claim) -> bool:
    """Whether a claim's concept is one the run lent it (`concepts_in_run`): it meets the
    figures of its concept at most `value_free_ratio` from its own only, but for a running
    tally (the quantity kind's `_same_concept`)."""
    concept = _concept(claim)
    return concept is not None and concept.pattern.startswith(RUN_PATTERN)


def _concept(claim: Claim) -> Concept | None:
    detail = claim.detail
    return detail.concept if isinstance(detail, QuantityClaim) else None


def _reads_noun(concept: Concept) -> bool:
    """Whether the words that give a claim its concept read its counted noun: the noun
    itself gives it, or the frame reads words after the number ("{N} ... homes"); not a
    frame of words before the number alone ("the toll rose to three provinces")."""
    if concept.pattern.startswith(COUNTED_PATTERN) or NUMBER_SLOT not in concept.pattern:
        return True
    return bool(concept.pattern.rpartition(NUMBER_SLOT)[2].strip())


def given_concept(claim: Claim, key: str, pattern: str) -> Claim:
    """The claim with the concept `key` the run gives it (`pattern`: how)."""
    at = max(0, claim.sentence.find(claim.quote))
    concept = Concept(key, (at, at + len(claim.quote)), None, pattern)
    detail = claim.detail
    run_currency = isinstance(detail, QuantityClaim) and detail.run_currency
    return replace(claim, concept=key, detail=QuantityClaim(concept, run_currency))


def _same(claim: Claim, other: Claim) -> bool:
    """Whether two claims state one number, as stated (a qualifier apart)."""
    return claim.value == other.value and claim.value_high == other.value_high


def _near(claim: Claim, other: Claim, ratio: float) -> bool:
    """Whether two numbers are at most `ratio` apart."""
    a, b = claim.value or 0.0, other.value or 0.0
    if a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= ratio
