"""Renderers: pure functions from a `Report` to text, one registry entry per output format.

The command line only picks an entry of `RENDERERS` (through `render`); adding an output
format is adding a function and an entry. An entry names the module and function that write
its format, imported when that format is chosen, so a command pays only for the renderer it
uses. `Options` carries what some formats need besides the report: the path from the report's
folder to the sources (Markdown links), the fact to explain. A format whose reports may be
large also names a function giving its text in pieces (`render_chunks`), for writing a file
without holding the text whole.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from enum import StrEnum

from reconcile.models import Report
from reconcile.records import record


class Format(StrEnum):
    """Output formats: of a whole report, of its claims alone, of one fact."""

    markdown = "markdown"
    json = "json"
    claims_jsonl = "claims-jsonl"
    claims_table = "claims-table"
    explain = "explain"


@record
class Options:
    """What a format may need besides the report."""

    link_base: str = ""  # from the report's folder to the working folder (Markdown links)
    fact_id: str | None = None  # the fact to explain


@record
class Renderer:
    """The function that writes one format, by module and name, and the `Options` fields it
    takes after the report, in order."""

    module: str
    function: str
    options: tuple[str, ...] = ()
    chunks: str | None = None  # the function giving the same text in pieces

    def __call__(self, report: Report, options: Options) -> str:
        function = getattr(importlib.import_module(self.module), self.function)
        return str(function(report, *(getattr(options, name) for name in self.options)))

    def pieces(self, report: Report, options: Options) -> Iterator[str]:
        """The text in pieces (one piece when the format has no function for pieces)."""
        if self.chunks is None:
            yield self(report, options)
            return
        function = getattr(importlib.import_module(self.module), self.chunks)
        for piece in function(report, *(getattr(options, name) for name in self.options)):
            yield str(piece)


RENDERERS: Mapping[Format, Renderer] = {
    Format.markdown: Renderer(
        "reconcile.render.markdown", "render_markdown", ("link_base",), "markdown_chunks"
    ),
    Format.json: Renderer("reconcile.render.json", "render_json", chunks="json_chunks"),
    Format.claims_jsonl: Renderer("reconcile.render.claims", "render_claims_jsonl"),
    Format.claims_table: Renderer("reconcile.render.claims", "render_claims_table"),
    Format.explain: Renderer("reconcile.render.explain", "render_fact", ("fact_id",)),
}


def render(report: Report, fmt: Format, options: Options | None = None) -> str:
    """The report as text in the given format."""
    return RENDERERS[fmt](report, options or Options())


def render_chunks(report: Report, fmt: Format, options: Options | None = None) -> Iterator[str]:
    """`render(report, fmt, options)` in pieces, produced as they are read."""
    return RENDERERS[fmt].pieces(report, options or Options())


__all__ = ["RENDERERS", "Format", "Options", "Renderer", "render", "render_chunks"]
