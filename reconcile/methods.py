"""The methods `dataclasses` writes for the package's records, kept compiled between runs.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` and frozen
`__setattr__` as Python text and compiles it when the class is defined: for the package's
160-odd records that compiling was about a third of the import time of `reconcile check`.
Like Python's own bytecode cache, the compiled code is kept beside the package's bytecode
(`__pycache__/methods.<tag>.methods`) and read back by the text it was compiled from, so a
method is the one its text gives, whatever changed. Only the package's own modules go
through this; the file is sealed with its SHA-256 and read only when it checks out, written
only where Python writes bytecode, and left alone when it cannot be.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import marshal
import os
import sys
from typing import Any

_PACKAGE = __name__.partition(".")[0] + "."
_SEAL = hashlib.sha256
_SEAL_SIZE = _SEAL().digest_size


class _Methods:
    """Compiled method code by source text: read from the file once, written back at exit
    when new texts were compiled."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stored = self._read()
        self.added: dict[str, bytes] = {}

    def _header(self) -> bytes:
        return f"reconcile-methods {sys.implementation.cache_tag} {sys.version}\n".encode()

    def _read(self) -> dict[str, bytes]:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as stream:
                data = stream.read()
        except OSError:
            return {}
        header = self._header()
        body = data[len(header) + _SEAL_SIZE :]
        seal = data[len(header) : len(header) + _SEAL_SIZE]
        if not data.startswith(header) or _SEAL(body).digest() != seal:
            return {}
        try:
            stored = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            return {}
        return stored if isinstance(stored, dict) else {}

    def code(self, text: str) -> Any:
        kept = self.stored.get(text)
        if kept is not None:
            try:
                return marshal.loads(kept)
            except (EOFError, ValueError, TypeError):
                pass
        # as `exec(text)` in `dataclasses` compiles it: no `__future__` flag of this module
        code = compile(text, "<string>", "exec", dont_inherit=True)
        if self.path is not None and not sys.dont_write_bytecode:
            if not self.added:
                import atexit

                atexit.register(self.write)
            self.added[text] = marshal.dumps(code)
        return code

    def write(self) -> None:
        if self.path is None or not self.added:
            return
        body = marshal.dumps({**self.stored, **self.added})
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as stream:
                stream.write(self._header() + _SEAL(body).digest() + body)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.remove(temporary)


def _path() -> str | None:
    """Beside this module's bytecode (Python's `__pycache__`, or `sys.pycache_prefix`)."""
    cached = globals().get("__cached__")
    if not isinstance(cached, str) or not cached:
        return None
    folder, name = os.path.split(cached)
    return os.path.join(folder, name.rsplit(".", 1)[0] + ".methods")


_METHODS = _Methods(_path())


def _exec(source: Any, globals_: Any = None, locals_: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it, with the compiled code kept for the package's
    records."""
    if isinstance(source, str):
        module = globals_.get("__name__", "") if isinstance(globals_, dict) else ""
        if module.startswith(_PACKAGE):
            source = _METHODS.code(source)
        else:  # as `dataclasses` compiles it: no `__future__` flag of this module
            source = compile(source, "<string>", "exec", dont_inherit=True)
    exec(source, globals_, locals_)


def install() -> None:
    """Make `dataclasses` compile the package's methods through the kept code."""
    if getattr(dataclasses, "exec", None) is None:
        dataclasses.exec = _exec  # type: ignore[attr-defined]
