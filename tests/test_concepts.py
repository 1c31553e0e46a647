"""Concepts: a sentence and one number in, what the number measures out.

Each case gives the sentence, the number as a claim quotes it, its dimension, and what a
reader would say it measures: the concept key, the words that say so, and for a distance
the place it is measured from. The frames are the bundled English ones.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reconcile import run
from reconcile.concepts import Frames, compile_frames, concept_of
from reconcile.errors import RulesError
from reconcile.kinds import Kinds
from reconcile.reasons import DifferentNames
from reconcile.rules import load_rules

QUAKE = (
    "The quake struck at a depth of 10 km, 30 km southwest of Derna, and killed at least"
    " 1,200 people."
)

# sentence, quote, dimension -> concept, evidence, place
CASES: list[tuple[str, str, str, tuple[str, str, str | None] | None]] = [
    # verb frames
    (QUAKE, "at least 1,200 people", "count", ("deaths", "killed at least 1,200 people", None)),
    (
        "Seven people died and 12 were injured.",
        "Seven people",
        "count",
        ("deaths", "Seven people died", None),
    ),
    ("Seven people died and 12 were injured.", "12", "count", ("injured", "12 were injured", None)),
    # a day's news tells its deaths in the present
    (
        "Over 50 people die after an outbreak in Velm.",
        "Over 50 people",
        "count",
        ("deaths", "Over 50 people die", None),
    ),
    # escaped prisoners or suspects not yet caught
    (
        "Four escaped inmates remain at large, the sheriff said.",
        "Four",
        "count",
        ("at_large", "Four escaped inmates remain at large", None),
    ),
    (
        "Two of the suspects are still on the run.",
        "Two",
        "count",
        ("at_large", "Two of the suspects are still on the run", None),
    ),
    (
        "The storm left 30 people dead.",
        "30 people",
        "count",
        ("deaths", "left 30 people dead", None),
    ),
    (
        "Officials evacuated some 40,000 residents.",
        "some 40,000 residents",
        "count",
        ("evacuated", "evacuated some 40,000 residents", None),
    ),
    (
        "Coast guard crews rescued 14 fishermen.",
        "14 fishermen",
        "count",
        ("rescued", "rescued 14 fishermen", None),
    ),
    (
        "Police arrested 52 people on Sunday.",
        "52 people",
        "count",
        ("arrested", "arrested 52 people", None),
    ),
    (
        "The bombing killed two soldiers and wounded 30.",
        "30",
        "count",
        ("injured", "wounded 30", None),
    ),
    # noun frames
    (
        "The death toll rose to 950 on Monday.",
        "950",
        "count",
        ("deaths", "death toll rose to 950", None),
    ),
    ("A 7.1-magnitude quake struck.", "7.1", "count", ("magnitude", "7.1-magnitude", None)),
    (
        "The earthquake, of magnitude 6.4, hit at dawn.",
        "6.4",
        "count",
        ("magnitude", "magnitude 6.4", None),
    ),
    (QUAKE, "10 km", "[length]", ("depth", "at a depth of 10 km", None)),
    (QUAKE, "30 km", "[length]", ("distance", "30 km southwest of Derna", "Derna")),
    (
        "The epicentre was about eight kilometers (five miles) southwest of the town of Guenica.",
        "about eight kilometers",
        "[length]",
        (
            "distance",
            "about eight kilometers (five miles) southwest of the town of Guenica",
            "Guenica",
        ),
    ),
    (
        "The storm was 120 miles (195 km) southeast of West Palm Beach.",
        "195 km",
        "[length]",
        ("distance", "195 km) southeast of West Palm Beach", "West Palm Beach"),
    ),
    ("The 40-foot-long whale was found.", "40-foot", "[length]", ("length", "40-foot-long", None)),
    ("She won 52% of the vote.", "52%", "percent", ("vote_share", "52% of the vote", None)),
    (
        "Turnout was 61 percent, officials said.",
        "61 percent",
        "percent",
        ("turnout", "Turnout was 61 percent", None),
    ),
    (
        "The council approved a budget of $4.5 billion.",
        "$4.5 billion",
        "currency:USD",
        ("budget", "budget of $4.5 billion", None),
    ),
    # head nouns of the counted thing
    (
        "The plane carried 150 passengers and 6 crew members.",
        "150 passengers",
        "count",
        ("aboard", "150 passengers", None),
    ),
    (
        "The plane carried 150 passengers and 6 crew members.",
        "6 crew",
        "count",
        ("crew", "6 crew members", None),
    ),
    (
        "About 5,000 protesters marched to the parliament.",
        "About 5,000 protesters",
        "count",
        ("crowd", "About 5,000 protesters", None),
    ),
    (
        "The island has reported 4,200 confirmed cases.",
        "4,200",
        "count",
        ("cases", "4,200 confirmed cases", None),
    ),
    # markets and business
    (
        "The Nasdaq Composite index lost 53.5 points, or 3.71 %, closing at 1,387.7.",
        "3.71 %",
        "percent",
        ("index_change", "points, or 3.71 %", None),
    ),
    (
        "The Nasdaq Composite index lost 53.5 points, or 3.71 %, closing at 1,387.7.",
        "1,387.7",
        "count",
        ("index_level", "closing at 1,387.7", None),
    ),
    (
        "GM plans to shut down about 1,100 of its dealerships.",
        "about 1,100",
        "count",
        ("dealers", "about 1,100 of its dealerships", None),
    ),
    # appositions and relative clauses
    (
        "The dead, 14, included two children.",
        "14",
        "count",
        ("deaths", "The dead, 14", None),
    ),
    (
        "The earthquake, which measured 5.8, shook the capital.",
        "5.8",
        "count",
        ("magnitude", "which measured 5.8", None),
    ),
    # the number's dimension picks among frames: a magnitude is no length
    ("The wall measured 5.8 metres.", "5.8 metres", "[length]", None),
    # a verb of capacity: seats, not people aboard
    (
        "The new jet will seat between 210 and 250 passengers.",
        "between 210 and 250 passengers",
        "count",
        ("seats", "seat between 210 and 250 passengers", None),
    ),
    ("The hall seats 900 people.", "900 people", "count", ("seats", "seats 900 people", None)),
    # the members a legislature's election fills are its seats, whatever a word of its name
    # would count on its own ("House"); other members stay what they are
    (
        "Voters in Karsk go to the polls to elect the 40 members of the House of Assembly.",
        "40 members",
        "count",
        ("seats", "elect the 40 members of the House", None),
    ),
    (
        "Islanders vote on Thursday to elect 17 members of the National Assembly.",
        "17 members",
        "count",
        ("seats", "elect 17 members of the National Assembly", None),
    ),
    ("The club voted to elect 12 members of the board.", "12 members", "count", None),
    # who is counted, parted from the number by modifiers, then what happened to them:
    # that is what the number counts; the noun alone reads only when nothing happened
    (
        "Over 1,200 Karsk anti-government protesters have been detained since Friday.",
        "Over 1,200",
        "count",
        ("arrested", "Over 1,200 Karsk anti-government protesters have been detained", None),
    ),
    (
        "Some 30 visiting fans were injured when a stand collapsed.",
        "Some 30",
        "count",
        ("injured", "Some 30 visiting fans were injured", None),
    ),
    (
        "Over 1,200 Karsk anti-government protesters marched through the city.",
        "Over 1,200",
        "count",
        ("crowd", "Over 1,200 Karsk anti-government protesters", None),
    ),
    # an age said of a person, or in apposition after a name (a bare number only)
    ("She was 71.", "71", "count", ("age", "She was 71", None)),
    ("Ferri, 23, scored twice.", "23", "count", ("age", "Ferri, 23,", None)),
    ("The suspect, 25, was held.", "25", "[time]", ("age", "suspect, 25,", None)),
    ("On Monday, about 40 people, mostly pupils, left.", "about 40 people", "count", None),
    # bought for an amount: a price
    (
        "The city bought the stadium for $ 40 million.",
        "$ 40 million",
        "currency:USD",
        ("price", "bought the stadium for $ 40 million", None),
    ),
    # "joined" alone is no crowd ("ten senators joined twelve others")
    ("Only ten senators joined the vote.", "ten", "count", ("senator", "ten senators", None)),
    (
        "Some 4,000 workers joined the protest.",
        "4,000 workers",
        "count",
        ("crowd", "4,000 workers joined the protest", None),
    ),
    # no frame: no concept (a claim that quotes its counted noun is matched on that noun)
    ("He bought 12 apples.", "12 apples", "count", None),
    # what a thing weighs, how long an office was held, how fast something travelled
    (
        "The statue weighs about 14 tons.",
        "about 14 tons",
        "[mass]",
        ("weight", "weighs about 14 tons", None),
    ),
    (
        "She served as president of India for five years.",
        "five years",
        "[time]",
        ("tenure", "served as president of India for five years", None),
    ),
    (
        "He spent 12 years in Congress.",
        "12 years",
        "[time]",
        ("tenure", "12 years in Congress", None),
    ),
    (
        "Zapata flew across the water at over 100 mph.",
        "over 100 mph",
        "[length] / [time]",
        ("speed", "flew across the water at over 100 mph", None),
    ),
    (
        "The phone will be available for $ 99.",
        "$ 99",
        "currency:USD",
        ("price", "available for $ 99", None),
    ),
    # the noun a claim leaves out is what it counts ("two" of "two other Governors")
    ("He met two other Governors.", "two", "count", ("governor", "two other Governors", None)),
    ("The company was founded 30 years ago.", "30 years", "[time]", None),
    # how long a race took, not how long anything run took
    (
        "Ndiaye ran the marathon in just under three hours.",
        "just under three hours",
        "[time]",
        ("race_time", "ran the marathon in just under three hours", None),
    ),
    (
        "Ito won gold with a time of 52.1 seconds.",
        "52.1 seconds",
        "[time]",
        ("race_time", "time of 52.1 seconds", None),
    ),
    ("The board ran the company in two years.", "two years", "[time]", None),
    # how far apart two things are, and a distance from a place named in lower case
    ("The wrecks lay 40 m apart.", "40 m", "[length]", ("separation", "40 m apart", None)),
    (
        "Both fires began within 3 km of each other.",
        "3 km",
        "[length]",
        ("separation", "3 km of each other", None),
    ),
    (
        "The jet landed 2 km (1.2 mi) to the east of the runway.",
        "2 km",
        "[length]",
        ("distance", "2 km (1.2 mi) to the east of", None),
    ),
    # an age in any unit of time
    (
        "A three-week-old girl was found.",
        "three-week-old",
        "[time]",
        ("age", "three-week-old", None),
    ),
    ("The boy, 11 months old, was found.", "11 months", "[time]", ("age", "11 months old", None)),
    # a delay
    (
        "The bridge opened 14 months behind schedule.",
        "14 months",
        "[time]",
        ("delay", "14 months behind schedule", None),
    ),
    (
        "The ferry sailed three hours after its planned departure.",
        "three hours",
        "[time]",
        ("delay", "three hours after its planned", None),
    ),
    (
        "The match was postponed by 90 minutes.",
        "90 minutes",
        "[time]",
        ("delay", "postponed by 90 minutes", None),
    ),
    # people found alive after a disaster are the rescued, whatever the verb's object says
    # of them ("hikers"); people said to be alive, found by nobody, are not
    (
        "Divers reached the cave on Friday and found four of the six trapped hikers alive.",
        "four",
        "count",
        ("rescued", "found four of the six trapped hikers alive", None),
    ),
    (
        "Two climbers were found alive near the summit.",
        "Two climbers",
        "count",
        ("rescued", "Two climbers were found alive", None),
    ),
    (
        "Only 15 of the hostages are believed to be alive.",
        "15",
        "count",
        ("hostage", "15 of the hostages", None),
    ),
    # the object a verb brings to the number is what it counts, when a frame's words after
    # that object only describe it: the survivors "recovered" from a cave are the rescued;
    # the people "recovered" of a disease are no other group
    (
        "Crews found two more hikers on Sunday, bringing the number of survivors recovered"
        " to seven.",
        "seven",
        "count",
        ("rescued", "bringing the number of survivors recovered to seven", None),
    ),
    (
        "Three more patients left the ward, bringing the number of people recovered to 40.",
        "40",
        "count",
        ("recovered", "bringing the number of people recovered to 40", None),
    ),
    (
        "Three more patients left the ward, and the number of patients recovered rose to 40.",
        "40",
        "count",
        ("recovered", "recovered rose to 40", None),
    ),
    # a word that opens another clause after a number says nothing of it: the number is
    # bare, read from the list it ends ("a total of" the earlier percent, its sign and
    # all), and no frame reads past that word
    (
        "The government set a 20% levy on steel, rising to a total of 45% if talks fail.",
        "45%",
        "percent",
        ("levy", "20% levy on steel, rising to a total of 45%", None),
    ),
    (
        "The storm killed 12 in Manila and 5 when a bridge collapsed in Cebu.",
        "5",
        "count",
        ("deaths", "12 in Manila and 5", None),
    ),
    # a frame's noun that another number counts is that number's: a gap read from it to a
    # later number reads nothing ("127 deaths across three regions": three regions); a
    # year counts nothing, and a frame written to the number word by word still reads
    (
        "The outbreak has now recorded 512 cases and 97 deaths across four regions.",
        "four",
        "count",
        ("region", "four regions", None),
    ),
    (
        "The outbreak has now recorded 512 cases and 97 deaths across four regions.",
        "97",
        "count",
        ("deaths", "97 deaths", None),
    ),
    (
        "The 2021 death toll of 64 was revised on Monday.",
        "64",
        "count",
        ("deaths", "death toll of 64", None),
    ),
    # look-alikes that stay apart: a crew among the people aboard, a depth and a distance
    (
        "The ferry carried 212 passengers and a crew of 14 when it sank.",
        "212 passengers",
        "count",
        ("aboard", "212 passengers", None),
    ),
    (
        "The ferry carried 212 passengers and a crew of 14 when it sank.",
        "14",
        "count",
        ("crew", "crew of 14", None),
    ),
    (
        "The quake struck 12 km below the seabed, 80 km off the coast of Sumatra.",
        "12 km",
        "[length]",
        ("depth", "12 km below the seabed", None),
    ),
    (
        "The quake struck 12 km below the seabed, 80 km off the coast of Sumatra.",
        "80 km",
        "[length]",
        ("distance", "80 km off the coast of Sumatra", "Sumatra"),
    ),
    # a chance, as a percent or as odds; the number in parentheses says it again
    (
        "Astronomers said the comet has a 1-in-40 (2.5%) chance of striking the Moon.",
        "1-in-40",
        "percent",
        ("probability", "1-in-40 (2.5%) chance", None),
    ),
    (
        "Astronomers said the comet has a 1-in-40 (2.5%) chance of striking the Moon.",
        "2.5%",
        "percent",
        ("probability", "2.5%) chance", None),
    ),
    # the chance's long subject, twelve words back, and its odds in parentheses after it
    (
        "The agency says the chances of the comet 2031 QX striking the Moon on"
        " 14 March 2038 have dropped to 0.4% (1-in-250) after new sightings.",
        "0.4%",
        "percent",
        (
            "probability",
            "chances of the comet 2031 QX striking the Moon on 14 March 2038 have dropped to 0.4%",
            None,
        ),
    ),
    (
        "The agency says the chances of the comet 2031 QX striking the Moon on"
        " 14 March 2038 have dropped to 0.4% (1-in-250) after new sightings.",
        "1-in-250",
        "percent",
        (
            "probability",
            "chances of the comet 2031 QX striking the Moon on 14 March 2038 have"
            " dropped to 0.4% (1-in-250",
            None,
        ),
    ),
    # a share of something is no chance
    (
        "About 40% of the comet's ice has melted.",
        "40%",
        "percent",
        ("share of ice", "40% of the comet's ice", None),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "quote", "dimension", "expected"),
    CASES,
    ids=[f"{case[1]}|{case[0][:40]}" for case in CASES],
)
def test_concept_of_a_number(
    frames: Frames,
    sentence: str,
    quote: str,
    dimension: str,
    expected: tuple[str, str, str | None] | None,
) -> None:
    start = sentence.index(quote)
    found = concept_of(frames, sentence, start, start + len(quote), dimension)
    if expected is None:
        assert found is None
        return
    assert found is not None
    key, evidence, place = expected
    assert (found.key, sentence[found.evidence[0] : found.evidence[1]], found.place) == (
        key,
        evidence,
        place,
    )


def test_the_nearest_frame_wins(frames: Frames) -> None:
    sentence = "The blast killed 3 people and injured 40 others."
    start = sentence.index("40")
    found = concept_of(frames, sentence, start, start + 2, "count")
    assert found is not None and found.key == "injured"


def test_every_concept_has_a_label(frames: Frames) -> None:
    assert frames.labels["deaths"] == "deaths"
    assert frames.labels["distance"] == "distance from {place}"
    assert {f.concept for f in frames.frames} <= set(frames.labels)


def errors_for(tmp_path: Path, text: str) -> list[str]:
    """The problems of a user's English frames file layered over the bundled rules."""
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = str(folder / "frames.toml")
    return [str(p).replace(shown, "frames.toml") for p in caught.value.problems]


def test_mistakes_are_all_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = errors_for(
        tmp_path,
        "[concepts]\n"
        'births = "births"\n'
        "\n"
        "[words]\n"
        'slay = ["slew"]\n'
        "\n"
        "[[frame]]\n"
        'concept = "births"\n'
        "patterns = [\n"
        '  "{slay} {N}",\n'
        '  "{murder} {N}",\n'
        '  "killed",\n'
        '  "{slay} {N}",\n'
        "]\n"
        "\n"
        "[[frame]]\n"
        'concept = "arrivals"\n'
        'patterns = ["{N} arrived"]\n',
    )
    assert len(problems) == 4
    assert problems[0].startswith(
        "frames.toml:11: frame.0.patterns.1: unknown word class {murder}; defined in [words]:"
    )
    assert problems[1:] == [
        "frames.toml:12: frame.0.patterns.2: 'killed' needs exactly one {N} slot",
        "frames.toml:13: frame.0.patterns.3: '{slay} {N}' repeats a pattern of concept"
        " 'births' for the same dimensions",
        "frames.toml:17: frame.1.concept: unknown concept 'arrivals'; declared in [concepts]:"
        + problems[3].split("declared in [concepts]:")[1],
    ]
    assert "births" in problems[3] and "deaths" in problems[3]


def test_a_name_slot_after_the_number_is_reported(tmp_path: Path) -> None:
    problems = errors_for(
        tmp_path,
        '[concepts]\nbirths = "births"\n\n[[frame]]\nconcept = "births"\n'
        'patterns = ["{N} , {NAME}"]\n',
    )
    assert problems == [
        "frames.toml:6: frame.0.patterns.0: '{N} , {NAME}': {NAME} may only come before {N}"
    ]


def test_unknown_keys_and_bad_dimensions_are_rejected(tmp_path: Path) -> None:
    problems = errors_for(
        tmp_path,
        '[[frame]]\nconcept = "deaths"\n'
        'patterns = ["slew {N}"]\ndimensions = ["people"]\nverbs = ["killed"]\n',
    )
    assert problems == [
        "frames.toml:5: unknown key 'verbs'; allowed: concept, dimensions, patterns, signed",
        "frames.toml:4: frame.0.dimensions.0: 'people' does not match"
        r" ^(count|percent|currency|\[[a-z_]+\]( [*/] \[[a-z_]+\])*)$",
    ]


def test_a_users_frames_extend_the_word_classes(tmp_path: Path) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text('[words]\nkill = ["slew"]\n', encoding="utf-8")
    frames = compile_frames(load_rules(tmp_path).frames)
    sentence = "The raiders slew 40 villagers."
    start = sentence.index("40")
    found = concept_of(frames, sentence, start, start + 2, "count")
    assert found is not None and found.key == "deaths"


@pytest.mark.parametrize(
    "sentence",
    [
        "The blast in İzmir killed 3 people and injured 40 others.",  # İ lowers to two letters
        "The ΣΑΣ blast killed 3 people and injured 40 others.",  # a sigma lowers by its place
        "The blast killed 3 people and injured 40 others.",
    ],
)
def test_a_sentence_is_read_alike_whatever_its_letters(frames: Frames, sentence: str) -> None:
    start = sentence.index("40")
    found = concept_of(frames, sentence, start, start + 2, "count")
    assert found is not None
    assert (found.key, sentence[found.evidence[0] : found.evidence[1]]) == ("injured", "injured 40")


# Two sources of one story state the same share of the vote; the names near each number
# differ. Each case: the two sentences, the pair's score when each source states one figure
# of the concept and when each states several, and whether the names weighed against it.
TICKET = (
    "In 2012, the Green ticket of Jane Roe for governor and Tom Hale for lieutenant governor"
    " received 14,800 votes (2.4 percent)."
)
NAMED: list[tuple[str, str, bool]] = [
    # the names near one number are all written in the other's sentence: they tell only
    # which of its names stands nearest, nothing against one figure
    (TICKET, "In 2012, the party's nominee Jane Roe received 14,800 votes (2.4 percent).", False),
    # a name the other sentence never writes: with several figures the names must tell
    # which is which, and they tell two
    (TICKET, "In 2012, the party's nominee Alma Reyes received 14,800 votes (2.4 percent).", True),
    # two percentages of one story, the same number, owned by two names: each its own
    (
        "In the vote of 2012, which Tom Hale's Labour list lost badly, Jane Roe's Green list"
        " received 2.4 percent.",
        "In 2012, Tom Hale's Labour list received 2.4 percent, officials said.",
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "apart"), NAMED)
def test_names_near_a_same_number_weigh_only_when_the_other_sentence_lacks_them(
    tmp_path: Path, kinds: Kinds, first: str, second: str, apart: bool
) -> None:
    for name, published, body in (("a", "2025-11-27", first), ("b", "2025-11-28", second)):
        text = f"---\ntitle: {name}\npublished: {published}\n---\n{body}\n"
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    report = run([tmp_path])
    a, b = (
        next(c for c in report.claims if c.quote == "2.4 percent" and c.source_id == source.id)
        for source in report.sources
    )
    assert (a.concept, b.concept) == ("vote_share", "vote_share")
    own = kinds.default.of(a)
    fa, fb = kinds.default.context.features(a), kinds.default.context.features(b)
    one, several = (
        own.decide(a, b, replace(fa, figures=n), replace(fb, figures=n)) for n in (1, 2)
    )
    assert any(isinstance(r, DifferentNames) for r in one.reasons) == apart
    if apart:
        assert several.score == 0.0  # under concept_cutoff: no match
    else:
        assert min(one.score, several.score) >= 65.0  # concept_cutoff
