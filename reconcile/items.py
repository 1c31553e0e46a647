"""Items of a page of many stories (a day's news as an indented list): each item's own words
and the headings above it, so that a claim of one item is read with its own story only.
Read by matching (topics of a page's items) and by the office kind (the place an item's
story writes)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from reconcile.models import Claim, line_starts


def claim_items(
    text: str, claims: Iterable[Claim], least_headings: int
) -> tuple[dict[str, int], dict[int, list[str]]]:
    """For claims of one source's `text`: per claim id, the start of its line; per line
    start of theirs that is an item of a page of many stories, its item and headings
    (`item_lines`; none where no line is indented)."""
    breaks = line_starts(text)
    line_of = {c.id: breaks[bisect_right(breaks, c.start) - 1] for c in claims}
    items = item_lines(text, set(line_of.values()), least_headings) if "\n " in text else {}
    return line_of, items


def item_lines(text: str, wanted: set[int], least_headings: int) -> dict[int, list[str]]:
    """Per line start in `wanted` that is a list item (an indented line) of a page of many
    stories, the item and the item headings above it, outermost first, bracketed words (a
    credited outlet, "(Reuters)") left out. A heading is the nearest item above that is
    less indented and states no sentence of its own; an item above that states one is
    another story, and no heading above it is this item's. A page of many stories has at
    least `least_headings` headings with items under them (the rules' `least_headings`; an
    article whose paragraphs are indented has fewer): other texts have no items. One pass
    over the text."""
    found: dict[int, list[str]] = {}
    headings = 0
    # the items above the current line, each less indented than the next
    above: list[_Item] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip():
            depth = len(line) - len(line.lstrip(" "))
            if depth == 0:
                above.clear()
            else:
                while above and above[-1].depth >= depth:
                    above.pop()
                if above and not above[-1].sentence and not above[-1].heads:
                    above[-1].heads = True
                    headings += 1
                own = _BRACKETED.sub(" ", line)
                if at in wanted:
                    lines: list[str] = []
                    for item in reversed(above):
                        if item.sentence:
                            break
                        lines.insert(0, item.text)
                    found[at] = [*lines, own]
                above.append(_Item(depth, own, bool(_SENTENCE_END.search(own.rstrip()))))
        at = end + 1
    return found if headings >= least_headings else {}


class _Item:
    """A list item above the line read: how indented, its words, whether it states a
    sentence, and whether an item stands under it (a heading) yet."""

    __slots__ = ("depth", "heads", "sentence", "text")

    def __init__(self, depth: int, text: str, sentence: bool) -> None:
        self.depth = depth
        self.text = text
        self.sentence = sentence
        self.heads = False


_BRACKETED = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
