"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the kinds compiled for its language. Each kind of the
table looks for its mentions in each sentence; the stage hands on `Mention` records in text
order: the exact quote, its `[start, end)` offsets into the source text, and the parts as
written, typed by the kind. Interpretation is left to `normalize`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reconcile.kinds import Kinds
from reconcile.models import Mention, Source

# How much text is read between two calls of `advance` (a large source's progress).
ADVANCE_EVERY = 200_000


def extract(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> tuple[Mention[Any], ...]:
    """Every mention of every kind in `source`, in text order. `advance(offset)` is called
    now and then with how far into the text extraction has read (for a progress bar)."""
    return tuple(each_mention(source, kinds, advance))


def each_mention(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> Iterator[Mention[Any]]:
    """The mentions of `extract`, one sentence's at a time as the text is read: a large
    source's mentions are never held all at once. A mention lies within its sentence and
    the sentences come in text order, so ordering each sentence's mentions orders them all."""
    own = kinds.language(source.language)
    told = 0
    # one sentence at a time: a large source is never held as a list of its sentences
    for sentence in own.each_sentence(source):
        found: list[Mention[Any]] = []
        for kind in own:
            found.extend(kind.find(source, sentence))
        if found:
            found.sort(key=_text_order)
            yield from found
        if advance is not None and sentence.end - told >= ADVANCE_EVERY:
            told = sentence.end
            advance(told)


def _text_order(mention: Mention[Any]) -> tuple[int, int, str]:
    return (mention.start, mention.end, mention.kind)
