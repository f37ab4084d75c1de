"""Use cases through the services, on a real migrated SQLite file."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from tests.conftest import add_course, add_infusion_day, local, write_png

from dmtracker.domain.errors import ValidationError


def test_checkin_one_per_day_and_edit_never_duplicates(services) -> None:
    c = services.checkins
    change = c.save_day({"day": "2026-11-25", "pain": 3, "fatigue": 5})
    assert change.action == "added" and change.days == (date(2026, 11, 25),)
    change = c.save_day({"day": "2026-11-25", "pain": 4, "fatigue": 5})
    assert change.action == "updated"
    rows = c.list()
    assert len(rows) == 1 and rows[0].pain == 4
    with pytest.raises(ValidationError, match="already has a check-in"):
        c.add({"day": "2026-11-25", "pain": 1})


def test_delete_and_restore_exactly(services) -> None:
    c = services.checkins
    c.save_day({"day": "2026-11-24", "pain": 3, "notes": "Stairs hard"})
    row = c.list()[0]
    c.delete(row.id)
    assert c.list() == [] and c.for_day(date(2026, 11, 24)) is None
    c.restore(row.id)
    again = c.list()[0]
    assert again.model_dump(exclude={"deleted_at"}) == row.model_dump(exclude={"deleted_at"})


def test_a_deleted_day_can_be_logged_again(services) -> None:
    c = services.checkins
    c.save_day({"day": "2026-11-24", "pain": 3})
    old = c.list()[0]
    c.delete(old.id)
    c.save_day({"day": "2026-11-24", "pain": 7})
    assert [r.pain for r in c.list()] == [7]


def test_dtos_are_immutable(services) -> None:
    services.checkins.save_day({"day": "2026-11-24", "pain": 3})
    row = services.checkins.list()[0]
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error
        row.pain = 5  # type: ignore[misc]


def _course(services, start: str = "2026-11-02", days: int = 2) -> int:
    return add_course(services, start, days)


def test_course_total_comes_from_the_plan(services) -> None:
    cid = _course(services)
    course = services.courses.get(cid)
    assert course.total_g == Decimal(140)


def test_infusion_day_with_children_in_one_write(services) -> None:
    cid = _course(services)
    services.infusions.add(
        {
            "course_id": cid,
            "day": "2026-11-02",
            "day_number": 1,
            "days_in_course": 2,
            "dose_g": "70",
            "weight_kg": "70",
            "lot_number": "A1234567",
            "started_at": local(2026, 11, 2, 9),
            "stopped_at": local(2026, 11, 2, 13),
            "rate_steps": [
                {"minute": 0, "rate_ml_per_kg_min": "0.01"},
                {"minute": 30, "rate_ml_per_h": "84"},
            ],
            "premedications": [{"drug": "Paracetamol", "dose": "1000", "unit": "mg"}],
            "vitals": [
                {
                    "measured_at": local(2026, 11, 2, 9),
                    "systolic": 120,
                    "diastolic": 80,
                    "heart_rate": 70,
                }
            ],
        }
    )
    day = services.infusions.list()[0]
    detail = services.infusions.detail(day.id)
    assert [s.rate_ml_per_h for s in detail.rate_steps] == [Decimal(42), Decimal(84)]
    assert detail.rate_steps[1].rate_ml_per_kg_min == Decimal("0.02")
    assert detail.rate_steps[1].entered_unit == "ml_per_h"
    assert detail.premedications[0].drug == "Paracetamol"
    assert detail.vitals[0].heart_rate == 70
    assert services.infusions.search_lot("a123")[0].id == day.id
    services.infusions.update(day.id, {"rate_steps": [{"minute": 0, "rate_ml_per_kg_min": "0.02"}]})
    assert len(services.infusions.detail(day.id).rate_steps) == 1


def test_side_effect_links_within_72_hours_of_the_course(services) -> None:
    cid = _course(services)
    for n, d in ((1, 2), (2, 3)):
        moments = {"started_at": local(2026, 11, d, 9), "stopped_at": local(2026, 11, d, 13)}
        add_infusion_day(services, cid, f"2026-11-0{d}", n, **moments)
    end = local(2026, 11, 3, 13)
    se = services.side_effects
    se.add({"term": "headache", "onset_at": end + timedelta(hours=72)})
    se.add({"term": "nausea", "onset_at": end + timedelta(hours=72, seconds=1)})
    se.add({"term": "fever", "onset_at": local(2026, 11, 2, 10)})
    links = {r.term: r.course_id for r in se.list()}
    assert links == {"headache": cid, "nausea": None, "fever": cid}
    assert [r.term for r in se.for_course(cid)] == ["fever", "headache"]


def test_manual_link_is_kept_and_moving_the_course_relinks(services) -> None:
    cid = _course(services)
    se = services.side_effects
    se.add({"term": "headache", "onset_at": local(2026, 11, 4, 20)})
    se.add({"term": "rash", "onset_at": local(2026, 11, 20, 9), "course_id": cid})
    rows = {r.term: r for r in se.list()}
    assert rows["headache"].course_id == cid and rows["headache"].link_mode == "auto"
    assert rows["rash"].course_id == cid and rows["rash"].link_mode == "manual"
    services.courses.update(cid, {"planned_start": "2026-10-01"})
    rows = {r.term: r for r in se.list()}
    assert rows["headache"].course_id is None
    assert rows["rash"].course_id == cid


def test_red_flag_terms_are_marked(services) -> None:
    with pytest.raises(ValidationError, match="never saved with a default grade"):
        services.side_effects.add({"term": "Chest Pain", "onset_at": local(2026, 11, 20, 9)})
    assert services.side_effects.list() == []
    services.side_effects.add(
        {"term": "Chest Pain", "onset_at": local(2026, 11, 20, 9), "grade": 3}
    )
    services.side_effects.add({"term": "sore big toe", "onset_at": local(2026, 11, 20, 9)})
    rows = {r.term: r for r in services.side_effects.list()}
    assert rows["chest pain"].red_flag and not rows["chest pain"].is_custom_term
    assert not rows["sore big toe"].red_flag and rows["sore big toe"].is_custom_term


def test_follow_up_writes_side_effects_once(services) -> None:
    cid = _course(services, "2026-11-22", 2)
    add_infusion_day(services, cid, "2026-11-23", 2)
    day = services.infusions.list()[0]
    today = services.clock.today()
    assert [(d.id, off) for d, off in services.follow_ups.due(today)] == [(day.id, 2)]
    services.follow_ups.add(
        {"infusion_day_id": day.id, "day_offset": 2, "headache": 6, "fever": True}
    )
    assert services.follow_ups.due(today) == []
    effects = services.side_effects.list()
    assert sorted((e.term, e.grade, e.course_id) for e in effects) == [
        ("fever", 1, cid),
        ("headache", 2, cid),
    ]
    with pytest.raises(ValidationError, match="already answered"):
        services.follow_ups.add({"infusion_day_id": day.id, "day_offset": 2, "headache": 1})


def test_taper_rows_are_all_or_nothing(services) -> None:
    services.medications.add({"name": "Prednisone"})
    mid = services.medications.list()[0].id
    good = {
        "medication_id": mid,
        "dose": "40",
        "unit": "mg",
        "schedule": "daily",
        "start_date": "2026-01-01",
        "end_date": "2026-01-14",
    }
    with pytest.raises(ValidationError) as info:
        services.regimens.add_many([good, {**good, "dose": "-1"}])
    assert info.value.field == "rows[1].dose"
    assert services.regimens.list() == []
    services.regimens.add_many(
        [good, {**good, "dose": "35", "start_date": "2026-01-15", "end_date": None}]
    )
    assert [r.dose for r in services.regimens.active_on(date(2026, 2, 1))] == [Decimal(35)]


def test_clinic_mmt8_total_is_computed(services) -> None:
    from dmtracker.domain import vocab

    data = {c: 8 for c in vocab.mmt8_columns()}
    services.clinic.add({"visit_date": "2026-11-20", "mmt8_scale": 150, **data})
    assert services.clinic.list()[0].mmt8_total == 120
    right_only = {
        "mmt_neck_flexors": 9,
        **{f"mmt_{m}_right": 10 for m in list(vocab.MMT8_MUSCLES)[1:]},
    }
    services.clinic.add({"visit_date": "2026-11-21", "mmt8_scale": 80, **right_only})
    assert services.clinic.list()[1].mmt8_total == 79
    with pytest.raises(ValidationError, match="add up to 79"):
        services.clinic.add(
            {"visit_date": "2026-11-22", "mmt8_scale": 80, "mmt8_total": 70, **right_only}
        )


def test_haq_score_is_stored_with_the_answers(services) -> None:
    answers = {str(i): 1 for i in range(1, 21)}
    services.questionnaires.add(
        {"answered_on": "2026-11-20", "answers": answers, "aids": ["walking"]}
    )
    row = services.questionnaires.list()[0]
    assert row.score == Decimal("1.125")  # 7 categories at 1, walking raised to 2: 9/8
    assert row.aids == ["walking"] and row.answers["20"] == 1


def _png(path: Path, w: int = 3, h: int = 2) -> Path:
    return write_png(path, w, h, b"\xff\x00\x00")


def test_photo_is_copied_in_and_refusals_copy_nothing(services, tmp_path: Path) -> None:
    services.rash.add({"day": "2026-11-20", "site": "knuckles", "redness": 2})
    rash = services.rash.list()[0]
    photo = _png(tmp_path / "hand.png")
    services.photos.attach(rash.id, photo, "left hand")
    row = services.photos.for_assessment(rash.id)[0]
    stored = services.paths.root / row.rel_path
    assert stored.read_bytes() == photo.read_bytes()
    assert services.photos.read_bytes(row) == photo.read_bytes()
    assert (row.width, row.height) == (3, 2)
    assert not Path(row.rel_path).is_absolute()
    files_before = sorted(services.paths.photos.rglob("*"))
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(ValidationError, match="is not a PNG, JPEG or WebP"):
        services.photos.attach(rash.id, text)
    with pytest.raises(ValidationError, match="does not exist"):
        services.photos.attach(rash.id, tmp_path / "missing.jpg")
    with pytest.raises(ValidationError, match="rash_assessment_id"):
        services.photos.attach(999, photo)
    assert sorted(services.paths.photos.rglob("*")) == files_before
    assert len(services.photos.list()) == 1


def test_demo_profile_story(demo_services) -> None:
    """The demo tells the story the issue asks for."""
    s = demo_services
    courses = s.courses.list()
    gaps = {(b.planned_start - a.planned_start).days for a, b in itertools.pairwise(courses)}
    assert gaps == {28}
    assert all(c.g_per_kg == 2 for c in courses)
    assert {c.days_planned for c in courses} <= {2, 3, 4, 5}
    effects = s.side_effects.list()
    terms = [e.term for e in effects]
    assert terms.count("headache") >= max(terms.count(t) for t in set(terms) - {"headache"})
    assert sum(e.red_flag for e in effects) == 1
    assert all(e.course_id is not None for e in effects)
    checkins = s.checkins.list()
    first = sum(c.patient_global for c in checkins[:14]) / 14
    later = [c for c in checkins if (c.day - checkins[0].day).days > 16 * 7 + 14]
    assert first - sum(c.patient_global for c in later) / len(later) >= 2.5
    days = (checkins[-1].day - checkins[0].day).days + 1
    assert len(checkins) < days  # some days are missed
    visits = s.clinic.list()
    assert all(v.mmt8_scale == 150 and v.mmt8_total is not None for v in visits)
    # the TIS baseline is the app's default (the visit before the first course), not a choice
    report = s.scores.report()
    assert s.profile.current().tis_baseline_visit_id is None and not report.baseline_chosen
    assert report.baseline is not None and report.baseline.visit_id == visits[0].id
    assert s.regimens.list()[0].dose == Decimal(40)
    mtx = next(m for m in s.medications.list() if m.name == "Methotrexate")
    assert all(r.schedule == "weekly" for r in s.regimens.for_medication(mtx.id))


def test_demo_clot_is_followed_by_the_history_a_blood_thinner_and_the_cap(demo_services) -> None:
    """Issue 16: after the demo's DVT the history is recorded, an anticoagulant is listed and
    every later infusion runs at no more than 0.03 mL/kg/min (clinical.md §4, §8)."""
    s = demo_services
    (clot,) = [e for e in s.side_effects.list() if e.red_flag]
    assert clot.term == "swollen painful arm or leg" and clot.serious and clot.grade == 3
    assert s.profile.current().risk_factors == ["thrombosis_history"]
    assert s.profile.risk().cap == Decimal("0.03")
    thinner = next(m for m in s.medications.list() if m.name == "Apixaban")
    (dose,) = s.regimens.for_medication(thinner.id)
    clot_day = s.clock.local(clot.onset_at).date()
    assert dose.start_date > clot_day and dose.end_date is None
    later = [d for d in s.infusions.list() if d.day > clot_day]
    earlier = [d for d in s.infusions.list() if d.day <= clot_day]
    assert later and earlier
    for day in later:
        steps = s.infusions.detail(day.id).rate_steps
        assert steps and max(r.rate_ml_per_kg_min for r in steps) <= Decimal("0.03"), day.day
    assert any(
        max(r.rate_ml_per_kg_min for r in s.infusions.detail(d.id).rate_steps) == Decimal("0.04")
        for d in earlier
    )
