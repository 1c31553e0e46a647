"""`reconcile.records.record` makes the records `dataclasses` would: the same fields, the same
`__init__`, equality, hash, repr, freezing and pickling; every reason, rules section and concept
record, and every record the stages hand on (`models`), is one."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from typing import Any, ClassVar

import pytest

from reconcile import concepts, models, reasons
from reconcile.cache import _by_init
from reconcile.models import Claim, Context, Interval, NoDetail
from reconcile.records import record
from reconcile.rules import schema


class Base:
    __slots__ = ()
    rank: ClassVar[int] = 4


def _twins(body: dict[str, Any], **options: Any) -> tuple[Any, Any]:
    """The same class body made by `record` and by `dataclasses.dataclass(frozen=True)`."""
    made: list[Any] = []
    for make in (record(**options), dataclasses.dataclass(frozen=True, **options)):
        bases = (Base,) if options.get("slots") else ()
        cls = type("Twin", bases, {"__module__": __name__, "__qualname__": "Twin", **body})
        made.append(make(cls))
    return made[0], made[1]


POSITIONAL = {"__annotations__": {"a": "str", "b": "tuple[str, ...]", "c": "float"}, "c": 1.5}
ONE = {"__annotations__": {"a": "str"}}
NONE: dict[str, Any] = {"__annotations__": {}}
KEYWORDS = {
    "__annotations__": {"x": "str", "y": "Mapping[str, int]", "z": "tuple[int, ...]"},
    "y": dataclasses.field(default_factory=dict, metadata={"doc": "a table"}),
    "z": dataclasses.field(default=(), metadata={"doc": "a list"}),
}
UNCOMPARED = {  # a table beside the record: left out of its repr, equality and hash
    "__annotations__": {"a": "str", "t": "dict[str, int]"},
    "t": dataclasses.field(default_factory=dict, compare=False, repr=False),
}

CASES: list[tuple[dict[str, Any], dict[str, Any], Any, Any]] = [
    (POSITIONAL, {"slots": True}, (("s", ("t",)), {}), (("s", ("u",)), {})),
    (POSITIONAL, {"slots": True}, (("s", (), 2.0), {}), (("s", (), 2.5), {})),
    (ONE, {"slots": True}, (("s",), {}), (("t",), {})),
    (NONE, {"slots": True}, ((), {}), None),
    (KEYWORDS, {"kw_only": True}, ((), {"x": "s"}), ((), {"x": "s", "y": {"k": 1}})),
    (KEYWORDS, {"kw_only": True}, ((), {"x": "s", "z": (1, 2)}), ((), {"x": "t"})),
    (UNCOMPARED, {"slots": True}, (("s",), {"t": {"k": 1}}), (("u",), {"t": {"k": 1}})),
    (UNCOMPARED, {}, (("s", {}), {}), (("u", {}), {})),
]


@pytest.mark.parametrize(("body", "options", "args", "other"), CASES)
def test_record_is_the_dataclass_it_stands_for(
    body: dict[str, Any],
    options: dict[str, Any],
    args: tuple[tuple[Any, ...], dict[str, Any]],
    other: tuple[tuple[Any, ...], dict[str, Any]] | None,
) -> None:
    ours, theirs = _twins(body, **options)
    assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
    assert ours.__match_args__ == theirs.__match_args__
    assert vars(ours).get("__slots__") == vars(theirs).get("__slots__")
    described = [(f.name, f.type, f.kw_only, dict(f.metadata)) for f in dataclasses.fields(ours)]
    assert described == [
        (f.name, f.type, f.kw_only, dict(f.metadata)) for f in dataclasses.fields(theirs)
    ]
    a, b = ours(*args[0], **args[1]), theirs(*args[0], **args[1])
    assert repr(a) == repr(b)
    assert a == ours(*args[0], **args[1]) and a != b  # (records of two classes never equal)
    if "y" in body["__annotations__"]:  # a table field: neither hashes
        for record_of in (a, b):
            with pytest.raises(TypeError, match="unhashable type"):
                hash(record_of)
    else:
        assert hash(a) == hash(b)
    if other is not None:
        c = ours(*other[0], **other[1])
        assert (a == c) == (b == theirs(*other[0], **other[1])) is False
    for field in dataclasses.fields(ours):
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field"):
            setattr(a, field.name, 1)
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field"):
            delattr(a, field.name)
    copy = dataclasses.replace(a)
    assert copy == a and copy is not a
    if options.get("slots"):
        assert a.__getstate__() == b.__getstate__()
        back = ours.__new__(ours)
        back.__setstate__(a.__getstate__())
        assert back == a


def test_a_reason_pickles_and_reads_back() -> None:
    reason = reasons.SamePerson("ann lee", "a. lee")
    assert pickle.loads(pickle.dumps(reason)) == reason
    assert repr(reason) == "SamePerson(a='ann lee', b='a. lee')"


def test_hash_of_one_field_is_that_of_its_tuple() -> None:
    ours, theirs = _twins(ONE, slots=True)
    assert hash(ours("s")) == hash(theirs("s")) == hash(("s",))


def test_a_factory_makes_a_new_default_each_time() -> None:
    ours, _ = _twins(KEYWORDS, kw_only=True)
    first, second = ours(x="a"), ours(x="b")
    assert first.y == {} and first.y is not second.y
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'x'"):
        ours()


def test_a_class_that_writes_its_own_method_is_refused() -> None:
    class Own:
        a: str

        def __repr__(self) -> str:
            return "own"

    with pytest.raises(TypeError, match="writes __repr__"):
        record(Own)


@pytest.mark.parametrize(
    "cls",
    [
        c
        for module in (reasons, schema, concepts, models)
        for c in vars(module).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == module.__name__
    ],
    ids=lambda c: c.__name__,
)
def test_reasons_and_rules_are_frozen_records(cls: type) -> None:
    params: Any = vars(cls)["__dataclass_params__"]
    assert params.frozen and params.init
    shared = vars(cls)["__init__"].__code__
    assert shared.co_filename == "<string>"
    if cls.__module__ in (reasons.__name__, models.__name__):
        # a reason is kept in the claim cache as a call of its class (`cache._Reductions`)
        assert _by_init(cls) == tuple(f.name for f in dataclasses.fields(cls))
        assert "__slots__" in vars(cls)


@pytest.mark.parametrize(
    "make_parent", [record(slots=True), dataclasses.dataclass(frozen=True, slots=True)]
)
def test_a_record_of_a_slotted_record_or_dataclass_holds_its_parent_s_fields(
    make_parent: Any,
) -> None:
    parent: Any = make_parent(type("Parent", (Base,), {"__annotations__": {"a": "str"}}))
    child: Any = record(slots=True)(
        type("Child", (parent,), {"__annotations__": {"b": "int"}, "b": 0, "__doc__": "child"})
    )
    made = child("x", 2)
    assert (made.a, made.b) == ("x", 2) and child("x") == child("x", 0) != made
    assert repr(made) == "Child(a='x', b=2)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = "y"


def test_a_field_left_out_of_comparing_is_left_out_of_equality_and_hash() -> None:
    ours, _ = _twins(UNCOMPARED, slots=True)
    a, b = ours("s", {"k": 1}), ours("s", {"j": 2})
    assert a == b and hash(a) == hash(b) == hash(("s",)) and repr(a) == "Twin(a='s')"
    assert a != ours("u", {"k": 1})


def test_a_claim_is_stored_through_its_slots() -> None:
    assert "__dataclass_set_id__" in Claim.__init__.__code__.co_names
    claim = Claim(
        "C1", "s", "count", "12 people", 0, 9, "12 people died.", 12.0, "exact",
        Interval(12.0, 12.0), "person", "count", "people", None, None, Context(),
    )  # fmt: skip
    assert claim.detail == NoDetail() and claim.id == "C1"
    assert claim.value_high is None and claim.concept is None
    assert claim == Claim(**{f.name: getattr(claim, f.name) for f in dataclasses.fields(claim)})
