"""Two sources' readings of one figure that their kinds put in different blocks: a sum one
source writes with its currency and the other without ("$2.5 billion" / "worth 2.5
billion": money and a count that says nothing), a change and a level of one concept. A
claim alone in its fact meets the claims of other blocks that state its number
(`QuantityKind.cross_key`) and joins the one fact it fits (`reconcile.match.join_across`),
decided as one of a block would be (`QuantityKind.decide_across`); never across currencies,
a rise and a fall, two concepts, a counted noun, or the words and story of another fact."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.match import join_across, match, source_topics
from reconcile.models import Claim, Fact, Report
from reconcile.reasons import DifferentConcepts, JoinedAcross, NothingCounted
from reconcile.render.words import reason_text
from reconcile.rules import load_rules

STORY = "Floods hit the Rhine valley this week, officials in Berlin said."
SUM = "The government approved a $2.5 billion aid package for farmers on Monday."
BARE = "The government approved an aid package worth 2.5 billion for farmers on Monday."


def _write(folder: Path, name: str, *body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = "---\ntitle: Floods on the Rhine\npublished: 2026-03-02\n---\n" + "\n\n".join(body)
    (folder / f"{name}.md").write_text(text + "\n", encoding="utf-8")


def _claim(report: Report, quote: str) -> Claim:
    return next(c for c in report.claims if c.quote == quote)


def _fact_of(report: Report, claim: Claim) -> Fact:
    return next(f for f in report.facts if claim.id in f.claim_ids)


def _run(tmp_path: Path, bare: str = BARE) -> Report:
    _write(tmp_path, "a", STORY, SUM)
    _write(tmp_path, "b", STORY, bare)
    return run([tmp_path])


def test_a_sum_without_its_currency_joins_the_sum(tmp_path: Path) -> None:
    report = _run(tmp_path)
    money, bare = _claim(report, "$2.5 billion"), _claim(report, "2.5 billion")
    assert (money.kind, bare.kind) == ("money", "count")
    assert (bare.concept, bare.noun_class) == (None, None)  # in no block of its own
    fact = _fact_of(report, bare)
    assert sorted(report.claim(i).quote for i in fact.claim_ids) == ["$2.5 billion", "2.5 billion"]
    assert fact.verdict == "agree"
    assert fact.match.reasons[-1] == JoinedAcross()
    assert reason_text(JoinedAcross()) == (
        "the same number of another source, read otherwise there (a sum without its"
        " currency, a change as a level), in words alike"
    )


def test_the_table_path_joins_it_as_the_engine_does(tmp_path: Path) -> None:
    report = _run(tmp_path)
    kinds = Kinds.build(load_rules(None))
    clusters = match(report.claims, kinds, report.sources)
    pair = tuple(sorted((_claim(report, "$2.5 billion").id, _claim(report, "2.5 billion").id)))
    assert [c.claim_ids for c in clusters if c.claim_ids == pair] == [pair]


def test_another_number_or_other_words_stay_apart(tmp_path: Path) -> None:
    report = _run(tmp_path, BARE.replace("2.5 billion", "2.4 billion"))
    assert len(_fact_of(report, _claim(report, "2.4 billion")).claim_ids) == 1
    other = tmp_path / "other"
    report = _run(
        other, "Striking dockworkers in Hamburg said 2.5 billion was lost to the strike in May."
    )
    assert len(_fact_of(report, _claim(report, "2.5 billion")).claim_ids) == 1


def test_cross_keys_and_decisions(tmp_path: Path) -> None:
    report = _run(tmp_path)
    kinds = Kinds.build(load_rules(None))
    own = kinds.default
    money, bare = _claim(report, "$2.5 billion"), _claim(report, "2.5 billion")
    kind = own.of(money)
    assert kind.cross_key(money) == kind.cross_key(bare) == "amount|2.5e+09|"
    # a count that says what it counts is no sum; a percentage meets percentages
    people = replace(bare, noun_class="civilians", counted_noun="people")
    assert kind.cross_key(people) == "count|2.5e+09|"
    share = replace(bare, kind="percent", dimension="percent", value=12.0)
    assert kind.cross_key(share) == "percent|percent|12|"
    topics = source_topics(report.claims, kinds, report.sources)

    def feats(c: Claim) -> object:
        return own.context.features(c, "2026-03-02", topics[c.source_id])

    joined = kind.decide_across(bare, money, feats(bare), feats(money))  # type: ignore[arg-type]
    assert joined.veto is None and joined.score >= 50.0
    euros = replace(money, unit="EUR", dimension="currency:EUR", quote="€2.5 billion")
    dollars = replace(money, source_id=bare.source_id, id="other")
    assert kind.decide_across(dollars, euros, feats(money), feats(money)).veto == (  # type: ignore[arg-type]
        NothingCounted()
    )
    up, down = replace(money, change="up"), replace(dollars, change="down")
    assert kind.decide_across(up, down, feats(money), feats(money)).veto == (  # type: ignore[arg-type]
        NothingCounted()
    )
    # a change meets a level only as one concept
    level = replace(bare, concept=None)
    assert kind.decide_across(up, level, feats(money), feats(bare)).veto == (  # type: ignore[arg-type]
        NothingCounted()
    )
    other = replace(dollars, concept="fine")
    assert kind.decide_across(money, other, feats(money), feats(money)).veto == (  # type: ignore[arg-type]
        DifferentConcepts("aid", "fine")
    )
    same_source = replace(bare, source_id=money.source_id)
    assert kind.decide_across(money, same_source, feats(money), feats(money)).veto == (  # type: ignore[arg-type]
        NothingCounted()
    )


def test_join_across_without_crossing_claims_changes_nothing(tmp_path: Path) -> None:
    report = _run(tmp_path, BARE.replace("2.5 billion", "2.4 billion"))
    kinds = Kinds.build(load_rules(None))
    clusters = list(match(report.claims, kinds, report.sources))
    kept, unmatched, changed, removed = join_across(
        [c for c in clusters if c.key], [], report.claims, kinds, report.sources
    )
    assert (kept, unmatched, changed, removed) == ([c for c in clusters if c.key], [], set(), set())


def test_a_bare_dollar_sign_may_be_another_dollar(tmp_path: Path) -> None:
    # "$" alone is read as US dollars; another source's "A$" says which dollar it was
    report = _run(tmp_path, SUM.replace("$2.5", "A$2.5"))
    aud, usd = _claim(report, "A$2.5 billion"), _claim(report, "$2.5 billion")
    assert (aud.unit, usd.unit) == ("AUD", "USD")
    fact = _fact_of(report, usd)
    assert sorted(report.claim(i).quote for i in fact.claim_ids) == [
        "$2.5 billion",
        "A$2.5 billion",
    ]
    assert fact.match.reasons[-1] == JoinedAcross()
    # the fact it left is gone, the others are judged as their clusters: each claim in one
    in_facts = sorted(i for f in report.facts for i in f.claim_ids)
    assert in_facts == sorted(c.id for c in report.claims)
    # a sign that says which dollar ("US$" / "A$") or another currency stays apart
    for at, (one, two) in enumerate((("US$2.5", "A$2.5"), ("$2.5", "€2.5"))):
        other = tmp_path / f"apart{at}"
        _write(other, "a", STORY, SUM.replace("$2.5", one))
        _write(other, "b", STORY, SUM.replace("$2.5", two))
        report = run([other])
        assert len(_fact_of(report, _claim(report, f"{one} billion")).claim_ids) == 1
