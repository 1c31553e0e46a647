"""Polite fetching of web pages with the standard library, cached on disk.

A `Fetcher` sends a user agent naming the tool and its version, reads each host's
`robots.txt` once and fetches nothing it disallows, waits `delay` seconds between two
requests to one host (longer when `robots.txt` asks for a crawl delay), gives up after
`timeout` seconds and refuses a body larger than `max_bytes`. Only `http` and `https`
addresses are fetched. A host with no readable `robots.txt` is fetched from.

The cache is a folder: `urls/<hash of the address>.json` says which content an address
gave (`sha256`, final address after redirects, content type), and `content/<sha256>` holds
the bytes once, however many addresses gave them. A page in the cache is not fetched again
unless `refresh` is set.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from urllib.robotparser import RobotFileParser

from reconcile.records import record
from reconcile.version import __version__

USER_AGENT = f"reconcile/{__version__} (cross-source fact reconciliation; Python urllib)"
ROBOTS_NAME = "reconcile"  # the name `robots.txt` rules are matched against
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 20.0  # seconds
DEFAULT_MAX_BYTES = 10_000_000  # a larger page is refused
_ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, */*;q=0.5"


class FetchError(Exception):
    """A page could not be fetched; the message says why, for a warning naming the address."""


@record
class Fetched:
    """What one address gave: its bytes, where it ended up and what it says it is."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    from_cache: bool = False


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/reconcile/pages`, or `~/.cache/reconcile/pages`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile" / "pages"


def is_url(text: str) -> bool:
    """True for an `http://` or `https://` address."""
    return urlsplit(text).scheme.lower() in ("http", "https") and "://" in text


@dataclass
class Fetcher:
    """Fetches pages politely and keeps them in `cache_dir` (no cache when None)."""

    cache_dir: Path | None = None
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    refresh: bool = False
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    robots: bool = True
    _last: dict[str, float] = field(default_factory=dict)
    _rules: dict[str, RobotFileParser | None] = field(default_factory=dict)

    def get(self, url: str) -> Fetched:
        """The page at `url`, from the cache when it is there; raises `FetchError`."""
        if not is_url(url):
            raise FetchError("not an http(s) address")
        if self.cache_dir is not None and not self.refresh:
            kept = self._cached(url)
            if kept is not None:
                return kept
        if self.robots and not self._allowed(url):
            raise FetchError("the site's robots.txt disallows it")
        fetched = self._download(url)
        if self.cache_dir is not None:
            self._store(fetched)
        return fetched

    def _robots_of(self, url: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        host = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if host not in self._rules:
            from urllib.robotparser import RobotFileParser  # loads urllib.request: lazily

            parser: RobotFileParser | None = None
            try:
                fetched = self._download(host + "/robots.txt")
            except FetchError:
                pass  # no readable robots.txt: nothing is disallowed
            else:
                parser = RobotFileParser()
                parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
            self._rules[host] = parser
        return self._rules[host]

    def _allowed(self, url: str) -> bool:
        parser = self._robots_of(url)
        return parser is None or parser.can_fetch(ROBOTS_NAME, url)

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.delay
            parser = self._rules.get(f"http://{host}") or self._rules.get(f"https://{host}")
            asked = parser.crawl_delay(ROBOTS_NAME) if parser is not None else None
            if asked is not None:
                delay = max(delay, float(asked))
            remaining = delay - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()

    def _download(self, url: str) -> Fetched:
        import urllib.error  # the HTTP machinery is loaded only by a run that fetches
        import urllib.request

        self._wait_for(urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"page larger than {self.max_bytes:,} bytes; not read")
                body = response.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"page larger than {self.max_bytes:,} bytes; not read")
                final = response.geturl() or url
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            raise FetchError(f"HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise FetchError(f"no answer within {self.timeout:g} s") from None
            raise FetchError(f"cannot connect: {error.reason}") from None
        except TimeoutError:
            raise FetchError(f"no answer within {self.timeout:g} s") from None
        except OSError as error:
            raise FetchError(f"download failed: {error.strerror or error}") from None
        return Fetched(url, final, content_type, body)

    def _index_path(self, url: str) -> Path:
        assert self.cache_dir is not None
        name = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache_dir / "urls" / f"{name}.json"

    def _cached(self, url: str) -> Fetched | None:
        assert self.cache_dir is not None
        try:
            entry = json.loads(self._index_path(url).read_text(encoding="utf-8"))
            digest = str(entry["sha256"])
            body = (self.cache_dir / "content" / digest).read_bytes()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if hashlib.sha256(body).hexdigest() != digest:
            return None  # a damaged cache entry is fetched again
        return Fetched(
            url, str(entry.get("final_url", url)), str(entry.get("content_type", "")), body, True
        )

    def _store(self, fetched: Fetched) -> None:
        assert self.cache_dir is not None
        digest = hashlib.sha256(fetched.body).hexdigest()
        entry = {
            "url": fetched.url,
            "final_url": fetched.final_url,
            "content_type": fetched.content_type,
            "sha256": digest,
        }
        try:
            _write_whole(self.cache_dir / "content" / digest, fetched.body)
            _write_whole(
                self._index_path(fetched.url),
                (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8"),
            )
        except OSError:
            pass  # a cache that cannot be written only costs a download next time


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
