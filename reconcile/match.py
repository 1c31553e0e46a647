"""Match: decide which claims, from any sources, state the same underlying fact.

Claims go into a polars table. Blocking puts together only claims of the same kind,
dimension and change direction, and for counts the same counted-noun class, so troops never
meet dollars and a level never meets a change; offices meet by office, events by event
class. Within a block a pair is vetoed when both claims state different time anchors,
places, subjects, outcomes ("killed" / "injured") or noun classes, when the numbers are
orders of magnitude apart, or when one source gives two different numbers in unlike
contexts. Otherwise it is scored with rapidfuzz: the words around the two claims, and the
proper names of their sources (the story), weighted and cut off as `rules/matching.toml`
says. Large blocks compare only claims that share a rare context word, so matching stays
sub-quadratic. Clusters grow from the best pairs and never join two claims that veto each
other. Each cluster keeps its score and the reasons, which `reconcile explain` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

import polars as pl
from rapidfuzz import fuzz

from reconcile.dates import date_relation
from reconcile.models import Claim, Cluster, Match, Source
from reconcile.names import alias_table, fold, same_person, unqualified_title
from reconcile.rules import RuleSet

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAPITALIZED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


def block_key(claim: Claim) -> str | None:
    """The block a claim belongs to, or None when it cannot be matched at all."""
    if claim.kind in ("office", "event"):
        return f"{claim.kind}|{claim.dimension}"
    if claim.kind == "count":
        # A count is only as good as what it counts: without a noun it matches nothing.
        if claim.noun_class is None:
            return None
        return "|".join((claim.kind, claim.dimension, claim.noun_class, claim.change or "level"))
    # Money, measures and percentages often leave what they measure unsaid ("$4.2 billion"),
    # so they block by unit and change; two stated, different subjects are a veto instead.
    return "|".join((claim.kind, claim.dimension, claim.change or "level"))


def claims_table(claims: Sequence[Claim]) -> pl.DataFrame:
    """The claims as a columnar table: one row per claim, with its block key."""
    return pl.DataFrame(
        {
            "id": [c.id for c in claims],
            "source_id": [c.source_id for c in claims],
            "block": [block_key(c) for c in claims],
            "start": [c.start for c in claims],
        },
        schema={"id": pl.String, "source_id": pl.String, "block": pl.String, "start": pl.Int64},
    )


@dataclass(frozen=True)
class PairDecision:
    """The outcome of comparing two claims: a score, or a veto with its reason."""

    score: float
    reasons: tuple[str, ...]
    veto: str | None = None


@dataclass(frozen=True)
class Features:
    """What matching reads from a claim, computed once: keys for vetoes, words for scoring."""

    time: str
    places: frozenset[str]
    subject: frozenset[str]
    words: frozenset[str]
    text: str  # the words, sorted and joined: what rapidfuzz compares
    published: str | None = None
    topic: str = ""  # proper names of the claim's source, sorted: which story it tells
    outcome: str = ""  # what happened to what is counted, nearest to it: killed, injured


def features(
    claim: Claim, rules: RuleSet, published: str | None = None, topic: str = ""
) -> Features:
    """The matching features of one claim."""
    apply = alias_table(rules).apply
    place_filler = _folded_set(rules.matching.place_filler)
    places = frozenset(
        w for w in _words(apply(claim.context.location or "")) if w not in place_filler
    )
    words = _window_words(claim, rules)
    return Features(
        time=_time_key(claim.context.time, published),
        places=places,
        subject=_subject(claim, rules),
        words=words,
        text=" ".join(sorted(words)),
        published=published,
        topic=topic,
        outcome=_outcome(claim, rules),
    )


def match(
    claims: Sequence[Claim],
    rules: RuleSet,
    sources: Sequence[Source] = (),
    notes: list[str] | None = None,
) -> tuple[Cluster, ...]:
    """Clusters of claims that state the same fact; every claim is in exactly one cluster.

    `sources` give each claim's publication date (office holders named by sources published
    far apart are not compared: the office may have changed hands; "last year" becomes a
    year) and the proper names of the whole text (which story a source tells); without
    them, dates are unknown and the story is read from the claims' sentences. A block too
    large to compare pair by pair is pruned, and `notes` (when given) says so.
    """
    dates = {s.id: s.published for s in sources}
    by_id = {c.id: c for c in claims}
    topics = source_topics(claims, rules, sources)
    table = claims_table(claims).sort(["block", "source_id", "start", "id"])
    clusters: list[Cluster] = []
    unmatched = table.filter(pl.col("block").is_null())["id"].to_list()
    for (key,), group in table.filter(pl.col("block").is_not_null()).group_by(
        ["block"], maintain_order=True
    ):
        members = [by_id[i] for i in group["id"].to_list()]
        clusters.extend(_cluster_block(str(key), members, rules, dates, topics, notes))
    for claim_id in unmatched:
        clusters.append(
            Cluster(
                key="",
                claim_ids=(claim_id,),
                match=Match(100.0, ("not matched: the claim names nothing it counts",)),
            )
        )
    return tuple(sorted(clusters, key=lambda c: c.claim_ids))


def source_topics(
    claims: Sequence[Claim], rules: RuleSet, sources: Sequence[Source] = ()
) -> dict[str, str]:
    """Per source, the proper names it uses (title and text): what story the source tells.

    Two claims of one block from sources telling one story are likelier one fact; the words
    are sorted and joined for rapidfuzz. Without the source, its claims' sentences serve.
    """
    never = _folded_set(rules.matching.not_subjects) | _folded_set(rules.aliases.not_names)
    apply = alias_table(rules).apply
    texts: dict[str, list[str]] = {}
    for source in sources:
        texts[source.id] = [source.title or "", source.text[source.body_start :]]
    for claim in claims:
        if claim.source_id not in texts or not sources:
            texts.setdefault(claim.source_id, []).append(claim.sentence)
    topics: dict[str, str] = {}
    for source_id, parts in texts.items():
        names: list[str] = []
        for part in parts:
            for sentence in _SENTENCE_BREAK.split(part):
                for token in _CAPITALIZED.finditer(sentence):
                    if token.start() == 0:
                        continue  # a capital only because the sentence starts here
                    word = re.sub(r"['’]s$", "", token.group(0))
                    if fold(word) not in never:
                        names.append(word)
        topics[source_id] = " ".join(sorted(set(_words(apply(" ".join(names))))))
    return topics


def compare_pair(
    a: Claim,
    b: Claim,
    rules: RuleSet,
    fa: Features | None = None,
    fb: Features | None = None,
) -> PairDecision:
    """Whether two claims of one block state the same fact, and why."""
    fa = fa or features(a, rules)
    fb = fb or features(b, rules)
    if a.kind == "office":
        return _office_pair(a, b, rules, fa, fb)
    if a.kind == "event":
        return _event_pair(a, b, rules, fa, fb)
    veto = vetoes(a, b, fa, fb) or _far_apart(a, b, rules.matching.max_value_ratio)
    if veto:
        return PairDecision(0.0, (), veto)
    what = a.noun_class or b.noun_class or a.unit
    reasons = [f"same block: {a.kind} of {what}" + (f", {a.change}" if a.change else "")]
    if fa.places & fb.places:
        reasons.append("shared place: " + ", ".join(sorted(fa.places & fb.places)))
    if fa.time and fa.time == fb.time:
        reasons.append(f"same time: {a.context.time}")
    if fa.outcome and fa.outcome == fb.outcome:
        reasons.append(f"same outcome: {fa.outcome}")
    if fa.subject & fb.subject:
        reasons.append("same subject: " + ", ".join(sorted(fa.subject & fb.subject)))
    m = rules.matching
    near = fuzz.token_set_ratio(fa.text, fb.text, score_cutoff=m.window_cutoff)
    if near == 0:
        return PairDecision(0.0, (), "the words around the claims differ")
    if fa.topic and fb.topic:
        story = fuzz.token_set_ratio(fa.topic, fb.topic, score_cutoff=m.story_cutoff)
        score = (1 - m.story_weight) * near + m.story_weight * story
    else:  # a source that names nobody tells nothing about its story
        story, score = 0.0, near
    same_number = (
        a.value is not None
        and a.value == b.value
        and a.value_high == b.value_high
        and a.source_id != b.source_id
    )
    if same_number:
        # Two sources stating one number in one block: likelier the same fact than not.
        score = min(100.0, score + m.same_number_bonus)
    if score < m.context_cutoff:
        return PairDecision(
            0.0, (), f"contexts too different (words {near:.0f}, story {story:.0f})"
        )
    if (
        a.source_id == b.source_id
        and not a.interval.overlaps(b.interval)
        and score < rules.matching.same_source_cutoff
    ):
        # One article giving two different numbers of one kind nearly always means two
        # facts; only near-identical contexts make it a source contradicting itself.
        return PairDecision(0.0, (), f"one source, different numbers, similarity {score:.0f}")
    shared = sorted(fa.words & fb.words)
    if shared:
        reasons.append("shared words: " + ", ".join(shared[:8]))
    if same_number:
        reasons.append(f"same number stated (+{m.same_number_bonus:.0f})")
    reasons.append(f"context similarity {score:.0f} (words around {near:.0f}, story {story:.0f})")
    return PairDecision(float(score), tuple(reasons))


def vetoes(a: Claim, b: Claim, fa: Features, fb: Features) -> str | None:
    """Why two claims of one block cannot be one fact, or None."""
    if fa.time and fb.time and fa.time != fb.time:
        return f"different time: {a.context.time!r} vs {b.context.time!r}"
    if fa.places and fb.places and not (fa.places & fb.places):
        return f"different place: {a.context.location!r} vs {b.context.location!r}"
    if fa.outcome and fb.outcome and fa.outcome != fb.outcome:
        return f"different outcome: {fa.outcome} vs {fb.outcome}"
    if fa.subject and fb.subject and not (fa.subject & fb.subject):
        return (
            f"different subject: {', '.join(sorted(fa.subject))} vs {', '.join(sorted(fb.subject))}"
        )
    if a.noun_class and b.noun_class and a.noun_class != b.noun_class:
        return f"different subject: {a.noun_class} vs {b.noun_class}"
    if a.source_id == b.source_id and a.sentence == b.sentence and a.start != b.start:
        return "two claims of one sentence"
    return None


def _far_apart(a: Claim, b: Claim, max_ratio: float) -> str | None:
    """Numbers that far apart ("35 people", "120,000 people") are two facts, not a conflict."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    low, high = sorted((a.value, b.value))
    if high / low > max_ratio:
        return f"numbers too far apart to be one fact: {a.quote!r} vs {b.quote!r}"
    return None


def _office_pair(a: Claim, b: Claim, rules: RuleSet, fa: Features, fb: Features) -> PairDecision:
    reasons = [f"same office: {a.noun_class}"]
    same = same_person(a.entity or "", b.entity or "", rules.aliases.surname_cutoff)
    if not same and fa.published and fb.published:
        days = abs((date.fromisoformat(fa.published) - date.fromisoformat(fb.published)).days)
        if days > rules.matching.office_window_days:
            return PairDecision(
                0.0,
                (),
                f"different holders named {days} days apart: the office may have changed hands",
            )
    if not same and (
        unqualified_title(a.quote, a.dimension.removeprefix("office:"), rules)
        or unqualified_title(b.quote, b.dimension.removeprefix("office:"), rules)
    ):
        return PairDecision(
            0.0,
            (),
            f"different people ({a.entity_text} / {b.entity_text}) under a title that names no"
            " country: maybe two offices",
        )
    if same:
        reasons.append(f"same person: {a.entity_text} / {b.entity_text}")
    else:
        reasons.append(f"different people named: {a.entity_text} / {b.entity_text}")
    return PairDecision(100.0, tuple(reasons))


def _event_pair(a: Claim, b: Claim, rules: RuleSet, fa: Features, fb: Features) -> PairDecision:
    apply = alias_table(rules).apply
    name_a, name_b = apply(a.counted_noun or ""), apply(b.counted_noun or "")
    if len(name_a.split()) > 1 and len(name_b.split()) > 1:
        how = "event names"
        score = fuzz.token_sort_ratio(name_a, name_b, score_cutoff=rules.matching.event_cutoff)
    else:  # a bare "summit": what the sentence says around it must match
        how = "event name and words around"
        score = fuzz.token_set_ratio(
            f"{name_a} {fa.text}", f"{name_b} {fb.text}", score_cutoff=rules.matching.event_cutoff
        )
    if score == 0:
        return PairDecision(0.0, (), f"different events: {a.counted_noun!r} vs {b.counted_noun!r}")
    differ = []
    if a.date and b.date and date_relation(a.date, b.date) == "different":
        differ.append(f"dates {a.date} / {b.date}")
    if fa.places and fb.places and not (fa.places & fb.places):
        differ.append(f"places {a.context.location} / {b.context.location}")
    if differ and (how != "event names" or a.source_id == b.source_id):
        # "talks on Monday" and "talks on Tuesday" are more often two sessions than a
        # disagreement: only events named alike by two sources can conflict.
        return PairDecision(
            0.0, (), f"likely different events ({'; '.join(differ)}): {how} similar {score:.0f}"
        )
    return PairDecision(
        float(score), (f"same kind of event: {a.noun_class}", f"{how} similar {score:.0f}")
    )


def _cluster_block(
    key: str,
    members: list[Claim],
    rules: RuleSet,
    dates: dict[str, str | None],
    topics: dict[str, str],
    notes: list[str] | None = None,
) -> list[Cluster]:
    feats = [
        features(c, rules, dates.get(c.source_id), topics.get(c.source_id, "")) for c in members
    ]
    decisions: dict[tuple[int, int], PairDecision] = {}

    def decide(i: int, j: int) -> PairDecision:
        pair = (min(i, j), max(i, j))
        if pair not in decisions:
            x, y = pair
            decisions[pair] = compare_pair(members[x], members[y], rules, feats[x], feats[y])
        return decisions[pair]

    candidates = _candidate_pairs(members, feats, rules)
    if len(members) > rules.matching.max_block and notes is not None:
        notes.append(
            f"block {key!r} has {len(members)} claims, more than max_block"
            f" ({rules.matching.max_block}): compared only claims sharing a rare word and"
            f" the {_NEIGHBOURS} nearest by their words and value, not every pair"
        )
    for i, j in candidates:
        decide(i, j)
    parent = list(range(len(members)))
    # Each group, by signature: claims whose every field that a decision reads is equal
    # (all but id, source and position) decide alike against any claim of another source,
    # so copies of one story are compared once, not pair by pair.
    signature = [
        (replace(c, id="", source_id="", start=0, end=0), f)
        for c, f in zip(members, feats, strict=True)
    ]
    groups: dict[int, dict[object, list[int]]] = {
        i: {signature[i]: [i]} for i in range(len(members))
    }
    by_source: dict[int, dict[str, list[int]]] = {
        i: {members[i].source_id: [i]} for i in range(len(members))
    }

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
        if len(by_source[a]) == 1 and by_source[a].keys() == by_source[b].keys():
            # One source on both sides: every pair is a same-source pair, checked below.
            return any(
                decide(x, y).veto is not None
                for xs in by_source[a].values()
                for x in xs
                for ys in by_source[b].values()
                for y in ys
            )
        for xs in groups[a].values():
            for ys in groups[b].values():
                pair = representative(xs, ys)
                if pair is not None and decide(*pair).veto is not None:
                    return True
        for source in by_source[a].keys() & by_source[b].keys():
            for x in by_source[a][source]:
                for y in by_source[b][source]:
                    if decide(x, y).veto is not None:
                        return True
        return False

    accepted = sorted(
        ((d.score, pair) for pair, d in decisions.items() if d.veto is None and d.score > 0),
        key=lambda item: (-item[0], item[1]),
    )
    for _, (i, j) in accepted:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            continue
        # Never chain across a veto: every claim of one group must be compatible with every
        # claim of the other, not just the two that scored best.
        if vetoed(root_i, root_j):
            continue
        parent[root_j] = root_i
        for sig, idx in groups.pop(root_j).items():
            groups[root_i].setdefault(sig, []).extend(idx)
        for source, idx in by_source.pop(root_j).items():
            by_source[root_i].setdefault(source, []).extend(idx)
    joined_by_root: dict[int, list[PairDecision]] = {}
    vetoes_of: dict[int, set[str]] = {}
    for (x, y), d in decisions.items():
        if d.veto:
            vetoes_of.setdefault(x, set()).add(d.veto)
            vetoes_of.setdefault(y, set()).add(d.veto)
        elif d.score > 0 and find(x) == find(y):
            joined_by_root.setdefault(find(x), []).append(d)
    clusters = []
    for root, by_signature in groups.items():
        ids = sorted(i for idx in by_signature.values() for i in idx)
        joined = joined_by_root.get(root, [])
        if len(ids) > 1 and joined:
            score = min(d.score for d in joined)
            reasons = sorted({r for d in joined for r in d.reasons}, key=_reason_order)
        else:
            score = 100.0
            reasons = ["no other claim states this fact"]
            kept_apart = sorted({v for i in ids for v in vetoes_of.get(i, ())})
            reasons += [f"kept apart from a similar claim: {v}" for v in kept_apart[:3]]
        clusters.append(
            Cluster(key, tuple(sorted(members[i].id for i in ids)), Match(score, tuple(reasons)))
        )
    return clusters


_REASON_ORDER = (
    ("same block", "same office", "same kind"),
    ("same person", "different people"),
    ("shared place", "same time", "same subject", "same outcome"),
    ("shared words", "same number"),
)


def _reason_order(reason: str) -> tuple[int, str]:
    """Reasons read from what was compared to how well it scored; then alphabetically."""
    for rank, prefixes in enumerate(_REASON_ORDER):
        if reason.startswith(prefixes):
            return rank, reason
    return len(_REASON_ORDER), reason


def _candidate_pairs(
    members: list[Claim], feats: list[Features], rules: RuleSet
) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing: all of a small block; in a large one, those sharing a rare word."""
    n = len(members)
    if n <= rules.matching.max_block:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    index: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        keys = set(f.words) | {f"place:{p}" for p in f.places} | {f"who:{s}" for s in f.subject}
        if members[i].kind in ("office", "event"):
            named = f"{members[i].entity or ''} {members[i].counted_noun or ''}"
            keys |= set(_words(fold(named)))
        for word in keys:
            index.setdefault(word, []).append(i)
    pairs: set[tuple[int, int]] = set()
    limit = rules.matching.max_word_claims
    for posting in index.values():
        if len(posting) > limit:
            continue
        for x in range(len(posting)):
            for y in range(x + 1, len(posting)):
                pairs.add((posting[x], posting[y]))
    # Words too common to propose pairs leave copies of one story unpaired: each claim is
    # also paired with its nearest claims in two cheap orders (by its words, by its value),
    # so the strongest candidates are never pruned away.
    for order in (
        sorted(range(n), key=lambda i: (feats[i].text, members[i].value or 0.0, i)),
        sorted(range(n), key=lambda i: (members[i].value or 0.0, feats[i].text, i)),
    ):
        for at, i in enumerate(order):
            taken = 0
            for j in order[at + 1 : at + 1 + 4 * _NEIGHBOURS]:
                if members[j].source_id == members[i].source_id:
                    continue  # neighbours join sources: one source's own claims pair by words
                pairs.add((min(i, j), max(i, j)))
                taken += 1
                if taken == _NEIGHBOURS:
                    break
    return sorted(pairs)


_NEIGHBOURS = 3  # claims paired with each claim in each cheap order of a pruned block


def _time_key(time: str | None, published: str | None = None) -> str:
    """A time anchor reduced to compare: 'in 2021 alone' is 'in 2021'; 'last year' in an
    article published in 2024 is 'in 2023' (left as written when the date is unknown)."""
    if not time:
        return ""
    words = [w for w in re.findall(r"\w+", fold(time)) if w != "alone"]
    if published and len(words) == 2 and words[1] == "year" and words[0] in ("last", "this"):
        year = int(published[:4]) - (1 if words[0] == "last" else 0)
        words = ["in", str(year)]
    return " ".join(words)


@cache
def _folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _words(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in _WORD.findall(text)]


def _window_words(claim: Claim, rules: RuleSet) -> frozenset[str]:
    """Content words around the claim in its sentence, folded and with aliases applied."""
    at = claim.sentence.find(claim.quote)
    if at < 0:
        before, after = claim.sentence, ""
    else:
        before, after = claim.sentence[:at], claim.sentence[at + len(claim.quote) :]
    width = rules.matching.context_window
    raw = before.split()[-width:] + after.split()[:width]
    apply = alias_table(rules).apply
    stop = _folded_set(rules.nouns.stopwords) | _folded_set(rules.matching.context_filler)
    words = set(_words(apply(" ".join(raw))))
    words |= set(_words(apply(claim.context.location or "")))
    return frozenset(w for w in words if w not in stop and len(w) > 1)


@cache
def _outcome_words(rules: RuleSet) -> dict[str, str]:
    return {fold(w): o.name for o in rules.matching.outcome for w in o.words}


def _outcome(claim: Claim, rules: RuleSet) -> str:
    """The outcome word nearest the claim in its sentence ("killed", "injured"), by group."""
    words = _outcome_words(rules)
    if not words:
        return ""
    at = claim.sentence.find(claim.quote)
    if at < 0:
        return ""
    before = _words(fold(claim.sentence[:at]))
    after = _words(fold(claim.sentence[at + len(claim.quote) :]))
    inside = _words(fold(claim.quote))
    width = rules.matching.context_window
    candidates = [(0, w) for w in inside]
    candidates += [(i + 1, w) for i, w in enumerate(after[:width])]
    candidates += [(i + 1, w) for i, w in enumerate(reversed(before[-width:]))]
    found = sorted((distance, words[w]) for distance, w in candidates if w in words)
    return found[0][1] if found else ""


def _subject(claim: Claim, rules: RuleSet) -> frozenset[str]:
    """Proper names in the claim's clause before it, other than its attribution and place."""
    at = claim.sentence.find(claim.quote)
    if at <= 0:
        return frozenset()
    before = claim.sentence[:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    clause = before[start:]
    masked = {fold(w) for w in _words(claim.context.attribution or "")}
    masked |= {fold(w) for w in _words(claim.context.location or "")}
    never = _folded_set(rules.matching.not_subjects) | _folded_set(rules.aliases.not_names)
    apply = alias_table(rules).apply
    known = _known_names(rules)
    names: list[str] = []
    tokens = list(re.finditer(r"[^\W\d_][\w’'.-]*", clause))
    for position, token in enumerate(tokens):
        word = token.group(0).rstrip(".")
        if not word[:1].isupper():
            continue
        if fold(word) in never or fold(re.sub(r"['’]s$", "", word)) in never:
            continue
        if fold(word) in masked or fold(re.sub(r"['’]s$", "", word)) in masked:
            continue
        bare = re.sub(r"['’]s$", "", word)
        if (
            start == 0
            and position == 0
            and not (
                fold(bare) in known
                or word != bare
                or (len(tokens) > 1 and tokens[1].group(0)[:1].isupper())
            )
        ):
            continue  # a capital only because the sentence starts here
        names.append(bare)
    # Aliases apply to the names together, so "European Union" is "eu".
    return frozenset(_words(apply(" ".join(names))))


@cache
def _known_names(rules: RuleSet) -> frozenset[str]:
    return frozenset(fold(w) for a in rules.aliases.alias for w in (a.canonical, *a.variants))
