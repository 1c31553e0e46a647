"""A currency stated once in a source and meant for the bare sums after it.

News names a currency once and leaves it to the reader for the figures that follow: "The
fund holds $5 billion. Of this, 2 billion goes to schools", "... cost 40 million dollars.
Repairs will take another 3.2 million." Reading one sentence at a time, the second figure
is a count of nothing; read in its source, it is a sum in the currency just named.

`carry_currency` reads a source's claims in text order (after every sentence is
normalized) and gives a bare scaled figure the currency of the money before it when

- it is a count of nothing: no counted noun, no concept of its own as a count, no rate, not
  a vague magnitude, and its number is written with a scale word ("2 billion", "3.2m") and
  is at most `SUM_ORDERS` times the money (a sum of that order, not the things it buys);
- and either its own words say it is a sum (read as money, a frame of a money concept fits
  it: "worth 5 million", "damages of 5 million"), the source's sums so far all in one
  currency; or it stands in the sentence of that money or the next one, with no count of
  people or things between them nor a noun of what is counted in its clause before it
  ("the number of passengers will jump to 70m"), and one of the two sentences names a
  money concept (the money's own concept, "the fund holds $5 billion"; or a word of one
  that a frame reads, "costs rose to 3.2 million").

A count of people or things is never carried ("2 million people"), and a count between the
money and the figure stops the carry ("$300 million for 2 million people; 1.3 million were
hit" leaves "1.3 million" a count).

One outlet writes "$5 million in damage", another "damage of 5 million": the second source
states no currency, or states it far from the figure, and no carry within it reaches the
figure. `carry_in_run` reads the run's sources of one language at once (`Kind.infer`, after
every source is normalized) and gives such a figure the currency the run states for its
concept (`run_reading`) when

- its own words read it as a sum: no counted noun, no concept of its own as a count, no
  rate, not a vague magnitude, a number written as a sum is (with a scale word, "5
  million", or of `LEAST_SUM` or more, "40,000"), and a frame of a money concept fits it
  ("damage of 5 million", "a budget of 3.2 billion", "fines totalling 40,000");
- the run's sums of that concept, and those of no concept whose sentence writes the money
  word the figure's frame reads ("budget" of "a budget of 3 billion"; "the city set aside
  $3.2 billion, its largest budget yet"), are all in one currency;
- and its own source states no sum in another currency only (a source of euros leaves its
  bare figures to euros).

Two currencies the run states for the concept leave it a count, and so does a counted noun.
The claim is told again under its own id (`QuantityClaim.run_currency`): matching, the
anatomy and a worker process read it as a sum of that currency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from reconcile.concepts import Concept
from reconcile.kinds.quantity.find import SUM_ORDERS
from reconcile.models import Claim, Source
from reconcile.records import record

if TYPE_CHECKING:
    from reconcile.kinds.quantity.kind import QuantityKind

_LETTERS = re.compile(r"[^\W\d_]+")

# A figure written without a scale word is read as a sum across the run only from this value
# up (four digits: "fines totalling 40,000"): a small bare number beside a money word is as
# often a count of votes or items ("passed 300 to 120 for the budget").
LEAST_SUM = 1000.0

# Why a count beside a sum's word is not given the run's currency (`run_reading`), as the
# anatomy names it; CARRIED when it is.
CARRIED = "carried"
COUNTED = "the count side has a counted noun"
COUNT_CONCEPT = "the count side has a concept of its own"
NOT_A_SUM = "the count side is no sum's figure"  # a rate, vague, zero, small and unscaled
NO_MONEY_WORD = "no money word next to the count"
NO_SUMS = "the run states no sum of the concept"
TWO_CURRENCIES = "the run states two currencies for the concept"
OWN_OTHER = "its own source's sums are in another currency"


@record
class _Money:
    """The last sum of money read in a source, and where its sentence starts and ends."""

    claim: Claim
    sentence_start: int
    sentence_end: int


def sentence_start(claim: Claim, source: Source) -> int:
    """Where a claim's sentence starts in its source's text (its quote may stand twice in
    the sentence: the place where the sentence is the source's text)."""
    sentence, quote = claim.sentence, claim.quote
    at = sentence.find(quote)
    first = at
    while at >= 0:
        start = claim.start - at
        if start >= 0 and source.text.startswith(sentence, start):
            return start
        at = sentence.find(quote, at + 1)
    return claim.start - max(first, 0)


def carry_currency(kind: QuantityKind, claims: Iterable[Claim], source: Source) -> Iterator[Claim]:
    """The claims of one source in text order, bare sums after money in its currency (see
    the module's doc)."""
    money: _Money | None = None
    codes: set[str] = set()  # the currencies of the source's sums so far
    stopped = False  # a count of people or things since the last money
    scales = kind.grammar.scales
    for claim in claims:
        if claim.kind == "money" and "/" not in claim.dimension:
            start = sentence_start(claim, source)
            money = _Money(claim, start, start + len(claim.sentence))
            codes.add(claim.unit)
            stopped = False
            yield claim
            continue
        if claim.kind != "count" or money is None:
            yield claim
            continue
        if claim.counted_noun or claim.concept or "/" in claim.dimension:
            stopped = True  # a count of something: what follows is about it
            yield claim
            continue
        words = _LETTERS.findall(claim.quote.lower())
        if (
            claim.qualifier == "vague"
            or not (claim.value or 0.0) > 0
            or not any(w in scales for w in words)
        ):
            yield claim
            continue
        if (claim.value or 0.0) > SUM_ORDERS * abs(money.claim.value or 0.0):
            # no sum of that order: "tickets cost $20. 2 million were sold"
            yield claim
            continue
        start = sentence_start(claim, source)
        at = claim.start - start
        said = kind.money_concept(claim, at, money.claim.dimension)
        carried = said is not None and len(codes) == 1
        if not carried and not stopped and not kind.clause_concepts(claim):
            # (a clause naming what is counted before the figure, "the number of
            # passengers will jump to 70m", says it is no sum)
            near = start == money.sentence_start or (
                start >= money.sentence_end and not source.text[money.sentence_end : start].strip()
            )
            carried = near and (
                money.claim.concept is not None or kind.names_money(claim.sentence, at)
            )
        yield kind.as_money(claim, money.claim, at) if carried else claim


@record
class RunSums:
    """The currencies a run's sums state: by money concept (with a sum of each, in text
    order, for its currency's unit and dimension), by source, and the sums of no concept
    with the words of their sentences (`run_sums`)."""

    by_concept: Mapping[str, Mapping[str, Claim]]
    by_source: Mapping[str, frozenset[str]]
    bare: tuple[tuple[Claim, frozenset[str]], ...] = ()


def run_sums(kind: QuantityKind, claims: Iterable[Claim]) -> RunSums:
    """The sums of money of `claims` (one language's claims of a run), by concept and by
    source; a rate ("$5 a litre") is no sum."""
    by_concept: dict[str, dict[str, Claim]] = {}
    by_source: dict[str, set[str]] = {}
    bare: list[tuple[Claim, frozenset[str]]] = []
    for claim in claims:
        if claim.kind != "money" or "/" in claim.dimension:
            continue
        by_source.setdefault(claim.source_id, set()).add(claim.unit)
        if claim.concept:
            by_concept.setdefault(claim.concept, {}).setdefault(claim.unit, claim)
        else:
            bare.append((claim, _forms(kind, _LETTERS.findall(claim.sentence.lower()))))
    return RunSums(by_concept, {s: frozenset(c) for s, c in by_source.items()}, tuple(bare))


def _money_words(kind: QuantityKind, claim: Claim, said: Concept) -> frozenset[str]:
    """The words by which a frame reads `claim`'s number as a sum of its concept (the
    words of the frame's evidence beside the number: "budget" of "a budget of 45
    million"), not a stopword, with their singular forms."""
    start, end = said.evidence
    words = _LETTERS.findall(claim.sentence[start:end].lower())
    own = set(_LETTERS.findall(claim.quote.lower()))
    return _forms(
        kind, [w for w in words if w not in own and w not in kind.grammar.stopwords and len(w) > 2]
    )


def _forms(kind: QuantityKind, words: Iterable[str]) -> frozenset[str]:
    """The words, each with its singular forms by the frames' plural endings ("damages":
    "damage"), so that a word meets its plural."""
    reading = kind.lexicon.frames.reading
    if reading is None:
        return frozenset(words)
    return frozenset(f for w in words for f in reading.singular(w))


def run_reading(
    kind: QuantityKind, claim: Claim, at: int, sums: RunSums
) -> tuple[Claim | None, str]:
    """A count at `at` of its sentence read as a sum in the currency the run states for the
    money concept its words give it, and `CARRIED`; or None and why not (see the module's
    doc)."""
    if claim.counted_noun or claim.noun_class:
        return None, COUNTED
    if claim.concept:
        return None, COUNT_CONCEPT
    if (
        "/" in claim.dimension
        or claim.qualifier == "vague"
        or not (claim.value or 0.0) > 0
        or (
            (claim.value or 0.0) < LEAST_SUM
            and not any(w in kind.grammar.scales for w in _LETTERS.findall(claim.quote.lower()))
        )
    ):
        return None, NOT_A_SUM
    said = kind.money_concept(claim, at, "currency")
    if said is None:
        return None, NO_MONEY_WORD
    stated = dict(sums.by_concept.get(said.key, {}))
    words = _money_words(kind, claim, said) if sums.bare else frozenset()
    for money, written in sums.bare:
        if not words.isdisjoint(written):  # a sum of no concept beside the same money word
            stated.setdefault(money.unit, money)
    if not stated:
        return None, NO_SUMS
    if len(stated) > 1:
        return None, TWO_CURRENCIES
    (code, money), *_ = stated.items()
    own = sums.by_source.get(claim.source_id, frozenset())
    if own and code not in own:
        return None, OWN_OTHER
    return kind.as_money(claim, money, at, run_currency=True), CARRIED


def carry_in_run(
    kind: QuantityKind, claims: Sequence[Claim], sources: Sequence[Source]
) -> list[Claim]:
    """The counts of `claims` (the claims of `sources`, one language's of a run) read as sums
    in the currency the run states for their concept (`run_reading`), each told again
    under its own id, in the order given. None in a run of one source: a source's own
    currency is carried within it (`carry_currency`)."""
    if len(sources) < 2 or not any(c.kind == "money" for c in claims):
        return []
    texts = {s.id: s for s in sources}
    sums: RunSums | None = None
    told: list[Claim] = []
    for claim in claims:
        if claim.kind != "count" or claim.counted_noun or claim.concept:
            continue
        source = texts.get(claim.source_id)
        if source is None:
            continue
        if sums is None:
            sums = run_sums(kind, claims)
            if not (sums.by_concept or sums.bare):
                return []
        at = claim.start - sentence_start(claim, source)
        read, _ = run_reading(kind, claim, at, sums)
        if read is not None:
            told.append(read)
    return told
