"""Medications: vocabularies, drug-name recognition, safety checks, tapers and cumulative dose.

Facts used (``docs/clinical.md`` §1 and §6):

* First line in dermatomyositis is a high-dose glucocorticoid (prednisone about 1 mg/kg/day)
  followed by a taper; the app shows prednisone as a step line and as cumulative grams.
* Methotrexate for myositis is taken **once a week**; the app warns (and refuses the entry) when it
  is entered as daily **(app rule)**. Daily dosing by mistake causes serious, sometimes fatal,
  poisoning.
* Hydroxychloroquine: at most **5.0 mg/kg real body weight per day**; the app flags a dose above
  that (the dose the eye-safety guidance is based on).

* Glucocorticoid equivalents (§8, anti-inflammatory potency): prednisone 5 mg = prednisolone
  5 mg = methylprednisolone 4 mg = triamcinolone 4 mg = dexamethasone 0.75 mg = hydrocortisone
  20 mg. The cumulative steroid dose, the chart and the report are "prednisone-equivalent".

The app informs; the messages here never tell a patient to change treatment.

Choices made here (documented judgement calls):

* Drug names are recognised by whole words, case-insensitively, from a short list of generic
  names, abbreviations and brands (:data:`METHOTREXATE_NAMES` and friends); "methotrexate
  sodium 2.5 mg" matches. "Methylprednisolone" (also "methyl-prednisolone", "Medrol") is **not**
  prednisone: it is counted through its own equivalence (4 mg = 5 mg prednisone). Names are
  tried most specific first, so "methyl-prednisolone" never reads as prednisolone.
* "Every other day" (``alternate_day``) doses fall on the start date and every second day
  after it; the average per day is half the dose.
* :func:`cumulative_dose` counts daily and weekly regimens only: a "course" (e.g. IVIG or
  rituximab) and "as needed" doses have no fixed days, so they are left out; log their real
  doses elsewhere. A regimen may carry ``times_per_day`` (default 1): the dose is per intake.
* In a taper each dose is held for the ``every_days`` of the stage that steps down *from* it, so
  the dose a stage ends on is held for the next stage's interval (40 mg by 5 mg every 14 days to
  10 mg, then by 1 mg every 28 days: 10 mg is held 28 days). A step never goes below the stage's
  ``down_to``: the last step of a stage is smaller when the steps do not divide evenly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from dmtracker.domain.decimal_input import read_decimal, read_whole, show
from dmtracker.domain.drug_names import (
    ANTICOAGULANT_NAMES,
    GLUCOCORTICOIDS,
    HYDROXYCHLOROQUINE_NAMES,
    METHOTREXATE_NAMES,
    PREDNISONE_NAMES,
    Glucocorticoid,
    glucocorticoid_of,
    is_anticoagulant,
    is_glucocorticoid,
    is_hydroxychloroquine,
    is_methotrexate,
    is_prednisone,
)
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, amount, translate

__all__ = [
    "ANTICOAGULANT_NAMES",
    "DOSE_UNITS",
    "GLUCOCORTICOIDS",
    "HCQ_MAX_MG_PER_KG",
    "HYDROXYCHLOROQUINE_NAMES",
    "METHOTREXATE_NAMES",
    "PREDNISONE_NAMES",
    "ROUTES",
    "SCHEDULES",
    "WEEKDAYS",
    "Glucocorticoid",
    "Regimen",
    "TaperStage",
    "TaperStep",
    "cumulative_dose",
    "cumulative_prednisone_g",
    "daily_equivalent_mg",
    "glucocorticoid_of",
    "hydroxychloroquine_check",
    "hydroxychloroquine_mg_per_kg",
    "is_anticoagulant",
    "is_glucocorticoid",
    "is_hydroxychloroquine",
    "is_methotrexate",
    "is_prednisone",
    "methotrexate_daily_warning",
    "prednisone_equivalent_mg",
    "regimens_from_taper",
    "taper_steps",
]

# --- Vocabularies (key stored, label shown; display order) ----------------------------------
SCHEDULES: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("Vocabulary", "Every day"),
    "alternate_day": QT_TRANSLATE_NOOP("Vocabulary", "Every other day"),
    "weekly": QT_TRANSLATE_NOOP("Vocabulary", "Once a week"),
    "course": QT_TRANSLATE_NOOP("Vocabulary", "In courses (e.g. IVIG)"),
    "as_needed": QT_TRANSLATE_NOOP("Vocabulary", "When needed"),
}
ROUTES: dict[str, str] = {
    "oral": QT_TRANSLATE_NOOP("Vocabulary", "By mouth"),
    "subcutaneous": QT_TRANSLATE_NOOP("Vocabulary", "Injection under the skin"),
    "intravenous": QT_TRANSLATE_NOOP("Vocabulary", "Into a vein (drip)"),
    "intramuscular": QT_TRANSLATE_NOOP("Vocabulary", "Injection into a muscle"),
    "topical": QT_TRANSLATE_NOOP("Vocabulary", "On the skin"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
DOSE_UNITS: dict[str, str] = {
    "mg": "mg",
    "g": "g",
    "mcg": QT_TRANSLATE_NOOP("Vocabulary", "micrograms (mcg)"),
    "mL": "mL",
    "IU": QT_TRANSLATE_NOOP("Vocabulary", "units (IU)"),
    "tablet": QT_TRANSLATE_NOOP("Vocabulary", "tablet(s)"),
}
WEEKDAYS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "Monday"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Tuesday"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Wednesday"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Thursday"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Friday"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "Saturday"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "Sunday"),
}

HCQ_MAX_MG_PER_KG = Decimal("5.0")  # clinical.md §6: ≤ 5.0 mg/kg real body weight per day
MAX_DOSE = Decimal("100000")
MAX_WEIGHT_KG = Decimal("400")
MAX_TAPER_STEPS = 1000

_MG_PER_UNIT: dict[str, Decimal] = {"mg": Decimal(1), "g": Decimal(1000), "mcg": Decimal("0.001")}


# --- Input parsing --------------------------------------------------------------------------
def _day(value: Any, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            name, translate("Validation", "must be a date, got {value}").format(value=show(value))
        )
    return value


# --- Prednisone equivalents ------------------------------------------------------------------
_PREDNISONE_MG = Decimal(5)


def prednisone_equivalent_mg(drug: str, dose_mg: Decimal | int | str) -> Decimal | None:
    """The prednisone dose equal in anti-inflammatory effect to ``dose_mg`` of ``drug``.

    5 mg prednisone = 5 mg prednisolone = 4 mg methylprednisolone = 4 mg triamcinolone =
    0.75 mg dexamethasone = 20 mg hydrocortisone (clinical.md §8). Exact: 16 mg
    methylprednisolone is 20 mg; 4 mg dexamethasone is 26.666… mg (not rounded). None for a drug
    that is not a glucocorticoid.
    """
    g = glucocorticoid_of(drug)
    if g is None:
        return None
    dose = read_decimal(dose_mg, "dose_mg", lo=Decimal(0), hi=MAX_DOSE, lo_open=False, unit="mg")
    return dose * _PREDNISONE_MG / g.mg_per_5_mg_prednisone


# --- Safety checks --------------------------------------------------------------------------
def methotrexate_daily_warning(drug_name: str, schedule: str) -> str | None:
    """A blocking warning when methotrexate is entered as a daily medicine (app rule, §6).

    Methotrexate for myositis is taken once a week; "every other day" is refused too (3–4 doses
    a week is the same overdose in slower steps). Returns None for any other drug or schedule.
    """
    if not is_methotrexate(drug_name):
        return None
    if not isinstance(schedule, str) or schedule.strip().casefold() not in (
        "daily",
        "alternate_day",
    ):
        return None
    return translate(
        "Medications",
        "Methotrexate for myositis is taken once a WEEK, on the same day each week, not every "
        "day. Taking it daily by mistake causes serious, sometimes fatal, poisoning. Check the "
        "label or ask your pharmacist, and enter it as a weekly medicine with its day of the "
        "week.",
    )


def hydroxychloroquine_mg_per_kg(
    daily_dose_mg: Decimal | int | str, weight_kg: Decimal | int | str
) -> Decimal:
    """Hydroxychloroquine mg per kg of real body weight per day, exact (not rounded)."""
    dose = read_decimal(daily_dose_mg, "daily_dose_mg", lo=Decimal(0), hi=Decimal(5000), unit="mg")
    weight = read_decimal(weight_kg, "weight_kg", lo=Decimal(0), hi=MAX_WEIGHT_KG, unit="kg")
    return dose / weight


def hydroxychloroquine_check(
    daily_dose_mg: Decimal | int | str, weight_kg: Decimal | int | str
) -> str | None:
    """Flag a hydroxychloroquine dose above 5.0 mg/kg real body weight a day (clinical.md §6).

    The comparison is exact: 350 mg at 70 kg is 5.00 and not flagged; 400 mg at 70 kg is 5.71
    and flagged. The message shows mg/kg/day to 2 decimals (more if 2 would read as 5.00).
    """
    dose = read_decimal(daily_dose_mg, "daily_dose_mg", lo=Decimal(0), hi=Decimal(5000), unit="mg")
    weight = read_decimal(weight_kg, "weight_kg", lo=Decimal(0), hi=MAX_WEIGHT_KG, unit="kg")
    ratio = dose / weight
    if ratio <= HCQ_MAX_MG_PER_KG:
        return None
    shown = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if shown <= HCQ_MAX_MG_PER_KG:
        shown = ratio.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return translate(
        "Medications",
        "Hydroxychloroquine {dose} mg a day at {weight} kg is {ratio} mg/kg a day, "
        "above {limit} mg/kg a day of real body weight. Above that dose the risk of "
        "damage to the retina (the back of the eye) rises over the years. You may want to ask "
        "your doctor whether the dose fits your current weight.",
    ).format(dose=amount(dose), weight=amount(weight), ratio=shown, limit=HCQ_MAX_MG_PER_KG)


# --- Tapers ---------------------------------------------------------------------------------
class TaperStage(NamedTuple):
    """Lower the dose by ``step_down`` every ``every_days`` days until it reaches ``down_to``."""

    step_down: Decimal | int | str
    every_days: int
    down_to: Decimal | int | str


class TaperStep(NamedTuple):
    """One dose held from ``start_date`` to ``end_date`` inclusive (None: continues)."""

    dose: Decimal
    start_date: date
    end_date: date | None

    @property
    def days(self) -> int | None:
        """Number of days on this dose (None when it continues)."""
        return None if self.end_date is None else (self.end_date - self.start_date).days + 1


def _stage_fields(stage: Any, i: int) -> tuple[Any, Any, Any]:
    if isinstance(stage, Mapping):
        try:
            return stage["step_down"], stage["every_days"], stage["down_to"]
        except KeyError as exc:
            raise ValidationError(
                f"stages[{i}].{exc.args[0]}", translate("Validation", "is required")
            ) from None
    if isinstance(stage, Sequence) and not isinstance(stage, str):
        if len(stage) != 3:
            raise ValidationError(
                f"stages[{i}]", translate("Validation", "must be (step_down, every_days, down_to)")
            )
        return stage[0], stage[1], stage[2]
    try:
        return stage.step_down, stage.every_days, stage.down_to
    except AttributeError:
        raise ValidationError(
            f"stages[{i}]", translate("Validation", "must be (step_down, every_days, down_to)")
        ) from None


def taper_steps(
    start_dose: Decimal | int | str,
    stages: Sequence[TaperStage | tuple[Any, Any, Any] | Mapping[str, Any]],
    start_date: date,
) -> list[TaperStep]:
    """The doses of a step-down taper, one row per dose, with consecutive dates.

    ``stages`` is a sequence of ``(step_down, every_days, down_to)``, e.g. prednisone 40 mg with
    ``[(5, 14, 10), (1, 28, 0)]``: 40 mg for 14 days, 35, 30, 25, 20, 15 for 14 days each, then
    10 mg for 28 days, 9, 8, … 1 mg for 28 days each, then stop. Rows never overlap or leave a
    gap (each starts the day after the one before ends).

    When the last stage's ``down_to`` is above 0 it is a maintenance floor: its row has
    ``end_date`` None. When it is 0 the taper ends after the last dose above 0 (no 0 mg row).

    Raises ``ValidationError`` naming the field, e.g. ``stages[1].step_down``: ``step_down`` must
    be > 0, ``every_days`` a whole number ≥ 1, ``down_to`` ≥ 0 and below the dose the stage
    starts from.
    """
    dose = read_decimal(start_dose, "start_dose", lo=Decimal(0), hi=MAX_DOSE)
    day = _day(start_date, "start_date")
    if isinstance(stages, str | bytes) or not isinstance(stages, Sequence) or not stages:
        raise ValidationError(
            "stages",
            translate("Validation", "give at least one stage (step_down, every_days, down_to)"),
        )
    parsed: list[tuple[Decimal, int, Decimal]] = []
    current = dose
    for i, stage in enumerate(stages):
        raw_step, raw_days, raw_to = _stage_fields(stage, i)
        step = read_decimal(raw_step, f"stages[{i}].step_down", lo=Decimal(0), hi=MAX_DOSE)
        every = read_whole(raw_days, f"stages[{i}].every_days", lo=1, hi=3650)
        floor = read_decimal(
            raw_to, f"stages[{i}].down_to", lo=Decimal(0), hi=MAX_DOSE, lo_open=False
        )
        if floor >= current:
            raise ValidationError(
                f"stages[{i}].down_to",
                translate(
                    "Validation",
                    "must be below the dose this stage starts from ({dose}), got {value}",
                ).format(dose=amount(current), value=amount(floor)),
            )
        parsed.append((step, every, floor))
        current = floor

    rows: list[TaperStep] = []
    current = dose
    for i, (step, every, floor) in enumerate(parsed):
        while current > floor:
            end = day + timedelta(days=every - 1)
            rows.append(TaperStep(current, day, end))
            if len(rows) > MAX_TAPER_STEPS:
                raise ValidationError(
                    f"stages[{i}].step_down",
                    translate("Validation", "makes more than {most} taper steps").format(
                        most=MAX_TAPER_STEPS
                    ),
                )
            day = end + timedelta(days=1)
            current = max(current - step, floor)
    if current > 0:
        rows.append(TaperStep(current, day, None))
    return rows


# --- Regimens and cumulative dose -----------------------------------------------------------
class Regimen(NamedTuple):
    """A simple regimen for :func:`cumulative_dose` (the storage row has the same attributes)."""

    dose: Decimal | int | str
    schedule: str
    weekday: int | None
    start_date: date
    end_date: date | None
    times_per_day: int = 1
    unit: str = "mg"


def regimens_from_taper(steps: Sequence[TaperStep], unit: str = "mg") -> list[Regimen]:
    """Daily regimens for the rows of a taper (for :func:`cumulative_dose`)."""
    return [Regimen(s.dose, "daily", None, s.start_date, s.end_date, 1, unit) for s in steps]


def daily_equivalent_mg(
    dose: Decimal | int | str, schedule: str, weekday: int | None = None
) -> Decimal | None:
    """Average amount per day: daily → the dose, every other day → dose ÷ 2, weekly → dose ÷ 7
    (exact, not rounded).

    A "course" or "as needed" dose has no fixed days: None. ``weekday`` (0 Monday … 6 Sunday) is
    checked for a weekly dose but does not change the average.
    """
    d = read_decimal(dose, "dose", lo=Decimal(0), hi=MAX_DOSE, lo_open=False)
    kind = _schedule(schedule, "schedule")
    if kind == "daily":
        return d
    if kind == "alternate_day":
        return d / 2
    if kind == "weekly":
        if weekday is None:
            _missing_weekday()
        read_whole(weekday, "weekday", lo=0, hi=6)
        return d / 7
    return None


def _missing_weekday(name: str = "weekday") -> None:
    raise ValidationError(
        name,
        translate("Validation", "a weekly dose needs the day of the week (0 Monday … 6 Sunday)"),
    )


def _schedule(value: Any, name: str) -> str:
    if not isinstance(value, str) or value.strip() not in SCHEDULES:
        raise ValidationError(
            name,
            translate("Validation", "must be one of {options}; got {value}").format(
                options=", ".join(SCHEDULES), value=show(value)
            ),
        )
    return value.strip()


def _field(regimen: Any, attr: str, index: int, default: Any = None) -> Any:
    if isinstance(regimen, Mapping):
        return regimen.get(attr, default)
    if isinstance(regimen, tuple) and not hasattr(regimen, "_fields"):
        return regimen[index] if index < len(regimen) else default
    return getattr(regimen, attr, default)


def _count_weekday(first: date, last: date, weekday: int) -> int:
    """How many days from ``first`` to ``last`` inclusive fall on ``weekday``."""
    start = first + timedelta(days=(weekday - first.weekday()) % 7)
    return 0 if start > last else (last - start).days // 7 + 1


def _count_alternate(first: date, lo: date, hi: date) -> int:
    """Days from ``lo`` to ``hi`` inclusive that fall on ``first`` + 2k (every other day)."""
    start = lo + timedelta(days=(lo - first).days % 2)
    return 0 if start > hi else (hi - start).days // 2 + 1


def is_dose_day(schedule: str, start_date: date, day: date, weekday: int | None = None) -> bool:
    """True when a dose of this schedule falls on ``day`` (daily, every other day, weekly)."""
    if day < start_date:
        return False
    if schedule == "daily":
        return True
    if schedule == "alternate_day":
        return (day - start_date).days % 2 == 0
    if schedule == "weekly":
        return weekday == day.weekday()
    return False


def _regimen_total(regimen: Any, i: int, start: date, end: date, to_mg: bool) -> Decimal:
    name = f"regimens[{i}]"
    dose = read_decimal(
        _field(regimen, "dose", 0), f"{name}.dose", lo=Decimal(0), hi=MAX_DOSE, lo_open=False
    )
    kind = _schedule(_field(regimen, "schedule", 1), f"{name}.schedule")
    first = _day(_field(regimen, "start_date", 3), f"{name}.start_date")
    raw_last = _field(regimen, "end_date", 4)
    last = None if raw_last is None else _day(raw_last, f"{name}.end_date")
    if last is not None and last < first:
        raise ValidationError(
            f"{name}.end_date", translate("Validation", "is before the start date")
        )
    times = _field(regimen, "times_per_day", 5, 1)
    times = 1 if times is None else read_whole(times, f"{name}.times_per_day", lo=1, hi=24)
    factor = Decimal(1)
    if to_mg:
        unit = _field(regimen, "unit", 6, "mg") or "mg"
        if unit not in _MG_PER_UNIT:
            raise ValidationError(
                f"{name}.unit",
                translate("Validation", "must be mg, g or mcg to add up in mg; got {value}").format(
                    value=show(unit)
                ),
            )
        factor = _MG_PER_UNIT[unit]
    if kind not in ("daily", "alternate_day", "weekly"):
        return Decimal(0)
    lo = max(first, start)
    hi = end if last is None else min(last, end)
    if lo > hi:
        return Decimal(0)
    if kind == "daily":
        n = (hi - lo).days + 1
    elif kind == "alternate_day":
        n = _count_alternate(first, lo, hi)
    else:
        weekday = _field(regimen, "weekday", 2)
        if weekday is None:
            _missing_weekday(f"{name}.weekday")
        n = _count_weekday(lo, hi, read_whole(weekday, f"{name}.weekday", lo=0, hi=6))
    return dose * times * n * factor


def cumulative_dose(regimens: Sequence[Any], start: date, end: date) -> Decimal:
    """Total amount taken from ``start`` to ``end`` inclusive, exact, in the regimens' own unit.

    Each regimen is a :class:`Regimen`, a tuple ``(dose, schedule, weekday, start_date,
    end_date[, times_per_day])``, a mapping or an object with those attributes (``end_date``
    None: still taken). Daily: the dose × times a day on every day; weekly: on each matching
    weekday (0 Monday … 6 Sunday). "course" and "as_needed" regimens are ignored (no fixed days).
    Overlapping regimens add up (e.g. 5 mg + 1 mg tablets on the same days).
    """
    return _cumulative(regimens, start, end, to_mg=False)


def _cumulative(regimens: Sequence[Any], start: date, end: date, *, to_mg: bool) -> Decimal:
    first = _day(start, "start")
    last = _day(end, "end")
    if last < first:
        raise ValidationError("end", translate("Validation", "is before start"))
    if isinstance(regimens, str | bytes) or not isinstance(regimens, Sequence):
        raise ValidationError("regimens", translate("Validation", "must be a list of regimens"))
    return sum(
        (_regimen_total(r, i, first, last, to_mg) for i, r in enumerate(regimens)), Decimal(0)
    )


def cumulative_prednisone_g(regimens: Sequence[Any], start: date, end: date) -> Decimal:
    """Cumulative prednisone in grams from ``start`` to ``end`` inclusive (clinical.md §6).

    Doses are in mg unless a regimen has a ``unit`` of "g" or "mcg" (converted); any other unit
    (tablet, mL, IU) raises. Exact: 10 mg a day for 30 days is ``Decimal("0.3")`` g.
    """
    return _cumulative(regimens, start, end, to_mg=True) / 1000
