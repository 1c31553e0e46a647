"""Places read from the structure of a page of many stories: a dated heading that names an
event's place ("2025 Karsk offensive") makes that name the place wherever the items under
it name it again, whatever the verb ("takes control of Karsk"); and the opening sentence of
an item gives the larger place its first place is put in ("at the Ostra Museum in Karsk").
Pages written for these tests; source in, claims out."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.kinds import Kinds
from reconcile.models import Source
from reconcile.rules import RuleSet
from reconcile.sources import load_source
from tests.named_forms import link, named_of

_link = link


def places_of(source: Source, kinds: Kinds) -> list[tuple[str, str]]:
    """(role, name with its blanks folded) of each place claim of one source."""
    return [(role, name) for role, name, _ in named_of(source, kinds, "place")]


def markdown(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


PAGE = (
    "#### Armed conflicts and attacks\n\n"
    f"* {_link('Tarvin conflict')}\n"
    f"  * {_link('2025 Karsk offensive')}\n"
    f"    * {_link('Rebels')} take control of {_link('Karsk')}, {_link('Tarvin Province')}, "
    f"{_link('Ruritania')}. {_link('(AP)')}\n"
    f"    * The {_link('Karsk Liberation Front')} says it will advance on {_link('Ostra')}.\n"
    f"* {_link('2025 Ruritanian raids')}\n"
    f"  * {_link('Ruritanian')} police detain nine people.\n"
    f"* {_link('Economy of Karsk')}\n"
    f"  * A new bank opens its doors with a speech about {_link('Karsk')}.\n"
)


def test_a_dated_heading_names_the_place_of_its_items(
    tmp_path: Path, rules: RuleSet, kinds: Kinds
) -> None:
    source = load_source(markdown(tmp_path, "a", PAGE), rules)
    # under "2025 Karsk offensive" only: not the front's name, not "Karsk" under another
    # heading, and no place from a heading that names a people ("Ruritanian police")
    assert places_of(source, kinds) == [("event", "Karsk , Tarvin Province , Ruritania")]


def test_heading_places_of_two_pages_are_one_fact(tmp_path: Path) -> None:
    markdown(tmp_path, "a", PAGE)
    markdown(
        tmp_path,
        "b",
        f"* {_link('Tarvin conflict')}, {_link('2025 Karsk offensive')}\n"
        f"  * The rebels announce that they will withdraw from {_link('Karsk')}. {_link('(AP)')}\n"
        f"* {_link('Sports')}\n"
        f"  * A team wins a cup.\n",
    )
    report = run([tmp_path])
    places = {c.id: c for c in report.claims if c.kind == "place"}
    joined = [f for f in report.facts if set(f.claim_ids) <= set(places)]
    assert [
        (f.verdict, sorted(" ".join(places[i].quote.split()) for i in f.claim_ids))
        for f in joined
        if len(f.claim_ids) > 1
    ] == [("compatible", ["Karsk", "Karsk , Tarvin Province , Ruritania"])]


def test_an_opening_sentence_gives_the_larger_place_right_after_its_first(
    tmp_path: Path, rules: RuleSet, kinds: Kinds
) -> None:
    text = (
        f"* {_link('Ostra heist')}\n"
        f"  * Two suspects are arrested at the {_link('Ostra Museum')} in {_link('Karsk')}, "
        f"{_link('Ruritania')}.\n"
        f"  * Thieves are seen near {_link('Lake Tarvin')}, a lake in {_link('Ruritania')}.\n"
    )
    source = load_source(markdown(tmp_path, "a", text), rules)
    # the second item's "a lake in Ruritania" is no larger place right after its first
    assert places_of(source, kinds) == [
        ("event", "Ostra Museum"),
        ("event", "Karsk , Ruritania"),
        ("event", "Lake Tarvin"),
    ]
