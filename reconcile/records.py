"""Frozen records made cheaply at import: `record` stands for `@dataclass(frozen=True, ...)`.

`dataclasses.dataclass` writes and compiles the source of six methods for every frozen
class (`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`), one
`exec` each, and works out a signature for a class without a docstring: about half of a
short command's import time went there (the reasons, the rules schema). `record` asks
`dataclasses` for the fields alone (their `Field`s, `__dataclass_fields__`, the slots,
`__match_args__`: `dataclasses.fields`, `replace` and the rules' validation read them as
before) and writes the methods without compiling any but `__init__`, whose code is compiled
once per shape of fields (their names, which are keyword-only, which have a default or a
factory, whether it has slots) and shared by every class of that shape. The methods behave
as `dataclasses`' own: the same `__init__` signature (compiled from a string, its parameters
the fields in order, so that the claim cache reads a record back through it; a slotted
record's stores each field through its slot, at about half the cost of `object.__setattr__`),
equality and hash over the tuple of the fields, the same `repr`, `FrozenInstanceError` on
assigning or deleting a field, and pickling of slotted records by the list of their fields. A
field's own `repr`, `compare` and `hash` flags are read as `dataclasses` reads them (a table
kept beside a record, left out of its repr and equality).
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from types import FunctionType
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


class _Factory:
    """Stands for a field's default where a factory makes it (shown as `dataclasses` shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
_SHARED: dict[tuple[tuple[tuple[str, bool, int], ...], bool], Any] = {}  # __init__ code


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(
    *, slots: bool = False, kw_only: bool = False, eq: bool = True
) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(
    cls: type[T] | None = None, /, *, slots: bool = False, kw_only: bool = False, eq: bool = True
) -> Any:
    """`@dataclass(frozen=True, slots=slots, kw_only=kw_only, eq=eq)`, made without
    compiling a method per class (see the module's docstring). For classes whose body
    writes none of the methods it makes, and no `__post_init__`."""

    def make(cls: type[T]) -> type[T]:
        return _make(cls, slots=slots, kw_only=kw_only, eq=eq)

    return make if cls is None else make(cls)


def _make(cls: type[T], *, slots: bool, kw_only: bool, eq: bool) -> type[T]:
    own = vars(cls)
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__post_init__"):
        if name in own and not (name == "__hash__" and own[name] is None):
            raise TypeError(f"{cls.__name__} writes {name}: use dataclasses.dataclass")
    if cls.__doc__ is None:
        cls.__doc__ = cls.__name__  # (`dataclasses` would work out a signature for it)
    # (a record of a frozen dataclass or record is said frozen to `dataclasses`, which then
    # writes `__setattr__` and `__delattr__`: replaced below by the same, not compiled)
    inherits = any(hasattr(base, "__dataclass_params__") for base in cls.__mro__[1:])
    made: Any = dataclasses.dataclass(
        init=False, repr=False, eq=False, slots=slots, kw_only=kw_only, frozen=inherits
    )(cls)
    params = made.__dataclass_params__
    params.init = params.repr = params.frozen = True
    params.eq = eq
    fields = dataclasses.fields(made)
    names = tuple(f.name for f in fields)
    made.__init__ = _init(made, fields, slots)
    made.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
    made.__setattr__, made.__delattr__ = _frozen(made, frozenset(names))
    if eq:  # (a field's `compare` and `hash` flags as `dataclasses` reads them)
        compared = tuple(f.name for f in fields if f.compare)
        hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        made.__eq__, made.__hash__ = _compared(compared, hashed)
    if slots:
        made.__getstate__, made.__setstate__ = _state(names)
    return made  # type: ignore[no-any-return]


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...], slots: bool) -> Any:
    """`__init__` as `dataclasses` writes it for a frozen class, its code shared by shape; a
    slotted record's stores each field through its slot (about half the cost of
    `object.__setattr__` for a record built per claim or decision)."""
    shape = tuple(
        (
            f.name,
            bool(f.kw_only),
            2
            if f.default_factory is not dataclasses.MISSING
            else 1
            if f.default is not dataclasses.MISSING
            else 0,
        )
        for f in fields
    )
    code = _SHARED.get((shape, slots))
    if code is None:
        code = _SHARED[(shape, slots)] = _init_code(shape, slots)
    given = [
        (f.name, only, _FACTORY if k == 2 else f.default)
        for (_, only, k), f in zip(shape, fields, strict=True)
        if k
    ]
    defaults = tuple(value for _, only, value in given if not only)
    kw_defaults = {name: value for name, only, value in given if only}
    scope = {
        "__dataclass_builtins_object__": object,
        "__dataclass_HAS_DEFAULT_FACTORY__": _FACTORY,
        **{f"__dataclass_dflt_{f.name}__": f.default_factory for f in fields},
        **(
            {f"__dataclass_set_{f.name}__": getattr(cls, f.name).__set__ for f in fields}
            if slots
            else {}
        ),
    }
    init = FunctionType(code, scope, "__init__", defaults or None)
    init.__kwdefaults__ = kw_defaults or None
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
    return init


def _init_code(shape: tuple[tuple[str, bool, int], ...], slots: bool) -> Any:
    """The code of an `__init__` of fields of this shape (name, keyword-only, 0: no default,
    1: a default, 2: a factory), compiled from `<string>` as `dataclasses` compiles it: each
    field stored through `object.__setattr__`, or through its slot (`slots`)."""
    positional = [_param(name, kind) for name, only, kind in shape if not only]
    keywords = [_param(name, kind) for name, only, kind in shape if only]
    params = ["self", *positional, *(["*", *keywords] if keywords else [])]
    body = [
        (
            f"  __dataclass_set_{name}__(self, "
            if slots
            else f"  __dataclass_builtins_object__.__setattr__(self, {name!r}, "
        )
        + (
            f"__dataclass_dflt_{name}__() if {name} is __dataclass_HAS_DEFAULT_FACTORY__ else "
            if kind == 2
            else ""
        )
        + f"{name})"
        for name, _, kind in shape
    ] or ["  pass"]
    source = f"def __init__({', '.join(params)}):\n" + "\n".join(body) + "\n"
    scope: dict[str, Any] = {}
    exec(compile(source, "<string>", "exec"), scope)
    return scope["__init__"].__code__


def _param(name: str, kind: int) -> str:
    # (the defaults themselves are the function's `__defaults__`/`__kwdefaults__`)
    return name if kind == 0 else f"{name}=None"


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    getters = tuple((f"{name}=", attrgetter(name)) for name in names)

    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{label}{get(self)!r}" for label, get in getters)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of a record's fields, as `dataclasses` compares and hashes them."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda self: (get(self),)
    return lambda self: ()


def _compared(
    names: tuple[str, ...], hashed: tuple[str, ...]
) -> tuple[Callable[..., Any], Callable[[Any], int]]:
    values, hash_values = _values(names), _values(hashed)

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hash_values(self))

    return __eq__, __hash__


def _frozen(cls: Any, names: frozenset[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _state(names: tuple[str, ...]) -> tuple[Callable[..., Any], Callable[..., None]]:
    """A slotted record's state for `pickle`: the list of its fields, as `dataclasses` gives."""

    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    return __getstate__, __setstate__
