"""Places in larger places, as news writes them: a place's noun and "of" before the larger
place ("in Dharin area of Bari Region"), two names compared by the name before their commas
("Marib Governorate" / "Marib, Yemen"), and words after a place's name that start no noun it
modifies (a number word, an adverb). Sentences written for these tests; sentence in, claims
out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue, value_relation
from reconcile.models import Report, Source

OPENING = "Officials met on Monday to review the budget. "  # an opening sentence with no place


def places(kinds: Kinds, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, key, keys of the larger places) of each place claim of one source."""
    source = Source(id="S1", path="a.txt", text=OPENING + text, published="2024-03-14")
    found = []
    for claim in claims_of([source], kinds):
        if claim.kind == "place":
            detail = claim.detail
            assert isinstance(detail, NamedValue)
            found.append((" ".join(detail.name.split()), detail.key, detail.within))
    return found


CASES = [
    # a place's noun, "of", the larger place: both are the event's, the first within
    (
        "Soldiers killed 40 militants in Dharin area of Ruritania Region.",
        [("Dharin", "dharin", ("ruritania region",)), ("Ruritania Region", "ruritania region", ())],
    ),
    # the noun in lower case read with the name, an article before the larger place
    (
        "A strike killed nine fighters hiding in the Karsk mountains of the Tarvin Province.",
        [
            ("Karsk mountains", "karsk mountain", ("tarvin province",)),
            ("Tarvin Province", "tarvin province", ()),
        ],
    ),
    # a word of direction between "of" and the larger place is no part of its name
    (
        "Gunmen killed six police officers in Velm district of northwest Karskia.",
        [("Velm district", "velm district", ("karskia",)), ("Karskia", "karskia", ())],
    ),
    # two nouns of a kind of place after a name
    (
        "A blast killed nine people in the Karsk city centre.",
        [("Karsk city centre", "karsk city centre", ())],
    ),
    # a number word after the name starts no noun it modifies
    (
        "A ferry capsized on Lake Karsk three days ago.",
        [("Lake Karsk", "lake karsk", ())],
    ),
    # nor does an adverb
    (
        "Nine civilians were killed in coastal Karsk mostly by shelling.",
        [("Karsk", "karsk", ())],
    ),
    # a zero-width mark of web text before the name is no part of it
    (
        "A barrier collapsed at the \u200cKarsk Stadium during a match.",
        [("Karsk Stadium", "karsk stadium", ())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_in_larger_places(
    kinds: Kinds, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert places(kinds, text) == expected


def test_a_name_without_a_place_noun_puts_none_in_a_larger_place(kinds: Kinds) -> None:
    # "of" after a name with no place's noun joins one name: no larger place is read
    assert places(kinds, "Floods killed two people in the Isle of Karsk.") == [
        ("Isle of Karsk", "isle of karsk", ())
    ]


def _value(name: str, key: str, head: str = "") -> NamedValue:
    return NamedValue(role="event", name=name, key=key, head=head)


def test_names_are_compared_by_the_name_before_their_commas() -> None:
    governorate = _value("Karsk Governorate", "karsk governorate")
    city = _value("Karsk, Ruritania", "karsk ruritania", "karsk")
    assert value_relation(governorate, city) == "within"
    # the same name in two larger places that differ: two places
    ohio = _value("Springfield, Ohio", "springfield ohio", "springfield")
    maine = _value("Springfield, Maine", "springfield maine", "springfield")
    assert value_relation(ohio, maine) == "different"
    # different names before the commas: different places
    assert value_relation(_value("Tarvin", "tarvin"), city) == "different"


def test_the_head_of_a_place_is_its_name_before_the_comma(kinds: Kinds) -> None:
    text = "The jet crashed near Karsk, Ruritania, killing nine."
    source = Source(id="S1", path="a.txt", text=OPENING + text, published="2024-03-14")
    (claim,) = [c for c in claims_of([source], kinds) if c.kind == "place"]
    assert isinstance(claim.detail, NamedValue)
    assert (claim.detail.key, claim.detail.head) == ("karsk ruritania", "karsk")


# ------------------------------------------- a larger place after a comma, named elsewhere
def _report(tmp_path: Path, *texts: str) -> Report:
    for number, text in enumerate(texts):
        (tmp_path / f"s{number}.md").write_text(
            f"---\npublished: 2026-03-0{7 + number}\n---\n{text}\n", encoding="utf-8"
        )
    return run([tmp_path])


def _place_facts(report: Report) -> list[tuple[str, str]]:
    return sorted((f.label, f.verdict) for f in report.facts if f.kind == "place")


def _larger(report: Report) -> list[tuple[str, str]]:
    """(quote, role) of the larger places read after a comma."""
    return sorted(
        (claim.quote, claim.detail.role)
        for claim in report.claims
        if isinstance(claim.detail, NamedValue) and claim.kind == "place" and claim.detail.larger
    )


def test_two_smaller_places_in_one_larger_agree_on_the_larger(tmp_path: Path) -> None:
    # each source names its own town, then the same country after a comma: the towns
    # differ (a landfall is one), the country is one place both state
    report = _report(
        tmp_path,
        "The typhoon made landfall in Karsk, Ruritania, on Sunday morning.",
        "The typhoon made landfall in Velm, Ruritania, on Sunday.",
    )
    assert _larger(report) == [("Ruritania", "landfall"), ("Ruritania", "landfall")]
    assert _place_facts(report) == [
        ("landfall: Karsk, Ruritania / Velm, Ruritania", "conflict"),
        ("landfall: Ruritania", "agree"),
    ]


def test_a_larger_place_meets_it_named_alone_and_no_other_place(tmp_path: Path) -> None:
    # the country after a comma meets the country another source names alone; the second
    # source's own town is another place, never the country
    report = _report(
        tmp_path,
        "The ferry capsized on Lake Karsk, Ruritania, on Sunday.",
        "The ferry capsized in Ruritania on Sunday near Velm, killing nine.",
    )
    assert _larger(report) == [("Ruritania", "crash site")]
    facts = _place_facts(report)
    assert ("crash site: Lake Karsk, Ruritania / Ruritania", "compatible") in facts
    assert not any("Velm" in label and "Ruritania" in label for label, _ in facts)


def test_a_larger_place_no_other_source_names_is_no_claim(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "The ferry capsized on Lake Karsk, Ruritania, on Sunday.",
        "The ferry capsized on Lake Karsk on Sunday.",
    )
    assert _larger(report) == []
    assert _place_facts(report) == [
        ("crash site: Lake Karsk / Lake Karsk, Ruritania", "compatible")
    ]


def test_a_larger_place_meets_the_place_written_with_its_own_larger_place(
    tmp_path: Path,
) -> None:
    # "Ruritania, Lendia" is Ruritania itself, in Lendia: the "Ruritania" read after the
    # first source's comma meets it (and the third source's), never kept apart from it
    report = _report(
        tmp_path,
        "The outbreak began in Velm, Ruritania, Lendia, in January.",
        "The outbreak began in Ruritania, Lendia, in January.",
        "The outbreak began in Ruritania in January.",
    )
    assert _larger(report) == [("Lendia", "event"), ("Lendia", "event"), ("Ruritania", "event")]
    assert _place_facts(report) == [
        ("event: Lendia", "agree"),
        ("event: Ruritania / Ruritania, Lendia / Velm, Ruritania, Lendia", "compatible"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a city's larger place written as the part of a country (`place.parts_of`) and as
        # the country: one city
        (
            "A fire broke out in London, England on Saturday, killing three people.",
            "A fire broke out in London, United Kingdom on Saturday, killing three people.",
            [("event: London, England / London, United Kingdom", "compatible")],
        ),
        # two larger places neither of which is part of the other: two cities
        (
            "A fire broke out in Velm, England on Saturday, killing three people.",
            "A fire broke out in Velm, Ruritania on Saturday, killing three people.",
            [("event: Velm, England", "single"), ("event: Velm, Ruritania", "single")],
        ),
        # a part whose name is a plural's (its key in the singular, as every name's is)
        (
            "A fire broke out in Velm, Wales on Saturday, killing three people.",
            "A fire broke out in Velm, UK on Saturday, killing three people.",
            [("event: Velm, UK / Velm, Wales", "compatible")],
        ),
        # a part written with its whole after it is that part
        (
            "A fire broke out in Velm, England, United Kingdom on Saturday, killing three.",
            "A fire broke out in Velm, England on Saturday, killing three people.",
            [("event: Velm, England / Velm, England, United Kingdom", "compatible")],
        ),
        # a part is met by no other name holding its words, or held in its own: two cities
        (
            "A fire broke out in Velm, England on Saturday, killing three people.",
            "A fire broke out in Velm, New England on Saturday, killing three people.",
            [("event: Velm, England", "single"), ("event: Velm, New England", "single")],
        ),
        (
            "A fire broke out in Velm, Wales on Saturday, killing three people.",
            "A fire broke out in Velm, New South Wales on Saturday, killing three people.",
            [("event: Velm, New South Wales", "single"), ("event: Velm, Wales", "single")],
        ),
        (
            "A fire broke out in Velm, Northern Ireland on Saturday, killing three people.",
            "A fire broke out in Velm, Ireland on Saturday, killing three people.",
            [("event: Velm, Ireland", "single"), ("event: Velm, Northern Ireland", "single")],
        ),
        # two parts of one whole are two places
        (
            "A fire broke out in Velm, Scotland on Saturday, killing three people.",
            "A fire broke out in Velm, England on Saturday, killing three people.",
            [("event: Velm, England", "single"), ("event: Velm, Scotland", "single")],
        ),
    ],
)
def test_a_city_in_a_part_of_a_country_is_the_city_in_that_country(
    tmp_path: Path, a: str, b: str, found: list[tuple[str, str]]
) -> None:
    report = _report(tmp_path, a, b)
    assert [p for p in _place_facts(report) if "," in p[0]] == found
