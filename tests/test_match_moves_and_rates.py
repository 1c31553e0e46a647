"""Figures two sources state in different shapes of one measure: a price one writes per a
unit ("$80 a barrel") and the other bare ("rose to $82"), read per the run's unit
(`kinds/quantity/per_unit.py`); a rise and a fall of one concept ("fell 2%" / "rose 1%"),
one move the sources tell apart, weighed as signed numbers. A run pricing in two units:
the unit whose prices the bare sum's number fits, else the one its own source states
nearest it. Never a total sum against a price per unit, a price two units fit that its
source does not decide, nor a rise and a fall of different things."""

from __future__ import annotations

from pathlib import Path

from reconcile.models import Report
from reconcile.reasons import OppositeChanges
from reconcile.render.words import reason_text

from .facts import fact_of, quotes_of, two_sources


def _claim_unit(report: Report, quote: str) -> tuple[str, str, str]:
    claim = next(c for c in report.claims if c.quote == quote)
    return claim.unit, claim.dimension, claim.stated_unit


PER_BARREL = "Lowland crude was trading at $80 a barrel on Tuesday, dealers said."


def test_a_bare_price_is_read_per_the_unit_the_run_prices_it_in(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path, "Crude prices climb", "Crude prices rose to $82 on Tuesday.", PER_BARREL
    )
    # the sum keeps the currency it was written in; its unit is the run's
    assert _claim_unit(report, "$82") == ("USD / oil_barrel", "currency:USD/[length] ** 3", "USD")
    fact = fact_of(report, "$82")
    assert quotes_of(report, fact) == ["$80 a barrel", "$82"]
    assert fact.verdict != "agree"  # 80 and 82 are two prices, not one


def test_a_bare_sum_naming_the_priced_thing_is_read_per_the_unit(tmp_path: Path) -> None:
    # no word of a price near "$95": the name both sentences give the priced thing says it
    report = two_sources(
        tmp_path,
        "Crude prices climb",
        "On Tuesday the Lowland blend closed at $95, dealers said.",
        "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said.",
    )
    assert _claim_unit(report, "$95")[0] == "USD / oil_barrel"
    assert quotes_of(report, fact_of(report, "$95")) == ["$90 a barrel", "$95"]


def test_a_total_sum_never_meets_a_price_per_unit(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Crude prices climb",
        "Petrolia signed a $2 billion deal on Tuesday. Crude prices rose to $82.",
        PER_BARREL,
    )
    # another concept of sums (a deal's value) stays a sum, though a price may agree with it
    assert _claim_unit(report, "$2 billion")[0] == "USD"
    assert _claim_unit(report, "$82")[0] == "USD / oil_barrel"
    assert quotes_of(report, fact_of(report, "$2 billion")) == ["$2 billion"]


def test_a_price_far_from_the_run_s_prices_per_unit_stays_a_sum(tmp_path: Path) -> None:
    # a price of another order (the price of a refinery) is no price per barrel
    report = two_sources(
        tmp_path,
        "Crude prices climb",
        "The refinery's price rose to $900 on Tuesday, dealers said.",
        PER_BARREL,
    )
    assert _claim_unit(report, "$900")[0] == "USD"
    assert quotes_of(report, fact_of(report, "$900")) == ["$900"]


def test_a_price_the_run_states_in_two_units_is_left_bare(tmp_path: Path) -> None:
    for name, body in (
        ("a", "Fuel prices rose to €1.95 on Tuesday."),
        ("b", "Fuel was priced at €1.90 a litre on Tuesday."),
        ("c", "Fuel was priced at €1.80 a gallon on Tuesday."),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Fuel prices\npublished: 2026-03-02\n---\n{body}\n", encoding="utf-8"
        )
    from reconcile import run

    report = run([tmp_path])
    # litres or gallons: the run does not say which
    assert _claim_unit(report, "€1.95")[0] == "EUR"
    # nor are a price per litre and one per gallon one price (rates are not converted)
    assert quotes_of(report, fact_of(report, "€1.90 a litre")) == ["€1.90 a litre"]


def _sources(tmp_path: Path, *bodies: str) -> Report:
    """The report of sources of one story on fuel prices, published the same day."""
    for name, body in zip("abcd", bodies, strict=False):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Fuel prices\npublished: 2026-03-02\n---\n{body}\n", encoding="utf-8"
        )
    from reconcile import run

    return run([tmp_path])


PER_GALLON = "Lowland crude was priced at $1.95 a gallon on Tuesday, dealers said."


def test_a_bare_price_takes_the_one_unit_of_the_run_its_number_fits(tmp_path: Path) -> None:
    # the run prices crude per barrel and per gallon: $82 is of the order of the barrel's
    # price only, $2.05 of the gallon's only
    report = _sources(
        tmp_path,
        "Crude prices rose to $82 on Tuesday.",
        PER_BARREL,
        PER_GALLON + " Crude prices rose to $2.05 by Friday.",
    )
    assert _claim_unit(report, "$82")[0] == "USD / oil_barrel"
    assert _claim_unit(report, "$2.05") == ("USD / gallon", "currency:USD/[length] ** 3", "USD")
    assert quotes_of(report, fact_of(report, "$82")) == ["$80 a barrel", "$82"]


def test_a_bare_sum_naming_the_priced_thing_takes_the_unit_its_number_fits(
    tmp_path: Path,
) -> None:
    # no concept read for "$95": the name its sentence shares with the prices joins it, and
    # the prices of the unit it takes lend it theirs
    report = _sources(
        tmp_path,
        "The Lowland blend ended the day at $95, dealers said.",
        "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said.",
        "On Tuesday the Lowland blend was priced at $2.20 a gallon, dealers said.",
    )
    claim = next(c for c in report.claims if c.quote == "$95")
    assert (claim.concept, claim.unit) == ("price", "USD / oil_barrel")
    assert quotes_of(report, fact_of(report, "$95")) == ["$90 a barrel", "$95"]


def test_a_bare_sum_whose_clause_names_the_priced_concept_takes_its_unit(
    tmp_path: Path,
) -> None:
    # no name shared, no concept read next to the number: its clause names the price
    report = _sources(
        tmp_path,
        "The price of the blend, after a week of heavy selling, ended the day at $95.",
        "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said.",
        "On Tuesday the Lowland blend was priced at $2.20 a gallon, dealers said.",
    )
    assert _claim_unit(report, "$95")[0] == "USD / oil_barrel"
    # a sentence naming nothing of the kind stays a sum
    report = _sources(
        tmp_path,
        "On Tuesday it ended the day at $95, dealers said.",
        "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said.",
        "On Tuesday the Lowland blend was priced at $2.20 a gallon, dealers said.",
    )
    assert _claim_unit(report, "$95")[0] == "USD"


def test_a_bare_sum_naming_the_priced_thing_in_lower_case_takes_its_unit(
    tmp_path: Path,
) -> None:
    # no concept, no proper name: the thing priced, named before both numbers, joins it
    barrel = "Crude oil was trading at $80 a barrel on Tuesday, dealers said."
    gallon = "Gasoline cost $3.10 a gallon on Tuesday, dealers said."
    report = _sources(tmp_path, "Oil rose to $82 on Tuesday, dealers said.", barrel, gallon)
    claim = next(c for c in report.claims if c.quote == "$82")
    assert (claim.concept, claim.unit) == ("price", "USD / oil_barrel")
    assert sorted(quotes_of(report, fact_of(report, "$82"))) == ["$80 a barrel", "$82"]
    report = _sources(
        tmp_path, "On Tuesday gasoline hit $3.25, a motoring group said.", barrel, gallon
    )
    assert _claim_unit(report, "$3.25")[0] == "USD / gallon"
    # a word of a move shared ("rose"), or the thing named after the number only: no join
    for bare in ("It rose to $82 on Tuesday.", "It ended at $82, a price for crude oil."):
        report = _sources(tmp_path, bare, "Crude oil rose to $80 a barrel on Tuesday.", gallon)
        assert _claim_unit(report, "$82")[0] == "USD", bare


def test_two_units_fit_a_bare_price_its_own_source_decides(tmp_path: Path) -> None:
    # €1.95 is of the order of both prices; its source prices fuel per litre only
    report = _sources(
        tmp_path,
        "Fuel was priced at €1.90 a litre on Tuesday, and fuel prices rose to €1.95 by Friday.",
        "Fuel was priced at €1.80 a gallon on Tuesday.",
    )
    assert _claim_unit(report, "€1.95")[0] == "EUR / liter"


def test_two_units_fit_a_bare_price_its_source_s_nearest_price_decides(
    tmp_path: Path,
) -> None:
    # its source prices fuel per litre and per gallon: the price stated nearest it says
    first = "On Tuesday fuel was priced at €1.90 a litre, traders said. "
    report = _sources(
        tmp_path,
        first + "Fuel prices rose to €1.95 by Friday, when fuel cost €1.85 a gallon.",
        "Fuel was priced at €1.97 a litre on Friday.",
    )
    assert _claim_unit(report, "€1.95")[0] == "EUR / gallon"
    report = _sources(
        tmp_path,
        "Fuel cost €1.85 a gallon in March, traders said. "
        + first
        + "Fuel prices rose to €1.95 by Friday.",
        "Fuel was priced at €1.97 a litre on Friday.",
    )
    assert _claim_unit(report, "€1.95")[0] == "EUR / liter"


def test_a_total_stays_a_sum_when_the_run_prices_in_two_units(tmp_path: Path) -> None:
    for total in (
        "Petrolia signed a $2 billion deal on Tuesday.",  # another concept
        "Lowland Oil holds $2 billion in cash, its owners said.",  # a name shared, far
    ):
        report = _sources(
            tmp_path,
            total,
            "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said.",
            "On Tuesday the Lowland blend was priced at $2.20 a gallon, dealers said.",
        )
        assert _claim_unit(report, "$2 billion")[0] == "USD"
        assert quotes_of(report, fact_of(report, "$2 billion")) == ["$2 billion"]


def test_the_level_a_move_ended_at_meets_the_level_another_source_states(
    tmp_path: Path,
) -> None:
    # the sentence states the size of the fall and the level it ended at: the level is a
    # level of the index, not a change, and meets the close the other source states
    for moved in (
        "The Lowland index fell 2.1% to 7,400 points on Tuesday.",
        "The Lowland index ended down 2.1% at 7,400 points on Tuesday.",
    ):
        report = two_sources(
            tmp_path,
            "Lowland stocks fall",
            moved,
            "The Lowland index closed at 7,400 points on Tuesday.",
        )
        level = [c for c in report.claims if c.quote == "7,400 points"]
        assert [c.concept for c in level] == ["index_level", "index_level"], moved
        assert quotes_of(report, fact_of(report, "7,400 points")) == ["7,400 points"] * 2
        change = next(c for c in report.claims if c.quote.endswith("2.1%"))
        assert (change.concept, change.change) == ("index_change", "down")


def test_a_rise_and_a_fall_of_one_concept_are_one_move_in_conflict(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Crude prices",
        "Crude prices fell 2% on Tuesday as dealers sold.",
        "Crude prices rose 2% on Tuesday as dealers bought.",
    )
    fact = fact_of(report, "fell 2%")
    assert quotes_of(report, fact) == ["fell 2%", "rose 2%"]
    # the same size, moved opposite ways: -2 against +2, a conflict
    assert fact.verdict == "conflict"
    assert fact.relative_gap == 2.0


def test_two_falls_still_meet_as_before(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Crude prices",
        "Crude prices fell 2% on Tuesday as dealers sold.",
        "Crude prices fell 2% on Tuesday, dealers said.",
    )
    fact = fact_of(report, "fell 2%")
    assert len(fact.claim_ids) == 2
    assert fact.verdict == "agree"


def test_a_rise_and_a_fall_of_different_things_stay_apart(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Markets",
        "The shares fell 2% on Tuesday as dealers sold.",
        "Exports rose 2% on Tuesday, figures showed.",
    )
    assert quotes_of(report, fact_of(report, "fell 2%")) == ["fell 2%"]
    assert reason_text(OppositeChanges("down", "up")) == (
        "a change down and a change up of no one measure"
    )


def test_a_level_of_a_move_meets_the_rises_of_its_concept(tmp_path: Path) -> None:
    # a growth rate is how far the economy grew: "stood at 1.8%" and "grew 2.5%" disagree
    report = two_sources(
        tmp_path,
        "Ruritania's economy",
        "Ruritania's economy grew 2.5% in the second quarter, data showed.",
        "Ruritania's growth rate stood at 1.8% in the second quarter, data showed.",
    )
    fact = fact_of(report, "grew 2.5%")
    assert quotes_of(report, fact) == ["1.8%", "grew 2.5%"]
    assert fact.verdict == "conflict"


def test_a_move_s_level_says_its_size_not_its_way(tmp_path: Path) -> None:
    # "a move of 300 points" does not say which way: beside "lost 300 points" it agrees
    report = two_sources(
        tmp_path,
        "Stocks",
        "The Karsk index lost 300 points on Friday as dealers sold.",
        "The Karsk index's move of 300 points on Friday stunned dealers.",
    )
    fact = fact_of(report, "lost 300 points")
    assert quotes_of(report, fact) == ["300 points", "lost 300 points"]
    assert fact.verdict == "agree"


def test_an_index_s_fall_and_its_level_stay_apart(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Stocks",
        "The Karsk index fell 300 points to 12,000 on Friday.",
        "The Karsk index closed at 12,050 on Friday.",
    )
    # the move and the level are two measures; the two levels are one
    assert quotes_of(report, fact_of(report, "fell 300 points")) == ["fell 300 points"]
    assert quotes_of(report, fact_of(report, "12,050")) == ["12,000", "12,050"]


def test_a_sum_per_day_gives_no_unit_to_a_total(tmp_path: Path) -> None:
    # a rate per day is a flow: "$4 million" of its concept is a total, not a daily sum
    report = two_sources(
        tmp_path,
        "Relief",
        "The relief effort costs $5 million a day, officials said.",
        "The relief effort has cost $4 million so far, officials said.",
    )
    assert _claim_unit(report, "$4 million")[0] == "USD"
