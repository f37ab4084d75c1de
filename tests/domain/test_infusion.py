"""Tests for IVIG arithmetic (clinical.md §1 and §4; Octagam 10% label for dermatomyositis)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dmtracker.domain.infusion import (
    AT_RISK_MAX_RATE,
    DEFAULT_CONCENTRATION,
    DEFAULT_G_PER_KG,
    DEFAULT_INTERVAL_WEEKS,
    DEFAULT_START_RATE,
    DEFAULT_STEP,
    LABEL_MAX_RATE,
    MAINTENANCE_G_PER_KG,
    CoursePlan,
    LadderStep,
    ml_for_grams,
    ml_per_hour,
    ml_per_kg_min,
    next_course_due,
    plan_course,
    rate_ladder,
)


# --- constants --------------------------------------------------------------------------------
def test_label_constants() -> None:
    constants = {
        "g_per_kg": DEFAULT_G_PER_KG,
        "maintenance": MAINTENANCE_G_PER_KG,
        "concentration": DEFAULT_CONCENTRATION,
        "interval": DEFAULT_INTERVAL_WEEKS,
        "start": DEFAULT_START_RATE,
        "step": DEFAULT_STEP,
        "max": LABEL_MAX_RATE,
        "at_risk_max": AT_RISK_MAX_RATE,
    }
    assert constants == {
        "g_per_kg": D("2"),
        "maintenance": D("1"),
        "concentration": D("10"),
        "interval": 4,
        "start": D("0.01"),
        "step": D("0.01"),
        "max": D("0.04"),
        "at_risk_max": D("0.03"),
    }


# --- rates ------------------------------------------------------------------------------------
def test_ml_per_hour_label_max_at_70_kg() -> None:
    # 70 × 0.04 × 60 = 168
    assert ml_per_hour(70, "0.04") == D("168")
    assert ml_per_hour(D("70"), D("0.04")) == 168


def test_ml_per_hour_at_risk_cap_at_70_kg() -> None:
    # 70 × 0.03 × 60 = 126
    assert ml_per_hour("70", "0.03") == D("126")


def test_ml_per_hour_start_rate_and_fractional_weight() -> None:
    assert ml_per_hour(70, DEFAULT_START_RATE) == D("42")
    # 72.5 × 0.01 × 60 = 43.5, exact
    assert ml_per_hour("72.5", "0.01") == D("43.5")


def test_ml_per_hour_float_is_read_through_str() -> None:
    # 0.1 + 0.2 style trouble must not appear: float 0.04 is read as "0.04"
    assert ml_per_hour(70.0, 0.04) == D("168")


def test_ml_per_kg_min_inverse() -> None:
    assert ml_per_kg_min(70, 168) == D("0.04")
    assert ml_per_kg_min(70, "126") == D("0.03")
    # 100 mL/h at 70 kg = 100 / 4200 = 0.023809… → 0.0238
    assert ml_per_kg_min(70, 100) == D("0.0238")
    # 0.02385 rounds half-up: 100.17 / 4200 = 0.02385
    assert ml_per_kg_min(70, "100.17") == D("0.0239")


def test_ml_per_kg_min_refuses_impossible_rate() -> None:
    # 2000 mL/h at 20 kg is 1.6667 mL/kg/min, far above any real rate
    with pytest.raises(ValueError, match="ml_per_hour"):
        ml_per_kg_min(20, 2000)


@given(
    weight=st.decimals(min_value=D("0.01"), max_value=D("400"), places=2),
    rate=st.decimals(min_value=D("0.0001"), max_value=D("0.2"), places=4),
)
def test_rate_round_trip(weight: D, rate: D) -> None:
    per_h = ml_per_hour(weight, rate)
    if per_h <= 5000:
        assert ml_per_kg_min(weight, per_h) == rate


@given(
    weight=st.decimals(min_value=1, max_value=400, places=2),
    r1=st.decimals(min_value=D("0.0001"), max_value=D("0.2"), places=4),
    r2=st.decimals(min_value=D("0.0001"), max_value=D("0.2"), places=4),
)
def test_ml_per_hour_is_monotonic_in_rate(weight: D, r1: D, r2: D) -> None:
    lo, hi = sorted((r1, r2))
    assert ml_per_hour(weight, lo) <= ml_per_hour(weight, hi)


# --- bad input --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "weight",
    [
        "abc",
        "",
        None,
        True,
        False,
        0,
        -70,
        "0",
        "-1",
        "NaN",
        "inf",
        float("nan"),
        float("inf"),
        D("NaN"),
        D("Infinity"),
        401,
        "400.01",
        [70],
    ],
)
def test_bad_weight_names_the_parameter(weight: object) -> None:
    with pytest.raises(ValueError, match=r"^weight_kg: must be a number greater than 0"):
        ml_per_hour(weight, "0.04")  # type: ignore[arg-type]


def test_bad_weight_message_shows_the_value() -> None:
    with pytest.raises(ValueError) as exc:
        ml_per_hour("abc", "0.04")
    assert (
        str(exc.value) == "weight_kg: must be a number greater than 0 and at most 400 kg, got 'abc'"
    )


def test_weight_upper_bound_is_inclusive() -> None:
    assert ml_per_hour(400, "0.01") == D("240")


@pytest.mark.parametrize("rate", ["0", "-0.01", "0.21", "x", True, float("nan")])
def test_bad_rate_names_the_parameter(rate: object) -> None:
    with pytest.raises(ValueError, match=r"^ml_per_kg_min: "):
        ml_per_hour(70, rate)  # type: ignore[arg-type]


@pytest.mark.parametrize("per_h", ["0", "-5", "x", None, True, "5000.1"])
def test_bad_pump_rate_names_the_parameter(per_h: object) -> None:
    with pytest.raises(ValueError, match=r"^ml_per_hour: "):
        ml_per_kg_min(70, per_h)  # type: ignore[arg-type]


# --- course plan ------------------------------------------------------------------------------
def test_plan_course_70_kg_two_days_10_percent() -> None:
    plan = plan_course(70, 2, 2, 10)
    assert isinstance(plan, CoursePlan)
    assert plan.total_g == D("140")
    assert plan.total_ml == D("1400")
    assert plan.per_day_g == D("70")
    assert plan.per_day_ml == D("700")
    assert (plan.weight_kg, plan.g_per_kg, plan.days, plan.concentration_percent) == (
        D("70"),
        D("2"),
        2,
        D("10"),
    )


def test_plan_course_defaults_are_label_induction() -> None:
    assert plan_course(70) == plan_course(70, "2", 2, "10")


def test_plan_course_five_days() -> None:
    plan = plan_course(70, DEFAULT_G_PER_KG, 5, DEFAULT_CONCENTRATION)
    assert plan.total_g == D("140")
    assert plan.per_day_g == D("28")
    assert plan.per_day_ml == D("280")


def test_plan_course_three_days_rounds_per_day() -> None:
    # 140 g / 3 = 46.666… g → 46.67 g; 466.666… mL → 466.7 mL
    plan = plan_course(70, 2, 3, 10)
    assert plan.total_g == D("140")
    assert plan.per_day_g == D("46.67")
    assert plan.per_day_ml == D("466.7")


def test_five_percent_doubles_the_volume() -> None:
    ten = plan_course(70, 2, 2, 10)
    five = plan_course(70, 2, 2, 5)
    assert five.total_g == ten.total_g
    assert five.total_ml == 2 * ten.total_ml == D("2800")
    assert five.per_day_ml == 2 * ten.per_day_ml == D("1400")


def test_ml_for_grams() -> None:
    assert ml_for_grams(1, 10) == D("10")  # a 10 % product: 1 g = 10 mL
    assert ml_for_grams(1, 5) == D("20")
    assert ml_for_grams(10, "12.5") == D("80")
    assert ml_for_grams(10, "7.5") == D("133.3")  # 133.33… rounded to 0.1 mL


def test_plan_course_exact_decimal_weight() -> None:
    plan = plan_course("72.35", "2", 2, "10")
    assert plan.total_g == D("144.70")
    assert plan.per_day_g == D("72.35")
    assert plan.per_day_ml == D("723.5")


def test_single_day_allowed_only_for_maintenance_dose() -> None:
    plan = plan_course(70, MAINTENANCE_G_PER_KG, 1, 10)
    assert plan.total_g == plan.per_day_g == D("70")
    assert plan.per_day_ml == D("700")
    with pytest.raises(ValueError, match=r"^days: .*2–5 consecutive days"):
        plan_course(70, 2, 1, 10)
    with pytest.raises(ValueError, match=r"^days: "):
        plan_course(70, "1.01", 1, 10)


@pytest.mark.parametrize("days", [0, 6, -1, True, "two", "2.5", D("2.5"), None])
def test_bad_days(days: object) -> None:
    with pytest.raises(ValueError, match=r"^days: must be a whole number from 1 to 5"):
        plan_course(70, 2, days, 10)  # type: ignore[arg-type]


def test_days_as_integral_text_is_accepted() -> None:
    assert plan_course(70, 2, "4", 10).days == 4


@pytest.mark.parametrize("dose", ["-1", "0", "3.01", "abc", True, float("inf")])
def test_bad_dose(dose: object) -> None:
    with pytest.raises(ValueError, match=r"^g_per_kg: "):
        plan_course(70, dose, 2, 10)  # type: ignore[arg-type]


@pytest.mark.parametrize("conc", ["0", "0.9", "30.1", "-10", "ten", None])
def test_bad_concentration(conc: object) -> None:
    with pytest.raises(ValueError, match=r"^concentration_percent: must be a number from 1 to 30"):
        plan_course(70, 2, 2, conc)  # type: ignore[arg-type]


def test_concentration_bounds_are_inclusive() -> None:
    assert plan_course(70, 2, 2, 1).total_ml == D("14000")
    assert plan_course(70, 2, 2, 30).total_ml == D("466.7")


# --- rate ladder ------------------------------------------------------------------------------
def test_rate_ladder_hand_computed() -> None:
    # 50 kg, 300 mL, start 0.01, step 0.01 every 30 min, max 0.03 mL/kg/min.
    #   0.01 mL/kg/min × 50 kg × 60 = 30 mL/h → 30 min infuse 15 mL  (15 mL done, 285 left)
    #   0.02 → 60 mL/h → 30 min infuse 30 mL                          (45 mL done, 255 left)
    #   0.03 (max) → 90 mL/h → 255 mL take 255 / 90 h = 170 min
    #   total 30 + 30 + 170 = 230 min
    ladder = rate_ladder(50, 300, "0.01", "0.01", "0.03")
    assert ladder.steps == (
        LadderStep(0, D("0.01"), D("30"), D("15")),
        LadderStep(30, D("0.02"), D("60"), D("30")),
        LadderStep(60, D("0.03"), D("90"), D("255")),
    )
    assert [s.minutes for s in ladder.steps] == [30, 30, 170]
    assert ladder.total_minutes == D("230")
    assert ladder.duration == timedelta(minutes=230)
    assert sum(s.ml_infused for s in ladder.steps) == D("300")
    assert ladder.flags == ()
    assert ladder.cap == LABEL_MAX_RATE


def test_rate_ladder_label_defaults_70_kg_700_ml() -> None:
    # 70 kg: 0.01 → 42 mL/h (21 mL), 0.02 → 84 mL/h (42 mL), 0.03 → 126 mL/h (63 mL),
    # then 0.04 → 168 mL/h for the remaining 700 − 126 = 574 mL: 574 / 168 h = 205 min.
    # Total 90 + 205 = 295 min.
    ladder = rate_ladder(70, 700)
    assert [s.ml_per_kg_min for s in ladder.steps] == [D("0.01"), D("0.02"), D("0.03"), D("0.04")]
    assert [s.ml_per_hour for s in ladder.steps] == [42, 84, 126, 168]
    assert [s.minute_start for s in ladder.steps] == [0, 30, 60, 90]
    assert ladder.steps[-1].ml_infused == D("574")
    assert ladder.total_minutes == D("295")


def test_rate_ladder_volume_ends_within_first_step() -> None:
    # 50 kg at 0.01 = 30 mL/h: 10 mL take 20 minutes
    ladder = rate_ladder(50, 10, "0.01", "0.01", "0.03")
    assert ladder.steps == (LadderStep(0, D("0.01"), D("30"), D("10")),)
    assert ladder.total_minutes == D("20")


def test_rate_ladder_volume_ends_exactly_on_a_step_boundary() -> None:
    # 15 + 30 = 45 mL are done at minute 60: no zero-length third step
    ladder = rate_ladder(50, 45, "0.01", "0.01", "0.03")
    assert len(ladder.steps) == 2
    assert ladder.total_minutes == D("60")


def test_rate_ladder_last_raise_stops_at_max() -> None:
    # start 0.01, step 0.02, max 0.04 → 0.01, 0.03, 0.04 (not 0.05)
    ladder = rate_ladder(50, 1000, "0.01", "0.02", "0.04")
    assert [s.ml_per_kg_min for s in ladder.steps] == [D("0.01"), D("0.03"), D("0.04")]


def test_rate_ladder_partial_step_rounds_total_minutes() -> None:
    # 70 kg, 100 mL: 21 mL + 42 mL in 60 min, then 37 mL at 126 mL/h = 17.619… min
    # (the volume finishes during the 0.03 step, which is not the maximum)
    ladder = rate_ladder(70, 100)
    assert [s.ml_per_kg_min for s in ladder.steps] == [D("0.01"), D("0.02"), D("0.03")]
    assert ladder.steps[-1].ml_infused == D("37")
    assert ladder.total_minutes == D("77.6")


def test_rate_ladder_custom_step_minutes() -> None:
    # 50 kg, 15-minute steps: 0.01 → 30 mL/h → 7.5 mL; then 0.02 → 60 mL/h for 22.5 mL = 22.5 min
    ladder = rate_ladder(50, 30, "0.01", "0.01", "0.02", step_minutes=15)
    assert [s.minute_start for s in ladder.steps] == [0, 15]
    assert ladder.total_minutes == D("37.5")


def test_rate_ladder_flat_rate() -> None:
    ladder = rate_ladder(50, 90, "0.03", "0", "0.03")
    assert len(ladder.steps) == 1
    assert ladder.total_minutes == D("60")


def test_ladder_at_label_cap_is_not_flagged() -> None:
    assert rate_ladder(70, 700, max_rate="0.04").flags == ()


def test_ladder_above_label_cap_is_flagged_but_allowed() -> None:
    ladder = rate_ladder(70, 700, max_rate="0.041")
    assert ladder.flags == (
        "max rate 0.041 mL/kg/min is above the label cap of 0.04 mL/kg/min for dermatomyositis",
    )
    assert ladder.steps[-1].ml_per_kg_min == D("0.041")


def test_ladder_flag_wording_for_0_05() -> None:
    assert rate_ladder(70, 700, max_rate="0.05").flags == (
        "max rate 0.05 mL/kg/min is above the label cap of 0.04 mL/kg/min for dermatomyositis",
    )


def test_ladder_at_risk_cap() -> None:
    at_cap = rate_ladder(70, 700, max_rate="0.03", at_risk=True)
    assert at_cap.flags == ()
    assert at_cap.cap == AT_RISK_MAX_RATE
    above = rate_ladder(70, 700, max_rate="0.031", at_risk=True)
    assert above.flags == (
        "max rate 0.031 mL/kg/min is above the label cap of 0.03 mL/kg/min for patients at risk "
        "of thrombosis or kidney problems",
    )


def test_ladder_at_risk_flags_the_label_default_max() -> None:
    # the DM default of 0.04 is above the 0.03 cap for an at-risk patient
    assert len(rate_ladder(70, 700, at_risk=True).flags) == 1


def test_ladder_flags_a_fast_start() -> None:
    ladder = rate_ladder(70, 700, start_rate="0.02")
    assert ladder.flags == (
        "start rate 0.02 mL/kg/min is above the label starting rate of 0.01 mL/kg/min",
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"weight_kg": 0}, "weight_kg"),
        ({"volume_ml": 0}, "volume_ml"),
        ({"volume_ml": "lots"}, "volume_ml"),
        ({"start_rate": "0"}, "start_rate"),
        ({"step": "-0.01"}, "step"),
        ({"max_rate": "0.21"}, "max_rate"),
        ({"max_rate": "0.005"}, "start_rate"),  # start above max
        ({"step": "0", "max_rate": "0.04"}, "step"),  # cannot climb
        ({"step_minutes": 0}, "step_minutes"),
        ({"step_minutes": True}, "step_minutes"),
        ({"at_risk": "yes"}, "at_risk"),
    ],
)
def test_rate_ladder_bad_input(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"weight_kg": 70, "volume_ml": 700} | kwargs
    with pytest.raises(ValueError, match=rf"^{field}: "):
        rate_ladder(**args)  # type: ignore[arg-type]


@given(
    weight=st.decimals(min_value=20, max_value=150, places=1),
    volume=st.decimals(min_value=1, max_value=2000, places=1),
    top=st.sampled_from([D("0.02"), D("0.03"), D("0.04"), D("0.05")]),
)
def test_ladder_infuses_exactly_the_volume(weight: D, volume: D, top: D) -> None:
    ladder = rate_ladder(weight, volume, max_rate=top)
    assert sum(s.ml_infused for s in ladder.steps) == volume
    rates = [s.ml_per_kg_min for s in ladder.steps]
    assert rates == sorted(rates)
    assert max(rates) <= top
    for a, b in pairwise(ladder.steps):
        assert b.minute_start == a.minute_start + 30
    # the duration is at least the volume at the top rate and at most at the start rate
    assert volume * 60 / ml_per_hour(weight, top) - D("0.05") <= ladder.total_minutes
    assert ladder.total_minutes <= volume * 60 / ml_per_hour(weight, "0.01") + D("0.05")


# --- next course ------------------------------------------------------------------------------
def test_next_course_due_default_four_weeks() -> None:
    assert next_course_due(date(2026, 1, 5)) == date(2026, 2, 2)


def test_next_course_due_custom_interval_crosses_year() -> None:
    assert next_course_due(date(2026, 12, 14), 3) == date(2027, 1, 4)


@pytest.mark.parametrize("weeks", [0, 27, True, "x", -4])
def test_next_course_due_bad_interval(weeks: object) -> None:
    with pytest.raises(ValueError, match=r"^interval_weeks: "):
        next_course_due(date(2026, 1, 5), weeks)  # type: ignore[arg-type]


@pytest.mark.parametrize("start", ["2026-01-05", None, datetime(2026, 1, 5, 9, 0)])
def test_next_course_due_needs_a_date(start: object) -> None:
    with pytest.raises(ValueError, match=r"^last_course_start: "):
        next_course_due(start)  # type: ignore[arg-type]


# --- an infusion day lies within its course (issue 18) -------------------------------------------
def test_an_infusion_day_must_lie_within_its_course() -> None:
    from dmtracker.domain.infusion import day_outside_course

    start = date(2026, 12, 20)
    assert day_outside_course(date(2026, 12, 20), start, 2) is None
    assert day_outside_course(date(2026, 12, 21), start, 2) is None
    assert day_outside_course(date(2026, 12, 22), start, 2, days_in_course=3) is None  # grew
    reason = day_outside_course(date(2026, 12, 5), start, 2)
    assert reason is not None
    assert reason.startswith("2026-12-05 is before this course (2026-12-20 to 2026-12-21)")
    # a course given a few days late or early is still that course (rescheduling)
    assert day_outside_course(date(2026, 12, 24), start, 2) is None
    assert day_outside_course(date(2026, 12, 14), start, 2) is None
    after = day_outside_course(date(2026, 12, 29), start, 2)
    assert after is not None and after.startswith("2026-12-29 is after this course")
