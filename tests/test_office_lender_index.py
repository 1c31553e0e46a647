"""The title lender's indexes of a run: a word tried with the names filed under it finds what
one alternation of every name finds, and a mention's donor found by source and day is the
one a pass over every titled claim of the person picks."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from datetime import date

from reconcile.kinds.office.infer import _WORD, TitleLender, _Donors, _FormPattern
from reconcile.kinds.office.records import OfficeHolder
from reconcile.lexicon import Lexicon
from reconcile.models import Claim

_PIECES = [
    "roe",
    "jane",
    "o'neil",
    "lee",
    "jae-myung",
    "j.b.",
    "ſam",  # a letter `re` matches to "s" and "S", case ignored
    "ki",
    "éva",
    "kim",
    "x",
    "al-sisi",
    "i",
    "ı",
]


def _whole(forms: list[str]) -> re.Pattern[str]:
    """The one alternation of every form the lender tried at each word before."""
    return re.compile(
        r"(?<![\w’'-])(?:"
        + "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)
        + r")(?![\w’-])",
        re.IGNORECASE,
    )


def test_a_word_tried_with_its_filed_forms_matches_as_the_whole_alternation() -> None:
    rng = random.Random(5)
    for _ in range(200):
        forms = sorted(
            {
                " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3))).casefold()
                for _ in range(rng.randint(1, 12))
            },
            key=lambda f: (-len(f), f),
        )
        parts = []
        for _ in range(50):
            word = rng.choice(_PIECES)
            word = rng.choice([word, word.upper(), word.title()])
            parts.append(word + rng.choice(["", "", "'s", "’s", "'", "-x", ".", ","]))
            parts.append(rng.choice([" ", "  ", "\n", " \t"]))
        text = "".join(parts)
        whole, filed = _whole(forms), _FormPattern(forms)
        for at in (w.start() for w in _WORD.finditer(text)):
            a, b = whole.match(text, at), filed.match(text, at)
            assert (a and a.span()) == (b and b.span()), (forms, text[at:][:30])


def test_a_possessive_surname_is_found_under_its_part_before_the_apostrophe() -> None:
    filed = _FormPattern(["jane roe", "roe"])
    found = filed.match("Roe's plan", 0)
    assert found is not None and found.group(0) == "Roe"
    assert filed.match("Roeland said", 0) is None


class _Titled:
    """The fields the lender reads of a titled claim when it picks a donor."""

    def __init__(self, n: int, source: str, start: int, office: str) -> None:
        self.id, self.source_id, self.start = f"c{n}", source, start
        self.detail = OfficeHolder(office, "jane roe", "Jane Roe", title=office)


def _donor_by_pass(
    claims: list[_Titled], source: str, start: int, published: dict[str, date | None]
) -> _Titled:
    """The donor as the lender chose it by passing over every titled claim of the person."""
    here = [c for c in claims if c.source_id == source]
    before = [c for c in here if c.start < start]
    if before:
        return before[-1]
    if here:
        return here[0]
    reading = [c.detail.office_key for c in claims]
    counts = {r: reading.count(r) for r in reading}
    day = published.get(source)

    def apart(c: _Titled) -> float:
        other = published.get(c.source_id)
        return abs((other - day).days) if day and other else float("inf")

    ranked = sorted(enumerate(claims), key=lambda x: (apart(x[1]), -counts[reading[x[0]]], x[0]))
    return ranked[0][1]


def test_the_donor_found_by_source_and_day_is_the_one_a_pass_picks(
    lexicons: Mapping[str, Lexicon],
) -> None:
    rng = random.Random(8)
    lender = TitleLender(lexicons["en"], 0.9)
    for _ in range(60):
        sources = [f"s{i}" for i in range(8)]
        published = {
            s: date(2024, 1, rng.randint(1, 5)) if rng.random() < 0.8 else None for s in sources
        }
        claims = [
            _Titled(n, rng.choice(sources[:5]), rng.randrange(0, 500), office)
            for n, office in enumerate(rng.choice(["mayor", "governor"]) for _ in range(9))
        ]
        order = {s: n for n, s in enumerate(sources)}
        claims.sort(key=lambda c: (order[c.source_id], c.start))
        titled: list[Claim] = claims  # type: ignore[assignment]
        donors = _Donors({"jane roe": titled}, published)
        for _ in range(30):
            source, start = rng.choice(sources), rng.randrange(0, 520)
            found: object = lender._donor("jane roe", source, start, donors)
            assert found is _donor_by_pass(claims, source, start, published)
