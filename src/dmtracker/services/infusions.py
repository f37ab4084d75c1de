"""IVIG courses (the planner: dose, total grams, next course due) and infusion days with
their rate steps, premedication and vital signs, written in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from sqlmodel import Session, col, select

from dmtracker.domain import infusion, records
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.base import Change, RecordService, live_profile, stored_id, to_dto
from dmtracker.services.course_links import course_span, relink_side_effects
from dmtracker.services.dto import (
    CourseRead,
    InfusionDayDetail,
    InfusionDayRead,
    PremedicationRead,
    RateStepRead,
    VitalRead,
)
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import (
    InfusionCourse,
    InfusionDay,
    Premedication,
    RateStep,
    VitalSign,
)


@dataclass(frozen=True)
class NextCourse:
    """The last course that has started and when the next one is due.

    ``last`` is the latest course whose first day is today or earlier (None when every course
    saved lies ahead); a course planned ahead is never "the last course" (issue 18). ``due`` is
    the first day of the next course already planned (``planned``), else the last course's first
    day + its interval in weeks.
    """

    last: CourseRead | None
    due: date
    days_until: int  # negative when overdue
    planned: CourseRead | None = None


class CourseService(RecordService[InfusionCourse, CourseRead]):
    kind = "course"
    table = InfusionCourse
    read = CourseRead
    date_field = "planned_start"
    order_by = ("planned_start", "id")

    def _dose_weight(self, s: Session, record: dict[str, Any]) -> Decimal:
        """The weight the dose uses: actual (default), or ideal / adjusted from the profile's
        height and sex (clinical.md §8). The rate always stays on the actual weight."""
        basis = record.get("dosing_weight_basis") or "actual"
        record["dosing_weight_basis"] = basis
        if basis == "actual":
            return record["weight_kg"]
        profile = live_profile(s)
        height = profile.height_cm if profile else None
        sex = profile.sex if profile else ""
        if height is None or sex not in ("female", "male"):
            reason = (
                translate(
                    "Infusions",
                    "the ideal weight (devine) needs your height and your sex "
                    "(female or male) in the profile; the dose uses the actual weight until then",
                )
                if basis == "ideal"
                else translate(
                    "Infusions",
                    "the adjusted weight (ideal + 0.4 × excess) needs your height and your sex "
                    "(female or male) in the profile; the dose uses the actual weight until then",
                )
                if basis == "adjusted"
                else f"the {infusion.DOSING_BASES[basis].lower()} needs your height and your sex "
                "(female or male) in the profile; the dose uses the actual weight until then"
            )
            raise ValidationError("dosing_weight_basis", reason)
        weights = infusion.dosing_weights(record["weight_kg"], height, sex)
        return weights.weight_for(basis)

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        dose_weight = self._dose_weight(s, record)
        try:
            plan = infusion.plan_course(
                dose_weight,
                record["g_per_kg"],
                record["days_planned"],
                record["concentration_percent"],
            )
        except ValidationError as exc:  # the plan's own rules (e.g. 2 g/kg needs 2–5 days)
            field = {"days": "days_planned"}.get(exc.field, exc.field)
            raise ValidationError(field, exc.reason) from None
        check = infusion.dose_check(record["g_per_kg"])
        if check is not None and check[0] == "confirm" and not record.get("high_dose_confirmed"):
            raise ValidationError(
                "g_per_kg",
                translate("Infusions", "{warning} (tick the confirmation to save it)").format(
                    warning=check[1]
                ),
            )
        if check is None or check[0] != "confirm":
            record["high_dose_confirmed"] = False
        record["dosing_weight_kg"] = dose_weight
        record["total_g"] = plan.total_g

    def _annotate(self, s: Session, row: Any, change: Change) -> Change:
        check = infusion.dose_check(row.g_per_kg)
        if check is None:
            return change
        flagged: str = check[1]
        if check[0] == "confirm":  # the flag alone, without "and above … confirm it"
            numbers = getattr(check[1], "kwargs", None)
            flagged = (
                translate(
                    "Infusion", "{dose} g/kg is above the {label} g/kg per course of the label"
                ).format(**numbers)
                if numbers
                else check[1].split(" and above")[0]
            )
        message = translate("Infusions", "{message} (flagged: {flagged})").format(
            message=change.message, flagged=flagged
        )
        return replace(change, message=message, flags=(check[1],))

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        relink_side_effects(s, self.clock)

    def describe(self, row: Any) -> str:
        return translate("Infusions", "IVIG course starting {day}").format(day=row.planned_start)

    def span(self, course_id: int) -> tuple[datetime, datetime]:
        with Session(self.engine) as s:
            return course_span(s, self._live(s, course_id), self.clock)

    def next_due(self, today: date) -> NextCourse | None:
        """The last course started by ``today`` and the next one due (see NextCourse)."""
        started = self.list(end=today, newest_first=True, limit=1)
        ahead = self.list(where=[InfusionCourse.planned_start > today], limit=1)
        last = started[0] if started else None
        planned = ahead[0] if ahead else None
        if planned is not None:
            due = planned.planned_start
        elif last is not None:
            due = infusion.next_course_due(last.planned_start, last.interval_weeks)
        else:
            return None
        return NextCourse(last, due, (due - today).days, planned)

    def _check(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        super()._check(s, record, existing)
        start, days = record["planned_start"], record["days_planned"]
        others = s.exec(
            select(InfusionCourse).where(
                col(InfusionCourse.deleted_at).is_(None),
                InfusionCourse.planned_start <= infusion.course_last_day(start, days),
                InfusionCourse.planned_start >= start - timedelta(days=infusion.MAX_DAYS),
            )
        ).all()
        for other in others:
            if other is existing:
                continue
            if infusion.courses_overlap(start, days, other.planned_start, other.days_planned):
                last = infusion.course_last_day(other.planned_start, other.days_planned)
                raise ValidationError(
                    "planned_start",
                    translate(
                        "Infusions",
                        "a course from {start} to {end} is already saved: choose a first day "
                        "after it",
                    ).format(start=other.planned_start, end=last),
                )


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
    CHILDREN: ClassVar[dict[str, tuple[str, type[RateStep | Premedication | VitalSign]]]] = {
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
                errors.append((key, translate("Infusions", "must be a list")))
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
        outside = infusion.day_outside_course(
            record["day"], course.planned_start, course.days_planned, record["days_in_course"]
        )
        if outside is not None:
            raise ValidationError("day", outside)
        clash = s.exec(
            select(InfusionDay).where(
                InfusionDay.course_id == course.id,
                InfusionDay.day_number == record["day_number"],
            )
        ).first()
        if clash is not None and clash is not existing:
            if clash.deleted_at is None:
                raise ValidationError(
                    "day_number",
                    translate("Infusions", "day {n} of this course is already recorded").format(
                        n=record["day_number"]
                    ),
                )
            s.delete(clash)
            s.flush()

    def _write_children(
        self, s: Session, row: InfusionDay, children: Mapping[str, list[dict[str, Any]]]
    ) -> None:
        now = self.clock.now()
        for key, items in children.items():
            _kind, table = self.CHILDREN[key]
            day_id = stored_id(row)
            for old in s.exec(select(table).where(table.infusion_day_id == day_id)).all():
                s.delete(old)
            for seq, item in enumerate(items):
                if key == "rate_steps":
                    item = self._complete_rate(item, row.weight_kg)
                    item["seq"] = seq
                s.add(table(**item, infusion_day_id=day_id, created_at=now, updated_at=now))

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
            row = s.get_one(InfusionDay, change.ids[0])  # just written
            self._write_children(s, row, children)
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
            self._write_children(s, row, children)
            self._after_write(s, row, "updated")
            updated = translate("Records", "Updated {what}").format(what=self.describe(row))
            return self._change("updated", [row], updated)

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        relink_side_effects(s, self.clock)

    def describe(self, row: Any) -> str:
        return translate("Infusions", "infusion day {n} of {days} on {day}").format(
            n=row.day_number, days=row.days_in_course, day=row.day
        )

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
        return self.list(where=[col(InfusionDay.lot_number).like(pattern)])


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
        at = self.clock.local(row.measured_at)
        return translate("Infusions", "vital signs at {day} {time}").format(
            day=at.date(), time=f"{at:%H:%M}"
        )
