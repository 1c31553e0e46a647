"""Small views of a claim shared by every renderer and by the check, so they never disagree.

(What they hand on lives below the renderers: `reconcile.kinds.means` and `is_numeric`,
`Source.line_of`; the check can take them from there.)
"""

from __future__ import annotations

from reconcile.kinds import KINDS, kind_of, means
from reconcile.models import Claim, Source

# The JSON kinds whose claims state a number, as the table of kinds says.
NUMERIC_KINDS = frozenset(k for kind in KINDS if kind.numeric for k in kind.claim_kinds)


def means_text(claim: Claim) -> str:
    """What a claim means, as one short text: its interval, or what it names (a person; an
    event's date and place)."""
    return means(claim)


def entity_text(claim: Claim) -> str | None:
    """The name a named claim states, as its JSON record's `entity` gives it (None for a
    number or an event)."""
    entity = kind_of(claim.kind).record(claim).get("entity")
    return None if entity is None else str(entity)


# Below this many characters, a line number is the count of line breaks before the offset:
# one pass in C over a short text, cheaper than building the text's line starts again (a
# report names the sources of a fact's claims in turn, so they are not kept between calls).
COUNTED_TEXT = 20_000


def line_of(source: Source, offset: int) -> int:
    """1-based line number of a character offset in the source's text (`Source.line_of`)."""
    if not source.line_map and len(source.text) < COUNTED_TEXT:
        return source.text.count("\n", 0, offset) + 1
    return source.line_of(offset)
