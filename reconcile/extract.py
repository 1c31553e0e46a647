"""Extract: split a source into sentences and find the claims each one makes.

A pure function of one source and the kinds compiled for its language. Each kind of the
table looks for its mentions in each sentence; the stage hands on `Mention` records in text
order: the exact quote, its `[start, end)` offsets into the source text, and the parts as
written, typed by the kind. Interpretation is left to `normalize`.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from reconcile.kinds import Kinds, LanguageKinds
from reconcile.kinds.base import Kind, claim_id
from reconcile.models import Claim, Mention, Source
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate, Gates, words_told

# How much text is read between two calls of `advance` (a large source's progress).
ADVANCE_EVERY = 200_000
# How many sentences each kind reads in one go (see `_batch_mentions`).
BATCH = 256
# How many distinct sentences' mentions and claims a run keeps, per language and process (the
# memo of `each_claim`). A third of real-news sentences and more than half of a generated
# corpus's repeat an earlier one word for word (syndicated copy, boilerplate, updates of a
# story); a repeat is met mostly within the same few hundred sources, and a sentence's
# mentions and claims are some hundreds of bytes to a few kilobytes (the claims are the
# report's own while their source is in the run), so this bounds the memo to some tens of
# megabytes while keeping far more sentences than a repeat is apart in a corpus.
SENTENCES_KEPT = 20_000


def extract(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> tuple[Mention[Any], ...]:
    """Every mention of every kind in `source`, in text order. `advance(offset)` is called
    now and then with how far into the text extraction has read (for a progress bar)."""
    return tuple(each_mention(source, kinds, advance))


def each_mention(
    source: Source, kinds: Kinds, advance: Callable[[int], None] | None = None
) -> Iterator[Mention[Any]]:
    """The mentions of `extract`, a few hundred sentences' at a time as the text is read: a
    large source's mentions are never held all at once. A mention lies within its sentence
    and the sentences come in text order, so ordering each sentence's mentions orders them
    all."""
    own = kinds.language(source.language)
    told = 0
    batch: list[Sentence] = []
    # a batch of sentences at a time: a large source is never held as a list of its sentences
    for sentence in own.each_sentence(source):
        batch.append(sentence)
        if len(batch) == BATCH:
            yield from _batch_mentions(source, own, batch)
            batch.clear()
            if advance is not None and sentence.end - told >= ADVANCE_EVERY:
                told = sentence.end
                advance(told)
    yield from _batch_mentions(source, own, batch)


def _batch_mentions(
    source: Source, own: LanguageKinds, batch: list[Sentence]
) -> Iterator[Mention[Any]]:
    """The mentions of consecutive sentences in text order. Each kind reads the whole batch
    before the next kind starts: one kind's patterns and code stay in the processor's caches
    while they are used (faster than asking every kind in turn about each sentence).
    Kinds that keep what they read of a source must not let normalize see further ahead
    than the sentence it asks about (see the office kind's readings)."""
    found: list[list[Mention[Any]]] = [[] for _ in batch]
    opened = _opened(source, own, batch)
    for bit, kind in enumerate(own):
        bit = 1 << bit
        for mentions, sentence, kinds in zip(found, batch, opened, strict=True):
            if kinds & bit:
                mentions.extend(kind.find(source, sentence))
    for mentions in found:
        if mentions:
            mentions.sort(key=_text_order)
            yield from mentions


def _opened(source: Source, own: LanguageKinds, batch: list[Sentence]) -> list[int]:
    """For each sentence of a batch, the kinds of `own` (a bit each, `1 << index`) whose
    gate (`Kind.gate_of`) opens on it: the words of each sentence read once for every
    kind's gate (and kept for the finders that ask again: `words_of` keeps a batch's), and
    asked of all the gates at once (`Gates`)."""
    gates = tuple(kind.gate_of(source) for kind in own)
    table = _gates_of(gates)
    if table.ungated == table.all:
        return [table.all] * len(batch)
    texts = [sentence.text for sentence in batch]
    return table.opened([words_told(text) for text in texts], texts)


_last_gates: list[Gates] = []  # the table of the gates asked last (a source's, batch after batch)


def _gates_of(gates: tuple[Gate | None, ...]) -> Gates:
    """The `Gates` of these gates: the last one made, when its gates are these very ones."""
    held = _last_gates[0] if _last_gates else None
    if (
        held is not None
        and len(held.gates) == len(gates)
        and all(a is b for a, b in zip(held.gates, gates, strict=True))
    ):
        return held
    table = Gates(gates)
    _last_gates[:] = [table]
    return table


def _text_order(mention: Mention[Any]) -> tuple[int, int, str]:
    return (mention.start, mention.end, mention.kind)


# One sentence's mention: [mention, claim, read]. `read` is True once `claim` holds what
# `normalize` made of it (None: no claim); a mention of a kind whose claims read the mention
# alone is normalized once, its claim kept in the memo's list for the sentence's repeats.
_Read = list[Any]
_MENTION, _CLAIM, _DONE = 0, 1, 2


class SentenceMemo:
    """The mentions (and claims) that the kinds reading one sentence alone found in each
    sentence read in a run, by the sentence's text, the least recently read dropped first
    past `size` sentences. Kept beside one language's compiled kinds (`memo_of`): the rules
    are fixed for them."""

    def __init__(self, own: LanguageKinds, size: int | None = None) -> None:
        self.size = SENTENCES_KEPT if size is None else size
        self.language = own.lexicon.language
        self.hits = 0  # sentences read back (for tests and benchmarks)
        self.entries: OrderedDict[str, Sequence[_Read]] = OrderedDict()
        # the kinds in table order that read the sentence alone; the claim kinds whose
        # claims are kept
        self.alone = tuple(kind.reads != "" for kind in own)
        self.kept = frozenset(k for kind in own if kind.reads == "claims" for k in kind.claim_kinds)

    def get(self, text: str) -> Sequence[_Read] | None:
        found = self.entries.get(text)
        if found is not None:
            self.entries.move_to_end(text)
            self.hits += 1
        return found

    def put(self, text: str, reads: Sequence[_Read]) -> None:
        if self.size <= 0:
            return
        self.entries[text] = reads
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)


_MEMOS: dict[int, tuple[weakref.ref[LanguageKinds], SentenceMemo]] = {}


def memo_of(own: LanguageKinds) -> SentenceMemo:
    """The sentence memo of one language's compiled kinds: made the first time they read a
    source, dropped with them (they are never pickled with it, so a worker process keeps
    its own)."""
    held = _MEMOS.get(id(own))
    if held is not None and held[0]() is own:
        return held[1]
    key = id(own)
    memo = SentenceMemo(own)
    _MEMOS[key] = (weakref.ref(own, lambda _: _MEMOS.pop(key, None)), memo)
    return memo


def each_claim(
    source: Source,
    kinds: Kinds,
    advance: Callable[[int], None] | None = None,
    farm: Farm | None = None,
) -> Iterator[Claim]:
    """The claims of `normalize(extract(source, kinds), source, kinds)`, one at a time as the
    text is read, the same records in the same order: a sentence read before in the run
    (word for word, in one language) is not read again by the kinds that read the sentence
    alone (`Kind.reads`); their mentions and claims are the earlier ones moved to this
    sentence's offsets and source (ids, offsets; quotes, contexts and details are within
    the sentence). The other kinds read every sentence, and claims are normalized in text
    order, as `normalize` does. With `farm`, the kinds that read a sentence alone read the
    source's sentences elsewhere (other processes), a window of them at a time, while this
    process reads the other kinds (`_each_farmed_claim`): the same claims."""
    own = kinds.language(source.language)
    if farm is not None:
        claims = _each_farmed_claim(source, own, advance, farm)
    else:
        claims = _each_read_claim(source, own, advance)
    for kind in own:
        if kind.reads_across:  # what one sentence says of another's claims
            claims = kind.read_across(claims, source)
    return claims


def _each_read_claim(
    source: Source, own: LanguageKinds, advance: Callable[[int], None] | None
) -> Iterator[Claim]:
    """The claims of `each_claim`, each read within its sentence."""
    memo = memo_of(own)
    by_claim_kind = own.by_claim_kind
    kept = memo.kept
    told = 0
    batch: list[Sentence] = []
    for sentence in own.each_sentence(source):
        batch.append(sentence)
        if len(batch) == BATCH:
            reads = _batch_reads(source, own, memo, batch)
            yield from _claims_of(source, by_claim_kind, kept, reads)
            batch.clear()
            if advance is not None and sentence.end - told >= ADVANCE_EVERY:
                told = sentence.end
                advance(told)
    yield from _claims_of(source, by_claim_kind, kept, _batch_reads(source, own, memo, batch))


def _claims_of(
    source: Source, by_claim_kind: Mapping[str, Kind], kept: frozenset[str], reads: list[_Read]
) -> Iterator[Claim]:
    """The claims of a batch's mentions in text order; a claim the memo keeps is kept."""
    for read in reads:
        if read[_DONE]:
            claim = read[_CLAIM]
        else:
            mention = read[_MENTION]
            claim = by_claim_kind[mention.kind].normalize(mention, source)
            if mention.kind in kept:
                read[_CLAIM] = claim
                read[_DONE] = True
        if claim is not None:
            yield claim


def _batch_reads(
    source: Source, own: LanguageKinds, memo: SentenceMemo, batch: list[Sentence]
) -> list[_Read]:
    """The mentions of `_batch_mentions`, each with its claim where the memo holds it: the
    kinds that read the sentence alone read only the sentences the memo does not hold. As
    there, each kind reads the whole batch in turn."""
    held = [memo.get(sentence.text) for sentence in batch]
    found: list[list[_Read]] = [[] for _ in batch]
    fresh: list[list[_Read]] = [[] for _ in batch]
    opened = _opened(source, own, batch)
    # a sentence the memo holds is not asked by the kinds that read a sentence alone
    unheld = [kinds if earlier is None else 0 for kinds, earlier in zip(opened, held, strict=True)]
    # (most sentences hold no mention of most kinds: an empty answer is passed over, and a
    # sentence the kind's gate closes on is not asked)
    for at, (kind, alone) in enumerate(zip(own, memo.alone, strict=True)):
        find, bit = kind.find, 1 << at
        for reads, sentence, kinds in zip(
            fresh if alone else found, batch, unheld if alone else opened, strict=True
        ):
            if kinds & bit:
                mentions = find(source, sentence)
                if mentions:
                    reads.extend([m, None, False] for m in mentions)
    for sentence, earlier, new in zip(batch, held, fresh, strict=True):
        if earlier is None:
            memo.put(sentence.text, tuple(new))
    news = [new if earlier is None else None for earlier, new in zip(held, fresh, strict=True)]
    return _in_text_order(source, batch, found, held, news, own.by_claim_kind)


def _in_text_order(
    source: Source,
    batch: list[Sentence],
    found: list[list[_Read]],
    held: Sequence[Sequence[_Read] | None],
    news: Sequence[list[_Read] | None],
    by_claim_kind: Mapping[str, Kind],
) -> list[_Read]:
    """A batch's reads in text order: each sentence's reads of the kinds that read every
    sentence (`found`) with those of the kinds that read a sentence alone, read now
    (`news`, None where the memo held the sentence) or held by the memo (`held`, moved to
    this sentence; `by_claim_kind` says which claims move, `_moved`)."""
    out: list[_Read] = []
    for reads, sentence, earlier, new in zip(found, batch, held, news, strict=True):
        if new is not None:
            reads.extend(new)
        elif earlier:
            reads.extend(_moved(read, source, sentence, by_claim_kind) for read in earlier)
        if reads:
            reads.sort(key=_read_order)
            out.extend(reads)
    return out


def _read_order(read: _Read) -> tuple[int, int, str]:
    return _text_order(read[_MENTION])


def _moved(
    read: _Read, source: Source, sentence: Sentence, by_claim_kind: Mapping[str, Kind]
) -> _Read:
    """A mention (and its claim) of an earlier sentence of the same text, at `sentence` of
    `source`: the source's id, the offsets and the claim's id are this sentence's. A claim
    its kind read with more than its mention (`Kind.read_alone`) is not moved: the moved
    mention is normalized here, as a fresh reading would be (so the claims do not depend
    on which sentences a process read before, nor on how many processes read them)."""
    mention, claim, done = read
    if claim is not None and not by_claim_kind[mention.kind].read_alone(claim):
        claim, done = None, False
    by = sentence.start - mention.sentence_start
    moved = replace(
        mention,
        source_id=source.id,
        start=mention.start + by,
        end=mention.end + by,
        sentence_start=sentence.start,
    )
    if claim is not None:
        claim = replace(
            claim,
            id=claim_id(moved),
            source_id=source.id,
            start=claim.start + by,
            end=claim.end + by,
        )
    return [moved, claim, done]


# What a farm is given: a source and the spans of the sentences of it to read, each
# `(start, end)` of its text; what it gives back, when asked (the call blocks until then),
# for each span the reads of the kinds that read a sentence alone (`read_alone`).
Farm = Callable[[Source, list[tuple[int, int]]], Callable[[], list[list[_Read]]]]
# How many batches of sentences a window sent to a farm holds, and how many windows are
# read ahead of the one whose claims are handed on (a window's reading takes a few tenths
# of a second: enough to keep the farm's processes busy while this one reads its kinds).
WINDOW_BATCHES = 4
WINDOWS_AHEAD = 4


def read_alone(
    source: Source, own: LanguageKinds, spans: list[tuple[int, int]]
) -> list[list[_Read]]:
    """For each sentence of `source` at `spans` (`(start, end)` of its text), what the kinds
    of `own` that read a sentence alone find in it, as `_batch_reads` reads a sentence the
    memo does not hold: each mention with its claim where its kind's claims are kept by the
    memo (normalized here: such a kind's `normalize` reads the mention alone), else with
    None, to be normalized where the claims are handed on. The work a farm does; the same
    reads wherever it is done."""
    text = source.text
    sentences = [Sentence(start, end, text[start:end]) for start, end in spans]
    alone = [(at, kind) for at, kind in enumerate(own) if kind.reads != ""]
    kept = frozenset(k for _, kind in alone if kind.reads == "claims" for k in kind.claim_kinds)
    by_claim_kind = own.by_claim_kind
    out: list[list[_Read]] = [[] for _ in sentences]
    for first in range(0, len(sentences), BATCH):
        batch = sentences[first : first + BATCH]
        _find_into(source, [kind for _, kind in alone], batch, out[first : first + BATCH])
    for reads in out:
        for read in reads:
            mention = read[_MENTION]
            if mention.kind in kept:
                read[_CLAIM] = by_claim_kind[mention.kind].normalize(mention, source)
                read[_DONE] = True
    return out


def _find_into(
    source: Source, kinds: list[Kind], batch: list[Sentence], reads_of: list[list[_Read]]
) -> None:
    """What each of `kinds` finds in the sentences of a batch its gate opens on, added as
    reads not yet normalized to each sentence's list in `reads_of` (one list a sentence).
    Each kind reads the whole batch in turn, as in `_batch_mentions`."""
    opened = _opened_by(source, kinds, batch)
    for bit, kind in enumerate(kinds):
        find, bit = kind.find, 1 << bit
        for reads, sentence, open_to in zip(reads_of, batch, opened, strict=True):
            if open_to & bit:
                mentions = find(source, sentence)
                if mentions:
                    reads.extend([m, None, False] for m in mentions)


def _opened_by(source: Source, kinds: list[Kind], batch: list[Sentence]) -> list[int]:
    """`_opened` for some of a language's kinds (a bit each, by their place in `kinds`): a
    kind's gate opens on a sentence whatever other kinds are asked with it."""
    table = _gates_of(tuple(kind.gate_of(source) for kind in kinds))
    if table.ungated == table.all:
        return [table.all] * len(batch)
    texts = [sentence.text for sentence in batch]
    return table.opened([words_told(text) for text in texts], texts)


def _each_farmed_claim(
    source: Source, own: LanguageKinds, advance: Callable[[int], None] | None, farm: Farm
) -> Iterator[Claim]:
    """The claims of `_each_read_claim`, the kinds that read a sentence alone read by `farm`.

    The memo is asked and told about each batch's sentences as `_batch_reads` does, in the
    same order, when the window holding the batch is sent (what it is asked depends on the
    sentences' texts alone): a sentence it holds is not sent, and it holds for a sentence
    sent a list its reads fill when they come back. The other kinds read each batch here,
    in text order, between the claims of the batch before and those of the batch itself,
    as `_batch_reads` has them read (a kind that keeps what it reads of a source sees what
    it saw); their reads and the farm's are put in text order and normalized as there."""
    memo = memo_of(own)
    by_claim_kind = own.by_claim_kind
    kept = memo.kept
    here = [(at, kind) for at, kind in enumerate(own) if kind.reads == ""]
    sent: deque[_Window] = deque()
    told = 0
    window: list[list[Sentence]] = []
    batch: list[Sentence] = []
    for sentence in own.each_sentence(source):
        batch.append(sentence)
        if len(batch) == BATCH:
            window.append(batch)
            batch = []
            if len(window) == WINDOW_BATCHES:
                sent.append(_send(source, memo, window, farm))
                window = []
                if len(sent) > WINDOWS_AHEAD:
                    for ended, claims in _window_claims(source, own, here, sent.popleft()):
                        yield from _claims_of(source, by_claim_kind, kept, claims)
                        if advance is not None and ended - told >= ADVANCE_EVERY:
                            told = ended
                            advance(told)
    window.append(batch)  # the last batch, maybe empty
    sent.append(_send(source, memo, window, farm))
    while sent:
        for ended, claims in _window_claims(source, own, here, sent.popleft()):
            yield from _claims_of(source, by_claim_kind, kept, claims)
            if advance is not None and ended - told >= ADVANCE_EVERY:
                told = ended
                advance(told)


class _Window(NamedTuple):
    """Batches of a source's sentences sent to a farm: per batch, what the memo held of
    each sentence (None: sent), and the list each sentence sent is to hold its reads in
    (None: held); and the call that gives the farm's reads back."""

    batches: list[list[Sentence]]
    held: list[list[Sequence[_Read] | None]]
    slots: list[list[list[_Read] | None]]
    reads: Callable[[], list[list[_Read]]]


def _send(source: Source, memo: SentenceMemo, window: list[list[Sentence]], farm: Farm) -> _Window:
    """The window's sentences the memo does not hold sent to `farm`; the memo asked and
    told as `_batch_reads` asks and tells it, batch by batch."""
    helds: list[list[Sequence[_Read] | None]] = []
    slots: list[list[list[_Read] | None]] = []
    spans: list[tuple[int, int]] = []
    for batch in window:
        held = [memo.get(sentence.text) for sentence in batch]
        own_slots: list[list[_Read] | None] = []
        for sentence, earlier in zip(batch, held, strict=True):
            if earlier is None:
                slot: list[_Read] = []
                memo.put(sentence.text, slot)
                own_slots.append(slot)
                spans.append((sentence.start, sentence.end))
            else:
                own_slots.append(None)
        helds.append(held)
        slots.append(own_slots)
    reads = farm(source, spans) if spans else _nothing
    return _Window(window, helds, slots, reads)


def _nothing() -> list[list[_Read]]:
    return []


def _window_claims(
    source: Source, own: LanguageKinds, here: list[tuple[int, Kind]], window: _Window
) -> Iterator[tuple[int, list[_Read]]]:
    """Per batch of a window sent, where its last sentence ends and its reads in text order
    (the kinds read here read the batch first, then the farm's reads are waited for)."""
    farmed: Iterator[list[_Read]] | None = None
    for batch, held, slots in zip(window.batches, window.held, window.slots, strict=True):
        if not batch:
            continue
        found: list[list[_Read]] = [[] for _ in batch]
        _find_into(source, [kind for _, kind in here], batch, found)
        if farmed is None:
            farmed = iter(window.reads())
        for slot in slots:
            if slot is not None:
                slot.extend(next(farmed))
        yield batch[-1].end, _in_text_order(source, batch, found, held, slots, own.by_claim_kind)
