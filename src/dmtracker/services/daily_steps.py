"""Daily steps (schema 0003, ``daily_steps``): read for History, Trends, the report and the
exports. Steps come in from phones and watches (:mod:`dmtracker.services.health`)."""

from __future__ import annotations

import builtins
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.services.base import to_dto
from dmtracker.services.clock import Clock
from dmtracker.services.dto import ReadFields
from dmtracker.storage import models as m


class DailyStepsRead(ReadFields, m.DailyStepsFields):
    pass


class DailyStepsService:
    """The day's steps, one row a day (the larger count of a day is kept on import)."""

    kind = "daily_steps"

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def list(self, start: date | None = None, end: date | None = None) -> list[DailyStepsRead]:
        """The days (not deleted) from ``start`` to ``end`` (both included), oldest first."""
        q = select(m.DailySteps).where(col(m.DailySteps.deleted_at).is_(None))
        if start is not None:
            q = q.where(col(m.DailySteps.day) >= start)
        if end is not None:
            q = q.where(col(m.DailySteps.day) <= end)
        with Session(self.engine) as s:
            rows = s.exec(q.order_by(col(m.DailySteps.day))).all()
            return [to_dto(DailyStepsRead, r) for r in rows]

    def series(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[tuple[date, int]]:
        """(day, steps) for a chart (Trends): days without a count are left out."""
        return [(r.day, r.steps) for r in self.list(start, end)]

    def on(self, day: date) -> int | None:
        rows = self.list(day, day)
        return rows[0].steps if rows else None
