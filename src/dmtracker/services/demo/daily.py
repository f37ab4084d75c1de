"""The demo's body weight (monthly) and what is logged at home day by day: check-ins,
self-tests and rash entries; some days are missed."""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal

from dmtracker.services.demo.story import DemoRun, clip
from dmtracker.storage import models as m

NOTES = (
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


def level(x: float) -> int:
    """A 0–10 answer."""
    return int(clip(round(x), 0, 10))


def difficulty(x: float) -> int:
    """A 0–3 answer on a daily function item."""
    return int(clip(round(x), 0, 3))


def write_weights(run: DemoRun, *, juvenile: bool = False) -> dict[date, Decimal]:
    """A weight every 30 days (up on prednisone, then down); returns them by day. A child
    (``juvenile``) weighs about 27 kg and grows 3 kg a year."""
    weights: dict[date, Decimal] = {}
    start, story = run.start, run.story
    d = start
    while d <= run.end:
        steroid = story.improvement(d) if d < start + timedelta(days=200) else 1.0
        if juvenile:
            kg = 27.0 + 3.0 * (d - start).days / 365.25 + 1.5 * steroid
            kg += run.noise(0.2)
        else:
            kg = 71.0 + 3.5 * steroid * math.exp(-max(0, (d - start).days - 200) / 300)
            kg += run.noise(0.4)
        weights[d] = Decimal(str(round(kg, 1)))
        run.rows.add(
            m.BodyWeight, "body_weight", {"day": d, "weight_kg": weights[d], "entered_unit": "kg"}
        )
        d += timedelta(days=30)
    return weights


def missed_days(run: DemoRun, years: int) -> set[date]:
    """A few stretches of 4–9 days without any entry (two a year)."""
    gaps: set[date] = set()
    for _ in range(max(1, years) * 2):
        first = run.start + timedelta(days=run.rng.randrange(0, (run.end - run.start).days + 1))
        gaps |= {first + timedelta(days=i) for i in range(run.rng.randrange(4, 10))}
    return gaps


def write_days(run: DemoRun, years: int, *, juvenile: bool = False) -> None:
    """Each day not missed: a check-in, the self-tests of that weekday, maybe rash entries.
    ``juvenile``: the check-ins are answered by a parent (as a child's diary records)."""
    gaps = missed_days(run, years)
    d = run.start
    while d <= run.end:
        if d in gaps or run.rng.random() < 0.07:
            d += timedelta(days=1)
            continue
        write_checkin(run, d, juvenile=juvenile)
        write_self_tests(run, d)
        write_rash(run, d)
        d += timedelta(days=1)


def write_checkin(run: DemoRun, d: date, *, juvenile: bool = False) -> None:
    act, noise = run.story.activity(d), run.noise
    skin = run.story.skin(d)
    run.rows.add(
        m.CheckIn,
        "checkin",
        {
            "day": d,
            "patient_global": level(act + noise(0.7)),
            "fatigue": level(act + 0.8 + noise(0.8)),
            "pain": level(act - 1.2 + noise(0.8)),
            "itch": level(skin + noise(0.9)),
            "stairs": difficulty((act - 1.5) / 2.2 + noise(0.3)),
            "rise_chair": difficulty((act - 2.0) / 2.2 + noise(0.3)),
            "arms_overhead": difficulty((act - 2.0) / 2.3 + noise(0.3)),
            "head_from_pillow": difficulty((act - 3.0) / 2.3 + noise(0.3)),
            "swallowing": difficulty((act - 5.5) / 2 + noise(0.3)),
            "voice": difficulty((act - 6.0) / 2 + noise(0.3)),
            "breathlessness": difficulty((act - 4.5) / 2.5 + noise(0.3)),
            "notes": run.rng.choice(NOTES) if run.rng.random() < 0.1 else "",
            "answered_by": "parent" if juvenile else "",
        },
    )


def write_self_tests(run: DemoRun, d: date) -> None:
    """Chair stands on Mondays and Thursdays, arm lifts on Wednesdays, the timed up-and-go
    every other Saturday, the six-minute walk on the first Sunday of the month."""
    story, noise = run.story, run.noise
    imp, wear = story.improvement(d), story.wear_off(d)
    dow = d.weekday()
    if dow in (0, 3):
        count = round(6 + 8 * imp - 2 * wear * imp - 0.4 * story.flare(d) + noise(1.1))
        run.rows.add(
            m.SelfTest,
            "self_test",
            {
                "day": d,
                "performed_at": run.at(d, 10, 30),
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
        run.rows.add(
            m.SelfTest,
            "self_test",
            {
                "day": d,
                "performed_at": run.at(d, 10, 45),
                "kind": "arm_lift_1kg",
                "unit": "count",
                "value": Decimal(max(0, count)),
                "side": "right",
                "setting": "home",
                "exertion": level(6 - 2 * imp + noise(0.8)),
            },
        )
    if dow == 5 and (d - run.start).days // 7 % 2 == 0:
        secs = round(13.5 - 5 * imp + 1.5 * wear * imp + noise(0.6), 1)
        run.rows.add(
            m.SelfTest,
            "self_test",
            {
                "day": d,
                "performed_at": run.at(d, 11),
                "kind": "timed_up_and_go",
                "unit": "s",
                "value": Decimal(str(max(4.0, secs))),
                "setting": "home",
            },
        )
    if dow == 6 and d.day <= 7:
        metres = round(320 + 130 * imp - 30 * wear * imp + noise(15))
        run.rows.add(
            m.SelfTest,
            "self_test",
            {
                "day": d,
                "performed_at": run.at(d, 15),
                "kind": "six_minute_walk",
                "unit": "m",
                "value": Decimal(metres),
                "setting": "home",
                "aids": "",
                "exertion": level(6 - 2 * imp + noise(0.8)),
            },
        )


def write_rash(run: DemoRun, d: date) -> None:
    """On about a third of the days, some of four sites scored."""
    rng, skin = run.rng, run.story.skin(d)
    if rng.random() >= 0.35:
        return
    for site in ("eyelids", "knuckles", "v_neck", "shawl"):
        if rng.random() > 0.8:
            continue
        red = int(clip(round(skin / 2.6 + run.noise(0.4)), 0, 3))
        run.rows.add(
            m.RashAssessment,
            "rash",
            {
                "day": d,
                "site": site,
                "redness": red,
                "scaling": 1 if red >= 2 and rng.random() < 0.4 else 0,
                "open_sore": site == "knuckles" and red == 3 and rng.random() < 0.03,
                "itch": level(skin + run.noise(1.0)),
            },
        )
