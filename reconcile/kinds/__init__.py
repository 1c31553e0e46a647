"""Claim kinds, one folder each, and the table the stages loop over.

A kind implements `reconcile.kinds.base.Kind`: find, normalize, block key, pair decision,
verdict, label and render fragment. `KINDS` lists them; `kind_of` answers for a claim's
JSON `kind` without building anything (what a claim means, whether it is numeric), and
`Kinds.build(rules)` compiles every kind once per run and language, from that language's
`Lexicon`. No stage asks for a kind by name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import field

from reconcile.context import ContextReader
from reconcile.kinds.base import Kind
from reconcile.kinds.date.kind import DateKind
from reconcile.kinds.event.kind import EventKind
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.place.kind import PlaceKind
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.kinds.route.kind import RouteKind
from reconcile.kinds.source.kind import StatingKind
from reconcile.kinds.thing.kind import ThingKind
from reconcile.lexicon import Lexicon, compile_lexicon, compiled
from reconcile.models import Claim, Source
from reconcile.records import record
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence, iter_sentences

# The table of kinds, in the order their mentions are looked for in a sentence.
KINDS: tuple[type[Kind], ...] = (
    QuantityKind,
    OfficeKind,
    EventKind,
    PlaceKind,
    DateKind,
    ThingKind,
    RouteKind,
    StatingKind,
)


_index: tuple[tuple[type[Kind], ...], dict[str, type[Kind]]] = ((), {})


def kind_of(claim_kind: str) -> type[Kind]:
    """The kind whose claims carry this JSON `kind` ("count" is a quantity)."""
    global _index
    table, by_claim_kind = _index
    if table is not KINDS:  # the table is read as it stands (a test may add a kind)
        by_claim_kind = {k: kind for kind in KINDS for k in kind.claim_kinds}
        _index = (KINDS, by_claim_kind)
    return by_claim_kind[claim_kind]


def is_numeric(claim: Claim) -> bool:
    """Whether a claim states a number with an interval (asked of its kind, not its name)."""
    return kind_of(claim.kind).numeric


def means(claim: Claim) -> str:
    """What a claim means, as one short text: its interval, or what it names."""
    return kind_of(claim.kind).means(claim)


@record
class LanguageKinds:
    """Every kind compiled with one language's lexicon, and the context reader they share."""

    lexicon: Lexicon
    context: ContextReader
    kinds: tuple[Kind, ...]
    by_claim_kind: Mapping[str, Kind]

    @classmethod
    def build(cls, lexicon: Lexicon) -> LanguageKinds:
        """Compile the context reader and every kind of the table for one lexicon."""
        context = ContextReader(lexicon)
        kinds = tuple(kind(lexicon, context) for kind in KINDS)
        by_claim_kind = {k: kind for kind in kinds for k in kind.claim_kinds}
        return cls(lexicon, context, kinds, by_claim_kind)

    def warm(self) -> None:
        """Compile now what is otherwise compiled the first time a source needs it (the
        concept frames' patterns, the non-claim patterns of common first characters): done
        before the kinds are kept on disk, so that runs reading them back pay for none."""
        self.lexicon.frames.warm()
        self.lexicon.nonclaims.warm()

    def sentences(self, source: Source) -> list[Sentence]:
        """The sentences of a source in this language."""
        return list(self.each_sentence(source))

    def each_sentence(self, source: Source) -> Iterator[Sentence]:
        """The sentences of a source in this language, one at a time as it is read."""
        return iter_sentences(source, self.lexicon.abbreviations, self.lexicon.sentence_ends)

    @property
    def rules(self) -> RuleSet:
        """The rules of this language (the neutral layer with the language's over it)."""
        return self.lexicon.rules

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.kinds)

    def of(self, claim: Claim) -> Kind:
        """The compiled kind of a claim."""
        return self.by_claim_kind[claim.kind]


@record
class Kinds:
    """The kinds of one run, per language: each language's lexicon is compiled the first
    time a source in it is read, once per run, and handed to the stages in this value."""

    rules: RuleSet
    _built: dict[str, LanguageKinds] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, rules: RuleSet, compiled: Mapping[str, LanguageKinds] | None = None) -> Kinds:
        """The kinds of a run with these rules; nothing is compiled until a stage asks for a
        language (a run whose claims all come from the cache compiles none). `compiled` gives
        languages compiled already from these rules, by code (`compiled_languages` of another
        process's kinds): they are not compiled again."""
        kinds = cls(rules)
        kinds._built.update(compiled or {})
        return kinds

    def compiled_languages(self) -> dict[str, LanguageKinds]:
        """The languages compiled so far, by every code they were asked for by."""
        return dict(self._built)

    def language(self, code: str | None) -> LanguageKinds:
        """The kinds of a language (the rules' default language when it has no rules)."""
        found = self._built.get(code or self.rules.language)
        if found is None:
            own = self.rules.for_language(code or self.rules.language).language
            found = self._built.get(own)
            if found is None:
                found = self._built[own] = compiled(
                    self.rules,
                    own,
                    LanguageKinds,
                    lambda: LanguageKinds.build(compile_lexicon(self.rules, own)),
                    LanguageKinds.warm,
                )
            self._built[code or self.rules.language] = found
        return found

    def infer(self, claims: tuple[Claim, ...], sources: Sequence[Source]) -> tuple[Claim, ...]:
        """The run's claims with those its kinds infer across sources (`Kind.infer`), asked
        language by language (no claim is inferred across two languages); each source's
        inferred claims follow its own, and a claim a kind gives again under its own id (what
        the run tells of it, `Kind.infer`) takes its place. The claims unchanged when no kind
        infers any. Every compiled kind first forgets the last run (`Kind.start_run`)."""
        # (each run starts clean: what a kind kept of the last run is not this one's)
        for language in {id(k): k for k in self._built.values()}.values():
            for kind in language:
                kind.start_run()
        inferring = {
            k
            for kind in KINDS
            if kind.infers and (kind.infers_one_source or len(sources) > 1)
            for k in kind.claim_kinds
        }
        # (a kind that infers from the sources' text alone is asked whatever claims they
        # hold, in a language of two sources or more: one source has no other to read it by,
        # and a run of one source compiles no language for it, `check` of a cached source)
        alone = len(sources) > 1 and any(kind.infers and kind.infers_alone for kind in KINDS)
        if not inferring or not (alone or any(c.kind in inferring for c in claims)):
            return claims
        by_language: dict[str, list[Source]] = {}
        for source in sources:
            own = self.rules.for_language(source.language or self.rules.language).language
            by_language.setdefault(own, []).append(source)
        of_source: dict[str, list[Claim]] = {}
        for claim in claims:
            of_source.setdefault(claim.source_id, []).append(claim)
        inferred: dict[str, list[Claim]] = {}
        given = {claim.id for claim in claims}
        retold: dict[str, Claim] = {}  # a claim given, as the run tells it (by id)
        for code in sorted(by_language):
            group = by_language[code]
            held = [c for s in group for c in of_source.get(s.id, ())]
            if not ((alone and len(group) > 1) or any(c.kind in inferring for c in held)):
                continue
            for kind in self.language(code):
                if type(kind).infers and (kind.infers_one_source or len(group) > 1):
                    for claim in kind.infer(held, group):
                        if claim.id in given:
                            retold[claim.id] = claim
                        else:
                            inferred.setdefault(claim.source_id, []).append(claim)
        if not inferred and not retold:
            return claims
        order = list(dict.fromkeys([*(s.id for s in sources), *of_source]))
        return tuple(
            retold.get(c.id, c)
            for s in order
            for c in (*of_source.get(s, ()), *inferred.get(s, ()))
        )

    @property
    def default(self) -> LanguageKinds:
        """The kinds of the rules' default language."""
        return self.language(self.rules.language)


__all__ = ["KINDS", "Kind", "Kinds", "LanguageKinds", "is_numeric", "kind_of", "means"]
