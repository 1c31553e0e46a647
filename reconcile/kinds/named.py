"""What the kinds of named facts share: reading a name as news writes it, comparing two names,
and one way of matching and judging claims that state a name for a role.

A place, a named thing, a route's end and a stating body are each a *name for a role* ("crash
site": "Randolph, New Hampshire"; "aircraft": "Airbus A320neo"). Two names are the same
(equal keys), one within the other ("Wuhan" / "Wuhan, China", "A320" / "A320neo": every word
of the shorter is a word, or the start of a word, of the longer), or different. `NamedKind`
matches same and within, and judges agree / compatible; different names are a conflict only
when the kind says the role has one value per story and each source names one (a source
naming both is two facts), else they are kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Literal, TypeVar

from reconcile.context import ContextReader, Features
from reconcile.kinds.base import Kind, detail_of, name_span, named_claim, sentence_mention
from reconcile.lexicon import Lexicon
from reconcile.models import (
    Claim,
    ClaimDetail,
    ClaimKind,
    Context,
    Judgement,
    Mention,
    MentionDetail,
    PairDecision,
    Source,
    Verdict,
)
from reconcile.names import fold, respelled, spelled_alike
from reconcile.reasons import DifferentNamed, NamedApart, NamedStated, Note, OtherStory, SameNamed
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.rules.schema import NamedRules
from reconcile.sentences import Sentence

Relation = Literal["same", "within", "different"]


def phrases(items: Iterable[str], *, case: bool = False) -> re.Pattern[str]:
    """One regex for a list of words or phrases, longest first, whole words, spaces loose."""
    parts = sorted({" ".join(i.split()) for i in items if i.strip()}, key=lambda p: (-len(p), p))
    if not parts:
        return re.compile(r"(?!)")
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split(" ")) for p in parts)
    # the phrases' first characters, tested before the alternation: most words start none
    first = "".join(sorted({re.escape(p[0]) for p in parts}))
    pattern = re.compile(rf"(?<![\w-])(?=[{first}])(?:{body})(?![\w])", 0 if case else re.I)
    return gated(pattern)  # tried only where a phrase's first letters stand


# The capital letters a name may start with, for a regex's character class: the Latin
# alphabet's with their accented and extended forms ("Évora", "Łódź", "Ürümqi", "Đà Nẵng").
CAPITALS = "A-Z" + "".join(
    re.escape(c) for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper()
)
# A word of a name: capitalized ("Randolph", "O'Hare", "Charité", "Fung-wong", "AT&T",
# "Île"), initials ("U.S."), or a number after a first word ("Route 2").
_TOKEN = re.compile(rf"(?:[{CAPITALS}]\.){{2,}}|[{CAPITALS}][\w’'&-]*|\d+[A-Za-z]*")
_SPACES = re.compile(r" +")
_JOINER = re.compile(r"([a-z]+) +")
_OPENING = re.compile(r"[ \[\u200b-\u200d\u2060\ufeff]*")  # (and zero-width marks of web text)
_NEXT_WORD = re.compile(r" +([a-z]+)")
_REGION_WORD = re.compile(rf"([a-z][a-z-]+) +(?=[{CAPITALS}])")  # "northern Ukraine"
_TAIL = re.compile(r" +([a-z]+)(?![\w’'-])")  # a whole lower-case word after a name
# "Manhattan, New York"; tokenized text: "Manhattan , New York"; a link's markup blanked
# between a name and its comma: "Jalalabad    , Nangarhar province"
_COMMA = re.compile(r" *, +")
_LIST_JOINER = re.compile(r" *,? +([a-z]+) +")  # "Velm, and Tarvin", "Velm and Tarvin"
_SPACE_RUN = re.compile(r"\s{2,}")
_KEY_WORD = re.compile(r"[^\W_][\w’'-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_DASH = re.compile(r"(?<=\w)[\u2010-\u2013](?=\w)")


def written_length(text: str, limit: int) -> int:
    """The length of `text` with each run of spaces counted as one (a link's markup, blanked
    to spaces as a source is loaded, is no distance), read only when more than `limit`."""
    if len(text) <= limit or "  " not in text:
        return len(text)
    return len(_SPACE_RUN.sub(" ", text))


@record
class NameReader:
    """Reads a capitalized name from a position: words, lower-case joiners inside ("Bay of
    Bengal"), a number after a word ("Route 2"), and a comma-joined larger place ("Randolph,
    New Hampshire"); it stops before a word of `stop` and after a possessive."""

    joiners: frozenset[str]
    stop: frozenset[str]
    max_words: int = 6
    # verbs after which the words past a comma are a clause's subject, not a larger place
    # ("in the Legislative Council, Lam said")
    verbs: frozenset[str] = frozenset()
    # words of `stop` that start a name when a capitalized word follows ("New York")
    starts: frozenset[str] = frozenset()
    # words (folded) that start no larger place after a comma ("in Alabama, Governor Kay
    # Ivey said")
    not_larger: frozenset[str] = frozenset()
    # lower-case words that end a name when one follows it: "Nangarhar province", "Jalalabad,
    # Nangarhar province, Afghanistan"
    tails: frozenset[str] = frozenset()
    # joiners an article may follow inside a name, and those articles: "Democratic Republic
    # of the Congo", "Department of the Interior"
    article_joiners: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # lower-case words of direction that may open a larger place after a comma: "Sumy,
    # northern Ukraine" (the larger place is the name after them)
    regions: frozenset[str] = frozenset()
    # words (folded, without their period) a name goes on past, with their period, when a
    # capitalized word follows: "St. Louis" (`name_abbreviations`, `abbreviated`)
    dotted: frozenset[str] = frozenset()
    # words joining the last name of a list: a name after a comma, then one of these and a
    # name with no comma after it, is the list's next item, no larger place ("in Karsk,
    # Velm and Tarvin provinces"; but "in Karsk, Ruritania and Velm, Lendia")
    coordinators: frozenset[str] = frozenset()

    def read(self, text: str, at: int, *, commas: bool = True) -> tuple[int, int] | None:
        """The span of the name starting at `at` (after spaces and a "["), or None."""
        opening = _OPENING.match(text, at)
        start = opening.end() if opening else at
        end = self._words(text, start, self.max_words)
        if end is None:
            return None
        while commas and not text[start:end].endswith(("'s", "’s")):
            more = _COMMA.match(text, end)
            if not more:
                break
            at = more.end()
            region = _REGION_WORD.match(text, at) if self.regions else None
            if region is not None and region.group(1) in self.regions:
                at = region.end()  # "Sumy, northern Ukraine"
            first = _TOKEN.match(text, at)
            if first is not None and fold(first.group(0)) in self.not_larger:
                break
            after = self._words(text, at, 3)
            if after is None:
                break
            if any(fold(w) in self.not_larger for w in text[at:after].split()[1:]):
                break  # "in Saudi Arabia, US Special Representative": a title's words
            verb = _NEXT_WORD.match(text, after)
            if verb and fold(verb.group(1)) in self.verbs:
                break
            if self._listed(text, after):
                break
            end = after
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        return start, end

    def _listed(self, text: str, end: int) -> bool:
        """Whether a name ending at `end`, read after a comma, is an item of a list: a
        coordinator follows it (after a comma or none), then a name with no comma after
        it ("Karsk, Velm, and Tarvin")."""
        if not self.coordinators:
            return False
        joiner = _LIST_JOINER.match(text, end)
        if joiner is None or fold(joiner.group(1)) not in self.coordinators:
            return False
        last = self._words(text, joiner.end(), 3)
        return last is not None and not _COMMA.match(text, last)

    def _starts(self, text: str, token: str, end: int) -> bool:
        """Whether a stop word starts a name here: one of `starts`, a capitalized word next."""
        if token not in self.starts:
            return False
        following = _TOKEN.match(text, end + 1)
        return following is not None and following.group(0)[:1].isupper()

    def _words(self, text: str, at: int, limit: int) -> int | None:
        end: int | None = None
        pos = at
        joined = False  # past a joiner: "Department of Public Works"
        taken = 0  # words read, a middle initial not counted: "George H. W. Bush" is three
        while taken < limit:
            taken += 1
            word = _TOKEN.match(text, pos)
            if word is None:
                break
            token = word.group(0)
            if (token[0].isdigit() and end is None) or (
                fold(token) in self.stop
                and not self._starts(text, token, word.end())
                and not (joined and self._capital_next(text, word.end()))
            ):
                break
            joined = False
            end = word.end()
            if token.endswith(("'s", "’s")):
                break  # "Iran's Quds Force": the name is Iran's
            if (
                text[end : end + 1] == "."
                and (fold(token) in self.dotted or (len(token) == 1 and end - at > 1))
                and self._capital_next(text, end + 1)
            ):
                # "St. Louis": the abbreviation's period is the name's; so is a middle
                # initial's, a letter after the name's first word: "Gerald R. Ford"
                end += 1
                taken -= len(token) == 1
            tail = _TAIL.match(text, end) if self.tails else None
            if (
                tail is not None
                and tail.group(1) in self.tails
                and not self._joins(text, tail.end())
            ):
                end = tail.end()
                # and a second noun of the kind: "Sumy city centre", "the Karsk mountain range"
                more = _TAIL.match(text, end)
                if more is not None and more.group(1) in self.tails:
                    end = more.end()
                break
            gap = _SPACES.match(text, end)
            if gap is None:
                break
            pos = gap.end()
            joiner = _JOINER.match(text, pos)
            if joiner and joiner.group(1) in self.joiners:
                after = joiner.end()
                if joiner.group(1) in self.article_joiners:
                    article = _JOINER.match(text, after)
                    if article and article.group(1) in self.articles:
                        after = article.end()  # "of the Congo"
                following = _TOKEN.match(text, after)
                if following and following.group(0)[0].isupper():
                    pos = after
                    joined = True
        return end

    def _joins(self, text: str, end: int) -> bool:
        """Whether a joiner and a capitalized word follow `end`: "the US state of Alabama"."""
        joiner = _JOINER.match(text, end + 1) if text[end : end + 1] == " " else None
        return (
            joiner is not None
            and joiner.group(1) in self.joiners
            and self._capital_next(text, joiner.end() - 1)
        )

    @staticmethod
    def _capital_next(text: str, end: int) -> bool:
        """Whether a capitalized word follows the word ending at `end` (one space apart)."""
        following = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
        return following is not None and following.group(0)[:1].isupper()


def abbreviated(rules: NamedRules) -> frozenset[str]:
    """The words of `name_abbreviations`, folded, without their period (`NameReader.dotted`)."""
    return frozenset(fold(w.rstrip(".")) for w in rules.name_abbreviations if w.rstrip("."))


@record
class WordForms:
    """How a language writes the words of a name (`named.toml`): the plural endings dropped,
    the endings that are no plural, the shortest word that has one; the articles joined to
    a name by a hyphen ("As-Suwayda"), and the articles before one ("the Hague"), those of
    the joined ones written apart among them ("El Obeid"); the
    endings that make one word of a name from another ("Afghan" / "Afghanistan"); a code of
    capitals written apart from its number, keyed as written joined ("ET 302" is "ET302",
    `thing.code_apart`); a hyphen between a model's letters and its number, dropped ("CRJ-700"
    is "CRJ700", `thing.code_hyphen`); the places news writes as a city's larger one that
    are part of another written there too ("England" of the UK, `place.parts_of`)."""

    endings: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    min_length: int = 4
    attached: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    stem_min_length: int = 4
    code_apart: re.Pattern[str] | None = None
    code_hyphen: re.Pattern[str] | None = None
    # (part, whole) keys of `place.parts_of`: "england" is part of "uk"
    parts: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def from_rules(cls, rules: NamedRules, apply: Any = fold) -> WordForms:
        """The forms of `rules`; `apply` makes the keys of `place.parts_of` (the aliases of
        the language, as the keys of names are made)."""
        forms = cls(
            tuple(sorted((fold(e) for e in rules.plural_endings), key=len, reverse=True)),
            tuple(fold(e) for e in rules.plural_kept),
            rules.plural_min_length,
            tuple(sorted((fold(a) for a in rules.attached_articles), key=len, reverse=True)),
            frozenset(fold(a) for a in (*rules.articles, *rules.apart_articles)),
            tuple(sorted({fold(e) for e in rules.stem_endings})),
            rules.stem_min_length,
            re.compile(rules.thing.code_apart),
            re.compile(rules.thing.code_hyphen),
        )
        # (keyed as the names news writes are, by these forms: "Wales" is "wale")
        parts = frozenset(
            (name_key(part, apply, forms), name_key(whole, apply, forms))
            for part, whole in rules.place.parts_of.items()
        )
        return replace(forms, parts=parts)

    def of(self, word: str) -> str:
        """`word` (folded) in the singular."""
        if len(word) < self.min_length or word.endswith(self.kept):
            return word
        for ending in self.endings:
            if word.endswith(ending):
                return word[: -len(ending)]
        return word

    def bare(self, word: str) -> str:
        """`word` (folded) without an article joined to it ("as-suwayda": "suwayda"), when
        a name of two letters or more is left."""
        for article in self.attached:
            if word.startswith(article) and len(word) - len(article) >= 2:
                return word[len(article) :]
        return word

    def stem_of(self, short: str, long: str) -> bool:
        """Whether `long` is `short` with one of the stem endings: "afghan" / "afghanistan",
        "iraq" / "iraqi" (`short` at least `stem_min_length` letters, no digit)."""
        return (
            len(short) >= self.stem_min_length
            and short.isalpha()
            and long.startswith(short)
            and long[len(short) :] in self.stems
        )


def _joined(code: re.Match[str]) -> str:
    """A code written apart from its number, its spaces dropped: "ET 302" is "ET302"."""
    return "".join(code.group(0).split())


_PLAIN_FORMS = WordForms()  # (no rules read: the default of the readers below)


def name_key(name: str, apply: Any, forms: WordForms = _PLAIN_FORMS) -> str:
    """A name folded for comparison: aliases applied, an article before it and articles
    joined to its words dropped ("the As-Suwayda Governorate" is "suwayda governorate"),
    possessives, plurals ("787 Dreamliners", by the language's `forms`) and punctuation
    dropped."""
    # ("Developer 's Conference": a possessive written apart leaves an "s")
    # ("CRJ-700" is "CRJ700": a hyphen between a maker's letters and a model's number)
    # ("Liberal–National": a dash inside a word is its hyphen)
    # ("ET 302" is "ET302": a code of capitals written apart from its number)
    written = _DASH.sub("-", name)
    if forms.code_apart is not None:
        written = forms.code_apart.sub(_joined, written)
    written = apply(written)
    if forms.code_hyphen is not None:
        written = forms.code_hyphen.sub("", written)
    found = [_POSSESSIVE.sub("", w) for w in _KEY_WORD.findall(written) if w != "s"]
    if len(found) > 1 and found[0] in forms.articles:
        found = found[1:]
    acronyms = {w.lower() for w in _KEY_WORD.findall(name) if w.isupper()}  # "USGS": no plural
    return " ".join(w if w in acronyms else _singular(forms.bare(w), apply, forms) for w in found)


def _singular(word: str, apply: Any, forms: WordForms) -> str:
    """A word of a name key in the singular, with the aliases applied to it again when the
    plural ending is dropped from a people's name (the singular ending in one of the
    `forms`' stem endings): the plural names what the singular does ("Ukrainians" is
    Ukraine, as an alias makes "Ukrainian"; not "Americas", no people's name)."""
    single = forms.of(word)
    if single == word or not single.endswith(forms.stems):
        return word if single == word else single
    aliased: str = apply(single)
    return aliased if aliased != single else single


def without_nouns(key: str, nouns: frozenset[str]) -> str:
    """A name key without the nouns of a kind of place that end it (`place.nouns`, as keys
    write them): "ituri province" is "ituri", "karsk city" is "karsk"; "" when nothing else
    is left ("province")."""
    words = key.split()
    while words and words[-1] in nouns:
        words.pop()
    return " ".join(words)


def before_joiner(key: str, nouns: frozenset[str], joiners: frozenset[str]) -> str:
    """The words of a name key before its first joiner, when they are a name and a noun of
    a kind of place (`place.nouns` and `place.name_joiners`, as keys write them): "bari
    region of puntland" is the "bari region" in Puntland; "" otherwise ("gulf of karsk":
    no name before its noun; "bank of karsk": no noun of a place)."""
    words = key.split()
    at = next((n for n, w in enumerate(words) if w in joiners), 0)
    return " ".join(words[:at]) if at >= 2 and words[at - 1] in nouns else ""


def _initials(words: list[str]) -> set[str]:
    """The acronyms of a name's words: each word's first letter, or all of a short word
    ("us geological survey": "ugs", "usgs")."""
    found = {""}
    for w in words:
        found = {f + w[0] for f in found} | ({f + w for f in found} if len(w) <= 3 else set())
    return found


def _word_fits(short: str, long: str, forms: WordForms) -> bool:
    if short == long:
        return True
    # "afghan" within "afghanistan", "syria" within "syrian": a place and its people's word
    if forms.stems and forms.stem_of(short, long):
        return True
    # "a320" within "a320neo", "787" within "787-8": a model and its variant.
    if len(short) >= 2 and long.startswith(short) and any(c.isdigit() for c in short):
        return True
    # "752" within "ps752": a number and the same number with its operator's code
    prefix = long[: -len(short)] if short.isdigit() and long.endswith(short) else ""
    return 0 < len(prefix) <= 3 and prefix.isalpha()


def relation(a: str, b: str, forms: WordForms = _PLAIN_FORMS) -> Relation:
    """How two name keys relate: the same (or spelled alike, `spelled_alike`), one within
    the other (each word of the shorter a word of the longer, the start of a model's, or the
    word it is made from by one of the `forms`' stem endings), or different."""
    if a == b:
        return "same"
    if spelled_alike(a, b):
        return "same"  # one name transliterated two ways: "Tigray" / "Tigrai"
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return "different"
    # An acronym and the name it stands for: "ana" / "all nippon airways".
    for short, long in ((wa, wb), (wb, wa)):
        if len(short) == 1 and len(long) > 1 and short[0] in _initials(long):
            return "same"
    # (the shorter name's words each within the longer's; either way when as long)
    for short, long in ((wa, wb), (wb, wa)):
        if len(short) <= len(long) and all(
            any(_word_fits(s, w, forms) for w in long) for s in short
        ):
            return "within"
    return "different"


def within_score(a: str, b: str, base: float, step: float) -> float:
    """The score of two names one within the other: `base` (`named_within_score` of
    matching rules), and `step` more per shared word (up to two) and for a shared first word,
    so that clusters grow from the closest pairs first ("Texas" joins "Texas, United States"
    before "United States" does: a bare larger place joins last, and a place it cannot be one
    with keeps it out)."""
    wa, wb = a.split(), b.split()
    shared = len(set(wa) & set(wb))
    head = bool(wa and wb and wa[0] == wb[0])
    return min(100.0, base + step * (min(shared, 2) + head))


@record(slots=True)
class NamedMention(MentionDetail):
    """A name for a role as written: the role from rules and the name's span in the quote."""

    role: str
    name: str
    # read from the source's opening sentence alone, with no cue near it: weaker evidence
    opening: bool = False


def named_mention(
    source: Source,
    sentence: Sentence,
    kind: ClaimKind,
    quote: tuple[int, int],
    role: str,
    name: tuple[int, int],
    opening: bool = False,
) -> Mention[NamedMention]:
    """A mention of a named kind: `quote` and `name` are spans of the sentence's text."""
    detail = NamedMention(role=role, name=sentence.text[name[0] : name[1]], opening=opening)
    return sentence_mention(source, sentence, kind, quote[0], quote[1], detail)


@record(slots=True)
class NamedValue(ClaimDetail):
    """What a named claim states: its role, the name as written and its key."""

    role: str
    name: str
    key: str
    # keys of the larger places the claim's source puts this one in ("Elbow Cay in the Abaco
    # Islands", "in Iraq, at Baghdad International Airport")
    within: tuple[str, ...] = ()
    # read from the source's opening sentence alone, with no cue near it (`NamedMention`)
    opening: bool = False
    # a common noun of a class, no name ("bribery", "pickup truck": a class's `nouns` written
    # in lower case): the same noun in two stories is two things, even for a kind whose one
    # name is one thing in any story (`NamedKind.one_name_one_thing`)
    common: bool = False
    # the key of the group of near words a common noun of a class is one of (`alike` of its
    # class): two values of one group, their keys apart, are one within the other ("heavy
    # rains" / "torrential rain")
    kin: str = ""
    # a common noun of a class that names whichever thing of the class the story tells of
    # (`general` of its class): within any other value of its role ("parliament" / "Seimas")
    general: bool = False
    # the key of the name before its first comma, when it has one: "Marib, Yemen" is "marib"
    # (in "yemen")
    head: str = ""
    # a larger place read from the words after a comma of another place's name ("Luzon,
    # Philippines" names the Philippines too): the place of the story at a coarser level,
    # which meets any role's and disagrees with none
    larger: bool = False
    # a name written bare where another source of the run reads it as a place (a place's
    # or a route end's claim, `kinds/thing/recur.py`): that place as this source names it,
    # which meets the place of any role and disagrees with none (a route's end, when the
    # run reads the name only as one: that end, as the route kind compares ends)
    bare: bool = False


def value_relation(a: NamedValue, b: NamedValue, forms: WordForms = _PLAIN_FORMS) -> Relation:
    """How two named values relate: by their keys, or one inside a place its source puts
    the other in, or by the names before their commas ("Marib Governorate" / "Marib,
    Yemen": one within the other, unless both name larger places that differ: "Springfield,
    Illinois" / "Springfield, Missouri")."""
    how = relation(a.key, b.key, forms)
    if how == "different" and a.kin and a.kin == b.kin:
        return "within"  # near words of one thing: "heavy rains" / "torrential rain"
    if how == "different" and (a.general or b.general):
        return "within"  # the class's general noun: "parliament" / "Seimas"
    if how != "different" and _parts_apart(a, b, forms):
        return "different"  # (not "Velm, England" and "Velm, New England")
    if how == "different" and (_inside(a, b) or _inside(b, a)):
        return "within"
    if how == "different" and (a.head or b.head):
        if relation(a.head or a.key, b.head or b.key, forms) == "different":
            return how
        larger_a, larger_b = _larger_part(a), _larger_part(b)
        if (
            larger_a
            and larger_b
            and relation(larger_a, larger_b, forms) == "different"
            and (larger_a, larger_b) not in forms.parts
            and (larger_b, larger_a) not in forms.parts
        ):
            return how  # (not "London, England" and "London, United Kingdom")
        return "within"
    return how


def _parts_apart(a: NamedValue, b: NamedValue, forms: WordForms) -> bool:
    """Whether two places' larger places after a comma differ where one is a part of a
    country (`place.parts_of`): a part names itself, met only by itself or its whole
    ("Velm, Wales" / "Velm, United Kingdom"), never by another name holding its words or
    held in it ("Velm, Wales" / "Velm, New South Wales", "Velm, Northern Ireland" / "Velm,
    Ireland")."""
    if not forms.parts:
        return False
    # (a part written with its whole after it is the part: "England, United Kingdom")
    joined = {f"{part} {whole}": part for part, whole in forms.parts}
    larger_a, larger_b = (joined.get(p, p) for p in (_larger_part(a), _larger_part(b)))
    if not larger_a or not larger_b or larger_a == larger_b:
        return False
    if not any(larger in (part for part, _ in forms.parts) for larger in (larger_a, larger_b)):
        return False
    return (larger_a, larger_b) not in forms.parts and (larger_b, larger_a) not in forms.parts


def _larger_part(value: NamedValue) -> str:
    """The words of a value's key past those of its head: the larger places its name gives
    after a comma ("Marib, Yemen": "yemen"); empty without a comma."""
    if not value.head:
        return ""
    words, head = value.key.split(), value.head.split()
    return " ".join(words[len(head) :]) if words[: len(head)] == head else ""


def _inside(small: NamedValue, big: NamedValue) -> bool:
    """Whether `big` is a larger place the source of `small` puts it in (or its region)."""
    words = set(big.key.split())
    return any(words <= set(w.split()) for w in small.within)


_RELATIONS_HELD = 1 << 16  # pairs of named values a kind keeps the relation of
_STORIES_HELD = 1 << 16  # pairs of stories a kind keeps the score of
# two named values as their relation reads them: key, head and larger places of each
_RelationKey = tuple[str, str, tuple[str, ...], str, bool, str, str, tuple[str, ...], str, bool]


def role_claim(mention: Mention[Any], kind: str, value: NamedValue) -> Claim:
    """The claim a named value makes under its role: of dimension `kind:role`, the role its
    class and its subject."""
    return named_claim(
        mention,
        dimension=f"{kind}:{value.role}",
        noun_class=value.role,
        context=Context(subject=value.role),
        detail=value,
    )


def span_claim(
    source: Source,
    sentence: Sentence,
    kind: ClaimKind,
    span: tuple[int, int],
    value: NamedValue,
    detail: MentionDetail | None = None,
) -> Claim:
    """The claim of a name a run reads at `span` of a source (offsets into the source, inside
    `sentence`), stating `value` under its role (`role_claim`); its mention tells the role
    and the name as written (`detail`, a `NamedMention` unless given)."""
    start, end = span
    name = source.text[start:end]
    told = detail if detail is not None else NamedMention(role=value.role, name=name)
    at = sentence.start
    mention = sentence_mention(source, sentence, kind, start - at, end - at, told)
    return role_claim(mention, kind, value)


def named(claim: Claim) -> NamedValue:
    """The role and name a named claim states."""
    return detail_of(claim, NamedValue)


class NamedKind(Kind):
    """A name for a role: blocked by kind, matched when the names are alike, judged agree,
    compatible (one within the other) or, for roles with one value per story, conflict."""

    numeric = False
    role_key: ClassVar[str] = "name"  # the key of the role shown when a claim has none
    # one name is one thing in any story ("2019-nCoV", "Hong Hai 16"), unlike a place or a
    # date, which two stories may each have: the same name meets across stories
    one_name_one_thing: ClassVar[bool] = False

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        # story scores of pairs of sources' stories (at most `_STORIES_HELD` kept at once: a
        # large run's pairs of sources are many, and a score forgotten is worked out again)
        self._stories: dict[tuple[str, str], float] = {}
        # how two named values relate, by their keys, heads and larger places: a block says
        # few names many times, and each pair of its claims asks
        self._relations: dict[_RelationKey, Relation] = {}
        self.forms = WordForms.from_rules(self.rules.named, self.context.aliases.apply)
        self.label_word = self.role(self.role_key)

    def role(self, key: str) -> str:
        """How reports name the role of this key (`roles` of `named.toml`, else the key)."""
        return self.rules.named.roles.get(key, key)

    @staticmethod
    def means(claim: Claim) -> str:
        return named(claim).name

    @staticmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        return name_span(named(claim).name, quote)

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        value = named(claim)
        return {"entity": value.name, "role": value.role}

    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        value = self.value_of(mention, source)
        if value is None:
            return None
        return role_claim(mention, self.name, value)

    def value_of(self, mention: Mention[Any], source: Source) -> NamedValue | None:
        """What a mention names, with its key; None when nothing is left to compare."""
        stated = detail_of(mention, NamedMention)
        key = name_key(stated.name, self.context.aliases.apply, self.forms)
        if not key:
            return None
        head = (
            name_key(stated.name.split(",")[0], self.context.aliases.apply, self.forms)
            if "," in stated.name
            else ""
        )
        return NamedValue(
            role=stated.role,
            name=stated.name,
            key=key,
            opening=stated.opening,
            head=head if head != key else "",
        )

    def block_key(self, claim: Claim) -> str | None:
        return f"{claim.kind}|{self.block_role(named(claim).role)}"

    def block_role(self, role: str) -> str:
        """The part of a role claims must share to meet (all of it by default)."""
        return role

    def posting_keys(self, claim: Claim) -> Iterable[str]:
        # (and each word as its transliterations share it: "tigray" meets "tigrai")
        value = named(claim)
        words = value.key.split()
        kin = (f"kin:{value.kin}",) if value.kin else ()
        return sorted({*words, *map(respelled, words), *kin})

    def one_per_story(self, a: NamedValue, b: NamedValue) -> bool:
        """Whether two different names for these roles disagree (by default they never do)."""
        return False

    def figures_stated(self, members: Sequence[Claim]) -> dict[str, int]:
        """Whether each member's source names, in the block, two things of its role that are
        not one (2) or not (1): a source naming two carriers, or two aircraft types, tells
        of two things, so neither disagrees with another source's name (`one_per_story` is
        the default a source's own names overrule)."""
        groups = [(c.source_id, named(c).role) for c in members]
        by_role: dict[tuple[str, str], dict[str, NamedValue]] = {}
        for c, group in zip(members, groups, strict=True):
            value = named(c)
            by_role.setdefault(group, {}).setdefault(value.key, value)
        several = {group for group, values in by_role.items() if self._two_apart(values)}
        return {
            c.id: 2 if group in several else 1 for c, group in zip(members, groups, strict=True)
        }

    def _two_apart(self, values: Mapping[str, NamedValue]) -> bool:
        """Whether two of `values` (one per key) are different names of a role a story has
        once."""
        shown = sorted(values.values(), key=lambda v: v.key)
        return any(
            self.one_per_story(a, b) and self._value_relation(a, b) == "different"
            for at, a in enumerate(shown)
            for b in shown[at + 1 :]
        )

    def roles_meet(self, a: NamedValue, b: NamedValue) -> bool:
        """Whether claims of these two roles may state one fact."""
        return a.role == b.role

    def other_story(self, fa: Features, fb: Features) -> OtherStory | None:
        """A veto when the two claims' sources tell different stories, else None.

        A place, a date or a thing stated in two stories is two facts ("Marlow" where a
        plane crashed and "Marlow" where a bridge opened; but a kind whose one name is one
        thing, `one_name_one_thing`, meets the same name across stories: two outlets' short
        accounts of "2019-nCoV" may share few other names; not a common noun, `common`: a
        "bribery" charge in two stories is two charges). The story is the proper names of
        each source, compared as the quantity kind compares them; a source naming nobody
        tells no story, and meets any other."""
        if not fa.topic or not fb.topic or fa.topic == fb.topic:
            return None
        key = (fa.topic, fb.topic)
        score = self._stories.get(key)
        if score is None:
            from rapidfuzz import fuzz  # matching only: `reconcile claims` never loads it

            cutoff = self.rules.matching.story_cutoff
            if len(self._stories) >= _STORIES_HELD:
                self._stories.clear()
            score = self._stories[key] = fuzz.token_set_ratio(*key, score_cutoff=cutoff)
        return OtherStory(0.0) if score == 0 else None

    def _value_relation(self, a: NamedValue, b: NamedValue) -> Relation:
        """`relate(a, b)`, worked out once per pair of keys, heads and
        larger places (at most `_RELATIONS_HELD` kept at once: the same answer either way)."""
        if a.key == b.key:
            return "same"
        key = (a.key, a.head, a.within, a.kin, a.general, b.key, b.head, b.within, b.kin, b.general)
        found = self._relations.get(key)
        if found is None:
            if len(self._relations) >= _RELATIONS_HELD:
                self._relations.clear()
            found = self._relations[key] = self.relate(a, b)
        return found

    def relate(self, a: NamedValue, b: NamedValue) -> Relation:
        """How two values of this kind relate (`value_relation`, by default)."""
        return value_relation(a, b, self.forms)

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        va, vb = named(a), named(b)
        role = va.role or self.label_word
        story = self.other_story(fa, fb)
        if story is not None and not (
            self.one_name_one_thing and va.key == vb.key and not (va.common or vb.common)
        ):
            return PairDecision(0.0, (), story)
        if not self.roles_meet(va, vb):
            return PairDecision(0.0, (), NamedApart(role, va.name, vb.name, False))
        how = self._value_relation(va, vb)
        if how == "within" and (va.general or vb.general) and _items_apart(fa, fb):
            # a general noun ("parliament") in another item of a page of many stories than
            # the name it would stand for: another story's chamber
            return PairDecision(0.0, ())
        if how != "different":
            within = how == "within"
            if within and a.source_id == b.source_id:
                # "Isla Verde in the Coral Islands": one source's place and the larger one
                # it is in are two claims; other sources' mentions join either
                return PairDecision(0.0, ())
            return PairDecision(
                within_score(
                    va.key,
                    vb.key,
                    self.rules.matching.named_within_score,
                    self.rules.matching.named_within_step,
                )
                if within
                else 100.0,
                (SameNamed(role, va.name, vb.name, within),),
            )
        if a.source_id == b.source_id:
            return PairDecision(0.0, (), NamedApart(role, va.name, vb.name, True))
        # Different names conflict only for a role a story has once, where neither source
        # names two things of it (`figures_stated`), and only where the sources tell of one
        # event: the words around both share `conflict_shared_words`.
        shared = len(fa.words & fb.words)
        if (
            not self.one_per_story(va, vb)
            or max(fa.figures, fb.figures) > 1
            or shared < self.rules.named.conflict_shared_words
        ):
            return PairDecision(0.0, (), NamedApart(role, va.name, vb.name, False))
        return PairDecision(60.0, (DifferentNamed(role, va.name, vb.name),))

    def judge(self, members: Sequence[Claim]) -> Judgement:
        values = _pooled([named(c) for c in members])
        verdict = pairs_verdict(
            values,
            lambda v: (v.key, v.head, v.within, v.kin, v.general),
            self.relate,
        )
        notes: list[Note] = []
        shown = _distinct(values)
        if len(shown) > 1:
            notes.append(NamedStated(self.shown_role(values) or self.label_word, shown))
        return Judgement(verdict, None, tuple(notes))

    def label(self, members: Sequence[Claim]) -> str:
        values = [named(c) for c in members]
        return f"{self.shown_role(values) or self.label_word}: {' / '.join(_distinct(values))}"

    def shown_role(self, values: Sequence[NamedValue]) -> str:
        """The role a fact of these values is shown under (the first claim's by default)."""
        return values[0].role


V = TypeVar("V")


def pairs_verdict(
    values: Sequence[V], key: Callable[[V], Hashable], relate: Callable[[V, V], Relation]
) -> Verdict:
    """The verdict on every pair of `values`, each value before the other as they are
    given: "conflict" when `relate` finds two different, else "compatible" when one is
    within the other, else "agree". `relate` reads a value only by its `key`: each pair of
    keys that stands in that order somewhere (a key with itself where two values share it)
    is related once, so that a large fact whose claims state a few values ("officials", in
    thousands of sources) is judged by its distinct values, not all its pairs of claims."""
    first: dict[Hashable, int] = {}
    last: dict[Hashable, int] = {}
    shown: dict[Hashable, V] = {}
    for at, value in enumerate(values):
        k = key(value)
        if k not in first:
            first[k], shown[k] = at, value
        last[k] = at
    found: set[Relation] = set()
    for a in first:
        for b in first:
            if first[a] < last[b]:  # (a value of `a` stands before one of `b`)
                found.add(relate(shown[a], shown[b]))
    if "different" in found:
        return "conflict"
    return "compatible" if "within" in found else "agree"


def _items_apart(fa: Features, fb: Features) -> bool:
    """Whether two claims stand in items of pages of many stories that share no name: two
    stories, whatever their pages share."""
    return bool(fa.story and fb.story) and not set(fa.story.split()) & set(fb.story.split())


def _pooled(values: Sequence[NamedValue]) -> list[NamedValue]:
    """The values with the larger places any of them is put in, shared by one key: a
    source that writes "Baghdad Airport, Iraq" tells it of every source's "Baghdad Airport"."""
    within: dict[str, set[str]] = {}
    for v in values:
        within.setdefault(v.key, set()).update(v.within)
    return [replace(v, within=tuple(sorted(within[v.key]))) for v in values]


def _distinct(values: Sequence[NamedValue]) -> tuple[str, ...]:
    """One shown name per key, the longest way it was written, sorted."""
    best: dict[str, str] = {}
    for v in values:
        if v.key not in best or (len(v.name), v.name) > (len(best[v.key]), best[v.key]):
            best[v.key] = v.name
    return tuple(sorted(best.values()))
