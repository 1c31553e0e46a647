"""A count followed by "of" and another number in its clause ("39 of the state's 40
delegates", "12 out of 41") is a part of that number: a part and a whole, or parts of two
different wholes, are two facts; the same part of the same whole told by two sources is one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reconcile import run
from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.rules import load_rules
from tests.facts import fact_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _story(folder: Path, name: str, published: str, body: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Caucuses in Varno\npublished: {published}\n---\n{body}\n",
        encoding="utf-8",
    )


def test_a_count_of_a_number_stated_after_it_is_a_part_of_it() -> None:
    reader = _reader()

    def claim(sentence: str, quote: str, noun: str | None = None, dimension: str = "count") -> Any:
        return SimpleNamespace(
            sentence=sentence, quote=quote, counted_noun=noun, dimension=dimension
        )

    parts = [
        ("Kell won 39 of the state's 40 delegates.", "39", None, "40"),
        ("Orle won 12 out of 41 pledged delegates in Varno.", "12", None, "41"),
        ("Two of the five judges dissented.", "Two", None, "five"),
        ("Kell won 300 delegates of the 1,991 needed.", "300 delegates", "delegates", "1991"),
    ]
    for sentence, quote, noun, whole in parts:
        assert reader.portion(claim(sentence, quote, noun)) == "part", sentence
        assert reader.whole(claim(sentence, quote, noun)) == whole, sentence
    wholes = [
        # the whole itself, after the part
        ("Kell won 39 of the state's 40 delegates.", "40 delegates", "delegates", "count"),
        # "of" and no number in its clause: nothing it is a part of is stated
        ("Rebels hold 30 of the villages, officials said.", "30", None, "count"),
        ("The army lost 30 of its tanks, or 12 in all.", "30", None, "count"),
        # a number further on belongs to another phrase (of_number_reach)
        (
            "Officials confirm 52 cases of the fever in total across four districts.",
            "52 cases",
            "cases",
            "count",
        ),
        # a share is what it is of another dimension
        ("She won 52% of the 40,000 votes.", "52%", None, "percent"),
    ]
    for sentence, quote, noun, dimension in wholes:
        assert reader.portion(claim(sentence, quote, noun, dimension)) == "", sentence
        assert reader.whole(claim(sentence, quote, noun, dimension)) == "", sentence


def test_parts_of_two_wholes_and_a_part_and_a_whole_are_kept_apart(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "a",
        "2026-02-04",
        "In the Varno caucuses, Kell secured 39 of the state's 40 delegates. "
        "Orle secured 12 of the state's 41 pledged delegates.",
    )
    _story(
        tmp_path,
        "b",
        "2026-02-05",
        "Kell won 39 of the state's 40 delegates in Varno, and Tam won 14.",
    )
    report = run([tmp_path])
    kell = fact_of(report, "39")
    # the same part of the same whole, told by two sources: one fact
    assert len(kell.claim_ids) == 2
    assert kell.verdict == "agree"
    # a part of another whole, and a whole number beside no whole: other facts
    assert fact_of(report, "12").id != kell.id
    assert fact_of(report, "14").id != kell.id
