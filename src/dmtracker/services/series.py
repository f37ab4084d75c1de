"""Everything the trend charts draw, read once as numpy arrays (x = local midnight of the day,
in Unix seconds). Missing days are gaps (NaN), never zeros. Panning and zooming never query
the database again: the page keeps one :class:`TrendData` until data change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, select

from dmtracker.domain import medications, side_effects, trends, vocab
from dmtracker.domain import rash as rash_rules
from dmtracker.services.clock import Clock
from dmtracker.storage.models import (
    CheckIn,
    InfusionCourse,
    InfusionDay,
    LabResult,
    Medication,
    RashAssessment,
    Regimen,
    SelfTest,
    SideEffect,
)


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    x: np.ndarray  # float64 Unix seconds
    y: np.ndarray  # float64, NaN where nothing was logged
    unit: str = ""


@dataclass(frozen=True)
class Band:
    start: float
    end: float
    label: str
    first_day: date


@dataclass(frozen=True)
class Events:
    x: np.ndarray
    grade: np.ndarray
    red_flag: np.ndarray  # bool
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Bar:
    start: float
    end: float
    name: str
    text: str


@dataclass
class TrendData:
    first_day: date | None
    last_day: date | None
    days: list[date]
    scales: list[Series]
    self_tests: list[Series]
    rash: Series
    labs: list[Series]  # value ÷ upper limit of normal, per enzyme
    labs_raw: dict[str, tuple[np.ndarray, np.ndarray]]  # analyte -> (x, U/L)
    courses: list[Band]
    events: Events
    prednisone: Series  # step series (mg/day)
    other_drugs: list[Bar]
    extra: dict[str, Series] = field(default_factory=dict)

    def scale(self, key: str) -> Series:
        return next(s for s in self.scales if s.key == key)

    def x_range(self) -> tuple[float, float] | None:
        xs = [s.x for s in (*self.scales, *self.self_tests, *self.labs) if s.x.size]
        xs += [np.array([b.start, b.end]) for b in self.courses]
        if not xs:
            return None
        return float(min(a.min() for a in xs)), float(max(a.max() for a in xs)) + 86400.0


class SeriesService:
    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def day_x(self, d: date) -> float:
        return datetime.combine(d, time(0), tzinfo=self.clock.tz).timestamp()

    def x_day(self, x: float) -> date:
        return datetime.fromtimestamp(x + 43200, self.clock.tz).date()

    def trend_data(self) -> TrendData:
        """The whole history, once."""
        with Session(self.engine) as s:
            live = CheckIn.deleted_at.is_(None)  # type: ignore[union-attr]
            cols = [getattr(CheckIn, k) for k in vocab.DAILY_SCALES]
            checkins = s.exec(select(CheckIn.day, *cols).where(live).order_by(CheckIn.day)).all()
            tests = s.exec(
                select(
                    SelfTest.day, SelfTest.kind, SelfTest.custom_name, SelfTest.value, SelfTest.unit
                )
                .where(SelfTest.deleted_at.is_(None))  # type: ignore[union-attr]
                .order_by(SelfTest.day, SelfTest.id)
            ).all()
            rash = s.exec(
                select(
                    RashAssessment.day,
                    RashAssessment.redness,
                    RashAssessment.scaling,
                    RashAssessment.open_sore,
                ).where(RashAssessment.deleted_at.is_(None))  # type: ignore[union-attr]
            ).all()
            labs = s.exec(
                select(
                    LabResult.collected_on, LabResult.analyte, LabResult.value, LabResult.ref_high
                )
                .where(LabResult.deleted_at.is_(None))  # type: ignore[union-attr]
                .order_by(LabResult.collected_on)
            ).all()
            courses = s.exec(
                select(InfusionCourse)
                .where(
                    InfusionCourse.deleted_at.is_(None)  # type: ignore[union-attr]
                )
                .order_by(InfusionCourse.planned_start)
            ).all()
            given = {
                course: (first, last)
                for course, first, last in s.exec(
                    select(
                        InfusionDay.course_id,
                        sa.func.min(InfusionDay.day),
                        sa.func.max(InfusionDay.day),
                    )
                    .where(InfusionDay.deleted_at.is_(None))  # type: ignore[union-attr]
                    .group_by(InfusionDay.course_id)
                ).all()
            }
            effects = s.exec(
                select(SideEffect.onset_at, SideEffect.grade, SideEffect.red_flag, SideEffect.term)
                .where(SideEffect.deleted_at.is_(None))  # type: ignore[union-attr]
                .order_by(SideEffect.onset_at)
            ).all()
            regimens = s.exec(
                select(
                    Medication.name,
                    Regimen.dose,
                    Regimen.unit,
                    Regimen.schedule,
                    Regimen.start_date,
                    Regimen.end_date,
                )
                .join(Medication, Medication.id == Regimen.medication_id)
                .where(Regimen.deleted_at.is_(None), Medication.deleted_at.is_(None))  # type: ignore[union-attr]
                .order_by(Regimen.start_date)
            ).all()
        course_list = []
        for c in courses:
            # the days given, as recorded (a course moved earlier or later than planned was
            # shaded on its planned days, its infusions left out of the band); else as planned
            first, last = given.get(c.id) or (
                c.planned_start,
                c.planned_start + timedelta(days=c.days_planned - 1),
            )
            course_list.append(
                Band(
                    self.day_x(first), self.day_x(last) + 86400.0, f"IVIG {c.g_per_kg} g/kg", first
                )
            )
        all_days = [r[0] for r in checkins] + [t[0] for t in tests] + [r[0] for r in rash]
        if not all_days and not course_list:
            empty = np.array([])
            return TrendData(
                None,
                None,
                [],
                [Series(k, v, empty, empty) for k, v in vocab.DAILY_SCALES.items()],
                [],
                Series("rash", rash_rules.LABEL, empty, empty),
                [],
                {},
                [],
                Events(empty, empty, empty.astype(bool), ()),
                Series("prednisone", "Prednisone", empty, empty, "mg/day"),
                [],
            )
        first = min(all_days) if all_days else course_list[0].first_day
        last = max([*all_days, self.clock.today()])
        n = (last - first).days + 1
        days = [first + timedelta(days=i) for i in range(n)]
        x = np.array([self.day_x(d) for d in days])
        # daily scales
        grid = np.full((len(vocab.DAILY_SCALES), n), np.nan)
        for row in checkins:
            i = (row[0] - first).days
            for j, v in enumerate(row[1:]):
                if v is not None:
                    grid[j, i] = v
        scales = [
            Series(k, label, x, grid[j], "0–10")
            for j, (k, label) in enumerate(vocab.DAILY_SCALES.items())
        ]
        # self-tests: one series per kind (custom tests per name), one point per test
        by_kind: dict[tuple[str, str], list[tuple[date, float]]] = defaultdict(list)
        units: dict[tuple[str, str], str] = {}
        for day, kind, custom, value, unit in tests:
            key = (kind, custom if kind == "custom" else "")
            by_kind[key].append((day, float(value)))
            units[key] = unit
        self_tests = []
        for kind in vocab.SELF_TESTS:
            for key in sorted(k for k in by_kind if k[0] == kind):
                pts = by_kind[key]
                label = key[1] or vocab.SELF_TESTS[kind].label
                self_tests.append(
                    Series(
                        f"{kind}:{key[1]}" if key[1] else kind,
                        label,
                        np.array([self.day_x(d) for d, _ in pts]),
                        np.array([v for _, v in pts]),
                        units[key],
                    )
                )
        # rash score per day
        per_day: dict[date, int] = defaultdict(int)
        for day, redness, scaling, sore in rash:
            per_day[day] += redness + scaling + (rash_rules.OPEN_SORE_POINTS if sore else 0)
        rdays = sorted(per_day)
        rash_series = Series(
            "rash",
            rash_rules.LABEL,
            np.array([self.day_x(d) for d in rdays]),
            np.array([float(per_day[d]) for d in rdays]),
            "score",
        )
        # labs as multiples of the lab's own upper limit of normal
        lab_pts: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
        for day, analyte, value, high in labs:
            if analyte in vocab.ANALYTES:
                ratio = float(value) / float(high) if high else np.nan
                lab_pts[analyte].append((self.day_x(day), float(value), ratio))
        lab_series = []
        labs_raw = {}
        for analyte in vocab.ANALYTES:
            pts = lab_pts.get(analyte)
            if pts:
                arr = np.array(pts)
                lab_series.append(
                    Series(analyte, vocab.ANALYTES[analyte].label, arr[:, 0], arr[:, 2], "× ULN")
                )
                labs_raw[analyte] = (arr[:, 0], arr[:, 1])
        # side effects
        ex = np.array([e[0].timestamp() for e in effects])
        events = Events(
            ex,
            np.array([e[1] for e in effects], dtype=float),
            np.array([bool(e[2]) for e in effects]),
            tuple(e[3] for e in effects),
        )
        # prednisone (daily dose, a step line) and other drugs as bars
        pred_x: list[float] = []
        pred_y: list[float] = []
        bars: list[Bar] = []
        for name, dose, unit, schedule, start, end in regimens:
            stop = self.day_x(end) + 86400.0 if end else self.day_x(last) + 86400.0
            per_day = (
                medications.daily_equivalent_mg(dose, schedule, 0)
                if schedule in ("daily", "alternate_day") and unit == "mg"
                else None
            )
            # the step line is prednisone-equivalent mg a day (clinical.md §8)
            equivalent = (
                medications.prednisone_equivalent_mg(name, per_day) if per_day is not None else None
            )
            if equivalent is not None:
                if pred_x and pred_x[-1] < self.day_x(start):
                    pred_x.append(pred_x[-1])
                    pred_y.append(np.nan)
                pred_x += [self.day_x(start), stop]
                pred_y += [float(equivalent), float(equivalent)]
            else:
                sched = {"weekly": "weekly"}.get(schedule, schedule.replace("_", " "))
                bars.append(
                    Bar(
                        self.day_x(start),
                        stop,
                        name,
                        f"{name} {format(dose.normalize(), 'f')} {unit} {sched}",
                    )
                )
        prednisone = Series(
            "prednisone",
            "Prednisone-equivalent",
            np.array(pred_x),
            np.array(pred_y),
            "mg/day",
        )
        return TrendData(
            first,
            last,
            days,
            scales,
            self_tests,
            rash_series,
            lab_series,
            labs_raw,
            course_list,
            events,
            prednisone,
            bars,
        )

    # -- derived views -------------------------------------------------------------------------
    def flares(
        self, data: TrendData, threshold: float = trends.DEFAULT_FLARE_THRESHOLD
    ) -> list[trends.Flare]:
        return trends.find_flares(
            data.days, {k: data.scale(k).y for k in trends.FLARE_SCALES}, threshold
        )

    def cycle_profile(
        self, data: TrendData, key: str, length: int = trends.DEFAULT_CYCLE_DAYS
    ) -> trends.CycleProfile:
        """Fold a daily scale, the rash score or a self-test onto days since a course began."""
        series = self.daily_values(data, key)
        return trends.fold_cycles(data.days, series, [b.first_day for b in data.courses], length)

    def daily_values(self, data: TrendData, key: str) -> np.ndarray:
        """Any measure as one value per day of ``data.days`` (NaN when none)."""
        if key in vocab.DAILY_SCALES:
            return data.scale(key).y
        source = (
            data.rash if key == "rash" else next((s for s in data.self_tests if s.key == key), None)
        )
        out = np.full(len(data.days), np.nan)
        if source is None or data.first_day is None:
            return out
        for xv, yv in zip(source.x, source.y, strict=True):
            i = (self.x_day(float(xv)) - data.first_day).days
            if 0 <= i < out.size:
                out[i] = yv
        return out


def red_flag_terms() -> frozenset[str]:
    return frozenset(side_effects.RED_FLAG_TERMS)
