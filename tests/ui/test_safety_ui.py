"""Issue 16 on screen, keyboard only, real widgets and services: the follow-up card asks the
temperature when fever is ticked (38.0 °C or more is the urgent message), a headache of 8–10 is
the urgent message, a red flag's grade is asked (never defaulted), and a stroke sign asks to
record the history of thrombosis."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from tests.ui.conftest import ALT, acknowledge_red_flag, answer_history_prompt
from tests.ui.test_treatments_ui import _course, _day

from dmtracker.ui.today.follow_up_card import FollowUpCard


def _back(qtbot, card: FollowUpCard) -> None:
    """After a modal closed, the card's window is active again (as the window manager does)."""
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)


def _card(qtbot, services, show) -> FollowUpCard:
    cid = _course(services)
    _day(services, cid, "2026-11-24", 2)
    card = FollowUpCard()
    card.refresh(services)
    return show(card)


def test_fever_asks_the_temperature_and_38_is_urgent(qtbot, services, show) -> None:
    card = _card(qtbot, services, show)
    assert not card.temperature_row.isVisible()
    card.fever.setFocus()
    qtbot.keyClick(card.fever, Qt.Key.Key_Space)  # tick fever
    assert card.fever.isChecked() and card.temperature_row.isVisible()
    assert card.window().focusWidget() is card.temperature  # asked at once
    assert not card.urgent.isVisible()
    qtbot.keyClicks(card.temperature, "38.4")
    # the urgent message shows at once, in words (not colour only)
    assert card.urgent.isVisible() and card.urgent.text().startswith("⚠ Serious infection")
    assert "38.0 °C or more" in card.urgent.text()
    assert card.grade_row.isVisible() and card.grade.currentData() is None
    seen = acknowledge_red_flag(qtbot)
    qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)  # Save follow-up
    qtbot.waitUntil(lambda: seen.get("done", False), timeout=3000)
    assert seen["groups"] == ["infection"]
    assert "choose a grade" in card.status.text()  # nothing saved without a grade
    assert services.side_effects.list() == []
    _back(qtbot, card)
    qtbot.keyClicks(card.grade, "2")
    qtbot.keyClick(card.serious, Qt.Key.Key_Space)
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)
    (row,) = services.side_effects.list()
    assert (row.term, row.grade, row.red_flag, row.serious) == (
        "fever of 38 °C or more",
        2,
        True,
        True,
    )
    assert str(services.follow_ups.list()[0].temperature_c) == "38.4"


def test_fever_below_38_saves_plain_fever_without_asking_a_grade(qtbot, services, show) -> None:
    card = _card(qtbot, services, show)
    card.fever.setFocus()
    qtbot.keyClick(card.fever, Qt.Key.Key_Space)
    qtbot.keyClicks(card.temperature, "37,6")  # a comma is read as the decimal point
    assert not card.urgent.isVisible() and not card.grade_row.isVisible()
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)
    (row,) = services.side_effects.list()
    assert (row.term, row.grade, row.red_flag) == ("fever", 1, False)


def test_bad_temperature_names_the_field_and_saves_nothing(qtbot, services, show) -> None:
    card = _card(qtbot, services, show)
    card.fever.setFocus()
    qtbot.keyClick(card.fever, Qt.Key.Key_Space)
    qtbot.keyClicks(card.temperature, "hot")
    assert not card.save()
    assert card.status.text().startswith("⚠ Not saved – Temperature:")
    assert card.window().focusWidget() is card.temperature
    assert services.follow_ups.list() == [] and services.side_effects.list() == []


def test_headache_of_8_is_the_urgent_message(qtbot, services, show) -> None:
    card = _card(qtbot, services, show)
    card.headache.setFocus()
    qtbot.keyClick(card.headache, Qt.Key.Key_7)
    assert not card.urgent.isVisible()
    qtbot.keyClick(card.headache, Qt.Key.Key_Up)  # 8 of 10
    assert card.headache.value() == 8
    assert card.urgent.isVisible() and "Aseptic meningitis" in card.urgent.text()
    assert "severe headache" in card.urgent.text()
    seen = acknowledge_red_flag(qtbot)
    qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: seen.get("done", False), timeout=3000)
    assert seen["groups"] == ["meningitis"] and services.side_effects.list() == []
    _back(qtbot, card)
    qtbot.keyClicks(card.grade, "3")
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)
    (row,) = services.side_effects.list()
    assert (row.term, row.grade, row.red_flag) == ("severe headache", 3, True)


def test_stroke_sign_asks_to_record_the_history(qtbot, services, show) -> None:
    card = _card(qtbot, services, show)
    qtbot.keyClick(card.warnings_head, Qt.Key.Key_Space)
    seen = acknowledge_red_flag(qtbot)
    qtbot.keyClick(card.flags["face drooping"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: seen.get("done", False), timeout=3000)
    assert seen["groups"] == ["stroke_fast"]
    _back(qtbot, card)
    qtbot.keyClicks(card.grade, "4")
    prompt = answer_history_prompt(qtbot, yes=True)
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(card.save_button, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: prompt.get("done", False), timeout=3000)
    assert prompt["focus_on_yes"]
    assert services.profile.current().risk_factors == ["thrombosis_history"]
    assert str(services.profile.risk().cap) == "0.03"


# --- the planner: dosing weight, high doses, risk factors ---------------------------------------
def _planner(qtbot, services, show):
    from dmtracker.ui.treatments.planner import CoursePlanner

    p = CoursePlanner()
    p.set_services(services)
    return show(p)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_planner_shows_three_weights_and_doses_on_the_chosen_one(qtbot, services, show) -> None:
    planner = _planner(qtbot, services, show)
    _type(qtbot, planner.weight, "130")
    assert "ideal and adjusted" in planner.weights_text.text()  # no height or sex yet
    _type(qtbot, planner.body_height, "160")
    qtbot.keyClick(planner.body_height, Qt.Key.Key_Tab)  # to Sex: the height is saved
    assert services.profile.current().height_cm == 160
    qtbot.keyClicks(planner.sex, "F")
    assert planner.sex.currentData() == "female"
    text = planner.weights_text.text()
    assert "Actual 130 kg · ideal 52.4 kg · adjusted 83.4 kg" in text
    assert "BMI 50.8: the adjusted weight is suggested" in text
    # default: actual weight (FDA label)
    assert planner.basis.currentData() == "actual"
    assert planner.total_text.text().startswith("Whole course: 260 g")
    planner.basis.setFocus()
    qtbot.keyClicks(planner.basis, "Adj")
    assert planner.basis.currentData() == "adjusted"
    assert planner.total_text.text().startswith("Whole course: 166.8 g")
    assert "83.4 kg adjusted weight" in planner.total_text.text()
    # the rate stays per actual kg: 0.01 mL/kg/min at 130 kg is 78 mL/h
    assert planner.ladder is not None and planner.ladder.weight_kg == 130
    assert planner.ladder.steps[0].ml_per_hour == 78
    planner.save()
    (course,) = services.courses.list()
    assert (course.dosing_weight_basis, course.dosing_weight_kg, course.total_g) == (
        "adjusted",
        Decimal("83.4"),
        Decimal("166.8"),
    )
    assert "on the adjusted weight 83.4 kg" in planner.status.text()
    # the courses table: the dose against the weight it was based on, as its total is
    from dmtracker.ui.treatments.page import course_dose

    assert course_dose(course) == "2 g/kg × 83.4 kg (adjusted weight)"


def test_planner_flags_above_2_and_asks_to_confirm_above_2_5(qtbot, services, show) -> None:
    planner = _planner(qtbot, services, show)
    _type(qtbot, planner.weight, "70")
    _type(qtbot, planner.g_per_kg, "2.2")
    assert planner.dose_flag.isVisible() and "above the 2 g/kg" in planner.dose_flag.text()
    assert not planner.confirm_dose.isVisible()
    _type(qtbot, planner.g_per_kg, "2.6")
    assert planner.confirm_dose.isVisible()
    assert not planner.save()
    assert "Dose: 2.6 g/kg is above" in planner.status.text() and services.courses.count() == 0
    planner.confirm_dose.setFocus()
    qtbot.keyClick(planner.confirm_dose, Qt.Key.Key_Space)
    assert planner.save()
    assert services.courses.list()[0].high_dose_confirmed


def test_planner_risk_factor_sets_the_cap_and_the_profile(qtbot, services, show) -> None:
    planner = _planner(qtbot, services, show)
    _type(qtbot, planner.weight, "70")
    assert planner.max_rate.text() == "0.04"
    box = planner.risk.boxes["diabetes"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert planner.max_rate.text() == "0.03"
    assert planner.risk.summary.text().startswith("⚠ At risk of kidney problems")
    assert services.profile.current().risk_factors == ["diabetes"]
    assert services.profile.risk().cap == Decimal("0.03")


# --- the side-effect dialog, the infusion form, medications --------------------------------------
def test_side_effect_dialog_proposes_serious_after_hospital(qtbot, services, show) -> None:
    from dmtracker.ui.treatments.side_effect import NO_GRADE, SideEffectDialog

    dialog = show(SideEffectDialog(services))
    assert dialog.grade.currentText() == NO_GRADE  # no grade chosen for the user
    qtbot.keyClicks(dialog.term.lineEdit(), "headache")
    assert not dialog.serious.isChecked()
    qtbot.keyClicks(dialog.action.lineEdit(), "Went to hospital")
    assert dialog.serious.isChecked() and "because you went to hospital" in (
        dialog.serious_hint.text()
    )
    dialog.serious.setChecked(False)  # the user decides
    dialog.grade.setCurrentIndex(dialog.grade.findData(2))
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (row,) = services.side_effects.list()
    assert (row.serious, row.grade) == (False, 2)


def test_infusion_form_uses_the_profile_risk_cap(qtbot, services, show) -> None:
    from dmtracker.ui.treatments.infusion import InfusionDayDialog

    _course(services)
    dialog = show(InfusionDayDialog(services))
    assert dialog.cap() == Decimal("0.04")
    dialog.close()
    services.profile.save({"risk_factors": ["central_catheter"]})
    dialog = show(InfusionDayDialog(services))
    assert dialog.cap() == Decimal("0.03")
    assert "above the label cap of 0.03" in dialog._rate_note({"rate": "0.04", "unit": ""})


def test_medication_every_other_day_is_offered_and_counted(qtbot, services, show) -> None:
    from dmtracker.ui.treatments.medication_dialogs import MedicationDialog

    dialog = show(MedicationDialog(services))
    qtbot.keyClicks(dialog.name.lineEdit(), "Prednisolone")
    dialog.regimen.dose.setFocus()
    qtbot.keyClicks(dialog.regimen.dose, "20")
    schedule = dialog.regimen.schedule
    schedule.setCurrentIndex(schedule.findData("alternate_day"))
    assert schedule.currentText() == "Every other day"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (r,) = services.regimens.list()
    assert r.schedule == "alternate_day"
    start = r.start_date
    from datetime import timedelta

    total = services.regimens.cumulative_prednisone_g(start, start + timedelta(days=9))
    assert total.grams == Decimal("0.1")  # 5 doses of 20 mg in 10 days


def test_today_mnemonics_stay_unique_with_the_new_questions(
    qtbot, services, tmp_path, show
) -> None:
    from tests.ui.test_treatments_ui import _mnemonics

    from dmtracker.ui.shell.main_window import MainWindow

    cid = _course(services)
    _day(services, cid, "2026-11-24", 2)
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    window.set_services(services)
    show(window)
    window.show_page(0)
    card = window.findChild(FollowUpCard)
    assert card is not None and card.isVisible()
    card.fever.setChecked(True)
    card.headache.set_value(9)
    assert card.temperature_row.isVisible() and card.grade_row.isVisible()
    letters = _mnemonics(window)
    assert len(letters) == len(set(letters)), " ".join(sorted(letters))
