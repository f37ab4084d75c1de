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
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import Session, SQLModel, col, select

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import side_effects, vocab
from dmtracker.domain.dose_text import dose_schedule_text
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import term, translate
from dmtracker.services.base import to_dto
from dmtracker.services.dto import (
    CourseRead,
    InfusionDayDetail,
    InfusionDayRead,
    PremedicationRead,
    RateStepRead,
    RegimenRead,
    VitalRead,
)
from dmtracker.services.report_glance import gather_glance
from dmtracker.services.report_period import PRESETS, Period, check_period, period_for
from dmtracker.services.report_trend import (
    CHART_MARGIN_DAYS,
    CYCLE_KEYS,
    chart_trend,
    cycle_measures,
    in_window,
    mean_of,
    slice_trend,
)
from dmtracker.services.report_types import (
    FEW_VALUES,
    FlaggedEvent,
    Measure,
    MedicationLine,
    PhotoItem,
    PhotoSite,
    ReportData,
    SideEffectLine,
)
from dmtracker.services.series import TrendData
from dmtracker.services.tis_results import TisReport
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

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

MAX_FLARES_LISTED = 6

# the tables whose rows make a day "logged"; the children of an infusion day
_DAY_TABLES: tuple[type[CheckIn | SelfTest | RashAssessment], ...] = (
    CheckIn,
    SelfTest,
    RashAssessment,
)
_Child = TypeVar("_Child", RateStep, Premedication, VitalSign)


def _children_by_day(
    session: Session, table: type[_Child], read: type[SQLModel], order: Mapped[Any], ids: list[int]
) -> dict[int, list[Any]]:
    """The live rows of ``table`` under the infusion days ``ids``, as ``read`` DTOs by day."""
    found: dict[int, list[Any]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        rows = session.exec(
            select(table)
            .where(
                col(table.deleted_at).is_(None),
                col(table.infusion_day_id).in_(ids[i : i + 500]),
            )
            .order_by(order)
        ).all()
        for r in rows:
            if r.infusion_day_id is not None:  # always: selected by these day ids
                found[r.infusion_day_id].append(to_dto(read, r))
    return found


class ReportDataService:
    """Gathers :class:`ReportData` for a period from the other services (one read each)."""

    def __init__(self, services: Services) -> None:
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
            patient=profile.display_name.strip() or translate("ReportData", "(no name entered)"),
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
            glance=gather_glance(s, period.end, tis_report, period.start),
            juvenile=bool(profile.juvenile),
            chaqs=[q for q in s.questionnaires.list(period.start, period.end) if q.kind == "chaq"]
            if profile.juvenile
            else [],
            entries=s.entries.by_day(period.start, period.end),
        )

    # -- parts ---------------------------------------------------------------------------------
    def _coverage(self, p: Period) -> tuple[int, int]:
        q = sa.union(
            *(
                select(col(t.day)).where(
                    col(t.deleted_at).is_(None), col(t.day) >= p.start, col(t.day) <= p.end
                )
                for t in _DAY_TABLES
            )
        ).subquery()
        with Session(self.engine) as session:
            logged = session.exec(select(sa.func.count()).select_from(q)).one()
            checkins = session.exec(
                select(sa.func.count())
                .select_from(CheckIn)
                .where(
                    col(CheckIn.deleted_at).is_(None), CheckIn.day >= p.start, CheckIn.day <= p.end
                )
            ).one()
        return int(logged), int(checkins)

    def _courses(self, p: Period) -> list[CourseRead]:
        with Session(self.engine) as session:
            ids = select(InfusionDay.course_id).where(
                col(InfusionDay.deleted_at).is_(None),
                InfusionDay.day >= p.start,
                InfusionDay.day <= p.end,
            )
            rows = session.exec(
                select(InfusionCourse)
                .where(col(InfusionCourse.deleted_at).is_(None), col(InfusionCourse.id).in_(ids))
                .order_by(col(InfusionCourse.planned_start))
            ).all()
            return [to_dto(CourseRead, r) for r in rows]

    def _infusions(self, p: Period) -> list[InfusionDayDetail]:
        days: list[InfusionDayRead] = self.s.infusions.list(p.start, p.end)
        ids = [d.id for d in days]
        with Session(self.engine) as session:
            kids = {
                "rate_steps": _children_by_day(
                    session, RateStep, RateStepRead, col(RateStep.seq), ids
                ),
                "premedications": _children_by_day(
                    session, Premedication, PremedicationRead, col(Premedication.id), ids
                ),
                "vitals": _children_by_day(
                    session, VitalSign, VitalRead, col(VitalSign.measured_at), ids
                ),
            }
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
                starts = {
                    course_id: start
                    for course_id, start in session.exec(
                        select(InfusionCourse.id, col(InfusionCourse.planned_start)).where(
                            col(InfusionCourse.id).in_(ids)
                        )
                    ).all()
                    if course_id is not None
                }
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
            MedicationLine(m.name, _dose_text(r), r.start_date)
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
                    changes.append(FlaggedEvent(r.start_date, verb, f"{name} {_dose_text(r)}"))
                ended = r.end_date and p.contains(r.end_date) and r.end_date < p.end
                if ended and r.end_date + timedelta(days=1) not in starts:
                    last_day = translate("ReportData", "{name} (last day)").format(name=name)
                    changes.append(FlaggedEvent(r.end_date, "stopped", last_day))
        changes.sort(key=lambda c: (c.day, c.text))
        return current, changes

    def _measures(self, p: Period, prev: Period, trend: TrendData) -> list[Measure]:
        dx = self.s.series.day_x
        now = (dx(p.start), dx(p.end) + 86400.0)
        before = (dx(prev.start), dx(prev.end) + 86400.0)
        out: list[Measure] = []

        def add(key: str, label: str, unit: str, x: np.ndarray, y: np.ndarray, hib: bool) -> None:
            v, n = mean_of(y[in_window(x, *now)]) if x.size else (None, 0)
            pv, pn = mean_of(y[in_window(x, *before)]) if x.size else (None, 0)
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
            (q.answered_on, q.score)
            for q in self.s.questionnaires.list(prev.start, p.end)
            if q.kind == "haq_di" and q.score is not None
        ]
        cur = [(day, score) for day, score in haq if p.contains(day)]
        old = [(day, score) for day, score in haq if prev.contains(day)]
        if cur or old:
            out.append(
                Measure(
                    "haq",
                    "HAQ-DI",
                    "0–3",
                    "latest",
                    float(cur[-1][1]) if cur else None,
                    len(cur),
                    float(old[-1][1]) if old else None,
                    len(old),
                    False,
                    note=(
                        translate("ReportData", "answered {day}").format(day=cur[-1][0])
                        if cur
                        else ""
                    ),
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
            what = term(e.term) if side_effects.is_listed(e.term) else e.term
            graded = translate("ReportData", "{effect} (grade {grade})").format(
                effect=what, grade=e.grade
            )
            out.append(FlaggedEvent(line.onset_day, kind, graded))
        shown = flares[-MAX_FLARES_LISTED:]
        for f in shown:
            label = vocab.DAILY_SCALES.get(f.scale, f.scale)
            out.append(
                FlaggedEvent(
                    f.day,
                    "possible flare",
                    translate(
                        "ReportData", "{scale} {value:g} (mean of the 4 before {baseline:.1f})"
                    ).format(scale=term(label), value=f.value, baseline=f.baseline),
                )
            )
        out.sort(key=lambda f: f.day)
        return out

    def _photos(self, p: Period, sites: tuple[str, ...]) -> list[PhotoSite]:
        with Session(self.engine) as session:
            rows = session.exec(
                select(
                    RashPhoto,
                    col(RashAssessment.day),
                    col(RashAssessment.site),
                    col(RashAssessment.site_label),
                )
                .join(RashAssessment, col(RashAssessment.id) == col(RashPhoto.rash_assessment_id))
                .where(
                    col(RashPhoto.deleted_at).is_(None),
                    col(RashAssessment.deleted_at).is_(None),
                    RashAssessment.day >= p.start,
                    RashAssessment.day <= p.end,
                    col(RashAssessment.site).in_(sites),
                )
                .order_by(col(RashAssessment.day), col(RashPhoto.id))
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


def _dose_text(r: RegimenRead) -> str:
    """``5 mg 2× daily``, ``15 mg weekly (Fri)``: the report's medication table words."""
    return dose_schedule_text(r.dose, r.unit, r.schedule, r.times_per_day, r.weekday)


def fmt_number(value: float | Decimal | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return f"{value:.{digits}f}"


__all__ = [
    "CHART_MARGIN_DAYS",
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
