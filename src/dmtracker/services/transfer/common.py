"""What both imports share: the problems that refuse a file, and the result of one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NoReturn

import sqlalchemy as sa
from sqlmodel import SQLModel

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, translate
from dmtracker.services.base import Change

MAX_PROBLEMS = 1000  # stop collecting after this many (the file is refused anyway)
# the place of a problem with the file as a whole (not one line or record)
WHOLE_FILE = translate("Import", "file", "the place of a problem: the file as a whole")


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file was refused: where (a line, or a record of a backup), field, reason."""

    line: int | None
    record: str
    field: str
    reason: str

    @property
    def where(self) -> str:
        place: str
        if self.line is not None:
            place = (
                translate("Import", "line {line} ({record})").format(
                    line=self.line, record=self.record
                )
                if self.record
                else translate("Import", "line {line}").format(line=self.line)
            )
        else:
            place = self.record
        if not self.field:
            return place
        return translate("Import", "{place}, {field}", "where a problem is: line, column").format(
            place=place, field=self.field
        )

    def describe(self) -> Text:
        """Where and why, for the reader (translated where it is shown)."""
        return translate("Import", "{where}: {reason}").format(where=self.where, reason=self.reason)

    def __str__(self) -> str:
        return str(self.describe())


class ImportRejected(ValidationError):
    """The whole file was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Sequence[ImportProblem]):
        self.source = source
        self.problems = sorted(problems, key=lambda p: (p.line is None, p.line or 0))
        errors = [(p.where, p.reason) for p in self.problems]
        super().__init__(errors[0][0], errors[0][1], errors=errors)

    def summary(self) -> Text:
        n = len(self.problems)
        return translate(
            "Import", "{source} was not imported (%n problem(s)); nothing was changed", None, n
        ).format(source=self.source)

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
