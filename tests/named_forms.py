"""What the tests of named forms share: a name written as a page's link, and the named
claims of one kind that one source gives."""

from __future__ import annotations

from pathlib import Path

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue
from reconcile.models import Source
from reconcile.rules import RuleSet
from reconcile.sources import load_source


def link(name: str) -> str:
    """A name as a page of links writes it: `[name](address "name")`."""
    return f'[{name}](https://example.org/wiki/{name.replace(" ", "_")} "{name}")'


def named_of(source: Source, kinds: Kinds, kind: str) -> list[tuple[str, str, str]]:
    """(role, name with its blanks folded, key) of each claim of `kind` of one source."""
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == kind:
            detail = claim.detail
            assert isinstance(detail, NamedValue)
            found.append((detail.role, " ".join(detail.name.split()), detail.key))
    return found


def markdown(tmp_path: Path, rules: RuleSet, name: str, text: str) -> Source:
    """A Markdown source of `text`, written to `tmp_path` and loaded."""
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return load_source(path, rules)
