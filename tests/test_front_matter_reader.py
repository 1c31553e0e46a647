"""Front matter read by libyaml where it reads as PyYAML's own parser does; PyYAML imported
only for a source that has metadata to read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reconcile.errors import InputError
from reconcile.rules import load_rules
from reconcile.sources import _load_yaml, _metadata_loaders, load_source

DOCUMENTS = [
    "title: Who won? A recount\noutlet: 'Daily: Post'\npublished: 2024-03-01",
    'title: "Quoted \\"title\\""\nauthor: >\n  folded\n  lines\nurl: https://x.org/a#b',
    "title: 50% rise & more\n# a comment\npublished: 1700000000\nlanguage: en",
    "title: |\n  kept\n  lines\nnumbers: 0x1f, 1e3, yes, ~",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_libyaml_reads_as_pyyaml(text: str) -> None:
    fast, exact = _metadata_loaders()
    assert fast is not None  # PyYAML is built with libyaml in the locked environment
    assert yaml.load(text, Loader=fast) == yaml.load(text, Loader=exact)


def test_what_libyaml_reads_otherwise_goes_to_pyyaml() -> None:
    fast, _ = _metadata_loaders()
    assert yaml.load("title: a\tb", Loader=fast) == {"title": "a\tb"}
    with pytest.raises(yaml.YAMLError):  # PyYAML refuses this tab, as it always did here
        _load_yaml("title: a\tb")
    assert _load_yaml("tags: [a, b]") == {"tags": ["a", "b"]}
    deep = "a: " + "[" * 60 + "]" * 60  # deeper than libyaml is trusted with
    assert _depth_of(_load_yaml(deep)["a"]) == 60


def _depth_of(value: object) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth + (1 if value == [] else 0)


def test_errors_are_pyyamls_whoever_reads(tmp_path: Path) -> None:
    rules = load_rules()
    for text, message in [
        ("---\ntitle: a\ntitle: b\n---\nText.\n", "key 'title' is given twice"),
        ("---\nx: &a 1\ny: *a\n---\nText.\n", "aliases (*name) are not allowed"),
        ("---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
    ]:
        path = tmp_path / "s.txt"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as raised:
            load_source(path, rules)
        assert message in str(raised.value)


def test_pyyaml_is_imported_only_for_metadata(tmp_path: Path) -> None:
    plain, front = tmp_path / "plain.txt", tmp_path / "front.txt"
    plain.write_text("Over 100 troops were at the border.\n", encoding="utf-8")
    front.write_text("---\ntitle: T\n---\nOver 100 troops.\n", encoding="utf-8")
    probe = (
        "import sys; from pathlib import Path; from reconcile.rules import load_rules;"
        "from reconcile.sources import load_source; rules = load_rules();"
        "load_source(Path(sys.argv[1]), rules); print('yaml' in sys.modules)"
    )
    seen = [
        subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()
        for path in (plain, front)
    ]
    assert seen == ["False", "True"]
