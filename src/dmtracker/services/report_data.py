"""What the clinic report shows, gathered as plain data (no Qt): the period, coverage,
infusions with everything a nurse records, medications and their changes, headline measures
against the previous period of equal length, flagged events, tables, the daily log and photos.

Rules (app rules, printed in the report where they matter):

* A period is inclusive of both ends. The *previous period* has the same number of days and
  ends the day before the period starts.
* Daily scales, self-tests and the rash score are compared as the **mean over the period** of
  what was logged; a mean of fewer than :data:`FEW_VALUES` values is marked as an estimate.
* HAQ-DI is the latest score in each period; TIS the latest visit scored in the period against
  the TIS baseline (computed by the app; a partial TIS says so).
* A day counts as logged when it has a check-in, a self-test or a rash entry.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, timedelta, tzinfo
from decimal import Decimal

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, select

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.services.base import to_dto
from dmtracker.services.daily import DayRow
from dmtracker.services.dto import (
    ClinicRead,
    CourseRead,
    InfusionDayDetail,
    InfusionDayRead,
    LabRead,
    PremedicationRead,
    RateStepRead,
    SideEffectRead,
    VitalRead,
)
from dmtracker.services.report_glance import Glance, gather_glance
from dmtracker.services.series import TrendData
from dmtracker.services.tis_results import TisReport, TisRow
from dmtracker.storage import photo_store
from dmtracker.storage.models import (
    CheckIn,
    InfusionCourse,
    InfusionDay,
    Premedication,
    RashAssessment,
    RashPhoto,
    RateStep,
    SelfTest,
    VitalSign,
)

FEW_VALUES = 4  # a mean of fewer values is printed as an estimate
MAX_FLARES_LISTED = 6
CYCLE_KEYS = ("patient_global", "fatigue", "rash", "chair_stand_30s")
CHART_MARGIN_DAYS = 28  # drawn either side of the period (7-day means, the flare rule)
DAY = 86400.0

PRESETS: dict[str, str] = {
    "since_visit": "Since the last clinic visit",
    "4w": "4 weeks (one cycle)",
    "12w": "12 weeks",
    "6m": "6 months",
    "custom": "Custom dates",
}
PRESET_DAYS = {"4w": 28, "12w": 84, "6m": 182}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end, "previous period")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def text(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()} ({self.days} days)"


def period_for(
    preset: str,
    today: date,
    last_visit: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """The period a preset names, ending today (custom: ``start``..``end``)."""
    if preset not in PRESETS:
        raise ValidationError("period", f"must be one of {', '.join(PRESETS)}; got {preset!r}")
    if preset == "custom":
        if start is None:
            raise ValidationError("from", "is required for a custom period")
        if end is None:
            raise ValidationError("to", "is required for a custom period")
        return check_period(start, end, today, PRESETS["custom"])
    if preset == "since_visit":
        if last_visit is None:
            raise ValidationError("period", "no clinic visit is recorded yet; choose another")
        return check_period(last_visit, today, today, f"since the clinic visit of {last_visit}")
    days = PRESET_DAYS[preset]
    return Period(today - timedelta(days=days - 1), today, PRESETS[preset])


def check_period(start: date, end: date, today: date, label: str = "") -> Period:
    if start > end:
        raise ValidationError(
            "from", f"{start.isoformat()} is after the end date (to) {end.isoformat()}"
        )
    if end > today:
        raise ValidationError("to", f"{end.isoformat()} is in the future")
    if (end - start).days > 366 * 30:
        raise ValidationError("from", "the period may be at most 30 years")
    return Period(start, end, label)


# --- DTOs ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str
    how: str  # "mean", "latest"
    value: float | None
    n: int
    previous: float | None
    previous_n: int
    higher_is_better: bool = False
    note: str = ""

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def estimate(self) -> bool:
        return self.how == "mean" and 0 < self.n < FEW_VALUES

    @property
    def threshold(self) -> float:
        """The change that counts as better or worse (app rule, stated in the report): 1 point
        on a 0–10 scale, 0.25 on HAQ-DI (0–3), else 10 % of the previous value."""
        if self.unit == "0–10":
            return 1.0
        if self.unit == "0–3":
            return 0.25
        return 0.1 * abs(self.previous) if self.previous else 0.0

    @property
    def direction(self) -> str:
        """ "better" or "worse" only when the change reaches :attr:`threshold` and a mean rests
        on at least 4 values in each period; otherwise "no clear change" (issue 16)."""
        c = self.change
        if c is None:
            return ""
        few = self.how == "mean" and min(self.n, self.previous_n) < FEW_VALUES
        if few or abs(c) < self.threshold or abs(c) < 0.05:
            return "no clear change"
        return "better" if (c > 0) == self.higher_is_better else "worse"


@dataclass(frozen=True)
class MedicationLine:
    name: str
    dose_text: str
    since: date


@dataclass(frozen=True)
class FlaggedEvent:
    day: date
    kind: str  # "red flag", "serious side effect", "possible flare"
    text: str


@dataclass(frozen=True)
class SideEffectLine:
    effect: SideEffectRead
    course_start: date | None

    @property
    def onset_day(self) -> date:
        return self.effect.onset_at.date()


@dataclass(frozen=True)
class PhotoItem:
    day: date
    data: bytes  # the image, decrypted in memory for an encrypted diary (b"": unreadable)
    caption: str


@dataclass(frozen=True)
class PhotoSite:
    site: str
    label: str
    photos: tuple[PhotoItem, ...]


@dataclass
class ReportData:
    patient: str
    birth_year: int | None
    period: Period
    previous: Period
    generated_on: date
    days_logged: int
    checkin_days: int
    courses: list[CourseRead]
    infusions: list[InfusionDayDetail]
    side_effects: list[SideEffectLine]
    medications: list[MedicationLine]
    medication_changes: list[FlaggedEvent]
    prednisone_g: Decimal | None
    measures: list[Measure]
    tis_rows: list[TisRow]
    tis_previous: TisRow | None
    flagged: list[FlaggedEvent]
    flare_count: int
    labs: list[LabRead]
    visits: list[ClinicRead]
    questions: str = ""
    daily_log: list[DayRow] = field(default_factory=list)
    photos: list[PhotoSite] = field(default_factory=list)
    cycle_counts: dict[str, int] = field(default_factory=dict)
    tz: tzinfo = UTC
    glance: Glance | None = None

    @property
    def coverage_percent(self) -> float:
        return 100.0 * self.days_logged / self.period.days

    @property
    def tis_latest(self) -> TisRow | None:
        scored = [r for r in self.tis_rows if r.result is not None]
        return scored[-1] if scored else None

    def reactions_for(self, course_id: int) -> list[SideEffectLine]:
        return [s for s in self.side_effects if s.effect.course_id == course_id]


# --- helpers over the trend arrays --------------------------------------------------------------
def _mask(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return (x >= lo) & (x < hi)


def _mean(values: np.ndarray) -> tuple[float | None, int]:
    v = values[~np.isnan(values)]
    return (float(v.mean()), int(v.size)) if v.size else (None, 0)


def slice_trend(data: TrendData, start: date, end: date, day_x) -> TrendData:  # type: ignore[no-untyped-def]
    """``data`` restricted to the days ``start``..``end`` (for the period's cycle profile)."""
    part = _cut_trend(data, start, end, day_x)
    return replace(part, courses=[c for c in data.courses if start <= c.first_day <= end])


def chart_trend(
    data: TrendData, period: Period, day_x, margin_days: int = CHART_MARGIN_DAYS
) -> TrendData:  # type: ignore[no-untyped-def]
    """What the report's charts of ``period`` need: every series cut to the period and
    ``margin_days`` on each side (7-day means and the flare rule look back; lines run on past
    the edges). Self-tests and enzymes with nothing in that window are left out, so the chart
    has no empty rows; courses, side effects, prednisone and other drugs are those that overlap.
    Drawing ten years of history only to show three months of it cost most of a second."""
    if data.first_day is None:
        return data
    start = period.start - timedelta(days=margin_days)
    end = period.end + timedelta(days=margin_days)
    part = _cut_trend(data, start, end, day_x)
    lo, hi = day_x(start), day_x(end) + DAY
    m = _mask(data.events.x, lo, hi)
    events = replace(
        data.events,
        x=data.events.x[m],
        grade=data.events.grade[m],
        red_flag=data.events.red_flag[m],
        terms=tuple(t for t, keep in zip(data.events.terms, m, strict=True) if keep),
    )
    labs_raw = {}
    for name, (x, y) in data.labs_raw.items():
        k = _mask(x, lo, hi)
        if k.any():
            labs_raw[name] = (x[k], y[k])
    return replace(
        part,
        self_tests=[s for s in part.self_tests if s.x.size],
        labs=[s for s in (_cut_series(s, lo, hi) for s in data.labs) if s.x.size],
        labs_raw=labs_raw,
        courses=[b for b in data.courses if b.end > lo and b.start < hi],
        events=events,
        prednisone=_cut_steps(data.prednisone, lo, hi),
        other_drugs=[b for b in data.other_drugs if b.end > lo and b.start < hi],
        extra={k: _cut_series(s, lo, hi) for k, s in data.extra.items()},
    )


def _cut_series(s, lo: float, hi: float):  # type: ignore[no-untyped-def]
    m = _mask(s.x, lo, hi)
    return replace(s, x=s.x[m], y=s.y[m])


def _cut_steps(s, lo: float, hi: float):  # type: ignore[no-untyped-def]
    """A step line (pairs of points) cut to ``lo``..``hi``, keeping the point before and the
    point after, so the dose in effect at the edges is still drawn."""
    x = s.x
    if x.size == 0 or np.any(np.diff(x) < 0):
        return s  # empty, or overlapping steps: small, kept whole
    j0 = max(0, int(np.searchsorted(x, lo, side="right")) - 1)
    j1 = min(x.size - 1, int(np.searchsorted(x, hi, side="left")))
    y = s.y[j0 : j1 + 1]
    if not np.any(~np.isnan(y)):
        return replace(s, x=x[:0], y=s.y[:0])
    return replace(s, x=x[j0 : j1 + 1], y=y)


def _cut_trend(data: TrendData, start: date, end: date, day_x) -> TrendData:  # type: ignore[no-untyped-def]
    """Days, daily scales, self-tests and the rash score cut to ``start``..``end``."""
    if data.first_day is None:
        i0 = i1 = 0
    else:
        i0 = min(len(data.days), max(0, (start - data.first_day).days))
        i1 = max(i0, min(len(data.days), (end - data.first_day).days + 1))
    days = data.days[i0:i1]
    lo, hi = day_x(start), day_x(end) + DAY
    return replace(
        data,
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        days=days,
        # the daily scales hold one value per day of ``days``: cut by index, the rest by time
        scales=[replace(s, x=s.x[i0:i1], y=s.y[i0:i1]) for s in data.scales],
        self_tests=[_cut_series(s, lo, hi) for s in data.self_tests],
        rash=_cut_series(data.rash, lo, hi),
    )


class ReportDataService:
    """Gathers :class:`ReportData` for a period from the other services (one read each)."""

    def __init__(self, services) -> None:  # type: ignore[no-untyped-def]
        self.s = services
        self.engine: sa.Engine = services.engine
        self.clock = services.clock

    def last_visit(self) -> date | None:
        visits = self.s.clinic.list(end=self.clock.today(), newest_first=True, limit=1)
        return visits[0].visit_date if visits else None

    def period(self, preset: str, start: date | None = None, end: date | None = None) -> Period:
        return period_for(preset, self.clock.today(), self.last_visit(), start, end)

    def chart_trend(self, period: Period, trend: TrendData | None = None) -> TrendData:
        """The trend data for the report's charts: the period and a margin (:func:`chart_trend`).
        Give this to the chart renderer and the whole ``trend`` to :meth:`gather`."""
        trend = trend if trend is not None else self.s.series.trend_data()
        return chart_trend(trend, period, self.s.series.day_x)

    def gather(
        self,
        period: Period,
        *,
        questions: str = "",
        trend: TrendData | None = None,
        tis: TisReport | None = None,
        appendix: bool = False,
        photo_sites: tuple[str, ...] = (),
    ) -> ReportData:
        s = self.s
        prev = period.previous()
        trend = trend if trend is not None else s.series.trend_data()
        profile = s.profile.current()
        courses = self._courses(period)
        infusions = self._infusions(period)
        effects = self._side_effects(period)
        meds, changes = self._medications(period)
        measures = self._measures(period, prev, trend)
        tis_report = tis or s.scores.report()
        tis_all = tis_report.rows
        tis_rows = [r for r in tis_all if period.contains(r.visit_date)]
        tis_prev = [r for r in tis_all if prev.contains(r.visit_date) and r.result is not None]
        flares = [f for f in s.series.flares(trend) if period.contains(f.day)]
        flagged = self._flagged(effects, flares)
        try:
            pred = s.regimens.cumulative_prednisone_g(period.start, period.end).grams
        except ValidationError:
            pred = None
        days_logged, checkin_days = self._coverage(period)
        part = slice_trend(trend, period.start, period.end, s.series.day_x)
        cycle_counts = {k: len(part.courses) for k in CYCLE_KEYS}
        return ReportData(
            patient=profile.display_name.strip() or "(no name entered)",
            birth_year=profile.birth_year,
            period=period,
            previous=prev,
            generated_on=self.clock.today(),
            days_logged=days_logged,
            checkin_days=checkin_days,
            courses=courses,
            infusions=infusions,
            side_effects=effects,
            medications=meds,
            medication_changes=changes,
            prednisone_g=pred,
            measures=measures,
            tis_rows=tis_rows,
            tis_previous=tis_prev[-1] if tis_prev else None,
            flagged=flagged,
            flare_count=len(flares),
            labs=s.labs.list(period.start, period.end),
            visits=s.clinic.list(period.start, period.end),
            questions=questions.strip(),
            daily_log=s.days.history(period.start, period.end) if appendix else [],
            photos=self._photos(period, photo_sites) if appendix and photo_sites else [],
            cycle_counts=cycle_counts,
            tz=self.clock.tz,
            glance=gather_glance(s, period.end, tis_report),
        )

    # -- parts ---------------------------------------------------------------------------------
    def _coverage(self, p: Period) -> tuple[int, int]:
        q = sa.union(
            *(
                select(t.day).where(t.deleted_at.is_(None), t.day >= p.start, t.day <= p.end)  # type: ignore[union-attr, attr-defined]
                for t in (CheckIn, SelfTest, RashAssessment)
            )
        ).subquery()
        with Session(self.engine) as session:
            logged = session.exec(select(sa.func.count()).select_from(q)).one()
            checkins = session.exec(
                select(sa.func.count())
                .select_from(CheckIn)
                .where(CheckIn.deleted_at.is_(None), CheckIn.day >= p.start, CheckIn.day <= p.end)  # type: ignore[union-attr]
            ).one()
        return int(logged), int(checkins)

    def _courses(self, p: Period) -> list[CourseRead]:
        with Session(self.engine) as session:
            ids = select(InfusionDay.course_id).where(
                InfusionDay.deleted_at.is_(None),  # type: ignore[union-attr]
                InfusionDay.day >= p.start,
                InfusionDay.day <= p.end,
            )
            rows = session.exec(
                select(InfusionCourse)
                .where(InfusionCourse.deleted_at.is_(None), InfusionCourse.id.in_(ids))  # type: ignore[union-attr]
                .order_by(InfusionCourse.planned_start)
            ).all()
            return [to_dto(CourseRead, r) for r in rows]  # type: ignore[misc]

    def _infusions(self, p: Period) -> list[InfusionDayDetail]:
        days: list[InfusionDayRead] = self.s.infusions.list(p.start, p.end)
        ids = [d.id for d in days]
        kids: dict[str, dict[int, list]] = {}
        with Session(self.engine) as session:
            for name, table, read, order in (
                ("rate_steps", RateStep, RateStepRead, RateStep.seq),
                ("premedications", Premedication, PremedicationRead, Premedication.id),
                ("vitals", VitalSign, VitalRead, VitalSign.measured_at),
            ):
                found: dict[int, list] = defaultdict(list)
                for i in range(0, len(ids), 500):
                    rows = session.exec(
                        select(table)
                        .where(
                            table.deleted_at.is_(None), table.infusion_day_id.in_(ids[i : i + 500])
                        )  # type: ignore[union-attr, attr-defined]
                        .order_by(order)
                    ).all()
                    for r in rows:
                        found[r.infusion_day_id].append(to_dto(read, r))
                kids[name] = found
        return [
            InfusionDayDetail(
                day=d,
                rate_steps=tuple(kids["rate_steps"].get(d.id, ())),
                premedications=tuple(kids["premedications"].get(d.id, ())),
                vitals=tuple(kids["vitals"].get(d.id, ())),
            )
            for d in days
        ]

    def _side_effects(self, p: Period) -> list[SideEffectLine]:
        effects = self.s.side_effects.list_between(p.start, p.end)
        ids = {e.course_id for e in effects if e.course_id is not None}
        starts: dict[int, date] = {}
        if ids:
            with Session(self.engine) as session:
                starts = dict(
                    session.exec(
                        select(InfusionCourse.id, InfusionCourse.planned_start).where(
                            InfusionCourse.id.in_(ids)  # type: ignore[union-attr]
                        )
                    ).all()
                )
        tz = self.clock.tz
        return [
            SideEffectLine(
                e.model_copy(update={"onset_at": e.onset_at.astimezone(tz)}),
                starts.get(e.course_id) if e.course_id is not None else None,
            )
            for e in effects
        ]

    def _medications(self, p: Period) -> tuple[list[MedicationLine], list[FlaggedEvent]]:
        current = [
            MedicationLine(m.name, regimen_text(r), r.start_date)
            for m, r in self.s.regimens.current(p.end)
        ]
        meds = {m.id: m.name for m in self.s.medications.list()}
        rows = self.s.regimens.list(where=[])
        by_med: dict[int, list] = defaultdict(list)
        for r in rows:
            by_med[r.medication_id].append(r)
        changes: list[FlaggedEvent] = []
        for med_id, regs in by_med.items():
            name = meds.get(med_id)
            if name is None:
                continue
            regs.sort(key=lambda r: r.start_date)
            starts = {r.start_date for r in regs}
            for i, r in enumerate(regs):
                if p.contains(r.start_date):
                    verb = "changed to" if i > 0 and regs[i - 1].end_date else "started"
                    changes.append(FlaggedEvent(r.start_date, verb, f"{name} {regimen_text(r)}"))
                ended = r.end_date and p.contains(r.end_date) and r.end_date < p.end
                if ended and r.end_date + timedelta(days=1) not in starts:
                    changes.append(FlaggedEvent(r.end_date, "stopped", f"{name} (last day)"))
        changes.sort(key=lambda c: (c.day, c.text))
        return current, changes

    def _measures(self, p: Period, prev: Period, trend: TrendData) -> list[Measure]:
        dx = self.s.series.day_x
        now = (dx(p.start), dx(p.end) + 86400.0)
        before = (dx(prev.start), dx(prev.end) + 86400.0)
        out: list[Measure] = []

        def add(key: str, label: str, unit: str, x: np.ndarray, y: np.ndarray, hib: bool) -> None:
            v, n = _mean(y[_mask(x, *now)]) if x.size else (None, 0)
            pv, pn = _mean(y[_mask(x, *before)]) if x.size else (None, 0)
            if n or pn:
                out.append(Measure(key, label, unit, "mean", v, n, pv, pn, hib))

        for sc in trend.scales:
            add(sc.key, sc.label, "0–10", sc.x, sc.y, False)
        for st in trend.self_tests:
            kind = vocab.SELF_TESTS.get(st.key.split(":")[0])
            hib = kind.higher_is_better if kind else True
            add(st.key, st.label, st.unit, st.x, st.y, hib)
        add("rash", rash_rules.LABEL, "score", trend.rash.x, trend.rash.y, False)
        haq = [
            q
            for q in self.s.questionnaires.list(prev.start, p.end)
            if q.kind == "haq_di" and q.score is not None
        ]
        cur = [q for q in haq if p.contains(q.answered_on)]
        old = [q for q in haq if prev.contains(q.answered_on)]
        if cur or old:
            out.append(
                Measure(
                    "haq",
                    "HAQ-DI (0–3)",
                    "0–3",
                    "latest",
                    float(cur[-1].score) if cur else None,
                    len(cur),
                    float(old[-1].score) if old else None,
                    len(old),
                    False,
                    note=f"answered {cur[-1].answered_on.isoformat()}" if cur else "",
                )
            )
        return out

    def _flagged(self, effects: list[SideEffectLine], flares: list) -> list[FlaggedEvent]:
        out: list[FlaggedEvent] = []
        for line in effects:
            e = line.effect
            if e.red_flag:
                kind = "red flag"
            elif e.serious or e.grade >= 3:
                kind = "serious side effect"
            else:
                continue
            out.append(FlaggedEvent(line.onset_day, kind, f"{e.term} (grade {e.grade})"))
        shown = flares[-MAX_FLARES_LISTED:]
        for f in shown:
            label = vocab.DAILY_SCALES.get(f.scale, f.scale)
            out.append(
                FlaggedEvent(
                    f.day,
                    "possible flare",
                    f"{label} {f.value:g} (mean of the 4 before {f.baseline:.1f})",
                )
            )
        out.sort(key=lambda f: f.day)
        return out

    def _photos(self, p: Period, sites: tuple[str, ...]) -> list[PhotoSite]:
        with Session(self.engine) as session:
            rows = session.exec(
                select(
                    RashPhoto, RashAssessment.day, RashAssessment.site, RashAssessment.site_label
                )
                .join(RashAssessment, RashAssessment.id == RashPhoto.rash_assessment_id)
                .where(
                    RashPhoto.deleted_at.is_(None),  # type: ignore[union-attr]
                    RashAssessment.deleted_at.is_(None),  # type: ignore[union-attr]
                    RashAssessment.day >= p.start,
                    RashAssessment.day <= p.end,
                    RashAssessment.site.in_(sites),  # type: ignore[attr-defined]
                )
                .order_by(RashAssessment.day, RashPhoto.id)
            ).all()
        by_site: dict[str, list[PhotoItem]] = defaultdict(list)
        labels: dict[str, str] = {}
        for photo, day, site, site_label in rows:
            try:
                data = photo_store.read(self.s.paths.root, photo.rel_path)
            except photo_store.PhotoError:
                data = b""
            by_site[site].append(PhotoItem(day, data, photo.caption))
            labels[site] = site_label or vocab.RASH_SITES.get(site, site)
        out = []
        for site in sites:
            items = by_site.get(site)
            if items:
                chosen = [items[0]] if len(items) == 1 else [items[0], items[-1]]
                out.append(PhotoSite(site, labels[site], tuple(chosen)))
        return out


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def regimen_text(r) -> str:  # type: ignore[no-untyped-def]
    dose = format(Decimal(r.dose).normalize(), "f")
    sched = {
        "daily": "daily" if r.times_per_day == 1 else f"{r.times_per_day}× daily",
        "weekly": "weekly"
        + (
            f" ({['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][r.weekday]})"
            if r.weekday is not None
            else ""
        ),
        "alternate_day": "every other day",
        "course": "per course",
        "as_needed": "as needed",
    }.get(r.schedule, r.schedule)
    return f"{dose} {r.unit} {sched}"


def cycle_measures(trend: TrendData) -> list[str]:
    """The main measures for the cycle view: those of :data:`CYCLE_KEYS` with data."""
    keys = []
    for key in CYCLE_KEYS:
        if key in vocab.DAILY_SCALES:
            ok = bool(np.any(~np.isnan(trend.scale(key).y)))
        elif key == "rash":
            ok = trend.rash.x.size > 0
        else:
            ok = any(s.key == key and s.x.size for s in trend.self_tests)
        if ok:
            keys.append(key)
    return keys


def fmt_number(value: float | Decimal | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return f"{value:.{digits}f}"


__all__ = [
    "CYCLE_KEYS",
    "FEW_VALUES",
    "PRESETS",
    "FlaggedEvent",
    "Measure",
    "MedicationLine",
    "Period",
    "PhotoSite",
    "ReportData",
    "ReportDataService",
    "SideEffectLine",
    "chart_trend",
    "check_period",
    "cycle_measures",
    "period_for",
    "slice_trend",
]
