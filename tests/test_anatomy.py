"""The anatomy of a pair (`reconcile.anatomy`) and of a real-news miss
(`bench/realnews_anatomy.py`): on documents written here, each stage of matching that keeps
two claims apart, or joins them, is the one named; and a pair is decided again as its block
decided it (a fact's reasons are those of its joined pairs)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reconcile import run
from reconcile.anatomy import (
    BELOW_CUTOFF,
    DIFFERENT_KIND,
    JOINED,
    NO_BLOCK,
    REFUSED,
    THROUGH,
    VETOED,
    Anatomy,
    band,
)
from reconcile.kinds import Kinds
from reconcile.models import Claim, Report
from reconcile.reasons import (
    DifferentConcepts,
    DifferentStories,
    LooselyJoined,
    OneSentence,
    Outweighed,
    WordsDiffer,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews_anatomy  # noqa: E402


def report_of(folder: Path, *texts: str) -> Report:
    for at, text in enumerate(texts):
        (folder / f"d{at}.txt").write_text(text, encoding="utf-8")
    return run([folder])


def claims(report: Report, doc: int, quote: str) -> list[Claim]:
    """The claims of document `doc` quoting `quote`, in order."""
    source = next(s for s in report.sources if Path(s.path).name == f"d{doc}.txt")
    return [c for c in report.claims if c.source_id == source.id and c.quote == quote]


def one(report: Report, doc: int, quote: str) -> Claim:
    found = claims(report, doc, quote)
    assert len(found) == 1, (doc, quote, found)
    return found[0]


def test_band() -> None:
    assert [band(s) for s in (0.0, 4.2, 50.0, 59.9, 99.5, 100.0)] == [
        "0",
        "0-9",
        "50-59",
        "50-59",
        "90-99",
        "100",
    ]


def test_a_death_toll_and_an_injury_count_are_vetoed_by_their_concepts(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Floods killed 40 people in Arlow on Monday, officials said.",
        "Officials said 40 people were injured in Arlow on Monday.",
    )
    dead, hurt = one(report, 0, "40 people"), one(report, 1, "40 people")
    found = Anatomy(report).pair(dead.id, hurt.id)
    assert found.stage == VETOED
    assert found.blocks == ("count|count|level", "count|count|level")
    assert found.veto == DifferentConcepts("deaths", "injured")
    assert found.detail == "DifferentConcepts"
    assert not found.together


def test_a_rise_and_a_level_share_no_block(tmp_path: Path) -> None:
    report = report_of(tmp_path, "The river rose by 3 metres.", "The river was 3 metres deep.")
    rise, level = one(report, 0, "rose by 3 metres"), one(report, 1, "3 metres")
    found = Anatomy(report).pair(rise.id, level.id)
    assert found.stage == NO_BLOCK
    assert found.blocks == ("measure|[length]|change", "measure|[length]|level")
    assert found.decision is None
    assert found.detail == "different block keys"
    assert found.loose is None


def test_a_number_that_counts_nothing_is_in_no_block_and_its_loose_pair_tells(
    tmp_path: Path,
) -> None:
    report = report_of(
        tmp_path,
        "The storm killed 40 people in Arlow on Monday.",
        "The number rose to 41, officials in Brenn said.",
    )
    dead, bare = one(report, 0, "40 people"), one(report, 1, "41")
    found = Anatomy(report).pair(dead.id, bare.id)
    assert found.stage == NO_BLOCK
    assert found.blocks == ("count|count|level", None)
    assert found.loose is not None and isinstance(found.loose.veto, DifferentStories)
    assert found.detail == "a claim in no block, loose pair DifferentStories"
    # its features are read all the same (a wrong match's evidence asks for them): a claim
    # in no block keeps the one figure its own sentence states
    anatomy = Anatomy(report)
    assert anatomy.block_key(bare.id) is None
    assert anatomy.features(bare, "").figures == 1
    assert anatomy.features(dead, "count|count|level").figures == 1


def test_a_count_and_a_share_are_different_kinds(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "About 12 percent of the town was under water.",
        "The floods left 12 people homeless.",
    )
    share, count = one(report, 0, "About 12 percent"), one(report, 1, "12 people")
    found = Anatomy(report).pair(share.id, count.id)
    assert found.stage == DIFFERENT_KIND
    assert found.detail == "count ~ percent"


def test_words_that_differ_fall_below_the_cut_off(tmp_path: Path) -> None:
    report = report_of(tmp_path, "The club signed 12 players.", "Only 12 players were hurt.")
    signed, hurt = one(report, 0, "12 players"), one(report, 1, "12 players")
    found = Anatomy(report).pair(signed.id, hurt.id)
    assert found.stage == BELOW_CUTOFF
    assert found.veto == WordsDiffer()
    assert found.cutoff == 50.0
    assert found.detail == "WordsDiffer (soft veto)"


def test_unrelated_offices_score_nothing(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "Prime Minister Ada Lind opened the bridge.",
        "Finance Minister Bo Rask opened the bridge.",
    )
    office = [c for c in report.claims if c.kind == "office"]
    assert len(office) == 2
    found = Anatomy(report).pair(office[0].id, office[1].id)
    assert found.stage == BELOW_CUTOFF
    assert (found.score, found.veto, found.cutoff) == (0.0, None, 0.0)
    assert found.detail == "score 0, cut-off 0"


def test_a_third_member_joins_two_claims_whose_words_differ(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "The navy bought 12 boats.",
        "Only 12 boats were damaged.",
        "The navy bought 12 boats that were damaged.",
    )
    # (a counted noun of the rules' classes: a noun no rule maps, which two sources quote
    # with a word alike, would be a concept of the run, `run_concepts`, and the first two
    # would meet by it)
    signed, hurt, both = (one(report, d, "12 boats") for d in range(3))
    anatomy = Anatomy(report)
    found = anatomy.pair(signed.id, hurt.id)
    assert found.together
    assert found.stage == THROUGH
    assert found.detail == "own pair WordsDiffer"
    assert anatomy.pair(signed.id, both.id).stage == JOINED
    assert anatomy.pair(hurt.id, both.id).stage == JOINED


def test_a_claim_whose_sentence_states_another_of_the_fact_is_refused(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        "The storm killed 40 people in Arlow, and the floods killed 40 people in Arlow too.",
        "The storm killed 40 people in Arlow.",
    )
    first, second = claims(report, 0, "40 people")
    other = one(report, 1, "40 people")
    anatomy = Anatomy(report)
    assert anatomy.pair(first.id, other.id).stage == JOINED
    found = anatomy.pair(second.id, other.id)
    assert found.stage == REFUSED
    assert found.refusal == OneSentence()
    assert found.detail == "cannot-link OneSentence"
    assert (found.score or 0.0) >= (found.cutoff or 0.0) > 0


def test_a_fact_has_the_reasons_of_the_pairs_decided_again(tmp_path: Path) -> None:
    # The pairs are decided again as their blocks decided them: a fact's reasons are those
    # of the joined pairs among its claims (no veto, a score above 0), nothing else.
    report = report_of(
        tmp_path,
        "The storm killed 40 people in Arlow on Monday. The club signed 12 players.",
        "Officials said the storm killed 40 people in Arlow. Only 12 players were hurt.",
        "In Arlow, 41 people died in the storm. The club signed 12 players who were hurt.",
    )
    anatomy = Anatomy(report)
    checked = 0
    for fact in report.facts:
        if len(fact.claim_ids) < 2:
            continue
        expected = set()
        for x, a in enumerate(fact.claim_ids):
            for b in fact.claim_ids[x + 1 :]:
                decision = anatomy.decide(a, b)
                if decision is not None and decision.veto is None and decision.score > 0:
                    expected |= set(decision.reasons)
        kept = {r for r in fact.match.reasons if not isinstance(r, Outweighed | LooselyJoined)}
        assert kept == expected, fact.label
        checked += 1
    assert checked >= 3


# --- the bench's reading of a gold pair --------------------------------------------------


@pytest.fixture()
def reader(tmp_path: Path, kinds: Kinds) -> tuple[realnews_anatomy.Reader, Report]:
    report = report_of(
        tmp_path,
        "Floods killed 40 people in Arlow on Monday. The club signed 12 players.",
        "Officials said 40 people were injured in Arlow. Only 12 players were hurt.",
    )
    return realnews_anatomy.Reader(report, kinds), report


def test_a_mention_no_claim_reads_is_not_extracted(
    reader: tuple[realnews_anatomy.Reader, Report],
) -> None:
    read, report = reader
    dead = one(report, 0, "40 people")
    assert read.missed("numeric", [dead.id], [], ("a", "b")) == realnews_anatomy.Finding(
        "not extracted", "one side", "b"
    )
    assert read.missed("numeric", [], [], ("a", "b")).detail == "both sides"


def test_a_gold_place_read_as_a_count_is_a_different_kind(
    reader: tuple[realnews_anatomy.Reader, Report],
) -> None:
    read, report = reader
    dead = one(report, 0, "40 people")
    place = one(report, 1, "in Arlow")
    found = read.missed("place", [dead.id], [place.id], ("a", "b"))
    assert (found.stage, found.detail) == (DIFFERENT_KIND, "place read as count")


def test_of_the_claims_of_a_mention_the_furthest_pair_tells(
    reader: tuple[realnews_anatomy.Reader, Report],
) -> None:
    read, report = reader
    dead, hurt = one(report, 0, "40 people"), one(report, 1, "40 people")
    signed, players = one(report, 0, "12 players"), one(report, 1, "12 players")
    found = read.missed("numeric", [dead.id, signed.id], [hurt.id, players.id], ("a", "b"))
    # the count pair fell below the cut-off (a soft veto), later than the concepts' veto
    assert (found.stage, found.detail) == (BELOW_CUTOFF, "WordsDiffer (soft veto)")
    assert found.concepts == "one without a concept"
    vetoed = read.missed("numeric", [dead.id], [hurt.id], ("a", "b"))
    assert (vetoed.stage, vetoed.detail, vetoed.concepts) == (
        VETOED,
        "DifferentConcepts",
        "different concepts",
    )


def test_the_tally_prints_counts_and_no_text(
    reader: tuple[realnews_anatomy.Reader, Report],
) -> None:
    read, report = reader
    dead, hurt = one(report, 0, "40 people"), one(report, 1, "40 people")
    tally = realnews_anatomy.Tally()
    tally.add("numeric", read.missed("numeric", [dead.id], [hurt.id], ("a", "b")))
    tally.add("numeric", read.missed("numeric", [dead.id], [], ("a", "b")))
    tally.add("other named", read.missed("place", [], [], ("a", "b")))
    table = "\n".join(tally.markdown("dev-x"))
    assert "| **vetoed** |  | 1 | · | · | · | · |" in table
    assert "|  | DifferentConcepts | 1 | · | · | · | · |" in table
    assert "| **not extracted** |  | 1 | · | 1 | · | · |" in table
    assert "| total | | 2 | 0 | 1 | 0 | 0 |" in table
    for text in ("40 people", "Arlow", dead.id, hurt.id):
        assert text not in table
    assert "different concepts 1" in table


def test_an_untitled_holders_veto_is_told_by_its_shape(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "Prime Minister Ada Lind opened the bridge.",
        "Ruritanian Prime Minister Bo Rask opened the bridge.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    lind = one(report, 0, "Prime Minister Ada Lind")
    rask = one(report, 1, "Ruritanian Prime Minister Bo Rask")
    found = read.missed("office", [lind.id], [rask.id], ("a", "b"), "conflict")
    assert (found.stage, found.detail) == (VETOED, "UntitledHolders")
    assert found.untitled == (
        "gold conflict",
        "names: no word shared",
        "untitled: neither names a country; a side has no place",
        "the untitled person titled with a place: nowhere",
        "the other side: placed, its place not written in the untitled side's source",
        "the run carried to the untitled side: nothing, its person placed in no other source",
        "not placed by its story: its story writes none of the places the run gives the title",
    )
    tally = realnews_anatomy.Tally()
    tally.add("office", found)
    table = "\n".join(tally.markdown("dev-x"))
    assert "- gold conflict: 1" in table
    for text in ("Lind", "Rask", lind.id):
        assert text not in table


@pytest.mark.parametrize(
    ("untitled", "other", "told"),
    [
        # (Lind's source names another prime minister with a place, so her own story's
        # "Ruritanian" does not place her: `OfficeKind._story_places`)
        (
            "Prime Minister Ada Lind and Tolvia's Prime Minister Cy Holm opened the Ruritanian "
            "bridge.",
            "Ruritanian Prime Minister Bo Rask opened the bridge.",
            "placed, its place written in the untitled side's source",
        ),
        (
            "Prime Minister Ada Lind opened the bridge.",
            "Prime Minister Bo Rask opened the bridge.",
            "no place",
        ),
    ],
)
def test_an_untitled_side_is_told_whether_its_source_writes_the_other_sides_place(
    tmp_path: Path, kinds: Kinds, untitled: str, other: str, told: str
) -> None:
    report = report_of(tmp_path, untitled, other)
    read = realnews_anatomy.Reader(report, kinds)
    lind = one(report, 0, "Prime Minister Ada Lind")
    rask = one(report, 1, other.removesuffix(" opened the bridge."))
    found = read.missed("office", [lind.id], [rask.id], ("a", "b"), "conflict")
    assert (found.stage, found.detail) == (VETOED, "UntitledHolders")
    assert f"the other side: {told}" in found.untitled


def test_an_untitled_side_says_why_the_run_carried_nothing_to_it(
    tmp_path: Path, kinds: Kinds
) -> None:
    # Lind is placed in another source, but as the holder of another office
    report = report_of(
        tmp_path,
        "Prime Minister Ada Lind opened the bridge.",
        "Ruritanian Prime Minister Bo Rask opened the bridge.",
        "Karsk Governor Ada Lind spoke.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    lind = one(report, 0, "Prime Minister Ada Lind")
    rask = one(report, 1, "Ruritanian Prime Minister Bo Rask")
    found = read.missed("office", [lind.id], [rask.id], ("a", "b"), "conflict")
    assert (found.stage, found.detail) == (VETOED, "UntitledHolders")
    assert found.untitled[-2] == (
        "the run carried to the untitled side: nothing, placed elsewhere under another office"
    )


def test_an_office_pair_placed_by_a_former_holding_is_counted(tmp_path: Path, kinds: Kinds) -> None:
    # Lind is Karsk's former governor in the second source: the run places her there
    report = report_of(
        tmp_path,
        "Governor Ada Lind opened the bridge.",
        "Karsk Governor Bo Rask took office. Former Karsk governor Ada Lind left.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    lind = one(report, 0, "Governor Ada Lind")
    rask = one(report, 1, "Karsk Governor Bo Rask")
    assert (read.held_then([lind.id]), read.held_then([rask.id])) == (True, False)
    tally = realnews_anatomy.Tally()
    tally.office_pairs += 1
    tally.held_then["gold conflict pairs found"] += 1
    table = "\n".join(tally.markdown("dev-x"))
    assert (
        "Office pairs (of 1 office gold pairs) with a side the run placed where another source"
        " says its person held the office (a former or shared holding, `run_then`): gold"
        " conflict pairs found 1." in table
    )
    for text in ("Lind", "Rask", lind.id):
        assert text not in table


def test_an_unread_office_mention_says_whether_the_run_titles_its_person(
    tmp_path: Path, kinds: Kinds
) -> None:
    text = "Ada Lind spoke. Later Ada Lind left with Bo Rask."
    report = report_of(tmp_path, "Ruritanian Prime Minister Ada Lind spoke.", text)
    read = realnews_anatomy.Reader(report, kinds)
    source = next(s for s in report.sources if Path(s.path).name == "d1.txt")
    assert [c.quote for c in report.claims if c.source_id == source.id] == ["Ada Lind"]
    second = source.text.index("Ada Lind", 5)
    rask = source.text.index("Bo Rask")
    said = [
        read.unlent(source.id, source.text, at, at + len(name))
        for at, name in ((second, "Ada Lind"), (rask, "Bo Rask"))
    ]
    assert said == [realnews_anatomy.UNLENT[1], realnews_anatomy.UNLENT[0]]
    tally = realnews_anatomy.Tally()
    tally.add_unread("office", "capitalized words", "written only there", "", said[0])
    assert "by the run: titled in the run, a mention lent before it in its source 1" in "\n".join(
        tally.markdown("dev-x")
    )


def test_the_parts_of_a_stage_say_what_parted_a_numeric_pair(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "The river rose by 3 metres. The club signed 12 players. The count rose to 41.",
        "The river was 3 metres deep. Only 12 players were hurt. The storm killed 40 people.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    rise, level = one(report, 0, "rose by 3 metres"), one(report, 1, "3 metres")
    keys = read.missed("numeric", [rise.id], [level.id], ("a", "b"))
    assert (keys.stage, keys.detail) == (NO_BLOCK, "different block keys")
    assert keys.part == "change level ~ up, two concepts, same number"
    signed, hurt = one(report, 0, "12 players"), one(report, 1, "12 players")
    words = read.missed("numeric", [signed.id], [hurt.id], ("a", "b"))
    assert (words.stage, words.part) == (BELOW_CUTOFF, "same number")
    bare, dead = one(report, 0, "41"), one(report, 1, "40 people")
    nowhere = read.missed("numeric", [bare.id], [dead.id], ("a", "b"))
    assert nowhere.stage == NO_BLOCK
    assert nowhere.part == (
        "one in no block, counts nothing said, its clause names none, the other has a concept,"
        " numbers apart"
    )
    tally = realnews_anatomy.Tally()
    for finding in (keys, words, nowhere):
        tally.add("numeric", finding)
    table = "\n".join(tally.markdown("dev-x"))
    assert "|  | ↳ change level ~ up, two concepts, same number | 1 | · | · | · | · |" in table
    assert "|  | ↳ same number | 1 | · | · | · | · |" in table
    for text in ("metres", "players", rise.id):
        assert text not in table


def test_a_bare_sum_apart_from_a_price_per_unit_says_why(tmp_path: Path, kinds: Kinds) -> None:
    # no word of a price and no name near "$82": it is not read per the run's barrel
    report = report_of(
        tmp_path,
        "On Tuesday it went up to $82.",
        "Lowland crude was trading at $80 a barrel on Tuesday.",
    )
    bare, per = one(report, 0, "$82"), one(report, 1, "$80 a barrel")
    assert (bare.unit, per.unit) == ("USD", "USD / oil_barrel")
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [bare.id], [per.id], ("a", "b")
    )
    assert (found.stage, found.detail) == (NO_BLOCK, "different block keys")
    assert found.part == (
        "dimension currency ~ currency/[length] ** 3, per unit: the bare sum of no concept, no"
        " name shared, one without a concept, numbers apart"
    )


def test_a_bare_sum_the_run_prices_in_several_units_says_why(tmp_path: Path, kinds: Kinds) -> None:
    barrel = "On Tuesday the Lowland blend was priced at $90 a barrel, dealers said."
    gallon = "On Tuesday the Lowland blend was priced at $2.20 a gallon, dealers said."
    for folder, bare, why in (
        # nothing joins it to the prices: no concept, no name, no concept in its clause
        (
            "none",
            "On Tuesday it ended the day at $95.",
            "the bare sum of no concept, no name shared",
        ),
        # joined by its name, of the order of neither price
        (
            "far",
            "The Lowland blend ended the day at $9.",
            "the bare sum far from the sums per unit",
        ),
        # of the order of both prices (per litre, per gallon), its source states neither
        (
            "two",
            "The Lowland blend ended the day at $2.10.",
            "two units fit, its source decides neither",
        ),
    ):
        (tmp_path / folder).mkdir()
        litre = "On Tuesday the Lowland blend was priced at $1.95 a litre, dealers said."
        report = report_of(tmp_path / folder, bare, litre if folder == "two" else barrel, gallon)
        quote = bare.rsplit(" ", 1)[1].rstrip(".")
        found = realnews_anatomy.Reader(report, kinds).missed(
            "numeric", [one(report, 0, quote).id], [one(report, 2, "$2.20 a gallon").id], ("a", "b")
        )
        assert (found.stage, found.detail) == (NO_BLOCK, "different block keys")
        assert f"per unit: the run prices it in several units, {why}," in found.part, found.part


def test_a_bare_sum_read_per_another_unit_of_the_run_says_so(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "Fuel was priced at €1.90 a litre on Tuesday, and fuel prices rose to €1.95 by Friday.",
        "Fuel was priced at €1.80 a gallon on Tuesday.",
    )
    bare, gallon = one(report, 0, "€1.95"), one(report, 1, "€1.80 a gallon")
    assert (bare.unit, bare.stated_unit) == ("EUR / liter", "EUR")  # its source's litre
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [bare.id], [gallon.id], ("a", "b")
    )
    assert found.part.startswith("two units of one dimension, one read per a unit of the run")


def test_two_prices_per_units_of_one_dimension_say_so(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "Fuel was priced at €1.90 a litre on Tuesday.",
        "Fuel was priced at €1.80 a gallon on Tuesday.",
    )
    litre, gallon = one(report, 0, "€1.90 a litre"), one(report, 1, "€1.80 a gallon")
    assert litre.dimension == gallon.dimension
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [litre.id], [gallon.id], ("a", "b")
    )
    assert (found.stage, found.detail) == (NO_BLOCK, "different block keys")
    assert found.part == "two units of one dimension, one concept, numbers apart"


def test_a_refusal_says_which_claims_hold_the_cannot_link(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "The storm killed 40 people in Arlow, and the floods killed 40 people in Arlow too.",
        "The storm killed 40 people in Arlow.",
    )
    first, second = claims(report, 0, "40 people")
    other = one(report, 1, "40 people")
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [second.id], [other.id], ("a", "b")
    )
    assert (found.stage, found.detail) == (REFUSED, "cannot-link OneSentence")
    # the pair's other claim pairs alike with both numbers of the sentence: a tie the
    # evidence does not break (`match._preferred_partners`)
    assert found.part == (
        "held by a claim of the pair, of one source, a tie, evidence alike, same number"
    )
    # the cannot-link is the one sentence's pair: the fact of the other claim holds `first`
    assert Anatomy(report).pair(second.id, other.id).refused_by == (second.id, first.id)


def test_a_refusal_by_the_mean_says_what_weighed_it_down(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(tmp_path, "The club signed 12 players.", "Only 12 players were hurt.")
    signed, hurt = one(report, 0, "12 players"), one(report, 1, "12 players")
    read = realnews_anatomy.Reader(report, kinds)
    found = replace(read.anatomy.pair(signed.id, hurt.id), stage=REFUSED, weak=(1, 2))
    assert read.part(found, signed.id, hurt.id) == (
        "a soft veto between, a pair scored 0 under the kind's cut-off between, same number"
    )
    assert read.part(replace(found, weak=(0, 0)), signed.id, hurt.id) == "same number"


def test_the_concept_counts_tell_where_each_concept_came_from(
    reader: tuple[realnews_anatomy.Reader, Report],
) -> None:
    read, report = reader
    dead, hurt = one(report, 0, "40 people"), one(report, 1, "40 people")
    signed = one(report, 0, "12 players")
    # a frame reads both tolls; "12 players" quotes a noun no rule maps
    assert read.concept_reading(dead) == "with: a frame around the number"
    assert read.concept_reading(signed) == "without: it quotes a counted noun no rule maps"
    # of the claims read at one mention, the one with a concept tells
    assert read.numeric([signed.id, dead.id]) == dead
    counts = realnews_anatomy.Concepts()
    for claim in (dead, hurt, signed):
        counts.add_mention(claim, read.concept_reading(claim))
    counts.add_pair(dead, hurt, False)
    counts.add_pair(dead, signed, True)
    table = "\n".join(counts.markdown("dev-x"))
    assert "| with: a frame around the number | 2 | 2 |" in table
    assert "| without: it quotes a counted noun no rule maps | 1 | 1 |" in table
    assert "| both, two concepts | 1 | 0 | 0.00 |" in table
    assert "| one (the other quotes a counted noun) | 1 | 1 | 1.00 |" in table
    for text in ("40 people", "12 players", "Arlow", dead.id):
        assert text not in table


def test_a_bare_number_without_a_concept_says_what_follows_it(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "The figure stood at 31 on Friday, the agency said. By Sunday, 31 had gone home.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    first, second = claims(report, 0, "31")
    assert read.concept_reading(first).endswith(", said again in its source")
    assert read.concept_reading(second).startswith("without: bare, the word after it is no noun")


def test_a_count_and_a_sum_are_told_by_their_shape(tmp_path: Path, kinds: Kinds) -> None:
    """A pair read as a count and a sum says where the sum's currency is written, what the
    count has beside its number, and whether the two state one number: shapes, no text."""
    report = report_of(
        tmp_path,
        "A hailstorm hit Karsk on Sunday. It caused $5 million in damage to the farms.",
        "A hailstorm hit Karsk on Sunday. It caused damage of 6 million to the farms.",
        "A hailstorm hit Karsk on Sunday. The farms reported 6 million chickens dead.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    stated = one(report, 0, "$5 million")
    bare, chickens = one(report, 1, "6 million"), one(report, 2, "6 million chickens dead")
    found = read.missed("numeric", [stated.id], [bare.id], ("a", "b"))
    assert (found.stage, found.detail) == (
        DIFFERENT_KIND,
        "count ~ money: currency in its quote; count has nothing; two numbers; "
        "the count's sentence writes no currency; "
        "not carried across the run: no money word next to the count",
    )
    counted = read.missed("numeric", [chickens.id], [stated.id], ("c", "a"))
    assert counted.detail == (
        "count ~ money: currency in its quote; count has a counted noun; two numbers; "
        "the count's sentence writes no currency; "
        "not carried across the run: the count side has a counted noun"
    )


def test_a_sum_given_the_runs_currency_leaves_the_count_and_money_line(
    tmp_path: Path, kinds: Kinds
) -> None:
    """A figure its source states as a sum without currency, given the one the run states
    for its concept, is a sum: its pair with the money is no "count ~ money" miss, and the
    table of concepts tells pairs with such a side apart."""
    report = report_of(
        tmp_path,
        "The council of Karsk approved a budget of $40 million for the bridge.",
        "The council of Karsk approved a budget of 45 million for the bridge.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    stated, bare = one(report, 0, "$40 million"), one(report, 1, "45 million")
    assert (bare.kind, bare.unit) == ("money", "USD")
    found = read.missed("numeric", [stated.id], [bare.id], ("a", "b"))
    assert found.stage != DIFFERENT_KIND
    counts = realnews_anatomy.Concepts()
    counts.add_pair(stated, bare, True)
    table = "\n".join(counts.markdown("dev-x"))
    assert "| both, one concept, a side's currency the run's | 1 | 1 | 1.00 |" in table


def test_a_carried_sum_and_a_count_beside_a_sum_word(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "The fund holds €5 billion. Of the rest, 2 billion will go to schools.",
        "Officials said the plan for the schools is worth 2.5 billion.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    carried, worth = one(report, 0, "2 billion"), one(report, 1, "2.5 billion")
    assert (carried.kind, worth.kind) == ("money", "count")
    found = read.missed("numeric", [carried.id], [worth.id], ("a", "b"))
    assert found.detail == (
        "count ~ money: currency carried; count has a money word next to it; two numbers; "
        "the count's sentence writes no currency; "
        "not carried across the run: the run states no sum of the concept "
        "(the money side has none)"
    )


def test_an_unread_side_says_whether_a_claim_reads_the_other_side_and_its_kind() -> None:
    assert realnews_anatomy.unread_other_read([], "place") == "the other side not read either"
    # the fact's own kind first, else the first kind in sorted order
    said = realnews_anatomy.unread_other_read(["thing", "place", "count"], "place")
    assert said == "the other side read as place"
    assert realnews_anatomy.unread_other_read(["thing", "count"], "date") == (
        "the other side read as count"
    )
    tally = realnews_anatomy.Tally()
    for other_read in ("the other side read as date", "the other side not read either"):
        tally.add_unread(
            "other named",
            "with a digit",
            "written only there",
            "the other side writes it alike",
            other_read=other_read,
        )
    tally.add_unread(
        "other named",
        "in lower case",
        "written only there",
        "the other side writes it alike",
        other_read="the other side read as date",
    )
    line = next(x for x in tally.markdown("dev-x") if x.startswith("Not extracted, other"))
    assert line.endswith(
        "; the other side writes it alike 3; the other side read as date 2,"
        " the other side not read either 1."
    ), line


def test_an_unread_side_says_the_form_the_run_s_readers_look_for(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\npublished: 2026-03-02\n---\nAn earthquake struck near the Tarvin reactor on Sunday.\n"
    )
    report = run([tmp_path])
    claims = report.claims
    (event,) = [c for c in claims if c.kind == "event"]
    text = report.sources[0].text
    at = text.index("Tarvin")
    assert at < event.end
    form = realnews_anatomy.unread_form
    assert form("Tarvin", at, at + len("Tarvin"), claims) == "inside an event's clause"
    assert form("1996", 0, 4, []) == "a year alone"
    assert form("300", 0, 3, []) == "a number alone"
    assert form("gold mine", 0, 9, []) == ""
    tally = realnews_anatomy.Tally()
    tally.add_unread("other named", "in lower case", "written only there", "", form="a year alone")
    line = next(x for x in tally.markdown("dev-x") if x.startswith("Not extracted, other"))
    assert line.endswith("; by form: a year alone 1."), line


def test_an_unread_date_is_told_by_its_form_and_an_unread_side_by_the_fact_s_kind() -> None:
    form = realnews_anatomy.unread_form
    # a date with words: whether it holds a year, another digit or none
    assert form("early 2025", 0, 10, [], "date") == "a date: a year and words"
    assert form("May 5", 0, 5, [], "date") == "a date: a digit, no year"
    assert form("a day after", 0, 11, [], "date") == "a date: words alone"
    assert form("2025", 0, 4, [], "date") == "a year alone"
    assert form("early 2025", 0, 10, [], "thing") == ""  # (not a date of the gold)
    tally = realnews_anatomy.Tally()
    for kind, shape in (
        ("thing", "in lower case"),
        ("place", "one capitalized word"),
        ("thing", "in lower case"),
        ("thing", "inside a longer name"),
    ):
        tally.add_unread("other named", shape, "written only there", "", kind=kind)
    tally.add_unread("office", "capitalized words", "written only there", "")
    lines = tally.markdown("dev-x")
    line = next(x for x in lines if x.startswith("Not extracted, other named, by the"))
    # kinds by count, shapes in the order of SHAPES
    assert line == (
        "Not extracted, other named, by the fact's kind: thing 3 (in lower case 2, inside a"
        " longer name 1); place 1 (one capitalized word 1)."
    ), line
    assert not any(x.startswith("Not extracted, office, by the") for x in lines)


def test_a_pair_of_one_side_without_a_concept_is_told_by_its_shape_and_stage(
    tmp_path: Path, kinds: Kinds
) -> None:
    """The pairs of one side with a concept and one without: by the shape of the side
    without and where the pair was lost; a side given its concept by another source of the
    run is counted as such (`run_concepts`), and the table prints no text."""
    report = report_of(
        tmp_path,
        "Governor Anna Roe won 312 electoral votes in the election, officials said.",
        "In the final count Roe won 312, officials said on Tuesday. The rest went to 95.",
    )
    read = realnews_anatomy.Reader(report, kinds)
    votes, given, other = (
        one(report, 0, "312 electoral votes"),
        one(report, 1, "312"),
        one(report, 1, "95"),
    )
    assert given.concept == "votes" and other.concept is None
    counts = realnews_anatomy.Concepts()
    readings = (read.concept_reading(votes), read.concept_reading(given))
    counts.add_bare(votes, given, readings, counts.lost(None))
    missed = read.missed("numeric", [votes.id], [other.id], ("a", "b"))
    readings = (read.concept_reading(votes), read.concept_reading(other))
    counts.add_bare(votes, other, readings, counts.lost(missed))
    counts.add_pair(votes, given, True)
    table = "\n".join(counts.markdown("dev-x"))
    assert "| given another source's concept, by words | 1 |" in table
    assert "| bare, no word after it, said once in its source | · |" in table
    assert "| both, one concept, 1 from another source of the run | 1 | 1 | 1.00 |" in table
    assert counts.lost(missed).startswith(missed.stage)
    for text in ("312", "95", "Roe", votes.id):
        assert text not in table


def test_names_written_across_say_how_many_figures_part_them(tmp_path: Path, kinds: Kinds) -> None:
    # each party's figure in both sources: the names near the numbers differ, each is
    # written in the other's source, and the figures of the concept tell which is which
    report = report_of(
        tmp_path,
        "In the spring vote, Labour won 10 seats on Sunday.\n\n"
        "In the spring vote, the Greens won 12 seats on Sunday.",
        "After the count, Labour took 10 seats in all.\n\n"
        "After the count, the Greens took 12 seats in all.",
    )
    labour, greens = one(report, 0, "10 seats"), one(report, 1, "12 seats")
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [labour.id], [greens.id], ("a", "b")
    )
    assert (found.stage, found.detail) == (VETOED, "DifferentNames")
    assert found.part == (
        "names: both, different, each written in the other's source, several figures of the"
        " concept, owned by two names, numbers apart"
    )


def test_places_written_across_say_so(tmp_path: Path, kinds: Kinds) -> None:
    report = report_of(
        tmp_path,
        "The floods killed 40 people in Karsk on Monday, officials said.\n\n"
        "The floods killed 52 people in Lorn on Monday, officials said.",
        "In Karsk, the floods killed 40 people on Monday, the governor said.\n\n"
        "In Lorn, the floods killed 52 people on Monday, the governor said.",
    )
    karsk = claims(report, 0, "40 people")[0]
    lorn = claims(report, 1, "52 people")[0]
    found = realnews_anatomy.Reader(report, kinds).missed(
        "numeric", [karsk.id], [lorn.id], ("a", "b")
    )
    assert (found.stage, found.detail) == (VETOED, "DifferentPlace")
    assert found.part == (
        "places: both, different, each written in the other's source, several figures of the"
        " concept, an owner read on one side only, numbers apart"
    )


def test_a_pair_of_a_sum_read_per_a_unit_says_whether_its_concept_was_lent(
    tmp_path: Path, kinds: Kinds
) -> None:
    report = report_of(
        tmp_path,
        "Oil jumped to $84 as supply fears grew.",
        "Crude oil was trading at $80 a barrel on Tuesday.",
    )
    bare, per = one(report, 0, "$84"), one(report, 1, "$80 a barrel")
    read = realnews_anatomy.Reader(report, kinds)
    found = read.anatomy.pair(bare.id, per.id)
    assert found.stage == JOINED  # the prices of the barrel lent it their concept
    # had the pair been lost under the cut-off or by clustering, the line would say so
    for stage in (BELOW_CUTOFF, REFUSED):
        assert read.part(replace(found, stage=stage, weak=(0, 0)), bare.id, per.id) == (
            "one read per a unit of the run, its concept lent by the unit's prices, numbers apart"
        )


@pytest.mark.parametrize(
    ("first", "second", "left", "right", "shape"),
    [
        # each sentence gives each party its own sum: the owners-apart veto's shape
        (
            "On Monday Acme paid $40 million for the Lorn plant and Beta paid $12 million"
            " for the Sarn mill.",
            "On Monday Beta paid $15 million for the Sarn mill, and Acme paid $44 million"
            " for the Lorn plant.",
            "$40 million",
            "$15 million",
            realnews_anatomy.OWNERS[5],
        ),
        # one sum each, both parties written beside it: parties to one figure
        (
            "On Monday Acme paid Beta $40 million for the Lorn plant.",
            "On Monday Beta and Acme signed a $45 million deal for the Lorn plant.",
            "$40 million",
            "$45 million",
            realnews_anatomy.OWNERS[1],
        ),
    ],
)
def test_the_owners_of_two_numbers_say_whether_each_sentence_gives_each_its_figure(
    tmp_path: Path, kinds: Kinds, first: str, second: str, left: str, right: str, shape: str
) -> None:
    report = report_of(tmp_path, first, second)
    read = realnews_anatomy.Reader(report, kinds)
    assert read.owners(one(report, 0, left), one(report, 1, right)) == shape
