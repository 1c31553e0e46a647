"""The place kind: where the story's event happened, as sources name it.

Found by cues from rules (`find.py`); blocked by kind; two places are one fact when one name
is the other or within it ("Wuhan" / "Wuhan, China"); for a role a story has once (an
epicentre, a landfall, a crash site) two sources naming different places conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from reconcile.context import ContextReader, Features
from reconcile.kinds.base import claim_id
from reconcile.kinds.named import (
    CAPITALS,
    NamedKind,
    NamedMention,
    NamedValue,
    abbreviated,
    before_joiner,
    name_key,
    named,
    relation,
    role_claim,
    value_relation,
    without_nouns,
)
from reconcile.kinds.place.find import PlaceFinder
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Context, Mention, PairDecision, Source
from reconcile.names import fold
from reconcile.reasons import NamedApart, Stated
from reconcile.sentences import Sentence

# a part of a name between commas, from its first capitalized word: "Santa Ana, Cagayan,
# northern Luzon" has the parts "Cagayan" and "Luzon" after its first
_PART = re.compile(r"[^,]+")
_CAPITAL = re.compile(f"[{CAPITALS}]")


def _put_in(small: NamedValue, big: NamedValue) -> bool:
    """Whether `big`'s name is a larger place the run puts `small` in (`NamedValue.within`:
    "Velm in Karskia" puts "Velm" in "Karskia")."""
    words = set(big.key.split())
    return any(words <= set(w.split()) for w in small.within)


def _route_ends(claims: Sequence[Claim], places: Sequence[Claim]) -> Iterator[Claim]:
    """The ends of journeys (route claims) that a place claim of another source of the run
    names, as places of their own source where no place claim of its names them: "flights
    to and from Velm Airport were suspended" in one source and "drones struck at Velm
    Airport" in another name one place (of the role the run's place claims give it most,
    `NamedValue.bare`: it meets the place of any role and disagrees with none)."""
    roles: dict[str, dict[str, int]] = {}
    named_by: dict[str, set[str]] = {}
    for claim in places:
        value = named(claim)
        named_by.setdefault(value.key, set()).add(claim.source_id)
        counts = roles.setdefault(value.key, {})
        counts[value.role] = counts.get(value.role, 0) + 1
    for claim in claims:
        if claim.kind != "route":
            continue
        value = named(claim)
        others = named_by.get(value.key, set())
        at = claim.quote.find(value.name)
        if not others - {claim.source_id} or claim.source_id in others or at < 0:
            continue
        counts = roles[value.key]
        role = min(counts, key=lambda r: (-counts[r], r))
        start = claim.start + at
        mention = Mention(
            source_id=claim.source_id,
            kind="place",
            quote=value.name,
            start=start,
            end=start + len(value.name),
            sentence=claim.sentence,
            sentence_start=0,
            detail=NamedMention(role=role, name=value.name),
        )
        yield role_claim(
            mention, "place", NamedValue(role=role, name=value.name, key=value.key, bare=True)
        )


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
            abbreviated(named),
        )
        self.unique = frozenset(c.role for c in rules.named.place.cue if c.unique)
        # the nouns of a kind of place as they stand in a key ("islands": "island")
        self.place_nouns = frozenset(self.forms.of(fold(n)) for n in named.place.nouns)
        # the joiners of a place's name ("Bari Region of Puntland"), as keys write them
        self.place_joiners = frozenset(fold(j) for j in named.place.name_joiners)

    infers: ClassVar[bool] = True

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def infer(self, claims: Sequence[Claim], sources: Sequence[Source]) -> Sequence[Claim]:
        """The larger places that sources write after a comma ("Luzon, Philippines") as
        claims of their own, where another source of the run names that place (alone or
        after a comma of its own): the two sources agree on the story's country or region
        whatever smaller places they name first; or where another source writes that
        place's name bare (it is read as that place, `kinds/thing/recur.py`, and meets the
        larger place here); and the journeys' ends another source names as places
        (`_route_ends`). In source order, then position."""
        own = [c for c in claims if c.kind == "place"]
        parts = {c.id: list(self._larger_parts(c)) for c in own}
        named_by: dict[str, set[str]] = {}
        for claim in own:
            named_by.setdefault(named(claim).key, set()).add(claim.source_id)
            for _, _, key in parts[claim.id]:
                named_by.setdefault(key, set()).add(claim.source_id)
        self._written_bare(own, parts, named_by, sources)
        taken = {(c.source_id, c.start, c.end) for c in own}
        order = {source.id: n for n, source in enumerate(sources)}
        found: dict[str, Claim] = {}
        for claim in own:
            for start, end, key in parts[claim.id]:
                if not named_by.get(key, set()) - {claim.source_id}:
                    continue  # no other source names it: nothing to agree on
                if (claim.source_id, start, end) in taken:
                    continue
                larger = self._larger_claim(claim, start, end, key)
                found.setdefault(larger.id, larger)
        for end_claim in _route_ends(claims, own):
            found.setdefault(end_claim.id, end_claim)
        return sorted(found.values(), key=lambda c: (order.get(c.source_id, len(order)), c.start))

    def _written_bare(
        self,
        own: Sequence[Claim],
        parts: Mapping[str, Sequence[tuple[int, int, str]]],
        named_by: dict[str, set[str]],
        sources: Sequence[Source],
    ) -> None:
        """Adds to `named_by` the sources that write a larger place's name, as written
        after a comma, in their text proper (past front matter and page furniture) where no
        claim of theirs names it: one pattern scanning each source once, for the names no
        other source's claim names."""
        text_of = {source.id: source.text for source in sources}
        names: dict[str, str] = {}  # a larger place's name as written -> its key
        for claim in own:
            for start, end, key in parts[claim.id]:
                if not named_by.get(key, set()) - {claim.source_id}:
                    written = text_of.get(claim.source_id, "")[start:end]
                    if written:
                        names.setdefault(written, key)
        if not names:
            return
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        pattern = re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'-])")
        for source in sources:
            for match in pattern.finditer(source.text, source.body_start):
                if not any(s <= match.start() < e for s, e in source.excluded):
                    named_by.setdefault(names[match.group(0)], set()).add(source.id)

    def _larger_parts(self, claim: Claim) -> Iterator[tuple[int, int, str]]:
        """The larger places a claim's name gives after its commas: their offsets in the
        source and keys ("Lake Kariba, Zimbabwe": "Zimbabwe" and "zimbabwe")."""
        value = named(claim)
        if not value.head or value.larger:
            return
        at = claim.quote.find(value.name)
        if at < 0:
            return
        apply = self.context.aliases.apply
        for n, part in enumerate(_PART.finditer(value.name)):
            capital = _CAPITAL.search(part.group(0))
            if n == 0 or capital is None:
                continue
            text = part.group(0)[capital.start() :].rstrip()
            key = name_key(text, apply, self.forms)
            if key:
                start = claim.start + at + part.start() + capital.start()
                yield start, start + len(text), key

    def _larger_claim(self, claim: Claim, start: int, end: int, key: str) -> Claim:
        """The claim of the larger place at `[start, end)` of the source of `claim`."""
        value = named(claim)
        at = start - claim.start
        text = claim.quote[at : at + end - start]
        mention = Mention(
            source_id=claim.source_id,
            kind=claim.kind,
            quote=text,
            start=start,
            end=end,
            sentence=claim.sentence,
            sentence_start=0,
            detail=NamedMention(role=value.role, name=text),
        )
        detail = NamedValue(role=value.role, name=text, key=key, larger=True)
        return replace(
            claim,
            id=claim_id(mention),
            quote=text,
            start=start,
            end=end,
            context=Context(subject=value.role),
            detail=detail,
        )

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
        va, vb = named(a), named(b)
        if va.larger != vb.larger and a.source_id != b.source_id and self._put_in(va, vb):
            # a larger place read after a comma meets that place as others name it, not
            # the smaller places they put in it: "Ruritania" of "Karsk, Ruritania" is kept
            # from "Velm, Ruritania" (whose own "Ruritania" it meets)
            return PairDecision(0.0, (), NamedApart(va.role, va.name, vb.name, False))
        if (va.bare or vb.bare) and not (self._names_bare(va, vb) or self._names_bare(vb, va)):
            # a place written bare is the place the run names so, not one whose name holds
            # it: "Karsk" meets "Karsk", "Karsk, Ruritania", "Velm, Karsk", "Karsk province"
            # and a place its source puts in Karsk, not "Karsk Mall"
            return PairDecision(0.0, (), NamedApart(va.role, va.name, vb.name, False))
        decision = super().decide(a, b, fa, fb)
        if decision.score > 0 and (named(a).opening or named(b).opening):
            # a place read from the opening sentence alone joins after those a cue names:
            # the source's own cue-read place of the event is the better partner
            return replace(decision, score=decision.score * self.rules.matching.lede_weight)
        return decision

    def _names_bare(self, bare: NamedValue, other: NamedValue) -> bool:
        """Whether `bare`, a place written bare, is `other`'s place as named: its name, its
        name before a comma, a larger place after one; a place the run puts in the other
        or the other in ("Velm in Karsk", either way round); or its name with a noun of a
        kind of place ("Karsk province", "the Karsk region"; a word the language's stem
        endings make of it: "Karskian province")."""
        if not bare.bare:
            return False
        apply = self.context.aliases.apply
        parts = {name_key(p, apply, self.forms) for p in other.name.split(",")[1:]}
        if bare.key in {other.key, other.head, *parts}:
            return True
        if _put_in(bare, other) or _put_in(other, bare):
            return True
        if any(self._of_larger(bare.key, name) for name in (other.key, other.head) if name):
            return True
        plain = self._plain(bare.key)
        return any(
            len(p.split()) == len(plain.split()) and relation(plain, p, self.forms) != "different"
            for p in {self._plain(other.key), self._plain(other.head)}
            if plain and p
        )

    def _of_larger(self, key: str, other: str) -> bool:
        """Whether the name key `other` is `key`, a place's name ending in a noun of a kind
        of place, then a joiner and the larger place it is in: "bari region of puntland" is
        the Bari Region in Puntland (`before_joiner`)."""
        return before_joiner(other, self.place_nouns, self.place_joiners) == key

    def _plain(self, key: str) -> str:
        """A name key without the nouns of a kind of place that end it: "karsk province"
        is "karsk"; a key of such nouns alone is left whole."""
        return without_nouns(key, self.place_nouns) or key

    def _put_in(self, a: NamedValue, b: NamedValue) -> bool:
        """Whether the one of two values that is not `larger` is a smaller place its
        source puts in the other: "Velm, Ruritania" and "Ruritania" (not "Ruritania,
        Lendia": the place itself, with a larger place of its own)."""
        larger, other = (a, b) if a.larger else (b, a)
        return (
            bool(other.head)
            and relation(larger.key, other.head, self.forms) == "different"
            and value_relation(larger, other, self.forms) == "within"
        )

    def shown_role(self, values: Sequence[NamedValue]) -> str:
        # "battered Isla Verde" and "landfall on Isla Verde": shown as the landfall
        unique = sorted(v.role for v in values if v.role in self.unique)
        return unique[0] if unique else values[0].role

    def block_role(self, role: str) -> str:
        return ""  # places of every role meet: "crashed in X" and "the crash site, X"

    def roles_meet(self, a: NamedValue, b: NamedValue) -> bool:
        # Two roles a story has once each (a landfall and an epicentre) are two facts; the
        # larger place of either is the story's (`NamedValue.larger`).
        return (
            a.role == b.role
            or a.larger
            or b.larger
            or a.bare
            or b.bare
            or not (a.role in self.unique and b.role in self.unique)
        )

    def one_per_story(self, a: NamedValue, b: NamedValue) -> bool:
        # (a larger place read after a comma disagrees with no smaller place another names)
        return (
            a.role == b.role
            and a.role in self.unique
            and not (a.larger or b.larger or a.bare or b.bare)
        )
