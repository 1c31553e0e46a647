"""Bounds on the work one run may do, so hostile or broken input fails fast and clearly.

Every limit has a default here and can be changed in a rules folder, in `sources.toml`
under `[limits]` (`reconcile rules-doc` lists them). Exceeding one is an input error that
names the file and the limit to raise; nothing is cut short silently.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from reconcile.records import record


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


@record
class SourceLimits:
    """How much of what a source or a folder of sources may hold."""

    max_source_bytes: int = field(
        default=64 * 1024 * 1024,
        metadata=_doc("largest source file read, in bytes (64 MiB)", min=1),
    )
    max_front_matter_bytes: int = field(
        default=64 * 1024,
        metadata=_doc("largest YAML front matter or .meta.yaml sidecar, in bytes", min=1),
    )
    max_metadata_keys: int = field(
        default=100,
        metadata=_doc("most keys in one front matter, sidecar or JSON source object", min=1),
    )
    max_json_depth: int = field(
        default=64,
        metadata=_doc("deepest nesting of arrays and objects in a JSON source", min=1),
    )
    max_folder_depth: int = field(
        default=32,
        metadata=_doc("deepest folder read below a folder given as a source", min=0),
    )
    max_files: int = field(
        default=100_000,
        metadata=_doc("most source files read in one run", min=1),
    )
