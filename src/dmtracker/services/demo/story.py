"""The hidden disease course the demo samples from, and one demo run's shared state."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import sqlalchemy as sa

from dmtracker.domain import records
from dmtracker.domain.validation import Context
from dmtracker.services.clock import Clock
from dmtracker.services.transfer.common import table_of
from dmtracker.storage import models as m
from dmtracker.storage.db import session_scope

FIRST_IVIG_DAY = 14


def clip(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


class Story:
    """The hidden disease course the demo samples from."""

    def __init__(self, rng: random.Random, start: date, end: date):
        self.rng = rng
        self.start = start
        self.end = end
        self.ivig_start = start + timedelta(days=FIRST_IVIG_DAY)
        self.courses: list[date] = []
        d = self.ivig_start
        while d <= end:
            self.courses.append(d)
            d += timedelta(days=28)
        years = max(1, (end - start).days // 365)
        self.flares: list[tuple[date, int]] = []
        for _ in range(2 * years):
            first = start + timedelta(days=rng.randrange(60, max(61, (end - start).days)))
            self.flares.append((first, rng.randrange(5, 11)))

    def improvement(self, d: date) -> float:
        if d < self.ivig_start:
            return 0.0
        weeks = (d - self.ivig_start).days / 7
        return 1 - math.exp(-weeks / 5)

    def clinic_response(self, d: date) -> float:
        """What the examining doctor finds: slower and smaller than how the patient feels, so
        the TIS climbs through the first 16 weeks to a moderate response (ProDERM: mean TIS
        about 48 at week 16 on IVIG) instead of jumping to "major" at week 4."""
        if d < self.ivig_start:
            return 0.0
        weeks = (d - self.ivig_start).days / 7
        return 0.6 * (1 - math.exp(-weeks / 12))

    def wear_off(self, d: date) -> float:
        past = [c for c in self.courses if c <= d]
        if not past:
            return 0.0
        since = (d - past[-1]).days
        return clip((since - 21) / 7, 0, 1)

    def flare(self, d: date) -> float:
        total = 0.0
        for first, length in self.flares:
            k = (d - first).days
            if 0 <= k < length:
                total += 2.8 * math.sin(math.pi * (k + 0.5) / length)
        return total

    def activity(self, d: date) -> float:
        imp = self.improvement(d)
        return 7.2 - 4.6 * imp + 1.6 * self.wear_off(d) * imp + self.flare(d)

    def skin(self, d: date) -> float:
        imp = self.improvement(d)
        return 6.5 - 3.8 * imp + 1.2 * self.wear_off(d) * imp + 0.5 * self.flare(d)


class DemoRows:
    """Collects validated rows per table with explicit ids, then bulk-inserts them."""

    def __init__(self, ctx: Context, now: datetime):
        self.ctx = ctx
        self.now = now
        self.rows: dict[type[m.Tracked], list[dict[str, Any]]] = {}

    def add(
        self,
        table: type[m.Tracked],
        kind: str | None,
        row: dict[str, Any],
        extra: dict[str, Any] | None = None,
    ) -> int:
        if kind is not None:
            schema = records.SCHEMAS[kind]
            given = {k: v for k, v in row.items() if k in schema}
            clean = records.validate(kind, given, self.ctx)
            if kind == "regimen":
                records.check_record(kind, {**row, **clean}, medication_name=row.pop("_name", ""))
            else:
                records.check_record(kind, {**row, **clean})
            row = {**row, **clean}
        row.pop("_name", None)
        bucket = self.rows.setdefault(table, [])
        row_id = len(bucket) + 1
        obj = table(**row, **(extra or {}), id=row_id, created_at=self.now, updated_at=self.now)
        bucket.append({c.name: getattr(obj, c.name) for c in table_of(table).columns})
        return row_id

    def write(self, engine: sa.Engine) -> None:
        with session_scope(engine) as s:
            for table in m.RECORD_TABLES:
                rows = self.rows.get(table)
                if rows:
                    s.execute(sa.insert(table), rows)


@dataclass
class DemoRun:
    """What every writer of one demo run shares: the one random stream (drawn in a fixed
    order, so the same seed and end date give the same data), the story and the rows."""

    rng: random.Random
    story: Story
    rows: DemoRows
    clock: Clock
    start: date
    end: date
    latest: datetime  # a minute before now: nothing in the history is later

    @property
    def tz(self) -> tzinfo:
        return self.clock.tz

    def at(self, d: date, hour: int, minute: int = 0) -> datetime:
        """A local time on day ``d``; never later than now (the history ends today)."""
        local = datetime.combine(d, time(hour, minute), tzinfo=self.tz)
        return min(local.astimezone(UTC), self.latest)

    def noise(self, sd: float) -> float:
        return self.rng.gauss(0, sd)
