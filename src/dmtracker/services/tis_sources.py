"""Where each core set measure of a clinic visit comes from: the visit itself, or the
check-in, HAQ-DI and lab result nearest to it within a window (rules in
:mod:`dmtracker.services.scores`; the measures: ``docs/clinical.md`` §2, §3)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dmtracker.domain import tis, vocab
from dmtracker.domain.messages import joined, translate
from dmtracker.services.base import stored_id
from dmtracker.services.tis_results import (
    HAQ_WINDOW_DAYS,
    LAB_WINDOW_DAYS,
    PATIENT_GLOBAL_WINDOW_DAYS,
    EnzymeSource,
    Source,
    VisitMeasures,
    days_text,
    num_text,
)
from dmtracker.storage.models import CheckIn, ClinicAssessment, LabResult, QuestionnaireResponse

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


# -- gathering -------------------------------------------------------------------------
def load_sources(
    engine: sa.Engine, *, juvenile: bool = False
) -> tuple[list[ClinicAssessment], _Pool, _Pool, dict[str, _LabPool]]:
    """Every live clinic visit in date order, and the pools its measures are looked up in
    (``juvenile``: the CHAQ in place of the HAQ-DI)."""
    enzymes = [a.key for a in vocab.ANALYTES.values() if a.is_muscle_enzyme]
    with Session(engine) as s:
        visits = list(
            s.exec(
                select(ClinicAssessment)
                .where(col(ClinicAssessment.deleted_at).is_(None))
                .order_by(col(ClinicAssessment.visit_date), col(ClinicAssessment.id))
            ).all()
        )
        checkins = s.exec(
            select(col(CheckIn.day), col(CheckIn.id), col(CheckIn.patient_global)).where(
                col(CheckIn.deleted_at).is_(None),
                col(CheckIn.patient_global).is_not(None),
            )
        ).all()
        haqs = s.exec(
            select(
                col(QuestionnaireResponse.answered_on),
                col(QuestionnaireResponse.id),
                col(QuestionnaireResponse.score),
            ).where(
                col(QuestionnaireResponse.deleted_at).is_(None),
                col(QuestionnaireResponse.kind) == ("chaq" if juvenile else "haq_di"),
                col(QuestionnaireResponse.score).is_not(None),
            )
        ).all()
        labs = s.exec(
            select(LabResult).where(
                col(LabResult.deleted_at).is_(None),
                col(LabResult.analyte).in_(enzymes),
            )
        ).all()
        s.expunge_all()
    by_enzyme: dict[str, list[_Lab]] = {name: [] for name in enzymes}
    for lab in labs:
        by_enzyme[lab.analyte].append(
            _Lab(lab.collected_on, stored_id(lab), lab.value, lab.ref_high)
        )
    for rows in by_enzyme.values():
        rows.sort(key=lambda r: (r.day, r.record_id))
    # the queries leave out rows without a value; ids are always set on stored rows
    pg = _Pool(
        [_Dated(d, i, Decimal(v)) for d, i, v in checkins if i is not None and v is not None]
    )
    hq = _Pool([_Dated(d, i, Decimal(v)) for d, i, v in haqs if i is not None and v is not None])
    return visits, pg, hq, {name: _LabPool(rows) for name, rows in by_enzyme.items()}


def measures_of(
    visit: ClinicAssessment,
    patient: _Pool,
    haq_pool: _Pool,
    labs: dict[str, _LabPool],
    *,
    juvenile: bool = False,
) -> VisitMeasures:
    """The core set measures of ``visit``; ``juvenile``: the JDM measures where given (the
    CMAS for the MMT-8, the parent global at the visit for the check-ins' patient global, the
    CHAQ for the HAQ-DI)."""
    day = visit.visit_date
    notes: list[str] = []
    sources: dict[str, Source] = {}

    def from_visit(measure: str, value: Decimal | None) -> Source:
        origin = (
            translate("TIS", "clinic visit")
            if value is not None
            else translate("TIS", "not recorded at the visit")
        )
        return Source(
            measure,
            value,
            num_text(value),
            origin,
            day if value is not None else None,
            visit.id if value is not None else None,
        )

    sources["physician_global"] = from_visit("physician_global", visit.physician_global)
    sources["extramuscular"] = from_visit("extramuscular", visit.extramuscular_global)

    def nearest(measure: str, pool: _Pool, window: int, what: str) -> Source:
        hit = pool.nearest(day, window)
        if hit is None:
            missing = (
                translate("TIS", "no check-in within {days} days")
                if what == "check-in"
                else (
                    translate("TIS", "no CHAQ within {days} days")
                    if what == "CHAQ"
                    else translate("TIS", "no HAQ-DI within {days} days")
                )
            )
            return Source(measure, None, "–", missing.format(days=window))
        gap = (hit.day - day).days
        found = (
            translate("TIS", "check-in of {day} ({when})")
            if what == "check-in"
            else (
                translate("TIS", "CHAQ of {day} ({when})")
                if what == "CHAQ"
                else translate("TIS", "HAQ-DI of {day} ({when})")
            )
        )
        return Source(
            measure,
            hit.value,
            num_text(hit.value),
            found.format(day=hit.day, when=days_text(gap)),
            hit.day,
            hit.record_id,
        )

    if juvenile and visit.parent_global is not None:
        sources["patient_global"] = Source(
            "patient_global",
            visit.parent_global,
            num_text(visit.parent_global),
            translate("TIS", "parent global at the clinic visit"),
            day,
            visit.id,
        )
    else:
        sources["patient_global"] = nearest(
            "patient_global", patient, PATIENT_GLOBAL_WINDOW_DAYS, "check-in"
        )
    sources["haq"] = nearest("haq", haq_pool, HAQ_WINDOW_DAYS, "CHAQ" if juvenile else "HAQ-DI")

    if visit.mmt8_total is not None and visit.mmt8_scale is not None:
        sources["mmt8"] = Source(
            "mmt8",
            Decimal(visit.mmt8_total),
            translate("TIS", "{total} of {scale}", "an MMT-8 total of its scale").format(
                total=visit.mmt8_total, scale=visit.mmt8_scale
            ),
            translate("TIS", "clinic visit"),
            day,
            visit.id,
        )
    elif juvenile and visit.cmas_total is not None:  # the JDM muscle measure
        sources["mmt8"] = Source(
            "mmt8",
            Decimal(visit.cmas_total),
            translate("TIS", "CMAS {total} of 52").format(total=visit.cmas_total),
            translate("TIS", "clinic visit"),
            day,
            visit.id,
        )
    else:
        sources["mmt8"] = Source("mmt8", None, "–", translate("TIS", "no MMT-8 total at the visit"))

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
            why = (
                translate("TIS", "{name} of {day} not used: no upper reference limit")
                if skipped[0].uln is None
                else translate("TIS", "{name} of {day} not used: a value of 0")
            )
            notes.append(why.format(name=name, day=skipped[0].day))
    enzymes = tuple(found)
    if enzymes:
        chosen = tis.most_abnormal_enzyme(
            [tis.EnzymeResult(e.name, e.value, e.uln) for e in enzymes]
        )
        assert chosen is not None
        top = next(e for e in enzymes if e.name == chosen.name)
        days = sorted({e.day for e in enzymes})
        origin = joined([translate("TIS", "lab of {day}").format(day=d) for d in days])
        sources["enzyme"] = Source(
            "enzyme",
            top.value,
            joined([e.describe() for e in enzymes], "; "),
            origin,
            top.day,
            top.record_id,
        )
    else:
        sources["enzyme"] = Source(
            "enzyme",
            None,
            "–",
            translate("TIS", "no muscle enzyme with a range within {days} days").format(
                days=LAB_WINDOW_DAYS
            ),
        )
    cmas_used = juvenile and visit.mmt8_total is None and sources["mmt8"].value is not None
    muscle = sources["mmt8"].value
    measures = tis.CoreSetMeasures(
        physician_global=sources["physician_global"].value,
        patient_global=sources["patient_global"].value,
        mmt8=None if cmas_used else muscle,
        mmt8_max=visit.mmt8_scale if muscle is not None and not cmas_used else None,
        cmas=muscle if cmas_used else None,
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
