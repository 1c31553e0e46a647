"""Answers kept within a run for speed, and how much of them is kept: a block's decisions
read again for its clusters' reasons, and the quantity kind's per-claim stores."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from reconcile import match
from reconcile.context import Features
from reconcile.kinds import Kind, Kinds, named
from reconcile.kinds.named import NamedKind, NamedValue
from reconcile.kinds.office import kind as office_kind
from reconcile.kinds.office.kind import OfficeKind
from reconcile.kinds.office.records import OfficeHolder
from reconcile.kinds.quantity import kind as quantity
from reconcile.models import Claim, PairDecision
from reconcile.names import one_person
from reconcile.reasons import WordsDiffer


def test_a_decision_read_again_for_reasons_is_not_decided_twice() -> None:
    calls: list[tuple[int, int]] = []

    def decide(x: int, y: int) -> PairDecision:
        calls.append((x, y))
        return PairDecision(float(x + y), ()) if x else PairDecision(0.0, ())

    decided = match._reasons_kept(decide)
    first = decided(1, 2)
    assert decided(1, 2) is first and calls == [(1, 2)]
    decided(0, 3)  # a score of 0 and no veto: no cluster reads its reasons
    decided(0, 3)
    assert calls == [(1, 2), (0, 3), (0, 3)]
    vetoed = PairDecision(0.0, (), WordsDiffer())
    kept = match._reasons_kept(lambda x, y: vetoed)
    assert kept(0, 1) is vetoed


def test_past_the_bound_decisions_are_decided_again_the_same() -> None:
    calls: list[tuple[int, int]] = []

    def decide(x: int, y: int) -> PairDecision:
        calls.append((x, y))
        return PairDecision(1.0, ())

    bound = match._REASONS_HELD
    match._REASONS_HELD = 2
    try:
        decided = match._reasons_kept(decide)
        for pair in [(0, 1), (0, 2), (0, 3), (0, 1), (0, 3)]:
            assert decided(*pair) == PairDecision(1.0, ())
    finally:
        match._REASONS_HELD = bound
    assert calls == [(0, 1), (0, 2), (0, 3), (0, 3)]


def test_a_quantity_store_forgets_all_at_once_at_its_bound() -> None:
    store: quantity._Held[str, int] = quantity._Held()
    for n in range(quantity._HELD):
        store[str(n)] = n
    assert len(store) == quantity._HELD and store["0"] == 0
    store["one more"] = 1
    assert dict(store) == {"one more": 1}


def test_named_relations_kept_per_pair_of_values_answer_as_worked_out(kinds: Kinds) -> None:
    place = next(k for k in kinds.default if k.name == "place")
    assert isinstance(place, NamedKind)
    city = NamedValue(role="event", name="Karsk, Ruritania", key="karsk ruritania", head="karsk")
    values = [
        NamedValue(role="event", name="Karsk Governorate", key="karsk governorate"),
        city,
        NamedValue(role="event", name="Ruritania", key="ruritania"),
        NamedValue(role="event", name="Tarvin", key="tarvin"),
        NamedValue(role="event", name="Velm", key="velm", within=("ruritania",)),
    ]
    bound = named._RELATIONS_HELD
    named._RELATIONS_HELD = 3  # forgotten all at once, several times over
    try:
        for _ in range(2):
            for a in values:
                for b in values:
                    assert place._value_relation(a, b) == named.value_relation(a, b, place.forms)
    finally:
        named._RELATIONS_HELD = bound
    assert place._value_relation(values[0], city) == "within"
    assert place._value_relation(values[4], values[2]) == "within"
    assert place._value_relation(values[3], city) == "different"


def test_office_people_kept_per_pair_of_keys_answer_as_worked_out(kinds: Kinds) -> None:
    office = next(k for k in kinds.default if isinstance(k, OfficeKind))
    keys = ["lloyd austin", "austin", "l. austin", "sergei shoigu", "sergey shoygu", "ben wallace"]
    holders = [OfficeHolder(office_key="x", person_key=k, person=k) for k in keys]
    bound = office_kind._PEOPLE_HELD
    office_kind._PEOPLE_HELD = 4
    try:
        for _ in range(2):
            for a in holders:
                for b in holders:
                    expected = one_person(a.person_key, b.person_key, office.surname_cutoff)
                    assert office._same(a, b) is expected
    finally:
        office_kind._PEOPLE_HELD = bound
    assert office._same(holders[0], holders[1]) and not office._same(holders[0], holders[5])


@dataclass(frozen=True)
class _Copy:
    source_id: str
    text: str


class _Counting:
    def __init__(self) -> None:
        self.calls = 0

    def decide(self, a: _Copy, b: _Copy, fa: object, fb: object) -> PairDecision:
        self.calls += 1
        return PairDecision(50.0 if a.text == b.text else 0.0, ())


def _text(text: str) -> Features:
    return Features("", frozenset(), frozenset(), frozenset(), text)


def test_copies_of_one_story_are_decided_once_per_block() -> None:
    # copies of one story in three sources ("a" in each, "b" in two) and a claim of its
    # own ("c"); claims alike share one features object, as `features_reader` gives them
    a, b, c = _text("a"), _text("b"), _text("c")
    members = [_Copy("s1", "a"), _Copy("s1", "b"), _Copy("s2", "a"), _Copy("s2", "b")]
    members += [_Copy("s3", "a"), _Copy("s3", "c")]
    read = [a, b, a, b, a, c]
    pairs = [(i, j) for i in range(len(members)) for j in range(i + 1, len(members))]
    kind = _Counting()
    decided = match._alike_once(cast(Kind, kind), cast(list[Claim], members), read, read)
    answers = [decided(i, j) for i, j in pairs]
    # the 3 pairs of one source each, and of the 12 others one per pair of kinds of claim
    # (a/a, a/b, a/c, b/a, b/b, b/c)
    assert kind.calls == 3 + 6
    assert answers == [kind.decide(members[i], members[j], None, None) for i, j in pairs]
    # a source stating another count of figures of the concept: its copy is another claim
    figures = [replace(f, figures=2) if at == 4 else f for at, f in enumerate(read)]
    kind = _Counting()
    decided = match._alike_once(cast(Kind, kind), cast(list[Claim], members), figures, read)
    assert [decided(i, j) for i, j in pairs] == answers
    assert kind.calls == 3 + 8
