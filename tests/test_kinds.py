"""The table of kinds: what each kind is, and that a kind added to the table runs through
every stage (find, normalize, match, compare, render) with no stage changed."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import reconcile.kinds
from reconcile import run
from reconcile.context import Features
from reconcile.kinds import KINDS, is_numeric, kind_of
from reconcile.kinds.base import Kind, detail_of, name_span, named_claim
from reconcile.models import (
    Claim,
    ClaimDetail,
    Context,
    Judgement,
    Mention,
    MentionDetail,
    PairDecision,
    Source,
)
from reconcile.reasons import DifferentPeople, SameSubject, Stated
from reconcile.render import Format, render
from reconcile.render.words import note_text, reason_text
from reconcile.rules import load_rules
from reconcile.sentences import Sentence


def test_the_table_names_each_kind_and_its_json_kinds() -> None:
    assert [(k.name, k.claim_kinds, k.numeric) for k in KINDS] == [
        ("quantity", ("count", "money", "measure", "percent"), True),
        ("office", ("office",), False),
        ("event", ("event",), False),
        ("place", ("place",), False),
        ("date", ("date",), False),
        ("thing", ("thing",), False),
        ("route", ("route",), False),
        ("source", ("source",), False),
    ]
    assert kind_of("money").name == "quantity"
    with pytest.raises(KeyError):
        kind_of("unknown")


def test_numeric_is_asked_of_the_kind(at_root: Path) -> None:
    report = run(["seeds"])
    numeric = {c.quote: is_numeric(c) for c in report.claims}
    assert numeric["over 100,000 troops"] is True
    assert numeric["US President Joe Biden"] is False


# A kind that is not in the package: a ship named "MV <Name>".


class ShipMention(MentionDetail):
    __slots__ = ("ship",)

    def __init__(self, ship: str) -> None:
        self.ship = ship


class Ship(ClaimDetail):
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


_SHIP = re.compile(r"\bMV (?P<name>[A-Z][a-z]+)")


class ShipKind(Kind):
    name = "ship"
    claim_kinds = ("ship",)
    numeric = False
    stated = Stated.HOLDER

    @staticmethod
    def means(claim: Claim) -> str:
        return detail_of(claim, Ship).name

    @staticmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        return name_span(detail_of(claim, Ship).name, quote)

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        return {"ship": detail_of(claim, Ship).name}

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return [
            Mention(
                source.id,
                "ship",
                m.group(0),
                sentence.start + m.start(),
                sentence.start + m.end(),
                sentence.text,
                sentence.start,
                ShipMention(m.group("name")),
            )
            for m in _SHIP.finditer(sentence.text)
        ]

    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        ship = detail_of(mention, ShipMention).ship
        return named_claim(
            mention, dimension="ship", noun_class="ship", context=Context(), detail=Ship(ship)
        )

    def block_key(self, claim: Claim) -> str | None:
        return "ship"

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        return PairDecision(100.0, (SameSubject(("ship",)),))

    def judge(self, members: Sequence[Claim]) -> Judgement:
        names = tuple(sorted({detail_of(c, Ship).name for c in members}))
        if len(names) > 1:
            return Judgement("conflict", None, (DifferentPeople(names),))
        return Judgement("agree")

    def label(self, members: Sequence[Claim]) -> str:
        return "the ship that sank"


def test_a_kind_added_to_the_table_runs_through_every_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reconcile.kinds, "KINDS", (*KINDS, ShipKind))
    for name, ship in (("a.txt", "Aurora"), ("b.txt", "Boreas")):
        text = f"---\npublished: 2024-05-01\n---\nThe MV {ship} sank off the coast.\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    # rules of its own: the kinds are compiled with the patched table, not shared
    report = run([str(tmp_path)], rules=load_rules())
    ships = [c for c in report.claims if c.kind == "ship"]
    assert [(c.quote, detail_of(c, Ship).name) for c in ships] == [
        ("MV Aurora", "Aurora"),
        ("MV Boreas", "Boreas"),
    ]
    (fact,) = [f for f in report.facts if f.kind == "ship"]
    assert (fact.label, fact.verdict) == ("the ship that sank", "conflict")
    assert fact.notes == (DifferentPeople(("Aurora", "Boreas")),)
    data = json.loads(render(report, Format.json))
    assert [c["ship"] for c in data["claims"] if c["kind"] == "ship"] == ["Aurora", "Boreas"]
    (shown,) = [f for f in data["facts"] if f["kind"] == "ship"]
    assert shown["match"]["reasons"] == ["same subject: ship"]
    markdown = render(report, Format.markdown)
    assert "The “MV **Aurora**” sank off the coast." in markdown


# Words: each typed reason and note has one wording, in render/words.py.


def test_reasons_and_notes_in_words() -> None:
    from reconcile.reasons import (
        ContextDiffers,
        ContextField,
        DifferentTime,
        KeptApart,
        PublishedApart,
        SameBlock,
        Similarity,
    )

    assert reason_text(SameBlock("count", "military personnel", "up")) == (
        "same block: count of military personnel, up"
    )
    assert reason_text(Similarity(71.4, 62.0, 80.9)) == (
        "context similarity 71 (words around 62, story 81)"
    )
    assert reason_text(KeptApart(DifferentTime("since 2014", "in 2021 alone"))) == (
        "kept apart from a similar claim: different time: 'since 2014' vs 'in 2021 alone'"
    )
    assert note_text(PublishedApart((("a.txt", "2024-01-02"), ("b.txt", None)), Stated.NUMBER)) == (
        "publication date unknown for some sources (a.txt: 2024-01-02; b.txt: date unknown):"
        " the number may have changed"
    )
    assert note_text(
        ContextDiffers(ContextField.SCOPE, (("a.txt", "in Crimea"), ("b.txt", None)))
    ) == ("different scope: a.txt: “in Crimea”; b.txt: not stated")


def test_every_output_format_has_one_renderer() -> None:
    from reconcile.render import RENDERERS

    assert sorted(RENDERERS) == sorted(Format)


def test_every_renderer_names_a_function_that_exists() -> None:
    import importlib

    from reconcile.render import RENDERERS

    for entry in RENDERERS.values():
        assert callable(getattr(importlib.import_module(entry.module), entry.function))


def test_a_format_imports_its_renderer_alone() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from reconcile.models import Report\n"
        "from reconcile.render import Format, render\n"
        "assert render(Report(sources=(), claims=(), facts=()), Format.claims_jsonl) == ''\n"
        "print(sorted(m for m in sys.modules if m.startswith('reconcile.render.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = done.stdout.strip()
    assert "reconcile.render.claims" in loaded
    assert "reconcile.render.markdown" not in loaded
    assert "reconcile.render.explain" not in loaded
