"""The JSON report keeps the `reconcile.report/1` contract; added fields are only additions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import run
from reconcile.models import Report
from reconcile.render.json import _dumps, json_chunks, render_json, report_record

TEXT = (
    "Headline\n\nPublished January 6, 2022\n\n"
    "Russia has deployed over 100,000 troops at the Ukrainian border, officials said.\n"
)
OTHER = "Other\n\nRussia has positioned about 90,000 troops at the Ukrainian border.\n"

CONTRACT = {
    "sources": {"id", "path", "title", "outlet", "url", "published", "author"},
    "claims": {
        "id", "source_id", "kind", "quote", "start", "end", "value", "qualifier", "low",
        "high", "unit", "dimension", "counted_noun", "change", "context",
    },
    "facts": {"id", "label", "kind", "claim_ids", "verdict", "relative_gap", "notes", "match"},
}  # fmt: skip


def test_contract_fields_and_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    report = run([str(tmp_path)])
    data = json.loads(render_json(report))
    assert data["schema"] == "reconcile.report/1"
    for section, fields in CONTRACT.items():
        assert data[section], section
        for record in data[section]:
            assert fields <= set(record), (section, fields - set(record))
    texts = {s["id"]: (tmp_path / Path(s["path"]).name).read_text("utf-8") for s in data["sources"]}
    for claim in data["claims"]:
        text = texts[claim["source_id"]]
        assert text[claim["start"] : claim["end"]] == claim["quote"]
        assert claim["line"] == text.count("\n", 0, claim["start"]) + 1
        assert set(claim["context"]) == {"subject", "location", "time", "attribution"}
    troops = next(c for c in data["claims"] if c["quote"] == "over 100,000 troops")
    assert troops["line"] == 5


def test_same_bytes_in_any_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    forward = render_json(run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    backward = render_json(run([str(tmp_path / "b.txt"), str(tmp_path / "a.txt")]))
    assert forward == backward and forward.endswith("}\n")


def test_written_piece_by_piece_as_the_whole_document_is(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    empty = Report(sources=(), claims=(), facts=())
    for report in (run([str(tmp_path)]), empty):
        whole = json.dumps(report_record(report), ensure_ascii=False, indent=2) + "\n"
        pieces = list(json_chunks(report))
        assert "".join(pieces) == whole == render_json(report)
        assert len(pieces) >= 6  # a piece per record, not the document at once
    assert "".join(json_chunks(empty)) == (
        '{\n  "schema": "reconcile.report/1",\n  "sources": [],\n  "claims": [],\n'
        '  "facts": []\n}\n'
    )


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(
            st.text() | st.integers() | st.floats() | st.booleans() | st.none(), inner, max_size=4
        )
    ),
    max_leaves=20,
)


@given(_JSON_VALUES, st.sampled_from([0, 2, 4]))
def test_records_are_written_as_json_writes_them_with_an_indent(value: object, indent: int) -> None:
    """The report's own encoder gives `json.dumps(..., ensure_ascii=False, indent=2)`'s
    text, line breaks followed by `indent` more spaces: for every type `json` takes."""
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * indent)
    assert _dumps(value, indent) == expected


def test_what_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        _dumps({"a": {1, 2}})
    with pytest.raises(TypeError, match="keys must be"):
        _dumps({(1, 2): "a"})


def test_records_written_as_the_standard_encoder_writes_them() -> None:
    from reconcile.render.json import _dumps

    record = {
        "text": 'a "quote"\n\\ é \u2028 \x00',
        "empty": [],
        "none": {},
        "nested": [1, [2.5, {"k": None}], (True, False)],
        "floats": [0.1, 1e20, -0.0, float("nan"), float("inf"), -float("inf")],
        1: "int key",
        2.5: "float key",
        None: "null key",
    }
    assert _dumps(record, 4) == json.dumps(record, ensure_ascii=False, indent=2).replace(
        "\n", "\n    "
    )
    assert _dumps([], 4) == "[]"
    assert _dumps({"a": [1]}) == '{\n  "a": [\n    1\n  ]\n}'
