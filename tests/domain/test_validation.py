"""Every kind of record refuses bad input with the field named, and writes nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta
from decimal import Decimal
from typing import Any

import pytest

from dmtracker.domain.errors import ValidationError


def snapshot(services) -> dict[str, list]:
    """Every row of every table: 'nothing written' means this does not change."""
    with sqlite3.connect(services.paths.db) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


@pytest.fixture
def world(services):
    """A little data to link to: a course with one infusion day, a medication, a rash entry."""
    s = services
    s.courses.add(
        {
            "planned_start": "2026-11-02",
            "days_planned": 2,
            "g_per_kg": "2",
            "weight_kg": "70",
            "concentration_percent": "10",
            "product": "Octagam 10%",
        }
    )
    course = s.courses.list()[0]
    s.infusions.add(
        {
            "course_id": course.id,
            "day": "2026-11-02",
            "day_number": 1,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
            "lot_number": "A123456",
        }
    )
    s.medications.add({"name": "Prednisone"})
    s.medications.add({"name": "Methotrexate"})
    s.rash.add({"day": "2026-11-20", "site": "knuckles", "redness": 2})
    return s


LONG = "x" * 65

BAD: list[tuple[str, dict[str, Any], str, str]] = [
    # (service attribute, data, field named, words in the reason)
    ("checkins", {"day": "2026-11-20", "pain": 11}, "pain", "0 to 10"),
    ("checkins", {"day": "2026-11-20", "pain": -1}, "pain", "0 to 10"),
    ("checkins", {"day": "2026-11-20", "pain": "abc"}, "pain", "whole number"),
    ("checkins", {"day": "2026-11-20", "pain": "4.5"}, "pain", "whole number"),
    ("checkins", {"day": "2026-11-20", "pain": True}, "pain", "whole number"),
    ("checkins", {"day": "2026-11-26", "pain": 3}, "day", "future"),
    ("checkins", {"day": "26/11/2026", "pain": 3}, "day", "YYYY-MM-DD"),
    ("checkins", {"pain": 3}, "day", "required"),
    ("checkins", {"day": "2026-11-20", "stairs": 4}, "stairs", "0 to 3"),
    ("checkins", {"day": "2026-11-20"}, "patient_global", "at least one"),
    ("checkins", {"day": "2026-11-20", "pain": 2, "mood": 3}, "mood", "not a field"),
    ("checkins", {"day": "2026-11-20", "notes": "x" * 2001}, "notes", "at most 2000"),
    ("self_tests", {"day": "2026-11-20", "kind": "jumping", "value": 3}, "kind", "one of"),
    ("self_tests", {"day": "2026-11-20", "kind": "chair_stand_30s", "value": -2}, "value", "0"),
    (
        "self_tests",
        {"day": "2026-11-20", "kind": "chair_stand_30s", "value": "9.5"},
        "value",
        "whole count",
    ),
    (
        "self_tests",
        {"day": "2026-11-20", "kind": "chair_stand_30s", "value": 500},
        "value",
        "at most",
    ),
    ("self_tests", {"day": "2026-11-20", "kind": "fi3_neck", "value": 31}, "value", "at most 30"),
    ("self_tests", {"day": "2026-11-20", "kind": "custom", "value": 3}, "custom_name", "required"),
    (
        "self_tests",
        {"day": "2026-11-20", "kind": "grip", "value": 20, "exertion": 12},
        "exertion",
        "0 to 10",
    ),
    ("rash", {"day": "2026-11-20", "site": "elbow_left", "redness": 1}, "site", "one of"),
    ("rash", {"day": "2026-11-20", "site": "eyelids", "redness": 4}, "redness", "0 to 3"),
    ("rash", {"day": "2026-11-20", "site": "eyelids", "scaling": 3}, "scaling", "0 to 2"),
    ("rash", {"day": "2026-11-20", "site": "other"}, "site_label", "describe"),
    ("rash", {"day": "2026-11-20", "site": "knuckles", "redness": 1}, "site", "already"),
    (
        "courses",
        {
            "planned_start": "2026-12-01",
            "days_planned": 2,
            "g_per_kg": "-2",
            "weight_kg": "70",
            "concentration_percent": "10",
        },
        "g_per_kg",
        "above 0",
    ),
    (
        "courses",
        {
            "planned_start": "2026-12-01",
            "days_planned": 9,
            "g_per_kg": "2",
            "weight_kg": "70",
            "concentration_percent": "10",
        },
        "days_planned",
        "1 to 5",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-03",
            "day_number": 2,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
            "lot_number": LONG,
        },
        "lot_number",
        "at most 64",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-03",
            "day_number": 2,
            "days_in_course": 2,
            "dose_g": "-5",
            "weight_kg": "70",
        },
        "dose_g",
        "above 0",
    ),
    (
        "infusions",
        {
            "course_id": 99,
            "day": "2026-11-03",
            "day_number": 2,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
        },
        "course_id",
        "no such",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-03",
            "day_number": 3,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
        },
        "day_number",
        "not possible",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-02",
            "day_number": 1,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
        },
        "day_number",
        "already recorded",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-03",
            "day_number": 2,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
            "rate_steps": [{"minute": 0, "rate_ml_per_kg_min": "0.5"}],
        },
        "rate_steps[0].rate_ml_per_kg_min",
        "0.2",
    ),
    (
        "infusions",
        {
            "course_id": 1,
            "day": "2026-11-03",
            "day_number": 2,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
            "vitals": [{"measured_at": "2026-11-03T09:00:00+01:00", "systolic": 120}],
        },
        "vitals[0].diastolic",
        "both",
    ),
    (
        "side_effects",
        {"term": "headache", "onset_at": "2026-11-20T10:00:00+01:00", "grade": 5},
        "grade",
        "1 to 4",
    ),
    (
        "side_effects",
        {"term": "headache", "onset_at": "2026-11-20T10:00:00"},
        "onset_at",
        "time zone",
    ),
    ("side_effects", {"term": "", "onset_at": "2026-11-20T10:00:00+01:00"}, "term", "required"),
    (
        "side_effects",
        {
            "term": "headache",
            "onset_at": "2026-11-20T10:00:00+01:00",
            "ended_at": "2026-11-19T10:00:00+01:00",
        },
        "ended_at",
        "before",
    ),
    (
        "side_effects",
        {"term": "headache", "onset_at": "2026-11-20T10:00:00+01:00", "outcome": "fine"},
        "outcome",
        "one of",
    ),
    (
        "regimens",
        {
            "medication_id": 2,
            "dose": "15",
            "unit": "mg",
            "schedule": "daily",
            "start_date": "2026-11-01",
        },
        "schedule",
        "week",
    ),
    (
        "regimens",
        {
            "medication_id": 1,
            "dose": "10",
            "unit": "mg",
            "schedule": "weekly",
            "start_date": "2026-11-01",
        },
        "weekday",
        "day of the week",
    ),
    (
        "regimens",
        {
            "medication_id": 1,
            "dose": "0",
            "unit": "mg",
            "schedule": "daily",
            "start_date": "2026-11-01",
        },
        "dose",
        "above 0",
    ),
    (
        "regimens",
        {
            "medication_id": 1,
            "dose": "5",
            "unit": "spoon",
            "schedule": "daily",
            "start_date": "2026-11-01",
        },
        "unit",
        "one of",
    ),
    (
        "regimens",
        {
            "medication_id": 1,
            "dose": "5",
            "unit": "mg",
            "schedule": "daily",
            "start_date": "2026-11-01",
            "end_date": "2026-10-01",
        },
        "end_date",
        "before",
    ),
    ("medications", {"name": ""}, "name", "required"),
    ("labs", {"collected_on": "2026-11-20", "analyte": "CK", "value": "abc"}, "value", "number"),
    (
        "labs",
        {
            "collected_on": "2026-11-20",
            "analyte": "CK",
            "value": "300",
            "ref_low": "200",
            "ref_high": "30",
        },
        "ref_high",
        "below",
    ),
    (
        "labs",
        {"collected_on": "2026-11-20", "analyte": "CK", "value": "300", "entered_unit": "mg/dL"},
        "entered_unit",
        "U/L",
    ),
    (
        "clinic",
        {"visit_date": "2026-11-20", "physician_global": "10.5"},
        "physician_global",
        "0 to 10",
    ),
    ("clinic", {"visit_date": "2026-11-20", "mmt8_total": 120}, "mmt8_scale", "choose"),
    (
        "clinic",
        {"visit_date": "2026-11-20", "mmt8_scale": 80, "mmt8_total": 120},
        "mmt8_total",
        "at most 80",
    ),
    ("clinic", {"visit_date": "2026-11-20", "mmt8_scale": 100}, "mmt8_scale", "80, 150"),
    ("clinic", {"visit_date": "2026-11-20", "mmt_biceps_left": 11}, "mmt_biceps_left", "0 to 10"),
    ("questionnaires", {"answered_on": "2026-11-20", "answers": {"1": 4}}, "answers", "item 1"),
    (
        "questionnaires",
        {"answered_on": "2026-11-20", "answers": {"21": 1}},
        "answers",
        "unknown item",
    ),
    (
        "questionnaires",
        {"answered_on": "2026-11-20", "answers": {"1": 1}, "aids": ["flying"]},
        "aids",
        "unknown",
    ),
    ("weights", {"day": "2026-11-20", "weight_kg": "5"}, "weight_kg", "20 to 400"),
]


@pytest.mark.parametrize(
    ("service", "data", "field", "words"),
    BAD,
    ids=[f"{b[0]}-{b[2]}-{i}" for i, b in enumerate(BAD)],
)
def test_bad_input_names_the_field_and_writes_nothing(world, service, data, field, words):
    before = snapshot(world)
    with pytest.raises(ValidationError) as info:
        getattr(world, service).add(data)
    fields = [f for f, _r in info.value.errors]
    assert field in fields, info.value.describe()
    reason = dict(info.value.errors)[field]
    assert words.lower() in reason.lower(), reason
    assert str(info.value).startswith(f"{info.value.field}: ")
    assert snapshot(world) == before


def test_edit_with_bad_value_changes_nothing(world) -> None:
    world.checkins.add({"day": "2026-11-20", "pain": 3})
    row = world.checkins.list()[0]
    before = snapshot(world)
    with pytest.raises(ValidationError, match="pain"):
        world.checkins.update(row.id, {"pain": 12})
    assert snapshot(world) == before


def test_failure_inside_a_nested_write_rolls_back_everything(world) -> None:
    """An infusion day with one bad child row leaves no partial rows."""
    before = snapshot(world)
    with pytest.raises(ValidationError):
        world.infusions.add(
            {
                "course_id": 1,
                "day": "2026-11-03",
                "day_number": 2,
                "days_in_course": 2,
                "dose_g": "70",
                "weight_kg": "70",
                "premedications": [
                    {"drug": "Paracetamol", "dose": "1000", "unit": "mg"},
                    {"drug": "", "dose": "10"},
                ],
            }
        )
    assert snapshot(world) == before


def test_many_errors_are_all_reported(world) -> None:
    with pytest.raises(ValidationError) as info:
        world.checkins.add({"day": "2026-11-20", "pain": 11, "fatigue": "x", "itch": -1})
    assert {f for f, _ in info.value.errors} == {"pain", "fatigue", "itch"}


def test_good_values_are_stored_exactly(world) -> None:
    world.labs.add(
        {
            "collected_on": "2026-11-20",
            "analyte": "ck",
            "value": "5",
            "entered_unit": "µkat/L",
            "ref_low": "0.5",
            "ref_high": "3.33",
        }
    )
    lab = world.labs.list()[0]
    assert lab.analyte == "CK" and lab.loinc == "2157-6"
    assert lab.value == Decimal(300) and lab.unit == "U/L"
    assert lab.ref_high == Decimal("199.8")
    assert lab.entered_value == "5" and lab.entered_unit == "µkat/L"


def test_future_moment_is_refused(world, clock) -> None:
    later = (clock.now() + timedelta(hours=2)).isoformat()
    with pytest.raises(ValidationError, match="onset_at"):
        world.side_effects.add({"term": "headache", "onset_at": later})
    ok = (clock.now() - timedelta(hours=2)).astimezone(UTC)
    world.side_effects.add({"term": "headache", "onset_at": ok})
    assert world.side_effects.list()[0].onset_at == ok.replace(microsecond=ok.microsecond)


def test_not_found(world) -> None:
    from dmtracker.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        world.checkins.update(12345, {"pain": 2})
    with pytest.raises(NotFoundError):
        world.checkins.delete(12345)


def test_course_plan_rules_name_the_course_field(world) -> None:
    before = snapshot(world)
    with pytest.raises(ValidationError) as info:
        world.courses.add(
            {
                "planned_start": "2026-12-01",
                "days_planned": 1,
                "g_per_kg": "2",
                "weight_kg": "70",
                "concentration_percent": "10",
            }
        )
    assert info.value.field == "days_planned"
    assert snapshot(world) == before
    world.courses.add(
        {
            "planned_start": "2026-12-01",
            "days_planned": 1,
            "g_per_kg": "1",
            "weight_kg": "70",
            "concentration_percent": "10",
        }
    )
    assert world.courses.list(newest_first=True)[0].total_g == 70


@pytest.mark.parametrize(
    "value",
    ["9e999999999", "1E+999999", 10**5000, "-9e99999999"],
    ids=["9e999999999", "1E+999999", "int-5000-digits", "-9e99999999"],
)
def test_huge_whole_numbers_are_refused_at_once(value) -> None:
    """Found by the service fuzzer: int("9e999999999") ran for minutes (and str() of a
    5000-digit int raises in Python 3.11). A huge number is out of range, said quickly."""
    from datetime import datetime

    from dmtracker.domain.validation import Context, Int, IntChoice

    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    ctx = Context(today=now.date(), now=now)
    for rule in (Int(lo=0, hi=10), IntChoice(options=(0, 1, 2, 3))):
        with pytest.raises(Exception) as info:
            rule.parse(value, ctx)
        assert "must be" in str(info.value)
