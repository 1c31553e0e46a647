"""Named claims as news writes them: offices in their many forms, and the kinds place, date,
thing, route and source. Sentence in, claim out; then what two sources make of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.date.records import DateValue
from reconcile.models import Claim, Report, Source
from reconcile.rules import RuleSet


@pytest.fixture(scope="module")
def kinds(rules: RuleSet) -> Kinds:
    return Kinds.build(rules)


def claims(kinds: Kinds, text: str, kind: str, published: str | None = None) -> list[Claim]:
    source = Source(id="S1", path="a.txt", text=text, published=published)
    return [c for c in claims_of([source], kinds) if c.kind == kind]


def shown(kinds: Kinds, claim: Claim) -> tuple[str, str]:
    """(the claim's quote, what it means)."""
    return claim.quote, kinds.default.of(claim).means(claim)


# ----------------------------------------------------------------------------------- offices
OFFICE_CASES = [
    # title before the name, with the place before it
    ("Ohio Gov. Jane Roe said the state would appeal.", "Ohio Gov. Jane Roe", "Jane Roe", "ohio"),
    ("Acme CEO John Doe agreed.", "Acme CEO John Doe", "John Doe", "acme"),
    # possessive of the story's own place: the office has no place of its own
    ("The state's governor, Jane Roe, said so.", "state's governor, Jane Roe", "Jane Roe", ""),
    # name, then the title with a possessive body
    (
        "John Doe, Acme's chief executive, said sales fell.",
        "John Doe, Acme's chief executive",
        "John Doe",
        "acme",
    ),
    # name, then the title with its place after "of"
    (
        "Jane Roe, the governor of Ohio, spoke.",
        "Jane Roe, the governor of Ohio",
        "Jane Roe",
        "ohio",
    ),
    # "of" place running into the person
    (
        "Chief Executive of Hong Kong Carrie Lam delivered a speech.",
        "Chief Executive of Hong Kong Carrie Lam",
        "Carrie Lam",
        "hong kong",
    ),
    # a body in a possessive after "of"
    (
        "Qasem Soleimani, head of Iran's Quds Force, was killed.",
        "Qasem Soleimani, head of Iran's Quds Force",
        "Qasem Soleimani",
        "iran quds force",
    ),
    # a verb between the person and the title
    (
        "Wanda Vázquez Garced was sworn in as Puerto Rico's governor.",
        "Wanda Vázquez Garced was sworn in as Puerto Rico's governor",
        "Wanda Vázquez Garced",
        "puerto rico",
    ),
    # "from" a place after the name
    (
        "Senator Bernie Sanders from Vermont had the most delegates.",
        "Senator Bernie Sanders",
        "Bernie Sanders",
        "vermont",
    ),
]


@pytest.mark.parametrize(("text", "quote", "person", "place"), OFFICE_CASES)
def test_offices_as_news_writes_them(
    kinds: Kinds, text: str, quote: str, person: str, place: str
) -> None:
    (claim,) = claims(kinds, text, "office")
    assert claim.quote.endswith(quote) or claim.quote == quote
    assert shown(kinds, claim)[1] == person
    assert claim.detail.place == place


def test_a_surname_alone_is_the_full_name_the_source_gives(kinds: Kinds) -> None:
    text = "Jane Roe won the vote. Later, Governor Roe thanked her staff."
    (claim,) = claims(kinds, text, "office")
    assert shown(kinds, claim) == ("Governor Roe", "Jane Roe")


def test_a_capitalized_word_named_nowhere_in_full_is_no_holder(kinds: Kinds) -> None:
    assert claims(kinds, "The governor Yesterday said nothing.", "office") == []


def test_a_former_holder_is_a_former_office(kinds: Kinds) -> None:
    (claim,) = claims(kinds, "Bill Weld, the former governor of Massachusetts, spoke.", "office")
    assert claim.noun_class == "former Governor of Massachusetts"
    assert claim.detail.former is True


def test_a_rules_office_inside_a_longer_title_is_not_it(kinds: Kinds) -> None:
    text = "On Saturday, former Vice President of the United States Joe Biden won."
    (claim,) = claims(kinds, text, "office")
    assert claim.noun_class == "former Vice President of United States"


def test_a_title_and_place_that_are_a_rules_office_are_that_office(kinds: Kinds) -> None:
    (claim,) = claims(kinds, "He is a critic of Russian president Vladimir Putin.", "office")
    assert claim.dimension == "office:russia-president"


# ------------------------------------------------------------------------------------ places
PLACE_CASES = [
    (
        "Hurricane Dorian made landfall on Elbow Cay on Sunday.",
        "on Elbow Cay",
        "Elbow Cay",
        "landfall",
    ),
    ("The epicentre was near the town of Sarn.", "near the town of Sarn", "Sarn", "epicentre"),
    (
        "A pickup truck collided with motorcycles in Randolph, New Hampshire.",
        "in Randolph, New Hampshire",
        "Randolph, New Hampshire",
        "crash site",
    ),
    ("The summit was held in Brussels.", "in Brussels", "Brussels", "venue"),
    # an abbreviation's period inside a name ("St. Louis", not "St")
    ("A tornado struck St. Louis on Monday.", "struck St. Louis", "St. Louis", "event"),
    # a middle initial's period inside a name ("John Q. Tarvin Airport", not "John Q")
    (
        "The jet crashed at John Q. Tarvin Airport.",
        "at John Q. Tarvin Airport",
        "John Q. Tarvin Airport",
        "crash site",
    ),
    (
        "Protests filled the streets in the capital, San Juan.",
        "in the capital, San Juan",
        "San Juan",
        "event",
    ),
]


@pytest.mark.parametrize(("text", "quote", "name", "role"), PLACE_CASES)
def test_places_where_the_event_happened(
    kinds: Kinds, text: str, quote: str, name: str, role: str
) -> None:
    (claim,) = claims(kinds, text, "place")
    assert shown(kinds, claim) == (quote, name)
    assert claim.noun_class == role


def test_a_place_named_in_passing_is_not_a_claim(kinds: Kinds) -> None:
    # (past the opening sentence, which tells the event: a place there is the event's)
    text = "A storm hit the coast on Monday. The governor of Ohio spoke to reporters in Columbus."
    assert claims(kinds, text, "place") == []


# ------------------------------------------------------------------------------------- dates
DATE_CASES = [
    ("On Friday, the governor resigned.", "2019-08-04", "Friday", "2019-08-02"),
    ("He will leave office on August 2.", "2019-07-28", "August 2", "2019-08-02"),
    ("Protests have gone on since early June.", "2019-08-19", "June", "2019-06"),
    ("The aircraft is due in May 2008.", None, "May 2008", "2008-05"),
    ("Britain handed Hong Kong to China in 1997.", "2019-06-23", "1997", "1997"),
    ("Sanders ended his bid last week.", "2020-04-15", "last week", "2020-04-06/2020-04-12"),
    ("The plant will close next year, Roe said.", "2020-04-15", "next year", "2021"),
    ("Sales fell earlier this year in Karsk.", "2020-04-15", "earlier this year", "2020"),
    ("The virus first appeared in December in Wuhan.", "2020-01-20", "December", "2019-12"),
    # a part of a year, with a cue word or none: that year
    ("The plant opened in early 2019 near Karsk.", "2020-04-15", "early 2019", "2019"),
    ("Talks will resume mid-2026, Roe said.", "2025-11-02", "mid-2026", "2026"),
    ("The bridge will be done by the end of 2027.", None, "the end of 2027", "2027"),
    # a decade after an article or a cue word: its ten years
    ("The mine was dug in the 1990s.", None, "1990s", "1990-01-01/1999-12-31"),
    ("Tarvin grew fast during the 1980's.", None, "1980's", "1980-01-01/1989-12-31"),
]


@pytest.mark.parametrize(("text", "published", "quote", "value"), DATE_CASES)
def test_dates_resolved_against_the_publication_date(
    kinds: Kinds, text: str, published: str | None, quote: str, value: str
) -> None:
    (claim,) = claims(kinds, text, "date", published)
    assert shown(kinds, claim) == (quote, value)


def test_a_weekday_without_a_publication_date_stays_unresolved(kinds: Kinds) -> None:
    (claim,) = claims(kinds, "The vote was held on Tuesday.", "date")
    assert shown(kinds, claim) == ("Tuesday", "Tuesday (not resolved)")


def test_the_dateline_and_a_year_after_a_number_are_not_dates(kinds: Kinds) -> None:
    text = "Sunday, August 4, 2019 Aid reached $400 million in 2021."
    assert claims(kinds, text, "date", "2019-08-04") == []


def test_an_abbreviation_s_period_goes_on_into_a_body_s_name(kinds: Kinds) -> None:
    (source,) = claims(kinds, "The St. Kilda Rescue Service said 3 died.", "source")
    assert shown(kinds, source) == ("St. Kilda Rescue Service", "St. Kilda Rescue Service")


def test_a_middle_initial_goes_on_into_a_thing_s_name_and_a_first_one_or_a_sentence_s_end_not(
    kinds: Kinds,
) -> None:
    (ship,) = claims(kinds, "The carrier USS Karl T. Renner reached port.", "thing")
    assert shown(kinds, ship)[0] == "USS Karl T. Renner"
    # initials are no words of the name's reach: "Karl T. V. Renner" is three words
    (ship,) = claims(kinds, "The carrier USS Karl T. V. Renner reached port.", "thing")
    assert shown(kinds, ship)[0] == "USS Karl T. V. Renner"
    # a letter that ends a name, no capitalized word after it: no initial
    (other,) = claims(kinds, "The carrier USS Karl T. reached port.", "thing")
    assert shown(kinds, other)[0] == "USS Karl T"


def test_a_part_of_a_year_after_a_number_and_a_decade_without_a_cue_are_not_dates(
    kinds: Kinds,
) -> None:
    # the number's time ("12,000 jobs by late 2026"); "1990s" with no cue word before it
    text = "Karsk Motors will cut 12,000 jobs by late 2026. Fans wore 1990s jerseys."
    assert claims(kinds, text, "date", "2025-03-01") == []


# ------------------------------------------------------------------------------------ things
THING_CASES = [
    ("The Airbus A320neo was grounded.", "Airbus A320neo", "aircraft"),
    ("A Boeing 737 MAX 8 crashed.", "Boeing 737 MAX 8", "aircraft"),
    ("Hurricane Dorian strengthened.", "Hurricane Dorian", "storm"),
    ("The ferry MV Sewol sank.", "MV Sewol", "vessel"),
    ("Flight 302 lost contact.", "Flight 302", "flight"),
    ("He led the New Progressive Party.", "New Progressive Party", "party"),
    ("A pickup truck struck them.", "pickup truck", "vehicle"),
    ("A car hit fans of Tarvin F.C. on the road.", "Tarvin F.C.", "club"),
    ("FC Karsk won the cup.", "FC Karsk", "club"),
    ("It was driven by commercial driver Ivan Doakes.", "Ivan Doakes", "person"),
]


@pytest.mark.parametrize(("text", "name", "role"), THING_CASES)
def test_named_things(kinds: Kinds, text: str, name: str, role: str) -> None:
    (claim,) = claims(kinds, text, "thing")
    assert shown(kinds, claim) == (name, name)
    assert claim.noun_class == role


# ------------------------------------------------------------------------- routes and sources
def test_a_route_has_an_origin_and_a_destination(kinds: Kinds) -> None:
    text = "Navalny was airlifted from the city of Omsk in Siberia to Berlin, Germany."
    found = [(c.noun_class, shown(kinds, c)[1]) for c in claims(kinds, text, "route")]
    assert found == [("origin", "Omsk"), ("destination", "Berlin, Germany")]


def test_to_is_no_destination_far_from_a_journey(kinds: Kinds) -> None:
    text = "The plane flew low over the hills, and officials later spoke to Reuters about it."
    assert claims(kinds, text, "route") == []


SOURCE_CASES = [
    ("At least 12 people died, police said.", "police"),
    ("According to the Health Ministry, 40 were injured.", "Health Ministry"),
    (
        "Cases passed one million, Johns Hopkins University data indicated.",
        "Johns Hopkins University",
    ),
]


@pytest.mark.parametrize(("text", "body"), SOURCE_CASES)
def test_the_body_stating_a_figure(kinds: Kinds, text: str, body: str) -> None:
    (claim,) = claims(kinds, text, "source")
    assert shown(kinds, claim)[1] == body


def test_a_person_saying_something_is_no_body(kinds: Kinds) -> None:
    assert claims(kinds, "Officials met. Jane Roe said 12 people died.", "source") == []


# ------------------------------------------------------------------- two sources, one fact
def report_of(tmp_path: Path, *texts: str) -> Report:
    for number, text in enumerate(texts):
        (tmp_path / f"s{number}.md").write_text(
            f"---\npublished: 2026-03-0{7 + number}\n---\n{text}\n", encoding="utf-8"
        )
    return run([tmp_path])


def facts_of(report: Report, kind: str) -> list[tuple[str, str]]:
    return sorted((f.label, f.verdict) for f in report.facts if f.kind == kind)


def test_a_model_and_its_variant_are_compatible_another_model_conflicts(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "An Airbus A320 crashed near Marlow.",
        "The A320neo crashed in Marlow.",
        "The Boeing 737 crashed near Marlow.",
    )
    assert facts_of(report, "thing") == [
        ("aircraft: A320neo / Airbus A320 / Boeing 737", "conflict")
    ]
    assert facts_of(report, "place") == [("crash site: Marlow", "agree")]


def test_a_source_naming_two_models_tells_of_two_aircraft(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "An Airbus A320 and a Boeing 737 were grounded.",
        "The Airbus A320 was grounded.",
    )
    assert facts_of(report, "thing") == [
        ("aircraft: Airbus A320", "agree"),
        ("aircraft: Boeing 737", "single"),
    ]


def test_name_variants_of_one_holder_agree_another_holder_conflicts(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Ukraine's president, Volodymyr Zelenskyy, spoke.",
        "Ukrainian President Volodymyr Zelensky spoke.",
        "Ukrainian President Petro Poroshenko spoke.",
    )
    ((label, verdict),) = facts_of(report, "office")
    assert verdict == "conflict"
    assert label.endswith("Petro Poroshenko / Volodymyr Zelenskyy")


def test_one_day_written_two_ways_agrees(tmp_path: Path) -> None:
    report = report_of(tmp_path, "The plane crashed on Friday.", "The plane crashed on March 6.")
    assert facts_of(report, "date") == [("date: 2026-03-06", "agree")]


def test_an_acronym_is_the_body_its_source_spells_out(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "The World Health Organization (WHO) said 40 died. Later the WHO said 41 died.",
        "The World Health Organization said 41 people died.",
    )
    assert facts_of(report, "source") == [("stated by: World Health Organization", "agree")]


def test_an_acronym_spelled_out_later_or_twice_takes_the_first_spelling(tmp_path: Path) -> None:
    # the source is read once for all its acronyms: one spelled after its first use, one
    # spelled twice (the first counts), one never spelled (kept as written)
    report = report_of(
        tmp_path,
        "WFP said 40 fled. NATO said 3 died. IOM said 7 left. The World Food Programme (WFP)"
        " met the North Atlantic Treaty Organization (NATO) and the Northern Alliance Treaty"
        " Office (NATO).",
        "The World Food Programme said 40 people fled. The North Atlantic Treaty Organization"
        " said 3 died. The IOM said 7 left.",
    )
    assert facts_of(report, "source") == [
        ("stated by: IOM", "agree"),
        ("stated by: North Atlantic Treaty Organization", "agree"),
        ("stated by: World Food Programme", "agree"),
    ]


def test_a_dateline_under_the_headline_is_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "gm.txt").write_text(
        "GM files for bankruptcy\nJune 01 , 2009\nGeneral Motors filed for bankruptcy on Monday.\n",
        encoding="utf-8",
    )
    report = run([tmp_path])
    assert report.sources[0].published == "2009-06-01"
    assert [(c.quote, c.detail) for c in report.claims if c.kind == "date"] == [
        ("Monday", DateValue(role="date", name="Monday", key="2009-06-01"))
    ]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("The territory's leader, John Lee, said so.", "Head"),
        ("The city's mayor, Ann Kim, agreed.", "Mayor"),
        ("Rep. Jim Banks spoke.", "Representative"),
        ("Pres. Joe Biden signed it.", "President"),
        ("Foreign Min. Sergey Lavrov objected.", "Foreign Minister"),
        ("Acme Corp. chairman Tom Hale resigned.", "Chair of Acme Corp."),
    ],
)
def test_abbreviated_and_possessive_titles(kinds: Kinds, text: str, office: str) -> None:
    (claim,) = claims(kinds, text, "office")
    assert claim.noun_class == office


def test_named_rules_errors_name_the_file_and_line(tmp_path: Path) -> None:
    from reconcile.errors import RulesError
    from reconcile.rules import load_rules

    (tmp_path / "named.toml").write_text(
        "[place]\nintroducers = ['the city of']\n\n"
        "[[place.cue]]\nrole = 'landfall'\nwordz = ['x']\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith(f"{tmp_path / 'named.toml'}:6:") and "wordz" in p for p in problems)


# ------------------------------------------------- one office, however sources write it
@pytest.mark.parametrize(
    ("first", "second", "fact"),
    [
        # a rules office and the bare title
        (
            "British Prime Minister Ann Cole said the vote would go ahead.",
            "Prime Minister Ann Cole said she would not resign.",
            ("UK Prime Minister: Ann Cole", "agree"),
        ),
        # a place's adjective and its name
        (
            "Venezuelan President Luis Mora spoke on television.",
            "President Luis Mora of Venezuela spoke.",
            ("President of Venezuela: Luis Mora", "agree"),
        ),
        # an acronym and the name it shortens
        (
            "GM chief executive Rick Warner said the company would survive.",
            "Rick Warner, the chief executive of General Motors, said so.",
            ("Chief Executive of GM: Rick Warner", "agree"),
        ),
        # a transliteration, a surname alone in an apposition
        (
            "President Volodymyr Zelenskyy spoke.",
            "Zelensky, Ukraine's president, spoke.",
            ("Ukrainian President: Volodymyr Zelenskyy", "agree"),
        ),
        # a surname right after a title, named nowhere in full
        (
            "President Trump signed the order.",
            "US President Donald Trump signed the order.",
            ("US President: Donald Trump", "agree"),
        ),
        # a department's secretary, before and after the name
        (
            "Treasury Secretary Hank Paulsen said the plan would work.",
            "Hank Paulsen, the Treasury Secretary, said so.",
            ("Secretary of Treasury: Hank Paulsen", "agree"),
        ),
    ],
)
def test_one_office_written_two_ways_is_one_fact(
    tmp_path: Path, first: str, second: str, fact: tuple[str, str]
) -> None:
    assert facts_of(report_of(tmp_path, first, second), "office") == [fact]


def test_one_title_of_two_places_is_two_offices(tmp_path: Path) -> None:
    report = report_of(
        tmp_path, "Texas Gov. Greg Hall declared a disaster.", "Ohio Gov. Jane Roe declared one."
    )
    assert facts_of(report, "office") == [
        ("Governor of Ohio: Jane Roe", "single"),
        ("Governor of Texas: Greg Hall", "single"),
    ]


def test_a_deputy_is_another_office(kinds: Kinds) -> None:
    (claim,) = claims(kinds, "Deputy Prime Minister Nick Clegg said so.", "office")
    assert (claim.noun_class, shown(kinds, claim)[1]) == ("Deputy Prime Minister", "Nick Clegg")


def test_an_untitled_capitalized_word_after_a_lower_case_title_is_no_holder(
    kinds: Kinds,
) -> None:
    assert claims(kinds, "Residents told the mayor Sunday that roads were closed.", "office") == []


# ------------------------------------------------------------ dates counted back, things
@pytest.mark.parametrize(
    ("text", "published", "quote", "value"),
    [
        (
            "It first appeared about two months ago.",
            "2020-02-14",
            "about two months ago",
            "2019-12",
        ),
        ("He died three days ago.", "2020-01-05", "three days ago", "2020-01-02"),
        ("It opened two weeks ago.", "2010-06-16", "two weeks ago", "2010-05-31/2010-06-06"),
        ("The firm was founded 10 years ago.", "2020-01-05", "10 years ago", "2010"),
    ],
)
def test_a_span_counted_back_from_publication(
    kinds: Kinds, text: str, published: str, quote: str, value: str
) -> None:
    (claim,) = claims(kinds, text, "date", published)
    assert shown(kinds, claim) == (quote, value)


def test_a_week_across_new_year_meets_a_day_of_it(tmp_path: Path) -> None:
    for name, published, text in (
        ("a.md", "2020-01-05", "On Thursday, an airstrike killed him."),
        ("b.md", "2020-01-06", "He was killed last week by an airstrike."),
    ):
        (tmp_path / name).write_text(f"---\npublished: {published}\n---\n{text}\n")
    assert facts_of(run([tmp_path]), "date") == [
        ("date: 2019-12-30/2020-01-05 / 2020-01-02", "compatible")
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Apple's Worldwide Developers Conference opened.",
            "Apple's Worldwide Developers Conference",
            "gathering",
        ),
        (
            "The Dow Jones Industrial Average fell 777 points.",
            "Dow Jones Industrial Average",
            "market index",
        ),
        ("Ford Motor Company reported a loss.", "Ford Motor Company", "company"),
    ],
)
def test_gatherings_indices_and_companies_are_things(
    kinds: Kinds, text: str, name: str, role: str
) -> None:
    (claim,) = claims(kinds, text, "thing")
    assert (shown(kinds, claim)[1], claim.noun_class) == (name, role)


def test_a_body_named_conference_of_is_no_gathering(kinds: Kinds) -> None:
    text = "According to the National Conference of State Legislatures, the vote is on March 3."
    assert claims(kinds, text, "thing") == []
    assert [c.quote for c in claims(kinds, text, "source")] == [
        "National Conference of State Legislatures"
    ]


def test_an_edition_year_and_a_possessive_written_apart_leave_one_gathering(
    tmp_path: Path,
) -> None:
    report = report_of(
        tmp_path,
        "Jobs spoke at this year 's Apple Worldwide Developers Conference in June.",
        "Jobs spoke at the company 's 2010 Worldwide Developer 's Conference.",
    )
    assert facts_of(report, "thing") == [
        (
            "gathering: 2010 Worldwide Developer 's Conference / Apple Worldwide Developers"
            " Conference",
            "compatible",
        )
    ]


def test_a_place_in_tokenized_text_keeps_its_larger_place(kinds: Kinds) -> None:
    text = "GM filed in the bankruptcy court in Manhattan , New York on Monday."
    (claim,) = claims(kinds, text, "place")
    assert (shown(kinds, claim)[1], claim.noun_class) == ("Manhattan , New York", "venue")


def test_a_body_behind_a_markdown_link_states_the_figure(kinds: Kinds) -> None:
    text = (
        'The group [HRAI](https://example.org/hrai "Human Rights Activists") verified 2,000 deaths.'
    )
    assert [shown(kinds, c)[1] for c in claims(kinds, text, "source")] == ["HRAI"]


def test_a_place_its_source_puts_in_a_larger_one_is_compatible_with_it(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Dorian made landfall on Elbow Cay, in the Abaco Islands, on Sunday.",
        "Dorian made landfall on the Abaco Islands.",
    )
    assert facts_of(report, "place") == [("landfall: Abaco Islands / Elbow Cay", "compatible")]


def test_a_larger_place_written_first_contains_the_place(kinds: Kinds) -> None:
    text = "The strike took place in Iraq, at Baghdad International Airport."
    found = {c.detail.name: c.detail.within for c in claims(kinds, text, "place")}
    assert found == {"Iraq": (), "Baghdad International Airport": ("iraq",)}


def test_a_name_given_with_its_class_word_is_that_thing_when_bare_later(kinds: Kinds) -> None:
    text = "Hurricane Dorian hit the Bahamas. Dorian weakened on Tuesday."
    found = [(c.quote, c.noun_class) for c in claims(kinds, text, "thing")]
    assert found == [("Hurricane Dorian", "storm"), ("Dorian", "storm")]


def test_an_agent_after_by_holds_no_office(kinds: Kinds) -> None:
    text = "Wanda Vázquez was appointed by Rosselló as his secretary of justice."
    assert [shown(kinds, c)[1] for c in claims(kinds, text, "office")] == ["Wanda Vázquez"]


def test_a_name_after_a_comma_then_a_verb_is_no_larger_place(kinds: Kinds) -> None:
    text = "Speaking in the Legislative Council, Lam was interrupted by protesters."
    assert [shown(kinds, c)[1] for c in claims(kinds, text, "place")] == ["Legislative Council"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mr Bercow, the Speaker, said so.", [("Speaker", "Bercow")]),
        (
            "Treasury Secretary Henry Paulson and Fed Chairman Ben Bernanke met.",
            [("Secretary of Treasury", "Henry Paulson"), ("Chair of Fed", "Ben Bernanke")],
        ),
        ("Kerr County Judge Rob Kelly spoke.", [("Judge of Kerr County", "Rob Kelly")]),
        ("Queen Elizabeth II approved it.", [("Monarch", "Elizabeth")]),
    ],
)
def test_honorifics_two_titles_and_a_name_alone_after_a_title(
    kinds: Kinds, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(c.noun_class, shown(kinds, c)[1]) for c in claims(kinds, text, "office")] == found


def test_a_named_fire_is_a_thing_and_a_fire_department_is_not(kinds: Kinds) -> None:
    text = "The Los Angeles Fire Department said the Eaton Fire was contained."
    assert [shown(kinds, c)[1] for c in claims(kinds, text, "thing")] == ["Eaton Fire"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a dated heading: the capitalized words before an election's noun
        (
            "2031 Karskian general election: the opposition leads the count.",
            [("Karskian", "election")],
        ),
        # words joined by a dash are one name, not its second half
        (
            "Troops trade fire in the Karsk–Tarvin border conflict near the temple.",
            [("Karsk–Tarvin", "conflict")],
        ),
        # a capitalized noun is part of another name: no election here
        ("The Independent Election Commission counted the votes.", []),
        ("The Cold War ended long ago.", []),
    ],
)
def test_an_election_or_a_conflict_is_named_by_the_words_before_its_noun(
    kinds: Kinds, text: str, found: list[tuple[str, str]]
) -> None:
    things = claims(kinds, text, "thing")
    assert [(c.quote, c.noun_class) for c in things if c.noun_class != "institution"] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The airline met the Karskian Union of Public Employees.",
            "Karskian Union of Public Employees",
        ),
        (
            "The raid failed because of the Presidential Security Service.",
            "Presidential Security Service",
        ),
        # words joined by a dash read back whole
        ("The Labor Party overtakes the Liberal–National Coalition.", "Liberal–National Coalition"),
    ],
)
def test_a_body_is_named_by_its_last_word_and_may_go_on_past_it(
    kinds: Kinds, text: str, name: str
) -> None:
    found = [(c.quote, c.noun_class) for c in claims(kinds, text, "thing")]
    assert (name, "organisation") in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a body's noun opening a name that goes on past it
        ("Members elect the Council of Elders.", [("Council of Elders", "institution")]),
        # (a legislature's chamber is a class of its own)
        ("Voters elect the Chamber of Deputies.", [("Chamber of Deputies", "chamber")]),
        # a name before the noun of its members, where it is based left out
        (
            "Five Karsk-based Tarvin Front militants stormed a hotel.",
            [("Tarvin Front", "armed group")],
        ),
        ("The Karsk-based Tarvin movement claimed it.", [("Tarvin", "organisation")]),
        # a word of where it is based alone names nothing
        ("Karsk-backed rebels attacked.", []),
        # the number counting its members, capitalized as a sentence opens, is no part of it
        ("Twelve Tarvin rebels surrendered.", [("Tarvin", "armed group")]),
    ],
)
def test_bodies_by_their_nouns_and_where_they_are_based_left_out(
    kinds: Kinds, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(c.quote, c.noun_class) for c in claims(kinds, text, "thing")] == found


def test_a_person_named_after_what_they_do_is_named_again_bare(kinds: Kinds) -> None:
    text = (
        "Police held a constable over the death of blogger Jane Roeland. "
        "Crowds marched for Jane Roeland on Sunday. The blogger's family spoke."
    )
    found = [(c.quote, c.noun_class) for c in claims(kinds, text, "thing")]
    assert found == [("Jane Roeland", "person"), ("Jane Roeland", "person")]


def test_one_person_in_two_sources_is_one_fact(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Right-wing political activist John Doakes was shot at a rally in Marlow.",
        "Crowds mourned activist John Doakes in Marlow.",
    )
    assert facts_of(report, "thing") == [("person: John Doakes", "agree")]


@pytest.mark.parametrize(
    ("first", "second", "facts"),
    [
        # a place's adjective and its plural name: one office, two holders conflict
        (
            "Bahamian Prime Minister Hubert Minnis spoke.",
            "Bahamas Prime Minister Perry Christie spoke.",
            [("Prime Minister of Bahamas: Hubert Minnis / Perry Christie", "conflict")],
        ),
        # two places alike in their first letters are still two places
        (
            "Austrian Chancellor Karl Nehammer spoke.",
            "Australian Chancellor Jim Chalmers spoke.",
            [
                ("Chancellor of Australian: Jim Chalmers", "single"),
                ("Chancellor of Austrian: Karl Nehammer", "single"),
            ],
        ),
    ],
)
def test_a_place_and_its_adjective_are_one_office(
    tmp_path: Path, first: str, second: str, facts: list[tuple[str, str]]
) -> None:
    assert facts_of(report_of(tmp_path, first, second), "office") == facts


def test_an_acronym_with_a_short_word_whole_is_the_body(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A quake struck Zulia on Tuesday, the US Geological Survey said.",
        "The epicentre was in Zulia, the USGS reported.",
    )
    assert facts_of(report, "source") == [("stated by: US Geological Survey / USGS", "agree")]


def test_a_class_word_inside_another_name_names_no_thing(kinds: Kinds) -> None:
    text = "Hurricane Zeta strengthened, the National Hurricane Center said."
    assert [shown(kinds, c)[1] for c in claims(kinds, text, "thing")] == ["Hurricane Zeta"]


def test_a_place_struck_and_a_place_in_a_larger_one_meet(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Hurricane Zeta made landfall on Isla Verde in the Coral Islands on Sunday.",
        "Zeta, a Category 5 hurricane, battered Isla Verde.",
    )
    assert facts_of(report, "place") == [
        ("landfall: Coral Islands", "single"),
        ("landfall: Isla Verde", "agree"),
    ]


def test_a_name_in_apposition_with_its_class_word_is_that_thing(kinds: Kinds) -> None:
    text = "Zeta, a Category 5 hurricane, battered the coast. Chicago, the storm hit hard."
    assert [(c.quote, c.noun_class) for c in claims(kinds, text, "thing")] == [("Zeta", "storm")]
