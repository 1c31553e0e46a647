"""Renderers: pure functions from a `Report` to text, one registry entry per output format.

The command line only picks an entry of `RENDERERS` (through `render`); adding an output
format is adding a function and an entry. `Options` carries what some formats need besides
the report: the path from the report's folder to the sources (Markdown links), the fact to
explain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reconcile.models import Report
from reconcile.render.claims import render_claims_jsonl, render_claims_table
from reconcile.render.explain import render_explain
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown


class Format(StrEnum):
    """Output formats: of a whole report, of its claims alone, of one fact."""

    markdown = "markdown"
    json = "json"
    claims_jsonl = "claims-jsonl"
    claims_table = "claims-table"
    explain = "explain"


@dataclass(frozen=True)
class Options:
    """What a format may need besides the report."""

    link_base: str = ""  # from the report's folder to the working folder (Markdown links)
    fact_id: str | None = None  # the fact to explain


def _explain(report: Report, options: Options) -> str:
    fact = next((f for f in report.facts if f.id == options.fact_id), None)
    if fact is None:
        raise LookupError(f"no fact {options.fact_id!r} in the report")
    return render_explain(report, fact)


RENDERERS: dict[Format, Callable[[Report, Options], str]] = {
    Format.markdown: lambda report, options: render_markdown(report, options.link_base),
    Format.json: lambda report, options: render_json(report),
    Format.claims_jsonl: lambda report, options: render_claims_jsonl(report),
    Format.claims_table: lambda report, options: render_claims_table(report),
    Format.explain: _explain,
}


def render(report: Report, fmt: Format, options: Options | None = None) -> str:
    """The report as text in the given format."""
    return RENDERERS[fmt](report, options or Options())


__all__ = ["RENDERERS", "Format", "Options", "render", "render_json", "render_markdown"]
