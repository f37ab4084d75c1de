"""Everything the trend charts draw, read once as numpy arrays (x = local midnight of the day,
in Unix seconds). Missing days are gaps (NaN), never zeros. Panning and zooming never query
the database again: the page keeps one :class:`TrendData` until data change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import medications, records, side_effects, trends, vocab
from dmtracker.domain import rash as rash_rules
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, translate
from dmtracker.domain.settings import DEFAULT_FLARE_THRESHOLD
from dmtracker.services.base import stored_id
from dmtracker.services.clock import Clock
from dmtracker.storage.models import (
    CheckIn,
    DailySteps,
    InfusionCourse,
    InfusionDay,
    LabResult,
    Medication,
    RashAssessment,
    Regimen,
    SelfTest,
    SideEffect,
    SymptomEntry,
)


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    x: np.ndarray  # float64 Unix seconds
    y: np.ndarray  # float64, NaN where nothing was logged
    unit: str = ""


STEPS_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Steps")
STEPS_UNIT = "steps/day"


def no_steps() -> Series:
    empty = np.array([])
    return Series("steps", STEPS_LABEL, empty, empty, STEPS_UNIT)


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
    steps: Series = field(default_factory=no_steps)  # daily steps from phones (issue 22)
    # entries during the day, per daily scale: x at their time (Unix seconds), y the value
    entries: dict[str, Series] = field(default_factory=dict)

    def scale(self, key: str) -> Series:
        return next(s for s in self.scales if s.key == key)

    def x_range(self) -> tuple[float, float] | None:
        xs = [s.x for s in (*self.scales, *self.self_tests, *self.labs, self.steps) if s.x.size]
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
        rows = _load(self.engine)
        course_list = self._course_bands(rows.courses, rows.given)
        all_days = (
            [c.day for c in rows.checkins]
            + [t.day for t in rows.tests]
            + [r[0] for r in rows.rash]
            + [d for d, _n in rows.steps]
            + [e.day for e in rows.entries]
        )
        if not all_days and not course_list:
            return _empty_trend()
        first = min(all_days) if all_days else course_list[0].first_day
        last = max([*all_days, self.clock.today()])
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        x = np.array([self.day_x(d) for d in days])
        lab_series, labs_raw = self._lab_series(rows.labs)
        prednisone, bars = self._medication_lines(rows.regimens, last)
        return TrendData(
            first,
            last,
            days,
            _scale_series(rows.checkins, days, x),
            self._self_test_series(rows.tests),
            self._rash_series(rows.rash),
            lab_series,
            labs_raw,
            course_list,
            _events(rows.effects),
            prednisone,
            bars,
            steps=self._steps_series(rows.steps),
            entries=_entry_series(rows.entries),
        )

    def _steps_series(self, steps: Sequence[tuple[date, int]]) -> Series:
        """Daily steps as points (a day without a count is no point, never zero)."""
        if not steps:
            return no_steps()
        x = np.array([self.day_x(d) for d, _n in steps], dtype=float)
        y = np.array([n for _d, n in steps], dtype=float)
        return Series("steps", STEPS_LABEL, x, y, STEPS_UNIT)

    def _course_bands(
        self, courses: Sequence[InfusionCourse], given: Mapping[int, tuple[date, date]]
    ) -> list[Band]:
        bands = []
        for c in courses:
            # the days given, as recorded (a course moved earlier or later than planned was
            # shaded on its planned days, its infusions left out of the band); else as planned
            first, last = given.get(stored_id(c)) or (
                c.planned_start,
                c.planned_start + timedelta(days=c.days_planned - 1),
            )
            bands.append(
                Band(
                    self.day_x(first),
                    self.day_x(last) + 86400.0,
                    translate("Series", "IVIG {dose} g/kg").format(dose=c.g_per_kg),
                    first,
                )
            )
        return bands

    def _self_test_series(self, tests: Sequence[SelfTest]) -> list[Series]:
        """One series per kind (custom tests per name), one point per test."""
        by_kind: dict[tuple[str, str], list[tuple[date, float]]] = defaultdict(list)
        units: dict[tuple[str, str], str] = {}
        for t in tests:
            key = (t.kind, t.custom_name if t.kind == "custom" else "")
            by_kind[key].append((t.day, float(t.value)))
            units[key] = t.unit
        self_tests = []
        for kind in vocab.SELF_TESTS:
            for key in sorted(k for k in by_kind if k[0] == kind):
                pts = by_kind[key]
                self_tests.append(
                    Series(
                        f"{kind}:{key[1]}" if key[1] else kind,
                        key[1] or vocab.SELF_TESTS[kind].label,
                        np.array([self.day_x(d) for d, _ in pts]),
                        np.array([v for _, v in pts]),
                        units[key],
                    )
                )
        return self_tests

    def _rash_series(self, rash: Sequence[tuple[date, int, int, bool]]) -> Series:
        """The rash score per day."""
        per_day: dict[date, int] = defaultdict(int)
        for day, redness, scaling, sore in rash:
            per_day[day] += redness + scaling + (rash_rules.OPEN_SORE_POINTS if sore else 0)
        rdays = sorted(per_day)
        return Series(
            "rash",
            rash_rules.LABEL,
            np.array([self.day_x(d) for d in rdays]),
            np.array([float(per_day[d]) for d in rdays]),
            "score",
        )

    def _lab_series(
        self, labs: Sequence[tuple[date, str, Decimal, Decimal | None]]
    ) -> tuple[list[Series], dict[str, tuple[np.ndarray, np.ndarray]]]:
        """Labs as multiples of the lab's own upper limit of normal, and as measured."""
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
        return lab_series, labs_raw

    def _medication_lines(
        self, regimens: Sequence[tuple[str, Regimen]], last: date
    ) -> tuple[Series, list[Bar]]:
        """Prednisone (daily dose, a step line) and other drugs as bars."""
        pred_x: list[float] = []
        pred_y: list[float] = []
        bars: list[Bar] = []
        for name, r in regimens:
            start = self.day_x(r.start_date)
            stop = self.day_x(r.end_date or last) + 86400.0
            # the step line is prednisone-equivalent mg a day (clinical.md §8)
            equivalent = _prednisone_equivalent(name, r)
            if equivalent is not None:
                if pred_x and pred_x[-1] < start:
                    pred_x.append(pred_x[-1])
                    pred_y.append(np.nan)
                pred_x += [start, stop]
                pred_y += [float(equivalent), float(equivalent)]
            else:
                sched = {"weekly": "weekly"}.get(r.schedule, r.schedule.replace("_", " "))
                dose = format(r.dose.normalize(), "f")
                bars.append(Bar(start, stop, name, f"{name} {dose} {r.unit} {sched}"))
        prednisone = Series(
            "prednisone",
            "Prednisone-equivalent",
            np.array(pred_x),
            np.array(pred_y),
            "mg/day",
        )
        return prednisone, bars

    # -- derived views -------------------------------------------------------------------------
    def flares(
        self, data: TrendData, threshold: float = DEFAULT_FLARE_THRESHOLD
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
            data.rash
            if key == "rash"
            else data.steps
            if key == "steps"
            else next((s for s in data.self_tests if s.key == key), None)
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


@dataclass(frozen=True)
class _Rows:
    """What the trend charts read, in one session."""

    checkins: Sequence[CheckIn]
    tests: Sequence[SelfTest]
    rash: Sequence[tuple[date, int, int, bool]]
    labs: Sequence[tuple[date, str, Decimal, Decimal | None]]
    courses: Sequence[InfusionCourse]
    given: dict[int, tuple[date, date]]  # course id -> (first, last) infusion day recorded
    effects: Sequence[tuple[datetime, int, bool, str]]
    regimens: Sequence[tuple[str, Regimen]]  # (medication name, regimen)
    steps: Sequence[tuple[date, int]] = ()  # (day, steps), oldest first
    entries: Sequence[SymptomEntry] = ()


def _load(engine: sa.Engine) -> _Rows:
    with Session(engine) as s:
        checkins = s.exec(
            select(CheckIn).where(col(CheckIn.deleted_at).is_(None)).order_by(col(CheckIn.day))
        ).all()
        tests = s.exec(
            select(SelfTest)
            .where(col(SelfTest.deleted_at).is_(None))
            .order_by(col(SelfTest.day), col(SelfTest.id))
        ).all()
        rash = s.exec(
            select(
                col(RashAssessment.day),
                col(RashAssessment.redness),
                col(RashAssessment.scaling),
                col(RashAssessment.open_sore),
            ).where(col(RashAssessment.deleted_at).is_(None))
        ).all()
        labs = s.exec(
            select(
                col(LabResult.collected_on),
                col(LabResult.analyte),
                col(LabResult.value),
                col(LabResult.ref_high),
            )
            .where(col(LabResult.deleted_at).is_(None))
            .order_by(col(LabResult.collected_on))
        ).all()
        courses = s.exec(
            select(InfusionCourse)
            .where(col(InfusionCourse.deleted_at).is_(None))
            .order_by(col(InfusionCourse.planned_start))
        ).all()
        given = {
            course: (first, last)
            for course, first, last in s.exec(
                select(
                    col(InfusionDay.course_id),
                    sa.func.min(InfusionDay.day),
                    sa.func.max(InfusionDay.day),
                )
                .where(col(InfusionDay.deleted_at).is_(None))
                .group_by(col(InfusionDay.course_id))
            ).all()
        }
        effects = s.exec(
            select(
                col(SideEffect.onset_at),
                col(SideEffect.grade),
                col(SideEffect.red_flag),
                col(SideEffect.term),
            )
            .where(col(SideEffect.deleted_at).is_(None))
            .order_by(col(SideEffect.onset_at))
        ).all()
        regimens = s.exec(
            select(col(Medication.name), Regimen)
            .join(Medication, col(Medication.id) == col(Regimen.medication_id))
            .where(col(Regimen.deleted_at).is_(None), col(Medication.deleted_at).is_(None))
            .order_by(col(Regimen.start_date))
        ).all()
        steps = s.exec(
            select(col(DailySteps.day), col(DailySteps.steps))
            .where(col(DailySteps.deleted_at).is_(None))
            .order_by(col(DailySteps.day))
        ).all()
        entries = s.exec(
            select(SymptomEntry)
            .where(col(SymptomEntry.deleted_at).is_(None))
            .order_by(col(SymptomEntry.at))
        ).all()
    return _Rows(checkins, tests, rash, labs, courses, given, effects, regimens, steps, entries)


def _entry_series(entries: Sequence[SymptomEntry]) -> dict[str, Series]:
    """Each daily scale's entries during the day, as points at their time."""
    out: dict[str, Series] = {}
    for key in records.ENTRY_SCALES:
        given = [
            (e.at.timestamp(), getattr(e, key)) for e in entries if getattr(e, key) is not None
        ]
        if given:
            x, y = zip(*given, strict=True)
            out[key] = Series(key, vocab.DAILY_SCALES[key], np.array(x), np.array(y, dtype=float))
    return out


def _empty_trend() -> TrendData:
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


def _scale_series(checkins: Sequence[CheckIn], days: list[date], x: np.ndarray) -> list[Series]:
    """The daily scales, one value a day (NaN when not logged)."""
    first = days[0]
    grid = np.full((len(vocab.DAILY_SCALES), len(days)), np.nan)
    for c in checkins:
        i = (c.day - first).days
        for j, key in enumerate(vocab.DAILY_SCALES):
            v = getattr(c, key)
            if v is not None:
                grid[j, i] = v
    return [
        Series(k, label, x, grid[j], "0–10")
        for j, (k, label) in enumerate(vocab.DAILY_SCALES.items())
    ]


def _events(effects: Sequence[tuple[datetime, int, bool, str]]) -> Events:
    return Events(
        np.array([e[0].timestamp() for e in effects]),
        np.array([e[1] for e in effects], dtype=float),
        np.array([bool(e[2]) for e in effects]),
        tuple(e[3] for e in effects),
    )


def _prednisone_equivalent(name: str, r: Regimen) -> Decimal | None:
    """Prednisone-equivalent mg a day of a daily or every-other-day regimen in mg, else None."""
    if r.schedule not in ("daily", "alternate_day") or r.unit != "mg":
        return None
    per_day = medications.daily_equivalent_mg(r.dose, r.schedule, 0)
    return medications.prednisone_equivalent_mg(name, per_day) if per_day is not None else None
