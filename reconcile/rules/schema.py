"""The rules schema: one frozen record (a dataclass) per rules file, and the `RuleSet` of a
language."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import field
from typing import Any, Literal

from reconcile.limits import SourceLimits
from reconcile.records import record


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


# ---------------------------------------------------------------------------------- numbers
@record(kw_only=True)
class VagueMagnitude:
    phrase: str = field(metadata=_doc("regex for the phrase, e.g. 'tens of thousands'", regex=True))
    low: float = field(metadata=_doc("lower end of the interval"))
    high: float = field(metadata=_doc("upper end of the interval (exclusive)"))


@record(kw_only=True)
class NumberRules:
    words: Mapping[str, float] = field(
        default_factory=dict, metadata=_doc("number words and their values: one = 1, twenty = 20")
    )
    scales: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("scale words and suffixes that multiply: million = 1e6, bn = 1e9"),
    )
    fractions: Mapping[str, float] = field(
        default_factory=dict, metadata=_doc("fraction words: half = 0.5, third = 0.3333")
    )
    vague: tuple[VagueMagnitude, ...] = field(
        default=(), metadata=_doc("vague magnitudes ('thousands of') and their intervals")
    )
    negatives: tuple[str, ...] = field(
        default=(), metadata=_doc("words before a number that make it negative: minus")
    )
    decimal_separator: str = field(
        metadata=_doc("the sign between whole and decimal part: '.' or ','")
    )
    thousands_separators: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "signs between groups of three digits besides spaces (always read): ',' or '.'"
        ),
    )
    articles: tuple[str, ...] = field(
        default=(), metadata=_doc("words that lead a number and stand for one: a, an")
    )
    joiners: tuple[str, ...] = field(
        default=(), metadata=_doc("words inside a number in words: 'one hundred and five'")
    )
    compound: bool = field(
        metadata=_doc("number words may be written as one word: 'dreiundzwanzig'"),
    )
    counted_fractions: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("plural fraction words multiplied by the count before: quarters = 0.25"),
    )
    of_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("the word between a number and what it counts: 'millions of', 'half of'"),
    )
    share_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns that make a fraction word right before them a share, in percent, as 'of'"
            " does: 'a two-thirds majority'"
        ),
    )
    by_words: tuple[str, ...] = field(
        default=(), metadata=_doc("the word before the size of a change: 'fell by 5%'")
    )
    ratio_links: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between two numbers that state one share: 'one-in-five', '1-in-10'"),
    )
    ratio_every: tuple[str, ...] = field(
        default=(),
        metadata=_doc("a word of a ratio written apart that makes it a share: 'one out of every'"),
    )
    approximate: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc(
            "nouns that say about a number after an article and before 'of': 'a couple of' = 2"
        ),
    )
    after_tens_below: float = field(
        default=0.0,
        metadata=_doc(
            "after a word for tens, only a word below this adds to it ('twenty-five'; 0: any)"
        ),
    )
    decimal_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("a word between whole and decimal part of a number in words: 'point'"),
    )
    ordinals: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc(
            "ordinal words and the number each says ('fourth' = 4), read as a count only"
            " before a word of `ordinal_nouns`"
        ),
    )
    ordinal_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of a series one holder runs through in turn, or of things a story tells one"
            " at a time, whose ordinal says how many there have been: 'won a fourth term' is a"
            " count of four terms, 'a fifth escapee is captured' one of five escapees"
        ),
    )
    ordinal_nouns_before_of: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of such a series read only before 'of': 'a fourth round of talks' counts"
            " four rounds, while 'a second round' alone names a run-off"
        ),
    )
    ordinal_definite: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words a definite article and such an ordinal may also follow: 'becoming the"
            " third death' counts three deaths as 'a third death' does"
        ),
    )
    ordinal_modifiers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that may stand between such an ordinal and its noun: 'a sixth straight"
            " term', 'a second consecutive term' (and after them one more word in lower case:"
            " 'a fourth escaped inmate')"
        ),
    )
    none_pronouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words for nobody, a count of none before a word of `none_verbs` and a word in"
            " lower case: 'no one was injured' (the frames read what it counts)"
        ),
    )
    none_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs after a word of `none_pronouns`: 'was', 'has been'"),
    )
    none_article: tuple[str, ...] = field(
        default=(),
        metadata=_doc("a word saying none of the noun after it: 'no' ('no injuries')"),
    )
    none_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of what befell people whose count the article of `none_article` says is"
            " none: 'no injuries', 'no deaths were reported'"
        ),
    )
    decimal_comma_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words or signs after which a comma and one or two digits are a decimal comma, in"
            " a language whose commas group thousands, as some outlets write it ('8,26 %' is"
            " 8.26 percent): a group of thousands always has three digits, so '1,500' stays"
            " fifteen hundred"
        ),
    )
    name_words: int = field(
        default=6,
        metadata=_doc(
            "the most capitalized words of a name read past between a number and the noun it"
            " counts ('145 Acme Liberation Front (ALF) fighters')"
        ),
    )
    name_chars: int = field(
        default=120,
        metadata=_doc(
            "the most characters after a number searched for such a name and its bracketed"
            " acronym (with `name_words`)"
        ),
    )


# ------------------------------------------------------------------------------- qualifiers
QualifierName = Literal["about", "nearly", "over", "at_least", "under", "up_to"]


@record(kw_only=True)
class QualifierRule:
    name: QualifierName = field(metadata=_doc("the interval shape this qualifier gives"))
    phrases: tuple[str, ...] = field(metadata=_doc("words that come before the number"))
    after: tuple[str, ...] = field(
        default=(), metadata=_doc("words that come right after the number: 'or more', 'plus'")
    )
    aside: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words set off by a comma after the number, ending its clause: 'a thousand, tops'"
        ),
    )


@record(kw_only=True)
class ChangeRule:
    direction: Literal["up", "down"] = field(metadata=_doc("direction of the change"))
    phrases: tuple[str, ...] = field(metadata=_doc("verbs/words that come before the number"))
    by_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs that make a later 'by N' in the same clause a change: 'raised'"),
    )
    after: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after the number (and its unit) that make it a change: 'rise'"),
    )
    of_levels: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before the number that make it a change only of a percentage or a measured"
            " level ('shed 3%', 'off 20 points'); before things counted or a sum they do not"
            " ('shed 600 jobs', 'laid off 300 workers', 'recovered $5 million')"
        ),
    )
    before_off: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs before a measure, a percentage or a sum that a word of `taken_off` follows:"
            " a change of that size ('cut two years off the term', 'shaved 3 seconds off')"
        ),
    )


@record(kw_only=True)
class QualifierRules:
    qualifier: tuple[QualifierRule, ...] = field(
        default=(), metadata=_doc("qualifier words and the interval shape each gives")
    )
    change: tuple[ChangeRule, ...] = field(
        default=(), metadata=_doc("words that make a number a change, not a level")
    )
    range_connectors: tuple[str, ...] = field(
        default=(), metadata=_doc("words or signs between the two ends of a range: to, and, -")
    )
    range_openers: tuple[str, ...] = field(
        default=(), metadata=_doc("words before a range: between, from")
    )
    range_to: tuple[str, ...] = field(
        default=(),
        metadata=_doc("connectors that, after 'from' and a change verb, join two levels: to"),
    )
    range_from: tuple[str, ...] = field(
        default=(), metadata=_doc("openers of a range that may be a change: from")
    )
    range_between: tuple[str, ...] = field(
        default=(), metadata=_doc("openers after which 'and' joins a range: between")
    )
    range_and: tuple[str, ...] = field(
        default=(), metadata=_doc("connectors that join a range only after 'between': and")
    )
    range_or: tuple[str, ...] = field(
        default=(),
        metadata=_doc("connectors that join a range only of small numbers or words: or"),
    )
    range_most_apart: float = field(
        default=2.0,
        metadata=_doc(
            "of a range speech says with the ends in turn ('fifty, sixty people', 'about 18,"
            " 19') or the high end first ('12 or 11 years old'), the most the higher end may"
            " be, as a multiple of the lower; further apart, the two are two figures",
            min=1,
        ),
    )
    error_signs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "signs between a figure and its margin of error: '1010 ± 195 light years' is"
            " 1010 light years; the margin states no claim of its own"
        ),
    )
    hedges: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that may stand between a qualifier and its number: 'over reportedly 85%',"
            " 'about probably a million years'"
        ),
    )
    restating: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between a figure and the same figure said another way: '697 points, or"
            " 2.1%'; the second takes the first's change (and qualifier, in another unit)"
        ),
    )
    not_qualifier: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrases whose 'up to' or 'over' is no qualifier: 'ticked up to'"),
    )
    not_change: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrasal verbs whose 'up' or 'down' is no change: 'shot down'"),
    )
    during: tuple[str, ...] = field(
        default=(),
        metadata=_doc("qualifier phrases read as 'during' before a duration: 'over five years'"),
    )
    depth: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "qualifier phrases that say how deep a thing lies before a length and 'of': 'from"
            " under eight metres of mud' is 8 metres, no bound (units.lengths)"
        ),
    )
    comparing: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "qualifier phrases that also compare: no qualifier before a number a word of"
            " `compared_after` follows ('like three other states'; 'like 300 people' is about)"
        ),
    )
    compared_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a number that make a `comparing` phrase compare: other"),
    )
    taken_off: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a measure, a percentage or a sum that make it a change down after a"
            " verb of `before_off`: 'cut two years off the term', 'knocked 5% off'"
        ),
    )
    before_noun: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "qualifier phrases that may stand before a noun or two and 'of': 'an estimated"
            " death toll of 300' is about 300"
        ),
    )
    span_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a qualifier, an article and a unit of time that make them one unit"
            " of time: 'the lowest level in over a decade' is more than 1 decade"
        ),
    )
    multipliers: Mapping[str, float] = field(
        default_factory=dict,
        metadata=_doc("change verbs that state a factor: doubled = 2, halved = 0.5"),
    )
    clause_breaks: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words that end a clause: a change verb before one is not this number's"),
    )
    levels: tuple[str, ...] = field(
        default=(),
        metadata=_doc("qualifiers after a change verb that make the number a level: below"),
    )
    places_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a measure that make it where something is, not a change:"
            " 'crashed 40 km north of', 'sank 12 miles off'"
        ),
    )
    amounts: tuple[str, ...] = field(
        default=(),
        metadata=_doc("change phrases that state an amount, not a change, before money: lost"),
    )


# ---------------------------------------------------------------------------- units, money
@record(kw_only=True)
class UnitRules:
    definitions: str = field(metadata=_doc("pint definitions file, relative to the rules folder"))
    aliases: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("unit words as written and the pint unit they mean: km = 'kilometer'"),
    )
    per: tuple[str, ...] = field(
        default=(), metadata=_doc("words that introduce a rate: per, a, an, each")
    )
    not_rates: tuple[str, ...] = field(
        default=(), metadata=_doc("words after 'a year' that make it a time, not a rate: ago")
    )
    percent: Mapping[str, Literal["percent", "percentage_point", "basis_point"]] = field(
        default_factory=dict,
        metadata=_doc("percent signs and words: '%' = 'percent', 'percentage points' = ..."),
    )
    point_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words in a sentence that make a bare 'points' percentage points: poll"),
    )
    suffix_unit_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after '200m' that make the suffix a unit, not a scale: freestyle"),
    )
    durations: tuple[str, ...] = field(
        default=(),
        metadata=_doc("pint units of time: a rate in one follows a counted noun ('a day')"),
    )
    factor_phrases: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrases right before a number that make it a multiple: 'a factor of'"),
    )
    lengths: tuple[str, ...] = field(
        default=(),
        metadata=_doc("pint units of length: 'under' before one and 'of' is a depth ('mud')"),
    )
    ages: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("age phrases right after a number and their unit: '-year-old' = 'year'"),
    )
    cued_percent: tuple[str, ...] = field(
        default=(),
        metadata=_doc("percent words read only in a sentence with a point cue: points"),
    )
    age_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("phrases right before a number that make it an age: aged, at the age of"),
    )
    age_unit: str = field(
        default="",
        metadata=_doc(
            "the unit alias of an age read from `age_before` or an apposition ('Doe, 51,')"
        ),
    )
    age_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns for one person whose apposition is an age: 'another brother, 22, was'"
        ),
    )
    age_subject_determiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "capitalized words that open a subject which is no name, as written: The, This"
            " ('The suspect, a driver, was 30.' states no age by a named subject)"
        ),
    )
    age_subject_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs between a named subject with an apposition and a bare number ending the"
            " sentence that make it an age: 'Hagan, the state's first senator, was 66.'"
        ),
    )
    time_anchors: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a length of time that make it a point in time: ago, later"),
    )
    multiple_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after 'N times' that make it a multiple ('three times the size'); without"
            " one it counts how often ('champion five times')"
        ),
    )
    multiple_possessives: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a word after 'N times' that make it a multiple as a cue does: 's"
            " ('1.7 times Earth's radius': a possessive, the thing measured against)"
        ),
    )
    multiple_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("number words that are a multiple before a multiple cue: twice, thrice"),
    )
    time_unit_adjectives: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between a number and a unit of time: 'six straight days'"),
    )
    index_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words naming a stock index: in their sentence 'points' are index points"),
    )
    index_unit: str = field(
        default="",
        metadata=_doc("the unit alias of an index point, for 'points' and bare index levels"),
    )
    index_point_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that make 'points' index points in their sentence, where no point cue"
            " speaks of shares ('the market tumbled 508 points'); a bare level stays a count"
        ),
    )
    index_decimals: int = field(
        default=0,
        metadata=_doc(
            "a figure of 'points' written with this many decimals names an index by itself"
            " ('at 3,883.36 points'); 0: none does"
        ),
    )
    index_levels: tuple[str, ...] = field(
        default=(),
        metadata=_doc("nouns after an index level in digits: 'the 5000 mark', 'a 5,350 high'"),
    )
    level_articles: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between a qualifier and a level noun's number: 'above the 5000 mark'"),
    )


@record(kw_only=True)
class Currency:
    code: str = field(metadata=_doc("ISO 4217 code", pattern=r"^[A-Z]{3}$"))
    symbols: tuple[str, ...] = field(default=(), metadata=_doc("signs written before the number"))
    words: tuple[str, ...] = field(default=(), metadata=_doc("words written after the number"))
    minor: tuple[str, ...] = field(
        default=(), metadata=_doc("words for a hundredth of the currency: cents, pence")
    )
    scaled_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that name the currency only after a scale word and not before 'of' (else"
            " they are a unit): 'forty-five thousand pounds', not 'a million pounds of beef'"
        ),
    )
    homographs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of `words` that are also ordinary words: they name the currency only after"
            " a scale word or an amount of a thousand or more ('5 trillion won', '50,000"
            " won'), not after a small number ('7 won by the champion', '5 real steps')"
        ),
    )


@record(kw_only=True)
class CurrencyRules:
    currency: tuple[Currency, ...] = field(default=(), metadata=_doc("currencies"))


# -------------------------------------------------------------------------------- nouns
@record(kw_only=True)
class NounClass:
    name: str = field(metadata=_doc("the class name shown in reports: 'military personnel'"))
    nouns: tuple[str, ...] = field(
        metadata=_doc("counted nouns in this class, plural and singular")
    )


@record(kw_only=True)
class NounRules:
    noun_class: tuple[NounClass, ...] = field(
        default=(), metadata=_doc("counted nouns grouped into classes that can be compared")
    )
    stopwords: tuple[str, ...] = field(
        default=(), metadata=_doc("words after a number that are never its counted noun")
    )
    measured: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("concepts measured in a unit or currency: 'security assistance' = 'aid'"),
    )
    not_noun_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc("endings of an unknown word after a number that make it no noun: ed"),
    )


# ---------------------------------------------------------------------------- names, offices
@record(kw_only=True)
class Alias:
    canonical: str = field(metadata=_doc("the form every variant is reduced to"))
    variants: tuple[str, ...] = field(metadata=_doc("other ways of writing the same thing"))


@record(kw_only=True)
class AliasRules:
    alias: tuple[Alias, ...] = field(default=(), metadata=_doc("words and names that are the same"))
    name_suffixes: tuple[str, ...] = field(
        default=(), metadata=_doc("parts of personal names to drop: Jr., III")
    )
    not_names: tuple[str, ...] = field(
        default=(), metadata=_doc("capitalized words that end a personal name: Tuesday, January")
    )
    name_particles: tuple[str, ...] = field(
        default=(), metadata=_doc("lower-case words inside personal names: de, van, von, bin")
    )
    name_prefixes: tuple[str, ...] = field(
        default=(),
        metadata=_doc("ranks and honorifics skipped before a personal name: Gen., Dr., Sir"),
    )
    surname_cutoff: float = field(
        metadata=_doc(
            "least rapidfuzz ratio (0-100) of two surnames spelled differently that still name"
            " one person when the first names agree: Shoigu / Shoygu",
            min=0,
            max=100,
        ),
    )


@record(kw_only=True)
class Office:
    key: str = field(metadata=_doc("stable id of the office", pattern=r"^[a-z0-9][a-z0-9-]*$"))
    label: str = field(metadata=_doc("how the report names the office"))
    titles: tuple[str, ...] = field(
        metadata=_doc("titles as written before a person's name (aliases apply)")
    )
    unqualified: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "those of the titles that name no country ('Defence Secretary'): two people named"
            " under one of them may hold two offices, so they are not a conflict"
        ),
    )


@record(kw_only=True)
class OfficeTitle:
    key: str = field(metadata=_doc("stable id of the title", pattern=r"^[a-z0-9][a-z0-9-]*$"))
    label: str = field(metadata=_doc("how the report names the title: 'Governor'"))
    words: tuple[str, ...] = field(
        metadata=_doc("the title as written, abbreviations too: governor, Gov., Gov")
    )
    several: bool = field(
        default=False,
        metadata=_doc(
            "one place or body has several holders at once (senators, ministers): different"
            " people named are two facts, not a conflict"
        ),
    )
    heads_any: bool = field(
        default=False,
        metadata=_doc(
            "a word for whoever heads a body, whatever its title ('chief', 'head'): one person"
            " named under it and under a title of one holder ('WHO chief Tedros',"
            " 'Director-General Tedros') holds one office"
        ),
    )
    cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of which the sentence must hold one for the title to name an office (a"
            " 'candidate' of an election, not a 'Ph.D. candidate'): vote, election; none: any"
            " sentence"
        ),
    )


@record(kw_only=True)
class OfficeWords:
    of: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between a title and its place or body: governor of Ohio"),
    )
    place_leads: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a place's name: a name after one is no person ('a briefing in Saudi"
            " Arabia, US Special Representative Brian Hook said')"
        ),
    )
    articles: tuple[str, ...] = field(
        default=(), metadata=_doc("articles before a title or place: the")
    )
    generic: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words for the place or body of the story itself ('the state', 'the firm',"
            " 'company'): the office is the title alone"
        ),
    )
    joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between two titles of one person: 'president and CEO'; and between two"
            " holders of a list, the first's place given to the second's title that names"
            " none: 'Karskian President Roe and Prime Minister Doe'"
        ),
    )
    agents: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a name that make it the one who acts, not the holder: 'appointed by"
            " Rosselló as his secretary'"
        ),
    )
    lesser: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a title that make another office of it: Deputy Prime Minister,"
            " vice chairman"
        ),
    )
    demonym_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings that make a place's adjective from its name: Venezuela + n, Iran + ian"
        ),
    )
    before_name: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs between a person and a title after the name: 'was', 'resigned as',"
            " 'was sworn in as', 'appointed ... as'"
        ),
    )
    past: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "phrases of before_name that say the office was held in the past: 'Roe, who served"
            " as governor', 'Roe had been governor' (the holder is a former one)"
        ),
    )
    past_adverbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that make a past holder even before an article: 'Roe, formerly a deputy"
            " administrator' (unlike 'then the mayor')"
        ),
    )
    past_copula: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "phrases of before_name that say the office was held in the past only before a"
            " word of past_after: 'Blair was prime minister when the war began'"
        ),
    )
    past_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a title that make a past copula a past holder: when, until"),
    )
    ended_term: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "regexes of a term that has ended, read right after the person's name or the"
            " title: '(1997–2007)', 'from 1993 to 2001' (the holder is a former one)",
            regex=True,
        ),
    )
    ended_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs joined by 'and' or 'but' after a title read in the past tense that say the"
            " term is over: 'was elected President in 2012 and served his full term'"
        ),
    )
    future: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words joined to a title by a hyphen that name a future holder, another office"
            " than the title's: President-elect, Prime Minister-designate"
        ),
    )
    kin: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words for a person's kin: a name written beside one ('Roe's son', 'the widow of"
            " Roe') is not given the office Roe is titled with elsewhere in the run"
        ),
    )
    not_places: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words before a title that name no place or body: The, Then"),
    )
    plural_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a one-word title in the plural, before a list of holders: 'Presidents"
            " Buhari of Nigeria and Talon of Benin', 'Senators Roe and Doe'"
        ),
    )
    not_place_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a capitalized word before a title that make it an adjective, no place:"
            " Embattled, Newly (a one-word place only)"
        ),
    )
    appointing: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of before_name that make the person before them the one who appoints when"
            " a lower-case word follows: 'Roe appointed him Foreign Secretary'"
        ),
    )
    appointers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs by which a holder named with a place gives an office of that place to the"
            " person after them: 'Ruritanian President Roe appoints Doe as prime minister'"
        ),
    )
    counterparts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns for the holder of the office another holder of the sentence holds, of"
            " another place: 'Roe met her Karskian counterpart John Doe'"
        ),
    )
    predecessors: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns for who held, before, the office another holder of the sentence holds,"
            " of its place: 'Karsk Governor John Doe and his predecessor, Jane Roe'"
        ),
    )
    succeeding: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs of one holder taking an office from another, before the other's name and"
            " 'as' a title: 'Roe succeeded Doe as governor' (Roe holds it, Doe held it)"
        ),
    )
    modifiers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "keys of titles whose word is part of another noun when a lower-case word other"
            " than 'of', a joiner or a verb follows: head chef, chief engineer"
        ),
    )
    place_starts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of not_places that start a place when a place's word follows: New Mexico"
        ),
    )
    tenure: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case words of the state of a term that may stand between a place's name and"
            " its title: 'Malagasy interim president', 'Peru acting president' (the place is"
            " the office's)"
        ),
    )
    past_rule: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a noun of rule_nouns that make the rule a past one: a title after"
            " it and 'of' names a former holder ('the previous regime of President Roe')"
        ),
    )
    rule_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of a leader's rule, after a word of past_rule and before 'of' and a title:"
            " regime, government, administration"
        ),
    )
    successor: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case words right before a title that make its holder the one who took the"
            " office from someone: 'the country's new prime minister Roe' (another holder"
            " named no later is the predecessor, no conflict)"
        ),
    )
    successor_reach: int = field(
        default=30,
        metadata=_doc(
            "how many characters before a title are read for a word of `successor` ('new'"
            " and the spaces a link's blanked markup leaves: 'the new [prime minister]')",
            min=0,
        ),
    )
    relatives: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words opening a clause after a person's name that may state the office: 'Roe,"
            " who is the governor of Ohio'"
        ),
    )
    adverbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between a verb of before_name and the title: 'is also the'"),
    )
    heading: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "verbs of a relative clause that hold an office, and the key of its title: 'Roe,"
            " who heads the Federal Aviation Administration' (heads = head)"
        ),
    )
    nominations: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "the last word of a title and the noun a verb of `nominating` gives it as: 'Roe won"
            " the presidential nomination' holds 'presidential nominee' (nominee = nomination)"
        ),
    )
    nominating: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs before a noun of `nominations`: won, received, secured"),
    )


@record(kw_only=True)
class OfficeRules:
    office: tuple[Office, ...] = field(default=(), metadata=_doc("offices whose holders are facts"))
    not_current: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a title that say the person no longer holds it: former"),
    )
    not_current_except: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "phrases ending in a word of not_current that say nothing of the office: 'and then"
            " President Obama intervened' (a sequence; 'then-President', ', then President' stay"
            " former)"
        ),
    )
    title: tuple[OfficeTitle, ...] = field(
        default=(),
        metadata=_doc(
            "office titles of any place or organisation ('Ohio Gov.', 'Acme CEO', 'the city's"
            " mayor'): the office is the title with the place or body it is of"
        ),
    )
    holder_words: OfficeWords = field(
        default_factory=lambda: OfficeWords(),
        metadata=_doc("words that join a title, a person and the place or body of the office"),
    )
    place_stem_length: int = field(
        default=5,
        metadata=_doc(
            "letters of each word of a title's place by which two holders of one office meet"
            " whatever their names, so that a place and its adjective meet ('venezuela' /"
            " 'venezuelan': 5)",
            min=1,
        ),
    )


# --------------------------------------------------------------------- context and non-claims
@record(kw_only=True)
class ContextRules:
    attribution: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes whose group 'who' names the source of a claim", regex=True),
    )
    location: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes whose group 'where' names the place of a claim", regex=True),
    )
    time: tuple[str, ...] = field(
        default=(), metadata=_doc("regexes whose group 'when' is a claim's time anchor", regex=True)
    )
    scope_words: tuple[str, ...] = field(
        default=(), metadata=_doc("words that widen a place: 'and in', 'as well as'")
    )
    attribution_cues: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words without which a sentence names no source (skips the attribution regexes); "
            "empty: always try them"
        ),
    )
    parts: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("named parts of the patterns, used in them as (?&name)"),
    )
    words: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=_doc("named word lists, used in the patterns as (?&name): one alternation"),
    )
    scope_articles: tuple[str, ...] = field(
        default=(),
        metadata=_doc("articles between a scope word and the place it adds: 'and in the Donbas'"),
    )
    clause_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that start another clause (as , ; : and brackets do): a place or time"
            " anchor past one is not the claim's: which, while, but"
        ),
    )
    strong_break_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of a strong break (as ; and : are): past one, a place that opens the"
            " sentence no longer reaches the claim: while, but, whereas"
        ),
    )
    time_dropped: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words dropped from a time anchor before two are compared: 'in 2021 alone'"),
    )
    name_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "signs that join capitalized words into one name, as a space does:"
            " & ('Standard & Poor's', 'Procter & Gamble')"
        ),
    )
    source_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs of saying that make the name before them (up to `owner_reach` lower-case"
            " words between) the source of the figures of their clause, not what a figure belongs"
            " to: 'Police said 12 died' (verbs that take a number as their object, 'Acme"
            " reported 10 cases', are not these: the name owns that figure); empty: no name"
            " is read as a source"
        ),
    )
    source_openers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right before a name that make it the source of a figure: 'according to"
            " the ministry', 'said Acme'"
        ),
    )
    owner_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a number (and its counted noun) that open the name the counted"
            " thing belongs to: '10 of Beta's workers', '12 workers of Acme' (an article"
            " between allowed, `scope_articles`)"
        ),
    )
    run_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open the next figure's part of a run of figures in one clause"
            " ('Labour won 10 seats and the Greens 12', '12 died in Lorn and 8 in Sarn'):"
            " a name after an earlier figure of the clause with none of these (nor a break)"
            " between is that figure's name ('in Lorn' of the 12), not the subject of the"
            " figure after it; a name past one opens that figure's part ('the Greens' of the"
            " 12)"
        ),
    )
    next_figure_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after which a ranking's next figure and its name follow ('Roe had the"
            " most, with 60, followed by Doe, with 54'): the names past them are the next"
            " figure's, not near the one before; the names before them, not near the one"
            " after"
        ),
    )
    background_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words opening a relative clause that tells, in passing, of a thing the clause"
            " before acts on ('The Senate approves a bill, which could shorten Roe's 12-year"
            " sentence'): of two numbers each in such a clause, their counted thing owned by"
            " one name in both (a possessive or an of-phrase), the rival-names veto reads only"
            " the names of those clauses (the Senate and the Assembly are no rivals for Roe's"
            " sentence); none: every name near or before the numbers"
        ),
    )
    owner_reach: int = field(
        default=2,
        metadata=_doc(
            "how many lower-case words may stand between a name and what makes it a number's"
            " owner or source: a possessive and its number ('Beta's first 12': 1), a name"
            " and its verb of saying ('Acme officials said': 1), a number and the owner"
            " word of another's name ('12 more workers of Acme': 1); 0: adjacent only",
            min=0,
        ),
    )
    relative_years: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc(
            "time anchors for a year relative to publication: 'last year' = -1 (in an article"
            " published in 2024 it is 2023)"
        ),
    )
    year_prefix: str = field(
        default="",
        metadata=_doc(
            "the words a relative year is written with once resolved: 'in' ('last year' is"
            " compared as 'in 2023')"
        ),
    )
    time_aliases: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "time anchors compared as another that names the same window: 'since the start"
            " of the year' = 'this year' (then resolved as `relative_years` says)"
        ),
    )


@record(kw_only=True)
class NonClaimRules:
    patterns: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes for numbers that are not claims: years, dates, times", regex=True),
    )
    parts: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("named parts of the patterns, used in them as (?&name)"),
    )
    words: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=_doc("named word lists, used in the patterns as (?&name): one alternation"),
    )


@record(kw_only=True)
class SourceRules:
    furniture: tuple[str, ...] = field(
        default=(),
        metadata=_doc("regexes (one line each) of page furniture to skip", regex=True),
    )
    published: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "regexes whose group 'date' is a publication date the text states", regex=True
        ),
    )
    author: tuple[str, ...] = field(
        default=(), metadata=_doc("regexes whose group 'author' is a byline", regex=True)
    )
    extensions: tuple[str, ...] = field(
        metadata=_doc("file extensions read as sources when a folder is given"),
    )
    ignore: tuple[str, ...] = field(
        default=(), metadata=_doc("file name globs skipped when a folder is given: README*")
    )
    abbreviations: tuple[str, ...] = field(
        default=(), metadata=_doc("words ending in a period that do not end a sentence: Mr.")
    )
    limits: SourceLimits = field(
        default_factory=SourceLimits, metadata=_doc("bounds on reading sources (reconcile.limits)")
    )
    not_sentence_ends: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "regexes for a last word with a period that ends no sentence: a German day"
            " '7.' before its month",
            regex=True,
        ),
    )
    boilerplate_stoplist: str = field(
        default="",
        metadata=_doc(
            "the jusText stoplist of the language ('English', 'German'): its common words tell"
            " an HTML page's article paragraphs from its boilerplate"
        ),
    )


# ------------------------------------------------------------------------ verdicts, matching
@record(kw_only=True)
class Tolerance:
    exact: float = field(metadata=_doc("relative tolerance of a plain number", min=0))
    about: float = field(metadata=_doc("half-width of 'about' intervals", min=0))
    nearly: float = field(metadata=_doc("width below 'nearly' values", min=0))
    agree: float = field(metadata=_doc("relative difference still called agreement", min=0))
    rounded: float = field(
        default=0.0,
        metadata=_doc(
            "largest relative half-width a plain number's last written digit gives it"
            " ('1.2 million' means 1.15 to 1.25 million; '100' at most this much either side)",
            min=0,
        ),
    )


@record(kw_only=True)
class Portion:
    name: str = field(metadata=_doc("the portion shown in reasons: 'part', 'daily'"))
    before: tuple[str, ...] = field(
        default=(), metadata=_doc("words right before a number that state it: 'including'")
    )
    after: tuple[str, ...] = field(
        default=(), metadata=_doc("words right after a number that state it: 'of them'")
    )
    of_number: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right after a count (its counted noun between them allowed) that make it"
            " a part of another number its clause states after them: '39 of the state's 40"
            " delegates', '12 out of 41'"
        ),
    )
    of_number_reach: int = field(
        default=0,
        metadata=_doc(
            "most words between the of_number words and the number they make the count a part"
            " of ('of the state's 40': two; a number further on is of another phrase)",
            min=0,
        ),
    )
    in_clause: bool = field(
        default=False,
        metadata=_doc(
            "the after words may stand anywhere later in the number's clause, not only right"
            " after it ('103 killed by fire in the past 24 hours')"
        ),
    )
    same_noun_may_match: bool = field(
        default=False,
        metadata=_doc(
            "a number of this portion and one with no portion that count the same noun may"
            " be one figure ('including 12 children' / '12 children')"
        ),
    )


@record(kw_only=True)
class Outcome:
    name: str = field(metadata=_doc("the outcome shown in reasons: 'killed'"))
    words: tuple[str, ...] = field(metadata=_doc("words that state it: killed, died, dead"))


@record(kw_only=True)
class MatchingRules:
    context_cutoff: float = field(
        metadata=_doc(
            "least pair score (0-100): the weighted words-around and story scores", min=0, max=100
        ),
    )
    named_within_score: float = field(
        metadata=_doc(
            "score (0-100) of two names one within the other that share no word ('A320' /"
            " 'A320neo')",
            min=0,
            max=100,
        ),
    )
    named_within_step: float = field(
        metadata=_doc(
            "added to named_within_score per shared word (up to two) and for a shared first"
            " word: 'Texas' meets 'Texas, United States' before 'United States' does",
            min=0,
            max=10,
        ),
    )
    lede_weight: float = field(
        default=1.0,
        metadata=_doc(
            "factor (0-1) on the pair score of a place read from a source's opening sentence"
            " with no cue near it: the source's cue-read place of the event meets others first",
            min=0,
            max=1,
        ),
    )
    bare_cutoff: float = field(
        default=0.0,
        metadata=_doc(
            "least pair score (0-100) of two claims neither of which says what it measures (no"
            " concept, no counted or measured noun: '10 percent' / '60%'); 0: context_cutoff",
            min=0,
            max=100,
        ),
    )
    bare_least_value: float = field(
        default=0.0,
        metadata=_doc(
            "least number a count whose concept is only the noun it leaves out must state to"
            " join the same number of a count of another concept ('12 other villagers' /"
            " 'killed 12'): smaller numbers are too common to tell one fact; 0: any",
            min=0,
        ),
    )
    max_block: int = field(
        metadata=_doc(
            "largest block compared pair by pair; larger blocks compare only claims that"
            " share a context word used by at most max_word_claims claims",
            min=2,
        ),
    )
    max_word_claims: int = field(
        metadata=_doc("a context word shared by more claims than this proposes no pairs", min=2),
    )
    window_cutoff: float = field(
        metadata=_doc(
            "least rapidfuzz score (0-100) of the words around two claims", min=0, max=100
        ),
    )
    story_cutoff: float = field(
        metadata=_doc(
            "least rapidfuzz score (0-100) of the proper names of two claims' sources",
            min=0,
            max=100,
        ),
    )
    story_weight: float = field(
        metadata=_doc(
            "weight (0-1) of the story score in a pair's score; the rest is the words around",
            min=0,
            max=1,
        ),
    )
    same_number_bonus: float = field(
        metadata=_doc(
            "added to the score (0-100) of two sources stating the same number in one block",
            min=0,
            max=100,
        ),
    )
    same_source_cutoff: float = field(
        metadata=_doc(
            "least context score (0-100) for two different numbers of one source to be one"
            " fact (the source contradicting itself) rather than two facts",
            min=0,
            max=100,
        ),
    )
    restated_cutoff: float = field(
        metadata=_doc(
            "least context score (0-100) for two close numbers of one source (at most"
            " value_free_ratio apart) to be one figure stated again as it changed: a soft"
            " veto the other sources' pairs may outweigh, not two facts",
            min=0,
            max=100,
        ),
    )
    context_window: int = field(
        metadata=_doc("words on each side of a claim read as its context", min=1)
    )
    place_filler: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of a place phrase that name no place ('the', 'along', 'border'):"
            " two places differ only when their other words do not overlap"
        ),
    )
    context_filler: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words never compared as context, beyond the counted-noun stopwords"),
    )
    not_subjects: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words that never name a claim's subject: Officials, The"),
    )
    max_value_ratio: float = field(
        metadata=_doc(
            "two stated numbers further apart than this factor are never one fact", min=1
        ),
    )
    office_window_days: int = field(
        metadata=_doc(
            "sources published further apart than this may name different office holders"
            " without conflict (the office may have changed hands)",
            min=0,
        ),
    )
    office_inferred_mentions: int = field(
        metadata=_doc(
            "a name titled somewhere in the run gives its office to at most this many of its"
            " untitled mentions in each source, the first ones (0: none)",
            min=0,
        ),
    )
    event_cutoff: float = field(
        metadata=_doc("least rapidfuzz score (0-100) of two event names", min=0, max=100),
    )
    concept_score: float = field(
        metadata=_doc(
            "score (0-100) of two numbers of one concept ('deaths') in sources telling one"
            " story (story score at least story_cutoff), before what the words around add",
            min=0,
            max=100,
        ),
    )
    concept_max_value_ratio: float = field(
        metadata=_doc(
            "two numbers of one concept further apart than this factor are two facts, when"
            " either is of `running_concepts` (a rolling toll may grow from 3 to 800); of"
            " other concepts, further apart than `max_value_ratio` (a part and its whole)",
            min=1,
        ),
    )
    concept_same_number_bonus: float = field(
        metadata=_doc(
            "added to the score (0-100) of two sources stating the same number of one concept",
            min=0,
            max=100,
        ),
    )
    concept_cutoff: float = field(
        metadata=_doc(
            "least score (0-100) of two numbers of one concept after the penalties below:"
            " under it the pair is no match, but no veto either",
            min=0,
            max=100,
        ),
    )
    names_penalty: float = field(
        metadata=_doc(
            "taken from the score of two numbers of one concept whose sentences name no"
            " name in common (weak evidence that they differ: a name may be a region, a"
            " quoted official)",
            min=0,
            max=100,
        ),
    )
    value_penalty: float = field(
        metadata=_doc(
            "taken, in full, from the score of two numbers of one concept that are"
            " concept_max_value_ratio apart, in part (on a log scale) when closer: of several"
            " figures of one concept, the nearest is likelier the same fact",
            min=0,
            max=100,
        ),
    )
    loose_max_value_ratio: float = field(
        metadata=_doc(
            "a count that says nothing of what it counts (no concept, no counted noun) may"
            " join a cluster of counts of its story only beside a number at most this factor"
            " from its own",
            min=1,
        ),
    )
    value_free_ratio: float = field(
        metadata=_doc(
            "two numbers of one concept up to this factor apart lose nothing of their score"
            " (a revised figure); further apart, value_penalty is taken in part",
            min=1,
        ),
    )
    figures_penalty: float = field(
        metadata=_doc(
            "taken from the score of two numbers of one concept when either source states"
            " several different figures of it (delegates of each candidate): then the words"
            " around them must tell which figure is which",
            min=0,
            max=100,
        ),
    )
    cluster_cutoff: float = field(
        metadata=_doc(
            "least mean score (0-100) of the pairs compared between two clusters for them"
            " to join into one fact",
            min=0,
            max=100,
        ),
    )
    soft_veto_score: float = field(
        default=30.0,
        metadata=_doc(
            "what a pair under a soft veto (the words around two numbers differ) counts in"
            " the mean score between two clusters of quantities: a hard veto keeps them"
            " apart, a soft one only weighs against their join",
            min=-100,
            max=100,
        ),
    )
    refine_passes: int = field(
        default=10,
        metadata=_doc(
            "most passes that improve the joined clusters of quantities by moving single"
            " claims and joining clusters where that raises the summed (score -"
            " cluster_cutoff) of the pairs inside clusters; 0 keeps best-pair-first joins"
            " alone",
            min=0,
        ),
    )
    partner_margin: float = field(
        default=2.0,
        metadata=_doc(
            "of two claims of one source that cannot be one fact, each a partner that may"
            " join a claim of another source with scores at most this far apart (a tie on"
            " their words): the pair of the partner the other evidence prefers (the same"
            " number, the same counted noun, the same concept, one subject in a run of names,"
            " the nearer number) counts"
            " this much more than the other in the joins of quantities, so the claim joins"
            " that partner, not the one merged first (0 leaves the scores)",
            min=0,
            max=100,
        ),
    )
    partner_near_ratio: float = field(
        default=1.05,
        metadata=_doc(
            "of the evidence that breaks a tie of partner_margin, the next to last: two numbers at"
            " most this factor apart are told nearly alike, and the nearer of two such"
            " partners is preferred (one fact two outlets tell is told alike or nearly so);"
            " numbers further apart tell nothing of which is the partner (1: none do)",
            min=1,
        ),
    )
    former_figures: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right before a number that make it the earlier figure of a move its"
            " sentence states ('rose to 40 from 25', 'up from 25'): of two figures of one"
            " sentence another source's number ties with, last of the evidence, the one"
            " stated as the earlier figure is not its partner unless it is one too"
        ),
    )
    least_headings: int = field(
        default=2,
        metadata=_doc(
            "least number of item headings (an indented list item that states no sentence,"
            " with items under it) that make a text a page of many stories, whose numbers"
            " each tell the story of their item; an article whose paragraphs are indented"
            " has fewer",
            min=1,
        ),
    )
    status_times: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "first words of a time anchor that dates a running figure ('as of yesterday',"
            " 'so far'): two figures of one concept at different such times are one fact"
            " updated, not two facts"
        ),
    )
    month_openers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a month's bare name that date a figure by that month ('in"
            " October', 'in late October'): a count of pages of many stories (a day's news)"
            " dated so tells again the incident of a page of that month, not one of its own"
            " day; none: no figure is dated by its month"
        ),
    )
    span_starts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a year that make it the start of a span, not the time of a figure"
            " ('the worst since 2015', 'the deadliest since the 2004 tsunami'): such a year"
            " dates no number of its sentence (no years-differ or past-year veto reads it);"
            " a figure whose sentence counts from such a start ('killed since the war"
            " began') is a total to date, not of the incident its item told before it"
        ),
    )
    running_concepts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "concepts (keys of frames.toml's [concepts]) counted as a running tally that is"
            " reported again as it grows (deaths, cases): of sources published on different"
            " days, a floor ('at least 610') is the count of its day (running_floor_reach)"
        ),
    )
    revised_concepts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "concepts (keys of frames.toml's [concepts]) whose figure is an estimate revised"
            " by orders of magnitude as knowledge grows (an impact's probability, 3.1% then"
            " 0.0017%): two numbers of one such concept are never two facts by their distance"
            " alone (no max_value_ratio or concept_max_value_ratio veto); value_penalty still"
            " weighs the distance"
        ),
    )
    fell_most_ratio: float = field(
        default=0.0,
        metadata=_doc(
            "of a running tally told by sources published on different days, a later figure"
            " wholly below an earlier one by more than this factor is another count (a part,"
            " another place, the day's new ones), not the tally revised down: two facts;"
            " 0: off",
            min=0,
        ),
    )
    move_concepts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "concepts (keys of frames.toml's [concepts]) whose level is itself a move: 'growth"
            " of 3%' is how far the economy grew, 'a 300-point drop' how far an index moved;"
            " such a level meets the rises and falls of its concept, compared as the size of"
            " the move (it does not say which way)"
        ),
    )
    running_floor_reach: float = field(
        default=1.2,
        metadata=_doc(
            "of sources published on different days, a floor of a running tally ('at least"
            " 610 killed') reaches up to this factor of its number: a figure beyond it is"
            " the tally updated, a conflict",
            min=1,
        ),
    )
    rolling_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words near a figure that say it is a running figure updated ('rose to', 'so far'):"
            " of two figures of one measure in sources of one date, the one so stated is named"
            " the later"
        ),
    )
    incident_openers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that introduce an incident as a new one ('a', 'an', 'another', 'second'),"
            " a few words before one of `incident_words` in a figure's sentence ('killed in an"
            " airstrike on a boat', 'when a helicopter crashes'); a number word does too"
            " ('in two airstrikes'). In an item of a page of many stories, a figure whose own"
            " sentence tells no incident (none, or the one introduced) is of the incident a"
            " sentence of its item introduced before it ('Rebels launch eight attacks on the"
            " city. Two people are killed during the attacks.')"
        ),
    )
    incident_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns and verbs of an incident ('attack', 'airstrike', 'crashes', 'capsizes'):"
            " two figures of one measure in items of pages of many stories published on"
            " different days, each told of an incident its item introduces as new and"
            " neither stated as a running figure (`rolling_words`), are two incidents"
        ),
    )
    incident_actions: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs of an attack whose target an incident opener right after them introduces"
            " as new ('forces struck a boat', 'the navy attacked an alleged drug boat'): the"
            " sentence tells an incident as new, as `incident_words` after an opener do"
        ),
    )
    incident_launches: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs of carrying out an action whose object, one of `incident_words` at most"
            " `incident_gap` words on with no word of `incident_definites` before it, is"
            " that action told as new, in the plural too ('the military conducts airstrikes"
            " on the city, killing 60', 'launches missiles at the port'): the sentence tells"
            " an incident as new, as an opener before an incident word does"
        ),
    )
    incident_definites: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that refer back to a thing told before ('the', 'its', 'these'): after one"
            " of `incident_launches`, an incident word they stand before is told again, not"
            " introduced ('conducts the strikes it announced')"
        ),
    )
    incident_performed: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "participles of carrying out an action ('conducted', 'launched') right after one"
            " of `incident_words`, in the plural too, with no word of `incident_definites`"
            " a few words before it: the action told as the day's, as after one of"
            " `incident_launches` ('early morning attacks conducted by the army kill 91'; 'the"
            " attacks launched last week' is told again)"
        ),
    )
    incident_lasting: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "of `incident_words`, events that run for days ('outbreak', 'flood'): each day's"
            " item introduces one again with an article as its toll grows ('a cholera"
            " outbreak that has killed 40', two days on 'an outbreak ... 52 dead'), so only an"
            " opener of `incident_renewals` ('another', 'a new') introduces another one"
        ),
    )
    incident_renewals: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "of `incident_openers`, words that say the incident is another one than told"
            " before ('another', 'second', 'new', 'fresh'): the only openers that introduce"
            " an event of `incident_lasting` as new"
        ),
    )
    later_windows: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "orders of a story's window past the first that a figure's time anchor may open"
            " with ('second', 'third': 'the second consecutive night'): of two different"
            " counts, the later page's dated by such a window and the earlier's by none, the"
            " later is its window's own count, not the earlier's updated"
        ),
    )
    incident_settings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before an opener that tell what follows as the setting of the day's news,"
            " not the event its figures count ('amid'): '40 new cases are reported amid a"
            " protest by nurses' introduces no incident its figure is of"
        ),
    )
    incident_idioms: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "fixed phrases in which an incident opener is no article introducing a thing ('as"
            " a result of', 'as a consequence of'): an opener inside one introduces no"
            " incident ('1,225 deaths as a result of forty-seven separate massacres' tells"
            " the cause of a total, not a new massacre)"
        ),
    )
    target_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before the name an action is aimed at ('strikes on Israel', 'tariffs on"
            " Chinese goods', 'sanctions against Kell'): two numbers of one measure whose"
            " sentences each name both parties and aim at different ones are the two"
            " directions of an exchange (each side's strikes, each side's tariffs), two facts"
        ),
    )
    place_list_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that end a list of names joined by commas ('Iowa, New Hampshire and"
            " Nevada'): names so joined are a list, not a place written with the larger place"
            " holding it ('Multan, Punjab, Pakistan'). Two numbers of one measure whose"
            " sentences each write such a place, neither naming the other's most specific"
            " place, are figures of two places; without these words no such place is read"
        ),
    )
    day_event_present: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of a present-tense verb group right after a count, before a past"
            " participle ('are', 'is': 'At least 51 people are killed'): the count is the"
            " subject of its item's present tense, the event of that day's news, not a figure"
            " told back ('52 have been killed', 'the attack that killed 15') nor a state"
            " ('five are missing', 'are expected to')"
        ),
    )
    day_event_participles: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "present participles right before a count that tell what the day's event did to"
            " what is counted ('killing 31 people', 'injuring fourteen others'): in a day's"
            " item told in the present, the count of that day's event"
        ),
    )
    past_participles: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "past participles not ending in 'ed' ('hurt', 'shot', 'taken'): after a word of"
            " `day_event_present`, a present passive as one ending in 'ed' is"
        ),
    )
    day_event_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs in the present right before a count that tell what the day's event does"
            " to what is counted, the plural's form and the singular's ('Israeli strikes kill"
            " at least 39', 'an air raid kills ten'): in a day's item told in the present, the"
            " count of that day's event, unless a word of `day_event_not_after` stands right"
            " before the verb ('threatens to kill 20', 'could kill')"
        ),
    )
    story_common_names: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of proper names that many unrelated stories name (an agency's, a court's,"
            " a country's generic words: 'national', 'federal', 'board', 'airport'): left"
            " out when two sources' stories are compared by the names they write"
        ),
    )
    day_event_not_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right before a verb of `day_event_verbs` that make it no verb of the day's"
            " event: the infinitive's 'to', the modals and auxiliaries that take a bare verb"
            " ('will', 'could', 'did', 'not')"
        ),
    )
    day_event_noun_words: int = field(
        default=0,
        metadata=_doc(
            "most words between a count and the present passive of `day_event_present` after"
            " it, the rest of the noun it counts ('At least 73 Palestinians are killed'), an"
            " apposition opened by a word of `apposition_openers` between commas aside ('19"
            " people, including two children, are killed'); 0: the passive right after it",
            min=0,
        ),
    )
    day_event_states: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs in the present of a state or a running figure ('has', 'holds', 'remains',"
            " 'totals'): a name's verb right before a count tells its day's event unless it"
            " is one of these (or of `attribution_cues`): 'the Senate votes 86-12' does,"
            " 'Kell has 12 seats' does not"
        ),
    )
    lasting_most_days: int = field(
        default=0,
        metadata=_doc(
            "most days an event that runs for days (`incident_lasting`: a flood) runs: two"
            " counts of it told as the events of their days on pages of many stories further"
            " apart than this are two events (the floods of two seasons), not one toll told"
            " as it grows; 0: an event that runs for days is never so told apart",
            min=0,
        ),
    )
    day_event_least_days: int = field(
        default=0,
        metadata=_doc(
            "least days between the publication dates of two counts of one measure in items"
            " of pages of many stories, each told as the event of its day (`day_event_present`,"
            " `day_event_participles`), neither a running figure (`rolling_words`), for them"
            " to be two events; so are two different counts of which only the later is so"
            " told (an update says so or tells its event back); 0: off",
            min=0,
        ),
    )
    incident_least_days: int = field(
        metadata=_doc(
            "least days between the publication dates of two counts, each told of an incident"
            " its day's item introduces as new, for them to be two incidents (the next day's"
            " page may tell the same incident again)",
            min=1,
        ),
    )
    dated_least_days: int = field(
        default=0,
        metadata=_doc(
            "least days between the days two numbers' clauses date them by ('on Tuesday',"
            " 'on 12 May', 'yesterday', resolved against each source's publication date;"
            " not a status date, 'as of Monday', nor the date of a statement, 'said on"
            " Monday') for them to be two facts, neither stated as a running figure"
            " (`rolling_words`); 0: days are not compared",
            min=0,
        ),
    )
    placed_reach: int = field(
        metadata=_doc(
            "most words between a figure and a place phrase of its sentence that places it"
            " ('killing four' after 'a boat in the Eastern Pacific'): of two figures of one"
            " measure in a day's items, one placed where the other's page names nowhere is"
            " another incident's",
            min=0,
        )
    )
    place_relations: str = field(
        default="",
        metadata=_doc(
            "the file name, in a rules folder, of the gazetteer of places and the places"
            " holding them (a place's name, a tab, the names of the places holding it joined"
            " by '|', the nearest first: 'Quetta<TAB>Balochistan|Pakistan'); each folder's"
            " file adds to the one before. A place the veto of figures placed elsewhere"
            " (`placed_reach`) reads is not elsewhere where the other's page names a place"
            " holding it or held by it; empty: no gazetteer"
        ),
    )
    incident_gap: int = field(
        metadata=_doc(
            "most words between an incident opener and its incident word ('a U.S. missile"
            " strike': two)",
            min=0,
        ),
    )
    outcome: tuple[Outcome, ...] = field(
        default=(),
        metadata=_doc(
            "what happened to what is counted; two claims whose nearest outcome words differ"
            " (killed / injured) are different facts"
        ),
    )
    portion: tuple[Portion, ...] = field(
        default=(),
        metadata=_doc(
            "what share of a whole a number is, by the words right around it (a part: '12 of"
            " them'; one day's: 'a day'); two numbers of one measure whose portions differ,"
            " or one with a portion and one without, are different facts"
        ),
    )
    tolerance: Mapping[str, Tolerance] = field(
        default_factory=dict,
        metadata=_doc("tolerances per claim kind: count, money, measure, percent"),
    )


# ------------------------------------------------------------------------------- events
@record(kw_only=True)
class EventClass:
    name: str = field(metadata=_doc("the class name shown in reports: 'meeting'"))
    nouns: tuple[str, ...] = field(
        metadata=_doc("nouns that name an event of this class: meeting, summit, talks")
    )


@record(kw_only=True)
class EventRules:
    event_class: tuple[EventClass, ...] = field(
        default=(), metadata=_doc("event nouns grouped into classes that can be compared")
    )
    future_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that put a bare weekday after the publication date: will, set for, next"
        ),
    )
    place_before: tuple[str, ...] = field(metadata=_doc("words before an event's place: in, at"))
    place_articles: tuple[str, ...] = field(
        default=(), metadata=_doc("the article that may stand between 'in' and a place: the")
    )
    place_breaks: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words opening a clause about someone, past which a place after an event noun is"
            " not the event's: who ('an attack on protesters who remain in Gaza')"
        ),
    )
    holder_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs after the subject who holds a bare 'summit': will, has, held"),
    )
    name_stop: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words that end an event's name read leftwards from its noun: the, is, with"),
    )
    not_places: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words after 'in' that are not places: January, Monday"),
    )
    weekday_names: tuple[str, ...] = field(default=(), metadata=_doc("weekday names, Monday first"))
    month_names: tuple[str, ...] = field(
        default=(),
        metadata=_doc("month names, January first; their first three letters are read too"),
    )
    month_abbreviations: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("other short month names and their number: Sept = 9"),
    )
    ordinal_suffixes: tuple[str, ...] = field(
        default=(), metadata=_doc("what follows a day of the month: st, nd, '.' (12. Januar)")
    )
    day_month_joiners: tuple[str, ...] = field(
        default=(), metadata=_doc("words between a day and its month: '12 of January'")
    )
    relative_days: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("words for a day relative to publication: yesterday = -1, today = 0"),
    )
    relative_months: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("phrases for a month relative to publication: 'last month' = -1"),
    )


# ------------------------------------------------------------------ named facts beyond offices
@record(kw_only=True)
class PlaceCue:
    role: str = field(metadata=_doc("what the place is of, shown in reports: 'landfall'"))
    words: tuple[str, ...] = field(
        metadata=_doc("words of the clause that make a place the event's: 'made landfall'")
    )
    before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words right before the place: in, at, near, off, outside"),
    )
    owned: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of the event, in lower case, that a place's name stands before or owns:"
            " 'the Karsk earthquake', 'Samoa's measles outbreak'"
        ),
    )
    unique: bool = field(
        default=False,
        metadata=_doc(
            "a story has one such place (one epicentre, one crash site): two sources naming"
            " different places for it conflict"
        ),
    )


@record(kw_only=True)
class PlaceRules:
    cue: tuple[PlaceCue, ...] = field(
        default=(), metadata=_doc("cues that make a place where the story's event happened")
    )
    introducers: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between 'in' and a place's name: 'the city of', 'the capital,'"),
    )
    not_places: tuple[str, ...] = field(
        default=(),
        metadata=_doc("capitalized words after 'in' that are not places: January, Monday"),
    )
    name_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc("lower-case words inside a place's name: 'Bay of Bengal', 'de'"),
    )
    inside: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between a place and a larger place it is in: 'Elbow Cay in the Abacos'"
        ),
    )
    inside_then: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between a larger place and a place in it: 'in Iraq, at Baghdad Airport'"
        ),
    )
    regions: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of direction or kind between 'in' and a place's name: 'in southern"
            " Philippines', 'in rural Kenya'"
        ),
    )
    regions_in_names: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of `regions` that, capitalized before a place's name, still tell a part of"
            " that place: 'Northern Syria', 'Eastern United States' (not 'South Sudan')"
        ),
    )
    parts_of: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "places news writes after a comma as a city's larger place, by the larger place"
            " they are part of: 'England' = 'United Kingdom' ('London, England' is the"
            " 'London, United Kingdom' of another source; not 'Springfield, Illinois' and"
            " 'Springfield, Missouri')"
        ),
    )
    lede_role: str = field(
        default="",
        metadata=_doc(
            "the role of a place in a source's opening sentence, which tells the event, when"
            " no cue is near it: 'An apartment block collapsed on Monday in Magnitogorsk'"
        ),
    )
    lede_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words right before a place of the opening sentence: in, at, near"),
    )
    after_name: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case words that may follow a place's name; any other lower-case word makes"
            " the name a modifier of a noun, no place: 'in Iraqi military bases'"
        ),
    )
    after_name_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc("endings of verbs that may follow a place's name: 'in Kabul killed'"),
    )
    not_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a place's preposition (a day between) that make the name where"
            " something was published: 'published on Monday in Science Advances'"
        ),
    )
    place_of_noun: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "articles after which a name before a noun is still the place: 'in a Manhattan court'"
        ),
    )
    nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of a kind of place, which may follow its name ('in Wardak province'); a"
            " name ending in one is no person's: San Bernardino County"
        ),
    )
    facilities: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "last words of the name of a building or site ('Grand Mosque', 'Airport'): a name"
            " ending in one is no person's, even after a title: 'the Sultan Qaboos Grand Mosque'"
        ),
    )
    heading_events: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of an event (besides the cues' words) that end a dated heading of a page of"
            " many stories and make the name before them the place of the items under it:"
            " '2025 Uvira offensive'"
        ),
    )
    larger_of: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a place's noun that put the place in a larger one, the event's place"
            " too: of ('in Dharin area of Bari Region', 'the Sierra Nevada mountains of the"
            " United States')"
        ),
    )
    coordinators: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words joining a second place to the event's place, an article between or none:"
            " and ('killed in Haiti and the Dominican Republic': both are the event's)"
        ),
    )


@record(kw_only=True)
class DateWords:
    before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a date that make it the date of the event: on, in, since"),
    )
    month_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a month alone ('in December', 'early June'): in, since"),
    )
    year_before: tuple[str, ...] = field(
        default=(), metadata=_doc("words before a year alone ('in 1997'): in, since")
    )
    year_parts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words of a part of a year, before it ('early 2025', 'mid-2026', 'the end of"
            " 2024'): the date is that year"
        ),
    )
    decade_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a decade ('the 1990s'): the date is those ten years"),
    )
    relative_weeks: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("phrases for a week relative to publication: 'last week' = -1"),
    )
    relative_years: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc("phrases for a year relative to publication: 'last year' = -1"),
    )
    anaphoric_days: Mapping[str, int] = field(
        default_factory=dict,
        metadata=_doc(
            "phrases for a day relative to the last day the source named before them (else"
            " to publication): 'the previous day' = -1"
        ),
    )
    ago: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a span of time that count it back from publication: ago"),
    )
    ago_units: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "words for the spans counted back, each a day, week, month or year: months = month"
        ),
    )
    ago_qualifiers: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a span counted back that keep it a date: about, some"),
    )
    not_event: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right before a date that make it no event's date: 'published', 'updated'"
        ),
    )
    tenure: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words between an office's title and a date that make the date the start of a"
            " holder's tenure, not the story's event: since ('the airline's CEO since 2021')"
        ),
    )


@record(kw_only=True)
class ThingClass:
    name: str = field(metadata=_doc("the class shown in reports: 'aircraft', 'storm'"))
    before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a name of this class: Hurricane, Typhoon, Flight, MV"),
    )
    nouns_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case nouns before a name of this class, read once per source, the name"
            " then wherever the source writes it: 'the cargo ship Golden Ray'"
        ),
    )
    nouns_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case nouns after a capitalized name of this class, one lower-case word"
            " between at most: 'the Bundibugyo strain', 'the Delta variant'"
        ),
    )
    name_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings the last word of a name read before `nouns_after` must have, when"
            " given: a people's word ('Russian', 'Israeli', 'Houthi') before the noun of an"
            " attack, not a place ('the Kyiv attack'); such a word is read alone inside a"
            " sentence even where it also names a language ('a Russian drone strike')"
        ),
    )
    not_nouns_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "phrases ending in a noun of `nouns_after` that name no thing of this class:"
            " 'general strike', 'hunger strike' (a strike of workers is no attack)"
        ),
    )
    codes_after: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case nouns after a model's code of this class (capitals and a number,"
            " a hyphen between or none), one lower-case word between at most: 'F-16 fighter"
            " jets', 'a Mi-8 transport helicopter'"
        ),
    )
    makers: tuple[str, ...] = field(
        default=(), metadata=_doc("makers before a model: Boeing, Airbus (Airbus A320neo)")
    )
    names: tuple[str, ...] = field(
        default=(), metadata=_doc("names of this class as written: Dreamliner, COVID-19, iPhone")
    )
    ends: tuple[str, ...] = field(
        default=(),
        metadata=_doc("last words of a capitalized name of this class: Party, Airways"),
    )
    goes_on: bool = field(
        default=False,
        metadata=_doc(
            "a name of this class may go on past its last word with a joiner and capitalized"
            " words: 'Canadian Union of Public Employees' (else such a name is no thing)"
        ),
    )
    nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "plain nouns naming a thing of this class, read in any case: pickup truck,"
            " bribery; one written in lower case is a common noun, no name, that meets the"
            " same noun only within one story (a capitalized one, 'Nasdaq', is a name)"
        ),
    )
    exclusive: bool = field(
        default=True,
        metadata=_doc(
            "two sources that each name one different thing of this class conflict"
            " (a story has one aircraft type, one storm)"
        ),
    )
    as_modifier: bool = field(
        default=True,
        metadata=_doc(
            "a common noun of this class names its thing also as the modifier of another"
            " noun ('fraud charges', 'a bribery case'); false: only as the head of its own"
            " noun phrase, a lower-case word after it that may follow no noun phrase (the"
            " place grammar's `after_name`) makes it another thing's ('the euro area', 'a"
            " bus station')"
        ),
    )
    not_followed_by: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a common noun of this class (one of `nouns` in lower case) that make"
            " it a figure of speech, no thing: of ('an avalanche of complaints', 'a flood of"
            " orders')"
        ),
    )
    alike: tuple[tuple[str, ...], ...] = field(
        default=(),
        metadata=_doc(
            "groups of the class's common nouns (its `nouns` in lower case) that tell one"
            " thing in nearer or looser words: two sources naming two of one group are"
            " compatible, one within the other ('heavy rains' / 'torrential rain',"
            " 'malnutrition' / 'starvation'); nouns of no group, or of two, stay apart"
        ),
    )
    general: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "common nouns of this class (each one of its `nouns` in lower case) that name"
            " whichever thing of the class the story tells of: within any name of the class"
            " ('parliament' / 'the Seimas', 'the National Assembly'), a compatible fact"
        ),
    )
    dated: bool = field(
        default=True,
        metadata=_doc(
            "a year long before publication after a thing of this class makes it a past one"
            " (`past_years`: 'Flight 587 in 2001'); false: the class's things are the same in"
            " any year, the year tells only when something befell them ('author Ann Lee in"
            " 2022' is Ann Lee)"
        ),
    )


@record(kw_only=True)
class ThingRules:
    thing: tuple[ThingClass, ...] = field(
        default=(), metadata=_doc("classes of named things: aircraft, storm, vessel, flight")
    )
    model: str = field(
        default=r"[A-Z]{0,3}\d{1,4}[A-Za-z]{0,5}(?:-\d{1,3})?",
        metadata=_doc(
            "a model or number after a maker, a class word or a name: A320neo, 787, 302",
            regex=True,
        ),
    )
    maker_model: str = field(
        default=r"(?!)",
        metadata=_doc(
            "another form of model, read only right after a maker: An-26, DHC-6, S-76B",
            regex=True,
        ),
    )
    variants: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words after a model that name a variant of it: neo, MAX, ER (A320neo)"),
    )
    code: str = field(
        default=r"[A-Z]{1,3}\d{2,4}",
        metadata=_doc(
            "a known name that is a code of letters and a number, ending in the number, which"
            " is also read in the plural: A320 (A320s), CRJ900",
            regex=True,
        ),
    )
    bare_model: str = field(
        default=r"[A-Z]{1,3}\d{2,4}|\d{3}(?!\d)",
        metadata=_doc(
            "a maker's model read with no maker, only before a word of `variants`: 737"
            " ('the 737 MAX', 'a 777 ER'; not '5 ER visits')",
            regex=True,
        ),
    )
    model_code: str = field(
        default=r"[A-Z][A-Za-z]{0,2}-?\d{1,4}[A-Z]{0,2}(?:-\d{1,3}[A-Z]{0,2})?(?![\w-])",
        metadata=_doc(
            "a model's code read before a noun of a class's `codes_after`, no maker: F-16,"
            " Su-25, MiG-29, C-130J, A330-200 ('F-16 fighter jets')",
            regex=True,
        ),
    )
    flight_code: str = field(
        default=r"[A-Z]{2,3}\d{1,4}[A-Z]?",
        metadata=_doc(
            "a code that names a thing alone, read wherever the source that gives it with a"
            " class word writes it again: ET302 ('Flight ET302' ... 'ET302')",
            regex=True,
        ),
    )
    code_apart: str = field(
        default=r"(?<![\w’'.-])[A-Z]{2,3}\s+\d{1,4}(?!\d)(?![,.]\d)",
        metadata=_doc(
            "a code of capitals written apart from its number, keyed as written joined (its"
            " spaces dropped): ET 302 is ET302, BK 117 is BK117",
            regex=True,
        ),
    )
    code_hyphen: str = field(
        default=r"(?<=[A-Za-z])-(?=\d)",
        metadata=_doc(
            "a hyphen between a maker's letters and a model's number, dropped from the key:"
            " CRJ-700 is CRJ700, An-124 is An124",
            regex=True,
        ),
    )
    comparisons: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a common noun of a class (an article between or none) that make it"
            " a thing the story compares with, not its own: than, like, the size of ('a"
            " ship the size of a bulk carrier', 'louder than a tornado')"
        ),
    )
    number_signs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words for 'number' between a class word and its number, left out of the key:"
            " No. ('Typhoon No. 10' is typhoon 10)"
        ),
    )
    past_years: int = field(
        default=0,
        metadata=_doc(
            "years before publication, at least, of a year after a thing ('Flight 587 in 2001')"
            " that make it a past one the story compares with, not its own (0: none)"
        ),
    )
    modifier_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a capitalized word that tells where a thing is from, not its name:"
            " '-based' ('the Karsk-based Tarvin movement' names 'Tarvin movement')"
        ),
    )
    recurring_role: str = field(
        default="",
        metadata=_doc(
            "the role of a capitalized name no rule reads that several sources of a run write"
            " ('Air Canada' in two sources, no class word near either): a named thing; empty:"
            " such names are not read"
        ),
    )
    recurring_sources: int = field(
        default=2,
        metadata=_doc("sources of a run, at least, that write a name for it to be read so"),
    )
    recurring_numbered: int = field(
        default=64,
        metadata=_doc(
            "names holding one number, at most, compared one with another for a name written"
            " two ways ('Karsk Council Resolution 12' / 'Resolution 12'); a number more names"
            " share (a year in a large run) compares none: each is read by its own sources",
            min=0,
        ),
    )
    common_role: str = field(
        default="",
        metadata=_doc(
            "the role of a lower-case noun phrase no rule reads that several sources of a run"
            " write ('a mass shooting' in two sources): a thing the story's sources agree on;"
            " empty: such phrases are not read"
        ),
    )
    common_words: int = field(
        default=4,
        metadata=_doc("words, at most, of a lower-case phrase read so, joiners counted", min=2),
    )
    common_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words inside a lower-case phrase between its nouns ('trial of the facts')"),
    )
    common_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open a noun phrase after them ('a', 'the', 'of'): a lower-case phrase"
            " is read only where some source writes it after one of them"
        ),
    )
    common_not_heads: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns too general to end a lower-case phrase read so ('people', 'officials',"
            " 'time'): any story's words, no thing of its own"
        ),
    )
    common_not_modifiers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open no lower-case phrase read so: words of quantity, time or degree"
            " ('many', 'recent', 'former') that say how much or when, not which thing"
        ),
    )
    common_participle_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a word that ends no lower-case phrase where another word or a number"
            " follows it: a verb's and its object ('a boat carrying migrants')"
        ),
    )
    common_modifier_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc("endings of a word that opens no lower-case phrase: an adverb's ('-ly')"),
    )
    across_digits: int = field(
        default=4,
        metadata=_doc(
            "digits, at least, of a name of digits alone that a claim of one source reads"
            " ('in 1996') for it to be read where another source writes it: a year, not a"
            " count",
            min=1,
        ),
    )
    across_reach: int = field(
        default=40,
        metadata=_doc(
            "characters before a name read across the run where a capitalized word may run"
            " into it ('Governor Velm', 'Velm' of 'Velm Airport' is read after it)",
            min=0,
        ),
    )


@record(kw_only=True)
class RouteRules:
    verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words of a journey: flew, airlifted, flight, sailing, evacuated"),
    )
    origin: tuple[str, ...] = field(
        default=(), metadata=_doc("words right before an origin: from, out of")
    )
    destination: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words right before a destination: to, bound for, en route to"),
    )
    destination_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings joined to a destination's name: -bound ('the Nairobi-bound flight')"
        ),
    )
    ends_dashes: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "dashes between an origin and a destination before a word of a journey: 'the"
            " Karsk–Tarvin flight'"
        ),
    )


@record(kw_only=True)
class StatingRules:
    verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc("verbs after a body stating something: said, reported, announced"),
    )
    before: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words before a body that states something: according to, data from"),
    )
    data_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc("nouns between a body and its verb: data, figures ('JHU data showed')"),
    )
    body_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that make a capitalized name a body, not a person: Ministry, University"
        ),
    )
    bodies: tuple[str, ...] = field(
        default=(),
        metadata=_doc("lower-case bodies that state figures: police, organisers, the ministry"),
    )
    body_before: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case nouns right before a name that make it a body's: 'news agency Fars"
            " reported', 'newspaper Le Monde', 'the company Acme said'"
        ),
    )
    body_articles: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "articles right before a capitalized name that make it a body's, not a person's"
            " (unless all its words are words of office titles): 'The Directorate General of"
            " Health Services reports', 'said the Holy See'"
        ),
    )
    clause_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after which a clause starts (as after punctuation), where an article"
            " before a name makes it a body's: and, but, while"
        ),
    )
    body_heads: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "lower-case nouns of a body after an article or a possessive and up to two"
            " lower-case words: 'the country's transport ministry', 'the local health"
            " department', 'Nepal's home ministry'"
        ),
    )
    wholes: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "nouns of a body that holds the bodies named with the words before it: 'the"
            " Karskian government' holds 'the Karskian health ministry', 'Velm University'"
            " its 'Velm Center for Public Health' (one within the other, not two bodies)"
        ),
    )


@record(kw_only=True)
class NamedRules:
    name_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc("lower-case words inside a name: 'Cinema for Peace Foundation', 'de'"),
    )
    articles: tuple[str, ...] = field(
        default=(), metadata=_doc("articles, which start no name: the, a, an")
    )
    name_abbreviations: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "abbreviations with their period that go on into a name: 'St. Louis', 'Mt. Kenya'"
        ),
    )
    article_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "joiners an article may follow inside a name: of ('Democratic Republic of the"
            " Congo', 'Department of the Interior')"
        ),
    )
    roles: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "how reports name the roles of the named kinds, by key (place, date, thing, route,"
            " origin, destination, source): source = 'stated by'; a key not given is shown as is"
        ),
    )
    plural_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings dropped from a word of a name when its key is made ('787 Dreamliners' is"
            " '787 Dreamliner'): s"
        ),
    )
    plural_kept: tuple[str, ...] = field(
        default=(),
        metadata=_doc("endings of words that are no plural though they end so: ss"),
    )
    plural_min_length: int = field(
        default=4,
        metadata=_doc("the shortest word whose plural ending is dropped ('bus' keeps its s)"),
    )
    attached_articles: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "articles written joined to a name by a hyphen, left out of its key: al-, as-"
            " ('As-Suwayda' is 'Suwayda', 'al-Shifa' is 'Shifa')"
        ),
    )
    apart_articles: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "articles of `attached_articles` also written apart, left out of a name's key"
            " when they open it and more of the name follows: el, al ('El Obeid' is 'Obeid',"
            " as 'El-Obeid' is)"
        ),
    )
    stem_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings that make one word of a name from another, a people's or a place's"
            " ('Afghan' / 'Afghanistan': istan; 'Iraq' / 'Iraqi': i; 'Syria' / 'Syrian': n):"
            " two names whose words differ only so are one within the other"
        ),
    )
    stem_min_length: int = field(
        default=4,
        metadata=_doc("the shortest word another is made from by a stem ending", min=1),
    )
    conflict_shared_words: int = field(
        metadata=_doc(
            "context words two claims naming different things for a role a story has once"
            " must share to conflict (fewer: the sources may tell of two events, kept apart)",
            min=0,
        ),
    )
    place: PlaceRules = field(
        default_factory=lambda: PlaceRules(), metadata=_doc("where the story's event happened")
    )
    date: DateWords = field(
        default_factory=lambda: DateWords(), metadata=_doc("the day or date of the event")
    )
    thing: ThingRules = field(
        default_factory=lambda: ThingRules(),
        metadata=_doc("named things: aircraft type, storm, vessel, flight number"),
    )
    route: RouteRules = field(
        default_factory=lambda: RouteRules(), metadata=_doc("origin and destination")
    )
    source: StatingRules = field(
        default_factory=lambda: StatingRules(),
        metadata=_doc("the body stating a figure: a ministry, the police, organisers"),
    )


# ------------------------------------------------------------------------------- frames
@record(kw_only=True)
class FrameRule:
    """One concept and the patterns of words that state it."""

    concept: str = field(
        metadata=_doc("the concept key the patterns give", pattern=r"^[a-z][a-z0-9_]*$")
    )
    patterns: tuple[str, ...] = field(
        metadata=_doc("patterns of words with one {N} slot: 'killed ... {N} {people?}'")
    )
    dimensions: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "dimensions of the number the frame applies to: count, percent, currency,"
            " [length], [mass], ...; empty: any",
            pattern=r"^(count|percent|currency|\[[a-z_]+\]( [*/] \[[a-z_]+\])*)$",
        ),
    )
    signed: bool = field(
        default=True,
        metadata=_doc(
            "false: a figure written with its sign ('-366.94 points', '+4.1%') never fits the"
            " frame, for its sign states the size of a move, never a level"
        ),
    )


@record(kw_only=True)
class FrameRules:
    """The whole frames file of one language."""

    concepts: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc("concept keys and how a report names them: deaths = 'deaths'"),
    )
    words: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=_doc("word classes used in patterns as {name}: people = ['people', ...]"),
    )
    place_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc("lowercase words inside a place name: 'of' in 'Bay of Bengal'"),
    )
    gap_words: int = field(
        default=3, metadata=_doc("most words a '...' in a pattern stands for", min=1, max=9)
    )
    gap_stops: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words a '...' never reads over: 'and' in 'killed 3 and 13 injured'"),
    )
    frame: tuple[FrameRule, ...] = field(
        default=(), metadata=_doc("frames: a concept and its patterns")
    )
    compatible: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=_doc(
            "concepts that may state one fact when their numbers agree: jobs ="
            " ['employees'] ('cut 5,000 jobs' and 'lay off 5,000 workers'); either way round"
        ),
    )
    broader: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "a concept and the broader one whose figure holds it: deaths = 'casualties' (the"
            " dead are casualties). A broader and a narrower figure may state one fact: when"
            " they agree, or when the narrower exceeds the broader (they then conflict); two"
            " concepts of one broader concept, neither holding the other (deaths, injured),"
            " never do"
        ),
    )
    heads: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=_doc(
            "when no frame fits: a concept and the nouns (singular, lowercase) that name it"
            " as the counted thing after the number ('14 confirmed cases') or as the"
            " subject of a verb before it ('the death toll rose to 66'): deaths = ['death']"
        ),
    )
    plural_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "plural endings and their singular, tried in order: 'ies>y', 's>'",
            pattern=r"^[^\s>]+>[^\s>]*$",
        ),
    )
    head_modifiers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that may stand between a number and its counted noun: 'more', 'other',"
            " 'of', 'the' ('12 of the 41 pledged delegates'); numbers and possessives always may"
        ),
    )
    determiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open a noun phrase: a head word before one is a verb with its object"
            " ('evacuated the town'), not a subject"
        ),
    )
    subject_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs that give the number a value of their subject: 'rose to', 'stands at'"
        ),
    )
    object_verbs: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "verbs that give the number a value of their object, the number after one of"
            " `object_links`: 'bringing' ('bringing the death toll in the region past 922')"
        ),
    )
    object_links: tuple[str, ...] = field(
        default=(),
        metadata=_doc("words between the object of `object_verbs` and its number: 'to', 'past'"),
    )
    subject_verb_fillers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that may stand between a subject verb and its number: 'by', 'as much as'"
            " ('sales fell by as much as 35%' is a change of sales)"
        ),
    )
    change_nouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "a change and its link, read past between a number and the noun it changes:"
            " 'drop in' ('a 9% drop in exports' is a change of exports)"
        ),
    )
    move_subjects: Mapping[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "a concept of moves and the word class of `words` naming the things it measures"
            " the moves of: index_change = 'index'. A rise or fall its own words give no"
            " concept is a move of the subject of its clause ('the FTSE 100 has today gone"
            " up in value by 8%'), read past a subject the clause leaves out (', then rose"
            " 2%') or an apposition (', a stock index ..., fell 1.5%'), and through a word"
            " of `subject_pronouns` or `relative_words` to the subject of the clause, or"
            " of the sentence, before it ('It fell by 5%')"
        ),
    )
    move_subject_dimensions: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "the dimension families whose moves are read as moves of their clause's subject"
            " (`move_subjects`): 'percent' (a share a thing moved by, 'fell by 5%', says"
            " nothing but how far its subject moved; a bare count, 'fell 344', may count"
            " anything its clause names)"
        ),
    )
    subject_pronouns: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "pronouns that stand for the subject of the clause or sentence before (a move's"
            " subject, `move_subjects`): 'it'"
        ),
    )
    apposition_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that may stand between the comma of an apposition and its bare number:"
            " 'now' ('the toll, now 56, is expected to rise')"
        ),
    )
    clause_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that start a new clause, so a subject is never read across them: 'while'"
        ),
    )
    clause_joiners: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that start a new clause only after a comma: 'and' (', and the toll rose"
            " to 12', but not 'floods and landslides')"
        ),
    )
    relative_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open a clause inside another, past which a subject is read: 'which'"
            " ('the toll, which had stood at 12, rose to 31')"
        ),
    )
    bare_followers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a number that show it names no counted noun, so it may share the"
            " concept of a number it is listed with: 'in' ('killing 12 in Gaza and 5 in ...')"
        ),
    )
    percent_signs: tuple[str, ...] = field(
        default=("%",),
        metadata=_doc(
            "what stands after a number to make it a percentage ('%', 'percent'): a bare"
            " count is never listed with a percentage, nor a percentage with a count"
        ),
    )
    list_links: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a bare number that list it with an earlier number of the sentence,"
            " whose concept it then shares: 'with' ('Buttigieg at 14, Sanders with 12')"
        ),
    )
    noun_stops: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that end a noun phrase after a number (prepositions, auxiliaries): 'to',"
            " 'was' ('two pieces was' has no head past 'was'); the other word lists of the"
            " file that end a clause end it too"
        ),
    )
    singular_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of singular words that look plural, never read as a plural: 'ss', 'us'"
            " ('business', 'virus')"
        ),
    )
    present_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a verb in the present tense after a name, its third person: 's'"
            " ('the Senate votes 86-12', 'the tribunal sentences seven'): a name's verb so"
            " ending right before a count tells the count as its day's event"
        ),
    )
    present_kept: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of words that are no verb in the present though they end as one:"
            " 'ss' ('access', 'class')"
        ),
    )
    partitive_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words after a number that make it a part of a group: 'of' ('149 of the"
            " survivors were hospitalized' counts the hospitalized)"
        ),
    )
    ellipsis_words: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words right after or right before a bare number that leave out the thing it"
            " counts, which an earlier number of the sentence names: 'more', 'another'"
            " ('one passenger was injured, and two more were treated')"
        ),
    )
    coordinators: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that join counts into one list whose verb says what each counts: 'and'"
            " ('three soldiers and two civilians were killed', 'killed 40 rebels, 6"
            " civilians and 3 police officers': deaths, each)"
        ),
    )
    group_concepts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "concepts that name who is counted, not what happened to them: 'troops'; a count"
            " whose own noun is all that gives it such a concept ('three soldiers') takes the"
            " concept of the verb of its list, unless that is one of these too"
        ),
    )
    thing_concepts: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "concepts that name what is counted, by its noun: 'homes'; a frame's verb gives"
            " one ('... destroyed') only to a count whose own noun is one of the concept's"
            " [heads], says too little, or is left out ('84 missiles destroyed' are no homes)"
        ),
    )
    vague_heads: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "counted nouns (singular) that say too little to be a concept of their own when no"
            " frame or head names one: 'person', 'time' ('12 people', 'five times')"
        ),
    )
    apposition_openers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words that open an apposition after a number, read past up to its comma however"
            " long: 'including' ('124 people, including a politician and two former players,"
            " are killed')"
        ),
    )
    adjective_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of a word joined to a number by a hyphen that make the two an adjective,"
            " not a count of that word: 'ed', 'al', 'th' ('two-legged', 'three-dimensional',"
            " 'twenty-sixth'); any other lowercase word so joined is what the number counts"
            " ('a nine-story building')"
        ),
    )
    span_openers: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "words before a span of time that say how long something went on: 'for', 'for"
            " the last' ('trapped for over 30 hours': how long they were trapped)"
        ),
    )
    span_verb_endings: tuple[str, ...] = field(
        default=(),
        metadata=_doc(
            "endings of the word before a span opener that make it the verb of the span,"
            " named as its concept: 'ed', 'ing' ('trapped for 30 hours', 'missing for three"
            " days'; not 'with the Lakers for 20 years')"
        ),
    )


SPECS: dict[str, type] = {
    "numbers.toml": NumberRules,
    "qualifiers.toml": QualifierRules,
    "units.toml": UnitRules,
    "currencies.toml": CurrencyRules,
    "nouns.toml": NounRules,
    "aliases.toml": AliasRules,
    "offices.toml": OfficeRules,
    "context.toml": ContextRules,
    "nonclaims.toml": NonClaimRules,
    "sources.toml": SourceRules,
    "matching.toml": MatchingRules,
    "events.toml": EventRules,
    "named.toml": NamedRules,
    "frames.toml": FrameRules,
}


DEFAULT_LANGUAGE = "en"
LANGUAGES_DIR = "lang"  # rules/lang/<code>/ holds the words of one language


@record(eq=False)
class RuleSet:
    """All rules of one language, validated and frozen: the language-neutral layer with the
    language's words over it. `for_language` gives the rule set of another language."""

    numbers: NumberRules
    qualifiers: QualifierRules
    units: UnitRules
    currencies: CurrencyRules
    nouns: NounRules
    aliases: AliasRules
    offices: OfficeRules
    context: ContextRules
    nonclaims: NonClaimRules
    sources: SourceRules
    matching: MatchingRules
    events: EventRules
    frames: FrameRules
    named: NamedRules
    unit_definitions: str = ""  # text of the pint definitions files
    definition_files: tuple[tuple[str, str], ...] = ()  # (file as shown, text) of each
    unit_origins: Mapping[str, tuple[str, int | None]] = field(default_factory=dict)
    folders: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE
    by_language: Mapping[str, RuleSet] = field(default_factory=dict)

    def tolerance(self, kind: str) -> Tolerance:
        """The tolerances for a claim kind (`[tolerance.<kind>]` of `matching.toml`)."""
        return self.matching.tolerance[kind]

    @property
    def languages(self) -> tuple[str, ...]:
        """The codes of every language the rules define, sorted."""
        return tuple(sorted(self.by_language)) or (self.language,)

    def for_language(self, language: str) -> RuleSet:
        """The rule set of `language`; this one when the rules do not define it."""
        return self.by_language.get(language, self)


def describe(tp: Any) -> str:
    """A short human description of an allowed type, used in error messages and docs."""
    origin = typing.get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin is tuple:
        return f"a list of {describe(typing.get_args(tp)[0])}"
    if origin in (dict, Mapping) or tp is Mapping:
        return f"a table of {describe(typing.get_args(tp)[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(describe(a) for a in typing.get_args(tp) if a is not type(None))
    if dataclasses.is_dataclass(tp):
        return "a table with keys " + ", ".join(f.name for f in dataclasses.fields(tp))
    return {str: "a string", float: "a number", int: "an integer", bool: "true or false"}.get(
        tp, str(tp)
    )
