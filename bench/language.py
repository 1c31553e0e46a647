"""Language detection: start-up time and accuracy on short texts, for the function-word
count of `reconcile.language` (which decides alone when one language leads clearly), py3langid
(asked by `reconcile.sources` when it does not), the two as `reconcile.sources` chains them,
and, when installed, the alternatives considered (lingua-language-detector, langdetect).

Load times are of a first use in this process: the last row reuses the model the row before
it loaded (both through `reconcile.sources`).

Texts: the inputs of at least 25 characters of the Recognizers-Text specs in
tests/data/recognizers/ (English, de/, fr/): short sentences, mostly with numbers, harder than
whole articles. Each detector chooses among English, German and French only.

    .venv/bin/python bench/language.py
"""

from __future__ import annotations

import contextlib
import functools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconcile.rules import RuleSet

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "recognizers"


@functools.cache
def rules() -> RuleSet:
    """The bundled rules (loaded before the timings: the run loads them anyway)."""
    from reconcile.rules import load_rules

    return load_rules()


def samples() -> list[tuple[str, str]]:
    found = []
    for language, folder in (("en", DATA), ("de", DATA / "de"), ("fr", DATA / "fr")):
        for path in sorted(folder.glob("*Model.json")):
            for case in json.loads(path.read_text(encoding="utf-8-sig")):
                if len(case["Input"]) >= 25:
                    found.append((case["Input"], language))
    return found


def function_words() -> Callable[[str], str | None]:
    from reconcile.language import function_words_of

    words = function_words_of(rules(), ("de", "en", "fr"))
    return words.guess


def as_loaded() -> Callable[[str], str | None]:
    """What `reconcile.sources` gives a source that states no language (the default, "en",
    when neither detector is sure)."""
    from reconcile.sources import source_language

    return lambda text: source_language({}, text, rules())


def py3langid_as_used() -> Callable[[str], str | None]:
    """py3langid with the confidence `reconcile.sources` asks of it (0.9, else "en")."""
    from reconcile.sources import detect_language

    return lambda text: detect_language(text, ("de", "en", "fr"), "en")


def py3langid() -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["en", "de", "fr"])
    return lambda text: str(identifier.classify(text)[0])


def lingua() -> Callable[[str], str]:
    from lingua import Language, LanguageDetectorBuilder

    codes = {Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr"}
    detector = LanguageDetectorBuilder.from_languages(*codes).build()
    return lambda text: codes.get(detector.detect_language_of(text), "en")


def langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return lambda text: str(detect(text))


def main() -> None:
    rules()
    texts = samples()
    counts = {code: sum(1 for _, c in texts if c == code) for code in ("en", "de", "fr")}
    print(f"{len(texts)} texts: {counts}")
    print("| detector | load + first call | per text | decided | en | de | fr | all |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    detectors: tuple[tuple[str, Callable[[], Callable[[str], str | None]]], ...] = (
        ("py3langid", py3langid),
        ("py3langid ≥ 0.9, else en", py3langid_as_used),
        ("function words alone (undecided = wrong)", function_words),
        ("function words, else py3langid ≥ 0.9, else en", as_loaded),
        ("lingua", lingua),
        ("langdetect", langdetect),
    )
    for name, build in detectors:
        start = time.perf_counter()
        try:
            detect = build()
            detect("Mehr als 100.000 Soldaten stehen an der Grenze.")
        except ImportError:
            print(f"| {name} | not installed | | | | | | |")
            continue
        loaded = time.perf_counter() - start
        right = dict.fromkeys(counts, 0)
        decided = 0
        start = time.perf_counter()
        for text, code in texts:
            with contextlib.suppress(Exception):  # langdetect raises on featureless text
                found = detect(text)
                decided += found is not None
                right[code] += found == code
        per = (time.perf_counter() - start) / len(texts) * 1000
        shares = " | ".join(f"{right[c] / counts[c]:.3f}" for c in counts)
        print(
            f"| {name} | {loaded:.2f} s | {per:.2f} ms | {decided / len(texts):.3f} | {shares} |"
            f" {sum(right.values()) / len(texts):.3f} |"
        )


if __name__ == "__main__":
    main()
