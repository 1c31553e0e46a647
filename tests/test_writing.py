"""Output files are never lost, half-written or written over a source."""

from __future__ import annotations

import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile import writing
from reconcile.cli import app
from reconcile.errors import InputError
from reconcile.writing import write_files
from tests.test_forked_blocks import idle_threads_not_counted

runner = CliRunner()
STORY = "Over 100 people died in the flood, officials said.\n"
OTHER = "About 80 people died in the flood, police said.\n"


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(STORY)
    (tmp_path / "src" / "b.txt").write_text(OTHER)
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def _refused(args: list[str], expected: str) -> None:
    result = runner.invoke(app, ["report", "src", "-q", *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == expected


def test_out_onto_a_source_is_refused(workdir: Path) -> None:
    _refused(
        ["--out", "src/a.txt"],
        "error: src/a.txt: is a source being read; write the report somewhere else",
    )
    assert (workdir / "src" / "a.txt").read_text() == STORY


def test_out_and_json_the_same_file(workdir: Path) -> None:
    _refused(["--out", "r.md", "--json", "r.md"], "error: r.md: is the same file as r.md; give two")
    assert not (workdir / "r.md").exists()


def test_out_a_folder(workdir: Path) -> None:
    (workdir / "out").mkdir()
    _refused(["--out", "out"], "error: out: is a folder; give a file name")


def test_out_a_symlink_keeps_the_link(workdir: Path) -> None:
    (workdir / "real.md").write_text("kept\n")
    (workdir / "link.md").symlink_to(workdir / "real.md")
    _refused(
        ["--out", "link.md"],
        "error: link.md: is a symbolic link; give the path of the file it points to",
    )
    assert (workdir / "link.md").is_symlink()
    assert (workdir / "real.md").read_text() == "kept\n"


def test_out_a_device(workdir: Path) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null on this system")
    _refused(["--out", "/dev/null"], "error: /dev/null: is not a regular file; give another name")


def test_mode_of_a_replaced_file_is_kept_and_new_files_follow_the_umask(workdir: Path) -> None:
    (workdir / "reports").mkdir()
    old = workdir / "reports" / "report.md"
    old.write_text("old\n")
    old.chmod(0o640)
    previous = os.umask(0o022)
    try:
        result = runner.invoke(app, ["report", "src", "-q"])
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert stat.S_IMODE((workdir / "reports" / "report.json").stat().st_mode) == 0o644


def test_a_failure_while_writing_the_pair_replaces_neither(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = workdir / "r.md", workdir / "r.json"
    first.write_text("old md\n")
    second.write_text("old json\n")
    real_stage = writing._stage
    calls = []

    def failing_stage(path: Path, text: str, created: list[Path]) -> Path:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if the run were stopped between the two files
        return real_stage(path, text, created)

    monkeypatch.setattr(writing, "_stage", failing_stage)
    with pytest.raises(KeyboardInterrupt):
        write_files({first: "new md\n", second: "new json\n"})
    assert first.read_text() == "old md\n"
    assert second.read_text() == "old json\n"
    assert sorted(p.name for p in workdir.iterdir()) == ["r.json", "r.md", "src"]


def test_folders_made_for_a_write_that_fails_are_removed(tmp_path: Path) -> None:
    def failing() -> Iterator[str]:
        yield "half"
        raise RuntimeError("the renderer failed")

    (tmp_path / "kept").mkdir()
    with pytest.raises(RuntimeError):
        write_files({tmp_path / "kept" / "a" / "b" / "r.md": failing()})
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["kept"]


def test_texts_given_in_pieces_are_written_whole_with_the_mode_kept(tmp_path: Path) -> None:
    first, second = tmp_path / "r.md", tmp_path / "r.json"
    first.write_text("old md\n")
    first.chmod(0o600)
    write_files({first: iter(["# Re", "port\n", "", "end\n"]), second: (p for p in ["{", "}\n"])})
    assert first.read_text() == "# Report\nend\n"
    assert second.read_text() == "{}\n"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.md"]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("failing", ["first", "second"])
def test_a_failure_while_producing_a_piece_replaces_neither(
    tmp_path: Path, failing: str, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle_threads_not_counted(monkeypatch)
    first, second = tmp_path / "r.md", tmp_path / "r.json"
    first.write_text("old md\n")
    second.write_text("old json\n")

    def pieces(name: str) -> Iterator[str]:
        yield f"new {name} begins\n"
        if name == failing:
            raise RuntimeError("the renderer failed half-way")
        yield "and ends\n"

    with pytest.raises(RuntimeError, match="half-way"):
        write_files({first: pieces("first"), second: pieces("second")}, jobs)
    assert first.read_text() == "old md\n"
    assert second.read_text() == "old json\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.md"]


def test_a_writer_stopped_once_it_has_staged_still_tells_its_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked writer asked to stop (SIGTERM) between making its temporary and telling it
    would leave the temporary behind: it holds the stop and ends by telling it."""
    idle_threads_not_counted(monkeypatch)
    parent = os.getpid()
    stage = writing._stage

    def stage_then_stopped(path: Path, text: str | Iterator[str], created: object = None) -> Path:
        temporary = stage(path, text)
        if os.getpid() != parent:  # in the forked writer: a stop arrives now
            os.kill(os.getpid(), signal.SIGTERM)
        return temporary

    monkeypatch.setattr(writing, "_stage", stage_then_stopped)
    first, second = tmp_path / "r.md", tmp_path / "r.json"
    first.write_text("old md\n")
    write_files({first: "new md\n", second: "new json\n"}, jobs=2)
    assert first.read_text() == "new md\n"
    assert second.read_text() == "new json\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.md"]


def test_write_files_refuses_a_folder_directly(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_files({tmp_path / "x": "text"})


def test_reports_written_into_a_source_folder_are_skipped_next_time(workdir: Path) -> None:
    args = ["report", "src", "--out", "src/out.md", "--json", "src/out.json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert (
        "note: src/out.json: a report written by reconcile; not read as a source" in second.stderr
    )
    assert "note: src/out.md: a report written by reconcile; not read as a source" in second.stderr
    assert second.stdout.startswith("2 sources, ")


def _pieces(name: str, told: Path) -> Iterator[str]:
    """A text in pieces that tells, in `told`, which process read it."""
    with told.open("a") as out:
        out.write(f"{name} {os.getpid()}\n")
    for at in range(2000):
        yield f"{name} line {at}\n"


@pytest.mark.parametrize("files", [2, 3])
def test_with_several_jobs_the_files_after_the_first_are_written_by_forked_processes(
    tmp_path: Path, files: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle_threads_not_counted(monkeypatch)
    told = tmp_path / "told"
    names = [f"r{at}.txt" for at in range(files)]
    write_files({tmp_path / "one" / n: _pieces(n, told) for n in names})
    write_files({tmp_path / "two" / n: _pieces(n, told) for n in names}, jobs=files)
    for name in names:
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()
    readers = [line.split() for line in told.read_text().splitlines()]
    here = str(os.getpid())
    assert [pid for _, pid in readers[:files]] == [here] * files  # one job: all here
    forked = dict(readers[files:])
    assert forked[names[0]] == here
    assert all(forked[n] != here for n in names[1:])
    assert len({forked[n] for n in names}) == files
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == names  # no temporary left


def test_a_user_error_met_by_a_forked_writer_is_raised_here_with_its_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle_threads_not_counted(monkeypatch)
    here = os.getpid()
    real_stage = writing._stage

    def stage(path: Path, text: str, created: list[Path] | None = None) -> Path:
        if os.getpid() != here:
            raise writing.OutputError.single(path.as_posix(), "cannot write: disk full")
        return real_stage(path, text, created)

    monkeypatch.setattr(writing, "_stage", stage)
    target = tmp_path / "new" / "r.json"
    with pytest.raises(writing.OutputError) as raised:
        write_files({tmp_path / "new" / "r.md": "md\n", target: "json\n"}, jobs=2)
    assert [p.message for p in raised.value.problems] == ["cannot write: disk full"]
    assert [p.path for p in raised.value.problems] == [target.as_posix()]
    assert list(tmp_path.iterdir()) == []  # the folder made for them removed


def test_no_writer_is_forked_while_another_thread_runs(tmp_path: Path) -> None:
    import threading

    told = tmp_path / "told"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        write_files({tmp_path / n: _pieces(n, told) for n in ("a", "b")}, jobs=2)
    finally:
        stop.set()
        other.join()
    assert {line.split()[1] for line in told.read_text().splitlines()} == {str(os.getpid())}
