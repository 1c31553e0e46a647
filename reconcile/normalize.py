"""Normalize: turn `Mention`s into `Claim`s with intervals, canonical units, names and context.

One pint `UnitRegistry` serves the whole program, extended with the rules' definitions file.
Qualifiers become intervals with tolerances from rules; currencies keep their ISO code and
are never converted; office holders get a canonical person name; each claim gets its context
(subject, place, time anchor, attribution) read from its sentence.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from typing import Any

import pint

from reconcile.errors import Problem, RulesError
from reconcile.models import Claim, Context, Interval, Mention, Source
from reconcile.names import alias_table, display_name, person_key
from reconcile.numbers import first_char_scanner, grammar, scan
from reconcile.rules import DEFINITIONS_MARK, RuleSet


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
        return _office_claim(mention, rules)
    if mention.kind == "event":
        return _event_claim(mention, rules)
    if not mention.values:
        return None
    unit, dimension, factor, stated = _canonical_unit(mention, rules)
    if unit is None:
        return None
    values = tuple(v * factor for v in mention.values)
    interval = to_interval(mention.qualifier, values, _tolerance(rules, mention.kind))
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
        stated_unit=stated,
    )


@cache
def _tolerance(rules: RuleSet, kind: str) -> Any:
    """The tolerances of a claim kind (read once per rule set and kind)."""
    return rules.tolerance(kind)


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
    shown, number = "units definitions", 0
    for raw in definitions.splitlines():
        number += 1
        if raw.startswith(DEFINITIONS_MARK):
            shown, number = raw.removeprefix(DEFINITIONS_MARK), 0
            continue
        line = raw.strip()
        if line and not line.startswith("#"):
            try:
                registry.define(line)
            except Exception as error:
                message = f"pint cannot read this definition ({type(error).__name__}: {error})"
                raise RulesError([Problem(shown, number, message)]) from None
    return registry


def _canonical_unit(mention: Mention, rules: RuleSet) -> tuple[str | None, str, float, str]:
    """(canonical unit, dimension, factor to multiply values by, unit as stated)."""
    return _canonical_unit_of(mention.kind, mention.unit_text, mention.per_text, rules)


@lru_cache(maxsize=4096)
def _canonical_unit_of(
    kind: str, unit_text: str, per_text: str, rules: RuleSet
) -> tuple[str | None, str, float, str]:
    per_unit = _per_unit(per_text, rules)
    rate = f" / {per_unit}" if per_unit else ""
    per_dimension = "/" + _dimension_of(per_unit, rules) if per_unit else ""
    if kind == "money":
        code = unit_text
        return code + rate, f"currency:{code}{per_dimension}", 1.0, code + rate
    if kind == "percent":
        if unit_text == "basis_point":
            return "percentage_point", "percentage_point", 0.01, "basis_point"
        return unit_text, unit_text, 1.0, unit_text
    if kind == "count":
        return "count" + rate, "count" + per_dimension, 1.0, "count" + rate
    registry = unit_registry(rules.unit_definitions)
    expression = rules.units.aliases.get(unit_text) or rules.units.aliases.get(unit_text.lower())
    if expression is None:
        return None, "", 1.0, ""
    if per_unit:
        expression = f"({expression}) / ({per_unit})"
    try:
        units = registry.parse_units(expression)
        stated = str(units)
        if units in (registry.degree_Celsius, registry.degree_Fahrenheit):
            # Offset units cannot be scaled; keep temperatures in the degrees stated.
            return stated, f"[temperature:{stated}]", 1.0, stated
        base_quantity = registry.Quantity(1.0, units).to_base_units()
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return None, "", 1.0, ""
    return (
        str(base_quantity.units),
        str(base_quantity.dimensionality),
        float(base_quantity.magnitude),
        stated,
    )


def _per_unit(per_text: str, rules: RuleSet) -> str:
    """The pint unit of a rate as written ('a day' -> 'day'), or ''."""
    if not per_text:
        return ""
    word = re.sub(r"^\S+\s+", "", per_text.strip())
    return _unit_name(word, rules)


@cache
def _dimension_cache(unit: str, definitions: str) -> str:
    registry = unit_registry(definitions)
    try:
        return str(registry.parse_units(unit).dimensionality)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return unit


def _dimension_of(unit: str, rules: RuleSet) -> str:
    return _dimension_cache(unit, rules.unit_definitions)


def _unit_name(word: str, rules: RuleSet) -> str:
    return rules.units.aliases.get(word) or rules.units.aliases.get(word.lower()) or word


def _named_claim(mention: Mention, **fields: Any) -> Claim:
    """A claim that names something (an office holder, an event) rather than a number."""
    return Claim(
        id=claim_id(mention),
        source_id=mention.source_id,
        kind=mention.kind,
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        sentence=mention.sentence,
        value=None,
        qualifier="exact",
        interval=Interval(None, None, False, False),
        unit="",
        change=None,
        **fields,
    )


def _event_claim(mention: Mention, rules: RuleSet) -> Claim:
    """An event claim: what happens, when (resolved date if known) and where."""
    when = mention.date or mention.date_text or ""
    where = mention.place_text
    return _named_claim(
        mention,
        dimension=f"event:{mention.event_class}",
        counted_noun=mention.event_text,
        noun_class=mention.event_class,
        context=Context(
            subject=mention.event_text, location=where or None, time=mention.date_text or None
        ),
        entity=f"{when}|{alias_table(rules).apply(where)}",
        entity_text=", ".join(p for p in (when, where) if p),
        date=mention.date,
    )


def _office_claim(mention: Mention, rules: RuleSet) -> Claim:
    """An office-holder claim: the office (rules key and label) and the person named."""
    label = next(o.label for o in rules.offices.office if o.key == mention.office_key)
    return _named_claim(
        mention,
        dimension=f"office:{mention.office_key}",
        counted_noun=None,
        noun_class=label,
        context=Context(subject=label),
        entity=person_key(mention.person_text, rules),
        entity_text=display_name(mention.person_text, rules),
    )


_WHO, _WHERE, _WHEN = 0, 1, 2  # the context fields, in the order of `_context_res`


_Field = tuple[tuple[re.Pattern[str], "re.Pattern[str] | None", tuple[str, ...]], ...]


@cache
def _context_res(rules: RuleSet) -> tuple[_Field, _Field, _Field, tuple[re.Pattern[str], ...]]:
    """Per context field (who, where, when): its patterns, each with its first-character
    scanner and its group names; then the scope patterns."""
    c = rules.context
    return (
        _combined(c.attribution, "who"),
        _combined(c.location, "where"),
        _combined(c.time, "when"),
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


def _combined(patterns: tuple[str, ...], group: str) -> _Field:
    """The patterns of one context field as one regex (one scan of the sentence); each
    pattern's group is renamed `<group><n>` so the alternatives keep their own names."""
    if not patterns:
        return ()
    renamed = [p.replace(f"(?P<{group}>", f"(?P<{group}{i}>") for i, p in enumerate(patterns)]
    text = "|".join(f"(?:{p})" for p in renamed)
    pattern = re.compile(text)
    names = tuple(n for n in pattern.groupindex if n.startswith(group))
    return ((pattern, first_char_scanner(text), names),)


def read_context(mention: Mention, rules: RuleSet, subject: str | None) -> Context:
    """Attribution, place and time anchor of a claim, read from its sentence."""
    scope_res = _context_res(rules)[3]
    text = mention.sentence
    at = mention.start - mention.sentence_start
    end = mention.end - mention.sentence_start
    # (no attribution spans where the sentence has no attribution cue: see `_spans`)
    attribution = _nearest(
        text, _spans(text, rules, _WHO), at, end, after_only=False, clause_bound=False
    )
    location = _nearest(
        text, _spans(text, rules, _WHERE), at, end, after_only=False, span=True, place=True
    )
    where = None
    if location is not None:
        where_text, where_end = location
        if scope_res:
            scope = scope_res[0].match(text, where_end)
            if scope:
                where_text = where_text + text[where_end : scope.end()]
        where = where_text
    when = _nearest(text, _spans(text, rules, _WHEN), at, end, after_only=False)
    return Context(
        subject=subject,
        location=where,
        time=when if isinstance(when, str) else None,
        attribution=attribution if isinstance(attribution, str) else None,
    )


@cache
def _cue_words(rules: RuleSet) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.context.attribution_cues)


def _may_attribute(text: str, rules: RuleSet) -> bool:
    cues = _cue_words(rules)
    return not cues or not cues.isdisjoint(grammar(rules).words_of(text))


_CLAUSE_GAP = re.compile(r"[,;:()]|\b(?:which|who|where|while|but)\b")
_OPENING = re.compile(r"[^\s\"“‘'(\[]")  # anything before a place but quotes: not its opening
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|but|whereas)\b")  # past it, an opening place ends


@lru_cache(maxsize=96)
def _spans(text: str, rules: RuleSet, field: int) -> tuple[tuple[int, int, str], ...]:
    """Where one context field's patterns match in a sentence: (start, end, text) of the group.

    Read once per sentence and field, when a claim first asks (cached for the few sentences
    last seen: the claims of one sentence are read together).
    """
    if field == _WHO and not _may_attribute(text, rules):
        return ()
    found: list[tuple[int, int, str]] = []
    fields: tuple[_Field, ...] = _context_res(rules)[:3]
    for pattern, scanner, names in fields[field]:
        for m in scan(pattern, scanner, text):
            name = next((n for n in names if m.group(n) is not None), None)
            if name is not None:
                found.append((*m.span(name), m.group(name).strip()))
    return tuple(found)


def _nearest(
    text: str,
    spans: tuple[tuple[int, int, str], ...],
    at: int,
    end: int,
    *,
    after_only: bool,
    span: bool = False,
    clause_bound: bool = True,
    place: bool = False,
) -> Any:
    """The span nearest the claim: after it first, then before it.

    With `place`, a span before the claim counts only in the claim's own clause ("17 people
    died in Sarn" / "in Sarn 17 people died") or when it opens the sentence ("In Sarn, 17
    people died"), and only after any span that follows the claim.
    """
    best: tuple[int, str, int] | None = None
    for start, stop, found in spans:
        if start < end and stop > at:
            continue  # inside the claim itself
        if after_only and start < end:
            continue
        if place and start < end:
            if not _CLAUSE_GAP.search(text[stop:at]):
                distance = at - stop + 1000
            elif not _OPENING.search(text[:start]) and not _CLAUSE_BREAK.search(text[stop:at]):
                distance = at - stop + 2000  # "In Sarn, 17 people died"
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, found, stop)
            continue
        if clause_bound and (after_only or start >= end):
            # another clause: its place or time is not this claim's (but "…, officials said"
            # attributes the whole sentence)
            gap = text[end:start] if start >= end else text[stop:at]
            if _CLAUSE_GAP.search(gap):
                continue  # another clause: its place or time is not this claim's
        distance = start - end if start >= end else at - stop + 1000
        if best is None or distance < best[0]:
            best = (distance, found, stop)
    if best is None:
        return None
    return (best[1], best[2]) if span else best[1]
