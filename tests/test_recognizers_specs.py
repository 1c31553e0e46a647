"""Regression cases from microsoft/Recognizers-Text (English specs, MIT; see the data README).

Each case is a sentence and the numbers, ranges, percentages, amounts of money, dimensions
or temperatures it states. A case passes when this project's claims for the sentence state
the same values (and the same currency, unit or interval ends) in the same order. Cases this
project deliberately reads differently are listed with a reason in
`tests/data/recognizers/exclusions.toml`; an excluded case that starts passing is reported,
so the list cannot go stale.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reconcile.kinds import Kinds
from reconcile.kinds.quantity.find import find_quantities
from reconcile.kinds.quantity.units import unit_registry
from reconcile.models import Claim, Source
from reconcile.normalize import normalize
from reconcile.rules import RuleSet
from tests.conftest import bundled

DATA = Path(__file__).resolve().parent / "data" / "recognizers"
MODELS = (
    "NumberModel",
    "NumberRangeModel",
    "PercentModel",
    "CurrencyModel",
    "DimensionModel",
    "TemperatureModel",
)
RULES = bundled().rules
KINDS = bundled().kinds
# every language of the bundled rules is compiled in KINDS; another rule set once, here
_KINDS = {RULES.for_language(code): KINDS for code in RULES.languages}
REGISTRY = unit_registry(RULES.unit_definitions)
DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "times"}
# Recognizers-Text unit names that pint does not read as written
UNIT_NAMES = {
    "c": "degree_Celsius",
    "f": "degree_Fahrenheit",
    "degree": "degree_Celsius",
    "ton": "metric_ton",
    "metric_ton": "metric_ton",
    "barrel": "oil_barrel",
}


def claims_for(text: str, rules: RuleSet = RULES) -> list[Claim]:
    """The quantity claims this project makes for one sentence, in text order, read with the
    rules of `rules.language`."""
    kinds = _KINDS.get(rules)
    if kinds is None:
        kinds = _KINDS[rules] = Kinds.build(rules)
    source = Source(id="s", path="s.txt", text=text, language=rules.language)
    mentions = tuple(
        m
        for sentence in kinds.language(rules.language).sentences(source)
        for m in find_quantities(source, sentence, kinds.language(rules.language).lexicon)
    )
    return list(normalize(mentions, source, kinds))


def _number(written: str) -> float:
    """A spec value: German and French specs write the decimal sign as a comma."""
    return float(written.replace(",", ".")) if "." not in written else float(written)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _values(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        r["Resolution"]
        for r in case["Results"]
        if r["Resolution"].get("value") not in (None, "", "null")
    ]


def _ends(claim: Claim) -> tuple[float | None, float | None]:
    """A claim as the ends of the interval it states, in the units stated."""
    if claim.qualifier == "range":
        return claim.value, claim.value_high
    if claim.qualifier in ("over", "at_least"):
        return claim.value, None
    if claim.qualifier in ("under", "up_to"):
        return None, claim.value
    return claim.value, claim.value


def _range_ends(notation: str) -> tuple[float | None, float | None]:
    found = re.fullmatch(r"[\[(]?([^,]*),([^\])]*)[\])]?", notation)
    assert found is not None, notation
    low, high = found.groups()
    return (_number(low) if low else None, _number(high) if high else None)


def _same_unit(name: str, stated: str | None) -> bool:
    key = name.lower().replace(" ", "_")
    key = UNIT_NAMES.get(key, key)
    key = re.sub(r"^square_(\w+)$", r"\1 ** 2", key)
    key = re.sub(r"^cubic_(\w+)$", r"\1 ** 3", key).replace("_per_", " / ")
    try:
        expected = REGISTRY.parse_units(key)
        return bool(
            expected == REGISTRY.parse_units(stated or "")
            or expected == REGISTRY.parse_units((stated or "").split(" / ")[0])
        )
    except Exception:  # an unknown unit name is simply not the same unit
        return False


def number_ok(case: dict[str, Any], rules: RuleSet = RULES) -> tuple[bool, object]:
    expected = sorted(_number(r["value"]) for r in _values(case))
    got = sorted(
        v
        for c in claims_for(case["Input"], rules)
        for v in (c.value, c.value_high)
        if v is not None
    )
    ok = len(expected) == len(got) and all(map(_close, expected, got))
    return ok, (expected, got)


def range_ok(case: dict[str, Any], rules: RuleSet = RULES) -> tuple[bool, object]:
    expected = [_range_ends(r["value"]) for r in _values(case)]
    # the range model states only ranges and bounds; plain numbers are another model's
    got = [_ends(c) for c in claims_for(case["Input"], rules) if c.qualifier != "exact"]
    ok = len(expected) == len(got) and all(
        _close(a[0], b[0]) and _close(a[1], b[1]) for a, b in zip(expected, got, strict=True)
    )
    return ok, (expected, got)


def percent_ok(case: dict[str, Any], rules: RuleSet = RULES) -> tuple[bool, object]:
    expected = [_number(r["value"].rstrip("%")) for r in _values(case)]
    got = [c.value for c in claims_for(case["Input"], rules) if c.kind == "percent"]
    ok = len(expected) == len(got) and all(map(_close, expected, got))
    return ok, (expected, got)


def currency_ok(case: dict[str, Any], rules: RuleSet = RULES) -> tuple[bool, object]:
    expected = [(_number(r["value"]), r.get("isoCurrency")) for r in _values(case)]
    got = [
        (c.value, c.unit.split(" ")[0])
        for c in claims_for(case["Input"], rules)
        if c.kind == "money"
    ]
    ok = len(expected) == len(got) and all(
        _close(a[0], b[0]) and (a[1] is None or a[1] == b[1])
        for a, b in zip(expected, got, strict=True)
    )
    return ok, (expected, got)


def dimension_ok(case: dict[str, Any], rules: RuleSet = RULES) -> tuple[bool, object]:
    expected = [(_number(r["value"]), r.get("unit", "")) for r in _values(case)]
    got = [
        (c.value, c.stated_unit)
        for c in claims_for(case["Input"], rules)
        if c.kind == "measure" and (c.stated_unit or "").split(" ")[0] not in DURATIONS
    ]
    ok = len(expected) == len(got) and all(
        _close(a[0], b[0]) and _same_unit(a[1], b[1]) for a, b in zip(expected, got, strict=True)
    )
    return ok, (expected, got)


CHECKS: dict[str, Callable[[dict[str, Any], RuleSet], tuple[bool, object]]] = {
    "NumberModel": number_ok,
    "NumberRangeModel": range_ok,
    "PercentModel": percent_ok,
    "CurrencyModel": currency_ok,
    "DimensionModel": dimension_ok,
    "TemperatureModel": dimension_ok,
}


def load_cases(model: str, folder: Path = DATA) -> list[dict[str, Any]]:
    with (folder / f"{model}.json").open(encoding="utf-8-sig") as handle:
        cases: list[dict[str, Any]] = json.load(handle)
    return cases


def load_exclusions() -> dict[tuple[str, str], str]:
    with (DATA / "exclusions.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {(e["model"], e["input"]): e["reason"] for e in data["exclude"]}


EXCLUDED = load_exclusions()
KEPT = [
    pytest.param(model, case, id=f"{model}-{i}")
    for model in MODELS
    for i, case in enumerate(load_cases(model))
    if (model, case["Input"]) not in EXCLUDED
]
DROPPED = [
    pytest.param(model, case, id=f"{model}-{i}")
    for model in MODELS
    for i, case in enumerate(load_cases(model))
    if (model, case["Input"]) in EXCLUDED
]


@pytest.mark.parametrize(("model", "case"), KEPT)
def test_spec_case(model: str, case: dict[str, Any]) -> None:
    ok, observed = CHECKS[model](case, RULES)
    assert ok, f"{case['Input']!r}: expected, got = {observed}"


@pytest.mark.parametrize(("model", "case"), DROPPED)
def test_excluded_case_still_differs(model: str, case: dict[str, Any]) -> None:
    ok, _ = CHECKS[model](case, RULES)
    assert not ok, f"{case['Input']!r} now passes: remove it from exclusions.toml"


def test_every_exclusion_names_a_case_and_gives_a_reason() -> None:
    inputs = {(model, case["Input"]) for model in MODELS for case in load_cases(model)}
    for key, reason in EXCLUDED.items():
        assert key in inputs, f"exclusion for a case that does not exist: {key}"
        assert len(reason.split()) >= 4, f"exclusion without a real reason: {key}"


def test_most_cases_are_kept() -> None:
    total = sum(len(load_cases(m)) for m in MODELS)
    assert len(KEPT) >= 0.6 * total, f"only {len(KEPT)} of {total} spec cases are run"
