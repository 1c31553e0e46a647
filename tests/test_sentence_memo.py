"""The run's memo of sentences read (`reconcile.extract.each_claim`): a sentence read before
in the run is not read again by the kinds that read one sentence alone, and the claims are
the same records, in the same order, as reading every sentence gives (ids, offsets, quotes,
contexts, details), and the reports the same bytes, in one process or in two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import reconcile.extract as extract_module
import reconcile.match as match_module
from bench.corpus import write_corpus
from reconcile import run
from reconcile.context import Features
from reconcile.engine import LocalEngine
from reconcile.extract import SentenceMemo, each_claim, extract
from reconcile.kinds import Kinds, LanguageKinds
from reconcile.models import Claim, Report, Source
from reconcile.normalize import normalize
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown
from reconcile.sources import load_sources

# Sentences written for this test, repeated across sources and within one, at other offsets.
REPEATED = [
    "About 1,200 people were evacuated from Norvale on Tuesday, police said.",
    "The ferry sailed from Port Elan to Kessa with 340 passengers on board.",
    "The ministry of transport said 40 homes were damaged and 2 bridges closed.",
    "Governor Ada Brenn said the damage came to more than $3 million.",
    "Rain fell for 3 days, and the river rose by 2.5 metres on March 4.",
]


def _write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        # the same sentences in another order, with other days of publication (dates
        # relative to the day of publication are read again: the date kind reads more than
        # the sentence)
        "a.md": ("2026-03-05", [0, 1, 2, 3, 4]),
        "b.md": ("2026-04-20", [4, 3, 2, 1, 0, 0]),
        "c.md": ("2025-12-30", [2, 0, 4]),
    }
    for name, (published, order) in texts.items():
        body = [f"Flood hits Norvale\n\n{REPEATED[order[0]]}"]
        body += [f"Officials gave an update. {REPEATED[i]}" for i in order[1:]]
        (folder / name).write_text(
            f"---\npublished: {published}\n---\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )
    german = "Nach Angaben der Polizei wurden mehr als 4.000 Einwohner evakuiert."
    (folder / "d.md").write_text(
        f"---\npublished: 2026-03-06\nlanguage: de\n---\n{german}\n\nDer Pegel stieg. {german}\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sentences above, and 60 generated articles (most of whose sentences repeat)."""
    folder = _write(tmp_path_factory.mktemp("memo") / "own")
    (folder.parent / "generated").mkdir()
    write_corpus(folder.parent / "generated", 60, seed=11)
    return folder.parent


def _read_every_sentence(sources: tuple[Source, ...], kinds: Kinds) -> list[Claim]:
    return [c for s in sources for c in normalize(extract(s, kinds), s, kinds)]


def _fresh_memo(monkeypatch: pytest.MonkeyPatch, size: int | None = None) -> list[SentenceMemo]:
    made: list[SentenceMemo] = []

    def memo_of(own: LanguageKinds) -> SentenceMemo:
        for memo in made:
            if memo.language == own.lexicon.language:
                return memo
        memo = SentenceMemo(own, size)
        made.append(memo)
        return memo

    monkeypatch.setattr(extract_module, "memo_of", memo_of)
    return made


@pytest.mark.parametrize("size", [None, 3])
def test_claims_read_back_equal_claims_read_again(
    corpus: Path, kinds: Kinds, monkeypatch: pytest.MonkeyPatch, size: int | None
) -> None:
    memos = _fresh_memo(monkeypatch, size)
    sources = load_sources([corpus], kinds.rules)
    read = [c for s in sources for c in each_claim(s, kinds)]
    expected = _read_every_sentence(sources, kinds)
    assert len(read) == len(expected) > 400
    assert read == expected  # every field: ids, offsets, quotes, contexts, details
    assert {m.language for m in memos} == {"de", "en"}
    assert sum(m.hits for m in memos) > 100  # the memo was used
    if size is not None:  # a small memo drops the least recently read
        assert all(len(m.entries) <= size for m in memos)
    # the repeated sentences' quantities, read back at their own offsets and sources
    quotes = {(c.source_id, c.start, c.quote) for c in read if c.quote == "About 1,200 people"}
    assert len(quotes) == 4
    for claim in read:
        source = next(s for s in sources if s.id == claim.source_id)
        assert source.text[claim.start : claim.end] == claim.quote


def _bytes(report: Report) -> tuple[str, str]:
    return render_markdown(report, "."), render_json(report)


def test_reports_equal_with_and_without_the_memo_in_one_or_two_processes(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        _fresh_memo(patched, 0)  # nothing kept: every sentence read by every kind
        without = _bytes(run([corpus], jobs=1))
    with monkeypatch.context() as patched:
        memos = _fresh_memo(patched)
        assert _bytes(run([corpus], jobs=1)) == without
        assert sum(m.hits for m in memos) > 100
    # worker processes keep memos of their own
    engine = LocalEngine(2, min_chars=0, min_files=0, min_block=0)
    assert _bytes(run([corpus], engine=engine)) == without


def test_a_memo_keeps_at_most_its_size_least_recently_read_dropped(kinds: Kinds) -> None:
    memo = SentenceMemo(kinds.language("en"), 2)
    memo.put("one", ())
    memo.put("two", ())
    assert memo.get("one") == ()  # read again: now the most recent
    memo.put("three", ())
    assert memo.get("two") is None
    assert memo.get("one") == () and memo.get("three") == ()
    assert memo.hits == 3


def test_features_read_once_per_repeated_sentence_give_the_same_clusters(
    corpus: Path, kinds: Kinds, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = load_sources([corpus], kinds.rules)
    claims = tuple(c for s in sources for c in each_claim(s, kinds))
    once = match_module.match(claims, kinds, sources)
    reads: list[Claim] = []

    def every_claim(*given: Any) -> Callable[[Claim], Features]:
        def read(c: Claim) -> Features:
            reads.append(c)
            return match_module.features_of(c, kinds, *given[1:])

        return read

    monkeypatch.setattr(match_module, "features_reader", every_claim)
    assert match_module.match(claims, kinds, sources) == once
    # each claim of a block was read again: more reads than the features memo made
    assert len(reads) > len({replace(c, id="", source_id="", start=0, end=0) for c in reads})


# A bare count its sentence names nothing for takes its concept from the story around it
# (`concept_in_story`): said again word for word in other stories (sentences written for
# this test), it reads each story's, whichever process read the sentence first.
BARE = "The figure of 2,380 was confirmed by the county on Friday."
SAID = "The fire destroyed 75 homes in the valley."  # a count its own sentence names
STORIES = {  # what the sentence before says of the number, and the concept it gives
    "killed": "deaths",
    "injured": "injured",
    "arrested": "arrested",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "infected": "cases",
}
FILLER = "Volunteers handed out water and blankets at the school. " * 80  # past the story's reach


def _story(done: str) -> str:
    return f"Police said 2,380 people were {done} after the fire. {BARE} {SAID}"


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for done in STORIES:
        (folder / f"{done}.md").write_text(f"Fire in the hills\n\n{_story(done)}\n")
    # one source saying the sentence twice, in two stories further apart than a story reads
    (folder / "long.md").write_text(
        f"Fire in the hills\n\n{_story('killed')}\n\n{FILLER}\n\n{_story('injured')}\n"
    )
    return folder


def test_a_bare_count_said_again_takes_the_concept_of_the_story_around_each_place(
    stories: Path, kinds: Kinds, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reconcile.kinds.quantity.kind import QuantityKind

    memos = _fresh_memo(monkeypatch)
    normalized: list[str] = []
    normalize_one = QuantityKind.normalize

    def counted(self: QuantityKind, mention: Any, source: Source) -> Claim | None:
        normalized.append(mention.quote)
        return normalize_one(self, mention, source)

    monkeypatch.setattr(QuantityKind, "normalize", counted)
    sources = load_sources([stories], kinds.rules)
    read = [c for s in sources for c in each_claim(s, kinds)]
    paths = {s.id: Path(s.path).stem for s in sources}
    bare = [(paths[c.source_id], c.concept) for c in read if c.quote == "2,380"]
    expected = sorted((done, concept) for done, concept in STORIES.items())
    assert sorted(b for b in bare if b[0] != "long") == expected
    assert [b[1] for b in bare if b[0] == "long"] == ["deaths", "injured"]
    assert sum(m.hits for m in memos) >= 2 * len(STORIES)  # both sentences read back
    # the count its sentence names is normalized once and moved; the bare count where it is
    assert normalized.count("75 homes") == 1
    assert normalized.count("2,380") == len(STORIES) + 2
    monkeypatch.setattr(QuantityKind, "normalize", normalize_one)
    assert read == _read_every_sentence(sources, kinds)


def test_reports_of_bare_counts_said_again_equal_in_one_or_two_processes(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        _fresh_memo(patched, 0)  # nothing kept: every sentence read where it stands
        without = _bytes(run([stories], jobs=1))
    with monkeypatch.context() as patched:
        _fresh_memo(patched)
        assert _bytes(run([stories], jobs=1)) == without
    # each worker process keeps its own memo, and reads some of the sources
    for jobs in (2, 3):
        engine = LocalEngine(jobs, min_chars=0, min_files=0, min_block=0)
        assert _bytes(run([stories], engine=engine)) == without
