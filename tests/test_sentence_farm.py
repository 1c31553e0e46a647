"""A long source's sentences read by worker processes as well (`reconcile.extract.each_claim`
with a farm, `reconcile.engine.SentenceFarm`): the kinds that read a sentence alone read
windows of its sentences elsewhere while this process reads the other kinds, and the claims
are the same records in the same order as one process reads them, whatever the windows, the
memo's size and the number of workers; the report is the same bytes with one job or two."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import reconcile.extract as extract_module
from bench.large_source import article, repeated
from reconcile import run
from reconcile.engine import LocalEngine, SentenceFarm
from reconcile.extract import SentenceMemo, _Read, each_claim, read_alone
from reconcile.kinds import Kinds, LanguageKinds
from reconcile.models import Claim, Source
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown
from reconcile.sources import load_sources

# Sentences written for this test: offices and the names they introduce (the office kind
# keeps what it read of the source), a currency carried to the bare sums after it, a bare
# count the story says again with its concept, dates relative to the day of publication.
OWN = [
    "Governor Ada Brenn of Tavi province said 1,200 homes were flooded on Tuesday.",
    "Brenn said the repairs would cost $3 million, and the bridges another 2 million.",
    "The storm killed 14 people in Sarn, the ministry said.",
    "By Thursday the toll stood at 14, police said.",
    "Mayor Ilo Varsk said 40 schools stayed closed.",
    "Varsk added that 40 would reopen next week.",
]


def _text(size: int) -> str:
    """Generated sentences and the ones above, several of them said again far apart."""
    body = article(size, seed=3).split("\n\n")
    spread = repeated(size // 2, distinct=40, seed=5).split("\n\n")
    out = ["Storm aftermath\n\nPublished January 6, 2022"]
    for at, paragraph in enumerate(body[2:]):
        out.append(paragraph)
        if at % 7 == 0:
            out.append(" ".join(OWN[at % 3 * 2 : at % 3 * 2 + 2]))
        if at % 5 == 0 and at // 5 < len(spread):
            out.append(spread[at // 5])
    return "\n\n".join(out) + "\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("farm")
    (root / "long.md").write_text(
        "---\npublished: 2022-01-06\n---\n" + _text(40_000), encoding="utf-8"
    )
    return root


def _here(source: Source, own: LanguageKinds) -> Callable[..., Callable[[], list[list[_Read]]]]:
    """A farm that reads in this process, when its reads are asked for (as late as a worker
    would give them)."""

    def farm(given: Source, spans: list[tuple[int, int]]) -> Callable[[], list[list[_Read]]]:
        return lambda: read_alone(given, own, spans)

    return farm


def _memo(monkeypatch: pytest.MonkeyPatch, size: int | None) -> None:
    memos: dict[str, SentenceMemo] = {}

    def memo_of(own: LanguageKinds) -> SentenceMemo:
        return memos.setdefault(own.lexicon.language, SentenceMemo(own, size))

    monkeypatch.setattr(extract_module, "memo_of", memo_of)


def _claims(source: Source, kinds: Kinds, farm: bool) -> list[Claim]:
    own = kinds.language(source.language)
    return list(each_claim(source, kinds, None, _here(source, own) if farm else None))


@pytest.mark.parametrize(("batch", "window", "ahead"), [(256, 4, 4), (8, 1, 0), (5, 3, 2)])
@pytest.mark.parametrize("size", [None, 0, 7])
def test_a_farm_gives_the_claims_one_process_reads(
    folder: Path,
    kinds: Kinds,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    window: int,
    ahead: int,
    size: int | None,
) -> None:
    (source,) = load_sources([folder], kinds.rules)
    _memo(monkeypatch, size)
    alone = _claims(source, kinds, farm=False)
    monkeypatch.setattr(extract_module, "BATCH", batch)
    monkeypatch.setattr(extract_module, "WINDOW_BATCHES", window)
    monkeypatch.setattr(extract_module, "WINDOWS_AHEAD", ahead)
    _memo(monkeypatch, size)  # a fresh memo, as the run above began with
    farmed = _claims(source, kinds, farm=True)
    assert len(farmed) == len(alone) > 1_000
    assert farmed == alone  # every field: ids, offsets, quotes, contexts, concepts, details
    kinds_read = {c.kind for c in farmed}
    assert {"count", "money", "office", "place", "date"} <= kinds_read


def test_a_farm_reads_what_one_process_reads_across_sources(
    folder: Path, kinds: Kinds, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memo a run keeps across its sources is asked and told as without a farm: a
    source read after a farmed one reads back the same sentences."""
    (source,) = load_sources([folder], kinds.rules)
    second = Source(id="second", path="second.md", text=_text(12_000), language="en")
    _memo(monkeypatch, None)
    alone = _claims(source, kinds, False) + _claims(second, kinds, False)
    _memo(monkeypatch, None)
    farmed = _claims(source, kinds, True) + _claims(second, kinds, False)
    assert farmed == alone


def _bytes(folder: Path, engine: LocalEngine) -> tuple[str, str]:
    report = run([folder], engine=engine)
    return render_markdown(report, "."), render_json(report)


def test_a_long_source_gives_the_same_report_with_one_job_or_two(folder: Path) -> None:
    one = _bytes(folder, LocalEngine(1))
    assert _bytes(folder, LocalEngine(2, min_split=0)) == one
    assert _bytes(folder, LocalEngine(3, min_split=10_000)) == one
    assert '"kind": "office"' in one[1]


def test_workers_forked_alone_or_started_beside_another_thread_give_the_same_report(
    folder: Path, kinds: Kinds, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _bytes(folder, LocalEngine(1))
    made: list[SentenceFarm] = []
    farm_of = LocalEngine._farm

    def kept(engine: LocalEngine, given: Kinds) -> SentenceFarm:
        made.append(farm_of(engine, given))
        return made[-1]

    monkeypatch.setattr(LocalEngine, "_farm", kept)
    with monkeypatch.context() as alone:  # (threads other tests leave running not counted)
        alone.setattr(threading, "active_count", lambda: 1)
        assert _bytes(folder, LocalEngine(2, min_split=0)) == one
    assert made[-1]._thread is None  # forked from this process: no thread started it
    other = threading.Event()
    waiting = threading.Thread(target=other.wait)
    waiting.start()
    try:  # a thread of this process runs: the workers are not forked from it
        assert _bytes(folder, LocalEngine(2, min_split=0)) == one
    finally:
        other.set()
        waiting.join()
    assert made[-1]._thread is not None


def test_parts_asked_for_before_the_workers_start_are_read_here(folder: Path, kinds: Kinds) -> None:
    (source,) = load_sources([folder], kinds.rules)
    own = kinds.language(source.language)
    spans = [(s.start, s.end) for s in own.sentences(source)]
    released = threading.Event()
    engine = LocalEngine(2)
    starter = engine._pool_starter(kinds.rules, kinds)

    def start() -> object:
        released.wait()
        return starter()

    farm = SentenceFarm(start, kinds)  # type: ignore[arg-type]
    early = farm(source, spans[:40])
    assert early() == read_alone(source, own, spans[:40])  # read here: no pool yet
    assert not farm.waiting
    released.set()
    assert farm._thread is not None
    farm._thread.join()
    late = farm(source, spans[40:90])
    assert farm.pool is not None and not farm.waiting  # sent to the workers
    assert late() == read_alone(source, own, spans[40:90])
    farm.close(ended=True)
