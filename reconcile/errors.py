"""Errors a user can fix. They stay objects until the CLI prints them (exit code 2)."""

from __future__ import annotations

from reconcile.records import record


@record
class Problem:
    """One thing wrong in one input file, with where it is and what would be right."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ReconcileError(Exception):
    """Base for every error caused by what the user gave (exit code 2)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class RulesError(ReconcileError):
    """One or more rules files are malformed; every problem is listed."""


class InputError(ReconcileError):
    """A source path is missing or a source cannot be read."""

    @classmethod
    def single(cls, path: str, message: str) -> InputError:
        return cls([Problem(path, None, message)])
