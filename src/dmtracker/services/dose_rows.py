"""Medication and dose rows written or read inside a caller's transaction.

Several writes need them: a new medication with its first dose, a taper that may add its
medication, the dose reminders. Each function does what the record service does for one row
(checks, then the row), so no service builds another service to reach its private methods.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import records
from dmtracker.services.base import RecordService, to_dto
from dmtracker.services.dto import MedicationRead, RegimenRead
from dmtracker.storage.models import Medication, Regimen


def add_medication(s: Session, clean: dict[str, Any], now: datetime) -> Medication:
    """Check and add one validated medication (``records.validate`` output); flushed, so it
    has its id."""
    record = dict(clean)
    records.check_record("medication", record)
    row = Medication(**record, created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return row


def check_regimen(s: Session, record: dict[str, Any]) -> None:
    """The dose row's medication must be live; then the dose rules that depend on its name
    (e.g. methotrexate is never daily)."""
    med = RecordService.require(s, Medication, record.get("medication_id"), "medication_id")
    records.check_record("regimen", record, medication_name=med.name)


def add_regimen(s: Session, clean: dict[str, Any], now: datetime) -> Regimen:
    """Check and add one validated dose row; flushed, so it has its id."""
    record = dict(clean)
    check_regimen(s, record)
    row = Regimen(**record, created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return row


def in_force(engine: sa.Engine, day: date) -> list[tuple[MedicationRead, RegimenRead]]:
    """The live dose rows in force on ``day`` with their live medication, by medication name
    (then start date and id)."""
    with Session(engine) as s:
        meds = {
            m.id: to_dto(MedicationRead, m)
            for m in s.exec(select(Medication).where(col(Medication.deleted_at).is_(None))).all()
        }
        rows = s.exec(
            select(Regimen)
            .where(
                col(Regimen.deleted_at).is_(None),
                Regimen.start_date <= day,
                col(Regimen.end_date).is_(None) | (col(Regimen.end_date) >= day),
            )
            .order_by(col(Regimen.start_date), col(Regimen.id))
        ).all()
        regimens = [to_dto(RegimenRead, r) for r in rows]
    pairs = [(meds[r.medication_id], r) for r in regimens if r.medication_id in meds]
    return sorted(pairs, key=lambda p: (p[0].name.casefold(), p[1].start_date, p[1].id))
