"""Reading a report's facts back by the quotes of their claims (shared by the matching tests)."""

from __future__ import annotations

from pathlib import Path

from reconcile import run
from reconcile.models import Fact, Report
from reconcile.reasons import KeptApart


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
    """The report of two sources of one story (`title`), published the same day."""
    for name, body in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {title}\npublished: 2026-03-02\n---\n{body}\n",
            encoding="utf-8",
        )
    return run([tmp_path])


def day_page(folder: Path, name: str, day: str, item: str, heading: str) -> None:
    """A page of a day's news (`day` of March 2026) with one item under `heading` and an
    item of another story after it."""
    (folder / f"{name}.md").write_text(
        f"---\ntitle: Current events of {day} March 2026\npublished: 2026-03-{day}\n---\n"
        "#### Armed conflicts and attacks\n\n"
        f"* [{heading}](https://example.org/story)\n"
        f"  * {item} [(Wire)](https://example.org/w)\n"
        "* [2026 Tarn bridge collapse](https://example.org/tarn)\n"
        "  * Engineers say a bridge over the Tarn gave way after heavy rain.\n",
        encoding="utf-8",
    )
