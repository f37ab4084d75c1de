"""IVIG arithmetic: infusion rates, course plans, rate ladders and the next course date.

Facts used (``docs/clinical.md`` §1 and §4, from the Octagam 10% US label for adult
dermatomyositis, FDA 2021, and the ProDERM trial):

* Dose: **2 g/kg per course, split in equal doses over 2–5 consecutive days, every 4 weeks**;
  maintenance at **1 g/kg** was allowed once stable.
* Rate conversion: mL/h = weight kg × rate mL/kg/min × 60.
* Volume: a 10 % product holds 100 mg/mL, so 1 g = 10 mL; in general
  mL = g × 100 / concentration %.
* Octagam 10 % in DM: start at 0.01 mL/kg/min for 30 minutes, raise every 30 minutes if
  tolerated, **maximum 0.04 mL/kg/min**, and **no more than 0.03 mL/kg/min** for patients at risk
  of thrombosis or kidney problems (boxed warning: thrombosis; renal dysfunction and acute renal
  failure).

All arithmetic is exact (:class:`~decimal.Decimal` built from the entered text). Inputs may be
``Decimal``, ``int`` or ``str``; a ``float`` is read through ``str()`` (``0.1`` becomes
``Decimal("0.1")``). Bad input (text that is not a number, NaN, infinity, ``bool``, zero or
negative amounts, values beyond the sanity bounds below) raises
:class:`~dmtracker.domain.errors.ValidationError` (a ``ValueError``) whose message starts with the
parameter name, e.g. ``"weight_kg: must be a number greater than 0 and at most 400 kg, got 'abc'"``.

Dosing weight (``docs/clinical.md`` §8): the EU Octagam SmPC bases the dose of overweight patients
on the physiological standard body weight; Australia's national IVIG criteria use a
dose-determining (adjusted) weight = ideal + 0.4 × (actual − ideal) when actual > ideal, with the
ideal body weight by Devine (male 50 kg, female 45.5 kg, + 2.3 kg per inch over 60 in;
1 in = 2.54 cm). The FDA label doses on actual weight, so actual is the default; adjusted is
suggested at a BMI of 30 or more. Rates always stay per actual kg. **App rules:** a dose above
2 g/kg per course is flagged, above 2.5 g/kg it needs the user's confirmation; below 60 inches the
ideal weight is the base weight (the formula adds weight only above 5 ft, and subtracting would
give absurd weights for very short heights); ideal and adjusted weights are rounded half-up to
0.1 kg.

These functions inform: a rate above a label cap is computed and *flagged*, never refused, and
nothing here tells a patient to change treatment.

Choices made here (documented judgement calls):

* ``plan_course`` accepts ``days=1`` only for a dose of at most 1 g/kg (maintenance). A 2 g/kg
  induction course must be split over 2–5 days as the label says; ``days`` outside 1–5 is refused.
* ``total_g`` is exact (weight × g/kg). ``total_ml`` and ``per_day_ml`` are rounded half-up to
  0.1 mL and ``per_day_g`` to 0.01 g (a course split in 3 days does not divide exactly), so
  ``per_day_g × days`` can differ from ``total_g`` by less than 0.005 g a day.
* ``ml_per_kg_min`` rounds half-up to 0.0001 mL/kg/min (the precision the app stores).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from dmtracker.domain.decimal_input import read_decimal, read_whole, show
from dmtracker.domain.dosing_weight import (
    ADJUSTED_FACTOR,
    CM_PER_INCH,
    DEVINE_BASE_KG,
    DEVINE_KG_PER_INCH,
    DOSE_CONFIRM_G_PER_KG,
    DOSE_FLAG_G_PER_KG,
    DOSING_BASES,
    MAX_G_PER_KG,
    MAX_WEIGHT_KG,
    OBESE_BMI,
    DosingWeights,
    actual_weight,
    adjusted_body_weight,
    bmi,
    dose_check,
    dosing_weights,
    ideal_body_weight,
)
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import amount, translate

__all__ = [
    "ADJUSTED_FACTOR",
    "AT_RISK_MAX_RATE",
    "CM_PER_INCH",
    "DEFAULT_CONCENTRATION",
    "DEFAULT_G_PER_KG",
    "DEFAULT_INTERVAL_WEEKS",
    "DEFAULT_START_RATE",
    "DEFAULT_STEP",
    "DEFAULT_STEP_MINUTES",
    "DEVINE_BASE_KG",
    "DEVINE_KG_PER_INCH",
    "DOSE_CONFIRM_G_PER_KG",
    "DOSE_FLAG_G_PER_KG",
    "DOSING_BASES",
    "LABEL_MAX_RATE",
    "MAINTENANCE_G_PER_KG",
    "MAX_CONCENTRATION",
    "MAX_DAYS",
    "MAX_G_PER_KG",
    "MAX_ML_PER_HOUR",
    "MAX_RATE",
    "MAX_VOLUME_ML",
    "MAX_WEIGHT_KG",
    "MIN_CONCENTRATION",
    "MIN_DAYS",
    "OBESE_BMI",
    "CoursePlan",
    "DosingWeights",
    "LadderStep",
    "RateLadder",
    "adjusted_body_weight",
    "bmi",
    "dose_check",
    "dosing_weights",
    "ideal_body_weight",
    "ml_for_grams",
    "ml_per_hour",
    "ml_per_kg_min",
    "next_course_due",
    "plan_course",
    "rate_ladder",
]

# --- Label facts (clinical.md §1, §4) -------------------------------------------------------
DEFAULT_G_PER_KG = Decimal("2")  # induction: 2 g/kg per course
MAINTENANCE_G_PER_KG = Decimal("1")  # maintenance once stable (ProDERM)
DEFAULT_CONCENTRATION = Decimal("10")  # Octagam 10 %: 100 mg/mL
DEFAULT_INTERVAL_WEEKS = 4
MIN_DAYS = 2  # the label splits the course over 2–5 consecutive days
MAX_DAYS = 5
DEFAULT_START_RATE = Decimal("0.01")  # mL/kg/min for the first 30 minutes
DEFAULT_STEP = Decimal("0.01")  # raise by this every 30 minutes if tolerated
DEFAULT_STEP_MINUTES = 30
LABEL_MAX_RATE = Decimal("0.04")  # mL/kg/min, label maximum in dermatomyositis
AT_RISK_MAX_RATE = Decimal("0.03")  # mL/kg/min, at risk of thrombosis or kidney problems

# --- Sanity bounds that catch typing mistakes (app rule) ------------------------------------
MIN_CONCENTRATION = Decimal("1")
MAX_CONCENTRATION = Decimal("30")
MAX_RATE = Decimal("0.2")  # mL/kg/min, five times the label maximum
MAX_ML_PER_HOUR = Decimal("5000")
MAX_VOLUME_ML = Decimal("10000")
MAX_INTERVAL_WEEKS = 26

_ML_PER_KG_MIN_Q = Decimal("0.0001")
_ML_Q = Decimal("0.1")
_G_Q = Decimal("0.01")
_MINUTES_Q = Decimal("0.1")


# --- Input parsing --------------------------------------------------------------------------
def _rate(value: Any, name: str) -> Decimal:
    return read_decimal(value, name, lo=Decimal(0), hi=MAX_RATE, unit="mL/kg/min")


# --- Rates ----------------------------------------------------------------------------------
def ml_per_hour(weight_kg: Decimal | int | str, ml_per_kg_min: Decimal | int | str) -> Decimal:
    """Pump rate in mL/h for a weight-based rate: kg × mL/kg/min × 60 (clinical.md §4).

    Exact: 70 kg at 0.04 mL/kg/min is 168 mL/h; at 0.03 it is 126 mL/h.
    """
    w = actual_weight(weight_kg)
    r = _rate(ml_per_kg_min, "ml_per_kg_min")
    return w * r * 60


def ml_per_kg_min(weight_kg: Decimal | int | str, ml_per_hour: Decimal | int | str) -> Decimal:
    """Weight-based rate from a pump rate: mL/h ÷ (kg × 60), rounded half-up to 0.0001.

    The inverse of :func:`ml_per_hour` for any rate given to 4 decimal places. A pump rate that
    works out above 0.2 mL/kg/min (five times the Octagam label maximum) is refused as a likely
    typing mistake.
    """
    w = actual_weight(weight_kg)
    per_h = read_decimal(ml_per_hour, "ml_per_hour", lo=Decimal(0), hi=MAX_ML_PER_HOUR, unit="mL/h")
    rate = (per_h / (w * 60)).quantize(_ML_PER_KG_MIN_Q, rounding=ROUND_HALF_UP)
    if rate > MAX_RATE:
        raise ValidationError(
            "ml_per_hour",
            translate(
                "Infusion",
                "{per_hour} mL/h at {weight} kg is {rate} mL/kg/min, above the "
                "{highest} mL/kg/min the app accepts",
            ).format(
                per_hour=amount(per_h),
                weight=amount(w),
                rate=amount(rate),
                highest=amount(MAX_RATE),
            ),
        )
    return rate


# --- Course plan ----------------------------------------------------------------------------
def ml_for_grams(grams: Decimal | int | str, concentration_percent: Decimal | int | str) -> Decimal:
    """Volume in mL holding ``grams`` of IgG: g × 100 / concentration % (10 %: 1 g = 10 mL).

    Exact when the division is; otherwise rounded half-up to 0.1 mL.
    """
    g = read_decimal(grams, "grams", lo=Decimal(0), hi=MAX_WEIGHT_KG * MAX_G_PER_KG, unit="g")
    c = _concentration(concentration_percent)
    return _volume(g, c)


def _concentration(value: Any) -> Decimal:
    return read_decimal(
        value,
        "concentration_percent",
        lo=MIN_CONCENTRATION,
        hi=MAX_CONCENTRATION,
        lo_open=False,
        unit="%",
    )


def _round(d: Decimal, quantum: Decimal) -> Decimal:
    """Round half-up to ``quantum`` only when ``d`` has more places (no trailing zeros added)."""
    rounded = d.quantize(quantum, rounding=ROUND_HALF_UP)
    return d if d == rounded else rounded


def _volume(grams: Decimal, concentration: Decimal) -> Decimal:
    return _round(grams * 100 / concentration, _ML_Q)


@dataclass(frozen=True)
class CoursePlan:
    """One IVIG course: the inputs and the totals (g and mL) for the course and for each day."""

    weight_kg: Decimal
    g_per_kg: Decimal
    days: int
    concentration_percent: Decimal
    total_g: Decimal
    total_ml: Decimal
    per_day_g: Decimal
    per_day_ml: Decimal


def plan_course(
    weight_kg: Decimal | int | str,
    g_per_kg: Decimal | int | str = DEFAULT_G_PER_KG,
    days: int = MIN_DAYS,
    concentration_percent: Decimal | int | str = DEFAULT_CONCENTRATION,
) -> CoursePlan:
    """Plan a course: 2 g/kg split in equal doses over 2–5 consecutive days (Octagam 10% label).

    70 kg, 2 g/kg, 2 days, 10 % gives 140 g = 1400 mL in all, 70 g = 700 mL a day.

    ``days`` must be 2–5 (label). **Choice made here:** ``days=1`` is also accepted when
    ``g_per_kg`` is at most 1 g/kg (``MAINTENANCE_G_PER_KG``): maintenance at 1 g/kg was allowed
    once stable (ProDERM) and is commonly given on a single day. A dose above 1 g/kg on one day is
    refused. ``g_per_kg`` must be above 0 and at most 3; the concentration 1–30 %.
    """
    w = actual_weight(weight_kg)
    dose = read_decimal(g_per_kg, "g_per_kg", lo=Decimal(0), hi=MAX_G_PER_KG, unit="g/kg")
    n = read_whole(days, "days", lo=1, hi=MAX_DAYS)
    if n < MIN_DAYS and dose > MAINTENANCE_G_PER_KG:
        raise ValidationError(
            "days",
            translate(
                "Infusion",
                "a dose of {dose} g/kg must be split over {fewest}–{most} consecutive "
                "days (Octagam 10% label); a single day is only for up to "
                "{maintenance} g/kg (maintenance)",
            ).format(
                dose=amount(dose),
                fewest=MIN_DAYS,
                most=MAX_DAYS,
                maintenance=amount(MAINTENANCE_G_PER_KG),
            ),
        )
    c = _concentration(concentration_percent)
    total_g = w * dose
    per_day_g = total_g / n
    return CoursePlan(
        weight_kg=w,
        g_per_kg=dose,
        days=n,
        concentration_percent=c,
        total_g=total_g,
        total_ml=_volume(total_g, c),
        per_day_g=_round(per_day_g, _G_Q),
        per_day_ml=_volume(per_day_g, c),
    )


# --- Rate ladder ----------------------------------------------------------------------------
class LadderStep(NamedTuple):
    """One step of a rate ladder. ``ml_infused`` is what runs in during this step."""

    minute_start: int
    ml_per_kg_min: Decimal
    ml_per_hour: Decimal
    ml_infused: Decimal

    @property
    def minutes(self) -> Decimal:
        """How long this step lasts (the last step may be shorter or longer than the others)."""
        return self.ml_infused * 60 / self.ml_per_hour


@dataclass(frozen=True)
class RateLadder:
    """A planned escalation of the infusion rate and how long it takes to infuse the volume.

    ``steps`` is a tuple of :class:`LadderStep`; ``total_minutes`` the estimated duration
    (rounded half-up to 0.1 minute); ``cap`` the label maximum that applies (0.04, or 0.03 when
    ``at_risk``); ``flags`` plain-language notes, e.g. a maximum above the cap.
    """

    weight_kg: Decimal
    volume_ml: Decimal
    start_rate: Decimal
    step: Decimal
    max_rate: Decimal
    step_minutes: int
    at_risk: bool
    cap: Decimal
    steps: tuple[LadderStep, ...]
    total_minutes: Decimal
    flags: tuple[str, ...]

    @property
    def duration(self) -> timedelta:
        """``total_minutes`` as a timedelta."""
        return timedelta(minutes=float(self.total_minutes))


def rate_ladder(
    weight_kg: Decimal | int | str,
    volume_ml: Decimal | int | str,
    start_rate: Decimal | int | str = DEFAULT_START_RATE,
    step: Decimal | int | str = DEFAULT_STEP,
    max_rate: Decimal | int | str = LABEL_MAX_RATE,
    step_minutes: int = DEFAULT_STEP_MINUTES,
    at_risk: bool = False,
) -> RateLadder:
    """Plan the rate steps (mL/kg/min) for infusing ``volume_ml`` and estimate the duration.

    Octagam 10% label for DM: start at 0.01 mL/kg/min for 30 minutes, raise every 30 minutes if
    tolerated, at most 0.04 mL/kg/min, and no more than 0.03 for patients at risk of thrombosis
    or kidney problems (clinical.md §4).

    The ladder runs ``start_rate`` for ``step_minutes``, then raises by ``step`` every
    ``step_minutes`` (the last raise stops at ``max_rate``), then stays at ``max_rate`` until the
    volume is done. The volume can finish part-way through any step. The estimate assumes every
    raise is tolerated and the pump never pauses.

    A ``max_rate`` above the applicable label cap is allowed (the decision is the prescriber's)
    but ``flags`` then says so; a ``start_rate`` above the label's 0.01 mL/kg/min is flagged too.
    """
    w = actual_weight(weight_kg)
    volume = read_decimal(volume_ml, "volume_ml", lo=Decimal(0), hi=MAX_VOLUME_ML, unit="mL")
    start = _rate(start_rate, "start_rate")
    top = _rate(max_rate, "max_rate")
    inc = read_decimal(step, "step", lo=Decimal(0), hi=MAX_RATE, lo_open=False, unit="mL/kg/min")
    period = read_whole(step_minutes, "step_minutes", lo=1, hi=240)
    if not isinstance(at_risk, bool):
        raise ValidationError(
            "at_risk",
            translate("Validation", "must be True or False, got {value}").format(
                value=show(at_risk)
            ),
        )
    if start > top:
        raise ValidationError(
            "start_rate",
            translate("Infusion", "{start} mL/kg/min is above max_rate {top} mL/kg/min").format(
                start=amount(start), top=amount(top)
            ),
        )
    if start < top and inc == 0:
        raise ValidationError(
            "step",
            translate(
                "Infusion", "must be greater than 0 when the start rate is below the maximum rate"
            ),
        )

    cap = AT_RISK_MAX_RATE if at_risk else LABEL_MAX_RATE
    flags: list[str] = []
    if top > cap:
        if at_risk:
            above = translate(
                "Infusion",
                "max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min "
                "for patients at risk of thrombosis or kidney problems",
            )
        else:
            above = translate(
                "Infusion",
                "max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min "
                "for dermatomyositis",
            )
        flags.append(above.format(top=amount(top), cap=amount(cap)))
    if start > DEFAULT_START_RATE:
        flags.append(
            translate(
                "Infusion",
                "start rate {start} mL/kg/min is above the label starting rate of "
                "{label} mL/kg/min",
            ).format(start=amount(start), label=amount(DEFAULT_START_RATE))
        )

    steps: list[LadderStep] = []
    remaining = volume
    minute = 0
    rate = start
    while remaining > 0:
        per_h = w * rate * 60
        full = per_h * period / 60
        if rate < top and full < remaining:
            steps.append(LadderStep(minute, rate, per_h, full))
            remaining -= full
            minute += period
            rate = min(rate + inc, top)
            continue
        # At the maximum (stay until done), or the volume finishes within this step.
        steps.append(LadderStep(minute, rate, per_h, remaining))
        remaining = Decimal(0)
    last = steps[-1]
    total = (last.minute_start + last.minutes).quantize(_MINUTES_Q, rounding=ROUND_HALF_UP)
    return RateLadder(
        weight_kg=w,
        volume_ml=volume,
        start_rate=start,
        step=inc,
        max_rate=top,
        step_minutes=period,
        at_risk=at_risk,
        cap=cap,
        steps=tuple(steps),
        total_minutes=total,
        flags=tuple(flags),
    )


# --- Schedule -------------------------------------------------------------------------------
def next_course_due(last_course_start: date, interval_weeks: int = DEFAULT_INTERVAL_WEEKS) -> date:
    """The day the next course is due: the last course's first day + ``interval_weeks`` weeks.

    Courses are given every 4 weeks (Octagam 10% label, clinical.md §1); 1–26 weeks accepted.
    """
    if isinstance(last_course_start, datetime) or not isinstance(last_course_start, date):
        raise ValidationError(
            "last_course_start",
            translate("Validation", "must be a date, got {value}").format(
                value=show(last_course_start)
            ),
        )
    weeks = read_whole(interval_weeks, "interval_weeks", lo=1, hi=MAX_INTERVAL_WEEKS)
    return last_course_start + timedelta(weeks=weeks)


def courses_overlap(start_a: date, days_a: int, start_b: date, days_b: int) -> bool:
    """True when two courses' planned days share a day."""
    return start_a <= course_last_day(start_b, days_b) and start_b <= course_last_day(
        start_a, days_a
    )


def course_last_day(planned_start: date, days: int) -> date:
    """The last planned day of a course of ``days`` days from ``planned_start``."""
    return planned_start + timedelta(days=max(1, days) - 1)


#: How far an infusion day may lie before or after its course's planned days (rescheduling).
COURSE_SHIFT_DAYS = 7


def day_outside_course(
    day: date, planned_start: date, days_planned: int, days_in_course: int = 1
) -> str | None:
    """Why an infusion day cannot belong to a course (None when it can).

    An infusion day lies within its course: from the planned first day to the last planned day
    (a course that grew, "day 3 of 3" of one planned for 2, reaches as far as it grew), give or
    take :data:`COURSE_SHIFT_DAYS` (a course given a few days early or late, as infusion centres
    reschedule, is still that course). A day further off is a typing slip or another course (5
    December as day 1 of a course planned for 20 December); it is never accepted silently.
    """
    last = course_last_day(planned_start, max(days_planned, days_in_course))
    shift = timedelta(days=COURSE_SHIFT_DAYS)
    if planned_start - shift <= day <= last + shift:
        return None
    if day < planned_start and last == planned_start:
        text = translate(
            "Infusion",
            "{day} is before this course ({start}): check the date, choose the course it "
            "belongs to, or plan a course that starts on that day",
        )
    elif day < planned_start:
        text = translate(
            "Infusion",
            "{day} is before this course ({start} to {end}): check the date, choose the course it "
            "belongs to, or plan a course that starts on that day",
        )
    elif last == planned_start:
        text = translate(
            "Infusion",
            "{day} is after this course ({start}): check the date, choose the course it "
            "belongs to, or plan a course that starts on that day",
        )
    else:
        text = translate(
            "Infusion",
            "{day} is after this course ({start} to {end}): check the date, choose the course it "
            "belongs to, or plan a course that starts on that day",
        )
    return text.format(day=day, start=planned_start, end=last)
