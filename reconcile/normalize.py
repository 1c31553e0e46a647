"""Normalize: turn `Mention`s into `Claim`s with intervals, canonical units, names and context.

One pint `UnitRegistry` serves the whole program, extended with the rules' definitions file.
Qualifiers become intervals with tolerances from rules; currencies keep their ISO code and
are never converted; office holders get a canonical person name; each claim gets its context
(subject, place, time anchor, attribution) read from its sentence.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Any

import pint

from reconcile.models import Claim, Context, Interval, Mention, Source
from reconcile.names import display_name
from reconcile.numbers import grammar
from reconcile.rules import RuleSet


def normalize(mentions: tuple[Mention, ...], source: Source, rules: RuleSet) -> tuple[Claim, ...]:
    """Claims for the mentions of one source, in text order."""
    claims = [normalize_mention(m, source, rules) for m in mentions]
    return tuple(c for c in claims if c is not None)


def claim_id(mention: Mention) -> str:
    """A stable id: the same source text and span always give the same id."""
    key = f"{mention.source_id}:{mention.start}:{mention.end}:{mention.kind}"
    return "C" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def normalize_mention(mention: Mention, source: Source, rules: RuleSet) -> Claim | None:
    """One claim, or None when the mention cannot be read as a claim."""
    if mention.kind == "office":
        return _office_claim(mention, source, rules)
    if not mention.values:
        return None
    unit, dimension, factor = _canonical_unit(mention, rules)
    if unit is None:
        return None
    values = tuple(v * factor for v in mention.values)
    interval = to_interval(mention.qualifier, values, rules.tolerance(mention.kind))
    noun = mention.noun_text or None
    noun_class = grammar(rules).noun_classes.get(noun.lower(), noun.lower()) if noun else None
    if noun and mention.kind != "count":
        noun_class = grammar(rules).measured.get(noun.lower(), noun.lower())
    return Claim(
        id=claim_id(mention),
        source_id=mention.source_id,
        kind=mention.kind,
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        sentence=mention.sentence,
        value=mention.values[0],
        value_high=mention.values[1] if len(mention.values) > 1 else None,
        qualifier=mention.qualifier,
        interval=interval,
        unit=unit,
        dimension=dimension,
        counted_noun=noun,
        noun_class=noun_class,
        change=mention.change,
        context=read_context(mention, rules, subject=noun_class),
    )


def to_interval(qualifier: str, values: tuple[float, ...], tolerance: Any) -> Interval:
    """The interval a qualified number means (DESIGN.md, 'What a claim means')."""
    v = values[0]
    if qualifier in ("range", "vague"):
        high = values[-1]
        return Interval(min(v, high), max(v, high), True, qualifier == "range")
    if qualifier == "about":
        t = tolerance.about
        return Interval(v * (1 - t), v * (1 + t))
    if qualifier == "nearly":
        return Interval(v * (1 - tolerance.nearly), v, True, False)
    if qualifier == "over":
        return Interval(v, None, False, False)
    if qualifier == "at_least":
        return Interval(v, None, True, False)
    if qualifier == "under":
        return Interval(0.0, v, True, False)
    if qualifier == "up_to":
        return Interval(0.0, v)
    t = tolerance.exact
    return Interval(v * (1 - t), v * (1 + t))


@cache
def unit_registry(definitions: str) -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The program's one unit registry, extended with the rules' definitions."""
    registry: pint.UnitRegistry = pint.UnitRegistry()  # type: ignore[type-arg]
    for line in definitions.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            registry.define(line)
    return registry


def _canonical_unit(mention: Mention, rules: RuleSet) -> tuple[str | None, str, float]:
    """(canonical unit, dimension, factor to multiply values by)."""
    per = mention.per_text.split()[-1] if mention.per_text else ""
    if mention.kind == "money":
        code = mention.unit_text
        if per:
            return f"{code}/{_unit_name(per, rules)}", f"currency:{code}/[time]", 1.0
        return code, f"currency:{code}", 1.0
    if mention.kind == "percent":
        return mention.unit_text, mention.unit_text, 1.0
    if mention.kind == "count":
        if per:
            return f"count/{_unit_name(per, rules)}", "count/[time]", 1.0
        return "count", "count", 1.0
    registry = unit_registry(rules.unit_definitions)
    expression = rules.units.aliases.get(mention.unit_text) or rules.units.aliases.get(
        mention.unit_text.lower()
    )
    if expression is None:
        return None, "", 1.0
    if per:
        expression = f"({expression}) / ({_unit_name(per, rules)})"
    try:
        quantity = registry.Quantity(1.0, registry.parse_units(expression))
        if (
            quantity.units == registry.degree_Celsius
            or quantity.units == registry.degree_Fahrenheit
        ):
            # Offset units cannot be scaled; keep temperatures in degrees Celsius.
            factor_of: float | None = None
            base = registry.Quantity(1.0, registry.degree_Celsius)
            unit = "degree_Celsius"
            return unit, str(base.dimensionality), factor_of or 1.0
        base_quantity = quantity.to_base_units()
    except (pint.errors.PintError, ValueError, TypeError):
        return None, "", 1.0
    return (
        str(base_quantity.units),
        str(base_quantity.dimensionality),
        float(base_quantity.magnitude),
    )


def _unit_name(word: str, rules: RuleSet) -> str:
    return rules.units.aliases.get(word) or rules.units.aliases.get(word.lower()) or word


def _office_claim(mention: Mention, source: Source, rules: RuleSet) -> Claim:
    from reconcile.names import person_key

    label = next(o.label for o in rules.offices.office if o.key == mention.office_key)
    return Claim(
        id=claim_id(mention),
        source_id=mention.source_id,
        kind="office",
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        sentence=mention.sentence,
        value=None,
        qualifier="exact",
        interval=Interval(None, None, False, False),
        unit="",
        dimension=f"office:{mention.office_key}",
        counted_noun=None,
        noun_class=label,
        change=None,
        context=Context(subject=label),
        entity=person_key(mention.person_text, rules),
        entity_text=display_name(mention.person_text, rules),
    )


@cache
def _context_res(rules: RuleSet) -> tuple[tuple[re.Pattern[str], ...], ...]:
    c = rules.context
    return (
        tuple(re.compile(p) for p in c.attribution),
        tuple(re.compile(p) for p in c.location),
        tuple(re.compile(p) for p in c.time),
        (
            re.compile(
                r"\s*,?\s*(?:"
                + "|".join(re.escape(w) for w in c.scope_words)
                + r")\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
            ),
        )
        if c.scope_words
        else (),
    )


def read_context(mention: Mention, rules: RuleSet, subject: str | None) -> Context:
    """Attribution, place and time anchor of a claim, read from its sentence."""
    attribution_res, location_res, time_res, scope_res = _context_res(rules)
    text = mention.sentence
    at = mention.start - mention.sentence_start
    end = mention.end - mention.sentence_start
    attribution = _nearest(text, attribution_res, "who", at, end, after_only=False)
    location = _nearest(text, location_res, "where", at, end, after_only=True, span=True)
    where = None
    if location is not None:
        where_text, where_end = location
        if scope_res:
            scope = scope_res[0].match(text, where_end)
            if scope:
                where_text = where_text + text[where_end : scope.end()]
        where = where_text
    when = _nearest(text, time_res, "when", at, end, after_only=False)
    return Context(
        subject=subject,
        location=where,
        time=when if isinstance(when, str) else None,
        attribution=attribution if isinstance(attribution, str) else None,
    )


def _nearest(
    text: str,
    patterns: tuple[re.Pattern[str], ...],
    group: str,
    at: int,
    end: int,
    *,
    after_only: bool,
    span: bool = False,
) -> Any:
    best: tuple[int, str, int] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, stop = m.span(group)
            if start < end and stop > at:
                continue  # inside the claim itself
            if after_only and start < end:
                continue
            if after_only or start >= end:
                gap = text[end:start] if start >= end else text[stop:at]
                if re.search(r"[,;:()]|\b(?:which|who|where|while|but)\b", gap):
                    continue  # another clause: its place or time is not this claim's
            distance = start - end if start >= end else at - stop + 1000
            if best is None or distance < best[0]:
                best = (distance, m.group(group).strip(), stop)
    if best is None:
        return None
    return (best[1], best[2]) if span else best[1]
