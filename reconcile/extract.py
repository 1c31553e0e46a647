"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the kinds compiled for its language. Each kind of the
table looks for its mentions in each sentence; the stage hands on `Mention` records in text
order: the exact quote, its `[start, end)` offsets into the source text, and the parts as
written, typed by the kind. Interpretation is left to `normalize`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reconcile.kinds import Kinds, LanguageKinds
from reconcile.models import Mention, Source
from reconcile.sentences import Sentence

# How much text is read between two calls of `advance` (a large source's progress).
ADVANCE_EVERY = 200_000
# How many sentences each kind reads in one go (see `_batch_mentions`).
BATCH = 256


def extract(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> tuple[Mention[Any], ...]:
    """Every mention of every kind in `source`, in text order. `advance(offset)` is called
    now and then with how far into the text extraction has read (for a progress bar)."""
    return tuple(each_mention(source, kinds, advance))


def each_mention(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> Iterator[Mention[Any]]:
    """The mentions of `extract`, a few hundred sentences' at a time as the text is read: a
    large source's mentions are never held all at once. A mention lies within its sentence
    and the sentences come in text order, so ordering each sentence's mentions orders them
    all."""
    own = kinds.language(source.language)
    told = 0
    batch: list[Sentence] = []
    # a batch of sentences at a time: a large source is never held as a list of its sentences
    for sentence in own.each_sentence(source):
        batch.append(sentence)
        if len(batch) == BATCH:
            yield from _batch_mentions(source, own, batch)
            batch.clear()
            if advance is not None and sentence.end - told >= ADVANCE_EVERY:
                told = sentence.end
                advance(told)
    yield from _batch_mentions(source, own, batch)


def _batch_mentions(
    source: Source, own: LanguageKinds, batch: list[Sentence]
) -> Iterator[Mention[Any]]:
    """The mentions of consecutive sentences in text order. Each kind reads the whole batch
    before the next kind starts: one kind's patterns and code stay in the processor's caches
    while they are used (faster than asking every kind in turn about each sentence).
    Kinds that keep what they read of a source must not let normalize see further ahead
    than the sentence it asks about (see the office kind's readings)."""
    found: list[list[Mention[Any]]] = [[] for _ in batch]
    for kind in own:
        for mentions, sentence in zip(found, batch, strict=True):
            mentions.extend(kind.find(source, sentence))
    for mentions in found:
        if mentions:
            mentions.sort(key=_text_order)
            yield from mentions


def _text_order(mention: Mention[Any]) -> tuple[int, int, str]:
    return (mention.start, mention.end, mention.kind)
