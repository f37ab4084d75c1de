"""Treatment use cases added for the Treatments page and the follow-up card, on real SQLite."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from tests.conftest import add_course, add_infusion_day, local

from dmtracker.domain.errors import ValidationError


def _course(services, start: str = "2026-11-23", days: int = 2, weeks: int = 4) -> int:
    return add_course(services, start, days, interval_weeks=weeks)


_day = add_infusion_day


def test_next_course_is_due_interval_weeks_after_the_last_start(services) -> None:
    assert services.courses.next_due(date(2026, 11, 25)) is None
    _course(services, "2026-10-01", weeks=4)
    _course(services, "2026-11-23", weeks=3)
    nxt = services.courses.next_due(date(2026, 11, 25))
    assert nxt.last.planned_start == date(2026, 11, 23)
    assert nxt.due == date(2026, 12, 14)
    assert nxt.days_until == 19
    assert services.courses.next_due(date(2026, 12, 20)).days_until == -6


# --- side effects ------------------------------------------------------------------------------
def test_suggest_course_is_the_automatic_link(services) -> None:
    cid = _course(services, "2026-11-23")
    assert services.side_effects.suggest_course(local(2026, 11, 24, 20)).id == cid
    assert services.side_effects.suggest_course(local(2026, 11, 10, 20)) is None
    with pytest.raises(ValidationError) as info:
        services.side_effects.suggest_course(datetime(2026, 11, 24, 20))  # naive
    assert info.value.field == "onset_at"


# --- follow-up card ----------------------------------------------------------------------------
def test_answer_writes_one_row_per_due_day_and_side_effects_once(services) -> None:
    cid = _course(services, "2026-11-23")
    d1 = _day(services, cid, "2026-11-23", 1)
    d2 = _day(services, cid, "2026-11-24", 2)
    today = services.clock.today()
    assert [(d.id, off) for d, off in services.follow_ups.due(today)] == [(d1, 2), (d2, 1)]
    change = services.follow_ups.answer(today, {"headache": 6, "nausea": True})
    assert services.follow_ups.due(today) == []
    assert sorted((f.infusion_day_id, f.day_offset) for f in services.follow_ups.list()) == [
        (d1, 2),
        (d2, 1),
    ]
    effects = services.side_effects.list()
    assert sorted((e.term, e.grade, e.course_id, e.red_flag) for e in effects) == [
        ("headache", 2, cid, False),
        ("nausea", 1, cid, False),
    ]
    assert "headache" in change.message and change.days == (today,)


def test_answer_with_red_flags_marks_them(services) -> None:
    cid = _course(services, "2026-11-23")
    _day(services, cid, "2026-11-24", 2)
    with pytest.raises(ValidationError, match="never saved with a default grade"):
        services.follow_ups.answer(
            services.clock.today(),
            {"headache": 0, "other": "Stiff Neck"},
            red_flags=["stiff neck", "light sensitivity"],
        )
    assert services.follow_ups.list() == [] and services.side_effects.list() == []
    services.follow_ups.answer(
        services.clock.today(),
        {"headache": 0, "other": "Stiff Neck"},
        red_flags=["stiff neck", "light sensitivity"],
        grade=3,
    )
    rows = {e.term: e for e in services.side_effects.list()}
    assert set(rows) == {"stiff neck", "light sensitivity"}
    assert all(e.red_flag and e.grade == 3 and e.course_id == cid for e in rows.values())


def test_answer_refuses_bad_input_and_writes_nothing(services) -> None:
    today = services.clock.today()
    with pytest.raises(ValidationError, match="no follow-up is due"):
        services.follow_ups.answer(today, {"headache": 1})
    cid = _course(services, "2026-11-23")
    _day(services, cid, "2026-11-24", 2)
    with pytest.raises(ValidationError) as info:
        services.follow_ups.answer(today, {"headache": 11}, red_flags=["headache"])
    assert dict(info.value.errors) == {
        "red_flags[0]": "is not a listed red-flag term: 'headache'",
        "headache": "must be a whole number from 0 to 10, got 11",
    }
    assert services.follow_ups.list() == [] and services.side_effects.list() == []


# --- medications -------------------------------------------------------------------------------
def test_medication_with_first_dose_is_all_or_nothing(services) -> None:
    med = {"name": "Methotrexate", "route": "subcutaneous"}
    with pytest.raises(ValidationError) as info:
        services.medications.add_with_regimen(
            med, {"dose": "15", "schedule": "daily", "start_date": "2026-11-01"}
        )
    assert info.value.field == "schedule" and "once a WEEK" in info.value.reason
    assert services.medications.list() == [] and services.regimens.list() == []
    with pytest.raises(ValidationError) as info:
        services.medications.add_with_regimen({"name": ""}, {"dose": "x", "start_date": "x"})
    assert {f for f, _r in info.value.errors} == {"name", "dose", "start_date"}
    services.medications.add_with_regimen(
        med, {"dose": "15", "schedule": "weekly", "weekday": 4, "start_date": "2026-11-01"}
    )
    (pair,) = services.regimens.current(date(2026, 11, 25))
    assert pair[0].name == "Methotrexate" and pair[1].weekday == 4


def test_change_dose_ends_the_previous_row(services) -> None:
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "20", "start_date": "2026-10-01"}
    )
    mid = services.medications.list()[0].id
    services.regimens.change_dose(mid, {"dose": "15", "start_date": "2026-11-10"})
    rows = services.regimens.for_medication(mid)
    assert [(r.dose, r.start_date, r.end_date) for r in rows] == [
        (Decimal(20), date(2026, 10, 1), date(2026, 11, 9)),
        (Decimal(15), date(2026, 11, 10), None),
    ]


def test_taper_creates_rows_and_replaces_the_open_dose(services) -> None:
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "60", "start_date": "2026-01-01"}
    )
    mid = services.medications.list()[0].id
    change = services.regimens.add_taper(
        mid, "40", [("5", 14, "10"), ("1", 28, "0")], date(2026, 2, 1)
    )
    rows = services.regimens.for_medication(mid)
    assert rows[0].end_date == date(2026, 1, 31)
    taper = rows[1:]
    assert len(change.ids) == len(taper) == 7 + 9
    assert [r.dose for r in taper[:8]] == [Decimal(x) for x in (40, 35, 30, 25, 20, 15, 10, 9)]
    assert taper[0].start_date == date(2026, 2, 1) and taper[0].end_date == date(2026, 2, 14)
    assert taper[6].end_date - taper[6].start_date == timedelta(days=27)  # 10 mg held 28 days
    assert taper[-1].dose == 1 and taper[-1].end_date is not None
    assert {r.taper_label for r in taper} == {"Prednisone taper from 40 mg"}
    # the same taper again from a later date replaces the planned rows from then on
    services.regimens.add_taper(mid, "20", [("5", 7, "10")], date(2026, 3, 1))
    doses = [(r.dose, r.start_date) for r in services.regimens.for_medication(mid)]
    assert (Decimal(20), date(2026, 3, 1)) in doses
    assert all(start < date(2026, 3, 1) or dose in (20, 15, 10) for dose, start in doses)


def test_taper_errors_name_the_stage_and_write_nothing(services) -> None:
    services.medications.add({"name": "Prednisone"})
    mid = services.medications.list()[0].id
    with pytest.raises(ValidationError) as info:
        services.regimens.add_taper(mid, "40", [("5", 14, "10"), ("0", 28, "0")], date(2026, 2, 1))
    assert info.value.field == "stages[1].step_down"
    with pytest.raises(ValidationError) as info:
        services.regimens.add_taper(mid, "40", [("5", 14, "10")], date(2026, 2, 1), unit="pills")
    assert info.value.field == "unit"
    assert services.regimens.list() == []


def test_cumulative_prednisone_in_grams(services) -> None:
    services.medications.add_with_regimen(
        {"name": "Prednisolone"}, {"dose": "10", "start_date": "2026-01-01"}
    )
    services.medications.add_with_regimen(
        {"name": "Methylprednisolone"}, {"dose": "500", "start_date": "2026-01-01"}
    )
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "2", "unit": "tablet", "start_date": "2026-01-01"}
    )
    result = services.regimens.cumulative_prednisone_g(date(2026, 1, 1), date(2026, 1, 30))
    # prednisone-equivalent (clinical.md §8): 10 mg × 30 days prednisolone = 0.3 g, and
    # methylprednisolone 500 mg × 30 days = 15 g = 18.75 g prednisone (4 mg = 5 mg)
    assert result.grams == Decimal("0.3") + Decimal("18.75")
    assert (result.rows, result.skipped) == (2, 1)
    with pytest.raises(ValidationError):
        services.regimens.cumulative_prednisone_g(date(2026, 2, 1), date(2026, 1, 1))


def test_hydroxychloroquine_is_checked_against_the_latest_weight(services) -> None:
    services.medications.add_with_regimen(
        {"name": "Hydroxychloroquine"}, {"dose": "400", "start_date": "2026-01-01"}
    )
    rid = services.regimens.list()[0].id
    day = date(2026, 11, 25)
    assert "No body weight" in services.regimens.safety_flags(day)[rid]
    services.weights.add({"day": "2026-10-01", "weight_kg": "90"})
    assert services.regimens.safety_flags(day) == {}  # 4.44 mg/kg
    services.weights.add({"day": "2026-11-20", "weight_kg": "70"})
    assert "5.71 mg/kg a day" in services.regimens.safety_flags(day)[rid]
    assert services.regimens.safety_flags(date(2026, 11, 1)) == {}  # the weight then was 90 kg


def test_doses_due_are_quiet_once_logged(services) -> None:
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "10", "start_date": "2026-11-01"}
    )
    services.medications.add_with_regimen(
        {"name": "Methotrexate"},
        {"dose": "15", "schedule": "weekly", "weekday": 2, "start_date": "2026-11-01"},
    )
    services.medications.add_with_regimen(
        {"name": "Folic acid"},
        {"dose": "5", "schedule": "weekly", "weekday": 3, "start_date": "2026-11-01"},
    )
    wednesday = date(2026, 11, 25)
    due = services.intakes.due(wednesday)
    assert [m.name for m, _r in due] == ["Methotrexate", "Prednisone"]
    services.intakes.log(due[0][1].id, wednesday, "skipped")
    assert [m.name for m, _r in services.intakes.due(wednesday)] == ["Prednisone"]
    assert [m.name for m, _r in services.intakes.due(date(2026, 11, 26))] == [
        "Folic acid",
        "Prednisone",
    ]


def test_taper_for_a_new_medication_is_one_transaction(services) -> None:
    with pytest.raises(ValidationError) as info:
        services.regimens.add_taper(
            {"name": "Prednisone"}, "40", [("5", 0, "10")], date(2026, 2, 1)
        )
    assert info.value.field == "stages[0].every_days"
    assert services.medications.list() == []
    with pytest.raises(ValidationError) as info:
        services.regimens.add_taper({"name": " "}, "40", [("5", 14, "10")], date(2026, 2, 1))
    assert info.value.field == "name"
    services.regimens.add_taper({"name": "Prednisone"}, "40", [("5", 14, "30")], date(2026, 2, 1))
    (med,) = services.medications.list()
    assert [r.dose for r in services.regimens.for_medication(med.id)] == [40, 35, 30]


# --- issue 18: one course, one linking rule ------------------------------------------------
def test_an_infusion_day_outside_its_course_is_refused_and_nothing_is_written(services) -> None:
    cid2 = _course(services, "2026-11-05")
    cid = _course(services, "2026-12-20")
    with pytest.raises(ValidationError) as info:
        _day(services, cid, "2026-11-24", 1)  # "day 1 of 2" of a course starting 20 December
    assert info.value.field == "day"
    assert "2026-11-24 is before this course (2026-12-20 to 2026-12-21)" in info.value.reason
    assert services.infusions.list() == []
    # and an edit cannot move a recorded day out of its course either
    did = _day(services, cid2, "2026-11-05", 1)
    with pytest.raises(ValidationError, match="is after this course"):
        services.infusions.update(did, {"day": "2026-11-20"})
    assert services.infusions.get(did).day == date(2026, 11, 5)


def _headache_paths(services, cid: int) -> tuple[int | None, int | None]:
    """The course a headache starting now (11:00) is linked to: entered as a side effect, and
    on the follow-up card."""
    services.side_effects.add({"term": "headache", "onset_at": local(2026, 11, 25, 11), "grade": 1})
    services.follow_ups.answer(services.clock.today(), {"headache": 3})
    by_hand, card = sorted(services.side_effects.list(), key=lambda e: e.follow_up_id or 0)
    assert by_hand.follow_up_id is None and card.follow_up_id is not None
    return by_hand.course_id, card.course_id


def test_a_next_day_headache_is_linked_the_same_from_both_screens(services) -> None:
    cid = _course(services, "2026-11-23")
    _day(services, cid, "2026-11-24", 2)
    assert _headache_paths(services, cid) == (cid, cid)


def test_both_screens_leave_a_headache_unlinked_after_the_72_hours(services) -> None:
    cid = _course(services, "2026-11-21")
    start, stop = local(2026, 11, 22, 8), local(2026, 11, 22, 10)  # + 72 h = 25 Nov 10:00 < now
    _day(services, cid, "2026-11-22", 2, started_at=start, stopped_at=stop)
    assert _headache_paths(services, cid) == (None, None)


def test_a_course_planned_ahead_is_the_next_one_not_the_last(services) -> None:
    _course(services, "2026-11-23")
    _course(services, "2026-12-09")  # planned ahead: 14 days from today (25 November)
    nxt = services.courses.next_due(date(2026, 11, 25))
    assert nxt.last.planned_start == date(2026, 11, 23)
    assert nxt.planned.planned_start == date(2026, 12, 9)
    assert (nxt.due, nxt.days_until) == (date(2026, 12, 9), 14)
    only_ahead = services.courses.next_due(date(2026, 11, 1))
    assert only_ahead.last is None and only_ahead.due == date(2026, 11, 23)


def test_a_second_course_over_the_same_days_is_refused(services) -> None:
    _course(services, "2026-12-09")
    with pytest.raises(ValidationError) as info:
        _course(services, "2026-12-10")
    assert info.value.field == "planned_start"
    assert info.value.reason == (
        "a course from 2026-12-09 to 2026-12-10 is already saved: choose a first day after it"
    )
    assert len(services.courses.list()) == 1
    _course(services, "2026-12-11")  # the day after it ends is fine
    assert len(services.courses.list()) == 2
