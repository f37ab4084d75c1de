"""Treatments: IVIG courses and infusion days (with rate steps, premedication and vitals),
side effects linked to the course before them, the 72-hour follow-up, medications and doses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from sqlmodel import Session, select

from dmtracker.domain import infusion, medications, records, risk, side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.services.base import PROMPT_THROMBOSIS_HISTORY, Change, RecordService, to_dto
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
    BodyWeight,
    FollowUp,
    InfusionCourse,
    InfusionDay,
    Intake,
    Medication,
    PatientProfile,
    Premedication,
    RateStep,
    Regimen,
    SideEffect,
    VitalSign,
)

LINK_WINDOW_HOURS = 72
RED_FLAG_GRADE_REASON = (
    "choose how bad it was (grade 1–4): a red flag is never saved with a default grade"
)


def thrombosis_prompt_due(s: Session, terms: Sequence[str]) -> bool:
    """True when a term is a clot or stroke (clinical.md §8, IVIG boxed warning) and the profile
    does not hold a history of thrombosis yet: the UI then asks to record it."""
    if not any(side_effects.is_thrombosis_event(t) for t in terms):
        return False
    profile = s.exec(
        select(PatientProfile)
        .where(PatientProfile.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(PatientProfile.id)
    ).first()
    return profile is None or risk.THROMBOSIS_HISTORY not in (profile.risk_factors or [])


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
        profile = s.exec(
            select(PatientProfile)
            .where(PatientProfile.deleted_at.is_(None))  # type: ignore[union-attr]
            .order_by(PatientProfile.id)
        ).first()
        height = profile.height_cm if profile else None
        sex = profile.sex if profile else ""
        if height is None or sex not in ("female", "male"):
            raise ValidationError(
                "dosing_weight_basis",
                f"the {infusion.DOSING_BASES[basis].lower()} needs your height and your sex "
                "(female or male) in the profile; the dose uses the actual weight until then",
            )
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
            raise ValidationError("g_per_kg", check[1] + " (tick the confirmation to save it)")
        if check is None or check[0] != "confirm":
            record["high_dose_confirmed"] = False
        record["dosing_weight_kg"] = dose_weight
        record["total_g"] = plan.total_g

    def _insert(self, s: Session, clean: dict[str, Any]) -> Change:
        change = super()._insert(s, clean)
        return self._with_flags(s, change)

    def update(self, record_id: int, data: Mapping[str, Any]) -> Change:
        change = super().update(record_id, data)
        with Session(self.engine) as s:
            return self._with_flags(s, change)

    @staticmethod
    def _with_flags(s: Session, change: Change) -> Change:
        row = s.get(InfusionCourse, change.ids[0])
        check = infusion.dose_check(row.g_per_kg) if row is not None else None
        if check is None:
            return change
        return Change(
            change.kind,
            change.action,
            change.ids,
            change.days,
            f"{change.message} (flagged: {check[1].split(' and above')[0]})",
            flags=(check[1],),
        )

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        relink_side_effects(s, self.clock)

    def describe(self, row: Any) -> str:
        return f"IVIG course starting {row.planned_start.isoformat()}"

    def span(self, course_id: int) -> tuple[datetime, datetime]:
        with Session(self.engine) as s:
            return course_span(s, self._live(s, course_id), self.clock)  # type: ignore[arg-type]

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
                InfusionCourse.deleted_at.is_(None),  # type: ignore[union-attr]
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
                    f"a course from {other.planned_start.isoformat()} to {last.isoformat()} is "
                    "already saved: choose a first day after it",
                )


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
        red = bool(record.get("red_flag")) or side_effects.is_red_flag(record["term"])
        if red and record.get("grade") is None:
            raise ValidationError("grade", RED_FLAG_GRADE_REASON)

    def _insert(self, s: Session, clean: dict[str, Any]) -> Change:
        return self._with_prompts(s, super()._insert(s, clean))

    def update(self, record_id: int, data: Mapping[str, Any]) -> Change:
        change = super().update(record_id, data)
        with Session(self.engine) as s:
            return self._with_prompts(s, change)

    def _with_prompts(self, s: Session, change: Change) -> Change:
        row = s.get(SideEffect, change.ids[0])
        if row is None or not thrombosis_prompt_due(s, [row.term]):
            return change
        return Change(
            change.kind,
            change.action,
            change.ids,
            change.days,
            change.message,
            prompts=(PROMPT_THROMBOSIS_HISTORY,),
        )

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

    def suggest_course(self, onset: datetime) -> CourseRead | None:
        """The course an automatic link would choose for a side effect starting at ``onset``."""
        clean = records.validate(self.kind, {"term": "x", "onset_at": onset}, self.clock.context())
        with Session(self.engine) as s:
            course = course_for_onset(s, clean["onset_at"], self.clock)
            return to_dto(CourseRead, course) if course else None


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
        if side_effects.follow_up_red_flags(row.headache, row.fever, row.temperature_c):
            raise ValidationError("grade", RED_FLAG_GRADE_REASON + " (use answer() with a grade)")
        self._write_side_effects(s, row)

    def _write_side_effects(
        self,
        s: Session,
        row: Any,
        red_flags: Sequence[str] = (),
        grade: int | None = None,
        serious: bool = False,
    ) -> None:
        """Side effects from the answers. Plain answers take a grade from the answer (headache
        1–3 grade 1, 4–7 grade 2; fever below 38.0 °C or not measured, nausea, other: grade 1);
        every red flag takes the grade the user chose (never a default)."""
        day = s.get(InfusionDay, row.infusion_day_id)
        now = self.clock.now()
        derived = side_effects.follow_up_red_flags(row.headache, row.fever, row.temperature_c)
        flags = list(dict.fromkeys([*derived, *red_flags]))
        terms: list[tuple[str, int]] = []
        if row.headache and "severe headache" not in flags:
            terms.append(("headache", 1 if row.headache <= 3 else 2))
        if row.fever and "fever of 38 °C or more" not in flags:
            terms.append(("fever", 1))
        if row.nausea:
            terms.append(("nausea", 1))
        if row.other and side_effects.normalise_term(row.other) not in flags:
            terms.append((side_effects.normalise_term(row.other), 1))
        for flag in flags:
            terms.append((flag, grade if grade is not None else 3))
        for term, g in terms:
            note = f"From the day-{row.day_offset} follow-up after infusion day {day.day_number}"
            if term in ("headache", "severe headache") and row.headache is not None:
                note += f"; headache {row.headache}/10"
            if term.startswith("fever") and row.temperature_c is not None:
                note += f"; temperature {row.temperature_c} °C"
            red = side_effects.is_red_flag(term)
            se = SideEffect(
                term=term,
                is_custom_term=not side_effects.is_listed(term),
                onset_at=now,
                grade=g,
                serious=serious and red,
                red_flag=red,
                course_id=None,
                link_mode="auto",
                follow_up_id=row.id,
                created_at=now,
                updated_at=now,
                notes=note,
            )
            # the one linking rule, as for a side effect entered on its own (issue 18)
            course = course_for_onset(s, now, self.clock)
            se.course_id = course.id if course else None
            s.add(se)

    def red_flags_of(self, data: Mapping[str, Any], red_flags: Sequence[str] = ()) -> list[str]:
        """The red flags these answers would save (ticked, typed, or from headache 8–10 and
        fever ≥ 38.0 °C): the UI shows their urgent message and asks the grade."""
        clean = records.validate(
            self.kind, {**data, "infusion_day_id": 1, "day_offset": 1}, self.clock.context()
        )
        derived = side_effects.follow_up_red_flags(
            clean.get("headache"), bool(clean.get("fever")), clean.get("temperature_c")
        )
        other = clean.get("other") or ""
        typed = [side_effects.normalise_term(other)] if side_effects.is_red_flag(other) else []
        ticked = [side_effects.normalise_term(t) for t in red_flags if side_effects.is_red_flag(t)]
        return list(dict.fromkeys([*derived, *ticked, *typed]))

    def answer(
        self,
        today: date,
        data: Mapping[str, Any],
        red_flags: Sequence[str] = (),
        grade: int | None = None,
        serious: bool = False,
    ) -> Change:
        """Answer today's follow-up card once, for every infusion day it is due for.

        ``data`` holds ``headache`` (0–10), ``fever``, ``temperature_c`` (asked when fever is
        ticked), ``nausea`` and ``other``; ``red_flags`` the listed red-flag terms ticked on the
        card. One follow-up row is written for each infusion day due today (so no card asks
        again) and the side effects once, from the most recent infusion day. A headache of 8–10
        is saved as "severe headache" and fever of 38.0 °C or more as "fever of 38 °C or more"
        (red flags, clinical.md §8). Any red flag needs ``grade`` (1–4, CTCAE words): a red flag
        is never saved with a default grade; ``serious`` marks the red-flag entries serious.
        All in one transaction; the change prompts for the thrombosis history after a clot or
        stroke sign.
        """
        due = self.due(today)
        if not due:
            raise ValidationError("infusion_day_id", "no follow-up is due today")
        allowed = {"headache", "fever", "temperature_c", "nausea", "other"}
        errors = [(k, "is not a question on the follow-up card") for k in data if k not in allowed]
        flags: list[str] = []
        for i, term in enumerate(red_flags):
            if not isinstance(term, str) or not side_effects.is_red_flag(term):
                errors.append((f"red_flags[{i}]", f"is not a listed red-flag term: {term!r}"))
            elif side_effects.normalise_term(term) not in flags:
                flags.append(side_effects.normalise_term(term))
        answers: dict[str, Any] = {}
        try:
            latest, offset = due[-1]
            base = {"infusion_day_id": latest.id, "day_offset": offset}
            answers = records.validate(
                self.kind,
                {**{k: v for k, v in data.items() if k in allowed}, **base},
                self.clock.context(),
            )
            records.check_record(self.kind, answers)
        except ValidationError as exc:
            errors += exc.errors
        if grade is not None and (
            isinstance(grade, bool) or not isinstance(grade, int) or grade not in range(1, 5)
        ):
            errors.append(("grade", f"must be a whole number from 1 to 4, got {grade!r}"))
        elif not errors and grade is None and self.red_flags_of(data, flags):
            errors.append(("grade", RED_FLAG_GRADE_REASON))
        if errors:
            raise ValidationError.from_errors(errors)
        other = answers.get("other") or ""
        if side_effects.is_red_flag(other) and side_effects.normalise_term(other) not in flags:
            flags.append(side_effects.normalise_term(other))
        with session_scope(self.engine) as s:
            rows: list[FollowUp] = []
            for day, off in due:
                record = self._full(None, {**answers, "infusion_day_id": day.id, "day_offset": off})
                self._check(s, record, None)
                self._prepare(s, record, None)
                now = self.clock.now()
                row = FollowUp(**record, created_at=now, updated_at=now)
                s.add(row)
                s.flush()
                rows.append(row)
            self._write_side_effects(s, rows[-1], flags, grade, serious)
            s.flush()
            saved = self.red_flags_of(answers, flags)
            found = [
                name
                for name, given in (
                    ("headache", bool(answers.get("headache"))),
                    ("fever", bool(answers.get("fever"))),
                    ("nausea", bool(answers.get("nausea"))),
                    (other, bool(other) and other not in saved),
                )
                if given
            ]
            found += [f for f in saved if f not in found]
            what = ", ".join(found) if found else "no problems"
            prompt = (PROMPT_THROMBOSIS_HISTORY,) if thrombosis_prompt_due(s, saved) else ()
            return Change(
                self.kind,
                "added",
                tuple(r.id for r in rows if r.id is not None),
                (today,),
                f"Saved today's follow-up: {what}",
                prompts=prompt,
            )

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
            RegimenService(self.engine, self.clock)._insert(
                s, {**reg, "medication_id": change.ids[0]}
            )
            return change


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

    def current(self, day: date) -> list[tuple[MedicationRead, RegimenRead]]:
        """The dose rows in force on ``day`` with their medication, by medication name."""
        with Session(self.engine) as s:
            meds = {
                m.id: to_dto(MedicationRead, m)
                for m in s.exec(
                    select(Medication).where(Medication.deleted_at.is_(None))  # type: ignore[union-attr]
                ).all()
            }
        pairs = [(meds[r.medication_id], r) for r in self.active_on(day) if r.medication_id in meds]
        return sorted(pairs, key=lambda p: (p[0].name.casefold(), p[1].start_date, p[1].id))

    def safety_flags(self, day: date) -> dict[int, str]:
        """Warnings for the dose rows in force on ``day``, by regimen id (clinical.md §6).

        Methotrexate entered as daily (app rule); hydroxychloroquine above 5.0 mg/kg a day of
        the latest body weight on or before ``day`` (or a note that no weight is recorded).
        """
        out: dict[int, str] = {}
        with Session(self.engine) as s:
            weight = s.exec(
                select(BodyWeight.weight_kg)
                .where(
                    BodyWeight.deleted_at.is_(None),  # type: ignore[union-attr]
                    BodyWeight.day <= day,
                )
                .order_by(BodyWeight.day.desc(), BodyWeight.id.desc())  # type: ignore[attr-defined, union-attr]
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
                out[r.id] = (
                    "No body weight is recorded, so the app cannot check the hydroxychloroquine "
                    f"dose per kg (at most {medications.HCQ_MAX_MG_PER_KG} mg/kg a day)."
                )
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
            raise ValidationError("end", "is before the start date")
        with Session(self.engine) as s:
            names = {
                m.id: m.name
                for m in s.exec(
                    select(Medication).where(Medication.deleted_at.is_(None))  # type: ignore[union-attr]
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
                Regimen.deleted_at.is_(None),  # type: ignore[union-attr]
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
            note = " (the previous dose ends the day before)" if ended else ""
            return Change(
                change.kind, change.action, change.ids, change.days, change.message + note
            )

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
            raise ValidationError("unit", f"must be one of {', '.join(medications.DOSE_UNITS)}")
        steps = medications.taper_steps(start_dose, stages, start_date)
        new_med = None
        if isinstance(medication, Mapping):
            new_med = records.validate("medication", medication, self.clock.context())
        with session_scope(self.engine) as s:
            if new_med is not None:
                medication_id = (
                    MedicationService(self.engine, self.clock)._insert(s, new_med).ids[0]
                )
            else:
                medication_id = int(medication)  # type: ignore[arg-type]
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
            note = f"; {replaced} earlier dose row(s) ended or replaced" if replaced else ""
            return Change(
                self.kind, "added", tuple(ids), (), f"Saved {len(ids)} taper dose rows{note}"
            )

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

    def due(self, day: date) -> list[tuple[MedicationRead, RegimenRead]]:
        """Doses to take on ``day`` (daily rows, every-other-day rows on their days, weekly rows
        on their weekday) that are not
        logged as taken or skipped yet: the reminders, quiet once logged."""
        logged = {i.regimen_id for i in self.list(start=day, end=day)}
        out = []
        for med, r in RegimenService(self.engine, self.clock).current(day):
            if r.id in logged:
                continue
            if medications.is_dose_day(r.schedule, r.start_date, day, r.weekday):
                out.append((med, r))
        return out

    def log(self, regimen_id: int, day: date, status: str = "taken") -> Change:
        """Log one dose as taken or skipped."""
        return self.add({"regimen_id": regimen_id, "day": day, "status": status})
