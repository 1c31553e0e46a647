"""The office kind: who holds an office, as sources name them.

Found as a title from rules followed by a person's name (`find.py`); blocked by office; a
pair vetoed when different holders are named far apart in time or under a title that names
no country; agree when every source names one person (variants of a name allowed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from itertools import combinations, pairwise
from typing import Any, Literal

from reconcile.context import ContextReader, Features, words
from reconcile.items import claim_items
from reconcile.kinds.base import Kind, detail_of, name_span, named_claim
from reconcile.kinds.named import phrases
from reconcile.kinds.office.find import OfficeFinder
from reconcile.kinds.office.infer import TitleLender
from reconcile.kinds.office.records import OfficeHolder, OfficeMention
from reconcile.kinds.office.titles import TitleFinder
from reconcile.lexicon import Lexicon
from reconcile.models import (
    Claim,
    Context,
    Judgement,
    Mention,
    PairDecision,
    Source,
)
from reconcile.names import display_name, fold, one_person, one_person_titled, person_key
from reconcile.reasons import (
    DifferentPeople,
    DifferentPeopleNamed,
    HandedOver,
    HoldersApart,
    Note,
    OfficesApart,
    Reason,
    SameOffice,
    SamePerson,
    SeveralHolders,
    Stated,
    TitleLent,
    UntitledHolders,
    WrittenDifferently,
)
from reconcile.records import record
from reconcile.regex_starts import gated
from reconcile.sentences import Sentence, split_sentences
from reconcile.wordgate import Gate, first_runs, may_hold


def holder(claim: Claim) -> OfficeHolder:
    """The office and person an office claim states."""
    return detail_of(claim, OfficeHolder)


@record
class _SourceOffices:
    """What one source says of offices as a whole: the office each person holds where the
    source names it in full, and everyone it names for each office."""

    qualified: dict[tuple[str, str], OfficeMention]  # (title key, person key) -> reading
    holders: dict[str, frozenset[str]]  # office key -> person keys


class OfficeKind(Kind):
    """An office and the person named as holding it."""

    name = "office"
    claim_kinds = ("office",)
    numeric = False
    stated = Stated.HOLDER
    infers = True  # a name titled in one source holds the office where it is written bare

    def __init__(self, lexicon: Lexicon, context: ContextReader) -> None:
        super().__init__(lexicon, context)
        self.labels = {o.key: o.label for o in self.rules.offices.office}
        self.surname_cutoff = self.rules.aliases.surname_cutoff
        self.particles = frozenset(fold(p) for p in self.rules.aliases.name_particles)
        self.finder = OfficeFinder(lexicon)
        self.titles = TitleFinder(lexicon, self.finder)
        self.demonym_endings = frozenset(
            fold(e) for e in self.rules.offices.holder_words.demonym_endings
        )
        self.untitled_offices = self._untitled_offices()
        # (the kind's gate: a `[[title]]`, a title of none, a verb that holds an office, a
        # nomination or a title in the plural; a counterpart needs another mention first)
        self.gate = Gate.of(
            self.titles.title_runs,
            self.untitled_runs,
            self.titles.heading_runs,
            self.titles.nominated_runs,
            self.titles.plural_runs,
        )
        # the nouns of a body of any name ("party", "company"): a word two places share
        # that tells no one place ("Prohibition Party", "Taxpayers Party")
        self.body_nouns = frozenset(
            fold(g).split()[-1] for g in self.rules.offices.holder_words.generic if g.split()
        )
        self.heads_any = frozenset(t.key for t in self.rules.offices.title if t.heads_any)
        # the words of a future holder's title ("-elect", "-designate"), as its keys end
        self.future_words = tuple(fold(w) for w in self.rules.offices.holder_words.future)
        # what stands between a holder and the person they appoint (`_appointed_places`)
        words = self.rules.offices.holder_words
        self.appointed_gap = (
            re.compile(
                rf"\s*(?:,\s*(?:{phrases(words.relatives).pattern})\s+)?"
                rf"(?:{phrases(words.appointers).pattern})\s+"
                rf"(?:(?-i:[a-z])[\w’'-]*\s+){{0,{_DESCRIBED}}}",
                re.IGNORECASE,
            )
            if words.appointers
            else None
        )
        # what stands between two holders of a list ("Karskian President Jane Roe and Prime
        # Minister John Doe", `_appointed_places`)
        self.listed_gap = (
            re.compile(rf"\s*,?\s*(?:{phrases(words.joiners).pattern})\s+", re.IGNORECASE)
            if words.joiners
            else None
        )
        # "Roe replaced John Doe": a verb of succession between two holders' names
        # (`_handover_places`)
        self.handover_gap = (
            re.compile(rf"\s+(?:{phrases(words.succeeding).pattern})\s+", re.IGNORECASE)
            if words.succeeding
            else None
        )
        self._last: tuple[Source, _SourceOffices] | None = None
        self._seen: tuple[Source, dict[int, list[Mention[Any]]]] | None = None
        self.lender = TitleLender(lexicon, self.surname_cutoff)
        # whether two person keys name one person, per pair of keys (`_same`)
        self._same_people: dict[tuple[str, str], bool] = {}

    def _untitled_offices(self) -> re.Pattern[str] | None:
        """One pattern of the rules offices' titles that hold no word that is a `[[title]]`
        in every way it may be written ("America's top diplomat"), or None: a sentence with
        no `[[title]]` holds no other office's title, and the per-office scan is left out."""
        one_word = {fold(w) for t in self.rules.offices.title for w in t.words if " " not in w}
        variants: dict[str, set[str]] = {}
        for alias in self.rules.aliases.alias:
            group = {alias.canonical, *alias.variants}
            for word in group:
                variants.setdefault(fold(word), set()).update(group)
        untitled = []
        firsts: list[str] = []  # every way each title's first word may be written
        for office in self.rules.offices.office:
            for title in office.titles:
                words = title.split()
                if any({fold(v) for v in variants.get(fold(w), {w})} <= one_word for w in words):
                    continue
                firsts.extend(variants.get(fold(words[0]), {words[0]}))
                untitled.append(
                    r"\s+".join(
                        "(?:"
                        + "|".join(re.escape(v) for v in sorted(variants.get(fold(w), {w})))
                        + ")"
                        for w in words
                    )
                )
        # (a sentence without the first word of one is not scanned for it)
        self.untitled_runs = first_runs(firsts)
        if not untitled:
            return None
        return gated(re.compile(rf"(?<![\w.])(?:{'|'.join(untitled)})(?![\w])", re.IGNORECASE))

    @staticmethod
    def means(claim: Claim) -> str:
        held = holder(claim)
        return held.person or held.person_key or " ".join(claim.quote.split())

    @staticmethod
    def emphasis(claim: Claim, quote: str) -> tuple[int, int] | None:
        return name_span(holder(claim).person, quote)

    @staticmethod
    def record(claim: Claim) -> dict[str, Any]:
        held = holder(claim)
        if not held.title_from:
            return {"entity": held.person}
        # a bare name given the office of a titled mention elsewhere in the run
        lent = {"claim": held.title_from, "source": held.title_source, "quote": held.title_quote}
        return {"entity": held.person, "title_from": lent}

    def find(self, source: Source, sentence: Sentence) -> Sequence[Mention[Any]]:
        # A rules title inside a longer one ("President" in "Vice President") is not it.
        titles = self.titles.title_matches(sentence.text)
        longer = [m.span() for m in titles]
        # (a sentence with no `[[title]]` holds a rules office only under a title of none)
        untitled = self.untitled_offices
        scan = longer or (
            untitled is not None
            and may_hold(self.untitled_runs, sentence.text)
            and untitled.search(sentence.text)
        )
        found = [
            m
            for m in (self.finder.find(source, sentence) if scan else ())
            if not any(a < m.start - sentence.start < b for a, b in longer)
        ]
        taken = [(m.start - sentence.start, m.end - sentence.start) for m in found]
        # (the `[[title]]` finder reads the same title matches: none, nothing to read)
        mentions = [*found, *self.titles.find(source, sentence, taken, titles)] if longer else found
        # "Smith, who heads the agency": a verb holds the office (tried where one stands)
        mentions += self.titles.find_heading(source, sentence, taken)
        # "Roe won the presidential nomination": a verb gives the title as a noun
        mentions += self.titles.find_nominated(source, sentence, taken)
        # "Presidents Buhari of Nigeria and Talon of Benin": a title in the plural
        mentions += self.titles.find_plural(source, sentence, taken)
        # "her Karskian counterpart John Doe": the office of a holder named before it
        mentions += self.titles.find_counterparts(source, sentence, mentions)
        # "Karsk Governor John Doe thanked his predecessor, Jane Roe": who held it before
        mentions += self.titles.find_predecessors(source, sentence, mentions)
        # "Ruritanian President Roe appoints Doe as prime minister": Ruritania's
        mentions = self._appointed_places(sentence, mentions)
        # kept for `_readings`: extraction reads every sentence before normalize asks
        if self._seen is None or self._seen[0] is not source:
            self._seen = (source, {})
        if mentions:  # (a long source's sentences without an office keep nothing)
            self._seen[1][sentence.start] = mentions
        return mentions

    def _appointed_places(
        self, sentence: Sentence, mentions: list[Mention[Any]]
    ) -> list[Mention[Any]]:
        """The mentions of a sentence, each title that names no place given the place of
        the holder right before it who appoints its holder ("Ruritanian President Jane Roe
        appoints John Doe as prime minister", "Acme chief executive Jane Roe, who named John
        Doe finance director", "... appoints retired army general John Doe as defence
        minister": a few lower-case words may describe the person first): a holder gives an
        office of their own place or body; or the place of the holder of another office
        right before it in a list ("Karskian President Jane Roe and Prime Minister John
        Doe": the Karskian prime minister; not "President Roe of Karskia and President Doe",
        two offices of one title)."""
        if len(mentions) < 2:
            return mentions
        placed = sorted(
            (m.end, stated.place, stated.office_key)
            for m in mentions
            if (stated := detail_of(m, OfficeMention)).place and not stated.former
        )
        if not placed:
            return mentions
        out = []
        for mention in mentions:
            stated = detail_of(mention, OfficeMention)
            if stated.place or stated.former or not stated.title_key:
                out.append(mention)
                continue
            at = mention.start - sentence.start
            giver = next(
                (
                    place
                    for end, place, office in reversed(placed)
                    if end <= mention.start
                    and any(
                        gap is not None and gap.fullmatch(sentence.text, end - sentence.start, at)
                        for gap in (
                            self.appointed_gap,
                            self.listed_gap if office != stated.office_key else None,
                        )
                    )
                ),
                None,
            )
            if giver is None:
                out.append(mention)
            else:
                out.append(replace(mention, detail=replace(stated, place=giver)))
        return out

    def normalize(self, mention: Mention[Any], source: Source) -> Claim | None:
        stated = detail_of(mention, OfficeMention)
        key = person_key(
            stated.person_text, self.lexicon.name_suffixes, self.lexicon.aliases, self.particles
        )
        readings = self._readings(source, mention.sentence_start)
        if not stated.place and not stated.former:
            # "President Donald Trump" where the same source also writes "Donald Trump, the
            # President of the United States": the office the source names in full.
            title = stated.title_key or self.titles.title_of_office.get(stated.office_key, "")
            fuller = readings.qualified.get((title, key)) or next(
                (  # "President Roe" after "Ruritanian president Jane Roe"
                    m
                    for (t, k), m in sorted(readings.qualified.items())
                    if t == title and one_person(k, key, self.surname_cutoff)
                ),
                None,
            )
            if fuller is not None:
                stated = replace(fuller, person_text=stated.person_text, new=stated.new)
        label = stated.label or self.labels[stated.office_key]
        title = f"former-{stated.title_key}" if stated.former else stated.title_key
        others = readings.holders.get(stated.office_key, frozenset())
        return named_claim(
            mention,
            dimension=f"office:{stated.office_key}",
            noun_class=label,
            context=Context(subject=label),
            detail=OfficeHolder(
                office_key=stated.office_key,
                person_key=key,
                person=display_name(stated.person_text, self.lexicon.name_suffixes),
                place=stated.place,
                former=stated.former,
                several=stated.several,
                new=stated.new,
                co_holders=tuple(
                    sorted(k for k in others if not one_person(k, key, self.surname_cutoff))
                ),
                title=title if stated.title_key else "",
            ),
        )

    def _readings(self, source: Source, upto: int) -> _SourceOffices:
        """Every office reading of a source (the last source asked for is kept); after
        extraction, those of its sentences up to the one starting at `upto`, the first
        normalize asks about (extraction may have read a few sentences further)."""
        if self._last is not None and self._last[0] is not source and self._last[0] == source:
            # the same source read again as another record (a copy of its text): its readings
            # are the same; kept under this record, the next ask is told by identity, not
            # by comparing the whole text again
            self._last = (source, self._last[1])
        if self._last is None or self._last[0] is not source:
            qualified: dict[tuple[str, str], OfficeMention] = {}
            holders: dict[str, set[str]] = {}
            if self._seen is not None and self._seen[0] is source:
                readings = [
                    m for start, found in self._seen[1].items() if start <= upto for m in found
                ]
            else:  # normalize asked without extraction reading this source first
                sentences = split_sentences(
                    source, self.lexicon.abbreviations, self.lexicon.sentence_ends
                )
                readings = [m for s in sentences for m in self.find(source, s)]
            for mention in readings:
                stated = detail_of(mention, OfficeMention)
                key = person_key(
                    stated.person_text,
                    self.lexicon.name_suffixes,
                    self.lexicon.aliases,
                    self.particles,
                )
                holders.setdefault(stated.office_key, set()).add(key)
                # (a rules office under each title of its head words: "Secretary Wallace"
                # after "UK Defence Secretary Ben Wallace")
                titles = (
                    [stated.title_key]
                    if stated.title_key
                    else sorted(self.titles.titles_of_office.get(stated.office_key, ()))
                )
                if (stated.place or stated.office_key in self.labels) and not stated.former:
                    for title in titles:
                        qualified.setdefault((title, key), stated)
            frozen = {k: frozenset(v) for k, v in holders.items()}
            self._last = (source, _SourceOffices(qualified, frozen))
        return self._last[1]

    def start_run(self) -> None:
        """The last run's source readings forgotten (what the run tells of each claim is on
        the claim: `infer`)."""
        self._last = None
        self._seen = None

    def infer(self, claims: Sequence[Claim], sources: Sequence[Source]) -> Sequence[Claim]:
        """Bare mentions of people titled elsewhere in the run, given that office (`infer.py`);
        and the run's office claims told again with what the run says of each (on the
        claim, `OfficeHolder.run_place` and `others_now`: a worker process or the anatomy
        that decides their pairs reads it there)."""
        own = [c for c in claims if c.kind == "office"]
        lent = self.lender.lend(own, sources)
        # (a bare name lent a title is placed as the titled mentions of its person are)
        handed = self._handover_places([*own, *lent], {s.id: s.text for s in sources})
        then: set[str] = set()  # the claims carried a former or shared holding's office
        places = self._places_in_run(
            [
                replace(c, detail=replace(holder(c), run_place=handed[c.id]))
                if c.id in handed
                else c
                for c in [*own, *lent]
            ],
            then,
        )
        places = {**places, **handed}
        titled = self._titled_in_run([*own, *lent], then)
        offices = self._offices_in_run([*own, *lent], then)
        placed = [
            replace(
                c,
                detail=replace(
                    holder(c),
                    run_place=places.get(c.id, ""),
                    run_titled=c.id in titled,
                    run_office=offices.get(c.id, ""),
                    run_then=c.id in then,
                ),
            )
            if c.id in places or c.id in titled or c.id in offices
            else c
            for c in [*own, *lent]
        ]
        placed = self._story_places(placed, sources)
        now: dict[str, list[OfficeHolder]] = {}  # the run's holders now, by title family
        for claim in placed[: len(own)]:
            held = self._placed(claim)
            if not held.former and not held.several:
                now.setdefault(self._family(held), []).append(held)
        told: list[Claim] = []
        for claim in placed:
            if self._others_now(self._placed(claim), now):
                claim = replace(claim, detail=replace(holder(claim), others_now=True))
            told.append(claim)
        given = {id(c) for c in own}
        return [c for c in told if id(c) not in given]

    def _story_places(
        self,
        claims: list[Claim],
        sources: Sequence[Source],
        why: dict[str, str] | None = None,
    ) -> list[Claim]:
        """The claims, each under a title that names no place ("Governor John Doe") and left
        unplaced by the run, given the place its own source writes for that office: with
        the title itself ("the governor of Karsk", "Karsk's governor" elsewhere in the
        story: `TitleFinder.places_written`), else, where it writes none, a place the run
        gives the title that the source writes ("... in Karsk" where another source names
        "Karsk Governor Jane Roe"). A story names the place it is about, and a bare title
        of that story is the office of that place; the place's level is the title's, as
        the story or the run writes it with the title (the cities of a mayor's title, not
        the country of a national story). One place only: a source that writes two for
        the title places nothing (a governor of either). Not a former or a shared holding.
        A source that names another holder of the office, with a place or under a rules
        office ("President Doe arrived. Karsk's president Roe met her": a visit), writes
        the title with the host's place, and the bare title is the visitor's: it is placed
        only by the run's other places its story writes, never the host's, nor one that
        meets it (two holders of one title in two places stay apart). `why`, when given,
        is told the step that placed each claim asked nothing (one of `STORY_REFUSALS`, by
        claim id)."""
        waiting = [
            c
            for c in claims
            if (held := holder(c)).title
            and not (held.place or held.run_place or held.run_office or held.run_titled)
            and not (held.former or held.several or held.co_holders)
            and held.office_key not in self.labels
        ]
        if why is not None:
            # (the guard's refusals, told of every claim of a title that names no place)
            for c in claims:
                held = holder(c)
                if held.place or held.run_place or held.run_office or held.run_titled:
                    continue
                if not held.title or held.office_key in self.labels:
                    why[c.id] = STORY_REFUSALS[0]
                elif held.former or held.several or held.co_holders:
                    why[c.id] = STORY_REFUSALS[1]
        if not waiting:
            return claims
        by_id = {s.id: s for s in sources}
        stories = self._stories(waiting, by_id)
        given = self._given_places(claims)
        found: dict[str, str] = {}
        later: list[Claim] = []  # the claims whose story writes no place with the title
        written: dict[str, dict[str, frozenset[str]]] = {}  # (`places_written`, by story)
        # the places of the other holders of the office each claim's own source names (by
        # claim id): a visit ("Prime Minister Roe met Karsk's Prime Minister Doe"), where
        # the bare title is the visitor's own country's, never the host's
        hosts: dict[str, list[str]] = {}
        # the run's holders of a rules office now, by source ("UK Prime Minister John Doe":
        # the office's place is in its title)
        ruled: dict[str, list[OfficeHolder]] = {}
        for c in claims:
            if (h := holder(c)).office_key in self.labels and not (h.former or h.several):
                ruled.setdefault(c.source_id, []).append(h)
        for claim in waiting:
            held, source = holder(claim), by_id.get(claim.source_id)
            if source is None:
                continue
            story = stories[claim.id]
            if story not in written:
                told = replace(source, text=story)
                written[story] = self.titles.places_written(
                    told,
                    split_sentences(told, self.lexicon.abbreviations, self.lexicon.sentence_ends),
                )
            there = sorted(written[story].get(held.title, ()))
            host = [
                p.place
                for s, p in given.get(self._family(held), ())
                if s == claim.source_id and self._offices_meet(held, p) and not self._same(p, held)
            ]
            if any(
                self._offices_meet(held, p) and not self._same(p, held)
                for p in ruled.get(claim.source_id, ())
            ):
                # (a rules office's holder: the places its story writes with the title are
                # the host's, "UK Prime Minister Doe")
                host += there
            if host:
                # its source names another holder of the office: a visit, the bare title the
                # visitor's, placed by the run's other places only
                hosts[claim.id] = host
                later.append(claim)
                continue
            if not there:
                later.append(claim)
            elif all(self._places_meet(there[0], p) for p in there[1:]):
                found[claim.id] = there[0]
            elif why is not None:
                why[claim.id] = STORY_REFUSALS[3]
        if later:
            if found:
                given = self._given_places(self._with_places(claims, found))
            words: dict[str, frozenset[str]] = {}  # each story's words, read once
            for claim in later:
                held = holder(claim)
                host = hosts.get(claim.id, [])
                places = sorted(
                    {
                        p.place
                        for s, p in given.get(self._family(held), ())
                        if s != claim.source_id
                        and self._offices_meet(held, p)
                        and not any(self._places_meet(p.place, h) for h in host)
                    }
                )
                if not places:
                    if why is not None:
                        why[claim.id] = STORY_REFUSALS[2 if host else 4]
                    continue
                story = stories[claim.id]
                if story not in words:
                    words[story] = self.context.sentence_words(story)
                there = [p for p in places if self._writes(words[story], p)]
                if there and all(self._places_meet(there[0], p) for p in there[1:]):
                    found[claim.id] = there[0]
                elif why is not None and claim.id in hosts:
                    why[claim.id] = STORY_REFUSALS[2]
                elif why is not None:
                    item = story != by_id[claim.source_id].text
                    why[claim.id] = STORY_REFUSALS[6 if there else 5] + (STORY_ITEM if item else "")
        return self._with_places(claims, found) if found else claims

    def story_refusal(
        self, claim: Claim, claims: Sequence[Claim], sources: Sequence[Source]
    ) -> str:
        """Of an office claim the run told (`infer`), why its own story did not place it
        (`_story_places`, asked again over the run's office `claims` as told): one of
        `STORY_REFUSALS` (with `STORY_ITEM` when its story is an item of a page of many
        stories); "placed by the run" when the run gave it a place (its story's among
        them), its country or a rules office; "" when it names a place of its own."""
        held = holder(claim)
        if held.place:
            return ""
        if held.run_place or held.run_office or held.run_titled:
            return "placed by the run"
        if not held.title:
            return STORY_REFUSALS[0]
        why: dict[str, str] = {}
        self._story_places([c for c in claims if c.kind == "office"], sources, why)
        return why.get(claim.id, STORY_REFUSALS[1])

    def _stories(self, claims: Sequence[Claim], sources: dict[str, Source]) -> dict[str, str]:
        """The text of the story each claim stands in, by claim id: its source's, or in a
        page of many stories (a day's news as list items under headings), its item and the
        headings above it (`items.claim_items`), else its line: a place another item writes
        is another story's."""

        least = self.rules.matching.least_headings
        by_source: dict[str, list[Claim]] = {}
        for claim in claims:
            if claim.source_id in sources:
                by_source.setdefault(claim.source_id, []).append(claim)
        found: dict[str, str] = {}
        for source_id, own in by_source.items():
            text = sources[source_id].text
            line_of, items = claim_items(text, own, least)
            for claim in own:
                line = line_of[claim.id]
                if not items:
                    found[claim.id] = text
                elif line in items:
                    found[claim.id] = "\n".join(items[line])
                else:
                    end = text.find("\n", line)
                    found[claim.id] = text[line : len(text) if end < 0 else end]
        return found

    def _given_places(self, claims: Sequence[Claim]) -> dict[str, list[tuple[str, OfficeHolder]]]:
        """The run's holders now with a place (their own, or the run's), by title family,
        each with its source's id."""
        given: dict[str, list[tuple[str, OfficeHolder]]] = {}
        for claim in claims:
            held = self._placed(claim)
            if held.place and held.title and not (held.former or held.several):
                given.setdefault(self._family(held), []).append((claim.source_id, held))
        return given

    @staticmethod
    def _with_places(claims: list[Claim], places: dict[str, str]) -> list[Claim]:
        """The claims, those of `places` (by claim id) given that place by the run."""
        return [
            replace(c, detail=replace(holder(c), run_place=places[c.id])) if c.id in places else c
            for c in claims
        ]

    def _writes(self, written: frozenset[str], place: str) -> bool:
        """Whether a source's words (`written`, folded, aliases applied) write a place: each
        of its words, or a word its name meets ("Karskian" for "karsk": `_places_meet`)."""
        words_of = place.split()
        if set(words_of) <= written:
            return True
        stem = self.rules.offices.place_stem_length
        heads = {w[:stem] for w in words_of if len(w) >= stem}
        return any(w[:stem] in heads and self._places_meet(place, w) for w in written)

    def _places_in_run(self, claims: Sequence[Claim], then_ids: set[str]) -> dict[str, str]:
        """The place of each claim whose title names none ("President Jane Roe") where the
        run names that person for one place only (a place handed over counts,
        `_handover_places`): under that title ("Ruritanian president Jane Roe" in another
        source), or, where the claim's source names no other holder of its office, under
        another title one person may hold it by (`_one_office`: "Karskian foreign minister
        Roe" for "Minister Roe"), so that a change of hands told by two sources is one
        office's: by claim id. A person titled for two places that do not meet gives none.
        A person the run names as holding the office now nowhere is placed where it says
        they held it (`_held_so`: "former Karsk governor Jane Roe", "Governors Roe of Karsk
        and Doe of Ruritania" for "Governor Roe"): the office changed hands, and its
        holder then is in conflict with its holder now, as one office. A former or a
        shared holding is given no place."""

        holders = [(claim.id, self._placed(claim)) for claim in claims]
        placed = _by_word(
            held
            for _, held in holders
            if held.place and held.title and not held.former and not held.several
        )
        found: dict[str, str] = {}
        unplaced: list[tuple[str, OfficeHolder]] = []
        for claim_id, held in holders:
            if held.place or not held.title or held.former or held.several:
                continue
            there = sorted(
                {
                    p.place
                    for p in _named(placed, held)
                    if self._same(p, held)
                    and (
                        p.title == held.title
                        or (not held.co_holders and self._one_office(held, p, True))
                    )
                }
            )
            if there and all(self._places_meet(there[0], other) for other in there[1:]):
                found[claim_id] = there[0]
            elif not there:
                unplaced.append((claim_id, held))
        # Placed nowhere as holding it now: where the run says the person held it ("former
        # Karsk governor Jane Roe" for "Governor Roe" of another source, `_held_so`), an
        # office the run names someone else holding now, with a place (their own, or one
        # just found)
        then = _by_word(
            h for _, held in holders if (h := self._held_so(held)) is not None and h.place
        )
        if not then or not unplaced:
            return found
        now: dict[str, list[OfficeHolder]] = {}
        for claim_id, held in holders:
            place = held.place or found.get(claim_id, "")
            if place and held.title and not held.former and not held.several:
                now.setdefault(self._family(held), []).append(replace(held, place=place))
        everyone = _by_word(held for _, held in holders)
        handed: dict[int, bool] = {}  # (`_handed_on` of each holding, asked once)

        def handed_on(p: OfficeHolder) -> bool:
            if id(p) not in handed:
                handed[id(p)] = self._handed_on(p, now)
            return handed[id(p)]

        # the holders now the run places nowhere, by title family: one other person of
        # them took over an office the run says someone held with a place (`_taken_by`)
        waiting: dict[str, list[tuple[str, OfficeHolder]]] = {}
        for claim_id, held in unplaced:
            waiting.setdefault(self._family(held), []).append((claim_id, held))
        placed_any = _placed_by_family(self, now, then)
        for claim_id, held in unplaced:
            place, _, takers = self._then_place(
                held,
                then,
                everyone,
                handed_on,
                lambda p: self._taken_by(p, placed_any, waiting, everyone),
            )
            if place:
                found[claim_id] = place
                then_ids.add(claim_id)
                for taker in takers:
                    found.setdefault(taker, place)
                    then_ids.add(taker)
        return found

    def _taken_by(
        self,
        then: OfficeHolder,
        placed: dict[str, list[OfficeHolder]],
        waiting: dict[str, list[tuple[str, OfficeHolder]]],
        everyone: dict[str, list[OfficeHolder]],
    ) -> tuple[str, ...]:
        """Of an office the run says a person held, with a place (`_held_so`: "former Karsk
        governor Jane Roe"), the claims of the one other person the run names holding it
        now and places nowhere ("Governor John Doe" in any source: `waiting`, by title
        family), where the run places no holding of it elsewhere (`placed`, by title
        family: its holders now with a place, and the former and shared holdings of
        `_held_so`): the office's place is the one the run gives it, and it changed hands.
        None where two other people hold it now placed nowhere ("Governor Doe" and
        "Governor Poe" may be of two places), where one's name may write two people of the
        run, or where the run names the title with another place ("Governors Roe of Karsk
        and Poe of Tolvia": the office unplaced may be either's)."""
        family = self._family(then)
        if any(
            self._offices_meet(then, other) and not self._places_meet(then.place, other.place)
            for other in placed.get(family, ())
        ):
            return ()
        takers = [
            (claim_id, held)
            for claim_id, held in waiting.get(family, ())
            if self._offices_meet(then, held) and not self._same(then, held)
        ]
        people = sorted({held.person_key for _, held in takers})
        if not people or not all(
            one_person_titled(a, b, self.surname_cutoff) for a, b in combinations(people, 2)
        ):
            return ()
        if not all(self._one_named(held, everyone) for _, held in takers):
            return ()
        return tuple(claim_id for claim_id, _ in takers)

    def _then_place(
        self,
        held: OfficeHolder,
        then: dict[str, list[OfficeHolder]],
        everyone: dict[str, list[OfficeHolder]],
        handed_on: Callable[[OfficeHolder], bool],
        taken_by: Callable[[OfficeHolder], tuple[str, ...]],
    ) -> tuple[str, str, tuple[str, ...]]:
        """The place of an unplaced holder where the run says its person held the office
        (`then`: the run's former and shared holdings told as held, with a place, by word),
        the office someone else's now (`handed_on`: a holder now with a place; else
        `taken_by`: the claims of the one other person holding it now whom the run places
        nowhere, given that place too); the refusal when there is none (one of
        `THEN_REFUSALS`, "" with a place); and the claims of the holder now so placed. The
        steps of `_places_in_run`, each asked in turn, so that the anatomy tells which one
        failed."""
        if not self._one_named(held, everyone):
            return "", THEN_REFUSALS[0], ()  # "Governor Roe" of a Jim Roe and a Jane Roe
        his = [p for p in _named(then, held) if self._same(p, held)]
        if not his:
            return "", THEN_REFUSALS[1], ()
        his = [p for p in his if self._offices_meet(held, p)]
        if not his:
            return "", THEN_REFUSALS[2], ()
        takers: tuple[str, ...] = ()
        handed = [p for p in his if handed_on(p)]
        if not handed:
            taken = [(p, t) for p in his if (t := taken_by(p))]
            handed = [p for p, _ in taken]
            takers = tuple(sorted({c for _, t in taken for c in t}))
        if not handed:
            return "", THEN_REFUSALS[3], ()
        there = sorted({p.place for p in handed})
        if not all(self._places_meet(there[0], other) for other in there[1:]):
            return "", THEN_REFUSALS[4], ()
        return there[0], "", takers

    def then_refusal(self, claim: Claim, claims: Sequence[Claim]) -> str:
        """Of an office claim the run told (`infer`), why it was not placed where another
        source says its person held the office (`_then_place`, over the run's office
        `claims` as told): one of `THEN_REFUSALS`, or of what came before that step (a
        title of none, a place of its own or given, someone holding it now placed
        elsewhere, no former or shared holding told as held with a place); "" when it was
        so placed."""
        held = holder(claim)
        if held.run_then:
            return ""
        if held.place or held.run_place or held.run_office or held.run_titled:
            return "placed by the run"
        if not held.title or held.former or held.several:
            return "a former or shared holding, or no title"
        ids = {c.id: self._placed(c) for c in claims if c.kind == "office"}
        holders = list(ids.values())
        now: dict[str, list[OfficeHolder]] = {}
        waiting: dict[str, list[tuple[str, OfficeHolder]]] = {}
        for claim_id, other in ids.items():
            if not other.title or other.former or other.several:
                continue
            if other.place:
                now.setdefault(self._family(other), []).append(other)
            else:
                waiting.setdefault(self._family(other), []).append((claim_id, other))
        shares = [h for h in holders if (h.former or h.several) and self._same(h, held)]
        told = [h for p in shares if (h := self._held_so(p)) is not None]
        if shares and not told:
            # (a share of another office places nothing whatever its title: told apart from
            # one of this office under a title several hold at once)
            if not any(self._offices_meet(held, _as_held_now(p)) for p in shares):
                return SHARE_REFUSALS[0]
            return SHARE_REFUSALS[1]
        if told and not any(h.place for h in told):
            return "its former or shared holdings name no place"
        everyone = _by_word(holders)
        then = _by_word(h for h in told if h.place)
        placed = _placed_by_family(
            self, now, _by_word(h for o in holders if (h := self._held_so(o)) and h.place)
        )
        _, refusal, _ = self._then_place(
            held,
            then,
            everyone,
            lambda p: self._handed_on(p, now),
            lambda p: self._taken_by(p, placed, waiting, everyone),
        )
        if refusal == THEN_REFUSALS[3] and any(
            self._offices_meet(p, other) and not self._same(p, other)
            for p in told
            if p.place
            for _, other in waiting.get(self._family(p), ())
        ):
            refusal += "; others hold it now placed nowhere, of two people or placed elsewhere"
        return refusal

    def _held_so(self, held: OfficeHolder) -> OfficeHolder | None:
        """A former holding, or a share of a title written in the plural, told as the
        office its person held: "former Karsk governor Jane Roe" held Karsk's governorship,
        and so did "Roe" of "Governors Roe of Karsk and Doe of Ruritania". Its title and
        office without the former mark, held by one at a time. None for a current holding
        of one person, and for a title several hold at once ("senator", a deputy's): its
        holders share it, and no mention of the title is one of theirs."""
        if not (held.former or held.several):
            return None
        office, title = held.office_key.removeprefix("former-"), ""
        if office not in self.labels:  # (a rules office is held by one at a time)
            if not held.title:
                return None
            title = held.title.removeprefix("former-")
            rule = self.titles.by_key.get(title)
            if rule is None or rule.several:
                return None
        return replace(held, office_key=office, title=title, former=False, several=False)

    def _one_named(self, held: OfficeHolder, everyone: dict[str, list[OfficeHolder]]) -> bool:
        """Whether the run's holders (`everyone`, by word) that `held`'s name may write
        are one person: not "Governor Roe" where the run names a Jim Roe and a Jane Roe."""
        people = sorted({p.person_key for p in _named(everyone, held) if self._same(p, held)})
        return all(one_person_titled(a, b, self.surname_cutoff) for a, b in combinations(people, 2))

    def _handed_on(self, then: OfficeHolder, now: dict[str, list[OfficeHolder]]) -> bool:
        """Whether someone else holds now the office a person held (`_held_so`): a holder
        of one office, its place one with the holding's (`now`: holders by title family)."""
        return any(
            self._offices_meet(then, other)
            and (not (then.place and other.place) or self._places_meet(then.place, other.place))
            and not self._same(then, other)
            for other in now.get(self._family(then), ())
        )

    def _handover_places(self, claims: Sequence[Claim], texts: dict[str, str]) -> dict[str, str]:
        """The place of a holder whose title names none where its sentence tells a change
        of hands with a holder of one office who has one: "Roe replaced John Doe" where Doe
        is Karsk's governor (titled so there, or lent the title), Roe titled governor with
        no place: by claim id. Neither a former nor a shared holding; two people."""
        if self.handover_gap is None:
            return {}
        found: dict[str, str] = {}
        by_sentence: dict[tuple[str, str], list[Claim]] = {}
        for claim in claims:
            by_sentence.setdefault((claim.source_id, claim.sentence), []).append(claim)
        for (source_id, _), told in by_sentence.items():
            text = texts.get(source_id)
            if text is None or len(told) < 2:
                continue
            told.sort(key=lambda c: (c.start, c.end))
            for x, y in pairwise(told):
                hx, hy = holder(x), holder(y)
                if x.end > y.start or not self.handover_gap.fullmatch(text, x.end, y.start):
                    continue
                if any(h.former or h.several for h in (hx, hy)) or self._same(hx, hy):
                    continue
                if bool(hx.place) == bool(hy.place) or not self._offices_meet(hx, hy):
                    continue
                giver, taker = (hx, y) if hx.place else (hy, x)
                if holder(taker).title:
                    found[taker.id] = giver.place
        return found

    def _offices_in_run(self, claims: Sequence[Claim], then_ids: set[str]) -> dict[str, str]:
        """The rules office of each claim under a title that names no place ("Prime
        Minister Jane Roe") where the run names that person under one rules office that is
        a form of the title ("UK Prime Minister Jane Roe", "British Prime Minister Jane Roe"
        in another source), in a source that names no other holder of it: by claim id.
        Neither a former nor a shared holding; not a rules office read by a title that names
        no country ("Foreign Secretary")."""
        holders = [(claim, holder(claim)) for claim in claims]
        known = _by_word(
            held
            for claim, held in holders
            if held.office_key in self.labels
            and not held.former
            and not held.several
            and not self._untitled(held.title_quote or claim.quote, held)
        )
        # (a rules office read with its place as a former holding: `_held_so`; its
        # holders now, by title family)
        then = _by_word(
            h
            for _, held in holders
            if (h := self._held_so(held)) is not None and h.office_key in self.labels
        )
        now: dict[str, list[OfficeHolder]] = {}
        for held in {id(h): h for hs in known.values() for h in hs}.values() if then else ():
            now.setdefault(self._family(held), []).append(held)
        everyone = _by_word(held for _, held in holders) if then else {}
        found: dict[str, str] = {}
        for claim, held in holders:
            if (
                held.office_key in self.labels
                or not held.title
                or held.place
                or held.former
                or held.several
                or held.co_holders
            ):
                continue
            held_then = False
            there = sorted(
                {
                    k.office_key
                    for k in _named(known, held)
                    if self._same(k, held) and self._offices_meet(held, k)
                }
            )
            if not there:
                # named under none now: the rules office the run says the person held
                # ("former UK Prime Minister Jane Roe" for "Prime Minister Roe")
                held_then = True
                there = sorted(
                    {
                        k.office_key
                        for k in _named(then, held)
                        if self._same(k, held)
                        and self._offices_meet(held, k)
                        and self._handed_on(k, now)
                    }
                    if self._one_named(held, everyone)
                    else ()
                )
            if len(there) == 1:
                found[claim.id] = there[0]
                if held_then:
                    then_ids.add(claim.id)
        return found

    def _titled_in_run(self, claims: Sequence[Claim], then_ids: set[str]) -> set[str]:
        """The claims under a title of a rules office that names no country ("Foreign
        Secretary Jane Roe", or a bare name lent such a title) whose person another claim
        of the run names under a title of that office that does ("UK Foreign Secretary
        Jane Roe"), in a source that names no other holder of it: by claim id. Neither a
        former holding."""
        holders = [(claim, holder(claim)) for claim in claims]
        qualified = [
            held
            for claim, held in holders
            if held.office_key in self.labels
            and not held.former
            and not self._untitled(held.title_quote or claim.quote, held)
        ]
        # (a rules office read with its country as a former holding, where the run names
        # someone else holding it now: `_held_so`)
        then = [
            h
            for _, held in holders
            if (h := self._held_so(held)) is not None and h.office_key in self.labels
        ]
        now: dict[str, list[OfficeHolder]] = {}
        for held in qualified if then else ():
            now.setdefault(self._family(held), []).append(held)
        then = [h for h in then if self._handed_on(h, now)]
        everyone = _by_word(held for _, held in holders) if then else {}
        found: set[str] = set()
        for claim, held in holders:
            if (
                held.former
                or held.co_holders
                or not self._untitled(held.title_quote or claim.quote, held)
            ):
                continue
            if any(q.office_key == held.office_key and self._same(q, held) for q in qualified):
                found.add(claim.id)
            elif any(
                q.office_key == held.office_key and self._same(q, held) for q in then
            ) and self._one_named(held, everyone):
                found.add(claim.id)
                then_ids.add(claim.id)
        return found

    def _placed(self, claim: Claim) -> OfficeHolder:
        """An office claim's holder, with the place the run gives its title when it names
        none (`_places_in_run`, kept on the claim by `infer`)."""
        held = holder(claim)
        if held.run_office:
            held = replace(held, office_key=held.run_office)
        return replace(held, place=held.run_place) if held.run_place and not held.place else held

    def _others_now(self, now: OfficeHolder, holders: dict[str, list[OfficeHolder]]) -> bool:
        """Whether the run names someone else as holding `now`'s office now: a holder of its
        title's family, of one office, another person (`_held_then`), of a place that meets
        `now`'s where `now` names one. A title that names no place, which neither its source
        nor the run places ("President Jane Roe" on a page of many stories), tells nothing of
        whose office it is: it holds no placed office now ("Karsk president John Doe" is not
        told out of his office by it), and an office of the rules is its own country's
        ("US President Jane Roe")."""
        if now.former:
            return False
        return any(
            self._offices_meet(other, now)
            and (not now.place or (bool(other.place) and self._places_meet(other.place, now.place)))
            and not self._same(other, now)
            for other in holders.get(self._family(now), ())
        )

    def block_key(self, claim: Claim) -> str | None:
        # One block: "UK Prime Minister", "Britain's prime minister" and "Prime Minister"
        # are read under different keys and may be one office (`_offices_meet`)
        return claim.kind

    def _family(self, held: OfficeHolder) -> str:
        """The title an office is a form of, else its own key."""
        return held.title or self.titles.title_of_office.get(held.office_key, held.office_key)

    def _offices_meet(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether two claims name one office, places aside: one rules office, one title,
        or a title and a rules office that is a form of it ("prime-minister" and
        "uk-prime-minister"; the keys are shared by every language)."""
        if a.office_key == b.office_key:
            return True
        if a.title and b.title:
            return a.title == b.title
        if not a.title and not b.title:
            return False
        title, office = (a.title, b.office_key) if a.title else (b.title, a.office_key)
        return office.endswith(f"-{title}") or (
            title in self.titles.titles_of_office.get(office, ())
            and not title.startswith("former-")
        )

    def posting_keys(self, claim: Claim) -> Iterable[str]:
        held = self._placed(claim)
        return [*words(fold(f"{held.person_key} ")), *self._office_keys(held)]

    def _office_keys(self, held: OfficeHolder) -> list[str]:
        """The words by which two holders of one office meet in a large block whatever their
        names (a handover: "President Roe" in one source, "President Doe" in another): a
        rules office by its key, a title by its key and each word of its place, cut to its
        first letters so that a place and its adjective meet ("venezuela" / "venezuelan").
        A title with no place, or one held by several at once, gives none: its holders are
        not one office's."""
        if held.several or held.former:
            return []
        if held.office_key in self.labels:
            return [f"office:{held.office_key}"]
        if not held.place:
            return []
        family, stem = self._family(held), self.rules.offices.place_stem_length
        return [f"office:{family}:{w[:stem]}" for w in held.place.split() if len(w) > 1]

    def _same(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """`one_person_titled` of the two holders' keys, worked out once per pair of keys (at
        most `_PEOPLE_HELD` kept at once: the same answer either way)."""
        key = (a.person_key, b.person_key)
        found = self._same_people.get(key)
        if found is None:
            if len(self._same_people) >= _PEOPLE_HELD:
                self._same_people.clear()
            found = self._same_people[key] = one_person_titled(*key, self.surname_cutoff)
        return found

    def decide(self, a: Claim, b: Claim, fa: Features, fb: Features) -> PairDecision:
        ha, hb = self._placed(a), self._placed(b)
        reasons: list[Reason] = [SameOffice(a.noun_class or "")]
        same = self._same(ha, hb)
        known_a, known_b = ha.office_key in self.labels, hb.office_key in self.labels
        # Two offices of the rules that differ ("US President", "Russian President"), or one
        # title of two places that are not one ("governor of Ohio", "governor of Texas"):
        # apart. One person named under one title with two ways of writing its place ("GM"
        # and "General Motors", "Venezuelan" and "Venezuela") holds one office.
        if same and _returned(ha, hb, fa.published, fb.published):
            return PairDecision(0.0, ())  # a former tenure and a new one: nothing to say
        if not self._one_office(ha, hb, same):
            if self._family(ha) != self._family(hb):
                if same and self._one_role(ha, hb):
                    # "opposition leader Jane Roe" and "Jane Roe, the president-elect": one
                    # person under two titles of one story is one role, told two ways
                    return PairDecision(_ONE_ROLE_SCORE, (SamePerson(ha.person, hb.person),))
                return PairDecision(0.0, ())  # unrelated offices: nothing to say
            return PairDecision(0.0, (), OfficesApart(a.noun_class or "", b.noun_class or ""))
        if not same and ha.place and hb.place and not self._places_meet(ha.place, hb.place):
            return PairDecision(0.0, (), OfficesApart(a.noun_class or "", b.noun_class or ""))
        if not same and (ha.several or hb.several):
            return PairDecision(0.0, (), SeveralHolders(ha.person, hb.person))
        if not same and (
            self._handed_over(ha, hb) or _taken_over(ha, hb, fa.published, fb.published)
        ):
            return PairDecision(0.0, (), HandedOver(ha.person, hb.person))
        if not same and fa.published and fb.published:
            days = abs((date.fromisoformat(fa.published) - date.fromisoformat(fb.published)).days)
            if days > self.rules.matching.office_window_days:
                return PairDecision(0.0, (), HoldersApart(days))
        if not same and (
            self.untitled(a)
            or self.untitled(b)
            or (not (known_a and known_b) and not (ha.place and hb.place))
        ):
            return PairDecision(0.0, (), UntitledHolders(ha.person, hb.person))
        if same:
            reasons.append(SamePerson(ha.person, hb.person))
        else:
            reasons.append(DifferentPeopleNamed(ha.person, hb.person))
        return PairDecision(100.0, tuple(reasons))

    def _one_office(self, a: OfficeHolder, b: OfficeHolder, same: bool) -> bool:
        """Whether two claims name one office, places aside (`_offices_meet`), or one person
        (`same`) holds it under two of its titles."""
        return self._offices_meet(a, b) or (
            same and (self._heads_meet(a, b) or self._generic_meet(a, b) or self._held_then(a, b))
        )

    def _one_role(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether two titles of one person, of different offices, may name the role the
        person plays in the story: one a title several hold at once, which tells what the
        person is and no seat of their own ("candidate" then "prime minister", "army
        commander" and "interim president", "opposition leader" and "president-elect");
        neither a past holding ("former president Roe" beside "party leader Roe"). Or one
        the title's future holder and the other its holder ("prime minister-designate
        Roe", then "Prime Minister Roe"): the one appointment, told before and after it
        takes effect. Two seats one person holds, or moves between ("justice secretary",
        then "governor"), are two offices."""
        if a.former or b.former:
            return False
        return a.several or b.several or self._future_of(a, b) or self._future_of(b, a)

    def _future_of(self, future: OfficeHolder, now: OfficeHolder) -> bool:
        """Whether `future` holds the title of `now` in a word of `future` ("-elect",
        "-designate"): "prime-minister-designate" of "prime-minister" (or of the rules
        office "uk-prime-minister", a form of it)."""
        family = self._family(now)
        return any(self._family(future) == f"{family}-{w}" for w in self.future_words)

    def _handed_over(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether a source names both people for one office (`OfficeHolder.co_holders`)."""
        return any(one_person(k, b.person_key, self.surname_cutoff) for k in a.co_holders) or any(
            one_person(k, a.person_key, self.surname_cutoff) for k in b.co_holders
        )

    def _heads_meet(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether a title for whoever heads a body ("WHO chief") and another title of one
        holder ("Director-General") may name one office of one person: both held now, or
        both in the past ("ousted former leader Roe", "former prime minister Roe": what
        the person headed then), the other not held by several, their places one where
        both name one."""
        if a.former != b.former:
            return False
        if a.former:
            a, b = self._held_once(a), self._held_once(b)
        for head, other in ((a, b), (b, a)):
            if head.title in self.heads_any and other.title not in self.heads_any:
                return not other.several and (
                    not (head.place and other.place) or self._places_meet(head.place, other.place)
                )
        return False

    def _held_once(self, held: OfficeHolder) -> OfficeHolder:
        """A former holding told as the holding it was ("former prime minister" as "prime
        minister"), held by several at once only when its title is (a former holding is
        several people's: every past holder)."""
        title = held.title.removeprefix("former-")
        rules_title = self.titles.by_key.get(title)
        return replace(
            held,
            office_key=held.office_key.removeprefix("former-"),
            title=title,
            former=False,
            several=rules_title is not None and rules_title.several,
        )

    def _held_then(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether a former holder of a title and a holder of it ("former chief executive
        Jane Roe", "chief executive Jane Roe") name one office, their places one where both
        name one: asked of one person, who then held the office the other source names.
        Not where the run names someone else as holding that office now: "former" then
        tells its change of hands ("former president Roe" beside "President Doe"), and the
        former holder's mention is the handover's, not the one tenure's."""
        if a.former == b.former:
            return False
        now_a = replace(a, title=a.title.removeprefix("former-"), former=False)
        now_b = replace(b, title=b.title.removeprefix("former-"), former=False)
        if not self._offices_meet(now_a, now_b):
            return False
        if a.place and b.place and not self._places_meet(a.place, b.place):
            return False
        return not (b if a.former else a).others_now

    def _generic_meet(self, a: OfficeHolder, b: OfficeHolder) -> bool:
        """Whether a title and its generic form ("presidential candidate" and "candidate",
        "foreign minister" and "minister") may name one office of one person: neither a
        former one, their places one where both name one."""
        if a.former or b.former or not (a.title and b.title):
            return False
        generic = self.titles.generic_titles
        if b.title not in generic.get(a.title, ()) and a.title not in generic.get(b.title, ()):
            return False
        return not (a.place and b.place) or self._places_meet(a.place, b.place)

    def _places_meet(self, a: str, b: str) -> bool:
        """Whether two places of an office (folded, aliases applied) may be one: a shared
        word (not a noun of any body: "party"), a name and its adjective ("venezuela" /
        "venezuelan"), an acronym and the name it shortens ("gm" / "general motors"), a
        clipped name ("fed" / "federal reserve")."""
        words_a, words_b = a.split(), b.split()
        if a == b or (set(words_a) & set(words_b)) - self.body_nouns:
            return True
        for x in words_a:
            for y in words_b:
                short, long = sorted((x, y), key=len)
                # "venezuela"+"n", "chin(a)"+"ese", "baham(as)"+"ian"
                stems = {short, *(short[:-n] for n in (1, 2) if short[-n:].strip("aeiouys") == "")}
                stems = {s for s in stems if len(s) >= 4}
                endings = self.demonym_endings
                if any(long.startswith(s) and long[len(s) :] in endings for s in stems):
                    return True
        for one, other in ((words_a, words_b), (words_b, words_a)):
            if len(one) == 1 and len(other) > 1:
                if one[0] == "".join(w[0] for w in other):
                    return True
                if len(one[0]) >= 3 and other[0].startswith(one[0]):
                    return True
        return False

    def untitled(self, claim: Claim) -> bool:
        """Whether an office claim is under a title that names no country (a bare name: its
        title's quote) that the run does not tell the country of (`_titled_in_run`)."""
        held = holder(claim)
        return not held.run_titled and self._untitled(held.title_quote or claim.quote, held)

    def _untitled(self, quote: str, held: OfficeHolder) -> bool:
        """Whether an office claim's quote starts with a title that names no country."""
        folded = self.lexicon.aliases.apply(quote)
        return any(p.match(folded) for p in self.lexicon.unqualified.get(held.office_key, ()))

    def judge(self, members: Sequence[Claim]) -> Judgement:
        """Agree when every claim names one person (variants allowed) under one office,
        compatible when under titles of two offices of one role, else conflict."""
        people = self._people(
            members, key=lambda c: (-len(holder(c).person_key.split()), holder(c).person_key)
        )
        if len(people) > 1:
            shown = tuple(sorted({holder(p).person for p in people}))
            return Judgement("conflict", None, (DifferentPeople(shown),))
        notes: list[Note] = []
        # one person under the titles of two offices (`_one_role`): the story's role,
        # compatible rather than one office stated alike
        readings = sorted(
            {
                replace(
                    self._placed(c),
                    person="",
                    co_holders=(),
                    title_from="",
                    title_quote="",
                    run_place="",
                    run_titled=False,
                    run_office="",
                    run_then=False,
                )
                for c in members
            },
            key=repr,
        )
        one = all(self._one_office(a, b, True) for a, b in combinations(readings, 2))
        verdict: Literal["agree", "compatible"] = "agree" if one else "compatible"
        # (a bare name lent a title is not another way of writing it: its own note says so)
        spellings = tuple(sorted({c.quote for c in members if not holder(c).title_from}))
        if len(spellings) > 1:
            notes.append(WrittenDifferently(spellings))
        lent = sorted(
            {
                (" ".join(c.quote.split()), held.title_quote, held.title_source == c.source_id)
                for c in members
                if (held := holder(c)).title_from
            }
        )
        if lent:
            notes.append(TitleLent(tuple(lent)))
        return Judgement(verdict, None, tuple(notes))

    def label(self, members: Sequence[Claim]) -> str:
        # One name per person, the fullest way it was written.
        people = self._people(members, key=lambda c: (-len(holder(c).person), holder(c).person))
        names = sorted(holder(p).person for p in people)
        # the office as the most precise claim names it: a rules office, then one with a
        # place ("Prime Minister" and "UK Prime Minister" are shown as the latter)
        named = min(
            members,
            key=lambda c: (
                holder(c).office_key not in self.labels,
                not holder(c).place,
                c.noun_class or "",
            ),
        )
        return f"{named.noun_class}: {' / '.join(names)}"

    def _people(self, members: Sequence[Claim], key: Any) -> list[Claim]:
        """One claim per person named: the first in `key` order of each."""
        people: list[Claim] = []
        for claim in sorted(members, key=key):
            if not any(self._same(holder(claim), holder(p)) for p in people):
                people.append(claim)
        return people


def _returned(a: OfficeHolder, b: OfficeHolder, day_a: str | None, day_b: str | None) -> bool:
    """Whether one person's former holding is told in a source published before the one
    that tells the holding ("former prime minister Jane Roe" leads the polls; a week later
    "Prime Minister Jane Roe"): the person came back to the office, a new tenure, not the
    one that ended. Told after the holding ("President Roe", then "former president Roe"),
    it is that tenure, ended (`OfficeKind._held_then`)."""
    if a.former == b.former:
        return False
    then_day, now_day = (day_a, day_b) if a.former else (day_b, day_a)
    return bool(then_day and now_day and then_day < now_day)


def _taken_over(a: OfficeHolder, b: OfficeHolder, day_a: str | None, day_b: str | None) -> bool:
    """Whether one of two holders of an office is named as the one who took it over ("the
    country's new prime minister Jane Roe") and the other, not so named, in a source not
    published after it: the one Roe took it from, a change of hands the first source
    tells, no conflict. (Named later, the other may be Roe's own successor or a rival's
    claim: left to the other evidence; both named as the new holder do conflict.)"""
    if a.new == b.new:
        return False
    new_day, other_day = (day_a, day_b) if a.new else (day_b, day_a)
    return not (new_day and other_day and other_day > new_day)


def _placed_by_family(
    kind: OfficeKind, now: dict[str, list[OfficeHolder]], then: dict[str, list[OfficeHolder]]
) -> dict[str, list[OfficeHolder]]:
    """The run's holdings with a place by title family: its holders now (`now`, by
    family) and its former and shared holdings (`then`, by word), each once."""
    placed = {family: list(held) for family, held in now.items()}
    for held in {id(h): h for hs in then.values() for h in hs}.values():
        placed.setdefault(kind._family(held), []).append(held)
    return placed


def _by_word(holders: Iterable[OfficeHolder]) -> dict[str, list[OfficeHolder]]:
    """Holders filed under each word of their person's key: a holder written by any one
    word of the name ("President Pak" for "Pak Sun-mi", "Roe" for "Jane Roe") is found
    among those filed under it (`_named`)."""
    filed: dict[str, list[OfficeHolder]] = {}
    for held in holders:
        for word in dict.fromkeys(held.person_key.split()):
            filed.setdefault(word, []).append(held)
    return filed


def _named(filed: dict[str, list[OfficeHolder]], held: OfficeHolder) -> list[OfficeHolder]:
    """The holders of `filed` that share a word of `held`'s person key, each once."""
    found: dict[int, OfficeHolder] = {}
    for word in held.person_key.split():
        for other in filed.get(word, ()):
            found.setdefault(id(other), other)
    return list(found.values())


def _as_held_now(held: OfficeHolder) -> OfficeHolder:
    """A former or shared holding told as a holding now of its office ("former Karsk
    senator Jane Roe" as "Karsk senator Jane Roe"): to ask whether it is of the office
    another mention names (`OfficeKind._offices_meet`), whoever holds it now."""
    return replace(
        held,
        office_key=held.office_key.removeprefix("former-"),
        title=held.title.removeprefix("former-"),
        former=False,
        several=False,
    )


# why an unplaced holder's person's former or shared holdings placed nothing before any step
# of `THEN_REFUSALS` (`OfficeKind.then_refusal`): every one of them of another office than
# the mention's ("Governor Roe" and "former Karsk senator Roe"), or of its office under a
# title several hold at once (none of them is one seat's)
SHARE_REFUSALS = (
    "its former or shared holdings of titles several hold at once, all of other offices",
    "its former or shared holdings of a title several hold at once",
)
# why a title that names no place was not placed by its own story (`OfficeKind.story_refusal`,
# step by step of `_story_places`)
STORY_REFUSALS = (
    "a rules office, or no title",
    "a former or shared holding, or its source names the office changing hands",
    "its source names another holder of the title with a place",
    "its story writes the title with places that do not meet",
    "the run gives the title no place in another source",
    "its story writes none of the places the run gives the title",
    "its story writes places the run gives the title that do not meet",
)
STORY_ITEM = " (its item of a page of many stories)"
# why an unplaced holder was not placed where the run says its person held the office
# (`OfficeKind._then_place`), step by step
THEN_REFUSALS = (
    "two people of the run share the name",
    "the person held no office with a place by the run",
    "the person held another office",
    "no one else holds the office now",
    "held for places that do not meet",
)
_PEOPLE_HELD = 1 << 16
# lower-case words that may describe an appointed person before their name (`_appointed_places`)
_DESCRIBED = 3
# the score of one person named under titles of two offices (`_one_role`): below that of one
# office, above the cut-off of any linkage
_ONE_ROLE_SCORE = 80.0  # pairs of person keys an office kind keeps `one_person` of
