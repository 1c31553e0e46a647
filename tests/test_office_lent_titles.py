"""A name titled in one source or sentence, bare in another: the bare mention is given the
office (`Kind.infer`, `kinds/office/infer.py`), marked with the claim the title came from, and
refused where the name may be someone else's (a surname two people share, a longer name, a
word of kin beside it) or another language's. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.kinds.office.records import OfficeHolder
from reconcile.models import Source
from reconcile.reasons import TitleLent
from reconcile.render import Format, render


def _sources(*texts: str, language: str = "en") -> list[Source]:
    return [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published="2024-03-14", language=language)
        for n, text in enumerate(texts, 1)
    ]


def _lent(kinds: Kinds, *texts: str) -> list[tuple[str, str, str, str, str]]:
    """(source, quote, office key, person, quote of the titled claim) of each lent claim."""
    sources = _sources(*texts)
    claims = kinds.infer(claims_of(sources, kinds), sources)
    return [
        (c.source_id, c.quote, held.office_key, held.person, held.title_quote)
        for c in claims
        if isinstance(held := c.detail, OfficeHolder) and held.title_from
    ]


def test_a_bare_full_name_in_another_source_takes_the_title(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Roe said the budget would pass.",
        "Jane Roe told reporters that the vote was close.",
    )
    assert found == [
        ("S2", "Jane Roe", "prime-minister", "Jane Roe", "Prime Minister Jane Roe"),
    ]


def test_a_surname_later_in_the_source_that_titles_it(kinds: Kinds) -> None:
    found = _lent(kinds, "Prime Minister Jane Roe spoke first. Later, Roe left the hall.")
    assert found == [("S1", "Roe", "prime-minister", "Jane Roe", "Prime Minister Jane Roe")]


def test_a_surname_needs_the_full_name_before_it_in_its_source(kinds: Kinds) -> None:
    # "Roe" alone in the second source, never named in full there: left alone
    found = _lent(
        kinds,
        "Prime Minister Jane Roe said the budget would pass.",
        "Roe said the vote was close. Jane Roe thanked her party.",
    )
    assert found == [
        ("S2", "Jane Roe", "prime-minister", "Jane Roe", "Prime Minister Jane Roe"),
    ]


def test_a_surname_alone_in_a_source_that_never_names_the_person_in_full(kinds: Kinds) -> None:
    # the second source writes the prime minister by surname only: the run titles her
    found = _lent(
        kinds,
        "Prime Minister Jane Roe said the budget would pass.",
        "The vote was close, Roe told reporters on Monday.",
    )
    assert found == [("S2", "Roe", "prime-minister", "Jane Roe", "Prime Minister Jane Roe")]


def test_a_surname_the_source_writes_as_a_common_word_is_not_lent(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Rice said the budget would pass.",
        "Rice harvests fell as rice ran short on Monday.",
    )
    assert found == []


def test_a_surname_after_another_given_name_is_not_lent_across_sources(kinds: Kinds) -> None:
    # another Roe of the second source: neither mention of her surname is the minister's
    found = _lent(
        kinds,
        "Prime Minister Jane Roe said the budget would pass.",
        "Farmer Tom Roe said the harvest was poor. Roe added that prices would rise.",
    )
    assert found == []


def test_a_relative_is_not_the_holder(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Roe spoke first. Roe's son joined her on stage.",
        "Jane Roe's husband declined to comment.",
        "The widow of Jane Roe attended the ceremony.",
    )
    assert found == []


def test_a_longer_name_ending_in_the_surname_is_someone_else(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Roe spoke first. Her brother Tom Roe and Roe left together.",
        "Prime Minister Jane Roe spoke. Critics said Mark Jane Roe was no relation.",
    )
    # "Roe" after "Tom Roe" in the first source: that source names another Roe; "Mark Jane
    # Roe" is a longer name than the one titled
    assert found == []


def test_a_surname_two_titled_people_share_is_lent_to_neither(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Roe met Finance Minister Paul Roe. Roe said little.",
        "Roe said the talks went well.",
    )
    assert found == []


def test_each_source_lends_the_first_bare_mention_only(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "Prime Minister Jane Roe spoke first.",
        "Jane Roe arrived at noon. Jane Roe left at six.",
    )
    assert [(source, quote) for source, quote, *_ in found] == [("S2", "Jane Roe")]


def test_no_title_is_lent_across_languages(kinds: Kinds) -> None:
    sources = [
        *_sources("Prime Minister Jane Roe said the budget would pass."),
        Source(
            id="S9",
            path="9.txt",
            text="Jane Roe sagte am Montag, der Haushalt werde beschlossen.",
            published="2024-03-14",
            language="de",
        ),
    ]
    claims = kinds.infer(claims_of(sources, kinds), sources)
    assert [c.source_id for c in claims if c.kind == "office"] == ["S1"]


def test_claims_are_unchanged_when_nothing_is_lent(kinds: Kinds) -> None:
    sources = _sources("The budget passed by 12 votes.", "Jane Roe said the vote was close.")
    claims = claims_of(sources, kinds)
    assert kinds.infer(claims, sources) is claims


def test_the_report_says_where_the_title_came_from(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Prime Minister Jane Roe said the budget would pass.\n")
    (tmp_path / "b.txt").write_text("Jane Roe told reporters the vote was close.\n")
    report = run([tmp_path])
    [fact] = [f for f in report.facts if f.kind == "office"]
    assert fact.verdict == "agree"
    assert len(fact.claim_ids) == 2
    lent = [n for n in fact.notes if isinstance(n, TitleLent)]
    assert lent == [TitleLent((("Jane Roe", "Prime Minister Jane Roe", False),))]
    markdown = render(report, Format.markdown)
    assert "title read elsewhere: “Jane Roe” as “Prime Minister Jane Roe” (another source)" in (
        markdown
    )
    records = json.loads(render(report, Format.json))["claims"]
    by_quote = {r["quote"]: r for r in records if r["kind"] == "office"}
    titled = by_quote["Prime Minister Jane Roe"]
    assert "title_from" not in titled
    assert by_quote["Jane Roe"]["title_from"] == {
        "claim": titled["id"],
        "source": titled["source_id"],
        "quote": "Prime Minister Jane Roe",
    }
    assert by_quote["Jane Roe"]["entity"] == "Jane Roe"


def test_a_name_written_with_other_capitals_is_the_same_name(kinds: Kinds) -> None:
    found = _lent(
        kinds,
        "President Lee Jae-myung met the press.",
        "Lee Jae-Myung won the vote.",
        "Supporters of the lee jae-myung campaign cheered.",
    )
    assert [(s, q) for s, q, *_ in found] == [("S2", "Lee Jae-Myung")]


def test_a_surname_that_is_a_month_is_not_lent(kinds: Kinds) -> None:
    found = _lent(kinds, "Prime Minister Jane May spoke first. In May, the vote was held.")
    assert found == []


def test_the_title_of_the_source_published_nearest_is_lent(kinds: Kinds) -> None:
    sources = [
        Source(
            id="S1",
            path="1.txt",
            text="Former Prime Minister Jane Roe spoke.",
            published="2024-01-02",
        ),
        Source(
            id="S2",
            path="2.txt",
            text="Former Prime Minister Jane Roe voted.",
            published="2024-01-03",
        ),
        Source(
            id="S3",
            path="3.txt",
            text="Prime Minister Jane Roe took office.",
            published="2024-06-01",
        ),
        Source(id="S4", path="4.txt", text="Jane Roe named her cabinet.", published="2024-06-03"),
        Source(id="S5", path="5.txt", text="Jane Roe conceded the race.", published="2024-01-04"),
    ]
    claims = kinds.infer(claims_of(sources, kinds), sources)
    lent = {
        c.source_id: (held.office_key, held.title_source)
        for c in claims
        if isinstance(held := c.detail, OfficeHolder) and held.title_from
    }
    # the holder in June; a former holder in January (more sources say so, but it is not
    # what decides the June source)
    assert lent == {"S4": ("prime-minister", "S3"), "S5": ("former-prime-minister", "S2")}


def test_a_bare_name_keeps_the_doubt_of_a_title_that_names_no_country(kinds: Kinds) -> None:
    # "Defense Secretary" names no country: a bare "Jane Roe" given that title is not said to
    # hold the office "US Defense Secretary John Doe" holds
    sources = _sources(
        "Defense Secretary Jane Roe visited the base.",
        "Jane Roe visited the base on Monday.",
        "US Defense Secretary John Doe visited the base.",
    )
    claims = kinds.infer(claims_of(sources, kinds), sources)
    [bare] = [c for c in claims if isinstance(c.detail, OfficeHolder) and c.detail.title_from]
    [other] = [c for c in claims if c.source_id == "S3" and c.kind == "office"]
    office, context = kinds.default.of(bare), kinds.default.context
    decision = office.decide(bare, other, context.features(bare), context.features(other))
    assert decision.score == 0.0
    assert type(decision.veto).__name__ == "UntitledHolders"
