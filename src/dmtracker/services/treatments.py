"""Treatments: IVIG courses and infusion days (with rate steps, premedication and vitals),
side effects linked to the course before them, the 72-hour follow-up, medications and doses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from sqlmodel import Session, select

from dmtracker.domain import infusion, records, side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.services.base import Change, RecordService, to_dto
from dmtracker.services.dto import (
    CourseRead,
    FollowUpRead,
    InfusionDayDetail,
    InfusionDayRead,
    IntakeRead,
    MedicationRead,
    PremedicationRead,
    RateStepRead,
    RegimenRead,
    SideEffectRead,
    VitalRead,
)
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import (
    FollowUp,
    InfusionCourse,
    InfusionDay,
    Intake,
    Medication,
    Premedication,
    RateStep,
    Regimen,
    SideEffect,
    VitalSign,
)

LINK_WINDOW_HOURS = 72


class CourseService(RecordService[InfusionCourse, CourseRead]):
    kind = "course"
    table = InfusionCourse
    read = CourseRead
    date_field = "planned_start"
    order_by = ("planned_start", "id")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        try:
            plan = infusion.plan_course(
                record["weight_kg"],
                record["g_per_kg"],
                record["days_planned"],
                record["concentration_percent"],
            )
        except ValidationError as exc:  # the plan's own rules (e.g. 2 g/kg needs 2–5 days)
            field = {"days": "days_planned"}.get(exc.field, exc.field)
            raise ValidationError(field, exc.reason) from None
        record["total_g"] = plan.total_g

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        relink_side_effects(s, self.clock)

    def describe(self, row: Any) -> str:
        return f"IVIG course starting {row.planned_start.isoformat()}"

    def span(self, course_id: int) -> tuple[datetime, datetime]:
        with Session(self.engine) as s:
            return course_span(s, self._live(s, course_id), self.clock)  # type: ignore[arg-type]


def course_span(s: Session, course: InfusionCourse, clock: Any) -> tuple[datetime, datetime]:
    """When a course ran: from the first infusion day's start to the last day's stop.

    Days without times count from local midnight to the end of the day; a course with no
    days recorded yet spans its planned days.
    """
    days = s.exec(
        select(InfusionDay).where(
            InfusionDay.course_id == course.id,
            InfusionDay.deleted_at.is_(None),  # type: ignore[union-attr]
        )
    ).all()
    if not days:
        first = course.planned_start
        last = first + timedelta(days=course.days_planned - 1)
        return clock.start_of(first), clock.end_of(last)
    start = min(d.started_at or clock.start_of(d.day) for d in days)
    end = max(d.stopped_at or clock.end_of(d.day) for d in days)
    return start, end


def course_for_onset(s: Session, onset: datetime, clock: Any) -> InfusionCourse | None:
    """The latest course whose span plus 72 h contains ``onset`` (both edges included)."""
    lo = onset.astimezone(clock.tz).date() - timedelta(days=14)
    hi = onset.astimezone(clock.tz).date()
    courses = s.exec(
        select(InfusionCourse)
        .where(InfusionCourse.deleted_at.is_(None))  # type: ignore[union-attr]
        .where(InfusionCourse.planned_start >= lo - timedelta(days=30))
        .where(InfusionCourse.planned_start <= hi)
        .order_by(InfusionCourse.planned_start.desc())  # type: ignore[attr-defined]
    ).all()
    for c in courses:
        start, end = course_span(s, c, clock)
        if side_effects.links_to_course(onset, start, end, LINK_WINDOW_HOURS):
            return c
    return None


def relink_side_effects(s: Session, clock: Any) -> None:
    """Re-run the automatic link for every side effect the user has not linked by hand."""
    s.flush()
    rows = s.exec(
        select(SideEffect).where(
            SideEffect.deleted_at.is_(None),
            SideEffect.link_mode == "auto",  # type: ignore[union-attr]
        )
    ).all()
    for se in rows:
        course = course_for_onset(s, se.onset_at, clock)
        new = course.id if course else None
        if se.course_id != new:
            se.course_id = new


class InfusionDayService(RecordService[InfusionDay, InfusionDayRead]):
    """An infusion day and what was recorded within it, written in one transaction.

    ``rate_steps``, ``premedications`` and ``vitals`` may be given as lists of dicts; on an
    edit, a list given replaces the old one.
    """

    kind = "infusion_day"
    table = InfusionDay
    read = InfusionDayRead
    date_field = "day"
    order_by = ("day", "day_number", "id")
    CHILDREN: ClassVar[dict[str, tuple[str, type]]] = {
        "rate_steps": ("rate_step", RateStep),
        "premedications": ("premedication", Premedication),
        "vitals": ("vital", VitalSign),
    }

    def _split(self, data: Mapping[str, Any], partial: bool) -> tuple[dict, dict]:
        main = {k: v for k, v in data.items() if k not in self.CHILDREN}
        children: dict[str, list[dict[str, Any]]] = {}
        errors: list[tuple[str, str]] = []
        try:
            main = records.validate(self.kind, main, self.clock.context(), partial=partial)
        except ValidationError as exc:
            errors += exc.errors
        for key, (kind, _table) in self.CHILDREN.items():
            if key not in data:
                continue
            items = data[key] or []
            if not isinstance(items, list | tuple):
                errors.append((key, "must be a list"))
                continue
            cleaned = []
            for i, item in enumerate(items):
                item = {k: v for k, v in dict(item).items() if k != "infusion_day_id"}
                try:
                    one = records.validate(kind, item, self.clock.context())
                    records.check_record(kind, one)
                    cleaned.append(one)
                except ValidationError as exc:
                    errors += [(f"{key}[{i}].{f}", r) for f, r in exc.errors]
            children[key] = cleaned
        if errors:
            raise ValidationError.from_errors(errors)
        return main, children

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        course = self.require(s, InfusionCourse, record.get("course_id"), "course_id")
        clash = s.exec(
            select(InfusionDay).where(
                InfusionDay.course_id == course.id,
                InfusionDay.day_number == record["day_number"],
            )
        ).first()
        if clash is not None and clash is not existing:
            if clash.deleted_at is None:
                raise ValidationError(
                    "day_number", f"day {record['day_number']} of this course is already recorded"
                )
            s.delete(clash)
            s.flush()

    def _write_children(
        self, s: Session, row: InfusionDay, children: Mapping[str, list[dict[str, Any]]]
    ) -> None:
        now = self.clock.now()
        for key, items in children.items():
            _kind, table = self.CHILDREN[key]
            for old in s.exec(select(table).where(table.infusion_day_id == row.id)).all():
                s.delete(old)
            for seq, item in enumerate(items):
                if key == "rate_steps":
                    item = self._complete_rate(item, row.weight_kg)
                    item["seq"] = seq
                s.add(table(**item, infusion_day_id=row.id, created_at=now, updated_at=now))

    @staticmethod
    def _complete_rate(item: dict[str, Any], weight_kg: Any) -> dict[str, Any]:
        item = dict(item)
        if item.get("rate_ml_per_kg_min") is not None:
            item.setdefault("entered_unit", "ml_per_kg_min")
            item["rate_ml_per_h"] = infusion.ml_per_hour(weight_kg, item["rate_ml_per_kg_min"])
        else:
            item["entered_unit"] = "ml_per_h"
            item["rate_ml_per_kg_min"] = infusion.ml_per_kg_min(weight_kg, item["rate_ml_per_h"])
        item["entered_unit"] = item.get("entered_unit") or "ml_per_kg_min"
        return item

    def add(self, data: Mapping[str, Any]) -> Change:
        main, children = self._split(data, partial=False)
        with session_scope(self.engine) as s:
            change = self._insert(s, main)
            row = s.get(InfusionDay, change.ids[0])
            self._write_children(s, row, children)  # type: ignore[arg-type]
            return change

    def update(self, record_id: int, data: Mapping[str, Any]) -> Change:
        main, children = self._split(data, partial=True)
        with session_scope(self.engine) as s:
            row = self._live(s, record_id)
            record = self._full(row, main)
            self._check(s, record, row)
            for key, value in record.items():
                setattr(row, key, value)
            row.updated_at = self.clock.now()
            s.flush()
            self._write_children(s, row, children)  # type: ignore[arg-type]
            self._after_write(s, row, "updated")
            return self._change("updated", [row], f"Updated {self.describe(row)}")

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        relink_side_effects(s, self.clock)

    def describe(self, row: Any) -> str:
        return f"infusion day {row.day_number} of {row.days_in_course} on {row.day.isoformat()}"

    def detail(self, record_id: int) -> InfusionDayDetail:
        with Session(self.engine) as s:
            row = self._live(s, record_id)

            def kids(table: Any, read: Any) -> tuple:
                q = select(table).where(table.infusion_day_id == row.id).order_by(table.id)
                return tuple(to_dto(read, r) for r in s.exec(q).all())

            return InfusionDayDetail(
                day=to_dto(InfusionDayRead, row),
                rate_steps=kids(RateStep, RateStepRead),
                premedications=kids(Premedication, PremedicationRead),
                vitals=kids(VitalSign, VitalRead),
            )

    def for_course(self, course_id: int) -> list[InfusionDayRead]:
        return self.list(where=[InfusionDay.course_id == course_id])

    def last(self) -> InfusionDayRead | None:
        rows = self.list(newest_first=True, limit=1)
        return rows[0] if rows else None

    def search_lot(self, text: str) -> list[InfusionDayRead]:
        pattern = f"%{text.strip()}%"
        return self.list(where=[InfusionDay.lot_number.like(pattern)])  # type: ignore[attr-defined]


class SideEffectService(RecordService[SideEffect, SideEffectRead]):
    """Side effects. One that starts during a course or within 72 h after it is linked to that
    course automatically, unless the user chose the link (``link_mode='manual'``)."""

    kind = "side_effect"
    table = SideEffect
    read = SideEffectRead
    order_by = ("onset_at", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        if record.get("course_id") is not None:
            self.require(s, InfusionCourse, record["course_id"], "course_id")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        listed = {t.lower() for t in side_effects.TERMS}
        record["is_custom_term"] = record["term"].lower() not in listed
        record["red_flag"] = bool(record.get("red_flag")) or side_effects.is_red_flag(
            record["term"]
        )
        if record.get("course_id") is not None and existing is None and "link_mode" not in record:
            record["link_mode"] = "manual"
        if record.get("link_mode", "auto") == "auto":
            course = course_for_onset(s, record["onset_at"], self.clock)
            record["course_id"] = course.id if course else None

    def describe(self, row: Any) -> str:
        return f"{row.term} on {self.clock.local(row.onset_at).date().isoformat()}"

    def list_between(self, start: date, end: date) -> list[SideEffectRead]:
        return self.list(
            where=[
                SideEffect.onset_at >= self.clock.start_of(start),  # type: ignore[operator]
                SideEffect.onset_at <= self.clock.end_of(end),
            ]
        )  # type: ignore[operator]

    def for_course(self, course_id: int) -> list[SideEffectRead]:
        return self.list(where=[SideEffect.course_id == course_id])


class VitalService(RecordService[VitalSign, VitalRead]):
    """Vital signs on their own (at home) or within an infusion day."""

    kind = "vital"
    table = VitalSign
    read = VitalRead
    order_by = ("measured_at", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        if record.get("infusion_day_id") is not None:
            self.require(s, InfusionDay, record["infusion_day_id"], "infusion_day_id")

    def describe(self, row: Any) -> str:
        return f"vital signs at {self.clock.local(row.measured_at):%Y-%m-%d %H:%M}"


class FollowUpService(RecordService[FollowUp, FollowUpRead]):
    """The 72-hour follow-up card: its answers become side effects in the same transaction."""

    kind = "follow_up"
    table = FollowUp
    read = FollowUpRead
    order_by = ("infusion_day_id", "day_offset")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        day = self.require(s, InfusionDay, record.get("infusion_day_id"), "infusion_day_id")
        clash = s.exec(
            select(FollowUp).where(
                FollowUp.infusion_day_id == day.id, FollowUp.day_offset == record["day_offset"]
            )
        ).first()
        if clash is not None and clash is not existing:
            raise ValidationError("day_offset", "this follow-up was already answered")

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        record["answered_at"] = self.clock.now()

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        if action != "added":
            return
        day = s.get(InfusionDay, row.infusion_day_id)
        now = self.clock.now()
        terms: list[tuple[str, int]] = []
        if row.headache:
            terms.append(("headache", 1 if row.headache <= 3 else 2 if row.headache <= 7 else 3))
        if row.fever:
            terms.append(("fever", 1))
        if row.nausea:
            terms.append(("nausea", 1))
        if row.other:
            terms.append((side_effects.normalise_term(row.other), 1))
        for term, grade in terms:
            se = SideEffect(
                term=term,
                is_custom_term=term not in side_effects.TERMS,
                onset_at=now,
                grade=grade,
                red_flag=side_effects.is_red_flag(term),
                course_id=day.course_id,
                link_mode="auto",
                follow_up_id=row.id,
                created_at=now,
                updated_at=now,
                notes=(
                    f"From the day-{row.day_offset} follow-up after infusion day {day.day_number}"
                ),
            )
            course = course_for_onset(s, now, self.clock)
            se.course_id = course.id if course else day.course_id
            s.add(se)

    def due(self, today: date) -> list[tuple[InfusionDayRead, int]]:
        """(infusion day, day offset) pairs whose follow-up card should show today."""
        out = []
        with Session(self.engine) as s:
            days = s.exec(
                select(InfusionDay)
                .where(
                    InfusionDay.deleted_at.is_(None),  # type: ignore[union-attr]
                    InfusionDay.day >= today - timedelta(days=3),
                    InfusionDay.day < today,
                )
                .order_by(InfusionDay.day)
            ).all()
            for d in days:
                offset = (today - d.day).days
                done = s.exec(
                    select(FollowUp).where(
                        FollowUp.infusion_day_id == d.id,
                        FollowUp.day_offset == offset,
                        FollowUp.deleted_at.is_(None),  # type: ignore[union-attr]
                    )
                ).first()
                if done is None:
                    out.append((to_dto(InfusionDayRead, d), offset))
        return out


class MedicationService(RecordService[Medication, MedicationRead]):
    kind = "medication"
    table = Medication
    read = MedicationRead
    order_by = ("name", "id")

    def describe(self, row: Any) -> str:
        return row.name


class RegimenService(RecordService[Regimen, RegimenRead]):
    kind = "regimen"
    table = Regimen
    read = RegimenRead
    date_field = "start_date"
    order_by = ("start_date", "id")

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        med = self.require(s, Medication, record.get("medication_id"), "medication_id")
        records.check_record(self.kind, record, medication_name=med.name)

    def describe(self, row: Any) -> str:
        return f"dose from {row.start_date.isoformat()}"

    def for_medication(self, medication_id: int) -> list[RegimenRead]:
        return self.list(where=[Regimen.medication_id == medication_id])

    def active_on(self, day: date) -> list[RegimenRead]:
        return self.list(
            where=[
                Regimen.start_date <= day,
                (Regimen.end_date.is_(None)) | (Regimen.end_date >= day),
            ]
        )  # type: ignore[union-attr, operator]

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
        return Change(self.kind, "added", tuple(ids), (), f"Saved {len(ids)} dose rows")


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
                raise ValidationError("day", "this dose is already logged for that day")
            s.delete(clash)
            s.flush()
