"""Which name a number belongs to in its sentence, read from the sentence's structure.

A figure is about a name when the name owns what it counts or is what its clause is about:
a possessive or an "of"-phrase on the counted thing ("Beta's 12 workers", "10 of Beta's
workers", "12 workers of Acme"), else the subject of the number's clause (the nearest name
before the number in its clause: "Labour won 10 seats and the Greens 12"), else the nearest
name after the number in its clause ("10 jobs were cut at Acme"). A name the clause makes
the SOURCE of its figures is no owner: a name before a verb of saying ("Police said 12
died", "Acme officials told reporters ...") or after an opener ("according to the
ministry", "said Acme"). The clause is the stretch between the breaks around the number
(`ClauseBreaks.gap`: , ; : brackets, "which", "but").

The words are the language's (`context.toml`: `source_verbs`, `source_openers`,
`owner_words`, `scope_articles`, `owner_reach`); the names are `ContextReader`'s runs of capitalized
words, folded with aliases applied as `ContextReader.names` gives them (a whole run and its
last word). Matching reads it in the vetoes of names (`QuantityKind`): two figures owned by
one name in both sources are one figure whatever other names stand near, and two figures
of two owners stay apart when each sentence gives each owner its own figure (`others`: the
owners of a sentence's other figures, where the kind's finder reads its figures); two names
a sentence of one figure both writes are parties to it ("Acme paid Beta $40 million"), not
two owners.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reconcile.context import ContextReader, words
from reconcile.models import Claim
from reconcile.names import fold
from reconcile.records import record
from reconcile.rules.schema import ContextRules

# a name ending in a possessive: "Beta's", "Acme’s"
_POSSESSIVE = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d,.]*")

# how the owner was read, in the order they are tried
POSSESSOR = "possessor"
OWNER = "of-phrase"
SUBJECT = "subject"
AFTER = "after"

# the readings that bind a number to its owner inside the number's noun phrase
_BOUND = frozenset((POSSESSOR, OWNER))


@record
class Governing:
    """The names a number belongs to in its sentence, and the names its sentence makes the
    source of it; each name folded with aliases applied (a whole run and its last word)."""

    owners: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    how: str = ""  # POSSESSOR, OWNER, SUBJECT, AFTER; "" when no name owns it


NOBODY = Governing()


def _phrases(items: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    found = {tuple(words(fold(item))) for item in items}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


class GoverningReader:
    """One language's reading of which name owns a number (see the module's doc)."""

    def __init__(
        self,
        context: ContextReader,
        rules: ContextRules,
        figures: Callable[[str], Sequence[tuple[int, int]]] | None = None,
    ) -> None:
        self.context = context
        # where a sentence states its figures (numbers that are no date, year or time: the
        # kind's finder's numbers); None: every digit run
        self.figures = figures or _digit_runs
        self.source_verbs = _phrases(rules.source_verbs)
        self.source_openers = _phrases(rules.source_openers)
        self.owner_words = _phrases(rules.owner_words)
        self.joiners = _phrases(rules.run_joiners)
        self.background = frozenset(fold(w) for w in rules.background_words)
        self.articles = frozenset(fold(a) for a in rules.scope_articles)
        # lower-case words a reading looks past between a name and what makes it an owner
        # or a source ("Beta's first 12", "Acme officials said"): `owner_reach`
        self.reach = rules.owner_reach
        self._read: dict[tuple[str, str], Governing] = {}
        self._others: dict[tuple[str, str], frozenset[str]] = {}

    def read(self, claim: Claim) -> Governing:
        """Which names own the claim's number, and which are its source (`Governing`)."""
        key = (claim.sentence, claim.quote)
        known = self._read.get(key)
        if known is not None:
            return known
        found = self._reading(claim)
        if len(self._read) >= _KEPT:
            self._read.clear()
        self._read[key] = found
        return found

    def one_subject(self, a: Claim, b: Claim) -> bool:
        """Whether two numbers are told of one name as the subject of each one's clause,
        where a sentence of either runs figures of several names ("the Karsk index fell
        2.99 percent while the Tarvin composite fell 3.20 percent" / "the Tarvin composite
        lost 2.64 percent"): such a sentence gives each figure the name its clause is
        about, and two outlets telling one figure tell it of that name. Only the subject on
        both sides: an of-phrase names the whole a share is of, not whose figure it is ("the
        six percent of Acme the state holds" is the state's share), and a name after the
        number may be its place or a party to it. Only in a run of names: a sentence giving
        its other figures no name, or the same one, says no figure of it is another name's,
        and a subject its clause leaves unwritten tells nothing ("the Karsk index has lost
        410 points in three days" is no nearer the index's close elsewhere than "... to
        close 212 points down" of a clause naming none)."""
        ga, gb = self.read(a), self.read(b)
        if not (ga.how == SUBJECT == gb.how and ga.owners & gb.owners):
            return False
        return bool(self.others(a) - ga.owners or self.others(b) - gb.owners)

    def owned_alike(self, a: Claim, b: Claim) -> bool:
        """Whether the counted thing of both numbers is owned by one name, a possessive or
        an of-phrase on it in each sentence ("could shorten Jair Bolsonaro's 27-year prison
        sentence" / "Bolsonaro's 27-year prison sentence"): the figure is that name's, bound
        to it inside its own noun phrase. The subject of a clause is not enough: what a
        clause is about may be one of several things the sentence names."""
        ga, gb = self.read(a), self.read(b)
        return ga.how in _BOUND and gb.how in _BOUND and bool(ga.owners & gb.owners)

    def background_names(self, claim: Claim) -> frozenset[str] | None:
        """The names written in the number's clause when a background word opens it
        (`background_words`: "The Senate approves a bill, which could shorten Roe's 12-year
        sentence"), each folded as `ContextReader.names` reads it; None for a number of any
        other clause. Such a relative clause tells what the name before it does to, or
        stands by, a thing told in passing; the figure of that thing is whoever's the clause
        gives it, not the names of the clause it hangs on."""
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0 or not self.background:
            return None
        opener = None
        for found in self.context.clauses.gap.finditer(sentence, 0, at):
            opener = found
        if opener is None or fold(opener.group(0)) not in self.background:
            return None
        start, stop = self._clause(sentence, at, at + len(claim.quote))
        names: set[str] = set()
        for first, last, run in self.context.name_runs(sentence):
            if start <= first and last <= stop:
                names |= self.context.folded_name(run)
        return frozenset(names)

    def others(self, claim: Claim) -> frozenset[str]:
        """The names that own the OTHER figures of the claim's sentence, each read as the
        claim's owner is ("Labour won 10 seats and the Greens 12": of the 10, the Greens';
        "Acme paid Beta $40 million": none, the sentence states one figure). A name the
        sentence gives a figure of its own is no party to this one."""
        key = (claim.sentence, claim.quote)
        known = self._others.get(key)
        if known is not None:
            return known
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        found: set[str] = set()
        if at >= 0:
            end = at + len(claim.quote)
            for first, last in self.figures(sentence):
                if first < end and at < last:
                    continue  # the claim's own number
                found |= self._reading_at(sentence, first, last, last, None).owners
        if len(self._others) >= _KEPT:
            self._others.clear()
        self._others[key] = frozenset(found)
        return self._others[key]

    def _reading(self, claim: Claim) -> Governing:
        sentence = claim.sentence
        at = sentence.find(claim.quote)
        if at < 0:
            return NOBODY
        end = at + len(claim.quote)
        digits = list(_DIGIT.finditer(claim.quote))
        number_end = at + (digits[-1].end() if digits else len(claim.quote))
        return self._reading_at(sentence, at, end, number_end, claim.counted_noun)

    def _reading_at(
        self, sentence: str, at: int, end: int, number_end: int, noun: str | None
    ) -> Governing:
        """The reading of the number quoted at [at, end) of `sentence` (its digits ending at
        `number_end`, counting `noun`)."""
        start, stop = self._clause(sentence, at, end)
        sources: set[str] = set()
        before: list[tuple[int, int, list[str]]] = []
        behind: list[tuple[int, int, list[str]]] = []
        for first, last, run in self.context.name_runs(sentence):
            if first < number_end and at < last:
                continue  # inside the number itself (a name after it in the quote is read)
            if self._is_source(sentence, first, last):
                sources |= self.context.folded_name(run)
                continue
            if first < start or last > stop:
                continue  # another clause's
            if last <= at:
                if not (
                    self._owns_other(sentence, start, first)
                    or self._after_other(sentence, start, run_at=(first, last, run))
                ):
                    before.append((first, last, run))
            elif not (
                _DIGIT.search(sentence, number_end, first)
                or self._opens_next(sentence, number_end, first, last, stop)
            ):
                behind.append((first, last, run))  # (past another number: that one's)
        readings = (
            (POSSESSOR, self._possessor(sentence, at, before)),
            (OWNER, self._of_owner(sentence, noun, number_end, behind)),
            (SUBJECT, before[-1] if before else None),
            (AFTER, behind[0] if behind and not self._possessive(sentence, behind[0]) else None),
        )
        for how, owner in readings:
            if owner is not None:
                return Governing(self.context.folded_name(owner[2]), frozenset(sources), how)
        return Governing(sources=frozenset(sources))

    def _clause(self, sentence: str, at: int, end: int) -> tuple[int, int]:
        """Where the clause of the number quoted at [at, end) starts and stops: between the
        breaks around it (`ClauseBreaks.gap`)."""
        gap = self.context.clauses.gap
        start = 0
        for m in gap.finditer(sentence, 0, at):
            start = m.end()
        stop = len(sentence)
        after = gap.search(sentence, end)
        if after is not None:
            stop = after.start()
        return start, stop

    def _tokens(self, text: str) -> list[str]:
        return [w.lower() for w in _WORD.findall(fold(text))]

    def _is_source(self, sentence: str, first: int, last: int) -> bool:
        """Whether the name at [first, last) is the source of its clause's figures: a verb
        of saying after it (up to `owner_reach` lower-case words between, no break), or an
        opener right before it (an article between allowed)."""
        tail = sentence[last : last + 80]
        cut = self.context.clauses.gap.search(tail)
        ahead = self._tokens(tail[: cut.start()] if cut else tail)
        for skip in range(self.reach + 1):
            if skip and (not ahead[skip - 1 : skip] or not ahead[skip - 1].isalpha()):
                break
            if any(tuple(ahead[skip : skip + len(v)]) == v for v in self.source_verbs):
                return True
        behind = self._tokens(sentence[max(0, first - 40) : first])
        if behind and behind[-1] in self.articles:
            behind = behind[:-1]
        return any(tuple(behind[-len(o) :]) == o for o in self.source_openers)

    def _owns_other(self, sentence: str, start: int, first: int) -> bool:
        """Whether the name at `first` is another number's owner, opened by an owner word
        right after that number or its counted noun ("12 workers of Acme and 30 in Sarn":
        Acme owns the 12, not the 30)."""
        head = self._tokens(sentence[start:first])
        if head and head[-1] in self.articles:
            head = head[:-1]
        for o in self.owner_words:
            if tuple(head[-len(o) :]) != o:
                continue
            rest = head[: -len(o)]
            if any(w[0].isdigit() for w in rest[-self.reach - 1 :]):
                return True
        return False

    def _after_other(self, sentence: str, start: int, run_at: tuple[int, int, list[str]]) -> bool:
        """Whether the name `run_at` stands in the part of an earlier figure of its clause
        (from `start`): the figure before it reads it as the name after it, with no run
        joiner between ("12 died in Lorn and 8 in Sarn": Lorn is the 12's, not the subject of
        the 8; "Labour won 10 seats and the Greens 12": past "and", the Greens open the 12's
        part; "Beta's 12 seats came after Acme won 10": Beta owns the 12, Acme is the 10's)."""
        first = run_at[0]
        if not self.joiners:
            return False
        figures = [(b, e) for b, e in self.figures(sentence) if start <= b and e <= first]
        if not figures:
            return False
        begin, end = figures[-1]
        if self._joined(sentence[end:first]):
            return False
        earlier = self._reading_at(sentence, begin, end, end, None)
        return earlier.how == AFTER and bool(earlier.owners & self.context.folded_name(run_at[2]))

    def _opens_next(self, sentence: str, end: int, first: int, last: int, stop: int) -> bool:
        """Whether the name at [first, last), after the number ending at `end`, opens the
        part of a later figure of its clause (up to `stop`): a run joiner between the number
        and it, and a figure after it ("Labour won 10 seats and the Greens 12")."""
        if not self.joiners or not self._joined(sentence[end:first]):
            return False
        return any(last <= begin and finish <= stop for begin, finish in self.figures(sentence))

    def _joined(self, text: str) -> bool:
        """Whether `text` holds a run joiner (`run_joiners`)."""
        between = self._tokens(text)
        return any(
            tuple(between[k : k + len(j)]) == j for j in self.joiners for k in range(len(between))
        )

    def _possessive(self, sentence: str, run: tuple[int, int, list[str]]) -> bool:
        """Whether a name is written as a possessive: it owns what follows it."""
        return bool(_POSSESSIVE.search(sentence[run[0] : run[1]]))

    def _possessor(
        self, sentence: str, at: int, before: list[tuple[int, int, list[str]]]
    ) -> tuple[int, int, list[str]] | None:
        """The name in a possessive right before the number ("Beta's 12", "Beta's first
        12"): up to `owner_reach` lower-case words between."""
        if not before:
            return None
        last = before[-1]
        written = sentence[last[0] : last[1]]
        # (blanks before the mark: a link's text stands in its source's place, the link's
        # address blanked, as in "[Roe](...)'s 12")
        tail = sentence[last[1] : at].lstrip()
        if not (_POSSESSIVE.search(written) or tail.startswith(("'s", "’s", "'", "’"))):
            return None
        between = self._tokens(tail.lstrip("'’s"))
        if len(between) > self.reach or not all(w.isalpha() for w in between):
            return None
        return last

    def _of_owner(
        self,
        sentence: str,
        counted: str | None,
        end: int,
        behind: list[tuple[int, int, list[str]]],
    ) -> tuple[int, int, list[str]] | None:
        """The name an owner word opens right after the number or its counted noun ("10
        of Beta's workers", "12 workers of Acme"; an article between allowed)."""
        if not behind or not self.owner_words:
            return None
        first = behind[0]
        between = self._tokens(sentence[end : first[0]])  # `end`: the number's
        noun = self._tokens(counted or "")
        if noun and between[: len(noun)] == noun:
            between = between[len(noun) :]
        if between and between[-1] in self.articles:
            between = between[:-1]
        if any(tuple(between) == o for o in self.owner_words):
            return first
        return None


# How many sentences' readings a reader keeps, then begins afresh.
_KEPT = 4096


def _digit_runs(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence writes a number in digits (a reader given no finder's figures)."""
    return [m.span() for m in _DIGIT_RUN.finditer(sentence)]
