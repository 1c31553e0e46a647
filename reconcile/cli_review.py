"""`reconcile decide` and `reconcile review`: taking review decisions on the facts of the
last JSON report and keeping them in the decisions file (see `reconcile.decisions`).

The command bodies live here, apart from `cli.py`, which registers them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reconcile.cli_common import DecisionsOpt, FactIdArg, decisions_path, user_errors
from reconcile.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from reconcile.decisions import Decisions
    from reconcile.models import Report

DEFAULT_REPORT_JSON = Path("reports/report.json")
UNCERTAIN_SCORE = 60.0  # `review` also shows matches scored below this

ReportOpt = Annotated[
    Path,
    typer.Option("--report", help="The JSON report whose fact ids you give."),
]


def read_report(path: Path) -> dict[str, Any]:
    """A JSON report written by `reconcile report`; a one-line error says how to get one."""
    shown = path.as_posix()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError.single(
            shown, "no report here; run `reconcile report` first, or give --report FILE"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError.single(shown, f"cannot read the JSON report: {error}") from None
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(
        "reconcile.report/"
    ):
        raise InputError.single(shown, "not a JSON report written by `reconcile report`")
    return data


def decide(
    fact_id: FactIdArg,
    action: Annotated[
        str, typer.Argument(help="accept, noise, split, merge, or undo.", show_default=False)
    ],
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            help="split: the claim ids to take apart; merge: the other fact id;"
            " noise: claim ids (default: all the fact's claims).",
            show_default=False,
        ),
    ] = None,
    reason: Annotated[str, typer.Option("--reason", help="Why, in a few words.")] = "",
    report: ReportOpt = DEFAULT_REPORT_JSON,
    decisions: DecisionsOpt = None,
) -> None:
    """Record a review decision on a fact of the last report; the next `report` and `check`
    apply it.

    Examples:

      reconcile decide F5866f705 accept --reason "one count includes Crimea"

      reconcile decide F1c2d3e4f split C0be8568f52

      reconcile decide F1c2d3e4f merge F5a6b7c8d

      reconcile decide F5866f705 undo
    """
    from reconcile.decisions import decide as take
    from reconcile.decisions import load_decisions, recorded, save_decisions, undone

    with user_errors():
        data = read_report(report)
        path = decisions_path(decisions)
        current = load_decisions(path)
        if action == "undo":
            changed, removed = undone(current, fact_id, data)
            if not removed:
                typer.echo(f"no decision on {fact_id} in {path.as_posix()}")
                return
            save_decisions(changed)
            typer.echo(f"removed {_count(removed, 'decision')} on {fact_id} from {path.as_posix()}")
            return
        decision = take(data, fact_id, action, targets or [], reason)
        save_decisions(recorded(current, decision))
    typer.echo(
        f"recorded in {path.as_posix()}: {action} {fact_id}; run `reconcile report` to apply it"
    )


def review(
    report: ReportOpt = DEFAULT_REPORT_JSON,
    decisions: DecisionsOpt = None,
    all_facts: Annotated[
        bool, typer.Option("--all", help="Walk every fact, not only conflicts and weak matches.")
    ] = False,
) -> None:
    """Walk the conflicts and uncertain matches of the last report and decide on each:
    accept, noise, split, merge, or skip. Each decision is saved as it is taken.

    Examples:

      reconcile review

      reconcile review --report out/report.json --decisions out/decisions.toml
    """
    from rich.console import Console

    from reconcile.decisions import load_decisions

    console = Console(highlight=False)
    with user_errors():
        data = read_report(report)
        path = decisions_path(decisions)
        current = load_decisions(path)
    decided = {
        fact_id
        for entry in data.get("decisions", [])
        if entry.get("applies")
        for fact_id in entry.get("fact_ids", [])
    }
    todo = [
        fact
        for fact in data.get("facts", [])
        if fact["id"] not in decided
        and (
            all_facts
            or fact["verdict"] == "conflict"
            or (fact["verdict"] != "single" and fact["match"]["score"] < UNCERTAIN_SCORE)
        )
    ]
    if not todo:
        console.print("Nothing to review: every conflict and weak match carries a decision.")
        return
    taken = 0
    for number, fact in enumerate(todo, start=1):
        _show_fact(console, data, fact, number, len(todo))
        outcome = _ask(console, data, fact, current)
        if outcome is None:
            break
        if outcome is not current:
            current = outcome
            with user_errors():
                from reconcile.decisions import save_decisions

                save_decisions(current)
            taken += 1
    console.print(
        f"{_count(taken, 'decision')} saved in {path.as_posix()};"
        " run `reconcile report` to apply them.",
        markup=False,
    )


_KEYS = {"a": "accept", "n": "noise", "s": "split", "m": "merge", "k": "skip", "q": "quit"}


def _ask(
    console: Console, data: Mapping[str, Any], fact: Mapping[str, Any], current: Decisions
) -> Decisions | None:
    """The decisions after asking about one fact (the same object when skipped); None to
    stop."""
    from rich.markup import escape
    from rich.prompt import Prompt

    from reconcile.decisions import DecisionsError, decide, recorded

    try:
        key = Prompt.ask(
            escape("[a]ccept, [n]oise, [s]plit, [m]erge, s[k]ip, [q]uit"),
            choices=list(_KEYS),
            default="k",
            show_choices=False,
            console=console,
        )
        action = _KEYS[key]
        if action == "quit":
            return None
        if action == "skip":
            return current
        targets: list[str] = []
        if action == "split":
            targets = Prompt.ask("claim ids to take apart", console=console).split()
        elif action == "merge":
            targets = Prompt.ask("the other fact id", console=console).split()
        reason = Prompt.ask("reason (optional)", default="", console=console)
    except (EOFError, KeyboardInterrupt):
        return None
    try:
        return recorded(current, decide(data, str(fact["id"]), action, targets, reason))
    except DecisionsError as error:
        for problem in error.problems:
            console.print(f"not recorded: {problem.message}", markup=False)
        return current


def _show_fact(
    console: Console, data: Mapping[str, Any], fact: Mapping[str, Any], number: int, total: int
) -> None:
    claims = {c["id"]: c for c in data.get("claims", [])}
    paths = {s["id"]: s for s in data.get("sources", [])}
    gap = f", gap {fact['relative_gap']:.1%}" if fact.get("relative_gap") else ""
    console.print("")
    console.print(
        f"[{number}/{total}] {fact['id']}  {_plain(fact['label'])}"
        f" — {fact['verdict']}{gap}, match score {fact['match']['score']:.0f}",
        markup=False,
    )
    for claim_id in fact["claim_ids"]:
        claim = claims[claim_id]
        source = paths[claim["source_id"]]
        name = str(source["path"]).rstrip("/").rsplit("/", 1)[-1]
        published = source.get("published") or "date unknown"
        console.print(
            f"  {claim_id}  {_plain(name)}:{claim.get('line', '?')} ({published})"
            f"  “{_plain(claim['quote'])}” → {_plain(_means(claim))}",
            markup=False,
        )


def _plain(text: object) -> str:
    """Source text for the terminal: one line, no control characters."""
    return "".join(c if c.isprintable() else "?" for c in " ".join(str(text).split()))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def explain_from_report(data: Mapping[str, Any], fact_id: str) -> list[str] | None:
    """What `reconcile explain` prints, read from a JSON report; None when no such fact."""
    fact = next((f for f in data.get("facts", []) if f.get("id") == fact_id), None)
    if fact is None:
        return None
    claims = {c["id"]: c for c in data.get("claims", [])}
    paths = {s["id"]: s["path"] for s in data.get("sources", [])}
    gap = fact.get("relative_gap")
    lines = [
        f"{fact['id']}  {_plain(fact['label'])}",
        f"verdict: {fact['verdict']}" + (f" (gap {gap:.1%})" if gap else ""),
        f"match score: {float(fact['match']['score']):.1f}",
    ]
    lines += [f"  because: {_plain(reason)}" for reason in fact["match"]["reasons"]]
    for claim_id in fact["claim_ids"]:
        claim = claims[claim_id]
        means = _means(claim)
        context = claim.get("context") or {}
        lines += [
            f"  {claim_id} {_plain(paths[claim['source_id']])}[{claim['start']}:{claim['end']}]"
            f" “{_plain(claim['quote'])}” → {_plain(means)}",
            f"      place={context.get('location')!r} time={context.get('time')!r}"
            f" attribution={context.get('attribution')!r}",
        ]
    lines += [f"  note: {_plain(note)}" for note in fact.get("notes", [])]
    return lines


def decisions_line(report: Report) -> str | None:
    """One line on the decisions a run applied, for the terminal summary; None without."""
    if not report.decisions:
        return None
    waiting = sum(1 for d in report.decisions if not d.applies)
    applied = len(report.decisions) - waiting
    line = f"review decisions: {applied} applied"
    if waiting:
        line += f", {waiting} no longer {'applies' if waiting == 1 else 'apply'}: review again"
    return line


def _means(claim: Mapping[str, Any]) -> str:
    """What a claim of a JSON report means: its interval, or the name it states."""
    from reconcile.models import Interval

    if claim.get("value") is not None or claim.get("low") is not None:
        interval = Interval(
            claim.get("low"),
            claim.get("high"),
            bool(claim.get("low_closed", True)),
            bool(claim.get("high_closed", True)),
        )
        return interval.notation()
    return str(claim.get("entity") or " ".join(str(claim["quote"]).split()))
