"""Review decisions: each one taken with `reconcile decide` (and `review`), kept in the
decisions file, applied by the next `report` and `check`, asked again when a source changes
what it states, and undone."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.decisions import DecisionsError, decisions_text, load_decisions

runner = CliRunner()

WIRE = """\
Troops mass at the border

Published January 6, 2022

Russia has deployed over 100,000 troops at the Ukrainian border, a US official said.
Story 0 of the live coverage.
The storm destroyed 300 homes in the region.
The quake killed 2,000 people in Marrakesh.
"""
DAILY = """\
Tensions rise

Published January 8, 2022

Russia has positioned about 90,000 troops at the Ukrainian border, officials said.
Some 350 houses were wrecked by the storm.
More than 2,900 were counted across the country.
"""


@pytest.fixture
def story(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "src" / "daily.txt").write_text(DAILY, encoding="utf-8")
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def report() -> dict[str, Any]:
    result = runner.invoke(app, ["report", "src", "-q"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(Path("reports/report.json").read_text(encoding="utf-8"))
    return data


def markdown() -> str:
    return Path("reports/report.md").read_text(encoding="utf-8")


def quotes(data: dict[str, Any], fact: dict[str, Any]) -> list[str]:
    by_id = {c["id"]: c["quote"] for c in data["claims"]}
    return sorted(by_id[c] for c in fact["claim_ids"])


def fact_with(data: dict[str, Any], quote: str) -> dict[str, Any]:
    ids = {c["id"] for c in data["claims"] if c["quote"] == quote}
    (fact,) = [f for f in data["facts"] if ids & set(f["claim_ids"])]
    return fact


def claim_id(data: dict[str, Any], quote: str) -> str:
    (found,) = [c["id"] for c in data["claims"] if c["quote"] == quote]
    return str(found)


def decide(*args: str) -> str:
    result = runner.invoke(app, ["decide", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def check() -> int:
    return runner.invoke(app, ["check", "src", "-q"]).exit_code


def test_the_story_as_matched_before_any_decision(story: Path) -> None:
    data = report()
    assert sorted((f["verdict"], quotes(data, f)) for f in data["facts"]) == [
        ("conflict", ["300 homes", "Some 350 houses"]),
        ("conflict", ["about 90,000 troops", "over 100,000 troops"]),
        ("single", ["0"]),
        ("single", ["2,000 people"]),
        ("single", ["More than 2,900"]),
        ("single", ["in Marrakesh"]),
        ("single", ["quake killed 2,000 people in Marrakesh"]),
    ]
    assert "decisions" not in data
    assert check() == 1


def test_accept_passes_the_check_and_the_report_says_why(story: Path) -> None:
    data = report()
    troops = fact_with(data, "over 100,000 troops")["id"]
    homes = fact_with(data, "300 homes")["id"]
    out = decide(troops, "accept", "--reason", "one count includes Crimea")
    assert out == (
        f"recorded in reports/decisions.toml: accept {troops}; run `reconcile report` to apply it\n"
    )
    assert check() == 1  # the homes conflict is still open
    decide(homes, "accept", "--reason", "homes and houses differ")
    assert check() == 0
    data = report()
    assert [(d["action"], d["fact_ids"], d["applies"]) for d in data["decisions"]] == sorted(
        [("accept", [troops], True), ("accept", [homes], True)], key=lambda d: d[1]
    )
    text = markdown()
    assert "Reviewed: **accepted** — one count includes Crimea" in text
    assert "## Review decisions (2)" in text


def test_undoing_an_accept_fails_the_check_again(story: Path) -> None:
    data = report()
    for quote in ("over 100,000 troops", "300 homes"):
        decide(fact_with(data, quote)["id"], "accept")
    assert check() == 0
    troops = fact_with(data, "over 100,000 troops")["id"]
    assert decide(troops, "undo") == (
        f"removed 1 decision on {troops} from reports/decisions.toml\n"
    )
    assert check() == 1
    assert decide(troops, "undo") == f"no decision on {troops} in reports/decisions.toml\n"


def test_a_changed_value_asks_again(story: Path) -> None:
    data = report()
    troops = fact_with(data, "over 100,000 troops")["id"]
    decide(troops, "accept", "--reason", "scope differs")
    Path("src/daily.txt").write_text(DAILY.replace("about 90,000", "about 80,000"))
    assert check() == 1
    summary = runner.invoke(app, ["report", "src"]).stdout
    assert "review decisions: 0 applied, 1 no longer applies: review again" in summary
    data = report()
    (decided,) = data["decisions"]
    assert (decided["applies"], decided["fact_ids"], decided["decided_on"]) == (False, [], troops)
    text = markdown()
    assert "1 decision no longer applies: a source now states something else" in text
    assert "**no longer applies: review again**" in text
    assert "Reviewed: **accepted**" not in text


def test_noise_removes_the_claim_and_undo_brings_it_back(story: Path) -> None:
    data = report()
    zero = fact_with(data, "0")["id"]
    decide(zero, "noise", "--reason", "a story number")
    data = report()
    assert "0" not in [c["quote"] for c in data["claims"]]
    assert len(data["facts"]) == 6
    assert "| set aside as noise | count · `" in markdown()
    assert decide(zero, "undo") == f"removed 1 decision on {zero} from reports/decisions.toml\n"
    data = report()
    assert "0" in [c["quote"] for c in data["claims"]]
    assert "decisions" not in data  # the file is empty now
    assert load_decisions(Path("reports/decisions.toml")).entries == ()


def test_noise_on_some_claims_of_a_fact_keeps_the_others(story: Path) -> None:
    data = report()
    homes = fact_with(data, "300 homes")["id"]
    decide(homes, "noise", claim_id(data, "Some 350 houses"))
    data = report()
    assert "Some 350 houses" not in [c["quote"] for c in data["claims"]]
    assert fact_with(data, "300 homes")["verdict"] == "single"


def test_the_file_reads_back_as_written(story: Path) -> None:
    data = report()
    decide(fact_with(data, "300 homes")["id"], "split", claim_id(data, "300 homes"))
    decide(fact_with(data, "over 100,000 troops")["id"], "accept", "--reason", "ok")
    path = Path("reports/decisions.toml")
    assert decisions_text(load_decisions(path)) == path.read_text(encoding="utf-8")


def test_split_makes_a_wrong_match_two_facts(story: Path) -> None:
    data = report()
    homes = fact_with(data, "300 homes")["id"]
    decide(homes, "split", claim_id(data, "Some 350 houses"), "--reason", "different towns")
    data = report()
    assert fact_with(data, "300 homes")["verdict"] == "single"
    assert fact_with(data, "Some 350 houses")["verdict"] == "single"
    assert fact_with(data, "Some 350 houses")["match"]["reasons"] == ["split apart by a reviewer"]
    assert check() == 1  # the troops conflict remains
    decide(homes, "undo")
    data = report()
    assert quotes(data, fact_with(data, "300 homes")) == ["300 homes", "Some 350 houses"]


def test_merge_joins_a_missed_match_and_judges_it(story: Path) -> None:
    data = report()
    toll = fact_with(data, "2,000 people")["id"]
    country = fact_with(data, "More than 2,900")["id"]
    decide(toll, "merge", country, "--reason", "both are the death toll")
    data = report()
    merged = fact_with(data, "2,000 people")
    assert quotes(data, merged) == ["2,000 people", "More than 2,900"]
    assert merged["verdict"] == "conflict"
    assert "merged by a reviewer" in merged["match"]["reasons"]
    decide(toll, "undo")
    data = report()
    assert fact_with(data, "2,000 people")["verdict"] == "single"


def test_deciding_again_replaces_the_earlier_decision(story: Path) -> None:
    data = report()
    troops = fact_with(data, "over 100,000 troops")["id"]
    decide(troops, "accept", "--reason", "first")
    decide(troops, "accept", "--reason", "second")
    (entry,) = load_decisions(Path("reports/decisions.toml")).entries
    assert (entry.action, entry.reason, len(entry.claims)) == ("accept", "second", 2)


def test_the_file_is_readable_toml_keyed_on_what_the_sources_state(story: Path) -> None:
    data = report()
    decide(fact_with(data, "over 100,000 troops")["id"], "accept", "--reason", 'say "why"')
    text = Path("reports/decisions.toml").read_text(encoding="utf-8")
    assert 'action = "accept"' in text
    assert 'reason = "say \\"why\\""' in text
    assert (
        'source = "src/daily.txt"\nquote = "about 90,000 troops"\nvalue = "about 90,000 count"'
        in text
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Fnope", "accept"], "no fact 'Fnope' in the report"),
        (["{troops}", "shrug"], "unknown action 'shrug'; use one of accept, noise, split, merge"),
        (["{troops}", "split"], "split needs the claim ids to take apart"),
        (["{troops}", "split", "Cnope"], "Cnope: not a claim of {troops}"),
        (["{troops}", "merge"], "merge needs one other fact id"),
        (["{troops}", "accept", "{troops}"], "accept takes no claim or fact ids"),
    ],
)
def test_a_decision_that_cannot_be_taken_is_one_line_and_exit_2(
    story: Path, args: list[str], message: str
) -> None:
    data = report()
    troops = fact_with(data, "over 100,000 troops")["id"]
    result = runner.invoke(app, ["decide", *(a.format(troops=troops) for a in args)])
    assert result.exit_code == 2
    assert message.format(troops=troops) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_decide_without_a_report_says_how_to_get_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["decide", "F1", "accept", "--report", str(tmp_path / "r.json")])
    assert result.exit_code == 2
    assert "no report here; run `reconcile report` first" in result.stderr


def test_a_bad_decisions_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "decisions.toml"
    path.write_text(
        '[[decision]]\naction = "shrug"\nfact = "F1"\n\n[[decision.claim]]\nkey = "k"\n'
    )
    with pytest.raises(DecisionsError) as caught:
        load_decisions(path)
    assert str(caught.value) == (
        f"{path.as_posix()}:1: action must be one of accept, noise, split, merge"
    )


def test_review_walks_conflicts_with_prompts(story: Path) -> None:
    data = report()
    # first conflict (homes): split the houses apart; second (troops): accept with a reason
    houses = claim_id(data, "Some 350 houses")
    result = runner.invoke(app, ["review"], input=f"s\n{houses}\n\na\nscope differs\n")
    assert result.exit_code == 0, result.output
    assert "[1/2]" in result.stdout and "[2/2]" in result.stdout
    assert "[a]ccept, [n]oise, [s]plit, [m]erge, s[k]ip, [q]uit (k):" in result.stdout
    assert "“Some 350 houses” → [332.5, 367.5]" in result.stdout
    assert "2 decisions saved in reports/decisions.toml" in result.stdout
    entries = load_decisions(Path("reports/decisions.toml")).entries
    assert [(e.action, e.reason) for e in entries] == [("split", ""), ("accept", "scope differs")]
    assert check() == 0  # the split leaves no homes conflict; troops are accepted
    report()  # the decisions now applied, nothing is left to review
    again = runner.invoke(app, ["review"])
    assert again.exit_code == 0
    assert again.stdout.strip() == (
        "Nothing to review: every conflict and weak match carries a decision."
    )


def test_review_skip_and_quit_save_nothing(story: Path) -> None:
    report()
    result = runner.invoke(app, ["review"], input="k\nq\n")
    assert result.exit_code == 0, result.output
    assert "0 decisions saved" in result.stdout
    assert not Path("reports/decisions.toml").exists()
