"""How one place stands to another: one inside the other (a city in its province or country,
"Gaza" in the "Gaza Strip"), by a gazetteer of containment in the rules (`place_relations`,
a tab-separated file of the rules folders: a place's name, then the names of the places
holding it, the nearest first) and by the chains a sentence writes ("Springfield,
Illinois": Springfield is in Illinois, `ContextReader.place_chains`).

Places are compared by key: the words of a name as a place phrase reads them (folded,
aliases applied, the words of direction and kind left out: "Zaporizhzhia Oblast" is
"zaporizhzhia"), sorted and joined. A name in several countries holds all their relations:
a relation is evidence that two places may be one place's, never that they differ."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from pathlib import Path
from types import MappingProxyType

from reconcile.records import record

# the separator of the places holding a place, in the file's second column
_HOLDERS = "|"


@record
class Gazetteer:
    """The places of the rules' gazetteer by key: the keys of the places holding each, and
    each key by a word of it (to find the places a text's words write)."""

    within: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    by_word: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def holders(self, key: str) -> frozenset[str]:
        """The keys of the places holding the place of `key` (empty when it is unknown)."""
        return self.within.get(key, frozenset())

    def written(self, words: frozenset[str]) -> frozenset[str]:
        """The keys of the gazetteer's places every word of which is one of `words`."""
        found: set[str] = set()
        for word in words:
            for key in self.by_word.get(word, ()):
                if key not in found and set(key.split()) <= words:
                    found.add(key)
        return frozenset(found)

    def related(self, key: str, keys: Iterable[str]) -> str:
        """The first of `keys` (sorted) that holds the place of `key` or that it holds, or
        "" when none does."""
        holders = self.holders(key)
        for other in sorted(keys):
            if other != key and (other in holders or key in self.holders(other)):
                return other
        return ""


def read_gazetteer(folders: Iterable[str], name: str, key: Callable[[str], str]) -> Gazetteer:
    """The gazetteer of the file `name` in each rules folder that has one (a later folder
    adding to an earlier one), each name read by `key`; lines opening on "#" are comments.
    A place holds the places its holders hold, so a city is in its province's country.
    Empty when `name` is "" or no folder has the file."""
    within: dict[str, set[str]] = {}
    if name:
        for folder in folders:
            path = Path(folder) / name
            if not path.is_file():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                place, _, holders = line.partition("\t")
                own = key(place)
                if not own:
                    continue
                held = {key(h) for h in holders.split(_HOLDERS)} - {"", own}
                within.setdefault(own, set()).update(held)
    closed = {k: frozenset(_closure(k, within)) for k in within}
    by_word: dict[str, list[str]] = {}
    for k in sorted({*closed, *(h for held in closed.values() for h in held)}):
        by_word.setdefault(k.split()[0], []).append(k)
    return Gazetteer(
        MappingProxyType(closed),
        MappingProxyType({w: tuple(keys) for w, keys in by_word.items()}),
    )


def _closure(key: str, within: Mapping[str, set[str]]) -> set[str]:
    """The places holding `key`, and the places holding those, and so on."""
    found: set[str] = set()
    todo = list(within.get(key, ()))
    while todo:
        place = todo.pop()
        if place in found or place == key:
            continue
        found.add(place)
        todo.extend(within.get(place, ()))
    return found


def chained_holders(
    key: str, chains: Iterable[tuple[str, ...]], place_key: Callable[[str], str]
) -> frozenset[str]:
    """The keys of the places a sentence's chains write after the place of `key`, the
    most specific first ("in Multan, Punjab, Pakistan": Punjab and Pakistan hold Multan)."""
    found: set[str] = set()
    for chain in chains:
        keys = [place_key(name) for name in chain]
        if key in keys:
            found.update(k for k in keys[keys.index(key) + 1 :] if k)
    return frozenset(found)
