"""Renderers: pure functions from a `Report` to text, chosen by `Format`."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from reconcile.models import Report
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown


class Format(StrEnum):
    """Output formats of a report."""

    markdown = "markdown"
    json = "json"


RENDERERS: dict[Format, Callable[[Report], str]] = {
    Format.markdown: render_markdown,
    Format.json: render_json,
}


def render(report: Report, fmt: Format) -> str:
    """The report as text in the given format."""
    return RENDERERS[fmt](report)


__all__ = ["RENDERERS", "Format", "render", "render_json", "render_markdown"]
