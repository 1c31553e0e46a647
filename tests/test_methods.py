"""The dataclass methods kept compiled between runs (`reconcile/methods.py`)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import reconcile.methods as methods

PROBE = """
import reconcile.methods as m
import reconcile.reasons, reconcile.models, reconcile.rules.schema
print(len(m._METHODS.stored), len(m._METHODS.added))
print(repr(reconcile.reasons.SharedWords(("a", "b"))))
print(reconcile.reasons.SameTime("x") == reconcile.reasons.SameTime("x"))
"""


def _run(prefix: Path, write: bool = True) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.splitlines()


def _kept(prefix: Path) -> Path:
    found = sorted(prefix.rglob("methods.*.methods"))
    assert len(found) == 1, found
    return found[0]


def test_methods_are_compiled_once_then_read_back(tmp_path: Path) -> None:
    first = _run(tmp_path)
    stored, added = map(int, first[0].split())
    assert stored == 0 and added > 100  # every record's methods compiled, then kept
    assert first[1:] == ["SharedWords(words=('a', 'b'))", "True"]
    second = _run(tmp_path)
    assert second[0] == f"{added} 0"  # all read back, none compiled
    assert second[1:] == first[1:]


def test_a_damaged_file_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    added = int(_run(tmp_path)[0].split()[1])
    kept = _kept(tmp_path)
    data = bytearray(kept.read_bytes())
    data[-10] ^= 0xFF
    kept.write_bytes(bytes(data))
    assert _run(tmp_path)[0] == f"0 {added}"  # the seal does not check out: nothing trusted
    assert _run(tmp_path)[0] == f"{added} 0"  # and the file was written again


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    assert _run(tmp_path, write=False)[0].split()[0] == "0"
    assert not list(tmp_path.rglob("methods.*.methods"))


def test_kept_methods_are_those_dataclasses_compiles() -> None:
    """The same code and annotations as `dataclasses` gives a module outside the package
    (compiled without this module's `from __future__ import annotations`)."""
    source = (
        "from dataclasses import dataclass\n"
        "@dataclass(frozen=True, slots=True)\n"
        "class Probe:\n"
        "    a: int\n"
        "    b: 'tuple[str, ...]' = ()\n"
    )
    made = {}
    for name in ("reconcile.probe_module", "probe_module"):
        module = types.ModuleType(name)
        sys.modules[name] = module
        try:
            exec(compile(source, name, "exec", dont_inherit=True), module.__dict__)
        finally:
            del sys.modules[name]
        made[name] = module.Probe
    kept, plain = made["reconcile.probe_module"], made["probe_module"]
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        ours, theirs = getattr(kept, method), getattr(plain, method)
        assert ours.__code__.co_code == theirs.__code__.co_code, method
        assert ours.__code__.co_flags == theirs.__code__.co_flags, method
        assert ours.__annotations__ == theirs.__annotations__, method
    assert "probe_module" not in "".join(methods._METHODS.added)  # only the package's kept
    assert repr(kept(1)) == "Probe(a=1, b=())"
