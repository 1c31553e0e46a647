"""Caches kept between runs in the user's cache folder: the loaded rules, what each file gave
when it was read, each source's claims, and each block's clusters and facts.

Extraction is a pure function of one source, the rules and this program's code, so its result
can be kept under a key made of the three: the source's content (every field of the loaded
`Source` but its path), the content of every rules file, and a fingerprint of the package
(its version, its code, the Python version). A run that adds one source to ten thousand reads
the others' claims back and extracts one.

Nothing read back is trusted blindly. Every entry carries the SHA-256 of its bytes and the key
it was written under; an entry that does not check out, a file that is not a database, or one
written for other rules or code is set aside and rebuilt, and the run goes on as without a
cache. A cache that cannot be written (read-only folder, disk full) is skipped silently: it
only ever saves time.

Loaded files, claims and blocks are kept in one SQLite file (`claims.sqlite3`, a table each):
the standard library reads one row by key without loading the rest, adds one row without
rewriting the file, and commits whole transactions, so a run killed half-way leaves the
previous entries intact. Entries are
pickled records; pickle is what this process would load from its own bytecode cache too, and
the digest check refuses any entry this program did not write whole.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import functools
import hashlib
import importlib
import io
import os
import pickle
import re
import sqlite3
import sys
import tempfile
import types
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, Any, TypeVar

from reconcile.models import Claim, Cluster, Fact, Source
from reconcile.records import record
from reconcile.rules import RuleSet, bundled_rules_dir, load_rules

if TYPE_CHECKING:
    from reconcile.pairs import KeptPairs
    from reconcile.sources import FileLoad, LoadFiles

CACHE_DIR_ENV = "RECONCILE_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent
_BATCH = 500  # keys per SELECT
T = TypeVar("T")


def default_cache_dir() -> Path:
    """`$RECONCILE_CACHE_DIR`, else `$XDG_CACHE_HOME/reconcile`, else `~/.cache/reconcile`."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile"


@functools.cache
def code_fingerprint() -> str:
    """The package's version and code, and the Python that runs it: what extraction depends on
    besides the source and the rules."""
    from reconcile.version import __version__

    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _rules_folders(extra_dir: str | Path | None) -> list[Path] | None:
    folders = [bundled_rules_dir()]
    if extra_dir is not None:
        extra = Path(extra_dir)
        if not extra.is_dir():
            return None  # load_rules reports it
        folders.append(extra)
    return folders


def rules_fingerprint(extra_dir: str | Path | None = None) -> str | None:
    """The content of every file in the rules folders, at any depth (the languages' words are
    in `lang/<code>/`), and the code that reads them, or None when the folders cannot be read
    (the loader will say why)."""
    folders = _rules_folders(extra_dir)
    if folders is None:
        return None
    digest = hashlib.sha256(code_fingerprint().encode())
    try:
        for folder in folders:
            digest.update(b"\0folder\0" + str(folder.resolve()).encode())
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    name = path.relative_to(folder).as_posix()
                    digest.update(b"\0file\0" + name.encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


# --- Sealed entries: the key and a digest travel with the bytes -----------------------------

_MAGIC = b"reconcile-cache/1\n"


def _mappingproxy(items: dict[str, Any]) -> types.MappingProxyType[str, Any]:
    return types.MappingProxyType(items)


class _Reductions(dict[type, Any]):
    """copyreg's reductions, and the package's frozen records as a call of their class with
    every field in order: read back through the `__init__` `dataclasses` wrote, one call,
    rather than `dataclasses`' `__setstate__`, which looks up the fields of every record it
    reads (most of the time a run with its claims kept spent reading them back). The same
    record either way: `__init__` sets the fields it is given, nothing else."""

    def __missing__(self, kind: type) -> Any:
        reduction = _as_call if _by_init(kind) else None
        if reduction is None:
            raise KeyError(kind)
        self[kind] = reduction
        return reduction


_INIT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _by_init(kind: type) -> tuple[str, ...] | None:
    """The fields of a frozen, slotted record of this package whose generated `__init__`
    takes exactly those fields, in order; None for any other class."""
    if kind not in _INIT_FIELDS:
        _INIT_FIELDS[kind] = _init_fields(kind)
    return _INIT_FIELDS[kind]


def _init_fields(kind: type) -> tuple[str, ...] | None:
    if not kind.__module__.startswith("reconcile.") or "__slots__" not in vars(kind):
        return None
    params = getattr(kind, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(kind, "__post_init__"):
        return None
    fields = dataclasses.fields(kind)
    code = getattr(vars(kind).get("__init__"), "__code__", None)
    if (
        code is None
        or code.co_filename != "<string>"  # written by `dataclasses`, not by hand
        or code.co_kwonlyargcount
        or code.co_varnames[1 : code.co_argcount] != tuple(f.name for f in fields)
        or not all(f.init for f in fields)
    ):
        return None
    return tuple(f.name for f in fields)


def _as_call(record: Any) -> tuple[type, tuple[Any, ...]]:
    kind = type(record)
    return kind, tuple(getattr(record, name) for name in _by_init(kind) or ())


def _dumps(value: object, compiled: bool = False) -> bytes:
    """Pickle, with read-only mappings (used in the rules) kept read-only and the package's
    records kept as calls of their class (`_Reductions`); with `compiled`, regular
    expressions are kept compiled (see `_pattern_reduction`)."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    table = _Reductions(copyreg.dispatch_table)
    table[types.MappingProxyType] = lambda proxy: (_mappingproxy, (dict(proxy),))
    if compiled:
        table[re.Pattern] = _pattern_reduction
    pickler.dispatch_table = table
    pickler.dump(value)
    return stream.getvalue()


def _compiled_pattern(
    pattern: str | bytes,
    flags: int,
    code: list[int],
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[Any]:
    """A pattern from the program `re` compiled it to, as `re._compiler.compile` ends."""
    sre = importlib.import_module("_sre")  # private, as the rest of `re`'s internals
    found: re.Pattern[Any] = sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return found


def _pattern_reduction(pattern: re.Pattern[Any]) -> tuple[Any, ...]:
    """A compiled pattern as the program `re` compiles it to, so that loading it costs no
    parsing or compiling (pickle keeps only its text and compiles it again on load, which is
    most of the time a compiled lexicon takes to load). What `re` would compile is worked out
    here as `re.compile` does, and kept only when it compiles to a pattern equal to this one
    (equal patterns have equal programs); otherwise the pattern is kept as its text."""
    try:
        _compiler = importlib.import_module("re._compiler")
        _parser = importlib.import_module("re._parser")
        tree = _parser.parse(pattern.pattern, pattern.flags)
        code = [int(op) for op in _compiler._code(tree, pattern.flags)]
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (
            pattern.pattern,
            pattern.flags | tree.state.flags,
            code,
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        if _compiled_pattern(*args) == pattern:
            return _compiled_pattern, args
    except Exception:  # another Python's `re`: keep the text
        pass
    return re._compile, (pattern.pattern, pattern.flags)  # type: ignore[attr-defined]


def seal(key: str, value: object, compiled: bool = False) -> bytes:
    """`value` as bytes that carry their key and a digest of themselves (`compiled`: its
    regular expressions kept compiled)."""
    body = _dumps(value, compiled)
    head = _MAGIC + key.encode() + b"\n" + hashlib.sha256(body).hexdigest().encode() + b"\n"
    return head + body


def unseal(key: str, data: bytes) -> Any:
    """The value sealed under `key`; ValueError when the bytes are not exactly that."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a cache entry")
    rest = data[len(_MAGIC) :]
    stored_key, digest, body = rest.split(b"\n", 2)
    if stored_key != key.encode():
        raise ValueError("entry for another key")
    if hashlib.sha256(body).hexdigest().encode() != digest:
        raise ValueError("entry damaged")
    return pickle.loads(body)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


# --- Rules ------------------------------------------------------------------------------


def cached_rules(
    extra_dir: str | Path | None = None, cache_dir: Path | None = None, key: str | None = None
) -> RuleSet:
    """`load_rules(extra_dir)`, read back from `cache_dir` when the rules and code are
    unchanged since it was kept there (validated rules are kept only when they load cleanly;
    errors are always reported by the loader itself). `key` is `rules_fingerprint(extra_dir)`
    when the caller has it already."""
    if cache_dir is not None and key is None:
        key = rules_fingerprint(extra_dir)
    if cache_dir is None or key is None:
        return load_rules(extra_dir)
    path = cache_dir / "rules" / f"{key[:32]}.pickle"
    try:
        rules = unseal(key, path.read_bytes())
        if isinstance(rules, RuleSet):
            return rules
    except Exception:  # missing, damaged or foreign: rebuilt below
        pass
    rules = load_rules(extra_dir)
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        _write_atomic(path, seal(key, rules))
    return rules


# --- What is compiled from the rules: one language's lexicon and kinds ---------------------


def _compiled_path(folder: Path, key: str, language: str) -> Path:
    return folder / "compiled" / f"{key[:32]}.{language}.pickle"


def _compiled_key(key: str, language: str) -> str:
    return f"{key}:{language}:{importlib.import_module('_sre').MAGIC}"


def load_compiled(folder: Path, key: str, language: str, kind: type[T]) -> T | None:
    """What was compiled from the rules of content hash `key` for `language` and kept in
    `folder`, or None when it is missing, damaged, made for other rules or code, or not a
    `kind`."""
    try:
        value = unseal(
            _compiled_key(key, language), _compiled_path(folder, key, language).read_bytes()
        )
    except Exception:
        return None
    return value if isinstance(value, kind) else None


def save_compiled(folder: Path, key: str, language: str, value: object) -> None:
    """Keep what was compiled for `language` (nothing happens when it cannot be kept)."""
    with contextlib.suppress(Exception):  # unwritable, or holds what pickle cannot keep
        data = seal(_compiled_key(key, language), value, compiled=True)
        _write_atomic(_compiled_path(folder, key, language), data)


# --- Unit conversions -------------------------------------------------------------------


def _units_key() -> str:
    """The code, and the installed pint (its location and the time it was installed)."""
    import importlib.util

    spec = importlib.util.find_spec("pint")
    where = spec.origin if spec is not None and spec.origin else ""
    stamp = os.stat(where).st_mtime_ns if where else 0
    return hashlib.sha256(f"{code_fingerprint()}|{where}|{stamp}".encode()).hexdigest()


def _units_path(folder: Path, key: str) -> Path:
    return folder / "units" / f"{key[:32]}.pickle"


def load_unit_table(folder: Path) -> None:
    """Take the conversions kept in `folder` into `reconcile.units.TABLE` (none when the file
    is missing, damaged or made by other code or another pint)."""
    from reconcile.units import TABLE, UnitTable

    key = _units_key()
    try:
        table = unseal(key, _units_path(folder, key).read_bytes())
    except Exception:
        return
    if isinstance(table, UnitTable):
        TABLE.merge(table)


def save_unit_table(folder: Path) -> None:
    """Keep the conversions of this process in `folder`, when it worked out new ones."""
    from reconcile.units import TABLE, UnitTable

    if not TABLE.added:
        return
    key = _units_key()
    path = _units_path(folder, key)
    keep = UnitTable()
    try:
        kept = unseal(key, path.read_bytes())
        if isinstance(kept, UnitTable):
            keep.merge(kept)  # what other runs added meanwhile
    except Exception:
        pass
    keep.merge(TABLE)
    with contextlib.suppress(OSError):
        _write_atomic(path, seal(key, keep))
    TABLE.added = 0


# --- Claims per source ------------------------------------------------------------------


def source_key(source: Source) -> str:
    """What a source's claims depend on in the source: every field but its path."""
    fields = dataclasses.replace(source, path="")
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()


def block_digest(key: str, members: Sequence[Claim], source_keys: Mapping[str, str]) -> str:
    """What the clusters of one block depend on besides the rules and code: its key and its
    members in order, each by its id and its source's key (`source_key`: the source's
    content, publication date, language; hence its claims and its topic)."""
    digest = hashlib.sha256(key.encode())
    digest.update("".join([f"\0{source_keys[c.source_id]}\0{c.id}" for c in members]).encode())
    return digest.hexdigest()


def file_key(path: Path, rules: RuleSet) -> str | None:
    """What loading the file at `path` depends on besides the rules and code: its path, its
    bytes and its sidecar's (`reconcile.sources.sidecar_of`); None when it is not a regular
    file within the size limit or cannot be read (loading it says why)."""
    from reconcile.sources import sidecar_of

    try:
        info = os.stat(path)  # one call: a key is worked out for every file of every run
        if info.st_size > rules.sources.limits.max_source_bytes or not S_ISREG(info.st_mode):
            return None
        with open(path, "rb") as stream:
            digest = hashlib.sha256(path.as_posix().encode() + b"\0" + stream.read())
        sidecar = sidecar_of(path)
        if os.path.isfile(sidecar):
            digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


@record
class KeptBlock:
    """What one block gave a run: its clusters and their facts, the digest of its members
    then (`block_digest`), and per cluster the digest of its sources (`sources_digest`).

    When the members are the same, clusters and facts are read back. When they changed (a
    new source's claim joined), the block is clustered again, and a cluster equal to one
    kept, of sources with the same digest, takes the fact kept for it: a fact depends on
    its cluster, its claims (given by their sources) and its sources' paths and dates."""

    digest: str
    clusters: tuple[Cluster, ...]
    facts: tuple[Fact, ...]
    sources: tuple[str, ...]

    def valid(self) -> bool:
        return (
            isinstance(self.clusters, tuple)
            and isinstance(self.facts, tuple)
            and isinstance(self.sources, tuple)
            and len(self.clusters) == len(self.facts) == len(self.sources)
            and all(isinstance(c, Cluster) for c in self.clusters)
            and all(isinstance(f, Fact) for f in self.facts)
        )

    def facts_by_cluster(self) -> dict[Cluster, tuple[str, Fact]]:
        return {c: (d, f) for c, d, f in zip(self.clusters, self.sources, self.facts, strict=True)}


def sources_digest(source_ids: Iterable[str], source_keys: Mapping[str, str]) -> str:
    """The digest of these sources, each by its key in `source_keys`, in id order."""
    digest = hashlib.sha256()
    for source_id in sorted(set(source_ids)):
        digest.update(f"\0{source_keys[source_id]}".encode())
    return digest.hexdigest()


class ClaimCache:
    """Each source's claims, kept in `folder/claims.sqlite3` under the source's key and the
    rules' key; and each block's clusters, under the block's key and the digest of its
    members. Entries for other rules or code are removed when the cache is opened."""

    def __init__(self, folder: Path, rules_key: str) -> None:
        self.path = folder / "claims.sqlite3"
        self.rules_key = rules_key
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        self.rebuilt = False
        self._source_keys: dict[str, tuple[Source, str]] = {}
        self._blocks_wanted: dict[str, str] = {}
        self._blocks_read: dict[str, KeptBlock] = {}

    def source_key(self, source: Source) -> str:
        """`source_key(source)`, worked out once per source of a run."""
        known = self._source_keys.get(source.id)
        if known is not None and known[0] is source:
            return known[1]
        key = source_key(source)
        self._source_keys[source.id] = (source, key)
        return key

    @classmethod
    def for_rules(cls, folder: Path, extra_dir: str | Path | None = None) -> ClaimCache | None:
        """A cache for the rules in `extra_dir` (over the bundled ones), or None when the
        rules cannot be read."""
        key = rules_fingerprint(extra_dir)
        return None if key is None else cls(folder, key)

    def _open(self) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10)
                for table in ("claims", "blocks", "loads", "pairs"):
                    db.execute(
                        f"CREATE TABLE IF NOT EXISTS {table}"
                        " (key TEXT PRIMARY KEY, rules TEXT NOT NULL, entry BLOB NOT NULL)"
                    )
                    stale = f"SELECT 1 FROM {table} WHERE rules != ? LIMIT 1"
                    if db.execute(stale, (self.rules_key,)).fetchone():  # for other rules
                        db.execute(f"DELETE FROM {table} WHERE rules != ?", (self.rules_key,))
                db.commit()
                self._db = db
                return db
            except sqlite3.OperationalError:
                return None  # busy or unwritable: this run goes without
            except sqlite3.DatabaseError:
                # Not a database, or damaged: start again from an empty file, once.
                if attempt == 0:
                    self.rebuilt = True
                    self.path.unlink(missing_ok=True)
            except OSError:
                return None
        return None

    def _entry_key(self, source_key: str) -> str:
        return f"{self.rules_key}:{source_key}"

    def _select(self, db: sqlite3.Connection, table: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The entries of `table` kept under these rules for `keys`, read in batches (SQLite
        bounds the parameters of one statement); `table` is one of this module's own."""
        rows: dict[str, bytes] = {}
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, entry FROM {table} WHERE rules = ? AND key IN ({marks})"
            rows.update(db.execute(query, (self.rules_key, *chunk)).fetchall())
        return rows

    def get_many(self, sources: Sequence[Source]) -> list[tuple[Claim, ...] | None]:
        """Per source, its claims as kept, or None when they must be extracted."""
        found: list[tuple[Claim, ...] | None] = [None] * len(sources)
        db = self._open()
        if db is None:
            self.misses += len(sources)
            return found
        keys = [self.source_key(s) for s in sources]
        try:
            rows = self._select(db, "claims", keys)
        except sqlite3.DatabaseError as error:
            self._failed(error)
            self.misses += len(sources)
            return found
        for i, (source, key) in enumerate(zip(sources, keys, strict=True)):
            data = rows.get(key)
            if data is None:
                continue
            try:
                claims = unseal(self._entry_key(key), data)
            except Exception:
                self.rebuilt = True
                continue
            if isinstance(claims, tuple) and all(
                isinstance(c, Claim) and c.source_id == source.id for c in claims
            ):
                found[i] = claims
        self.hits += sum(1 for f in found if f is not None)
        self.misses += sum(1 for f in found if f is None)
        return found

    def put_many(self, items: Iterable[tuple[Source, tuple[Claim, ...]]]) -> None:
        """Keep the claims of these sources (nothing happens when the cache cannot be written)."""
        db = self._open()
        if db is None:
            return
        rows = []
        for source, claims in items:
            key = self.source_key(source)
            rows.append((key, self.rules_key, seal(self._entry_key(key), claims)))
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError as error:
            self._failed(error)

    def get_blocks(self, wanted: Mapping[str, str]) -> dict[str, KeptBlock]:
        """Per block key in `wanted`, what was kept for that block (`KeptBlock`), whatever its
        members were then: the caller compares `digest` with `wanted[key]` (`block_digest`)."""
        db = self._open()
        if db is None:
            return {}
        keys = sorted(wanted)
        try:
            rows = self._select(db, "blocks", keys)
        except sqlite3.DatabaseError as error:
            self._failed(error)
            return {}
        found: dict[str, KeptBlock] = {}
        for key, data in rows.items():
            try:
                kept = unseal(self._block_entry_key(key), data)
            except Exception:  # damaged, or copied from another block: clustered again
                continue
            if isinstance(kept, KeptBlock) and kept.valid():
                found[key] = kept
        self._blocks_wanted, self._blocks_read = dict(wanted), found
        return found

    def block_read(self, key: str) -> tuple[KeptBlock | None, str]:
        """What `get_blocks` read for block `key` in this run (None if nothing), and the
        digest it asked for (the one this run's clusters of the block are kept by; "" if
        none)."""
        return self._blocks_read.get(key), self._blocks_wanted.get(key, "")

    def put_blocks(self, items: Iterable[tuple[str, KeptBlock]]) -> None:
        """Keep each block's clusters and facts, in place of what was kept for it before."""
        db = self._open()
        if db is None:
            return
        rows = [
            (key, self.rules_key, seal(self._block_entry_key(key), kept)) for key, kept in items
        ]
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO blocks VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError as error:
            self._failed(error)

    def loading(self, load_files: LoadFiles) -> LoadFiles:
        """`load_files` (see `reconcile.sources.read_sources`), with what each file gave a run
        before read back when the file, its sidecar and its path are unchanged (under the same
        rules and code); the other files are read by `load_files` and kept. A file that gave
        a problem is not kept: the run stops on it, and it is read again the next time."""

        def load(files: Sequence[Path], rules: RuleSet) -> list[FileLoad]:
            keys = [file_key(path, rules) for path in files]
            kept = self._get_loads([key for key in keys if key is not None])
            found: list[FileLoad | None] = [kept.get(key) if key else None for key in keys]
            missing = [i for i, item in enumerate(found) if item is None]
            fresh = load_files([files[i] for i in missing], rules) if missing else []
            keep = []
            for i, item in zip(missing, fresh, strict=True):
                found[i] = item
                # kept only when the file did not change while it was read
                key = keys[i]
                if key is not None and not item[1] and file_key(files[i], rules) == key:
                    keep.append((key, item))
            if keep:
                self._put_loads(keep)
            return [item for item in found if item is not None]

        return load

    def _get_loads(self, keys: Sequence[str]) -> dict[str, FileLoad]:
        db = self._open()
        if db is None or not keys:
            return {}
        try:
            rows = self._select(db, "loads", keys)
        except sqlite3.DatabaseError as error:
            self._failed(error)
            return {}
        found: dict[str, FileLoad] = {}
        for key, data in rows.items():
            try:
                item = unseal(f"{self.rules_key}:load:{key}", data)
            except Exception:  # damaged or foreign: read again
                self.rebuilt = True
                continue
            if (
                isinstance(item, tuple)
                and len(item) == 3
                and (item[0] is None or isinstance(item[0], Source))
                and item[1] == ()
                and isinstance(item[2], tuple)
            ):
                found[key] = item
        return found

    def _put_loads(self, items: Sequence[tuple[str, FileLoad]]) -> None:
        db = self._open()
        if db is None:
            return
        rows = [
            (key, self.rules_key, seal(f"{self.rules_key}:load:{key}", item)) for key, item in items
        ]
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO loads VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError as error:
            self._failed(error)

    def get_pairs(self, block: str) -> KeptPairs | None:
        """What clustering `block` read and decided in a run before (`KeptPairs`), or None."""
        from reconcile.pairs import KeptPairs

        db = self._open()
        if db is None:
            return None
        try:
            rows = self._select(db, "pairs", [block])
        except sqlite3.DatabaseError as error:
            self._failed(error)
            return None
        if block not in rows:
            return None
        try:
            kept = unseal(f"{self.rules_key}:pairs:{block}", rows[block])
        except Exception:  # damaged, or copied from another block: decided again
            return None
        return kept if isinstance(kept, KeptPairs) and kept.valid() else None

    def put_pairs(self, block: str, kept: KeptPairs) -> None:
        """Keep what clustering `block` read and decided, in place of what was kept before."""
        db = self._open()
        if db is None:
            return
        row = (block, self.rules_key, seal(f"{self.rules_key}:pairs:{block}", kept))
        try:
            with db:
                db.execute("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?)", row)
        except sqlite3.DatabaseError as error:
            self._failed(error)

    def _block_entry_key(self, block: str) -> str:
        return f"{self.rules_key}:block:{block}"

    def _failed(self, error: sqlite3.DatabaseError) -> None:
        """The database failed under us: when damaged, remove it (the next run starts a new
        one); when only busy, leave it to the run that holds it."""
        self.close()
        if not isinstance(error, sqlite3.OperationalError):
            self.rebuilt = True
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the database file."""
        if self._db is not None:
            self._db.close()
            self._db = None
