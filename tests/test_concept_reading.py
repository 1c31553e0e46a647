"""Concepts read from the grammar around a number when no frame fits.

Three readings, each with sentences written for this test: the counted noun after the
number (past modifiers, numbers and possessives, looked up by its singular in the frames
file's `[heads]`), the subject of the verb before the number, and an earlier number of the
sentence that a bare number is listed with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.concepts import Frames, concept_of
from reconcile.errors import RulesError
from reconcile.lexicon import compile_lexicon
from reconcile.rules import load_rules

# sentence, quote, dimension -> (concept, evidence) or None
CASES: list[tuple[str, str, str, tuple[str, str] | None]] = [
    # the counted noun, past modifiers, a partitive, numbers and possessives
    (
        "The ministry counted 9 additional victims.",
        "9",
        "count",
        ("deaths", "9 additional victims"),
    ),
    (
        "Smith won 12 of the state's 41 pledged delegates.",
        "12",
        "count",
        ("delegates", "12 of the state's 41 pledged delegates"),
    ),
    # the singular of an irregular plural: lives -> life
    ("The storm claimed 50 lives.", "50", "count", ("deaths", "50 lives")),
    # a head noun means its concept only for the dimensions the concept's frames allow
    ("Floodwater covered 12 km of homes.", "12 km", "[length]", None),
    # a noun that names no concept of [heads], left out of the claim as quoted, is a
    # concept of its own, by its singular; a claim that quotes it is matched on the noun
    ("Volunteers handed out 300 blankets.", "300", "count", ("blanket", "300 blankets")),
    ("Volunteers handed out 300 blankets.", "300 blankets", "count", None),
    # ... unless it says too little of what is counted
    ("Volunteers handed out food 300 times.", "300", "count", None),
    ("Volunteers helped 300 people.", "300", "count", None),
    # a frame read past an apposition after the number
    (
        "Officials said 12 people, including three firefighters, died in the blaze.",
        "12 people",
        "count",
        ("deaths", "12 people, including three firefighters, died"),
    ),
    (
        "Some 40 residents, mostly women, were injured.",
        "40 residents",
        "count",
        ("injured", "40 residents, mostly women, were injured"),
    ),
    # the subject of the verb before the number, however far inside its clause
    (
        # ... over a frame read only after the number, past "as" into what follows
        "The toll of the ferry fire rises to 84 as a police spokesman says 12 crew are missing.",
        "84",
        "count",
        ("deaths", "toll of the ferry fire rises to 84"),
    ),
    (
        "The toll of the mine collapse increases to nine as the last missing miner is found.",
        "nine",
        "count",
        ("deaths", "toll of the mine collapse increases to nine"),
    ),
    # ... but not over the number's own words ("40 people killed")
    (
        "The casualty toll from the strikes rises to 40 people killed and 170 injured.",
        "40 people",
        "count",
        ("deaths", "40 people killed and"),
    ),
    # ... a verb in the present tense, as headlines and day pages write it
    (
        "The number of fever cases in the two provinces exceed 3,000.",
        "3,000",
        "count",
        ("cases", "cases in the two provinces exceed 3,000"),
    ),
    (
        "The count of cholera cases in the region reaches past 1,500.",
        "1,500",
        "count",
        ("cases", "cases in the region reaches past 1,500"),
    ),
    # a verb reported rather than stated: "are reported to have died"
    (
        "Around seven people in Lusaka are reported to have died of cholera overnight.",
        "Around seven people",
        "count",
        ("deaths", "Around seven people in Lusaka are reported to have died"),
    ),
    (
        "Four more children are said to have died of the fever in a day.",
        "Four",
        "count",
        ("deaths", "Four more children are said to have died"),
    ),
    # counts joined in one list share its verb: after the list ...
    (
        "Three soldiers and two civilians were killed in the blast.",
        "Three soldiers",
        "count",
        ("deaths", "Three soldiers and two civilians were killed in"),
    ),
    (
        "The siege ended with at least nine guests and all four gunmen dead.",
        "at least nine guests",
        "count",
        ("deaths", "at least nine guests and all four gunmen dead"),
    ),
    # ... or before it, read back along the list to its first count
    (
        "The explosion killed 40 rebels, 6 civilians, and 3 police officers.",
        "3 police officers",
        "count",
        ("deaths", "killed 40 rebels, 6 civilians, and 3 police officers"),
    ),
    (
        "Medics confirmed the deaths of all 20 rebels, as well as 5 drivers, and 2 soldiers.",
        "5 drivers",
        "count",
        ("deaths", "deaths of all 20 rebels, as well as 5 drivers"),
    ),
    # ... past the names and acronyms an item's noun is modified by
    (
        "The army reported the deaths of 145 Northern Front (NF) fighters, 18 civilians, "
        "and 18 police officers.",
        "18 civilians",
        "count",
        ("deaths", "deaths of 145 Northern Front (NF) fighters, 18 civilians"),
    ),
    # ... but an item of more lowercase words than a count and its noun is no list's
    (
        "The army reported the deaths of 145 fighters who had crossed the river at dawn, "
        "18 civilians, and 18 police officers.",
        "18 civilians",
        "count",
        None,
    ),
    (
        "Police arrested 12 men and 3 women.",
        "3 women",
        "count",
        ("arrested", "arrested 12 men and 3 women"),
    ),
    # ... a part of the first count, after an apposition opener
    (
        "The attack killed 30 people, including eleven police officers.",
        "eleven police officers",
        "count",
        ("deaths", "killed 30 people, including eleven police officers"),
    ),
    # a frame read past the counted noun a claim leaves out, "more" and an irregular
    # plural in it ("children", "gunmen"), and a place after it
    (
        "Officials say five more children in Ruritania have died.",
        "five",
        "count",
        ("deaths", "five more children in Ruritania have died"),
    ),
    (
        "Police say two more gunmen in Ruritania were arrested.",
        "two",
        "count",
        ("arrested", "two more gunmen in Ruritania were arrested"),
    ),
    # ... but "more than" leaves out no noun
    ("They counted 12 more than in May.", "12", "count", None),
    # a bare number after an apposition opener is a part of the noun before the comma
    (
        'The decree lifts all "reciprocal" levies, including the base 10% on grain.',
        "10%",
        "percent",
        ("levy", "levies, including the base 10%"),
    ),
    (
        "Hundreds of delegates, among them 12 from Ohio, walked out.",
        "12",
        "count",
        ("delegates", "delegates, among them 12"),
    ),
    # ... not of a noun that says too little, nor of a word that is no plural noun
    ("Hundreds of people, including 12 from Ohio, walked out.", "12", "count", None),
    ("Hundreds died, including 12 in Ohio.", "12", "count", None),
    # ... never across a count with a verb of its own, nor when the list's verb itself
    # names who is counted (the crew stay crew), nor for a count its noun says more of
    (
        "The quake killed 12 people and 40 buildings collapsed.",
        "40 buildings",
        "count",
        ("homes", "40 buildings"),
    ),
    ("The plane carried 150 passengers and 6 crew.", "6 crew", "count", ("crew", "6 crew")),
    ("Shelling caused 12 deaths and 30 injured.", "12 deaths", "count", ("deaths", "12 deaths")),
    (
        "Police said 12 people died and 30 were hurt.",
        "12 people",
        "count",
        ("deaths", "12 people died"),
    ),
    # casualties are a measure of their own (the dead and the injured, or the dead alone)
    ("The raid left 120 casualties in the town.", "120", "count", ("casualties", "120 casualties")),
    (
        "The number of casualties rose to 300.",
        "300",
        "count",
        ("casualties", "casualties rose to 300"),
    ),
    (
        "The death toll from the storm in Coastal County, Westland, climbed to 77.",
        "77",
        "count",
        ("deaths", "death toll from the storm in Coastal County, Westland, climbed to 77"),
    ),
    (
        "The toll, which had stood at 12 on Monday, rose to 31.",
        "31",
        "count",
        ("deaths", "toll, which had stood at 12 on Monday, rose to 31"),
    ),
    (
        "The toll, which had stood at 12 on Monday, rose to 31.",
        "12",
        "count",
        ("deaths", "toll, which had stood at 12"),
    ),
    # a noun that is a verb's object or a number's counted noun is no subject
    ("Crews evacuated 500 homes, and the figure later rose to 650.", "650", "count", None),
    # a capitalized word inside the sentence is a name, not a subject's head; the counted
    # noun is read however it is written, past adjectives and names
    ("The House passed two articles of impeachment.", "two", "count", ("article", "two articles")),
    (
        "The Senate heard two different articles of impeachment.",
        "two",
        "count",
        ("article", "two different articles"),
    ),
    (
        "Three major Pacific Rim stock indexes fell.",
        "Three",
        "count",
        ("index", "Three major Pacific Rim stock indexes"),
    ),
    ("Only two other Governors spoke.", "two", "count", ("governor", "two other Governors")),
    ("Lawyers of sixteen states sued.", "sixteen", "count", ("state", "sixteen states")),
    # ... also when the claim as quoted ends with an adjective
    (
        "The Senate heard two different articles of impeachment.",
        "two different",
        "count",
        ("article", "two different articles"),
    ),
    # a claim that counts people names what it counts: a later noun is not it
    ("Officials said 12 people bought tickets.", "12 people", "count", None),
    # a part of a group: what is said of the part is what it counts
    (
        "Of the crew, 149 of the survivors have been hospitalized.",
        "149",
        "count",
        ("hospitalized", "149 of the survivors have been hospitalized"),
    ),
    ("The firm will close ten of its plants.", "ten", "count", ("plant", "ten of its plants")),
    # a relative clause after the counted noun
    (
        "Among the 30 aboard were 12 people that were injured in the blast.",
        "12 people",
        "count",
        ("injured", "12 people that were injured"),
    ),
    # a frame read past the counted noun the claim leaves out
    (
        "Officials confirmed two Buddhist pilgrims from abroad also died.",
        "two",
        "count",
        ("deaths", "two Buddhist pilgrims from abroad also died"),
    ),
    # ... not when the clause counts with a number of its own
    ("The airline leases five which can carry 290 passengers.", "five", "count", None),
    # an amount is never named by a noun alone (the offer's "payment" and another outlet's
    # "fee" would then be two concepts); a share is named by the whole it is a part of, as a
    # counted noun is (two wholes named apart are weak evidence of two facts)
    ("The offer includes a $ 20,000 cash payment.", "$ 20,000", "currency:USD", None),
    (
        "Farms supply 30 percent of the region's water.",
        "30 percent",
        "percent",
        ("share of water", "30 percent of the region's water"),
    ),
    # a name before a possessive inside the counted noun's phrase
    (
        "Jones won 39 of North Dakota's 54 delegates.",
        "39",
        "count",
        ("delegates", "39 of North Dakota's 54 delegates"),
    ),
    (
        "  Fatalities across the region totaled 48.",
        "48",
        "count",
        ("deaths", "Fatalities across the region totaled 48"),
    ),
    # the subject's head wins over a frame's word that only modifies it
    (
        "The number of deaths linked to the infections passed 4,000.",
        "4,000",
        "count",
        ("deaths", "deaths linked to the infections passed 4,000"),
    ),
    # the verb may open the claim as quoted
    (
        "The tally of deaths attributed to the outbreak surpassed 2,000 on Friday.",
        "surpassed 2,000",
        "count",
        ("deaths", "deaths attributed to the outbreak surpassed 2,000"),
    ),
    # a bare number listed after an earlier one shares its concept
    (
        "Jones took 14 delegates, followed by Smith with 9.",
        "9",
        "count",
        ("delegates", "14 delegates, followed by Smith with 9"),
    ),
    ("Cases climbed to 420, up from 380.", "380", "count", ("cases", "420, up from 380")),
    (
        "The raids killed 12 in the north and 5 in the south.",
        "5",
        "count",
        ("deaths", "12 in the north and 5"),
    ),
    # ... but not across a percentage, a semicolon, or without a list word
    ("Jones took 40% of the vote, followed by Smith with 9.", "9", "count", None),
    ("Jones took 40 percent of the vote, followed by Smith with 9.", "9", "count", None),
    ("Jones took 14 delegates; Smith finished with 9.", "9", "count", None),
    # the same verb before a bare number as before an earlier one
    (
        "Jones had 8 delegates, and Smith had 7.",
        "7",
        "count",
        ("delegates", "8 delegates, and Smith had 7"),
    ),
    ("Jones had 8 delegates; Smith had 7.", "7", "count", None),
    ("He is 45 and lives in Paris.", "45", "count", ("age", "He is 45")),
    # a count joined by a hyphen to a noun counts that noun: its head's concept, whatever a
    # frame reads further on ("... building collapsed" counts no homes) ...
    ("The nine-story building collapsed.", "nine", "count", ("floors", "nine-story")),
    ("Crews searched the 12-storey block.", "12", "count", ("floors", "12-storey")),
    ("The party holds a five-seat majority.", "five", "count", ("seats", "five-seat")),
    # ... else the noun itself, by its singular as written
    ("They opened a 100-bed hospital.", "100", "count", ("bed", "100-bed")),
    # ... but a frame that reads the joined word keeps it
    ("A 6.1-magnitude quake struck.", "6.1", "count", ("magnitude", "6.1-magnitude")),
    # ... and a vague noun, an adjective or a longer compound counts nothing
    ("The two-day summit opened.", "two", "count", None),
    ("The three-pronged plan was dropped.", "three", "count", None),
    ("He won the two-party-preferred count.", "two", "count", None),
    # a frame past a relative clause whose one word said is the frame's ("killed in")
    (
        "Crews found all 40 people who were killed in the crash.",
        "40 people",
        "count",
        ("deaths", "40 people who were killed in"),
    ),
    ("Smith named 30 people who qualified for the vote.", "30 people", "count", None),
    # an apposition opened by "including", read past however long it is
    (
        "Some 80 people, including a mayor and two former football players of the national"
        " team and a singer from the capital, were injured.",
        "80 people",
        "count",
        (
            "injured",
            "80 people, including a mayor and two former football players of the national"
            " team and a singer from the capital, were injured",
        ),
    ),
    # a bare number in a clause that a contrast word and a name open: the measure of the
    # clause before, compared for another name ...
    (
        "Jones has won 310 pledged delegates, while Smith has 254.",
        "254",
        "count",
        ("delegates", "310 pledged delegates, while Smith has 254"),
    ),
    # ... but not when the clause has a subject of its own
    ("Rents rose 4%, while wages rose 2%.", "2%", "percent", None),
    # a noun read past an abbreviation ("U.S.") is what a bare count leaves out
    (
        "The ticket is on the ballot in all 50 U.S. states.",
        "50",
        "count",
        ("state", "50 U.S. states"),
    ),
    # a bare number after the same two words as an earlier number, in a parallel clause
    # past a semicolon, counts what that number counts
    (
        "Jones has a total of 310 pledged delegates; his rival Smith trails with a total of 254.",
        "254",
        "count",
        (
            "delegates",
            "310 pledged delegates; his rival Smith trails with a total of 254",
        ),
    ),
    # ... never words that say nothing of their own, nor past a parenthesis
    ("Jones won in the 12 races and lost in the 30.", "30", "count", None),
    (
        "Jones has a total of 310 delegates (Smith has a total of 254).",
        "254",
        "count",
        None,
    ),
    # a frame read past a relative clause between its words and the number
    (
        "The Nikkei, which had gained for three days in a row, fell 2.5% on Friday.",
        "2.5%",
        "percent",
        ("index_change", "Nikkei, which had gained for three days in a row, fell 2.5%"),
    ),
    # ... not when the frame's words stand inside the clause
    ("Ann, who fell, scored 2.5% more.", "2.5%", "percent", None),
    # a share: a percent or a fraction of a whole a partitive names, by the whole's head
    (
        "The treaty lifts duties on 80 percent of imported goods from next year.",
        "80 percent",
        "percent",
        ("share of good", "80 percent of imported goods"),
    ),
    (
        "The outage hit nearly half of the province's entire grid and two airports.",
        "nearly half",
        "percent",
        ("share of grid", "nearly half of the province's entire grid"),
    ),
    (
        "Storms cut power to about a quarter of New Mexico's rural homes on Friday.",
        "about a quarter",
        "percent",
        ("share of home", "about a quarter of New Mexico's rural homes"),
    ),
    (
        "Only 12% of the nurses in the region were vaccinated by May.",
        "12%",
        "percent",
        ("share of nurse", "12% of the nurses"),
    ),
    # a noun, then a word that may be a verb or the head of a compound: no share is read
    ("In May 40 percent of the public supports the plan.", "40 percent", "percent", None),
    ("Some 20% of farm exports go to Asia.", "20%", "percent", None),
    # ... unless a sign or a word that joins clauses says where the whole ends
    (
        "Half of the city councillors and the mayor agreed.",
        "Half",
        "percent",
        ("share of councillor", "Half of the city councillors"),
    ),
    # a whole whose concept only a share measures is that concept
    (
        "She held the seat with 61% of the two-candidate vote.",
        "61%",
        "percent",
        ("vote_share", "61% of the two-candidate vote"),
    ),
    # a whole that says too little, or none at all
    ("The lights were off 30% of the time.", "30%", "percent", None),
    ("Around 40% of people in the town own a car.", "40%", "percent", None),
    ("Half of all people worldwide lack water.", "Half", "percent", None),
    (
        "Rats pressed 5% of the levers used.",
        "5%",
        "percent",
        ("share of lever", "5% of the levers"),
    ),
    ("Rats went down to 5% of the lever used.", "5%", "percent", None),
    ("The vaccine failed in 30% of the time.", "30%", "percent", None),
    # a bare percent listed after a share shares its whole
    (
        "The vaccine worked in 30% of trials, up from 20% in May.",
        "20%",
        "percent",
        ("share of trial", "30% of trials, up from 20%"),
    ),
    # a span of time written as an adjective lasts what the noun after it names
    (
        "The club signed a 12-year lease with the council.",
        "12-year",
        "[time]",
        ("lease", "12-year lease"),
    ),
    (
        "The engine's thirty-year working life is over.",
        "thirty-year",
        "[time]",
        ("life", "thirty-year working life"),
    ),
    ("Shares hit a 15 year high on Monday.", "15 year", "[time]", ("high", "15 year high")),
    ("A 45-minute stoppage followed.", "45-minute", "[time]", ("stoppage", "45-minute stoppage")),
    # how long the verb before a span opener went on, the opener quoted or not
    (
        "The miners had been trapped for nearly 40 hours.",
        "for nearly 40 hours",
        "[time]",
        ("trapped", "trapped for nearly 40 hours"),
    ),
    (
        "The girl went missing for two days.",
        "two days",
        "[time]",
        ("missing", "missing for two days"),
    ),
    (
        "Prices kept rising for the past nine months.",
        "nine months",
        "[time]",
        ("rising", "rising for the past nine months"),
    ),
    # ... not when the word before the opener is no verb
    ("She played with the Giants for 12 years.", "12 years", "[time]", None),
    # a noun whose singular ends like a plural is read as it is written
    ("Talks resumed after a six-year hiatus.", "six-year", "[time]", ("hiatus", "six-year hiatus")),
    # a percent written as an adjective qualifies the noun after it ...
    (
        "The fund bought a 19.9 percent stake in the airline.",
        "19.9 percent",
        "percent",
        ("stake", "19.9 percent stake"),
    ),
    ("Brazil put a 35% luxury levy on cars.", "35%", "percent", ("levy", "35% luxury levy")),
    # ... after an article and one word that modifies the noun with it
    (
        "Ruritania raised the previous 34% levy on steel to 50%.",
        "34%",
        "percent",
        ("levy", "34% levy"),
    ),
    ("The board set a further 20% surcharge.", "20%", "percent", ("surcharge", "20% surcharge")),
    # ... not after a verb ("a proposed 25% levy"), nor after a word of another clause
    ("The plan, a proposed 25% levy, was dropped.", "25%", "percent", None),
    ("Ruritania imposed 25% levies on steel.", "25%", "percent", None),
    # ... by the first plural ending that fits its noun ("levies": levy, not "levie")
    ("Ruritania lifted the 25% levies on steel.", "25%", "percent", ("levy", "25% levies")),
    # ... and by the concept of [heads] its noun names
    (
        "Ruritania expects a 4% unemployment rate next year.",
        "4%",
        "percent",
        ("unemployment", "4% unemployment rate"),
    ),
    # ... and not by a frame that reads past that noun
    (
        "The poll fell short of the 15 percent threshold for participation in the debates.",
        "15 percent",
        "percent",
        ("threshold", "15 percent threshold"),
    ),
    (
        "Officials reported a 60% turnout in the capital.",
        "60%",
        "percent",
        ("turnout", "60% turnout"),
    ),
    # a count after an apposition opener is a part of the whole before it, and counts what
    # the whole counts, however far the whole's verb stands from the opener
    (
        "A monitor said 1,300 people were killed in the clashes in the hills, including"
        " at least 900 villagers.",
        "at least 900",
        "count",
        ("deaths", "1,300 people were killed in the clashes in the hills, including at least 900"),
    ),
    # ... not when the whole's own noun names its concept, nor for a group of people
    ("The storm damaged 300 homes, including 40 schools.", "40", "count", ("school", "40 schools")),
    ("The army sent 400 troops north, including 30 medics.", "30", "count", ("medic", "30 medics")),
    # the object of a verb of `object_verbs`, joined to the number by a link word
    (
        "Two more children died, bringing the death toll in the region from the fever past 922.",
        "922",
        "count",
        ("deaths", "bringing the death toll in the region from the fever past 922"),
    ),
    # ... read at its first noun, never at a noun of a phrase after it, nor at a name
    ("The president is raising fees on imports to 125%.", "125%", "percent", None),
    ("They brought the Smith family to 12.", "12", "count", None),
    # a verb gives a concept of what is counted (`thing_concepts`) only to a count of it
    (
        "Air defences report 84 missiles and 147 drones destroyed since Monday.",
        "147 drones",
        "count",
        None,
    ),
    (
        "Air defences report 84 missiles and 147 drones destroyed since Monday.",
        "84 missiles",
        "count",
        None,
    ),
    ("The flood left 300 houses destroyed.", "300", "count", ("homes", "300 houses")),
    ("Officials said 12 were destroyed.", "12", "count", ("homes", "12 were destroyed")),
    # a list shares the verb of its first count, not a concept that count's own noun names
    ("The firm will cut 3,000 jobs and 14 plants by 2012.", "14 plants", "count", None),
    (
        "Gunmen killed 40 soldiers and 6 civilians.",
        "6 civilians",
        "count",
        ("deaths", "killed 40 soldiers and 6 civilians"),
    ),
    # ... but a change says how much, not what changed
    ("Shops saw a 12% slump on Monday.", "12%", "percent", None),
    ("Shops reported a 12% decline.", "12%", "percent", None),
    # a span of time: not a plural unit, a word that says too little, or a name
    ("Talks went on for 15 years in Geneva.", "15 years", "[time]", None),
    ("They agreed on a two-day period of calm.", "two-day", "[time]", None),
    ("He flew a 12-hour Qantas flight.", "12-hour", "[time]", None),
    ("Within one month of the launch, sales doubled.", "one month", "[time]", None),
]


@pytest.mark.parametrize(
    ("sentence", "quote", "dimension", "expected"),
    CASES,
    ids=[f"{case[1]}|{case[0][:40]}" for case in CASES],
)
def test_concept_read_from_the_grammar(
    frames: Frames,
    sentence: str,
    quote: str,
    dimension: str,
    expected: tuple[str, str] | None,
) -> None:
    start = sentence.index(quote)
    found = concept_of(frames, sentence, start, start + len(quote), dimension)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.key, sentence[found.evidence[0] : found.evidence[1]]) == expected


def test_a_head_of_an_undeclared_concept_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text(
        '[heads]\ndeaths = ["casualty"]\nbirths = ["newborn"]\n', encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = [
        str(p).replace(str(folder / "frames.toml"), "frames.toml") for p in caught.value.problems
    ]
    assert shown == [
        "frames.toml:3: heads.births: unknown concept 'births'; declare it in [concepts]"
    ]


def test_a_users_heads_extend_the_bundled_ones(tmp_path: Path) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text('[heads]\ndeaths = ["decedent"]\n', encoding="utf-8")
    frames = compile_lexicon(load_rules(tmp_path), "en").frames
    sentence = "Medics listed 8 further decedents."
    start = sentence.index("8")
    found = concept_of(frames, sentence, start, start + 1, "count")
    assert found is not None and found.key == "deaths"
