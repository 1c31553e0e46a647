"""Matching features of claims in a long sentence: the words next to each claim are read as
in a short one (its portion, its outcome, the names near it), however long the sentence is
on either side."""

from __future__ import annotations

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.models import Source
from reconcile.rules import load_rules

FILLER = " ".join(["the long wet winter in the hills"] * 8)  # 263 characters, no names


def _features(text: str) -> list[tuple[str, str, str, list[str]]]:
    kinds = Kinds.build(load_rules())
    context = kinds.default.context
    claims = claims_of([Source(id="s", path="s.txt", text=text)], kinds)
    found = []
    for claim in claims:
        if claim.kind == "count":
            features = context.features(claim)
            found.append((claim.quote, features.portion, features.outcome, sorted(features.names)))
    return found


def test_portion_outcome_and_names_in_a_long_sentence() -> None:
    text = (
        f"After {FILLER}, 40 people were killed in Sarn, 12 of them children, and Mayor Ana"
        f" Lind said 300 families were fed a day at the Tavi school while {FILLER} went on."
    )
    assert _features(text) == [
        ("40 people", "", "killed", ["sarn"]),
        ("12", "part", "killed", ["sarn"]),
        ("300 families were fed a day", "daily", "", ["sarn", "tavi"]),
    ]


def test_words_after_a_number_outside_ascii() -> None:
    text = f"After {FILLER}, 40 people were killed in Zürich, 12 of them in Bülach, and {FILLER}."
    assert _features(text) == [
        ("40 people", "", "killed", ["zurich"]),
        ("12", "part", "killed", ["bulach", "zurich"]),
    ]
