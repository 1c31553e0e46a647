"""Named claims: office titles from rules followed by the name of the person holding them."""

from __future__ import annotations

import re

from reconcile.extract.sentences import Sentence
from reconcile.models import Mention, Source
from reconcile.names import PERSON, title_patterns, trim_person
from reconcile.rules import RuleSet


def find_offices(source: Source, sentence: Sentence, rules: RuleSet) -> list[Mention]:
    """Office-holder mentions: a title from rules followed by a person's name."""
    found: list[Mention] = []
    used: list[tuple[int, int]] = []
    for pattern, office in title_patterns(rules):
        for title in pattern.finditer(sentence.text):
            if any(a < title.end() and title.start() < b for a, b in used):
                continue
            rest = sentence.text[title.end() :]
            gap = re.match(r"\s*,?\s*", rest)
            offset = title.end() + (gap.end() if gap else 0)
            person = PERSON.match(sentence.text, offset)
            if person is None:
                continue
            name = trim_person(person.group(0), rules)
            person_end = person.start() + len(name)
            used.append((title.start(), person_end))
            found.append(
                Mention(
                    source_id=source.id,
                    kind="office",
                    quote=sentence.text[title.start() : person_end],
                    start=sentence.start + title.start(),
                    end=sentence.start + person_end,
                    sentence=sentence.text,
                    sentence_start=sentence.start,
                    office_key=office.key,
                    person_text=name,
                )
            )
    return found
