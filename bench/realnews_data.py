"""The shared real-news texts as documents with stable keys, and how they become sources.

The texts live outside the repository in `../shared/data/real-news/` (Wikinews, MEANTIME,
Wikipedia's Current-events pages; open licences, see that folder's README). The repository
keeps annotations only: each points at a document by `(file, key)` and into its text by
character offsets `[start, end)`. This module is the one place that says what "the text of a
document" is, so that annotations, the benchmark and the tool agree on offsets:

- `wikinews/wikinews_2019.csv`, `wikinews/wikinews_2020.csv`: one document per row, keyed by
  its `url`; the text is the row's `text` column exactly as the CSV reader returns it.
- `meantime/intra_cross-doc_annotation/<group>/<name>.xml`: one document per file, key `""`;
  the text is the tokens of each sentence joined by one space, sentences joined by `"\\n"`
  (sentence 0 is the title, sentence 1 the date line).
- `current-events/<YYYY-MM-DD>-index.md`: one document per day page, key `""`; the text is the
  file as read (UTF-8, newlines as in the file).

`materialize(documents, folder)` writes each document's text byte for byte to a file the tool
reads, with its metadata in a `NAME.meta.yaml` sidecar, so offsets into the written file are
offsets into the document text.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MISSING_EXIT = 2


@dataclass(frozen=True)
class Document:
    """One real-news document: where it comes from, its text and what it states of itself."""

    file: str  # relative to the real-news folder, e.g. "wikinews/wikinews_2019.csv"
    key: str  # row url for Wikinews CSVs, "" for one-document files
    text: str
    title: str | None
    published: str | None  # ISO date when known
    url: str | None

    @property
    def id(self) -> str:
        """A short stable id: a readable stem and a hash of file and key."""
        digest = hashlib.sha256(f"{self.file}\0{self.key}".encode()).hexdigest()[:8]
        stem = Path(self.key.rstrip("/") or self.file).name.split(".")[0]
        safe = "".join(ch if ch.isalnum() else "-" for ch in stem)[:40].strip("-")
        return f"{safe}-{digest}"


def real_news_root() -> Path | None:
    """The real-news folder: `$RECONCILE_SHARED/data/real-news`, else `../shared/...`."""
    shared = os.environ.get("RECONCILE_SHARED")
    candidates = [Path(shared)] if shared else []
    candidates.append(ROOT.parent / "shared")
    for base in candidates:
        folder = base / "data" / "real-news"
        if folder.is_dir():
            return folder
    return None


def require_root() -> Path:
    """The real-news folder, or a message and exit 2 when it is absent."""
    folder = real_news_root()
    if folder is None:
        print(
            "real-news data not found: expected ../shared/data/real-news beside the "
            "repository, or set RECONCILE_SHARED to the shared folder",
            file=sys.stderr,
        )
        raise SystemExit(MISSING_EXIT)
    return folder


@cache
def _wikinews(file: str) -> dict[str, Document]:
    root = require_root()
    rows: dict[str, Document] = {}
    csv.field_size_limit(1 << 26)
    with (root / file).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows[row["url"]] = Document(
                file=file,
                key=row["url"],
                text=row["text"],
                title=row["title"] or None,
                published=row["date"] or None,
                url=row["url"],
            )
    return rows


def _meantime(file: str) -> Document:
    root = require_root()
    tree = ElementTree.parse(root / file)
    document = tree.getroot()
    sentences: dict[int, list[str]] = {}
    for token in document.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = [" ".join(sentences[number]) for number in sorted(sentences)]
    title = lines[0] if lines else None
    return Document(
        file=file,
        key="",
        text="\n".join(lines),
        title=title,
        published=None,
        url=document.get("url"),
    )


def _current_events(file: str) -> Document:
    root = require_root()
    text = (root / file).read_text(encoding="utf-8")
    day = Path(file).name[:10]
    return Document(file=file, key="", text=text, title=None, published=day, url=None)


def load(file: str, key: str = "") -> Document:
    """The document at `file` (relative to the real-news folder) with `key`."""
    if file.startswith("wikinews/"):
        try:
            return _wikinews(file)[key]
        except KeyError:
            raise KeyError(f"{file}: no row with url {key!r}") from None
    if file.startswith("meantime/"):
        return _meantime(file)
    if file.startswith("current-events/"):
        return _current_events(file)
    raise KeyError(f"unknown real-news file {file!r}")


def wikinews_documents(file: str) -> list[Document]:
    """Every article of one Wikinews CSV, in file order."""
    return list(_wikinews(file).values())


def materialize(documents: list[Document], folder: Path) -> dict[str, Path]:
    """Write each document as a source file plus a metadata sidecar; map document id to path.

    The source file holds the document text exactly, so gold offsets index it unchanged.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for document in documents:
        suffix = ".md" if document.file.startswith("current-events/") else ".txt"
        path = folder / f"{document.id}{suffix}"
        path.write_text(document.text, encoding="utf-8", newline="")
        meta = {"title": document.title, "published": document.published, "url": document.url}
        lines = [f"{name}: {_yaml_string(value)}" for name, value in meta.items() if value]
        (folder / f"{document.id}.meta.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths[document.id] = path
    return paths


def _yaml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


TEST_SHARE = 3  # one in three clusters or documents is held out


def split_of(name: str) -> str:
    """`"test"` or `"dev"` for a cluster id or document id, fixed by hash before any tuning.

    Rules may be tuned on dev only; test is scored and never read while tuning.
    """
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if digest % TEST_SHARE == 0 else "dev"


def half_of(name: str) -> str | None:
    """`"dev-a"` or `"dev-b"` for a dev cluster or document id, `None` for a test one.

    A rule written while reading dev-a misses is checked on dev-b before it is kept: a gain
    on dev-a alone is a rule fitted to those stories' wording. Fixed by a second hash.
    """
    if split_of(name) != "dev":
        return None
    digest = int(hashlib.sha256(f"dev-b:{name}".encode()).hexdigest()[:8], 16)
    return "dev-b" if digest % 2 else "dev-a"
