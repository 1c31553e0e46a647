"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the kinds compiled for its language. Each kind of the
table looks for its mentions in each sentence; the stage hands on `Mention` records in text
order: the exact quote, its `[start, end)` offsets into the source text, and the parts as
written, typed by the kind. Interpretation is left to `normalize`.
"""

from __future__ import annotations

from collections.abc import Callable
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
    own = kinds.language(source.language)
    mentions: list[Mention[Any]] = []
    told = 0
    # one sentence at a time: a large source is never held as a list of its sentences
    for sentence in own.each_sentence(source):
        for kind in own:
            mentions.extend(kind.find(source, sentence))
        if advance is not None and sentence.end - told >= ADVANCE_EVERY:
            told = sentence.end
            advance(told)
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.kind)))
