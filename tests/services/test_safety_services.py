"""Issue 16 in the services (real SQLite files through the migrations): a clot prompts the risk
history and the cap applies; red flags are never saved with a default grade; the follow-up
card's temperature and severe headache; the dose on a chosen weight; 0001 backups still import."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from tests.conftest import add_course, add_infusion_day, local

from dmtracker.domain.errors import ValidationError
from dmtracker.services.app_services import open_services
from dmtracker.services.base import PROMPT_THROMBOSIS_HISTORY
from dmtracker.storage.paths import DataPaths

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"
NEW_COLUMNS = {
    "patient_profile": ("risk_factors",),
    "infusion_course": ("dosing_weight_basis", "dosing_weight_kg", "high_dose_confirmed"),
    "infusion_follow_up": ("temperature_c",),
}


_course = add_course


def _due_follow_up(services) -> None:
    add_infusion_day(services, _course(services), "2026-11-24", 2)


# --- thrombosis and kidney risk ---------------------------------------------------------------
def test_a_logged_clot_prompts_the_history_and_then_the_cap_applies(services) -> None:
    assert services.profile.risk().cap == Decimal("0.04")
    change = services.side_effects.add(
        {"term": "swollen painful arm or leg", "onset_at": local(2026, 11, 20, 9), "grade": 3}
    )
    assert PROMPT_THROMBOSIS_HISTORY in change.prompts
    # the service never ticks it silently: the user answers the prompt
    assert services.profile.current().risk_factors == []
    saved = services.profile.add_risk_factor("thrombosis_history")
    assert "blood clot" in saved.message
    status = services.profile.risk()
    assert status.at_risk and status.thrombosis and status.cap == Decimal("0.03")
    # once recorded, a later clot does not ask again
    again = services.side_effects.add(
        {"term": "DVT right calf", "onset_at": local(2026, 11, 21, 9), "grade": 3}
    )
    assert again.prompts == ()


@pytest.mark.parametrize("term", ["face drooping", "chest pain", "Pulmonary embolism"])
def test_stroke_and_clot_terms_prompt(services, term: str) -> None:
    change = services.side_effects.add(
        {"term": term, "onset_at": local(2026, 11, 20, 9), "grade": 4}
    )
    assert change.prompts == (PROMPT_THROMBOSIS_HISTORY,)


def test_other_side_effects_do_not_prompt(services) -> None:
    change = services.side_effects.add({"term": "headache", "onset_at": local(2026, 11, 20, 9)})
    assert change.prompts == ()


def test_any_risk_factor_sets_the_cap_and_bad_ones_change_nothing(services) -> None:
    services.profile.save({"risk_factors": ["diabetes"]})
    assert services.profile.risk().kidney and services.profile.risk().cap == Decimal("0.03")
    with pytest.raises(ValidationError) as info:
        services.profile.save({"risk_factors": ["diabetes", "flying"]})
    assert info.value.field == "risk_factors" and "flying" in info.value.reason
    assert services.profile.current().risk_factors == ["diabetes"]


# --- red flags and grades -----------------------------------------------------------------------
def test_red_flag_needs_a_grade_and_writes_nothing_without(services) -> None:
    with pytest.raises(ValidationError) as info:
        services.side_effects.add({"term": "blue lips", "onset_at": local(2026, 11, 20, 9)})
    assert info.value.field == "grade" and "never saved with a default grade" in info.value.reason
    with pytest.raises(ValidationError):
        services.side_effects.add(
            {"term": "my own words", "red_flag": True, "onset_at": local(2026, 11, 20, 9)}
        )
    assert services.side_effects.list() == []


def test_follow_up_fever_of_38_is_the_infection_red_flag(services) -> None:
    _due_follow_up(services)
    today = services.clock.today()
    data = {"fever": True, "temperature_c": "38.0"}
    assert services.follow_ups.red_flags_of(data) == ["fever of 38 °C or more"]
    with pytest.raises(ValidationError) as info:
        services.follow_ups.answer(today, data)
    assert info.value.field == "grade"
    assert services.follow_ups.list() == [] and services.side_effects.list() == []
    change = services.follow_ups.answer(today, data, grade=2)
    assert "fever of 38 °C or more" in change.message
    (row,) = services.side_effects.list()
    assert (row.term, row.red_flag, row.grade) == ("fever of 38 °C or more", True, 2)
    assert "38.0 °C" in row.notes
    assert services.follow_ups.list()[0].temperature_c == Decimal("38.0")


def test_follow_up_fever_below_38_is_plain_fever(services) -> None:
    _due_follow_up(services)
    services.follow_ups.answer(services.clock.today(), {"fever": True, "temperature_c": "37.8"})
    (row,) = services.side_effects.list()
    assert (row.term, row.red_flag, row.grade) == ("fever", False, 1)


def test_follow_up_temperature_without_fever_is_refused(services) -> None:
    _due_follow_up(services)
    with pytest.raises(ValidationError) as info:
        services.follow_ups.answer(services.clock.today(), {"temperature_c": "38.5"})
    assert info.value.field == "temperature_c"
    with pytest.raises(ValidationError) as info:
        services.follow_ups.answer(services.clock.today(), {"fever": True, "temperature_c": "60"})
    assert info.value.field == "temperature_c"
    assert services.follow_ups.list() == []


def test_follow_up_headache_of_8_is_severe_headache(services) -> None:
    _due_follow_up(services)
    today = services.clock.today()
    with pytest.raises(ValidationError):
        services.follow_ups.answer(today, {"headache": 8})
    services.follow_ups.answer(today, {"headache": 8}, grade=3, serious=True)
    (row,) = services.side_effects.list()
    assert (row.term, row.red_flag, row.grade, row.serious) == ("severe headache", True, 3, True)
    assert "8/10" in row.notes


def test_follow_up_headache_of_7_is_grade_2(services) -> None:
    _due_follow_up(services)
    services.follow_ups.answer(services.clock.today(), {"headache": 7})
    (row,) = services.side_effects.list()
    assert (row.term, row.red_flag, row.grade) == ("headache", False, 2)


def test_follow_up_stroke_sign_prompts_the_history(services) -> None:
    _due_follow_up(services)
    change = services.follow_ups.answer(
        services.clock.today(), {}, red_flags=["face drooping"], grade=4
    )
    assert change.prompts == (PROMPT_THROMBOSIS_HISTORY,)


# --- dosing weight ----------------------------------------------------------------------------
def test_dose_on_adjusted_weight_rate_on_actual(services) -> None:
    services.profile.save({"sex": "female", "height_cm": "160"})
    cid = _course(services, weight_kg="130", dosing_weight_basis="adjusted")
    course = services.courses.get(cid)
    assert course.dosing_weight_basis == "adjusted"
    assert course.dosing_weight_kg == Decimal("83.4")
    assert course.weight_kg == Decimal("130")  # rates stay per actual kg
    assert course.total_g == Decimal("166.8")
    actual = services.courses.get(_course(services, weight_kg="130", planned_start="2026-11-01"))
    assert (actual.dosing_weight_basis, actual.dosing_weight_kg, actual.total_g) == (
        "actual",
        Decimal("130"),
        Decimal("260"),
    )


def test_adjusted_weight_without_height_is_refused_clearly(services) -> None:
    with pytest.raises(ValidationError) as info:
        _course(services, weight_kg="130", dosing_weight_basis="adjusted")
    assert info.value.field == "dosing_weight_basis" and "height" in info.value.reason
    assert services.courses.list() == []


def test_high_doses_are_flagged_and_confirmed(services) -> None:
    flagged = services.courses.add(
        {
            "planned_start": "2026-11-01",
            "days_planned": 3,
            "g_per_kg": "2.4",
            "weight_kg": "70",
            "concentration_percent": "10",
        }
    )
    assert flagged.flags and "above the 2 g/kg" in flagged.flags[0]
    big = {
        "planned_start": "2026-11-10",
        "days_planned": 3,
        "g_per_kg": "2.6",
        "weight_kg": "70",
        "concentration_percent": "10",
    }
    with pytest.raises(ValidationError) as info:
        services.courses.add(big)
    assert info.value.field == "g_per_kg" and "confirm" in info.value.reason
    assert len(services.courses.list()) == 1
    change = services.courses.add({**big, "high_dose_confirmed": True})
    assert services.courses.get(change.ids[0]).high_dose_confirmed


# --- a backup of schema 0001 imports into 0002 with the defaults -------------------------------
def test_a_schema_0001_backup_imports_with_the_new_defaults(tmp_path, clock) -> None:
    old = DataPaths(tmp_path / "old")
    old.root.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", old.db)
    s = open_services(old, clock)
    try:
        doc = s.transfer.backup_document()
    finally:
        s.close()
    # what dmtracker with schema 0001 wrote: no 0002 columns
    doc["schema_revision"] = "0001"
    for table, columns in NEW_COLUMNS.items():
        for row in doc["tables"][table]:
            for col in columns:
                row.pop(col)
    fresh = open_services(DataPaths(tmp_path / "new"), clock)
    try:
        result = fresh.transfer.import_backup_document(doc)
        assert result.total_added > 0
        assert fresh.profile.current().risk_factors == []
        courses = fresh.courses.list()
        assert courses and all(
            c.dosing_weight_basis == "actual"
            and c.dosing_weight_kg is None
            and not c.high_dose_confirmed
            for c in courses
        )
        assert all(f.temperature_c is None for f in fresh.follow_ups.list())
    finally:
        fresh.close()
