"""Validation: TOML data converted into the schema, every problem with its file and line."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, Literal

from reconcile.errors import Problem
from reconcile.regex_safety import catastrophic
from reconcile.rules.schema import describe

_REFERENCE = re.compile(r"\(\?&\w+\)")  # (?&name): a named part (see references)


@cache
def _type_hints(tp: Any) -> dict[str, Any]:
    """The field types of a schema dataclass (the schema is fixed: read once per type)."""
    return typing.get_type_hints(tp)


def line_from_message(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


class Where:
    """Finds the line of a key path in a TOML text (tomllib does not keep positions)."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self._arrays: dict[str, bool] = {}  # per name, whether it heads an array of tables

    def line(self, keypath: tuple[str | int, ...]) -> int | None:
        if not self.lines:
            return None
        if (
            len(keypath) > 1
            and isinstance(keypath[-1], int)
            and isinstance(keypath[-2], str)
            and not self._is_table_array(keypath[-2])
        ):
            return self._element_line(keypath[:-1], keypath[-1])
        return self._key_line(keypath)

    def _is_table_array(self, name: str) -> bool:
        # Asked for each key of a file as it is checked: the text is read once per name.
        if name not in self._arrays:
            header = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
            self._arrays[name] = any(header.match(line) for line in self.lines)
        return self._arrays[name]

    def _element_line(self, keypath: tuple[str | int, ...], index: int) -> int | None:
        """The line of the index-th string of an array of strings."""
        start = self._key_line(keypath)
        if start is None:
            return None
        seen = 0
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number == start:
                line = line.split("=", 1)[-1]
            for _ in re.finditer(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', line):
                if seen == index:
                    return number
                seen += 1
        return start

    def _key_line(self, keypath: tuple[str | int, ...]) -> int | None:
        names = [k for k in keypath if isinstance(k, str)]
        target = tuple(self._tables(keypath))
        keys, headers = self._index
        if names and (target, names[-1]) in keys:
            return keys[(target, names[-1])]
        best = headers.get(target)
        if best is None and names:
            for number, raw in enumerate(self.lines, start=1):
                if re.match(rf'^\s*"?{re.escape(names[-1])}"?\s*=', raw):
                    return number
        return best

    @cached_property
    def _index(self) -> tuple[dict[tuple[tuple[str, ...], str], int], dict[tuple[str, ...], int]]:
        """One walk of the text: the first line of each key in each table, and the last
        header line of each table (array-of-table indices join their array's path)."""
        keys: dict[tuple[tuple[str, ...], str], int] = {}
        headers: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        counts: dict[str, int] = {}
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
            if header:
                table = tuple(p.strip().strip('"') for p in header.group(1).split("."))
                if line.startswith("[["):
                    key = ".".join(table)
                    counts[key] = counts.get(key, -1) + 1
                    table = (*table, str(counts[key]))
                headers[table] = number
                continue
            key_match = re.match(r'^"?([^"=\s]+)"?\s*=', line)
            if key_match:
                keys.setdefault((table, key_match.group(1)), number)
        return keys, headers

    @staticmethod
    def _tables(keypath: tuple[str | int, ...]) -> list[str]:
        # Tables are every element before the last string key; indices join their array.
        parts = [str(k) for k in keypath]
        if keypath and isinstance(keypath[-1], int):
            return parts
        return parts[:-1]


def convert(
    value: Any,
    tp: Any,
    keypath: tuple[str | int, ...],
    where: Where,
    problems: list[Problem],
    meta: Mapping[str, Any] | None = None,
    *,
    partial: bool = False,
) -> Any:
    """`value` converted to `tp`, every problem added to `problems`. With `partial`, a table
    (at the top, or a value of a table of tables: `[tolerance.count]`) may lack required keys
    and nothing is built: one file of several layered ones, whose keys are required of the
    merged rules. A table of an array (`[[noun_class]]`) is checked whole in its file."""
    meta = meta or {}

    def fail(message: str) -> None:
        dotted = ".".join(str(k) for k in keypath) or "(top level)"
        problems.append(Problem(where.path, where.line(keypath), f"{dotted}: {message}"))

    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            fail(f"expected {describe(tp)}")
            return None
        hints = _type_hints(typing.cast(type, tp))
        fields = {f.name: f for f in dataclasses.fields(tp)}
        for key in sorted(set(value) - set(fields)):
            allowed = ", ".join(sorted(fields))
            problems.append(
                Problem(
                    where.path,
                    where.line((*keypath, key)),
                    f"unknown key '{key}'; allowed: {allowed}",
                )
            )
        kwargs: dict[str, Any] = {}
        for name, spec in fields.items():
            if name in value:
                kwargs[name] = convert(
                    value[name],
                    hints[name],
                    (*keypath, name),
                    where,
                    problems,
                    spec.metadata,
                    partial=partial,
                )
            elif (
                not partial
                and spec.default is dataclasses.MISSING
                and spec.default_factory is dataclasses.MISSING
            ):
                fail(f"missing key '{name}' ({spec.metadata.get('doc', describe(hints[name]))})")
        if partial:
            return None
        try:
            built: Any = tp(**kwargs)  # type: ignore[operator]
            return built
        except TypeError:
            return None
    if origin is Literal:
        allowed_values = typing.get_args(tp)
        if value not in allowed_values:
            fail(f"{value!r} is not allowed; {describe(tp)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            fail(f"expected {describe(tp)}")
            return ()
        (inner,) = typing.get_args(tp)[:1]
        return tuple(
            convert(v, inner, (*keypath, i), where, problems, meta) for i, v in enumerate(value)
        )
    if origin in (dict, Mapping) or tp is Mapping:
        if not isinstance(value, dict):
            fail(f"expected {describe(tp)}")
            return {}
        inner = typing.get_args(tp)[1]
        return types.MappingProxyType(
            {
                str(k): convert(v, inner, (*keypath, k), where, problems, meta, partial=partial)
                for k, v in sorted(value.items())
            }
        )
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            fail(f"expected a number, got {value!r}")
            return 0.0
        value = float(value)
    elif tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            fail(f"expected an integer, got {value!r}")
            return 0
    elif tp is str:
        if not isinstance(value, str):
            fail(f"expected a string, got {value!r}")
            return ""
        if meta.get("regex"):
            try:
                re.compile(_REFERENCE.sub("(?:)", value))  # parts are checked once expanded
            except re.error as error:
                fail(f"bad regular expression {value!r}: {error}")
            else:
                slow = catastrophic(_REFERENCE.sub("(?:)", value))
                if slow:
                    fail(f"regular expression {value!r} can take exponential time: {slow}")
        if "pattern" in meta and not re.match(meta["pattern"], value):
            fail(f"{value!r} does not match {meta['pattern']}")
    elif tp is bool and not isinstance(value, bool):
        fail(f"expected true or false, got {value!r}")
    if "min" in meta and isinstance(value, int | float) and value < meta["min"]:
        fail(f"{value!r} is below the least allowed value {meta['min']}")
    if "max" in meta and isinstance(value, int | float) and value > meta["max"]:
        fail(f"{value!r} is above the greatest allowed value {meta['max']}")
    return value
