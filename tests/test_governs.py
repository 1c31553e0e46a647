"""Which name a number belongs to in its sentence (`reconcile.governs`), and the vetoes of
names that read it.

- A possessive or an "of"-phrase on the counted thing owns the number; else the subject of
  its clause; a name a verb of saying or an opener makes the source ("Police said",
  "according to") is no owner.
- Two parties each with its own figure in one sentence of each source stay apart; each
  party's figure meets its own.
- Two reporting names ("X said 12 died" / "Y said 15 died") are one fact told twice: a
  conflict, not two facts.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.governs import OWNER, POSSESSOR, SUBJECT, Governing, GoverningReader
from reconcile.kinds import Kinds
from reconcile.kinds.quantity.kind import QuantityKind
from reconcile.models import Claim, Report
from reconcile.reasons import DifferentNames
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of, two_sources


def _reading(tmp_path: Path, text: str, reach: int | None = None) -> dict[str, Governing]:
    """The reading of each number of one source's text, by its quote (with `owner_reach`
    set to `reach` when given)."""
    (tmp_path / "a.md").write_text(
        f"---\ntitle: Notes\npublished: 2026-03-02\n---\n{text}\n", encoding="utf-8"
    )
    report = run([tmp_path])
    language = Kinds.build(load_rules()).language("en")
    kind = next(k for k in language if isinstance(k, QuantityKind))
    rules = language.rules.context
    if reach is not None:
        rules = replace(rules, owner_reach=reach)
    reader = GoverningReader(kind.context, rules)
    return {c.quote: reader.read(c) for c in report.claims if c.kind == "count"}


def test_a_possessive_on_the_counted_thing_owns_the_number(tmp_path: Path) -> None:
    found = _reading(tmp_path, "The vote went well: Beta's 12 seats came after Acme won 10 seats.")
    assert found["12 seats"].owners == {"beta"}
    assert found["12 seats"].how == POSSESSOR
    assert found["10 seats"].owners == {"acme"}
    assert found["10 seats"].how == SUBJECT


@pytest.mark.parametrize("beta", ["Beta", "[Beta](https://example.org/beta)"])
def test_a_possessive_mark_after_a_link_owns_the_number(tmp_path: Path, beta: str) -> None:
    # a link's text stands where its source wrote it, the rest blanked: the blanks between
    # the name and its mark are no words between them
    found = _reading(tmp_path, f"The vote went well: {beta}'s 12 seats came after Acme won 10.")
    assert found["12 seats"].owners == {"beta"}
    assert found["12 seats"].how == POSSESSOR


@pytest.mark.parametrize(
    ("reach", "how"), [(None, POSSESSOR), (2, POSSESSOR), (1, POSSESSOR), (0, SUBJECT)]
)
def test_the_words_a_possessive_reaches_past_are_a_rule(
    tmp_path: Path, reach: int | None, how: str
) -> None:
    # `owner_reach` (context.toml): the lower-case words between a possessive and the number
    # it owns ("Beta's first 12"); past them, the name is only the clause's subject
    found = _reading(tmp_path, "On Sunday Beta's first 12 seats were counted.", reach)
    assert found["12 seats"].owners == {"beta"}
    assert found["12 seats"].how == how


@pytest.mark.parametrize(("reach", "source"), [(None, True), (1, True), (0, False)])
def test_the_words_a_verb_of_saying_reaches_past_are_a_rule(
    tmp_path: Path, reach: int | None, source: bool
) -> None:
    # "Acme officials said": one word between the name and its verb of saying
    found = _reading(tmp_path, "On Monday Acme officials said 12 workers were hurt.", reach)
    reading = found["12 workers"]
    assert ("acme" in reading.sources) is source
    assert ("acme" in reading.owners) is not source


def test_an_of_phrase_owns_the_number_not_the_name_that_says_it(tmp_path: Path) -> None:
    found = _reading(tmp_path, "On Monday the union said that 10 of Beta's workers were hurt.")
    (reading,) = found.values()
    assert reading.owners == {"beta"}
    assert reading.how == OWNER


def test_a_reporting_name_is_the_source_not_the_owner(tmp_path: Path) -> None:
    found = _reading(
        tmp_path,
        "The next day Lena Holt said 12 people died.\n\n"
        "According to the Red Cross, 15 people died.",
    )
    assert found["12 people"].owners == frozenset()
    assert found["12 people"].sources == {"lena holt", "holt"}
    assert found["15 people"].sources == {"red cross", "cross"}


def test_the_owner_of_another_number_is_not_this_ones(tmp_path: Path) -> None:
    found = _reading(tmp_path, "The toll was 12 workers of Acme Holdings and 30 in Sarn.")
    assert found["12 workers"].owners == {"acme holdings", "holdings"}
    assert found["30"].owners == {"sarn"}


@pytest.mark.parametrize(
    ("text", "others"),
    [
        # each party's own figure: of either number, the other party's
        (
            "In the spring vote on Sunday, Labour won 10 seats and the Greens won 12 seats.",
            {"10 seats": {"greens"}, "12 seats": {"labour"}},
        ),
        # one figure between two parties (a date is no figure): nobody else's
        ("On Monday Acme paid Beta $40 million for the plant in 2019.", {"$40 million": set()}),
    ],
)
def test_the_owners_of_the_other_figures_of_a_sentence(
    tmp_path: Path, text: str, others: dict[str, set[str]]
) -> None:
    (tmp_path / "a.md").write_text(
        f"---\ntitle: Notes\npublished: 2026-03-02\n---\n{text}\n", encoding="utf-8"
    )
    report = run([tmp_path])
    language = Kinds.build(load_rules()).language("en")
    kind = next(k for k in language if isinstance(k, QuantityKind))
    found = {c.quote: kind.governs.others(c) for c in report.claims if c.quote in others}
    assert found == others


def _decision(report: Report, left: str, right: str) -> object:
    first, second = (s.id for s in sorted(report.sources, key=lambda s: s.path))
    ids = [
        next(c.id for c in report.claims if c.quote == quote and c.source_id == source)
        for quote, source in ((left, first), (right, second))
    ]
    return Anatomy(report).pair(*ids).decision


def test_two_parties_each_with_its_figure_in_one_sentence_of_each_source(
    tmp_path: Path,
) -> None:
    report = two_sources(
        tmp_path,
        "Spring vote in Varno",
        "In the spring vote on Sunday, Labour won 10 seats and the Greens won 12 seats.",
        "After the count on Sunday, the Greens took 12 seats and Labour took 10 seats.",
    )
    decision = _decision(report, "10 seats", "12 seats")
    assert isinstance(decision.veto, DifferentNames), decision  # type: ignore[attr-defined]
    owners = {decision.veto.a, decision.veto.b}  # type: ignore[attr-defined]
    assert owners == {("labour",), ("greens",)}
    for quote in ("10 seats", "12 seats"):
        assert quotes_of(report, fact_of(report, quote)) == [quote, quote]


def test_two_parties_to_one_figure_are_no_two_owners(tmp_path: Path) -> None:
    # each sentence names both parties to one price, one figure in it; the name nearest
    # the number differs (Beta, the payee; Acme, named last before the sum): still one
    # price, two sources disagreeing on it, not each party's own figure
    report = two_sources(
        tmp_path,
        "Acme buys the Lorn plant",
        "On Monday Acme paid Beta $40 million for the Lorn plant. Last year Gamma offered"
        " $30 million for it.",
        "On Monday Beta and Acme signed a $45 million deal for the Lorn plant. Last year"
        " Gamma offered $30 million for it.",
    )
    decision = _decision(report, "$40 million", "$45 million")
    assert decision.veto is None, decision  # type: ignore[attr-defined]
    fact = fact_of(report, "$40 million")
    assert quotes_of(report, fact) == ["$40 million", "$45 million"]
    assert fact.verdict == "conflict"


@pytest.mark.parametrize(
    ("left", "right", "owners"),
    [
        ("$40 million", "$15 million", ("acme", "beta")),
        ("$12 million", "$44 million", ("beta", "acme")),
    ],
)
def test_two_parties_each_paying_its_own_sum_stay_apart(
    tmp_path: Path, left: str, right: str, owners: tuple[str, str]
) -> None:
    # each sentence gives each party its own sum: the one source's owner owns the other
    # figure of the other's sentence, both ways (a trap if they met)
    report = two_sources(
        tmp_path,
        "Two plants sold",
        "On Monday Acme paid $40 million for the Lorn plant and Beta paid $12 million for"
        " the Sarn mill.",
        "On Monday Beta paid $15 million for the Sarn mill, and Acme paid $44 million for"
        " the Lorn plant.",
    )
    decision = _decision(report, left, right)
    assert isinstance(decision.veto, DifferentNames), decision  # type: ignore[attr-defined]
    assert (decision.veto.a, decision.veto.b) == ((owners[0],), (owners[1],))  # type: ignore[attr-defined]
    assert quotes_of(report, fact_of(report, "$40 million")) == ["$40 million", "$44 million"]
    assert quotes_of(report, fact_of(report, "$12 million")) == ["$12 million", "$15 million"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Mayor Lena Holt said 12 people died in the floods on Monday.",
            "The Red Cross said 15 people died in the floods on Monday.",
        ),
        (
            "According to Lena Holt, 12 people died in the floods on Monday.",
            "According to the Red Cross, 15 people died in the floods on Monday.",
        ),
    ],
)
def test_two_reporting_names_tell_one_toll(tmp_path: Path, first: str, second: str) -> None:
    report = two_sources(tmp_path, "Floods in Karsk", first, second)
    fact = fact_of(report, "12 people")
    assert quotes_of(report, fact) == ["12 people", "15 people"]
    assert fact.verdict == "conflict"


def test_two_cities_with_their_tolls_in_one_sentence_of_each_source(tmp_path: Path) -> None:
    report = two_sources(
        tmp_path,
        "Floods in Karsk and Lorn",
        "The floods killed 40 people in Karsk and 52 people in Lorn on Monday.",
        "On Monday the floods killed 52 people in Lorn and 40 people in Karsk.",
    )
    for quote in ("40 people", "52 people"):
        assert quotes_of(report, fact_of(report, quote)) == [quote, quote]
    assert _decision(report, "40 people", "52 people").veto is not None  # type: ignore[attr-defined]


def test_one_owner_of_both_numbers_is_one_subject_whoever_tells_it(tmp_path: Path) -> None:
    # the names before each number differ (who tells it: a verb of saying the attribution
    # patterns do not read), the name that owns the counted thing is one: one figure
    report = two_sources(
        tmp_path,
        "Spring vote in Varno",
        "In the spring vote, Lena Holt added that 14 districts went to Labour.",
        "In the spring vote, Tom Reyes added that 14 districts went to Labour.",
    )
    quote = "14 districts"
    assert quotes_of(report, fact_of(report, quote)) == [quote, quote]


# A run of figures in one clause: each figure's part runs to the next run joiner
# (`run_joiners`, context.toml). (the sentence, each figure's quote and its owners)
RUNS = [
    (
        "On Monday floods killed 12 people in Lorn and 8 in Sarn.",
        {"12 people": {"lorn"}, "8": {"sarn"}},
    ),
    (
        "On Monday 12 people died in Lorn, 8 in Sarn and 3 in Tamir.",
        {"12 people": {"lorn"}, "8": {"sarn"}, "3": {"tamir"}},
    ),
    (
        "On Sunday the Karsk party won 10 seats and the Tamir party 12.",
        {"10 seats": {"karsk"}, "12": {"tamir"}},
    ),
]


@pytest.mark.parametrize(("text", "owners"), RUNS)
def test_each_figure_of_a_run_has_the_name_of_its_own_part(
    tmp_path: Path, text: str, owners: dict[str, set[str]]
) -> None:
    found = _reading(tmp_path, text)
    assert {quote: set(found[quote].owners) for quote in owners} == owners


def test_a_name_after_one_figure_with_no_joiner_still_names_it(tmp_path: Path) -> None:
    # no run: the names after a figure are its own, whatever joins them
    found = _reading(tmp_path, "On Monday the storm killed 12 people in Lorn and Sarn.")
    assert "lorn" in found["12 people"].owners


def _figure(tmp_path: Path, name: str, text: str, quote: str) -> Claim:
    """The claim quoting `quote` (in full or at its end) of one source's text."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.md").write_text(
        f"---\ntitle: Notes\npublished: 2026-03-02\n---\n{text}\n", encoding="utf-8"
    )
    return next(c for c in run([folder]).claims if c.quote.endswith(quote))


_RUN_OF_TWO = (
    "The Karsk index fell 2.99 percent while the Tarvin composite index fell 3.20 percent."
)

# Two figures told of one name as each clause's subject, where a sentence runs figures of
# several names (`GoverningReader.one_subject`): (a sentence and its figure, another
# sentence and its figure, whether they are one subject's)
SUBJECTS = [
    # the name each clause of the run is about, and another outlet's figure of it
    (
        _RUN_OF_TWO,
        "3.20 percent",
        "On Friday the Tarvin composite lost 2.64 percent.",
        "2.64 percent",
        True,
    ),
    (
        _RUN_OF_TWO,
        "2.99 percent",
        "On Friday the Karsk index lost 2.64 percent.",
        "2.64 percent",
        True,
    ),
    # the other name of the run is another figure's
    (
        _RUN_OF_TWO,
        "2.99 percent",
        "On Friday the Tarvin composite lost 2.64 percent.",
        "2.64 percent",
        False,
    ),
    # a share of a company is not the company's figure: the name after the number is the
    # whole the share is of, no subject
    (
        "The state holds 6 percent of Tekael while the Orvan fund holds 9 percent.",
        "6 percent",
        "On Monday Tekael shares fell 8 percent.",
        "8 percent",
        False,
    ),
    # a place after each figure of a run is its place, not its subject
    (
        "On Monday floods killed 12 people in Lorn and 8 in Sarn.",
        "8",
        "On Monday the floods in Sarn killed 9 people.",
        "9 people",
        False,
    ),
    # one name, but no sentence of the two runs figures of several names: a clause that
    # writes no name of its other figure tells nothing of which figure is whose
    (
        "On Friday the Karsk index lost 410 points, or 5.7 percent, in three days.",
        "410 points",
        "On Friday the Karsk index fell 212 points.",
        "212 points",
        False,
    ),
]


@pytest.mark.parametrize(("one", "quote_one", "other", "quote_other", "alike"), SUBJECTS)
def test_one_subject_in_a_run_of_names(
    tmp_path: Path, one: str, quote_one: str, other: str, quote_other: str, alike: bool
) -> None:
    a = _figure(tmp_path, "a", one, quote_one)
    b = _figure(tmp_path, "b", other, quote_other)
    reader = next(
        k for k in Kinds.build(load_rules()).language("en") if isinstance(k, QuantityKind)
    ).governs
    assert reader.one_subject(a, b) is alike
    assert reader.one_subject(b, a) is alike
