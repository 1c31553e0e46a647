"""Context on a long line: the nearest attribution and place of each claim, however many
spans the sentence has (past a few, they are walked nearest first instead of all read)."""

from __future__ import annotations

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.models import Source
from reconcile.rules import load_rules

TOWNS = [
    "Arlo", "Bexa", "Cota", "Dunn", "Elby", "Fane", "Gort", "Hale", "Ives", "Jura",
    "Kern", "Lome", "Mora", "Nyla", "Orne", "Pola", "Quen", "Rhea", "Sola", "Tuma",
]  # fmt: skip


def _contexts(count: int) -> list[tuple[str, str | None, str | None]]:
    text = "; ".join(
        f"{n} homes burned in {town}, officials in {town} said"
        for n, town in zip(range(3, 3 + count), TOWNS, strict=False)
    )
    claims = claims_of([Source(id="s", path="s.txt", text=text + ".")], Kinds.build(load_rules()))
    return [
        (c.quote, c.context.location, c.context.attribution) for c in claims if c.kind == "count"
    ]


def test_each_claim_keeps_its_own_place_and_attribution_on_a_long_line() -> None:
    found = _contexts(20)  # 20 places and 20 attributions in one sentence
    assert len(found) == 20
    assert found[0] == ("3 homes", "in Arlo", "Arlo")
    assert found[9] == ("12 homes", "in Jura", "Jura")
    assert found[19] == ("22 homes", "in Tuma", "Tuma")
    assert [place for _, place, _ in found] == [f"in {town}" for town in TOWNS]


def test_a_short_line_reads_the_same() -> None:
    assert _contexts(3) == [
        ("3 homes", "in Arlo", "Arlo"),
        ("4 homes", "in Bexa", "Bexa"),
        ("5 homes", "in Cota", "Cota"),
    ]
