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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reconcile.kinds.quantity.find import SUM_ORDERS
from reconcile.models import Claim, Source

if TYPE_CHECKING:
    from reconcile.kinds.quantity.kind import QuantityKind

_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
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
