"""Language detection: start-up time and accuracy on short texts, for py3langid (the one
`reconcile.sources` uses when a source states no language) and, when installed, the
alternatives considered (lingua-language-detector, langdetect).

Texts: the inputs of at least 25 characters of the Recognizers-Text specs in
tests/data/recognizers/ (English, de/, fr/): short sentences, mostly with numbers, harder than
whole articles. Each detector chooses among English, German and French only.

    .venv/bin/python bench/language.py
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "recognizers"


def samples() -> list[tuple[str, str]]:
    found = []
    for language, folder in (("en", DATA), ("de", DATA / "de"), ("fr", DATA / "fr")):
        for path in sorted(folder.glob("*Model.json")):
            for case in json.loads(path.read_text(encoding="utf-8-sig")):
                if len(case["Input"]) >= 25:
                    found.append((case["Input"], language))
    return found


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
    texts = samples()
    counts = {code: sum(1 for _, c in texts if c == code) for code in ("en", "de", "fr")}
    print(f"{len(texts)} texts: {counts}")
    print("| detector | load + first call | per text | en | de | fr | all |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, build in (("py3langid", py3langid), ("lingua", lingua), ("langdetect", langdetect)):
        start = time.perf_counter()
        try:
            detect = build()
            detect("Mehr als 100.000 Soldaten stehen an der Grenze.")
        except ImportError:
            print(f"| {name} | not installed | | | | | |")
            continue
        loaded = time.perf_counter() - start
        right = dict.fromkeys(counts, 0)
        start = time.perf_counter()
        for text, code in texts:
            with contextlib.suppress(Exception):  # langdetect raises on featureless text
                right[code] += detect(text) == code
        per = (time.perf_counter() - start) / len(texts) * 1000
        shares = " | ".join(f"{right[c] / counts[c]:.3f}" for c in counts)
        print(
            f"| {name} | {loaded:.2f} s | {per:.2f} ms | {shares} |"
            f" {sum(right.values()) / len(texts):.3f} |"
        )


if __name__ == "__main__":
    main()
