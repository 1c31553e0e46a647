"""The source kind: the body stating a figure, as sources name it.

Found by stating verbs and cue words (`find.py`); an acronym is read as the name the same
source spells out for it ("the World Health Organization (WHO)" makes a later "WHO" the
World Health Organization); two claims are one fact when they name one body. Different
bodies are different sources of a figure, never a disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reconcile.context import ContextReader
from reconcile.kinds.base import detail_of
from reconcile.kinds.named import (
    NamedKind,
    NamedMention,
    NamedValue,
    Relation,
    abbreviated,
    name_key,
    phrases,
)
from reconcile.kinds.source.find import StatingFinder
from reconcile.lexicon import Lexicon
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.reasons import Stated
from reconcile.sentences import Sentence


class StatingKind(NamedKind):
    """A body that states a figure."""

    name = "source"
    claim_kinds = ("source",)
    reads = "find"  # (see `Kind.reads`)
    stated = Stated.NAME
    role_key = "source"

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        rules = self.rules
        named = rules.named
        self.finder = StatingFinder(
            named.source,
            named.place,
            named.name_joiners,
            named.articles,
            self.lexicon.not_names,
            self.role("source"),
            # (the words of office titles: "the Prime Minister said" names no body)
            frozenset(
                fold(w)
                for t in rules.offices.title
                for w in t.words
                if " " not in w and w.isalpha()
            ),
            abbreviated(named),
        )
        self.gate = self.finder.gate
        joiners = "|".join(re.escape(w) for w in named.name_joiners) or "(?!)"
        # "the World Health Organization (WHO)": a name, then its acronym in parentheses
        self.spelled = re.compile(
            rf"((?:[A-Z][\w’'&.-]*\s+(?:(?:{joiners})\s+)?){{1,7}})"
            r"\((?P<acronym>[A-Z][A-Z&]{1,7})\)"
        )
        self.article = re.compile(rf"^(?:{phrases(named.articles).pattern})\s+", re.IGNORECASE)
        # the nouns of a body that holds those named with its words before it, as keys
        self.wholes = frozenset(name_key(w, fold, self.forms) for w in named.source.wholes)
        # the acronyms the last source asked for spells out: its text is read once, not once
        # per claim naming an acronym (a long source names many)
        self._spelled: tuple[str, dict[str, str]] = ("", {})

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        return self.finder.find(source, sentence)

    def value_of(self, mention: Mention[Any], source: Source) -> NamedValue | None:
        stated = detail_of(mention, NamedMention)
        name = stated.name
        if re.fullmatch(r"[A-Z][A-Z&]{1,7}", name):
            if self._spelled[0] is not source.text:
                self._spelled = (source.text, _spelled_out(self.spelled, source.text))
            name = self._spelled[1].get(name) or name
        key = name_key(
            self.article.sub("", name),
            self.context.aliases.apply,
            self.forms,
        )
        return NamedValue(role=stated.role, name=stated.name, key=key) if key else None

    def relate(self, a: NamedValue, b: NamedValue) -> Relation:
        # (a body and one it holds: "the Karskian government" / "the Karskian health
        # ministry" state one figure, neither disagrees with the other)
        how = super().relate(a, b)
        if how == "different" and (
            holds(a.key, b.key, self.wholes) or holds(b.key, a.key, self.wholes)
        ):
            return "within"
        return how


def holds(whole: str, part: str, wholes: frozenset[str]) -> bool:
    """Whether the body of key `whole` holds the body of key `part`: `whole` is words, then
    a noun of `wholes`, and `part` is those words and others ("karskian government" holds
    "karskian health ministry", "velm university" holds "velm center for public health")."""
    words, other = whole.split(), part.split()
    return (
        len(words) > 1
        and words[-1] in wholes
        and len(other) > len(words) - 1
        and other[: len(words) - 1] == words[:-1]
        and words[-1] not in other
    )


def _spelled_out(spelled: re.Pattern[str], text: str) -> dict[str, str]:
    """The name a text spells out for each acronym ("World Health Organization (WHO)"): the
    first that does, in text order."""
    names: dict[str, str] = {}
    for m in spelled.finditer(text):
        acronym = m.group("acronym")
        if acronym not in names:
            name = _spelled(m, acronym)
            if name is not None:
                names[acronym] = name
    return names


def _spelled(m: re.Match[str], acronym: str) -> str | None:
    """The last words of a spelled-out name whose initials make `acronym`, or None."""
    words = m.group(1).split()
    initials = [w for w in words if w[0].isupper()]
    # keep the last words whose initials make the acronym
    for take in range(len(initials), 0, -1):
        tail = initials[-take:]
        if "".join(w[0] for w in tail) == acronym.rstrip("s"):
            at = len(words) - words[::-1].index(tail[0]) - 1
            return " ".join(words[at:])
    return None
