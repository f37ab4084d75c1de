"""A realistic, deterministic demo history (same seed and end date, same data).

The story: an adult with active dermatomyositis starts IVIG 2 g/kg every 4 weeks two weeks into
the history, on a prednisone taper, weekly methotrexate and hydroxychloroquine. Symptoms improve
over the first 16 weeks and wear off in the last days before each course; side effects follow
courses within 72 h (mostly headache, some fever and nausea, one red flag: a swollen painful
leg); labs monthly, clinic visits with MMT-8 every 4 weeks up to week 16 of IVIG and every 12
weeks after, with a HAQ-DI before each; some days are missed. Every row passes the same
validation as a row typed in the app.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from dmtracker.domain import haq, infusion, medications, records, vocab
from dmtracker.domain.validation import Context
from dmtracker.storage import models as m
from dmtracker.storage.db import session_scope

FIRST_IVIG_DAY = 14
VISIT_EVERY_DAYS = 84
LAB_EVERY_DAYS = 28


class DemoError(Exception):
    """The demo cannot be written here (the folder already has data, or a bad argument)."""


@dataclass(frozen=True)
class DemoSummary:
    start: date
    end: date
    counts: dict[str, int]

    def describe(self) -> str:
        parts = ", ".join(f"{n:,} {k}" for k, n in self.counts.items() if n)
        return f"demo history {self.start.isoformat()} to {self.end.isoformat()}: {parts}"


def _clip(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


class _Story:
    """The hidden disease course the demo samples from."""

    def __init__(self, rng: random.Random, start: date, end: date):
        self.rng = rng
        self.start = start
        self.end = end
        self.ivig_start = start + timedelta(days=FIRST_IVIG_DAY)
        self.courses = []
        d = self.ivig_start
        while d <= end:
            self.courses.append(d)
            d += timedelta(days=28)
        years = max(1, (end - start).days // 365)
        self.flares = []
        for _ in range(2 * years):
            first = start + timedelta(days=rng.randrange(60, max(61, (end - start).days)))
            self.flares.append((first, rng.randrange(5, 11)))

    def improvement(self, d: date) -> float:
        if d < self.ivig_start:
            return 0.0
        weeks = (d - self.ivig_start).days / 7
        return 1 - math.exp(-weeks / 5)

    def clinic_response(self, d: date) -> float:
        """What the examining doctor finds: slower and smaller than how the patient feels, so
        the TIS climbs through the first 16 weeks to a moderate response (ProDERM: mean TIS
        about 48 at week 16 on IVIG) instead of jumping to "major" at week 4."""
        if d < self.ivig_start:
            return 0.0
        weeks = (d - self.ivig_start).days / 7
        return 0.6 * (1 - math.exp(-weeks / 12))

    def wear_off(self, d: date) -> float:
        past = [c for c in self.courses if c <= d]
        if not past:
            return 0.0
        since = (d - past[-1]).days
        return _clip((since - 21) / 7, 0, 1)

    def flare(self, d: date) -> float:
        total = 0.0
        for first, length in self.flares:
            k = (d - first).days
            if 0 <= k < length:
                total += 2.8 * math.sin(math.pi * (k + 0.5) / length)
        return total

    def activity(self, d: date) -> float:
        imp = self.improvement(d)
        return 7.2 - 4.6 * imp + 1.6 * self.wear_off(d) * imp + self.flare(d)

    def skin(self, d: date) -> float:
        imp = self.improvement(d)
        return 6.5 - 3.8 * imp + 1.2 * self.wear_off(d) * imp + 0.5 * self.flare(d)


class _Writer:
    """Collects validated rows per table with explicit ids, then bulk-inserts them."""

    def __init__(self, ctx: Context, now: datetime):
        self.ctx = ctx
        self.now = now
        self.rows: dict[type[m.Tracked], list[dict[str, Any]]] = {}

    def add(
        self,
        table: type[m.Tracked],
        kind: str | None,
        row: dict[str, Any],
        extra: dict[str, Any] | None = None,
    ) -> int:
        if kind is not None:
            schema = records.SCHEMAS[kind]
            given = {k: v for k, v in row.items() if k in schema}
            clean = records.validate(kind, given, self.ctx)
            if kind == "regimen":
                records.check_record(kind, {**row, **clean}, medication_name=row.pop("_name", ""))
            else:
                records.check_record(kind, {**row, **clean})
            row = {**row, **clean}
        row.pop("_name", None)
        bucket = self.rows.setdefault(table, [])
        row_id = len(bucket) + 1
        obj = table(**row, **(extra or {}), id=row_id, created_at=self.now, updated_at=self.now)
        bucket.append({c.name: getattr(obj, c.name) for c in table.__table__.columns})
        return row_id

    def write(self, engine: sa.Engine) -> None:
        with session_scope(engine) as s:
            for table in m.RECORD_TABLES:
                rows = self.rows.get(table)
                if rows:
                    s.execute(sa.insert(table), rows)


def generate_demo(
    services: Any, years: int = 1, seed: int = 1, end: date | None = None
) -> DemoSummary:
    """Write the demo history into an empty profile, in one transaction."""
    clock = services.clock
    today = clock.today()
    end = end or today
    if end > today:
        raise DemoError(f"--end {end.isoformat()} is in the future")
    if not 1 <= years <= 30:
        raise DemoError(f"years must be from 1 to 30, got {years}")
    if services.checkins.count() or services.courses.count() or services.labs.count():
        raise DemoError(
            f"{services.paths.root} already has data; demo data goes only into an empty data folder"
        )
    rng = random.Random(seed)
    start = end - timedelta(days=round(365.25 * years) - 1)
    story = _Story(rng, start, end)
    w = _Writer(Context(today=today, now=clock.now()), clock.now())
    tz = clock.tz

    latest = clock.now() - timedelta(minutes=1)

    def at(d: date, hour: int, minute: int = 0) -> datetime:
        """A local time on day ``d``; never later than now (the history ends today)."""
        return min(datetime.combine(d, time(hour, minute), tzinfo=tz).astimezone(UTC), latest)

    def noise(sd: float) -> float:
        return rng.gauss(0, sd)

    # -- profile and medications ------------------------------------------------------------------
    profile = {
        "display_name": "Alex (demo)",
        "sex": "female",
        "birth_year": 1972,
        "height_cm": Decimal("168"),
        "units": "metric",
        "ivig_interval_weeks": 4,
        "thrombosis_risk": False,
        "kidney_risk": False,
    }

    def med(name: str, route: str, form: str) -> int:
        return w.add(m.Medication, "medication", {"name": name, "route": route, "form": form})

    pred = med("Prednisone", "oral", "tablet")
    for step in medications.taper_steps(
        Decimal(40), [(Decimal(5), 14, Decimal(10)), (Decimal(1), 28, Decimal(5))], start
    ):
        if step.start_date > end:
            break
        w.add(
            m.Regimen,
            "regimen",
            {
                "medication_id": pred,
                "dose": step.dose,
                "unit": "mg",
                "schedule": "daily",
                "start_date": step.start_date,
                "end_date": step.end_date,
                "taper_label": "Prednisone taper from 40 mg",
                "_name": "Prednisone",
            },
        )
    mtx = med("Methotrexate", "subcutaneous", "pre-filled pen")
    mtx_up = start + timedelta(days=63)
    w.add(
        m.Regimen,
        "regimen",
        {
            "medication_id": mtx,
            "dose": Decimal(15),
            "unit": "mg",
            "schedule": "weekly",
            "weekday": 4,
            "start_date": start + timedelta(days=7),
            "end_date": min(mtx_up - timedelta(days=1), end) if mtx_up <= end else None,
            "_name": "Methotrexate",
        },
    )
    if mtx_up <= end:
        w.add(
            m.Regimen,
            "regimen",
            {
                "medication_id": mtx,
                "dose": Decimal(20),
                "unit": "mg",
                "schedule": "weekly",
                "weekday": 4,
                "start_date": mtx_up,
                "_name": "Methotrexate",
            },
        )
    folic = med("Folic acid", "oral", "tablet")
    w.add(
        m.Regimen,
        "regimen",
        {
            "medication_id": folic,
            "dose": Decimal(5),
            "unit": "mg",
            "schedule": "weekly",
            "weekday": 5,
            "start_date": start + timedelta(days=7),
            "_name": "Folic acid",
        },
    )
    hcq = med("Hydroxychloroquine", "oral", "tablet")
    w.add(
        m.Regimen,
        "regimen",
        {
            "medication_id": hcq,
            "dose": Decimal(200),
            "unit": "mg",
            "schedule": "daily",
            "start_date": start,
            "_name": "Hydroxychloroquine",
        },
    )

    # -- body weight (monthly) -------------------------------------------------------------------
    weights: dict[date, Decimal] = {}
    d = start
    while d <= end:
        steroid = story.improvement(d) if d < start + timedelta(days=200) else 1.0
        kg = 71.0 + 3.5 * steroid * math.exp(-max(0, (d - start).days - 200) / 300) + noise(0.4)
        weights[d] = Decimal(str(round(kg, 1)))
        w.add(
            m.BodyWeight, "body_weight", {"day": d, "weight_kg": weights[d], "entered_unit": "kg"}
        )
        d += timedelta(days=30)

    def weight_on(day: date) -> Decimal:
        past = [k for k in weights if k <= day]
        return weights[max(past)] if past else weights[min(weights)]

    # -- daily check-ins, self-tests, rash -----------------------------------------------------
    gaps: set[date] = set()
    for _ in range(max(1, years) * 2):
        first = start + timedelta(days=rng.randrange(0, (end - start).days + 1))
        gaps |= {first + timedelta(days=i) for i in range(rng.randrange(4, 10))}
    notes = (
        "Tired after the infusion.",
        "Good day: walked to the shop and back.",
        "Knuckles itchy and red.",
        "Stairs hard this morning.",
        "Slept badly.",
        "Eyelids puffy.",
        "Felt stronger today.",
        "Headache in the afternoon.",
        "Could lift the kettle with one hand.",
        "Hard to get up from the sofa.",
    )
    d = start
    while d <= end:
        if d in gaps or rng.random() < 0.07:
            d += timedelta(days=1)
            continue
        act, imp, wear = story.activity(d), story.improvement(d), story.wear_off(d)
        skin = story.skin(d)

        def level(x: float) -> int:
            return int(_clip(round(x), 0, 10))

        def fn(x: float) -> int:
            return int(_clip(round(x), 0, 3))

        w.add(
            m.CheckIn,
            "checkin",
            {
                "day": d,
                "patient_global": level(act + noise(0.7)),
                "fatigue": level(act + 0.8 + noise(0.8)),
                "pain": level(act - 1.2 + noise(0.8)),
                "itch": level(skin + noise(0.9)),
                "stairs": fn((act - 1.5) / 2.2 + noise(0.3)),
                "rise_chair": fn((act - 2.0) / 2.2 + noise(0.3)),
                "arms_overhead": fn((act - 2.0) / 2.3 + noise(0.3)),
                "head_from_pillow": fn((act - 3.0) / 2.3 + noise(0.3)),
                "swallowing": fn((act - 5.5) / 2 + noise(0.3)),
                "voice": fn((act - 6.0) / 2 + noise(0.3)),
                "breathlessness": fn((act - 4.5) / 2.5 + noise(0.3)),
                "notes": rng.choice(notes) if rng.random() < 0.1 else "",
            },
        )
        dow = d.weekday()
        if dow in (0, 3):
            count = round(6 + 8 * imp - 2 * wear * imp - 0.4 * story.flare(d) + noise(1.1))
            w.add(
                m.SelfTest,
                "self_test",
                {
                    "day": d,
                    "performed_at": at(d, 10, 30),
                    "kind": "chair_stand_30s",
                    "unit": "count",
                    "value": Decimal(max(0, count)),
                    "setting": "home",
                    "side": "none",
                    "exertion": level(7 - 3 * imp + noise(0.8)),
                },
            )
        if dow == 2:
            count = round(9 + 12 * imp - 3 * wear * imp + noise(1.5))
            w.add(
                m.SelfTest,
                "self_test",
                {
                    "day": d,
                    "performed_at": at(d, 10, 45),
                    "kind": "arm_lift_1kg",
                    "unit": "count",
                    "value": Decimal(max(0, count)),
                    "side": "right",
                    "setting": "home",
                    "exertion": level(6 - 2 * imp + noise(0.8)),
                },
            )
        if dow == 5 and (d - start).days // 7 % 2 == 0:
            secs = round(13.5 - 5 * imp + 1.5 * wear * imp + noise(0.6), 1)
            w.add(
                m.SelfTest,
                "self_test",
                {
                    "day": d,
                    "performed_at": at(d, 11),
                    "kind": "timed_up_and_go",
                    "unit": "s",
                    "value": Decimal(str(max(4.0, secs))),
                    "setting": "home",
                },
            )
        if dow == 6 and d.day <= 7:
            metres = round(320 + 130 * imp - 30 * wear * imp + noise(15))
            w.add(
                m.SelfTest,
                "self_test",
                {
                    "day": d,
                    "performed_at": at(d, 15),
                    "kind": "six_minute_walk",
                    "unit": "m",
                    "value": Decimal(metres),
                    "setting": "home",
                    "aids": "",
                    "exertion": level(6 - 2 * imp + noise(0.8)),
                },
            )
        if rng.random() < 0.35:
            for site in ("eyelids", "knuckles", "v_neck", "shawl"):
                if rng.random() > 0.8:
                    continue
                red = int(_clip(round(skin / 2.6 + noise(0.4)), 0, 3))
                w.add(
                    m.RashAssessment,
                    "rash",
                    {
                        "day": d,
                        "site": site,
                        "redness": red,
                        "scaling": 1 if red >= 2 and rng.random() < 0.4 else 0,
                        "open_sore": site == "knuckles" and red == 3 and rng.random() < 0.03,
                        "itch": level(skin + noise(1.0)),
                    },
                )
        d += timedelta(days=1)

    # -- IVIG courses, infusion days, side effects ---------------------------------------------
    red_flag_course = len(story.courses) * 2 // 5
    products = ("Octagam 10%",)
    # After the DVT (a serious red flag) the history of thrombosis is recorded, a blood thinner
    # is started and every later course runs at no more than 0.03 mL/kg/min (clinical.md §4, §8;
    # issue 16: the label's cap for patients at risk of thrombosis).
    clot_day: date | None = None
    for k, cstart in enumerate(story.courses):
        days = 5 if k < 2 else 3 if k < 12 else 2
        kg = (weight_on(cstart) * 2).quantize(Decimal(1)) / 2  # to the nearest 0.5 kg
        plan = infusion.plan_course(kg, Decimal(2), days, Decimal(10))
        course_id = w.add(
            m.InfusionCourse,
            "course",
            {
                "planned_start": cstart,
                "days_planned": days,
                "kind": "induction",
                "g_per_kg": Decimal(2),
                "weight_kg": kg,
                "product": products[0],
                "concentration_percent": Decimal(10),
                "interval_weeks": 4,
            },
            extra={"total_g": plan.total_g, "dosing_weight_kg": kg},
        )
        lot = f"{chr(65 + k % 26)}{rng.randrange(100000, 999999)}"
        at_risk = clot_day is not None and cstart > clot_day
        cap = infusion.AT_RISK_MAX_RATE if at_risk else infusion.LABEL_MAX_RATE
        ladder = infusion.rate_ladder(
            kg, plan.per_day_ml, Decimal("0.01"), Decimal("0.01"), cap, at_risk=at_risk
        )
        last_stop = None
        for n in range(1, days + 1):
            day = cstart + timedelta(days=n - 1)
            if day > end:
                break
            started = at(day, 9, rng.choice((0, 15, 30)))
            stopped = started + timedelta(minutes=float(ladder.total_minutes) + 10)
            if stopped > clock.now():
                break
            last_stop = stopped
            day_id = w.add(
                m.InfusionDay,
                "infusion_day",
                {
                    "course_id": course_id,
                    "day": day,
                    "day_number": n,
                    "days_in_course": days,
                    "product": products[0],
                    "concentration_percent": Decimal(10),
                    "lot_number": lot,
                    "expiry": cstart + timedelta(days=420),
                    "dose_g": plan.per_day_g,
                    "weight_kg": kg,
                    "started_at": started,
                    "stopped_at": stopped,
                    "total_volume_ml": plan.per_day_ml,
                    "hydration_ml": Decimal(500),
                    "hydration_notes": "Drank 500 mL water",
                    "setting": "infusion_centre",
                    "nurse_site": "Day unit, City Hospital",
                },
            )
            for seq, step in enumerate(ladder.steps):
                w.add(
                    m.RateStep,
                    "rate_step",
                    {
                        "minute": step.minute_start,
                        "rate_ml_per_kg_min": step.ml_per_kg_min,
                        "rate_ml_per_h": step.ml_per_hour,
                        "entered_unit": "ml_per_kg_min",
                    },
                    extra={"infusion_day_id": day_id, "seq": seq},
                )
            for drug, dose in (("Paracetamol", 1000), ("Cetirizine", 10)):
                w.add(
                    m.Premedication,
                    "premedication",
                    {
                        "drug": drug,
                        "dose": Decimal(dose),
                        "unit": "mg",
                        "taken_at": started - timedelta(minutes=30),
                    },
                    extra={"infusion_day_id": day_id},
                )
            for phase, when in (("before", started), ("after", stopped)):
                w.add(
                    m.VitalSign,
                    "vital",
                    {
                        "infusion_day_id": day_id,
                        "measured_at": when,
                        "phase": phase,
                        "systolic": int(122 + noise(6)),
                        "diastolic": int(77 + noise(4)),
                        "heart_rate": int(74 + noise(5)),
                        "temperature_c": Decimal(str(round(36.7 + noise(0.15), 1))),
                    },
                )
        if last_stop is None:
            continue

        def effect(
            term: str,
            hours: float,
            grade: int,
            stop: datetime = last_stop,
            course: int = course_id,
            **kw: Any,
        ) -> None:
            onset = stop + timedelta(hours=hours)
            if onset > clock.now():
                return
            row = {
                "term": term,
                "onset_at": onset,
                "grade": grade,
                "link_mode": "auto",
                "outcome": "recovered",
                **kw,
            }
            if "ended_at" not in row:
                row["ended_at"] = min(onset + timedelta(hours=rng.randrange(4, 36)), clock.now())
            w.add(
                m.SideEffect,
                "side_effect",
                row,
                extra={"course_id": course, "red_flag": False, "is_custom_term": False},
            )

        if rng.random() < 0.45:
            effect(
                "headache",
                rng.uniform(2, 30),
                1 if rng.random() < 0.7 else 2,
                action_taken="took a painkiller",
            )
        if rng.random() < 0.12:
            effect("fever", rng.uniform(1, 12), 1)
        if rng.random() < 0.15:
            effect("nausea", rng.uniform(1, 20), 1)
        if rng.random() < 0.05:
            effect("chills", rng.uniform(0.5, 6), 1)
        if k == red_flag_course:
            onset = last_stop + timedelta(hours=48)
            if onset <= clock.now():
                w.add(
                    m.SideEffect,
                    "side_effect",
                    {
                        "term": "swollen painful arm or leg",
                        "onset_at": onset,
                        "ended_at": min(onset + timedelta(days=20), clock.now()),
                        "grade": 3,
                        "serious": True,
                        "link_mode": "auto",
                        "action_taken": "went to hospital",
                        "outcome": "recovered",
                        "notes": "Left calf swollen and warm. Scan at the hospital: a clot; "
                        "treated with a blood thinner.",
                    },
                    extra={"course_id": course_id, "red_flag": True, "is_custom_term": False},
                )
                clot_day = onset.astimezone(tz).date()

    if clot_day is not None:
        profile["risk_factors"] = ["thrombosis_history"]
        blood_thinner = med("Apixaban", "oral", "tablet")
        w.add(
            m.Regimen,
            "regimen",
            {
                "medication_id": blood_thinner,
                "dose": Decimal(5),
                "unit": "mg",
                "schedule": "daily",
                "times_per_day": 2,
                "start_date": clot_day + timedelta(days=1),
                "notes": "Blood thinner for the leg clot (DVT) after IVIG",
                "_name": "Apixaban",
            },
        )

    # -- labs, clinic visits, HAQ-DI -----------------------------------------------------------
    lab_specs = (
        ("CK", 1700, 110, 30, 200, 0),
        ("aldolase", 14.0, 4.2, 1.0, 7.5, 1),
        ("LDH", 430, 175, 125, 220, 0),
        ("AST", 105, 24, 10, 40, 0),
        ("ALT", 62, 21, 7, 56, 0),
    )
    d = start + timedelta(days=3)
    while d <= end:
        imp, wear = story.improvement(d), story.wear_off(d)
        for name, high, low, ref_lo, ref_hi, places in lab_specs:
            value = (high - low) * (1 - imp) + low * (1 + 0.25 * wear) + noise(low * 0.08)
            value = round(max(value, low * 0.5), places)
            w.add(
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

    # A baseline visit a week before the first IVIG course, then every 4 weeks up to week 16 of
    # IVIG (as in ProDERM, so the TIS history shows the response build up), then every 12 weeks.
    visit_days = [start + timedelta(days=7)]
    visit_days += [story.ivig_start + timedelta(weeks=k) for k in (4, 8, 12, 16)]
    while visit_days[-1] + timedelta(days=VISIT_EVERY_DAYS) <= end:
        visit_days.append(visit_days[-1] + timedelta(days=VISIT_EVERY_DAYS))
    muscles = vocab.mmt8_columns()
    early_end = story.ivig_start + timedelta(weeks=16)
    previous: dict[str, Any] = {}
    for d in (v for v in visit_days if v <= end):
        imp = story.clinic_response(d)
        act = story.activity(d)
        row: dict[str, Any] = {
            "visit_date": d,
            "clinician": "Dr A. Rivera",
            "physician_global": Decimal(str(round(_clip(6.4 - 4.2 * imp + noise(0.3), 0, 10), 1))),
            "extramuscular_global": Decimal(
                str(round(_clip(5.0 - 3.4 * imp + noise(0.3), 0, 10), 1))
            ),
            "mmt8_scale": 150,
            "cdasi_activity": int(_clip(round(27 - 18 * imp + noise(1.5)), 0, 100)),
            "cdasi_damage": int(_clip(round(4 + noise(0.5)), 0, 32)),
        }
        for col in muscles:
            base = 5.6 if col == "mmt_neck_flexors" else 6.6
            row[col] = int(_clip(round(base + 3.2 * imp + noise(0.4)), 0, 10))
        if previous and d <= early_end:
            # the response builds through week 16: no examination finding slips back (noise)
            for key in ("physician_global", "extramuscular_global", "cdasi_activity"):
                row[key] = min(row[key], previous[key])
            for col in muscles:
                row[col] = max(row[col], previous[col])
        previous = dict(row)
        row["mmt8_total"] = sum(row[c] for c in muscles)
        w.add(m.ClinicAssessment, "clinic", row)
        w.add(
            m.SelfTest,
            "self_test",
            {
                "day": d,
                "performed_at": at(d, 14),
                "kind": "grip",
                "unit": "kg",
                "side": "right",
                "value": Decimal(str(round(15 + 9 * imp + noise(0.8), 1))),
                "setting": "clinic",
            },
        )
        answered = d - timedelta(days=2)
        if answered >= start:
            answers = {}
            for item in range(1, 21):
                offset = (item % 5) * 0.35 - 0.6
                answers[str(item)] = int(
                    _clip(round((act - 1.5) / 2.4 + offset + noise(0.35)), 0, 3)
                )
            aids = ["arising", "hygiene"] if imp < 0.4 else []
            score = haq.haq_di({int(k): v for k, v in answers.items()}, aids)
            w.add(
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
    w.write(services.engine)
    # no TIS baseline saved: the app's default (the last visit before the first course) is it
    services.profile.save(profile)
    counts = Counter({t.__tablename__: len(rows) for t, rows in w.rows.items()})
    names = {
        "daily_checkin": "check-ins",
        "self_test": "self-tests",
        "rash_assessment": "rash entries",
        "infusion_course": "IVIG courses",
        "infusion_day": "infusion days",
        "side_effect": "side effects",
        "lab_result": "lab results",
        "clinic_assessment": "clinic visits",
        "questionnaire_response": "HAQ-DI answers",
        "medication_regimen": "dose rows",
    }
    return DemoSummary(start, end, {label: counts.get(t, 0) for t, label in names.items()})
