"""The shared shape of a record service: validated add / update / delete / restore / list.

One session and one transaction per call; callers get DTOs and a :class:`Change` summary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from dmtracker.domain import records
from dmtracker.domain.errors import NotFoundError, ValidationError
from dmtracker.domain.messages import joined, term, translate

# a question a write asks the UI to put to the user next (it never decides for them)
from dmtracker.domain.risk import PROMPT_THROMBOSIS_HISTORY
from dmtracker.services.clock import Clock
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import PatientProfile, Tracked

T = TypeVar("T", bound=Tracked)
R = TypeVar("R", bound=SQLModel)
Row = TypeVar("Row", bound=Tracked)

ACTIONS = ("added", "updated", "deleted", "restored")
__all__ = ["PROMPT_THROMBOSIS_HISTORY", "Change", "RecordService", "joined", "term"]


# Things a write asks the user interface to ask the user next (it never decides for them).


@dataclass(frozen=True)
class Change:
    """What one write did: pages listen for these to refresh.

    ``prompts`` names questions the UI should ask at once (e.g. :data:`PROMPT_THROMBOSIS_HISTORY`);
    ``flags`` are plain-language warnings about what was saved (e.g. a dose above 2 g/kg).
    """

    kind: str
    action: str
    ids: tuple[int, ...]
    days: tuple[date, ...] = ()
    message: str = ""
    prompts: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


def to_dto(read: type[R], row: SQLModel) -> R:
    """Copy a row's columns into a frozen DTO (no validation: the row came from the database)."""
    return read.model_construct(**{k: getattr(row, k) for k in read.model_fields})


def stored_id(row: Tracked) -> int:
    """The id of a row read from the database or flushed to it (the column is only None on a
    row not yet written)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id: it was never written")
    return row.id


def live_profile(s: Session) -> PatientProfile | None:
    """The patient's profile row (the first one not deleted), if there is one yet."""
    return s.exec(
        select(PatientProfile)
        .where(col(PatientProfile.deleted_at).is_(None))
        .order_by(col(PatientProfile.id))
    ).first()


def fields_of(row: SQLModel, schema_keys: Sequence[str]) -> dict[str, Any]:
    return {k: getattr(row, k) for k in schema_keys if hasattr(row, k)}


class RecordService(Generic[T, R]):
    """Validated CRUD over one table. Subclasses set the class attributes and may add rules."""

    kind: ClassVar[str]
    # set once per subclass (not ClassVar: a ClassVar cannot name the type parameters)
    table: type[T]
    read: type[R]
    date_field: ClassVar[str | None] = None
    order_by: ClassVar[tuple[str, ...]] = ("id",)

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    # -- hooks ------------------------------------------------------------------------------
    def _check(self, s: Session, record: dict[str, Any], existing: Tracked | None) -> None:
        """Rules that need the database; ``record`` is every field as it would be saved."""
        records.check_record(self.kind, record)

    def _convert(self, clean: dict[str, Any]) -> dict[str, Any]:
        """Turn the fields given in one call into stored form (e.g. units), before merging."""
        return clean

    def _prepare(self, s: Session, record: dict[str, Any], existing: Tracked | None) -> None:
        """Fill derived fields into ``record`` before it is written (after the checks)."""

    def _after_write(self, s: Session, row: Tracked, action: str) -> None:
        """Write what follows from this record (links, derived rows), same transaction."""

    def _annotate(self, s: Session, row: Tracked, change: Change) -> Change:
        """Add what the saved record should tell the user (flags, prompts) to an add / update."""
        return change

    def describe(self, row: Tracked) -> str:
        label = term(records.KIND_NAMES[self.kind])
        day = self._day(row)
        return (
            translate("Records", "{kind} for {day}").format(kind=label, day=day) if day else label
        )

    # -- helpers ----------------------------------------------------------------------------
    def _day(self, row: Any) -> date | None:
        value = getattr(row, self.date_field, None) if self.date_field else None
        return value if isinstance(value, date) else None

    def _live(self, s: Session, record_id: int) -> T:
        row = s.get(self.table, record_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(records.KIND_NAMES[self.kind], record_id)
        return row

    @staticmethod
    def require(s: Session, table: type[Row], record_id: int | None, field: str) -> Row:
        """The live row ``record_id`` of ``table``, or a ValidationError naming ``field``."""
        row = s.get(table, record_id) if record_id is not None else None
        if row is None or row.deleted_at is not None:
            raise ValidationError(
                field, translate("Records", "no such record ({id})").format(id=record_id)
            )
        return row

    def _full(self, existing: Tracked | None, clean: Mapping[str, Any]) -> dict[str, Any]:
        keys = records.SCHEMAS[self.kind].keys()
        base = fields_of(existing, list(keys)) if existing is not None else {}
        return {**base, **clean}

    def _change(self, action: str, rows: Sequence[Tracked], message: str = "") -> Change:
        days = tuple(d for d in (self._day(r) for r in rows) if d is not None)
        text = message or f"{records.KIND_NAMES[self.kind].capitalize()} {action}"
        return Change(self.kind, action, tuple(r.id for r in rows if r.id is not None), days, text)

    # -- writes -----------------------------------------------------------------------------
    def add(self, data: Mapping[str, Any]) -> Change:
        clean = self._convert(records.validate(self.kind, data, self.clock.context()))
        with session_scope(self.engine) as s:
            return self._insert(s, clean)

    def _insert(self, s: Session, clean: dict[str, Any]) -> Change:
        record = self._full(None, clean)
        self._check(s, record, None)
        self._prepare(s, record, None)
        now = self.clock.now()
        row = self.table(**record, created_at=now, updated_at=now)
        s.add(row)
        s.flush()
        self._after_write(s, row, "added")
        saved = translate("Records", "Saved {what}").format(what=self.describe(row))
        return self._annotate(s, row, self._change("added", [row], saved))

    def insert_in(self, s: Session, clean: dict[str, Any]) -> Change:
        """Insert fields already validated (``records.validate``) inside the caller's
        transaction: an import that writes several kinds of record all or nothing."""
        return self._insert(s, self._convert(clean))

    def update(self, record_id: int, data: Mapping[str, Any]) -> Change:
        clean = records.validate(self.kind, data, self.clock.context(), partial=True)
        clean = self._convert(clean)
        with session_scope(self.engine) as s:
            row = self._live(s, record_id)
            record = self._full(row, clean)
            self._check(s, record, row)
            self._prepare(s, record, row)
            for key, value in record.items():
                setattr(row, key, value)
            row.updated_at = self.clock.now()
            s.flush()
            self._after_write(s, row, "updated")
            updated = translate("Records", "Updated {what}").format(what=self.describe(row))
            change = self._change("updated", [row], updated)
            return self._annotate(s, row, change)

    def delete(self, record_id: int) -> Change:
        """Soft delete: the row stays, hidden, so it can be restored exactly."""
        with session_scope(self.engine) as s:
            row = self._live(s, record_id)
            row.deleted_at = self.clock.now()
            s.flush()
            self._after_write(s, row, "deleted")
            deleted = translate("Records", "Deleted {what}").format(what=self.describe(row))
            return self._change("deleted", [row], deleted)

    def restore(self, record_id: int) -> Change:
        with session_scope(self.engine) as s:
            row = s.get(self.table, record_id)
            if row is None or row.deleted_at is None:
                raise NotFoundError(f"deleted {records.KIND_NAMES[self.kind]}", record_id)
            self._check_restore(s, row)
            row.deleted_at = None
            s.flush()
            self._after_write(s, row, "restored")
            restored = translate("Records", "Restored {what}").format(what=self.describe(row))
            return self._change("restored", [row], restored)

    def _check_restore(self, s: Session, row: Tracked) -> None:
        """Refuse a restore that would clash with a live record (e.g. the same day)."""

    # -- reads ------------------------------------------------------------------------------
    def get(self, record_id: int) -> R:
        with Session(self.engine) as s:
            return to_dto(self.read, self._live(s, record_id))

    def list(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        include_deleted: bool = False,
        where: Sequence[Any] = (),
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[R]:
        """Live records (``start``/``end`` inclusive, on the kind's date field)."""
        q = select(self.table)
        if not include_deleted:
            q = q.where(col(self.table.deleted_at).is_(None))
        dated = getattr(self.table, self.date_field) if self.date_field else None
        if dated is not None and start is not None:
            q = q.where(dated >= start)
        if dated is not None and end is not None:
            q = q.where(dated <= end)
        for cond in where:
            q = q.where(cond)
        order = [getattr(self.table, k) for k in self.order_by]
        q = q.order_by(*(o.desc() for o in order) if newest_first else order)
        if limit is not None:
            q = q.limit(limit)
        with Session(self.engine) as s:
            return [to_dto(self.read, r) for r in s.exec(q).all()]

    def count(self) -> int:
        with Session(self.engine) as s:
            q = (
                select(sa.func.count())
                .select_from(self.table)
                .where(col(self.table.deleted_at).is_(None))
            )
            return int(s.exec(q).one())
