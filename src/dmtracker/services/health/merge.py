"""Writing one file's readings into the diary, in one transaction, merged by day.

- **Steps**: one row a day (``daily_steps.day`` is unique). A new day is added; a day already
  there keeps the larger count: a later export of a day that was still going when the first
  was made has more steps, and the same export read twice changes nothing. Counts are never
  added together (two exports of one day are the same steps).
- **Weight**: a day that already has a weight in the body-weight history is left as it is (the
  patient's own entry, or an earlier import) and counted as "already had a weight"; other days
  get the file's weight, which then feeds the dosing weight like any other.

A day whose steps row was deleted in the app gets the imported count back (it is the same
day's row; deleted rows are kept for undo, and the day is unique).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from dmtracker.domain.messages import translate
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.health.common import HealthData, HealthSummary
from dmtracker.services.transfer.common import table_of
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import BodyWeight, DailySteps


def merge(engine: sa.Engine, clock: Clock, data: HealthData) -> HealthSummary:
    """Write ``data`` (already checked by its reader) and say what was done."""
    now = clock.now()
    steps_t = table_of(DailySteps)
    weight_t = table_of(BodyWeight)
    imported = merged = unchanged = 0
    w_imported = w_already = 0
    written: set[date] = set()
    with session_scope(engine) as s:
        conn = s.connection()
        if data.steps:
            days = list(data.steps)
            q = sa.select(steps_t.c.id, steps_t.c.day, steps_t.c.steps, steps_t.c.deleted_at)
            q = q.where(steps_t.c.day >= min(days), steps_t.c.day <= max(days))
            existing = {r.day: r for r in conn.execute(q)}
            new: list[dict[str, Any]] = []
            for day, reading in sorted(data.steps.items()):
                old = existing.get(day)
                row = {"steps": reading.steps, "source": reading.source, "updated_at": now}
                if old is None:
                    new.append({**row, "day": day, "created_at": now, "deleted_at": None})
                    imported += 1
                elif old.deleted_at is not None:
                    conn.execute(
                        sa.update(steps_t)
                        .where(steps_t.c.id == old.id)
                        .values(**row, deleted_at=None)
                    )
                    imported += 1
                elif reading.steps > old.steps:
                    conn.execute(sa.update(steps_t).where(steps_t.c.id == old.id).values(**row))
                    merged += 1
                else:
                    unchanged += 1
                    continue
                written.add(day)
            if new:
                conn.execute(sa.insert(steps_t), new)
        if data.weights:
            days = list(data.weights)
            q = sa.select(weight_t.c.day).where(
                weight_t.c.day >= min(days),
                weight_t.c.day <= max(days),
                weight_t.c.deleted_at.is_(None),
            )
            have = {r.day for r in conn.execute(q)}
            rows: list[dict[str, Any]] = []
            for day, w in sorted(data.weights.items()):
                if day in have:
                    w_already += 1
                    continue
                rows.append(
                    {
                        "day": day,
                        "weight_kg": w.weight_kg,
                        "entered_unit": w.entered_unit,
                        "notes": data.source,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                written.add(day)
            if rows:
                conn.execute(sa.insert(weight_t), rows)
            w_imported = len(rows)
    summary = HealthSummary(
        file=data.file,
        kind=data.kind,
        steps_imported=imported,
        steps_merged=merged,
        steps_unchanged=unchanged,
        weights_imported=w_imported,
        weights_already=w_already,
        days=tuple(sorted(written)),
    )
    return _with_message(summary)


def _with_message(s: HealthSummary) -> HealthSummary:
    new_days, new_weights = s.steps_imported, s.weights_imported
    steps = translate(
        "HealthImport",
        "steps: %n new day(s), {merged} updated to a larger count, {unchanged} already in the "
        "diary",
        None,
        new_days,
    ).format(merged=s.steps_merged, unchanged=s.steps_unchanged)
    weights = translate(
        "HealthImport",
        "weights: %n new; days that already had a weight, left as they are: {already}",
        None,
        new_weights,
    ).format(already=s.weights_already)
    message = translate("HealthImport", "{file}: {steps}; {weights}").format(
        file=s.file, steps=steps, weights=weights
    )
    change = Change("health", "added", (), s.days, message) if s.written else None
    return replace(s, message=message, change=change)
