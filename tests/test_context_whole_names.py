"""A name is read whole. Words a sign joins ("Standard & Poor's 500", "Procter & Gamble",
"S&P", `name_joiners`) are one name, and the names near a figure are read in whole runs:
where the window of words around the figure ends inside a name ("The Karsk Composite Share
Index fell"), the name is still the whole run, so two figures of one index are not told
apart by the half of its name each window reached."""

from __future__ import annotations

from pathlib import Path

from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.reasons import DifferentNames
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of, run_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def test_a_sign_between_capitalized_words_keeps_one_name() -> None:
    reader = _reader()
    assert reader.names("Shares of Procter & Gamble fell.") == {"procter gamble", "gamble"}
    assert reader.names("Marks & Spencer said sales rose.") == {"marks spencer", "spencer"}
    # a sign inside one word: one name, not two capitals
    assert "at t" in reader.names("Shares of AT&T fell.")
    # the index's full name and its initials are one name (an alias of the rules)
    initials = reader.names("The S&P 500 fell 2 percent.")
    full = reader.names("The Standard & Poor 's 500 index fell 2 percent.")
    assert initials == full
    assert initials


def test_a_sign_between_lowercase_words_joins_nothing() -> None:
    reader = _reader()
    assert reader.names("Prices in Tarvel rose & in Corva fell.") == {"tarvel", "corva"}


def test_the_names_near_a_figure_are_whole_where_the_window_cuts_one(tmp_path: Path) -> None:
    # eight words before "2.4%" reach into the index's name ("Share Index ..."): read whole,
    # it is the index the other source names, so the two moves are one figure of one index
    report = run_of(
        tmp_path,
        "The Karsk Composite Share Index of leading shares fell sharply on Monday by 2.4% "
        "as banks slid.",
        "The Karsk Composite Share Index fell 2.4% on Monday.",
        title="Karsk shares slide",
        day="2026-03-02",
        names="ab",
    )
    reader = _reader()
    claim = next(c for c in report.claims if c.quote.endswith("2.4%") and c.source_id)
    assert "karsk composite share index" in reader.features(claim).names
    fact = fact_of(report, "by 2.4%")
    assert len(quotes_of(report, fact)) == 2, quotes_of(report, fact)


def test_two_indexes_named_whole_stay_two_figures(tmp_path: Path) -> None:
    report = run_of(
        tmp_path,
        "The S&P 500 was also hit hard on Monday, losing 39.45 points, or 2.56%, to close "
        "at 1,500.63.",
        "The Dow fell 2.99 percent on Monday, while the Standard & Poor's 500 index dropped "
        "3.24% or 37.75 points.",
        title="Stocks tumble",
        day="2026-03-02",
        names="ab",
    )
    fact = fact_of(report, "2.56%")
    quotes = quotes_of(report, fact)
    assert not any("2.99" in q for q in quotes), quotes
    reasons = [r for r in (fact.match.reasons if fact.match else ()) if r]
    assert not any(isinstance(r, DifferentNames) and "p" in r.a for r in reasons)
