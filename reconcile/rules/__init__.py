"""Load `rules/` into frozen, validated `RuleSet`s, one per language.

`schema` holds the frozen dataclasses that are the specification of every rules file (their
field types and `doc` metadata: quoted by error messages, printed by `reconcile rules-doc`);
`validate` converts TOML data into them, reporting every problem with its file and line;
`load` layers the folders (the neutral top, `lang/<code>/`, a user's `--rules DIR`);
`units` checks unit aliases and definitions against pint; `docs` writes the reference.
"""

from __future__ import annotations

from reconcile.rules.docs import rules_reference
from reconcile.rules.load import bundled_rules_dir, load_rules
from reconcile.rules.schema import (
    DEFAULT_LANGUAGE,
    LANGUAGES_DIR,
    SPECS,
    Alias,
    AliasRules,
    ChangeRule,
    ContextRules,
    Currency,
    CurrencyRules,
    EventClass,
    EventRules,
    FrameRule,
    FrameRules,
    MatchingRules,
    NonClaimRules,
    NounClass,
    NounRules,
    NumberRules,
    Office,
    OfficeRules,
    Outcome,
    Portion,
    QualifierName,
    QualifierRule,
    QualifierRules,
    RuleSet,
    SourceRules,
    Tolerance,
    UnitRules,
    VagueMagnitude,
    describe,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES_DIR",
    "SPECS",
    "Alias",
    "AliasRules",
    "ChangeRule",
    "ContextRules",
    "Currency",
    "CurrencyRules",
    "EventClass",
    "EventRules",
    "FrameRule",
    "FrameRules",
    "MatchingRules",
    "NonClaimRules",
    "NounClass",
    "NounRules",
    "NumberRules",
    "Office",
    "OfficeRules",
    "Outcome",
    "Portion",
    "QualifierName",
    "QualifierRule",
    "QualifierRules",
    "RuleSet",
    "SourceRules",
    "Tolerance",
    "UnitRules",
    "VagueMagnitude",
    "bundled_rules_dir",
    "describe",
    "load_rules",
    "rules_reference",
]
