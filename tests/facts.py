"""Sources in, the facts or claims of one kind out (shared by the matching and reading
tests): a run of one source per text (`run_of`), one source's claims as extraction makes
them (`claims_in`) and a run's as its readings tell them (`run_claims`); a report's facts and
claims of a kind read back (`facts_of`, `read`, `joined`) and by the quotes of their claims."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.api import claims_of
from reconcile.kinds import Kinds
from reconcile.models import Claim, Fact, Report, Source
from reconcile.reasons import KeptApart


def run_of(folder: Path, *texts: str, title: str = "", day: str = "", names: str = "") -> Report:
    """The report of a run of one source per text, written in `folder` (made if need be):
    s0.md, s1.md, … published a day apart from 7 March 2026, or with `names` the files
    named by its letters (`"ab"`: a.md, b.md), with `day` all published that day (ISO), and
    with `title` all of that story."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(texts):
        name = names[number] if names else f"s{number}"
        head = f"title: {title}\n" if title else ""
        head += f"published: {day or f'2026-03-0{7 + number}'}\n"
        (folder / f"{name}.md").write_text(f"---\n{head}---\n{text}\n", encoding="utf-8")
    return run([folder])


def facts_of(report: Report, kind: str) -> list[tuple[str, str]]:
    """(label, verdict) of each fact of `kind`, sorted."""
    return sorted((f.label, f.verdict) for f in report.facts if f.kind == kind)


def claims_in(kinds: Kinds, kind: str, text: str, published: str = "2026-03-07") -> list[Claim]:
    """The claims of `kind` one source holding `text` makes (S1, `a.txt`), as extracted."""
    source = Source(id="S1", path="a.txt", text=text, published=published)
    return [c for c in claims_of([source], kinds) if c.kind == kind]


def run_claims(kinds: Kinds, kind: str, *texts: str, published: str) -> list[Claim]:
    """The claims of `kind` of a run of sources S1, S2, … (`1.txt`, …: one text each,
    published on one day), as the run's readings (`Kinds.infer`) tell them."""
    sources = [
        Source(id=f"S{n}", path=f"{n}.txt", text=text, published=published)
        for n, text in enumerate(texts, 1)
    ]
    return [c for c in kinds.infer(claims_of(sources, kinds), sources) if c.kind == kind]


def read(report: Report, source: str, kind: str) -> list[tuple[str, str]]:
    """(quote, key) of each claim of `kind` in the source file named `source`, sorted."""
    path = {s.id: Path(s.path).name for s in report.sources}
    return sorted(
        (c.quote, getattr(c.detail, "key", ""))
        for c in report.claims
        if c.kind == kind and path[c.source_id] == source
    )


def joined(report: Report, kind: str) -> list[list[str]]:
    """The quotes of each fact of `kind` that joins two claims or more."""
    by_id = {c.id: c.quote for c in report.claims}
    return sorted(
        sorted(by_id[i] for i in f.claim_ids)
        for f in report.facts
        if f.kind == kind and len(f.claim_ids) > 1
    )


def folder(tmp_path: Path, name: str) -> Path:
    """A new folder `name` in `tmp_path` (for a test of two runs)."""
    made = tmp_path / name
    made.mkdir()
    return made


def fact_of(report: Report, quote: str) -> Fact:
    """The fact that holds the claim quoted as `quote`."""
    claim = next(c for c in report.claims if c.quote == quote)
    return next(f for f in report.facts if claim.id in f.claim_ids)


def quotes_of(report: Report, fact: Fact) -> list[str]:
    """The quotes of a fact's claims, sorted."""
    return sorted(report.claim(i).quote for i in fact.claim_ids)


def vetoes_of(report: Report, quote: str) -> list[object]:
    """The vetoes that kept the fact holding the claim quoted as `quote` apart from others."""
    fact = fact_of(report, quote)
    reasons = fact.match.reasons if fact.match else ()
    return [r.veto for r in reasons if isinstance(r, KeptApart)]


def two_sources(tmp_path: Path, title: str, first: str, second: str) -> Report:
    """The report of two sources of one story (`title`), a.md and b.md, published the same
    day."""
    return run_of(tmp_path, first, second, title=title, day="2026-03-02", names="ab")


def day_page(folder: Path, name: str, day: str, item: str, heading: str) -> None:
    """A page of a day's news (`day` of March 2026, or a whole ISO date: "2027-03-05")
    with one item under `heading` and an item of another story after it."""
    whole = len(day) == len("2026-03-05")
    published, title = (day, day) if whole else (f"2026-03-{day}", f"{day} March 2026")
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Current events of {title}\npublished: {published}\n---\n"
        "#### Armed conflicts and attacks\n\n"
        f"* [{heading}](https://example.org/story)\n"
        f"  * {item} [(Wire)](https://example.org/w)\n"
        "* [2026 Tarn bridge collapse](https://example.org/tarn)\n"
        "  * Engineers say a bridge over the Tarn gave way after heavy rain.\n",
        encoding="utf-8",
    )
