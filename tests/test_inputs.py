"""Sources that are not local files: web pages, feeds, standard input, web archives and
tables of articles. Pages are served by a local HTTP server on 127.0.0.1 started here; no
test touches any other address."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reconcile import run
from reconcile.cli import app
from reconcile.errors import InputError
from reconcile.inputs import InputOptions, load_inputs, read_inputs, read_url_list
from reconcile.inputs.fetch import USER_AGENT, Fetcher, FetchError, default_cache_dir
from reconcile.inputs.tables import parse_columns
from reconcile.rules import RuleSet

runner = CliRunner()

WIRE_HTML = """<!doctype html>
<html><head><title>Flood toll rises | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2023-09-12T08:00:00Z">
</head><body><nav>Home News Sport 24 hours</nav>
<article><h1>Flood toll rises</h1>
<p>At least 5,300 people died in the flood in Derna, officials said.</p>
</article></body></html>
"""
DAILY_HTML = """<!doctype html>
<html><head><title>Derna counts its dead</title></head><body>
<article><h1>Derna counts its dead</h1>
<p>About 4,000 people died in the flood in Derna, the city's mayor said.</p>
</article></body></html>
"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Tribune</title>
<item><title>Flood toll rises</title><link>{base}/wire.html</link>
<pubDate>Tue, 12 Sep 2023 10:00:00 GMT</pubDate></item>
<item><title>Derna counts its dead</title><link>{base}/daily.html</link>
<pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate>
<description>About 4,000 people died in the flood in Derna.</description></item>
<item><title>Gone</title><link>{base}/gone.html</link>
<pubDate>Thu, 14 Sep 2023 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Some 11,300 people died in the flood in Derna.&lt;/p&gt;</description></item>
</channel></rss>
"""


@dataclass
class Site:
    """A local web site: path -> (status, content type, body); every request is recorded."""

    base: str = ""
    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)

    def page(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> str:
        self.pages[path] = (200, content_type, body.encode("utf-8"))
        return self.base + path

    def pages_requested(self) -> list[str]:
        return [path for path, _ in self.requests if path != "/robots.txt"]


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.requests.append((self.path, self.headers.get("User-Agent", "")))
            if self.path == "/slow":
                time.sleep(1.0)
            status, content_type, body = served.pages.get(
                self.path, (404, "text/plain", b"not found")
            )
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (/slow)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    # a short poll: `shutdown` waits for the loop to look again (0.5 s by default)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


def options(tmp_path: Path, warnings: list[str] | None = None, **more: Any) -> InputOptions:
    sink = warnings if warnings is not None else []
    return InputOptions(cache_dir=tmp_path / "cache", delay=0.0, warn=sink.append, **more)


def test_a_page_is_read_like_a_local_html_file(site: Site, tmp_path: Path, rules: RuleSet) -> None:
    url = site.page("/wire.html", WIRE_HTML)
    local = tmp_path / "wire.html"
    local.write_text(WIRE_HTML, encoding="utf-8")
    (fetched,) = load_inputs([url], rules, options(tmp_path))
    (from_file,) = load_inputs([str(local)], rules, options(tmp_path))
    assert fetched.text == from_file.text
    assert "At least 5,300 people died" in fetched.text
    assert "Home News Sport" not in fetched.text
    assert (fetched.path, fetched.url, fetched.outlet, fetched.published) == (
        url,
        url,
        "Example Wire",
        "2023-09-12",
    )
    assert fetched.name == "wire.html"
    assert site.requests == [("/robots.txt", USER_AGENT), ("/wire.html", USER_AGENT)]
    assert USER_AGENT.startswith("reconcile/0.1.0 ")


def test_a_page_that_fails_is_a_warning_and_the_run_goes_on(
    site: Site, tmp_path: Path, rules: RuleSet
) -> None:
    good = site.page("/wire.html", WIRE_HTML)
    missing = site.base + "/missing.html"
    warnings: list[str] = []
    sources = load_inputs([missing, good], rules, options(tmp_path, warnings))
    assert [s.path for s in sources] == [good]
    assert warnings == [f"{missing}: HTTP 404 Not Found; skipped"]


def test_nothing_read_at_all_is_an_error(site: Site, tmp_path: Path, rules: RuleSet) -> None:
    with pytest.raises(InputError, match="no source could be read"):
        load_inputs([site.base + "/missing.html"], rules, options(tmp_path))


def test_pages_are_cached_by_address_and_content_hash(
    site: Site, tmp_path: Path, rules: RuleSet
) -> None:
    url = site.page("/wire.html", WIRE_HTML)
    load_inputs([url], rules, options(tmp_path))
    site.page("/wire.html", DAILY_HTML)  # the page changes on the server
    (again,) = load_inputs([url], rules, options(tmp_path))
    assert "5,300" in again.text  # read from the cache: no second request
    assert site.pages_requested() == ["/wire.html"]
    content = list((tmp_path / "cache" / "content").iterdir())
    assert len(content) == 1 and len(content[0].name) == 64
    (fresh,) = load_inputs([url], rules, options(tmp_path, refresh=True))
    assert "4,000" in fresh.text
    assert site.pages_requested() == ["/wire.html", "/wire.html"]


def test_a_page_larger_than_the_cap_is_refused(site: Site, tmp_path: Path, rules: RuleSet) -> None:
    big = site.page("/big.html", WIRE_HTML + "<p>" + "x" * 5000 + "</p>")
    good = site.page("/daily.html", DAILY_HTML)
    warnings: list[str] = []
    sources = load_inputs([big, good], rules, options(tmp_path, warnings, max_bytes=2000))
    assert [s.path for s in sources] == [good]
    assert warnings == [f"{big}: page larger than 2,000 bytes; not read; skipped"]


def test_robots_txt_is_obeyed_and_its_crawl_delay_kept(site: Site, tmp_path: Path) -> None:
    site.page("/robots.txt", "User-agent: reconcile\nDisallow: /private/\nCrawl-delay: 3\n")
    allowed = site.page("/news/a.html", WIRE_HTML)
    private = site.page("/private/b.html", DAILY_HTML)
    site.page("/news/c.html", DAILY_HTML)
    slept: list[float] = []
    fetcher = Fetcher(delay=0.0, sleep=slept.append)
    assert b"5,300" in fetcher.get(allowed).body
    with pytest.raises(FetchError, match=r"robots\.txt disallows it"):
        fetcher.get(private)
    fetcher.get(site.base + "/news/c.html")
    assert site.pages_requested() == ["/news/a.html", "/news/c.html"]
    # robots.txt, then a.html, then c.html: two waits of the crawl delay, not of --delay 0
    assert len(slept) == 2 and all(2.0 < seconds <= 3.0 for seconds in slept)


def test_a_page_that_does_not_answer_in_time_is_given_up(site: Site) -> None:
    fetcher = Fetcher(delay=0.0, timeout=0.2, robots=False)
    with pytest.raises(FetchError, match=r"^no answer within 0\.2 s$"):
        fetcher.get(site.base + "/slow")


def test_the_default_cache_is_in_the_users_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "reconcile" / "pages"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "reconcile" / "pages"


def test_requests_to_one_host_wait_for_the_delay() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(delay=2.0, clock=lambda: now[0], sleep=sleep)
    fetcher._wait_for("example.org")
    now[0] += 0.5
    fetcher._wait_for("example.org")
    fetcher._wait_for("other.example")
    assert slept == [1.5]


def test_only_http_addresses_are_fetched(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="not an http"):
        Fetcher().get("file:///etc/hostname")


def test_a_feed_file_reads_each_entry_page_with_the_feed_metadata(
    site: Site, tmp_path: Path, rules: RuleSet
) -> None:
    site.page("/wire.html", WIRE_HTML)
    site.page("/daily.html", DAILY_HTML)
    feed = tmp_path / "news.rss"
    feed.write_text(FEED.format(base=site.base), encoding="utf-8")
    warnings: list[str] = []
    sources = load_inputs([str(feed)], rules, options(tmp_path, warnings))
    by_name = {s.name: s for s in sources}
    assert sorted(by_name) == ["daily.html", "news.rss#entry3", "wire.html"]
    assert by_name["daily.html"].published == "2023-09-13"
    assert by_name["daily.html"].outlet == "Example Tribune"
    assert by_name["wire.html"].title == "Flood toll rises"
    # the third page is gone: the text the feed carries is read instead, with a warning
    assert "Some 11,300 people died" in by_name["news.rss#entry3"].text
    assert by_name["news.rss#entry3"].published == "2023-09-14"
    assert warnings == [
        f"{site.base}/gone.html: HTTP 404 Not Found; skipped (read the text the feed carries)"
    ]


def test_a_feed_url_is_recognised_by_its_content(
    site: Site, tmp_path: Path, rules: RuleSet
) -> None:
    site.page("/wire.html", WIRE_HTML)
    site.page("/daily.html", DAILY_HTML)
    url = site.page("/feed", FEED.format(base=site.base), "application/rss+xml")
    sources = load_inputs([url], rules, options(tmp_path))
    assert sorted(s.name for s in sources) == ["daily.html", "feed#entry3", "wire.html"]


def test_standard_input_is_a_source(tmp_path: Path, rules: RuleSet) -> None:
    text = "Officials said about 90,000 troops were at the border.\n"
    stdin = io.BytesIO(text.encode("utf-8"))
    (source,) = load_inputs(["-"], rules, options(tmp_path, stdin=stdin))
    assert (source.path, source.text, source.url) == ("<stdin>", text, None)


def test_a_web_archive_gives_its_html_pages(tmp_path: Path, rules: RuleSet) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, kind in (
            ("https://example.org/wire", WIRE_HTML, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", "PNG", "image/png"),
            ("https://example.org/daily", DAILY_HTML, "text/html"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
    sources = load_inputs([str(archive)], rules, options(tmp_path))
    shown = archive.as_posix()
    assert [(s.path, s.url) for s in sources] == [
        (f"{shown}#record1", "https://example.org/wire"),
        (f"{shown}#record2", "https://example.org/daily"),
    ]
    assert "At least 5,300 people died" in sources[0].text
    assert sources[0].published == "2023-09-12"  # from the page, not the capture date
    assert sources[1].published is None


def test_a_file_that_is_not_a_web_archive_is_an_error(tmp_path: Path, rules: RuleSet) -> None:
    bad = tmp_path / "crawl.warc"
    bad.write_text("hello\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"crawl\.warc: not a readable web archive"):
        load_inputs([str(bad)], rules, options(tmp_path))


ROWS = [
    {
        "headline": "Flood toll rises",
        "body": "At least 5,300 people died in the flood in Derna, officials said.",
        "date": "2023-09-12",
        "site": "Example Wire",
    },
    {"headline": "Empty", "body": "", "date": "2023-09-12", "site": "Example Wire"},
    {
        "headline": "Derna counts its dead",
        "body": "About 4,000 people died in the flood in Derna, the mayor said.",
        "date": "September 13, 2023",
        "site": "Example Daily",
    },
]
COLUMNS = "text=body,title=headline,published=date,outlet=site"


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_a_table_gives_one_source_a_row(kind: str, tmp_path: Path, rules: RuleSet) -> None:
    import polars as pl

    path = tmp_path / f"articles.{kind}"
    frame = pl.DataFrame(ROWS)
    {"csv": frame.write_csv, "jsonl": frame.write_ndjson, "parquet": frame.write_parquet}[kind](
        path
    )
    warnings: list[str] = []
    opts = options(tmp_path, warnings, columns=parse_columns(COLUMNS))
    sources = load_inputs([str(path)], rules, opts)
    shown = path.as_posix()
    assert [(s.path, s.title, s.published, s.outlet) for s in sources] == [
        (f"{shown}#row1", "Flood toll rises", "2023-09-12", "Example Wire"),
        (f"{shown}#row3", "Derna counts its dead", "2023-09-13", "Example Daily"),
    ]
    assert sources[0].text == ROWS[0]["body"]
    assert warnings == [f"{shown}#row2: no text; skipped"]


def test_usual_column_names_need_no_mapping(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps({"content": "About 4,000 people died.", "Title": "T", "link": "https://e.org/a"})
        + "\n",
        encoding="utf-8",
    )
    (source,) = load_inputs([str(path)], rules, options(tmp_path))
    assert (source.title, source.url, source.text) == (
        "T",
        "https://e.org/a",
        "About 4,000 people died.",
    )


def test_a_table_without_a_text_column_names_its_columns(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "export.csv"
    path.write_text('headline,story\nA,"About 4,000 people died."\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"no text column .* columns: headline, story"):
        load_inputs([str(path)], rules, options(tmp_path))
    with pytest.raises(InputError, match=r"no column 'body' \(for text\); columns: headline"):
        load_inputs([str(path)], rules, options(tmp_path, columns={"text": "body"}))


def test_columns_option_names_the_allowed_fields() -> None:
    assert parse_columns("text=story, published=day") == {"text": "story", "published": "day"}
    with pytest.raises(InputError, match="unknown field 'txt'; fields: text, title"):
        parse_columns("txt=story")
    with pytest.raises(InputError, match="is not FIELD=COLUMN"):
        parse_columns("text")


def test_url_list_skips_comments_and_names_a_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "urls.txt"
    good.write_text("# story\nhttps://example.org/a\n\n  http://example.org/b  \n")
    assert read_url_list(good) == ["https://example.org/a", "http://example.org/b"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://example.org/a\nexample.org/b\n")
    with pytest.raises(InputError) as caught:
        read_url_list(bad)
    assert str(caught.value) == f"{bad.as_posix()}:2: 'example.org/b' is not an http(s) address"


def test_report_over_addresses_and_a_url_list(site: Site, tmp_path: Path) -> None:
    wire = site.page("/wire.html", WIRE_HTML)
    daily = site.page("/daily.html", DAILY_HTML)
    listed = tmp_path / "urls.txt"
    listed.write_text(f"{daily}\n{site.base}/missing.html\n")
    out, data = tmp_path / "out" / "report.md", tmp_path / "out" / "report.json"
    result = runner.invoke(
        app,
        [
            *("report", wire, "--urls", str(listed), "--cache-dir", str(tmp_path / "c")),
            *("--delay", "0", "--out", str(out), "--json", str(data)),
        ],
    )
    assert result.exit_code == 0, result.output
    kept = {p.name for p in (tmp_path / "c").iterdir()}  # one folder keeps every cache
    assert {"claims.sqlite3", "pages", "rules"} <= kept
    assert len(list((tmp_path / "c" / "pages" / "content").iterdir())) == 2
    assert f"note: {site.base}/missing.html: HTTP 404 Not Found; skipped" in result.stderr
    # the page skipped is said in the report too, not only on the terminal
    assert "missing.html: HTTP 404 Not Found; skipped" in out.read_text(encoding="utf-8")
    report = json.loads(data.read_text(encoding="utf-8"))
    assert sorted(s["url"] for s in report["sources"]) == [daily, wire]
    markdown = out.read_text(encoding="utf-8")
    assert "[wire.html:" in markdown and f"]({wire})" in markdown


def test_report_reads_standard_input(tmp_path: Path) -> None:
    out, data = tmp_path / "report.md", tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["report", "-", "--out", str(out), "--json", str(data), "--quiet"],
        input="Officials said about 90,000 troops were at the border.\n",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(data.read_text(encoding="utf-8"))
    assert [s["path"] for s in report["sources"]] == ["<stdin>"]
    assert [c["quote"] for c in report["claims"]] == ["about 90,000 troops"]
    assert "| <stdin>:1 |" in out.read_text(encoding="utf-8").replace("\\<stdin\\>", "<stdin>")


def test_run_reads_plain_paths_as_before(at_root: Path) -> None:
    assert [s.name for s in run(["seeds"]).sources] == [
        "us-reaches-out-to-allies-over-buildup.txt",
        "us-uk-defence-chiefs-discuss-buildup.txt",
    ]


def test_notes_of_every_input_reach_the_loaded_result(tmp_path: Path, rules: RuleSet) -> None:
    """Local files and rows alike: skipped, empty and undated inputs are notes, sorted."""
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "story.txt").write_text("About 40 homes burned.\n")
    table = tmp_path / "rows.jsonl"
    rows = [
        {"text": "About 300 people fled.", "published": "someday"},
        {"text": ""},
        {"text": "<html><body><nav><p>Home | About 40 things"},
    ]
    table.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    warnings: list[str] = []
    loaded = read_inputs([str(folder), str(table)], rules, options(tmp_path, warnings))
    shown = table.as_posix()
    assert [(n.path, n.message) for n in loaded.notes] == [
        ((folder / "empty.txt").as_posix(), "no text found in this source; no claims read from it"),
        (f"{shown}#row1", "published: cannot read 'someday' as a date; ignored"),
        (f"{shown}#row2", "no text; skipped"),
        (f"{shown}#row3", "no text found in this source; no claims read from it"),
    ]
    # the rows' notes also reach `warn` as they happen (the local folder's are in the result)
    assert warnings == [f"{n.path}: {n.message}" for n in loaded.notes[1:]]
    names = [s.name for s in loaded.sources]
    assert names == ["empty.txt", "story.txt", "rows.jsonl#row1", "rows.jsonl#row3"]


def test_no_readable_input_says_why(tmp_path: Path, rules: RuleSet) -> None:
    table = tmp_path / "rows.jsonl"
    table.write_text(json.dumps({"text": ""}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_inputs([str(table)], rules, options(tmp_path))
    assert [str(p) for p in raised.value.problems] == [
        f"{table.as_posix()}: no source could be read",
        f"{table.as_posix()}#row1: no text; skipped",
    ]


def test_a_run_over_files_and_a_table_has_the_same_notes_for_any_jobs(
    tmp_path: Path, rules: RuleSet
) -> None:
    from reconcile import run
    from reconcile.engine import LocalEngine

    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "a.txt").write_text("About 40 homes burned.\n")
    (folder / "b.txt").write_text("About 45 homes burned.\n")
    (folder / "empty.txt").write_text("")
    table = tmp_path / "rows.jsonl"
    table.write_text(
        json.dumps({"text": ""}) + "\n" + json.dumps({"text": "Some 40 homes burned."})
    )
    given = [str(folder), str(table)]
    one = run(given, rules=rules, inputs=options(tmp_path), engine=LocalEngine(1))
    two = run(given, rules=rules, inputs=options(tmp_path), engine=LocalEngine(2, min_files=0))
    assert [(n.path.rsplit("/", 1)[-1], n.message) for n in two.notes] == [
        ("empty.txt", "no text found in this source; no claims read from it"),
        ("rows.jsonl#row1", "no text; skipped"),
    ]
    assert (two.sources, two.notes) == (one.sources, one.notes)
