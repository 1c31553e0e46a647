"""HTML pages: what jusText's classifier costs (`reconcile.html_text`).

Times, in this process: the first import of jusText (only a run that reads an HTML page
pays it); the article text of a generated news page of about 2 KB, of about 1 MB (the same
article repeated in 1,100 sections, 6,600 paragraphs: more than MAX_CLASSIFIED_PARAGRAPHS,
so read without the classifier) and of a page whose 1,990 short paragraphs sit between two
long ones (the classifier's slowest case under the limit); each with and without the
classifier. The pages are written here (made-up text), nothing is downloaded.

    .venv/bin/python bench/html_pages.py
"""

from __future__ import annotations

import time

ARTICLE = """<h1>Flood toll rises to 5,300 as rescuers search ruined city</h1>
<p class="byline">By Ana Ruiz</p>
<p>At least 5,300 people died when two dams burst above the city on Sunday night, officials
in the eastern administration said on Tuesday, and more than 10,000 people are still missing.</p>
<p>The water swept away about a quarter of the city.</p>
<p>Rescue teams from three countries arrived on Tuesday with boats and heavy equipment, but
the roads into the city were cut and the teams had to work from the coast, where the port
was damaged and where the water was still too high for most of the boats they brought.</p>
<p>"We have lost 30 people from one street," a resident said.</p>
"""
FRAME = """<!doctype html><html lang="en"><head><title>Flood</title></head><body>
<div class="topbar"><a href="/">Home</a> <a href="/w">World</a></div>
<div class="main">{body}</div>
<div class="related"><ul><li><a href="/a">5 things to know about the dams</a></li></ul></div>
<div class="copyright">© 2023 Example Tribune.</div></body></html>
"""
LONG = "<p>" + "The officials said that the water was still rising in the city. " * 4 + "</p>"


def timed(label: str, work: object) -> None:
    from reconcile.html_text import page_text

    assert isinstance(work, str)
    for stoplists in (("English", "French", "German"), ()):
        start = time.perf_counter()
        page = page_text(work, stoplists)
        took = time.perf_counter() - start
        how = "classified  " if stoplists else "unclassified"
        print(f"{label:<36} {how} {took:7.3f} s  {len(page.text):>9,} characters kept")


def main() -> None:
    start = time.perf_counter()
    import justext.core  # noqa: F401

    print(f"{'import justext.core':<36} {'':12} {time.perf_counter() - start:7.3f} s")
    small = FRAME.format(body=ARTICLE)
    large = FRAME.format(
        body="".join(f"<section><h2>Part {i}</h2>{ARTICLE}</section>\n" for i in range(1100))
    )
    worst = FRAME.format(body=LONG + "<p>Row 1 of the list</p>" * 1990 + LONG)
    timed(f"news page, {len(small):,} bytes", small)
    timed(f"news page, {len(large.encode()):,} bytes", large)
    timed(f"1,990 short paragraphs, {len(worst):,} bytes", worst)


if __name__ == "__main__":
    main()
