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

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

import numpy as np
import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import tis
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import amount as number
from dmtracker.domain.messages import joined, translate
from dmtracker.services.base import Change
from dmtracker.services.clock import Clock
from dmtracker.services.profile import ProfileService
from dmtracker.services.tis_results import (
    COMPUTED_BY_APP,
    HAQ_WINDOW_DAYS,
    JUVENILE_SOURCES_NOTE,
    LAB_WINDOW_DAYS,
    PATIENT_GLOBAL_WINDOW_DAYS,
    SOURCES_NOTE,
    EnzymeSource,
    Source,
    TisLine,
    TisReport,
    TisRow,
    TisSeries,
    VisitMeasures,
    band_text,
    percent_text,
)
from dmtracker.services.tis_sources import load_sources, measures_of
from dmtracker.storage.models import InfusionCourse, InfusionDay

# a TIS category in a chart label ("55 moderate")
_CATEGORY_WORDS = {
    "none": translate("Scores", "none", "TIS category: no improvement"),
    "minimal": translate("Scores", "minimal", "TIS category: minimal improvement"),
    "moderate": translate("Scores", "moderate", "TIS category: moderate improvement"),
    "major": translate("Scores", "major", "TIS category: major improvement"),
}

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


class ScoreService:
    """TIS inputs, baseline choice, scores and the deterioration check (reads only, except the
    baseline choice, which is saved in the profile)."""

    def __init__(self, engine: sa.Engine, clock: Clock, profile: ProfileService):
        self.engine = engine
        self.clock = clock
        self.profile = profile  # holds the chosen baseline (the app's own profile service)

    def visit_measures(self) -> list[VisitMeasures]:
        """The core set measures of every clinic visit, in date order."""
        juvenile = self.juvenile()
        visits, patient, haq_pool, labs = load_sources(self.engine, juvenile=juvenile)
        return [measures_of(v, patient, haq_pool, labs, juvenile=juvenile) for v in visits]

    def juvenile(self) -> bool:
        """A juvenile (JDM) profile: the juvenile measures and thresholds."""
        return bool(self.profile.current().juvenile)

    def measures_for(self, visit_id: int) -> VisitMeasures:
        for item in self.visit_measures():
            if item.visit_id == visit_id:
                return item
        raise ValidationError(
            "visit", translate("Scores", "no such clinic visit ({id})").format(id=visit_id)
        )

    # -- baseline --------------------------------------------------------------------------
    def first_ivig_day(self) -> date | None:
        """The day the first IVIG course started (planned start or first infusion day)."""
        with Session(self.engine) as s:
            course = s.exec(
                select(sa.func.min(InfusionCourse.planned_start)).where(
                    col(InfusionCourse.deleted_at).is_(None)
                )
            ).one()
            day = s.exec(
                select(sa.func.min(InfusionDay.day)).where(col(InfusionDay.deleted_at).is_(None))
            ).one()
        found = [d for d in (course, day) if d is not None]
        return min(found) if found else None

    @staticmethod
    def _default(
        visits: Sequence[VisitMeasures], first_ivig: date | None
    ) -> tuple[int | None, str]:
        if not visits:
            return None, translate("Scores", "There are no clinic visits yet.")
        if first_ivig is not None:
            before = [v for v in visits if v.visit_date <= first_ivig]
            complete = [v for v in before if v.complete]
            if complete:
                return complete[-1].visit_id, translate(
                    "Scores",
                    "Default: the last complete visit (all 6 measures) on or before the first "
                    "IVIG course ({day}).",
                ).format(day=first_ivig)
        complete = [v for v in visits if v.complete]
        if complete:
            return complete[0].visit_id, translate(
                "Scores", "Default: the first complete visit (all 6 measures)."
            )
        if first_ivig is not None:
            before = [v for v in visits if v.visit_date <= first_ivig]
            if before:
                return before[-1].visit_id, translate(
                    "Scores",
                    "Default: no visit has all 6 measures, so the last visit on or before the "
                    "first IVIG course ({day}).",
                ).format(day=first_ivig)
        return visits[0].visit_id, translate(
            "Scores", "Default: no visit has all 6 measures, so the first visit."
        )

    def default_baseline_id(self) -> int | None:
        """The visit the app uses as baseline when none was chosen (see the module text)."""
        return self._default(self.visit_measures(), self.first_ivig_day())[0]

    def chosen_baseline_id(self) -> int | None:
        """The baseline visit saved in the profile (it may have been deleted since)."""
        return self.profile.current().tis_baseline_visit_id

    def set_baseline(self, visit_id: int | None) -> Change:
        """Save the chosen baseline visit in the profile; ``None`` goes back to the default."""
        return self.profile.save({"tis_baseline_visit_id": visit_id})

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
                    f_origin = translate(
                        "Scores", "no {enzyme} with a range within {days} days"
                    ).format(enzyme=name, days=LAB_WINDOW_DAYS)
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
                    band_text(m, points) if points is not None else translate("TIS", "not scored"),
                )
            )
        return tuple(lines)

    def _row(self, base: VisitMeasures, follow: VisitMeasures) -> TisRow:
        days = (follow.visit_date - base.visit_date).days
        try:
            # 2016 ACR/EULAR TIS, adult or juvenile thresholds (clinical.md §2, §8)
            result = tis.total_improvement_score(
                base.measures, follow.measures, juvenile=self.juvenile()
            )
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
        base_id: int | None
        reason: str
        if baseline_id is not None:
            if baseline_id not in by_id:
                raise ValidationError(
                    "baseline",
                    translate("Scores", "no such clinic visit ({id})").format(id=baseline_id),
                )
            base_id, chosen, reason = baseline_id, True, translate("Scores", "Chosen by you.")
        elif saved is not None and saved in by_id:
            base_id, chosen, reason = saved, True, translate("Scores", "Chosen by you.")
        elif saved is not None:
            base_id, reason = (
                default_id,
                translate("Scores", "The baseline visit you chose was deleted. {reason}").format(
                    reason=default_reason
                ),
            )
        else:
            base_id, reason = default_id, default_reason
        if chosen and base_id == default_id:
            reason = translate("Scores", "Chosen by you (it is also the default).")
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
                    translate("Scores", "partial {total} ({used} of {count})").format(
                        total=number(r.result.total),
                        used=r.result.measures_used,
                        count=len(tis.MEASURES),
                    )
                )
            else:
                labels.append(
                    translate("Scores", "{total} {category}", "a TIS and its category").format(
                        total=number(r.result.total),
                        category=_CATEGORY_WORDS.get(r.result.category or "", r.result.category),
                    )
                )
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
            JUVENILE_SOURCES_NOTE if self.juvenile() else SOURCES_NOTE,
        )

    def _deterioration(
        self, base: VisitMeasures | None, rows: Sequence[TisRow]
    ) -> tuple[tis.DeteriorationResult | None, str]:
        if base is None or len(rows) < 2:
            return None, translate(
                "Scores",
                "Confirmed deterioration (ProDERM rule) needs two visits after the baseline; "
                "not checked yet.",
            )
        follow = []
        for r in rows:
            m = r.visit.measures
            if r.result is None:  # MMT-8 on the other scale: that measure is not comparable
                m = replace(m, mmt8=None, mmt8_max=None)
            follow.append(m)
        # ProDERM's confirmed deterioration (clinical.md §2; the rule's text: tis.py)
        found = tis.confirmed_deterioration(base.measures, follow)
        if found is None:
            return None, translate(
                "Scores",
                "No confirmed deterioration (ProDERM rule): checked by the app at every two "
                "consecutive visits after the baseline.",
            )
        first, second = (rows[i].visit_date for i in found.visits)
        reasons = joined([tis.DETERIORATION_CRITERIA[c] for c in found.criteria], "; ")
        text = translate(
            "Scores",
            "⚠ Warning – confirmed deterioration (ProDERM rule), checked by the app: at the "
            "visits of {first} and {second}, compared with the baseline of "
            "{baseline}: {reasons}. This is a warning to discuss with your "
            "care team, not a score.",
        ).format(first=first, second=second, baseline=base.visit_date, reasons=reasons)
        return found, text
