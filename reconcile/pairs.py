"""The pair decisions of one block, kept as compactly as the clustering can use them.

Clustering a block reads, per decided pair of its claims, two things: the pair's score and
whether it is a veto. A large block decides millions of pairs (every count of a big corpus
falls in one block), so a `PairDecision` with its reasons per pair held for the whole block
was most of a run's memory. `PairTable` keeps the score and the veto flag in flat arrays, 17
bytes a pair, and no reasons: the few pairs whose reasons a report shows (the pairs of a
cluster, the vetoes of a claim left alone) are decided again when the clusters are made
(`decision`). Deciding is a pure function of the two claims and their features, so a pair
decided again gives the very decision the clustering read.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from reconcile.context import Features
from reconcile.models import Claim, Cluster, PairDecision
from reconcile.records import record

HARD = 1  # a veto that is a cannot-link
SOFT = 2  # a veto that weighs against a join (`Reason.soft`)


class Decided(NamedTuple):
    """What clustering reads of a pair's decision: its score, and its veto: 0 for none,
    `HARD` or `SOFT`."""

    score: float
    veto: int


def veto_code(decision: PairDecision) -> int:
    """The veto of a decision as `Decided` keeps it."""
    if decision.veto is None:
        return 0
    return SOFT if decision.veto.soft else HARD


class PairTable:
    """The decided pairs `(i, j)`, `i < j`, of a block of `size` claims, each by its score
    and veto flag. `decide(i, j)` is the kind's decision on the pair (with its reasons).

    Pairs decided together (`decide_all`, the block's candidates) are kept in sorted arrays
    and found by bisection; pairs decided one at a time afterwards (`get`) in a small map.
    """

    def __init__(
        self,
        size: int,
        decide: Callable[[int, int], PairDecision],
        known: Callable[[int, int], Decided | None] | None = None,
    ) -> None:
        self.size = size
        self._decide = decide
        self._known = known  # decisions taken from a run before, when there are some
        self._keys = array("q")  # i * size + j, ascending
        self._scores = array("d")
        self._vetoes = bytearray()
        self._extra: dict[int, Decided] = {}

    def __len__(self) -> int:
        return len(self._keys) + len(self._extra)

    def decide_all(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Decide these pairs, given in ascending order, each once (before any `get`)."""
        if self._keys or self._extra:
            raise ValueError("pairs are decided all at once, before any other")
        size = self.size
        keys, scores, vetoes = self._keys, self._scores, self._vetoes
        if self._known is None:
            # (no run before: each pair is decided, its veto coded as `veto_code` codes it,
            # with no call between the loop and the kind's decision but `decide` itself)
            decide = self._decide
            for i, j in pairs:
                pair = decide(i, j)
                keys.append(i * size + j)
                scores.append(pair.score)
                veto = pair.veto
                vetoes.append(0 if veto is None else SOFT if veto.soft else HARD)
            return
        decided = self._decided
        for i, j in pairs:
            d = decided(i, j)
            keys.append(i * size + j)
            scores.append(d.score)
            vetoes.append(d.veto)

    def _decided(self, i: int, j: int) -> Decided:
        known = self._known(i, j) if self._known is not None else None
        if known is not None:
            return known
        d = self._decide(i, j)
        return Decided(d.score, veto_code(d))

    def _at(self, key: int) -> int:
        """The row of `key` in the arrays, or -1."""
        at = bisect_left(self._keys, key)
        return at if at < len(self._keys) and self._keys[at] == key else -1

    def get(self, i: int, j: int) -> Decided:
        """The decision on the pair of claims i and j (either order), decided if need be."""
        if i > j:
            i, j = j, i
        key = i * self.size + j
        known = self._extra.get(key)
        if known is not None:
            return known
        at = self._at(key)
        if at >= 0:
            return Decided(self._scores[at], self._vetoes[at])
        known = self._extra[key] = self._decided(i, j)
        return known

    def items(self) -> Iterator[tuple[int, int, float, int]]:
        """Every decided pair as `(i, j, score, veto)` (veto as in `Decided`), in ascending
        order of (i, j)."""
        size = self.size
        keys, scores, vetoes = self.arrays()
        for key, score, veto in zip(keys, scores, vetoes, strict=True):
            i, j = divmod(key, size)
            yield i, j, score, veto

    def arrays(self) -> tuple[array[int], array[float], bytes]:
        """Every decided pair's key (`i * size + j`), score and veto (as in `Decided`), in
        ascending order of key."""
        if not self._extra:
            return self._keys, self._scores, bytes(self._vetoes)
        keys, scores, vetoes = array("q"), array("d"), bytearray()
        extra = sorted(self._extra.items())
        e = 0
        for key, score, veto in zip(self._keys, self._scores, self._vetoes, strict=True):
            while e < len(extra) and extra[e][0] < key:
                keys.append(extra[e][0])
                scores.append(extra[e][1].score)
                vetoes.append(extra[e][1].veto)
                e += 1
            keys.append(key)
            scores.append(score)
            vetoes.append(veto)
        for key, known in extra[e:]:
            keys.append(key)
            scores.append(known.score)
            vetoes.append(known.veto)
        return keys, scores, bytes(vetoes)

    def extra_keys(self) -> array[int]:
        """The keys of the pairs decided one at a time (`get`), not with the candidates."""
        return array("q", sorted(self._extra))

    def decision(self, i: int, j: int) -> PairDecision:
        """The pair's decision with its reasons, decided again (only for pairs decided)."""
        return self._decide(min(i, j), max(i, j))


@record
class KeptPairs:
    """What clustering one large block read and decided, kept for a run with the same rules
    and code: per member, its id, its source's key (`reconcile.cache.source_key`) and its
    features; the language whose rules decided; and each decided pair by member index, as
    `PairTable` holds it. A claim's features depend on its source alone (its text, date,
    language, and its source's other claims in the block), and a pair's decision on the two
    claims and their features: a member whose source's key is unchanged keeps its
    features, and a pair of two such members its decision. `extras` are the keys of the
    pairs decided one at a time while joining (the others were the block's candidates), and
    `block` the digest (`reconcile.cache.block_digest`) of the block's clusters kept in the
    same run (`reconcile.cache.KeptBlock`)."""

    language: str | None
    ids: tuple[str, ...]
    sources: tuple[str, ...]
    features: tuple[Features, ...]
    keys: bytes  # the pairs' keys, i * len(ids) + j, ascending, as array("q") bytes
    scores: bytes  # array("d") bytes
    vetoes: bytes
    extras: bytes  # array("q") bytes
    block: str

    def valid(self) -> bool:
        n = len(self.ids)
        return (
            isinstance(self.ids, tuple)
            and isinstance(self.sources, tuple)
            and isinstance(self.features, tuple)
            and len(self.sources) == len(self.features) == n
            and all(isinstance(f, Features) for f in self.features)
            and isinstance(self.keys, bytes)
            and isinstance(self.scores, bytes)
            and isinstance(self.vetoes, bytes)
            and len(self.keys) == len(self.scores) == 8 * len(self.vetoes)
            and isinstance(self.extras, bytes)
            and len(self.extras) % 8 == 0
            and isinstance(self.block, str)
        )


class BlockMemory:
    """One block's link to what a run before kept of it (`before`, or None): features and
    decisions of unchanged members are taken from it; what this run reads and decides is in
    `kept` once the block is clustered. `source_keys` gives each source id its key."""

    def __init__(
        self,
        before: KeptPairs | None,
        source_keys: Mapping[str, str],
        language: str | None,
        clusters: tuple[str, Sequence[Cluster]] | None = None,
        block: str = "",
    ) -> None:
        self.before = before if before is not None and before.language == language else None
        self.source_keys = source_keys
        self.language = language
        self.clusters = clusters  # the block's clusters kept, with the digest they were kept by
        self.block = block  # the digest this run's clusters of the block are kept by
        self.kept: KeptPairs | None = None
        self._at: tuple[Sequence[Claim], list[int]] | None = None

    def reusable(self) -> bool:
        """Whether the block's clusters kept come from the run its pairs were kept in."""
        return (
            self.before is not None
            and self.clusters is not None
            and self.before.block == self.clusters[0]
        )

    def clusters_by_claim(self) -> dict[str, Cluster]:
        """The clusters kept (`reusable`), by each of their claims' ids."""
        return {i: c for c in (self.clusters[1] if self.clusters else ()) for i in c.claim_ids}

    def stable(self, members: Sequence[Claim], candidates: Sequence[int]) -> list[bool]:
        """Per member, whether its source is unchanged and it was a candidate then with the
        very claims it is one with now: `candidates` are this run's candidate pairs' keys
        (`i * len(members) + j`)."""
        before = self.before
        at = self._at_before(members)
        stable = [k >= 0 for k in at]
        if before is None:
            return stable
        size, n = len(before.ids), len(members)
        extras = array("q")
        extras.frombytes(before.extras)
        keys = array("q")
        keys.frombytes(before.keys)
        then = set(keys).difference(extras)  # the candidates then
        for key in candidates:
            i, j = divmod(key, n)
            x, y = at[i], at[j]
            if x >= 0 and y >= 0:
                was = x * size + y if x < y else y * size + x
                if was in then:
                    then.discard(was)
                    continue
            stable[i] = stable[j] = False
        now = {x: i for i, x in enumerate(at) if x >= 0}
        for key in then:  # candidates then that are not now
            for x in divmod(key, size):
                if x in now:
                    stable[now[x]] = False
        return stable

    def _at_before(self, members: Sequence[Claim]) -> list[int]:
        """Per member, its index in `before` when its source is unchanged, else -1."""
        if self._at is not None and self._at[0] is members:
            return self._at[1]
        found = self._find_before(members)
        self._at = (members, found)
        return found

    def _find_before(self, members: Sequence[Claim]) -> list[int]:
        before = self.before
        if before is None:
            return [-1] * len(members)
        index = {claim_id: at for at, claim_id in enumerate(before.ids)}
        found = []
        for c in members:
            at = index.get(c.id, -1)
            unchanged = at >= 0 and before.sources[at] == self.source_keys.get(c.source_id)
            found.append(at if unchanged else -1)
        return found

    def features(
        self, members: Sequence[Claim], read: Callable[[Claim], Features]
    ) -> list[Features]:
        """Each member's features: kept ones for unchanged members, the others `read`."""
        before = self.before
        if before is None:
            return [read(c) for c in members]
        at = self._at_before(members)
        return [before.features[k] if k >= 0 else read(c) for c, k in zip(members, at, strict=True)]

    def known(self, members: Sequence[Claim]) -> Callable[[int, int], Decided | None] | None:
        """For `PairTable`: the kept decision on a pair of unchanged members decided in the
        run before, or None."""
        before = self.before
        if before is None:
            return None
        keys, scores, vetoes = array("q"), array("d"), before.vetoes
        keys.frombytes(before.keys)
        scores.frombytes(before.scores)
        row = {key: at for at, key in enumerate(keys)}
        size = len(before.ids)
        at_before = self._at_before(members)

        def known(i: int, j: int) -> Decided | None:
            x, y = at_before[i], at_before[j]
            if x < 0 or y < 0:
                return None
            at = row.get(x * size + y if x < y else y * size + x)
            return None if at is None else Decided(scores[at], vetoes[at])

        return known

    def keep(
        self, members: Sequence[Claim], features: Sequence[Features], table: PairTable
    ) -> None:
        """Keep this block's members, their features (as read) and `table`'s pairs."""
        keys, scores, vetoes = table.arrays()
        self.kept = KeptPairs(
            self.language,
            tuple(c.id for c in members),
            tuple(self.source_keys[c.source_id] for c in members),
            tuple(features),
            keys.tobytes(),
            scores.tobytes(),
            vetoes,
            table.extra_keys().tobytes(),
            self.block,
        )
