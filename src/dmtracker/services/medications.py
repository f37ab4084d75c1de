"""Medications, their dose rows (regimens: changes, tapers, safety checks, cumulative
prednisone) and the doses logged as taken or skipped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from dmtracker.domain import medications, records
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services import dose_rows
from dmtracker.services.base import Change, RecordService, stored_id
from dmtracker.services.dto import IntakeRead, MedicationRead, RegimenRead
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import BodyWeight, Intake, Medication, Regimen


@dataclass(frozen=True)
class CumulativeDose:
    """Prednisone taken over a period, in grams, computed by the app from the dose rows.

    ``skipped`` counts prednisone rows that could not be added up (a dose in tablets or mL).
    """

    grams: Decimal
    start: date
    end: date
    rows: int
    skipped: int


class MedicationService(RecordService[Medication, MedicationRead]):
    kind = "medication"
    table = Medication
    read = MedicationRead
    order_by = ("name", "id")

    def describe(self, row: Any) -> str:
        return row.name

    def add_with_regimen(self, medication: Mapping[str, Any], regimen: Mapping[str, Any]) -> Change:
        """A new medication and its first dose row in one transaction: all or nothing.

        ``regimen`` has no ``medication_id``; errors name the field (``name``, ``dose``, …).
        Methotrexate entered as daily is refused (``schedule``) and nothing is written.
        """
        errors: list[tuple[str, str]] = []
        ctx = self.clock.context()
        med: dict[str, Any] = {}
        reg: dict[str, Any] = {}
        try:
            med = records.validate(self.kind, medication, ctx)
        except ValidationError as exc:
            errors += exc.errors
        try:
            reg = records.validate(
                "regimen", {k: v for k, v in regimen.items() if k != "medication_id"}, ctx
            )
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError.from_errors(errors)
        with session_scope(self.engine) as s:
            change = self._insert(s, med)
            dose_rows.add_regimen(s, {**reg, "medication_id": change.ids[0]}, self.clock.now())
            return change


class RegimenService(RecordService[Regimen, RegimenRead]):
    kind = "regimen"
    table = Regimen
    read = RegimenRead
    date_field = "start_date"
    order_by = ("start_date", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        dose_rows.check_regimen(s, record)

    def describe(self, row: Any) -> str:
        return translate("Medications", "dose from {day}").format(day=row.start_date)

    def for_medication(self, medication_id: int) -> list[RegimenRead]:
        return self.list(where=[Regimen.medication_id == medication_id])

    def active_on(self, day: date) -> list[RegimenRead]:
        return self.list(
            where=[
                Regimen.start_date <= day,
                col(Regimen.end_date).is_(None) | (col(Regimen.end_date) >= day),
            ]
        )

    def current(self, day: date) -> list[tuple[MedicationRead, RegimenRead]]:
        """The dose rows in force on ``day`` with their medication, by medication name."""
        return dose_rows.in_force(self.engine, day)

    def safety_flags(self, day: date) -> dict[int, str]:
        """Warnings for the dose rows in force on ``day``, by regimen id (clinical.md §6).

        Methotrexate entered as daily (app rule); hydroxychloroquine above 5.0 mg/kg a day of
        the latest body weight on or before ``day`` (or a note that no weight is recorded).
        """
        out: dict[int, str] = {}
        with Session(self.engine) as s:
            weight = s.exec(
                select(col(BodyWeight.weight_kg))
                .where(
                    col(BodyWeight.deleted_at).is_(None),
                    BodyWeight.day <= day,
                )
                .order_by(col(BodyWeight.day).desc(), col(BodyWeight.id).desc())
            ).first()
        for med, r in self.current(day):
            warning = medications.methotrexate_daily_warning(med.name, r.schedule)
            if warning:
                out[r.id] = warning
                continue
            if not medications.is_hydroxychloroquine(med.name):
                continue
            per_mg = {"mg": Decimal(1), "g": Decimal(1000), "mcg": Decimal("0.001")}.get(r.unit)
            if per_mg is None or r.schedule not in ("daily", "alternate_day", "weekly"):
                continue
            if weight is None:
                out[r.id] = translate(
                    "Medications",
                    "No body weight is recorded, so the app cannot check the hydroxychloroquine "
                    "dose per kg (at most {most} mg/kg a day).",
                ).format(most=medications.HCQ_MAX_MG_PER_KG)
                continue
            daily = medications.daily_equivalent_mg(r.dose * per_mg, r.schedule, r.weekday)
            if daily is None or daily == 0:
                continue
            message = medications.hydroxychloroquine_check(daily * r.times_per_day, weight)
            if message:
                out[r.id] = message
        return out

    def cumulative_prednisone_g(self, start: date, end: date) -> CumulativeDose:
        """Glucocorticoids taken from ``start`` to ``end`` inclusive, in grams of
        prednisone-equivalent (clinical.md §8: 5 mg prednisone = 4 mg methylprednisolone =
        0.75 mg dexamethasone = 20 mg hydrocortisone …)."""
        if end < start:
            raise ValidationError("end", translate("Medications", "is before the start date"))
        with Session(self.engine) as s:
            names = {
                m.id: m.name
                for m in s.exec(
                    select(Medication).where(col(Medication.deleted_at).is_(None))
                ).all()
            }
        rows = [
            r
            for r in self.list(where=[Regimen.start_date <= end])
            if medications.is_glucocorticoid(names.get(r.medication_id, ""))
            and (r.end_date is None or r.end_date >= start)
        ]
        mass = [r for r in rows if r.unit in ("mg", "g", "mcg")]
        grams = Decimal(0)
        for r in mass:
            # each row in its own drug's mg, then converted (exact) to prednisone mg
            own_g = medications.cumulative_prednisone_g([r], start, end)
            equivalent = medications.prednisone_equivalent_mg(
                names.get(r.medication_id, ""), own_g * 1000
            )
            grams += (equivalent or Decimal(0)) / 1000
        return CumulativeDose(grams, start, end, len(mass), len(rows) - len(mass))

    def _end_before(self, s: Session, medication_id: int, start: date, replace_later: bool) -> int:
        """End the medication's rows that run into ``start`` the day before; with
        ``replace_later`` soft-delete rows starting on or after it. Returns how many changed."""
        changed = 0
        now = self.clock.now()
        for old in s.exec(
            select(Regimen).where(
                Regimen.medication_id == medication_id,
                col(Regimen.deleted_at).is_(None),
            )
        ).all():
            if old.start_date < start and (old.end_date is None or old.end_date >= start):
                old.end_date = start - timedelta(days=1)
                old.updated_at = now
                changed += 1
            elif old.start_date >= start and replace_later:
                old.deleted_at = now
                changed += 1
        s.flush()
        return changed

    def change_dose(self, medication_id: int, data: Mapping[str, Any]) -> Change:
        """A new dose row from its start date; the row running into that date ends the day
        before (one transaction)."""
        clean = records.validate(
            self.kind,
            {**data, "medication_id": medication_id},
            self.clock.context(),
        )
        with session_scope(self.engine) as s:
            self.require(s, Medication, medication_id, "medication_id")
            ended = self._end_before(s, medication_id, clean["start_date"], replace_later=False)
            change = self._insert(s, clean)
            message = (
                translate(
                    "Medications", "{message} (the previous dose ends the day before)"
                ).format(message=change.message)
                if ended
                else change.message
            )
            return Change(change.kind, change.action, change.ids, change.days, message)

    def add_taper(
        self,
        medication: int | Mapping[str, Any],
        start_dose: Decimal | int | str,
        stages: Sequence[Any],
        start_date: date,
        unit: str = "mg",
        label: str = "",
    ) -> Change:
        """The dose rows of a step-down taper (``medications.taper_steps``), one per dose.

        In one transaction: the medication's row running into ``start_date`` ends the day
        before, rows planned from ``start_date`` on are replaced (soft-deleted), and the new
        rows share a ``taper_label``. ``medication`` is a medication id, or the fields of a new
        medication (e.g. ``{"name": "Prednisone"}``) written in the same transaction. Errors
        name the field (``start_dose``, ``stages[1].step_down``, ``unit``, ``name`` …);
        nothing is written on error.
        """
        if unit not in medications.DOSE_UNITS:
            raise ValidationError(
                "unit",
                translate("Medications", "must be one of {units}").format(
                    units=", ".join(medications.DOSE_UNITS)
                ),
            )
        steps = medications.taper_steps(start_dose, stages, start_date)
        new_med = None
        if isinstance(medication, Mapping):
            new_med = records.validate("medication", medication, self.clock.context())
        with session_scope(self.engine) as s:
            if new_med is not None:
                medication_id = stored_id(dose_rows.add_medication(s, new_med, self.clock.now()))
            else:
                assert not isinstance(medication, Mapping)  # a Mapping always gives new_med
                medication_id = int(medication)
            med = self.require(s, Medication, medication_id, "medication_id")
            text = label.strip() or f"{med.name} taper from {steps[0].dose.normalize():f} {unit}"
            data = [
                {
                    "medication_id": medication_id,
                    "dose": step.dose,
                    "unit": unit,
                    "schedule": "daily",
                    "start_date": step.start_date,
                    "end_date": step.end_date,
                    "taper_label": text[:60],
                }
                for step in steps
            ]
            errors: list[tuple[str, str]] = []
            cleaned = []
            for i, row in enumerate(data):
                try:
                    cleaned.append(records.validate(self.kind, row, self.clock.context()))
                except ValidationError as exc:
                    errors += [(f"rows[{i}].{f}", r) for f, r in exc.errors]
            if errors:
                raise ValidationError.from_errors(errors)
            replaced = self._end_before(s, medication_id, start_date, replace_later=True)
            ids: list[int] = []
            for clean in cleaned:
                ids += self._insert(s, clean).ids
            count = len(ids)
            message = (
                translate(
                    "Medications",
                    "Saved {count} taper dose rows; %n earlier dose row(s) ended or replaced",
                    None,
                    replaced,
                ).format(count=count)
                if replaced
                else translate("Medications", "Saved {count} taper dose rows").format(count=count)
            )
            return Change(self.kind, "added", tuple(ids), (), message)

    def add_many(self, rows: Sequence[Mapping[str, Any]]) -> Change:
        """Several dose rows (e.g. a taper) in one transaction: all or nothing."""
        errors: list[tuple[str, str]] = []
        cleaned = []
        for i, data in enumerate(rows):
            try:
                cleaned.append(records.validate(self.kind, data, self.clock.context()))
            except ValidationError as exc:
                errors += [(f"rows[{i}].{f}", r) for f, r in exc.errors]
        if errors:
            raise ValidationError.from_errors(errors)
        ids: list[int] = []
        with session_scope(self.engine) as s:
            for clean in cleaned:
                ids += self._insert(s, clean).ids
        saved = translate("Medications", "Saved {count} dose rows").format(count=len(ids))
        return Change(self.kind, "added", tuple(ids), (), saved)


class IntakeService(RecordService[Intake, IntakeRead]):
    kind = "intake"
    table = Intake
    read = IntakeRead
    date_field = "day"
    order_by = ("day", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        self.require(s, Regimen, record.get("regimen_id"), "regimen_id")
        clash = s.exec(
            select(Intake).where(
                Intake.regimen_id == record["regimen_id"], Intake.day == record["day"]
            )
        ).first()
        if clash is not None and clash is not existing:
            if clash.deleted_at is None:
                raise ValidationError(
                    "day", translate("Medications", "this dose is already logged for that day")
                )
            s.delete(clash)
            s.flush()

    def due(self, day: date) -> list[tuple[MedicationRead, RegimenRead]]:
        """Doses to take on ``day`` (daily rows, every-other-day rows on their days, weekly rows
        on their weekday) that are not
        logged as taken or skipped yet: the reminders, quiet once logged."""
        logged = {i.regimen_id for i in self.list(start=day, end=day)}
        out = []
        for med, r in dose_rows.in_force(self.engine, day):
            if r.id in logged:
                continue
            if medications.is_dose_day(r.schedule, r.start_date, day, r.weekday):
                out.append((med, r))
        return out

    def log(self, regimen_id: int, day: date, status: str = "taken") -> Change:
        """Log one dose as taken or skipped."""
        return self.add({"regimen_id": regimen_id, "day": day, "status": status})
