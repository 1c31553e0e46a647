"""Records read back from worker processes, equal values held once.

A worker's claims come back pickled, batch by batch (`reconcile.cache._dumps`: each record a
call of its class). Many of their parts are equal across claims: the same interval, context
or detail of a kind (a number's concept with it), the same unit, dimension and counted noun,
the same quote of a number stated by many sources, the same sentence repeated word for word
by several. Read as they are pickled, each is an object of its own in the one
process that holds every claim to the end of the run. `SharingLoader` reads such pickles
with one table for a whole run's batches, so that equal parts are one object: the same
records, field for field, in less memory.

Values are held once only when they are the same in every way a renderer could tell apart:
of the same type (`1`, `1.0` and `True` are equal in Python but written differently), with
the same sign of zero, and for a record, of the same class with fields that are themselves
held once. A record whose fields are of any other type is read as it is.
"""

from __future__ import annotations

import io
import math
import pickle
from typing import Any

from reconcile.models import Claim

# Fields of a claim that are its own (an id names one claim): not looked up in the table.
# A claim's sentence goes through it: the claims of one sentence share it already, but news
# repeats a sentence word for word across sources (a wire story run by several outlets, a
# day page quoting the story before), and the run holds every claim's sentence to its end.
_OWN = frozenset({"id"})


class SharingLoader:
    """`load(data)` reads a pickle as `pickle.loads` does, with the records of this package
    (those `reconcile.cache._dumps` writes as calls of their class) built through one table
    kept across calls: equal scalars and value records are one object. Claims themselves are
    never merged (each has its id); their parts are."""

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}
        self._records: dict[Any, Any] = {}
        self._held: set[int] = set()  # ids of the records in `_records` (kept alive there)
        self._makers: dict[type, Any] = {}

    def load(self, data: bytes) -> Any:
        """The object pickled in `data`."""
        return _Reader(io.BytesIO(data), self).load()

    def share(self, value: Any) -> Any:
        """`value` with its parts held through the table, as `load` reads it pickled
        (`reconcile.cache._dumps`), without pickling: a record of this package is made
        again through the table from its fields (each shared first), a tuple or list of
        them holds the shared records; anything else is `value` itself. For claims made
        in this process (extracted here, or read back from the claims cache), which were
        never pickled and so never read through the table."""
        kind = type(value)
        if kind is tuple or kind is list:
            parts = [self.share(part) for part in value]
            if kind is list:
                return parts
            return value if all(a is b for a, b in zip(parts, value, strict=True)) else tuple(parts)
        fields = _fields_of(kind)
        if not fields:
            return value
        return self.maker(kind)(*[self.share(getattr(value, name)) for name in fields])

    def maker(self, kind: type) -> Any:
        """What builds a record of class `kind` while reading: through the table."""
        made = self._makers.get(kind)
        if made is None:
            from reconcile.cache import _by_init

            fields = _by_init(kind)
            if not fields:  # not written as a call of its class (as `_dumps` decides)
                made = kind
            elif kind is Claim:
                made = self._claim_maker(fields)
            elif "id" in fields or "claim_ids" in fields:
                made = kind  # one of a kind: a fact, a cluster, a source
            else:
                made = self._record_maker(kind)
            self._makers[kind] = made
        return made

    def _claim_maker(self, fields: tuple[str, ...]) -> Any:
        own = frozenset(at for at, name in enumerate(fields) if name in _OWN)
        held = self._held_args

        def make(*args: Any) -> Claim:
            given, _ = held(args, own)
            return Claim(*given)

        return make

    def _record_maker(self, kind: type) -> Any:
        records, ids, held = self._records, self._held, self._held_args
        none: frozenset[int] = frozenset()

        def make(*args: Any) -> Any:
            given, key = held(args, none)
            if key is None:
                return kind(*given)
            key = (kind, key)
            found = records.get(key)
            if found is None:
                found = records[key] = kind(*given)
                ids.add(id(found))
            return found

        return make

    def _held_args(
        self, args: tuple[Any, ...], own: frozenset[int]
    ) -> tuple[list[Any], tuple[Any, ...] | None]:
        """The arguments of a record, each scalar the one the table holds (but those at
        `own`), and the key that tells the record apart from any written differently (see
        the module); None when an argument is of a type the table does not judge."""
        values, ids = self._values, self._held
        given: list[Any] = []
        keys: list[Any] | None = []
        for at, value in enumerate(args):
            kind = type(value)
            if value is None:
                key = None
            elif kind is str:
                key = value if at in own else values.setdefault(value, value)
                value = key
            elif kind is float:
                key = (kind, value, math.copysign(1.0, value))
                if at not in own:
                    value = values.setdefault(key, value)
            elif kind is int or kind is bool:
                key = (kind, value)
                if at not in own:
                    value = values.setdefault(key, value)
            elif id(value) in ids:
                key = (kind, id(value))  # a record the table holds: its identity is its value
            elif kind is tuple:
                key = _key(value, ids)
            else:
                key = _UNLIKE
            if key is _UNLIKE:
                keys = None
            elif keys is not None:
                keys.append(key)
            given.append(value)
        return given, None if keys is None else tuple(keys)


_UNLIKE = object()  # a value whose sameness the table does not judge
_SCALARS = (type(None), str, int, float, bool)


def _fields_of(kind: type) -> tuple[str, ...] | None:
    """The fields a record of class `kind` is pickled by (`reconcile.cache._by_init`); None
    for a scalar or a class not pickled as a call."""
    if kind in _SCALARS:
        return None
    from reconcile.cache import _by_init

    return _by_init(kind)


def _key(value: Any, held: set[int]) -> Any:
    """What tells `value` apart from every value written differently (see the module);
    `_UNLIKE` for a value of a type the table does not judge."""
    kind = type(value)
    if value is None or kind is str:
        return value
    if kind is int or kind is bool:
        return (kind, value)
    if kind is float:
        return (kind, value, math.copysign(1.0, value))
    if kind is tuple:
        keys = tuple(_key(v, held) for v in value)
        return _UNLIKE if any(k is _UNLIKE for k in keys) else (kind, keys)
    if id(value) in held:
        return (kind, id(value))
    return _UNLIKE


class _Reader(pickle.Unpickler):
    def __init__(self, stream: io.BytesIO, loader: SharingLoader) -> None:
        super().__init__(stream)
        self._loader = loader

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        if isinstance(found, type) and module.startswith("reconcile."):
            return self._loader.maker(found)
        return found
