"""Two figures of one measure whose clauses date them by days apart ("on Monday", "on 9
March", "yesterday", resolved against each source's publication date) are figures of two
days, two facts; a date that a status word opens ("as of Tuesday") or that dates a
statement ("police said on Wednesday") dates no figure, and one fact told with different
words for its day ("on Monday" / "on 9 March") stays one fact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reconcile import run
from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.reasons import DifferentTime, KeptApart
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _claim(sentence: str, quote: str) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote)


def _story(folder: Path, name: str, published: str, body: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Attacks in Varno\npublished: {published}\n---\n{body}\n",
        encoding="utf-8",
    )


def test_the_day_a_clause_dates_a_figure_by_is_read_against_publication() -> None:
    reader = _reader()
    published = "2026-03-11"  # a Wednesday
    dated = [
        ("Gunmen killed 12 people on Monday in the market of Varno.", "12 people", "2026-03-09"),
        ("On 9 March, gunmen killed 12 people in Varno.", "12 people", "2026-03-09"),
        ("Yesterday 40 people died in the floods in Varno.", "40 people", "2026-03-10"),
        ("The storm, which hit on Monday, killed 40 people.", "40 people", "2026-03-09"),
    ]
    for sentence, quote, day in dated:
        assert reader.day(_claim(sentence, quote), published) == day, sentence
    undated = [
        # the day of a statement, not of what it states
        ("Gunmen killed 12 people in Varno, police said on Wednesday.", "12 people"),
        ("Police said on Wednesday that gunmen killed 12 people.", "12 people"),
        # the day a running figure stands at
        ("As of Tuesday, 40 people had died in the floods.", "40 people"),
        # another clause's date
        ("Gunmen killed 12 people in Varno, while on Monday a bomb hit Kell.", "12 people"),
    ]
    for sentence, quote in undated:
        assert reader.day(_claim(sentence, quote), published) == "", sentence
    # a day of no known year (no publication date) dates nothing
    assert reader.day(_claim(dated[0][0], dated[0][1]), None) == ""


def _dated(folder: Path, least: int) -> Path:
    """A rules folder over the bundled rules that compares the days of figures."""
    folder.mkdir()
    (folder / "matching.toml").write_text(f"dated_least_days = {least}\n", encoding="utf-8")
    return folder


def test_figures_of_two_days_are_two_facts_when_days_are_compared(tmp_path: Path) -> None:
    _story(tmp_path, "a", "2026-03-11", "Gunmen killed 12 people in Varno on Monday.")
    _story(tmp_path, "b", "2026-03-20", "Gunmen killed 14 people in Varno on Thursday.")
    # the project's rules leave days uncompared (dated_least_days = 0): one fact, a conflict
    assert len(fact_of(run([tmp_path]), "12 people").claim_ids) == 2
    report = run([tmp_path], rules_dir=_dated(tmp_path.parent / f"{tmp_path.name}-rules", 2))
    monday, thursday = fact_of(report, "12 people"), fact_of(report, "14 people")
    assert monday.id != thursday.id
    assert quotes_of(report, monday) == ["12 people"]
    assert KeptApart(DifferentTime("2026-03-09", "2026-03-19")) in thursday.match.reasons or (
        KeptApart(DifferentTime("2026-03-19", "2026-03-09")) in thursday.match.reasons
    )


def test_one_day_told_in_other_words_stays_one_fact(tmp_path: Path) -> None:
    # "on Monday" in a source of Wednesday 11 March and "on 9 March" a week later: one day
    _story(tmp_path, "a", "2026-03-11", "Gunmen killed 12 people in Varno on Monday.")
    _story(tmp_path, "b", "2026-03-18", "Gunmen killed 12 people in Varno on 9 March.")
    # the day a statement was made is no day of the figure
    _story(tmp_path, "c", "2026-03-20", "Gunmen killed 12 people in Varno, police said on Friday.")
    report = run([tmp_path])
    fact = fact_of(report, "12 people")
    assert len(fact.claim_ids) == 3
    assert fact.verdict == "agree"


def test_a_toll_updated_on_a_later_day_is_not_kept_apart(tmp_path: Path) -> None:
    # stated as a running figure: the tally of one story counted again, not two days' facts
    _story(tmp_path, "a", "2026-03-11", "The death toll in Varno rose to 30 on Monday.")
    _story(tmp_path, "b", "2026-03-20", "The death toll in Varno rose to 41 on Thursday.")
    report = run([tmp_path])
    toll = fact_of(report, "30")
    assert quotes_of(report, toll) == ["30", "41"]


def test_a_window_told_by_its_order_is_a_time_anchor() -> None:
    reader = _reader()
    told = [
        ("On the first night, 15 police officers were injured in Varno.", "15", "first night"),
        ("The first night of rioting in Varno left 15 officers injured.", "15", "first night"),
        ("The second night of rioting in Varno sees 17 officers injured.", "17", "second night"),
        ("In the first round, the challenger won 48.8% of the vote.", "48.8%", "first round"),
    ]
    for sentence, quote, anchor in told:
        at = sentence.find(quote)
        assert reader.read(sentence, at, at + len(quote), None).time == anchor, sentence
    # an ordinal of no window of time anchors nothing
    sentence = "The first 15 officers arrived in Varno."
    assert reader.read(sentence, 10, 12, None).time is None


def test_figures_of_two_nights_are_two_facts_and_of_one_night_one(tmp_path: Path) -> None:
    riots = "Riots in Varno: {} police officers were injured {} night."
    _story(tmp_path, "a", "2026-06-10", riots.format(15, "on the first"))
    _story(tmp_path, "b", "2026-06-11", riots.format(17, "on the second"))
    _story(tmp_path, "c", "2026-06-12", riots.format(15, "during the first"))
    report = run([tmp_path])
    first = fact_of(report, "15 police")
    assert len(first.claim_ids) == 2
    assert first.verdict == "agree"
    second = fact_of(report, "17 police")
    assert quotes_of(report, second) == ["17 police"]
    assert KeptApart(DifferentTime("first night", "second night")) in second.match.reasons or (
        KeptApart(DifferentTime("second night", "first night")) in second.match.reasons
    )
