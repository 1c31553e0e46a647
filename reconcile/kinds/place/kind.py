"""The place kind: where the story's event happened, as sources name it.

Found by cues from rules (`find.py`); blocked by kind; two places are one fact when one name
is the other or within it ("Wuhan" / "Wuhan, China"); for a role a story has once (an
epicentre, a landfall, a crash site) two sources naming different places conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reconcile.context import ContextReader, Features
from reconcile.kinds.named import NamedKind, NamedValue, name_key, named
from reconcile.kinds.place.find import PlaceFinder
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Mention, PairDecision, Source
from reconcile.names import fold
from reconcile.reasons import Stated
from reconcile.sentences import Sentence


class PlaceKind(NamedKind):
    """Where the story's event happened: a place and the cue's role."""

    name = "place"
    claim_kinds = ("place",)
    stated = Stated.PLACE
    role_key = "place"

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        rules = self.rules
        named = rules.named
        # after a comma, a name then one of these is a clause's subject: "in the Legislative
        # Council, Lam was interrupted", "…, police said"
        verbs = (*named.source.verbs, *rules.offices.holder_words.before_name)
        # a title after a comma starts no larger place: "in Alabama, Governor Kay Ivey said"
        titles = frozenset(
            fold(w) for t in rules.offices.title for w in t.words if " " not in w and w.isalpha()
        )
        # the names of things and the words that introduce them: "the Ebola outbreak",
        # "Hurricane Dorian's landfall" name no place
        # (nor a party's adjective: "the Democratic protests")
        things = frozenset(
            fold(w)
            for c in named.thing.thing
            for n in (*c.names, *c.before, *c.makers, *c.ends)
            for w in n.split()
        ) | frozenset(fold(w) for w in rules.offices.holder_words.not_places)
        self.finder = PlaceFinder(
            named.place,
            self.lexicon.not_names,
            named.articles,
            verbs,
            titles,
            things,
            named.article_joiners,
            frozenset(fold(w) for w in rules.numbers.words),
        )
        self.unique = frozenset(c.role for c in rules.named.place.cue if c.unique)

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def value_of(self, mention: Mention[Any], source: Source) -> NamedValue | None:
        value = super().value_of(mention, source)
        if value is None:
            return None
        apply = self.context.aliases.apply
        larger = (
            name_key(n, apply, self.forms) for n in self.finder.containers(source.text, value.name)
        )
        return replace(value, within=tuple(sorted({k for k in larger if k and k != value.key})))

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        decision = super().decide(a, b, fa, fb)
        if decision.score > 0 and (named(a).opening or named(b).opening):
            # a place read from the opening sentence alone joins after those a cue names:
            # the source's own cue-read place of the event is the better partner
            return replace(decision, score=decision.score * self.rules.matching.lede_weight)
        return decision

    def shown_role(self, values: Sequence[NamedValue]) -> str:
        # "battered Isla Verde" and "landfall on Isla Verde": shown as the landfall
        unique = sorted(v.role for v in values if v.role in self.unique)
        return unique[0] if unique else values[0].role

    def block_role(self, role: str) -> str:
        return ""  # places of every role meet: "crashed in X" and "the crash site, X"

    def roles_meet(self, a: NamedValue, b: NamedValue) -> bool:
        # Two roles a story has once each (a landfall and an epicentre) are two facts.
        return a.role == b.role or not (a.role in self.unique and b.role in self.unique)

    def one_per_story(self, a: NamedValue, b: NamedValue) -> bool:
        return a.role == b.role and a.role in self.unique
