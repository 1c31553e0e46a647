"""Property tests: whatever a user hands the tool, it either works or says what to fix.

Sources in every format, rules files and baselines are generated (`tests/strategies.py`);
the only exception allowed out of loading is the tool's own error with its file named, and
every claim's quote is found again at its offsets."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from reconcile.api import claims_of
from reconcile.baseline import load_baseline
from reconcile.errors import ReconcileError
from reconcile.kinds import Kinds
from reconcile.rules import RuleSet, load_rules
from reconcile.sources import load_source
from tests.strategies import baselines, rules_files, sources

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(sources)
def test_any_source_loads_or_is_a_clear_error(rules: RuleSet, source: tuple[str, str]) -> None:
    suffix, content = source
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"source{suffix}"
        path.write_bytes(content.encode("utf-8", "surrogatepass"))
        try:
            loaded = load_source(path, rules)
        except ReconcileError as error:
            assert all(p.path == path.as_posix() for p in error.problems)
            return
        for claim in claims_of([loaded], Kinds.build(rules)):
            assert loaded.text[claim.start : claim.end] == claim.quote
            assert 1 <= loaded.line_of(claim.start) <= content.count("\n") + 1


@SETTINGS
@given(rules_files)
def test_any_rules_file_loads_or_is_a_clear_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "sources.toml").write_text(text, encoding="utf-8")
        try:
            load_rules(folder)
        except ReconcileError as error:
            assert all(p.path.endswith("sources.toml") for p in error.problems)


@SETTINGS
@given(baselines)
def test_any_baseline_loads_or_is_a_clear_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "baseline.toml"
        path.write_text(text, encoding="utf-8")
        try:
            load_baseline(path)
        except ReconcileError as error:
            assert all(p.path == path.as_posix() for p in error.problems)
