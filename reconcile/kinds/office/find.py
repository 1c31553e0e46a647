"""Named claims: office titles from rules followed by the name of the person holding them.

"US Defence Secretary Lloyd Austin", "Pentagon chief Lloyd J. Austin III", "Russia's defence
minister, Sergei Shoygu": a title (aliases apply to each of its words) then the person, with
an optional comma between. A surname alone ("Secretary of Defense Austin") is resolved to
the full name the same source gives elsewhere ("Lloyd Austin"); a title with a word from
`not_current` before it ("former Defense Secretary") names no current holder and is skipped.
"""

from __future__ import annotations

import re
from functools import cache

from reconcile.kinds.office.records import OfficeMention
from reconcile.models import Mention, Source
from reconcile.names import PERSON, fold, title_patterns, trim_person
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence

_SURNAME = re.compile(r"[A-Z][\w’'-]*[a-z\u00c0-\u024f][\w’'-]*")


def find_offices(
    source: Source, sentence: Sentence, rules: RuleSet
) -> list[Mention[OfficeMention]]:
    """Office-holder mentions: a title from rules followed by a person's name."""
    found: list[Mention[OfficeMention]] = []
    if not _any_title(rules).search(sentence.text):
        return found  # most sentences name no office: one scan instead of one per title
    used: list[tuple[int, int]] = []
    stop = _not_names(rules)
    for pattern, office in title_patterns(rules):
        for title in pattern.finditer(sentence.text):
            if any(a < title.end() and title.start() < b for a, b in used):
                continue
            if _not_current(sentence.text[: title.start()], rules):
                continue
            rest = sentence.text[title.end() :]
            gap = re.match(r"\s*,?\s*", rest)
            offset = title.end() + (gap.end() if gap else 0)
            prefix = _prefix_pattern(rules).match(sentence.text, offset)
            if prefix:  # "Gen. Mark Milley": the rank is not part of the name
                offset = prefix.end()
            person = PERSON.match(sentence.text, offset)
            if person is not None:
                name = trim_person(person.group(0), rules)
                person_end = person.start() + len(name)
                full = name
            else:
                surname = _SURNAME.match(sentence.text, offset)
                if surname is None or fold(surname.group(0)) in stop:
                    continue
                person_end = surname.end()
                full = full_name(source, surname.group(0), rules) or surname.group(0)
            used.append((title.start(), person_end))
            found.append(
                Mention(
                    source_id=source.id,
                    kind="office",
                    quote=sentence.text[title.start() : person_end],
                    start=sentence.start + title.start(),
                    end=sentence.start + person_end,
                    sentence=sentence.text,
                    sentence_start=sentence.start,
                    detail=OfficeMention(office_key=office.key, person_text=full),
                )
            )
    return found


@cache
def _any_title(rules: RuleSet) -> re.Pattern[str]:
    return re.compile("|".join(p.pattern for p, _ in title_patterns(rules)) or "(?!)", re.I)


@cache
def _not_names(rules: RuleSet) -> frozenset[str]:
    return frozenset(fold(w) for w in rules.aliases.not_names)


@cache
def _prefix_pattern(rules: RuleSet) -> re.Pattern[str]:
    words = sorted(rules.aliases.name_prefixes, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:(?:{alternation})(?!\w)\s*)+")


def _not_current(before: str, rules: RuleSet) -> bool:
    words = [fold(w) for w in rules.offices.not_current]
    tail = fold(before[-24:])
    return any(re.search(rf"(?<!\w){re.escape(w)}[\s-]*$", tail) for w in words)


def full_name(source: Source, surname: str, rules: RuleSet) -> str | None:
    """The fullest name in the source that ends with `surname`, or None."""
    candidates = _person_names(source.text, rules)
    key = fold(surname)
    matching = [n for n in candidates if fold(n.split()[-1]) == key]
    if not matching:
        return None
    return max(matching, key=lambda n: (len(n.split()), -candidates.index(n)))


@cache
def _person_names(text: str, rules: RuleSet) -> list[str]:
    names: list[str] = []
    for m in PERSON.finditer(text):
        name = trim_person(m.group(0), rules)
        # "Defense Secretary Austin", "Defense Austin": title words are not part of the name.
        kept = name.split()
        not_names = {fold(w) for w in rules.aliases.not_names}
        while kept and fold(kept[0]) in _title_words(rules) | not_names:
            kept.pop(0)
        name = " ".join(kept)
        suffixes = {fold(s).rstrip(".") for s in rules.aliases.name_suffixes}
        words = [w for w in name.split() if fold(w).rstrip(".,") not in suffixes]
        if len(words) > 1 and name not in names:
            names.append(" ".join(words))
    return names


@cache
def _title_words(rules: RuleSet) -> frozenset[str]:
    words = {fold(w) for o in rules.offices.office for t in o.titles for w in t.split()}
    for alias in rules.aliases.alias:
        group = {fold(alias.canonical), *(fold(v) for v in alias.variants)}
        if group & words:
            words |= group
    return frozenset(words)
