"""`gated`: a regex behind a lookahead of the characters its matches can start with finds
the same matches, groups and order as the regex itself. `EndSearch`: a regex whose matches
end at the text's end, searched from where a match can start, finds the same match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.regex_starts import EndSearch, end_runs, gated, start_class, start_prefixes


def test_start_class_reads_literals_classes_groups_and_case() -> None:
    assert start_class(re.compile(r"(?<![\w-])(?:Boeing|(?i:flight))\s+\d")) == (
        "(?=(?:(?-i:[BFf])))"
    )
    assert start_class(re.compile(r"\b(?:a|b)?c")) == "(?=(?:(?-i:[abc])))"
    assert start_class(re.compile(r"\d+|[A-F]")) == r"(?=(?:(?-i:[A-F\d])))"
    # a case-blind range or letter outside ASCII stays case-blind
    assert start_class(re.compile(r"[a-c]x|\.y|é|\dz", re.I)) == r"(?=(?:(?-i:[\.\d])|(?i:[a-cé])))"


def test_start_unknown_leaves_the_pattern_alone() -> None:
    for text in (r"x*", r"[^a]b", r".b", r"(?i)ab|Cd", r"(?:a|)"):
        pattern = re.compile(text)
        assert gated(pattern) is pattern
        assert start_class(pattern) is None


def test_a_branch_that_never_matches_adds_no_start() -> None:
    # rules write an empty list of words as "(?!)": the other alternatives still gate
    pattern = re.compile(r"\b(?:May|June)\s+\d|(?P<ago>(?!))", re.IGNORECASE)
    assert start_class(pattern) == "(?=(?:(?-i:[JjMm])))"
    assert start_prefixes(pattern) == "(?=(?-i:[JjMm]))(?=(?-i:(?:[Jj][Uu][Nn][Ee]|[Mm][Aa][Yy])))"
    assert start_class(re.compile(r"(?!)|(?<!)")) is None  # nothing ever matches: left alone


def test_case_blind_start_keeps_unicode_case_folds() -> None:
    # Python's case-blind "k" matches the Kelvin sign, "s" the long s: so must the gate
    assert gated(re.compile(r"(?i:k)elvin")).search("\u212aelvin") is not None
    assert gated(re.compile(r"sun", re.IGNORECASE)).search("\u017fun") is not None


def test_same_matches_and_groups_on_news_text() -> None:
    pattern = re.compile(
        r"(?<![\w-])(?:(?P<maker>Airbus|Boeing)\s+(?P<model>\d{3})|(?i:hurricane)\s+(?P<n>[A-Z]\w+))"
    )
    text = "A Boeing 737 and an Airbus 320 flew past HURRICANE Dorian; boeing 747 did not."
    found = [(m.span(), m.groupdict()) for m in gated(pattern).finditer(text)]
    assert found == [
        ((2, 12), {"maker": "Boeing", "model": "737", "n": None}),
        ((20, 30), {"maker": "Airbus", "model": "320", "n": None}),
        ((41, 57), {"maker": None, "model": None, "n": "Dorian"}),
    ]
    assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_PATTERNS = [
    r"(?<![\w-])(?:ab|Ba|(?i:cd))(?![\w])",
    r"\b(?:x|y)?z+",
    r"(?:\d{1,2}\s+)?(?i:[a-c]{2})",
    r"(?<=\s)(?:bb|a\s+b)",
    r"(?:ab|(?P<never>(?!)))",  # an empty word list written as a branch that never matches
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdxyzABCDXYZ 12-\u212a\u017f", max_size=40))
def test_gated_finds_what_the_pattern_finds(text: str) -> None:
    for source in _PATTERNS:
        pattern = re.compile(source)
        gate = gated(pattern)
        assert gate is not pattern
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_start_prefixes_read_a_trie_of_the_first_characters() -> None:
    pattern = re.compile(r"(?<![\w-])(?:Boeing|Bombardier|(?i:ka))\s+\d")
    assert start_prefixes(pattern) == (
        "(?=(?-i:[BKk\u212a]))(?=(?-i:(?:Bo(?:eing|mbardi)|[Kk\u212a][Aa])))"
    )
    # eight characters at most; a start read only in part (a repeat, a category) stops there
    assert start_prefixes(re.compile(r"ab+c|xy\s*z")) == "(?=(?-i:[ax]))(?=(?-i:(?:ab|xy)))"
    # nothing past the first character: the class alone gates it
    assert start_prefixes(re.compile(r"a\w+|b")) == ""


def test_case_blind_letters_are_every_character_re_takes_for_them() -> None:
    everything = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        taken = set(re.findall(letter, everything, re.IGNORECASE))
        gate = re.compile(start_prefixes(re.compile(letter + "x", re.IGNORECASE)))
        assert {c for c in taken if gate.match(c + "x")} == taken, letter
        assert {c for c in everything[:128] if gate.match(c + "x")} == {
            c for c in taken if c.isascii()
        }


_TRIE_PATTERNS = [
    r"(?:a\s*|a)b",  # one start stopped in one branch and read on in another
    r"(?i)(?:kelvin|sun|is|i)\b",
    r"(?<![\w-])(?:(?:ab|aB)\s+(?:cd)|Ab|b(?:a|c)d+)",
    r"(?:x?y|zz)a",
    r"(?i:ka)(?:zz|z)",
    r"(?i:[a-c]k|k\w|[x-z]+)|\d[Ii]",  # ranges read case-blind
    r"(?:xa|(?!)z|y(?<!)b)c",  # alternatives that never match add no start
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdikluvxyzABIKSXYZ \n\u212a\u017f\u0130\u0131", max_size=40))
def test_trie_gated_finds_what_the_pattern_finds(text: str) -> None:
    for source in _TRIE_PATTERNS:
        pattern = re.compile(source)
        gate = gated(pattern)
        found = [(m.span(), m.groups()) for m in gate.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)], source


def test_leading_assertions_come_before_the_gate() -> None:
    # the word bound and the lookbehind are tested again before the trie, at the same place
    pattern = re.compile(r"(?<![\w-])\b(?:ab|ac)x", re.IGNORECASE)
    gate = gated(pattern)
    assert gate.pattern.startswith(r"(?<![\w\-])\b(?=(?-i:[Aa]))")
    text = "ABX abx-acx zabx ab x"
    assert [m.span() for m in gate.finditer(text)] == [(0, 3), (4, 7)]  # "-acx": after "-"
    assert [m.span() for m in pattern.finditer(text)] == [(0, 3), (4, 7)]


@pytest.mark.parametrize(
    ("source", "runs"),
    [
        (r"\s+as\s+$", 1),  # one word between spaces
        (r"(?:a|b c)\s*$", 2),  # the longest way
        (r",\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$", 4),  # a sign and a word side by side: one
        (r"(?:,|\()\s*[a-z]+\Z", 2),
        (r"\s+said\s+[^,;]{1,10}?\s+as\s*$", 7),  # ten characters: five runs at most
        (r"[a-z]+(?=\s)\s*$", 1),  # zero-width items hold no run
        (r"(?:(?:x\s)?y$|z\s+$)", 2),
    ],
)
def test_end_runs_counts_the_runs_a_match_at_the_end_holds(source: str, runs: int) -> None:
    assert end_runs(re.compile(source)) == runs


@pytest.mark.parametrize(
    "source",
    [
        r"(?:a\s+)+$",  # words without bound
        r"[^,]*$",  # a class that holds spaces and words, without bound
        r"\s+as\s+",  # matches that end anywhere
        r"a$|b",  # one way that ends anywhere
        r"(?m)\s+as$",  # the end of a line
        r"(a)\s+\1$",  # a back-reference
    ],
)
def test_end_runs_unknown_searches_the_whole_text(source: str) -> None:
    pattern = re.compile(source)
    assert end_runs(pattern) is None
    text = "a b a\nb  as a"
    found, expected = EndSearch(pattern).search(text), pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())


_END_PATTERNS = [
    r"(?:\s*,\s*(?:who)\s+)?\s+(?:is|was)\s+(?:the\s+)?$",  # spaces open every way
    r"\s*\(\s*[a-z]+\s*$|\s+as\s+$",
    r"(?:\s*[,(]\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}|\s+(?:is|was|as)\s+(?:the\s+)?)$",
    r"\s+(?:is|was)\s+[^,;]{1,12}?\s+as\s+(?:the\s+)?\Z",
    r"(?<![\w-])(?:a|the)\s+(?:b\s+c|c)\s*$",  # a look-behind reads before the start
    r"\b\w+\s*$",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", "c", "the", "is", "was", "as", ",", "(", "x-y", "Roe", "\n"]),
        max_size=30,
    ),
    st.lists(st.sampled_from([" ", "  ", "", "\t", "\n", " " * 40]), min_size=30, max_size=30),
)
def test_end_search_finds_what_the_pattern_finds(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for source in _END_PATTERNS:
        pattern = re.compile(source)
        found = EndSearch(pattern).search(text)
        expected = pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), (source, text)


def test_a_long_run_of_blanks_is_tried_once() -> None:
    # the blanks a page's link markup leaves: a pattern that opens with spaces finds what it
    # finds, tried only where no space stands before
    pattern = re.compile(r"(?:\s*[,(]\s*(?:[a-z]+\s+){0,2}|\s+(?:is|was)\s+(?:the\s+)?)$")
    search = EndSearch(pattern)
    for text in (
        "Jane Roe" + " " * 190 + "is the ",
        "Jane Roe" + " " * 190 + ", ",
        "Jane Roe" + " " * 190 + "said the ",
        " " * 190 + "was ",
    ):
        found, expected = search.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert search.search("Jane Roe" + " " * 190 + "is the ").span() == (8, 205)  # type: ignore[union-attr]
