"""The demo's labs (monthly muscle enzymes) and clinic visits: physician and extramuscular
globals, MMT-8, CDASI and grip strength at each visit, a HAQ-DI answered two days before."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dmtracker.domain import chaq, cmas, haq, vocab
from dmtracker.services.demo.story import DemoRun, clip
from dmtracker.storage import models as m

VISIT_EVERY_DAYS = 84
LAB_EVERY_DAYS = 28
# analyte, value before treatment, value on treatment, reference low, high, decimal places
LAB_SPECS = (
    ("CK", 1700, 110, 30, 200, 0),
    ("aldolase", 14.0, 4.2, 1.0, 7.5, 1),
    ("LDH", 430, 175, 125, 220, 0),
    ("AST", 105, 24, 10, 40, 0),
    ("ALT", 62, 21, 7, 56, 0),
)


def write_labs(run: DemoRun) -> None:
    story = run.story
    d = run.start + timedelta(days=3)
    while d <= run.end:
        imp, wear = story.improvement(d), story.wear_off(d)
        for name, high, low, ref_lo, ref_hi, places in LAB_SPECS:
            value = (high - low) * (1 - imp) + low * (1 + 0.25 * wear) + run.noise(low * 0.08)
            value = round(max(value, low * 0.5), places)
            run.rows.add(
                m.LabResult,
                "lab",
                {
                    "collected_on": d,
                    "analyte": name,
                    "value": Decimal(str(value)),
                    "ref_low": Decimal(str(ref_lo)),
                    "ref_high": Decimal(str(ref_hi)),
                    "lab_name": "City Hospital laboratory",
                    "unit": "U/L",
                },
                extra={
                    "loinc": vocab.ANALYTES[name].loinc,
                    "entered_value": str(value),
                    "entered_unit": "U/L",
                },
            )
        d += timedelta(days=LAB_EVERY_DAYS)


def write_visits(run: DemoRun, *, juvenile: bool = False) -> None:
    """A baseline visit a week before the first IVIG course, then every 4 weeks up to week 16
    of IVIG (as in ProDERM, so the TIS history shows the response build up), then every 12
    weeks. A child (``juvenile``): the CMAS (per item) in place of the MMT-8, the parent global
    and the DAS in place of the CDASI, and a CHAQ answered by a parent before each visit."""
    story, noise = run.story, run.noise
    visit_days = [run.start + timedelta(days=7)]
    visit_days += [story.ivig_start + timedelta(weeks=k) for k in (4, 8, 12, 16)]
    while visit_days[-1] + timedelta(days=VISIT_EVERY_DAYS) <= run.end:
        visit_days.append(visit_days[-1] + timedelta(days=VISIT_EVERY_DAYS))
    muscles = vocab.mmt8_columns()
    early_end = story.ivig_start + timedelta(weeks=16)
    previous: dict[str, Any] = {}
    for d in (v for v in visit_days if v <= run.end):
        imp = story.clinic_response(d)
        act = story.activity(d)
        row: dict[str, Any] = {
            "visit_date": d,
            "clinician": "Dr A. Rivera",
            "physician_global": Decimal(str(round(clip(6.4 - 4.2 * imp + noise(0.3), 0, 10), 1))),
            "extramuscular_global": Decimal(
                str(round(clip(5.0 - 3.4 * imp + noise(0.3), 0, 10), 1))
            ),
            "mmt8_scale": 150,
            "cdasi_activity": int(clip(round(27 - 18 * imp + noise(1.5)), 0, 100)),
            "cdasi_damage": int(clip(round(4 + noise(0.5)), 0, 32)),
        }
        for col in muscles:
            base = 5.6 if col == "mmt_neck_flexors" else 6.6
            row[col] = int(clip(round(base + 3.2 * imp + noise(0.4)), 0, 10))
        if previous and d <= early_end:
            # the response builds through week 16: no examination finding slips back (noise)
            for key in ("physician_global", "extramuscular_global", "cdasi_activity"):
                row[key] = min(row[key], previous[key])
            for col in muscles:
                row[col] = max(row[col], previous[col])
        previous = dict(row)
        row["mmt8_total"] = sum(row[c] for c in muscles)
        if juvenile:
            juvenile_measures(run, row, imp)
        run.rows.add(m.ClinicAssessment, "clinic", row)
        write_grip(run, d, imp)
        if juvenile:
            write_chaq(run, d, imp, act)
        else:
            write_haq(run, d, imp, act)


def juvenile_measures(run: DemoRun, row: dict[str, Any], imp: float) -> None:
    """A child's visit: the CMAS by item (from about 24 of 52 to 48), the parent global, the DAS
    skin and muscle; no MMT-8 or CDASI."""
    for key in (*vocab.mmt8_columns(), "mmt8_total", "mmt8_scale", "cdasi_activity"):
        row.pop(key, None)
    row.pop("cdasi_damage", None)
    items: dict[str, int] = {}
    for item in cmas.ITEMS:
        share = 0.45 + 0.48 * imp + run.noise(0.05)
        items[item.key] = int(clip(round(item.maximum * share), 0, item.maximum))
    row["cmas_items"] = items
    row["cmas_total"] = sum(items.values())
    row["parent_global"] = Decimal(str(round(clip(6.8 - 4.6 * imp + run.noise(0.4), 0, 10), 1)))
    row["das_skin"] = int(clip(round(6 - 4 * imp + run.noise(0.4)), 0, 9))
    row["das_muscle"] = int(clip(round(7 - 6 * imp + run.noise(0.4)), 0, 11))


def write_chaq(run: DemoRun, d: date, imp: float, act: float) -> None:
    """The CHAQ a parent answered two days before the visit: 30 items, riding a bike not
    applicable in winter, pain and well-being in mm."""
    answered = d - timedelta(days=2)
    if answered < run.start:
        return
    answers: dict[str, int | None] = {}
    for item in range(1, len(chaq.ITEMS) + 1):
        offset = (item % 5) * 0.3 - 0.6
        answers[str(item)] = int(clip(round((act - 1.5) / 2.6 + offset + run.noise(0.3)), 0, 3))
    not_applicable = ["28"] if answered.month in (12, 1, 2) else []
    for key in not_applicable:
        answers[key] = None
    aids = ["walking"] if imp < 0.4 else []
    given: dict[int, int | str | None] = {int(k): v for k, v in answers.items()}
    for key in not_applicable:
        given[int(key)] = chaq.NOT_APPLICABLE
    score = chaq.score(given, aids).index
    run.rows.add(
        m.QuestionnaireResponse,
        "questionnaire",
        {
            "kind": "chaq",
            "answered_on": answered,
            "answered_by": "parent",
            "answers": answers,
            "not_applicable": not_applicable,
            "aids": aids,
            "help": [],
            "pain_mm": int(clip(round(65 - 50 * imp + run.noise(4)), 0, 100)),
            "well_being_mm": int(clip(round(60 - 45 * imp + run.noise(4)), 0, 100)),
        },
        extra={"score": score},
    )


def write_grip(run: DemoRun, d: date, imp: float) -> None:
    """Grip strength measured at the visit."""
    run.rows.add(
        m.SelfTest,
        "self_test",
        {
            "day": d,
            "performed_at": run.at(d, 14),
            "kind": "grip",
            "unit": "kg",
            "side": "right",
            "value": Decimal(str(round(15 + 9 * imp + run.noise(0.8), 1))),
            "setting": "clinic",
        },
    )


def write_haq(run: DemoRun, d: date, imp: float, act: float) -> None:
    """The HAQ-DI answered two days before the visit (when that is inside the history)."""
    answered = d - timedelta(days=2)
    if answered < run.start:
        return
    answers = {}
    for item in range(1, 21):
        offset = (item % 5) * 0.35 - 0.6
        answers[str(item)] = int(clip(round((act - 1.5) / 2.4 + offset + run.noise(0.35)), 0, 3))
    aids = ["arising", "hygiene"] if imp < 0.4 else []
    score = haq.haq_di({int(k): v for k, v in answers.items()}, aids)
    run.rows.add(
        m.QuestionnaireResponse,
        "questionnaire",
        {
            "kind": "haq_di",
            "answered_on": answered,
            "answers": answers,
            "aids": aids,
            "help": [],
        },
        extra={"score": score},
    )
