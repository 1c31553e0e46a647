"""Office holders as news writes them, for titles of any place or body (`[[title]]` rules).

The office is a title with the place or body it is of, read wherever news puts it:

- before the title: "Ohio Gov. Jane Roe", "Acme CEO John Doe", "Russian president Vladimir
  Putin", "the state's governor, Jane Roe", "Puerto Rico's governor";
- after it: "governor of Ohio", "the Secretary of Justice for Puerto Rico", "Senator from
  Vermont Bernie Sanders", "Senator Bernie Sanders from Vermont";
- a body of the story itself ("the firm's chief executive", "company CEO") is no place: the
  office is the title alone.

The person comes after the title ("Gov. Jane Roe", "the city's mayor, John Doe") or before it
("Jane Roe, the governor of Ohio", "Doe, Acme's chief executive", "Soleimani was head of
Iran's Quds Force", "Rosselló appointed Pierluisi as secretary of state"). A surname alone is
the fullest name the same source gives for it. A word of `not_current` before the title
("former governor of Massachusetts") makes the office a former one: its holders are many, so
different people named are two facts. When a title and its place are one of the `[[office]]`
rules ("Russian president"), the claim is that office's.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from dataclasses import replace

from reconcile.dates import YEAR
from reconcile.kinds.base import sentence_mention
from reconcile.kinds.named import NameReader, phrases
from reconcile.kinds.office.find import OfficeFinder
from reconcile.kinds.office.records import OfficeMention
from reconcile.lexicon import Lexicon
from reconcile.models import Mention, Source
from reconcile.names import AliasTable, fold, trim_person
from reconcile.records import record
from reconcile.regex_starts import EndSearch, gated
from reconcile.rules.schema import OfficeTitle
from reconcile.sentences import Sentence
from reconcile.wordfind import Without, written
from reconcile.wordgate import first_runs, longest_runs, may_hold

_SURNAME = r"[A-Z][\w’'-]*?[a-z\u00c0-\u024f][\w’'-]*?(?=['’]s(?!\w)|(?![\w’'-]))"
_POSSESSIVE = re.compile(r"['’]s$")
_SURNAME_AT = re.compile(_SURNAME)
_SURNAME_END = re.compile(rf"(?<![\w’'-]){_SURNAME}$")
_GAP = re.compile(r"\s*,?\s*")
_CLAUSE_START = re.compile(r"[^\s.;:!?\"“”(]\s*$")  # text before a word that starts no clause
_SPACES = re.compile(r"\s*")
_WORD = re.compile(r"[^\W_][\w’'-]*")
_POSSESSIVE_APART = re.compile(r"(\S)\s+['’]s\s+$")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w-]*)")
_LOWER_BODY = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?=\s*,)")
_COMMA_END = re.compile(r"\s*,\s*$")
_PLACE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w’'&.-]*")
_COMMA_IN = re.compile(r"\s*,\s+")
_INITIAL = re.compile(r"[A-Z]\.")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")  # "Jay Pritzker": no surname alone
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# an article, a capitalized word, then one or two lower-case words: "a US peace "
_ARTICLE_PLACE_GAP = re.compile(
    r"(?<![\w’'-])([A-Za-z]+)\s+((?:[A-Z]\.){2,}|[A-Z][\w’'&.-]*)\s+((?:[a-z][\w-]*\s+){1,2})$"
)
# a title spelled out in brackets: "(Member of Parliament)"
_SPELLED_OUT = re.compile(
    r"\((?:[A-Z][\w-]*|of|the|for|and)(?: (?:[A-Z][\w-]*|of|the|for|and))*\)\s*"
)
_COMMA_NEXT = re.compile(r"\s*,")
_COMMA_ARTICLE_END = re.compile(r",\s*(?:([a-z]+)\s+)?$")  # ", the " before a title
_LOWER_WORD_END = re.compile(r"(?<=\s)([a-z][\w-]*)\s+$")
# where a sentence opens: the text's start, past a sentence's end or a quotation mark
# ", originally the …": an aside of a few words, however widely spaced (a link's markup blanked
# out is spaces: ", a [Karsk Armed Forces](…) [general](…),")
_ASIDE_END = re.compile(r"\s*,\s+(?:[a-z][\w’'-]*\s+)+(?:[^\s,;()]+\s+){0,8}(?:[^\s,;()]+)?,?\s*$")
_ASIDE_REACH = 300  # characters before a verb read for an aside (as far as a title looks back)
_AGE_ASIDE = re.compile(r"\s*,\s*\d{1,3}\s*,?\s*$")  # "Jane Roe, 54, the governor"
_AGED = r"\d{1,3}-[a-z][\w-]*"  # "the 54-year-old governor"
_BRACKETED_END = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "Jane Roe (Democratic Party) "
_BRACKETED_REACH = 66
# the end of a title in brackets after a name, past the words of its portfolio or term:
# "(minister of finance)", "(president since 2019)"
_BRACKET_SHUT = re.compile(r"[^()\n]{0,40}\)")
# only spaces between a title and the word after it (a link's markup blanked out is spaces:
# "[King](…) [Frederik X](…)"), no comma or line's end
_BLANK = re.compile(r"[ \t]+")
_APPOINTED_REACH = 24  # characters before a name read for a verb of appointing
# the words before a title read for its place; an opening bracket or a dash is a word of its
# own, which ends the place ("Omar Haddad (Freedonia's president)", "Roe—Freedonia's president")
_PLACE_TOKEN = re.compile(r"[(–—]|[^\s(–—]+")
_ARTICLE_END = re.compile(r"(?<![\w’'-])([A-Za-z]+)\s+$")  # "the " before a title
_CUE_WORD = re.compile(r"[^\W\d_][\w-]*")
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"  # "the 47th president of the United States"
_YEAR_REACH = 12  # and before a title for a year
_YEAR_END = re.compile(rf"(?<![\w.,-])({YEAR})\s+$")  # "the party's 1996 "
_NAME_REACH = 80  # characters before a verb in which a name ending there is read
_WORD_START = re.compile(r"(?<![\w’'.-])[A-Z]")
_OPENING_AT = re.compile(r"""(?:^|[.!?]['"”’)]*\s+|\n\s*|["“‘]\s*)$""")


def _head_word(words: list[str], of_words: frozenset[str]) -> str:
    """The word a title is named by: the last, or the one before "of" ("minister of health")."""
    for i, word in enumerate(words[1:], start=1):
        if fold(word) in of_words:
            return words[i - 1]
    return words[-1]


def _titles_of(
    written: tuple[str, ...],
    titles: tuple[OfficeTitle, ...],
    aliases: AliasTable,
    of_words: frozenset[str],
) -> dict[str, tuple[int, int]]:
    """The `[[title]]`s a rules office's titles are forms of, the longest whose head word is
    theirs, each with how many of them it is in and its longest words: the office's own is
    the first by these ("Prime Minister" of "UK Prime Minister", not "Minister"; "Secretary"
    of "UK Defence Secretary", not "Secretary of State")."""
    votes: dict[str, tuple[int, int]] = {}
    for phrase in written:
        folded = aliases.apply(phrase)
        head = fold(_head_word(folded.split(), of_words))
        found = {
            (title.key, fold(w))
            for title in titles
            for w in title.words
            if re.search(rf"(?<![\w-]){re.escape(fold(w))}(?![\w-])", folded)
            and fold(_head_word(fold(w).split(), of_words)) == head
        }
        # the longest only: "prime minister" of "UK Prime Minister", not "minister" in it
        longest = {
            (key, w)
            for key, w in found
            if not any(w != v and re.search(rf"\b{re.escape(w)}\b", v) for _, v in found)
        }
        for key in sorted({key for key, _ in longest}):
            count, length = votes.get(key, (0, 0))
            size = max(len(w) for k, w in longest if k == key)
            votes[key] = (count + 1, max(length, size))
    return votes


@record
class Held:
    """One office-holder reading: the title, the place or body, the person, the span."""

    title: OfficeTitle
    place: str  # as written, "" when none or the story's own
    person: str
    start: int
    end: int
    former: bool
    named_before: bool = False  # the person's name is written before the title
    new: bool = False  # a word of `successor` right before the title: "the new governor"


class TitleFinder:
    """The `[[title]]` rules compiled once: one regex of every title and the joining words."""

    def __init__(self, lexicon: Lexicon, finder: OfficeFinder) -> None:
        rules = lexicon.rules
        offices = rules.offices
        words = offices.holder_words
        self.finder = finder  # its person pattern and a source's full names
        self.person = finder.person
        self.aliases: AliasTable = lexicon.aliases
        self.by_word = {fold(w): t for t in offices.title for w in t.words}
        titles = phrases([w for t in offices.title for w in t.words]).pattern
        # (a sentence without the longest word of a title is not scanned for one: "Chief
        # Executive" is "executive")
        self.title_runs = longest_runs(w for t in offices.title for w in t.words)
        # "then-President", "ex-Prime Minister": a title joined to a word of `not_current`
        joined = "|".join(rf"(?<={re.escape(w)}-)" for w in offices.not_current if " " not in w)
        if joined:
            for bound in (r"(?<![\w-])", r"(?<![\w\-])"):  # (as `phrases` and its gate write it)
                # (one character tested first: most positions are inside a word)
                titles = titles.replace(bound, rf"(?:(?<![\w-])|(?<=-)(?:{joined}))")
        joiners = phrases(words.joiners).pattern
        # "president and CEO": two titles of one person, the last one's place and person
        self.title = re.compile(rf"(?P<title>{titles})(?:\s+(?:{joiners})\s+(?:{titles}))*")
        self.one_title = re.compile(titles, re.IGNORECASE)
        # between a title and the next that one person holds: "President and ANC leader"
        self.joined_gap = re.compile(
            rf"\s+(?:{phrases(words.joiners).pattern})\s+"
            r"(?:(?:[A-Z][\w’'&.-]*|[a-z][\w-]*)\s+){1,3}"
        )
        self.title = re.compile(self.title.pattern, re.IGNORECASE)
        self.former = phrases(offices.not_current)
        self.former_end = re.compile(rf"(?:{self.former.pattern})[\s-]*$", re.I)
        # "and then President Obama": a sequence, no former office
        self.not_former_end = re.compile(
            rf"(?:{phrases(offices.not_current_except).pattern})\s+$", re.I
        )
        self.former_words = frozenset(fold(w) for w in offices.not_current)
        self.not_place_endings = tuple(fold(e) for e in words.not_place_endings)
        self.past_adverb_end = re.compile(
            rf"(?<![\w-])(?:{phrases(words.past_adverbs).pattern})\s+$", re.I
        )
        # a title in the plural, before a list of names: "Presidents", "Senators"
        # (and of more words, the last one's: "Senior Advisors", "foreign ministers")
        written = {w for t in offices.title for w in t.words if w.split()[-1].isalpha()}
        singles = "|".join(
            r"\s+".join(re.escape(p) for p in w.split())
            for w in sorted(written, key=lambda w: (-len(w), w))
        )
        endings = "|".join(re.escape(e) for e in words.plural_endings)
        self.plural_runs = first_runs(w + e for w in written for e in words.plural_endings)
        self.plural = gated(  # tried only where a title's first letters stand
            re.compile(
                rf"(?<![\w-])(?P<title>{singles or '(?!)'})(?:{endings or '(?!)'})(?=\s+[A-Z])",
                re.I,
            )
        )
        # a verb between a person and a title after the name, and the verbs of a past holder
        self.link_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{phrases(words.before_name).pattern})(?![\w])", re.I
        )
        self.past = frozenset(" ".join(fold(w).split()) for w in words.past)
        self.past_copula = frozenset(" ".join(fold(w).split()) for w in words.past_copula)
        self.past_after = re.compile(rf"\s*(?:,\s*)?(?:{phrases(words.past_after).pattern})", re.I)
        ended = "|".join(f"(?:{p})" for p in words.ended_term) or "(?!)"
        self.ended_term = re.compile(ended)
        self.ended_term_end = re.compile(rf"\s*(?:{ended})\s*$")
        self.former_joined = re.compile(rf"(?:{self.former.pattern})-", re.I)
        # "President-elect": a future holder, another office than the title's
        future = "|".join(re.escape(w) for w in sorted(words.future, key=len, reverse=True))
        self.future = re.compile(rf"-(?P<word>{future or '(?!)'})(?![\w-])", re.I)
        # "mayor-president": two titles joined by a hyphen are one office, the first's
        one_word = "|".join(
            re.escape(w)
            for w in sorted(
                {w for t in offices.title for w in t.words if " " not in w and w.isalpha()},
                key=len,
                reverse=True,
            )
        )
        self.compound = re.compile(rf"-(?:{one_word or '(?!)'})(?![\w-])", re.I)
        # "was elected President in 2012 and served his full term": a term that is over
        self.ended_after = re.compile(
            r"(?:\s+(?:in|from|for|since|on|of)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?(?:\s*,)?\s+"
            rf"(?:and|but)\s+(?:(?:later|then|also)\s+)?(?:{phrases(words.ended_after).pattern})"
            r"(?![\w-])",
            re.I,
        )
        self.agent_end = re.compile(rf"(?<![\w-])(?:{phrases(words.agents).pattern})\s+$", re.I)
        self.place_lead_end = re.compile(
            rf"(?<![\w-])(?:{phrases(words.place_leads).pattern})\s+$", re.I
        )
        self.lesser_words = frozenset(fold(w) for w in words.lesser)
        # the titles written as one word ("President"; not "General" of "Attorney General")
        self.one_word_titles = frozenset(
            fold(w) for t in offices.title for w in t.words if " " not in w and w.isalpha()
        )
        self.lesser_end = re.compile(
            rf"(?<![\w-])(?P<lesser>{phrases(words.lesser).pattern})[\s-]*$", re.I
        )
        self.of = re.compile(
            rf"\s+(?:{phrases(words.of).pattern})\s+(?:(?:{phrases(words.articles).pattern})\s+)?",
            re.IGNORECASE,
        )
        self.generic = phrases(words.generic)
        self.of_generic = re.compile(
            rf"\s+(?:{phrases(words.of).pattern})\s+(?:{self.generic.pattern})(?![\w])", re.I
        )
        self.generic_end = re.compile(rf"(?:{self.generic.pattern})(?:['’]s)?\s+$", re.I)
        # "United States commonwealth of Puerto Rico": a lower-case noun, "of", a name
        self.noun_of = re.compile(rf" [a-z]+ (?:{phrases(words.of).pattern}) (?=[A-Z])")
        self.articles = frozenset(fold(w) for w in words.articles)
        self.joiners = frozenset(fold(w) for w in words.joiners)
        # the head words of the titles of any place or body ("secretary", "chairman"; not
        # "health" of "health minister", which may be a body's: "Health Ministry spokesman")
        of_words = frozenset(fold(w) for w in words.of)
        self.any_title_words = frozenset(
            fold(head)
            for t in offices.title
            for p in t.words
            for head in [_head_word(p.split(), of_words)]
            if head.isalpha()
        )
        self.of_words = frozenset(fold(w) for w in words.of)
        # the titles written as one word that are the head word of another's ("candidate" of
        # "presidential candidate", "minister" of "foreign minister"): its generic form
        key_of_word = {fold(w): t.key for t in offices.title for w in t.words if " " not in w}
        self.generic_titles = {
            t.key: frozenset(
                key_of_word[head]
                for p in t.words
                if " " in p
                for head in [fold(_head_word(p.split(), of_words))]
                if head in key_of_word and key_of_word[head] != t.key
            )
            for t in offices.title
        }
        self.filler = (
            self.articles
            | frozenset(fold(w) for w in words.of)
            | frozenset(fold(w) for w in rules.matching.place_filler)
            | frozenset(fold(w) for w in words.joiners)
        )
        self.not_places = frozenset(fold(w) for w in (*words.not_places, *rules.aliases.not_names))
        # the lower-case words a place's name before a title may hold ("Bank of England"):
        # no joiner, no verb before a title, no word that leads a place ("confirmed Scott
        # Bessent as U.S. Treasury Secretary": "as" ends the place "U.S. Treasury")
        self.inner_filler = (
            self.filler
            - self.joiners
            - frozenset(fold(w) for w in (*words.before_name, *words.place_leads) if " " not in w)
        )
        self.reader = NameReader(
            frozenset(fold(w) for w in rules.named.place.name_joiners),
            self.not_places,
            6,
            starts=frozenset(words.place_starts),
        )
        self.place_starts = frozenset(words.place_starts)  # as written: capitalized
        self.modifiers = frozenset(words.modifiers)
        # lower-case words a title may stand before: "of", "and", verbs ("the head said")
        self.after_title = frozenset(
            fold(w)
            for w in (
                *words.of,
                *words.joiners,
                *words.before_name,
                *rules.named.source.verbs,
                *rules.named.name_joiners,
            )
            if " " not in w
        )
        self.prefixes = phrases(rules.aliases.name_prefixes, case=True)
        # a surname opened by name particles: "President von der Leyen", "President el-Sisi"
        particles = "|".join(
            re.escape(p) for p in sorted(rules.aliases.name_particles, key=len, reverse=True)
        )
        self.particle_surname = re.compile(
            rf"(?:(?:{particles})(?: +|-))+{_SURNAME}" if particles else r"(?!)"
        )
        self.suffix_after = re.compile(
            rf",?\s+(?:{phrases(rules.aliases.name_suffixes, case=True).pattern})"
        )
        verbs = phrases(words.before_name).pattern
        articles = phrases(words.articles).pattern
        # Between a person and a title after the name: ", the acting", " was sworn in as the"
        # (or, past a short aside, "was sworn in at 5 p.m. local time as")
        adjectives = phrases(words.not_places, case=True).pattern
        tail = (
            rf"(?:(?:{articles})\s+)?(?:(?:{phrases(offices.not_current).pattern})\s+)?"
            rf"(?:(?:(?!(?:{phrases(words.of).pattern})\s)[a-z][\w-]*|{_AGED}|{_ORDINAL}|{adjectives})\s+)"
            r"{0,2}$"
        )
        # after an active verb of appointing, lower-case words only behind an article: "Roe
        # appointed him Foreign Secretary" names who appointed, not who holds
        after_verb = (
            rf"(?:(?:{articles})\s+(?:(?:{phrases(offices.not_current).pattern})\s+)?"
            rf"(?:(?:[a-z][\w-]*|{adjectives})\s+){{0,2}}"
            rf"|(?:(?:{phrases(offices.not_current).pattern})\s+)?)$"
        )
        active = phrases(words.appointing).pattern
        self.appointed_end = re.compile(rf"(?<![\w-])(?:{active})\s+$", re.I)
        # "her Karskian counterpart John Doe": the office of a holder named before
        self.counterpart_runs = first_runs(words.counterparts)
        self.counterpart = gated(
            re.compile(rf"(?<![\w-])(?:{phrases(words.counterparts).pattern})(?![\w-])", re.I)
        )
        # "his predecessor, Jane Roe": who held the office of a holder named before (not of
        # a rules office read under a title that names no country: whose is not told)
        self.unqualified = lexicon.unqualified
        self.predecessor_runs = first_runs(words.predecessors)
        self.predecessor = gated(
            re.compile(rf"(?<![\w-])(?:{phrases(words.predecessors).pattern})(?![\w-])", re.I)
        )
        # "Karsk Governor John Doe, who replaced Jane Roe": a verb of succession right after
        # a holder, before the name of who held the office before them
        self.succeeded_gap = (
            re.compile(
                rf"\s*(?:,\s*(?:{phrases(words.relatives).pattern})\s+)?"
                rf"(?:{phrases(words.succeeding).pattern})\s+",
                re.I,
            )
            if words.succeeding
            else None
        )
        self.by_key = {t.key: t for t in offices.title}
        # "Roe succeeded Doe as governor": a verb of succession before the name, and the
        # name of who took the office before it (past a relative word: "Roe, who replaced")
        self.succeeding_end = re.compile(
            rf"(?<![\w-])(?:{phrases(words.succeeding).pattern})\s+$", re.I
        )
        self.successor_end = re.compile(
            rf"(?:\s*,\s*(?:{phrases(words.relatives).pattern}))?\s*$", re.I
        )
        # "Puerto Rico's new governor", "Ohio's Republican governor": lower-case words or
        # adjectives between a possessive and the title
        self.between = re.compile(rf"['’]s\s+((?:(?:[a-z][\w-]*|{adjectives})\s+){{1,2}})$")
        # "Malagasy interim president": a word of the term's state after a capitalized name
        tenure = phrases(words.tenure, case=True).pattern
        # "the previous regime of President Roe": the holder of a past rule
        self.past_rule_end = (
            re.compile(
                rf"(?<![\w-])(?:{phrases(words.past_rule).pattern})\s+"
                rf"(?:{phrases(words.rule_nouns).pattern})\s+of\s+$",
                re.I,
            )
            if words.past_rule and words.rule_nouns
            else re.compile(r"(?!)")
        )
        # "the country's new prime minister": the one who took the office over
        self.successor_reach = words.successor_reach
        self.taken_over_end = re.compile(
            rf"(?<![\w-])(?:{phrases(words.successor, case=True).pattern})\s+$"
            if words.successor
            else r"(?!)"
        )
        self.tenure_between = re.compile(rf"(?<=[A-Za-z.])\s+((?:{tenure})\s+)$")
        # "Roe, who is also the governor": a relative word before the verb, an adverb after
        relative = rf"(?:\s*,\s*(?:{phrases(words.relatives).pattern}))?"
        adverb = rf"(?:(?:{phrases(words.adverbs).pattern})\s+)?"
        # (each ends where the words before the title do: searched only where a match can
        # start, a few words back, not at every character of the look back)
        self.links = (
            EndSearch(
                re.compile(
                    rf"(?:\s*[,(–—]\s*{tail}|{relative}\s+(?!(?:{active})\s)(?:{verbs})\s+{adverb}{tail}"
                    rf"|\s+(?:{active})\s+{after_verb})"
                )
            ),
            EndSearch(re.compile(rf"\s+(?:{verbs})\s+[^,;]{{1,60}}?\s+as\s+{tail}")),
        )
        # "Smith, who heads the Federal Aviation Administration": a verb that holds an office
        by_key = {t.key: t for t in offices.title}
        self.heading = {fold(v): by_key[k] for v, k in words.heading.items() if k in by_key}
        # (a verb's first run stands as a word: a space after it, no letter before its
        # relative word; for the kind's gate)
        self.heading_runs = first_runs(words.heading)
        # (plain alternations: a pattern opening with a literal is searched for fast)
        relatives = "|".join(re.escape(w) for w in sorted(words.relatives, key=len, reverse=True))
        verbs = "|".join(re.escape(w) for w in sorted(words.heading, key=len, reverse=True))
        articles = "|".join(re.escape(w) for w in sorted(words.articles, key=len, reverse=True))
        self.heads = re.compile(
            rf"(?:{relatives or '(?!)'}) (?P<verb>{verbs or '(?!)'}) (?:(?:{articles}) )?(?=[A-Z])"
        )
        # "won the presidential nomination": a verb, a party's name, a lesser word, a title
        # with its last word as a noun (`nominations`)
        nouns = {fold(k): v for k, v in words.nominations.items()}
        self.nominated_runs = first_runs(words.nominating)
        self.by_nomination = {
            fold(" ".join([*w.split()[:-1], nouns[fold(w.split()[-1])]])): t
            for t in offices.title
            for w in t.words
            if len(w.split()) > 1 and fold(w.split()[-1]) in nouns
        }
        self.nominated = gated(
            re.compile(
                rf"(?<![\w-])(?:{phrases(words.nominating).pattern})\s+"
                rf"(?:(?:{articles})\s+)?(?:(?-i:(?P<party>[A-Z][\w’'-]*))\s+)?"
                rf"(?:(?P<lesser>{phrases(words.lesser).pattern})\s+)?"
                rf"(?P<noun>{phrases(self.by_nomination).pattern})",
                re.IGNORECASE,
            )
        )
        self.specific = {self.aliases.apply(t): o.key for o in offices.office for t in o.titles}
        self.labels = {o.key: o.label for o in offices.office}
        # the `[[title]]` each rules office is a form of: "US President" is a president
        # (and every `[[title]]` of their head words: "EU High Representative" and "EU foreign
        # policy chief" are a representative and a head)
        voted = {
            o.key: _titles_of(o.titles, offices.title, self.aliases, of_words)
            for o in offices.office
        }
        self.title_of_office = {
            key: max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
            for key, votes in voted.items()
            if votes
        }
        self.titles_of_office = {key: frozenset(votes) for key, votes in voted.items()}
        self.title_words = (
            frozenset(
                fold(w)
                for t in (*(w for t in offices.title for w in t.words), *self.specific)
                for w in t.split()
            )
            - self.filler
        )

    def title_matches(self, text: str) -> list[re.Match[str]]:
        """The `[[title]]` titles of a sentence, read once for `find` and the finder."""
        if not may_hold(self.title_runs, text):
            return []
        return list(self.title.finditer(text))

    def find(
        self,
        source: Source,
        sentence: Sentence,
        taken: list[tuple[int, int]],
        matches: list[re.Match[str]] | None = None,
    ) -> list[Mention[OfficeMention]]:
        """The office holders of one sentence under `[[title]]` titles, outside `taken`
        (`matches`: the sentence's `title_matches`, when they are read already)."""
        text = sentence.text
        found: list[Mention[OfficeMention]] = []
        spans = _Spans(taken)
        if matches is None:
            matches = list(self.title.finditer(text))
        for at, m in enumerate(matches):
            held = self._read(source, text, m)
            if held is None and at + 1 < len(matches):
                held = self._shared(source, text, m, matches[at + 1])
            if held is None or not _cued(held.title, text):
                continue
            # (nor a name another title's reading holds: "First Minister of Scotland Nicola
            # Sturgeon, Labour MP Tom Watson")
            if spans.overlaps(*m.span()) or (
                held.named_before and spans.overlaps(held.start, m.start())
            ):
                continue
            spans.add(*m.span())
            found.append(self._mention(source, sentence, held))
        return found

    def places_written(
        self, source: Source, sentences: Sequence[Sentence]
    ) -> dict[str, frozenset[str]]:
        """The places a source writes with each `[[title]]`, a person named with it or not
        ("the British prime minister is chosen by ...", "the Prime Minister of Great
        Britain"): by title key, each place folded as a holder's is (`_office`). Not a
        lesser or future office ("deputy", "-elect"), nor a former one ("the former Karsk
        governor"): what the story says of the office itself, the place a bare title of
        the story is of (`OfficeKind._story_places`); read sentence by sentence."""
        found: dict[str, set[str]] = {}
        for sentence in sentences:
            for m in self.title_matches(sentence.text):
                self._place_written(source, sentence.text, m, found)
        return {k: frozenset(v) for k, v in found.items()}

    def _place_written(
        self, source: Source, text: str, m: re.Match[str], found: dict[str, set[str]]
    ) -> None:
        """The place one title match `m` of a sentence is written with, if any, added to
        `found` under the title's key (`places_written`)."""
        base = _back(text, m.start())
        window = text[base : m.end() + _LOOK_AHEAD]
        start, end = m.start() - base, m.end() - base
        last = list(self.one_title.finditer(m.group(0)))[-1]
        title = self.by_word.get(fold(" ".join(last.group(0).split())))
        if title is None or title.several or self.future.match(window, end):
            return
        if self.lesser_end.search(window[:start]) is not None:
            return
        place, place_start = self._place_before(window, start)
        if place and self._adjective(source, window, place_start, place):
            place, place_start = "", start
        head = self._without_title_words(window[:place_start])
        if (
            (self.former_end.search(head) and not self.not_former_end.search(head))
            or self.former.search(window[place_start:start])
            or self._former_before_adjectives(head)
        ):
            return
        if not place and (of := self.of.match(window, end)) is not None:
            span = self._place_at(window, of.end())
            if span is not None:
                # ("President of the United States Barack Obama": the place before the name)
                split = self._split_place_person(source, window, span)
                place = split[0] if split is not None else window[span[0] : span[1]]
        if not place:
            return
        _, _, key = self._office(Held(title, place, "", place_start, end, False))
        if key:
            found.setdefault(title.key, set()).add(key)

    def _shared(
        self, source: Source, text: str, m: re.Match[str], following: re.Match[str]
    ) -> Held | None:
        """A title with no holder of its own, joined by "and" to the next title, whose holder
        is named after it with a place or word of its own: "South African President and ANC
        leader Cyril Ramaphosa" (one person holds both). Not a title with no place after an
        article ("the president and the party's leader Jane Roe" are two people), nor before
        a lesser form of the same title."""
        if not self.joined_gap.fullmatch(text, m.end(), following.start()):
            return None
        after = self._read(source, text, following)
        if after is None or after.named_before or after.start < m.end():
            return None
        last = list(self.one_title.finditer(m.group(0)))[-1]
        title = self.by_word.get(fold(" ".join(last.group(0).split())))
        if title is None or after.title.key.endswith(f"-{title.key}"):
            return None
        start = m.start()
        lesser = self.lesser_end.search(text, max(0, start - 16), start)
        if lesser is not None and not (
            lesser.group("lesser").islower() and m.group(0)[0].isupper()
        ):
            title, start = _lesser(title, lesser), lesser.start()
        place, place_start = self._place_before(text, start)
        if place and self._adjective(source, text, place_start, place):
            place, place_start = "", start
        head = self._without_title_words(text[:place_start])
        article = _ARTICLE_END.search(head, max(0, len(head) - 8))
        if not place and article is not None and fold(article.group(1)) in self.articles:
            return None
        former = bool(self.former_end.search(head) and not self.not_former_end.search(head))
        # (the second title's own word of a past term is its own: "candidate and former leader")
        return Held(title, place, after.person, place_start, after.end, former)

    def find_heading(
        self, source: Source, sentence: Sentence, taken: list[tuple[int, int]]
    ) -> list[Mention[OfficeMention]]:
        """Office holders stated by a verb of a relative clause: "Mark Smith, who heads the
        Federal Aviation Administration" (a capitalized place or body after the verb)."""
        text = sentence.text
        found: list[Mention[OfficeMention]] = []
        spans = _Spans(taken)
        for m in self.heads.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                continue  # inside a word
            # ", who heads": an apposition
            comma = _COMMA_END.search(text, max(0, m.start() - _LOOK_BACK), m.start())
            title = self.heading.get(fold(" ".join(m.group("verb").split())))
            place = self._place_at(text, m.end()) if comma and title else None
            if title is None or place is None or comma is None:
                continue
            base = _back(text, comma.start())
            person = self._name_ending(source, text[base : comma.start()], True)
            if person is None or spans.overlaps(base + person[1], place[1]):
                continue
            held = Held(
                title, text[place[0] : place[1]], person[0], base + person[1], place[1], False
            )
            spans.add(held.start, held.end)
            found.append(self._mention(source, sentence, held))
        return found

    def find_nominated(
        self, source: Source, sentence: Sentence, taken: list[tuple[int, int]]
    ) -> list[Mention[OfficeMention]]:
        """Holders named before a verb that gives a title as a noun: "Roe won the presidential
        nomination", "Doe, a lawyer, received the Liberal vice presidential nomination"."""
        text = sentence.text
        found: list[Mention[OfficeMention]] = []
        spans = _Spans(taken)
        if not may_hold(self.nominated_runs, text):
            return found
        for m in self.nominated.finditer(text):
            title = self.by_nomination.get(fold(" ".join(m.group("noun").split())))
            if title is None or spans.overlaps(m.start(), m.end()):
                continue
            end = _rstripped_comma(text, m.start())
            base = _back(text, end)
            person = self._name_ending(source, text[base:end], True)
            aside = _ASIDE_END.search(text, base, end) if person is None else None
            if aside is not None:  # "Doe, a lawyer from Karsk, received the … nomination"
                person = self._name_ending(source, text[base : aside.start()], True)
            if person is None:
                continue
            if m.group("lesser"):
                title = _lesser(title, m)
            held = Held(title, m.group("party") or "", person[0], base + person[1], m.end(), False)
            spans.add(m.start(), m.end())
            found.append(self._mention(source, sentence, held))
        return found

    def find_counterparts(
        self,
        source: Source,
        sentence: Sentence,
        found: list[Mention[OfficeMention]],
    ) -> list[Mention[OfficeMention]]:
        """Holders named after a noun for the one who holds the office of a holder named
        before in the sentence, for the place before that noun: "Foreign Minister Jane Roe met
        her Karskian counterpart John Doe" (the Karskian foreign minister). The office is the
        earlier holder's `[[title]]`; with no place, or no such holder, none is read."""
        text = sentence.text
        if not found or not may_hold(self.counterpart_runs, text):
            return []
        read: list[Mention[OfficeMention]] = []
        spans = _Spans([(m.start - sentence.start, m.end - sentence.start) for m in found])
        for m in self.counterpart.finditer(text):
            earlier = [
                f
                for f in found
                if f.end - sentence.start <= m.start()
                and f.detail.title_key in self.by_key
                and not f.detail.former
            ]
            if not earlier:
                continue
            title = self.by_key[earlier[-1].detail.title_key]
            place, place_start = self._place_before(text, m.start())
            if not place or self._adjective(source, text, place_start, place):
                continue
            person, end = self._person_after(source, text, m.end())
            if person is None or spans.overlaps(place_start, end):
                continue
            spans.add(place_start, end)
            read.append(
                self._mention(source, sentence, Held(title, place, person, place_start, end, False))
            )
        return read

    def find_predecessors(
        self,
        source: Source,
        sentence: Sentence,
        found: list[Mention[OfficeMention]],
    ) -> list[Mention[OfficeMention]]:
        """Holders named after a noun for who held, before, the office of a holder named
        before in the sentence ("Karsk Governor John Doe thanked his predecessor, Jane
        Roe": Karsk's former governor), or right after a holder and a verb of succession
        ("Karsk Governor John Doe, who replaced Jane Roe"). The office, its place and title
        are the earlier holder's, held now (with none, nothing is read); the one named held
        it. A name read under a title of its own ("replaced Jane Roe as chair") is left to
        that reading."""
        text = sentence.text
        if not found:
            return []
        holders = sorted(
            (
                f
                for f in found
                if not f.detail.former
                and not f.detail.several
                and not any(
                    p.match(self.aliases.apply(f.quote))
                    for p in self.unqualified.get(f.detail.office_key, ())
                )
            ),
            key=lambda f: (f.end, f.start),
        )
        if not holders:
            return []
        # (where each predecessor's name starts: after the noun, or after a holder and a
        # verb of succession, with the holder whose office it is)
        starts: list[tuple[int, Mention[OfficeMention]]] = []
        if may_hold(self.predecessor_runs, text):
            for m in self.predecessor.finditer(text):
                earlier = [f for f in holders if f.end - sentence.start <= m.start()]
                if earlier:
                    starts.append((m.end(), earlier[-1]))
        if self.succeeded_gap is not None:
            for f in holders:
                gap = self.succeeded_gap.match(text, f.end - sentence.start)
                if gap is not None:
                    starts.append((gap.end(), f))
        read: list[Mention[OfficeMention]] = []
        spans = _Spans([(m.start - sentence.start, m.end - sentence.start) for m in found])
        for at, holder in sorted(starts, key=lambda s: s[0]):
            person, end = self._person_after(source, text, at)
            if person is None or end <= at or text[end : end + 1] in ("'", "’"):
                continue  # (no name, or a possessive: "replaced Roe's plan")
            start = max(at, text.rfind(person.split()[0], at, end))
            if spans.overlaps(start, end):
                continue  # ("Roe succeeded Doe as governor": read under its title)
            spans.add(start, end)
            now = holder.detail
            held_then = replace(
                now,
                office_key=f"former-{now.office_key}",
                person_text=person,
                label=f"former {now.label or self.labels.get(now.office_key, '')}",
                former=True,
                several=True,
            )
            read.append(sentence_mention(source, sentence, "office", start, end, held_then))
        return read

    def find_plural(
        self, source: Source, sentence: Sentence, taken: list[tuple[int, int]]
    ) -> list[Mention[OfficeMention]]:
        """Holders named after a title in the plural, each with the place after its name:
        "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin", "Senators Jane
        Roe and John Doe" (two names or more)."""
        text = sentence.text
        found: list[Mention[OfficeMention]] = []
        spans = _Spans(taken)
        if not may_hold(self.plural_runs, text):
            return found
        for m in self.plural.finditer(text):
            title = self.by_word.get(fold(m.group("title")))
            if title is None or not _cued(title, text):
                continue
            alone_several = title.several
            title = replace(title, several=True)  # (a title in the plural has several holders)
            before_place, place_start = self._place_before(text, m.start())
            if before_place and self._adjective(source, text, place_start, before_place):
                before_place, place_start = "", m.start()
            head = self._without_title_words(text[:place_start])
            former = bool(self.former_end.search(head) and not self.not_former_end.search(head))
            held: list[Held] = []
            at = m.end()
            while True:
                gap = _SPACES.match(text, at)
                person = self.person.match(text, gap.end() if gap else at)
                if person is None:
                    break
                name = trim_person(
                    person.group(0),
                    self.finder.not_names,
                    text[person.end() : person.end() + 4],
                    self.finder.months,
                )
                words = name.split()
                if fold(words[-1]) in self.finder.body_ends or fold(words[0]) in self.not_places:
                    break
                end = person.start() + len(name)
                place = before_place
                of = self.of.match(text, end)
                span = self._place_at(text, of.end()) if of else None
                if of is not None and span is not None:
                    # (one place: "of Nigeria", not "of Nigeria, Patrice Talon")
                    place_end = text.find(",", span[0], span[1])
                    end = span[1] if place_end < 0 else place_end
                    place = text[span[0] : end]
                start = place_start if not held else person.start()
                held.append(Held(title, place, name, start, end, former))
                joined = _LIST_JOIN.match(text, end)
                if joined is None:
                    break
                at = joined.end()
            if len(held) < 2 or any(spans.overlaps(h.start, h.end) for h in held):
                continue
            places = [fold(h.place) for h in held]
            if not alone_several and all(places) and len(set(places)) < len(places):
                # "US presidents George Washington and Ulysses S. Grant": an office one person
                # holds at a time, named with two holders of one place, is a past one (and
                # with no place: "the foreign ministers Lavrov and Blinken" are of two)
                held = [replace(h, former=True) for h in held]
            for one in held:
                spans.add(one.start, one.end)
                found.append(self._mention(source, sentence, one))
        return found

    def _mention(self, source: Source, sentence: Sentence, held: Held) -> Mention[OfficeMention]:
        key, label, place = self._office(held)
        stated = OfficeMention(
            office_key=key,
            person_text=held.person,
            label=label,
            place=place,
            former=held.former,
            several=held.title.several or held.former,
            title_key=held.title.key,
            new=held.new and not held.former,
        )
        return sentence_mention(source, sentence, "office", held.start, held.end, stated)

    # ------------------------------------------------------------------ one title's reading
    def _read(self, source: Source, text: str, m: re.Match[str]) -> Held | None:
        """The reading of the title `m`, in a window of text around it: what a title's
        reading looks at stands near it, and a long line is read in linear time."""
        base = _back(text, m.start())
        window = text[base : m.end() + _LOOK_AHEAD]
        held = self._read_at(source, window, m.group(0), m.start() - base, m.end() - base)
        if held is None:
            return None
        reach = self.successor_reach
        new = self.taken_over_end.search(text, max(0, m.start() - reach), m.start())
        return replace(held, start=held.start + base, end=held.end + base, new=new is not None)

    def _read_at(
        self, source: Source, text: str, written: str, start: int, end: int
    ) -> Held | None:
        last = list(self.one_title.finditer(written))[-1]
        title = self.by_word.get(fold(" ".join(last.group(0).split())))
        if title is None:
            return None
        if self.suffix_after.match(text, end):
            return None  # "Martin Luther King Jr.": the title word is a surname
        future = self.future.match(text, end)
        if future is not None:  # "President-elect": a future holder, another office
            word = fold(future.group("word"))
            title = replace(
                title, key=f"{title.key}-{word}", label=f"{title.label}-{word}", several=False
            )
            end = future.end()
        else:
            compound = self.compound.match(text, end)
            if compound is not None:
                end = compound.end()
        if title.key in self.modifiers:
            noun = _NEXT_LOWER.match(text, end)
            if noun is not None and fold(noun.group(1)) not in self.after_title:
                return None  # "the head chef", "chief engineer": a word of another noun
        lesser = self.lesser_end.search(text[:start])
        if lesser is not None and lesser.group("lesser").islower() and written[:1].isupper():
            lesser = None  # "built under Sultan Qaboos": a preposition, no lesser office
        if lesser is not None:
            # "Deputy Prime Minister", "vice chairman": another office, with several holders
            title = _lesser(title, lesser)
            start = lesser.start()
        before_place, place_start = self._place_before(text, start)
        if before_place and self._adjective(source, text, place_start, before_place):
            before_place, place_start = "", start  # "Embattled Prime Minister Boris Johnson"
        if lesser is None and place_start < start:
            # "Deputy Emergency Situations Minister": the lesser word before the body
            lesser = self.lesser_end.search(text[:place_start])
            if lesser is not None:
                title = _lesser(title, lesser)
                place_start = lesser.start()
        head = self._without_title_words(text[:place_start])
        former = bool(
            (self.former_end.search(head) and not self.not_former_end.search(head))
            or self.former.search(text[place_start:start])
            or self._former_before_adjectives(head)
            or _past_year_before(head, source.published)
            or self.past_rule_end.search(head, max(0, len(head) - _LOOK_BACK)) is not None
        )
        after_place = ""
        of = self.of.match(text, end)
        of_span: tuple[int, int] | None = None
        if of:
            of_span = self._place_at(text, of.end())
            if of_span is not None and any(
                fold(w) in self.one_word_titles
                for w in text[of_span[0] : of_span[1]].split(",")[0].split()
            ):
                return None  # "an adviser for President Donald Trump": another office's holder
            generic = self.of_generic.match(text, end) if of_span is None else None
            if generic is not None:
                end = generic.end()  # "the new governor of the region, Alexander Moor"
        # The person after the title: "Gov. Jane Roe", "CEO, John Doe", "President of the
        # United States Barack Obama" (the place's last words may be the person's).
        person, person_end = None, end
        # "President Trump", "Prime Minister Abe": a title written as one, then a surname
        titled = last.group(0)[:1].isupper() and of_span is None
        if of_span is not None:
            split = self._split_place_person(source, text, of_span)
            if split is not None:
                after_place, (person, person_end) = split
            else:
                after_place = text[of_span[0] : of_span[1]]
                person_end = of_span[1]
        if person is None and not self._apposed_to_before(source, text, place_start, person_end):
            person, person_end = self._person_after(source, text, person_end, titled)
        if person is not None:
            frm = self.of.match(text, person_end)  # "Senator Bernie Sanders from Vermont"
            if frm and not after_place:
                span = self._place_at(text, frm.end())
                if span is not None:
                    after_place = text[span[0] : span[1]]
            former = former or self._ended(text, person_end)  # "President Bill Clinton (1993–2001)"
            return Held(title, after_place or before_place, person, place_start, person_end, former)
        if before_place and of_span is None:
            # "Parliament elected Jane Roe prime minister": the words before the title are
            # the person an active verb of appointing made its holder, not a place
            appointed = self._appointed(source, text, place_start, before_place)
            if appointed is not None:
                return Held(title, "", appointed, place_start, end, former)
        # The person before the title: "Jane Roe, the governor of Ohio".
        # an apposition closed by a comma ("Zelensky, Ukraine's president, said") may hold a
        # surname the source gives nowhere in full
        close = of_span[1] if of_span is not None and after_place else end
        closed = text[close : close + 1] == ","
        before = self._person_before(source, text, place_start, closed)
        if before is None:
            if of_span is None:
                return None
            apposed = self._apposed(source, text, of_span)
            if apposed is not None:  # "the governor of Illinois, J. B. Pritzker, said"
                place, name, name_end = apposed
                return Held(title, place, name, place_start, name_end, former)
            # "Senator from Vermont Bernie Sanders won": the last two words are the person.
            # (after a comma, only as `_apposed` reads it: "Seoul, South Korea" is a place)
            words = text[of_span[0] : of_span[1]].split()
            name = " ".join(words[-2:])
            if len(words) < 3 or "," in " ".join(words[-3:]) or not self.person.fullmatch(name):
                return None
            if fold(words[-1]) in self.finder.body_ends:
                return None  # "director of the Number Theory Foundation": no person
            place = text[of_span[0] : of_span[1]][: -len(name)].strip()
            return Held(title, place, name, place_start, of_span[1], former)
        name, name_start = before
        stop = of_span[1] if of_span is not None and after_place else end
        succeeded = self.succeeding_end.search(
            text, max(0, name_start - _APPOINTED_REACH), name_start
        )
        if succeeded is not None:
            # "Roe succeeded Doe as governor": Doe held the office; Roe, when named, holds it
            head = text[: succeeded.start()]
            opened = self.successor_end.search(head)
            successor = self._name_ending(source, head[: opened.start()] if opened else head, False)
            if successor is not None:
                name, name_start = successor
            else:
                former = True
        between = text[name_start:place_start]
        if between.rfind("(") > between.rfind(")"):
            # "Omar Haddad (finance minister)": a title in brackets after the name ends there
            shut = _BRACKET_SHUT.match(text, stop)
            if shut is None:
                return None
            stop = shut.end()
        # "Clinton, who served as president", "Tony Blair (1997–2007) was prime minister",
        # "who was president from 1993 to 2001": a past holder
        link = text[name_start:place_start]
        verb = self.link_verb.search(link)
        said = fold(" ".join(verb.group("verb").split())) if verb is not None else ""
        former = (
            former
            or said in self.past
            or (said in self.past_copula and self.past_after.match(text, stop) is not None)
            or self.ended_term.search(link) is not None
            or self._ended(text, stop)
            or (said.startswith("was") and self.ended_after.match(text, stop) is not None)
        )
        return Held(title, after_place or before_place, name, name_start, stop, former, True)

    def _appointed(self, source: Source, text: str, start: int, place: str) -> str | None:
        """The person's name read as the place before a title when an active verb of
        appointing stands before it: "Acme named Jane Roe chief executive" (a name of two
        words or more, none of them a place's word)."""
        if not self.appointed_end.search(text, max(0, start - _APPOINTED_REACH), start):
            return None
        words = place.split()
        if len(words) < 2 or not self.person.fullmatch(place):
            return None
        if fold(words[0]) in self.not_places or fold(words[-1]) in self.finder.body_ends:
            return None
        if self.aliases.apply(place) != fold(place) or self._led_as_place(source, place):
            return None  # a known place, or one the source writes after "in"
        return place

    def _apposed_to_before(self, source: Source, text: str, start: int, end: int) -> bool:
        """Whether a title set off by commas follows a person's name ("Sadie Weiner, Hagan's
        spokeswoman, Hagan died"): the apposition is that name's, not the next one's."""
        if not _COMMA_NEXT.match(text, end):
            return False
        lead = _COMMA_ARTICLE_END.search(text, max(0, start - 12), start)
        if lead is None or (lead.group(1) and fold(lead.group(1)) not in self.articles):
            return False
        return self._person_before(source, text, start, True) is not None

    def _former_before_adjectives(self, head: str) -> bool:
        """Whether a word of `not_current` stands one or two lower-case words before the
        title: "former federal prosecutor Elie Honig" (not an article, a joining word or a
        title's: "then the mayor", "a former adviser for President Roe"), or a word of
        `past_adverbs` before an article: "formerly a deputy administrator"."""
        rest = head
        for _ in range(2):
            word = _LOWER_WORD_END.search(rest)
            if word is None:
                return False
            folded = fold(word.group(1))
            if folded in self.articles:  # "Tim Manning, formerly a deputy administrator"
                return self.past_adverb_end.search(rest, 0, word.start()) is not None
            if folded in self.filler or folded in self.any_title_words:
                return False  # (not "a former adviser for President Roe")
            rest = rest[: word.start()]
            if self.former_end.search(rest):
                return not self.not_former_end.search(rest)
        return False

    def _adjective(self, source: Source, text: str, at: int, place: str) -> bool:
        """Whether a one-word place before a title is an adjective ("Embattled Prime
        Minister", "Veteran Senator"): a word with an ending of `not_place_endings`, or one
        opening a sentence that the source writes in lower case elsewhere."""
        if " " in place or not place.isalpha() or place.isupper():
            return False
        word = place.lower()
        if word.endswith(self.not_place_endings) and len(word) > 4:
            return True
        if not _OPENING_AT.search(text, 0, at):
            return False
        return any(_whole(source.text, end) for _, end in _written(source.text, word))

    def _without_title_words(self, head: str) -> str:
        """`head` without the title words that end it ("Former Foreign " of "Former Foreign
        Secretary"), so that a word before a title is found past them."""
        while True:
            words = head[-40:].rsplit(None, 1)
            last = words[-1] if words and head[-1:].isspace() else ""
            if not last or fold(last) not in self.any_title_words:
                return head
            head = head[: len(head.rstrip()) - len(last)]

    def _place_before(self, text: str, start: int) -> tuple[str, int]:
        """The place or body written just before a title, and where it starts."""
        head = text[:start]
        # "Puerto Rico's new governor": lower-case words between a possessive and the title
        between = self.between.search(head) or self.tenure_between.search(
            head, max(0, len(head) - 40)
        )
        if between and not self.generic.search(between.group(1)):
            head = head[: between.start(1)]
        generic = self.generic_end.search(head)
        if generic and not self._generic_named(head, generic.start()):
            return "", generic.start()
        # "a US peace envoy": lower-case words between an article's place and the title
        gap = _ARTICLE_PLACE_GAP.search(head, max(0, len(head) - 60))
        if (
            gap is not None
            and fold(gap.group(1)) in self.articles
            and fold(gap.group(2)) not in self.not_places
            and not any(fold(w) in self.filler | self.after_title for w in gap.group(3).split())
        ):
            head = head[: gap.start(3)]
        tail = head[-8:]
        apart = _POSSESSIVE_APART.search(head, len(head) - 8) if "s" in tail else None
        if apart:  # tokenized text: "GM 's chief executive", the owner's name ends the place
            head = head[: apart.end(1)] + " "
        possessive = re.search(r"(\S+)['’]s\s+$", head)
        words: list[re.Match[str]] = []
        at = len(head.rstrip())
        for word in reversed(list(_PLACE_TOKEN.finditer(head[:at]))):
            bare = word.group(0)
            if possessive and word.end() == possessive.end(1) + 2:
                bare = _POSSESSIVE.sub("", bare)
            joined = self.former_joined.match(bare)
            if joined and _PLACE_WORD.fullmatch(bare[joined.end() :]):
                words.insert(0, word)  # "ex-UK Prime Minister": a former office of the UK
                break
            if not _PLACE_WORD.fullmatch(bare) or fold(bare) in self.not_places:
                if words and bare in self.place_starts:
                    words.insert(0, word)  # "New Mexico governor"
                    continue
                if fold(bare) in self.inner_filler and words:
                    words.insert(0, word)
                    continue
                break
            if fold(bare) in self.any_title_words or fold(bare) in self.lesser_words:
                if len(words) == 1 and fold(words[0].group(0)) in self.finder.body_ends:
                    words.insert(0, word)  # "Premier League chief executive": the body's name
                    continue
                break  # "Treasury Secretary Henry Paulson and Fed Chairman": another title's
            if fold(bare.rstrip("-")) in self.former_words:
                break  # "Outgoing Prime Minister", "Ex-Premier": no place
            words.insert(0, word)
            if len(words) >= 5:
                break
        # ("the", "of"; not a capitalized "South" of "South Korean")
        # (nor one opening the sentence: "For Libertarian Party presidential nominee")
        while words and fold(words[0].group(0)) in self.filler:
            if (
                words[0].group(0)[:1].isupper()
                and fold(words[0].group(0)) not in self.articles
                and not (
                    fold(words[0].group(0)) in self.of_words
                    and _OPENING_AT.search(text, 0, words[0].start())
                )
            ):
                break
            words.pop(0)
        if not words:
            return "", start
        if (
            len(words) == 1
            and fold(_POSSESSIVE.sub("", words[0].group(0))) in self.finder.body_ends
        ):
            # "Ministry spokesperson", "Conservative Party leader" (an adjective no place):
            # a body's noun alone is the story's own body, as "the ministry" is, no place
            return "", words[0].start()
        place = self.former_joined.sub("", text[words[0].start() : words[-1].end()])
        return _POSSESSIVE.sub("", place), words[0].start()

    def _generic_named(self, head: str, at: int) -> bool:
        """Whether the generic noun at `at` ends a place's own name: written capitalized
        right after a capitalized word of a name ("Kansas City mayor", "Mexico City mayor"),
        it is that place's last word, not the story's own city ("the city mayor", "City
        mayor" opening a sentence)."""
        if not head[at : at + 1].isupper():
            return False
        before = re.search(r"(\S+)\s+$", head[:at])
        if before is None:
            return False
        word = _POSSESSIVE.sub("", before.group(1))
        return (
            _PLACE_WORD.fullmatch(word) is not None
            and fold(word) not in self.filler
            and fold(word) not in self.not_places
        )

    def _place_at(self, text: str, at: int) -> tuple[int, int] | None:
        """A place or body name at `at`, a possessive joined ("Iran's Quds Force")."""
        span = self.reader.read(text, at)
        if span is None:
            return None
        start, end = span
        # "United States commonwealth of Puerto Rico": a lower-case noun, "of", a name
        more = self.noun_of.match(text, end)
        if more:
            further = self.reader.read(text, more.end(), commas=False)
            if further is not None:
                end = further[1]
        while text[end : end + 2] in ("'s", "’s"):
            owned = self.reader.read(text, end + 2, commas=False)
            if owned is None:
                # "head of the UK's counter-terrorism police, Neil Basu": a body in lower case
                body = _LOWER_BODY.match(text, end + 2)
                if body is not None:
                    end = body.end()
                break
            end = owned[1]
        return start, end

    def _split_place_person(
        self, source: Source, text: str, span: tuple[int, int]
    ) -> tuple[str, tuple[str, int]] | None:
        """Where a place read after "of" runs into the person's name ("of the United States
        Barack Obama"), the place and the person: the longest tail of two or three words the
        source also writes elsewhere, else the last two words."""
        words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
        if len(words) < 3 or "," in text[span[0] : span[1]]:
            return None
        elsewhere: Without | None = None  # the source without the phrase, read when first asked
        for take in (3, 2):
            if len(words) - take < 1:
                continue
            before = words[-take - 1].group(0)
            if _POSSESSIVE.search(before) or before[:1].islower():
                continue  # "Iran's Quds Force", "commonwealth of Puerto Rico": one place
            name = text[span[0] + words[-take].start() : span[1]]
            place = text[span[0] : span[0] + words[-take - 1].end()]
            if not self.person.fullmatch(name) or fold(words[-1].group(0)) in self.finder.body_ends:
                continue  # (and "of the Number Theory Foundation": a body's name alone)
            known = self.aliases.apply(place) != fold(place)
            if not (take == 2 and known) and elsewhere is None:
                elsewhere = Without(source.text, text[span[0] : span[1]])
            if (take == 2 and known) or (
                elsewhere is not None and elsewhere.bounded(name.split()[-1])
            ):
                if take == 3 and (elsewhere is None or not elsewhere.holds(name)):
                    continue
                return place, (name, span[1])
        return None

    def _ended(self, text: str, at: int) -> bool:
        """Whether a term that has ended is written at `at`: "(1993–2001)", "from 1993 to
        2001" (past a comma)."""
        return self.finder.ended_term.match(text, at) is not None

    def _apposed(
        self, source: Source, text: str, span: tuple[int, int]
    ) -> tuple[str, str, int] | None:
        """A person's name set off by a comma after the place a title is of ("the governor
        of Illinois, J. B. Pritzker, said", "the mayor of London, Sadiq Khan,"), as (place,
        person, where the name ends): the name after the place's last comma, past a title
        ("..., Congresswoman Karen Bass"); not a larger place, which the source writes after
        a word that leads a place ("Seoul, South Korea, ... in South Korea")."""
        written = text[span[0] : span[1]]
        for comma in reversed([m for m in _COMMA_IN.finditer(written)]):
            at = span[0] + comma.end()
            person = self.person.match(text, at)
            if person is None or person.end() < span[1]:
                continue
            name = trim_person(
                person.group(0),
                self.finder.not_names,
                text[person.end() : person.end() + 4],
                self.finder.months,
            )
            end = at + len(name)
            words = name.split()
            titled = False
            while len(words) > 2 and (
                fold(words[0]) in self.title_words or self.prefixes.fullmatch(words[0])
            ):
                words.pop(0)  # "Congresswoman Karen Bass": a title, then the person
                titled = True
            name = " ".join(words)
            place = written[: comma.start()].strip()
            if len(words) < 2 or not place or fold(words[0]) in self.not_places:
                return None
            if fold(words[-1]) in self.finder.body_ends:
                return None
            if not titled and not _INITIAL.match(name) and self._led_as_place(source, name):
                return None
            return place, name, end
        return None

    def _led_as_place(self, source: Source, name: str) -> bool:
        """Whether the source writes `name` after a word that leads a place: "in South
        Korea"."""
        return any(
            self.place_lead_end.search(source.text, max(0, start - 12), start)
            for start, end in _written(source.text, name)
            if _whole(source.text, end)
        )

    def _alone_elsewhere(self, source: Source, word: str) -> bool:
        """Whether the source writes `word` as a surname alone: between words that are not
        capitalized ("Pritzker said", "said Pritzker.")."""
        return self._alone_count(source, word, 1) > 0

    def _alone_count(self, source: Source, word: str, enough: int = 2) -> int:
        """How many times the source writes `word` alone (see `_alone_elsewhere`), counted
        up to `enough`."""
        count = 0
        for start, end in _written(source.text, word):
            before = source.text[max(0, start - 30) : start]
            after = source.text[end : end + 30]
            if _CAPITAL_BEFORE.search(before) or _CAPITAL_AFTER.match(after):
                continue
            count += 1
            if count >= enough:
                break
        return count

    def _person_after(
        self, source: Source, text: str, at: int, titled: bool = False
    ) -> tuple[str | None, int]:
        gap = _GAP.match(text, at)
        offset = gap.end() if gap else at
        spelled = _SPELLED_OUT.match(text, offset)
        if spelled is not None:  # "MP (Member of Parliament) Tom Watson": the title spelled out
            offset = spelled.end()
        prefix = self.prefixes.match(text, offset)
        if prefix:
            offset = _SPACES.match(text, prefix.end()).end()  # type: ignore[union-attr]
        person = self.person.match(text, offset)
        if person is not None and fold(person.group(0).split()[-1]) in self.finder.body_ends:
            return None, at
        if person is not None:
            name = trim_person(
                person.group(0),
                self.finder.not_names,
                text[person.end() : person.end() + 4],
                self.finder.months,
            )
            if fold(name.split()[0]) in self.not_places:
                return None, at
            name_end = person.start() + len(name)
            words = name.split()
            # "AU chairperson President Abdel Fattah el-Sisi": a second title, then the person
            while len(words) > 2 and fold(words[0]) in self.any_title_words:
                words.pop(0)
            if all(fold(w) in self.title_words for w in words):
                return None, at  # "Minister Minister": title words, no name
            return " ".join(words), name_end
        surname = _SURNAME_AT.match(text, offset) or (
            self.particle_surname.match(text, offset) if titled else None
        )  # (opened by particles right after a capitalized title only: "President el-Sisi")
        if surname is None or fold(surname.group(0)) in self.not_places | self.title_words:
            return None, at
        if fold(surname.group(0)) in self.finder.body_ends:
            return None, at  # "Justice Department": a body's noun after the title, no surname
        # (a surname opened by particles is found in full by its last word: "von der Leyen")
        full = self.finder.full_name(source, surname.group(0).split()[-1])
        if full is None:
            # a capitalized word alone, named nowhere in full, is a surname only right
            # after a title written with capitals ("President Trump"), not "the mayor Monday"
            word = fold(surname.group(0))
            # (or one name the source writes alone again and again: "Indonesia's security
            # minister Wiranto ... Wiranto survived")
            if (
                _BLANK.fullmatch(text, at, offset) is not None
                and word not in self.finder.not_names
                and (titled or self._alone_count(source, surname.group(0)) > 1)
            ):
                return surname.group(0), surname.end()
            return None, at
        return full, surname.end()

    def _person_before(
        self, source: Source, text: str, start: int, closed: bool
    ) -> tuple[str, int] | None:
        head = text[:start]
        for number, link_pattern in enumerate(self.links):
            link = link_pattern.search(head)
            if link is not None:
                # a lone surname only in a comma apposition at the start of a clause
                alone = closed and number == 0 and head[link.start() : link.end()].startswith(",")
                named = head[: link.start()]
                term = self.ended_term_end.search(named)
                if term is not None:  # "Tony Blair (1997–2007) was prime minister"
                    named = named[: term.start()]
                else:  # "Jane Roe (Democratic Party) is elected governor": an aside
                    aside = _BRACKETED_END.search(named, max(0, len(named) - _BRACKETED_REACH))
                    if aside is not None:
                        named = named[: aside.start()]
                found = self._name_ending(source, named, alone)
                aside = (
                    _ASIDE_END.search(named, max(0, len(named) - _ASIDE_REACH))
                    or _AGE_ASIDE.search(named, max(0, len(named) - _ASIDE_REACH))
                    if found is None and number == 0
                    else None
                )
                if aside is not None:
                    # "Cohen, originally the running mate of Supreme, was picked to be": the
                    # name before an aside in lower case
                    found = self._name_ending(source, named[: aside.start()], alone)
                if found is not None:
                    return found
        return None

    def _name_ending(self, source: Source, head: str, alone: bool) -> tuple[str, int] | None:
        """The person's name that ends `head`, or None (nor a place's name after "in")."""
        found = self._name_ending_at(source, head, alone)
        if found is not None and self.place_lead_end.search(head, 0, found[1]):
            return None
        return found

    def _name_ending_at(self, source: Source, head: str, alone: bool) -> tuple[str, int] | None:
        name_end = len(head)
        for person in self._persons_ending(head):
            if person.end() == name_end:
                if fold(person.group(0).split()[-1]) in self.finder.body_ends:
                    return None  # "the Natural Law Party, union leader": a body
                name = trim_person(
                    person.group(0),
                    self.finder.not_names,
                    head[person.end() : person.end() + 4],
                    self.finder.months,
                )
                if len(name) != len(person.group(0)):
                    continue
                words = name.split()
                # "Secretary of Justice Wanda Vázquez Garced was sworn in as governor"
                while len(words) > 1 and (
                    fold(words[0]) in self.title_words | self.not_places
                    or self.prefixes.fullmatch(words[0])
                ):
                    words.pop(0)  # and "Mr Bercow, the Speaker": an honorific
                # "Labor Minister Kim Moon Soo won": the name is after the last title word
                inside = [i for i, w in enumerate(words[:-1]) if fold(w) in self.any_title_words]
                if inside:
                    words = words[inside[-1] + 1 :]
                name = " ".join(words)
                if (
                    len(words) == 2
                    and _OPENING_AT.search(head, 0, person.start())
                    and _written(source.text, words[0].lower())
                ):
                    # "Later Roe, the mayor": a sentence's first word the source writes in
                    # lower case elsewhere, then a surname it names in full ("Jane Roe")
                    full = self.finder.full_name(source, words[-1])
                    if full is not None and words[0] not in full.split():
                        return full, name_end - len(words[-1])
                if len(words) == 1:  # "Governor Vázquez was appointed": a surname
                    full = self.finder.full_name(source, name)
                    if full is None and alone and fold(name) not in self.finder.not_names:
                        return name, name_end - len(name)
                    return (full, name_end - len(name)) if full else None
                if fold(words[0]) not in self.not_places:
                    return name, name_end - len(name)
        surname = _SURNAME_END.search(head)
        if surname is not None and fold(surname.group(0)) in self.finder.body_ends:
            return None  # "In the Green Party, union leader": a body holds no office
        if surname is None or self.agent_end.search(head, 0, surname.start()):
            return None  # "appointed by Rosselló as his secretary": the agent holds nothing
        full = self.finder.full_name(source, surname.group(0))
        if full is None and alone and not _CLAUSE_START.search(head[: surname.start()]):
            word = fold(surname.group(0))
            if word not in self.not_places and word not in self.finder.not_names:
                return surname.group(0), surname.start()
        return (full, surname.start()) if full else None

    def _persons_ending(self, head: str) -> list[re.Match[str]]:
        """The person names of `head` as read from its start, and when none of them ends it,
        the longest name that does, read from a later word: "Former Labor Minister Kim Moon
        Soo" (a name of at most five parts, read from its start, ends at "Moon")."""
        found = list(self.person.finditer(head))
        if found and found[-1].end() == len(head):
            return found
        low = max(0, len(head) - _NAME_REACH)
        for word in _WORD_START.finditer(head, low):
            person = self.person.fullmatch(head, word.start())
            if person is not None:
                return [*found, person]
        return found

    # ------------------------------------------------------------------------- the office
    def _office(self, held: Held) -> tuple[str, str, str]:
        """The office key, its label and the place's key: a rules office when the title
        and place are one ("Russian president"), else the title's key."""
        title_words = fold(held.title.words[0])
        # a title a lesser or future word made another office ("Deputy Prime Minister",
        # "President-elect") is none of the rules offices of its words
        derived = self.by_word[title_words].key != held.title.key
        # the filler words out, but not a capitalized one of a name ("South Korea")
        written = " ".join(
            w
            for w in held.place.split()
            if (w[:1].isupper() and fold(w) not in self.articles)
            or fold(_POSSESSIVE.sub("", w)) not in self.filler
        )
        found = [_POSSESSIVE.sub("", w) for w in _WORD.findall(self.aliases.apply(written))]
        place = " ".join(found)
        for phrase in (f"{place} {title_words}", f"{title_words} of {place}"):
            key = self.specific.get(self.aliases.apply(phrase.strip()))
            if key and place and not derived:
                if held.former:
                    return f"former-{key}", f"former {self.labels[key]}", place
                return key, self.labels[key], place
        label = held.title.label
        if held.place:
            label = f"{label} of {held.place}"
        key = held.title.key
        if held.former:
            return f"former-{key}", f"former {label}", place
        return key, label, place


_LOOK_BACK = 300  # characters a title's reading looks back: a place, a link, a name
_LOOK_AHEAD = 600  # and forward: the place after "of", the person's name


def _cued(title: OfficeTitle, text: str) -> bool:
    """Whether a sentence holds a word of the title's `cues` (any sentence when it has none):
    "United Seychelles candidate Patrick Herminie received 48.8% of the vote"; a word
    whose last part after a hyphen is one is too ("re-election", "by-election")."""
    if not title.cues:
        return True
    cues = {fold(c) for c in title.cues}
    return any(
        fold(w) in cues or fold(w).rsplit("-", 1)[-1] in cues for w in _CUE_WORD.findall(text)
    )


def _past_year_before(head: str, published: str | None) -> bool:
    """Whether a year before the publication's stands right before a title: "the party's
    1996 vice presidential nominee" (a past holder; "the 2020 nominee" in 2020 is none)."""
    year = _YEAR_END.search(head, max(0, len(head) - _YEAR_REACH))
    return bool(year and published and int(year.group(1)) < int(published[:4]))


def _rstripped_comma(text: str, at: int) -> int:
    """Where `text[:at]` ends without the spaces and one comma before `at`."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] == ",":
        at -= 1
    return at


def _back(text: str, at: int) -> int:
    """Where a look back from `at` starts: `_LOOK_BACK` characters before it, moved on to
    the start of a word (the whole text when it is shorter)."""
    if at <= _LOOK_BACK:
        return 0
    space = text.find(" ", at - _LOOK_BACK, at)
    return at if space < 0 else space + 1


class _Spans:
    """Spans already taken in a sentence, asked in the order the sentence is read: a span
    overlaps one taken when a taken span starting before its end ends after its start."""

    def __init__(self, taken: list[tuple[int, int]]) -> None:
        self.taken = taken  # (the caller's list, kept up to date)
        self.sorted = sorted(taken)
        self.next = 0  # the first of `sorted` not yet folded into `reach`
        self.reach = -1  # the furthest end of the spans folded in
        self.asked = -1

    def overlaps(self, start: int, end: int) -> bool:
        if end < self.asked:  # asked out of order: look at every span
            return any(a < end and start < b for a, b in self.taken)
        self.asked = end
        while self.next < len(self.sorted) and self.sorted[self.next][0] < end:
            self.reach = max(self.reach, self.sorted[self.next][1])
            self.next += 1
        return self.reach > start

    def add(self, start: int, end: int) -> None:
        self.taken.append((start, end))
        if start < self.asked:
            self.reach = max(self.reach, end)
        else:
            insort(self.sorted, (start, end), lo=self.next)


def _lesser(title: OfficeTitle, lesser: re.Match[str]) -> OfficeTitle:
    """The office a lesser word makes of a title ("Deputy Prime Minister", "vice chairman"):
    another office, with several holders."""
    word = " ".join(lesser.group("lesser").split())
    return replace(
        title,
        key=f"{fold(word)}-{title.key}",
        label=f"{word[:1].upper()}{word[1:].lower()} {title.label}",
        several=True,
    )


def _written(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """Where `text` writes `word` as a word of its own (an apostrophe may follow: "Roe's"),
    as (start, end): read once per source, however many titles ask."""
    return written(text, word)


def _whole(text: str, end: int) -> bool:
    """Whether the word of `_written` ending at `end` is not followed by an apostrophe."""
    return text[end : end + 1] not in ("’", "'")
