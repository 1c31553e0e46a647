"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the kinds compiled for its language. Each kind of the
table looks for its mentions in each sentence; the stage hands on `Mention` records in text
order: the exact quote, its `[start, end)` offsets into the source text, and the parts as
written, typed by the kind. Interpretation is left to `normalize`.
"""

from __future__ import annotations

from typing import Any

from reconcile.kinds import Kinds
from reconcile.models import Mention, Source


def extract(source: Source, kinds: Kinds) -> tuple[Mention[Any], ...]:
    """Every mention of every kind in `source`, in text order."""
    own = kinds.language(source.language)
    mentions: list[Mention[Any]] = []
    for sentence in own.sentences(source):
        for kind in own:
            mentions.extend(kind.find(source, sentence))
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.kind)))
