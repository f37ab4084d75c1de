"""The demo's IVIG courses every 4 weeks: infusion days with rate steps, premedication and
vital signs, and side effects within 72 h (one red flag: a clot in the leg, after which every
course runs at the lower rate for patients at risk of thrombosis)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from dmtracker.domain import infusion
from dmtracker.services.demo.story import DemoRun
from dmtracker.storage import models as m

PRODUCT = "Octagam 10%"


def write_courses(run: DemoRun, weight_on: Callable[[date], Decimal]) -> date | None:
    """Every course of the story with its days and side effects; returns the day of the clot
    (a serious red flag) when the history reaches it.

    After the DVT the history of thrombosis is recorded, a blood thinner is started and every
    later course runs at no more than 0.03 mL/kg/min (clinical.md §4, §8; issue 16: the
    label's cap for patients at risk of thrombosis).
    """
    red_flag_course = len(run.story.courses) * 2 // 5
    clot_day: date | None = None
    for k, cstart in enumerate(run.story.courses):
        days = 5 if k < 2 else 3 if k < 12 else 2
        kg = (weight_on(cstart) * 2).quantize(Decimal(1)) / 2  # to the nearest 0.5 kg
        plan = infusion.plan_course(kg, Decimal(2), days, Decimal(10))
        course_id = write_course(run, cstart, days, kg, plan)
        at_risk = clot_day is not None and cstart > clot_day
        last_stop = write_infusion_days(run, k, course_id, cstart, days, kg, plan, at_risk)
        if last_stop is None:
            continue
        write_side_effects(run, course_id, last_stop)
        if k == red_flag_course:
            clot_day = write_clot(run, course_id, last_stop) or clot_day
    return clot_day


def write_course(
    run: DemoRun, cstart: date, days: int, kg: Decimal, plan: infusion.CoursePlan
) -> int:
    return run.rows.add(
        m.InfusionCourse,
        "course",
        {
            "planned_start": cstart,
            "days_planned": days,
            "kind": "induction",
            "g_per_kg": Decimal(2),
            "weight_kg": kg,
            "product": PRODUCT,
            "concentration_percent": Decimal(10),
            "interval_weeks": 4,
        },
        extra={"total_g": plan.total_g, "dosing_weight_kg": kg},
    )


def write_infusion_days(
    run: DemoRun,
    k: int,
    course_id: int,
    cstart: date,
    days: int,
    kg: Decimal,
    plan: infusion.CoursePlan,
    at_risk: bool,
) -> datetime | None:
    """The course's days that have ended by now; returns when the last of them stopped."""
    rng, noise = run.rng, run.noise
    lot = f"{chr(65 + k % 26)}{rng.randrange(100000, 999999)}"
    cap = infusion.AT_RISK_MAX_RATE if at_risk else infusion.LABEL_MAX_RATE
    ladder = infusion.rate_ladder(
        kg, plan.per_day_ml, Decimal("0.01"), Decimal("0.01"), cap, at_risk=at_risk
    )
    last_stop = None
    for n in range(1, days + 1):
        day = cstart + timedelta(days=n - 1)
        if day > run.end:
            break
        started = run.at(day, 9, rng.choice((0, 15, 30)))
        stopped = started + timedelta(minutes=float(ladder.total_minutes) + 10)
        if stopped > run.clock.now():
            break
        last_stop = stopped
        day_id = run.rows.add(
            m.InfusionDay,
            "infusion_day",
            {
                "course_id": course_id,
                "day": day,
                "day_number": n,
                "days_in_course": days,
                "product": PRODUCT,
                "concentration_percent": Decimal(10),
                "lot_number": lot,
                "expiry": cstart + timedelta(days=420),
                "dose_g": plan.per_day_g,
                "weight_kg": kg,
                "started_at": started,
                "stopped_at": stopped,
                "total_volume_ml": plan.per_day_ml,
                "hydration_ml": Decimal(500),
                "hydration_notes": "Drank 500 mL water",
                "setting": "infusion_centre",
                "nurse_site": "Day unit, City Hospital",
            },
        )
        for seq, step in enumerate(ladder.steps):
            run.rows.add(
                m.RateStep,
                "rate_step",
                {
                    "minute": step.minute_start,
                    "rate_ml_per_kg_min": step.ml_per_kg_min,
                    "rate_ml_per_h": step.ml_per_hour,
                    "entered_unit": "ml_per_kg_min",
                },
                extra={"infusion_day_id": day_id, "seq": seq},
            )
        for drug, dose in (("Paracetamol", 1000), ("Cetirizine", 10)):
            run.rows.add(
                m.Premedication,
                "premedication",
                {
                    "drug": drug,
                    "dose": Decimal(dose),
                    "unit": "mg",
                    "taken_at": started - timedelta(minutes=30),
                },
                extra={"infusion_day_id": day_id},
            )
        for phase, when in (("before", started), ("after", stopped)):
            run.rows.add(
                m.VitalSign,
                "vital",
                {
                    "infusion_day_id": day_id,
                    "measured_at": when,
                    "phase": phase,
                    "systolic": int(122 + noise(6)),
                    "diastolic": int(77 + noise(4)),
                    "heart_rate": int(74 + noise(5)),
                    "temperature_c": Decimal(str(round(36.7 + noise(0.15), 1))),
                },
            )
    return last_stop


def add_side_effect(
    run: DemoRun, course_id: int, stop: datetime, term: str, hours: float, grade: int, **kw: Any
) -> None:
    """One side effect ``hours`` after the course's last stop (none when that is after now)."""
    onset = stop + timedelta(hours=hours)
    now = run.clock.now()
    if onset > now:
        return
    row = {
        "term": term,
        "onset_at": onset,
        "grade": grade,
        "link_mode": "auto",
        "outcome": "recovered",
        **kw,
    }
    if "ended_at" not in row:
        row["ended_at"] = min(onset + timedelta(hours=run.rng.randrange(4, 36)), now)
    run.rows.add(
        m.SideEffect,
        "side_effect",
        row,
        extra={"course_id": course_id, "red_flag": False, "is_custom_term": False},
    )


def write_side_effects(run: DemoRun, course_id: int, last_stop: datetime) -> None:
    """Mostly headache, some fever, nausea and chills."""
    rng = run.rng
    if rng.random() < 0.45:
        add_side_effect(
            run,
            course_id,
            last_stop,
            "headache",
            rng.uniform(2, 30),
            1 if rng.random() < 0.7 else 2,
            action_taken="took a painkiller",
        )
    if rng.random() < 0.12:
        add_side_effect(run, course_id, last_stop, "fever", rng.uniform(1, 12), 1)
    if rng.random() < 0.15:
        add_side_effect(run, course_id, last_stop, "nausea", rng.uniform(1, 20), 1)
    if rng.random() < 0.05:
        add_side_effect(run, course_id, last_stop, "chills", rng.uniform(0.5, 6), 1)


def write_clot(run: DemoRun, course_id: int, last_stop: datetime) -> date | None:
    """The red flag two days after the course: a swollen painful leg (a DVT); its day."""
    onset = last_stop + timedelta(hours=48)
    now = run.clock.now()
    if onset > now:
        return None
    run.rows.add(
        m.SideEffect,
        "side_effect",
        {
            "term": "swollen painful arm or leg",
            "onset_at": onset,
            "ended_at": min(onset + timedelta(days=20), now),
            "grade": 3,
            "serious": True,
            "link_mode": "auto",
            "action_taken": "went to hospital",
            "outcome": "recovered",
            "notes": "Left calf swollen and warm. Scan at the hospital: a clot; "
            "treated with a blood thinner.",
        },
        extra={"course_id": course_id, "red_flag": True, "is_custom_term": False},
    )
    return onset.astimezone(run.tz).date()
