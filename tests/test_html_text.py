"""HTML pages: the article's paragraphs kept (jusText's classifier), boilerplate left out,
every line of the text still pointing at its line in the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.api import claims_of
from reconcile.errors import RulesError
from reconcile.html_text import MAX_CLASSIFIED_PARAGRAPHS, page_text
from reconcile.kinds import Kinds, is_numeric
from reconcile.rules import RuleSet
from reconcile.sources import load_source
from tests.strategies import html_pieces

# A made-up news page: menus, a cookie banner, a byline, the article, related links, a
# newsletter box, a comment and a copyright line, each with a number of its own.
PAGE = """<!doctype html>
<html lang="en">
<head><title>Flood toll rises to 5,300 | Example Tribune</title>
<meta property="og:site_name" content="Example Tribune">
<script>window.x = 123456;</script></head>
<body>
<div class="topbar"><a href="/">Home</a> <a href="/w">World</a>
<a href="/l">Live: 24 updates</a></div>
<div class="cookie">We use 3 kinds of cookies. <a href="/privacy">Read our policy</a></div>
<div class="main">
<h1>Flood toll rises to 5,300 as rescuers search ruined city</h1>
<p class="byline">By Ana Ruiz</p>
<p>At least 5,300 people died when two dams burst above the city on Sunday night, officials
in the eastern administration said on Tuesday, and more than 10,000 people are still missing.</p>
<p>The water swept away about a quarter of the city.</p>
<p>Rescue teams from three countries arrived on Tuesday with boats and heavy equipment, but
the roads into the city were cut and the teams had to work from the coast, where the port
was damaged and where the water was still too high for most of the boats they brought.</p>
<p>"We have lost 30 people from one street," a resident said.</p>
<p>The United Nations said it would send 40 tonnes of aid, and that it had released $10
million from its emergency fund for the region, where about 884,000 people live.</p>
</div>
<div class="related"><h3>Related</h3>
<ul><li><a href="/a">5 things to know about the dams</a></li>
<li><a href="/b">In pictures: 20 images of the flood</a></li></ul></div>
<div class="newsletter">Join 40,000 readers who get our morning briefing.</div>
<div class="comments"><p>John, 2 hours ago: terrible. 12 likes</p></div>
<div class="copyright">© 2023 Example Tribune. 150 Main Street.</div>
</body></html>
"""


def test_boilerplate_is_left_out_and_the_article_kept(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    source = load_source(path, rules)
    assert source.text.splitlines() == [
        "Flood toll rises to 5,300 as rescuers search ruined city",
        "At least 5,300 people died when two dams burst above the city on Sunday night, officials",
        "in the eastern administration said on Tuesday, and more than 10,000 people are still"
        " missing.",
        "The water swept away about a quarter of the city.",
        "Rescue teams from three countries arrived on Tuesday with boats and heavy equipment, but",
        "the roads into the city were cut and the teams had to work from the coast, where the port",
        "was damaged and where the water was still too high for most of the boats they brought.",
        '"We have lost 30 people from one street," a resident said.',
        "The United Nations said it would send 40 tonnes of aid, and that it had released $10",
        "million from its emergency fund for the region, where about 884,000 people live.",
    ]
    # the byline is boilerplate to jusText, but still read as the author
    assert (source.author, source.outlet) == ("Ana Ruiz", "Example Tribune")


def test_claims_of_a_page_point_at_their_text_and_their_file_line(
    tmp_path: Path, rules: RuleSet
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    source = load_source(path, rules)
    claims = [c for c in claims_of([source], Kinds.build(rules)) if is_numeric(c)]
    lines = PAGE.splitlines()
    found = [(c.quote, source.line_of(c.start)) for c in claims]
    assert ("At least 5,300 people", 13) in found
    assert ("about 884,000 people", 21) in found
    for claim in claims:
        assert source.text[claim.start : claim.end] == claim.quote
        # the quote's last word is on the file line the claim points at
        assert claim.quote.split()[-1].strip(",.") in lines[source.line_of(claim.start) - 1]
    boilerplate = ("24 updates", "3 kinds", "5 things", "20 images", "40,000", "12 likes", "150")
    assert not [c.quote for c in claims if any(b in c.quote for b in boilerplate)]


def test_a_page_jusText_keeps_nothing_of_is_read_whole() -> None:
    page = "<html><body><div><a href='/'>Home</a></div><p>About 40 homes burned.</p></body>"
    assert page_text(page, ("English",)).text == "Home\nAbout 40 homes burned.\n"


def test_the_article_element_is_preferred() -> None:
    page = (
        "<html><body><p>Most read: 7 ways to save</p>"
        "<article><p>About 40 homes burned.</p></article><p>Around 9 comments</p></body>"
    )
    assert page_text(page, ("English",)).text == "About 40 homes burned.\n"


def test_the_publication_time_is_the_articles_not_the_headers() -> None:
    page = (
        '<header><time datetime="2026-11-28">Today</time></header>'
        '<p>Most read <time datetime="2020-01-01">2020</time></p>'
        '<article><time datetime="2023-09-12T08:00">12 September</time>'
        "<p>About 40 homes burned.</p></article>"
    )
    assert page_text(page).meta["published"] == "2023-09-12T08:00"
    tagged = '<meta property="article:published_time" content="2023-09-11">' + page
    assert page_text(tagged).meta["published"] == "2023-09-11"
    assert page_text(page.replace("<article>", "<div>")).meta["published"] == "2020-01-01"


def test_broken_markup_is_read() -> None:
    page = "</div></p><div><p>About 40 homes <b>burned.</div></span><p>Later 300 fled.<br><br>"
    text = page_text(page, ("English",)).text
    assert text == "About 40 homes burned.\nLater 300 fled.\n"


def test_a_very_long_page_is_read_without_the_classifier() -> None:
    count = MAX_CLASSIFIED_PARAGRAPHS + 1
    page = "<html><body>" + "<p>Row 1</p>" * count + "</body></html>"
    assert page_text(page, ("English",)).text == "Row 1\n" * count


def test_an_unknown_stoplist_is_a_rules_error() -> None:
    with pytest.raises(RulesError, match="boilerplate_stoplist: 'Klingon' is not a jusText"):
        page_text("<p>About 40 homes burned.</p>", ("Klingon",))


def test_only_html_sources_import_the_extractor(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Over 100,000 troops were at the border on Monday.\n")
    (tmp_path / "two.html").write_text("<p>Over 90,000 troops were at the border.</p>\n")
    probe = (
        "import sys\n"
        "from reconcile.rules import load_rules\n"
        "from reconcile.sources import read_sources\n"
        "read_sources([sys.argv[1]], load_rules(None))\n"
        "print('justext' in sys.modules, 'lxml' in sys.modules)\n"
    )
    for name, imported in (("one.txt", "False False"), ("two.html", "True True")):
        result = subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path / name)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout.strip() == imported


def test_a_page_nested_thousands_deep_is_read() -> None:
    """Each element's path is kept as it grows, and not past MAX_PATH_DEPTH: a page 20,000
    elements deep reads as fast as a flat one (jusText's own path costs its depth at every
    paragraph: minutes here)."""
    depth = 20_000
    page = "<div>" * depth + "<p>About 40 homes burned.</p>" + "</div>" * depth + "<p>Then 9.</p>"
    assert page_text(page, ("English",)).text == "About 40 homes burned.\nThen 9.\n"


page_pieces = st.one_of(
    html_pieces,
    st.sampled_from(["a", "li", "ul", "select", "section", "td", "b", "p"]).flatmap(
        lambda t: st.sampled_from([f"<{t}>", f"</{t}>", f"<{t}/>"])
    ),
    st.sampled_from(["\n", "\r\n", " ", "©"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(page_pieces, max_size=60).map("".join))
def test_every_text_line_points_at_a_line_of_the_page(page: str) -> None:
    found = page_text(page, ("English",))
    lines = [line for _, line in found.line_map]
    text_lines = found.text.splitlines() if found.text.strip() else []
    assert len(lines) == len(text_lines)
    assert lines == sorted(lines)
    assert all(1 <= line <= page.count("\n") + 1 for line in lines)
    starts = [sum(len(t) + 1 for t in text_lines[:i]) for i in range(len(text_lines))]
    assert [start for start, _ in found.line_map] == starts
