"""`reconcile.wordgate`: a sentence left unscanned by its words holds no match of the phrases,
and the finders that use the gate find the same mentions as without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import wordgate
from reconcile.extract import extract
from reconcile.kinds import Kinds
from reconcile.kinds.named import phrases
from reconcile.lexicon import Lexicon
from reconcile.rules import load_rules
from reconcile.sources import load_sources
from reconcile.wordgate import Gate, Gates, first_runs, longest_runs, may_hold, words_told

ROOT = Path(__file__).resolve().parent.parent


def test_first_runs_are_the_first_letters_of_each_phrase() -> None:
    assert first_runs(["U.S. envoy", "G7 leader", "vice  president", "said", "ex-Minister"]) == {
        "u",
        "g",
        "vice",
        "said",
        "ex",
    }
    assert first_runs([]) == frozenset()
    # a phrase that starts with no letter, or with one outside ASCII: no gate at all
    assert first_runs(["said", "#1 seed"]) is None
    assert first_runs(["said", "été"]) is None


def test_longest_runs_are_the_longest_letters_of_each_phrase() -> None:
    # the last of the longest: "A.F.C." is "c" (not the article "a"), "S&P 500" is "p"
    phrases_ = ["A.F.C.", "by-election", "S&P 500", "2019-nCoV", "Chapter 11", "militant group"]
    assert longest_runs(phrases_) == {"c", "election", "p", "ncov", "chapter", "militant"}
    assert longest_runs([]) == frozenset()
    # a phrase without a letter, or with a run outside ASCII: no gate at all
    assert longest_runs(["said", "500"]) is None
    assert longest_runs(["said", "Côte"]) is None


def test_may_hold_reads_the_words_of_the_sentence() -> None:
    runs = first_runs(["according to", "said"])
    assert may_hold(runs, "Police SAID on Monday.")
    assert may_hold(runs, "According to police, 12 died.")
    assert not may_hold(runs, "Police say twelve died; accordingly, nothing.")
    assert not may_hold(runs, "The saidi family")  # "saidi" is another word
    assert may_hold(None, "anything at all")
    # letters that a case-blind pattern matches to "s" and "i" but that lower apart
    assert may_hold(runs, "Police \u017faid")
    assert phrases(["said"]).search("Police \u017faid") is not None
    assert not may_hold(first_runs(["kelvin"]), "Police said")
    assert may_hold(first_runs(["kelvin"]), "300 \u212aELVIN")  # the Kelvin sign lowers to k


_PIECE = st.sampled_from(["u.s.", "G7", "vice", "Vice-", "said", "ex", "a", "Ex-", "1", "-", "."])
_PHRASE = st.lists(_PIECE, min_size=1, max_size=3).map(" ".join)
_TEXT_PIECE = st.one_of(_PIECE, st.sampled_from([" ", ",", "x", "ſ", "İ", "(", "said7", "U"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=4), st.lists(_TEXT_PIECE, max_size=12))
def test_a_sentence_the_gate_leaves_out_holds_no_phrase(
    phrases_: list[str], pieces: list[str]
) -> None:
    text = "".join(pieces)
    runs = first_runs(phrases_)
    if phrases(phrases_).search(text) is not None:
        assert may_hold(runs, text), (phrases_, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=4), st.lists(_TEXT_PIECE, max_size=12))
def test_a_sentence_without_a_longest_run_holds_no_phrase(
    phrases_: list[str], pieces: list[str]
) -> None:
    text = "".join(pieces)
    runs = longest_runs(phrases_)
    for pattern in (phrases(phrases_), phrases(phrases_, case=True)):
        if pattern.search(text) is not None:
            assert may_hold(runs, text), (phrases_, text)


_SENTENCES = [
    "Former President Barack Obama and ex-President Trump met Vice President Harris.",
    "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin spoke.",
    "Jane Roe won the presidential nomination, the ministry said on Monday.",
    "According to the U.S. State Department, the earthquake struck on June 21, 2019.",
    "Flights from Karsk to Ulm resumed last week, officials told reporters.",
    "Two days ago the summit opened in Brussels; in December 2021 it did not.",
    "America's top diplomat arrived yesterday, said the spokesperson.",
    "Nothing here names anything: twelve cats sat on three mats.",
    "The Karsk earthquake killed 12 people; Samoa's measles outbreak grew.",
    "The \u017fummit was held in 1997 \u2014 about two months ago, in early May.",
    "The mine, dug in the 1990s, reopens mid-2026 and closes by the end of 2030.",
    "Hurricane Karl and the Tarvin Front militants met Karsk A.F.C. fans at the Ulm Summit.",
]


def _sources() -> list[str]:
    paths = [ROOT / "seeds", *sorted((ROOT / "tests" / "cases").glob("*/sources"))]
    return [str(p) for p in paths if p.is_dir()]


def test_finders_find_the_same_with_and_without_the_gate(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "made.txt").write_text("\n\n".join(_SENTENCES), encoding="utf-8")
    rules = load_rules()
    sources = list(load_sources([*_sources(), str(tmp_path)], rules))
    kinds = Kinds.build(rules)
    with_gate = {s.path: extract(s, kinds) for s in sources}
    # every module that imported the gate, made to scan every sentence
    for module in _gate_users():
        if getattr(module, "may_hold", None) is may_hold:
            monkeypatch.setattr(module, "may_hold", lambda runs, text: True)
        if getattr(module, "words_told", None) is words_told:
            monkeypatch.setattr(module, "words_told", lambda text: None)
    without = {s.path: extract(s, Kinds.build(rules)) for s in sources}
    assert with_gate == without
    assert sum(len(m) for m in with_gate.values()) > 100  # the corpus does name things
    # the made sentences name offices, dates, stating bodies, routes and events
    made = next(m for path, m in with_gate.items() if path.endswith("made.txt"))
    assert {m.kind for m in made} >= {
        "office",
        "date",
        "source",
        "route",
        "event",
        "place",
        "thing",
    }


def _gate_users() -> list[object]:
    import sys

    return [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("reconcile.")
        and (
            getattr(module, "may_hold", None) is may_hold
            or getattr(module, "words_told", None) is words_told
        )
    ]


def test_gate_users_are_found() -> None:
    import reconcile.kinds.date.find
    import reconcile.kinds.office.find
    import reconcile.kinds.office.titles
    import reconcile.kinds.thing.find

    users = _gate_users()
    for module in (
        reconcile.kinds.date.find,
        reconcile.kinds.office.find,
        reconcile.kinds.thing.find,
        wordgate,
    ):
        assert module in users
    assert reconcile.kinds.office.titles in users


def test_a_gate_opens_on_one_of_its_words_or_a_digit() -> None:
    gate = Gate.of(frozenset({"said"}), frozenset({"told"}))
    assert gate is not None
    assert gate.opens(words_told("Police told reporters."), "Police told reporters.")
    assert not gate.opens(words_told("Police spoke."), "Police spoke.")
    assert not gate.opens(words_told("Police spoke 12 times."), "Police spoke 12 times.")
    counted = Gate.of(frozenset({"said"}), digit=True)
    assert counted is not None and counted.opens(words_told("In 12 days."), "In 12 days.")
    # a sentence whose words cannot tell passes every gate
    assert Gate(frozenset()).opens(words_told("\u017fpoke"), "\u017fpoke")
    assert not Gate(frozenset()).opens(words_told("spoke"), "spoke")
    # a run that cannot be told from the words: no gate at all
    assert Gate.of(frozenset({"said"}), None) is None


def test_no_kind_finds_anything_in_a_sentence_its_gate_closes_on(tmp_path: Path) -> None:
    """Every kind of every language, on every sentence of the seeds, the test cases and the
    made sentences: where `find` finds a mention, the kind's gate opens (and the gates do
    close on some sentences: they are not all open)."""
    (tmp_path / "made.txt").write_text("\n\n".join(_SENTENCES), encoding="utf-8")
    rules = load_rules()
    sources = list(load_sources([*_sources(), str(tmp_path)], rules))
    kinds = Kinds.build(rules)
    closed = found = 0
    for language in sorted({s.language for s in sources} | {"de", "en", "fr"}):
        own = kinds.language(language)
        gated = [kind for kind in own if kind.gate is not None]
        assert language != "en" or len(gated) >= 5  # quantity, event, date, route, source
        for source in sources:
            # (and the kinds gated per source: the thing kind, by the names it introduced)
            gates = [(kind, kind.gate_of(source)) for kind in own]
            assert language != "en" or sum(gate is not None for _, gate in gates) >= 6
            for sentence in own.each_sentence(source):
                words = words_told(sentence.text)
                for kind, gate in gates:
                    if gate is None:
                        continue
                    mentions = kind.find(source, sentence)
                    opens = gate.opens(words, sentence.text)
                    assert opens or not mentions, (language, type(kind).__name__, sentence)
                    closed += not opens
                    found += bool(mentions)
    assert closed > 300 and found > 50


def test_the_gates_asked_together_open_as_each_gate_alone(tmp_path: Path) -> None:
    """`Gates.opened` (every kind's gate asked in one read of a sentence's words, as
    extraction asks them) gives, for every kind of every language and every sentence of the
    seeds, the test cases and the made sentences, what the kind's own `Gate.opens` gives;
    and made gates of words, digits and patterns open alike on made sentences."""
    (tmp_path / "made.txt").write_text("\n\n".join(_SENTENCES), encoding="utf-8")
    rules = load_rules()
    sources = list(load_sources([*_sources(), str(tmp_path)], rules))
    kinds = Kinds.build(rules)
    asked = opened = 0
    for language in sorted({s.language for s in sources} | {"de", "en", "fr"}):
        own = kinds.language(language)
        for source in sources:
            gates = tuple(kind.gate_of(source) for kind in own)
            table = Gates(gates)
            texts = [sentence.text for sentence in own.each_sentence(source)]
            told = [words_told(text) for text in texts]
            for text, words, mask in zip(texts, told, table.opened(told, texts), strict=True):
                for at, gate in enumerate(gates):
                    opens = gate is None or gate.opens(words, text)
                    assert bool(mask & 1 << at) == opens, (language, at, text)
                    asked += 1
                    opened += opens
    assert opened > 300 and asked - opened > 300
    made = (
        Gate.of(frozenset({"said"}), frozenset({"told"})),
        None,
        Gate.of(frozenset({"said"}), digit=True),
        Gate(frozenset({"vote"}), pattern=re.compile(r"G\d")),
        Gate(frozenset(), digit=True),
    )
    texts = [
        "Police told reporters.",
        "Police spoke 12 times.",
        "The G7 met.",
        "The vote was said to be near.",
        "\u017fpoke",
        "Nothing here.",
    ]
    told = [words_told(text) for text in texts]
    for text, words, mask in zip(texts, told, Gates(made).opened(told, texts), strict=True):
        for at, gate in enumerate(made):
            assert bool(mask & 1 << at) == (gate is None or gate.opens(words, text)), (at, text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("12.,  ٣x$%-'\u00a0\u2009kmb"), max_size=12))
def test_a_number_in_digits_holds_a_digit(text: str) -> None:
    """What the quantity kind's gate asks of a figure: a sentence without a digit holds no
    number in digits, whatever its decimal and group signs."""
    for language in ("de", "en", "fr"):
        grammar = _lexicons()[language].numbers
        if grammar.digits_re.search(text) is not None:
            assert any(c.isdigit() for c in text), (language, text)


_LEXICONS: dict[str, Lexicon] = {}


def _lexicons() -> dict[str, Lexicon]:
    if not _LEXICONS:
        kinds = Kinds.build(load_rules())
        _LEXICONS.update({k: kinds.language(k).lexicon for k in ("de", "en", "fr")})
    return _LEXICONS


def test_the_thing_kind_is_gated_by_the_names_its_source_introduced(tmp_path: Path) -> None:
    """A name a source introduces with its class word ("Hurricane Dorian") is found bare
    later on ("Dorian weakened"): the thing kind's gate for that source opens on the name's
    first run, and closes on a sentence that holds neither a class's word nor the name."""
    text = (
        "Hurricane Dorian reached the coast on Monday.\n\n"
        "Dorian weakened overnight, the agency said.\n\n"
        "Nothing else was reported by the officials.\n"
    )
    (tmp_path / "storm.txt").write_text(text, encoding="utf-8")
    rules = load_rules()
    source = next(iter(load_sources([str(tmp_path)], rules)))
    own = Kinds.build(rules).language(source.language)
    kind = next(k for k in own if k.name == "thing")
    gate = kind.gate_of(source)
    assert gate is not None and "dorian" in gate.words
    assert kind.gate is None  # (no gate for every source: it depends on the source's names)
    sentences = list(own.each_sentence(source))
    opened = [gate.opens(words_told(s.text), s.text) for s in sentences]
    found = [bool(kind.find(source, s)) for s in sentences]
    assert found[:2] == [True, True] and opened[:2] == [True, True]
    assert opened[2:] == [False] and found[2:] == [False]
    # another source, which introduced no name: its gate does not open on the name
    (tmp_path / "storm.txt").write_text("Dorian weakened overnight.\n", encoding="utf-8")
    other = next(iter(load_sources([str(tmp_path)], rules)))
    other_gate = kind.gate_of(other)
    assert other_gate is not None and "dorian" not in other_gate.words
    assert not kind.find(other, next(iter(own.each_sentence(other))))
