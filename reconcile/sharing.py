"""Records read back from worker processes, equal values held once.

A worker's claims come back pickled, batch by batch (`reconcile.cache._dumps`: each record a
call of its class). Many of their parts are equal across claims: the same interval, context
or detail of a kind, the same unit, dimension and counted noun, the same quote of a number
stated by many sources. Read as they are pickled, each is an object of its own in the one
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

# Fields of a claim that are its own (an id names one claim; a sentence is shared by the
# claims of one sentence already, within one batch): not looked up in the table.
_OWN = frozenset({"id", "sentence"})


class _Unlike(Exception):
    """A value whose sameness the table does not judge (not held once)."""


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
        own = tuple(name in _OWN for name in fields)
        value = self._value

        def make(*args: Any) -> Claim:
            return Claim(*(a if mine else value(a) for a, mine in zip(args, own, strict=True)))

        return make

    def _record_maker(self, kind: type) -> Any:
        records, ids, value = self._records, self._held, self._value

        def make(*args: Any) -> Any:
            given = tuple(value(a) for a in args)
            try:
                key = (kind, tuple(_key(a, ids) for a in given))
            except _Unlike:
                return kind(*given)
            found = records.get(key)
            if found is None:
                found = records[key] = kind(*given)
                ids.add(id(found))
            return found

        return make

    def _value(self, value: Any) -> Any:
        """`value` itself, or the equal scalar already held."""
        kind = type(value)
        if kind is str:
            return self._values.setdefault(value, value)
        if kind is int or kind is float:
            key = (kind, value, math.copysign(1.0, value))
            return self._values.setdefault(key, value)
        return value


def _key(value: Any, held: set[int]) -> Any:
    """What tells `value` apart from every value written differently (see the module)."""
    kind = type(value)
    if value is None or kind is str:
        return value
    if kind is int or kind is bool:
        return (kind, value)
    if kind is float:
        return (kind, value, math.copysign(1.0, value))
    if kind is tuple:
        return (kind, tuple(_key(v, held) for v in value))
    if id(value) in held:
        return (kind, id(value))  # a record the table holds: its identity is its value
    raise _Unlike


class _Reader(pickle.Unpickler):
    def __init__(self, stream: io.BytesIO, loader: SharingLoader) -> None:
        super().__init__(stream)
        self._loader = loader

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        if isinstance(found, type) and module.startswith("reconcile."):
            return self._loader.maker(found)
        return found
