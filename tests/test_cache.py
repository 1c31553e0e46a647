"""Caches between runs: claims per source and loaded rules, rebuilt when damaged or stale."""

from __future__ import annotations

import pickle
import pickletools
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bench.corpus import write_corpus
from reconcile import run
from reconcile.cache import (
    ClaimCache,
    _compiled_pattern,
    _pattern_reduction,
    cached_rules,
    load_compiled,
    rules_fingerprint,
    seal,
)
from reconcile.cli import app
from reconcile.engine import blocks_of
from reconcile.kinds import Kinds, LanguageKinds
from reconcile.lexicon import Lexicon, keep_compiled
from reconcile.render.json import render_json
from reconcile.rules import load_rules

runner = CliRunner()
real_load_rules = load_rules  # the loader itself: the tests share one rule set otherwise


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    write_corpus(folder, 30, seed=3)
    return folder


def test_a_second_run_reads_every_source_back(corpus: Path, tmp_path: Path) -> None:
    expected = render_json(run([corpus]))
    first = ClaimCache.for_rules(tmp_path / "cache")
    assert first is not None
    assert render_json(run([corpus], cache=first)) == expected
    assert (first.hits, first.misses) == (0, 30)
    second = ClaimCache.for_rules(tmp_path / "cache")
    assert second is not None
    assert render_json(run([corpus], cache=second)) == expected
    assert (second.hits, second.misses) == (30, 0)


def test_one_new_source_is_the_only_one_extracted(corpus: Path, tmp_path: Path) -> None:
    run([corpus], cache=ClaimCache.for_rules(tmp_path / "cache"))
    (corpus / "zz-new.txt").write_text("Officials said 31 soldiers were killed in Ormsk.\n")
    cache = ClaimCache.for_rules(tmp_path / "cache")
    assert cache is not None
    report = run([corpus], cache=cache)
    assert (cache.hits, cache.misses) == (30, 1)
    assert render_json(report) == render_json(run([corpus]))


def test_a_file_that_is_not_a_database_is_rebuilt(corpus: Path, tmp_path: Path) -> None:
    expected = render_json(run([corpus]))
    folder = tmp_path / "cache"
    run([corpus], cache=ClaimCache.for_rules(folder))
    (folder / "claims.sqlite3").write_bytes(b"this is no database\n" * 500)
    cache = ClaimCache.for_rules(folder)
    assert cache is not None
    assert render_json(run([corpus], cache=cache)) == expected
    assert cache.rebuilt and (cache.hits, cache.misses) == (0, 30)
    again = ClaimCache.for_rules(folder)
    assert again is not None
    assert render_json(run([corpus], cache=again)) == expected
    assert (again.hits, again.misses) == (30, 0)


def test_a_damaged_entry_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    expected = render_json(run([corpus]))
    folder = tmp_path / "cache"
    cache = ClaimCache.for_rules(folder)
    run([corpus], cache=cache)
    assert cache is not None
    cache.close()
    with sqlite3.connect(folder / "claims.sqlite3") as db:
        key, entry = db.execute("SELECT key, entry FROM claims ORDER BY key LIMIT 1").fetchone()
        # One changed byte in the pickled claims: a different number, were it believed.
        damaged = entry[:-40] + bytes([entry[-40] ^ 1]) + entry[-39:]
        db.execute("UPDATE claims SET entry = ? WHERE key = ?", (damaged, key))
        # An entry copied under another source's key.
        other = db.execute("SELECT key FROM claims ORDER BY key DESC LIMIT 1").fetchone()[0]
        db.execute("UPDATE claims SET entry = ? WHERE key = ?", (entry, other))
    again = ClaimCache.for_rules(folder)
    assert again is not None
    assert render_json(run([corpus], cache=again)) == expected
    assert (again.hits, again.misses) == (28, 2)


def test_entries_of_other_rules_are_removed(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    stale = ClaimCache(folder, "rules-of-another-time")
    run([corpus], cache=stale)
    stale.close()
    current = ClaimCache.for_rules(folder)
    assert current is not None
    run([corpus], cache=current)
    current.close()
    with sqlite3.connect(folder / "claims.sqlite3") as db:
        kept = {row[0] for row in db.execute("SELECT DISTINCT rules FROM claims")}
    assert kept == {current.rules_key}
    assert (current.hits, current.misses) == (0, 30)


def test_rules_are_read_back_and_rebuilt_when_changed_or_damaged(tmp_path: Path) -> None:
    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "nouns.toml").write_text(
        '[[noun_class]]\nname = "zorble things"\nnouns = ["zorbles"]\n'
    )
    folder = tmp_path / "cache"
    first = cached_rules(extra, folder)
    kept = list((folder / "rules").iterdir())
    assert len(kept) == 1
    assert any(c.name == "zorble things" for c in cached_rules(extra, folder).nouns.noun_class)
    kept[0].write_bytes(kept[0].read_bytes()[:-100])  # cut short
    rebuilt = cached_rules(extra, folder)
    assert [c.name for c in rebuilt.nouns.noun_class] == [c.name for c in first.nouns.noun_class]
    key = rules_fingerprint(extra)
    (extra / "nouns.toml").write_text('[[noun_class]]\nname = "blorp things"\nnouns = ["blorps"]\n')
    assert rules_fingerprint(extra) != key
    names = [c.name for c in cached_rules(extra, folder).nouns.noun_class]
    assert "blorp things" in names and "zorble things" not in names


def test_a_language_folder_edit_changes_the_rules_key(tmp_path: Path) -> None:
    # the words of a language live in lang/<code>/: an edit there must not leave the cached
    # rules of before in use
    extra = tmp_path / "rules"
    language = extra / "lang" / "en"
    language.mkdir(parents=True)
    words = language / "nouns.toml"
    words.write_text('[[noun_class]]\nname = "zorble things"\nnouns = ["zorbles"]\n')
    folder = tmp_path / "cache"
    key = rules_fingerprint(extra)
    assert any(c.name == "zorble things" for c in cached_rules(extra, folder).nouns.noun_class)
    words.write_text('[[noun_class]]\nname = "blorp things"\nnouns = ["blorps"]\n')
    assert rules_fingerprint(extra) != key
    names = [c.name for c in cached_rules(extra, folder).nouns.noun_class]
    assert "blorp things" in names and "zorble things" not in names


def test_cli_no_cache_keeps_no_claims_but_the_rules(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Over 100,000 troops were at the border on Monday.\n")
    folder = tmp_path / "cache"
    result = runner.invoke(app, ["claims", str(source), "--no-cache", "--cache-dir", str(folder)])
    assert result.exit_code == 0 and '"quote": "Over 100,000 troops"' in result.stdout
    assert not (folder / "claims.sqlite3").exists()
    assert len(list((folder / "rules").iterdir())) == 1
    again = runner.invoke(app, ["claims", str(source), "--no-cache", "--cache-dir", str(folder)])
    assert again.stdout == result.stdout and not (folder / "claims.sqlite3").exists()
    cached = runner.invoke(app, ["claims", str(source), "--cache-dir", str(folder)])
    assert cached.stdout == result.stdout
    assert (folder / "claims.sqlite3").is_file() and len(list((folder / "rules").iterdir())) == 1


def test_cli_report_with_a_corrupt_cache_gives_the_same_report(
    corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    outputs = []
    for corrupt in (False, False, True):
        if corrupt:
            (folder / "claims.sqlite3").write_bytes(b"\0garbage" * 1000)
            for kept in (folder / "rules").iterdir():
                kept.write_bytes(b"garbage")
        out = tmp_path / f"report{len(outputs)}"
        args = ["report", str(corpus), "--out", f"{out}.md", "--json", f"{out}.json"]
        result = runner.invoke(app, [*args, "--cache-dir", str(folder), "-q", "-j", "2"])
        assert result.exit_code == 0, result.output
        outputs.append((Path(f"{out}.md").read_text(), Path(f"{out}.json").read_text()))
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize(
    ("command", "absent"),
    [
        ("claims", ("polars", "pint", "rich", "rapidfuzz", "reconcile.match")),
        ("check", ("pint", "rich", "polars")),
    ],
)
def test_short_commands_import_only_what_they_use(
    tmp_path: Path, command: str, absent: tuple[str, ...]
) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Over 100,000 troops were at the border on Monday.\n")
    probe = (
        "import sys\n"
        "from reconcile.cli import main\n"
        f"sys.argv = ['reconcile', {command!r}, {str(source)!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        f"print(sorted(m for m in {absent!r} if m in sys.modules))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
        )
        for _ in range(2)
    ]
    # The first run checks the rules' units against pint once; the cache remembers it.
    assert runs[1].stdout.strip().splitlines()[-1] == "[]"


def test_units_converted_before_need_no_pint(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("The convoy stretched 64 kilometres, moving at 5 miles per hour.\n")
    later = tmp_path / "later.txt"
    later.write_text("The road is 12 kilometres long; trucks drove 30 miles per hour.\n")
    folder = tmp_path / "cache"
    probe = (
        "import sys\n"
        "from reconcile.cli import main\n"
        "sys.argv = ['reconcile', 'claims', sys.argv[1], *sys.argv[2:]]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print('pint imported' if 'pint' in sys.modules else 'no pint')\n"
    )

    def claims(path: Path, *options: str) -> list[str]:
        command = [sys.executable, "-c", probe, str(path), *options]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.split(
            "\n"
        )

    assert claims(first, "--cache-dir", str(folder))[-2] == "pint imported"
    cached = claims(later, "--cache-dir", str(folder))
    assert cached[-2] == "no pint"
    fresh = claims(later, "--no-cache", "--cache-dir", str(tmp_path / "cold"))
    assert fresh[-2] == "pint imported"
    assert cached[:-2] == fresh[:-2]
    assert '"unit": "meter", "dimension": "[length]"' in cached[0]
    assert '"unit": "meter / second"' in cached[1]


def test_a_compiled_language_is_kept_and_read_back_not_compiled_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = real_load_rules()
    expected = render_json(run([corpus], rules=rules))
    folder = tmp_path / "cache"
    key = rules_fingerprint()
    assert key is not None
    keep_compiled(rules, folder, key)
    kept_run = render_json(run([corpus], rules=rules))  # compiles English and keeps it
    kept = list((folder / "compiled").iterdir())
    assert [path.name for path in kept] == [f"{key[:32]}.en.pickle"]

    def no_compiling(lexicon: object) -> LanguageKinds:
        raise AssertionError("compiled again although it was kept")

    with monkeypatch.context() as patch:
        patch.setattr(LanguageKinds, "build", staticmethod(no_compiling))
        read_back = render_json(run([corpus], rules=rules))
    assert expected == kept_run == read_back
    # kept warm: every frame's patterns and the non-claim patterns of a letter compiled in it
    back = load_compiled(folder, key, "en", LanguageKinds)
    assert back is not None
    frames = back.lexicon.frames.frames
    assert all({"before", "after"} <= vars(frame).keys() for frame in frames)
    assert "q" in back.lexicon.nonclaims.at_word and "7" in back.lexicon.nonclaims.at_word


@pytest.mark.parametrize("damage", ["cut", "garbage", "other key"])
def test_a_damaged_compiled_language_is_compiled_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    rules = real_load_rules()
    expected = render_json(run([corpus], rules=rules))
    folder = tmp_path / "cache"
    key = rules_fingerprint()
    assert key is not None
    keep_compiled(rules, folder, key)
    Kinds(rules).language("en")
    (path,) = (folder / "compiled").iterdir()
    data = path.read_bytes()
    if damage == "cut":
        path.write_bytes(data[:-100])
    elif damage == "garbage":
        path.write_bytes(b"garbage" * 100)
    else:  # a whole, sound entry written for other rules
        path.write_bytes(seal("other rules:en", load_compiled(folder, key, "en", LanguageKinds)))
    built = []
    real_build = LanguageKinds.build

    def counted(lexicon: Lexicon) -> LanguageKinds:
        built.append(lexicon.language)
        return real_build(lexicon)

    with monkeypatch.context() as patch:
        patch.setattr(LanguageKinds, "build", staticmethod(counted))
        assert render_json(run([corpus], rules=rules)) == expected
    assert built == ["en"]
    assert load_compiled(folder, key, "en", LanguageKinds) is not None  # kept again, whole


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>km|miles?)\b", re.IGNORECASE),
        re.compile(r"(?x) (?<![\w-]) (?:over|more\ than) \s+ (\d[\d,]*) (?!\w)"),
        re.compile(r"^\s*(?:Mr|Mrs|Dr)\.\s+([A-Z]\w+)$", re.MULTILINE),
        re.compile(r"[àéèç]+|\bÉtat\b", re.ASCII | re.IGNORECASE),
        re.compile(rb"\x00(?:ab)+?\xff"),
        re.compile(r"(a)(b)?(?(2)c|d)"),
    ],
)
def test_a_pattern_is_kept_compiled_and_reads_back_equal(pattern: re.Pattern[str]) -> None:
    assert _pattern_reduction(pattern)[0] is _compiled_pattern  # its program, not its text
    again = pickle.loads(seal("k", pattern, compiled=True).split(b"\n", 3)[3])
    assert again == pattern  # equal patterns have equal programs
    assert (again.pattern, again.flags, again.groups, again.groupindex) == (
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        pattern.groupindex,
    )
    sample = "Over 12,5 km, more than 3,400 \nMr. Smith\nÉtat àé abc ad"
    if isinstance(pattern.pattern, bytes):
        sample = "\x00abab\xff \x00ab\xff".encode("latin-1")
    found = [(m.span(), m.groups()) for m in again.finditer(sample)]
    assert found == [(m.span(), m.groups()) for m in pattern.finditer(sample)]
    assert found or pattern.pattern.startswith("^")


def _clustered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of the blocks clustered from now on (not read back from the cache); clear
    the list to count again."""
    import reconcile.match

    keys: list[str] = []
    real = reconcile.match._cluster_block

    def counted(key: str, *args: Any, **kwargs: Any) -> Any:
        keys.append(key)
        return real(key, *args, **kwargs)

    monkeypatch.setattr(reconcile.match, "_cluster_block", counted)
    return keys


def test_blocks_seen_before_are_read_back_and_only_new_ones_clustered(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: Kinds
) -> None:
    folder = tmp_path / "cache"
    clustered = _clustered(monkeypatch)
    expected = render_json(run([corpus], cache=ClaimCache.for_rules(folder)))
    everything = sorted(clustered)
    assert len(everything) >= 5
    clustered.clear()
    assert render_json(run([corpus], cache=ClaimCache.for_rules(folder))) == expected
    assert clustered == []  # nothing changed: every block read back
    (corpus / "zz-new.txt").write_text("Officials said 31 soldiers were killed in Ormsk.\n")
    report = run([corpus], cache=ClaimCache.for_rules(folder))
    touched = sorted(clustered)
    clustered.clear()
    assert render_json(report) == render_json(run([corpus]))  # no cache: all clustered
    new = next(s.id for s in report.sources if s.path.endswith("zz-new.txt"))
    languages = {s.id: s.language for s in report.sources}
    blocks, _ = blocks_of(report.claims, kinds, languages)
    assert touched == sorted(k for k, members in blocks if any(c.source_id == new for c in members))
    assert 1 <= len(touched) < len(clustered)


def test_a_damaged_or_foreign_block_entry_is_clustered_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    expected = render_json(run([corpus], cache=ClaimCache.for_rules(folder)))
    with sqlite3.connect(folder / "claims.sqlite3") as db:
        rows = db.execute("SELECT key, entry FROM blocks ORDER BY key").fetchall()
        (damaged, entry), (foreign, _), (copied, other) = rows[:3]
        db.execute("UPDATE blocks SET entry = ? WHERE key = ?", (entry[:-1] + b"\0", damaged))
        db.execute("UPDATE blocks SET entry = ? WHERE key = ?", (other, foreign))
    clustered = _clustered(monkeypatch)
    assert render_json(run([corpus], cache=ClaimCache.for_rules(folder))) == expected
    assert sorted(clustered) == sorted([damaged, foreign])
    assert copied not in clustered


def test_facts_of_blocks_read_back_are_read_back_unless_a_path_changed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.compare

    folder = tmp_path / "cache"
    judged: list[str] = []
    real = reconcile.compare._judge

    def counted(cluster: Any, *args: Any, **kwargs: Any) -> Any:
        judged.append(cluster.key)
        return real(cluster, *args, **kwargs)

    monkeypatch.setattr(reconcile.compare, "_judge", counted)
    expected = render_json(run([corpus], cache=ClaimCache.for_rules(folder)))
    blocks = {key for key in judged if key}
    assert len(blocks) >= 5
    judged.clear()
    assert render_json(run([corpus], cache=ClaimCache.for_rules(folder))) == expected
    assert {key for key in judged if key} == set()  # only claims in no block judged again
    # A fact shows and orders its sources by path: a renamed file's blocks are judged again.
    renamed = sorted(corpus.iterdir())[0]
    renamed.rename(corpus / ("a-" + renamed.name))
    judged.clear()
    report = run([corpus], cache=ClaimCache.for_rules(folder))
    again = {key for key in judged if key}
    assert again and again < blocks
    assert render_json(report) == render_json(run([corpus]))


def test_records_are_kept_as_calls_of_their_class_and_read_back_equal() -> None:
    from dataclasses import dataclass, field

    from reconcile.cache import _by_init, _dumps
    from reconcile.models import Claim, Cluster, Fact, Source

    report = run(["seeds"])
    value = (report.sources, report.claims, report.facts)
    back = pickle.loads(_dumps(value))
    assert back == value and repr(back) == repr(value)
    ops = [op.name for op, _, _ in pickletools.genops(_dumps(value))]
    assert ops.count("REDUCE") > 5 * ops.count("BUILD")  # `__setstate__`: unslotted ones only
    for kind in (Source, Claim, Cluster, Fact):
        assert _by_init(kind) is not None, kind

    @dataclass(frozen=True, slots=True)
    class Derived:
        a: int
        b: int = field(init=False, default=0)

    Derived.__module__ = "reconcile.probe"
    assert _by_init(Derived) is None  # a field `__init__` does not take: pickled as before


def test_files_read_before_are_read_back_unless_they_or_their_sidecar_changed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.sources

    folder = tmp_path / "cache"
    read: list[str] = []
    real = reconcile.sources.load_source

    def counted(path: Path, *args: Any, **kwargs: Any) -> Any:
        read.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reconcile.sources, "load_source", counted)
    expected = render_json(run([corpus], cache=ClaimCache.for_rules(folder)))
    assert len(read) == 30
    read.clear()
    assert render_json(run([corpus], cache=ClaimCache.for_rules(folder))) == expected
    assert read == []
    first, second, third = sorted(corpus.iterdir())[:3]
    first.write_text(first.read_text() + "\nMore than 40 people were hurt.\n")
    (corpus / (second.stem + ".meta.yaml")).write_text("published: 2020-01-02\n")
    third.rename(corpus / ("a-" + third.name))
    with sqlite3.connect(folder / "claims.sqlite3") as db:
        db.execute("UPDATE loads SET entry = entry || x'00' WHERE rowid = 1")  # damaged
    read.clear()
    report = run([corpus], cache=ClaimCache.for_rules(folder))
    assert {first.name, second.name, "a-" + third.name} <= set(read) and len(read) <= 4
    assert render_json(report) == render_json(run([corpus]))


def test_a_block_a_new_claim_joined_judges_only_its_changed_clusters(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.compare

    folder = tmp_path / "cache"
    run([corpus], cache=ClaimCache.for_rules(folder))
    judged: list[Any] = []
    real = reconcile.compare._judge

    def counted(cluster: Any, *args: Any, **kwargs: Any) -> Any:
        judged.append(cluster)
        return real(cluster, *args, **kwargs)

    monkeypatch.setattr(reconcile.compare, "_judge", counted)
    clustered = _clustered(monkeypatch)
    (corpus / "zz-new.txt").write_text("Officials said 31 soldiers were killed in Ormsk.\n")
    report = run([corpus], cache=ClaimCache.for_rules(folder))
    new = next(s.id for s in report.sources if s.path.endswith("zz-new.txt"))
    with_new = {c.id for c in report.claims if c.source_id == new}
    again = [c for c in judged if c.key]
    touched = set(clustered)
    assert touched  # the new claims' blocks were clustered again
    judged.clear()
    assert render_json(report) == render_json(run([corpus]))  # no cache: all judged
    in_touched = [c for c in judged if c.key in touched]
    # judged again: the clusters that changed (those holding a new claim among them), not
    # every cluster of the blocks clustered again
    assert any(with_new & set(c.claim_ids) for c in again)
    assert {c.key for c in again} <= touched
    assert 1 <= len(again) < len(in_touched)


def _warm_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A generated corpus of 200 sources and a cache filled by one run over it."""
    folder = tmp_path / "sources"
    folder.mkdir()
    write_corpus(folder, 200, seed=3)
    cache = tmp_path / "cache"
    run([folder], cache=ClaimCache.for_rules(cache))
    return folder, cache


def test_a_large_block_a_new_claim_joined_reads_and_decides_only_the_new_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: Kinds
) -> None:
    from reconcile.context import ContextReader
    from reconcile.kinds.quantity.kind import QuantityKind

    folder, cache = _warm_corpus(tmp_path)
    with sqlite3.connect(cache / "claims.sqlite3") as db:
        kept = [key for (key,) in db.execute("SELECT key FROM pairs ORDER BY key")]
    assert "count|count|level" in kept  # a block too large to compare pair by pair
    kind = QuantityKind
    read: list[str] = []
    decided: list[tuple[str, str]] = []
    real_features, real_decide = ContextReader.features, kind.decide

    def features(self: ContextReader, claim: Any, *args: Any) -> Any:
        read.append(claim.id)
        return real_features(self, claim, *args)

    def decide(self: Any, a: Any, b: Any, fa: Any, fb: Any) -> Any:
        decided.append((a.id, b.id))
        return real_decide(self, a, b, fa, fb)

    monkeypatch.setattr(ContextReader, "features", features)
    monkeypatch.setattr(kind, "decide", decide)
    (folder / "zz-new.txt").write_text("Officials said 31 soldiers were killed in Ormsk.\n")
    report = run([folder], cache=ClaimCache.for_rules(cache))
    new = {c.id for c in report.claims if c.source_id == report.sources[-1].id}
    assert report.sources[-1].path.endswith("zz-new.txt") and new
    languages = {s.id: s.language for s in report.sources}
    blocks = dict(blocks_of(report.claims, kinds, languages)[0])
    block = {c.id for c in blocks["count|count|level"]}
    assert new & block
    with_cache = [pair for pair in decided if block.issuperset(pair)]
    read_with_cache = set(read) & block
    read.clear()
    decided.clear()
    assert render_json(report) == render_json(run([folder]))  # the same report, no cache
    without_cache = [pair for pair in decided if block.issuperset(pair)]
    # Features read again only for the new claim. Of the block's pairs, those of the new
    # claim are decided, and of the others only the few whose reasons the report shows.
    assert read_with_cache == new & block
    assert any(new & set(pair) for pair in with_cache)
    old = [pair for pair in with_cache if not new & set(pair)]
    assert len(old) < len(without_cache) / 2


def test_a_large_block_a_new_claim_joined_joins_again_only_the_parts_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: Kinds
) -> None:
    import reconcile.match

    folder, cache = _warm_corpus(tmp_path)
    joined: list[int] = []
    real = reconcile.match._join

    def counted(members: Any, *args: Any) -> Any:
        joined.append(len(members))
        return real(members, *args)

    monkeypatch.setattr(reconcile.match, "_join", counted)
    (folder / "zz-new.txt").write_text("Officials said 31 soldiers were killed in Ormsk.\n")
    report = run([folder], cache=ClaimCache.for_rules(cache))
    with_cache = list(joined)
    joined.clear()
    assert render_json(report) == render_json(run([folder]))  # the same report, no cache
    languages = {s.id: s.language for s in report.sources}
    blocks = dict(blocks_of(report.claims, kinds, languages)[0])
    size = len(blocks["count|count|level"])
    assert size > 60 and size in joined  # without the cache, the block is joined whole
    # With it, the new claim's part of the block (and any part whose pairs it changed) is
    # joined again, on its own; the rest keeps its clusters.
    assert size not in with_cache and 0 < sum(with_cache) < size / 2
    # Clusters kept by another run than the pairs (here: none kept) are not trusted.
    with sqlite3.connect(cache / "claims.sqlite3") as db:
        db.execute("DELETE FROM blocks WHERE key = ?", ("count|count|level",))
    (folder / "zz-new.txt").write_text("Officials said 32 soldiers were killed in Ormsk.\n")
    joined.clear()
    report = run([folder], cache=ClaimCache.for_rules(cache))
    assert size in joined
    assert render_json(report) == render_json(run([folder]))
