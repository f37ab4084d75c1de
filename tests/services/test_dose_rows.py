"""The medication and dose-row writes shared by several services, inside one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from dmtracker.domain import records
from dmtracker.domain.errors import ValidationError
from dmtracker.services import dose_rows
from dmtracker.storage.db import session_scope


def _validated(services, kind: str, data: dict) -> dict:
    return records.validate(kind, data, services.clock.context())


def test_a_medication_and_its_dose_row_in_one_transaction(services) -> None:
    med = _validated(services, "medication", {"name": "Prednisone"})
    dose = {"dose": "10", "unit": "mg", "schedule": "daily", "start_date": date(2026, 11, 1)}
    with session_scope(services.engine) as s:
        row = dose_rows.add_medication(s, med, services.clock.now())
        assert row.id is not None
        reg = _validated(services, "regimen", {**dose, "medication_id": row.id})
        regimen = dose_rows.add_regimen(s, reg, services.clock.now())
        assert regimen.id is not None and regimen.medication_id == row.id
    (pair,) = services.regimens.current(date(2026, 11, 25))
    assert pair[0].name == "Prednisone" and pair[1].id == regimen.id
    assert dose_rows.in_force(services.engine, date(2026, 11, 25)) == [pair]
    assert dose_rows.in_force(services.engine, date(2026, 10, 31)) == []


def test_a_dose_row_needs_a_live_medication_and_its_name_rules(services) -> None:
    services.medications.add({"name": "Methotrexate"})
    mtx = services.medications.list()[0].id
    daily = {"dose": "15", "unit": "mg", "schedule": "daily", "start_date": date(2026, 11, 1)}
    with Session(services.engine) as s:
        with pytest.raises(ValidationError) as missing:
            dose_rows.check_regimen(s, {**daily, "medication_id": 999})
        assert missing.value.field == "medication_id"
        with pytest.raises(ValidationError) as refused:
            dose_rows.check_regimen(s, {**daily, "medication_id": mtx, "times_per_day": 1})
        assert refused.value.field == "schedule"
