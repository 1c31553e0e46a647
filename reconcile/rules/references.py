"""References inside rules: a pattern names a part with `(?&name)`, a word list an entry
with `@name`, so that months, weekdays and long alternations are written once.

Named parts come from the `parts` (regexes) and `words` (literal word lists) tables of
`context.toml` and `nonclaims.toml`; `months`, `short_months` and `weekdays` come from the
language's `events.toml`. References are expanded when the rules are loaded; one that names
nothing is an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reconcile.errors import Problem

REFERENCE = re.compile(r"\(\?&(\w+)\)")
LIST_REFERENCE = re.compile(r"@(\w+)")
PATTERN_FILES = ("context.toml", "nonclaims.toml")


def _words_pattern(words: list[str]) -> str:
    """Literal words as one alternation, the longest first (so a longer word wins)."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


def calendar_words(events: Mapping[str, Any]) -> dict[str, list[str]]:
    """The built-in word lists of a language: months, short months, weekdays."""
    months = list(events.get("month_names", []))
    prefixes: dict[str, int] = {}
    for name in months:
        prefixes[name[:3]] = prefixes.get(name[:3], 0) + 1
    shorts = [p for p, n in prefixes.items() if n == 1] + list(
        events.get("month_abbreviations", {})
    )
    return {
        "months": months,
        "short_months": shorts,
        "weekdays": list(events.get("weekday_names", [])),
    }


def expand(merged: dict[str, dict[str, Any]], problems: list[Problem]) -> None:
    """Expand every reference of one language's merged rules data, in place."""
    lists = calendar_words(merged.get("events.toml", {}))
    parts: dict[str, str] = {name: _words_pattern(words) for name, words in lists.items()}
    for file in PATTERN_FILES:
        data = merged.get(file, {})
        for name, words in data.get("words", {}).items():
            parts[name] = _words_pattern(list(words))
        parts.update(data.get("parts", {}))

    def pattern(text: str, file: str, seen: tuple[str, ...] = ()) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in parts or name in seen:
                why = (
                    "refers to itself"
                    if name in seen
                    else "names no part (parts, words, months, short_months, weekdays)"
                )
                problems.append(Problem(file, None, f"(?&{name}) {why}"))
                return "(?!)"
            return "(?:" + pattern(parts[name], file, (*seen, name)) + ")"

        return REFERENCE.sub(one, text)

    for file in PATTERN_FILES:
        data = merged.get(file, {})
        for key, value in list(data.items()):
            if key in ("parts", "words"):
                continue
            if isinstance(value, list):
                data[key] = [pattern(v, file) if isinstance(v, str) else v for v in value]
    for file, data in merged.items():
        for key, value in data.items():
            if not isinstance(value, list) or not any(
                isinstance(v, str) and LIST_REFERENCE.fullmatch(v) for v in value
            ):
                continue
            out: list[Any] = []
            for item in value:
                m = LIST_REFERENCE.fullmatch(item) if isinstance(item, str) else None
                if m is None:
                    out.append(item)
                elif m.group(1) in lists:
                    out.extend(w for w in lists[m.group(1)] if w not in out)
                else:
                    known = ", ".join(sorted(lists))
                    problems.append(
                        Problem(file, None, f"{key}: @{m.group(1)} names no list; known: {known}")
                    )
            data[key] = out
