"""Engines: worker processes and a Dask cluster give the same report bytes as one process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.corpus import write_corpus
from reconcile import InputError, load_rules, run
from reconcile.api import claims_of
from reconcile.engine import LocalEngine
from reconcile.kinds import Kinds
from reconcile.match import match
from reconcile.models import Report
from reconcile.render.json import render_json
from reconcile.render.markdown import render_markdown
from reconcile.rules import RuleSet
from reconcile.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent


def report_bytes(report: Report) -> tuple[str, str]:
    return render_markdown(report, "."), render_json(report)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 generated articles (about 26,000 characters)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 80, seed=7)
    return folder


@pytest.fixture(scope="module")
def single(corpus: Path) -> tuple[str, str]:
    return report_bytes(run([corpus], jobs=1))


def test_jobs_give_byte_identical_reports(corpus: Path, single: tuple[str, str]) -> None:
    for jobs in (2, 3):
        engine = LocalEngine(
            jobs, min_chars=0, min_files=0, min_block=0
        )  # workers however little work
        assert report_bytes(run([corpus], engine=engine)) == single
    assert report_bytes(run([corpus], jobs=2)) == single  # too little text: one process


def test_block_matching_gives_the_clusters_of_match(corpus: Path, rules: RuleSet) -> None:
    for folder in (corpus, ROOT / "seeds", ROOT / "tests" / "data" / "matching"):
        sources = load_sources([folder], rules)
        kinds = Kinds.build(rules)
        claims = claims_of(sources, kinds)
        expected = match(claims, kinds, sources)
        assert len(expected) > 10
        assert LocalEngine(1).match(claims, kinds, sources) == expected


def test_claims_from_worker_processes_equal_claims_from_this_one(
    corpus: Path, rules: RuleSet
) -> None:
    sources = load_sources([corpus], rules)
    kinds = Kinds.build(rules)
    one = LocalEngine(1).extract(sources, kinds)
    two = LocalEngine(2, min_chars=0).extract(sources, kinds)
    assert two == one
    assert sum(len(c) for c in one) > 200


def test_dask_local_cluster_gives_byte_identical_reports(
    corpus: Path, single: tuple[str, str]
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from reconcile.engine.dask import DaskEngine

    # Two worker processes, as a real cluster has (not threads of this process).
    with DaskEngine(workers=2, processes=True) as engine:
        assert len(engine.client().scheduler_info()["workers"]) == 2
        assert report_bytes(run([corpus], engine=engine)) == single
        seeds = run([ROOT / "seeds"], engine=engine)
    assert report_bytes(seeds) == report_bytes(run([ROOT / "seeds"]))


def test_dask_engine_reads_the_rules_of_the_run(tmp_path: Path) -> None:
    """Rules given by the user travel to the workers: a counted noun only they define."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from reconcile.engine.dask import DaskEngine

    (tmp_path / "a.txt").write_text("Officials counted 40 zorbles near the town.\n")
    (tmp_path / "b.txt").write_text("Officials counted about 70 zorbles near the town.\n")
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    (rules_dir / "nouns.toml").write_text(
        '[[noun_class]]\nname = "zorble things"\nnouns = ["zorbles"]\n'
    )
    rules = load_rules(rules_dir)
    expected = run([tmp_path / "a.txt", tmp_path / "b.txt"], rules=rules)
    assert [f.verdict for f in expected.facts] == ["conflict"]
    with DaskEngine(workers=1, processes=False) as engine:
        got = run([tmp_path / "a.txt", tmp_path / "b.txt"], rules=rules, engine=engine)
    assert report_bytes(got) == report_bytes(expected)


def test_loading_in_worker_processes_gives_the_same_sources(
    corpus: Path, tmp_path: Path, rules: RuleSet
) -> None:
    engine = LocalEngine(2, min_files=0)
    assert engine.load([corpus], rules).sources == load_sources([corpus], rules)
    # Identical texts are loaded once, under the first path; problems all come back at once.
    (tmp_path / "b.txt").write_text("Officials counted 40 tanks.\n")
    (tmp_path / "a.txt").write_text("Officials counted 40 tanks.\n")
    (tmp_path / "bad1.txt").write_bytes(b"\xff\xfe not text")
    (tmp_path / "bad2.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    with pytest.raises(InputError) as expected:
        load_sources([tmp_path], rules)
    with pytest.raises(InputError) as got:
        engine.load([tmp_path], rules)
    assert got.value.problems == expected.value.problems
    assert len(got.value.problems) == 2
    for bad in ("bad1.txt", "bad2.md"):
        (tmp_path / bad).unlink()
    loaded = engine.load([tmp_path], rules)
    assert [s.path for s in loaded.sources] == [(tmp_path / "a.txt").as_posix()]
    assert loaded.sources == load_sources([tmp_path], rules)


def test_loading_in_worker_processes_gives_the_same_notes(tmp_path: Path, rules: RuleSet) -> None:
    """Reports written by this tool, links to outside, empty sources, unreadable dates: the
    same notes (and the same report, byte for byte) whatever the number of processes."""
    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("Officials counted 99 tanks.\n")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "a.txt").write_text("Officials counted 40 tanks.\n")
    (folder / "b.txt").write_text("Officials counted 45 tanks.\n")
    (folder / "empty.txt").write_text("")
    (folder / "c.md").write_text("---\npublished: next Tuesday\n---\nAbout 300 people fled.\n")
    report = run([folder / "a.txt", folder / "b.txt"], rules=rules)
    (folder / "old.md").write_text(render_markdown(report))
    one = run([folder], rules=rules, engine=LocalEngine(1))
    two = run([folder], rules=rules, engine=LocalEngine(2, min_files=0, min_chars=0))
    shown = [(n.path.rsplit("/", 1)[-1], n.message) for n in two.notes]
    assert shown == [
        (
            "c.md",
            "published: cannot read 'next Tuesday' as a date; date unknown"
            " (write it as YYYY-MM-DD)",
        ),
        ("empty.txt", "no text found in this source; no claims read from it"),
        (
            "link.txt",
            "link to outside the folders given; skipped (use --follow-symlinks to read it)",
        ),
        ("old.md", "a report written by reconcile; not read as a source"),
    ]
    assert report_bytes(two) == report_bytes(one)
    assert "link to outside the folders given" in report_bytes(two)[0]


def test_cli_report_on_the_dask_engine_writes_the_same_report(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from typer.testing import CliRunner

    from reconcile.cli import app

    written = []
    for options in (["--jobs", "1"], ["--engine", "dask", "--jobs", "1"]):
        out = tmp_path / f"report-{len(written)}"
        args = ["report", str(ROOT / "seeds"), "--out", f"{out}.md", "--json", f"{out}.json"]
        result = CliRunner().invoke(app, [*args, "-q", "--no-cache", *options])
        assert result.exit_code == 0, result.output
        written.append((Path(f"{out}.md").read_bytes(), Path(f"{out}.json").read_bytes()))
    assert written[0] == written[1]


def test_cli_address_without_the_dask_engine_is_exit_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from reconcile.cli import app

    args = ["report", str(ROOT / "seeds"), "--out", str(tmp_path / "r.md")]
    result = CliRunner().invoke(app, [*args, "--address", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--address: is read only with --engine dask" in result.stderr
    assert not (tmp_path / "r.md").exists()


def test_dask_engine_reads_blocks_seen_before_back_from_the_cache(
    corpus: Path, single: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    import reconcile.engine.dask as dask_engine
    import reconcile.match
    from reconcile.cache import ClaimCache

    sent: list[str] = []  # blocks clustered on the cluster's worker (a thread of this process)
    real = reconcile.match._cluster_block

    def counted(key: str, *args: Any, **kwargs: Any) -> Any:
        sent.append(key)
        return real(key, *args, **kwargs)

    monkeypatch.setattr(reconcile.match, "_cluster_block", counted)
    folder = tmp_path / "cache"
    with dask_engine.DaskEngine(workers=1, processes=False) as engine:
        first = run([corpus], engine=engine, cache=ClaimCache.for_rules(folder))
        assert len(sent) >= 5
        sent.clear()
        again = run([corpus], engine=engine, cache=ClaimCache.for_rules(folder))
    assert sent == []  # every block read back: nothing sent to the cluster
    assert report_bytes(first) == report_bytes(again) == single


def test_blocks_of_one_source_are_clustered_in_this_process(
    corpus: Path, rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long article is one source: its blocks pair only claims sharing a rare word, and
    are never sent to the pool's workers however large (workers forked from this process
    read them, `tests/test_forked_blocks.py`); blocks of several sources go to the pool."""
    one = load_sources([ROOT / "seeds"], rules)[:1]
    many = load_sources([corpus], rules)
    kinds = Kinds.build(rules)
    started: list[int] = []

    def no_pool(self: LocalEngine, *args: Any) -> Any:
        started.append(len(args))
        raise RuntimeError("no worker processes here")

    monkeypatch.setattr(LocalEngine, "_pool", no_pool)
    engine = LocalEngine(2, min_block=1)
    claims = claims_of(one, kinds)
    assert len({c.source_id for c in claims}) == 1 and len(claims) > 10
    assert engine.match(claims, kinds, one) == match(claims, kinds, one)
    assert started == []
    with pytest.raises(RuntimeError, match="no worker processes here"):
        engine.match(claims_of(many, kinds), kinds, many)
    assert started == [2]


def test_workers_are_given_the_compiled_rules_and_compile_nothing(
    rules: RuleSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import reconcile.engine as engine_module
    import reconcile.kinds
    import reconcile.lexicon
    from reconcile.cache import _dumps
    from reconcile.units import TABLE

    monkeypatch.setattr(reconcile.lexicon, "_kept", [])  # no cache folder for these rules
    kinds = Kinds.build(rules)
    english = kinds.language("en")
    kept, compiled = LocalEngine(2)._compiled(kinds)
    assert kept is None and compiled is not None  # the compiled languages, pickled
    reconcile.lexicon.keep_compiled(rules, tmp_path, "k" * 64)
    assert LocalEngine(2)._compiled(kinds) == ((tmp_path, "k" * 64), None)  # read from there

    def no_compiling(*args: Any) -> Any:
        raise AssertionError("compiled again in a worker")

    monkeypatch.setattr(reconcile.kinds, "compile_lexicon", no_compiling)
    monkeypatch.setattr(engine_module, "_worker_rules", None)  # this process's, put back after
    monkeypatch.setattr(engine_module, "_worker_kinds", None)
    engine_module._start_worker(_dumps(rules), None, compiled, _dumps(TABLE))
    worker = engine_module._worker_kinds
    assert worker is not None and worker.rules is not rules
    given = worker.language("en")
    assert given is not english and given.lexicon.language == english.lexicon.language == "en"
    source = load_sources([ROOT / "seeds"], rules)[0]
    assert engine_module.source_claims(source, worker) == engine_module.source_claims(source, kinds)


def test_a_block_judged_where_it_is_clustered_gives_the_facts_of_compare(
    corpus: Path, rules: RuleSet
) -> None:
    """A worker judges a block's clusters with its sources sent without their text: each
    fact is the one `compare` gives the same cluster here, with every source whole."""
    from reconcile.compare import judging
    from reconcile.engine import BlockTask, blocks_of, cluster_and_judge, judging_sources
    from reconcile.match import source_topics

    for folder in (corpus, ROOT / "seeds"):
        sources = load_sources([folder], rules)
        kinds = Kinds.build(rules)
        claims = claims_of(sources, kinds)
        languages = {s.id: s.language for s in sources}
        dates = {s.id: s.published for s in sources}
        topics = source_topics(claims, kinds, sources)
        sent = judging_sources(sources)
        assert all(s.text == "" for s in sent.values()) and len(sent) == len(sources)
        fact_of = judging(claims, sources, kinds)
        blocks, _ = blocks_of(claims, kinds, languages)
        several = 0
        for key, members in blocks:
            own = {c.source_id for c in members}
            task = BlockTask(
                key,
                members,
                {s: languages[s] for s in own},
                {s: dates[s] for s in own},
                {s: topics[s] for s in own if s in topics},
                {s: sent[s] for s in own},
            )
            done = cluster_and_judge(task, kinds)
            assert done.facts == tuple(fact_of(c) for c in done.clusters)
            assert cluster_and_judge(task._replace(sources=None), kinds).facts is None
            several += sum(f.verdict != "single" for f in done.facts)
        assert several > 0  # facts of several sources were judged, not only single ones


def test_worker_processes_judge_the_blocks_they_cluster(
    corpus: Path, single: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With blocks clustered in worker processes, this process judges only the clusters
    that hold a claim of no block (its own, or one joined to a block's cluster later)."""
    import reconcile.compare
    from reconcile.engine import blocks_of

    here: list[tuple[str, ...]] = []
    judge = reconcile.compare._judge

    def counted(cluster: Any, **given: Any) -> Any:
        here.append(cluster.claim_ids)
        return judge(cluster, **given)

    monkeypatch.setattr(reconcile.compare, "_judge", counted)
    report = run([corpus], engine=LocalEngine(1))
    assert len(here) == len(report.facts) > 100  # one process: every fact judged here
    here.clear()
    engine = LocalEngine(2, min_chars=0, min_files=0, min_block=0)
    assert report_bytes(run([corpus], engine=engine)) == single
    kinds = Kinds.build(load_rules(None))
    blocks, alone = blocks_of(report.claims, kinds, {s.id: s.language for s in report.sources})
    assert len(blocks) >= 5 and sum(len(members) for _, members in blocks) > 100
    assert all(set(ids) & set(alone) for ids in here)
    assert len(here) <= len(alone) < len(report.facts) // 2
