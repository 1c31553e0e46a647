"""Titles lent across a run: a name titled in one source or sentence ("Prime Minister Jane
Roe") holds that office where it is written bare ("Jane Roe told reporters", "Roe said").

`TitleLender.lend(claims, sources)` reads the office claims of a run (of one language) into
an index of names: each person titled anywhere, under the ways a bare mention writes them
(the name as the title gave it, its first two words when it has more, its surname). One
pattern of those names scans each source once; a mention found gives a claim of the office
the person is titled with, marked with the claim the title came from (`OfficeHolder.title_from`).

A mention is refused when it may name someone else: a form two people of the run share (two
Khameneis), a capitalized word before it that makes it part of another name ("Mojtaba
Khamenei" when only Ali is titled; before a name of two words or more, not a word its
source also writes in lower case: "Ombudsman Jane Roe" is titled by a word no rule reads), a
word of kin beside it ("Roe's son", "the widow of Roe"). A surname alone stands for a
person only in a source that has named them in full before it, and none that names another
person of that surname. Each source lends at most
`office_inferred_mentions` (matching rules) mentions per person, the first ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import accumulate
from math import inf

from reconcile.kinds.base import named_claim
from reconcile.kinds.office.records import OfficeHolder, OfficeMention
from reconcile.lexicon import Lexicon
from reconcile.models import Claim, Mention, Source
from reconcile.names import fold, one_person
from reconcile.records import record
from reconcile.sentences import STATEMENT_END, Sentence, sentence_holding

_CAPITALIZED_BEFORE = re.compile(r"([A-Z][\w’'-]*)([^\S\n]+)$")
_CAPITALIZED_AFTER = re.compile(r" [A-Z]")
_SENTENCE_OPEN = frozenset(".!?:;\"“‘'(*#-–—|>")
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]*")
_WORD_AT = re.compile(r"[^\W\d_][\w’'-]*")  # `_WORD` where one is known to start
_POSSESSIVE = re.compile(r"['’]s$")
_LOOK = 80  # characters around a mention read for the words beside it


def _day(published: str | None) -> date | None:
    """A source's publication date, when it states a whole one."""
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def _written_lower(text: str, word: str) -> bool:
    """Whether a text writes a word (its possessive aside) in lower case, as a word."""
    lower = re.escape(_POSSESSIVE.sub("", word).casefold())
    return re.search(rf"(?<![\w’'-]){lower}(?![\w’'-])", text) is not None


@record
class _Form:
    """One way a bare mention writes a titled person: the person's key, and whether it is
    their surname alone (which needs the full name before it in the same source)."""

    person: str
    surname: bool
    given: frozenset[str]  # the person's other words, folded: what may stand before a surname


@record
class _Taken:
    """The spans of a source's office claims, sorted by start, with the furthest end
    reached by each prefix: whether a span overlaps one of them is a bisection, not a
    pass over all of them (a long source has many claims and many mentions)."""

    starts: tuple[int, ...]
    reach: tuple[int, ...]

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> _Taken:
        spans = sorted((c.start, c.end) for c in claims)
        return cls(tuple(s for s, _ in spans), tuple(accumulate((e for _, e in spans), max)))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `[start, end)` overlaps a span: one starting before `end` ends after
        `start`."""
        at = bisect_left(self.starts, end)
        return at > 0 and self.reach[at - 1] > start


class _Donors:
    """The titled claims of the run's people, in run order, indexed once per run by the
    source that holds them: a mention's donor is found among its own source's claims, not
    in a pass over every titled claim of the person (a name written in thousands of sources
    would make the lender's work grow with the square of its mentions). For a source that
    titles the person nowhere, the choice depends only on the person and the source's day,
    and is made once for each."""

    def __init__(
        self, by_person: dict[str, list[Claim]], published: dict[str, date | None]
    ) -> None:
        self.by_person = by_person
        self.published = published
        self.here: dict[tuple[str, str], list[Claim]] = {}
        for person, claims in by_person.items():
            for claim in claims:
                self.here.setdefault((person, claim.source_id), []).append(claim)
        self.afar: dict[tuple[str, date | None], Claim] = {}


_PLAIN = re.compile(r"[A-Za-z0-9_'-]+")  # letters whose other case `re` finds in ASCII alone
_APOSTROPHE = re.compile(r"'")


class _FormPattern:
    r"""The forms of a run's names as one pattern would find them, `(?<![\w’'-])(?:form|form
    ...)(?![\w’-])` (each form's words apart by any spaces, case ignored: "Lee Jae-Myung" /
    "Lee Jae-myung"; capitals are checked after), `forms` in the order tried. `match(text,
    at)` is that pattern's match at `at`, tried with only the forms that can start with the
    word written there: one alternation of a run's every name tried at each word was a pass
    over all of them, and the run's names grow with its sources. A form whose first word
    is plain ASCII is filed under that word in lower case; a word of the text in plain ASCII
    can be matched, case ignored, by no other such form (`re` compares ASCII letters by
    their lower case, letter by letter); other forms are tried everywhere, and at a word
    not in plain ASCII the whole pattern is. The forms tried everywhere are one pattern,
    compiled once, and those filed under a word one pattern per word: each form is a group
    of its own, so of the two patterns' matches the one whose form comes first in `forms`
    is the whole pattern's (an alternation takes the first form that fits)."""

    def __init__(self, forms: Sequence[str]) -> None:
        def pattern(chosen: Sequence[str], grouped: bool = False) -> re.Pattern[str]:
            open_, close = ("(", ")") if grouped else ("", "")
            return re.compile(
                r"(?<![\w’'-])(?:"
                + "|".join(
                    open_ + r"\s+".join(re.escape(w) for w in form.split()) + close
                    for form in chosen
                )
                + r")(?![\w’-])",
                re.IGNORECASE,
            )

        self._pattern = pattern
        self.forms = tuple(forms)
        self._whole: re.Pattern[str] | None = None  # compiled when first needed
        self._filed: dict[str, list[int]] = {}  # first word, lower case -> forms' places
        self._anywhere: list[int] = []
        for at, form in enumerate(self.forms):
            first = form.split()[0]
            if _PLAIN.fullmatch(first):
                self._filed.setdefault(first.lower(), []).append(at)
            else:
                self._anywhere.append(at)
        # per first word: the pattern of the forms filed under it and their places
        self._of: dict[tuple[str, ...], tuple[re.Pattern[str], list[int]] | None] = {}
        self._everywhere: re.Pattern[str] | None = None  # the other forms', grouped

    def match(self, text: str, at: int) -> re.Match[str] | None:
        word = _WORD_AT.match(text, at)
        written = word.group(0) if word is not None else ""
        if not written or not _PLAIN.fullmatch(written):
            if self._whole is None:
                self._whole = self._pattern(self.forms)
            return self._whole.match(text, at)
        # the form's first word is the whole word written, or the part before an
        # apostrophe when the form is a name alone ("Roe's")
        keys = (
            written.lower(),
            *(written[: m.start()].lower() for m in _APOSTROPHE.finditer(written)),
        )
        if keys not in self._of:
            places = sorted({p for k in keys for p in self._filed.get(k, ())})
            self._of[keys] = (
                (self._pattern([self.forms[p] for p in places], True), places) if places else None
            )
        filed = self._of[keys]
        found = filed[0].match(text, at) if filed is not None else None
        if not self._anywhere:
            return found
        if self._everywhere is None:
            self._everywhere = self._pattern([self.forms[p] for p in self._anywhere], True)
        other = self._everywhere.match(text, at)
        if other is None:
            return found
        if found is None or filed is None:
            return other
        # the form that comes first (each match's last group is its form)
        mine = filed[1][(found.lastindex or 1) - 1]
        return other if self._anywhere[(other.lastindex or 1) - 1] < mine else found


class TitleLender:
    """Gives office claims to bare mentions of people titled elsewhere in the run."""

    def __init__(self, lexicon: Lexicon, surname_cutoff: float) -> None:
        self.lexicon = lexicon
        self.surname_cutoff = surname_cutoff
        rules = lexicon.rules
        self.limit = rules.matching.office_inferred_mentions
        words = rules.offices.holder_words
        self.not_names = lexicon.not_names | frozenset(fold(w) for w in words.not_places)

        def alternatives(items: Sequence[str]) -> str:
            ordered = sorted({fold(i) for i in items}, key=lambda i: (-len(i), i))
            return "|".join(r"\s+".join(re.escape(w) for w in i.split()) for i in ordered)

        kin = alternatives(words.kin)
        of = alternatives(words.of)
        articles = alternatives(words.articles)
        # a government named for the one who heads it ("the Roe Government resigned"): the
        # capitalized word after a surname is a noun of rule, no other name's
        self.ruled_after = (
            re.compile(rf"\s+(?:{alternatives(words.rule_nouns)})(?![\w’'-])", re.IGNORECASE)
            if words.rule_nouns
            else None
        )
        self.kin_after = re.compile(rf"^['’]s\s+(?:{kin})\b", re.IGNORECASE) if words.kin else None
        self.kin_before = (
            re.compile(
                rf"\b(?:{kin})\s+(?:{of})\s+(?:(?:{articles})\s+)?$"
                if words.of and words.articles
                else rf"\b(?:{kin})\s+(?:{of})\s+$",
                re.IGNORECASE,
            )
            if words.kin and words.of
            else None
        )

    def lend(self, claims: Sequence[Claim], sources: Sequence[Source]) -> list[Claim]:
        """The office claims of bare mentions, in source order then position."""
        titled = [
            c for c in claims if isinstance(c.detail, OfficeHolder) and not c.detail.title_from
        ]
        if not titled or self.limit == 0:
            return []
        forms = self._forms(titled)
        if not forms:
            return []
        pattern = _FormPattern(sorted(forms, key=lambda f: (-len(f), f)))
        by_source: dict[str, list[Claim]] = {}
        for claim in titled:
            by_source.setdefault(claim.source_id, []).append(claim)
        order = {source.id: n for n, source in enumerate(sources)}
        by_person: dict[str, list[Claim]] = {}
        for claim in sorted(titled, key=lambda c: (order.get(c.source_id, len(order)), c.start)):
            by_person.setdefault(self._holder(claim).person_key, []).append(claim)
        published = {source.id: _day(source.published) for source in sources}
        donors = _Donors(by_person, published)
        # the first words of the forms, once per run: each source's scan looks words up here
        firsts = frozenset(form.split()[0] for form in forms)
        texts = {source.id: source.text for source in sources}
        lower: dict[tuple[str, str], bool] = {}  # (`_titled_lower`, asked once per pair)

        def titled_lower(word: str, person: str) -> bool:
            if (word, person) not in lower:
                lower[(word, person)] = self._titled_lower(word, person, by_person, texts)
            return lower[(word, person)]

        lent: list[Claim] = []
        for source in sources:
            own = by_source.get(source.id, [])
            lent += self._lend_in(source, pattern, forms, firsts, own, donors, titled_lower)
        return lent

    def _titled_lower(
        self, word: str, person: str, by_person: dict[str, list[Claim]], texts: dict[str, str]
    ) -> bool:
        """Whether a source that titles `person` writes `word` in lower case: the run reads
        it as a common noun beside the person ("the ombudsman" where another source writes
        "Ombudsman Jane Roe"), a title no rule reads, not another given name."""
        sources = dict.fromkeys(c.source_id for c in by_person.get(person, ()))
        return any(_written_lower(texts.get(s, ""), word) for s in sources)

    @staticmethod
    def _holder(claim: Claim) -> OfficeHolder:
        detail = claim.detail
        assert isinstance(detail, OfficeHolder)
        return detail

    def _forms(self, titled: Sequence[Claim]) -> dict[str, _Form]:
        """The ways bare mentions write the people titled: their name as shown, its first
        two words (of three or more), their surname; a form two people share is left out."""
        found: dict[str, set[str]] = {}
        surnames: set[str] = set()
        given: dict[str, frozenset[str]] = {}
        for claim in titled:
            held = self._holder(claim)
            words = held.person.split()
            if len(words) < 2 or not held.person_key:
                continue  # a surname alone, titled, is too little to lend
            given[held.person_key] = frozenset(fold(w) for w in words[:-1])
            found.setdefault(" ".join(words).casefold(), set()).add(held.person_key)
            if len(words) > 2 and words[1][:1].isupper():
                found.setdefault(" ".join(words[:2]).casefold(), set()).add(held.person_key)
            if words[-1][:1].isupper() and words[-1] != words[-1].upper():
                # (a surname, not a numeral or an acronym: "Frederik X", "Jane Roe MP")
                found.setdefault(words[-1].casefold(), set()).add(held.person_key)
                surnames.add(words[-1].casefold())
            for inner in words[1:-1]:
                # a capitalized word inside a name of three words or more, written alone:
                # the name the person goes by ("Lula" of "Luiz Inácio Lula da Silva"), held
                # to a surname's conditions (not a particle, "da", nor an initial or acronym)
                if inner.isalpha() and inner[:1].isupper() and inner[1:].islower() and inner[1:]:
                    found.setdefault(inner.casefold(), set()).add(held.person_key)
                    surnames.add(inner.casefold())
        forms: dict[str, _Form] = {}
        for form, people in found.items():
            keys = sorted(people, key=lambda k: (-len(k), k))
            if any(not one_person(keys[0], k, self.surname_cutoff) for k in keys[1:]):
                continue  # two people of the run written so: neither is lent the mention
            surname = form in surnames and " " not in form
            if surname and fold(form) in self.not_names:
                continue  # a surname that is also a month or a word opening a sentence: "May"
            forms[form] = _Form(keys[0], surname, given.get(keys[0], frozenset()))
        return forms

    def _lend_in(
        self,
        source: Source,
        pattern: _FormPattern,
        forms: dict[str, _Form],
        firsts: frozenset[str],
        own: Sequence[Claim],
        donors: _Donors,
        titled_lower: Callable[[str, str], bool],
    ) -> list[Claim]:
        text = source.text
        taken = _Taken.of(own)
        found: list[tuple[re.Match[str], _Form]] = []
        refused_surnames: set[str] = set()
        for match in self._scan(text, pattern, firsts):
            written = match.group(0).split()
            if not (written[0][:1].isupper() and written[-1][:1].isupper()):
                continue  # a name starts and ends with a capital: not "trump card"
            form = forms[" ".join(written).casefold()]
            if taken.overlaps(match.start(), match.end()):
                continue
            if form.surname and self._other_given(text, match.start(), form):
                refused_surnames.add(form.person)  # "Mojtaba Khamenei" beside "Khamenei"
                continue
            found.append((match, form))
        if not found:
            return []
        named_before: dict[str, int] = {}  # person -> where the source first names them in full
        for claim in own:
            key = self._holder(claim).person_key
            named_before[key] = min(named_before.get(key, claim.start), claim.start)
        # people this source names in full anywhere: a surname alone stands for them only
        # after it; a person it never names in full, titled in another source, may be
        # meant by their surname alone where the source writes it nowhere as a common word
        # (`_surname_apart`)
        in_full = {self._holder(claim).person_key for claim in own}
        in_full |= {form.person for _, form in found if not form.surname}
        for match, form in found:
            if not form.surname and form.person not in named_before:
                named_before[form.person] = match.start()
        lent: list[Claim] = []
        counts: dict[str, int] = {}
        holders: dict[str, set[str]] = {}
        for claim in own:
            held = self._holder(claim)
            holders.setdefault(held.office_key, set()).add(held.person_key)
        for match, form in found:
            person = form.person
            if counts.get(person, 0) >= self.limit:
                continue
            if form.surname and (
                person in refused_surnames
                or (
                    named_before.get(person, len(text)) >= match.start()
                    if person in in_full
                    else not self._surname_apart(text, match.group(0))
                )
            ):
                continue
            if not self._bare(text, match.start(), match.end(), form, titled_lower):
                continue
            sentence = sentence_holding(
                source,
                match.start(),
                match.end(),
                self.lexicon.abbreviations,
                self.lexicon.sentence_ends,
            )
            if sentence is None:
                continue  # page furniture, or a name across two sentences
            if not STATEMENT_END.search(sentence.text):
                continue  # a heading ("Controversies of Jane Roe"): a topic, no statement
            donor = self._donor(person, source.id, match.start(), donors)
            lent.append(self._claim(source, sentence, match, donor, holders))
            counts[person] = counts.get(person, 0) + 1
        return lent

    @staticmethod
    def _surname_apart(text: str, surname: str) -> bool:
        """Whether a surname alone, in a source that never names its person in full, may
        be theirs: the source never writes the word in lower case (a common word: "rice",
        "young"); a surname two people of the run share is no form at all (`_forms`), and
        one after another given name is refused (`_other_given`)."""
        lower = re.escape(surname.casefold())
        return re.search(rf"(?<![\w’'-]){lower}(?![\w’'-])", text) is None

    @staticmethod
    def _scan(text: str, pattern: _FormPattern, firsts: frozenset[str]) -> list[re.Match[str]]:
        """The names of `pattern` in a text, tried only where a word that starts one stands
        (`firsts`, the first words of the run's forms: a set look-up per capitalized word,
        not the whole alternation at each character)."""
        found: list[re.Match[str]] = []
        end = 0
        for word in _WORD.finditer(text):
            if word.start() < end or not word.group(0)[0].isupper():
                continue
            if _POSSESSIVE.sub("", word.group(0)).casefold() not in firsts:
                continue
            match = pattern.match(text, word.start())
            if match is not None:
                found.append(match)
                end = match.end()
        return found

    def _word_before(self, text: str, start: int) -> str | None:
        """The capitalized word right before `start` that may be part of the same name: not
        one opening a sentence, not a word that is no name ("On", "The", a weekday)."""
        before = _CAPITALIZED_BEFORE.search(text[max(0, start - _LOOK) : start])
        if before is None:
            return None
        word = before.group(1)
        if fold(word) in self.not_names:
            return None
        head = text[max(0, start - _LOOK) : start][: before.start()].rstrip()
        if not head or head[-1] in _SENTENCE_OPEN or "\n" in before.group(2):
            return None
        return word

    def _other_given(self, text: str, start: int, form: _Form) -> bool:
        """Whether a surname stands after a capitalized word that is none of the person's
        other names: another person of that surname."""
        word = self._word_before(text, start)
        return word is not None and fold(word) not in form.given

    def _bare(
        self,
        text: str,
        start: int,
        end: int,
        form: _Form,
        titled_lower: Callable[[str, str], bool],
    ) -> bool:
        """Whether a mention names the person alone: no other name's word before it, no
        word of kin beside it, a surname not followed by another capitalized word but a noun
        of rule (the government named for its head: "the Roe Government"). Before a
        name of two words or more, a capitalized word its source, or a source that titles
        the person (`titled_lower`), also writes in lower case is a title no rule reads
        ("Ombudsman Jane Roe" where a source speaks of "the ombudsman"), not another given
        name: a given name is not written so."""
        word = self._word_before(text, start)
        if (
            word is not None
            and fold(word) not in form.given
            and (
                form.surname or not (_written_lower(text, word) or titled_lower(word, form.person))
            )
        ):
            return False
        after = text[end : end + _LOOK]
        if self.kin_after is not None and self.kin_after.match(after):
            return False
        if self.kin_before is not None and self.kin_before.search(
            text[max(0, start - _LOOK) : start]
        ):
            return False
        return not (
            form.surname
            and _CAPITALIZED_AFTER.match(after)
            and not (self.ruled_after is not None and self.ruled_after.match(after))
        )

    def _donor(self, person: str, source_id: str, start: int, donors: _Donors) -> Claim:
        """The titled claim a mention takes its office from: the last before it in its own
        source, else the first in its source; else, of the other sources, one published
        nearest its own (an office changes hands: the title of the time), then the reading
        of the person most claims give, then the first in run order."""
        here = donors.here.get((person, source_id))
        if here:  # (in order of start)
            at = bisect_left(here, start, key=lambda c: c.start)
            return here[at - 1] if at > 0 else here[0]
        published = donors.published
        day = published.get(source_id)
        known = donors.afar.get((person, day))
        if known is not None:
            return known
        claims = donors.by_person[person]
        counts: dict[tuple[str, str, str, bool], int] = {}
        for claim in claims:
            counts[self._reading(claim)] = counts.get(self._reading(claim), 0) + 1

        def apart(claim: Claim) -> float:
            other = published.get(claim.source_id)
            return abs((other - day).days) if day is not None and other is not None else inf

        ranked = sorted(
            enumerate(claims), key=lambda c: (apart(c[1]), -counts[self._reading(c[1])], c[0])
        )
        donors.afar[(person, day)] = ranked[0][1]
        return ranked[0][1]

    def _reading(self, claim: Claim) -> tuple[str, str, str, bool]:
        held = self._holder(claim)
        return (held.office_key, held.place, held.title, held.former)

    def _claim(
        self,
        source: Source,
        sentence: Sentence,
        match: re.Match[str],
        donor: Claim,
        holders: dict[str, set[str]],
    ) -> Claim:
        held = self._holder(donor)
        others = holders.get(held.office_key, set())
        detail = replace(
            held,
            co_holders=tuple(
                sorted(k for k in others if not one_person(k, held.person_key, self.surname_cutoff))
            ),
            title_from=donor.id,
            title_source=donor.source_id,
            title_quote=" ".join(donor.quote.split()),
        )
        mention = Mention(
            source_id=source.id,
            kind=donor.kind,
            quote=match.group(0),
            start=match.start(),
            end=match.end(),
            sentence=sentence.text,
            sentence_start=sentence.start,
            detail=OfficeMention(held.office_key, match.group(0)),
        )
        return named_claim(
            mention,
            dimension=donor.dimension or "",
            noun_class=donor.noun_class or "",
            context=donor.context,
            detail=detail,
        )
