"""Pages of many stories (a day's news as list items under item headings): which story a
number tells is read from its item and the headings above it, not from the whole page."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.anatomy import Anatomy
from reconcile.cache import ClaimCache
from reconcile.errors import RulesError
from reconcile.kinds import Kinds
from reconcile.match import item_key, item_stories
from reconcile.reasons import ContextsDiffer, DifferentStories, KeptApart
from reconcile.render.json import render_json
from reconcile.rules import load_rules
from tests.facts import fact_of, quotes_of

_DAY_ONE = (
    "---\ntitle: Current events of 20 May 2026\npublished: 2026-05-20\n---\n"
    "#### Disasters and accidents\n\n"
    "* [2026 Ituri Ebola epidemic](https://example.org/ebola)\n"
    "  * The death toll in the Ebola outbreak in eastern Democratic Republic of the Congo"
    " rises to 131. [(Reuters)](https://example.org/r1)\n"
    "* [2026 Lagos bus crash](https://example.org/lagos)\n"
    "  * Officials say 12 people died when a bus overturned. [(Reuters)](https://example.org/r2)\n"
)

_DAY_TWO = (
    "---\ntitle: Current events of 24 May 2026\npublished: 2026-05-24\n---\n"
    "#### Disasters and accidents\n\n"
    "* [2026 Ebola epidemic](https://example.org/ebola)\n"
    "  * The Africa Centres for Disease Control reports that the Ebola outbreak in the"
    " Democratic Republic of the Congo has caused 202 deaths."
    " [(Reuters)](https://example.org/r3)\n"
    "* [2026 Andes avalanche](https://example.org/andes)\n"
    "  * Rescuers say 15 people died when the avalanche buried their camp."
    " [(Reuters)](https://example.org/r4)\n"
)


def test_numbers_of_two_items_that_share_no_name_tell_two_stories(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_DAY_ONE, encoding="utf-8")
    (tmp_path / "b.md").write_text(_DAY_TWO, encoding="utf-8")
    report = run([tmp_path])
    # one toll under one heading on both days: one fact, updated
    toll = fact_of(report, "131")
    assert quotes_of(report, toll) == ["131", "202 deaths"]
    assert toll.verdict == "conflict"
    # a bus crash and an avalanche: the pages name much the same, their items nothing alike
    for quote in ("12 people", "15 people"):
        fact = fact_of(report, quote)
        assert quotes_of(report, fact) == [quote]
        assert KeptApart(DifferentStories(0.0)) in fact.match.reasons


def test_an_items_story_is_its_line_and_the_headings_above_it(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        _DAY_ONE
        + "* Six people are killed in a bus crash in Constantine Province, Algeria.\n"
        + "    * Another 40 people are injured, Algerian media report.\n"
        + "\nIn 2026, 75 people died in the Kivu floods.\n",
        encoding="utf-8",
    )
    report = run([tmp_path])
    kinds = Kinds.build(load_rules(None))
    stories = item_stories(report.claims, kinds, report.sources)

    def story(quote: str) -> str | None:
        claim = next(c for c in report.claims if c.quote == quote)
        return stories.get(item_key(claim.id))

    # under the heading "2026 Ituri Ebola epidemic", the outlet in brackets left out
    assert story("131") == "congo democratic ebola ituri republic"
    assert story("12 people") == "lagos"
    # an item above that states a sentence is another story, not a heading
    assert story("40 people") == "algerian another"
    # running text is no item
    assert story("75 people") is None


def test_an_article_with_indented_paragraphs_is_no_page_of_stories(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Floods in Kivu\npublished: 2026-05-20\n---\n"
        "    Floods in South Kivu\n"
        "      Floods in the Democratic Republic of the Congo killed 75 people on Monday.\n"
        "    Relief in Bukavu\n"
        "      Aid agencies said 1,200 families in Bukavu lost their homes.\n",
        encoding="utf-8",
    )
    report = run([tmp_path])
    kinds = Kinds.build(load_rules(None))
    # one heading with an item under it, then another: two, a page of stories
    stories = item_stories(report.claims, kinds, report.sources)
    counts = {c.quote: stories.get(item_key(c.id)) for c in report.claims if c.kind == "count"}
    assert counts == {
        "75 people": "congo democratic floods kivu republic south",
        "1,200 families": "aid bukavu relief",
    }
    (tmp_path / "a.md").write_text(
        "---\ntitle: Floods in Kivu\npublished: 2026-05-20\n---\n"
        "    Floods in South Kivu\n"
        "      Floods in the Democratic Republic of the Congo killed 75 people on Monday.\n"
        "    Aid agencies said 1,200 families in Bukavu lost their homes.\n",
        encoding="utf-8",
    )
    report = run([tmp_path])
    # a single heading over indented text: an article, read as one story
    assert item_stories(report.claims, kinds, report.sources) == {}


def test_how_many_headings_make_a_page_of_stories_is_a_rule(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.md").write_text(_DAY_ONE, encoding="utf-8")
    report = run([sources])
    # two headings ("2026 Ituri Ebola epidemic", "2026 Lagos bus crash"): a page of stories
    bundled = Kinds.build(load_rules(None))
    assert bundled.default.rules.matching.least_headings == 2
    stories = item_stories(report.claims, bundled, report.sources)
    assert sorted(set(stories.values())) == [
        "congo democratic ebola ituri republic",  # the toll, under its heading
        "ebola ituri",  # the heading's own year
        "lagos",
    ]
    # a user who asks for three reads the same text as one article
    own = tmp_path / "rules"
    own.mkdir()
    (own / "matching.toml").write_text("least_headings = 3\n", encoding="utf-8")
    stricter = Kinds.build(load_rules(own))
    assert item_stories(report.claims, stricter, report.sources) == {}
    # and a count below one is refused with the file and line
    (own / "matching.toml").write_text("\nleast_headings = 0\n", encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(own)
    assert [str(p) for p in caught.value.problems] == [
        f"{own / 'matching.toml'}:2: least_headings: 0 is below the least allowed value 1"
    ]


_CITIES = [
    "Bamako",
    "Bangui",
    "Beirut",
    "Belgrade",
    "Berlin",
    "Bern",
    "Bogota",
    "Brasilia",
    "Bratislava",
    "Brussels",
    "Bucharest",
    "Budapest",
    "Cairo",
    "Canberra",
    "Caracas",
    "Colombo",
    "Conakry",
    "Dakar",
    "Damascus",
    "Delhi",
    "Dhaka",
    "Dili",
    "Dodoma",
    "Doha",
    "Dublin",
    "Freetown",
    "Gaborone",
    "Geneva",
    "Georgetown",
    "Guatemala",
]


def _page(day: str, toll: str, start: int) -> str:
    """A day's page: one Ebola toll among crashes, each under a heading of its own (only the
    toll's heading names the outbreak)."""
    lines = [f"---\ntitle: Current events of {day} May 2026\npublished: 2026-05-{day}\n---\n"]
    for n, city in enumerate(_CITIES):
        lines.append(f"* [2026 {city} crash](https://example.org/{n})")
        lines.append(f"  * A truck overturned near {city} and {start + n} people died.")
    lines.append("* [2026 Ituri Ebola epidemic](https://example.org/ebola)")
    lines.append(f"  * {toll} [(Reuters)](https://example.org/r)")
    return "\n".join(lines) + "\n"


def test_in_a_large_block_numbers_whose_items_name_one_story_are_compared(
    tmp_path: Path,
) -> None:
    # matching.toml: blocks over 8 claims are compared only where claims share a rare word
    # (and each with its nearest by words and by value: here 30 claims lie between the two)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "matching.toml").write_text("max_block = 8\n", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.md").write_text(
        _page("20", "Health officials say the outbreak has killed 80 people.", 81),
        encoding="utf-8",
    )
    (pages / "b.md").write_text(
        _page("24", "Congolese authorities report 131 deaths.", 81 + len(_CITIES)),
        encoding="utf-8",
    )
    report = run([pages], rules_dir=rules)
    assert any("more than max_block (8)" in note.message for note in report.notes)
    toll = fact_of(report, "80 people")
    assert quotes_of(report, toll) == ["131 deaths", "80 people"]


def test_a_cached_run_reads_the_same_item_stories(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.md").write_text(_DAY_ONE, encoding="utf-8")
    (pages / "b.md").write_text(_DAY_TWO, encoding="utf-8")
    expected = render_json(run([pages]))
    for _ in range(2):  # the first run fills the cache, the second reads it back
        cache = ClaimCache.for_rules(tmp_path / "cache")
        assert cache is not None
        report = run([pages], cache=cache)
        assert render_json(report) == expected
        assert quotes_of(report, fact_of(report, "12 people")) == ["12 people"]


def test_a_toll_in_items_of_one_story_is_one_fact_whatever_names_stand_near_it(
    tmp_path: Path,
) -> None:
    # under one heading on two days, the names near each toll share nothing (an agency, a
    # city): in running text they weigh against the pair; in items of one story they do not
    for name, day, item in (
        ("a", "20", "The Directorate General of Health Services reports 344 child deaths."),
        ("b", "24", "Seven more children die in Chittagong, bringing the toll to 738."),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Current events of {day} May 2026\npublished: 2026-05-{day}\n---\n"
            "* [2026 Lagos bus crash](https://example.org/lagos)\n"
            "  * Officials say 12 people died when a bus overturned.\n"
            "* [2026 Bangladesh measles outbreak](https://example.org/measles)\n"
            f"  * {item} [(Reuters)](https://example.org/r)\n",
            encoding="utf-8",
        )
    report = run([tmp_path])
    toll = fact_of(report, "344 child deaths")
    assert quotes_of(report, toll) == ["344 child deaths", "738"]
    assert toll.verdict == "conflict"


def test_a_number_word_opening_an_item_is_no_name_of_its_story() -> None:
    reader = Kinds.build(load_rules()).language("en").context
    # two items that both open on "Four people": their stories share no name
    one = reader.topic(["  * Four people are killed in floods in Varno."])
    other = reader.topic(["  * Four people are killed in an airstrike near Kell."])
    assert one == "varno"
    assert other == "kell"
    assert reader.names("* Twenty-five people are killed in Varno.") == frozenset({"varno"})
    # nor anywhere else in its sentence
    assert reader.topic(["Update: Four people are killed in Varno."]) == "varno"
    assert reader.names("Update from Varno: Twenty-Five Kell villagers are missing.") == frozenset(
        {"varno", "kell"}
    )
    # a name opening an item is still a name when a name follows it
    assert "typhoon kalmaegi" in reader.names("* Typhoon Kalmaegi strikes Varno.")


def test_two_items_of_one_page_that_share_no_name_weigh_as_two_stories(tmp_path: Path) -> None:
    # Counts of no concept are weighed on the words around them and the story: two items
    # of one day's page are as alike as the items they stand in (two stories here), not as
    # the page is with itself
    (tmp_path / "a.md").write_text(
        "---\ntitle: Current events of 20 May 2026\npublished: 2026-05-20\n---\n"
        "#### Business and economy\n\n"
        "* [2026 Arlow dock strike](https://example.org/arlow)\n"
        "  * Striking dockers leave 18 cranes idle at the port."
        " [(Reuters)](https://example.org/r1)\n"
        "* [2026 Brenn port fire](https://example.org/brenn)\n"
        "  * A fire leaves at least 15 cranes idle in Brenn. [(Reuters)](https://example.org/r2)\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ntitle: Arlow dock strike\npublished: 2026-05-20\n---\n"
        "The dock strike left 18 cranes idle in Arlow, the union said.\n",
        encoding="utf-8",
    )
    report = run([tmp_path])
    page = next(s.id for s in report.sources if s.path.endswith("a.md"))
    strike, fire = (
        next(c for c in report.claims if c.source_id == page and c.quote == q)
        for q in ("18 cranes", "at least 15 cranes")
    )
    decision = Anatomy(report).decide(strike.id, fire.id)
    assert decision is not None
    # (two sources write "cranes" beside 18 with "idle" after it: the run makes the noun a
    # concept, `run_concepts`, and the page's two items are then weighed as two figures of
    # one concept, whose stories differ)
    assert isinstance(decision.veto, (ContextsDiffer, DifferentStories))
    assert decision.veto.story == 0.0
    assert quotes_of(report, fact_of(report, "at least 15 cranes")) == ["at least 15 cranes"]
    assert quotes_of(report, fact_of(report, "18 cranes")) == ["18 cranes", "18 cranes"]
