"""Tests for medications: names, safety checks, tapers and cumulative dose (clinical.md §6)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D
from itertools import pairwise
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dmtracker.domain.medications import (
    DOSE_UNITS,
    ROUTES,
    SCHEDULES,
    WEEKDAYS,
    Regimen,
    TaperStage,
    TaperStep,
    cumulative_dose,
    cumulative_prednisone_g,
    daily_equivalent_mg,
    hydroxychloroquine_check,
    hydroxychloroquine_mg_per_kg,
    is_hydroxychloroquine,
    is_methotrexate,
    is_prednisone,
    methotrexate_daily_warning,
    regimens_from_taper,
    taper_steps,
)

MONDAY = date(2025, 1, 6)
PRED_STAGES = [(5, 14, 10), (1, 28, 0)]


# --- vocabularies -----------------------------------------------------------------------------
def test_vocabularies_keys_in_order() -> None:
    assert list(SCHEDULES) == ["daily", "alternate_day", "weekly", "course", "as_needed"]
    assert list(ROUTES) == [
        "oral",
        "subcutaneous",
        "intravenous",
        "intramuscular",
        "topical",
        "other",
    ]
    assert list(DOSE_UNITS) == ["mg", "g", "mcg", "mL", "IU", "tablet"]
    assert all(
        isinstance(v, str) and v
        for v in [*SCHEDULES.values(), *ROUTES.values(), *DOSE_UNITS.values()]
    )
    assert WEEKDAYS[0] == "Monday"
    assert WEEKDAYS[6] == "Sunday"
    assert MONDAY.weekday() == 0


# --- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "methotrexate",
        "Methotrexate",
        "METHOTREXATE",
        "MTX",
        "mtx",
        "Otrexup",
        "Rasuvo",
        "Metoject",
        "metoject pen 15 mg",
        "Trexall",
        "Jylamvo",
        "Xatmep",
        "methotrexate sodium 2.5 mg",
        "Methotrexat",
        "MTX 2.5mg tablets",
        "Methotrexate (Accord)",
    ],
)
def test_methotrexate_names(name: str) -> None:
    assert is_methotrexate(name)


@pytest.mark.parametrize(
    "name", ["prednisone", "folic acid", "mtxx", "hydroxychloroquine", "", "trexallx", "amtx"]
)
def test_not_methotrexate(name: str) -> None:
    assert not is_methotrexate(name)


@pytest.mark.parametrize(
    "name",
    [
        "hydroxychloroquine",
        "Hydroxychloroquine sulfate",
        "HCQ",
        "hcq 200 mg",
        "Plaquenil",
        "PLAQUENIL",
    ],
)
def test_hydroxychloroquine_names(name: str) -> None:
    assert is_hydroxychloroquine(name)


@pytest.mark.parametrize("name", ["chloroquine", "methotrexate", "HCQX"])
def test_not_hydroxychloroquine(name: str) -> None:
    assert not is_hydroxychloroquine(name)


@pytest.mark.parametrize(
    "name",
    [
        "prednisone",
        "Prednisolone",
        "PREDNISONE 5 mg",
        "Deltasone",
        "Rayos",
        "prednisolone sodium phosphate",
    ],
)
def test_prednisone_names(name: str) -> None:
    assert is_prednisone(name)


@pytest.mark.parametrize(
    "name", ["methylprednisolone", "dexamethasone", "hydrocortisone", "methotrexate"]
)
def test_other_steroids_are_not_prednisone(name: str) -> None:
    assert not is_prednisone(name)


def test_names_that_are_not_text() -> None:
    assert not is_methotrexate(None)  # type: ignore[arg-type]
    assert not is_prednisone(5)  # type: ignore[arg-type]
    assert not is_hydroxychloroquine(None)  # type: ignore[arg-type]


# --- methotrexate once a week ----------------------------------------------------------------
@pytest.mark.parametrize("name", ["methotrexate", "MTX", "Otrexup", "Metoject 20 mg"])
@pytest.mark.parametrize("schedule", ["daily", "Daily", " DAILY "])
def test_methotrexate_daily_warns(name: str, schedule: str) -> None:
    warning = methotrexate_daily_warning(name, schedule)
    assert warning is not None
    assert "once a WEEK" in warning
    assert "fatal" in warning
    assert "daily" in warning.lower()


@pytest.mark.parametrize("schedule", ["weekly", "course", "as_needed", ""])
def test_methotrexate_weekly_does_not_warn(schedule: str) -> None:
    assert methotrexate_daily_warning("methotrexate", schedule) is None


def test_other_drug_daily_does_not_warn() -> None:
    assert methotrexate_daily_warning("prednisone", "daily") is None
    assert methotrexate_daily_warning("folic acid", "daily") is None


# --- hydroxychloroquine ≤ 5.0 mg/kg/day -------------------------------------------------------
def test_hcq_400_mg_at_70_kg_is_flagged() -> None:
    message = hydroxychloroquine_check(400, 70)
    assert message is not None
    assert "5.71 mg/kg" in message
    assert "400 mg" in message and "70 kg" in message
    assert hydroxychloroquine_mg_per_kg(400, 70) == D(400) / D(70)


def test_hcq_350_mg_at_70_kg_is_exactly_5_and_not_flagged() -> None:
    assert hydroxychloroquine_mg_per_kg(350, 70) == D("5")
    assert hydroxychloroquine_check(350, 70) is None
    assert hydroxychloroquine_check("200", "70") is None


def test_hcq_just_above_5_shows_enough_digits() -> None:
    # 350.1 / 70 = 5.00142…: above the limit, so it must not read "5.00"
    message = hydroxychloroquine_check("350.1", 70)
    assert message is not None
    assert "5.0014 mg/kg" in message


@pytest.mark.parametrize(
    ("dose", "weight", "field"),
    [
        (0, 70, "daily_dose_mg"),
        ("x", 70, "daily_dose_mg"),
        (400, 0, "weight_kg"),
        (400, "-70", "weight_kg"),
        (400, True, "weight_kg"),
        (400, float("nan"), "weight_kg"),
    ],
)
def test_hcq_bad_input(dose: object, weight: object, field: str) -> None:
    with pytest.raises(ValueError, match=rf"^{field}: "):
        hydroxychloroquine_check(dose, weight)  # type: ignore[arg-type]


# --- tapers -----------------------------------------------------------------------------------
def test_prednisone_taper_40_to_10_by_5_then_by_1_to_0() -> None:
    rows = taper_steps(40, PRED_STAGES, MONDAY)
    # 40, 35, 30, 25, 20, 15 for 14 days each, then 10 … 1 for 28 days each: 16 rows
    assert [r.dose for r in rows] == [40, 35, 30, 25, 20, 15, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert rows[0] == TaperStep(D(40), date(2025, 1, 6), date(2025, 1, 19))
    assert rows[1] == TaperStep(D(35), date(2025, 1, 20), date(2025, 2, 2))
    assert rows[5] == TaperStep(D(15), date(2025, 3, 17), date(2025, 3, 30))
    # 10 mg is held for the next stage's 28 days
    assert rows[6] == TaperStep(D(10), date(2025, 3, 31), date(2025, 4, 27))
    assert rows[-2] == TaperStep(D(2), date(2025, 11, 10), date(2025, 12, 7))
    assert rows[-1] == TaperStep(D(1), date(2025, 12, 8), date(2026, 1, 4))
    assert [r.days for r in rows] == [14] * 6 + [28] * 10
    # 6 × 14 + 10 × 28 = 364 days in all
    assert (rows[-1].end_date - rows[0].start_date).days + 1 == 364
    assert sum(r.days for r in rows) == 364  # type: ignore[misc]


def test_taper_rows_have_no_gaps_or_overlaps() -> None:
    rows = taper_steps(40, PRED_STAGES, MONDAY)
    for a, b in pairwise(rows):
        assert a.end_date is not None
        assert b.start_date == a.end_date + timedelta(days=1)
        assert b.dose < a.dose


def test_taper_to_a_maintenance_floor_is_open_ended() -> None:
    rows = taper_steps(20, [(5, 7, 5)], MONDAY)
    assert rows == [
        TaperStep(D(20), date(2025, 1, 6), date(2025, 1, 12)),
        TaperStep(D(15), date(2025, 1, 13), date(2025, 1, 19)),
        TaperStep(D(10), date(2025, 1, 20), date(2025, 1, 26)),
        TaperStep(D(5), date(2025, 1, 27), None),
    ]
    assert rows[-1].days is None


def test_taper_last_step_of_a_stage_stops_at_down_to() -> None:
    # 40 − 15 = 25, then 25 − 15 would be 10 < 12, so it stops at 12
    rows = taper_steps(40, [(15, 7, 12)], MONDAY)
    assert [r.dose for r in rows] == [40, 25, 12]
    assert rows[-1].end_date is None


def test_taper_with_decimal_steps_and_stage_objects() -> None:
    stages = [TaperStage("2.5", 7, "5"), {"step_down": "1", "every_days": 14, "down_to": 0}]
    rows = taper_steps("10", stages, MONDAY)
    assert [r.dose for r in rows] == [D("10"), D("7.5"), D("5"), D("4"), D("3"), D("2"), D("1")]
    assert rows[1].start_date == date(2025, 1, 13)
    assert rows[2].start_date == date(2025, 1, 20)
    assert rows[2].days == 14


def test_taper_unpacks_as_tuples() -> None:
    dose, start, end = taper_steps(10, [(5, 7, 0)], MONDAY)[0]
    assert (dose, start, end) == (D(10), MONDAY, date(2025, 1, 12))


@pytest.mark.parametrize(
    ("stages", "field"),
    [
        ([(0, 14, 10)], "stages[0].step_down"),
        ([(-5, 14, 10)], "stages[0].step_down"),
        ([("x", 14, 10)], "stages[0].step_down"),
        ([(5, 0, 10)], "stages[0].every_days"),
        ([(5, "1.5", 10)], "stages[0].every_days"),
        ([(5, True, 10)], "stages[0].every_days"),
        ([(5, 14, -1)], "stages[0].down_to"),
        ([(5, 14, 40)], "stages[0].down_to"),  # not below the start dose
        ([(5, 14, 50)], "stages[0].down_to"),
        ([(5, 14, 10), (0, 28, 0)], "stages[1].step_down"),
        ([(5, 14, 10), (1, 28, 10)], "stages[1].down_to"),  # not below the dose it starts from
        ([(5, 14, 10), (1, 28, 12)], "stages[1].down_to"),
        ([(5, 14, 0), (1, 28, 0)], "stages[1].down_to"),  # already at 0
        ([(5, 14)], "stages[0]"),
        (["5,14,10"], "stages[0]"),
        ([{"step_down": 5, "every_days": 14}], "stages[0].down_to"),
        ([], "stages"),
        ("5,14,10", "stages"),
        ([(D("0.001"), 1, 0)], "stages[0].step_down"),  # 40 000 steps: a typing mistake
    ],
)
def test_invalid_stages_name_the_field(stages: object, field: str) -> None:
    with pytest.raises(ValueError) as exc:
        taper_steps(40, stages, MONDAY)  # type: ignore[arg-type]
    assert str(exc.value).startswith(f"{field}: ")


def test_taper_bad_start() -> None:
    with pytest.raises(ValueError, match=r"^start_dose: "):
        taper_steps(0, PRED_STAGES, MONDAY)
    with pytest.raises(ValueError, match=r"^start_dose: "):
        taper_steps("forty", PRED_STAGES, MONDAY)
    with pytest.raises(ValueError, match=r"^start_date: "):
        taper_steps(40, PRED_STAGES, "2025-01-06")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^start_date: "):
        taper_steps(40, PRED_STAGES, datetime(2025, 1, 6))


@given(
    start=st.integers(min_value=1, max_value=80),
    step=st.integers(min_value=1, max_value=10),
    every=st.integers(min_value=1, max_value=30),
    floor_fraction=st.floats(min_value=0, max_value=0.99),
)
def test_taper_property_consecutive_and_decreasing(
    start: int, step: int, every: int, floor_fraction: float
) -> None:
    floor = int(start * floor_fraction)
    rows = taper_steps(start, [(step, every, floor)], MONDAY)
    assert rows[0].dose == start and rows[0].start_date == MONDAY
    for a, b in pairwise(rows):
        assert b.start_date == a.end_date + timedelta(days=1)  # type: ignore[operator]
        assert floor <= b.dose < a.dose
    assert all(r.dose > 0 for r in rows)
    if floor > 0:
        assert rows[-1].dose == floor and rows[-1].end_date is None
    else:
        assert rows[-1].end_date is not None and rows[-1].dose <= step


# --- daily equivalent -------------------------------------------------------------------------
def test_daily_equivalent() -> None:
    assert daily_equivalent_mg(10, "daily") == D(10)
    assert daily_equivalent_mg(21, "weekly", 4) == D(3)
    assert daily_equivalent_mg(2000, "course") is None
    assert daily_equivalent_mg(500, "as_needed") is None
    with pytest.raises(ValueError, match=r"^weekday: "):
        daily_equivalent_mg(15, "weekly")
    with pytest.raises(ValueError, match=r"^weekday: "):
        daily_equivalent_mg(15, "weekly", 7)
    with pytest.raises(ValueError, match=r"^schedule: "):
        daily_equivalent_mg(15, "fortnightly")
    with pytest.raises(ValueError, match=r"^dose: "):
        daily_equivalent_mg("-1", "daily")


# --- cumulative dose --------------------------------------------------------------------------
def test_cumulative_daily_dose() -> None:
    # 10 mg a day from 1 to 30 June = 300 mg
    regimen = (10, "daily", None, date(2025, 6, 1), date(2025, 6, 30))
    assert cumulative_dose([regimen], date(2025, 6, 1), date(2025, 6, 30)) == D(300)
    # window clips the regimen: 10 to 20 June = 11 days
    assert cumulative_dose([regimen], date(2025, 6, 10), date(2025, 6, 20)) == D(110)
    # window outside the regimen
    assert cumulative_dose([regimen], date(2025, 7, 1), date(2025, 7, 31)) == 0


def test_cumulative_open_ended_and_single_day() -> None:
    regimen = Regimen(5, "daily", None, date(2025, 6, 1), None)
    assert cumulative_dose([regimen], date(2025, 6, 1), date(2025, 6, 1)) == D(5)
    assert cumulative_dose([regimen], date(2025, 5, 1), date(2025, 6, 10)) == D(50)


def test_cumulative_weekly_counts_matching_weekdays() -> None:
    # methotrexate 15 mg on Fridays (4); June 2025 has Fridays 6, 13, 20, 27
    regimen = (15, "weekly", 4, date(2025, 1, 1), None)
    assert cumulative_dose([regimen], date(2025, 6, 1), date(2025, 6, 30)) == D(60)
    # the edges are included: Friday 6 June to Friday 13 June holds two Fridays
    assert cumulative_dose([regimen], date(2025, 6, 6), date(2025, 6, 13)) == D(30)
    assert cumulative_dose([regimen], date(2025, 6, 7), date(2025, 6, 12)) == 0


def test_cumulative_ignores_course_and_as_needed() -> None:
    regimens = [
        (2000, "course", None, date(2025, 6, 1), date(2025, 6, 2)),
        (500, "as_needed", None, date(2025, 6, 1), None),
        (1, "daily", None, date(2025, 6, 1), None),
    ]
    assert cumulative_dose(regimens, date(2025, 6, 1), date(2025, 6, 10)) == D(10)


def test_cumulative_overlapping_regimens_add_up_and_times_per_day() -> None:
    regimens = [
        SimpleNamespace(
            dose=D(5),
            schedule="daily",
            weekday=None,
            start_date=date(2025, 6, 1),
            end_date=None,
            times_per_day=2,
        ),
        {
            "dose": "1",
            "schedule": "daily",
            "weekday": None,
            "start_date": date(2025, 6, 1),
            "end_date": date(2025, 6, 5),
        },
    ]
    # 10 mg a day for 10 days + 1 mg a day for 5 days
    assert cumulative_dose(regimens, date(2025, 6, 1), date(2025, 6, 10)) == D(105)


def test_cumulative_prednisone_over_a_taper() -> None:
    rows = taper_steps(40, PRED_STAGES, MONDAY)
    regimens = regimens_from_taper(rows)
    # whole taper: 14 × (40+35+30+25+20+15) + 28 × (10+9+…+1) = 2310 + 1540 = 3850 mg
    assert cumulative_dose(regimens, date(2025, 1, 1), date(2026, 12, 31)) == D(3850)
    assert cumulative_prednisone_g(regimens, date(2025, 1, 1), date(2026, 12, 31)) == D("3.85")
    # the first 4 weeks: 14 × 40 + 14 × 35 = 1050 mg
    assert cumulative_prednisone_g(regimens, MONDAY, date(2025, 2, 2)) == D("1.05")
    # a window across a step: 18 and 19 Jan at 40 mg, 20 and 21 Jan at 35 mg = 150 mg
    assert cumulative_dose(regimens, date(2025, 1, 18), date(2025, 1, 21)) == D(150)


def test_cumulative_prednisone_converts_units() -> None:
    regimens = [
        Regimen("0.01", "daily", None, date(2025, 6, 1), date(2025, 6, 10), unit="g"),
        Regimen(5000, "daily", None, date(2025, 6, 1), date(2025, 6, 10), unit="mcg"),
    ]
    # 10 mg + 5 mg a day for 10 days = 150 mg = 0.15 g
    assert cumulative_prednisone_g(regimens, date(2025, 6, 1), date(2025, 6, 30)) == D("0.15")
    tablets = [Regimen(1, "daily", None, date(2025, 6, 1), None, unit="tablet")]
    with pytest.raises(ValueError, match=r"^regimens\[0\]\.unit: "):
        cumulative_prednisone_g(tablets, date(2025, 6, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("regimen", "field"),
    [
        ((-1, "daily", None, date(2025, 6, 1), None), "regimens[0].dose"),
        (("x", "daily", None, date(2025, 6, 1), None), "regimens[0].dose"),
        ((1, "hourly", None, date(2025, 6, 1), None), "regimens[0].schedule"),
        ((1, "weekly", None, date(2025, 6, 1), None), "regimens[0].weekday"),
        ((1, "weekly", 7, date(2025, 6, 1), None), "regimens[0].weekday"),
        ((1, "daily", None, "2025-06-01", None), "regimens[0].start_date"),
        ((1, "daily", None, date(2025, 6, 2), date(2025, 6, 1)), "regimens[0].end_date"),
    ],
)
def test_cumulative_bad_regimen_names_the_field(regimen: tuple, field: str) -> None:
    with pytest.raises(ValueError) as exc:
        cumulative_dose([regimen], date(2025, 6, 1), date(2025, 6, 30))
    assert str(exc.value).startswith(f"{field}: ")


def test_cumulative_bad_period() -> None:
    with pytest.raises(ValueError, match=r"^end: "):
        cumulative_dose([], date(2025, 6, 2), date(2025, 6, 1))
    with pytest.raises(ValueError, match=r"^start: "):
        cumulative_dose([], "2025-06-01", date(2025, 6, 1))  # type: ignore[arg-type]
    assert cumulative_dose([], date(2025, 6, 1), date(2025, 6, 1)) == 0


@given(
    first=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
    length=st.integers(min_value=0, max_value=400),
    weekday=st.integers(min_value=0, max_value=6),
)
def test_weekly_count_matches_day_by_day(first: date, length: int, weekday: int) -> None:
    last = first + timedelta(days=length)
    regimen = (1, "weekly", weekday, date(2020, 1, 1), None)
    by_hand = sum(1 for i in range(length + 1) if (first + timedelta(days=i)).weekday() == weekday)
    assert cumulative_dose([regimen], first, last) == by_hand
