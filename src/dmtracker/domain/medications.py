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

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple

from dmtracker.domain.errors import ValidationError

__all__ = [
    "DOSE_UNITS",
    "GLUCOCORTICOIDS",
    "HCQ_MAX_MG_PER_KG",
    "HYDROXYCHLOROQUINE_NAMES",
    "METHOTREXATE_NAMES",
    "PREDNISONE_NAMES",
    "ROUTES",
    "SCHEDULES",
    "WEEKDAYS",
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
    "daily": "Every day",
    "alternate_day": "Every other day",
    "weekly": "Once a week",
    "course": "In courses (e.g. IVIG)",
    "as_needed": "When needed",
}
ROUTES: dict[str, str] = {
    "oral": "By mouth",
    "subcutaneous": "Injection under the skin",
    "intravenous": "Into a vein (drip)",
    "intramuscular": "Injection into a muscle",
    "topical": "On the skin",
    "other": "Other",
}
DOSE_UNITS: dict[str, str] = {
    "mg": "mg",
    "g": "g",
    "mcg": "micrograms (mcg)",
    "mL": "mL",
    "IU": "units (IU)",
    "tablet": "tablet(s)",
}
WEEKDAYS: dict[int, str] = {
    0: "Monday",
    1: "Tuesday",
    2: "Wednesday",
    3: "Thursday",
    4: "Friday",
    5: "Saturday",
    6: "Sunday",
}

HCQ_MAX_MG_PER_KG = Decimal("5.0")  # clinical.md §6: ≤ 5.0 mg/kg real body weight per day
MAX_DOSE = Decimal("100000")
MAX_WEIGHT_KG = Decimal("400")
MAX_TAPER_STEPS = 1000

_MG_PER_UNIT: dict[str, Decimal] = {"mg": Decimal(1), "g": Decimal(1000), "mcg": Decimal("0.001")}


# --- Input parsing --------------------------------------------------------------------------
def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fmt(d: Decimal) -> str:
    return f"{d.normalize():f}"


def _number(
    value: Any, name: str, *, lo: Decimal, hi: Decimal, lo_open: bool = True, unit: str = ""
) -> Decimal:
    """Read ``value`` (Decimal, int, str; float via str) as an exact finite decimal in bounds."""
    suffix = f" {unit}" if unit else ""
    if lo_open:
        what = f"a number greater than {_fmt(lo)} and at most {_fmt(hi)}{suffix}"
    else:
        what = f"a number from {_fmt(lo)} to {_fmt(hi)}{suffix}"
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str | float):
        raise ValidationError(name, f"must be {what}, got {_show(value)}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(name, f"must be {what}, got {_show(value)}")
        value = str(value)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(name, f"must be {what}, got {_show(value)}") from None
    if not d.is_finite():
        raise ValidationError(name, f"must be {what}, got {_show(value)}")
    if d > hi or d < lo or (lo_open and d == lo):
        raise ValidationError(name, f"must be {what}, got {_fmt(d)}")
    return d


def _whole(value: Any, name: str, *, lo: int, hi: int) -> int:
    what = f"a whole number from {lo} to {hi}"
    if isinstance(value, bool):
        raise ValidationError(name, f"must be {what}, got {_show(value)}")
    if isinstance(value, int):
        n = value
    else:
        try:
            d = _number(value, name, lo=Decimal(lo), hi=Decimal(hi), lo_open=False)
        except ValidationError:
            raise ValidationError(name, f"must be {what}, got {_show(value)}") from None
        if d != d.to_integral_value():
            raise ValidationError(name, f"must be {what}, got {_show(value)}")
        n = int(d)
    if not lo <= n <= hi:
        raise ValidationError(name, f"must be {what}, got {n}")
    return n


def _day(value: Any, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(name, f"must be a date, got {_show(value)}")
    return value


# --- Drug names -----------------------------------------------------------------------------
# Methotrexate brands. Source: the list in issue 16 (itself from a rheumatologist's review)
# completed from memory of national product registers (US DailyMed, EU/EMA and national SmPC
# lists, Australia's TGA, the BNF): a brand missing here would let daily methotrexate through the
# block, so more is better; each is a methotrexate-only product. "Metotrexato" is the Spanish,
# Portuguese and Italian generic name. Check new brands against a national register before adding.
METHOTREXATE_NAMES: tuple[str, ...] = (
    "methotrexate",
    "MTX",
    "Metotrexato",
    "Metotrexat",
    "Otrexup",
    "Rasuvo",
    "RediTrex",
    "Metoject",
    "Metojectpen",
    "Trexall",
    "Jylamvo",
    "Xatmep",
    "Nordimet",
    "Maxtrex",
    "Methoblastin",
    "Zlatal",
    "Ebetrex",
    "Trexan",
    "Ledertrexate",
    "Emthexate",
    "Lantarel",
    "Metex",
    "Novatrex",
    "Imeth",
    "Bendatrexate",
    "Abitrexate",
)
HYDROXYCHLOROQUINE_NAMES: tuple[str, ...] = ("hydroxychloroquine", "HCQ", "Plaquenil", "Quensyl")
PREDNISONE_NAMES: tuple[str, ...] = (
    "prednisone",
    "prednisolone",
    "Deltasone",
    "Rayos",
    "Predsol",
    "Orapred",
    "Millipred",
    "Prelone",
    "Pediapred",
    "Decortin",
)


def _name_pattern(stems: Sequence[str], words: Sequence[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive match. A generic-name stem also matches any ending (its
    salt or a spelling without the final "e": "methotrexat", "hydroxychloroquine sulfate");
    a brand or abbreviation matches as a word (digits may follow: "MTX2.5")."""
    alternatives = "|".join([re.escape(s) + r"\w*" for s in stems] + [re.escape(w) for w in words])
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


_METHOTREXATE = _name_pattern(["methotrexat", "metotrexat"], METHOTREXATE_NAMES[1:])
_HYDROXYCHLOROQUINE = _name_pattern(["hydroxychloroquin"], HYDROXYCHLOROQUINE_NAMES[1:])
_PREDNISONE = _name_pattern(["prednison", "prednisolon"], PREDNISONE_NAMES[2:])


def _matches(pattern: re.Pattern[str], name: str) -> bool:
    return isinstance(name, str) and pattern.search(name) is not None


class Glucocorticoid(NamedTuple):
    """A glucocorticoid and the mg of it equal to 5 mg prednisone (clinical.md §8)."""

    key: str
    label: str
    mg_per_5_mg_prednisone: Decimal
    stems: tuple[str, ...]  # generic names: any ending matches ("prednisolone acetate")
    brands: tuple[str, ...]


# Anti-inflammatory equivalents, clinical.md §8. Most specific first (methylprednisolone before
# prednisolone). Brands: common ones from national product lists (from memory; see the MTX note).
GLUCOCORTICOIDS: tuple[Glucocorticoid, ...] = (
    Glucocorticoid(
        "methylprednisolone",
        "methylprednisolone",
        Decimal(4),
        ("methylprednisolon", "methyl-prednisolon", "methyl prednisolon"),
        ("Medrol", "Solu-Medrol", "Depo-Medrol", "Urbason", "Metypred", "Medrone"),
    ),
    Glucocorticoid(
        "prednisone",
        "prednisone",
        Decimal(5),
        ("prednison", "prednisolon"),
        (*PREDNISONE_NAMES[2:], "Dacortin", "Solu-Decortin", "Deltacortril", "Lodotra"),
    ),
    Glucocorticoid(
        "triamcinolone",
        "triamcinolone",
        Decimal(4),
        ("triamcinolon",),
        ("Kenalog", "Kenacort", "Aristocort", "Volon"),
    ),
    Glucocorticoid(
        "dexamethasone",
        "dexamethasone",
        Decimal("0.75"),
        ("dexamethason",),
        ("Decadron", "Fortecortin", "Hemady", "Neofordex"),
    ),
    Glucocorticoid(
        "hydrocortisone",
        "hydrocortisone",
        Decimal(20),
        ("hydrocortison", "cortisol"),
        ("Cortef", "Solu-Cortef", "Hydrocortone", "Plenadren", "Alkindi", "Efcortesol"),
    ),
)
_GLUCOCORTICOID_PATTERNS: tuple[tuple[Glucocorticoid, re.Pattern[str]], ...] = tuple(
    (g, _name_pattern(list(g.stems), list(g.brands))) for g in GLUCOCORTICOIDS
)
_PREDNISONE_MG = Decimal(5)


def glucocorticoid_of(name: str) -> Glucocorticoid | None:
    """The glucocorticoid a drug name is (generic or brand, whole words), most specific first."""
    if not isinstance(name, str):
        return None
    for g, pattern in _GLUCOCORTICOID_PATTERNS:
        if pattern.search(name) is not None:
            return g
    return None


# Blood thinners (anticoagulants), generic names and common brands: the clinic report lists them
# beside a past clot (issue 16). Antiplatelets (aspirin, clopidogrel) are not anticoagulants.
ANTICOAGULANT_NAMES: tuple[str, ...] = (
    "apixaban",
    "rivaroxaban",
    "edoxaban",
    "dabigatran",
    "warfarin",
    "acenocoumarol",
    "phenprocoumon",
    "heparin",
    "enoxaparin",
    "dalteparin",
    "tinzaparin",
    "fondaparinux",
    "Eliquis",
    "Xarelto",
    "Lixiana",
    "Savaysa",
    "Pradaxa",
    "Coumadin",
    "Marevan",
    "Sintrom",
    "Marcumar",
    "Clexane",
    "Lovenox",
    "Fragmin",
    "Innohep",
    "Arixtra",
)
_ANTICOAGULANT = _name_pattern(list(ANTICOAGULANT_NAMES[:12]), ANTICOAGULANT_NAMES[12:])


def is_anticoagulant(name: str) -> bool:
    """True for a blood thinner (anticoagulant) by generic name or brand, whole words."""
    return _matches(_ANTICOAGULANT, name)


def is_glucocorticoid(name: str) -> bool:
    """True for any glucocorticoid with a prednisone equivalent (clinical.md §8)."""
    return glucocorticoid_of(name) is not None


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
    dose = _number(dose_mg, "dose_mg", lo=Decimal(0), hi=MAX_DOSE, lo_open=False, unit="mg")
    return dose * _PREDNISONE_MG / g.mg_per_5_mg_prednisone


def is_methotrexate(name: str) -> bool:
    """True when the drug name is methotrexate (generic, MTX or a brand), case-insensitive."""
    return _matches(_METHOTREXATE, name)


def is_hydroxychloroquine(name: str) -> bool:
    """True for hydroxychloroquine, HCQ, Plaquenil (whole words, case-insensitive)."""
    return _matches(_HYDROXYCHLOROQUINE, name)


def is_prednisone(name: str) -> bool:
    """True for prednisone or prednisolone (equal potency) and their brands.

    Methylprednisolone (also written "methyl-prednisolone"), dexamethasone and hydrocortisone
    are other steroids with other potencies: False here (see :func:`prednisone_equivalent_mg`).
    """
    g = glucocorticoid_of(name)
    return g is not None and g.key == "prednisone" and _matches(_PREDNISONE, name)


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
    return (
        "Methotrexate for myositis is taken once a WEEK, on the same day each week, not every "
        "day. Taking it daily by mistake causes serious, sometimes fatal, poisoning. Check the "
        "label or ask your pharmacist, and enter it as a weekly medicine with its day of the "
        "week."
    )


def hydroxychloroquine_mg_per_kg(
    daily_dose_mg: Decimal | int | str, weight_kg: Decimal | int | str
) -> Decimal:
    """Hydroxychloroquine mg per kg of real body weight per day, exact (not rounded)."""
    dose = _number(daily_dose_mg, "daily_dose_mg", lo=Decimal(0), hi=Decimal(5000), unit="mg")
    weight = _number(weight_kg, "weight_kg", lo=Decimal(0), hi=MAX_WEIGHT_KG, unit="kg")
    return dose / weight


def hydroxychloroquine_check(
    daily_dose_mg: Decimal | int | str, weight_kg: Decimal | int | str
) -> str | None:
    """Flag a hydroxychloroquine dose above 5.0 mg/kg real body weight a day (clinical.md §6).

    The comparison is exact: 350 mg at 70 kg is 5.00 and not flagged; 400 mg at 70 kg is 5.71
    and flagged. The message shows mg/kg/day to 2 decimals (more if 2 would read as 5.00).
    """
    dose = _number(daily_dose_mg, "daily_dose_mg", lo=Decimal(0), hi=Decimal(5000), unit="mg")
    weight = _number(weight_kg, "weight_kg", lo=Decimal(0), hi=MAX_WEIGHT_KG, unit="kg")
    ratio = dose / weight
    if ratio <= HCQ_MAX_MG_PER_KG:
        return None
    shown = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if shown <= HCQ_MAX_MG_PER_KG:
        shown = ratio.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return (
        f"Hydroxychloroquine {_fmt(dose)} mg a day at {_fmt(weight)} kg is {shown} mg/kg a day, "
        f"above {HCQ_MAX_MG_PER_KG} mg/kg a day of real body weight. Above that dose the risk of "
        "damage to the retina (the back of the eye) rises over the years. You may want to ask "
        "your doctor whether the dose fits your current weight."
    )


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
            raise ValidationError(f"stages[{i}].{exc.args[0]}", "is required") from None
    if isinstance(stage, Sequence) and not isinstance(stage, str):
        if len(stage) != 3:
            raise ValidationError(f"stages[{i}]", "must be (step_down, every_days, down_to)")
        return stage[0], stage[1], stage[2]
    try:
        return stage.step_down, stage.every_days, stage.down_to
    except AttributeError:
        raise ValidationError(f"stages[{i}]", "must be (step_down, every_days, down_to)") from None


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
    dose = _number(start_dose, "start_dose", lo=Decimal(0), hi=MAX_DOSE)
    day = _day(start_date, "start_date")
    if isinstance(stages, str | bytes) or not isinstance(stages, Sequence) or not stages:
        raise ValidationError("stages", "give at least one stage (step_down, every_days, down_to)")
    parsed: list[tuple[Decimal, int, Decimal]] = []
    current = dose
    for i, stage in enumerate(stages):
        raw_step, raw_days, raw_to = _stage_fields(stage, i)
        step = _number(raw_step, f"stages[{i}].step_down", lo=Decimal(0), hi=MAX_DOSE)
        every = _whole(raw_days, f"stages[{i}].every_days", lo=1, hi=3650)
        floor = _number(raw_to, f"stages[{i}].down_to", lo=Decimal(0), hi=MAX_DOSE, lo_open=False)
        if floor >= current:
            raise ValidationError(
                f"stages[{i}].down_to",
                f"must be below the dose this stage starts from ({_fmt(current)}), "
                f"got {_fmt(floor)}",
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
                    f"stages[{i}].step_down", f"makes more than {MAX_TAPER_STEPS} taper steps"
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
    d = _number(dose, "dose", lo=Decimal(0), hi=MAX_DOSE, lo_open=False)
    kind = _schedule(schedule, "schedule")
    if kind == "daily":
        return d
    if kind == "alternate_day":
        return d / 2
    if kind == "weekly":
        if weekday is None:
            _missing_weekday()
        _whole(weekday, "weekday", lo=0, hi=6)
        return d / 7
    return None


def _missing_weekday(name: str = "weekday") -> None:
    raise ValidationError(name, "a weekly dose needs the day of the week (0 Monday … 6 Sunday)")


def _schedule(value: Any, name: str) -> str:
    if not isinstance(value, str) or value.strip() not in SCHEDULES:
        raise ValidationError(name, f"must be one of {', '.join(SCHEDULES)}; got {_show(value)}")
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
    dose = _number(
        _field(regimen, "dose", 0), f"{name}.dose", lo=Decimal(0), hi=MAX_DOSE, lo_open=False
    )
    kind = _schedule(_field(regimen, "schedule", 1), f"{name}.schedule")
    first = _day(_field(regimen, "start_date", 3), f"{name}.start_date")
    raw_last = _field(regimen, "end_date", 4)
    last = None if raw_last is None else _day(raw_last, f"{name}.end_date")
    if last is not None and last < first:
        raise ValidationError(f"{name}.end_date", "is before the start date")
    times = _field(regimen, "times_per_day", 5, 1)
    times = 1 if times is None else _whole(times, f"{name}.times_per_day", lo=1, hi=24)
    factor = Decimal(1)
    if to_mg:
        unit = _field(regimen, "unit", 6, "mg") or "mg"
        if unit not in _MG_PER_UNIT:
            raise ValidationError(
                f"{name}.unit", f"must be mg, g or mcg to add up in mg; got {_show(unit)}"
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
        n = _count_weekday(lo, hi, _whole(weekday, f"{name}.weekday", lo=0, hi=6))
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
        raise ValidationError("end", "is before start")
    if isinstance(regimens, str | bytes) or not isinstance(regimens, Sequence):
        raise ValidationError("regimens", "must be a list of regimens")
    return sum(
        (_regimen_total(r, i, first, last, to_mg) for i, r in enumerate(regimens)), Decimal(0)
    )


def cumulative_prednisone_g(regimens: Sequence[Any], start: date, end: date) -> Decimal:
    """Cumulative prednisone in grams from ``start`` to ``end`` inclusive (clinical.md §6).

    Doses are in mg unless a regimen has a ``unit`` of "g" or "mcg" (converted); any other unit
    (tablet, mL, IU) raises. Exact: 10 mg a day for 30 days is ``Decimal("0.3")`` g.
    """
    return _cumulative(regimens, start, end, to_mg=True) / 1000
