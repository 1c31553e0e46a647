"""The bodies that state figures: "police said", "according to the Health Ministry", "Johns
Hopkins University data indicated", "the World Health Organization (WHO) announced".

A body is a capitalized name with a word of `body_words` in it ("Ministry", "University"), an
acronym ("WHO", "USGS"), or one of the lower-case `bodies` ("police", "organisers"); a
person's name is not a body. It states something when a verb of `verbs` follows it (with an
acronym in parentheses or a word of `data_words` between: "JHU data showed") or precedes it
("said the ministry"), or when it follows a word of `before` ("according to").
"""

from __future__ import annotations

import re

from reconcile.kinds.base import sentence_mention
from reconcile.kinds.named import NamedMention, NameReader, phrases
from reconcile.models import Mention, Source
from reconcile.names import fold
from reconcile.rules.schema import PlaceRules, StatingRules
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, first_runs, longest_runs, may_hold

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")
_LINK_END = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)$")  # a Markdown link's target
DATED_REACH = 40  # characters before a verb in which a day between body and verb is read
_QUOTE_NEXT = re.compile(r"\s*[\"“]")
_DOMAIN = re.compile(r"\.[a-z]")
_PARENTHESES = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,7})\)")
_PAREN_END = re.compile(r"\([A-Z][A-Z&]{1,7}\)$")  # "(JHU)" before a verb
_PAREN_REACH = 11  # its longest match, and a line break `$` may stand before
_WORD = re.compile(r"[\w’'&.-]+")
_LOWER_OWNER = re.compile(r"(?:\w+\s+)?[a-z][\w.’'-]*['’]s\s+")  # "the country's"
_NAME_NEXT = re.compile(r" +(?=[A-Z])")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


NAME_REACH = 80  # characters as written before a verb in which a body's name is read
BLANKS_REACH = 2000  # characters read back at most, blanked markup and all
_BLANK_RUN = re.compile(r"  +")


def _written_back(text: str, end: int, limit: int) -> int:
    """Where the last `limit` characters before `end` start, each run of spaces counted as
    one: a link's markup, blanked to spaces as a source is loaded, is no distance ("The
    [Bangladeshi](…) [Directorate General of Health Services](…) reports")."""
    start = max(0, end - limit)
    if "  " not in text[start:end]:
        return start
    low = max(0, end - BLANKS_REACH)
    at = end  # the runs of spaces from the end back: the text between them counts whole
    count = 0
    for run in reversed(list(_BLANK_RUN.finditer(text, low, end))):
        between = at - run.end()
        if count + between >= limit:
            return at - (limit - count)
        count += between + 1
        at = run.start()
    return max(low, at - (limit - count))


def _rstripped(text: str, end: int) -> int:
    """The end of `text[:end].rstrip()`, without copying it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


class StatingFinder:
    """Verbs, cue words and body words, compiled once."""

    def __init__(
        self,
        rules: StatingRules,
        places: PlaceRules,
        joiners: tuple[str, ...],
        articles: tuple[str, ...],
        stop: frozenset[str] = frozenset(),
        role: str = "source",
        titles: frozenset[str] = frozenset(),
        dotted: frozenset[str] = frozenset(),
    ) -> None:
        self.role = role  # how reports name the role of a stating body
        self.verbs = phrases(rules.verbs)
        self.before = phrases(rules.before)
        # (a sentence without the first word of one is not scanned for it; for a cue, the
        # longest: "according to" is "according", "a tally by" is "tally", not "a")
        self.verb_runs, self.before_runs = first_runs(rules.verbs), longest_runs(rules.before)
        # (the kind's gate: `find` reads nothing without a verb or a cue before a name)
        self.gate = Gate.of(self.verb_runs, self.before_runs)
        self.data = phrases(rules.data_words)
        self.data_end = re.compile(rf"(?:{self.data.pattern})$", re.IGNORECASE)
        # the last words of the data phrases: `data_end` is searched only where one ends
        lasts = sorted({w.split()[-1] for w in rules.data_words if w.split()}, key=len)
        self.data_last = re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in reversed(lasts)) or '(?!)'})$", re.IGNORECASE
        )
        self.data_reach = (len(lasts[-1]) if lasts else 0) + 1  # and a line break before `$`
        self.body_words = phrases(rules.body_words, case=True)
        self.bodies = phrases(rules.bodies)
        # "news agency Fars", "newspaper Le Monde": a noun of a body right before the name
        self.body_before = re.compile(rf"(?<![\w-])(?:{phrases(rules.body_before).pattern})\s+$")
        # "The Holy See reports": an article before a name that is not a title's words alone
        self.body_article = re.compile(
            rf"(?<![\w-])(?:{phrases(rules.body_articles).pattern})\s+$", re.IGNORECASE
        )
        self.titles = titles
        # where a clause starts: the text's start, punctuation or a list's marker, or a word
        # of `clause_words` ("and", "while")
        self.clause_start = re.compile(
            rf"(?:^|[^\w\s’']|(?<![\w-])(?:{phrases(rules.clause_words).pattern}))\s*$",
            re.IGNORECASE,
        )
        # "the country's transport ministry", "Nepal's home ministry": an article or a
        # possessive, up to two lower-case words, a body's noun
        heads = phrases(rules.body_heads).pattern
        article = rf"(?i:{phrases(articles).pattern})"
        owner = rf"(?:{article}\s+)?(?:[\w.’'-]+['’]s\s+)"
        # (a body's noun alone is one of `bodies` or none: "the office was closed"; the noun
        # in lower case: "the Federal Security Service" is a name, read as one)
        modifiers = r"(?:[A-Za-z][\w-]*\s+)"
        self.headed = re.compile(
            rf"(?:{owner}{modifiers}{{0,2}}|{article}\s+{modifiers}{{1,2}})(?:{heads})(?![\w-])"
        )
        self.headed_at = re.compile(
            rf"(?:[\w.’'-]+['’]s\s+{modifiers}{{0,2}}|{modifiers}{{1,2}})(?:{heads})(?![\w-])"
        )
        self.joiners = frozenset(fold(w) for w in joiners)
        self.stop = stop
        words = "|".join(re.escape(w) for w in sorted(stop, key=len, reverse=True)) or "(?!)"
        self.dated_end = re.compile(rf",?\s+(?:[a-z]+\s+)?(?i:{words}),?$")
        self.lead = re.compile(rf"(?:(?:{phrases(articles).pattern})\s+)?", re.IGNORECASE)
        self.reader = NameReader(
            self.joiners,
            # (and the words that end no personal name: "the Committee on Monday")
            (frozenset(fold(w) for w in places.not_places) | stop)
            - frozenset(fold(w) for w in rules.body_words),
            dotted=dotted,  # "St. Louis"
        )

    def is_body(self, name: str) -> bool:
        """Whether a capitalized name names a body rather than a person."""
        return bool(self.body_words.search(name) or _ACRONYM.fullmatch(name))

    def find(self, source: Source, sentence: Sentence) -> list[Mention[NamedMention]]:
        """The stating bodies of one sentence, in text order."""
        text = sentence.text
        verbs = list(self.verbs.finditer(text)) if may_hold(self.verb_runs, text) else []
        cues = list(self.before.finditer(text)) if may_hold(self.before_runs, text) else []
        if not verbs and not cues:
            return []
        spans: list[tuple[int, int]] = []
        for cue in cues:
            lead = self.lead.match(
                text, cue.end() + 1 if text[cue.end() : cue.end() + 1] == " " else cue.end()
            )
            at = lead.end() if lead else cue.end()
            spans += self._body_at(text, at, article=True)
        for verb in verbs:
            # "..., the ministry said" / "Johns Hopkins University data indicated": what
            # stands before the verb is `text[:stop]`, read at its end only (copied or
            # searched whole for each verb, a long line of verbs was quadratic)
            stop = _rstripped(text, verb.start())
            if stop and text[stop - 1] == ")":  # (only a link's target ends in one)
                link = _LINK_END.search(text, 0, stop)
                if link:  # "[HRAI](https://… "Human Rights Activists in Iran") reported"
                    stop = link.start()
            if self.data_last.search(text, max(0, stop - self.data_reach), stop):
                data = self.data_end.search(text, 0, stop)
                if data:
                    stop = _rstripped(text, data.start())
            paren = _PAREN_END.search(text, max(0, stop - _PAREN_REACH), stop)
            if paren:
                stop = _rstripped(text, paren.start())
            # "the Committee on Monday announced" (the day ends `before`: only its end is read)
            last = (
                text[max(0, stop - DATED_REACH) : stop].rsplit(None, 1)[-1].rstrip(",")
                if stop
                else ""
            )
            dated = (
                self.dated_end.search(text, max(0, stop - DATED_REACH), stop)
                if fold(last) in self.stop
                else None
            )
            if dated:
                spans += self._body_ending(text, dated.start())
            spans += self._body_ending(text, stop)
            # "said the Health Ministry"
            after = (
                self.lead.match(text, verb.end() + 1)
                if text[verb.end() : verb.end() + 1] == " "
                else None
            )
            if after is not None:
                # (not the subject of a quote: 'said BIPA "is supported"')
                spans += [
                    span
                    for span in self._body_at(text, after.end())
                    if not _QUOTE_NEXT.match(text, span[1])
                    # (a body's noun read after the verb ends its clause: "said the local
                    # office was closed" names no body)
                    and (
                        self.bodies.fullmatch(text, span[0], span[1])
                        or not text[span[0] : span[1]].rsplit(None, 1)[-1][:1].islower()
                        or _CLAUSE_END.match(text, span[1])
                    )
                ]
        found: list[Mention[NamedMention]] = []
        taken: list[tuple[int, int]] = []
        for start, end in sorted(set(spans)):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            detail = NamedMention(role=self.role, name=text[start:end])
            found.append(sentence_mention(source, sentence, "source", start, end, detail))
        return found

    def _body_at(self, text: str, at: int, *, article: bool = False) -> list[tuple[int, int]]:
        """A body whose name starts at `at` (after a cue: `article`, where an article before
        a name makes it a body's)."""
        lower = self.bodies.match(text, at)
        if lower:
            return [lower.span()]
        headed = self.headed_at.match(text, at)
        after = _NAME_NEXT.match(text, headed.end()) if headed else None
        if headed and after:  # "according to semi-official news agency ISNA": the name
            at = after.end()
            headed = None
        if headed:  # "according to the country's transport ministry"
            owner = _LOWER_OWNER.match(text, at, headed.end())
            return [(owner.end() if owner else at, headed.end())]  # (the story's: no name)
        span = self.reader.read(text, at, commas=False)
        named = span is not None and self._named_body(text, span, article=article)
        if span and named and not _DOMAIN.match(text, span[1]):
            return [span]  # (not "News" of "News.com.au": part of a web address)
        return []

    def _body_ending(self, text: str, end: int) -> list[tuple[int, int]]:
        """A body whose name ends at `end` ("the ministry", "Johns Hopkins University")."""
        # (the text before `end` is read at its end only: its last 40 characters, a run of
        # spaces counted as one, so that a link's blanked markup is no distance: "The
        # [Karskian](…) [health ministry](…) reports")
        offset = _written_back(text, end, 40)
        near = text[offset:end]
        for lower in self.bodies.finditer(near):
            if lower.end() == len(near):
                return [(offset + lower.start(), offset + lower.end())]
        for headed in self.headed.finditer(near):
            if headed.end() == len(near):  # "the local health department said"
                owner = _LOWER_OWNER.search(near, headed.start(), headed.end())
                start = owner.end() if owner else headed.start()
                return [(offset + start, offset + headed.end())]
        offset = _written_back(text, end, NAME_REACH)
        words = list(_WORD.finditer(text[offset:end]))
        best: tuple[int, int] | None = None
        for word in reversed(words):
            start = offset + word.start()
            span = self.reader.read(text, start, commas=False)
            if span is None or span[1] != end:
                if text[start].islower() and fold(word.group(0)) not in self.joiners:
                    break
                continue
            best = span
        if best and self._named_body(text, best, article=True, clause=True):
            return [best]
        return []

    def _named_body(
        self, text: str, span: tuple[int, int], *, article: bool = False, clause: bool = False
    ) -> bool:
        """Whether the capitalized name at `span` names a body: by its words, a body's noun
        before it ("news agency Fars"), or (with `article`) an article before it and no word
        of an office's title ("The Holy See reports"; not "the US President Donald Trump");
        with `clause`, that article starts a clause ("while the Holy See reports"; not "in
        the U.S. reported")."""
        start, end = span
        name = text[start:end]
        if self.is_body(name) or self.body_before.search(text, max(0, start - 20), start):
            return True
        if not article or any(fold(w) in self.titles for w in _WORD.findall(name)):
            return False
        found = self.body_article.search(text, max(0, start - 20), start)
        return found is not None and (
            not clause
            or self.clause_start.search(text, max(0, found.start() - 20), found.start()) is not None
        )
