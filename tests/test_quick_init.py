"""Records built by `quick_init` behave as the frozen dataclasses they are."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from reconcile.models import Claim, Context, Interval, NoDetail, quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class _Record:
    name: str
    count: int = 2
    tags: tuple[str, ...] = field(default_factory=tuple)


@quick_init
@dataclass(frozen=True, slots=True)
class _Later:
    name: str
    size: int = field(init=False, default=7)


def test_fields_defaults_and_factories() -> None:
    assert repr(_Record("a")) == "_Record(name='a', count=2, tags=())"
    assert repr(_Record("b", 5, ("x",))) == "_Record(name='b', count=5, tags=('x',))"
    assert repr(_Record(tags=("y",), name="c")) == "_Record(name='c', count=2, tags=('y',))"


def test_still_frozen_compared_hashed_replaced_and_pickled() -> None:
    record = _Record("a", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.count = 4  # type: ignore[misc]
    assert record == _Record("a", 3, ())
    assert hash(record) == hash(_Record("a", 3, ()))
    assert dataclasses.replace(record, count=9) == _Record("a", 9)
    assert pickle.loads(pickle.dumps(record)) == record


def test_missing_and_unknown_arguments_are_errors() -> None:
    with pytest.raises(TypeError, match="name"):
        _Record()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="colour"):
        _Record("a", colour="red")  # type: ignore[call-arg]


def test_a_field_outside_init_keeps_the_dataclass_init() -> None:
    assert "_set_name" not in _Later.__init__.__code__.co_names
    assert repr(_Later("a")) == "_Later(name='a', size=7)"


def test_the_pipeline_records_use_it() -> None:
    assert "_set_id" in Claim.__init__.__code__.co_names
    claim = Claim(
        "C1", "s", "count", "12 people", 0, 9, "12 people died.", 12.0, "exact",
        Interval(12.0, 12.0), "person", "count", "people", None, None, Context(),
    )  # fmt: skip
    assert claim.detail == NoDetail()
    assert claim.value_high is None and claim.concept is None
