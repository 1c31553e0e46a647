"""Words and counts of the named kinds read from rules, not code: the coordinator that joins a
second place to the event's ("in Karsk and the Tarvin Islands"), the context words two
different names must share to conflict, and the word after an office's title that makes a
date the start of a tenure ("the airline's CEO since 2021"). Sentences written for these
tests; sentence in, claims out."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reconcile.api import claims_of
from reconcile.kinds import Kinds, LanguageKinds
from reconcile.kinds.named import NamedValue
from reconcile.lexicon import compile_lexicon
from reconcile.models import PairDecision, Source
from reconcile.reasons import DifferentNamed, NamedApart
from reconcile.rules import RuleSet


def _kinds(rules: RuleSet, **named: Any) -> Kinds:
    """The kinds, with these keys of English `named.toml` (a table's: `place__coordinators`)."""
    lexicon = compile_lexicon(rules, "en")
    rules_named = lexicon.rules.named
    for key, value in named.items():
        if "__" in key:
            table, field = key.split("__")
            rules_named = replace(
                rules_named, **{table: replace(getattr(rules_named, table), **{field: value})}
            )
        else:
            rules_named = replace(rules_named, **{key: value})
    changed = replace(lexicon.rules, named=rules_named)
    return Kinds.build(changed, {"en": LanguageKinds.build(replace(lexicon, rules=changed))})


def _named(kinds: Kinds, text: str, kind: str) -> list[str]:
    """The quotes of the claims of `kind` of one source."""
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    return [c.quote for c in claims_of([source], kinds) if c.kind == kind]


PLACES = "Floods killed nine people in Karsk and the Tarvin Islands. Storms battered Ulm or Doran."


def test_the_words_that_join_a_second_place_are_rules(rules: RuleSet) -> None:
    # bundled: "and", an article between or none
    assert _named(_kinds(rules), PLACES, "place") == ["in Karsk", "Tarvin Islands", "battered Ulm"]
    # none: the second place is named in passing
    assert _named(_kinds(rules, place__coordinators=()), PLACES, "place") == [
        "in Karsk",
        "battered Ulm",
    ]
    # another word joins instead
    assert _named(_kinds(rules, place__coordinators=("or",)), PLACES, "place") == [
        "in Karsk",
        "battered Ulm",
        "Doran",
    ]


def _crash_sites(kinds: Kinds) -> PairDecision:
    """How two sources' different crash sites are decided (one site per source)."""
    a = Source(id="A", path="a.txt", text="The airliner crashed near Karsk, killing nine people.")
    b = Source(id="B", path="b.txt", text="The airliner crashed near Tarvin, killing nine people.")
    found = [c for c in claims_of([a, b], kinds) if c.kind == "place"]
    assert [c.detail.name for c in found if isinstance(c.detail, NamedValue)] == ["Karsk", "Tarvin"]
    language = kinds.language("en")
    fa, fb = (language.context.features(c) for c in found)
    return language.of(found[0]).decide(found[0], found[1], fa, fb)


def test_the_words_two_different_names_must_share_to_conflict_are_a_rule(rules: RuleSet) -> None:
    # bundled (two): "airliner", "killing", "nine", ... are shared: a conflict of one site
    bundled = _crash_sites(_kinds(rules))
    assert bundled.veto is None
    assert [type(r) for r in bundled.reasons] == [DifferentNamed]
    # more than the sentences share: two events, kept apart
    strict = _crash_sites(_kinds(rules, conflict_shared_words=50))
    assert strict.reasons == ()
    assert isinstance(strict.veto, NamedApart)


def test_a_date_after_an_office_title_and_since_is_a_tenure_not_the_event(kinds: Kinds) -> None:
    text = (
        "The jet crashed near Karsk on Monday. Martin Ek, the airline's CEO since 2021, visited"
        " the scene. The governor since January said flags would fly at half-mast. Floods have"
        " hit Tarvin since 2021."
    )
    source = Source(id="S1", path="a.txt", text=text, published="2024-03-14")
    dates = [
        (c.quote, c.detail.key)
        for c in claims_of([source], kinds)
        if c.kind == "date" and isinstance(c.detail, NamedValue)
    ]
    # the year and month of a tenure are no claims; "since 2021" of the floods is one
    assert dates == [("Monday", "2024-03-11"), ("2021", "2021")]
    (floods,) = [c for c in claims_of([source], kinds) if c.kind == "date" and c.quote == "2021"]
    assert floods.start > text.index("Floods")  # the floods' year, not the CEO's


def test_without_the_tenure_word_the_year_of_a_title_is_read(rules: RuleSet) -> None:
    text = "Martin Ek, the airline's CEO since 2021, visited the scene."
    assert _named(_kinds(rules), text, "date") == []
    assert _named(_kinds(rules, date__tenure=()), text, "date") == ["2021"]
