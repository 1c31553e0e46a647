"""A generator of varied news articles for the matching benchmark at scale.

Each story (a disaster, a strike, an election, a deal, a match) happens in an invented place
and is told by 2 to 6 sources that restate, round, qualify or contradict its numbers, name
an office holder, and date an event relative to their own publication date. Everything is
composed from templates here; nothing is copied from real articles. Deterministic per seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

_SYLLABLES = ["ka", "lo", "mer", "ta", "vin", "sa", "dor", "el", "ru", "ni", "bar", "os", "te"]
_OUTLETS = ["Ledger", "Courier", "Times", "Post", "Herald", "Wire", "Journal", "Review"]

_STORIES = [
    (
        "earthquake",
        [
            "{q} {deaths:,} people were killed in {place} after the earthquake, {who} said.",
            "Rescuers said {q2} {injured:,} people were injured across {place}.",
            "About {homes:,} homes were destroyed in {place}.",
        ],
    ),
    (
        "strike",
        [
            "{q} {workers:,} workers walked out in {place} on {weekday}, the union said.",
            "The operator said {pct} percent of trains in {place} were cancelled.",
        ],
    ),
    (
        "election",
        [
            "{leader} won {pct} percent of the vote in {place}, the commission said.",
            "Turnout in {place} was {pct2} percent, officials said.",
        ],
    ),
    (
        "deal",
        [
            "{company} agreed to buy {rival} for ${money} million, the companies said.",
            "The deal will cut {q} {jobs:,} jobs in {place}.",
        ],
    ),
    (
        "flood",
        [
            "{q} {evacuated:,} residents were evacuated in {place}, officials said.",
            "The floods killed {deaths:,} people in {place}.",
            "The government approved ${money} million in emergency aid for {place}.",
        ],
    ),
]
_QUALIFIERS = ["", "about", "more than", "nearly", "at least", "some"]


def _name(rng: random.Random, parts: int = 3, used: set[str] | None = None) -> str:
    """An invented name; with `used`, one not given before (each story its own place)."""
    while True:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()
        if used is None or name not in used:
            if used is not None:
                used.add(name)
            return name
        parts += len(used) > 13**parts // 2  # the names of this length are running out


def write_corpus(folder: Path, count: int, seed: int = 1) -> dict[str, int]:
    """Write `count` articles into `folder`; return the story each file tells, by file name."""
    rng = random.Random(seed)
    story_of: dict[str, int] = {}
    used: set[str] = set()
    written = 0
    stories = 0
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    while written < count:
        stories += 1
        kind, templates = rng.choice(_STORIES)
        place = _name(rng, 3, used)
        facts = {
            "deaths": rng.randint(3, 900),
            "injured": rng.randint(50, 5000),
            "homes": rng.randint(10, 90) * 100,
            "workers": rng.randint(5, 90) * 1000,
            "jobs": rng.randint(2, 40) * 100,
            "evacuated": rng.randint(2, 60) * 1000,
            "money": rng.randint(5, 900),
            "pct": rng.randint(20, 80),
            "pct2": rng.randint(30, 80),
        }
        leader = f"{_name(rng, 2)} {_name(rng, 3, used)}"
        minister = f"{_name(rng, 2)} {_name(rng, 3, used)}"
        company, rival = f"{_name(rng, 3, used)} Group", f"{_name(rng, 3, used)} Foods"
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
        for _ in range(rng.randint(2, 6)):
            if written >= count:
                break
            values = dict(facts)
            if rng.random() < 0.3:  # this source disagrees on a number
                key = rng.choice(list(values))
                values[key] = max(1, int(values[key] * rng.uniform(0.7, 1.3)))
            published = day + timedelta(days=rng.randint(0, 2))
            lines = [
                "---",
                f"title: {kind.capitalize()} in {place}",
                f"outlet: {_name(rng, 2)} {rng.choice(_OUTLETS)}",
                f"published: {published.isoformat()}",
                "---",
            ]
            for template in templates:
                lines.append(
                    template.format(
                        q=rng.choice(_QUALIFIERS).capitalize(),
                        q2=rng.choice(_QUALIFIERS),
                        place=place,
                        who=rng.choice(["officials", "the interior ministry", "police"]),
                        weekday=rng.choice(weekdays),
                        leader=leader,
                        company=company,
                        rival=rival,
                        **values,
                    ).strip()
                )
            lines.append(f"Interior Minister {minister} visited {place} on {weekdays[0]}.")
            lines.append(
                f"A crisis meeting is set for {day.strftime('%B')} {day.day + 0} in {place}."
            )
            name = f"s{written:05d}.txt"
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            story_of[name] = stories
            written += 1
    return story_of
