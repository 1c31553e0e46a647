"""Loading sources: formats, stated metadata, furniture, offsets and input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.rules import RuleSet
from reconcile.sources import (
    date_calendars,
    html_to_text,
    load_source,
    load_sources,
    parse_date,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_one_states_its_date_and_byline(rules: RuleSet) -> None:
    source = load_source(SEEDS / "us-uk-defence-chiefs-discuss-buildup.txt", rules)
    assert source.published == "2022-01-06"
    assert source.published_text == "January 6th, 2022"
    assert source.author == "Bhavya Sukheja"
    assert source.title is not None and source.title.startswith("US, UK defence chiefs discuss")


def test_seed_two_states_no_date_and_none_is_invented(rules: RuleSet) -> None:
    source = load_source(SEEDS / "us-reaches-out-to-allies-over-buildup.txt", rules)
    assert source.published is None
    assert source.author is None
    assert source.title is None  # its first line is a sentence, not a headline


def test_text_is_kept_exactly_as_loaded(rules: RuleSet) -> None:
    path = SEEDS / "us-uk-defence-chiefs-discuss-buildup.txt"
    source = load_source(path, rules)
    assert source.text == path.read_text(encoding="utf-8")


def test_furniture_is_marked_not_removed(rules: RuleSet) -> None:
    source = load_source(SEEDS / "us-uk-defence-chiefs-discuss-buildup.txt", rules)
    skipped = [source.text[a:b].strip() for a, b in source.excluded]
    assert "Advertisement" in skipped
    assert "IMAGE: AP | Image:self" in skipped
    assert "(Image: AP)" in skipped
    assert any(s.startswith("Reported by:") for s in skipped)


def test_front_matter_gives_metadata_and_offsets_stay_in_the_file(
    tmp_path: Path, rules: RuleSet
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Flood toll rises\noutlet: Example Tribune\npublished: 2023-09-12\n"
        "author: Jane Roe\nurl: https://example.org/flood\n---\n"
        "At least 5,300 people died in the flood, officials said.\n",
        encoding="utf-8",
    )
    source = load_source(path, rules)
    assert (source.title, source.outlet, source.published, source.author) == (
        "Flood toll rises",
        "Example Tribune",
        "2023-09-12",
        "Jane Roe",
    )
    assert source.url == "https://example.org/flood"
    assert source.text.startswith("---\n")
    assert source.text[source.body_start :].startswith("At least 5,300")


def test_sidecar_metadata(tmp_path: Path, rules: RuleSet) -> None:
    (tmp_path / "story.txt").write_text("Some 40 homes were destroyed.\n", encoding="utf-8")
    (tmp_path / "story.meta.yaml").write_text("outlet: Valley News\npublished: 2024-03-02\n")
    (source,) = load_sources([tmp_path], rules)
    assert source.outlet == "Valley News"
    assert source.published == "2024-03-02"


def test_html_article_text_and_meta(tmp_path: Path, rules: RuleSet) -> None:
    html = (
        "<html><head><title>Page</title>"
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="article:published_time" content="2022-01-05T10:00:00Z">'
        "<script>var x = 100000;</script></head><body><nav>Home | World</nav>"
        "<article><h1>Troops massed</h1><p>Officials say about 90,000 troops "
        "are &amp; remain near the border.</p></article><footer>© 2022</footer></body></html>"
    )
    text, meta = html_to_text(html)
    assert (
        text == "Troops massed\nOfficials say about 90,000 troops are & remain near the border.\n"
    )
    assert meta["outlet"] == "Daily Example"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    source = load_source(path, rules)
    assert source.published == "2022-01-05"
    assert source.title == "Page"
    assert "100000" not in source.text


def test_json_source(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps({"text": "Over 2,000 people fled.", "outlet": "Wire"}))
    source = load_source(path, rules)
    assert source.text == "Over 2,000 people fled."
    assert source.outlet == "Wire"


def test_site_generator_front_matter_is_read_not_refused(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        "---\nlayout: post\ndate: 2025-01-05\nlast_modified_at: 2026-08-06 04:26\n"
        "published: true\n---\n"
        "Six soldiers are killed.\n",
        encoding="utf-8",
    )
    source = load_source(path, rules)
    assert source.published == "2025-01-05"
    assert source.title is None or "layout" not in source.title


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
        ("---\npublished: 2023-13-45\n---\nText.\n", "published: '2023-13-45' is not a date"),
    ],
)
def test_bad_metadata_is_a_clear_error(
    tmp_path: Path, rules: RuleSet, content: str, message: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_source(path, rules)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_bad_json_names_the_line(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n"text": "x",\n}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_source(path, rules)
    assert f"{path}:3: not valid JSON" in str(caught.value)


def test_missing_paths_are_all_reported(rules: RuleSet, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_sources([tmp_path / "nope", tmp_path / "nada.txt"], rules)
    assert len(caught.value.problems) == 2
    assert all("no such file or folder" in str(p) for p in caught.value.problems)


def test_empty_folder_is_an_error(rules: RuleSet, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("notes")
    with pytest.raises(InputError, match="no source files found"):
        load_sources([tmp_path], rules)


def test_non_utf8_is_an_error(rules: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9 100 troops".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_source(path, rules)


def test_identical_texts_load_once_and_order_does_not_matter(
    tmp_path: Path, rules: RuleSet
) -> None:
    (tmp_path / "b.txt").write_text("About 300 people attended.\n")
    (tmp_path / "a.txt").write_text("About 300 people attended.\n")
    (tmp_path / "c.txt").write_text("Nearly 400 people attended.\n")
    forward = load_sources([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"], rules)
    backward = load_sources([tmp_path / "c.txt", tmp_path / "b.txt", tmp_path / "a.txt"], rules)
    assert forward == backward
    assert [s.name for s in forward] == ["a.txt", "c.txt"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("January 6th, 2022", "2022-01-06"),
        ("7 January 2022", "2022-01-07"),
        ("Jan 12, 2022", "2022-01-12"),
        ("2022-01-05T10:00:00Z", "2022-01-05"),
        ("2022-01-05", "2022-01-05"),
        ("someday", None),
    ],
)
def test_parse_date(text: str, iso: str | None, rules: RuleSet) -> None:
    assert parse_date(text, date_calendars(rules, "en")) == iso
