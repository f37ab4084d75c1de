"""What a clinician needs first, for page 1 of the clinic report (issue 16, item 6).

All of it as of the end of the period, from the whole history (not only the period): the TIS with
its baseline visit and the rule that picked it, the ProDERM deterioration check, weight and the
weight the last course was dosed on, the latest muscle enzymes as multiples of the lab's upper
limit, the latest MMT-8 and physician global, the next course due, the thrombosis and kidney risk
(and the rate cap it sets), and the red flags and serious events that still matter, with any
blood thinner taken now.

Facts used (``docs/clinical.md``): the TIS and the deterioration rule §2; enzymes × ULN §2, §3;
the risk factors and the 0.03 mL/kg/min cap §4, §8; red flags §5, §8; CTCAE grades §8; the
next course every 4 weeks §1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from dmtracker.domain import infusion, medications, side_effects
from dmtracker.domain.dose_text import dose_schedule_text
from dmtracker.domain.messages import joined, term, translate
from dmtracker.domain.risk import RiskStatus
from dmtracker.services.tis_results import TisReport

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

ENZYMES: tuple[str, ...] = ("CK", "aldolase", "LDH", "AST", "ALT")
MAX_EVENTS = 4  # red flags and serious events listed on page 1 (thrombosis always listed)


@dataclass(frozen=True)
class EnzymeLine:
    name: str
    value: Decimal
    unit: str
    uln: Decimal | None
    day: date

    @property
    def times_uln(self) -> Decimal | None:
        if self.uln is None or self.uln <= 0:
            return None
        return (self.value / self.uln).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class EventLine:
    day: date
    term: str
    grade: int
    serious: bool
    red_flag: bool
    thrombosis: bool
    action: str


@dataclass(frozen=True)
class Glance:
    # TIS and deterioration
    tis_total: Decimal | None
    tis_category: str
    tis_partial: bool
    tis_visit: date | None
    tis_baseline: date | None
    tis_baseline_reason: str
    deterioration: bool
    deterioration_text: str
    # body and dose
    weight_kg: Decimal | None
    weight_day: date | None
    height_cm: Decimal | None
    bmi: Decimal | None
    last_course_start: date | None
    last_course_g_per_kg: Decimal | None
    last_course_basis: str
    last_course_dose_weight: Decimal | None
    next_due: date | None
    next_due_days: int | None
    # clinic
    enzymes: tuple[EnzymeLine, ...]
    visit_day: date | None
    mmt8: int | None
    mmt8_scale: int | None
    physician_global: Decimal | None
    # safety
    at_risk: bool
    risk_text: str
    cap: Decimal
    events: tuple[EventLine, ...]
    events_total: int
    anticoagulants: tuple[str, ...]
    cmas: int | None = None  # a juvenile profile's CMAS total (0-52) at the visit
    # activity: (Monday of the week, average steps a day, days counted), oldest first
    steps_weeks: tuple[tuple[date, int, int], ...] = ()
    # the next course when it is already planned: its dose and the weight it is dosed on
    next_planned_g_per_kg: Decimal | None = None
    next_planned_basis: str = ""
    next_planned_dose_weight: Decimal | None = None
    next_planned_total_g: Decimal | None = None


#: The clinic report shows the average daily steps of at most this many weeks (the latest).
STEP_WEEKS_SHOWN = 12


def weekly_steps(days: list[tuple[date, int]]) -> tuple[tuple[date, int, int], ...]:
    """The average steps a day of each week (Monday to Sunday) that has counted days."""
    weeks: dict[date, list[int]] = {}
    for day, n in days:
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(n)
    return tuple((monday, round(sum(v) / len(v)), len(v)) for monday, v in sorted(weeks.items()))


def gather_glance(
    s: Services, end: date, tis_report: TisReport, start: date | None = None
) -> Glance:
    """The page-1 facts as of ``end`` (``s`` is the app's services)."""
    latest_tis = next(
        (r for r in reversed(tis_report.rows) if r.result is not None and r.visit_date <= end),
        None,
    )
    profile = s.profile.current()
    weight = s.weights.latest(end)
    bmi = None
    if weight is not None and profile.height_cm is not None:
        try:
            bmi = infusion.bmi(weight.weight_kg, profile.height_cm)
        except ValueError:
            bmi = None
    courses = s.courses.list(end=end, newest_first=True, limit=1)
    last = courses[0] if courses else None
    nxt = s.courses.next_due(s.clock.today())
    planned = nxt.planned if nxt else None
    labs = s.labs.list(end=end)
    enzymes: list[EnzymeLine] = []
    for name in ENZYMES:
        rows = [lab for lab in labs if lab.analyte.casefold() == name.casefold()]
        if rows:
            r = max(rows, key=lambda lab: (lab.collected_on, lab.id))
            enzymes.append(EnzymeLine(name, r.value, r.unit, r.ref_high, r.collected_on))
    visits = [
        v
        for v in s.clinic.list(end=end, newest_first=True)
        if v.mmt8_total is not None or v.physician_global is not None or v.cmas_total is not None
    ]
    visit = visits[0] if visits else None
    status = s.profile.risk()
    effects = [
        e
        for e in s.side_effects.list()
        if (e.red_flag or e.serious) and s.clock.local(e.onset_at).date() <= end
    ]
    lines = [
        EventLine(
            s.clock.local(e.onset_at).date(),
            e.term,
            e.grade,
            e.serious,
            e.red_flag,
            side_effects.is_thrombosis_event(e.term) or side_effects.is_thrombosis_event(e.notes),
            e.action_taken,
        )
        for e in effects
    ]
    clots = [x for x in lines if x.thrombosis]
    others = [x for x in lines if not x.thrombosis]
    shown = sorted(clots + others[-max(0, MAX_EVENTS - len(clots)) :], key=lambda x: x.day)
    thinners = tuple(
        translate("ReportGlance", "{drug} {dose}", "a drug and its dose").format(
            drug=m.name,
            dose=dose_schedule_text(r.dose, r.unit, r.schedule, r.times_per_day, style="short"),
        )
        for m, r in s.regimens.current(end)
        if medications.is_anticoagulant(m.name)
    )
    return Glance(
        tis_total=latest_tis.result.total if latest_tis and latest_tis.result else None,
        tis_category=latest_tis.category_text() if latest_tis else "",
        tis_partial=bool(latest_tis and latest_tis.partial),
        tis_visit=latest_tis.visit_date if latest_tis else None,
        tis_baseline=tis_report.baseline.visit_date if tis_report.baseline else None,
        tis_baseline_reason=tis_report.baseline_reason,
        deterioration=tis_report.deterioration is not None,
        deterioration_text=tis_report.deterioration_text,
        weight_kg=weight.weight_kg if weight else None,
        weight_day=weight.day if weight else None,
        height_cm=profile.height_cm,
        bmi=bmi,
        last_course_start=last.planned_start if last else None,
        last_course_g_per_kg=last.g_per_kg if last else None,
        last_course_basis=last.dosing_weight_basis if last else "",
        last_course_dose_weight=(last.dosing_weight_kg or last.weight_kg) if last else None,
        next_due=nxt.due if nxt else None,
        next_due_days=nxt.days_until if nxt else None,
        enzymes=tuple(enzymes),
        visit_day=visit.visit_date if visit else None,
        mmt8=visit.mmt8_total if visit else None,
        mmt8_scale=visit.mmt8_scale if visit else None,
        cmas=visit.cmas_total if visit else None,
        physician_global=visit.physician_global if visit else None,
        at_risk=status.at_risk,
        risk_text=_risk_words(status),
        cap=status.cap,
        events=tuple(shown),
        events_total=len(lines),
        anticoagulants=thinners,
        steps_weeks=weekly_steps(s.daily_steps.series(start, end)) if start else (),
        next_planned_g_per_kg=planned.g_per_kg if planned else None,
        next_planned_basis=planned.dosing_weight_basis if planned else "",
        next_planned_dose_weight=(planned.dosing_weight_kg or planned.weight_kg)
        if planned
        else None,
        next_planned_total_g=planned.total_g if planned else None,
    )


def _risk_words(status: RiskStatus) -> str:
    if not status.at_risk:
        return translate("ReportGlance", "no thrombosis or kidney risk factor recorded")
    reasons = joined([term(c) for c in status.clinical])
    if status.thrombosis and status.kidney:
        at_risk = translate("ReportGlance", "at risk (thrombosis and kidney: {reasons})")
    elif status.thrombosis:
        at_risk = translate("ReportGlance", "at risk (thrombosis: {reasons})")
    elif status.kidney:
        at_risk = translate("ReportGlance", "at risk (kidney: {reasons})")
    else:
        at_risk = translate("ReportGlance", "at risk ({reasons})")
    return at_risk.format(reasons=reasons)


__all__ = ["ENZYMES", "EnzymeLine", "EventLine", "Glance", "gather_glance"]
