"""Match: decide which claims, from any sources, state the same underlying fact.

Claims go into a polars table with the block key their kind gives them (a count: kind,
dimension, counted-noun class and change; an office: the office; an event: its class), so
troops never meet dollars and a level never meets a change. Within a block, the claims'
kind decides each pair from the features `reconcile.context` reads (a veto, or a score and
its reasons). Large blocks compare only claims that share a rare context word, and each
claim with its nearest claims of other sources by words and by value, so matching stays
sub-quadratic and still finds copies of one story; when a block is pruned, `notes` says
so. Clusters grow from the best pairs, never join two claims under a hard veto (a
cannot-link: they state something differently) and, for quantities, join only while the
mean score of the pairs between them is high enough; a soft veto (the words around differ)
counts in that mean as `soft_veto_score`, so other pairs may outweigh it. Each cluster
keeps its score and its typed reasons (an outweighed soft veto among them), which
`reconcile explain` shows. Once the blocks are clustered, a claim alone in its fact may
join the fact of another block that states its number read otherwise (a sum one source
writes without its currency: `join_across`, by the kind's `cross_key`). A source's story
is the proper names it uses; in a page of many stories (a day's news as list items under
item headings), each claim also carries the names of its item and the headings above it
(`item_stories`), which tell which story it is.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields, replace
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from reconcile.context import Features
from reconcile.items import claim_items
from reconcile.kinds import Kind, Kinds
from reconcile.models import Claim, Cluster, Match, PairDecision, Source
from reconcile.pairs import HARD, SOFT, BlockMemory, Decided, PairTable, veto_code
from reconcile.reasons import (
    Alone,
    JoinedAcross,
    KeptApart,
    LooselyJoined,
    NothingCounted,
    Outweighed,
    Reason,
)

if TYPE_CHECKING:
    import polars as pl

    from reconcile.rules.schema import MatchingRules


def claims_table(
    claims: Sequence[Claim], kinds: Kinds, languages: Mapping[str, str] | None = None
) -> pl.DataFrame:
    """The claims as a columnar table: one row per claim, with its block key (from its
    kind; None when it can meet no other claim). `languages` gives each source's language."""
    import polars as pl  # imported by the stage that uses it: a short command never pays for it

    languages = languages or {}
    return pl.DataFrame(
        {
            "id": [c.id for c in claims],
            "source_id": [c.source_id for c in claims],
            "block": [
                kinds.language(languages.get(c.source_id)).of(c).block_key(c) for c in claims
            ],
            "start": [c.start for c in claims],
        },
        schema={"id": pl.String, "source_id": pl.String, "block": pl.String, "start": pl.Int64},
    )


def match(
    claims: Sequence[Claim],
    kinds: Kinds,
    sources: Sequence[Source] = (),
    notes: list[str] | None = None,
) -> tuple[Cluster, ...]:
    """Clusters of claims that state the same fact; every claim is in exactly one cluster.

    `sources` give each claim's publication date (office holders named by sources published
    far apart are not compared: the office may have changed hands; "last year" becomes a
    year) and the proper names of the whole text (which story a source tells); without
    them, dates are unknown and the story is read from the claims' sentences.
    """
    import polars as pl

    dates = {s.id: s.published for s in sources}
    languages = {s.id: s.language for s in sources}
    by_id = {c.id: c for c in claims}
    topics = source_topics(claims, kinds, sources)
    table = claims_table(claims, kinds, languages).sort(["block", "source_id", "start", "id"])
    clusters: list[Cluster] = []
    unmatched = table.filter(pl.col("block").is_null())["id"].to_list()
    for (key,), group in table.filter(pl.col("block").is_not_null()).group_by(
        ["block"], maintain_order=True
    ):
        members = [by_id[i] for i in group["id"].to_list()]
        clusters.extend(_cluster_block(str(key), members, kinds, languages, dates, topics, notes))
    clusters, unmatched, _ = attach_loose(clusters, unmatched, claims, kinds, sources)
    clusters, unmatched, _, _ = join_across(clusters, unmatched, claims, kinds, sources)
    for claim_id in unmatched:
        clusters.append(
            Cluster(
                key="",
                claim_ids=(claim_id,),
                match=Match(100.0, (NothingCounted(),)),
            )
        )
    return tuple(sorted(clusters, key=lambda c: c.claim_ids))


def attach_loose(
    clusters: Sequence[Cluster],
    unmatched: Sequence[str],
    claims: Sequence[Claim],
    kinds: Kinds,
    sources: Sequence[Source] = (),
) -> tuple[list[Cluster], list[str], set[int]]:
    """The blocks' clusters with the claims of no block that join one (`Kind.loose_key`: a
    count that says nothing of what it counts, "the toll rose to 618"), the claims still in
    none, and which clusters (by index) changed.

    Each such claim is compared with the nearest numbers of its loose block by value that
    its kind finds worth it (`Kind.loose_meets`), at most `_LOOSE_NEIGHBOURS` of other
    sources either side and within the rules'
    `loose_max_value_ratio` (`Kind.decide_loose`); it joins the cluster of the best match
    when no decided pair with that cluster is a hard veto, the mean of those pairs reaches
    `cluster_cutoff`, and the cluster holds no other number of its source. It joins one
    cluster and never joins two: work is linear in these claims (a sort and a bisection per
    claim), and clusters made in the blocks are never merged."""
    clusters = list(clusters)
    by_id = {c.id: c for c in claims}
    languages = {s.id: s.language for s in sources}
    dates = {s.id: s.published for s in sources}
    wanted: dict[str, list[Claim]] = {}
    for claim_id in unmatched:
        claim = by_id[claim_id]
        key = kinds.language(languages.get(claim.source_id)).of(claim).loose_key(claim)
        if key is not None:
            wanted.setdefault(key, []).append(claim)
    if not wanted or len({c.source_id for c in claims}) < 2:
        # (a claim joins only through the claims of another source: a run of one source's
        # claims has none, and its topics and ladders are not built)
        return clusters, list(unmatched), set()
    topics = Topics(claims, kinds, sources)
    features: dict[str, Features] = {}

    def read(c: Claim) -> Features:
        known = features.get(c.id)
        if known is None:
            known = features[c.id] = features_of(c, kinds, languages, dates, topics)
        return known

    # per loose key, the numbers of its block's clusters, by value: (value, claim, cluster)
    ladders: dict[str, list[tuple[float, str, int]]] = {key: [] for key in wanted}
    for at, cluster in enumerate(clusters):
        ladder = ladders.get(cluster.key)
        if ladder is None:
            continue
        for claim_id in cluster.claim_ids:
            value = by_id[claim_id].value
            if value is not None and value > 0:
                ladder.append((value, claim_id, at))
    for ladder in ladders.values():
        ladder.sort()
    members = {at: list(c.claim_ids) for at, c in enumerate(clusters)}
    joined: dict[str, int] = {}
    why: dict[int, list[PairDecision]] = {}  # per cluster joined, the best pair of each claim
    for key in sorted(wanted):
        ladder = ladders[key]
        values = [v for v, _, _ in ladder]
        for claim in wanted[key]:
            kind = kinds.language(languages.get(claim.source_id)).of(claim)
            m = kind.rules.matching
            value = claim.value or 0.0
            if value <= 0:
                continue
            found = bisect_left(values, value)
            near: list[tuple[str, int]] = []
            for step in (-1, 1):
                at, taken = (found - 1 if step < 0 else found), 0
                while 0 <= at < len(ladder) and taken < _LOOSE_NEIGHBOURS:
                    other_value, other_id, cluster_at = ladder[at]
                    if max(value, other_value) / min(value, other_value) > (
                        m.loose_max_value_ratio
                    ):
                        break
                    other = by_id[other_id]
                    if other.source_id != claim.source_id and kind.loose_meets(claim, other):
                        near.append((other_id, cluster_at))
                        taken += 1
                    at += step
            decided = (
                (at, kind.decide_loose(claim, by_id[i], read(claim), read(by_id[i])))
                for i, at in sorted(near)
            )
            fits = _clusters_fit(claim, decided, members, by_id, m)
            if len(fits) == 1:  # of two clusters it fits, it cannot tell which it is
                ((cluster_at, match),) = fits.items()
                members[cluster_at].append(claim.id)
                joined[claim.id] = cluster_at
                why.setdefault(cluster_at, []).append(match)
    if not joined:
        return clusters, list(unmatched), set()
    changed = set(joined.values())
    for at in sorted(changed):
        clusters[at] = _joined(clusters[at], members[at], why[at], LooselyJoined())
    return clusters, [i for i in unmatched if i not in joined], changed


def _clusters_fit(
    claim: Claim,
    decided: Iterable[tuple[int, PairDecision]],
    members: Mapping[int, Sequence[str]],
    by_id: Mapping[str, Claim],
    m: MatchingRules,
) -> dict[int, PairDecision]:
    """Of the clusters a claim was decided against (a cluster and one pair's decision, per
    member asked), those it may join, each with its best pair: no pair there vetoed, the
    mean weight of its pairs at the cut-off or above, and no claim of its own source there
    stating another number of the fact. Shared by `attach_loose` and `join_across`."""
    weights: dict[int, list[float]] = {}  # per cluster, its pairs' weights
    best: dict[int, PairDecision] = {}  # per cluster, its best match
    barred: set[int] = set()  # clusters holding a claim it vetoes
    for at, decision in decided:
        weight = _weight_of(decision.score, veto_code(decision), m.soft_veto_score)
        if weight is None:
            barred.add(at)
            continue
        weights.setdefault(at, []).append(weight)
        known = best.get(at)
        if decision.veto is None and decision.score > (known.score if known else 0.0):
            best[at] = decision
    fits: dict[int, PairDecision] = {}
    for at, match in best.items():
        pairs = weights[at]
        if at in barred or sum(pairs) / len(pairs) < m.cluster_cutoff:
            continue
        own = [by_id[i] for i in members[at] if by_id[i].source_id == claim.source_id]
        if any(o.value != claim.value or o.value_high != claim.value_high for o in own):
            continue  # its source states another number of the fact
        fits[at] = match
    return fits


def _joined(
    cluster: Cluster, members: Sequence[str], decisions: Sequence[PairDecision], how: Reason
) -> Cluster:
    """A cluster with the claims that joined it after it was made: its members, the lowest
    score of its own and theirs, its reasons and theirs, then how they joined."""
    alone = len(cluster.claim_ids) == 1  # its reasons were those of a claim alone
    kept = () if alone else cluster.match.reasons
    scores = [d.score for d in decisions] + ([] if alone else [cluster.match.score])
    reasons = dict.fromkeys((*kept, *(r for d in decisions for r in d.reasons)))
    return Cluster(cluster.key, tuple(sorted(members)), Match(min(scores), (*reasons, how)))


_LOOSE_NEIGHBOURS = 3  # numbers of a loose block a claim in none is compared with, each side


def join_across(
    clusters: Sequence[Cluster],
    unmatched: Sequence[str],
    claims: Sequence[Claim],
    kinds: Kinds,
    sources: Sequence[Source] = (),
    changed: Iterable[int] = (),
) -> tuple[list[Cluster], list[str], set[int], set[int]]:
    """The clusters once a claim alone in its fact (a cluster of one, or a claim of no
    block) has joined the fact of another block that states the same thing another way:
    two sources' readings of one figure that their kinds put in different blocks ("$2.5
    billion" / "an aid package worth 2.5 billion"; "grew 3%" / "growth of 3%"). Returns
    the clusters (those it left, removed), the claims still in no block, which clusters
    changed (`changed`, indices of the clusters given, carried over) and which of the
    clusters given were removed, by index.

    Claims meet by their kind's `cross_key` (the number they state and what it is a number
    of), only across block keys, only between sources, pair by pair with
    `Kind.decide_across`. A claim alone joins the one fact it fits: no hard veto with a
    member that shares its key, the mean of those pairs at least `cluster_cutoff`, and no
    other number of its source in that fact; fitting two, it joins neither. A cross block
    holding more than `max_block` claims (a number too common to tell) is left alone, so
    the pairs decided are at most `max_block` per claim: linear in the claims."""
    clusters = list(clusters)
    by_id = {c.id: c for c in claims}
    languages = {s.id: s.language for s in sources}
    dates = {s.id: s.published for s in sources}
    at_of: dict[str, int] = {}  # the cluster of each claim in one, by index
    for at, cluster in enumerate(clusters):
        for claim_id in cluster.claim_ids:
            at_of[claim_id] = at
    crossing: dict[str, list[Claim]] = {}
    for claim_id in sorted({*at_of, *unmatched}):
        claim = by_id.get(claim_id)
        if claim is None:
            continue
        key = kinds.language(languages.get(claim.source_id)).of(claim).cross_key(claim)
        if key is not None:
            crossing.setdefault(key, []).append(claim)
    removed: set[int] = set()
    changed = set(changed)
    if not crossing:
        return clusters, list(unmatched), changed, removed
    kind_of = {
        c.id: kinds.language(languages.get(c.source_id)).of(c)
        for group in crossing.values()
        for c in group
    }
    members = {at: list(c.claim_ids) for at, c in enumerate(clusters)}
    loose = set(unmatched)
    joined: dict[int, list[PairDecision]] = {}
    topics: Topics | None = None
    features: dict[str, Features] = {}

    def read(c: Claim) -> Features:
        nonlocal topics
        if topics is None:
            topics = Topics(claims, kinds, sources)
        known = features.get(c.id)
        if known is None:
            known = features[c.id] = features_of(c, kinds, languages, dates, topics)
        return known

    for key in sorted(crossing):
        group = crossing[key]
        if len(group) < 2 or len({c.source_id for c in group}) < 2:
            continue
        first = kind_of[group[0].id]
        m = first.rules.matching
        if len(group) > m.max_block:
            continue
        blocks = {c.id: kind_of[c.id].block_key(c) for c in group}
        if len(set(blocks.values())) < 2:
            continue
        for claim in group:
            own_at = at_of.get(claim.id)
            if claim.id not in loose and (own_at is None or len(members[own_at]) != 1):
                continue  # in a fact of several claims already
            kind = kind_of[claim.id]
            decided = (
                (at_of[o.id], kind.decide_across(claim, o, read(claim), read(o)))
                for o in group
                if o.id in at_of
                and at_of[o.id] != own_at
                and o.source_id != claim.source_id
                and blocks[o.id] != blocks[claim.id]
            )
            fits = _clusters_fit(claim, decided, members, by_id, m)
            if len(fits) != 1:  # of two facts it fits, it cannot tell which it is
                continue
            ((target, match),) = fits.items()
            members[target].append(claim.id)
            joined.setdefault(target, []).append(match)
            if own_at is not None:
                members[own_at] = []
                removed.add(own_at)
            loose.discard(claim.id)
            at_of[claim.id] = target
    if not joined:
        return clusters, list(unmatched), changed, removed
    for at in sorted(joined):
        clusters[at] = _joined(clusters[at], members[at], joined[at], JoinedAcross())
    changed |= set(joined)
    changed -= removed
    new_at: dict[int, int] = {}
    kept_clusters: list[Cluster] = []
    for at, cluster in enumerate(clusters):
        if at in removed:
            continue
        new_at[at] = len(kept_clusters)
        kept_clusters.append(cluster)
    return (
        kept_clusters,
        [i for i in unmatched if i in loose],
        {new_at[at] for at in changed},
        removed,
    )


def source_topics(
    claims: Sequence[Claim], kinds: Kinds, sources: Sequence[Source] = ()
) -> dict[str, str]:
    """Per source, the proper names it uses (title and text): what story the source tells.

    Two claims of one block from sources telling one story are likelier one fact; the words
    are sorted and joined for rapidfuzz. Without the source, its claims' sentences serve.
    """
    languages = {s.id: s.language for s in sources}
    texts: dict[str, list[str]] = {}
    for source in sources:
        texts[source.id] = [source.title or "", source.text[source.body_start :]]
    for claim in claims:
        if claim.source_id not in texts or not sources:
            texts.setdefault(claim.source_id, []).append(claim.sentence)
    found = {
        source_id: kinds.language(languages.get(source_id)).context.topic(parts)
        for source_id, parts in texts.items()
    }
    found.update(item_stories(claims, kinds, sources))
    return found


def features_of(
    c: Claim,
    kinds: Kinds,
    languages: Mapping[str, str],
    dates: Mapping[str, str | None],
    topics: Mapping[str, str],
) -> Features:
    """A claim's features, read in its source's language, with the story of its source and,
    in a page of many stories, of its item (`item_stories`)."""
    context = kinds.language(languages.get(c.source_id)).context
    found = context.features(c, dates.get(c.source_id), topics.get(c.source_id, ""))
    story = topics.get(item_key(c.id), "")
    if not story:
        return found
    return replace(found, story=story, told=topics.get(told_key(c.id), ""))


# A claim's fields but its id, source and position, in field order: two claims have equal
# signatures exactly when `replace(c, id="", source_id="", start=0, end=0)` of each are equal
# (a frozen dataclass compares the tuple of its fields), read without building a claim.
_PLACED = frozenset({"id", "source_id", "start", "end"})
claim_signature: Callable[[Claim], tuple[object, ...]] = attrgetter(
    *(f.name for f in fields(Claim) if f.name not in _PLACED)
)


def features_reader(
    kinds: Kinds,
    languages: Mapping[str, str],
    dates: Mapping[str, str | None],
    topics: Mapping[str, str],
) -> Callable[[Claim], Features]:
    """`features_of` for the claims of one block, each read once: a claim's features read its
    sentence, quote and fields, never its id, source or offsets (`ContextReader.features`),
    so a sentence repeated word for word (in its source, or in another of the same language,
    publication day and story) gives a claim whose features are those of the first. Their
    parts are held once per reader (`shared_parts`)."""
    alike: dict[tuple[tuple[object, ...], str | None, str | None, str], Features] = {}
    share = shared_parts()

    def read(c: Claim) -> Features:
        if topics.get(item_key(c.id)):  # an item story of its own: read alone
            return share(features_of(c, kinds, languages, dates, topics))
        source = c.source_id
        key = (
            claim_signature(c),
            languages.get(source),
            dates.get(source),
            topics.get(source, ""),
        )
        found = alike.get(key)
        if found is None:
            found = alike[key] = share(features_of(c, kinds, languages, dates, topics))
        return found

    return read


# The fields of `Features` whose values `shared_parts` may hold once: every field but the
# counts (a small int is one object already).
_PARTS = tuple(f.name for f in fields(Features) if f.type not in ("int", int))


def shared_parts() -> Callable[[Features], Features]:
    """Features with each part (a set of words, a joined text, a story, a date) that is equal
    to one seen before by this function the very object seen first, for the features of one
    block: its claims' features are mostly the same few parts, each read as an object of its
    own (the named things of 2,000 generated sources: 3,837 sets of words around a claim, 885
    of them distinct; 3,837 sets of names, 1,054 distinct), and a block's features were most
    of what clustering a large block held (some 750 bytes a claim; a run's largest block grows
    with its sources). An equal part reads alike everywhere (the report does not depend on the
    order a set iterates in: `tests/test_hash_seed.py`); the features objects themselves stay
    one per claim read (`_alike_once` tells copies of one claim by them)."""
    held: dict[object, object] = {}

    def share(found: Features) -> Features:
        changed: dict[str, Any] = {}
        for name in _PARTS:
            part = getattr(found, name)
            if isinstance(part, (str, frozenset)):
                first = held.setdefault(part, part)
                if first is not part:
                    changed[name] = first
        return replace(found, **changed) if changed else found

    return share


def item_key(claim_id: str) -> str:
    """The key under which a topics mapping holds a claim's item story (`item_stories`)."""
    return "#" + claim_id


def told_key(claim_id: str) -> str:
    """The key under which a topics mapping holds what a claim's item told before its
    sentence (`item_stories`, `ContextReader.item_told`)."""
    return "<" + claim_id


def item_stories(
    claims: Iterable[Claim], kinds: Kinds, sources: Sequence[Source] = ()
) -> dict[str, str]:
    """Per claim (`item_key`) standing in an item of a list that pages of many stories are
    made of (a line indented as a list item, under item headings: "2026 Ebola epidemic",
    then "The death toll rises to 131."), the proper names of its item and the headings
    above it: which of the page's stories it tells; and, where its item told an incident
    in a sentence before the claim's (`told_key`), what it told (`ContextReader.item_told`:
    read once per item and sentence). Claims in running text have none."""
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(claim.source_id, []).append(claim)
    found: dict[str, str] = {}
    for source in sources:
        own = by_source.get(source.id)
        if not own:
            continue
        text = source.text
        if "\n " not in text:
            continue  # no line is indented: no list of items
        context = kinds.language(source.language).context
        least = kinds.language(source.language).rules.matching.least_headings
        line_of, lines = claim_items(text, own, least)
        stories: dict[int, str] = {}
        told: dict[int, str] = {}
        for claim in own:
            line = line_of[claim.id]
            parts = lines.get(line)
            if not parts:
                continue
            story = stories.get(line)
            if story is None:
                story = stories[line] = context.topic(parts)
            if not story:
                continue
            found[item_key(claim.id)] = story
            start = sentence_start(text, claim, line) if context.names_incident(claim) else line
            if start > line:  # (only a sentence naming an incident reads its item's)
                said = told.get(start)
                if said is None:
                    said = told[start] = context.item_told(text[line:start], source.published)
                if said:
                    found[told_key(claim.id)] = said
    return found


def sentence_start(text: str, claim: Claim, line: int) -> int:
    """Where the claim's sentence starts in its source's `text`, at or after `line` (the
    start of its line); `line` when it is not found there."""
    at = claim.sentence.find(claim.quote)
    if at >= 0 and text.startswith(claim.sentence, claim.start - at):
        return max(line, claim.start - at)
    found = text.find(claim.sentence, line, claim.end + len(claim.sentence))
    return found if line <= found <= claim.start else line


class Topics(Mapping[str, str]):
    """`source_topics(claims, kinds, sources)`, each source's topic worked out when first
    asked for (a run that keeps most claims' features needs few)."""

    def __init__(self, claims: Sequence[Claim], kinds: Kinds, sources: Sequence[Source]) -> None:
        self._claims = claims
        self._kinds = kinds
        self._sources = {s.id: s for s in sources}
        self._known: dict[str, str] = {}
        self._sentences: dict[str, list[Claim]] | None = None
        self._by_id: dict[str, Claim] | None = None
        self._by_source: dict[str, list[Claim]] = {}
        self._items_read: set[str] = set()

    def _claims_of(self) -> dict[str, list[Claim]]:
        """The claims of each source not given, whose sentences tell its story."""
        if self._sentences is None:
            self._sentences = {}
            for claim in self._claims:
                if claim.source_id not in self._sources:
                    self._sentences.setdefault(claim.source_id, []).append(claim)
        return self._sentences

    def __getitem__(self, source_id: str) -> str:
        known = self._known.get(source_id)
        if known is None and source_id[:1] in "#<":  # a claim's item story, or told
            if self._by_id is None:
                self._by_id = {c.id: c for c in self._claims}
                self._by_source = {}
                for c in self._claims:
                    self._by_source.setdefault(c.source_id, []).append(c)
            claim = self._by_id.get(source_id[1:])
            source = self._sources.get(claim.source_id) if claim is not None else None
            if claim is None or source is None or source.id in self._items_read:
                raise KeyError(source_id)
            self._items_read.add(source.id)  # every item story of the source, read once
            own = self._by_source.get(source.id, [])
            self._known.update(item_stories(own, self._kinds, (source,)))
            known = self._known.get(source_id)
            if known is None:
                raise KeyError(source_id)
        if known is None:
            source = self._sources.get(source_id)
            if source is not None:
                found = source_topics((), self._kinds, (source,))
            elif source_id in self._claims_of():
                found = source_topics(self._claims_of()[source_id], self._kinds)
            else:
                raise KeyError(source_id)
            known = self._known[source_id] = found[source_id]
        return known

    def __iter__(self) -> Iterator[str]:
        return iter([*self._sources, *self._claims_of()])

    def __len__(self) -> int:
        return len(self._sources) + len(self._claims_of())


def compare_pair(a: Claim, b: Claim, kinds: Kinds) -> PairDecision:
    """Whether two claims of one block state the same fact, and why (their kind decides).
    Without their sources, both are read in the rules' default language."""
    own = kinds.default
    return own.of(a).decide(a, b, own.context.features(a), own.context.features(b))


def _cluster_block(
    key: str,
    members: list[Claim],
    kinds: Kinds,
    languages: Mapping[str, str],
    dates: Mapping[str, str | None],
    topics: Mapping[str, str],
    notes: list[str] | None = None,
    memory: BlockMemory | None = None,
) -> list[Cluster]:
    # One block, one kind: decided with the rules of its first claim's language; each claim's
    # features are read in its own source's language. With `memory`, the features and
    # decisions of claims whose sources are unchanged since a run before are read back.
    first = kinds.language(languages.get(members[0].source_id))
    kind = first.of(members[0])

    read = features_reader(kinds, languages, dates, topics)

    feats = memory.features(members, read) if memory is not None else [read(c) for c in members]
    read_features = feats
    # How many different figures of what it states each claim's source states in this block:
    # a story with one death toll per source is not one with delegates of each candidate.
    stated = kind.figures_stated(members)
    count = [stated.get(c.id, 0) for c in members]
    del stated  # not held while the block is clustered
    feats = [
        replace(f, figures=n) if n and n != f.figures else f
        for n, f in zip(count, feats, strict=True)
    ]
    # Per decided pair, its score and veto flag only: the reasons of the few pairs a report
    # shows are decided again at the end (a block's reasons for every pair were most of a
    # large run's memory).
    decide = (
        _alike_once(kind, members, feats, read_features)
        if memory is None
        else lambda x, y: kind.decide(members[x], members[y], feats[x], feats[y])
    )
    decisions = PairTable(
        len(members),
        _reasons_kept(decide),
        memory.known(members) if memory is not None else None,
    )

    max_block = kind.rules.matching.max_block
    if len(members) > max_block and notes is not None:
        notes.append(pruning_note(key, len(members), max_block))
    decisions.decide_all(_candidate_pairs(members, feats, kind))
    pruned = len(members) > max_block
    reuse: dict[int, Cluster] = {}
    if memory is not None and pruned and memory.reusable():
        label, reuse = _join_changed(members, feats, decisions, kind, pruned, memory)
    else:
        label = _join(members, feats, decisions, kind, pruned)
    if memory is not None:
        memory.keep(members, read_features, decisions)
    return _clusters(key, members, label, decisions, reuse)


_REASONS_HELD = 32768  # decisions with their reasons kept per block, for its clusters
_ALIKE_HELD = 16384  # decisions of pairs of alike claims kept per block (`_alike_once`)


def _alike_once(
    kind: Kind,
    members: Sequence[Claim],
    feats: Sequence[Features],
    read: Sequence[Features],
) -> Callable[[int, int], PairDecision]:
    """The kind's decision on the pair of members x and y, taken once per block for pairs
    of claims of other sources alike on both sides: copies of one story (claims equal but
    for id, source and position, in one language, day and story, `features_reader`: the
    very features object `read` gives them) with the same count of figures stated by their
    sources. A kind reads a pair's sources only to ask whether they are one, so such pairs
    are decided alike. Work grows with the pairs of distinct claims, not of copies; at most
    `_ALIKE_HELD` decisions are kept (the rest are decided again: the same answer)."""
    decide = kind.decide
    ids = [(id(f), g.figures) for f, g in zip(read, feats, strict=True)]
    kinds_of: dict[tuple[int, int], int] = {}
    alike = [kinds_of.setdefault(k, len(kinds_of)) for k in ids]
    copies = [0] * len(kinds_of)
    for at in alike:
        copies[at] += 1
    kept: dict[tuple[int, int], PairDecision] = {}

    def decided(x: int, y: int) -> PairDecision:
        a, b = members[x], members[y]
        ax, ay = alike[x], alike[y]
        if a.source_id == b.source_id or copies[ax] * copies[ay] == 1:
            return decide(a, b, feats[x], feats[y])
        found = kept.get((ax, ay))
        if found is None:
            found = decide(a, b, feats[x], feats[y])
            if len(kept) < _ALIKE_HELD:
                kept[(ax, ay)] = found
        return found

    return decided


def _reasons_kept(
    decide: Callable[[int, int], PairDecision],
) -> Callable[[int, int], PairDecision]:
    """`decide`, with the first `_REASONS_HELD` decisions that a cluster's reasons may read
    again (a score above 0 or a veto) kept: the clusters of a block read the reasons of
    their joined pairs and vetoes (`PairTable.decision`), which were decided again, every
    such pair twice. A block's memory stays bounded: past the first, a pair is decided
    again as before (deciding is a pure function of the pair: the same decision)."""
    kept: dict[tuple[int, int], PairDecision] = {}

    def decided(x: int, y: int) -> PairDecision:
        found = kept.get((x, y))
        if found is None:
            found = decide(x, y)
            if len(kept) < _REASONS_HELD and (found.veto is not None or found.score > 0):
                kept[(x, y)] = found
        return found

    return decided


def _join(
    members: Sequence[Claim],
    feats: Sequence[Features],
    decisions: PairTable,
    kind: Kind,
    pruned: bool,
) -> list[int]:
    """Per member of one block, the label of its cluster: clusters joined best pair first,
    then refined (`_refine`), from the pairs `decisions` holds (`pruned`: the block's pairs
    are its candidates only)."""
    decide = decisions.get
    # The kind's linkage: "average" weighs soft vetoes in the joins; with any other, every
    # veto is a cannot-link.
    average = kind.linkage == "average"
    cutoff = kind.rules.matching.cluster_cutoff if average else 0.0
    soft = kind.rules.matching.soft_veto_score if average else None
    # The structures below hold an entry only for a claim or root that has one to hold (a
    # large block's claims mostly have none): a missing one is empty, or the claim alone.
    cannot: dict[int, set[int]] = {}  # per root, the roots it has a cannot-link with
    # per cluster root, per neighbouring root: its link, a row of four arrays (sum of
    # scores, pairs, best score, stamp); a heap entry is current while its link keeps its
    # stamp, so a join re-pushes only the links it changed, not every link of the grown
    # cluster. A link starts as one pair's row, and a join that gives a root a new
    # neighbour moves the row of the link it replaces: no row is added or freed. A claim's
    # links are read from arrays of every claim's first links (`_first_links`) until a join
    # changes them, then held in a map of its own (`linked`). (Rows and arrays, not a list
    # of four floats per pair in two maps, and each pair's first heap entry read from a
    # sorted array, not a tuple: a large block's matched pairs were most of its
    # clustering's memory, some 300 bytes each, and most claims' links never change
    # before their claim joins another.)
    links: dict[int, dict[int, int]] = {}
    totals, counts, bests, stamped = array("d"), array("d"), array("d"), array("d")
    heap: list[tuple[float, int, int, float]] = []  # the entries of links joins changed
    # Every structure below names a claim by one int object of `index` (a pair's own two
    # would be two more objects per entry, most of a large block's joins).
    index = list(range(len(members)))
    keys, scores, vetoes = decisions.arrays()
    size = decisions.size
    # a claim that may join either of two claims of one source that cannot be one fact
    # joins the one the evidence prefers (`_preferred_partners`)
    preferred = (
        _preferred_partners(
            members,
            keys,
            scores,
            vetoes,
            size,
            cutoff,
            kind.rules.matching.partner_margin,
            kind.partner_evidence,
        )
        if average
        else {}
    )
    # Only the pairs of one reach are held (`_reaches`): a link or cannot-link between two
    # reaches is never read, since two clusters join only over a pair that matched.
    reach = _reaches(keys, scores, vetoes, size, preferred, soft)
    ends = array("q")  # per row, its pair's key
    for key, score, veto in zip(keys, scores, vetoes, strict=True):
        i, j = divmod(key, size)
        if reach[i] != reach[j]:
            continue
        weight = _weight_of(preferred.get(key, score), veto, soft)
        if weight is None:
            i, j = index[i], index[j]
            cannot.setdefault(i, set()).add(j)
            cannot.setdefault(j, set()).add(i)
        else:
            ends.append(key)
            totals.append(weight)
            # a join needs a match: a soft veto weighs in the mean, never starts one
            bests.append(0.0 if veto else weight)
    del reach
    del keys, scores, vetoes  # not held while joining (the vetoes are a copy)
    rows = len(ends)
    counts.extend(repeat(1.0, rows))
    stamped.extend(repeat(0.0, rows))
    # Each pair's first heap entry (-best, i, j, 0.0), as `push` below would push it: the
    # rows in the order they pop (by best score, then by pair: the rows are by pair and
    # the sort is stable). The entries are distinct (one per pair, a later one of a later
    # stamp), so the first entries and the heap of later ones pop in one order merged.
    # (rows grouped by best score, each group's in order: a sort of the rows by a key each
    # would hold an object per row at once)
    by_best: dict[float, array[int]] = {}
    for row in range(rows):
        best = bests[row]
        if best > 0 and (not average or totals[row] >= cutoff):
            by_best.setdefault(best, array("q")).append(row)
    first = array("q")
    for best in sorted(by_best, reverse=True):
        first.extend(by_best.pop(best))
    starts, neighbours, via = _first_links(ends, size)

    def linked(v: int) -> dict[int, int]:
        """The links of root v, by neighbouring root, held to be changed."""
        found = links.get(v)
        if found is None:
            at, end = starts[v], starts[v + 1]
            found = links[v] = {index[neighbours[k]]: via[k] for k in range(at, end)}
        return found

    def link(x: int, y: int) -> int | None:
        """The row of the link of roots x and y, if they have one."""
        found = links.get(x)
        if found is not None:
            return found.get(y)
        end = starts[x + 1]
        k = bisect_left(neighbours, y, starts[x], end)
        return via[k] if k < end and neighbours[k] == y else None

    parent = list(range(len(members)))
    # Each group, by signature: claims whose every field that a decision reads is equal
    # (all but id, source and position) decide alike against any claim of another source,
    # so copies of one story are compared once, not pair by pair. A pruned block reads
    # its candidates' vetoes instead, and needs no groups.
    # (nor does a block of one source's claims: two of its clusters are always one source
    # on both sides, checked pair by pair in `vetoed`)
    grouped = not pruned and any(c.source_id != members[0].source_id for c in members)
    groups: dict[int, dict[object, list[int]]] = (
        {}
        if not grouped
        else {
            i: {(claim_signature(c), f): [i]}
            for i, (c, f) in enumerate(zip(members, feats, strict=True))
        }
    )
    # per root that has joined another, its claims by source (else its own claim alone)
    by_source: dict[int, dict[str, list[int]]] = {}

    def sources_of(root: int) -> dict[str, list[int]]:
        found = by_source.get(root)
        return found if found is not None else {members[root].source_id: [root]}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def representative(xs: list[int], ys: list[int]) -> tuple[int, int] | None:
        """Two claims, one of each list, from different sources (None if there are none)."""
        for y in ys:
            if members[y].source_id != members[xs[0]].source_id:
                return xs[0], y
        for x in xs:
            if members[x].source_id != members[ys[0]].source_id:
                return x, ys[0]
        return None

    def vetoed(a: int, b: int) -> bool:
        of_a, of_b = sources_of(a), sources_of(b)
        if len(of_a) == 1 and of_a.keys() == of_b.keys():
            # One source on both sides: every pair is a same-source pair, checked below.
            return any(
                _cannot_link(decide(x, y), soft)
                for xs in of_a.values()
                for x in xs
                for ys in of_b.values()
                for y in ys
            )
        if pruned:
            # A pruned block knows only its candidates' vetoes (deciding every pair of two
            # grown clusters is what pruning avoids): those are carried from root to root.
            if b in cannot.get(a, ()):
                return True
        else:
            for xs in groups[a].values():
                for ys in groups[b].values():
                    pair = representative(xs, ys)
                    if pair is not None and _cannot_link(decide(*pair), soft):
                        return True
        for source in of_a.keys() & of_b.keys():
            for x in of_a[source]:
                for y in of_b[source]:
                    if _cannot_link(decide(x, y), soft):
                        return True
        return False

    # Clusters join best pair first, never across a hard veto. With the kind's "average"
    # linkage they join only while the mean score of the pairs decided between them is at
    # least `cluster_cutoff`: a pair that is neither a match nor a veto (score 0) counts, and
    # a soft veto counts `soft_veto_score`, so one strong pair cannot chain a claim to a
    # cluster the rest of which it does not resemble.
    stamps = 0

    def push(a: int, b: int) -> None:
        row = linked(a)[b]
        best = bests[row]
        if best > 0 and (not average or totals[row] / counts[row] >= cutoff):
            heapq.heappush(heap, (-best, min(a, b), max(a, b), stamped[row]))

    # the first entries' best scores, as they were (a row's best may grow once it changes)
    bests_first = array("d", (bests[row] for row in first))
    at = 0

    def popped() -> tuple[float, int, int, float]:
        """The least of the next first entry and the heap's least (one is left)."""
        nonlocal at
        if at < len(first):
            row = first[at]
            i, j = divmod(ends[row], size)
            entry = (-bests_first[at], index[i], index[j], 0.0)
            if not heap or entry < heap[0]:
                at += 1
                return entry
        return heapq.heappop(heap)

    while at < len(first) or heap:
        _, x, y, stamp = popped()
        current = link(x, y) if find(x) == x and find(y) == y else None
        if current is None or stamped[current] != stamp:
            continue  # a cluster that has since joined another, or a link changed since
        # Never chain across a hard veto: every claim of one group must be compatible with
        # every claim of the other, not just the two that scored best.
        if vetoed(x, y):
            del linked(x)[y], linked(y)[x]
            continue
        root, other = x, y
        parent[other] = root
        if grouped:
            for sig, idx in groups.pop(other).items():
                groups[root].setdefault(sig, []).extend(idx)
        joined = by_source.setdefault(root, sources_of(root))
        for source, idx in sources_of(other).items():
            joined.setdefault(source, []).extend(idx)
        by_source.pop(other, None)
        for n in cannot.pop(other, ()):
            cannot[n].discard(other)
            cannot[n].add(root)
            cannot.setdefault(root, set()).add(n)
        ours = linked(root)
        del ours[other]
        theirs = links.pop(other, None)
        for n, row in (
            sorted(theirs.items())
            if theirs is not None
            else [(index[neighbours[k]], via[k]) for k in range(starts[other], starts[other + 1])]
        ):
            if n == root:
                continue
            del linked(n)[other]
            stamps += 1
            mine = ours.get(n)
            if mine is None:  # the link moves to the root, its row with it
                mine = ours[n] = row
                bests[mine] = max(0.0, bests[row])
            else:
                totals[mine] += totals[row]
                counts[mine] += counts[row]
                bests[mine] = max(bests[mine], bests[row])
            stamped[mine] = float(stamps)
            linked(n)[root] = mine
            push(root, n)
    label = [find(i) for i in range(len(members))]
    # not held while refining
    links.clear()
    cannot.clear()
    groups.clear()
    by_source.clear()
    if average:
        label = _refine(
            label,
            members,
            decisions,
            decide,
            cutoff,
            kind.rules.matching.refine_passes,
            soft,
            preferred,
        )
    return label


def _first_links(ends: Sequence[int], size: int) -> tuple[array[int], array[int], array[int]]:
    """The links of a block's claims before any join, as arrays (`starts`, `neighbours`,
    `via`): the neighbours of claim v (ascending) are `neighbours[starts[v]:starts[v + 1]]`,
    each linked by the row of `via` at the same place; `ends` are the rows' pairs' keys
    (`i * size + j`, i < j, ascending)."""
    starts = array("q", bytes(8 * (size + 1)))
    for key in ends:
        i, j = divmod(key, size)
        starts[i + 1] += 1
        starts[j + 1] += 1
    for v in range(size):
        starts[v + 1] += starts[v]
    free = array("q", starts)  # per claim, the next place of its neighbours to fill
    neighbours = array("q", bytes(16 * len(ends)))
    via = array("q", bytes(16 * len(ends)))
    # by key, so each claim's neighbours come in order: before it by the pairs where it is
    # second, after it by those where it is first
    for row, key in enumerate(ends):
        i, j = divmod(key, size)
        neighbours[free[i]], via[free[i]] = j, row
        free[i] += 1
        neighbours[free[j]], via[free[j]] = i, row
        free[j] += 1
    return starts, neighbours, via


def _reaches(
    keys: Sequence[int],
    scores: Sequence[float],
    vetoes: bytes,
    size: int,
    preferred: Mapping[int, float],
    soft: float | None,
) -> list[int]:
    """Per member of a block, its reach: the members joined to it by a chain of decided
    pairs that matched (a score above 0 and no veto, as `_join` weighs them), named by one
    of them. Two clusters join only over a link whose best pair matched, so every cluster
    `_join` makes lies within one reach, and a pair of two reaches (a large block's
    cannot-links are mostly such: two names that never meet) is never read while joining:
    `_join` holds only the pairs of one reach, the same joins from less memory."""
    return _components(
        size,
        (
            divmod(key, size)
            for key, score, veto in zip(keys, scores, vetoes, strict=True)
            if not veto and (_weight_of(preferred.get(key, score), veto, soft) or 0.0) > 0
        ),
    )


def _components(size: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """Per node of a graph of nodes 0 to `size` - 1 and these edges, the least node of its
    connected component."""
    parent = list(range(size))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(size)]


def _preferred_partners(
    members: Sequence[Claim],
    keys: Sequence[int],
    scores: Sequence[float],
    vetoes: bytes,
    size: int,
    cutoff: float,
    margin: float,
    evidence: Callable[[Claim, Claim], tuple[float, ...]],
) -> dict[int, float]:
    """Per pair key (`i * size + j`), the lower weight a joining pair counts for in the
    joins when the claim it joins has a better partner of the same source.

    Two claims of one source that cannot be one fact (a hard veto between them: two numbers
    of one sentence, one source's two figures), each joining a claim of another source
    (no veto, a score of at least `cutoff`), are rivals for it: it can join only one. Pairs
    scoring within `margin` of each other are a tie on their words; the evidence breaks it
    (the kind's `partner_evidence`: for quantities, the same number, then the same
    counted noun, then the same concept, then one subject in a run of names, then the
    nearer of numbers told nearly alike):
    the other pair counts `margin` under the preferred one. Best pair first, the claim
    then joins that partner, not the rival merged first because its words scored a point
    higher ("more than 30 soldiers": "8 soldiers" of "33 militants, 29 passengers and 8
    soldiers", not the bare "33"; "$76.40 a barrel": the "$76.20" of "Brent rose to $80.50
    a barrel, while WTI gained to $76.20"). A rival scoring further above keeps its score
    (its words tell more), and claims the evidence does not tell apart keep theirs."""
    if margin <= 0:
        return {}
    partners: dict[int, list[tuple[int, float]]] = {}
    hard: set[int] = set()
    for key, score, veto in zip(keys, scores, vetoes, strict=True):
        if veto == HARD:
            hard.add(key)
            continue
        if veto or score <= 0 or score < cutoff:
            continue
        i, j = divmod(key, size)
        if members[i].source_id != members[j].source_id:
            partners.setdefault(i, []).append((j, score))
            partners.setdefault(j, []).append((i, score))
    demoted: dict[int, float] = {}
    for i, found in sorted(partners.items()):
        by_source: dict[str, list[tuple[int, float]]] = {}
        for j, score in found:
            by_source.setdefault(members[j].source_id, []).append((j, score))
        for rivals in by_source.values():
            if len(rivals) < 2:
                continue
            rank = {j: evidence(members[i], members[j]) for j, _ in rivals}
            best, best_score = max(rivals, key=lambda r: (rank[r[0]], r[1], -r[0]))
            for j, score in rivals:
                if rank[j] == rank[best] or abs(score - best_score) > margin:
                    continue  # no worse evidence, or words that tell more than a tie
                if min(j, best) * size + max(j, best) not in hard:
                    continue  # they may be one fact: no rivals
                key = min(i, j) * size + max(i, j)
                demoted[key] = min(demoted.get(key, score), best_score - margin)
    return demoted


def _join_changed(
    members: Sequence[Claim],
    feats: Sequence[Features],
    decisions: PairTable,
    kind: Kind,
    pruned: bool,
    memory: BlockMemory,
) -> tuple[list[int], dict[int, Cluster]]:
    """`_join` of a block clustered in a run before (`memory`), and the clusters kept then
    that hold again, by label.

    Clusters join along pairs that count for something (a weight above 0 in `_weight_of`),
    so they never reach past a component of the graph of those pairs; and what a component
    becomes depends on its members and the pairs decided among them alone (a veto or a 0
    to a claim of another component never joins nor parts anything). A component whose
    members are all unchanged and paired as before (`BlockMemory.stable`) was the same
    component then, with the same pairs: its clusters are the ones kept, reasons included.
    The others are joined again, each on its own, with the same labels' order (members keep
    their block order)."""
    average = kind.linkage == "average"
    soft = kind.rules.matching.soft_veto_score if average else None
    n = len(members)
    keys, scores, vetoes = decisions.arrays()  # the candidates: nothing else decided yet
    root_of = _components(
        n,
        (
            divmod(key, n)
            for key, score, veto in zip(keys, scores, vetoes, strict=True)
            if (_weight_of(score, veto, soft) or 0.0) > 0
        ),
    )
    components: dict[int, list[int]] = {}
    for i, root in enumerate(root_of):
        components.setdefault(root, []).append(i)
    stable = memory.stable(members, keys)
    kept = memory.clusters_by_claim()
    label = list(range(n))
    reuse: dict[int, Cluster] = {}
    changed: dict[int, list[tuple[int, int]]] = {}
    for root, ids in components.items():
        found = [kept.get(members[i].id) for i in ids] if all(stable[i] for i in ids) else []
        same = [c for c in found if c is not None]
        sizes = {id(c): len(c.claim_ids) for c in same}  # each kept cluster once
        if same and len(same) == len(ids) and sum(sizes.values()) == len(ids):
            first: dict[int, int] = {}
            for i, cluster in zip(ids, same, strict=True):
                at = label[i] = first.setdefault(id(cluster), i)
                reuse[at] = cluster
        else:
            changed[root] = []
    if not changed:
        return label, reuse
    for key in keys:
        i, j = divmod(key, n)
        root = root_of[i]
        if root == root_of[j] and root in changed:
            changed[root].append((i, j))
    fresh = n  # labels of clusters made alone in refining: never a member's index
    for root, pairs in changed.items():
        ids = components[root]
        table = _part(ids, pairs, members, feats, decisions, kind)
        part = _join([members[g] for g in ids], [feats[g] for g in ids], table, kind, pruned)
        made: dict[int, int] = {}
        for x, own in enumerate(part):
            if own < len(ids):
                label[ids[x]] = ids[own]
            else:
                if own not in made:
                    made[own] = fresh
                    fresh += 1
                label[ids[x]] = made[own]
    return label, reuse


def _part(
    ids: Sequence[int],
    pairs: Sequence[tuple[int, int]],
    members: Sequence[Claim],
    feats: Sequence[Features],
    decisions: PairTable,
    kind: Kind,
) -> PairTable:
    """The pairs of the block's members `ids` (ascending) as a table of their own, `pairs`
    (ascending) its candidates: each decision is the block's (`decisions`), and a pair
    decided while joining is decided in the block's table too, as joining the whole block
    would have."""
    where = {g: x for x, g in enumerate(ids)}
    table = PairTable(
        len(ids),
        lambda x, y: kind.decide(members[ids[x]], members[ids[y]], feats[ids[x]], feats[ids[y]]),
        lambda x, y: decisions.get(ids[x], ids[y]),
    )
    table.decide_all((where[i], where[j]) for i, j in pairs)
    return table


def _clusters(
    key: str,
    members: Sequence[Claim],
    label: Sequence[int],
    decisions: PairTable,
    reuse: Mapping[int, Cluster] | None = None,
) -> list[Cluster]:
    """The clusters of one block's labels, each with its score and reasons: a cluster's
    joined pairs give theirs; a claim that joined none gives the vetoes that kept it apart.
    Only those pairs' reasons are read: each is decided again (`PairTable.decision`). A
    label in `reuse` gives the cluster kept for it, reasons and all."""
    reuse = reuse or {}
    # per label, its joined pairs' keys and scores (arrays, not a tuple a pair: a large
    # block's joined pairs are many)
    joined_by_label: dict[int, tuple[array[int], array[float]]] = {}
    outweighed_by_label: dict[int, list[tuple[int, int]]] = {}
    # (the table's arrays in pair order, as `PairTable.items` lists them: a pair is read
    # whole only when it may count, a soft veto or a match)
    pairs, scores, veto_of = decisions.arrays()
    size = decisions.size
    for pair, score, veto in zip(pairs, scores, veto_of, strict=True):
        if veto == SOFT:
            i, j = divmod(pair, size)
            if label[i] == label[j]:  # the other pairs outweighed it
                outweighed_by_label.setdefault(label[i], []).append((i, j))
        elif not veto and score > 0:
            i, j = divmod(pair, size)
            if label[i] == label[j]:
                keys, joined_scores = joined_by_label.setdefault(label[i], (array("q"), array("d")))
                keys.append(pair)
                joined_scores.append(score)
    ids_of: dict[int, list[int]] = {}
    for i, at in enumerate(label):
        ids_of.setdefault(at, []).append(i)
    alone = {
        i
        for at, ids in ids_of.items()
        if at not in reuse and (len(ids) == 1 or at not in joined_by_label)
        for i in ids
    }
    vetoes_of: dict[int, array[int]] = {}  # per claim alone, its vetoed pairs' keys
    if alone:
        for pair, veto in zip(pairs, veto_of, strict=True):
            if not veto:
                continue
            i, j = divmod(pair, size)
            if (i in alone or j in alone) and not (veto == SOFT and label[i] == label[j]):
                vetoes_of.setdefault(i, array("q")).append(pair)
                vetoes_of.setdefault(j, array("q")).append(pair)
    del pairs, scores, veto_of  # (with pairs decided while joining, a copy) not held further
    clusters = []
    for at, ids in ids_of.items():
        if at in reuse:
            clusters.append(reuse[at])
            continue
        if len(ids) == 1 and ids[0] not in vetoes_of:  # the most common: one claim, no veto
            clusters.append(Cluster(key, (members[ids[0]].id,), _ALONE))
            continue
        joined, joined_scores = joined_by_label.get(at, _NONE_JOINED)
        reasons: list[Reason]
        if len(ids) > 1 and joined:
            score = min(joined_scores)
            reasons = list(
                dict.fromkeys(
                    r for pair in joined for r in decisions.decision(*divmod(pair, size)).reasons
                )
            )
            weighed = (decisions.decision(i, j).veto for i, j in outweighed_by_label.get(at, []))
            reasons += dict.fromkeys(Outweighed(veto) for veto in weighed if veto)
        else:
            score = 100.0
            reasons = [Alone()]
            kept = sorted({pair for i in ids for pair in vetoes_of.get(i, ())})
            vetoes = (decisions.decision(*divmod(pair, size)).veto for pair in kept)
            reasons += dict.fromkeys(KeptApart(veto) for veto in vetoes if veto)
        clusters.append(
            Cluster(key, tuple(sorted(members[i].id for i in ids)), Match(score, tuple(reasons)))
        )
    return clusters


_ALONE = Match(100.0, (Alone(),))  # a claim that no other joined nor kept apart
_NONE_JOINED: tuple[array[int], array[float]] = (array("q"), array("d"))


def _refine(
    label: list[int],
    members: Sequence[Claim],
    decisions: PairTable,
    decide: Callable[[int, int], Decided],
    cutoff: float,
    passes: int,
    soft: float | None = None,
    preferred: Mapping[int, float] | None = None,
) -> list[int]:
    """The best-pair-first clusters of one block, improved by moving single claims: a claim
    goes to the cluster whose decided pairs with it have the highest mean score when that
    mean reaches `cutoff` and the move is better on both counts a cluster is judged by: the
    mean score of the claim's pairs in it (average linkage) and their summed margin, score
    minus `cutoff` (correlation clustering; one strong pair to a lone claim does not beat
    two good ones, nor two fair pairs one strong one). Never to a cluster holding a claim
    it vetoes (a hard veto is a cannot-link; a soft one counts `soft`, or is hard when
    `soft` is None), but for a claim of its own source that the cluster holds and that
    fits it worse (`_rival`: a second number of its sentence): that one leaves, and the
    claim takes its place. A claim whose own cluster falls under `cutoff` and
    that fits nowhere else stands alone. Then clusters that now fit join, as the first
    joins do: the mean score of the pairs between them reaches `cutoff`.

    Best-pair-first joins lock in their first mistakes: a claim joined early to the wrong
    cluster carries vetoes that keep its true partners away, though it resembles them more
    than the cluster it is in. Each pass visits the claims in block order; ties go to the
    lowest cluster label; at most `passes` passes (a pass that changes nothing ends it
    sooner). Work per pass is linear in the decided pairs.
    """
    n = len(label)
    label = list(label)
    score: list[dict[int, float]] = [{} for _ in range(n)]
    cannot: defaultdict[int, set[int]] = defaultdict(set)  # a set only for a claim vetoed

    def learn_of(i: int, j: int, decided: float, veto: int) -> None:
        weight = _weight_of(decided, veto, soft)
        if weight is None:
            cannot[i].add(j)
            cannot[j].add(i)
        else:
            score[i][j] = score[j][i] = weight
            if veto:  # weighs in a mean, is no match
                weak.add((min(i, j), max(i, j)))

    def learn(i: int, j: int, d: Decided) -> None:
        learn_of(i, j, d.score, d.veto)

    weak: set[tuple[int, int]] = set()
    index = list(range(n))  # one int object per claim, shared by every entry (as `_join`)
    keys, scores, vetoes = decisions.arrays()  # as `PairTable.items` lists them
    size = decisions.size
    preferred = preferred or {}
    for key, weight, veto in zip(keys, scores, vetoes, strict=True):
        i, j = divmod(key, size)
        learn_of(index[i], index[j], preferred.get(key, weight), veto)
    del keys, scores, vetoes  # (with pairs decided while joining, a copy) not held in passes
    inside: dict[int, set[int]] = {}
    for i, at in enumerate(label):
        inside.setdefault(at, set()).add(i)
    fresh = n  # labels of clusters made here: never one a first-join root holds
    swapped: set[tuple[int, int]] = set()  # (claim, rival) swaps made (`_rival`)

    def allowed(i: int, at: int, leaving: int | None = None) -> bool:
        """Whether claim i may join cluster `at`: no veto with any of its claims (but
        `leaving`, a claim about to leave it). Pairs of one source are always decided (a
        pruned block may not have); others when known."""
        if any(label[j] == at and j != leaving for j in cannot.get(i, ())):
            return False
        for j in sorted(inside[at]):
            if j == leaving:
                continue
            if members[j].source_id == members[i].source_id and j not in score[i]:
                learn(i, j, decide(i, j))
                if j in cannot.get(i, ()):
                    return False
        return True

    def move(i: int, at: int) -> None:
        inside[label[i]].discard(i)
        if not inside[label[i]]:
            del inside[label[i]]
        inside.setdefault(at, set()).add(i)
        label[i] = at

    for _ in range(passes):
        changed = False
        for i in range(n):
            here = label[i]
            sums: dict[int, list[float]] = {}
            for j, s in score[i].items():
                total = sums.setdefault(label[j], [0.0, 0.0, 0.0])
                total[0] += s
                total[1] += 1
                if (min(i, j), max(i, j)) not in weak:
                    total[2] = max(total[2], s)
            own = sums.pop(here, None)
            stay, kept = (own[0] / own[1], own[0] - cutoff * own[1]) if own else (cutoff, 0.0)
            options = sorted(
                (-total / count, at)
                for at, (total, count, best) in sums.items()
                if best > 0
                and total / count >= cutoff
                and total / count > stay + _EPSILON
                and total - cutoff * count > kept + _EPSILON
            )
            target = next((at for _, at in options if allowed(i, at)), None)
            if target is None and options:
                # the best cluster may hold a rival of the claim's own source (a second
                # number of its sentence): the cluster takes the one that fits it better
                rival = _rival(i, options[0][1], members, inside, score, cannot, weak, cutoff)
                if (
                    rival is not None
                    and (i, rival) not in swapped
                    and allowed(i, options[0][1], rival)
                ):
                    # once per two claims: the cluster joins below weigh the two by all
                    # their pairs, and may take the rival back
                    swapped.add((i, rival))
                    move(rival, fresh)
                    fresh += 1
                    target = options[0][1]
            if target is None and len(inside[here]) > 1 and stay < cutoff - _EPSILON:
                target = fresh
                fresh += 1
            if target is not None:
                move(i, target)
                changed = True
        # Clusters that fit once claims have moved join, best pair first, each once a pass.
        between: dict[tuple[int, int], list[float]] = {}
        for i in range(n):
            for j, s in score[i].items():
                if i < j and label[i] != label[j]:
                    pair = (min(label[i], label[j]), max(label[i], label[j]))
                    total = between.setdefault(pair, [0.0, 0.0, 0.0])
                    total[0] += s
                    total[1] += 1
                    if (i, j) not in weak:
                        total[2] = max(total[2], s)
        joins = sorted(
            (-best, x, y)
            for (x, y), (total, count, best) in between.items()
            if best > 0 and total / count >= cutoff
        )
        touched: set[int] = set()
        for _, x, y in joins:
            if x in touched or y in touched:
                continue
            if not all([allowed(i, x) for i in sorted(inside[y])]):  # each pair learnt
                # A veto of one claim with the other cluster need not keep the rest apart:
                # the claims holding the vetoes may leave their cluster instead.
                evicted = _evicted(x, y, inside, score, cannot, weak, cutoff)
                if evicted is None:
                    continue
                for i in evicted:
                    move(i, fresh)
                fresh += 1
            for i in sorted(inside[y]):
                move(i, x)
            touched |= {x, y}
            changed = True
        if not changed:
            break
    return label


def _rival(
    i: int,
    at: int,
    members: Sequence[Claim],
    inside: Mapping[int, set[int]],
    score: Sequence[Mapping[int, float]],
    cannot: Mapping[int, set[int]],
    weak: set[tuple[int, int]],
    cutoff: float,
) -> int | None:
    """The one claim of cluster `at` that keeps claim i out of it, when it is of i's own
    source (a second number of i's sentence, another figure of its source: the cluster can
    take one of the two) and i fits the rest of the cluster better: over the others both
    were decided with, a higher mean score (so a higher summed margin, score minus
    `cutoff`), at least `cutoff`, with a match among them. Else None.

    Best-pair-first joins let whichever of two rivals scored a pair first take a cluster,
    though the other's pairs with the rest of it are better ("killed 12 and injured 40":
    the 40 joined the cluster of an injured count by one pair, while the 12 matches the
    cluster's other tolls); the cluster keeps the claim that fits it best."""
    blocking = [j for j in cannot.get(i, ()) if j in inside[at]]
    if len(blocking) != 1:
        return None
    j = blocking[0]
    if members[j].source_id != members[i].source_id:
        return None
    # weighed over the claims of the rest that both were decided with, so that of two
    # rivals at most one fits better: a swap is never undone by the other's
    rest = sorted(k for k in inside[at] - {j} if k in score[i] and k in score[j])
    if not any(score[i][k] > 0 and (min(i, k), max(i, k)) not in weak for k in rest):
        return None
    ours = sum(score[i][k] for k in rest)
    theirs = sum(score[j][k] for k in rest)
    if ours / len(rest) < cutoff or ours <= theirs + _EPSILON:
        return None
    return j


def _evicted(
    x: int,
    y: int,
    inside: Mapping[int, set[int]],
    score: Sequence[Mapping[int, float]],
    cannot: Mapping[int, set[int]],
    weak: set[tuple[int, int]],
    cutoff: float,
) -> list[int] | None:
    """The claims of cluster `x` or of `y` that veto claims of the other, when taking them
    out of their cluster to join the rest of the two gains more than it loses, or None.

    Both clusters' decided pairs are weighed as a claim's move weighs them: the pairs the
    join makes against those the leaving claims had in their own cluster, by their summed
    margin (score minus `cutoff`) and by their mean; both must be higher. The claims that
    leave stay together, a cluster of their own; those of one side only leave, never more
    than stay, and the pairs joined must still average `cutoff` and hold a match.
    """
    best: tuple[float, list[int]] | None = None
    for side, other in ((x, y), (y, x)):
        leaving = sorted(i for i in inside[side] if any(j in inside[other] for j in cannot[i]))
        staying = inside[side] - set(leaving)
        if not leaving or len(leaving) > len(staying):
            continue
        pairs = [(i, j, s) for i in staying for j, s in score[i].items() if j in inside[other]]
        joined = [s for _, _, s in pairs]
        matched = any(s > 0 and (min(i, j), max(i, j)) not in weak for i, j, s in pairs)
        if not matched or sum(joined) / len(joined) < cutoff:
            continue
        kept = [s for i in leaving for j, s in score[i].items() if j in staying]
        gain = sum(s - cutoff for s in joined) - sum(s - cutoff for s in kept)
        if kept and sum(joined) / len(joined) <= sum(kept) / len(kept) + _EPSILON:
            continue  # the pairs broken were better ones, if fewer
        if gain > _EPSILON and (best is None or gain > best[0] + _EPSILON):
            best = (gain, leaving)
    return best[1] if best else None


_EPSILON = 1e-9  # a gain smaller than this is none (float sums in different orders)


def _cannot_link(decision: Decided, soft: float | None) -> bool:
    """Whether a pair decision keeps its claims out of one cluster whatever else holds: a
    hard veto (`Reason.soft` False), or a soft one when `soft` is None."""
    return _weight(decision, soft) is None


def _weight(decision: Decided, soft: float | None) -> float | None:
    """What a decided pair counts in the joins: its score; `soft` for a soft veto; None (a
    cannot-link) for a hard veto, and for a soft one when `soft` is None."""
    return _weight_of(decision.score, decision.veto, soft)


def _weight_of(score: float, veto: int, soft: float | None) -> float | None:
    """`_weight` of a pair as `PairTable.items` lists it (its veto: 0, `HARD` or `SOFT`)."""
    if not veto:
        return score
    return soft if veto == SOFT else None


def pruning_note(key: str, size: int, max_block: int) -> str:
    """What the report says of a block too large to compare pair by pair."""
    return (
        f"block {key!r} has {size} claims, more than max_block ({max_block}):"
        " compared only claims sharing a rare word and the"
        f" {_NEIGHBOURS} nearest by their words and value, not every pair"
    )


def _candidate_pairs(
    members: list[Claim], feats: list[Features], kind: Kind
) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing: all of a small block; in a large one, those sharing a rare word."""
    n = len(members)
    rules = kind.rules
    if n <= rules.matching.max_block:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    # Each claim's postings (the claims holding each of its words, ascending), so that the
    # pairs are made row by row: those of claim i with the claims after it, in order. The
    # pairs of a large block are never held all at once (a set of them took some 60 bytes
    # a pair: 13 MiB for the 215,312 of the largest block of 5,000 generated sources, the
    # named things the run reads); the pair table keeps their decisions in arrays.
    index: dict[str, list[int]] = {}
    postings_of: list[list[list[int]]] = []
    for i, f in enumerate(feats):
        keys = set(f.words) | {f"place:{p}" for p in f.places} | {f"who:{s}" for s in f.subject}
        keys |= {f"story:{w}" for w in f.story.split()}  # the names of its item
        keys |= set(kind.posting_keys(members[i]))
        own = []
        for word in keys:
            posting = index.get(word)
            if posting is None:
                posting = index[word] = []
            posting.append(i)
            own.append(posting)
        postings_of.append(own)
    del index
    near: dict[int, list[int]] = {}  # the nearest claims after each claim (below)
    # Words too common to propose pairs leave copies of one story unpaired: each claim is
    # also paired with its nearest claims of other sources in two cheap orders (by its
    # words, by its value), so the strongest candidates are never pruned away. (A block of
    # one source's claims has none: a long article's are paired by words alone.)
    first = members[0].source_id
    if any(c.source_id != first for c in members):
        for order in (
            sorted(range(n), key=lambda i: (feats[i].text, members[i].value or 0.0, i)),
            sorted(range(n), key=lambda i: (members[i].value or 0.0, feats[i].text, i)),
        ):
            for at, i in enumerate(order):
                taken = 0
                for j in order[at + 1 : at + 1 + 4 * _NEIGHBOURS]:
                    if members[j].source_id == members[i].source_id:
                        continue  # neighbours join sources: one source's own claims pair by words
                    near.setdefault(min(i, j), []).append(max(i, j))
                    taken += 1
                    if taken == _NEIGHBOURS:
                        break
    return _rows(postings_of, near, rules.matching.max_word_claims)


def _rows(
    postings_of: list[list[list[int]]], near: dict[int, list[int]], limit: int
) -> Iterator[tuple[int, int]]:
    """The candidate pairs (i, j), i < j, ascending: for each claim i in turn, the claims
    after it in any posting of its words of at most `limit` claims (a posting longer than
    that is a word too common to propose pairs), and its nearest claims in `near`."""
    for i, postings in enumerate(postings_of):
        partners = set(near.pop(i, ()))
        for posting in postings:
            if len(posting) <= limit:
                partners.update(posting[bisect_right(posting, i) :])
        postings_of[i] = []  # read: not held while the rest are paired
        for j in sorted(partners):
            yield i, j


_NEIGHBOURS = 3  # claims paired with each claim in each cheap order of a pruned block
