"""A realistic, deterministic demo history (same seed and end date, same data).

The story: an adult with active dermatomyositis starts IVIG 2 g/kg every 4 weeks two weeks into
the history, on a prednisone taper, weekly methotrexate and hydroxychloroquine. Symptoms improve
over the first 16 weeks and wear off in the last days before each course; side effects follow
courses within 72 h (mostly headache, some fever and nausea, one red flag: a swollen painful
leg); labs monthly, clinic visits with MMT-8 every 4 weeks up to week 16 of IVIG and every 12
weeks after, with a HAQ-DI before each; some days are missed. Every row passes the same
validation as a row typed in the app.

One writer per record kind: :mod:`.medications`, :mod:`.daily` (weight, check-ins,
self-tests, rash), :mod:`.infusions` (courses, days, side effects), :mod:`.clinic` (labs,
visits, HAQ-DI); :mod:`.story` holds the disease course and what one run shares. The writers
draw from one random stream in a fixed order: the order of the calls below is the data.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from dmtracker.domain.messages import Text, translate
from dmtracker.domain.validation import Context
from dmtracker.services.demo.clinic import (
    LAB_EVERY_DAYS,
    VISIT_EVERY_DAYS,
    write_labs,
    write_visits,
)
from dmtracker.services.demo.daily import write_days, write_weights
from dmtracker.services.demo.infusions import write_courses
from dmtracker.services.demo.medications import write_blood_thinner, write_medications
from dmtracker.services.demo.story import FIRST_IVIG_DAY, DemoRows, DemoRun, Story

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

__all__ = [
    "FIRST_IVIG_DAY",
    "LAB_EVERY_DAYS",
    "VISIT_EVERY_DAYS",
    "DemoError",
    "DemoSummary",
    "generate_demo",
]

# What the summary counts, by table.
SUMMARY_NAMES = {
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


class DemoError(Exception):
    """The demo cannot be written here (the folder already has data, or a bad argument)."""


@dataclass(frozen=True)
class DemoSummary:
    start: date
    end: date
    counts: dict[str, int]

    def describe(self) -> Text:
        parts: Text | None = None
        for label, n in self.counts.items():
            if n:
                counted = _counted(label, n)
                parts = (
                    counted
                    if parts is None
                    else translate("Demo", "{first}, {more}", "a list of counts").format(
                        first=parts, more=counted
                    )
                )
        return translate("Demo", "demo history {start} to {end}: {parts}").format(
            start=self.start, end=self.end, parts=parts or ""
        )


def _counted(label: str, n: int) -> Text:
    """``n`` records of a summary's label ("check-ins") as a counted text."""
    if label == "check-ins":
        return translate("Demo", "%n check-in(s)", None, n)
    if label == "self-tests":
        return translate("Demo", "%n self-test(s)", None, n)
    if label == "rash entries":
        return translate("Demo", "%n rash entries", None, n)
    if label == "IVIG courses":
        return translate("Demo", "%n IVIG course(s)", None, n)
    if label == "infusion days":
        return translate("Demo", "%n infusion day(s)", None, n)
    if label == "side effects":
        return translate("Demo", "%n side effect(s)", None, n)
    if label == "lab results":
        return translate("Demo", "%n lab result(s)", None, n)
    if label == "clinic visits":
        return translate("Demo", "%n clinic visit(s)", None, n)
    if label == "HAQ-DI answers":
        return translate("Demo", "%n HAQ-DI answer(s)", None, n)
    if label == "CHAQ answers":
        return translate("Demo", "%n CHAQ answer(s)", None, n)
    return translate("Demo", "%n dose row(s)", None, n)


def generate_demo(
    services: Services,
    years: int = 1,
    seed: int = 1,
    end: date | None = None,
    *,
    juvenile: bool = False,
) -> DemoSummary:
    """Write the demo history into an empty profile, in one transaction. ``juvenile``: a
    child's history (JDM): a 9-year-old's weight and height, methotrexate at about 15 mg/m²,
    CMAS at the visits and CHAQs answered by a parent; the profile is marked juvenile."""
    clock = services.clock
    today = clock.today()
    end = end or today
    if end > today:
        raise DemoError(translate("Demo", "--end {end} is in the future").format(end=end))
    if not 1 <= years <= 30:
        raise DemoError(
            translate("Demo", "years must be from 1 to 30, got {years}").format(years=years)
        )
    if services.checkins.count() or services.courses.count() or services.labs.count():
        raise DemoError(
            translate(
                "Demo", "{folder} already has data; demo data goes only into an empty data folder"
            ).format(folder=services.paths.root)
        )
    rng = random.Random(seed)
    start = end - timedelta(days=round(365.25 * years) - 1)
    story = Story(rng, start, end)
    rows = DemoRows(Context(today=today, now=clock.now()), clock.now())
    run = DemoRun(rng, story, rows, clock, start, end, clock.now() - timedelta(minutes=1))

    profile: dict[str, Any] = {
        "display_name": "Alex (demo)",
        "sex": "female",
        "birth_year": 1972,
        "height_cm": Decimal("168"),
        "units": "metric",
        "ivig_interval_weeks": 4,
        "thrombosis_risk": False,
        "kidney_risk": False,
    }
    if juvenile:
        profile.update(
            display_name="Sam (demo)",
            sex="male",
            birth_year=today.year - 9,
            height_cm=Decimal("132"),
            juvenile=True,
        )
    write_medications(run, juvenile=juvenile)
    weights = write_weights(run, juvenile=juvenile)

    def weight_on(day: date) -> Decimal:
        past = [k for k in weights if k <= day]
        return weights[max(past)] if past else weights[min(weights)]

    write_days(run, years, juvenile=juvenile)
    clot_day = write_courses(run, weight_on)
    if clot_day is not None:
        profile["risk_factors"] = ["thrombosis_history"]
        write_blood_thinner(run, clot_day)
    write_labs(run)
    write_visits(run, juvenile=juvenile)
    rows.write(services.engine)
    # no TIS baseline saved: the app's default (the last visit before the first course) is it
    services.profile.save(profile)
    counts = Counter({t.__tablename__: len(r) for t, r in rows.rows.items()})
    names = dict(SUMMARY_NAMES)
    if juvenile:
        names["questionnaire_response"] = "CHAQ answers"
    return DemoSummary(start, end, {label: counts.get(t, 0) for t, label in names.items()})
