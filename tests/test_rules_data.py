"""The rule data itself: every word in the quantity rules has a working example.

Each qualifier, change word, multiplier, unit, percent word, currency sign and word, counted
noun, number word, scale, fraction and vague magnitude is put into a sentence and extracted;
every non-claim pattern has an example sentence that yields no claim. A word added to the
rules without working shows up here, named.
"""

from __future__ import annotations

import re

import pytest

from reconcile.kinds.quantity.units import unit_registry
from reconcile.models import Claim
from reconcile.rules import VagueMagnitude
from tests.conftest import bundled
from tests.test_recognizers_specs import claims_for

RULES = bundled().rules
REGISTRY = unit_registry(RULES.unit_definitions)
SUFFIXES = {w for w in RULES.numbers.scales if len(w) <= 3}


def only(sentence: str) -> Claim:
    claims = claims_for(sentence)
    assert len(claims) == 1, (sentence, [c.quote for c in claims])
    return claims[0]


QUALIFIERS = [(p, q.name) for q in RULES.qualifiers.qualifier for p in q.phrases]
QUALIFIERS_AFTER = [(p, q.name) for q in RULES.qualifiers.qualifier for p in q.after]


@pytest.mark.parametrize(("phrase", "name"), QUALIFIERS, ids=[p for p, _ in QUALIFIERS])
def test_qualifier_before(phrase: str, name: str) -> None:
    claim = only(f"They counted {phrase} 40 trucks.")
    assert claim.qualifier == name


@pytest.mark.parametrize(("phrase", "name"), QUALIFIERS_AFTER, ids=[p for p, _ in QUALIFIERS_AFTER])
def test_qualifier_after(phrase: str, name: str) -> None:
    joined = f"40{phrase}" if phrase.startswith("-") else f"40 {phrase}"
    claim = only(f"They counted {joined} trucks.")
    assert claim.qualifier == name


CHANGES = [(p, c.direction) for c in RULES.qualifiers.change for p in c.phrases]
BY_VERBS = [(v, c.direction) for c in RULES.qualifiers.change for v in c.by_verbs]
CHANGES_AFTER = [(p, c.direction) for c in RULES.qualifiers.change for p in c.after]
OF_LEVELS = [(p, c.direction) for c in RULES.qualifiers.change for p in c.of_levels]


@pytest.mark.parametrize(("phrase", "direction"), CHANGES, ids=[p for p, _ in CHANGES])
def test_change_word(phrase: str, direction: str) -> None:
    claim = only(f"Sales {phrase} 40 percent.")
    assert (claim.change, claim.value) == (direction, 40)


@pytest.mark.parametrize(("verb", "direction"), BY_VERBS, ids=[v for v, _ in BY_VERBS])
def test_change_verb_with_by(verb: str, direction: str) -> None:
    claim = only(f"The bank {verb} the rate by 40 percent.")
    assert claim.change == direction


@pytest.mark.parametrize(("word", "direction"), CHANGES_AFTER, ids=[w for w, _ in CHANGES_AFTER])
def test_change_word_after(word: str, direction: str) -> None:
    claim = only(f"They saw a 40 percent {word}.")
    assert claim.change == direction


@pytest.mark.parametrize(("phrase", "direction"), OF_LEVELS, ids=[p for p, _ in OF_LEVELS])
def test_change_word_of_levels(phrase: str, direction: str) -> None:
    assert only(f"Shares {phrase} 40 percent.").change == direction
    assert only(f"The Dow Jones index {phrase} 40 points.").change == direction
    assert only(f"The firm {phrase} 40 workers.").change is None


@pytest.mark.parametrize("phrase", RULES.qualifiers.not_change)
def test_phrasal_verbs_are_no_change(phrase: str) -> None:
    claim = only(f"They {phrase} 40 trucks.")
    assert claim.change is None


@pytest.mark.parametrize("phrase", RULES.qualifiers.not_qualifier)
def test_phrases_that_are_no_qualifier(phrase: str) -> None:
    claim = only(f"They {phrase} 40 towns.")
    assert claim.qualifier == "exact"


@pytest.mark.parametrize(("word", "factor"), sorted(RULES.qualifiers.multipliers.items()))
def test_multiplier(word: str, factor: float) -> None:
    claim = only(f"Sales {word} last year.")
    assert (claim.value, claim.change) == (factor, "up" if factor > 1 else "down")


UNITS = sorted(RULES.units.aliases.items())


@pytest.mark.parametrize(("alias", "expression"), UNITS, ids=[a for a, _ in UNITS])
def test_unit_alias(alias: str, expression: str) -> None:
    if len(alias) == 1 or alias in ("°", "ºC", "°C", "°F"):
        text = f"It measured 40{alias} deep." if alias in SUFFIXES else f"It measured 40{alias}."
    elif expression == "times":  # a multiple only before what it multiplies
        text = f"It measured 40 {alias} the size."
    else:
        text = f"It measured 40 {alias}."
    claim = only(text)
    assert claim.stated_unit == str(REGISTRY.parse_units(expression)), text


@pytest.mark.parametrize(("word", "kind"), sorted(RULES.units.percent.items()))
def test_percent_word(word: str, kind: str) -> None:
    joined = f"4{word}" if word == "%" else f"4 {word}"
    claim = only(f"The poll lead was {joined}.")
    expected = "percentage_point" if kind == "basis_point" else kind
    assert (claim.kind, claim.unit) == ("percent", expected)


SIGNS = [(s, c.code) for c in RULES.currencies.currency for s in c.symbols]
WORDS = [(w, c.code) for c in RULES.currencies.currency for w in c.words]
MINOR = [(w, c.code) for c in RULES.currencies.currency for w in c.minor]
HOMOGRAPHS = {w for c in RULES.currencies.currency for w in c.homographs}


@pytest.mark.parametrize(("sign", "code"), SIGNS, ids=[f"{c}:{s}" for s, c in SIGNS])
def test_currency_sign(sign: str, code: str) -> None:
    # a letter code stands apart from the number ("USD 40"); glued, it reads as a name; so
    # does "#" for "£" in 7-bit text ("# 40"): glued, "#40" is a rank
    apart = sign[-1].isalpha() or sign.endswith(".") or sign == "#"
    # two capitals name money only before a scaled amount: "SR 40" is also a state road
    scale = " million" if re.fullmatch("[A-Z]{2}", sign) else ""
    claim = only(f"It cost {sign} 40{scale} in all." if apart else f"It cost {sign}40.")
    value = 40e6 if scale else 40
    assert (claim.kind, claim.unit, claim.value) == ("money", code, value)


@pytest.mark.parametrize(("word", "code"), WORDS, ids=[f"{c}:{w}" for w, c in WORDS])
def test_currency_word(word: str, code: str) -> None:
    # a word that is also an ordinary word ("won") names money after a large amount only
    amount = "40,000" if word in HOMOGRAPHS else "40"
    claim = only(f"It cost {amount} {word} in all.")
    assert (claim.kind, claim.unit) == ("money", code)


@pytest.mark.parametrize("word", sorted(HOMOGRAPHS))
def test_currency_homograph_after_a_small_number(word: str) -> None:
    claim = only(f"They counted 40 {word} in all.")
    assert claim.kind == "count"


@pytest.mark.parametrize(("word", "code"), MINOR, ids=[f"{c}:{w}" for w, c in MINOR])
def test_minor_currency_unit(word: str, code: str) -> None:
    joined = f"40{word}" if len(word) == 1 else f"40 {word}"
    claim = only(f"It cost {joined} in all.")
    assert (claim.unit, claim.value) == (code, pytest.approx(0.4))


NOUNS = [(n, c.name) for c in RULES.nouns.noun_class for n in c.nouns]


@pytest.mark.parametrize(("noun", "name"), NOUNS, ids=[n for n, _ in NOUNS])
def test_counted_noun(noun: str, name: str) -> None:
    claim = only(f"They counted 40 {noun} on Monday.")
    assert (claim.counted_noun, claim.noun_class) == (noun, name)


@pytest.mark.parametrize(("concept", "label"), sorted(RULES.nouns.measured.items()))
def test_measured_concept(concept: str, label: str) -> None:
    claim = only(f"They gave $40 million in {concept}.")
    assert claim.noun_class == label


@pytest.mark.parametrize(("word", "value"), sorted(RULES.numbers.words.items()))
def test_number_word(word: str, value: float) -> None:
    if word in RULES.units.multiple_words:  # a multiple word is read only as a multiple
        claim = only(f"They counted {word} as many trucks.")
        assert (claim.value, claim.unit) == (value, "times")
        return
    claim = only(f"They counted {'a ' if value == 100 else ''}{word} trucks.")
    assert claim.value == value


@pytest.mark.parametrize(("scale", "factor"), sorted(RULES.numbers.scales.items()))
def test_scale(scale: str, factor: float) -> None:
    joined = f"4{scale}" if scale in SUFFIXES else f"4 {scale}"
    claim = only(f"They counted {joined} trucks.")
    assert claim.value == pytest.approx(4 * factor)


@pytest.mark.parametrize(("word", "value"), sorted(RULES.numbers.fractions.items()))
def test_fraction(word: str, value: float) -> None:
    text = f"They sold two {word} of the trucks." if word.endswith("s") else f"a {word} of"
    claim = only(text if text.endswith(".") else f"They sold {text} the trucks.")
    expected = 2 * value if word.endswith("s") and word != "quarters" else value
    if word == "quarters":
        expected = 0.5
    # "a quarter of the trucks" is a share of a whole, stated in percent
    assert claim.kind == "percent"
    assert claim.value == pytest.approx(expected * 100)


@pytest.mark.parametrize("rule", RULES.numbers.vague, ids=[v.phrase for v in RULES.numbers.vague])
def test_vague_magnitude(rule: VagueMagnitude) -> None:
    claim = only(f"{rule.phrase.capitalize()} of people fled.")
    assert (claim.qualifier, claim.low, claim.high) == ("vague", rule.low, rule.high)


NON_CLAIMS = [
    "The meeting ended at 13:08 local time.",
    "The meeting ended at 9.30 GMT.",
    "Polls close at 10 p.m. tonight.",
    "They met at 5 o'clock.",
    "They met at nine o'clock.",
    "I moved here in two thousand and five.",
    "The two other stars are young.",
    "She led one of the two studies.",
    "The two of us went home.",
    "That was the first one I saw.",
    "The talks are set for January 12, 2022.",
    "The talks began on 7 January in Geneva.",
    "The talks began in March 2022.",
    "The file is dated 2022-01-06.",
    "The file is dated 06/01/2022 and 9/11 is remembered.",
    "The file is dated 06.01.2022.",
    "Sanctions have applied since 2014.",
    "The plan covers 2021-22.",
    "It was popular in the 1990s.",
    "It was popular in the 80s.",
    "The 2022 election was close.",
    "She came 2nd and he was 21st.",
    "He is the world No 1 and Article 5 applies.",
    "The COVID-19 rules, the G7 and F-16 jets.",
    "The 3D film and the 5G network.",
    "The 7-Eleven store is open.",
    "The 737 MAX was grounded.",
    "The 31-17 victory was their best.",
    "Argentina beat Croatia 3-0 in the semi-final.",
    "She shot a 7-under-par round.",
    "One of the officials resigned.",
    "No one knows why.",
    "One day the war will end.",
    "They rented a one-bedroom flat.",
    "One or two of them left.",
    "It happened in the first half of the year.",
    "It was level at half-time.",
    "Call +44 20 7946 0958 now.",
    "Call 1 (212) 555-0100 now.",
    "Call 0800 123 4567 now.",
    "Call (212) 555-0100 now.",
    "Call 212-555-0100 now.",
    "The S&P 500 and the FTSE 100 fell.",
    "He lives at 10 Downing Street.",
    "The strike began at 0900 GMT.",
    "The Standard & Poor's 500 closed lower.",
    "The airline flies the 787 and ordered more 777-300ERs.",
    "The Boeing 737-800 and the A340-600E were parked side by side.",
    "Tropical Storm Two and the Big Three carmakers made the news.",
    "The Group of Seven met in Biarritz.",
    "A 640x480 image and a 90px icon were attached.",
    "The reasons were: (1) cost and (2) delay.",
    "Prices last peaked in '97 before the crash.",
    "The bridge opened three years ago and closed a week later.",
    "She installed iOS 17 and version 2.1 of the app on the flight 212 crew tablets.",
    "One more thing: the plan, one that few liked, was a modest one.",
    "Either one would do, said the number one seed.",
    "The twenty-sixth dynasty ruled until the twenty-first year of the king.",
    "The HR 6819 system was seen by WESH 2 news and written up in PLOS ONE.",
    "As of March 19, these three had already recovered.",
    "One resident told reporters that the night was calm.",
    "The jet can link any two cities, and rounding out the top five was Target.",
    "She is a fourth-year student, and protests went on for a fifth day.",
    "From March 15 to 17 the fair ran, and it rained on 4 and 5 June.",
    "The single peaked at #19 and was the 15,599 th entry for Wrestle-1.",
    "I believe no two snowflakes are alike, as one can imagine.",
    "It happened at a quarter past ten (UTC+0900).",
    "One driver was from Ohio, the other from Iowa.",
    "He is the one and only, the only one who came, and there was only one.",
    "Phase two began, stage three followed, and the study appeared in PLOS One.",
    "They met at a Six Flags park, and he won it a fifth time.",
    "The temple stood from about 664 b.c.e. to 250 CE, and the town from AD 70.",
    "The crew rode the Falcon 9 rocket after the Union's Voskhod 2 mission.",
    "The agency published a detailed map[3] of the area around 8PM.",
    "The two firms said these three officers had quit.",
]


@pytest.mark.parametrize("sentence", NON_CLAIMS)
def test_non_claim_example_yields_no_claim(sentence: str) -> None:
    assert [c.quote for c in claims_for(sentence)] == []


@pytest.mark.parametrize("pattern", RULES.nonclaims.patterns)
def test_every_non_claim_pattern_has_an_example(pattern: str) -> None:
    assert any(re.search(pattern, s) for s in NON_CLAIMS), pattern


def test_noun_classes_do_not_overlap() -> None:
    seen: dict[str, str] = {}
    for noun_class in RULES.nouns.noun_class:
        for noun in noun_class.nouns:
            assert noun.lower() not in seen, (noun, seen.get(noun.lower()), noun_class.name)
            seen[noun.lower()] = noun_class.name


def test_every_unit_alias_is_a_pint_unit() -> None:
    for alias, expression in RULES.units.aliases.items():
        assert REGISTRY.parse_units(expression) is not None, alias
