"""A day's items tell a running tally updated or a new incident of the same measure: two
figures whose items each introduce their incident as new ("in an airstrike on a boat",
"when a ferry capsizes") on different days are two incidents; a figure of the story told
again ("killed in the flooding") or a toll stated as updated ("rises to") is one figure
updated, a conflict whose note names the later figure."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reconcile import run
from reconcile.context import ContextReader
from reconcile.kinds import Kinds
from reconcile.reasons import KeptApart, LaterFigure, SeparateIncidents
from reconcile.render.words import note_lines
from reconcile.rules import load_rules
from tests.facts import day_page, fact_of, quotes_of


def _reader() -> ContextReader:
    return Kinds.build(load_rules()).language("en").context


def _claim(sentence: str, quote: str) -> Any:
    return SimpleNamespace(sentence=sentence, quote=quote)


def test_an_incident_introduced_as_new_is_read_from_its_sentence() -> None:
    reader = _reader()
    new = [
        ("Six people are killed in an airstrike on a fishing boat off Varno.", "Six people"),
        ("Nine people die when a ferry capsizes on Lake Orle.", "Nine people"),
        ("Police say another attack on the market killed 14 people.", "14 people"),
        # an abbreviation written with stops is one word, no clause break
        ("Five people are killed in a U.S. drone strike near Varno.", "Five people"),
        # a name of several capitalized words is one word between opener and incident
        (
            "Five people are killed when a Varno Provincial Government Mil Mi-17 helicopter "
            "crashes in bad weather.",
            "Five people",
        ),
        # a number with its separators is one word, no clause break
        ("A 7.8 magnitude earthquake strikes off the coast of Varno.", "7.8 magnitude"),
        ("An Iranian ballistic missile barrage kills eight people in Varno.", "eight people"),
        # an attack's verb, then the target it introduces
        (
            "The navy says its forces struck a fishing boat off Varno, killing four occupants.",
            "four occupants",
        ),
        ("Rebels attacked an army convoy near Kell, killing 11 soldiers.", "11 soldiers"),
        # a gathering, an outbreak, a missile: events of a day, introduced as attacks are
        ("More than 60 people are detained at a pro-farmer protest in Kell.", "60 people"),
        ("Police arrest 212 people during a rally against the dam in Varno.", "212 people"),
        ("At least nine people die in a new cholera outbreak in a camp near Kell.", "nine people"),
        # an event of days introduced as another one
        ("Another flood sweeps through Orle, killing at least 14 people.", "14 people"),
        ("A ballistic missile hits a clinic in Varno, injuring at least 90 people.", "90 people"),
        # an action carried out, its object an incident word: new in the plural too
        ("The army conducts airstrikes on Kell and Orle, killing at least 60 people.", "60 people"),
        ("The navy has carried out strikes on three boats off Varno, killing eight.", "eight"),
        # the action carried out told after its noun, in the plural too
        ("Early attacks conducted by the army on Kell kill at least 91 people.", "91 people"),
        ("Airstrikes launched by the coalition overnight kill 30 people in Orle.", "30 people"),
    ]
    for sentence, quote in new:
        assert reader.incident(_claim(sentence, quote)), sentence
    # an incident introduced after the fixed phrase is still introduced
    caused = "Nine people die as a result of a bombing at a market in Kell."
    assert reader.incident(_claim(caused, "Nine people"))
    told_again = [
        ("At least 40 people are killed in the flooding in Varno.", "At least 40 people"),
        ("The death toll from the ferry sinking rises to 31.", "31"),
        # the figure's own number word introduces no attack
        ("Two people are killed in the attack on the market.", "Two people"),
        # several incidents counted together: a sum, not one incident introduced
        ("Eleven soldiers are killed in two roadside bombings near Kell.", "Eleven soldiers"),
        # an opener too far from the incident word: another thing introduced
        ("A court in the capital of the northern region hears the bombing case.", "A court"),
        # a name is one word, the other words still count
        ("A court in the Kell District of the north hears the bombing case.", "A court"),
        # the target told again, not introduced
        ("Rebels attacked the convoy again, killing 11 soldiers.", "11 soldiers"),
        # the strikes carried out are those told before
        ("The army conducts the strikes it announced on Kell, killing 12 people.", "12 people"),
        # the protest of the story told again, not introduced
        ("Police say 480 people were detained at the protest in Kell.", "480 people"),
        # the earthquake of the story told again, not introduced
        ("The 7.8 magnitude earthquake that struck Varno killed 12 people.", "12 people"),
        # the article of a fixed phrase introduces nothing: the cause of a total
        (
            "Monitors count 40 more deaths, bringing the total to 900 deaths as a result of "
            "thirty separate massacres in Kell since Monday.",
            "40 more deaths",
        ),
        (
            "Health officials report 75 deaths as a consequence of the heatwave in Varno.",
            "75 deaths",
        ),
        # the action carried out told again, or several summed
        ("The attacks launched by the army last week killed at least 91 people.", "91 people"),
        ("Officials say 91 people died in the attacks conducted by the army.", "91 people"),
        ("Police say 12 attacks conducted in March killed 40 people.", "40 people"),
        # an event that runs for days, introduced again with an article as its toll grows
        ("At least nine people die in a cholera outbreak in a camp near Kell.", "nine people"),
        ("Officials say a flood in Varno has now killed 52 people.", "52 people"),
        # a gathering that is the setting of the day's news, not the event counted
        ("Officials report 40 new cases amid a protest by nurses in Kell.", "40 new cases"),
        # an earlier event named as the cause of the day's news, told again
        (
            "Vaccinations begin in Kell in the wake of an outbreak that killed two people.",
            "two people",
        ),
    ]
    for sentence, quote in told_again:
        assert not reader.incident(_claim(sentence, quote)), sentence


def test_two_days_new_incidents_of_one_story_are_two_facts(tmp_path: Path) -> None:
    heading = "2026 Varno coast strikes"
    day_page(
        tmp_path, "a", "03", "Six people are killed in an airstrike on a boat off Varno.", heading
    )
    day_page(
        tmp_path, "b", "09", "Four people are killed in an airstrike on a boat off Varno.", heading
    )
    report = run([tmp_path])
    for quote in ("Six people", "Four people"):
        fact = fact_of(report, quote)
        assert quotes_of(report, fact) == [quote]
        assert fact.verdict == "single"
    reasons = fact_of(report, "Four people").match.reasons
    assert KeptApart(SeparateIncidents("Six people", "Four people")) in reasons or (
        KeptApart(SeparateIncidents("Four people", "Six people")) in reasons
    )


def test_the_next_days_item_may_tell_the_same_incident_again(tmp_path: Path) -> None:
    heading = "2026 Kell nightclub bombing"
    day_page(
        tmp_path,
        "a",
        "07",
        "At least 33 people are injured in a bombing at a club in Kell.",
        heading,
    )
    day_page(
        tmp_path,
        "b",
        "08",
        "Police say 44 people are injured in a bombing at a club in Kell.",
        heading,
    )
    report = run([tmp_path])
    injured = fact_of(report, "At least 33 people")
    assert quotes_of(report, injured) == ["44 people", "At least 33 people"]
    # "at least 33" of the day before reaches 39.6 (running_floor_reach): 44 is the tally
    # counted again, a conflict that names the later figure
    assert injured.verdict == "conflict"
    later = [n for n in injured.notes if isinstance(n, LaterFigure)]
    assert [n.quote for n in later] == ["44 people"]


def test_a_toll_told_again_on_a_later_day_is_one_figure_updated(tmp_path: Path) -> None:
    # no item introduces a new incident: the flooding of the story, its toll counted again
    heading = "2026 Varno floods"
    day_page(tmp_path, "a", "03", "At least 36 people are killed in flooding in Varno.", heading)
    day_page(tmp_path, "b", "09", "At least 64 people are killed in flooding in Varno.", heading)
    report = run([tmp_path])
    toll = fact_of(report, "At least 36 people")
    assert quotes_of(report, toll) == ["At least 36 people", "At least 64 people"]
    assert toll.verdict == "conflict"
    later = [n for n in toll.notes if isinstance(n, LaterFigure)]
    assert later == [LaterFigure("At least 64 people", "b.md", "2026-03-09", None)]
    assert any(
        "the later one is “At least 64 people” (b.md, 2026-03-09)" in line
        for line in note_lines(toll.notes)
    )


def test_a_new_incident_then_its_toll_updated_is_one_figure(tmp_path: Path) -> None:
    # the first day introduces the bombing, the later day updates its toll: one fact
    heading = "2026 Kell market bombing"
    day_page(
        tmp_path, "a", "03", "Twelve people are killed in a bombing at a market in Kell.", heading
    )
    day_page(
        tmp_path, "b", "05", "The death toll from the market bombing in Kell rises to 27.", heading
    )
    report = run([tmp_path])
    toll = fact_of(report, "Twelve people")
    assert quotes_of(report, toll) == ["27", "Twelve people"]
    assert toll.verdict == "conflict"
    later = [n for n in toll.notes if isinstance(n, LaterFigure)]
    assert later == [LaterFigure("27", "b.md", "2026-03-05", None)]


def test_an_incident_dated_to_the_other_page_s_day_is_told_again(tmp_path: Path) -> None:
    heading = "2026 Varno coast strikes"
    day_page(
        tmp_path, "a", "03", "Six people are killed in an airstrike on a boat off Varno.", heading
    )
    day_page(
        tmp_path,
        "b",
        "09",
        "Divers search the wreck, six days after six people were killed in an airstrike on a "
        "boat off Varno on 3 March.",
        heading,
    )
    report = run([tmp_path])
    assert quotes_of(report, fact_of(report, "Six people")) == ["Six people", "six people"]


@pytest.mark.parametrize(
    ("later", "apart"),
    [
        # months on, another protest introduced as new: its own arrests
        ("A total of 480 people are arrested in Kell during a protest against the ban.", True),
        # the same protest's arrests told again, the count updated: one figure
        ("The number of people arrested at the protest in Kell rises to 480.", False),
    ],
)
def test_two_protests_told_as_new_are_two_facts(tmp_path: Path, later: str, apart: bool) -> None:
    heading = "Kell ban protests"
    day_page(tmp_path, "a", "03", "More than 70 people are arrested at a protest in Kell.", heading)
    day_page(tmp_path, "b", "28", later, heading)
    report = run([tmp_path])
    earlier = fact_of(report, "More than 70 people")
    assert (quotes_of(report, earlier) == ["More than 70 people"]) is apart


@pytest.mark.parametrize(
    ("later", "apart"),
    [
        # two days later, that day's strikes carried out: that day's toll
        ("The army conducts multiple airstrikes on Orle, killing at least 60 people.", True),
        # two days later, that day's attacks told by the participle after their noun
        ("Early attacks conducted by the army on Orle kill at least 91 people.", True),
        # the first day's strikes, their toll updated: one figure
        ("The toll of the airstrikes on Kell rises to 430 people.", False),
    ],
)
def test_strikes_carried_out_on_two_days_are_two_facts(
    tmp_path: Path, later: str, apart: bool
) -> None:
    heading = "2026 Kell war"
    day_page(
        tmp_path,
        "a",
        "03",
        "The army conducts airstrikes across Kell, killing at least 400 people.",
        heading,
    )
    day_page(tmp_path, "b", "05", later, heading)
    report = run([tmp_path])
    earlier = fact_of(report, "at least 400 people")
    assert (quotes_of(report, earlier) == ["at least 400 people"]) is apart


def test_a_later_day_s_new_incident_is_not_an_earlier_figure_updated(tmp_path: Path) -> None:
    # the earlier item tells the story's toll, the later one a new incident of its own day:
    # an update of the earlier figure would say so ("rises to") or tell its incident again
    heading = "2026 Varno border war"
    day_page(tmp_path, "a", "03", "Officials say 60 people were killed in the strikes.", heading)
    day_page(
        tmp_path, "b", "14", "Nine people are killed in an airstrike on a village in Kell.", heading
    )
    report = run([tmp_path])
    for quote in ("60 people", "Nine people"):
        assert quotes_of(report, fact_of(report, quote)) == [quote]
    reasons = fact_of(report, "Nine people").match.reasons
    assert KeptApart(SeparateIncidents("60 people", "Nine people")) in reasons or (
        KeptApart(SeparateIncidents("Nine people", "60 people")) in reasons
    )


@pytest.mark.parametrize(
    ("earlier", "later", "quotes"),
    [
        # the earlier item introduces the incident, the later one tells its toll again
        (
            "Twelve people are killed in a bombing at a market in Kell.",
            "Police say 27 people have now died in the market bombing in Kell.",
            ["27 people", "Twelve people"],
        ),
        # the later item introduces its incident anew, but states the same number
        (
            "Officials say 31 people died in the flooding in Varno.",
            "Divers recover the bodies of all 31 people who died when a ferry capsized in Varno.",
            ["31 people", "31 people"],
        ),
        # the later figure is stated as the toll updated
        (
            "At least 40 people are killed in the flooding in Varno.",
            "The toll rises to 64 people after a dam collapse in Varno.",
            ["64 people", "At least 40 people"],
        ),
    ],
)
def test_a_toll_restated_days_later_still_joins(
    tmp_path: Path, earlier: str, later: str, quotes: list[str]
) -> None:
    heading = "2026 Varno disaster"
    day_page(tmp_path, "a", "03", earlier, heading)
    day_page(tmp_path, "b", "09", later, heading)
    report = run([tmp_path])
    assert sorted(quotes_of(report, fact_of(report, quotes[-1]))) == sorted(quotes)


_FLOOD = "At least 40 people are killed in a flood that hits Varno."
_OUTBREAK = "At least 40 people die in a cholera outbreak in Varno."


@pytest.mark.parametrize(
    ("earlier", "later", "apart"),
    [
        # the flood of the first day, introduced again with an article, its toll grown
        (_FLOOD, "Rescuers say a flood in Varno has now killed 52 people.", False),
        # the outbreak of the story, introduced again as its toll grows
        (_OUTBREAK, "An outbreak of cholera in Varno has now killed 52 people.", False),
        # another flood, said to be another: its own toll
        (_FLOOD, "Another flood in Varno kills 52 people.", True),
        # an event of days the earlier figure's sentence never names: another event's toll
        (_FLOOD, "An outbreak of cholera in Varno has now killed 52 people.", True),
    ],
)
def test_an_event_of_days_introduced_again_is_its_toll_updated(
    tmp_path: Path, earlier: str, later: str, apart: bool
) -> None:
    heading = "2026 Varno floods"
    day_page(tmp_path, "a", "03", earlier, heading)
    day_page(tmp_path, "b", "06", later, heading)
    report = run([tmp_path])
    first = fact_of(report, "At least 40 people")
    assert (quotes_of(report, first) == ["At least 40 people"]) is apart


@pytest.mark.parametrize(
    ("earlier", "figure", "quote", "new"),
    [
        # the item introduces its incident, then tells its figure: the figure's incident
        (
            "Rebels launch six drone and ground attacks across Kell.",
            "Three people are reported killed during the attacks.",
            "Three people",
            True,
        ),
        (
            "A car bomb explosion hits a bus station in Orle.",
            "Seven people are killed in the explosion.",
            "Seven people",
            True,
        ),
        # a figure whose sentence names no incident may be another event of the day, or
        # another party's count: nothing carried
        (
            "A car bomb explosion hits a bus station in Orle.",
            "Additionally, seven people are killed in Varno.",
            "seven people",
            False,
        ),
        # an action told alone names no noun: "the attack" after it is that action
        (
            "Gunmen attacked a village near Kell.",
            "Nine villagers die in the attack.",
            "Nine villagers",
            True,
        ),
        # the item told nothing new before: nothing to carry
        (
            "Police arrest two men over the market bombing.",
            "Twelve people were killed.",
            "Twelve people",
            False,
        ),
        # the figure's own sentence names another incident than the item's: its own wins
        (
            "A second bombing is foiled near a school in Kell.",
            "The market attack killed 27 people.",
            "27 people",
            False,
        ),
        # a figure counted since a start is the story's total, no incident's
        (
            "An airstrike hits a hospital in Kell.",
            "More than 3,000 people have been killed since the war began.",
            "3,000 people",
            False,
        ),
    ],
)
def test_a_figure_tells_the_incident_its_item_introduced_before_it(
    earlier: str, figure: str, quote: str, new: bool
) -> None:
    reader = _reader()
    told = reader.item_told(f"* {earlier} ", "2026-03-03")
    assert reader.told_before(_claim(figure, quote), told)[0] is new
    # read alone, the figure's sentence introduces nothing
    assert not reader.incident(_claim(figure, quote))


def test_what_an_item_told_names_its_days_and_events() -> None:
    reader = _reader()
    told = reader.item_told(
        "* A bomb explosion hits a market in Kell on Monday. A cholera outbreak spreads. ",
        "2026-03-05",
    )
    assert told == "new ~outbreak =explosion =outbreak 2026-03-02"
    assert reader.item_told("* Police arrest two men over the bombing. ", "2026-03-05") == ""


@pytest.mark.parametrize(
    ("earlier", "later", "apart"),
    [
        # two incidents of one kind, the later item introducing its own before its figure
        (
            "The army repels a drone attack on Orle. Additionally, five civilians are "
            "reported killed in Kell.",
            "Rebels launch eight drone and ground attacks across Kell. Two people are "
            "reported killed during the attacks.",
            True,
        ),
        (
            "A car bomb explosion hits a police station in Kell. Six people are killed in "
            "the explosion.",
            "A suicide bombing hits a mosque in Kell. Eleven people are killed in the bombing.",
            True,
        ),
        # the later figure's sentence names no incident, but tells its count as that
        # day's event in the present ("are killed", `day_event`): another day's event
        (
            "A car bomb explosion hits a police station in Kell. Six people are killed in "
            "the explosion.",
            "A suicide bombing hits a mosque in Kell. The Interior Ministry says eleven "
            "people are killed.",
            True,
        ),
        # the later figure's sentence names no incident and tells its count back in the
        # perfect: nothing tells it apart
        (
            "A car bomb explosion hits a police station in Kell. Six people are killed in "
            "the explosion.",
            "A suicide bombing hits a mosque in Kell. The Interior Ministry says eleven "
            "people have died.",
            False,
        ),
        # one incident told over several days: its toll stated as updated
        (
            "A bomb explosion rips through a market in Kell. Twelve people are killed.",
            "Police arrest two suspects over the market bombing. The death toll rises to 27.",
            False,
        ),
        # told again by name only, before the figure
        (
            "A bomb explosion rips through a market in Kell. Twelve people are killed.",
            "Police arrest two suspects over the market bombing in Kell. At least 27 people "
            "have now died.",
            False,
        ),
        # introduced again with an article, dated to the first day
        (
            "A bomb explosion rips through a market in Kell. Twelve people are killed.",
            "Police name a suspect in a bombing at a market in Kell on 3 March. At least 27 "
            "people have died.",
            False,
        ),
        # told again with a definite article
        (
            "A landslide buries a village in the hills above Kell. Twelve people are missing.",
            "Rescuers end the search at the village buried by the landslide. Thirty people "
            "are missing.",
            False,
        ),
        # an event of days introduced again with an article
        (
            "Officials declare a cholera outbreak in a camp near Kell. Twelve people have died.",
            "A cholera outbreak in camps near Kell spreads to Orle. Forty people have died.",
            False,
        ),
        # a new incident, then the story's total since its start
        (
            "The ministry says 2,800 people have been killed since the war began.",
            "An airstrike hits a hospital in Kell, killing four. More than 3,000 people have "
            "been killed since the war began.",
            False,
        ),
    ],
)
def test_an_incident_an_item_introduced_before_its_figure_parts_two_days(
    tmp_path: Path, earlier: str, later: str, apart: bool
) -> None:
    heading = "2026 Kell conflict"
    day_page(tmp_path, "a", "03", earlier, heading)
    day_page(tmp_path, "b", "09", later, heading)
    report = run([tmp_path])
    first = next(
        c for c in report.claims if c.source_id == report.sources[0].id and c.kind == "count"
    )
    second = [
        c.quote for c in report.claims if c.kind == "count" and c.source_id != first.source_id
    ]
    fact = fact_of(report, first.quote)
    joined = [q for q in quotes_of(report, fact) if q in second]
    assert (not joined) is apart, quotes_of(report, fact)


@pytest.mark.parametrize(
    ("sentence", "quote", "told"),
    [
        # the subject of a present passive: the count of its day's event
        (
            "At least 40 people are killed in clashes between two militias in Varno.",
            "At least 40 people",
            True,
        ),
        ("Two climbers are killed in a rockfall on Mount Orle.", "Two climbers", True),
        ("Six guards are hurt when a prison riot breaks out in Kell.", "Six guards", True),
        ("Some 300 families are displaced by fighting near Orle.", "300 families", True),
        # the object of a present participle of the day's event
        (
            "A lorry overturns near Kell, killing 17 people and injuring nine others.",
            "17 people",
            True,
        ),
        (
            "A lorry overturns near Kell, killing 17 people and injuring nine others.",
            "nine others",
            True,
        ),
        # the object of a verb of the event in the present, the plural's or the singular's
        ("Rebel drones kill at least 23 people in a market in Orle.", "at least 23 people", True),
        ("A naval strike kills nine fishermen off Varno.", "nine fishermen", True),
        (
            "Army shelling across northern Kell kills 31 people and injures dozens more.",
            "31 people",
            True,
        ),
        ("Militia gunfire wounds 14 villagers near Orle.", "14 villagers", True),
        # the rest of its noun, or an apposition between commas, before its present passive
        ("At least 58 villagers are killed by militia gunfire near Orle.", "At least 58", True),
        ("Nine Kell guards are killed in an ambush.", "Nine", True),
        ("Three more Kell hostages are freed by the militia.", "Three", True),
        (
            "At least 17 people, including four nurses, are killed when shells hit a clinic.",
            "At least 17 people",
            True,
        ),
        # a part an apposition opens after its whole: of that day's event when its whole is
        ("Seven people are killed, including five reporters, near Orle.", "five", True),
        ("Shells kill 22 people, including five reporters, in Kell.", "five reporters", True),
        (
            "Drones hit Kell, killing at least 17 people, including eight guards at a depot.",
            "eight guards",
            True,
        ),
        ("Officials say 52 people have died, including five reporters.", "five reporters", False),
        ("Police said 22 people were killed, including five reporters.", "five reporters", False),
        ("The 40 people killed in the raid included five reporters.", "five reporters", False),
        # an infinitive or a modal's verb is no event of the day
        ("The militia threatens to kill 20 hostages in Kell.", "20 hostages", False),
        ("Engineers warn the dam could kill 40 people downstream.", "40 people", False),
        ("Police did not kill 12 people, the ministry insists.", "12 people", False),
        # nor a noun that runs on into a clause, a perfect, a state or an expectation
        ("Nine people in the old town are killed.", "Nine people", False),
        ("At least 73 Kell soldiers have been killed since March.", "At least 73", False),
        ("12 people, including three children, remain missing.", "12 people", False),
        ("Twelve Kell officers are expected to testify.", "Twelve", False),
        ("Seven fishermen who survived are rescued.", "Seven fishermen", False),
        # the object of a name's verb in the present
        ("The Orle Tribunal sentences seven former rebel commanders.", "seven", True),
        ("The Kell Senate votes 61 to 30 to pass the budget.", "61", True),
        # a name's verb of a state or of saying: no event of the day
        ("Kell has 12 seats in the regional assembly.", "12 seats", False),
        ("The Kell Ministry reports 77 deaths from the heat.", "77 deaths", False),
        # told back in the perfect or the past, or said to be updated
        (
            "Officials say 52 people have been killed in the clashes in recent days.",
            "52 people",
            False,
        ),
        ("The crash that killed 17 people is blamed on worn brakes.", "17 people", False),
        ("The death toll from the clashes in Varno rises to 61.", "61", False),
        ("Police said 12 people were killed in the riot.", "12 people", False),
        # a state, not an event
        ("Five people are missing after the rockfall on Mount Orle.", "Five people", False),
        ("Nine people remain in hospital after the crash.", "Nine people", False),
        ("Twelve officers are expected to testify next week.", "Twelve officers", False),
        # the toll of an event that runs for days, told in the present as it grows
        ("At least 64 people are killed in flooding in Varno.", "At least 64 people", False),
    ],
)
def test_a_count_told_as_its_day_s_event_is_read_from_its_tense(
    sentence: str, quote: str, told: bool
) -> None:
    assert _reader().day_event(_claim(sentence, quote)) is told


@pytest.mark.parametrize(
    ("kept", "sentence", "quote"),
    [
        (["es"], "The Orle Tribunal sentences seven former rebel commanders.", "seven"),
        (["tes"], "The Kell Senate votes 61 to 30 to pass the budget.", "61"),
    ],
)
def test_a_name_s_verb_in_the_present_is_read_by_the_rules_endings(
    tmp_path: Path, kept: list[str], sentence: str, quote: str
) -> None:
    # the frames' `present_endings` and `present_kept` tell a verb in the present after a
    # name: an ending the rules keep is no such verb, and no day's event is read
    assert _reader().day_event(_claim(sentence, quote)) is True
    (tmp_path / "lang" / "en").mkdir(parents=True)
    (tmp_path / "lang" / "en" / "frames.toml").write_text(
        f"present_kept = {kept!r}\n".replace("'", '"'), encoding="utf-8"
    )
    reader = Kinds.build(load_rules(tmp_path)).language("en").context
    assert reader.day_event(_claim(sentence, quote)) is False


_ROCKFALL = "Two climbers are killed in a rockfall on Mount Orle."
_LORRY = "A lorry overturns on a mountain road near Kell, killing 17 people."
_CLASHES = "Officials say 52 people have been killed in clashes near Kell in recent days."


@pytest.mark.parametrize(
    ("earlier", "later", "day", "apart"),
    [
        # each day's item tells its own event in the present: two events, two counts
        (_ROCKFALL, "Three climbers are killed in a rockfall on Mount Orle.", "09", True),
        (_LORRY, "A coach leaves a mountain road near Kell, killing 17 passengers.", "09", True),
        # a name's verb in the present on each day: two decisions, two counts
        (
            "The Orle Tribunal sentences seven former rebel commanders.",
            "The Orle Tribunal charges 27 former rebel commanders.",
            "09",
            True,
        ),
        # a verb of the event in the present, or a passive past the rest of the noun
        (
            _LORRY,
            "Rebel drones kill at least 23 people in a market in Orle.",
            "09",
            True,
        ),
        (
            "Army shelling across northern Kell kills 31 people.",
            "At least 26 people, including four nurses, are killed when shells hit a clinic.",
            "09",
            True,
        ),
        (
            "At least 58 villagers are killed by militia gunfire near Orle.",
            "A naval strike kills 47 fishermen off Varno.",
            "09",
            True,
        ),
        # the parts of two days' events, the same number
        (
            "Seven people are killed, including five reporters, in a strike near Orle.",
            "Shells kill 22 people, including five reporters, at a clinic in Kell.",
            "09",
            True,
        ),
        # the event's figure told back or updated, or the same day's event told again
        (
            "Rebel drones kill at least 23 people in a market in Orle.",
            "The toll of the drone strike on the market in Orle rises to 30.",
            "09",
            False,
        ),
        (
            "Rebel drones kill at least 23 people in a market in Orle.",
            "Officials say 30 people have now died after the drone strike on the Orle market.",
            "09",
            False,
        ),
        (
            "Rebel drones kill at least 23 people in a market in Orle.",
            "At least 26 villagers are killed by rebel drones in a market in Orle.",
            "04",
            False,
        ),
        # a running figure told back, then the later day's own event: two counts
        (_CLASHES, "At least 49 people are killed in renewed clashes near Kell.", "09", True),
        # the toll of the first day's event told back or updated days on: one figure
        (_ROCKFALL, "The toll of the rockfall on Mount Orle rises to five.", "09", False),
        # a total that "reaches" is a running figure (`rolling_words`), whatever the verb's
        # shape ("... on Mount Orle reaches": a name's verb in the present)
        (_ROCKFALL, "The toll of the rockfall on Mount Orle reaches five.", "09", False),
        (
            _LORRY,
            "Police charge the driver of the lorry whose crash killed 17 people.",
            "09",
            False,
        ),
        (_CLASHES, "Officials say 60 people have now died in the clashes near Kell.", "09", False),
        # the next day's page may tell the same event again in the present
        (_ROCKFALL, "Three climbers are killed in a rockfall on Mount Orle.", "04", False),
    ],
)
def test_counts_told_as_their_day_s_events_days_apart_are_two_facts(
    tmp_path: Path, earlier: str, later: str, day: str, apart: bool
) -> None:
    heading = "2026 Kell mountain accidents"
    day_page(tmp_path, "a", "03", earlier, heading)
    day_page(tmp_path, "b", day, later, heading)
    report = run([tmp_path])
    first = next(
        c for c in report.claims if c.source_id == report.sources[0].id and c.kind == "count"
    )
    second = [
        c.quote for c in report.claims if c.kind == "count" and c.source_id != first.source_id
    ]
    joined = [q for q in quotes_of(report, fact_of(report, first.quote)) if q in second]
    assert (not joined) is apart, quotes_of(report, fact_of(report, first.quote))


@pytest.mark.parametrize(
    ("month", "together"),
    [
        # the month of the first page: its shooting told again, weeks on
        ("March", True),
        ("late March", True),
        # another month: another shooting
        ("February", False),
    ],
)
def test_a_count_dated_to_the_month_of_an_earlier_page_tells_its_incident_again(
    tmp_path: Path, month: str, together: bool
) -> None:
    heading = "2026 Kell bar shooting"
    day_page(
        tmp_path,
        "a",
        "2026-03-03",
        "Four people are killed and at least 20 others are injured in a shooting at a bar in Kell.",
        heading,
    )
    day_page(
        tmp_path,
        "b",
        "2026-04-10",
        "A man is arrested and charged over a shooting that killed four people and injured"
        f" 15 others at a bar in {month} in Kell.",
        heading,
    )
    report = run([tmp_path])
    killed = fact_of(report, "Four people")
    injured = fact_of(report, "at least 20")
    if together:
        assert quotes_of(report, killed) == ["Four people", "four people"]
        assert quotes_of(report, injured) == ["15", "at least 20"]
        assert injured.verdict == "conflict"
    else:
        assert quotes_of(report, killed) == ["Four people"]
        assert quotes_of(report, injured) == ["at least 20"]


def test_the_month_a_clause_dates_a_count_by() -> None:
    reader = _reader()

    def month(sentence: str, quote: str, published: str = "2025-11-14") -> str:
        return reader.month(_claim(sentence, quote), published)

    assert month("A fire that killed 12 people in October.", "12 people") == "2025-10"
    # a month after the page's month is last year's; a year written is kept
    assert month("A fire that killed 12 people in December.", "12 people") == "2024-12"
    assert month("A fire that killed 12 people in late May 2023.", "12 people") == "2023-05"
    assert month("A fire killed 12 people last month.", "12 people") == "2025-10"
    # a month that starts a span, a day's date or another clause's month dates nothing
    assert month("The fire killed 12, the worst since one in May.", "12") == ""
    assert month("A fire killed 12 people on 3 October.", "12 people") == ""
    assert month("Elections are due in March; a fire killed 12 people.", "12 people") == ""
    # a month of a relative clause after the count dates that clause
    assert month("Strikes kill 39 despite a truce that began last month.", "39") == ""
    assert month("A blast that killed 39 in a market in March.", "39") == "2025-03"
    # "may" the verb is no month
    assert month("The fire in Kell may have killed 12 people.", "12 people") == ""


@pytest.mark.parametrize(
    ("later", "together"),
    [
        # a week on: the flood's toll told again as it grows, a conflict
        ("2026-03-10", True),
        # a year on (past lasting_most_days): another season's flood, its own day's event
        ("2027-03-05", False),
    ],
)
def test_a_flood_s_toll_told_in_the_present_a_year_apart_is_another_flood(
    tmp_path: Path, later: str, together: bool
) -> None:
    heading = "Varno floods"
    day_page(tmp_path, "a", "2026-03-03", "Six people are killed in flooding in Varno.", heading)
    day_page(tmp_path, "b", later, "Eleven people are killed in flooding in Varno.", heading)
    report = run([tmp_path])
    toll = fact_of(report, "Six people")
    if together:
        assert quotes_of(report, toll) == ["Eleven people", "Six people"]
        assert toll.verdict == "conflict"
    else:
        assert quotes_of(report, toll) == ["Six people"]
        assert KeptApart(
            SeparateIncidents("Six people", "Eleven people")
        ) in toll.match.reasons or (
            KeptApart(SeparateIncidents("Eleven people", "Six people")) in toll.match.reasons
        )


@pytest.mark.parametrize(
    ("later", "apart"),
    [
        # the next page's count is the second night's own
        ("The second consecutive night of rioting in Kell sees 21 officers injured.", True),
        ("On the third day of rioting in Kell, 21 officers are injured.", True),
        # the first night's count told again, or the toll updated: one figure
        ("The second night of rioting in Kell sees 14 officers injured.", False),
        ("The number of officers injured in the Kell riots rises to 21.", False),
        # no window: the first night's count told again, revised
        ("Police say 21 officers were injured in the Kell riots.", False),
    ],
)
def test_a_count_of_a_later_window_of_the_story_is_its_own(
    tmp_path: Path, later: str, apart: bool
) -> None:
    heading = "2026 Kell riots"
    day_page(
        tmp_path,
        "a",
        "09",
        "Rioters clash with police in Kell, and 14 officers are injured.",
        heading,
    )
    day_page(tmp_path, "b", "10", later, heading)
    report = run([tmp_path])
    first = fact_of(report, "14 officers")
    assert (quotes_of(report, first) == ["14 officers"]) is apart
