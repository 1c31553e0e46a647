"""The route kind: where a journey started and where it went, as sources name them.

Found near travel words (`find.py`); blocked by role (origin, destination); two ends are one
fact when one name is the other or within it ("Berlin" / "Berlin, Germany"); two sources
naming different destinations of the story's journey conflict, while a source naming two
tells of two journeys.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reconcile.context import ContextReader
from reconcile.kinds.named import NamedKind, NamedValue, abbreviated
from reconcile.kinds.route.find import RouteFinder
from reconcile.lexicon import Lexicon
from reconcile.models import Mention, Source
from reconcile.reasons import Stated
from reconcile.sentences import Sentence


class RouteKind(NamedKind):
    """An origin or a destination of the story's journey."""

    name = "route"
    claim_kinds = ("route",)
    reads = "claims"  # (see `Kind.reads`)
    stated = Stated.NAME
    role_key = "route"

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        rules = self.rules
        roles = (self.role("origin"), self.role("destination"))
        self.finder = RouteFinder(
            rules.named.route,
            rules.named.place,
            self.lexicon.not_names,
            roles,
            abbreviated(rules.named),
        )
        self.gate = self.finder.gate

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def one_per_story(self, a: NamedValue, b: NamedValue) -> bool:
        return True
