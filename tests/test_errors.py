"""The one error path: every input a user can get wrong is one line naming the file (and
line), exit code 2; a bug is a short message asking for a report, exit code 3."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile import cli
from reconcile.cli import app
from reconcile.regex_safety import catastrophic

runner = CliRunner()
STORY = "Over 100 people died in the flood, officials said.\n"


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def _report(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", *args, "-q"])
    return result.exit_code, result.stdout, result.stderr


def _fails_with(args: list[str], expected: str) -> None:
    code, out, err = _report(*args)
    assert code == 2, (out, err)
    assert "Traceback" not in out + err
    assert err.strip() == expected


def test_non_utf8_sidecar(workdir: Path) -> None:
    (workdir / "s").mkdir()
    (workdir / "s" / "a.txt").write_text(STORY, encoding="utf-8")
    (workdir / "s" / "a.meta.yaml").write_bytes(b"title: caf\xe9\n")
    _fails_with(["s"], "error: s/a.meta.yaml:1: not UTF-8 text; convert it to UTF-8")


def test_impossible_date_in_front_matter(workdir: Path) -> None:
    (workdir / "a.md").write_text(f"---\npublished: 2023-13-45\n---\n{STORY}", encoding="utf-8")
    _fails_with(
        ["a.md"],
        "error: a.md:2: published: '2023-13-45' is not a date that exists; write it as YYYY-MM-DD",
    )


def test_lone_surrogate_in_json_is_replaced_not_a_crash(workdir: Path) -> None:
    (workdir / "a.json").write_text('{"text": "Over 100 \\ud800 people died."}', encoding="utf-8")
    code, _, err = _report("a.json")
    assert code == 0, err
    data = json.loads((workdir / "reports" / "report.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["path"] == "a.json"
    assert [c["quote"] for c in data["claims"]] == ["Over 100"]


def test_json_nested_100000_deep(workdir: Path) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    (workdir / "a.json").write_text(f'{{"text": "x", "title": {nested}}}', encoding="utf-8")
    _fails_with(
        ["a.json"],
        "error: a.json: JSON nested deeper than 64 levels;"
        " raise [limits] max_json_depth in sources.toml",
    )


def test_folder_tree_1500_deep(workdir: Path) -> None:
    before = Path.cwd()
    (workdir / "deep").mkdir()
    os.chdir(workdir / "deep")
    try:
        for _ in range(1500):
            os.mkdir("d")
            os.chdir("d")
        Path("a.txt").write_text(STORY, encoding="utf-8")
    finally:
        os.chdir(before)
    shown = "deep/" + "/".join(["d"] * 33)
    try:
        _fails_with(
            ["deep"],
            f"error: {shown}: folder more than 32 levels below deep; give it directly"
            " or raise [limits] max_folder_depth in sources.toml",
        )
    finally:
        _remove_deep(workdir / "deep")


def _remove_deep(top: Path) -> None:
    """Remove a tree too deep for `shutil.rmtree` (which recurses), bottom up."""
    path = top
    while (path / "d").is_dir():
        path = path / "d"
    (path / "a.txt").unlink()
    while path != top:
        os.rmdir(path)
        path = path.parent


def test_bad_line_in_a_users_units_file(workdir: Path) -> None:
    (workdir / "rules").mkdir()
    (workdir / "rules" / "units.toml").write_text('definitions = "units.txt"\n')
    (workdir / "rules" / "units.txt").write_text("megatonne = 1e9 * kilogram\n[weird\n")
    (workdir / "a.txt").write_text("The 25 km stretch was closed.\n", encoding="utf-8")
    code, out, err = _report("a.txt", "--rules", "rules")
    assert code == 2, (out, err)
    assert err.startswith("error: rules/units.txt:2: not a pint definition")
    assert len(err.strip().splitlines()) == 1


def test_yaml_alias_bomb_is_refused_at_once(workdir: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb.append("title: *i")
    (workdir / "a.md").write_text("---\n" + "\n".join(bomb) + f"\n---\n{STORY}")
    _fails_with(
        ["a.md"],
        "error: a.md:3: front matter is not valid YAML: aliases (*name) are not allowed"
        " in metadata",
    )


def test_duplicate_front_matter_keys(workdir: Path) -> None:
    (workdir / "a.md").write_text("---\ntitle: One\ntitle: Two\n---\n" + STORY)
    _fails_with(
        ["a.md"], "error: a.md:3: front matter is not valid YAML: key 'title' is given twice"
    )


def test_front_matter_too_large(workdir: Path) -> None:
    (workdir / "a.md").write_text("---\ntitle: " + "x" * 70_000 + "\n---\n" + STORY)
    _fails_with(
        ["a.md"],
        "error: a.md: metadata larger than 65,536 bytes;"
        " raise [limits] max_front_matter_bytes in sources.toml",
    )


def test_source_too_large_and_the_limit_is_configurable(workdir: Path) -> None:
    (workdir / "a.txt").write_text(STORY * 10)
    (workdir / "rules").mkdir()
    (workdir / "rules" / "sources.toml").write_text("[limits]\nmax_source_bytes = 100\n")
    _fails_with(
        ["a.txt", "--rules", "rules"],
        "error: a.txt: source larger than 100 bytes; split it or raise [limits]"
        " max_source_bytes in sources.toml",
    )


def test_the_default_source_limit_is_64_mib(workdir: Path) -> None:
    with (workdir / "big.txt").open("wb") as stream:  # sparse: nothing is written to disk
        stream.truncate(64 * 1024 * 1024 + 1)
    _fails_with(
        ["big.txt"],
        "error: big.txt: source larger than 67,108,864 bytes; split it or raise [limits]"
        " max_source_bytes in sources.toml",
    )


def test_a_device_is_not_read(workdir: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    _fails_with(["/dev/zero"], "error: /dev/zero: not a regular file; give a file or folder")


def test_non_string_metadata_is_an_error_not_a_repr(workdir: Path) -> None:
    (workdir / "a.md").write_text("---\nauthor: {who: X, role: Y}\n---\n" + STORY)
    _fails_with(["a.md"], "error: a.md: author: expected text, got a mapping")


def test_a_bug_is_an_internal_error_with_a_hint(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "a.txt").write_text(STORY)

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    def broken_pieces(*args: object, **kwargs: object) -> Iterator[str]:
        yield "# Reconciliation report\n"
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "render", broken)
    monkeypatch.setattr(cli, "render_chunks", broken_pieces)  # the reports, written as rendered
    monkeypatch.delenv("RECONCILE_DEBUG", raising=False)
    code, out, err = _report("a.txt")
    assert code == 3
    assert "Traceback" not in out + err
    assert err.splitlines()[0] == "internal error: ZeroDivisionError: division by zero"
    assert "please report it" in err
    assert not (workdir / "reports").exists()


@pytest.mark.parametrize(
    "pattern", [r"^(\w+\s?)*$", r"(a+)+$", r"(?:x*)*y", r"(?:[a-z]+|[0-9]+)*$", r"((ab)*)+"]
)
def test_a_catastrophic_regex_in_a_users_rules_is_refused(workdir: Path, pattern: str) -> None:
    (workdir / "rules").mkdir()
    (workdir / "rules" / "sources.toml").write_text(f"furniture = ['{pattern}']\n")
    (workdir / "a.txt").write_text(STORY)
    code, out, err = _report("a.txt", "--rules", "rules")
    assert code == 2, (out, err)
    assert err.startswith(
        f"error: rules/sources.toml:1: furniture.0: regular expression {pattern!r}"
        " can take exponential time: "
    )


@pytest.mark.parametrize(
    "pattern", [r"(\w+\s+)*", r"(?:\s+[A-Z][\w.]+){1,3}", r"^\s*Advertisement\s*$", r"(a|b)*"]
)
def test_regexes_that_match_in_linear_time_are_accepted(pattern: str) -> None:
    assert catastrophic(pattern) is None
