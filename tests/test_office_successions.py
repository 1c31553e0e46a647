"""How news tells an office passing between people, and one person across it: a holder
named as "the new prime minister" took the office from the holder another source named no
later (a change of hands, no conflict); a future holder ("prime minister-designate") and the
holder, one person, are one appointment told before and after; one person's two past titles
("ousted former leader", "former prime minister") are what they headed then; a title after a
past rule ("the previous regime of President Roe") names a former holder. Each with the
look-alikes that must stay apart. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import run
from reconcile.kinds.office.records import OfficeHolder


def _write(folder: Path, texts: tuple[tuple[str, str], ...]) -> None:
    for n, (day, text) in enumerate(texts, 1):
        (folder / f"{n}.md").write_text(f"---\npublished: {day}\n---\n{text}\n")


def _facts(tmp_path: Path, *texts: tuple[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each office fact of two claims or more: its verdict and its people, sorted."""
    _write(tmp_path, texts)
    report = run([tmp_path])
    person = {c.id: c.detail.person for c in report.claims if isinstance(c.detail, OfficeHolder)}
    return sorted(
        (f.verdict, tuple(sorted(person[i] for i in f.claim_ids)))
        for f in report.facts
        if f.kind == "office" and len(f.claim_ids) > 1
    )


def _claims(tmp_path: Path, *texts: tuple[str, str]) -> list[OfficeHolder]:
    _write(tmp_path, texts)
    return [c.detail for c in run([tmp_path]).claims if isinstance(c.detail, OfficeHolder)]


_RESIGNS = ("2026-07-01", "Karskian prime minister Tomas Vell resigns after a land scandal.")


@pytest.mark.parametrize(
    "successor",
    [
        "The Karskian parliament elects Aldis Merek as the country's new prime minister.",
        "Lawmakers in Karsk installed Aldis Merek as the new prime minister on Thursday.",
        "Karsk's newly elected prime minister Aldis Merek named her cabinet.",
    ],
)
def test_the_new_holder_and_the_one_named_before_are_a_change_of_hands(
    tmp_path: Path, successor: str
) -> None:
    assert _facts(tmp_path, _RESIGNS, ("2026-08-20", successor)) == []


def test_two_sources_naming_the_new_holder_agree(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        _RESIGNS,
        (
            "2026-08-20",
            "The Karskian parliament elects Aldis Merek as the country's new prime minister.",
        ),
        ("2026-08-21", "Lawmakers in Karsk installed Aldis Merek as the new prime minister."),
    )
    assert facts == [("agree", ("Aldis Merek", "Aldis Merek"))]


@pytest.mark.parametrize(
    "texts",
    [
        # both named as the new holder: two people for the one successor
        (
            ("2026-08-20", "The parliament elects Aldis Merek as Karsk's new prime minister."),
            ("2026-08-20", "The parliament elects Juris Palt as Karsk's new prime minister."),
        ),
        # the other holder named after the new one: not the one the office was taken from
        (
            ("2026-08-20", "The parliament elects Aldis Merek as Karsk's new prime minister."),
            ("2026-08-24", "Karskian prime minister Juris Palt opened the session."),
        ),
        # no one named new: two holders of one office in one week conflict
        (
            ("2026-08-20", "Karskian prime minister Aldis Merek opened the session."),
            ("2026-08-21", "Karskian prime minister Juris Palt opened the session."),
        ),
    ],
)
def test_rival_holders_of_one_office_still_conflict(
    tmp_path: Path, texts: tuple[tuple[str, str], ...]
) -> None:
    assert _facts(tmp_path, *texts) == [("conflict", ("Aldis Merek", "Juris Palt"))]


def test_a_designate_and_the_holder_one_person_are_one_appointment(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        ("2026-04-11", "Karskian president Ivo Dren names Ona Sirk as prime minister-designate."),
        ("2026-05-14", "Karsk's parliament approves Ona Sirk as prime minister."),
    )
    assert facts == [("compatible", ("Ona Sirk", "Ona Sirk"))]


@pytest.mark.parametrize(
    "texts",
    [
        # the designate and another person holding the office
        (
            (
                "2026-04-11",
                "Karskian president Ivo Dren names Ona Sirk as prime minister-designate.",
            ),
            ("2026-04-12", "Karskian prime minister Lev Baro met the envoys."),
        ),
        # one person, the future holder of another title
        (
            ("2026-04-11", "Karsk's parliament names Ona Sirk as president-elect."),
            ("2026-04-12", "Karskian prime minister Ona Sirk met the envoys."),
        ),
        # one person, the designate of one office and the holder of a seat of another
        (
            ("2026-04-11", "Karsk's parliament names Ona Sirk as prime minister-designate."),
            ("2026-04-12", "Karskian finance minister Ona Sirk met the envoys."),
        ),
    ],
)
def test_a_designate_stays_apart_from_other_offices_and_people(
    tmp_path: Path, texts: tuple[tuple[str, str], ...]
) -> None:
    assert _facts(tmp_path, *texts) == []


def test_one_person_s_two_past_titles_of_heading_are_one_office(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        ("2026-02-03", "A court tried the ousted former leader Mira Hol in absentia."),
        ("2026-02-09", "The court sentenced former prime minister Mira Hol to five years."),
    )
    assert facts == [("agree", ("Mira Hol", "Mira Hol"))]


@pytest.mark.parametrize(
    "texts",
    [
        # a past head and the head now, one person: two tenures
        (
            ("2026-02-03", "A court tried the ousted former leader Mira Hol in absentia."),
            ("2026-02-09", "Prime Minister Mira Hol addressed the court."),
        ),
        # two people, both former heads
        (
            ("2026-02-03", "A court tried the ousted former leader Mira Hol in absentia."),
            ("2026-02-09", "The court sentenced former prime minister Alen Vosk to five years."),
        ),
        # a past title several hold at once (a former minister of no portfolio)
        (
            ("2026-02-03", "A court tried the ousted former leader Mira Hol in absentia."),
            ("2026-02-09", "The court sentenced former senator Mira Hol to five years."),
        ),
    ],
)
def test_past_heads_stay_apart_from_present_or_other_holders(
    tmp_path: Path, texts: tuple[tuple[str, str], ...]
) -> None:
    assert _facts(tmp_path, *texts) == []


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Sanctions imposed under the previous regime of President Jomo Varek are lifted.", True),
        ("Aid cut by the ousted government of Prime Minister Jomo Varek resumes.", True),
        ("Funds frozen under the former administration of President Jomo Varek return.", True),
        ("The government of Prime Minister Jomo Varek lifts the sanctions.", False),
        ("The new government of Prime Minister Jomo Varek lifts the sanctions.", False),
    ],
)
def test_a_title_after_a_past_rule_names_a_former_holder(
    tmp_path: Path, sentence: str, former: bool
) -> None:
    (held,) = _claims(tmp_path, ("2026-05-13", sentence))
    assert (held.person, held.former) == ("Jomo Varek", former)


def test_a_former_ruler_and_the_interim_holder_now_stay_apart(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        (
            "2026-05-13",
            "Sanctions imposed under the previous regime of President Jomo Varek are lifted.",
        ),
        ("2026-05-14", "Envoys met Karskian interim president Lema Odun in the capital."),
    )
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "The ruling by Supreme Court justice Olavo Brant took effect.",
            ("justice", "Olavo Brant"),
        ),
        (
            "Karsk lifted its sanctions on Supreme Court Justice Olavo Brant.",
            ("justice", "Olavo Brant"),
        ),
        (
            "Karskian justice minister Olavo Brant told the court he would appeal.",
            ("justice-minister", "Olavo Brant"),
        ),
        ("Chief Justice Olavo Brant opened the court's session.", ("chief-justice", "Olavo Brant")),
    ],
)
def test_a_justice_of_a_court_holds_a_seat_of_it(
    tmp_path: Path, sentence: str, read: tuple[str, str]
) -> None:
    (held,) = _claims(tmp_path, ("2026-05-13", sentence))
    assert (held.title or held.office_key, held.person) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters demanded justice for Olavo Brant outside the ministry.",
        "The Justice Department said Olavo Brant would not be charged.",
        "Outside the court, his family asked for justice for Olavo Brant.",
        "The court heard that Justice Department lawyer Olavo Brant had resigned.",
    ],
)
def test_justice_outside_a_court_s_sentence_is_no_title(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, ("2026-05-13", sentence)) == []


def test_two_justices_of_one_court_are_no_conflict(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        ("2026-05-13", "The ruling by Supreme Court justice Olavo Brant took effect."),
        ("2026-05-14", "Karsk lifted its sanctions on Supreme Court Justice Olavo Brant."),
        ("2026-05-14", "The Supreme Court's justice Iria Feld dissented from the ruling."),
    )
    assert facts == [("agree", ("Olavo Brant", "Olavo Brant"))]
