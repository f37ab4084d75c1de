"""What the TIS report hands out: each visit's core set measures with where they came from,
each scored visit against the baseline, and their plain-language texts (see
:mod:`dmtracker.services.scores`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

import numpy as np

from dmtracker.domain import tis
from dmtracker.domain.messages import amount as number
from dmtracker.domain.messages import translate

PATIENT_GLOBAL_WINDOW_DAYS = 7
HAQ_WINDOW_DAYS = 14
LAB_WINDOW_DAYS = 14

COMPUTED_BY_APP = translate("TIS", "computed by the app")

SOURCES_NOTE = translate(
    "TIS",
    "Physician global, extramuscular global and MMT-8 come from the clinic visit. Patient global "
    'is your daily check-in answer "How active my disease feels" (0–10, standing in for the '
    "0–10 cm scale) nearest the visit, within {patient_days} days. HAQ-DI is your "
    "HAQ-DI score nearest the visit, within {haq_days} days. The enzyme is the lab result "
    "nearest the visit, within {lab_days} days, compared as a multiple of that lab's own "
    "upper limit. Percentages are shown rounded to {step}; the points are decided on the exact "
    "value.",
).format(
    patient_days=PATIENT_GLOBAL_WINDOW_DAYS,
    haq_days=HAQ_WINDOW_DAYS,
    lab_days=LAB_WINDOW_DAYS,
    step=number("0.01"),
)

#: The same for a juvenile (JDM) profile: the parent global, the CMAS and the CHAQ.
JUVENILE_SOURCES_NOTE = translate(
    "TIS",
    "Physician global, extramuscular global, parent global and the CMAS (or MMT-8) come from "
    "the clinic visit; the parent global stands in for the patient global (where a visit has "
    "none, the daily check-in answer nearest the visit, within {patient_days} days). The "
    "CHAQ is the CHAQ score nearest the visit, within {haq_days} days, in place of the "
    "HAQ-DI. The enzyme is the lab result nearest the visit, within {lab_days} days, compared "
    "as a multiple of that lab's own upper limit. Percentages are shown rounded to {step}; the "
    "points are decided on the exact value.",
).format(
    patient_days=PATIENT_GLOBAL_WINDOW_DAYS,
    haq_days=HAQ_WINDOW_DAYS,
    lab_days=LAB_WINDOW_DAYS,
    step=number("0.01"),
)


def num_text(value: Decimal | int | None) -> str:
    if value is None:
        return "–"
    return format(Decimal(value).normalize(), "f")


def days_text(days: int) -> str:
    if days == 0:
        return translate("TIS", "same day")
    n = abs(days)
    if days < 0:
        return translate("TIS", "%n day(s) before", None, n)
    return translate("TIS", "%n day(s) after", None, n)


def percent_text(percent: Decimal | None) -> str:
    """``25 %``, ``-12.5 % (worse)``; ``–`` when not scored."""
    if percent is None:
        return "–"
    if percent < 0:
        return translate("TIS", "{percent} % (worse)").format(percent=number(percent))
    return translate("TIS", "{percent} %").format(percent=number(percent))


def band_text(measure: str, points: Decimal) -> str:
    """The range of percent improvement that scores ``points`` for ``measure``.

    Neighbouring bands with the same points are merged (HAQ-DI 7.5 is "> 15 to 40 %"), so the
    text is right whatever the rounding of the percentage shown beside it.
    """
    bands = [b for b in tis.POINTS_TABLE[measure] if b.points == points]
    if not bands:
        return ""
    merged = tis.Band(bands[0].lower, bands[-1].upper, points)
    return merged.label


# --- DTOs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One measure of one visit: the value used, how it reads, and where it came from."""

    measure: str
    value: Decimal | None
    text: str  # e.g. "6.5", "132 of 150", "–"
    origin: str  # e.g. "clinic visit", "check-in of 2026-02-23 (2 days before)"
    day: date | None = None
    record_id: int | None = None


@dataclass(frozen=True)
class EnzymeSource:
    """One muscle enzyme result found for a visit (value and ULN in U/L)."""

    name: str
    value: Decimal
    uln: Decimal
    day: date
    record_id: int
    days_from_visit: int

    @property
    def multiple(self) -> Fraction:
        return Fraction(self.value) / Fraction(self.uln)

    def describe(self) -> str:
        shown = (Decimal(self.multiple.numerator) / Decimal(self.multiple.denominator)).quantize(
            Decimal("0.01")
        )
        sign = "=" if self.multiple == Fraction(shown) else "≈"
        return translate("TIS", "{name} {value} U/L {sign} {multiple} × ULN {uln}").format(
            name=self.name,
            value=number(self.value),
            sign=sign,
            multiple=number(shown),
            uln=number(self.uln),
        )

    def origin(self) -> str:
        return translate("TIS", "lab of {day} ({when})").format(
            day=self.day, when=days_text(self.days_from_visit)
        )


@dataclass(frozen=True)
class VisitMeasures:
    """The core set measures of one clinic visit as gathered from the diary."""

    visit_id: int
    visit_date: date
    measures: tis.CoreSetMeasures
    sources: tuple[Source, ...]  # one per measure, in tis.MEASURES order
    enzymes: tuple[EnzymeSource, ...] = ()
    notes: tuple[str, ...] = ()  # entries found but not usable, in words

    def source(self, measure: str) -> Source:
        return next(s for s in self.sources if s.measure == measure)

    @property
    def available(self) -> tuple[str, ...]:
        return tuple(s.measure for s in self.sources if s.value is not None)

    @property
    def count(self) -> int:
        return len(self.available)

    @property
    def complete(self) -> bool:
        return self.count == len(tis.MEASURES)

    def enzyme(self, name: str) -> EnzymeSource | None:
        key = name.strip().casefold()
        return next((e for e in self.enzymes if e.name.casefold() == key), None)

    def describe(self) -> str:
        return translate("TIS", "{day} ({count} of {total} measures)").format(
            day=self.visit_date, count=self.count, total=len(tis.MEASURES)
        )


@dataclass(frozen=True)
class TisLine:
    """One core set measure of one TIS: baseline and follow-up, percent change, points."""

    measure: str
    label: str
    baseline: str
    followup: str
    baseline_origin: str
    followup_origin: str
    percent: Decimal | None  # rounded to 0.01 for display; negative = worse
    points: Decimal | None  # None = not scored (a value is missing)
    band: str

    @property
    def scored(self) -> bool:
        return self.points is not None


@dataclass(frozen=True)
class TisRow:
    """The TIS of one follow-up visit against the baseline (``result`` None when refused)."""

    visit: VisitMeasures
    days_from_baseline: int
    result: tis.TisResult | None
    lines: tuple[TisLine, ...]
    error: str = ""

    @property
    def visit_id(self) -> int:
        return self.visit.visit_id

    @property
    def visit_date(self) -> date:
        return self.visit.visit_date

    @property
    def weeks_from_baseline(self) -> Decimal:
        return (Decimal(self.days_from_baseline) / 7).quantize(Decimal("0.1"))

    @property
    def total(self) -> Decimal | None:
        return None if self.result is None else self.result.total

    @property
    def category(self) -> str | None:
        return None if self.result is None else self.result.category

    @property
    def partial(self) -> bool:
        return self.result is not None and self.result.partial

    @property
    def measures_used(self) -> int:
        return 0 if self.result is None else self.result.measures_used

    def points(self, measure: str) -> Decimal | None:
        return None if self.result is None else self.result.points.get(measure)

    def summary(self) -> str:
        """E.g. "TIS 55 – moderate improvement (computed by the app)" or the partial text."""
        if self.result is None:
            return translate("TIS", "Not scored: {reason}").format(reason=self.error)
        r = self.result
        total = number(r.total)
        if r.category is None:
            return translate(
                "TIS", "Partial TIS {total} ({used} of {count} measures; no category) – {origin}"
            ).format(
                total=total, used=r.measures_used, count=len(tis.MEASURES), origin=COMPUTED_BY_APP
            )
        if r.category == "none":
            return translate("TIS", "TIS {total} – no improvement ({origin})").format(
                total=total, origin=COMPUTED_BY_APP
            )
        if r.category == "minimal":
            return translate("TIS", "TIS {total} – minimal improvement ({origin})").format(
                total=total, origin=COMPUTED_BY_APP
            )
        if r.category == "moderate":
            return translate("TIS", "TIS {total} – moderate improvement ({origin})").format(
                total=total, origin=COMPUTED_BY_APP
            )
        if r.category == "major":
            return translate("TIS", "TIS {total} – major improvement ({origin})").format(
                total=total, origin=COMPUTED_BY_APP
            )
        return f"TIS {num_text(r.total)} – {r.category} improvement ({COMPUTED_BY_APP})"

    def category_text(self) -> str:
        if self.result is None:
            return translate("TIS", "not scored")
        if self.result.category is None:
            return translate("TIS", "partial TIS ({used} of {count}): no category").format(
                used=self.result.measures_used, count=len(tis.MEASURES)
            )
        return tis.category_labels(self.result.juvenile)[self.result.category]


@dataclass(frozen=True)
class TisSeries:
    """TIS over time for a chart: x = local midnight of the visit date in Unix seconds."""

    x: np.ndarray
    y: np.ndarray
    partial: np.ndarray  # bool per point
    labels: tuple[str, ...]
    baseline_x: float | None = None


@dataclass(frozen=True)
class TisReport:
    """Everything the TIS page shows."""

    visits: tuple[VisitMeasures, ...]  # every visit in date order (for the baseline picker)
    baseline: VisitMeasures | None
    default_baseline_id: int | None
    baseline_chosen: bool  # True when the user's saved choice is used
    baseline_reason: str
    rows: tuple[TisRow, ...]
    deterioration: tis.DeteriorationResult | None
    deterioration_text: str
    series: TisSeries
    sources_note: str = SOURCES_NOTE

    def row_for(self, visit_id: int) -> TisRow | None:
        return next((r for r in self.rows if r.visit_id == visit_id), None)
