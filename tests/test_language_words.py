"""The first language detector: the function words of each language's rules, counted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.language import FunctionWords, function_words
from reconcile.rules import RuleSet
from reconcile.sources import load_source


@pytest.fixture
def words(rules: RuleSet) -> FunctionWords:
    return FunctionWords.from_rules(rules, ("de", "en", "fr"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The army said more than 200 soldiers were killed on Monday.", "en"),
        ("About 40 dead on Friday.", "en"),
        ("Die Armee teilte mit, dass am Montag mehr als 200 Soldaten getötet wurden.", "de"),
        ("Mehr als 20 Tote am Freitag.", "de"),
        ("L'armée a déclaré que plus de 200 soldats ont été tués lundi.", "fr"),
        ("Le 3 mars, 20 000 personnes.", "fr"),
    ],
)
def test_a_short_text_is_told_by_its_function_words(
    words: FunctionWords, text: str, language: str
) -> None:
    assert words.guess(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv, 42 km",  # no function word at all
        "Über 100.000 Soldaten",  # one German word: too few to trust
        "Kyiv in August",  # "in" and "August" are English and German alike
        "",
    ],
)
def test_no_language_is_chosen_without_a_clear_lead(words: FunctionWords, text: str) -> None:
    assert words.guess(text) is None


def test_words_of_an_address_are_not_counted(words: FunctionWords) -> None:
    text = "Sie finden es unter https://example.org/the-report-of-the-day-and-the-night"
    assert words.scores(text) == {"de": 3, "en": 0, "fr": 0}  # sie, es, unter


def test_the_words_are_the_rules_words(rules: RuleSet) -> None:
    german = function_words(rules.for_language("de"))
    assert {"und", "der", "märz", "montag", "zwanzig", "zwischen"} <= german
    assert "the" not in german
    assert {"the", "and", "monday", "twenty"} <= function_words(rules.for_language("en"))


def test_the_statistical_model_is_not_loaded_for_a_clear_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Mehr als 100.000 Soldaten stehen nach Angaben der Regierung an der Grenze.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Kyiv, 42 km.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reconcile.rules import load_rules\n"
        "from reconcile.sources import load_source\n"
        "rules = load_rules()\n"
        "for name in sys.argv[1:]:\n"
        "    language = load_source(Path(name), rules).language\n"
        "    print(language, 'py3langid' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    # German told by its words alone; the text without function words asks the model.
    assert done.stdout.splitlines() == ["de False", "en True"]


def test_a_source_in_french_without_metadata_is_read_as_french(
    tmp_path: Path, rules: RuleSet
) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Selon les autorités, plus de 300 personnes ont été évacuées.\n", "utf-8")
    assert load_source(path, rules).language == "fr"
