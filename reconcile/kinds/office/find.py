"""Named claims: office titles from rules followed by the name of the person holding them.

"US Defence Secretary Lloyd Austin", "Pentagon chief Lloyd J. Austin III", "Russia's defence
minister, Sergei Shoygu": a title (aliases apply to each of its words) then the person, with
an optional comma between. A surname alone ("Secretary of Defense Austin") is resolved to
the full name the same source gives elsewhere ("Lloyd Austin"); a title with a word from
`not_current` before it ("former Defense Secretary") names no current holder and is skipped.
"""

from __future__ import annotations

import re

from reconcile.kinds.office.records import OfficeMention
from reconcile.lexicon import Lexicon
from reconcile.models import Mention, Source
from reconcile.names import fold, person_pattern, trim_person
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.rules import RuleSet
from reconcile.sentences import Sentence
from reconcile.wordgate import first_runs, words_told

_PLACE_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.’'-]*?)(?:['’]s)?\s+$")
# a sentence's start: the text's, after a sentence's end, a line's (past a bullet: "* ", "- ")
_SENTENCE_START = re.compile(r"""(?:^\s*|[.!?]['"”’]?\s+|\n\s*)(?:[*•·–—-]\s+)?$""")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_SURNAME = re.compile(r"[A-Z][\w’'-]*?[a-z\u00c0-\u024f][\w’'-]*?(?=['’]s(?!\w)|(?![\w’'-]))")


@record
class _PersonNames:
    """The person names of one source in order of appearance, indexed by their folded last
    word and by each middle word of a longer name, so that finding a surname's full name does
    not fold every name of the source again."""

    text: str
    by_last: dict[str, list[str]]
    by_middle: dict[str, list[str]]
    first: dict[str, int]  # a name's first position in the source's list

    @classmethod
    def index(cls, text: str, names: list[str]) -> _PersonNames:
        by_last: dict[str, list[str]] = {}
        by_middle: dict[str, list[str]] = {}
        first: dict[str, int] = {}
        for at, name in enumerate(names):
            first.setdefault(name, at)
            words = name.split()
            by_last.setdefault(fold(words[-1]), []).append(name)
            for middle in dict.fromkeys(fold(w) for w in words[1:-1]) if len(words) > 2 else ():
                by_middle.setdefault(middle, []).append(name)
        return cls(text, by_last, by_middle, first)


def _title_runs(rules: RuleSet) -> dict[str, tuple[frozenset[str], ...]]:
    """Each office title's pattern (as `build_title_patterns` writes it) and, for each of
    its words, the first runs of letters of the ways it may be written: a sentence that
    lacks them all for one word holds no match. A title with a word of another start is
    left out (its pattern is always run)."""
    variants: dict[str, set[str]] = {}
    for alias in rules.aliases.alias:
        group = {alias.canonical, *alias.variants}
        for word in group:
            variants.setdefault(fold(word), set()).update(group)
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for office in rules.offices.office:
        for title in office.titles:
            options = [
                sorted(variants.get(fold(w), {w}), key=lambda w: (-len(w), w))
                for w in title.split()
            ]
            runs = [first_runs(o) for o in options]
            parts = ["(?:" + "|".join(re.escape(o) for o in opts) + ")" for opts in options]
            text = r"(?<![\w.])" + r"\s+".join(parts) + r"(?![\w])"
            if all(r is not None for r in runs):
                out[text] = tuple(r for r in runs if r is not None)
    return out


class OfficeFinder:
    """The office titles, name parts and words of one language, compiled once per run."""

    def __init__(self, lexicon: Lexicon) -> None:
        rules = lexicon.rules
        self.titles = lexicon.titles
        self.not_names = lexicon.not_names
        # month names end a name only before a number ("Theresa May said", "on May 5")
        self.months = frozenset(fold(m) for m in lexicon.calendar.months) & self.not_names
        self.name_suffixes = lexicon.name_suffixes
        self.person = person_pattern(rules.aliases.name_particles, rules.aliases.name_suffixes)
        prefixes = sorted(rules.aliases.name_prefixes, key=len, reverse=True)
        self.prefix = (
            re.compile(rf"(?:(?:{'|'.join(re.escape(w) for w in prefixes)})(?!\w)\s*)+")
            if prefixes
            else re.compile(r"(?!)")
        )
        self.not_current = [
            re.compile(rf"(?<!\w){re.escape(fold(w))}[\s-]*$") for w in rules.offices.not_current
        ]
        self.not_current_except = [
            re.compile(rf"(?<!\w){re.escape(fold(w))}\s+$")
            for w in rules.offices.not_current_except
        ]
        ended = "|".join(f"(?:{p})" for p in rules.offices.holder_words.ended_term) or "(?!)"
        self.ended_term = re.compile(rf"\s*(?:,\s*)?(?:{ended})")  # read under `[[title]]`
        words = {fold(w) for o in rules.offices.office for t in o.titles for w in t.split()}
        # "Governor Vázquez" is no person's full name: the words of every title are not names
        title_words = {fold(w) for t in rules.offices.title for p in t.words for w in p.split()}
        words |= {w for w in title_words if w.isalpha()}
        for alias in rules.aliases.alias:
            group = {fold(alias.canonical), *(fold(v) for v in alias.variants)}
            if group & words:
                words |= group
        self.title_words = frozenset(words)
        self.unqualified = lexicon.unqualified
        self.aliases = lexicon.aliases
        # the words of each office's titles that name its place ("us" of "US Defense
        # Secretary"): a known place before a title that names none is the office's own only
        # when it is one of them ("Britain's defence secretary" is not the US one)
        self.own_words = {
            office.key: frozenset(
                w
                for t in office.titles
                if t not in office.unqualified
                for w in self.aliases.apply(t).split()
            )
            for office in rules.offices.office
        }
        self.not_places = self.not_names | frozenset(
            fold(w) for w in rules.offices.holder_words.not_places
        )
        # the last words of bodies, named things and places ("Ministry", "Party", "County"): a name
        # ending in one is no person ("the Natural Law Party")
        named = rules.named
        self.body_ends = frozenset(
            fold(w)
            for w in (
                *named.source.body_words,
                *(e for c in named.thing.thing for e in c.ends),
                *named.place.nouns,  # "San Bernardino County"
                *named.place.facilities,  # "the Sultan Qaboos Grand Mosque"
            )
            if " " not in w
        )
        # One scan for any title first: most sentences hold none, and then the per-title
        # patterns (one per title, in order of precedence) need not run.
        # (each pattern is `(?<![\w.])…(?![\w])`: the bounds are taken out of the alternation)
        bare = [
            p.pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w])") for p, _ in self.titles
        ]
        # a title starts with its first word or one of that word's aliases: their first
        # characters are tested before the alternation
        first = {w[0] for o in rules.offices.office for t in o.titles for w in t.split()[:1]}
        first |= {w[0] for a in rules.aliases.alias for w in (a.canonical, *a.variants) if w}
        starts = "".join(sorted(re.escape(c) for c in first))
        self.any_title = gated(  # tried only where a title's first letters stand
            re.compile(
                rf"(?<![\w.])(?=[{starts}])(?:{'|'.join(bare)})(?![\w])" if bare else r"(?!)",
                re.IGNORECASE,
            )
        )
        # each title's own scan, tried only where that title can start, and only in a
        # sentence that has a way of writing each of its words
        title_runs = _title_runs(rules)
        self.scans = tuple(
            (gated(pattern), office, title_runs.get(pattern.pattern))
            for pattern, office in self.titles
        )
        self._names = _PersonNames.index("", [])  # the person names of the last source

    def find(self, source: Source, sentence: Sentence) -> list[Mention[OfficeMention]]:
        """Office-holder mentions: a title from rules followed by a person's name."""
        found: list[Mention[OfficeMention]] = []
        used: list[tuple[int, int]] = []
        if self.any_title.search(sentence.text) is None:
            return found
        told = words_told(sentence.text)
        for pattern, office, runs in self.scans:
            if told is not None and runs is not None and any(r.isdisjoint(told) for r in runs):
                continue  # a word of the title is not written in the sentence
            for title in pattern.finditer(sentence.text):
                if any(a < title.end() and title.start() < b for a, b in used):
                    continue
                tail = fold(sentence.text[: title.start()][-24:])
                if any(p.search(tail) for p in self.not_current) and not any(
                    p.search(tail) for p in self.not_current_except
                ):
                    continue  # a former holder: read under the `[[title]]` titles
                if self._placed_elsewhere(sentence.text, title, office.key):
                    continue  # "Montana Secretary of State": the `[[title]]` of Montana
                rest = sentence.text[title.end() :]
                gap = re.match(r"\s*,?\s*", rest)
                offset = title.end() + (gap.end() if gap else 0)
                prefix = self.prefix.match(sentence.text, offset)
                if prefix:  # "Gen. Mark Milley": the rank is not part of the name
                    offset = prefix.end()
                person = self.person.match(sentence.text, offset)
                if person is not None and fold(person.group(0).split()[-1]) in self.body_ends:
                    continue  # a body's name after the title, not a person's
                if person is not None:
                    name = trim_person(
                        person.group(0),
                        self.not_names,
                        sentence.text[person.end() : person.end() + 4],
                        self.months,
                    )
                    person_end = person.start() + len(name)
                    full = name
                else:
                    surname = _SURNAME.match(sentence.text, offset)
                    if surname is None or fold(surname.group(0)) in self.not_names:
                        continue
                    person_end = surname.end()
                    full = self.full_name(source, surname.group(0)) or surname.group(0)
                if self.ended_term.match(sentence.text, person_end):
                    continue  # "US President Bill Clinton (1993–2001)": a former holder
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

    def _placed_elsewhere(self, text: str, title: re.Match[str], office: str) -> bool:
        """Whether a title that names no country ("Secretary of State") follows a place's
        name that is not the office's own ("Montana Secretary of State")."""
        unqualified = self.unqualified.get(office, ())
        if not unqualified or not any(
            p.match(self.aliases.apply(title.group(0))) for p in unqualified
        ):
            return False
        before = _PLACE_BEFORE.search(text, max(0, title.start() - 40), title.start())
        if before is None:
            return False
        word = fold(before.group(1))
        known = self.aliases.apply(word)
        return word not in self.not_places and (
            known == word or known not in self.own_words.get(office, frozenset())
        )

    def full_name(self, source: Source, surname: str) -> str | None:
        """The fullest name in the source that ends with `surname`, or None."""
        names = self._person_names(source.text)
        key = fold(surname)
        # the last word, or (two surnames: "Wanda Vázquez Garced") a middle one
        matching = names.by_last.get(key) or names.by_middle.get(key)
        if not matching:
            return None
        return max(matching, key=lambda n: (len(n.split()), -names.first[n]))

    def _title_word(self, word: str) -> bool:
        """Whether `word` is a title's, alone or before a hyphen ("President-elect")."""
        folded = fold(word)
        return folded in self.title_words or folded.partition("-")[0] in self.title_words

    def _person_names(self, text: str) -> _PersonNames:
        if self._names.text is text:  # asked again for the same source
            return self._names
        names: list[str] = []
        kept_names: set[str] = set()
        lower: set[str] | None = None
        for m in self.person.finditer(text):
            after = text[m.end() : m.end() + 4]
            name = trim_person(m.group(0), self.not_names, after, self.months)
            # "Defense Secretary Austin": title words are not part of the name.
            kept = name.split()
            while kept and (
                self._title_word(kept[0])
                or fold(kept[0]) in self.not_places
                or self.prefix.fullmatch(kept[0])
            ):
                kept.pop(0)  # and "Mr Bercow": an honorific
            # "United States President Donald Trump": the name is after the last title word
            inside = [i for i, w in enumerate(kept[:-1]) if self._title_word(w)]
            if inside:
                kept = kept[inside[-1] + 1 :]
            name = " ".join(kept)
            words = [w for w in name.split() if fold(w).rstrip(".,") not in self.name_suffixes]
            if words and fold(words[-1]) in self.body_ends:
                continue
            if len(words) > 1 and name not in kept_names:
                # "Regarding Trump's visit": a capitalized first word of a sentence that the
                # source writes in lower case elsewhere is no first name, unless the whole
                # name is also read inside a sentence
                if _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
                    if lower is None:
                        lower = set(_LOWER_WORD.findall(text))
                    if kept[0].lower() in lower:
                        continue
                names.append(" ".join(words))
                kept_names.add(names[-1])
        self._names = _PersonNames.index(text, names)
        return self._names
