"""Loading: rules folders layered per language, merged, validated and frozen."""

from __future__ import annotations

import tomllib
import types
from pathlib import Path
from typing import Any

from reconcile.errors import Problem, RulesError
from reconcile.records import record
from reconcile.rules.references import expand
from reconcile.rules.schema import DEFAULT_LANGUAGE, LANGUAGES_DIR, SPECS, RuleSet
from reconcile.rules.validate import Where, convert, line_from_message

# Arrays of tables merged across layers by this key: a language's [[currency]] with code "EUR"
# adds words to the neutral one with that code instead of a second currency.
_IDENTITY_KEYS = ("code", "key", "canonical", "name", "direction")


def bundled_rules_dir() -> Path:
    """The rules folder shipped with the package (the repository's `rules/` in a checkout)."""
    installed = Path(__file__).resolve().parent.parent / "bundled_rules"
    if (installed / "matching.toml").is_file():
        return installed
    return Path(__file__).resolve().parent.parent.parent / "rules"


@record
class _Layer:
    """One folder of rules files: the neutral top of a rules folder or one language in it."""

    folder: Path
    shown: str  # how messages name the folder: 'rules' for the bundled one, else as given


def load_rules(extra_dir: str | Path | None = None) -> RuleSet:
    """Load the bundled rules, then layer the files of `extra_dir` over them.

    Each rules folder has a language-neutral top and one folder per language under `lang/`;
    the rules of a language are, in order: the bundled top, the bundled language folder,
    the user's top, the user's language folder. Every problem of every file is reported.
    """
    folders = [bundled_rules_dir()]
    if extra_dir is not None:
        extra = Path(extra_dir)
        if not extra.is_dir():
            raise RulesError([Problem(str(extra), None, "rules folder not found (--rules DIR)")])
        folders.append(extra)
    problems: list[Problem] = []
    shown = ["rules", *(str(f) for f in folders[1:])]
    languages = sorted(
        {
            sub.name
            for folder in folders
            if (folder / LANGUAGES_DIR).is_dir()
            for sub in (folder / LANGUAGES_DIR).iterdir()
            if sub.is_dir()
        }
        | {DEFAULT_LANGUAGE}
    )
    read: dict[Path, _LayerData] = {}
    for folder, name in zip(folders, shown, strict=True):
        read[folder] = _read_layer(_Layer(folder, name), problems)
        for language in languages:
            sub = folder / LANGUAGES_DIR / language
            if sub.is_dir():
                read[sub] = _read_layer(_Layer(sub, f"{name}/{LANGUAGES_DIR}/{language}"), problems)
    if problems:
        raise RulesError(problems)
    by_language: dict[str, RuleSet] = {}
    for language in languages:
        merged: dict[str, dict[str, Any]] = {name: {} for name in SPECS}
        definition_files: list[tuple[str, str]] = []
        origins: dict[str, tuple[str, int | None]] = {}
        layers = []
        for folder in folders:
            layers.append(folder)
            sub = folder / LANGUAGES_DIR / language
            if sub.is_dir():
                layers.append(sub)
        for layer in layers:
            data_of = read[layer]
            for name, data in data_of.files.items():
                merged[name] = _merge(merged[name], data)
            definition_files.extend(data_of.definitions)
            origins.update(data_of.unit_origins)
        expand(merged, problems)
        # Every key without a default must be in some layer: a missing one is an error here.
        parts = {
            name.removesuffix(".toml"): convert(
                data, SPECS[name], (), Where(f"{name} (language {language})", ""), problems
            )
            for name, data in merged.items()
        }
        by_language[language] = RuleSet(
            **parts,
            unit_definitions="".join(text + "\n" for _, text in definition_files),
            definition_files=tuple(definition_files),
            unit_origins=types.MappingProxyType(origins),
            folders=tuple(str(f) for f in layers),
            language=language,
            by_language=types.MappingProxyType(by_language),
        )
        # Frame patterns name word classes and concepts that any layer may define: they are
        # checked once the language's layers are merged, each against its own file's lines
        # (by the frames' own grammar, which itself reads the rules' schema: imported here).
        from reconcile.concepts import frame_problems

        frame_files = [read[layer].frames for layer in layers]
        problems.extend(frame_problems(by_language[language].frames, [f for f in frame_files if f]))
    if problems:  # a problem of the neutral layer is found once per language: say it once
        unique = {str(p): p for p in problems}
        raise RulesError(list(unique.values()))
    return by_language[DEFAULT_LANGUAGE]


@record
class _LayerData:
    """What one folder of rules files gives: checked data per file, pint definitions files
    (as shown, text) and where each unit alias is written (as shown, line)."""

    files: dict[str, dict[str, Any]]
    definitions: tuple[tuple[str, str], ...]
    unit_origins: dict[str, tuple[str, int | None]]
    frames: tuple[Where, dict[str, Any]] | None = None  # the frames file, for its lines


def _read_layer(layer: _Layer, problems: list[Problem]) -> _LayerData:
    """The checked data of each rules file of one folder, and its pint definitions."""
    files: dict[str, dict[str, Any]] = {}
    definitions: list[tuple[str, str]] = []
    origins: dict[str, tuple[str, int | None]] = {}
    frames: tuple[Where, dict[str, Any]] | None = None
    for path in sorted(layer.folder.iterdir()):
        if path.suffix != ".toml":
            continue
        shown = f"{layer.shown}/{path.name}" if layer.shown.startswith("rules") else str(path)
        if path.name not in SPECS:
            allowed = ", ".join(sorted(SPECS))
            problems.append(Problem(shown, None, f"unknown rules file; allowed: {allowed}"))
            continue
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", None) or line_from_message(str(error))
            problems.append(Problem(shown, line, f"not valid TOML: {error}"))
            continue
        before = len(problems)
        convert(data, SPECS[path.name], (), Where(shown, text), problems, partial=True)
        if len(problems) != before:
            continue
        files[path.name] = data
        if path.name == "frames.toml":
            frames = (Where(shown, text), data)
        if path.name == "units.toml":
            where = Where(shown, text)
            for alias in data.get("aliases", {}):
                origins[alias] = (shown, where.line(("aliases", alias)))
        if path.name == "units.toml" and data.get("definitions"):
            defs = layer.folder / data["definitions"]
            if not defs.is_file():
                line = Where(shown, text).line(("definitions",))
                problems.append(Problem(shown, line, f"definitions file not found: {defs.name}"))
            else:
                shown_defs = str(defs) if shown == str(path) else f"{layer.shown}/{defs.name}"
                definitions.append((shown_defs, defs.read_text(encoding="utf-8")))
    return _LayerData(files, tuple(definitions), origins, frames)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = _merge_list(out[key], value)
        else:
            out[key] = value
    return out


def _identity(item: Any) -> tuple[str, Any] | None:
    if isinstance(item, dict):
        for key in _IDENTITY_KEYS:
            if key in item:
                return key, item[key]
    return None


def _merge_list(base: list[Any], over: list[Any]) -> list[Any]:
    """`base` extended by `over`; a table of `over` with the identity (code, key, name) of
    one of `base` is merged into it."""
    out = list(base)
    where = {_identity(item): i for i, item in enumerate(out) if _identity(item) is not None}
    for item in over:
        identity = _identity(item)
        if identity is not None and identity in where:
            out[where[identity]] = _merge(out[where[identity]], item)
        elif item not in out:
            if identity is not None:
                where[identity] = len(out)
            out.append(item)
    return out
