"""The whole another number of its clause is a part of ("the Kell Party won 16 of 21
seats": 21) is the size of what the parts share, owned by no name of that clause: the
names near it own the part. One story telling the assembly's size ("voters elect 21
members of the National Assembly") and another its result meet, whatever names each
writes; the same number a name owns as its part of another whole stays apart."""

from __future__ import annotations

from pathlib import Path

from tests.facts import fact_of, quotes_of, run_of

SIZE = (
    "Voters in Varno elect 21 members of the National Assembly on Sunday. Prime Minister "
    "Jane Roe of the Kell Party seeks a third term against Lund Party leader Mira Dorn."
)
RESULT = (
    "Official results show the Kell Party of Prime Minister Jane Roe won 16 of 21 seats, "
    "while Lund Party leader Mira Dorn kept her own seat."
)


def test_the_whole_of_a_result_meets_the_size_told_alone(tmp_path: Path) -> None:
    report = run_of(tmp_path, SIZE, RESULT, title="Varno election", day="2026-03-07")
    assert quotes_of(report, fact_of(report, "21 members")) == ["21 members", "21 seats"]


def test_the_same_number_owned_as_a_part_stays_apart(tmp_path: Path) -> None:
    # the 21 the Lund Party won is its part of another whole, not the assembly's size
    other = (
        "Official results show the Lund Party of Mira Dorn won 21 of 40 seats in the Varno "
        "senate, while Prime Minister Jane Roe's Kell Party kept two seats."
    )
    report = run_of(tmp_path, RESULT, other, title="Varno election", day="2026-03-07")
    assert "21" not in quotes_of(report, fact_of(report, "21 seats"))
    assert quotes_of(report, fact_of(report, "21")) == ["21"]
