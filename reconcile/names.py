"""Names: alias folding, person-name keys and title patterns, shared by extract and normalize.

All word lists come from rules (`aliases.toml`, `offices.toml`); this module holds only the
mechanisms: case and diacritic folding, alias substitution, and regexes built from titles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

from reconcile.records import record
from reconcile.rules import AliasRules, Office, RuleSet


def person_pattern(particles: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A personal name as written in news: capitalized words, initials, the language's name
    particles ("von", "de"); 2 to 5 parts, then perhaps a suffix ("Jr.", "III")."""
    word = r"[A-Z][\w’'-]*[a-z\u00c0-\u024f][\w’'-]*"
    parts = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True)) or "(?!)"
    ends = sorted({s.rstrip(".") for s in suffixes}, key=lambda s: (-len(s), s))
    ending = "|".join(re.escape(e) + r"\.?" for e in ends) or "(?!)"
    # a particle joined to the next part ("Bashar al-Assad", "Abdel Fattah el-Sisi"), or one
    # standing before another part ("Ursula von der Leyen")
    particle = rf"(?:{parts})-{word}|(?:{parts})(?=\s+(?:[A-Z]|(?:{parts})\b))"
    # a nickname in quotation marks before the next part: Jeremy "Spike" Cohen
    nickname = rf"[\"“]{word}[\"”](?=\s+[A-Z])"
    part = rf"\s+(?:[A-Z]\.|{word}|{particle}|{nickname})"
    # initials opening the name stand for its first parts: "J. B. Pritzker", "H.R. McMaster"
    initials = r"(?:[A-Z]\.\s?){1,3}"
    return re.compile(
        rf"(?:{word}(?:{part}){{1,4}}|{initials}{word}(?:{part}){{0,3}})(?:,?\s+(?:{ending})\b)?"
    )


_POSSESSIVE_END = re.compile(r"['’]s$")
_NAME_WORD = re.compile(r"\S+")


def trim_person(
    name: str, stop: frozenset[str], following: str = "", dated: frozenset[str] = frozenset()
) -> str:
    """Drop trailing words that follow names but are not part of them ('Tuesday') and a
    possessive ("Trump's"); `stop` holds them folded (`Lexicon.not_names`). A word of `dated`
    (the month names) ends a name only before a number: "Theresa May said", "Trump May 5".
    The name keeps the spaces it was written with (a link's markup, blanked to spaces, may
    stand between two of its words): its length is the length of its span."""
    words = [m.span() for m in _NAME_WORD.finditer(name)]
    if words and _POSSESSIVE_END.search(name, *words[-1]):
        words[-1] = (words[-1][0], words[-1][1] - 2)
        following = "'s"
    while len(words) > 1 and fold(name[slice(*words[-1])]) in stop:
        last = fold(name[slice(*words[-1])])
        if last in dated and not following.lstrip()[:1].isdigit() and len(words) == 2:
            break
        words.pop()
        following = "x"
    return name[words[0][0] : words[-1][1]] if words else ""


def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: 'Błaszczak' -> 'blaszczak'."""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@record
class AliasTable:
    """Variant -> canonical, folded; longest variants first so 'U.S.A.' wins over 'U.S.'."""

    pairs: tuple[tuple[str, str], ...]

    @classmethod
    def from_rules(cls, rules: AliasRules) -> AliasTable:
        pairs = {fold(v): fold(a.canonical) for a in rules.alias for v in a.variants}
        # a canonical form stands for itself, whole: "North America" is kept, not read as
        # "North" and the variant "America"
        for alias in rules.alias:
            pairs.setdefault(fold(alias.canonical), fold(alias.canonical))
        return cls(tuple(sorted(pairs.items(), key=lambda p: (-len(p[0]), p[0]))))

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.pairs:
            return None
        variants = "|".join(re.escape(variant) for variant, _ in self.pairs)
        return re.compile(r"(?<![\w.])(?:" + variants + r")(?![\w])")

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return dict(self.pairs)

    def apply(self, text: str) -> str:
        """Fold `text` and replace every variant by its canonical form, in one pass."""
        folded = fold(text)
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda m: self._canonical[m.group(0)], folded)


def person_key(
    name: str,
    suffixes: frozenset[str],
    aliases: AliasTable,
    particles: frozenset[str] = frozenset(),
) -> str:
    """A key equal for variants of one person's name: no initials, `suffixes` (folded, no
    final period: `Lexicon.name_suffixes`), name `particles` (folded: "Bashar al-Assad" and
    "Bashar Assad") or diacritics; `aliases` applied."""
    words = [w.rstrip(",") for w in fold(name).split()]
    kept = []
    for w in words:
        if w.rstrip(".") in suffixes or re.fullmatch(r"\w\.", w) or w in particles:
            continue
        head, dash, rest = w.partition("-")
        kept.append(rest if dash and rest and head in particles else w)
    return aliases.apply(" ".join(kept))


_QUOTES = "\"'“”‘’"
_JOINED = re.compile(r"[\s-]+")
SHORT_FORM = 3  # letters of a first name's short form at least ("Dan" / "Daniel")


def same_person(a: str, b: str, surname_cutoff: float) -> bool:
    """Whether two person keys (see `person_key`) name one person.

    Equal keys do, and keys equal but for spaces and hyphens between parts ("kim moon soo" /
    "kim moon-soo"); so do a surname alone and a full name ending in it ("austin" and "lloyd
    austin"), and two full names whose first names and surnames are equal or near spellings
    ("sergei shoigu" / "sergey shoygu"), scored by rapidfuzz with a cutoff; an initial
    matches any first name it starts, a short form the name it starts ("balen" /
    "balendra"), and a first name any given name of the other ("spike cohen" / "jeremy
    spike cohen").
    """
    if a == b:
        return bool(a)
    if _JOINED.sub("", a) == _JOINED.sub("", b):
        return True  # parts written apart, hyphened or joined: "Kim Moon Soo" / "Kim Moon-soo"
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    from rapidfuzz import fuzz  # matching's library: extraction never gets here

    for one, other in ((words_a, words_b), (words_b, words_a)):
        if len(one) == 1 and len(other) > 2 and one[0] in other[1:-1]:
            return True  # the first of two surnames alone: "Vázquez" / "Wanda Vázquez Garced"
    if words_a[-1] != words_b[-1] and _skeleton(words_a[-1]) != _skeleton(words_b[-1]):
        if fuzz.ratio(words_a[-1], words_b[-1], score_cutoff=surname_cutoff) == 0:
            return False
        if len(words_a) == 1 or len(words_b) == 1:
            return False  # a near surname alone is too little to go on
    if len(words_a) == 1 or len(words_b) == 1:
        return True
    first_a, first_b = words_a[0].rstrip("."), words_b[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:  # an initial: "L. Austin"
        return first_a[0] == first_b[0]
    # a nickname or middle name written first: "Jeremy "Spike" Cohen" / "Spike Cohen"
    given_a = {w.strip(_QUOTES) for w in words_a[:-1]}
    given_b = {w.strip(_QUOTES) for w in words_b[:-1]}
    if first_a.strip(_QUOTES) in given_b or first_b.strip(_QUOTES) in given_a:
        return True
    # a short form of the first name: "Balen" / "Balendra"
    short, long = sorted((first_a, first_b), key=len)
    if len(short) >= SHORT_FORM and long.startswith(short):
        return True
    return first_a == first_b or fuzz.ratio(first_a, first_b, score_cutoff=surname_cutoff) > 0


_DOUBLED = re.compile(r"(\w)\1+")


def _skeleton(word: str) -> str:
    """A folded word as transliterations of one name share it: doubled letters single, "y"
    as "i" ("Zelenskyy" / "Zelensky", "Shoygu" / "Shoigu")."""
    return _DOUBLED.sub(r"\1", word).replace("y", "i")


def display_name(name: str, suffixes: frozenset[str]) -> str:
    """The name without initials and `suffixes`: "Lloyd J. Austin III" -> "Lloyd Austin"
    (initials that are all its first name stay: "J. B. Pritzker")."""
    words = [w.rstrip(",") for w in name.split()]
    words = [w for w in words if fold(w).rstrip(".") not in suffixes] or words
    if all(re.fullmatch(r"\w\.", w) for w in words[:-1]):
        return " ".join(words)
    return " ".join(w for w in words if not re.fullmatch(r"\w\.", w))


def build_title_patterns(rules: RuleSet) -> tuple[tuple[re.Pattern[str], Office], ...]:
    """One regex per office title, each word allowing its alias variants; longest first."""
    variants: dict[str, set[str]] = {}
    for alias in rules.aliases.alias:
        group = {alias.canonical, *alias.variants}
        for word in group:
            variants.setdefault(fold(word), set()).update(group)
    built: list[tuple[int, re.Pattern[str], Office]] = []
    for office in rules.offices.office:
        for title in office.titles:
            parts = []
            for word in title.split():
                options = sorted(variants.get(fold(word), {word}), key=lambda w: (-len(w), w))
                parts.append("(?:" + "|".join(re.escape(o) for o in options) + ")")
            pattern = r"(?<![\w.])" + r"\s+".join(parts) + r"(?![\w])"
            built.append((len(title), re.compile(pattern, re.IGNORECASE), office))
    built.sort(key=lambda item: -item[0])
    return tuple((pattern, office) for _, pattern, office in built)


def build_unqualified_patterns(
    rules: RuleSet, table: AliasTable
) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Per office key, the folded titles that name no country, as anchored regexes."""
    return {
        office.key: tuple(re.compile(re.escape(table.apply(t)) + r"\b") for t in office.unqualified)
        for office in rules.offices.office
    }


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def one_person(a: str, b: str, surname_cutoff: float) -> bool:
    """Whether two person keys (see `person_key`) name one person, `same_person` and the
    ways outlets write one name that it leaves apart:

    - either apostrophe ("o’brien" / "o'brien");
    - a surname alone whose transliteration differs by "y" for "i" and a doubled letter
      ("zelenskiy" / "volodymyr zelenskyy");
    - a name's first two or more words for the whole, or its last two or more: a second
      surname, a dynasty or given names left out ("pedro sanchez" / "pedro sanchez
      perez-castejon", "lopez obrador" / "andres manuel lopez obrador");
    - the same words in another order, a family name written first or last ("abe shinzo" /
      "shinzo abe").

    Two people who share a surname ("john smith" / "jane smith") stay apart.
    """
    a, b = a.translate(_APOSTROPHES), b.translate(_APOSTROPHES)
    if same_person(a, b, surname_cutoff):
        return True
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    if len(short) == 1:
        return _spelled(short[0]) == _spelled(long[-1])
    if len(short) < len(long) and (long[: len(short)] == short or long[-len(short) :] == short):
        return True
    return sorted(words_a) == sorted(words_b)


def one_person_titled(a: str, b: str, surname_cutoff: float) -> bool:
    """Whether two person keys of titled mentions name one person: `one_person`, or one
    word alone that opens a name of two or three words, the way a title names one whose
    name opens with the family name or who is known by a given name ("President Xi" /
    "Xi Jinping", "Chairman Kim" / "Kim Jong Un", "King Charles" / "Charles III"). Only
    for the holders of titles: "Jane" alone is no one's key elsewhere. Two people who
    share that first word stay apart from each other ("kim jong un" / "kim yo jong")."""
    if one_person(a, b, surname_cutoff):
        return True
    words_a, words_b = a.split(), b.split()
    short, long = sorted((words_a, words_b), key=len)
    return (
        len(short) == 1
        and 2 <= len(long) <= 3
        and len(short[0]) > 1
        and _spelled(short[0]) == _spelled(long[0])
    )


def _spelled(word: str) -> str:
    """A folded surname as its transliterations share it: "y" as "i", then doubled letters
    single ("zelenskiy", "zelenskyy" and "zelensky" are "zelenski")."""
    return _DOUBLED.sub(r"\1", word.replace("y", "i"))


_LEAST_RESPELLED = 4  # letters of a word at least, for its transliterations to be one word


def respelled(word: str) -> str:
    """A folded word of a name as its transliterations share it (`_spelled`: "y" as "i",
    doubled letters single); a word with a digit (a model, a number), or shorter than
    `_LEAST_RESPELLED`, as written: "a330" is not "a30", "aly" not "ali"."""
    if len(word) < _LEAST_RESPELLED or not word.isalpha():
        return word
    return _spelled(word)


def spelled_alike(a: str, b: str) -> bool:
    """Whether two folded name keys (of a place, a thing, any name but a person's) are one
    name as outlets transliterate it: the same words but for "y" for "i" and doubled
    letters (`respelled`: "tallinn" / "talin", "tigray" / "tigrai"), or the same
    letters written apart, hyphened or joined ("al shifa" / "al-shifa" / "alshifa"); a name
    with a digit only as written."""
    if a == b:
        return bool(a)
    if any(c.isdigit() for c in a + b):
        return False
    if _JOINED.sub("", a) == _JOINED.sub("", b):
        return True
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(
        respelled(x) == respelled(y) for x, y in zip(words_a, words_b, strict=True)
    )
