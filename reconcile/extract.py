"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the rules. It hands on `Mention` records: the exact quote,
its `[start, end)` offsets into the source text, and the parts as written (number, qualifier,
unit, counted noun, change, office and person). Interpretation is left to `normalize`.
"""

from __future__ import annotations

from reconcile.kinds.event.find import find_events
from reconcile.kinds.office.find import find_offices
from reconcile.kinds.quantity.find import find_quantities
from reconcile.models import Mention, Source
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence, split_sentences

__all__ = ["Sentence", "extract", "find_offices", "find_quantities", "split_sentences"]


def extract(source: Source, rules: RuleSet) -> tuple[Mention, ...]:
    """Every quantity and office-holder mention in `source`, in text order."""
    mentions: list[Mention] = []
    for sentence in split_sentences(source, rules):
        mentions.extend(find_quantities(source, sentence, rules))
        mentions.extend(find_offices(source, sentence, rules))
        mentions.extend(find_events(source, sentence, rules))
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.kind)))
