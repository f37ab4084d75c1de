"""The Total Improvement Score (TIS) over the diary: gathers the six core set measures of every
clinic visit from the data, scores each later visit against a baseline with
:mod:`dmtracker.domain.tis`, and checks ProDERM's confirmed deterioration.

Where each core set measure of a clinic visit comes from
--------------------------------------------------------
* **Physician global activity**, **extramuscular global activity** and **MMT-8** (total and
  scale): the clinic visit itself, as entered from the clinic letter.
* **Patient global activity**: the daily check-in answer "How active my disease feels" (0–10)
  nearest to the visit date, at most :data:`PATIENT_GLOBAL_WINDOW_DAYS` (7) days before or after.
  The daily 0–10 numeric rating stands in for the 0–10 cm visual analogue scale of the core set:
  same range, same direction (0 = inactive), but not the same instrument.
* **HAQ-DI**: the score the app computed and stored with the HAQ-DI answers nearest to the visit,
  at most :data:`HAQ_WINDOW_DAYS` (14) days before or after. Answers with too few categories to be
  scored are skipped.
* **Muscle enzyme**: for each of CK, aldolase, LDH, AST and ALT, the lab result nearest to the
  visit, at most :data:`LAB_WINDOW_DAYS` (14) days before or after, that has the lab's own upper
  reference limit (``ref_high``, used as the upper limit of normal) and a value above 0. The
  domain then picks the most abnormal enzyme (value ÷ ULN) at baseline and follows it.

"Nearest" is the smallest number of days from the visit; a tie goes to the earlier date (an
entry made before the visit was not coloured by what was said there), then to the entry saved
last. Why these windows (app rule): the check-in is daily, so a week either side finds one
despite a few missed days; the HAQ-DI asks about the past week and is often filled in in the days
around a visit; blood is usually drawn in the one or two weeks before a clinic visit.

Baseline (app rule)
-------------------
The baseline the user chose is kept in the profile (``tis_baseline_visit_id``). Without one (or
when that visit was deleted) the default is:

1. with IVIG courses recorded: the latest *complete* visit (all six measures) on or before the
   day the first course started — the pre-treatment baseline, as in ProDERM;
2. otherwise the first complete visit;
3. with no complete visit: the latest visit on or before the first IVIG course, else the first
   visit (its TIS are then partial and say so).

Only visits on a later date than the baseline are scored. A visit whose MMT-8 is on the other
scale (0–80 vs 0–150) is refused with the domain's message; for the deterioration check that one
measure counts as "not available" at that visit. Every score here is computed by the app.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, select

from dmtracker.domain import tis, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.profile import ProfileService
from dmtracker.storage.models import (
    CheckIn,
    ClinicAssessment,
    InfusionCourse,
    InfusionDay,
    LabResult,
    QuestionnaireResponse,
)

__all__ = [
    "COMPUTED_BY_APP",
    "HAQ_WINDOW_DAYS",
    "LAB_WINDOW_DAYS",
    "PATIENT_GLOBAL_WINDOW_DAYS",
    "EnzymeSource",
    "ScoreService",
    "Source",
    "TisLine",
    "TisReport",
    "TisRow",
    "TisSeries",
    "VisitMeasures",
    "band_text",
    "percent_text",
]

PATIENT_GLOBAL_WINDOW_DAYS = 7
HAQ_WINDOW_DAYS = 14
LAB_WINDOW_DAYS = 14

COMPUTED_BY_APP = "computed by the app"

SOURCES_NOTE = (
    f"Physician global, extramuscular global and MMT-8 come from the clinic visit. Patient global "
    f'is your daily check-in answer "How active my disease feels" (0–10, standing in for the '
    f"0–10 cm scale) nearest the visit, within {PATIENT_GLOBAL_WINDOW_DAYS} days. HAQ-DI is your "
    f"HAQ-DI score nearest the visit, within {HAQ_WINDOW_DAYS} days. The enzyme is the lab result "
    f"nearest the visit, within {LAB_WINDOW_DAYS} days, compared as a multiple of that lab's own "
    f"upper limit. Percentages are shown rounded to 0.01; the points are decided on the exact "
    f"value."
)


def _num(value: Decimal | int | None) -> str:
    if value is None:
        return "–"
    return format(Decimal(value).normalize(), "f")


def _days_text(days: int) -> str:
    if days == 0:
        return "same day"
    n = abs(days)
    unit = "day" if n == 1 else "days"
    return f"{n} {unit} {'before' if days < 0 else 'after'}"


def percent_text(percent: Decimal | None) -> str:
    """``25 %``, ``-12.5 % (worse)``; ``–`` when not scored."""
    if percent is None:
        return "–"
    text = f"{_num(percent)} %"
    return f"{text} (worse)" if percent < 0 else text


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
        return f"{self.name} {_num(self.value)} U/L {sign} {_num(shown)} × ULN {_num(self.uln)}"

    def origin(self) -> str:
        return f"lab of {self.day.isoformat()} ({_days_text(self.days_from_visit)})"


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
        return f"{self.visit_date.isoformat()} ({self.count} of {len(tis.MEASURES)} measures)"


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
            return f"Not scored: {self.error}"
        r = self.result
        if r.category is None:
            return (
                f"Partial TIS {_num(r.total)} ({r.measures_used} of {len(tis.MEASURES)} measures; "
                f"no category) – {COMPUTED_BY_APP}"
            )
        words = "no" if r.category == "none" else r.category
        return f"TIS {_num(r.total)} – {words} improvement ({COMPUTED_BY_APP})"

    def category_text(self) -> str:
        if self.result is None:
            return "not scored"
        if self.result.category is None:
            return f"partial TIS ({self.result.measures_used} of {len(tis.MEASURES)}): no category"
        return tis.CATEGORY_LABELS[self.result.category]


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


# --- Helpers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dated:
    day: date
    record_id: int
    value: Decimal


def _nearest(
    items: Sequence[_Dated], days: Sequence[date], day: date, window: int
) -> _Dated | None:
    """The item nearest ``day`` within ±``window`` days (items sorted by day, then id).

    Ties: the earlier date, then the highest id (saved last).
    """
    lo = bisect_left(days, day - timedelta(days=window))
    hi = bisect_right(days, day + timedelta(days=window))
    best: _Dated | None = None
    best_key: tuple[int, int, int] | None = None
    for item in items[lo:hi]:
        gap = (item.day - day).days
        key = (abs(gap), 0 if gap <= 0 else 1, -item.record_id)
        if best_key is None or key < best_key:
            best, best_key = item, key
    return best


class _Pool:
    """Dated values of one kind, sorted, with a nearest-in-window lookup."""

    def __init__(self, items: list[_Dated]):
        self.items = sorted(items, key=lambda i: (i.day, i.record_id))
        self.days = [i.day for i in self.items]

    def nearest(self, day: date, window: int) -> _Dated | None:
        return _nearest(self.items, self.days, day, window)


@dataclass(frozen=True)
class _Lab:
    day: date
    record_id: int
    value: Decimal
    uln: Decimal | None


def _usable_lab(r: _Lab) -> bool:
    """A lab value that can be compared: positive, with a positive upper limit of normal."""
    return r.uln is not None and r.uln > 0 and r.value > 0


class _LabPool:
    """One enzyme's results (sorted by day, then id), split once into those that can be used
    (a nearest-in-window lookup) and those that cannot (named in the visit's notes)."""

    def __init__(self, rows: list[_Lab]):
        usable = [r for r in rows if _usable_lab(r)]
        self.pool = _Pool([_Dated(r.day, r.record_id, r.value) for r in usable])
        self.uln = {r.record_id: r.uln for r in usable}
        self.unusable = [r for r in rows if not _usable_lab(r)]


class ScoreService:
    """TIS inputs, baseline choice, scores and the deterioration check (reads only, except the
    baseline choice, which is saved in the profile)."""

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock
        self._profile = ProfileService(engine, clock)

    # -- gathering -------------------------------------------------------------------------
    def _load(self) -> tuple[list[ClinicAssessment], _Pool, _Pool, dict[str, _LabPool]]:
        enzymes = [a.key for a in vocab.ANALYTES.values() if a.is_muscle_enzyme]
        with Session(self.engine) as s:
            visits = list(
                s.exec(
                    select(ClinicAssessment)
                    .where(ClinicAssessment.deleted_at.is_(None))  # type: ignore[union-attr]
                    .order_by(ClinicAssessment.visit_date, ClinicAssessment.id)  # type: ignore[arg-type]
                ).all()
            )
            checkins = s.exec(
                select(CheckIn.day, CheckIn.id, CheckIn.patient_global).where(
                    CheckIn.deleted_at.is_(None),  # type: ignore[union-attr]
                    CheckIn.patient_global.is_not(None),  # type: ignore[union-attr]
                )
            ).all()
            haqs = s.exec(
                select(
                    QuestionnaireResponse.answered_on,
                    QuestionnaireResponse.id,
                    QuestionnaireResponse.score,
                ).where(
                    QuestionnaireResponse.deleted_at.is_(None),  # type: ignore[union-attr]
                    QuestionnaireResponse.kind == "haq_di",
                    QuestionnaireResponse.score.is_not(None),  # type: ignore[union-attr]
                )
            ).all()
            labs = s.exec(
                select(
                    LabResult.analyte,
                    LabResult.collected_on,
                    LabResult.id,
                    LabResult.value,
                    LabResult.ref_high,
                ).where(
                    LabResult.deleted_at.is_(None),  # type: ignore[union-attr]
                    LabResult.analyte.in_(enzymes),  # type: ignore[attr-defined]
                )
            ).all()
            s.expunge_all()
        by_enzyme: dict[str, list[_Lab]] = {name: [] for name in enzymes}
        for analyte, day, rid, value, high in labs:
            by_enzyme[analyte].append(_Lab(day, rid, value, high))
        for rows in by_enzyme.values():
            rows.sort(key=lambda r: (r.day, r.record_id))
        pg = _Pool([_Dated(d, i, Decimal(v)) for d, i, v in checkins])
        hq = _Pool([_Dated(d, i, Decimal(v)) for d, i, v in haqs])
        return visits, pg, hq, {name: _LabPool(rows) for name, rows in by_enzyme.items()}

    def _measures(
        self,
        visit: ClinicAssessment,
        patient: _Pool,
        haq_pool: _Pool,
        labs: dict[str, _LabPool],
    ) -> VisitMeasures:
        day = visit.visit_date
        notes: list[str] = []
        sources: dict[str, Source] = {}

        def from_visit(measure: str, value: Decimal | None) -> Source:
            origin = "clinic visit" if value is not None else "not recorded at the visit"
            return Source(
                measure,
                value,
                _num(value),
                origin,
                day if value is not None else None,
                visit.id if value is not None else None,
            )

        sources["physician_global"] = from_visit("physician_global", visit.physician_global)
        sources["extramuscular"] = from_visit("extramuscular", visit.extramuscular_global)

        def nearest(measure: str, pool: _Pool, window: int, what: str) -> Source:
            hit = pool.nearest(day, window)
            if hit is None:
                return Source(measure, None, "–", f"no {what} within {window} days")
            gap = (hit.day - day).days
            return Source(
                measure,
                hit.value,
                _num(hit.value),
                f"{what} of {hit.day.isoformat()} ({_days_text(gap)})",
                hit.day,
                hit.record_id,
            )

        sources["patient_global"] = nearest(
            "patient_global", patient, PATIENT_GLOBAL_WINDOW_DAYS, "check-in"
        )
        sources["haq"] = nearest("haq", haq_pool, HAQ_WINDOW_DAYS, "HAQ-DI")

        if visit.mmt8_total is not None and visit.mmt8_scale is not None:
            sources["mmt8"] = Source(
                "mmt8",
                Decimal(visit.mmt8_total),
                f"{visit.mmt8_total} of {visit.mmt8_scale}",
                "clinic visit",
                day,
                visit.id,
            )
        else:
            sources["mmt8"] = Source("mmt8", None, "–", "no MMT-8 total at the visit")

        found: list[EnzymeSource] = []
        for name, lab in labs.items():
            skipped = [r for r in lab.unusable if abs((r.day - day).days) <= LAB_WINDOW_DAYS]
            hit = lab.pool.nearest(day, LAB_WINDOW_DAYS)
            if hit is not None:
                uln = lab.uln[hit.record_id]
                assert uln is not None
                found.append(
                    EnzymeSource(name, hit.value, uln, hit.day, hit.record_id, (hit.day - day).days)
                )
            elif skipped:
                why = "no upper reference limit" if skipped[0].uln is None else "a value of 0"
                notes.append(f"{name} of {skipped[0].day.isoformat()} not used: {why}")
        enzymes = tuple(found)
        if enzymes:
            chosen = tis.most_abnormal_enzyme(
                [tis.EnzymeResult(e.name, e.value, e.uln) for e in enzymes]
            )
            assert chosen is not None
            top = next(e for e in enzymes if e.name == chosen.name)
            days = sorted({e.day for e in enzymes})
            origin = ", ".join(f"lab of {d.isoformat()}" for d in days)
            sources["enzyme"] = Source(
                "enzyme",
                top.value,
                "; ".join(e.describe() for e in enzymes),
                origin,
                top.day,
                top.record_id,
            )
        else:
            sources["enzyme"] = Source(
                "enzyme",
                None,
                "–",
                f"no muscle enzyme with a range within {LAB_WINDOW_DAYS} days",
            )
        measures = tis.CoreSetMeasures(
            physician_global=sources["physician_global"].value,
            patient_global=sources["patient_global"].value,
            mmt8=sources["mmt8"].value,
            mmt8_max=visit.mmt8_scale if sources["mmt8"].value is not None else None,
            haq=sources["haq"].value,
            extramuscular=sources["extramuscular"].value,
            enzymes=[tis.EnzymeResult(e.name, e.value, e.uln) for e in enzymes],
        )
        assert visit.id is not None
        return VisitMeasures(
            visit.id,
            day,
            measures,
            tuple(sources[m] for m in tis.MEASURES),
            enzymes,
            tuple(notes),
        )

    def visit_measures(self) -> list[VisitMeasures]:
        """The core set measures of every clinic visit, in date order."""
        visits, patient, haq_pool, labs = self._load()
        return [self._measures(v, patient, haq_pool, labs) for v in visits]

    def measures_for(self, visit_id: int) -> VisitMeasures:
        for item in self.visit_measures():
            if item.visit_id == visit_id:
                return item
        raise ValidationError("visit", f"no such clinic visit ({visit_id})")

    # -- baseline --------------------------------------------------------------------------
    def first_ivig_day(self) -> date | None:
        """The day the first IVIG course started (planned start or first infusion day)."""
        with Session(self.engine) as s:
            course = s.exec(
                select(sa.func.min(InfusionCourse.planned_start)).where(
                    InfusionCourse.deleted_at.is_(None)  # type: ignore[union-attr]
                )
            ).one()
            day = s.exec(
                select(sa.func.min(InfusionDay.day)).where(
                    InfusionDay.deleted_at.is_(None)  # type: ignore[union-attr]
                )
            ).one()
        found = [d for d in (course, day) if d is not None]
        return min(found) if found else None

    @staticmethod
    def _default(
        visits: Sequence[VisitMeasures], first_ivig: date | None
    ) -> tuple[int | None, str]:
        if not visits:
            return None, "There are no clinic visits yet."
        if first_ivig is not None:
            before = [v for v in visits if v.visit_date <= first_ivig]
            complete = [v for v in before if v.complete]
            if complete:
                return complete[-1].visit_id, (
                    f"Default: the last complete visit (all 6 measures) on or before the first "
                    f"IVIG course ({first_ivig.isoformat()})."
                )
        complete = [v for v in visits if v.complete]
        if complete:
            return complete[0].visit_id, "Default: the first complete visit (all 6 measures)."
        if first_ivig is not None:
            before = [v for v in visits if v.visit_date <= first_ivig]
            if before:
                return before[-1].visit_id, (
                    f"Default: no visit has all 6 measures, so the last visit on or before the "
                    f"first IVIG course ({first_ivig.isoformat()})."
                )
        return visits[0].visit_id, "Default: no visit has all 6 measures, so the first visit."

    def default_baseline_id(self) -> int | None:
        """The visit the app uses as baseline when none was chosen (see the module text)."""
        return self._default(self.visit_measures(), self.first_ivig_day())[0]

    def chosen_baseline_id(self) -> int | None:
        """The baseline visit saved in the profile (it may have been deleted since)."""
        return self._profile.current().tis_baseline_visit_id

    def set_baseline(self, visit_id: int | None) -> Change:
        """Save the chosen baseline visit in the profile; ``None`` goes back to the default."""
        return self._profile.save({"tis_baseline_visit_id": visit_id})

    # -- scoring ---------------------------------------------------------------------------
    def _day_x(self, d: date) -> float:
        return datetime.combine(d, time(0), tzinfo=self.clock.tz).timestamp()

    @staticmethod
    def _lines(
        base: VisitMeasures, follow: VisitMeasures, result: tis.TisResult | None
    ) -> tuple[TisLine, ...]:
        lines = []
        for m in tis.MEASURES:
            b, f = base.source(m), follow.source(m)
            b_text, f_text, b_origin, f_origin = b.text, f.text, b.origin, f.origin
            if m == "enzyme":
                name = result.enzyme_name if result is not None else None
                if name is None and base.enzymes:
                    chosen = tis.most_abnormal_enzyme(list(base.measures.enzymes))
                    name = chosen.name if chosen is not None else None
                be = base.enzyme(name) if name else None
                fe = follow.enzyme(name) if name else None
                b_text = be.describe() if be else "–"
                b_origin = be.origin() if be else b.origin
                if fe is not None:
                    f_text, f_origin = fe.describe(), fe.origin()
                elif name is not None:
                    f_text = "–"
                    f_origin = f"no {name} with a range within {LAB_WINDOW_DAYS} days"
            points = None if result is None else result.points.get(m)
            percent = None if result is None else result.percent_change.get(m)
            lines.append(
                TisLine(
                    m,
                    tis.MEASURE_LABELS[m],
                    b_text,
                    f_text,
                    b_origin,
                    f_origin,
                    percent,
                    points,
                    band_text(m, points) if points is not None else "not scored",
                )
            )
        return tuple(lines)

    def _row(self, base: VisitMeasures, follow: VisitMeasures) -> TisRow:
        days = (follow.visit_date - base.visit_date).days
        try:
            result = tis.total_improvement_score(base.measures, follow.measures)
        except ValidationError as exc:
            return TisRow(follow, days, None, self._lines(base, follow, None), exc.reason)
        return TisRow(follow, days, result, self._lines(base, follow, result))

    def report(self, baseline_id: int | None = None) -> TisReport:
        """The TIS of every visit after the baseline (``baseline_id``, else the saved choice,
        else the default), the chart series and the deterioration check."""
        visits = self.visit_measures()
        default_id, default_reason = self._default(visits, self.first_ivig_day())
        by_id = {v.visit_id: v for v in visits}
        saved = self.chosen_baseline_id()
        chosen = False
        if baseline_id is not None:
            if baseline_id not in by_id:
                raise ValidationError("baseline", f"no such clinic visit ({baseline_id})")
            base_id, chosen, reason = baseline_id, True, "Chosen by you."
        elif saved is not None and saved in by_id:
            base_id, chosen, reason = saved, True, "Chosen by you."
        elif saved is not None:
            base_id, reason = (
                default_id,
                ("The baseline visit you chose was deleted. " + default_reason),
            )
        else:
            base_id, reason = default_id, default_reason
        if chosen and base_id == default_id:
            reason = "Chosen by you (it is also the default)."
        base = by_id.get(base_id) if base_id is not None else None
        rows: list[TisRow] = []
        if base is not None:
            rows = [self._row(base, v) for v in visits if v.visit_date > base.visit_date]
        deterioration, det_text = self._deterioration(base, rows)
        scored = [r for r in rows if r.result is not None]
        labels = []
        for r in scored:
            assert r.result is not None
            if r.partial:
                labels.append(
                    f"partial {_num(r.result.total)} ({r.result.measures_used} of "
                    f"{len(tis.MEASURES)})"
                )
            else:
                labels.append(f"{_num(r.result.total)} {r.result.category}")
        series = TisSeries(
            np.array([self._day_x(r.visit_date) for r in scored], dtype=float),
            np.array([float(r.result.total) for r in scored if r.result is not None], dtype=float),
            np.array([r.partial for r in scored], dtype=bool),
            tuple(labels),
            self._day_x(base.visit_date) if base is not None else None,
        )
        return TisReport(
            tuple(visits),
            base,
            default_id,
            chosen,
            reason,
            tuple(rows),
            deterioration,
            det_text,
            series,
        )

    def _deterioration(
        self, base: VisitMeasures | None, rows: Sequence[TisRow]
    ) -> tuple[tis.DeteriorationResult | None, str]:
        if base is None or len(rows) < 2:
            return None, (
                "Confirmed deterioration (ProDERM rule) needs two visits after the baseline; "
                "not checked yet."
            )
        follow = []
        for r in rows:
            m = r.visit.measures
            if r.result is None:  # MMT-8 on the other scale: that measure is not comparable
                m = replace(m, mmt8=None, mmt8_max=None)
            follow.append(m)
        found = tis.confirmed_deterioration(base.measures, follow)
        if found is None:
            return None, (
                "No confirmed deterioration (ProDERM rule): checked by the app at every two "
                "consecutive visits after the baseline."
            )
        first, second = (rows[i].visit_date.isoformat() for i in found.visits)
        reasons = "; ".join(tis.DETERIORATION_CRITERIA[c] for c in found.criteria)
        text = (
            f"⚠ Warning – confirmed deterioration (ProDERM rule), checked by the app: at the "
            f"visits of {first} and {second}, compared with the baseline of "
            f"{base.visit_date.isoformat()}: {reasons}. This is a warning to discuss with your "
            "care team, not a score."
        )
        return found, text
