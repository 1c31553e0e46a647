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

from reconcile.errors import InputError, Problem


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


def write_files(files: Mapping[Path, str | Iterable[str]]) -> None:
    """Write every file whole, or none: all temporaries first, then the renames. A text given
    in pieces is written piece by piece; when producing a piece fails, nothing is written."""
    check_targets(files)
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []  # folders made for the files, removed again when none is written
    with _cleanup_on_signal():
        try:
            for path, text in files.items():
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


def _stage(path: Path, text: str | Iterable[str], created: list[Path] | None = None) -> Path:
    """`text` (or its pieces, in order) in a complete temporary file beside `path`, with the
    mode `path` should have; the folders it makes for it are added to `created`."""
    shown = path.as_posix()
    try:
        if created is not None:
            created += [f for f in (path.parent, *path.parent.parents) if not f.exists()]
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            [Problem(path.parent.as_posix(), None, f"cannot create folder: {error.strerror}")]
        ) from None
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
