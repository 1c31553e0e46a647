"""German and French regression cases from microsoft/Recognizers-Text (MIT; see the READMEs in
`tests/data/recognizers/de/` and `fr/`), read with the rules of each language alone.

Each model must keep at least the number of passing cases its `floors.toml` states; the cases
the reference .NET implementation marks NotSupported are left out.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from tests.test_recognizers_specs import CHECKS, DATA, MODELS, RULES, load_cases


def kept(language: str, model: str) -> list[dict[str, Any]]:
    return [
        case
        for case in load_cases(model, DATA / language)
        if "dotnet" not in str(case.get("NotSupported", "")).lower()
    ]


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("model", MODELS)
def test_passing_cases_do_not_fall_below_the_floor(language: str, model: str) -> None:
    rules = RULES.for_language(language)
    assert rules.language == language
    floors = tomllib.loads((DATA / language / "floors.toml").read_text(encoding="utf-8"))
    passed = sum(1 for case in kept(language, model) if CHECKS[model](case, rules)[0])
    assert passed >= floors[model], f"{language} {model}: {passed} pass, floor {floors[model]}"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "zweihundertdreiundzwanzig", 223.0),
        ("de", "einhundertdrei", 103.0),
        ("de", "2.000,352", 2000.352),
        ("fr", "quatre-vingt-dix-neuf", 99.0),
        ("fr", "soixante et onze", 71.0),
        ("fr", "1 234 567,89", 1234567.89),
    ],
)
def test_spec_style_numbers(language: str, text: str, value: float) -> None:
    case = {"Input": text, "Results": [{"Resolution": {"value": str(value)}}]}
    ok, observed = CHECKS["NumberModel"](case, RULES.for_language(language))
    assert ok, observed
