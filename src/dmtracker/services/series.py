"""Time series for charts, as numpy arrays (x = local midnight of the day, in Unix seconds).

Missing days are gaps (NaN), never zeros.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, select

from dmtracker.domain import vocab
from dmtracker.services.clock import Clock
from dmtracker.storage.models import CheckIn, InfusionCourse, InfusionDay


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    x: np.ndarray  # float64 Unix seconds
    y: np.ndarray  # float64, NaN where nothing was logged


@dataclass(frozen=True)
class Band:
    start: float
    end: float
    label: str


class SeriesService:
    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def day_x(self, d: date) -> float:
        return datetime.combine(d, time(0), tzinfo=self.clock.tz).timestamp()

    def daily_scales(self, start: date | None = None, end: date | None = None) -> list[Series]:
        """One series per 0–10 scale, one point per calendar day from the first to the last."""
        cols = [CheckIn.day] + [getattr(CheckIn, k) for k in vocab.DAILY_SCALES]
        q = select(*cols).where(CheckIn.deleted_at.is_(None))  # type: ignore[union-attr]
        if start:
            q = q.where(CheckIn.day >= start)
        if end:
            q = q.where(CheckIn.day <= end)
        with Session(self.engine) as s:
            rows = s.exec(q.order_by(CheckIn.day)).all()
        if not rows:
            return [
                Series(k, label, np.array([]), np.array([]))
                for k, label in vocab.DAILY_SCALES.items()
            ]
        first, last = rows[0][0], rows[-1][0]
        n = (last - first).days + 1
        days = np.array([self.day_x(first + timedelta(days=i)) for i in range(n)])
        values = np.full((len(vocab.DAILY_SCALES), n), np.nan)
        for row in rows:
            i = (row[0] - first).days
            for j, v in enumerate(row[1:]):
                if v is not None:
                    values[j, i] = v
        return [
            Series(k, label, days, values[j])
            for j, (k, label) in enumerate(vocab.DAILY_SCALES.items())
        ]

    def course_bands(self) -> list[Band]:
        """IVIG courses as [start of first day, end of last day] with their dose."""
        with Session(self.engine) as s:
            courses = s.exec(
                select(InfusionCourse)
                .where(
                    InfusionCourse.deleted_at.is_(None)  # type: ignore[union-attr]
                )
                .order_by(InfusionCourse.planned_start)
            ).all()
            spans = dict(
                s.exec(
                    select(InfusionDay.course_id, sa.func.max(InfusionDay.day))
                    .where(InfusionDay.deleted_at.is_(None))  # type: ignore[union-attr]
                    .group_by(InfusionDay.course_id)
                ).all()
            )
        out = []
        for c in courses:
            last = spans.get(c.id) or (c.planned_start + timedelta(days=c.days_planned - 1))
            out.append(
                Band(
                    self.day_x(c.planned_start),
                    self.day_x(last) + 86400.0,
                    f"IVIG {c.g_per_kg} g/kg",
                )
            )
        return out
