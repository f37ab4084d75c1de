"""Side effects (linked automatically to the course before them) and the 72-hour follow-up
card, whose answers become side effects in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from dmtracker.domain import records, risk, side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.headache import headache_grade
from dmtracker.domain.messages import translate
from dmtracker.services.base import (
    PROMPT_THROMBOSIS_HISTORY,
    Change,
    RecordService,
    joined,
    live_profile,
    to_dto,
)
from dmtracker.services.base import term as vocab_term
from dmtracker.services.course_links import course_for_onset
from dmtracker.services.dto import CourseRead, FollowUpRead, InfusionDayRead, SideEffectRead
from dmtracker.storage.db import session_scope
from dmtracker.storage.models import (
    FollowUp,
    InfusionCourse,
    InfusionDay,
    SideEffect,
)

RED_FLAG_GRADE_REASON = translate(
    "SideEffects",
    "choose how bad it was (grade 1–4): a red flag is never saved with a default grade",
)


def thrombosis_prompt_due(s: Session, terms: Sequence[str]) -> bool:
    """True when a term is a clot or stroke (clinical.md §8, IVIG boxed warning) and the profile
    does not hold a history of thrombosis yet: the UI then asks to record it."""
    if not any(side_effects.is_thrombosis_event(t) for t in terms):
        return False
    profile = live_profile(s)
    return profile is None or risk.THROMBOSIS_HISTORY not in (profile.risk_factors or [])


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

    def _annotate(self, s: Session, row: Any, change: Change) -> Change:
        if not thrombosis_prompt_due(s, [row.term]):
            return change
        return replace(change, prompts=(PROMPT_THROMBOSIS_HISTORY,))

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
        what = vocab_term(row.term) if side_effects.is_listed(row.term) else row.term
        return translate("SideEffects", "{what} on {day}").format(
            what=what, day=self.clock.local(row.onset_at).date()
        )

    def list_between(self, start: date, end: date) -> list[SideEffectRead]:
        return self.list(
            where=[
                SideEffect.onset_at >= self.clock.start_of(start),
                SideEffect.onset_at <= self.clock.end_of(end),
            ]
        )

    def for_course(self, course_id: int) -> list[SideEffectRead]:
        return self.list(where=[SideEffect.course_id == course_id])

    def suggest_course(self, onset: datetime) -> CourseRead | None:
        """The course an automatic link would choose for a side effect starting at ``onset``."""
        clean = records.validate(self.kind, {"term": "x", "onset_at": onset}, self.clock.context())
        with Session(self.engine) as s:
            course = course_for_onset(s, clean["onset_at"], self.clock)
            return to_dto(CourseRead, course) if course else None


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
            raise ValidationError(
                "day_offset", translate("SideEffects", "this follow-up was already answered")
            )

    def _prepare(self, s: Session, record: dict[str, Any], existing: Any) -> None:
        record["answered_at"] = self.clock.now()

    def _after_write(self, s: Session, row: Any, action: str) -> None:
        if action != "added":
            return
        if side_effects.follow_up_red_flags(row.headache, row.fever, row.temperature_c):
            raise ValidationError(
                "grade",
                translate(
                    "SideEffects",
                    "choose how bad it was (grade 1–4): a red flag is never saved with a default "
                    "grade (use answer() with a grade)",
                ),
            )
        self._write_side_effects(s, row)

    def _write_side_effects(
        self,
        s: Session,
        row: FollowUp,
        red_flags: Sequence[str] = (),
        grade: int | None = None,
        serious: bool = False,
    ) -> None:
        """Side effects from the answers. Plain answers take a grade from the answer (headache
        1–3 grade 1, 4–7 grade 2; fever below 38.0 °C or not measured, nausea, other: grade 1);
        every red flag takes the grade the user chose (never a default)."""
        day = s.get_one(InfusionDay, row.infusion_day_id)  # a follow-up belongs to its day (FK)
        now = self.clock.now()
        derived = side_effects.follow_up_red_flags(row.headache, row.fever, row.temperature_c)
        flags = list(dict.fromkeys([*derived, *red_flags]))
        terms: list[tuple[str, int]] = []
        plain_headache = headache_grade(row.headache)
        if plain_headache is not None and "severe headache" not in flags:
            terms.append(("headache", plain_headache))
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
            raise ValidationError(
                "infusion_day_id", translate("SideEffects", "no follow-up is due today")
            )
        allowed = {"headache", "fever", "temperature_c", "nausea", "other"}
        not_asked = translate("SideEffects", "is not a question on the follow-up card")
        errors: list[tuple[str, str]] = [(k, not_asked) for k in data if k not in allowed]
        flags: list[str] = []
        for i, term in enumerate(red_flags):
            if not isinstance(term, str) or not side_effects.is_red_flag(term):
                errors.append(
                    (
                        f"red_flags[{i}]",
                        translate("SideEffects", "is not a listed red-flag term: {term!r}").format(
                            term=term
                        ),
                    )
                )
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
            errors.append(
                (
                    "grade",
                    translate(
                        "SideEffects", "must be a whole number from 1 to 4, got {grade!r}"
                    ).format(grade=grade),
                )
            )
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
            what = (
                joined([vocab_term(f) if side_effects.is_listed(f) else f for f in found])
                if found
                else translate("SideEffects", "no problems")
            )
            prompt = (PROMPT_THROMBOSIS_HISTORY,) if thrombosis_prompt_due(s, saved) else ()
            return Change(
                self.kind,
                "added",
                tuple(r.id for r in rows if r.id is not None),
                (today,),
                translate("SideEffects", "Saved today's follow-up: {what}").format(what=what),
                prompts=prompt,
            )

    def due(self, today: date) -> list[tuple[InfusionDayRead, int]]:
        """(infusion day, day offset) pairs whose follow-up card should show today."""
        out = []
        with Session(self.engine) as s:
            days = s.exec(
                select(InfusionDay)
                .where(
                    col(InfusionDay.deleted_at).is_(None),
                    InfusionDay.day >= today - timedelta(days=3),
                    InfusionDay.day < today,
                )
                .order_by(col(InfusionDay.day))
            ).all()
            for d in days:
                offset = (today - d.day).days
                done = s.exec(
                    select(FollowUp).where(
                        FollowUp.infusion_day_id == d.id,
                        FollowUp.day_offset == offset,
                        col(FollowUp.deleted_at).is_(None),
                    )
                ).first()
                if done is None:
                    out.append((to_dto(InfusionDayRead, d), offset))
        return out
