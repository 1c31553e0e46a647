"""The two directions of one exchange: numbers whose clauses aim their action at different
parties ("strikes on Kell" / "strikes on Varno", "tariffs on Varno goods" / "tariffs on
Kell goods"), each sentence naming both, are two facts; one party's figure told by two
sources, aimed alike, is one fact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import DifferentSubject
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of, two_sources, vetoes_of


def _two(tmp_path: Path, first: str, second: str) -> Report:
    return two_sources(tmp_path, "The war of Varno and Kell", first, second)


def test_the_target_of_a_clause_is_the_name_its_action_is_aimed_at() -> None:
    reader = Kinds.build(load_rules()).language("en").context
    read = [
        ("At least 24 people have been killed by Varno strikes on Kell.", "At least 24", "kell"),
        ("Varno raises its tariffs on U.S. imports to 125% from 84%.", "125%", "us"),
        (
            "Sanctions against the Kell Republic cost 40 firms their exports.",
            "40 firms",
            "kell republic",
        ),
        ("Officials said 12 people died on Monday in Kell.", "12 people", ""),
    ]
    for sentence, quote, target in read:
        claim = SimpleNamespace(sentence=sentence, quote=quote)
        assert reader.target(claim) == target, sentence


def test_strikes_each_way_between_two_parties_are_two_facts(tmp_path: Path) -> None:
    report = _two(
        tmp_path,
        "At least 24 people have been killed by Varno strikes on Kell so far.",
        "The toll of Kell strikes on Varno rises to 31 people, officials said.",
    )
    assert quotes_of(report, fact_of(report, "At least 24 people")) == ["At least 24 people"]
    assert quotes_of(report, fact_of(report, "31 people")) == ["31 people"]
    assert any(isinstance(v, DifferentSubject) for v in vetoes_of(report, "31 people"))


def test_strikes_on_one_party_told_by_two_sources_are_one_fact(tmp_path: Path) -> None:
    report = _two(
        tmp_path,
        "At least 24 people have been killed by Varno strikes on Kell so far.",
        "The toll of strikes on Kell rises to 31 people, Kell officials said.",
    )
    fact = fact_of(report, "31 people")
    assert quotes_of(report, fact) == ["31 people", "At least 24 people"]
