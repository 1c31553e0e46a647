"""A lexicon is compiled from one language's layer of the rules and handed on as a value."""

from __future__ import annotations

import dataclasses

import pytest

from reconcile.lexicon import compile_lexicon
from reconcile.rules import RuleSet


def test_english_lexicon_holds_the_words_of_the_english_layer(rules: RuleSet) -> None:
    lexicon = compile_lexicon(rules, "en")
    assert lexicon.language == "en"
    assert lexicon.noun_class("Soldiers") == "military personnel"
    assert lexicon.numbers.scales["million"] == 1e6
    assert "mr." in {a.lower() for a in lexicon.abbreviations}
    assert lexicon.calendar.pattern.search("on 12 January 2022").group(0) == "12 January 2022"
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.language = "de"


def test_an_unknown_language_gets_the_default_rules(rules: RuleSet) -> None:
    assert compile_lexicon(rules, "xx").language == "en"


def test_two_compilations_are_two_values(rules: RuleSet) -> None:
    assert compile_lexicon(rules, "en") is not compile_lexicon(rules, "en")
