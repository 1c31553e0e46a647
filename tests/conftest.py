"""Shared fixtures: the bundled rules and their compiled kinds and lexicons (loaded once per
session), and a working folder at the repo root.

Loading the bundled rules and compiling every kind costs far more than reading a few
sentences, and most tests run the pipeline on the bundled rules. They share one `RuleSet`
and one `Kinds` (all languages compiled): the `rules`, `kinds` and `lexicons` fixtures, and
`bundled()` for what a test module builds at import. The command line and `run()` load the
bundled rules and compile kinds themselves; in the tests they receive the session's (see
`_bundled_rules_shared`). Loading and compiling themselves are tested where rules are
loaded from a folder (`test_rules.py`, `test_rules_hygiene.py`), which reach the loader
directly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from reconcile.concepts import Frames
from reconcile.kinds import Kinds
from reconcile.lexicon import Lexicon
from reconcile.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Bundled:
    """The bundled rules, and the kinds compiled from them for every language they define."""

    rules: RuleSet
    kinds: Kinds

    def lexicon(self, language: str) -> Lexicon:
        """The compiled lexicon of a language."""
        return self.kinds.language(language).lexicon


@cache
def bundled() -> Bundled:
    """The bundled rules and kinds, built once per session (also for module constants)."""
    rules = load_rules()
    kinds = Kinds.build(rules)
    for language in rules.languages:
        kinds.language(language)
    return Bundled(rules, kinds)


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return bundled().rules


@pytest.fixture(scope="session")
def kinds() -> Kinds:
    return bundled().kinds


@pytest.fixture(scope="session")
def frames() -> Frames:
    """The English frames: what a number measures."""
    return bundled().lexicon("en").frames


@pytest.fixture(scope="session")
def lexicons() -> Mapping[str, Lexicon]:
    """The compiled lexicon of every language of the bundled rules, by code."""
    shared = bundled()
    return {language: shared.lexicon(language) for language in shared.rules.languages}


@pytest.fixture(scope="session", autouse=True)
def _bundled_rules_shared() -> Iterator[None]:
    """`run()` and the command line load the bundled rules and compile their kinds on each
    call; in the tests they get the session's. Rules from a folder (`--rules DIR`) and any
    other rule set are loaded and compiled as usual."""
    shared = bundled()
    real_load, real_build = load_rules, Kinds.build

    def load(extra_dir: str | Path | None = None) -> RuleSet:
        return shared.rules if extra_dir is None else real_load(extra_dir)

    def build(cls: Any, given: RuleSet, compiled: Mapping[str, Any] | None = None) -> Kinds:
        return shared.kinds if given is shared.rules else real_build(given, compiled)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("reconcile.api.load_rules", load)
        patch.setattr("reconcile.cache.load_rules", load)
        patch.setattr(Kinds, "build", classmethod(build))
        yield


@pytest.fixture
def at_root() -> Iterator[Path]:
    """Run the test from the repository root, where `seeds/` is."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield ROOT
    finally:
        os.chdir(before)


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its caches in a folder of its own, never in the user's cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(folder))
    return folder
