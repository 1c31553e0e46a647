"""Sources as scrapers and newsrooms export them: extra JSON keys, common date forms,
declared charsets, CRLF files, Markdown syntax, and lines that point into the file."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from reconcile.api import claims_of
from reconcile.errors import InputError, Problem
from reconcile.kinds import Kinds, is_numeric
from reconcile.rules import RuleSet
from reconcile.sources import (
    ImpossibleDate,
    blank_markdown,
    date_calendars,
    load_source,
    parse_date,
    read_date,
    read_sources,
)

ROOT = Path(__file__).resolve().parent.parent


def test_json_unknown_keys_are_ignored_and_aliases_read(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "scraped.json"
    record = {
        "id": 17,
        "lang": "en",
        "source": {"id": None, "name": "Wire Service"},
        "date": "Sept. 15, 2023",
        "author": ["Ana Ruiz", "Bo Lee"],
        "content": "Over 2,000 people fled the fire.",
    }
    path.write_text(json.dumps(record))
    source = load_source(path, rules)
    assert source.text == "Over 2,000 people fled the fire."
    assert (source.outlet, source.published, source.author) == (
        "Wire Service",
        "2023-09-15",
        "Ana Ruiz, Bo Lee",
    )


def test_json_epoch_seconds_are_a_date(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "About 40 homes burned.", "published": 1694736000}))
    assert load_source(path, rules).published == "2023-09-15"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sept. 15, 2023", "2023-09-15"),
        ("Friday, September 15, 2023", "2023-09-15"),
        ("15/09/2023", "2023-09-15"),
        ("09/15/2023", "2023-09-15"),
        ("05/06/2023", None),  # day and month could be swapped: not guessed
        ("1694736000", "2023-09-15"),
        ("1694736000000", "2023-09-15"),
        ("Fri, 15 Sep 2023 10:00:00 GMT", "2023-09-15"),
        ("January 6th, 2022 at 13:08 IST", "2022-01-06"),
        ("2023-13-45", None),
    ],
)
def test_common_news_date_forms(text: str, iso: str | None, rules: RuleSet) -> None:
    assert parse_date(text, date_calendars(rules, "en")) == iso


@pytest.mark.parametrize(
    ("language", "text", "iso"),
    [
        ("de", "15. September 2023", "2023-09-15"),
        ("de", "Freitag, 15. September 2023, 13.08 Uhr", "2023-09-15"),
        ("fr", "15 septembre 2023", "2023-09-15"),
        ("fr", "vendredi 1er septembre 2023", "2023-09-01"),
        ("fr", "15 sept. 2023 à 13h08", "2023-09-15"),
        ("en", "September 15, 2023, 10:00 AM", "2023-09-15"),
        ("en", "Sep 15 2023", "2023-09-15"),
        ("en", "2023/09/15 10:00", "2023-09-15"),
        ("de", "15.09.2023", "2023-09-15"),
        # a German source dated in English: the other languages of the rules are tried next
        ("de", "Sept. 15, 2023", "2023-09-15"),
        ("en", "15 septembre 2023", "2023-09-15"),
        ("en", "September 2023", None),  # no day: date unknown, not the first of the month
        ("en", "15 Septober 2023", None),
    ],
)
def test_dates_are_read_with_the_month_names_of_the_rules(
    language: str, text: str, iso: str | None, rules: RuleSet
) -> None:
    assert parse_date(text, date_calendars(rules, language)) == iso


def test_month_and_weekday_names_are_written_once_per_language() -> None:
    """In `events.toml`; every other rules file refers to them (`@months`, `(?&weekdays)`),
    so dates in metadata and in the text are read with the same words."""
    found = []
    for folder in sorted((ROOT / "rules" / "lang").iterdir()):
        calendar = tomllib.loads((folder / "events.toml").read_text(encoding="utf-8"))
        names = [*calendar["month_names"], *calendar["weekday_names"]]
        for path in sorted(folder.glob("*.toml")):
            if path.name == "events.toml":
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            data = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
            found += [
                f"{folder.name}/{path.name}: {name}"
                for name in names
                if re.search(rf"(?<![\w@]){re.escape(name)}(?!\w)", data)
            ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "2023-13-45",
        "February 30, 2023",
        "31/02/2023",
        "30. Februar 2023",
        "31/31/2023",
        "2023/02/30",
    ],
)
def test_a_date_that_does_not_exist_is_impossible(text: str, rules: RuleSet) -> None:
    with pytest.raises(ImpossibleDate):
        read_date(text, date_calendars(rules, "en"))


def test_an_impossible_date_in_metadata_names_the_file_and_line(
    tmp_path: Path, rules: RuleSet
) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Fire\npublished: 2023-13-45\n---\nAbout 40.\n")
    (tmp_path / "b.txt").write_text("About 40 homes burned.\n")
    (tmp_path / "b.meta.yaml").write_text("outlet: Wire\npublished: February 30, 2023\n")
    (tmp_path / "c.json").write_text('{\n "text": "About 40 homes.",\n "date": "31/02/2023"\n}')
    with pytest.raises(InputError) as raised:
        read_sources([tmp_path], rules)
    assert [str(p).replace(tmp_path.as_posix() + "/", "") for p in raised.value.problems] == [
        "a.md:3: published: '2023-13-45' is not a date that exists; write it as YYYY-MM-DD",
        "b.meta.yaml:2: published: 'February 30, 2023' is not a date that exists;"
        " write it as YYYY-MM-DD",
        "c.json:3: published: '31/02/2023' is not a date that exists; write it as YYYY-MM-DD",
    ]


def test_an_impossible_date_a_page_states_is_date_unknown_its_sidecars_an_error(
    tmp_path: Path, rules: RuleSet
) -> None:
    page = '<meta property="article:published_time" content="2023-02-30"><p>About 40 homes.</p>'
    (tmp_path / "a.html").write_text(page)
    loaded = read_sources([tmp_path], rules)
    assert loaded.sources[0].published is None
    assert [n.message for n in loaded.notes] == [
        "published: cannot read '2023-02-30' as a date; date unknown (write it as YYYY-MM-DD)"
    ]
    (tmp_path / "b.html").write_text("<p>About 50 homes burned.</p>")
    (tmp_path / "b.meta.yaml").write_text("published: 2023-02-30\n")
    with pytest.raises(InputError, match=r"b\.meta\.yaml:1: published: '2023-02-30' is not a"):
        read_sources([tmp_path], rules)


def test_an_impossible_date_the_text_states_is_date_unknown(tmp_path: Path, rules: RuleSet) -> None:
    (tmp_path / "a.txt").write_text("Fire\nPublished February 30, 2023\nAbout 40 homes burned.\n")
    loaded = read_sources([tmp_path], rules)
    assert loaded.sources[0].published is None
    assert [n.message for n in loaded.notes] == [
        "published: cannot read 'February 30, 2023' as a date; date unknown"
        " (write it as YYYY-MM-DD)"
    ]


def test_an_unreadable_date_is_date_unknown_with_a_note(tmp_path: Path, rules: RuleSet) -> None:
    (tmp_path / "a.md").write_text("---\npublished: next Tuesday\n---\nAbout 40 homes burned.\n")
    loaded = read_sources([tmp_path], rules)
    assert loaded.sources[0].published is None
    assert loaded.notes == (
        Problem(
            (tmp_path / "a.md").as_posix(),
            None,
            "published: cannot read 'next Tuesday' as a date; date unknown"
            " (write it as YYYY-MM-DD)",
        ),
    )


def test_cp1252_html_that_declares_its_charset(tmp_path: Path, rules: RuleSet) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 fire: 12 hurt.</p>'
    path = tmp_path / "a.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Café fire: 12 hurt." in load_source(path, rules).text


def test_utf16_with_a_bom(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("About 40 homes burned.\n".encode("utf-16"))
    assert load_source(path, rules).text == "About 40 homes burned.\n"


def test_non_utf8_names_the_line(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"fine\nalso fine\ncaf\xe9\n")
    with pytest.raises(Exception, match=r"a.txt:3: not UTF-8 text"):
        load_source(path, rules)


def test_crlf_offsets_index_the_file_as_read(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Fire\r\n\r\nCrews said 40 homes burned.\r\nAbout 300 people fled.\r\n")
    source = load_source(path, rules)
    raw = path.read_bytes().decode("utf-8")
    claims = claims_of([source], Kinds.build(rules))
    assert [raw[c.start : c.end] for c in claims] == [c.quote for c in claims]
    assert [source.line_of(c.start) for c in claims] == [3, 4]


def test_markdown_syntax_is_blanked_not_read(tmp_path: Path, rules: RuleSet) -> None:
    text = "# Flood\n\n> 8 people died, police said.\n\n1. 6 people were hurt in Tavi.\n"
    path = tmp_path / "a.md"
    path.write_text(text)
    source = load_source(path, rules)
    assert len(source.text) == len(text)
    # the numbers (the source named, "police", is a claim of its own kind)
    claims = [c for c in claims_of([source], Kinds.build(rules)) if is_numeric(c)]
    assert [(c.quote, c.qualifier) for c in claims] == [
        ("8 people", "exact"),
        ("6 people", "exact"),
    ]
    assert [text[c.start : c.end] for c in claims] == ["8 people", "6 people"]


def test_blank_markdown_keeps_every_offset() -> None:
    text = "- **25** km, see [the map](http://x.org/m) and ![img](a.png) `code`\n"
    blanked = blank_markdown(text)
    assert blanked == "    25   km, see  the map" + " " * 18 + "and" + " " * 16 + "code \n"


def test_html_claims_point_at_their_line_in_the_file(tmp_path: Path, rules: RuleSet) -> None:
    page = (
        "<html>\n<head><title>Fire</title></head>\n<body>\n<article>\n"
        "<p>Crews said\n40 homes burned.</p>\n\n<p>About 300 people fled.</p>\n</article>\n"
    )
    path = tmp_path / "a.html"
    path.write_text(page)
    source = load_source(path, rules)
    claims = claims_of([source], Kinds.build(rules))
    assert [(c.quote, source.line_of(c.start)) for c in claims] == [
        ("40 homes", 6),
        ("About 300 people", 8),
    ]


def test_json_claims_point_at_the_line_of_the_text(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        '{\n  "title": "Fire",\n  "text": "Crews said 40 homes burned.\\nAbout 300 fled."\n}'
    )
    source = load_source(path, rules)
    claims = claims_of([source], Kinds.build(rules))
    assert [source.line_of(c.start) for c in claims] == [3] * len(claims)


def test_a_source_without_text_is_a_note(tmp_path: Path, rules: RuleSet) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "nav.html").write_text("<html><body><nav><p>Home | About 40 things")
    (tmp_path / "story.txt").write_text("About 40 homes burned.\n")
    loaded = read_sources([tmp_path], rules)
    assert [(n.path.rsplit("/", 1)[-1], n.message) for n in loaded.notes] == [
        ("empty.txt", "no text found in this source; no claims read from it"),
        ("nav.html", "no text found in this source; no claims read from it"),
    ]


def test_a_link_title_or_address_with_parentheses_is_blanked_whole() -> None:
    text = '[v. Trump (2025)](https://w.org/v_(2025) "v. Trump (2025)") sued 12 states\n'
    blanked = blank_markdown(text)
    assert blanked == " v. Trump (2025)" + " " * 43 + " sued 12 states\n"
