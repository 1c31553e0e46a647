"""Hypothesis strategies for what users hand the tool: source files in every format, rules
files and baselines. Shared by the property tests and the fuzz target's seed corpus."""

from __future__ import annotations

import json

from hypothesis import strategies as st

NEWS_WORDS = [
    "about", "over", "nearly", "troops", "people", "km", "mm", "died", "said", "officials",
    "in", "Tavi", "on", "January", "6,", "2022", "100,000", "90,000", "25-mile", "$2.5",
    "billion", "%", "12", "1.5", "million", "—", "’", "\n", "\r\n", ".", ",",
]  # fmt: skip

words = st.sampled_from(NEWS_WORDS) | st.text(min_size=1, max_size=6)
prose = st.lists(words, max_size=40).map(" ".join)

yaml_values = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.sampled_from(["2023-13-45", "Sept. 15, 2023", "&a x", "*a", "[1, [2]]", "{a: 1}", "~"]),
)
front_matter = st.dictionaries(
    st.sampled_from(["title", "outlet", "url", "published", "author", "lang", "&x", "- a"]),
    yaml_values,
    max_size=5,
).map(lambda d: "---\n" + "".join(f"{k}: {v}\n" for k, v in d.items()) + "---\n")

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
json_sources = st.one_of(
    st.dictionaries(
        st.sampled_from(
            ["text", "content", "body", "title", "date", "published", "source", "author", "id"]
        ),
        json_values | prose,
        max_size=6,
    ).map(json.dumps),
    st.text(max_size=60),  # anything at all, valid JSON or not
)

tags = st.sampled_from(
    ["p", "article", "nav", "div", "script", "title", "br", "h1", "footer", "meta", "time"]
)
html_pieces = st.one_of(
    prose,
    tags.map(lambda t: f"<{t}>"),
    tags.map(lambda t: f"</{t}>"),
    st.sampled_from(
        [
            '<meta charset="windows-1252">',
            '<meta property="og:title" content="Fire">',
            '<time datetime="2022-01-06">',
            "&amp;",
            "&#0;",
            "<!--",
            "<![CDATA[",
        ]
    ),
)
html_sources = st.lists(html_pieces, max_size=30).map("".join)

markdown_sources = st.lists(
    st.one_of(prose, st.sampled_from(["# ", "> ", "1. ", "- ", "**", "`", "[", "](x)", "```"])),
    max_size=30,
).map("".join)

sources = st.one_of(
    st.tuples(st.just(".txt"), prose),
    st.tuples(st.just(".md"), st.tuples(front_matter, markdown_sources).map("".join)),
    st.tuples(st.just(".json"), json_sources),
    st.tuples(st.just(".html"), html_sources),
)

regex_pieces = st.sampled_from(
    ["a", "\\w", "\\s", "+", "*", "?", "(", ")", "(?:", "|", "[a-z]", "{1,3}", "^", "$", "."]
)
regexes = st.lists(regex_pieces, max_size=10).map("".join)
rules_files = st.one_of(
    regexes.map(lambda r: f"furniture = [{json.dumps(r)}]\n"),
    st.integers(-5, 10**6).map(lambda n: f"[limits]\nmax_json_depth = {n}\n"),
    st.text(max_size=40),
)

baseline_values = st.one_of(st.text(max_size=12), st.integers(), st.booleans())
baselines = st.one_of(
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "label", "reason", "extra"]), baseline_values, max_size=4
        ),
        max_size=3,
    ).map(
        lambda entries: "".join(
            "[[conflict]]\n"
            + "".join(f"{k} = {json.dumps(v)}\n" for k, v in e.items())
            + '[[conflict.claim]]\nsource = "a.txt"\nvalue = "exact 5 (tank)"\n'
            for e in entries
        )
    ),
    st.text(max_size=60),
)
