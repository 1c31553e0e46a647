"""Web archives (WARC, plain or gzipped; read by warcio): each archived HTML or text page
is an article.

`response` records with status 200 and `resource` records whose content type is HTML or
plain text are read; the rest (requests, metadata, images, redirects) are skipped. A page is
known as `FILE#recordN` (N counts the records read, from 1) and its `url` is the record's
target address. The capture date is not a publication date and is not used as one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reconcile.errors import InputError
from reconcile.records import record

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@record
class Page:
    """One archived page: its bytes, its address and its declared content type."""

    number: int
    url: str | None
    content_type: str
    body: bytes


def is_warc(path: Path) -> bool:
    """True for a web archive file, by its name."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_pages(path: Path, max_bytes: int) -> Iterator[Page]:
    """The HTML and text pages archived in `path`; raises `InputError` naming it.

    A page's body is read up to `max_bytes + 1` bytes, so the caller can tell one too large.
    """
    from warcio.archiveiterator import ArchiveIterator  # only a run reading a WARC pays
    from warcio.exceptions import ArchiveLoadFailed

    shown = path.as_posix()
    number = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                content_type = _content_type(record)
                if content_type.split(";")[0].strip().lower() not in _TEXT_TYPES:
                    continue
                body = record.content_stream().read(max_bytes + 1)  # the caller refuses more
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield Page(number, url or None, content_type, body)
    except ArchiveLoadFailed as error:
        raise InputError.single(shown, f"not a readable web archive: {error.msg}") from None
    except OSError as error:
        raise InputError.single(shown, f"cannot read: {error.strerror or error}") from None


def _content_type(record: Any) -> str:
    """The content type of an archived page (of a response with a 2xx status), else ""."""
    rec_type = record.rec_type
    if rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode()).startswith("2"):
            return ""
        return str(http.get_header("Content-Type") or "")
    if rec_type == "resource":
        return str(record.rec_headers.get_header("Content-Type") or "")
    return ""
