"""Writing output files so that none is lost, half-written or written over a source.

`check_targets()` refuses, before any work is written, a target that is a source being
read, a folder, a symbolic link or not a regular file, and two targets that are one file.
`write_files()` writes every text to a temporary file beside its target first (a text may
come in pieces, written as they come, so that a large report is never held whole), and only
when all are complete renames them over their targets, one right after the other; the
temporary files are removed on any exit, a Ctrl-C or a SIGTERM included. A replaced file
keeps its permission bits; a new one gets 0666 less the umask (0644 under the usual 022).
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from reconcile.errors import InputError, Problem, ReconcileError


class OutputError(InputError):
    """An output file cannot be written where it was asked for."""


def check_targets(targets: Iterable[Path], sources: Iterable[str | Path] = ()) -> None:
    """Refuse targets that would lose a file; every problem is listed at once."""
    problems: list[Problem] = []
    read = {_identity(Path(s)) for s in sources}
    seen: dict[tuple[str, ...], Path] = {}
    for target in targets:
        shown = target.as_posix()
        if target.is_symlink():
            problems.append(
                Problem(shown, None, "is a symbolic link; give the path of the file it points to")
            )
            continue
        if target.is_dir():
            problems.append(Problem(shown, None, "is a folder; give a file name"))
            continue
        if target.exists() and not target.is_file():
            problems.append(Problem(shown, None, "is not a regular file; give another name"))
            continue
        identity = _identity(target)
        if identity in read:
            problems.append(
                Problem(shown, None, "is a source being read; write the report somewhere else")
            )
        if identity in seen:
            problems.append(
                Problem(shown, None, f"is the same file as {seen[identity].as_posix()}; give two")
            )
        seen.setdefault(identity, target)
    if problems:
        raise OutputError(problems)


def _identity(path: Path) -> tuple[str, ...]:
    """What makes two paths one file: device and inode when it exists, else its full path."""
    try:
        info = path.stat()
    except OSError:
        return ("path", str(path.resolve()))
    return ("inode", str(info.st_dev), str(info.st_ino))


def write_files(files: Mapping[Path, str | Iterable[str]], jobs: int = 1) -> None:
    """Write every file whole, or none: all temporaries first, then the renames. A text given
    in pieces is written piece by piece; when producing a piece fails, nothing is written.
    With `jobs` above 1, the files after the first are written by processes forked from this
    one (`_stage_forked`) while this one writes the first: the same bytes."""
    check_targets(files)
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []  # folders made for the files, removed again when none is written
    with _cleanup_on_signal():
        try:
            given = list(files.items())
            if jobs > 1 and len(given) > 1 and _may_fork():
                _stage_forked(given, jobs, staged, created)
            for path, text in given[len(staged) :]:
                staged.append((_stage(path, text, created), path))
            for temporary, path in staged:
                try:
                    os.replace(temporary, path)
                except OSError as error:
                    raise OutputError(
                        [Problem(path.as_posix(), None, f"cannot write: {error.strerror}")]
                    ) from None
        except BaseException:
            for temporary, _ in staged:
                temporary.unlink(missing_ok=True)
            for folder in sorted(created, key=lambda f: len(f.parts), reverse=True):
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
            raise
        finally:
            for temporary, _ in staged:
                temporary.unlink(missing_ok=True)


def _may_fork() -> bool:
    """Whether this process may fork a writer: the system forks, and no other thread runs
    (one could hold a lock the child would wait on)."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def _stage_forked(
    given: list[tuple[Path, str | Iterable[str]]],
    jobs: int,
    staged: list[tuple[Path, Path]],
    created: list[Path],
) -> None:
    """The files of `given` staged as `_stage` stages them, each in `staged` in the order
    given: the first here, up to `jobs - 1` of the others each in a process forked from this
    one (a text given in pieces is read there: the report it renders is this process's,
    nothing is sent), meanwhile; what is left is staged by the caller. A child tells the
    path of its temporary file, or the error it met, through a pipe (`_stage_child`); when
    this process fails first, its children are asked to stop (SIGTERM) and the temporaries
    they wrote removed. A child holds SIGTERM and SIGINT from before its fork to its end
    (`_held_stops`): stopped at any moment, it could leave a temporary it had not told, so
    it always ends by telling one, and this process removes it. The objects made so far are left
    out of the collector's passes while the children fork (`gc.freeze`: a child's passes
    would copy every page it shares)."""
    import gc

    for path, _ in given:  # the folders, made here: removed here if nothing is written
        _folder(path, created)
    children: list[tuple[int, int, Path]] = []
    try:
        freeze = not gc.get_freeze_count()  # (else their owner decides)
        if freeze:
            gc.freeze()
        try:
            for path, text in given[1:jobs]:
                read, write = os.pipe()
                with _held_stops():
                    pid = os.fork()
                    if pid == 0:  # the child, the stops held: never returns
                        os.close(read)
                        _stage_child(path, text, write)
                    os.close(write)
                    children.append((pid, read, path))  # before a held stop is taken
        finally:
            if freeze:
                gc.unfreeze()
        staged.append((_stage(given[0][0], given[0][1]), given[0][0]))
        while children:
            pid, read, path = children.pop(0)
            found = _answer(pid, read, path)
            if isinstance(found, BaseException):
                raise found
            staged.append((found, path))
    finally:
        for pid, read, path in children:  # failed here first: the children stopped
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            found = _answer(pid, read, path)
            if isinstance(found, Path):
                found.unlink(missing_ok=True)


@contextmanager
def _held_stops() -> Iterator[None]:
    """SIGTERM and SIGINT held (blocked, not lost) in this thread meanwhile, where the system
    can hold signals; a process forked meanwhile holds them all its life."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _answer(pid: int, read: int, path: Path) -> Path | BaseException:
    """What the child `pid` staging `path` told through the pipe `read` (closed here), once
    it has ended: its temporary file, or the error it met."""
    import pickle

    with os.fdopen(read, "rb") as answer:
        told = answer.read()
    os.waitpid(pid, 0)
    if not told:
        return OutputError([Problem(path.as_posix(), None, "cannot write: its writer ended")])
    what, found = pickle.loads(told)
    if what == "staged":
        return Path(found)
    if what == "problems":  # a user's error, made again of its class and problems
        kind, problems = found
        return kind(problems)  # type: ignore[no-any-return]
    return found  # type: ignore[no-any-return]


def _stage_child(path: Path, text: str | Iterable[str], write: int) -> None:
    """In a forked child: `path` staged, and the path of its temporary file, or the error
    met, pickled to the pipe `write`; the child then ends at once (no handler of the
    process it was forked from runs)."""
    import pickle

    status = 0
    try:
        told = pickle.dumps(("staged", str(_stage(path, text))))
    except BaseException as error:  # told to the parent, raised there
        status = 1
        if isinstance(error, ReconcileError):
            told = pickle.dumps(("problems", (type(error), error.problems)))
        else:
            try:
                told = pickle.dumps(("error", error))
            except Exception:
                told = pickle.dumps(("error", RuntimeError(f"{path.as_posix()}: {error!r}")))
    try:
        with os.fdopen(write, "wb") as out:
            out.write(told)
    finally:
        os._exit(status)


def _folder(path: Path, created: list[Path] | None) -> None:
    """The folder of `path` made if missing; the folders made are added to `created`."""
    try:
        if created is not None:
            created += [f for f in (path.parent, *path.parent.parents) if not f.exists()]
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            [Problem(path.parent.as_posix(), None, f"cannot create folder: {error.strerror}")]
        ) from None


def _stage(path: Path, text: str | Iterable[str], created: list[Path] | None = None) -> Path:
    """`text` (or its pieces, in order) in a complete temporary file beside `path`, with the
    mode `path` should have; the folders it makes for it are added to `created`."""
    shown = path.as_posix()
    _folder(path, created)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as error:
        raise OutputError([Problem(shown, None, f"cannot write: {error.strerror}")]) from None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError([Problem(shown, None, f"cannot write: {error.strerror}")]) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            if isinstance(text, str):
                stream.write(text)
            else:
                for piece in text:
                    stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError([Problem(shown, None, f"cannot write: {error.strerror}")]) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


@contextmanager
def _cleanup_on_signal() -> Iterator[None]:
    """Turn SIGTERM into an exception while writing, so `finally` removes the temporaries."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
