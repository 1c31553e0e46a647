"""What a number measures, on claims as extraction gives them (sentences written for this
test): numbers listed after an earlier one, the parts after a colon, a number in apposition
to a concept noun, verbs news uses for deaths and injuries, and German and French frames
mapping their words to the shared concept keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.errors import RulesError
from reconcile.extract import extract
from reconcile.kinds import Kinds
from reconcile.models import Report, Source
from reconcile.normalize import normalize
from reconcile.rules import load_rules

# (language, sentence, {quote of a claim: the concept it must measure, None for none})
CASES: list[tuple[str, str, dict[str, str | None]]] = [
    # a bare number listed after an earlier one shares its concept, when the earlier one is
    # quoted with a qualifier ...
    (
        "en",
        "The number of casualties rose to at least 1,035 in Turkey and about 19 in Greece.",
        {"at least 1,035": "casualties", "about 19": "casualties"},
    ),
    # ... or written in words
    (
        "en",
        "Twelve people were killed in Gaza and 19 in the West Bank.",
        {"Twelve people": "deaths", "19": "deaths"},
    ),
    # ... or after a comma that closes a short list item, along the whole list
    (
        "en",
        "The strikes killed 12 people in Gaza, 3 in the West Bank and 2 in Israel.",
        {"12 people": "deaths", "3": "deaths", "2": "deaths"},
    ),
    ("en", "On Monday, 40 were reported.", {"40": None}),
    # the parts of a number after a colon or a dash
    (
        "en",
        "Twelve people were killed: eight in Kabul and four in Herat.",
        {"Twelve people": "deaths", "eight": "deaths", "four": "deaths"},
    ),
    (
        "en",
        "The attack injured 40 people — 30 in the market and ten at the station.",
        {"40 people": "injured", "30": "injured", "ten": "injured"},
    ),
    # ... but not what is said of a part
    ("en", "Twelve people were killed: eight were children.", {"eight": None}),
    # a number in apposition to a noun that names a concept
    ("en", "The toll, 12, is expected to rise.", {"12": "deaths"}),
    ("en", "The injured, 40 in total, were taken to hospitals.", {"40": "injured"}),
    ("en", "The victims, 12 in all, were buried on Tuesday.", {"12": "deaths"}),
    ("en", "The number of injured, 40, was revised on Monday.", {"40": "injured"}),
    ("en", "On the list of guests, 40 were from abroad.", {"40": None}),
    # a gap before the number never reads over another number
    (
        "en",
        "The quake killed 12 people across three states.",
        {"12 people": "deaths", "three states": None},
    ),
    # ... but a tally joined to it by hyphens is one phrase
    ("en", "The articles passed by votes of 230-to-197.", {"230": "votes", "197": "votes"}),
    # verbs of death, injury and flight that news uses everywhere
    ("en", "Twelve migrants drowned off the coast.", {"Twelve migrants": "deaths"}),
    ("en", "The gunman shot dead 12 people.", {"12 people": "deaths"}),
    (
        "en",
        "More than 400 people were forced to leave their homes.",
        {"More than 400 people": "evacuated"},
    ),
    (
        "en",
        "One died at the scene, with the other three being taken to a nearby hospital.",
        {"One": "deaths", "three": "hospitalized"},
    ),
    ("en", "Twelve others succumbed to their injuries.", {"Twelve": "deaths"}),
    ("en", "Three men were sentenced to death.", {"Three men": None}),
    (
        "en",
        "More than 12,000 people were ordered to evacuate.",
        {"More than 12,000 people": "evacuated"},
    ),
    ("en", "Twelve people sought medical treatment.", {"Twelve people": "injured"}),
    ("en", "Forty people were treated for injuries.", {"Forty people": "injured"}),
    ("en", "Twelve people were taken into custody.", {"Twelve people": "arrested"}),
    ("en", "The USGS measured the quake at 6.1.", {"6.1": "magnitude"}),
    ("en", "The earthquake, measured at 6.4, struck at noon.", {"6.4": "magnitude"}),
    (
        "en",
        "The floods killed 2 more, taking the total to 14.",
        {"2": "deaths", "14": "deaths"},
    ),
    # a number said again in other units in parentheses measures what the first one does
    (
        "en",
        "The storm had winds of 75 mph (about 120 km/h) when it hit the coast.",
        {"75 mph": "wind_speed", "about 120 km/h": "wind_speed"},
    ),
    (
        "en",
        "The jet is worth in the region of US$140bn ($96bn, £86bn) to its maker.",
        {"in the region of US$140bn": "price", "$96bn": "price"},
    ),
    ("en", "Twelve bridges (40 in all) were closed.", {"40": None}),
    # how fast a thing moves is a speed; a wind's speed stays a wind speed
    (
        "en",
        "The storm was moving northwest at 13 mph (20 km/h), with wind speeds of 120 mph.",
        {"13 mph": "speed", "20 km/h": "speed", "120 mph": "wind_speed"},
    ),
    # a change verb gives the number a change of its clause's subject, past its fillers
    (
        "en",
        "Sales of new cars in the country fell by as much as 35% in January.",
        {"fell by as much as 35%": "sales"},
    ),
    ("en", "Oil prices rose 3% on Tuesday.", {"rose 3%": "price"}),
    ("en", "The economy grew 2.3% last year.", {"grew 2.3%": "growth"}),
    # ... or the noun a change is "in", past its own words
    ("en", "Officials reported a 3% fall in oil prices.", {"3%": "price"}),
    ("en", "The country reported a 9% drop in exports in March.", {"9%": "exports"}),
    ("en", "The firm reported a 9% drop in its team's morale.", {"9%": None}),
    # two changes of one sentence with different subjects measure different things
    (
        "en",
        "Exports dropped by 8.4% in the quarter, while imports fell 3%.",
        {"dropped by 8.4%": "exports", "fell 3%": "imports"},
    ),
    ("en", "The company's shares fell 5% after the report.", {"fell 5%": "index_change"}),
    # ... but a subject the heads do not know names nothing
    ("en", "The team's lead fell 5% in the poll.", {"fell 5%": None}),
    # the level an index stands at, and its change stated in points or per cent
    ("en", "The index stood at 8,500 on Friday.", {"8,500": "index_level"}),
    (
        "en",
        "The Nasdaq fell 82.65 points or 3.44% on Friday.",
        {"fell 82.65 points": "index_change", "3.44%": "index_change"},
    ),
    # money with its role: invested, a deal for
    (
        "en",
        "China has invested about nine billion US dollars in the project.",
        {"about nine billion US dollars": "investment"},
    ),
    ("en", "The airline signed a deal for a further $7 billion.", {"$7 billion": "deal_value"}),
    ("en", "The magnitude of the earthquake was 6.6.", {"6.6": "magnitude"}),
    # ages listed after "aged" are ages, a span of time after one is not
    ("en", "The victims were aged 12, 15 and 49.", {"12": "age", "15": "age", "49": "age"}),
    ("en", "He died aged 55, 10 years after his wife.", {"55": "age", "10 years": None}),
    # an apposition may say "now" before its number
    ("en", "The toll, now 56, is expected to rise.", {"56": "deaths"}),
    ("en", "The list, now 56, is expected to grow.", {"56": None}),
    # German: the verb second or last, the toll as a noun
    (
        "de",
        "Bei dem Erdbeben kamen mindestens 12 Menschen ums Leben, 40 weitere wurden verletzt.",
        {"mindestens 12 Menschen": "deaths"},
    ),
    ("de", "Die Zahl der Toten stieg am Montag auf 12.", {"12": "deaths"}),
    (
        "de",
        "Der Anschlag tötete 12 Menschen und verletzte 40.",
        {"12 Menschen": "deaths", "40": "injured"},
    ),
    ("de", "Es gab 12 Tote und 40 Verletzte.", {"12 Tote": "deaths", "40 Verletzte": "injured"}),
    (
        "de",
        "Das Beben ereignete sich in einer Tiefe von 10 Kilometern, etwa 80 Kilometer"
        " südwestlich von Izmir.",
        {"10 Kilometern": "depth", "etwa 80 Kilometer": "distance"},
    ),
    (
        "de",
        "Mehr als 400 Menschen wurden evakuiert, 5 Personen werden noch vermisst.",
        {"Mehr als 400 Menschen": "evacuated", "5 Personen": "missing"},
    ),
    ("de", "Die Partei erhielt 32 Prozent der Stimmen.", {"32 Prozent": "vote_share"}),
    # French: participles in every agreement, the toll as a noun after the number
    (
        "fr",
        "Le séisme de magnitude 6,1 a fait au moins 12 morts et 40 blessés.",
        {"6,1": "magnitude", "au moins 12 morts": "deaths", "40 blessés": "injured"},
    ),
    ("fr", "Douze personnes ont été tuées.", {"Douze personnes": "deaths"}),
    (
        "fr",
        "Le séisme s'est produit à une profondeur de 10 kilomètres.",
        {"10 kilomètres": "depth"},
    ),
    (
        "fr",
        "Plus de 400 personnes ont été évacuées et 5 sont toujours portées disparues.",
        {"Plus de 400 personnes": "evacuated", "5": "missing"},
    ),
    ("fr", "Le parti a obtenu 32 % des voix.", {"32 %": "vote_share"}),
    ("fr", "Le conducteur, âgé de 45 ans, a été interpellé.", {"45 ans": "age"}),
    # "a fait" says a toll only with a noun of one: "12 matchs" are no deaths
    ("fr", "Le club a fait 12 matchs nuls.", {"12 matchs": None}),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    CASES,
    ids=[f"{case[0]}|{case[1][:50]}" for case in CASES],
)
def test_concept_of_extracted_claims(
    kinds: Kinds, language: str, sentence: str, expected: dict[str, str | None]
) -> None:
    source = Source(id="s", path="s.txt", text=sentence, language=language)
    claims = normalize(extract(source, kinds), source, kinds)
    found = {c.quote: c.concept for c in claims if c.quote in expected}
    assert found == expected


def test_every_language_names_the_same_concepts(kinds: Kinds) -> None:
    """Concept keys and their names are declared once for every language."""
    labels = {
        language: dict(kinds.language(language).lexicon.frames.labels)
        for language in ("en", "de", "fr")
    }
    assert labels["de"] == labels["en"] == labels["fr"]
    assert labels["en"]["deaths"] == "deaths"


def _story(folder: Path, name: str, body: str) -> None:
    text = f"---\ntitle: {name}\npublished: 2025-03-04\n---\n{body}\n"
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


WIRE = (
    "A bus overturned on the coast road near Tarvo on Monday. Police said 12 people died and"
    " 40 were injured in the crash near Tarvo."
)
DAILY = (
    "Twelve people died when a bus overturned near Tarvo on Monday. Forty people were taken"
    " to hospital after the crash near Tarvo, police said."
)


def _fact_with(report: Report, quote: str) -> list[str]:
    fact = next(f for f in report.facts if any(report.claim(i).quote == quote for i in f.claim_ids))
    return sorted(report.claim(i).quote for i in fact.claim_ids)


def test_an_injured_count_and_the_same_count_in_hospital_are_one_fact(tmp_path: Path) -> None:
    """Compatible concepts ([compatible] in rules/frames.toml) meet when their numbers agree."""
    _story(tmp_path, "wire", WIRE)
    _story(tmp_path, "daily", DAILY)
    report = run([tmp_path])
    concepts = {c.quote: c.concept for c in report.claims if c.kind == "count"}
    assert (concepts["40"], concepts["Forty people"]) == ("injured", "hospitalized")
    assert _fact_with(report, "40") == ["40", "Forty people"]


def test_compatible_concepts_that_disagree_are_two_facts(tmp_path: Path) -> None:
    _story(tmp_path, "wire", WIRE)
    _story(tmp_path, "daily", DAILY.replace("Forty people were", "Nine people were"))
    report = run([tmp_path])
    assert _fact_with(report, "40") == ["40"]
    assert _fact_with(report, "Nine people") == ["Nine people"]


def test_a_compatible_concept_must_be_declared(tmp_path: Path) -> None:
    (tmp_path / "frames.toml").write_text('[compatible]\ninjured = ["healed"]\n', encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = str(tmp_path / "frames.toml")
    assert [str(p).replace(shown, "frames.toml") for p in caught.value.problems] == [
        "frames.toml:2: compatible.injured: unknown concept 'healed'; declare it in [concepts]"
    ]


def test_the_words_of_changes_and_appositions_are_checked(tmp_path: Path) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "frames.toml").write_text(
        'subject_verb_fillers = ["by"]\napposition_words = 5\n', encoding="utf-8"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path)
    shown = str(folder / "frames.toml")
    assert [str(p).replace(shown, "frames.toml") for p in caught.value.problems] == [
        "frames.toml:2: apposition_words: expected a list of a string"
    ]
