"""Quantity mentions: numbers with their qualifier, unit or currency, change and counted noun."""

from __future__ import annotations

import re
from functools import cache

from reconcile.extract.sentences import Sentence
from reconcile.models import ClaimKind, Mention, Qualifier, Source
from reconcile.numbers import NumberGrammar, ParsedNumber, grammar
from reconcile.rules import RuleSet


def find_quantities(source: Source, sentence: Sentence, rules: RuleSet) -> list[Mention]:
    """Quantity mentions in one sentence."""
    g = grammar(rules)
    blocked = _nonclaim_spans(sentence.text, rules)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for number in g.numbers(sentence.text):
        if any(a <= number.start and number.end <= b for a, b in blocked):
            continue
        if any(a < number.end and number.start < b for a, b in taken):
            continue
        mention = _quantity_mention(source, sentence, number, g)
        if mention is not None:
            found.append(mention)
            taken.append((mention.start - sentence.start, mention.end - sentence.start))
    return found


@cache
def _nonclaim_res(rules: RuleSet) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules.nonclaims.patterns)


def _nonclaim_spans(text: str, rules: RuleSet) -> list[tuple[int, int]]:
    return [m.span() for pattern in _nonclaim_res(rules) for m in pattern.finditer(text)]


def _quantity_mention(
    source: Source, sentence: Sentence, number: ParsedNumber, g: NumberGrammar
) -> Mention | None:
    text = sentence.text
    left = number.start
    qualifier: Qualifier = number.qualifier
    qualifier_text = number.qualifier_text
    change_text = ""
    change = None
    currency_symbol = ""
    before = g.currency_before(text, left)
    if before is not None:
        currency_symbol, left = before
    if qualifier == "exact":
        q = g.qualifier_before(text, left)
        if q is not None:
            qualifier, qualifier_text, left = q
    c = g.change_before(text, left)
    if c is not None:
        change, change_text, left = c
    after = g.after_number(text, number.end, has_currency=bool(currency_symbol))
    values = number.values
    currency = currency_symbol or after.currency
    unit_text = currency or after.unit
    kind: ClaimKind = "count"
    if currency:
        kind = "money"
    elif after.percent:
        kind = "percent"
    elif after.unit:
        kind = "measure"
    end = max(number.end, after.end)
    start_offset = sentence.start
    return Mention(
        source_id=source.id,
        kind=kind,
        quote=text[left:end],
        start=start_offset + left,
        end=start_offset + end,
        sentence=text,
        sentence_start=sentence.start,
        values=values,
        qualifier=qualifier,
        number_text=text[number.start : number.end],
        qualifier_text=qualifier_text,
        unit_text=unit_text if not after.percent else after.percent,
        noun_text=after.noun,
        change_text=change_text,
        change=change,
        per_text=after.per,
    )
