"""How the real-news bench maps a gold span in a document to the text the tool read."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews  # noqa: E402


def _blanked(document: str) -> str:
    """The text as the Markdown loader reads it: a link's brackets and target made spaces."""
    return re.sub(
        r"\[([^\]]*)\]\(([^)]*)\)",
        lambda link: " " + link[1] + " " * (len(link[0]) - len(link[1]) - 1),
        document,
    )


def test_a_name_also_in_its_blanked_link_target_keeps_its_offset() -> None:
    document = (
        '* Floods kill 12 in [Karsk](https://example.org/wiki/Karsk "Karsk"), '
        '[Tarvin](https://example.org/wiki/Tarvin_Province "Tarvin Province") province.'
    )
    read = _blanked(document)
    assert len(read) == len(document)
    to_read = realnews._offset_map(document, read)
    for name in ("Karsk", "Tarvin"):
        start = document.index(name)
        assert (to_read(start), to_read(start + len(name))) == (start, start + len(name))
        assert read[start : start + len(name)] == name


def test_texts_of_different_lengths_are_aligned_by_their_common_blocks() -> None:
    document = "<p>Floods hit Karsk.</p>"
    read = "Floods hit Karsk."
    to_read = realnews._offset_map(document, read)
    start = document.index("Karsk")
    assert read[to_read(start) : to_read(start + 5)] == "Karsk"
    assert to_read(document.index("<p>")) == -1
