"""Two look-alike figures of one story that are two facts: the total of several places listed
against the figure of one of them ("188 in Varno and Kell" / "178 in Varno"), and a figure a
sentence dates by a year before its source's own against a figure of that source's time ("In
2016, the ticket received 0.15 percent" / "received 0.5 percent"). Each veto is read only
when the verdict would set the two numbers against each other: the same figure told of the
list and of one place, or with its year and without, still meets."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Report
from reconcile.reasons import DifferentPlace, DifferentTime
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of, vetoes_of


def _write(folder: Path, name: str, published: str, body: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Floods and votes in Varno\npublished: {published}\n---\n{body}\n",
        encoding="utf-8",
    )


def _apart(tmp_path: Path, first: str, second: str, published: tuple[str, str]) -> Report:
    _write(tmp_path, "a", published[0], first)
    _write(tmp_path, "b", published[1], second)
    return run([tmp_path])


def test_the_total_of_listed_places_is_not_the_figure_of_one(tmp_path: Path) -> None:
    report = _apart(
        tmp_path,
        "Officials said the death toll from the floods rises to 188 in Varno and Kell.",
        "Officials said the death toll from the floods in Varno rises to 178.",
        ("2026-03-02", "2026-03-02"),
    )
    for quote in ("188", "178"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    assert any(isinstance(v, DifferentPlace) for v in vetoes_of(report, "178"))


def test_one_figure_of_listed_places_told_by_two_sources_meets(tmp_path: Path) -> None:
    # two lists: no part against its total, a conflict of one figure
    report = _apart(
        tmp_path,
        "Officials said the death toll from the floods rises to 188 in Varno and Kell.",
        "Officials said the death toll from the floods rises to 150 in Varno and Kell.",
        ("2026-03-02", "2026-03-02"),
    )
    fact = fact_of(report, "188")
    assert quotes_of(report, fact) == ["150", "188"]
    assert fact.verdict == "conflict"


def test_a_list_and_one_place_stating_one_number_meet(tmp_path: Path) -> None:
    # the same number of the list and of one place: one figure told loosely, no conflict
    report = _apart(
        tmp_path,
        "Officials said the death toll from the floods rises to 188 in Varno and Kell.",
        "Officials said the death toll from the floods in Varno rises to 188.",
        ("2026-03-02", "2026-03-02"),
    )
    assert quotes_of(report, fact_of(report, "188")) == ["188", "188"]


def test_a_figure_of_a_past_year_is_not_the_figure_of_now(tmp_path: Path) -> None:
    report = _apart(
        tmp_path,
        "In 2016, the Kell Party ticket of Jane Roe received 0.15 percent of the vote.",
        "The Kell Party ticket of Jane Roe received 0.5 percent of the vote.",
        ("2020-11-02", "2020-11-02"),
    )
    for quote in ("0.15 percent", "0.5 percent"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    assert DifferentTime("2016", "2020") in vetoes_of(report, "0.5 percent")


def test_a_figure_dated_by_its_own_year_still_meets(tmp_path: Path) -> None:
    # the year is the year of the sources: the two numbers are one figure in conflict
    report = _apart(
        tmp_path,
        "In 2016, the Kell Party ticket of Jane Roe received 0.15 percent of the vote.",
        "The Kell Party ticket of Jane Roe received 0.5 percent of the vote.",
        ("2016-11-10", "2016-11-10"),
    )
    fact = fact_of(report, "0.15 percent")
    assert quotes_of(report, fact) == ["0.15 percent", "0.5 percent"]
    assert fact.verdict == "conflict"


def test_one_past_figure_told_with_its_year_and_without_meets(tmp_path: Path) -> None:
    report = _apart(
        tmp_path,
        "In 2016, the Kell Party ticket of Jane Roe received 0.15 percent of the vote.",
        "The Kell Party ticket of Jane Roe received 0.15 percent of the vote.",
        ("2020-11-02", "2020-11-02"),
    )
    assert quotes_of(report, fact_of(report, "0.15 percent")) == [
        "0.15 percent",
        "0.15 percent",
    ]


def test_a_year_of_another_number_of_the_sentence_dates_not_the_figure(tmp_path: Path) -> None:
    # "in 2017" dates the figure it follows, not the one before it: 61 and 63 percent are
    # one turnout in conflict
    report = _apart(
        tmp_path,
        "Turnout in Varno was 61 percent, down from 67 percent in 2017.",
        "Turnout in Varno was 63 percent, according to early figures.",
        ("2022-05-23", "2022-05-23"),
    )
    fact = fact_of(report, "61 percent")
    assert quotes_of(report, fact) == ["61 percent", "63 percent"]
    assert fact.verdict == "conflict"
    assert quotes_of(report, fact_of(report, "67 percent")) == ["67 percent"]


def test_an_outcome_told_in_two_words_meets_either(tmp_path: Path) -> None:
    # "intercepted and destroyed" and "destroyed": one thing that happened to the missiles
    report = _apart(
        tmp_path,
        "The Varno military reports that 74 missiles have been intercepted and destroyed.",
        "The Varno military says its air defence has destroyed 84 missiles so far.",
        ("2026-03-02", "2026-03-04"),
    )
    assert quotes_of(report, fact_of(report, "74 missiles")) == ["74 missiles", "84 missiles"]


def test_outcomes_that_share_nothing_keep_their_figures_apart(tmp_path: Path) -> None:
    # a number between the outcome words joins none: three killed, 81 injured
    reader = Kinds.build(load_rules()).language("en").context
    claim = SimpleNamespace(
        sentence="Three people are killed and 81 others are injured in Varno.",
        quote="Three people",
    )
    assert reader.joined_outcomes(claim, reader.outcome(claim)) == {"killed"}
    report = _apart(
        tmp_path,
        "The Varno military reports that 74 missiles have been intercepted.",
        "The Varno military says 84 missiles have been launched at the city so far.",
        ("2026-03-02", "2026-03-04"),
    )
    for quote in ("74 missiles", "84 missiles"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]


def test_the_whole_a_part_is_of_is_not_another_count(tmp_path: Path) -> None:
    reader = Kinds.build(load_rules()).language("en").context
    wholes = [
        ("The party won 60 of 165 first-past-the-post seats in Varno.", "165"),
        ("Roe came second, securing 12 of the state's 41 pledged delegates.", "41"),
        ("The party won 60 seats out of 165 in Varno.", "165"),
    ]
    for sentence, quote in wholes:
        claim = SimpleNamespace(sentence=sentence, quote=quote, dimension="count")
        assert reader.whole_of_part(claim), sentence
    not_wholes = [
        ("The party won 124 direct seats in Varno.", "124 direct"),
        # a clause between: the part's whole is stated before, not the claim
        ("Of the 300 people on board, 41 survived.", "41"),
        ("Most of the 41 delegates went to Roe.", "41"),
    ]
    for sentence, quote in not_wholes:
        claim = SimpleNamespace(sentence=sentence, quote=quote, dimension="count")
        assert not reader.whole_of_part(claim), sentence
    report = _apart(
        tmp_path,
        "Early results show the Kell Party won 60 of 165 first-past-the-post seats in Varno.",
        "The Kell Party wins 124 first-past-the-post seats in Varno, early results show.",
        ("2026-03-06", "2026-03-06"),
    )
    for quote in ("165", "124"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]


def test_the_whole_stated_again_meets(tmp_path: Path) -> None:
    report = _apart(
        tmp_path,
        "Early results show the Kell Party won 60 of 165 first-past-the-post seats in Varno.",
        "Early results from all 165 first-past-the-post seats in Varno are due on Friday.",
        ("2026-03-06", "2026-03-06"),
    )
    assert quotes_of(report, fact_of(report, "165")) == ["165", "165"]


def test_a_year_a_figure_is_counted_from_dates_not_the_figure(tmp_path: Path) -> None:
    # "since the 2009 landslide" names the event the quake is compared with, not the toll's
    # year: two tolls of the quake in conflict, no figure of 2009
    report = _apart(
        tmp_path,
        "The deadliest quake since the 2009 landslide killed 212 people in Varno.",
        "The quake killed 240 people in Varno, officials said.",
        ("2026-03-02", "2026-03-02"),
    )
    fact = fact_of(report, "212 people")
    assert quotes_of(report, fact) == ["212 people", "240 people"]
    assert fact.verdict == "conflict"


def test_a_bound_year_and_the_year_of_the_sources_are_no_two_years(tmp_path: Path) -> None:
    # each sentence writes a year, none the same, but one is the bound of a comparison:
    # no two figures of two years, one toll in conflict
    report = _apart(
        tmp_path,
        "The deadliest quake since the 2009 landslide killed 212 people in Varno.",
        "The quake killed 240 people in Varno in March 2026.",
        ("2026-03-02", "2026-03-02"),
    )
    assert quotes_of(report, fact_of(report, "212 people")) == ["212 people", "240 people"]


def test_a_year_the_figure_is_of_still_dates_it_beside_a_bound(tmp_path: Path) -> None:
    # "In 2011" dates the toll however "since 2002" stands after it: a figure of 2011
    # against the figure of the sources' time, two facts
    report = _apart(
        tmp_path,
        "In 2011, the floods in Varno killed 212 people, the most since 2002.",
        "The floods killed 240 people in Varno, officials said.",
        ("2026-03-02", "2026-03-02"),
    )
    assert quotes_of(report, fact_of(report, "212 people")) == ["212 people"]
    assert any(isinstance(v, DifferentTime) for v in vetoes_of(report, "240 people"))


def test_a_count_of_four_digits_is_no_year_of_its_sentence(tmp_path: Path) -> None:
    # "1846 persons" counts people: no year of the figure beside it, so no two years
    # against "October 2019"; one toll of the outbreak in conflict
    report = _apart(
        tmp_path,
        "Of those infected in Varno, 1846 persons were treated in hospital and 81 have died.",
        "The outbreak in Varno, first seen in October 2019, has killed 78 people.",
        ("2019-12-20", "2019-12-20"),
    )
    fact = fact_of(report, "81")
    assert quotes_of(report, fact) == ["78 people", "81"]
    assert fact.verdict == "conflict"


def test_a_year_before_a_word_that_counts_nothing_is_still_a_year(tmp_path: Path) -> None:
    # "the 2011 floods" is a year (floods are no counted noun): two years' tolls
    report = _apart(
        tmp_path,
        "The 2011 floods in Varno killed 81 people, officials said.",
        "The floods in Varno, first seen in October 2019, have killed 78 people.",
        ("2019-12-20", "2019-12-20"),
    )
    assert quotes_of(report, fact_of(report, "81 people")) == ["81 people"]
    assert any(isinstance(v, DifferentTime) for v in vetoes_of(report, "78 people"))


def test_a_year_a_figure_is_due_by_still_dates_it(tmp_path: Path) -> None:
    # "by 2030" is the time of a target, not the start of a span: two years' targets
    report = _apart(
        tmp_path,
        "Varno plans to build 50 new schools by 2030, the ministry said.",
        "Varno plans to build 30 new schools by 2027, the ministry said.",
        ("2026-03-02", "2026-03-02"),
    )
    assert quotes_of(report, fact_of(report, "50")) == ["50"]
    assert DifferentTime("2030", "2027") in vetoes_of(report, "30")
