"""What both imports share: the problems that refuse a file, and the result of one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NoReturn

import sqlalchemy as sa
from sqlmodel import SQLModel

from dmtracker.domain.errors import ValidationError
from dmtracker.services.base import Change

MAX_PROBLEMS = 1000  # stop collecting after this many (the file is refused anyway)


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file was refused: where (a line, or a record of a backup), field, reason."""

    line: int | None
    record: str
    field: str
    reason: str

    @property
    def where(self) -> str:
        if self.line is not None:
            place = f"line {self.line} ({self.record})" if self.record else f"line {self.line}"
        else:
            place = self.record
        return f"{place}, {self.field}" if self.field else place

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ImportRejected(ValidationError):
    """The whole file was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Sequence[ImportProblem]):
        self.source = source
        self.problems = sorted(problems, key=lambda p: (p.line is None, p.line or 0))
        errors = [(p.where, p.reason) for p in self.problems]
        super().__init__(errors[0][0], errors[0][1], errors=errors)

    def summary(self) -> str:
        n = len(self.problems)
        many = f"{n} problems" if n != 1 else "1 problem"
        return f"{self.source} was not imported ({many}); nothing was changed"

    def describe(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __str__(self) -> str:
        return self.summary()


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "backup" or "checkins"
    source: str
    added: dict[str, int]
    skipped: int = 0
    message: str = ""
    change: Change | None = None

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


@dataclass
class Collector:
    """Every problem found in one file, so that a refusal lists them all."""

    source: str
    problems: list[ImportProblem] = field(default_factory=list)

    def add(self, line: int | None, record: str, fld: str, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(line, record, fld, reason))

    def from_error(self, line: int | None, record: str, exc: ValidationError) -> None:
        for fld, reason in exc.errors:
            self.add(line, record, fld, reason)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ImportRejected(self.source, self.problems)

    def fail(self, line: int | None, record: str, fld: str, reason: str) -> NoReturn:
        """Stop here with this reason (listed even when ``MAX_PROBLEMS`` were collected)."""
        self.problems.append(ImportProblem(line, record, fld, reason))
        raise ImportRejected(self.source, self.problems)


def table_of(model: type[SQLModel]) -> sa.Table:
    # SQLModel does not declare __table__, which SQLAlchemy sets on every table model
    return model.__table__  # type: ignore[attr-defined]
