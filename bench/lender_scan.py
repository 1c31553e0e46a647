"""The title lender's scan of a run's sources for its names, two ways, CPU seconds.

    .venv/bin/python bench/lender_scan.py CORPUS_DIR REPORT_JSON

`REPORT_JSON` is the JSON report of `reconcile report CORPUS_DIR` (e.g. on a corpus of
`bench/corpus.py`): the names of its office claims give the forms the lender looks for (each
name in full, its first two words of three or more, its surname), as
`reconcile.kinds.office.infer` builds them. Each source's text is scanned as the lender scans
it (`TitleLender._scan`), once with the whole alternation of every form tried at each word
that may start one (as before the twelfth round) and once with the forms filed by their
first word (`_FormPattern`); both must find the same mentions. The run's names grow with its
sources, so the first grows with sources x names.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reconcile.kinds.office.infer import TitleLender, _FormPattern


def main() -> None:
    folder, report = Path(sys.argv[1]), Path(sys.argv[2])
    claims = json.loads(report.read_text(encoding="utf-8"))["claims"]
    names = {c["entity"] for c in claims if c["kind"] == "office" and c.get("entity")}
    found: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        found |= {" ".join(words).casefold(), words[-1].casefold()}
        if len(words) > 2 and words[1][:1].isupper():
            found.add(" ".join(words[:2]).casefold())
    forms = sorted(found, key=lambda f: (-len(f), f))
    firsts = frozenset(f.split()[0] for f in forms)
    whole = re.compile(
        r"(?<![\w’'-])(?:"
        + "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
        + r")(?![\w’-])",
        re.IGNORECASE,
    )
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]
    spans = {}
    for label, pattern in (("whole alternation", whole), ("forms filed", _FormPattern(forms))):
        start = time.process_time()
        spans[label] = [
            [m.span() for m in TitleLender._scan(text, pattern, firsts)]  # type: ignore[arg-type]
            for text in texts
        ]
        seconds = time.process_time() - start
        print(f"{len(texts):,} sources, {len(forms):,} forms: {label}: {seconds:.2f} s CPU")
    if len(set(map(repr, spans.values()))) != 1:
        raise SystemExit("the two scans found different mentions")
    print("the same mentions")


if __name__ == "__main__":
    main()
