"""Named things read because several sources of a run write them (`kinds/thing/recur.py`):
a capitalized name no class word reads, in two sources, is one named thing; in one source
it stays unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.named import NamedValue
from reconcile.models import Report, Source
from reconcile.rules import load_rules
from tests.facts import facts_of
from tests.facts import run_of as report_of


def things(report: Report) -> list[tuple[str, str]]:
    return facts_of(report, "thing")


def quotes(report: Report) -> list[tuple[str, str]]:
    """(source file, quote) of each thing claim."""
    path = {s.id: Path(s.path).name for s in report.sources}
    return sorted((path[c.source_id], c.quote) for c in report.claims if c.kind == "thing")


def test_a_name_two_sources_write_is_one_named_thing(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "The strike ended after talks between Northwind Air and the cabin crew.",
        "Northwind Air suspends its flights for a second day.",
    )
    assert things(report) == [("named thing: Northwind Air", "agree")]


def test_a_name_one_source_writes_stays_unread(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "The strike ended after talks between Northwind Air and the cabin crew.",
        "The airline suspends its flights for a second day.",
    )
    assert things(report) == []


def test_two_names_joined_and_a_score_after_a_name_are_read_apart(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "In the final, Karsk United and Tarvin City drew.",
        "Supporters cheered as Karsk United beat Tarvin City 3–1 on Sunday.",
    )
    assert things(report) == [
        ("named thing: Karsk United", "agree"),
        ("named thing: Tarvin City", "agree"),
    ]


def test_a_word_opening_a_sentence_only_is_no_name(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Organisers said the march was peaceful.",
        "Organisers counted the marchers twice.",
    )
    assert things(report) == []


def test_a_name_opening_a_sentence_is_read_when_written_inside_one_elsewhere(
    tmp_path: Path,
) -> None:
    report = report_of(
        tmp_path,
        "Fans of Karsk United gathered in the square.",
        "Karsk United won the cup.",
    )
    assert quotes(report) == [("s0.md", "Karsk United"), ("s1.md", "Karsk United")]


def test_a_class_read_in_one_source_is_the_class_of_the_bare_name(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Hurricane Dorian weakened over the Atlantic.",
        "Residents fled as Dorian approached the coast.",
    )
    assert things(report) == [("storm: Hurricane Dorian", "agree")]
    assert quotes(report) == [("s0.md", "Hurricane Dorian"), ("s1.md", "Dorian")]


def test_a_titled_person_and_a_title_alone_are_no_named_thing(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Prime Minister Jane Roe met the press; the Prime Minister spoke briefly."
        " Aides said Roe left.",
        "Jane Roe said the Prime Minister would not resign. Aides said Roe left.",
    )
    assert things(report) == []


def test_one_word_before_a_number_is_no_name(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Forecasters said Melissa became a Category 5 hurricane.",
        "Officials warned that Melissa, a Category 5 storm, was near.",
    )
    assert quotes(report) == [("s0.md", "Melissa"), ("s1.md", "Melissa")]


def test_one_word_before_a_number_is_a_name_the_run_writes_without_it(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "In Karskia, the 90 members of the Velmora fail to elect a president.",
        "The president dissolves the Velmora, calling new elections.",
        "A court gave the Velmora 34 more days to elect a president.",
    )
    # two sources write "Velmora" with no number after it: the third's is the same name
    assert quotes(report) == [("s0.md", "Velmora"), ("s1.md", "Velmora"), ("s2.md", "Velmora")]
    assert things(report) == [("named thing: Velmora", "agree")]


def test_one_word_before_a_number_in_every_source_stays_unread(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A court gave the Velmora 34 more days to elect a president.",
        "Judges gave the Velmora 34 more days to act.",
    )
    assert quotes(report) == []


def test_a_name_opening_a_sentence_is_read_past_a_common_word_only(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Yesterday Karsk United won the cup. Tekael Group agreed to buy a rival.",
        "The club said yesterday that Karsk United would parade. Tekael Group agreed to pay.",
    )
    # "Tekael Group" opens a sentence in both, its first word in lower case nowhere: the whole
    # name, never "Group" past it
    assert quotes(report) == [
        ("s0.md", "Karsk United"),
        ("s0.md", "Tekael Group"),
        ("s1.md", "Karsk United"),
        ("s1.md", "Tekael Group"),
    ]


def test_a_source_alone_compiles_no_language_for_recurring_names() -> None:
    # `check` of a cached source reads no rules: one source has no other to read a name by
    one = [Source(id="s0", path="s0.md", text="Karsk United won the cup.")]
    kinds = Kinds(load_rules())
    assert kinds.infer((), one) == ()
    assert kinds.compiled_languages() == {}
    two = [*one, Source(id="s1", path="s1.md", text="Fans cheered Karsk United.")]
    assert [c.quote for c in kinds.infer((), two)] == ["Karsk United", "Karsk United"]
    assert set(kinds.compiled_languages()) == {"en"}


def test_a_name_opening_with_an_accented_capital_is_read(tmp_path: Path) -> None:
    # "Évora", "Łask" start with capitals outside A-Z; "état" is a word in lower case
    report = report_of(
        tmp_path,
        "Talks between Ørnvik Shipping and the dockers ended. Fans of Évora Rovers cheered.",
        "The dockers met Ørnvik Shipping again; the état major of Évora Rovers said no.",
    )
    assert things(report) == [
        ("named thing: Évora Rovers", "agree"),
        ("named thing: Ørnvik Shipping", "agree"),
    ]


def test_an_accented_capital_opening_a_sentence_is_no_common_word(tmp_path: Path) -> None:
    # a sentence opened by "Élan" is read past it, the run writes "élan" in lower case; one
    # opened by "Ørsund Group" is not read as "Group": "Ørsund" is no word in lower case, so
    # the whole name opening a sentence in both sources is read
    report = report_of(
        tmp_path,
        "Élan Karsk United showed was rare. Ørsund Group agreed to buy a rival.",
        "The élan of Karsk United was rare. Ørsund Group agreed to pay.",
    )
    assert quotes(report) == [
        ("s0.md", "Karsk United"),
        ("s0.md", "Ørsund Group"),
        ("s1.md", "Karsk United"),
        ("s1.md", "Ørsund Group"),
    ]


def places(report: Report) -> list[tuple[str, str]]:
    return facts_of(report, "place")


def test_a_name_another_source_reads_as_a_place_is_that_place(tmp_path: Path) -> None:
    # the second source writes the town bare; the first reads it as the quake's place
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Tarvel on Sunday.",
        "Aid convoys reached Tarvel on Monday.",
    )
    assert places(report) == [("event: Tarvel", "agree")]
    assert things(report) == []
    bare = [c.detail for c in report.claims if c.kind == "place" and c.quote == "Tarvel"]
    assert [(v.role, v.bare) for v in bare if isinstance(v, NamedValue)] == [("event", True)]


def test_a_place_a_source_names_only_as_a_larger_one_is_read_bare_there_too(
    tmp_path: Path,
) -> None:
    # a page of many stories: the first names Karskia as the larger place of another
    # story's town; its bare "Karskia" of the extradition is read as the second's is
    report = report_of(
        tmp_path,
        "A fire killed two people in Velm, Karskia, on Monday. In other news, a court approves"
        " the extradition to Karskia of a Tarvinian diver suspected of the pipeline blasts.",
        "A court refuses the extradition of a Tarvinian diver to Karskia, where he is"
        " suspected of the pipeline blasts.",
    )
    text = report.sources[0].text
    bare = [
        c
        for c in report.claims
        if c.kind == "place" and c.quote == "Karskia" and c.source_id == report.sources[0].id
    ]
    assert text.index("to Karskia") + 3 in [c.start for c in bare]


def test_a_place_written_bare_disagrees_with_no_place(tmp_path: Path) -> None:
    # the third source names the first one's crash site in passing: it meets that place,
    # and is no second crash site against the second source's
    report = report_of(
        tmp_path,
        "A cargo plane crashed near Velmora on Friday.",
        "The cargo plane crashed near Karsk on Friday.",
        "Velmora mourned the crew of the cargo plane.",
    )
    assert places(report) == [("crash site: Karsk", "single"), ("crash site: Velmora", "agree")]


def test_a_name_no_source_reads_as_a_place_stays_a_named_thing(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Tarvel; Karsk Relief sent tents.",
        "Volunteers said Karsk Relief flew blankets to the region.",
    )
    assert things(report) == [("named thing: Karsk Relief", "agree")]
    assert places(report) == [("event: Tarvel", "single")]


def test_a_name_written_before_a_comma_and_a_place_of_the_run_is_a_place_in_it(
    tmp_path: Path,
) -> None:
    # "Velm Port, Karskia": Karskia is a place of the run, so Velm Port is a place in it
    (tmp_path / "run").mkdir()
    (tmp_path / "other").mkdir()
    report = report_of(
        tmp_path / "run",
        "An earthquake struck near Karskia on Tuesday. Aid reached Velm Port, Karskia, by night.",
        "Ships carried aid to Velm Port after the earthquake shook Karskia.",
    )
    velm = [c for c in report.claims if c.quote == "Velm Port"]
    assert sorted(c.kind for c in velm) == ["place", "place"]
    assert {named.within for named in (c.detail for c in velm)} == {("karskia",)}
    # (one fact with the place it is in, as "Tarvel, Karskia" and "Karskia" are)
    assert places(report) == [("event: Karskia / Velm Port", "compatible")]
    # one source writing it so is enough when a place claim of the run reads the larger
    # place; not a word opening a sentence ("Meanwhile,") nor an owner's name
    (tmp_path / "once").mkdir()
    once = report_of(
        tmp_path / "once",
        "An earthquake struck near Karskia on Tuesday.",
        "Aid reached Tarvo, Karskia, overnight. Meanwhile, Karskia mourned. "
        "They met Ann Lee, Karskia's envoy.",
    )
    read = sorted(c.quote for c in once.claims if c.kind == "place")
    assert read == ["Karskia", "Karskia", "Tarvo", "near Karskia"], read
    # and a name a comma and a place no claim of the run reads follow stays a named thing
    other = report_of(
        tmp_path / "other",
        "Aid reached Velm Port, Tarvinia, by night.",
        "Ships carried aid to Velm Port on Tuesday.",
    )
    assert things(other) == [("named thing: Velm Port", "agree")]


def test_a_larger_place_another_source_writes_bare_meets_it(tmp_path: Path) -> None:
    # "Karskia" after the first source's comma is the country the second writes alone
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Tarvel, Karskia, on Sunday.",
        "Karskia declared three days of mourning after the quake.",
    )
    assert places(report) == [("event: Karskia / Tarvel, Karskia", "compatible")]


def test_a_larger_place_written_bare_beside_the_smaller_one_meets_it(tmp_path: Path) -> None:
    # the second source writes both names apart: each meets the first source's own
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Tarvel, Karskia, on Sunday.",
        "Karskia declared three days of mourning for the dead of Tarvel.",
    )
    assert places(report) == [
        ("event: Karskia", "agree"),
        ("event: Tarvel / Tarvel, Karskia", "compatible"),
    ]


def test_a_place_written_bare_meets_no_place_whose_name_holds_it(tmp_path: Path) -> None:
    # "Tarvel" written bare is the town, not the plaza named after it, which no source
    # puts in the town (nor "South Tarvel", another place)
    report = report_of(
        tmp_path,
        "A roof collapsed at Tarvel Plaza on Sunday. A storm struck near Tarvel.",
        "Shoppers fled Tarvel Plaza while rescuers reached Tarvel and South Tarvel.",
    )
    assert places(report) == [("event: Tarvel", "agree"), ("event: Tarvel Plaza", "agree")]


def test_a_place_written_bare_meets_a_place_its_source_puts_in_it(tmp_path: Path) -> None:
    # the first source puts the plaza in the town the second writes bare (and so the plaza
    # the second writes bare in that town): one place of the event, named at two levels, as
    # "Velm" in "Karskia"
    report = report_of(
        tmp_path,
        "A roof collapsed at Tarvel Plaza in Tarvel on Sunday.",
        "Shoppers fled Tarvel Plaza while rescuers reached Tarvel.",
    )
    assert places(report) == [("event: Tarvel / Tarvel Plaza", "compatible")]
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Velm in Karskia on Sunday.",
        "Karskia declared three days of mourning after the quake.",
    )
    assert places(report) == [("event: Karskia / Velm", "compatible")]


def test_a_place_written_bare_meets_its_name_with_a_noun_of_a_place(tmp_path: Path) -> None:
    # "Tarvel province" and "the Tarvel region" are the town's place as others name it
    report = report_of(
        tmp_path,
        "A strong earthquake struck near Tarvel on Sunday.",
        "Rescuers in Tarvel province searched for survivors of the earthquake.",
        "Aid convoys reached Tarvel on Monday.",
        "Aid workers in the Tarvel region said roads were cut.",
    )
    assert places(report) == [("event: Tarvel / Tarvel province", "compatible")]
    # (the fourth source's "Tarvel" of "the Tarvel region" is read bare too)
    path = {s.id: Path(s.path).name for s in report.sources}
    bare = [c for c in report.claims if isinstance(c.detail, NamedValue) and c.detail.bare]
    assert sorted(path[c.source_id] for c in bare) == ["s2.md", "s3.md"]


def test_two_towns_of_one_country_stay_apart_where_one_is_written_bare(
    tmp_path: Path,
) -> None:
    # a town written bare meets the town of its name, never another town of its country
    report = report_of(
        tmp_path,
        "A cargo plane crashed near Velm, Karskia, on Friday.",
        "The cargo plane crashed near Tarvel, Karskia, on Friday.",
        "Velm mourned the crew of the cargo plane.",
    )
    assert places(report) == [
        ("crash site: Karskia", "agree"),
        ("crash site: Tarvel, Karskia", "single"),
        ("crash site: Velm / Velm, Karskia", "compatible"),
    ]


def test_a_name_only_written_before_a_noun_or_as_a_common_word_is_no_named_thing(
    tmp_path: Path,
) -> None:
    # "Karskian" modifies the nouns after it, which the run writes after an article; "War"
    # is a word the run writes in lower case; "Tarvin Aid" stands as a name once at least
    report = report_of(
        tmp_path,
        "Karskian officials said the war was over; fans called it the War. Tarvin Aid sent tents.",
        "The officials of Karskian ports met at the ports. Critics named it the War. Volunteers"
        " of Tarvin Aid arrived.",
    )
    assert things(report) == [("named thing: Tarvin Aid", "agree")]


def test_a_place_named_with_a_noun_of_a_place_is_read_bare_without_it(tmp_path: Path) -> None:
    # "Ituro Province" makes "Ituro" a place of the run: written bare, it is that place; a
    # longer name holding it ("Ituro Mining") is no place
    report = report_of(
        tmp_path,
        "Floods killed ten people in Ituro Province on Sunday.",
        "Rescuers reached Ituro on Monday as the floods receded.",
    )
    assert places(report) == [("event: Ituro / Ituro Province", "compatible")]
    report = report_of(
        tmp_path,
        "Floods killed ten people in Ituro Province on Sunday.",
        "Rescuers from Ituro Mining reached the area on Monday as the floods receded.",
    )
    assert places(report) == [("event: Ituro Province", "single")]


def routes(report: Report) -> list[tuple[str, str]]:
    return facts_of(report, "route")


def test_a_name_the_run_reads_only_as_a_journeys_end_is_that_end(tmp_path: Path) -> None:
    # the first source reads the clinic as where the flight went; the second writes it bare:
    # that destination, not a place no end meets
    report = report_of(
        tmp_path,
        "The activist was flown from Velm to Karsk Clinic on Friday.",
        "Doctors at Karsk Clinic said the activist had been poisoned.",
    )
    assert routes(report) == [
        ("destination: Karsk Clinic", "agree"),
        ("origin: Velm", "single"),
    ]
    assert places(report) == []
    # a name a place claim of the run reads is that place, even where a route ends there
    report = report_of(
        tmp_path,
        "The activist was flown from Velm to Karsk Clinic after a protest in Karsk Clinic.",
        "Doctors at Karsk Clinic said the activist had been poisoned.",
    )
    assert ("event: Karsk Clinic", "agree") in places(report)


def test_a_name_without_the_word_of_its_class_is_that_thing(tmp_path: Path) -> None:
    # "People Power" is the party another source names with its class word; one word left
    # ("European" of "European Union") may be any word, and stays unread
    report = report_of(
        tmp_path,
        "Voters backed People Power in the Karsk vote on Sunday.",
        "The People Power Party won most seats in the Karsk vote.",
    )
    assert ("party: People Power / People Power Party", "compatible") in things(report)
    report = report_of(
        tmp_path,
        "Officials of the European Union met on Sunday. European ministers agreed.",
        "The European Union sent aid. European leaders spoke on Sunday.",
    )
    assert things(report) == [("organisation: European Union", "agree")]


def test_a_party_of_one_word_before_its_class_noun_in_lower_case_is_that_party(
    tmp_path: Path,
) -> None:
    # "party" in lower case is a noun after the name, no word of it: "Velmista" alone,
    # opening a sentence of another source, is the party
    report = report_of(
        tmp_path,
        "The Karskian president dissolves the assembly. The Velmista party says the decree"
        " is void.",
        "The Karskian president dissolved the assembly last month. Velmista, led by the prime"
        " minister, won most seats.",
    )
    assert ("party: Velmista / Velmista party", "compatible") in things(report)


def test_a_place_whose_name_is_a_titles_word_is_read_where_the_run_names_that_place(
    tmp_path: Path,
) -> None:
    # "US" is a word of office titles ("US Defense Secretary"); a source naming the country
    # as a place makes the bare "U.S." of another that place, not a title's word
    report = report_of(
        tmp_path,
        "A strong earthquake struck in the United States on Sunday.",
        "Aid flights reached the U.S. on Monday as the earthquake's toll rose.",
    )
    assert places(report) == [("event: United States", "agree")]
    bare = [c for c in report.claims if isinstance(c.detail, NamedValue) and c.detail.bare]
    assert [(c.quote, c.kind) for c in bare] == [("U.S.", "place")]
    # no source reads it as a place: the title's words alone stay unread
    report = report_of(
        tmp_path,
        "The Defense Secretary spoke on Sunday. Aides said the US Defense Secretary left.",
        "Reporters asked the Defense Secretary about the US Defense Secretary's trip.",
    )
    assert things(report) == [] and places(report) == []


def test_a_place_named_with_its_noun_meets_that_name_in_a_larger_place(tmp_path: Path) -> None:
    # "the Karsk Region of Ruritania" is the Karsk Region, in Ruritania: the bare "Karsk
    # Region" of another source is that place; another region of Ruritania is another
    # place, and the "Gulf" of "the Gulf of Karsk" names no place before its noun
    report = report_of(
        tmp_path,
        "A strong earthquake struck near the Karsk Region of Ruritania on Sunday.",
        "Aid convoys reached the Karsk Region on Monday after the earthquake.",
    )
    assert places(report) == [("event: Karsk Region / Karsk Region of Ruritania", "compatible")]
    (tmp_path / "two").mkdir()
    report = report_of(
        tmp_path / "two",
        "A strong earthquake struck near the Velm Region of Ruritania on Sunday.",
        "Aid convoys reached the Karsk Region on Monday after the earthquake.",
        "Officials in the Karsk Region said the earthquake cut roads.",
    )
    assert ("event: Velm Region of Ruritania", "single") in places(report)
    (tmp_path / "three").mkdir()
    report = report_of(
        tmp_path / "three",
        "A strong earthquake struck near the Gulf of Karsk on Sunday.",
        "Fishing boats left the Gulf on Monday after the earthquake.",
    )
    assert places(report) == [("event: Gulf of Karsk", "single")]


def test_a_name_running_into_a_claim_is_the_name_before_it(tmp_path: Path) -> None:
    # "Tarvin Air ATR 42": the airline's name runs into the aircraft's, which a claim
    # holds; the name before it is the one the other source writes alone
    report = report_of(
        tmp_path,
        "A Tarvin Air ATR 42 crashed near Velm on Friday, killing ten people.",
        "Tarvin Air said its ATR 42 carried ten people when it crashed near Velm.",
    )
    assert things(report) == [("aircraft: ATR 42", "agree"), ("named thing: Tarvin Air", "agree")]


def test_a_name_inside_an_event_clause_is_written_and_read(tmp_path: Path) -> None:
    # the first source writes the name inside the clause of an event ("an earthquake struck
    # near ..."): it is written there, and read there, all the same
    report = report_of(
        tmp_path,
        "An earthquake struck near the Tarvin 2 reactor on Sunday.",
        "Inspectors said the Tarvin 2 reactor was safe after the earthquake struck.",
    )
    kinds = {c.kind for c in report.claims}
    assert "event" in kinds
    assert quotes(report) == [("s0.md", "Tarvin 2"), ("s1.md", "Tarvin 2")]
    assert things(report) == [("named thing: Tarvin 2", "agree")]


def test_a_name_that_only_opens_sentences_in_two_sources_is_read(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Tarvin Minerals said output fell. Roe met the board.",
        "Tarvin Minerals cut jobs on Monday.",
    )
    assert quotes(report) == [("s0.md", "Tarvin Minerals"), ("s1.md", "Tarvin Minerals")]


def test_words_that_only_open_sentences_and_are_common_stay_unread(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        # its first word written in lower case in the run; one word and a comma; a word
        # the language never compares
        "Rescue Teams searched the river. Afterwards, crews left. Still more came.",
        "Rescue Teams found two boats, and rescue teams rested. Afterwards, they left. "
        "Still more came.",
    )
    assert quotes(report) == []


def test_a_name_one_source_writes_opening_a_sentence_stays_unread(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Tarvin Minerals said output fell.",
        "The miner cut jobs on Monday.",
    )
    assert quotes(report) == []


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        # a body before a numbered name, written by one source and left out by the other
        (
            (
                "Delegates welcomed the Karsk Council Resolution 12 on Monday.",
                "Envoys said Resolution 12 would hold the truce.",
            ),
            [("named thing: Karsk Council Resolution 12 / Resolution 12", "compatible")],
        ),
        # a word of the name left out, or the year written before it
        (
            (
                "Fans watched the Karsk Song Cup 2026 final on Sunday.",
                "Tickets for the Karsk Cup 2026 sold out.",
            ),
            [("named thing: Karsk Cup 2026 / Karsk Song Cup 2026", "compatible")],
        ),
        # two names of one number neither within the other: each written once, unread
        (
            (
                "Fans watched the Karsk Cup 2026 final on Sunday.",
                "Tickets for the Tarvin Cup 2026 sold out.",
            ),
            [],
        ),
        (
            (
                "Divers searched for the wreck of Karsk Air Flight 17 on Monday.",
                "Delegates said Karsk Resolution 17 would be put to a vote.",
            ),
            [("flight: Flight 17", "single")],
        ),
        # a short name two different names of the run fit names neither for sure: it is
        # read with neither (nor by its own source alone)
        (
            (
                "Delegates welcomed the Karsk Council Resolution 12 on Monday.",
                "Delegates rejected the Tarvin Council Resolution 12 on Tuesday.",
                "Envoys said Resolution 12 would hold the truce.",
            ),
            [],
        ),
        # and a name within the other of two sources still joins it where a third source
        # writes a different name of the number
        (
            (
                "Delegates welcomed the Karsk Council Resolution 12 on Monday.",
                "Envoys said the Karsk Resolution 12 would hold the truce.",
                "Fans watched the Tarvin Cup 12 final on Sunday.",
            ),
            [("named thing: Karsk Council Resolution 12 / Karsk Resolution 12", "compatible")],
        ),
    ],
)
def test_a_name_holding_a_number_is_written_where_another_source_writes_it_within(
    tmp_path: Path, texts: tuple[str, ...], found: list[tuple[str, str]]
) -> None:
    assert things(report_of(tmp_path, *texts)) == found


def test_the_last_words_of_a_name_without_a_number_are_no_name(tmp_path: Path) -> None:
    # "Karsk United" and "Tarvin United" share their last word, which names neither club
    report = report_of(
        tmp_path,
        "Fans of Karsk United cheered in the square.",
        "Supporters said Tarvin United lost at home.",
    )
    assert quotes(report) == []


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        # a name with an article after a joiner inside it, written whole by two sources: one
        # name, not its two halves
        (
            (
                "Pilgrims crowded the Church of the Nativity on Sunday.",
                "The Church of the Nativity reopened its doors.",
            ),
            [("named thing: Church of the Nativity", "agree")],
        ),
        # written whole by one source only: its two names, each read where the run writes it
        (
            (
                "Karsk United of the Velm League won on Monday.",
                "Fans of Karsk United cheered in the square.",
            ),
            [("named thing: Karsk United", "agree")],
        ),
    ],
)
def test_a_name_joined_through_an_article_is_one_where_the_run_writes_it_whole(
    tmp_path: Path, texts: tuple[str, ...], found: list[tuple[str, str]]
) -> None:
    assert things(report_of(tmp_path, *texts)) == found


def test_a_country_named_through_an_article_is_the_place_another_source_reads(
    tmp_path: Path,
) -> None:
    # "Republic of the Velm" is no two things in the sources that write it with no cue
    report = report_of(
        tmp_path,
        "An outbreak in the Karsk Republic of the Velm doubles in cases.",
        "A fire broke out in Tarn, Karsk Republic of the Velm, killing three.",
        "The Karsk Republic of the Velm declares the outbreak over.",
    )
    assert things(report) == []
    assert facts_of(report, "place") == [
        ("event: Karsk Republic of the Velm / Tarn, Karsk Republic of the Velm", "compatible")
    ]


@pytest.mark.parametrize(
    ("most", "read"), [(64, ["Karsk Council Resolution 12", "Resolution 12"]), (1, [])]
)
def test_the_names_of_one_number_compared_are_bounded_by_a_rules_key(
    tmp_path: Path, most: int, read: list[str]
) -> None:
    # `[thing] recurring_numbered`: a number more names share than that compares none
    (tmp_path / "lang" / "en").mkdir(parents=True)
    (tmp_path / "lang" / "en" / "named.toml").write_text(
        f"[thing]\nrecurring_numbered = {most}\n", encoding="utf-8"
    )
    kinds = Kinds(load_rules(tmp_path))
    two = [
        Source(id="s0", path="s0.md", text="Delegates welcomed the Karsk Council Resolution 12."),
        Source(id="s1", path="s1.md", text="Envoys said Resolution 12 would hold the truce."),
    ]
    found = kinds.infer(claims_of(two, kinds), two)
    assert [c.quote for c in found if c.kind == "thing"] == read
