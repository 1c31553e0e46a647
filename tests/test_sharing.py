"""Reading workers' claims through one table: the same records, equal parts held once."""

from __future__ import annotations

import pickle
from dataclasses import replace

from reconcile.cache import _dumps
from reconcile.concepts import Concept
from reconcile.kinds.quantity.records import QuantityClaim
from reconcile.models import Claim, Context, Interval
from reconcile.sharing import SharingLoader


def claim(
    claim_id: str, value: float | None, interval: Interval, location: str | None = "in Ormsk"
) -> Claim:
    return Claim(
        id=claim_id,
        source_id="S1",
        kind="count",
        quote="31 soldiers",
        start=10,
        end=21,
        sentence="Officials said 31 soldiers were killed.",
        value=value,
        qualifier="exact",
        interval=interval,
        unit="count",
        dimension="count",
        counted_noun="soldiers",
        noun_class="military personnel",
        change=None,
        context=Context(subject="military personnel", location=location),
    )


def test_equal_parts_of_claims_in_separate_batches_are_one_object() -> None:
    loader = SharingLoader()
    first = loader.load(_dumps([claim("C1", 31.0, Interval(31.0, 31.0))]))
    second = loader.load(_dumps([claim("C2", 31.0, Interval(31.0, 31.0))]))
    a, b = first[0], second[0]
    assert (a.id, b.id) == ("C1", "C2")  # claims are never merged
    assert a.interval is b.interval
    assert a.context is b.context
    assert a.quote is b.quote and a.counted_noun is b.counted_noun
    assert a.interval == Interval(31.0, 31.0) and a.context.location == "in Ormsk"
    plain = pickle.loads(_dumps([claim("C2", 31.0, Interval(31.0, 31.0))]))
    assert second == plain  # the same records as pickle reads them
    assert a.interval is not plain[0].interval


def test_values_written_differently_are_not_merged() -> None:
    loader = SharingLoader()
    ints = loader.load(_dumps(Interval(1, 1)))
    floats = loader.load(_dumps(Interval(1.0, 1.0)))
    zero = loader.load(_dumps(Interval(0.0, 5.0)))
    negative_zero = loader.load(_dumps(Interval(-0.0, 5.0)))
    assert ints == floats and ints is not floats  # equal in Python, written 1 and 1.0
    assert repr(ints) == "Interval(low=1, high=1, low_closed=True, high_closed=True)"
    assert repr(floats) == "Interval(low=1.0, high=1.0, low_closed=True, high_closed=True)"
    assert zero is not negative_zero
    assert repr(negative_zero.low) == "-0.0" and repr(zero.low) == "0.0"
    assert loader.load(_dumps(Interval(-0.0, 5.0))) is negative_zero


def test_a_record_holding_an_unknown_type_is_read_as_it_is() -> None:
    loader = SharingLoader()
    weird = Context(subject=frozenset({"a"}))  # type: ignore[arg-type]
    first = loader.load(_dumps(weird))
    second = loader.load(_dumps(weird))
    assert first == second == weird
    assert first is not second
    assert loader.load(_dumps([1, "two", (3.0,)])) == [1, "two", (3.0,)]


def test_claims_made_here_are_shared_as_if_read_back() -> None:
    loader = SharingLoader()
    made = [claim("C1", 31.0, Interval(31.0, 31.0)), claim("C2", 31.0, Interval(31.0, 31.0))]
    made.append(claim("C3", 31.0, Interval(31.0, 31.0), location=None))
    shared = [loader.share(c) for c in made]
    assert shared == made  # the same records, field for field
    assert [repr(c) for c in shared] == [repr(c) for c in made]
    a, b, c = shared
    assert a.interval is b.interval is c.interval and a.context is b.context
    assert made[0].interval is not made[1].interval
    assert c.context is not a.context  # another place: another context
    assert a.quote is b.quote and a.counted_noun is b.counted_noun
    assert a.id is made[0].id and a.sentence is made[0].sentence  # a claim's own, kept
    read = loader.load(_dumps(claim("C4", 31.0, Interval(31.0, 31.0))))
    assert read.interval is a.interval  # one table whether made here or read back


def test_sharing_keeps_containers_and_foreign_values() -> None:
    loader = SharingLoader()
    weird = Context(subject=frozenset({"a"}))  # type: ignore[arg-type]
    assert loader.share(weird) == weird and loader.share(weird) is not loader.share(weird)
    given = (Interval(1, 1), Interval(1.0, 1.0))
    shared = loader.share([given, given])
    assert shared == [given, given] and shared[0][0] is shared[1][0]
    assert repr(shared[0][1].low) == "1.0"  # 1 and 1.0 not merged
    plain = ("a", 2)
    assert loader.share(plain) is plain


def test_claims_a_run_infers_are_shared_with_the_extracted_ones() -> None:
    from reconcile.api import shared_anew

    loader = SharingLoader()
    given = (loader.share(claim("C1", 31.0, Interval(31.0, 31.0))),)
    assert shared_anew(given, given, loader) is given  # nothing inferred: the same tuple
    inferred = claim("C2", 31.0, Interval(31.0, 31.0))
    both = shared_anew(given, (*given, inferred), loader)
    assert both == (*given, inferred) and both[0] is given[0]
    assert both[1].interval is given[0].interval and inferred.interval is not given[0].interval


def test_a_sentence_two_sources_repeat_word_for_word_is_held_once() -> None:
    # (a wire story run by two outlets: each claim keeps its own id and source)
    loader = SharingLoader()
    wire = "Officials said 31 soldiers were killed."
    first = loader.load(_dumps([claim("C1", 31.0, Interval(31.0, 31.0))]))[0]
    fresh = " ".join(wire.split(" "))  # an equal text, another object, as a second source gives
    assert fresh == wire and fresh is not wire
    copy = replace(claim("C2", 31.0, Interval(31.0, 31.0)), source_id="S2", sentence=fresh)
    second = loader.share(copy)
    assert second.sentence == first.sentence == wire and second.sentence is first.sentence
    assert (first.source_id, second.source_id) == ("S1", "S2") and first.id != second.id
    other = loader.share(replace(copy, id="C3", sentence="Officials said 31 were killed."))
    assert other.sentence is not first.sentence  # another sentence: its own text


def test_a_numbers_concept_is_held_once_with_its_detail() -> None:
    loader = SharingLoader()
    made = [
        replace(
            claim(f"C{n}", 31.0, Interval(31.0, 31.0)),
            concept="deaths",
            detail=QuantityClaim(Concept("deaths", (15, 38), None, "{N} ... killed")),
        )
        for n in (1, 2)
    ]
    moved = replace(made[0], id="C3", detail=QuantityClaim(Concept("deaths", (0, 20))))
    a, b, c = (loader.share(one) for one in (*made, moved))
    assert (a, b, c) == (*made, moved)  # the same records, field for field
    assert a.detail is b.detail and a.detail is not made[0].detail
    assert isinstance(c.detail, QuantityClaim) and c.detail is not a.detail
    assert c.detail.concept == Concept("deaths", (0, 20))  # other words: its own concept
