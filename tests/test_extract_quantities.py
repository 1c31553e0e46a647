"""Quantity extraction, sentence in, claims out: each case states what a reader would expect.

`CASES` are hand-written specifications (quote, value, second end of a range, qualifier,
unit as stated, change). The gold set in `tests/data/quantities/` is scored as a whole, as
`bench/quantities.py` does, so a regression in any phrasing shows up as a lower score.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.kinds import Kinds
from reconcile.models import Claim
from tests.test_recognizers_specs import claims_for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quantities import load_gold, reconcile_extractor, score  # noqa: E402
from reconcile.rules import RuleSet  # noqa: E402

Expected = tuple[str, float, float | None, str, str, str | None]

CASES: list[tuple[str, list[Expected]]] = [
    (
        "Police said more than 2,000 people attended the rally.",
        [("more than 2,000 people", 2000.0, None, "over", "count", None)],
    ),
    (
        "The storm killed at least 12 and injured about 40.",
        [
            ("at least 12", 12.0, None, "at_least", "count", None),
            ("about 40", 40.0, None, "about", "count", None),
        ],
    ),
    (
        "Between 300 and 500 migrants crossed on Monday.",
        [("Between 300 and 500 migrants", 300.0, 500.0, "range", "count", None)],
    ),
    (
        "Prices rose 3.2% in May, the fastest pace since 1991.",
        [("rose 3.2%", 3.2, None, "exact", "percent", "up")],
    ),
    (
        "The index fell 2.5 points to 7,400.",
        [
            ("fell 2.5 points", 2.5, None, "exact", "index_point", "down"),
            ("7,400", 7400.0, None, "exact", "index_point", None),
        ],
    ),
    (
        "Sales were up 4 percent, while costs fell by a third.",
        [
            ("up 4 percent", 4.0, None, "exact", "percent", "up"),
            ("fell by a third", 0.3333333333333333, None, "exact", "count", "down"),
        ],
    ),
    (
        "The army has roughly 1.2m soldiers and 100k reservists.",
        [
            ("roughly 1.2m soldiers", 1200000.0, None, "about", "count", None),
            ("100k reservists", 100000.0, None, "exact", "count", None),
        ],
    ),
    (
        "A 12-year-old girl was among nearly two dozen injured.",
        [
            ("12-year-old", 12.0, None, "exact", "year", None),
            ("nearly two dozen", 24.0, None, "nearly", "count", None),
        ],
    ),
    (
        "The ship carried 2,000 tonnes of grain, worth £1.2m.",
        [
            ("2,000 tonnes", 2000.0, None, "exact", "metric_ton", None),
            ("£1.2m", 1200000.0, None, "exact", "GBP", None),
        ],
    ),
    (
        "Flights were cut by 40% after the F-16 crash on 3 March at 13:08.",
        [("cut by 40%", 40.0, None, "exact", "percent", "down")],
    ),
    (
        "Some 45,000 households lost power; the G7 pledged $600bn.",
        [
            ("Some 45,000 households", 45000.0, None, "about", "count", None),
            ("$600bn", 600000000000.0, None, "exact", "USD", None),
        ],
    ),
    (
        "The company cut its forecast by $2 billion to $18 billion.",
        [
            ("by $2 billion", 2000000000.0, None, "exact", "USD", "down"),
            ("$18 billion", 18000000000.0, None, "exact", "USD", None),
        ],
    ),
    (
        "Unemployment was 4.1 per cent, down 0.3 percentage points.",
        [
            ("4.1 per cent", 4.1, None, "exact", "percent", None),
            ("down 0.3 percentage points", 0.3, None, "exact", "percentage_point", "down"),
        ],
    ),
    (
        "He received a 25-year sentence for the 2019 attack.",
        [("25-year", 25.0, None, "exact", "year", None)],
    ),
    (
        "Output doubled, and exports more than tripled.",
        [
            ("doubled", 2.0, None, "exact", "times", "up"),
            ("more than tripled", 3.0, None, "over", "times", "up"),
        ],
    ),
    (
        "The car reached 250 km/h on a 5.8km straight.",
        [
            ("250 km/h", 250.0, None, "exact", "kilometer / hour", None),
            ("5.8km", 5.8, None, "exact", "kilometer", None),
        ],
    ),
    (
        "Rents of €1,500 a month are common, up from €900.",
        [
            ("€1,500 a month", 1500.0, None, "exact", "EUR / month", None),
            ("€900", 900.0, None, "exact", "EUR", None),
        ],
    ),
    (
        "Inflation hit 9.1% in June, a 40-year high.",
        [
            ("9.1%", 9.1, None, "exact", "percent", None),
            ("40-year", 40.0, None, "exact", "year", None),
        ],
    ),
    (
        "Temperatures dropped to minus 20C overnight.",
        [("minus 20C", -20.0, None, "exact", "degree_Celsius", None)],
    ),
    (
        "Up to 3,000 troops and as many as 50 tanks are involved.",
        [
            ("Up to 3,000 troops", 3000.0, None, "up_to", "count", None),
            ("as many as 50 tanks", 50.0, None, "up_to", "count", None),
        ],
    ),
    (
        "The firm has fewer than 250 employees and under $10m in revenue.",
        [
            ("fewer than 250 employees", 250.0, None, "under", "count", None),
            ("under $10m", 10000000.0, None, "under", "USD", None),
        ],
    ),
    (
        "Tens of thousands protested, and hundreds were detained.",
        [
            ("Tens of thousands", 20000.0, 100000.0, "vague", "count", None),
            ("hundreds", 200.0, 1000.0, "vague", "count", None),
        ],
    ),
    (
        "The rebels fired 1,000 rockets a day during the offensive.",
        [("1,000 rockets a day", 1000.0, None, "exact", "count / day", None)],
    ),
    (
        # a rate in any unit right after "of" and the one word a unit measures
        "The lake holds 0.003 moles of nitrate per cubic meter and 40 tonnes of fish.",
        [
            (
                "0.003 moles of nitrate per cubic meter",
                0.003,
                None,
                "exact",
                "mole / meter ** 3",
                None,
            ),
            ("40 tonnes", 40.0, None, "exact", "metric_ton", None),
        ],
    ),
    (
        "Oil output fell by 1.5 million barrels per day.",
        [
            (
                "fell by 1.5 million barrels per day",
                1500000.0,
                None,
                "exact",
                "oil_barrel / day",
                "down",
            )
        ],
    ),
    (
        "The bill was approved by 220 votes to 211.",
        [
            ("220 votes", 220.0, None, "exact", "count", None),
            ("211", 211.0, None, "exact", "count", None),
        ],
    ),
    ("It was his second term and the team's third title.", []),
    ("Call +44 20 7946 0958 or visit Hall 4 before 5 p.m.", []),
    (
        "The Su-35 and two MiG-29 jets flew over the area.",
        [("two MiG-29 jets", 2.0, None, "exact", "count", None)],
    ),
    (
        "Interest rates were raised by 50 basis points.",
        [("raised by 50 basis points", 50.0, None, "exact", "basis_point", "up")],
    ),
    (
        "Around two-thirds of voters backed the plan.",
        [("Around two-thirds of voters", 66.6666666667, None, "about", "percent", None)],
    ),
    (
        "Rescuers found 3 survivors, the agency said.",
        [("3 survivors", 3.0, None, "exact", "count", None)],
    ),
    (
        "Exports jumped 12% year on year to $4.5bn.",
        [
            ("jumped 12%", 12.0, None, "exact", "percent", "up"),
            ("$4.5bn", 4500000000.0, None, "exact", "USD", None),
        ],
    ),
    (
        "About 1,200 people were evacuated from 300 homes.",
        [
            ("About 1,200 people", 1200.0, None, "about", "count", None),
            ("300 homes", 300.0, None, "exact", "count", None),
        ],
    ),
    (
        "The 650-seat chamber passed the law 350 to 290.",
        [
            ("650", 650.0, None, "exact", "count", None),
            ("350", 350.0, None, "exact", "count", None),
            ("290", 290.0, None, "exact", "count", None),
        ],
    ),
    (
        "The quake struck 30 miles off the coast at a depth of 10 km.",
        [
            ("30 miles", 30.0, None, "exact", "mile", None),
            ("10 km", 10.0, None, "exact", "kilometer", None),
        ],
    ),
    (
        "Some 6,000 shells a day are being fired, officials say.",
        [("Some 6,000 shells a day", 6000.0, None, "about", "count / day", None)],
    ),
    # stock indices: their points and their levels in digits are index points
    (
        "The Nikkei fell 212.4 points to end at 31,080.55, its lowest close in a month.",
        [
            ("fell 212.4 points", 212.4, None, "exact", "index_point", "down"),
            ("31,080.55", 31080.55, None, "exact", "index_point", None),
        ],
    ),
    (
        "The Dow closed above 40,000 as 12 banks reported.",
        [
            ("above 40,000", 40000.0, None, "over", "index_point", None),
            ("12 banks", 12.0, None, "exact", "count", None),
        ],
    ),
    (
        "The FTSE closed above the 7,000 mark, then slid below the 6,900 level.",
        [
            ("above the 7,000 mark", 7000.0, None, "over", "index_point", None),
            ("below the 6,900 level", 6900.0, None, "under", "index_point", None),
        ],
    ),
    (
        "Pollsters say her lead narrowed by 3 points to 41%.",
        [
            ("narrowed by 3 points", 3.0, None, "exact", "percentage_point", "down"),
            ("41%", 41.0, None, "exact", "percent", None),
        ],
    ),
    # a change said again in other units, or listed twice; a level reached after a change verb
    (
        "The index closed down 2.4 percent, or 180.5 points, and the Dax fell 50 points or 1%.",
        [
            ("down 2.4 percent", 2.4, None, "exact", "percent", "down"),
            ("180.5 points", 180.5, None, "exact", "index_point", "down"),
            ("fell 50 points", 50.0, None, "exact", "index_point", "down"),
            ("1%", 1.0, None, "exact", "percent", "down"),
        ],
    ),
    # a currency sign and its figure with only spaces between them on one line (a link
    # blanked to spaces keeps its length), as with one space
    (
        "The museum paid US$" + " " * 40 + "50.1 million (€" + " " * 12 + "46 million).",
        [
            ("US$" + " " * 40 + "50.1 million", 50.1e6, None, "exact", "USD", None),
            ("€" + " " * 12 + "46 million", 46e6, None, "exact", "EUR", None),
        ],
    ),
    # a word that states a change only of a level ("shed", "cuts of") states none of the
    # count or sum said again after it, as of the count alone ("shed 1,200 jobs"); another
    # change word passes to it
    (
        "The maker shed 3% (1,200 jobs) of its staff and sales fell 5% (20,000 cars).",
        [
            ("shed 3%", 3.0, None, "exact", "percent", "down"),
            ("1,200 jobs", 1200.0, None, "exact", "count", None),
            ("fell 5%", 5.0, None, "exact", "percent", "down"),
            ("20,000 cars", 20000.0, None, "exact", "count", "down"),
        ],
    ),
    (
        "Exports slid by 3% and 5% in May before claims fell below 200,000.",
        [
            ("slid by 3%", 3.0, None, "exact", "percent", "down"),
            ("5%", 5.0, None, "exact", "percent", "down"),
            ("below 200,000", 200000.0, None, "under", "count", None),
        ],
    ),
    (
        "The airline lost $3.2 billion last year, a loss of $4 a share.",
        [
            ("$3.2 billion", 3200000000.0, None, "exact", "USD", None),
            ("$4", 4.0, None, "exact", "USD", None),
        ],
    ),
    (
        "The mayor extended the curfew by three days after miners were trapped for over 12 hours.",
        [
            ("by three days", 3.0, None, "exact", "day", "up"),
            ("for over 12 hours", 12.0, None, "over", "hour", None),
        ],
    ),
    # a qualifier covers the same amount in another unit, not the next figure of a list
    (
        "The wreck lies about 90 km (56 miles) offshore, 30 km from 12 rigs.",
        [
            ("about 90 km", 90.0, None, "about", "kilometer", None),
            ("56 miles", 56.0, None, "about", "mile", None),
            ("30 km", 30.0, None, "exact", "kilometer", None),
            ("12 rigs", 12.0, None, "exact", "count", None),
        ],
    ),
    (
        "The new 300+ seat jet flies 8,000 miles or more than 12,000 km.",
        [
            ("300+ seat", 300.0, None, "at_least", "count", None),
            ("8,000 miles", 8000.0, None, "exact", "mile", None),
            ("more than 12,000 km", 12000.0, None, "over", "kilometer", None),
        ],
    ),
    # a fraction of a whole is a share in percent; a fraction as a change stays a factor
    (
        "Officials shut about a quarter, of the 800 schools, as fees grew by a third.",
        [
            ("about a quarter", 25.0, None, "about", "percent", None),
            ("800 schools", 800.0, None, "exact", "count", None),
            ("grew by a third", 0.3333333333333333, None, "exact", "count", "up"),
        ],
    ),
    (
        "The state will spend billions of dollars after exports saw falls of over 2 percent.",
        [
            ("billions of dollars", 2000000000.0, 10000000000.0, "vague", "USD", None),
            ("falls of over 2 percent", 2.0, None, "over", "percent", "down"),
        ],
    ),
    (
        "The jet crashed 40 km north of the city as the river rose 2 metres.",
        [
            ("40 km", 40.0, None, "exact", "kilometer", None),
            ("rose 2 metres", 2.0, None, "exact", "meter", "up"),
        ],
    ),
    (
        "The mine yields 40 a year and lies about half a mile from the road.",
        [
            ("40 a year", 40.0, None, "exact", "count / year", None),
            ("about half a mile", 0.5, None, "about", "mile", None),
        ],
    ),
    (
        "Officials raised the death toll from 14 to 31, as 40 to 50 homes burned.",
        [
            ("14", 14.0, None, "exact", "count", None),
            ("31", 31.0, None, "exact", "count", None),
            ("40 to 50 homes", 40.0, 50.0, "range", "count", None),
        ],
    ),
    (
        "Laptops starting at $999 will ship within the next six weeks.",
        [
            ("starting at $999", 999.0, None, "at_least", "USD", None),
            ("within the next six weeks", 6.0, None, "up_to", "week", None),
        ],
    ),
    # "built up to" is a verb of building, no bound
    (
        "The inn was built up to five floors, with up to 90 rooms.",
        [
            ("five floors", 5.0, None, "exact", "count", None),
            ("up to 90 rooms", 90.0, None, "up_to", "count", None),
        ],
    ),
    # "N times" is a multiple before what it multiplies, else how often
    (
        "She won the title four times, with a purse three times the size of 2010's.",
        [
            ("four times", 4.0, None, "exact", "count", None),
            ("three times", 3.0, None, "exact", "times", None),
        ],
    ),
    (
        # a possessive after "N times" names what it multiplies; a name alone does not
        "The moon is below 1.7 times Vesta's radius and was hit five times Sunday.",
        [
            ("below 1.7 times", 1.7, None, "under", "times", None),
            ("five times", 5.0, None, "exact", "count", None),
        ],
    ),
    (
        # "a factor of": a multiple, its change told by the verb before "by"
        "The filter cut the waste by a factor of three; its sales rose by a factor of about 4.",
        [
            ("by a factor of three", 3.0, None, "exact", "times", "down"),
            ("rose by a factor of about 4", 4.0, None, "about", "times", "up"),
        ],
    ),
    (
        # a change verb before a hedge set off by commas still states the change
        "Sales rose, reportedly, 5%, as the new pump cut waste by, probably, a factor of two.",
        [
            ("rose, reportedly, 5%", 5.0, None, "exact", "percent", "up"),
            ("by, probably, a factor of two", 2.0, None, "exact", "times", "down"),
        ],
    ),
    (
        "He was questioned twice, and twice as many officers were sent.",
        [("twice", 2.0, None, "exact", "times", None)],
    ),
    (
        "Shares fell for six straight days, a 12% year-on-year decline, on a 2 GHz chip flaw.",
        [
            ("six straight days", 6.0, None, "exact", "day", None),
            ("12%", 12.0, None, "exact", "percent", "down"),
            ("2 GHz", 2.0, None, "exact", "gigahertz", None),
        ],
    ),
    # "more" between a number and a unit of time: a length of time still
    (
        "The court gives the assembly 34 more days, and the party wants 2 additional weeks.",
        [
            ("34 more days", 34.0, None, "exact", "day", None),
            ("2 additional weeks", 2.0, None, "exact", "week", None),
        ],
    ),
    # ages: after "aged", in an apposition, and along a list that follows an age
    (
        "The driver, Tom Walsh, 63, and a passenger aged 17 were hurt.",
        [
            ("63", 63.0, None, "exact", "year", None),
            ("17", 17.0, None, "exact", "year", None),
        ],
    ),
    (
        "The victims were aged six, eight, three aged twelve, 40 and 71.",
        [
            ("six", 6.0, None, "exact", "year", None),
            ("eight", 8.0, None, "exact", "year", None),
            ("three", 3.0, None, "exact", "count", None),
            ("twelve", 12.0, None, "exact", "year", None),
            ("40", 40.0, None, "exact", "year", None),
            ("71", 71.0, None, "exact", "year", None),
        ],
    ),
    (
        "The writer died at the age of 88, leaving four children.",
        [
            ("88", 88.0, None, "exact", "year", None),
            ("four children", 4.0, None, "exact", "count", None),
        ],
    ),
    # names with numbers are not quantities; hurricane categories are
    (
        "The carrier flies 14 777s and the 787, and its 747-400 fleet is retired.",
        [("14", 14.0, None, "exact", "count", None)],
    ),
    (
        "The storm became a Category 4 hurricane two days ago, a year after Tropical Storm Nine.",
        [("4 hurricane", 4.0, None, "exact", "count", None)],
    ),
    (
        "Prices are expected to fall 5-7% next year.",
        [("fall 5-7%", 5.0, 7.0, "range", "percent", "down")],
    ),
    (
        "The plane, carrying 180 passengers, landed safely.",
        [("180 passengers", 180.0, None, "exact", "count", None)],
    ),
    (
        "Shares gained 2.3% to 145 pence.",
        [
            ("gained 2.3%", 2.3, None, "exact", "percent", "up"),
            ("145 pence", 1.45, None, "exact", "GBP", None),
        ],
    ),
    (
        "The fund is worth 12.5 trillion yen.",
        [("12.5 trillion yen", 12500000000000.0, None, "exact", "JPY", None)],
    ),
    (
        "A further 1,500 troops will arrive by June.",
        [("1,500 troops", 1500.0, None, "exact", "count", None)],
    ),
    ("He scored twice in the 3-1 win over Chelsea.", []),
    (
        # a bare amount right after money is in its currency; a count after a count is not
        "Chrysler wants US$5 billion in aid on top of the four billion it received.",
        [
            ("US$5 billion", 5e9, None, "exact", "USD", None),
            ("four billion", 4e9, None, "exact", "USD", None),
        ],
    ),
    (
        "The $300 million plan will help 2 million people; 1.3 million were hit.",
        [
            ("$300 million", 3e8, None, "exact", "USD", None),
            ("2 million people", 2e6, None, "exact", "count", None),
            ("1.3 million", 1.3e6, None, "exact", "count", None),
        ],
    ),
    (
        # a threshold "or higher" is no rise; "6% higher than" is
        "Sales were 6% higher than in 2018, and turnout of 50% or higher is needed.",
        [
            ("6%", 6.0, None, "exact", "percent", "up"),
            ("50%", 50.0, None, "at_least", "percent", None),
        ],
    ),
    (
        # a share written as a ratio; a part above one written apart counts a whole
        "It had a one-in-five chance, 1 out of every 1,000 voted and 17 out of 18 districts fell.",
        [
            ("one-in-five", 20.0, None, "exact", "percent", None),
            ("1 out of every 1,000", 0.1, None, "exact", "percent", None),
            ("17", 17.0, None, "exact", "count", None),
            ("18 districts", 18.0, None, "exact", "count", None),
        ],
    ),
    (
        "The storm hit on June 1 in 3 cities and lasted 5 in 10 days.",
        [
            ("3 cities", 3.0, None, "exact", "count", None),
            ("5", 5.0, None, "exact", "count", None),
            ("10 days", 10.0, None, "exact", "day", None),
        ],
    ),
    (
        # an age after "he was" is in years, as the age frame reads it
        "He was 34 and reported on the war for 10 years.",
        [
            ("34", 34.0, None, "exact", "year", None),
            ("10 years", 10.0, None, "exact", "year", None),
        ],
    ),
    (
        # a one-letter unit apart from its number only before a conversion or a race word
        "The recorders lay around 50 m (165 ft) apart; he won the 400 m final in 9 m.",
        [
            ("around 50 m", 50.0, None, "about", "meter", None),
            ("165 ft", 165.0, None, "about", "foot", None),
            ("400 m", 400.0, None, "exact", "meter", None),
            ("9", 9.0, None, "exact", "count", None),
        ],
    ),
    (
        "The quake killed upward of 50 people.",
        [("upward of 50 people", 50.0, None, "over", "count", None)],
    ),
    (
        # a range of ages is in years
        "Voters between the ages of 17 and 29 and those aged between 30 and 44 voted.",
        [
            ("between the ages of 17 and 29", 17.0, 29.0, "range", "year", None),
            ("between 30 and 44", 30.0, 44.0, "range", "year", None),
        ],
    ),
    (
        # a word in capitals before a number is no designation, an acronym is
        "She is on the ballot in ALL 50 states, the HR 6819 system aside.",
        [("50 states", 50.0, None, "exact", "count", None)],
    ),
    (
        "It comes in white (1.83 and 2 GHz models).",
        [
            ("1.83", 1.83, None, "exact", "gigahertz", None),
            ("2 GHz", 2.0, None, "exact", "gigahertz", None),
        ],
    ),
    (
        "He ran 5 and about 10 km.",
        [
            ("5", 5.0, None, "exact", "count", None),
            ("about 10 km", 10.0, None, "about", "kilometer", None),
        ],
    ),
    (
        "The star is 310 parsecs away, weighs 4.2 solar masses and moves at 60 km/s, "
        "some 30 astronomical units out.",
        [
            ("310 parsecs", 310.0, None, "exact", "parsec", None),
            ("4.2 solar masses", 4.2, None, "exact", "solar_mass", None),
            ("60 km/s", 60.0, None, "exact", "kilometer / second", None),
            ("some 30 astronomical units", 30.0, None, "about", "astronomical_unit", None),
        ],
    ),
    (
        # "and" between two small number words joins two numbers, never adds them
        "The wall is between two and three metres high; two and one packs were allowed.",
        [
            ("between two and three metres", 2.0, 3.0, "range", "meter", None),
            ("two", 2.0, None, "exact", "count", None),
            ("one packs", 1.0, None, "exact", "count", None),
        ],
    ),
    (
        # a range in words shares the scale of its second end; "a hundred and five" is one
        "They hope for one or two hundred bison and two or three thousand visitors, "
        "and a hundred and five people came.",
        [
            ("one or two hundred bison", 100.0, 200.0, "range", "count", None),
            ("two or three thousand visitors", 2000.0, 3000.0, "range", "count", None),
            ("a hundred and five people", 105.0, None, "exact", "count", None),
        ],
    ),
    (
        # round numbers one step of a power of ten apart, joined by "or", are a range (a year
        # among them too); numbers further apart are two figures
        "The fair drew 200 or 300 guests; its page got 2000 or 3000 likes but 150 or 3000 votes.",
        [
            ("200 or 300 guests", 200.0, 300.0, "range", "count", None),
            ("2000 or 3000 likes", 2000.0, 3000.0, "range", "count", None),
            ("150", 150.0, None, "exact", "count", None),
            ("3000 votes", 3000.0, None, "exact", "count", None),
        ],
    ),
    # two years joined by "or" stay years
    ("The hall opened in 1900 or 2000, they said.", []),
    (
        # the second day of a span of days is a date; a count after a date is not
        "From March 15 to 17 the fair ran, and on March 4 and 5 it rained; "
        "12 died on May 3 and 17 more on May 4.",
        [("12", 12.0, None, "exact", "count", None), ("17", 17.0, None, "exact", "count", None)],
    ),
    (
        "The oldest, age 29, sold tens of millions of records and raised nearly CDN$11,000.",
        [
            ("29", 29.0, None, "exact", "year", None),
            ("tens of millions", 2e7, 1e8, "vague", "count", None),
            ("nearly CDN$11,000", 11000.0, None, "nearly", "CAD", None),
        ],
    ),
    (
        # a step named by a number word, a time zone offset, a clock time in words, "one can"
        "Phase two starts at a quarter past ten (UTC+0900), and as one can imagine, "
        "stage three follows.",
        [],
    ),
    (
        "It uses 37 billion U.S. gallons (31 billion imperial gallons) a year.",
        [
            ("37 billion U.S. gallons", 3.7e10, None, "exact", "gallon", None),
            ("31 billion imperial gallons", 3.1e10, None, "exact", "imperial_gallon", None),
        ],
    ),
    (
        # "all but one of" counts; "one ..., the other" tells two apart; "15,599 th" is an
        # ordinal in tokenized text; "the estimated cost is" says how exact the figure is
        "All but one of the states signed. One driver was from Ohio, the other from Iowa. "
        "It was the 15,599 th plane. The estimated cost is six billion euros.",
        [
            ("one", 1.0, None, "exact", "count", None),
            ("estimated cost is six billion euros", 6e9, None, "about", "EUR", None),
        ],
    ),
    (
        # names with a number word inside a sentence; "no two"; "One MP told" speaks
        "One MP told PLOS One that no two rides at a Six Flags park in the Ten Rings film "
        "match, after 18+ years and 500+ jobs.",
        [
            ("18+ years", 18.0, None, "at_least", "year", None),
            ("500+ jobs", 500.0, None, "at_least", "count", None),
        ],
    ),
    (
        # "#" for "£" in 7-bit text; a hash right before digits is a rank, never money
        "EADS wins a # 13 billion contract; the single peaked at #19 and sold 5,000 copies.",
        [
            ("# 13 billion", 1.3e10, None, "exact", "GBP", None),
            ("5,000 copies", 5000.0, None, "exact", "count", None),
        ],
    ),
    (
        # an ordinal that is no fraction (the fourth of a list; the fifth term, a count of
        # terms, `ordinal_nouns`); two vague magnitudes joined by "or"
        "Two came from Chile and a fourth from Peru, and he won a fifth term; crowds were "
        "tens or hundreds of thousands.",
        [
            ("Two came", 2.0, None, "exact", "count", None),
            ("fifth term", 5.0, None, "exact", "count", None),
            ("tens or hundreds of thousands", 20000.0, 1e6, "vague", "count", None),
        ],
    ),
    (
        # an apposition after a noun for one person is an age; after a plural it counts
        "Another brother, 22, was found; the victims, 12, were freed.",
        [("22", 22.0, None, "exact", "year", None), ("12", 12.0, None, "exact", "count", None)],
    ),
    (
        # "only one" counts unless it stands alone; a long name joined to its number
        "The band recorded only one album for Wrestle-1; he was the only one who came.",
        [("one album", 1.0, None, "exact", "count", None)],
    ),
    # a number ending a sentence whose subject is a name set off by an apposition: an age
    ("Hagan, the state's first senator, was 66.", [("66", 66.0, None, "exact", "year", None)]),
    ("The toll, officials said, was 90.", [("90", 90.0, None, "exact", "count", None)]),
    # a figure and its margin of error: one figure, in the unit written after the margin
    (
        "The comet passed about 420 ± 30 light years from the star.",
        [("about 420 ± 30 light years", 420.0, None, "about", "light_year", None)],
    ),
    (
        "Each sample held 2.5 +/- 0.3 grams of salt, and the probe 7 ± 1.",
        [
            ("2.5 +/- 0.3 grams", 2.5, None, "exact", "gram", None),
            ("7 ± 1", 7.0, None, "exact", "count", None),
        ],
    ),
    (
        "The pond held 0.4 moles per cubic metre, the tank 3 mol.",
        [
            ("0.4 moles per cubic metre", 0.4, None, "exact", "mole / meter ** 3", None),
            ("3 mol", 3.0, None, "exact", "mole", None),
        ],
    ),
    # a hedge between a qualifier and its number; "maybe" and "perhaps" say "about"
    (
        "The owner said over reportedly 60% of the herd had died.",
        [("over reportedly 60%", 60.0, None, "over", "percent", None)],
    ),
    (
        "The survey found maybe 40 nests and perhaps 12 eggs; probably 10 cm of snow fell.",
        [
            ("maybe 40 nests", 40.0, None, "about", "count", None),
            ("perhaps 12 eggs", 12.0, None, "about", "count", None),
            ("10 cm", 10.0, None, "exact", "centimeter", None),
        ],
    ),
    # a fraction before "majority" is a share, as before "of"
    (
        "The bill needs a two-thirds majority, and a three-fifths supermajority in the Senate.",
        [
            ("two-thirds majority", 66.6666666667, None, "exact", "percent", None),
            ("three-fifths supermajority", 60.0, None, "exact", "percent", None),
        ],
    ),
    # a name ending in a number after "the", "a" or a possessive; a reference mark
    ("The crew rode a Falcon 9 rocket on the Union's Voskhod 2 mission.", []),
    # ... or after an ordinal, or before a comma: a race named by its length
    ("Roe won the 51st Velm 500, giving her team a third title.", []),
    ("Doe took pole for the Velm 500, the first rookie to do so.", []),
    # (a link's bracket blanked: "the [Velm 500](...)")
    ("Doe took pole for the  Velm 500    , the first rookie to do so.", []),
    # (a count before a comma after a place is still one)
    (
        "Floods in the Velm Islands killed 300, officials said.",
        [("300", 300.0, None, "exact", "count", None)],
    ),
    (
        "The agency published a detailed map[3] of the area, after 4 visits to the Mayor 3 times.",
        [
            ("4 visits", 4.0, None, "exact", "count", None),
            ("3 times", 3.0, None, "exact", "count", None),
        ],
    ),
    # "or" joins small numbers under one scale word into a range
    (
        "The herd grew to maybe 10 or 20 thousand animals.",
        [("maybe 10 or 20 thousand animals", 10000.0, 20000.0, "range", "count", None)],
    ),
    # years of an era and clock times in capitals are no quantities
    ("It was common from about 664 b.c.e. to 250 c.e., and in 44 BC and AD 70.", []),
    ("They met around 8PM and left at 9 P.M.", []),
    # "more" or "less" after a percent compares ("20% less fuel than", "20% more efficient
    # than" say one thing): no change is read from it
    (
        "There were 85% more fires in 2019 and 20 percent less rain.",
        [
            ("85%", 85.0, None, "exact", "percent", None),
            ("20 percent", 20.0, None, "exact", "percent", None),
        ],
    ),
    # an apposition after a noun for one person is an age
    (
        "On Friday, the princess, 67, announced her candidacy.",
        [("67", 67.0, None, "exact", "year", None)],
    ),
    # a conversion in brackets says the same amount: the qualifier covers it, in another
    # currency sign for the same code and in every figure listed inside the brackets
    (
        "The deal is worth about NZ$ 30bn (US$ 20bn, € 18bn) to the firm.",
        [
            ("about NZ$ 30bn", 3e10, None, "about", "NZD", None),
            ("US$ 20bn", 2e10, None, "about", "USD", None),
            ("€ 18bn", 1.8e10, None, "about", "EUR", None),
        ],
    ),
    (
        "It is worth about US$ 40bn ($ 52bn) to the island.",
        [
            ("about US$ 40bn", 4e10, None, "about", "USD", None),
            ("$ 52bn", 5.2e10, None, "about", "USD", None),
        ],
    ),
    (
        "The pipes carry over 90 million litres (about 24 million gallons, 20 million imperial"
        " gallons) a week.",
        [
            ("over 90 million litres", 9e7, None, "over", "liter", None),
            ("about 24 million gallons", 2.4e7, None, "about", "gallon", None),
            ("20 million imperial gallons", 2e7, None, "about", "imperial_gallon", None),
        ],
    ),
    # a part in brackets, in the same sign, is another amount
    (
        "The firm paid about $9 billion ($4 billion in shares).",
        [
            ("about $9 billion", 9e9, None, "about", "USD", None),
            ("$4 billion", 4e9, None, "exact", "USD", None),
        ],
    ),
    # a one-letter unit after a no-break space, before its conversion
    (
        "The wrecks lay some 30\u00a0m (100\u00a0ft) apart.",
        [
            ("some 30\u00a0m", 30.0, None, "about", "meter", None),
            ("100\u00a0ft", 100.0, None, "about", "foot", None),
        ],
    ),
    # "over" a span of time is "during" it, but "over N years of" something is more than N
    (
        "The survey drew on over forty years of records kept over ten years.",
        [
            ("over forty years", 40.0, None, "over", "year", None),
            ("ten years", 10.0, None, "exact", "year", None),
        ],
    ),
    # a qualifier and one unit of time after "in" or "for"
    (
        "Shares closed at their lowest level in over a decade, after falling for nearly a week.",
        [
            ("over a decade", 1.0, None, "over", "decade", None),
            ("nearly a week", 1.0, None, "nearly", "week", None),
        ],
    ),
    ("The storm lasted an hour and stopped in over a year ago.", []),
    # points to two decimals are an index's, and so is a level in that sentence
    (
        "It slipped below the six thousand mark, closing at 5,912.40 points.",
        [
            ("below the six thousand mark", 6000.0, None, "under", "index_point", None),
            ("5,912.40 points", 5912.4, None, "exact", "index_point", None),
        ],
    ),
    (
        "In March the bear market low was 6,512.25.",
        [("6,512.25", 6512.25, None, "exact", "index_point", None)],
    ),
    # "points" where the market is spoken of are an index's, even beside a percent sign, but
    # not beside a poll; and a bare number there is no index level
    (
        "The market dropped 412 points, or 3%, and a fire at the market killed 150.",
        [
            ("dropped 412 points", 412.0, None, "exact", "index_point", "down"),
            ("3%", 3.0, None, "exact", "percent", "down"),
            ("150", 150.0, None, "exact", "count", None),
        ],
    ),
    (
        "The party lost 6 points in the poll, the market heard.",
        [("lost 6 points", 6.0, None, "exact", "percentage_point", "down")],
    ),
    # "an estimated" before a noun and "of" is about the number; "estimated" as a verb is not
    (
        "They put an estimated crowd size of 4,000 at the rally, and he estimated the cost of 12"
        " homes.",
        [
            ("an estimated crowd size of 4,000", 4000.0, None, "about", "count", None),
            ("12 homes", 12.0, None, "exact", "count", None),
        ],
    ),
]


def observed(claim: Claim) -> Expected:
    return (
        claim.quote,
        claim.value if claim.value is not None else float("nan"),
        claim.value_high,
        claim.qualifier,
        claim.stated_unit or "",
        claim.change,
    )


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(sentence: str, expected: list[Expected]) -> None:
    got = [observed(c) for c in claims_for(sentence)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[3:] == e[3:], g
        assert g[1] == pytest.approx(e[1]) and g[2] == pytest.approx(e[2]), g


def test_quotes_are_exact_spans_of_the_source(kinds: Kinds) -> None:
    text = "Intro line.\nOfficials say over 100,000 troops and $2.5 billion in aid, up 5%."
    from reconcile.extract import extract
    from reconcile.kinds import is_numeric
    from reconcile.models import Source
    from reconcile.normalize import normalize

    source = Source(id="s", path="s.txt", text=text)
    claims = [c for c in normalize(extract(source, kinds), source, kinds) if is_numeric(c)]
    assert [c.quote for c in claims] == ["over 100,000 troops", "$2.5 billion", "up 5%"]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote


def test_100k_soldiers_is_a_count_never_kelvin() -> None:
    (claim,) = claims_for("The agency said 100k soldiers could be mobilised.")
    assert (claim.kind, claim.value, claim.unit, claim.counted_noun) == (
        "count",
        100_000,
        "count",
        "soldiers",
    )
    assert claim.noun_class == "military personnel"


@pytest.mark.parametrize(
    ("sentence", "quote", "noun"),
    [
        (
            "The army said it killed 145 Karsk Liberation Front (KLF) fighters in the raid.",
            "145 Karsk Liberation Front (KLF) fighters",
            "fighters",
        ),
        (
            "Officials said 40 Varno Steel Works workers were hurt.",
            "40 Varno Steel Works workers",
            "workers",
        ),
    ],
)
def test_a_count_counts_the_noun_a_name_stands_before(sentence: str, quote: str, noun: str) -> None:
    # the name (and its acronym in brackets) says whose; the noun after it is what is counted
    claims = [c for c in claims_for(sentence) if c.kind == "count"]
    assert [(c.quote, c.counted_noun) for c in claims] == [(quote, noun)]


def test_a_name_after_a_count_is_no_noun_of_it() -> None:
    # no counted noun the rules know after the name: the count counts nothing said
    claims = [
        c for c in claims_for("The vote went 12 Karsk Liberation Front to 9.") if c.kind == "count"
    ]
    assert all(c.counted_noun is None for c in claims)


def test_context_on_every_claim() -> None:
    sentence = (
        "Ukrainian intelligence officials say Russia has about 90,000 troops along the border "
        "with Ukraine and in Crimea, up from 60,000 in 2021."
    )
    first, second = claims_for(sentence)
    assert first.context.attribution == "Ukrainian intelligence officials"
    assert first.context.location == "along the border with Ukraine and in Crimea"
    assert first.context.subject == "military personnel"
    assert second.context.time == "in 2021"


def test_change_claims_are_kept_apart_from_levels() -> None:
    rise, level = claims_for("Revenue rose 12% to $94.8 billion.")
    assert (rise.change, rise.kind) == ("up", "percent")
    assert (level.change, level.kind) == (None, "money")


@pytest.mark.parametrize(
    ("split", "least"),
    [("dev", {"value": 0.97, "value+unit": 0.96, "value+qualifier": 0.95})],
)
def test_gold_set_scores(split: str, least: dict[str, float], rules: RuleSet) -> None:
    cases = load_gold(split)
    run = reconcile_extractor(rules)
    scores = score(cases, [run(c["text"]) for c in cases])
    for criterion, minimum in least.items():
        assert scores[criterion][2] >= minimum, (criterion, scores[criterion])


def test_gold_set_is_large_split_and_well_formed() -> None:
    dev, heldout = load_gold("dev"), load_gold("heldout")
    mentions = sum(len(c["quantities"]) for c in dev + heldout)
    assert mentions >= 400
    assert {c["id"].split("-")[0] for c in dev} == {"dev"}
    assert {c["id"].split("-")[0] for c in heldout} == {"heldout"}
    assert not {c["text"] for c in dev} & {c["text"] for c in heldout}
    assert any(not c["quantities"] for c in heldout), "held-out part has hard negatives"
    for case in dev + heldout:
        for q in case["quantities"]:
            assert q["qualifier"] in {
                "exact",
                "about",
                "nearly",
                "over",
                "at_least",
                "under",
                "up_to",
                "range",
                "vague",
            }
            assert q["change"] in (None, "up", "down")
            assert (q["high"] is not None) == (q["qualifier"] in ("range", "vague"))


def test_claims_jsonl_exposes_the_quantity_fields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Officials said about 90,000 troops were deployed along the border, up 5% since 2021.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["claims", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    troops, percent = records
    for key in ("value", "qualifier", "low", "high", "unit", "counted_noun", "change", "context"):
        assert key in troops
    assert (troops["value"], troops["qualifier"], troops["low"], troops["high"]) == (
        90000,
        "about",
        85500,
        94500,
    )
    assert (
        troops["counted_noun"] == "troops" and troops["context"]["location"] == "along the border"
    )
    assert (percent["change"], percent["unit"], percent["context"]["time"]) == (
        "up",
        "percent",
        "since 2021",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports rose from 800,000 to 1.2 million tonnes.",
            [(8e5, "metric_ton"), (1.2e6, "metric_ton")],
        ),
        ("Sales rose from 5 to 7 million units.", [(5e6, "count"), (7e6, "count")]),
        # the two sides of a result, the unit written once after the lower
        (
            "Reyes led Price in the average, 51.3 to 43.5 percent.",
            [(51.3, "percent"), (43.5, "percent")],
        ),
        ("The fund lost $1.5m-$2m on the trade.", [(1.5e6, "USD")]),
        ("Lawmakers approved a $95bn aid package.", [(9.5e10, "USD")]),
        ("Shares have fallen by nearly half this year.", [(0.5, "count")]),
        ("The unemployment rate ticked up to 3.8% in August.", [(3.8, "percent")]),
        ("The Boeing 737 Max 9 was grounded.", []),
        # things counted before, named again by their number: no amount; a unit of time is one
        ("The two firms merged after these three officers quit in the two days.", [(2.0, "day")]),
        ("Mourners buried the eight villagers killed by the gunmen.", [(8.0, "count")]),
        # a figure, a table or an engine named by a number: labels, no amount
        ("As Figure 3b and Table 2 show, it has four Trent 900 engines.", [(4.0, "count")]),
        ("The central bank held rates for a fourth straight meeting.", []),
    ],
)
def test_levels_ranges_and_slips(sentence: str, expected: list[tuple[float, str]]) -> None:
    got = [(c.value, c.stated_unit) for c in claims_for(sentence)]
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


def test_named_subject_words_are_read_from_the_rules() -> None:
    """The verb after a named subject's apposition and the determiners that open no name are
    the rules' words (`age_subject_verbs`, `age_subject_determiners` of units.toml)."""
    import dataclasses

    from tests.conftest import bundled

    english = bundled().rules.for_language("en")
    named = "Hagan, the state's first senator, was 66."
    toll = "The Council, its chair said, was 12."
    assert [c.stated_unit for c in claims_for(named, english)] == ["year"]
    assert [c.stated_unit for c in claims_for(toll, english)] == ["count"]

    def units(**words: tuple[str, ...]) -> RuleSet:
        changed = dataclasses.replace(english.units, **words)
        return dataclasses.replace(english, units=changed, by_language={})

    no_verbs = units(age_subject_verbs=())
    assert [c.stated_unit for c in claims_for(named, no_verbs)] == ["count"]
    no_determiners = units(age_subject_determiners=())
    assert [c.stated_unit for c in claims_for(toll, no_determiners)] == ["year"]
