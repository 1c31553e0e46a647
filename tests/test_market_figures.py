"""Market figures as financial writing states them: a decimal comma before a percent, the
level a move left an index at, an index's names, and how far a name is read past between a
number and what it counts (rules keys)."""

from __future__ import annotations

import dataclasses

import pytest

from reconcile.names import AliasTable
from reconcile.rules import RuleSet
from tests.conftest import bundled
from tests.test_recognizers_specs import claims_for

ENGLISH = bundled().rules.for_language("en")


def _numeric(sentence: str, rules: RuleSet = ENGLISH) -> list[tuple[str, float | None, str]]:
    return [
        (c.quote, c.value, c.kind)
        for c in claims_for(sentence, rules)
        if c.kind in ("count", "percent", "measure", "money")
    ]


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        # one or two digits after a comma, then a percent: a decimal comma
        ("The Varno index rose by 4,37 % on the day.", "rose by 4,37 %", 4.37),
        ("Shares of the carmaker fell 2,5 percent in early trading.", "fell 2,5 percent", 2.5),
        ("Consumer prices went up 0,8 per cent last month.", "up 0,8 per cent", 0.8),
    ],
)
def test_a_decimal_comma_before_a_percent(sentence: str, quote: str, value: float) -> None:
    found = _numeric(sentence)
    assert [(q, v) for q, v, _ in found] == [(quote, pytest.approx(value))]
    assert [k for *_, k in found] == ["percent"]


@pytest.mark.parametrize(
    ("sentence", "value", "not_read"),
    [
        # three digits after the comma are a group of thousands, before a percent or not
        ("The Karsk index gained 1,500 points over the year.", 1500, 1.5),
        ("Its share price jumped 1,250 % in a decade.", 1250, 1.25),
        # one or two digits after a comma before no percent: no decimal either
        ("Row 12,40 was left empty.", 12, 12.4),
    ],
)
def test_a_comma_is_a_decimal_only_before_a_percent(
    sentence: str, value: float, not_read: float
) -> None:
    values = [v for _, v, _ in _numeric(sentence)]
    assert value in values
    assert not_read not in values


def test_without_the_rules_words_a_comma_groups_thousands_only() -> None:
    rules = dataclasses.replace(
        ENGLISH,
        numbers=dataclasses.replace(ENGLISH.numbers, decimal_comma_before=()),
        by_language={},
    )
    assert ("rose by 4,37 %", 4.37) not in [
        (q, v) for q, v, _ in _numeric("The Varno index rose by 4,37 % on the day.", rules)
    ]


def _concepts(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.quote: (c.concept, c.change) for c in claims_for(sentence) if c.kind == "measure"}


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # where a move left the index: after "at", the level, whatever verb came before
        (
            "The Dow's 210.50-point fall left the index at 9,877.12, its lowest this year.",
            "9,877.12",
        ),
        ("The Karsk 40 index was trading at 4,120.55 by midday.", "4,120.55"),
        ("The Nasdaq fell 82.15 points to close at 2,310.40.", "2,310.40"),
        ("The Karsk 40 fell by 152.30 points (2.4 %) to 6,204.11 by noon.", "6,204.11"),
        # a close above or below a mark, told in the present of a day's news: a level
        (
            "Karsk's benchmark K40 index closes above 5,000 points for the first time.",
            "above 5,000 points",
        ),
        ("The Dow closed below 9,000 points on Friday.", "below 9,000 points"),
    ],
)
def test_the_level_a_move_left_an_index_at(sentence: str, level: str) -> None:
    assert _concepts(sentence)[level] == ("index_level", None)


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # the size of the move follows its verb or "down": a change, not a level
        ("The Nasdaq fell 82.15 points to close at 2,310.40.", "fell 82.15 points"),
        ("The index ended down 64.30 points at 5,120.80.", "down 64.30 points"),
        ("The Dow rose over 300 points on Monday.", "rose over 300 points"),
        ("The index fell 3 %, or 250 points, to 8,100.", "250 points"),
    ],
)
def test_the_size_of_a_move_stays_a_change(sentence: str, change: str) -> None:
    concept, moved = _concepts(sentence)[change]
    assert concept == "index_change" and moved in ("up", "down")


@pytest.mark.parametrize(
    ("sentence", "quote", "change"),
    [
        # a sign says the figure is the size of a move, even where the words say "closed at"
        ("On Friday the Dow closed at -412.30 points, down 2 %.", "-412.30 points", "down"),
        ("The Karsk 40 ended at +35.20 points on the day.", "35.20 points", "up"),
    ],
)
def test_a_signed_figure_is_a_move_not_a_level(sentence: str, quote: str, change: str) -> None:
    assert _concepts(sentence)[quote] == ("index_change", change)


def _percents(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.quote: (c.concept, c.change) for c in claims_for(sentence) if c.kind == "percent"}


@pytest.mark.parametrize(
    ("sentence", "percent", "change"),
    [
        # one move told in two units, the percent after the points past a comma and a bare
        # "down" or "up": the percent is the size of the index's move too
        (
            "On Friday the Karsk 40 closed at -212.40 points, down almost two percent.",
            "down almost two percent",
            "down",
        ),
        ("The index ended at 4,310.20 points, up 1.6 %.", "up 1.6 %", "up"),
        ("The Tessel 200 shed 95.10 points, down 1.9 % on the day.", "down 1.9 %", "down"),
    ],
)
def test_a_percent_restating_a_move_in_points_is_the_index_move(
    sentence: str, percent: str, change: str
) -> None:
    assert _percents(sentence)[percent] == ("index_change", change)


@pytest.mark.parametrize(
    ("sentence", "percent", "concept"),
    [
        # a percent of another thing beside an index's points keeps its own reading: after a
        # semicolon, another clause; its own frame nearer ("turnout"); a move of another
        # subject the points do not restate; a verb of its own after the comma, another
        # figure of the day ("losing 24%" of the 1987 crash after today's points)
        ("The Karsk 40 rose 40 points; inflation was up 2 %.", "up 2 %", "inflation"),
        ("Turnout rose 3 % or 2 points.", "rose 3 %", "turnout"),
        ("The Karsk 40 gained 40 points as the yen rose 0.5 %.", "rose 0.5 %", None),
        ("That crash sent the market down 508 points, losing 22 %.", "losing 22 %", None),
    ],
)
def test_a_percent_beside_points_it_does_not_restate_keeps_its_reading(
    sentence: str, percent: str, concept: str | None
) -> None:
    assert _percents(sentence)[percent][0] == concept


def test_an_unsigned_figure_after_closed_at_stays_a_level() -> None:
    sentence = "On Friday the Dow closed at 9,412.30 points, down 2 %."
    assert _concepts(sentence)["9,412.30 points"] == ("index_level", None)


ALIASES = AliasTable.from_rules(ENGLISH.aliases)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the Dow Jones Industrial Average", "the DJIA"),
        ("the Dow Jones", "the Dow"),
        ("the Standard & Poor's 500", "the S&P 500"),
        ("the FTSE", "the FTSE 100"),
        ("the Nikkei", "the Nikkei 225"),
        ("the Nasdaq Composite", "the Nasdaq"),
    ],
)
def test_an_index_by_its_names_is_one_index(one: str, other: str) -> None:
    assert ALIASES.apply(one) == ALIASES.apply(other)


def test_a_company_sharing_an_index_word_is_not_the_index() -> None:
    assert ALIASES.apply("Dow Chemical") == "dow chemical"


def test_how_far_a_name_is_read_past_is_a_rules_key() -> None:
    sentence = "The army said it killed 145 Karsk Liberation Front (KLF) fighters in the raid."

    def nouns(rules: RuleSet) -> list[str | None]:
        return [c.counted_noun for c in claims_for(sentence, rules) if c.kind == "count"]

    assert nouns(ENGLISH) == ["fighters"]
    for short in (
        dataclasses.replace(ENGLISH.numbers, name_words=2),
        dataclasses.replace(ENGLISH.numbers, name_chars=12),
    ):
        rules = dataclasses.replace(ENGLISH, numbers=short, by_language={})
        assert nouns(rules) == [None]
