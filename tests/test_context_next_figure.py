"""A ranking told figure after figure ("Roe had the most delegates, with 60, followed by
Doe, with 54", `next_figure_words`): the names past "followed by" are the next figure's, so
they are not near the figure before it, nor the names before it near the figure after. Two
sources stating one candidate's 60, one of them naming the runner-up after it, are not told
apart by the runner-up's name."""

from __future__ import annotations

from pathlib import Path

from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.rules import load_rules
from tests.facts import claims_in, fact_of, quotes_of, run_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _names(text: str, quote: str) -> frozenset[str]:
    kinds = Kinds.build(load_rules())
    claim = next(c for c in claims_in(kinds, "count", text) if c.quote == quote)
    return _reader().features(claim).names


def test_the_names_past_followed_by_are_the_next_figures() -> None:
    text = (
        "After the vote, Senator Jane Roe led with 60 delegates, followed by Tom Doe, "
        "with 54 delegates."
    )
    first, second = _names(text, "60 delegates"), _names(text, "54 delegates")
    assert "senator jane roe" in first
    assert not {"doe", "tom doe"} & first, first
    assert {"doe", "tom doe"} <= second
    assert not {"roe", "senator jane roe"} & second, second


def test_a_figure_with_no_name_on_its_side_keeps_the_names_past_the_words() -> None:
    # nothing before "followed by" names anyone: the names past it are still read, as
    # before (else a figure of no name would meet every other)
    text = "Both candidates earned 9 delegates, followed by Senator Ann Lee of Corva, with 6."
    assert "ann lee" in " ".join(_names(text, "9 delegates"))


def test_one_candidates_figure_meets_its_figure_told_in_a_ranking(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "After the Tarvel primary, Jane Roe had the most delegates, with 60, followed by "
        "Tom Doe, with 54.",
        "Heading into the Corva vote, Senator Jane Roe from Tarvel had the most pledged "
        "delegates, with 60.",
        title="Roe leads the delegate count",
        day="2026-03-02",
        names="ab",
    )
    fact = fact_of(report, "60")
    assert len(quotes_of(report, fact)) == 2, quotes_of(report, fact)
