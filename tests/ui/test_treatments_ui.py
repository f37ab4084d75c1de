"""The Treatments screens with real services: the course planner, the infusion form, the red-flag
modal (shown before anything is saved; the record is marked), the taper builder, medications,
the follow-up card, and a whole IVIG course recorded with the keyboard only."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from tests.conftest import add_course, add_infusion_day, local
from tests.ui.conftest import acknowledge_red_flag, answer_history_prompt

from dmtracker.ui.safety.red_flag import RedFlagDialog
from dmtracker.ui.today.follow_up_card import FollowUpCard
from dmtracker.ui.treatments.infusion import InfusionDayDialog
from dmtracker.ui.treatments.medication_dialogs import MedicationDialog
from dmtracker.ui.treatments.medications import MedicationsPanel
from dmtracker.ui.treatments.page import TreatmentsPage
from dmtracker.ui.treatments.planner import CoursePlanner
from dmtracker.ui.treatments.side_effect import SideEffectDialog
from dmtracker.ui.treatments.taper import TaperDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _weekday_comma_free(text: str) -> str:
    """The Today page's dates read "Saturday 21 November 2026" or, in the language's long date
    format, "Saturday, 21 November 2026": compare without that comma."""
    return re.sub(r"(day), (\d)", r"\1 \2", text)


def _course(services, start: str = "2026-11-23", days: int = 2) -> int:
    return add_course(services, start, days, product="Octagam 10%")


def _day(services, cid: int, day: str, n: int, m: int = 2, lot: str = "AB1234") -> int:
    y, mo, d = map(int, day.split("-"))
    moments = {"started_at": local(y, mo, d, 9), "stopped_at": local(y, mo, d, 14)}
    return add_infusion_day(services, cid, day, n, m, lot_number=lot, **moments)


def _type(qtbot, widget: QWidget, text: str) -> None:
    """Replace the text of a line edit by typing."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


# --- the course planner ------------------------------------------------------------------------
@pytest.fixture
def planner(qtbot, services, show) -> CoursePlanner:
    p = CoursePlanner()
    p.set_services(services)
    return show(p)


def test_planner_matches_the_clinical_reference(qtbot, planner) -> None:
    _type(qtbot, planner.weight, "70")
    assert planner.total_text.text().startswith("Whole course: 140 g = 1400 mL")
    assert planner.per_day_text.text() == "Each day (2 days): 70 g = 700 mL"
    assert planner.rate_hints[planner.max_rate].text() == "= 168 mL/h at 70 kg"
    assert planner.rate_hints[planner.start_rate].text() == "= 42 mL/h at 70 kg"
    assert "0.04 mL/kg/min = 168 mL/h at 70 kg" in planner.cap_text.text()
    rows = planner.ladder_table.model_.rows
    assert [(s.minute_start, s.ml_per_kg_min, s.ml_per_hour) for s in rows] == [
        (0, Decimal("0.01"), Decimal(42)),
        (30, Decimal("0.02"), Decimal(84)),
        (60, Decimal("0.03"), Decimal(126)),
        (90, Decimal("0.04"), Decimal(168)),
    ]
    first = planner.ladder_table.model().index(0, 0).data()
    assert first == "0"  # shown in time order, not sorted
    assert "about 4 h 55 min for 700 mL" in planner.duration_text.text()
    assert planner.flags_text.isHidden()


def test_planner_caps_flags_and_refusals(qtbot, planner, services) -> None:
    _type(qtbot, planner.weight, "70")
    planner.thrombosis.setChecked(True)  # at risk: the cap and the default maximum become 0.03
    assert planner.max_rate.text() == "0.03"
    assert "0.03 mL/kg/min = 126 mL/h" in planner.cap_text.text()
    assert services.profile.current().thrombosis_risk  # kept in the profile
    _type(qtbot, planner.max_rate, "0.05")  # higher is allowed but flagged
    assert not planner.flags_text.isHidden()
    assert "⚠ Flagged: max rate 0.05 mL/kg/min is above the label cap of 0.03" in (
        planner.flags_text.text()
    )
    assert planner.ladder is not None and planner.ladder.max_rate == Decimal("0.05")
    planner.days.setValue(1)  # 2 g/kg on one day is refused, naming the field
    assert planner.plan is None
    assert planner.status.text().startswith("⚠ Check the numbers – Number of days: a dose of 2")
    planner.kind.setCurrentIndex(planner.kind.findData("maintenance"))
    assert planner.g_per_kg.text() == "1"
    assert planner.per_day_text.text() == "Each day (1 day): 70 g = 700 mL"
    _type(qtbot, planner.weight, "abc")
    assert "Weight: must be a number" in planner.status.text()


def test_planner_saves_the_course_and_shows_the_next_due_date(qtbot, planner, services) -> None:
    _type(qtbot, planner.weight, "70")
    planner.start.setFocus()
    qtbot.keyClicks(planner.start, "20261123")
    assert "next one is due on Monday 21 December 2026" in planner.due_text.text()
    with qtbot.waitSignal(planner.saved):
        qtbot.keyClick(planner.start, Qt.Key.Key_S, CTRL)
    (course,) = services.courses.list()
    assert (course.total_g, course.planned_start, course.days_planned) == (
        Decimal(140),
        date(2026, 11, 23),
        2,
    )
    assert planner.status.text().startswith("✓ Saved: course from Monday 23 November 2026, 140 g")
    assert "Next course due Monday 21 December 2026 (in 26 days)" in planner.last_text.text()


# --- the infusion form ---------------------------------------------------------------------------
def test_infusion_form_is_filled_from_the_plan_and_saves_everything(qtbot, services, show) -> None:
    cid = _course(services)
    dialog = show(InfusionDayDialog(services))
    assert dialog.day_number.value() == 1 and dialog.date.date().day() == 23
    assert (dialog.dose.text(), dialog.weight.text(), dialog.volume.text()) == ("70", "70", "700")
    assert dialog.per_kg.text() == "= 1 g/kg"
    assert [v["rate"] for _n, v in dialog.rate_steps.filled()] == ["0.01", "0.02", "0.03", "0.04"]
    assert dialog.rate_steps.rows[3].note.text() == "= 168 mL/h"
    _type(qtbot, dialog.lot, "AB1234")
    _type(qtbot, dialog.expiry, "2027-12-31")
    _type(qtbot, dialog.start_time, "9:00")
    _type(qtbot, dialog.stop_time, "13:55")
    dialog.rate_steps.add_row({"minute": "120", "rate": "210", "unit": "ml_per_h"})
    note = dialog.rate_steps.rows[4].note.text()
    assert note.startswith("= 0.05 mL/kg/min") and "⚠ above the label cap of 0.04" in note
    dialog.premeds.add_row({"drug": "Paracetamol", "dose": "1000", "time": "08:30"})
    vitals = dialog.vitals.rows[0].inputs
    for key, text in (("time", "08:55"), ("systolic", "120"), ("diastolic", "80")):
        _type(qtbot, vitals[key], text)
    _type(qtbot, dialog.hydration, "500")
    _type(qtbot, dialog.nurse, "Day unit")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.lot, Qt.Key.Key_S, CTRL)
    (day,) = services.infusions.list()
    detail = services.infusions.detail(day.id)
    assert day.lot_number == "AB1234" and day.expiry == date(2027, 12, 31)
    assert day.started_at == local(2026, 11, 23, 9) and day.course_id == cid
    assert [s.rate_ml_per_h for s in detail.rate_steps] == [42, 84, 126, 168, 210]
    assert detail.rate_steps[4].rate_ml_per_kg_min == Decimal("0.05")
    assert detail.premedications[0].taken_at == local(2026, 11, 23, 8, 30)
    assert [(v.phase, v.systolic) for v in detail.vitals] == [("before", 120)]  # blank row skipped


def test_infusion_form_errors_name_the_field_and_keep_the_input(qtbot, services, show) -> None:
    _course(services)
    dialog = show(InfusionDayDialog(services))
    _type(qtbot, dialog.lot, "LOT-1")
    _type(qtbot, dialog.start_time, "14:00")
    _type(qtbot, dialog.stop_time, "13:00")
    assert not dialog.save()
    assert dialog.status.text() == "⚠ Not saved – Stop time: is before the start time"
    assert dialog.isVisible() and dialog.lot.text() == "LOT-1"
    _type(qtbot, dialog.stop_time, "15:00")
    dialog.premeds.add_row({"drug": "Cetirizine", "time": "8:7x"})
    assert not dialog.save()
    assert dialog.status.text() == (
        "⚠ Not saved – Premedication 1, time: must be a time like 09:30, got '8:7x'"
    )
    assert dialog.focusWidget().accessibleName() == "Premedication 1: Drug"
    dialog.premeds.input(1, "time").setText("08:07")
    dialog.rate_steps.input(2, "rate").setText("")
    assert not dialog.save()
    assert dialog.status.text() == (
        "⚠ Not saved – Rate step 2, rate: give the rate in mL/kg/min or in mL/h"
    )
    assert services.infusions.list() == []


def test_same_as_last_time_copies_the_last_day_but_not_its_vitals(qtbot, services, show) -> None:
    cid = _course(services)
    _day(services, cid, "2026-11-23", 1, lot="XY9876")
    services.infusions.update(
        services.infusions.last().id,
        {
            "premedications": [{"drug": "Paracetamol", "dose": "1000"}],
            "vitals": [{"measured_at": local(2026, 11, 23, 9), "systolic": 120, "diastolic": 70}],
            "notes": "tired",
        },
    )
    dialog = show(InfusionDayDialog(services))
    assert dialog.day_number.value() == 2 and dialog.date.date().day() == 24
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: dialog.lot.text() == "XY9876")
    assert (dialog.start_time.text(), dialog.stop_time.text()) == ("09:00", "14:00")
    assert [v["drug"] for _n, v in dialog.premeds.filled()] == ["Paracetamol"]
    assert dialog.vitals.filled() == [] and dialog.notes.toPlainText() == ""
    assert dialog.day_number.value() == 2  # the day is never copied
    assert dialog.save()
    assert [d.lot_number for d in services.infusions.list()] == ["XY9876", "XY9876"]


def test_infusion_table_is_searchable_by_lot_and_links_show_on_both_sides(
    qtbot, services, show
) -> None:
    c1 = _course(services, "2026-10-26")
    _day(services, c1, "2026-10-26", 1, lot="K111")
    _day(services, c1, "2026-10-27", 2, lot="K111")
    c2 = _course(services, "2026-11-23")
    _day(services, c2, "2026-11-23", 1, lot="M222")
    services.side_effects.add({"term": "headache", "onset_at": local(2026, 11, 24, 20), "grade": 2})
    page = TreatmentsPage()
    page.set_services(services)
    show(page)
    assert page.infusions.model().rowCount() == 3
    qtbot.keyClicks(page.lot_filter, "m22")
    assert page.infusions.model().rowCount() == 1
    assert page.infusions.model().index(0, 3).data() == "M222"
    page.lot_filter.clear()
    effects = page.effects.model()
    assert effects.index(0, 4).data() == "2026-11-23 (automatic)"
    courses = page.courses.model()
    linked = {courses.index(r, 0).data(): courses.index(r, 6).data() for r in range(2)}
    assert linked == {"2026-11-23": "headache (grade 2)", "2026-10-26": "none"}
    page.infusions.setFocus()
    page.infusions.selectRow(0)  # newest first: 2026-11-23
    assert "Side effects linked to this course: headache (grade 2)." in page.day_detail.text()


# --- red flags ---------------------------------------------------------------------------------
def test_red_flag_modal_comes_before_the_save_and_the_record_is_marked(
    qtbot, services, show
) -> None:
    cid = _course(services)
    _day(services, cid, "2026-11-24", 2)
    dialog = show(SideEffectDialog(services))
    qtbot.keyClicks(dialog.term.lineEdit(), "stiff neck")
    assert dialog.term_hint.text().startswith("⚠ Red flag (aseptic meningitis)")
    assert dialog.red_flag.isChecked() and not dialog.red_flag.isEnabled()

    def nothing_saved_yet(modal: RedFlagDialog) -> None:
        seen["count_while_shown"] = services.side_effects.count()
        seen["focus"] = QApplication.focusWidget() is modal.read

    qtbot.keyClick(dialog.term, Qt.Key.Key_S, CTRL)  # no grade: asked, never defaulted
    assert dialog.status.text().startswith("⚠ Not saved – Grade: choose how bad it was")
    assert services.side_effects.count() == 0
    qtbot.keyClicks(dialog.grade, "3")
    seen = acknowledge_red_flag(qtbot, nothing_saved_yet)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.term, Qt.Key.Key_S, CTRL)
    assert seen.get("done") and seen["groups"] == ["meningitis"]
    assert seen["count_while_shown"] == 0 and not seen["ok_enabled_before"]
    assert "Seek urgent medical care now" in seen["text"]
    (effect,) = services.side_effects.list()
    assert effect.term == "stiff neck" and effect.red_flag and effect.course_id == cid


def test_a_hand_ticked_red_flag_shows_the_general_message(qtbot, services, show) -> None:
    dialog = show(SideEffectDialog(services))
    qtbot.keyClicks(dialog.term.lineEdit(), "burning feet")
    assert dialog.term_hint.text() == "Your own words (not on the list)."
    dialog.red_flag.setChecked(True)
    dialog.grade.setCurrentIndex(dialog.grade.findData(2))
    seen = acknowledge_red_flag(qtbot)
    assert dialog.save()
    assert seen.get("done") and seen["groups"] == []
    assert "You marked “burning feet” as a red flag" in seen["text"]
    (effect,) = services.side_effects.list()
    assert effect.red_flag and effect.is_custom_term


def test_a_plain_side_effect_saves_without_a_modal_and_errors_keep_input(
    qtbot, services, show
) -> None:
    dialog = show(SideEffectDialog(services))
    assert not dialog.save()  # nothing typed
    assert dialog.status.text() == "⚠ Not saved – Side effect: is required"
    qtbot.keyClicks(dialog.term.lineEdit(), "headache")
    dialog.ended.setChecked(True)
    dialog.end_time.setText("10:00")  # an hour before the onset (now, 11:00)
    assert not dialog.save()
    assert dialog.status.text() == "⚠ Not saved – Ended at: is before the onset"
    assert dialog.term.currentText() == "headache"
    dialog.ended.setChecked(False)
    dialog.grade.setCurrentIndex(dialog.grade.findData(2))
    assert dialog.grade.currentText() == (
        "2 – Moderate: needed a simple treatment, or limited everyday tasks like cooking or "
        "shopping"
    )
    dialog.link.setCurrentIndex(dialog.link.findData("none"))
    assert dialog.save()
    (effect,) = services.side_effects.list()
    assert (effect.grade, effect.red_flag, effect.link_mode) == (2, False, "manual")


def test_follow_up_card_red_flag_tick_shows_the_modal_at_once(qtbot, services, show) -> None:
    cid = _course(services)
    _day(services, cid, "2026-11-23", 1)
    _day(services, cid, "2026-11-24", 2)
    card = FollowUpCard()
    card.refresh(services)
    show(card)
    assert card.isVisible() and "Day 1 after infusion day 2 of 2" in card.intro.text()
    assert "also answers day 2 after infusion day 1" in card.intro.text()
    card.headache.set_value(6)
    qtbot.keyClick(card.warnings_head, Qt.Key.Key_Space)  # show the list
    assert card.warnings.isVisible()
    seen = acknowledge_red_flag(qtbot, lambda m: seen.update(saved=services.side_effects.count()))
    qtbot.keyClick(card.flags["chest pain"], Qt.Key.Key_Space)  # the modal shows here, at once
    assert seen.get("done") and seen["groups"] == ["clot_stroke"] and seen["saved"] == 0
    assert card.flags["chest pain"].isChecked() and "chest pain" in card.acknowledged
    assert card.grade_row.isVisible() and card.grade.currentData() is None
    assert not card.save()  # a red flag never takes a default grade
    assert "choose a grade" in card.status.text() and card.window().focusWidget() is card.grade
    qtbot.keyClicks(card.grade, "3")  # keyboard search picks "3 – Severe or medically ..."
    assert card.grade.currentData() == 3
    prompt = answer_history_prompt(qtbot, yes=False)
    with qtbot.waitSignal(card.saved):
        assert card.save()  # already acknowledged: no second modal
    qtbot.waitUntil(lambda: prompt.get("done", False), timeout=3000)
    assert services.profile.current().risk_factors == []  # "Not now" changes nothing
    rows = {(e.term, e.grade, e.red_flag, e.course_id) for e in services.side_effects.list()}
    assert rows == {("headache", 2, False, cid), ("chest pain", 3, True, cid)}
    assert card.isVisible() and card.intro.text() == "✓ Today's follow-up is saved. Thank you."
    assert not card.save_button.isVisible()


def test_follow_up_card_is_hidden_when_nothing_is_due(qtbot, services) -> None:
    card = FollowUpCard()
    card.refresh(services)
    assert card.isHidden()
    cid = _course(services, "2026-11-20", 2)
    _day(services, cid, "2026-11-20", 1)  # five days ago: past the three days
    card.refresh(services)
    assert card.isHidden()


# --- medications -------------------------------------------------------------------------------
def test_taper_builder_previews_and_creates_the_rows(qtbot, services, show) -> None:
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "60", "start_date": "2026-10-01"}
    )
    dialog = show(TaperDialog(services))
    assert dialog.medication.currentText() == "Prednisone"
    dialog.start.setDate(dialog.start.date().addDays(-24))  # 2026-11-01
    steps = dialog.preview.model_.rows
    assert [int(s.dose) for s in steps] == [40, 35, 30, 25, 20, 15, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert dialog.preview.model().index(0, 0).data() == "40 mg"
    assert dialog.summary.text().startswith("16 dose rows from 2026-11-01")
    assert "In all 3.85 g (computed by the app)" in dialog.summary.text()
    dialog.stages.input(2, "step_down").setText("0")
    assert dialog.status.text().startswith("⚠ Check the taper – Step 2, lower by: must be")
    assert not dialog.save()
    dialog.stages.input(2, "step_down").setText("1")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.start_dose, Qt.Key.Key_S, CTRL)
    mid = services.medications.list()[0].id
    rows = services.regimens.for_medication(mid)
    assert rows[0].end_date == date(2026, 10, 31)  # the 60 mg row ends the day before
    assert len(rows) == 17 and {r.taper_label for r in rows[1:]} == {"Prednisone taper from 40 mg"}


def test_methotrexate_daily_gets_a_blocking_warning(qtbot, services, show) -> None:
    dialog = show(MedicationDialog(services))
    qtbot.keyClicks(dialog.name.lineEdit(), "Methotrexate")
    _type(qtbot, dialog.regimen.dose, "15")
    assert dialog.regimen.schedule.currentData() == "daily"
    assert dialog.warning.text().startswith("⚠ Methotrexate for myositis is taken once a WEEK")
    shown: dict[str, str] = {}

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown["title"] = box.windowTitle()
            shown["text"] = box.text()
            box.accept()
        else:
            QTimer.singleShot(10, close_box)

    QTimer.singleShot(0, close_box)
    assert not dialog.save()
    assert shown["title"] == "Methotrexate is taken once a week"
    assert "not every day" in shown["text"]
    assert services.medications.list() == []
    assert dialog.focusWidget() is dialog.regimen.schedule
    dialog.regimen.schedule.setCurrentIndex(dialog.regimen.schedule.findData("weekly"))
    dialog.regimen.weekday.setCurrentIndex(4)
    assert dialog.warning.text() == ""
    assert dialog.save()
    (med,) = services.medications.list()
    assert med.name == "Methotrexate"
    assert services.regimens.list()[0].weekday == 4


def test_medications_panel_flags_hcq_shows_cumulative_prednisone_and_logs_doses(
    qtbot, services, show
) -> None:
    services.weights.add({"day": "2026-11-01", "weight_kg": "70"})
    services.medications.add_with_regimen(
        {"name": "Hydroxychloroquine"}, {"dose": "400", "start_date": "2026-11-01"}
    )
    services.medications.add_with_regimen(
        {"name": "Prednisone"}, {"dose": "10", "start_date": "2026-11-01"}
    )
    panel = MedicationsPanel()
    panel.refresh(services)
    show(panel)
    model = panel.table.model()
    checks = {model.index(r, 0).data(): model.index(r, 6).data() for r in range(model.rowCount())}
    assert checks == {"Hydroxychloroquine": "⚠ above 5.0 mg/kg a day", "Prednisone": "–"}
    assert "5.71 mg/kg a day" in panel.warnings.text()
    assert panel.cum_text.text().startswith(
        "0.25 g prednisone-equivalent (all glucocorticoids) from Sunday 1 November 2026"
    )
    assert panel.due.isHidden()
    qtbot.keyClick(panel.log_box, Qt.Key.Key_Space)
    assert services.settings.get("medications.log_doses") is True
    buttons = {b.accessibleName(): b for b in panel.due.findChildren(QAbstractButton)}
    assert set(buttons) >= {"Prednisone: taken today", "Hydroxychloroquine: skipped today"}
    with qtbot.waitSignal(panel.saved):
        qtbot.keyClick(buttons["Prednisone: taken today"], Qt.Key.Key_Space)
    assert [m.name for m, _r in services.intakes.due(date(2026, 11, 25))] == ["Hydroxychloroquine"]
    assert "Logged today: Prednisone taken." in panel.due.done_text.text()


# --- keyboard access ---------------------------------------------------------------------------
def _mnemonics(root: QWidget) -> list[str]:
    letters = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not hasattr(w, "text") or not callable(w.text):
            continue
        text = w.text() if isinstance(w.text(), str) else ""
        i = text.replace("&&", "").find("&")
        if i >= 0 and i + 1 < len(text):
            letters.append(text.replace("&&", "")[i + 1].lower())
    return letters


@pytest.mark.parametrize(
    "make",
    [
        lambda s: InfusionDayDialog(s),
        lambda s: SideEffectDialog(s),
        lambda s: MedicationDialog(s),
        lambda s: TaperDialog(s),
    ],
    ids=["infusion", "side_effect", "medication", "taper"],
)
def test_dialog_mnemonics_are_unique(qtbot, services, make, show) -> None:
    _course(services)
    dialog = show(make(services))
    letters = _mnemonics(dialog)
    assert len(letters) >= 5 and len(letters) == len(set(letters)), letters


def test_page_mnemonics_are_unique_on_each_tab(qtbot, services, tmp_path: Path, show) -> None:
    from dmtracker.ui.shell.main_window import MainWindow

    window = MainWindow(settings_path=tmp_path / "ui.ini")
    window.set_services(services)
    show(window)
    window.show_page(2)
    page = window.pages[2]
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        letters = _mnemonics(window)
        assert len(letters) == len(set(letters)), (page.tabs.tabText(i), " ".join(sorted(letters)))


# --- the whole course, keyboard only -----------------------------------------------------------
# Hand-computed from docs/clinical.md §1 and §4 for a 64 kg patient, 2 g/kg over 4 days of a
# 10 % product (100 mg/mL, 1 g = 10 mL), rates raised by 0.01 mL/kg/min every 30 minutes to
# the DM label maximum of 0.04 mL/kg/min; mL/h = kg × mL/kg/min × 60.
WEIGHT = "64"
TOTAL = "Whole course: 128 g = 1280 mL (2 g/kg × 64 kg actual weight)"  # 64 × 2 = 128 g; × 10 mL/g
PER_DAY = "Each day (4 days): 32 g = 320 mL"  # 128 / 4 = 32 g; × 10 = 320 mL
# (from minute, mL/kg/min, mL/h, mL in the step, how long): 64 × 0.01 × 60 = 38.4 mL/h, 30 min
# of it is 19.2 mL; after three steps 19.2 + 38.4 + 57.6 = 115.2 mL are in, the remaining
# 320 − 115.2 = 204.8 mL at 153.6 mL/h take 204.8 / 153.6 h = 80 min.
LADDER = [
    ("0", "0.01", "38.4", "19.2", "30 min"),
    ("30", "0.02", "76.8", "38.4", "30 min"),
    ("60", "0.03", "115.2", "57.6", "30 min"),
    ("90", "0.04", "153.6", "204.8", "1 h 20 min"),
]
DURATION = "about 2 h 50 min for 320 mL"  # 3 × 30 + 80 = 170 min
CAP = "Label maximum in dermatomyositis: 0.04 mL/kg/min = 153.6 mL/h at 64 kg."
# first day Saturday 21 November 2026; every 4 weeks: + 28 days = Saturday 19 December 2026,
# 24 days after "today" (Wednesday 25 November 2026 in the test clock)
FIRST, DUE = date(2026, 11, 21), date(2026, 12, 19)


def test_a_full_ivig_course_recorded_with_the_keyboard_only(
    qtbot, services, tmp_path, show
) -> None:
    """Plan and save a 4-day course (64 kg from the weight log, 2 g/kg, 10 %) and check every
    number the planner shows; record day 1 by typing (product, lot, expiry, times, rate steps
    from the plan and one typed in mL/h), days 2–4 with "fill in as last time"; answer the
    follow-up on the day after the course with a headache (linked to the course by itself); log
    chest pain, acknowledge the red-flag modal. Only key presses, each sent to the widget that
    has the keyboard focus; the only direct calls are the set-up of the weight log."""
    from dmtracker.ui.shell.main_window import MainWindow

    services.weights.add({"day": "2026-11-01", "weight_kg": WEIGHT})
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    show(window)
    window.set_services(services)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def focused() -> QWidget:
        w = QApplication.focusWidget()
        assert w is not None
        return w

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(focused(), k, mod)

    def keys(text: str) -> None:
        qtbot.keyClicks(focused(), text)

    def retype(text: str) -> None:
        key(Qt.Key.Key_A, CTRL)
        keys(text)

    def modal_dialog(cls: type) -> Any:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls))
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    def back_to_window() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

    page: TreatmentsPage = window.pages[2]
    planner = page.planner

    # 1. plan the course
    key(Qt.Key.Key_3, CTRL)
    assert window.current_page() is page
    key(Qt.Key.Key_P, ALT)  # the Plan course tab
    key(Qt.Key.Key_W, ALT)  # Weight: filled in from the weight log
    assert focused() is planner.weight and planner.weight.text() == WEIGHT
    assert planner.weight_hint.text() == "latest weight: 64 kg on 2026-11-01"
    key(Qt.Key.Key_N, ALT)  # Number of days: 2 → 4
    assert focused() is planner.days
    key(Qt.Key.Key_Up)
    key(Qt.Key.Key_Up)
    assert planner.days.value() == 4
    key(Qt.Key.Key_A, ALT)  # First day
    assert focused() is planner.start.edit
    keys("20261121")
    key(Qt.Key.Key_R, ALT)  # Product
    assert focused() is planner.product
    retype("Octagam 10%")
    # every number the planner shows, against the hand-computed reference above
    assert planner.total_text.text() == TOTAL
    assert planner.per_day_text.text() == PER_DAY
    assert planner.rate_hints[planner.start_rate].text() == "= 38.4 mL/h at 64 kg"
    assert planner.rate_hints[planner.step].text() == "= 38.4 mL/h more each time"
    assert planner.rate_hints[planner.max_rate].text() == "= 153.6 mL/h at 64 kg"
    assert planner.cap_text.text() == CAP
    assert planner.flags_text.isHidden()
    model = planner.ladder_table.model()
    shown = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert shown == LADDER
    assert DURATION in planner.duration_text.text()
    assert planner.due_text.text() == (
        "With this course, the next one is due on Saturday 19 December 2026 (every 4 weeks)."
    )
    key(Qt.Key.Key_S, CTRL)
    (course,) = services.courses.list()
    assert (course.planned_start, course.days_planned, course.total_g) == (FIRST, 4, 128)
    assert (course.weight_kg, course.g_per_kg, course.product) == (64, 2, "Octagam 10%")
    assert planner.status.text() == (
        "✓ Saved: course from Saturday 21 November 2026, 128 g over 4 days."
    )
    assert planner.last_text.text() == (
        "Last course: from Saturday 21 November 2026 (128 g over 4 days). "
        "Next course due Saturday 19 December 2026 (in 24 days)."
    )

    # 2. day 1, typed: lot, expiry, times, the plan's rate steps and one more in mL/h
    key(Qt.Key.Key_I, ALT)  # the Infusions tab
    key(Qt.Key.Key_R, ALT)  # Record infusion day…
    dialog = modal_dialog(InfusionDayDialog)
    assert (dialog.day_number.value(), dialog.days_in_course.value()) == (1, 4)
    assert pydate_of(dialog.date) == FIRST
    assert (dialog.product.text(), dialog.dose.text(), dialog.volume.text()) == (
        "Octagam 10%",
        "32",
        "320",
    )
    assert dialog.per_kg.text() == "= 0.5 g/kg"  # 32 / 64
    assert dialog.volume_hint.text() == "planned: 32 g = 320 mL a day"
    assert focused() is dialog.lot
    keys("B431A8761")
    key(Qt.Key.Key_X, ALT)  # Expiry
    keys("2027-06-30")
    key(Qt.Key.Key_T, ALT)  # Start time
    keys("09:00")
    key(Qt.Key.Key_I, ALT)  # Stop time
    keys("12:05")
    key(Qt.Key.Key_P, ALT)  # Fill steps from the plan (the same ladder as the planner)
    assert [r.note.text() for r in dialog.rate_steps.rows] == [
        "= 38.4 mL/h",
        "= 76.8 mL/h",
        "= 115.2 mL/h",
        "= 153.6 mL/h",
    ]
    key(Qt.Key.Key_A, ALT)  # Add rate step: the nurse slowed to 120 mL/h at minute 150
    qtbot.waitUntil(lambda: len(dialog.rate_steps.rows) == 5)  # a mnemonic clicks ~100 ms later
    assert focused() is dialog.rate_steps.input(5, "minute")
    keys("150")
    key(Qt.Key.Key_Tab)
    keys("120")
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.rate_steps.input(5, "unit")
    key(Qt.Key.Key_Down)  # mL/kg/min → mL/h
    assert dialog.rate_steps.rows[4].note.text() == "= 0.0313 mL/kg/min"  # 120 / 64 / 60
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # 3. days 2–4: "fill in as last time", then save
    for n in (2, 3, 4):
        back_to_window()
        key(Qt.Key.Key_R, ALT)
        dialog = modal_dialog(InfusionDayDialog)
        assert dialog.day_number.value() == n
        key(Qt.Key.Key_F, ALT)
        qtbot.waitUntil(lambda dialog=dialog: dialog.lot.text() == "B431A8761")
        key(Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
    days = services.infusions.list()
    assert [(d.day, d.day_number, d.days_in_course, d.lot_number) for d in days] == [
        (date(2026, 11, 21 + i), i + 1, 4, "B431A8761") for i in range(4)
    ]
    assert {(d.dose_g, d.weight_kg, d.total_volume_ml, d.product) for d in days} == {
        (32, 64, 320, "Octagam 10%")
    }
    assert {d.expiry for d in days} == {date(2027, 6, 30)}
    assert days[3].started_at == local(2026, 11, 24, 9) and days[3].stopped_at == local(
        2026, 11, 24, 12, 5
    )
    steps = services.infusions.detail(days[0].id).rate_steps
    assert [(s.minute, s.rate_ml_per_h) for s in steps] == [
        (0, Decimal("38.4")),
        (30, Decimal("76.8")),
        (60, Decimal("115.2")),
        (90, Decimal("153.6")),
        (150, Decimal("120")),
    ]
    assert steps[4].entered_unit == "ml_per_h"
    back_to_window()
    courses = page.courses.model()
    assert courses.index(0, 3).data() == "128 g"
    assert courses.index(0, 4).data() == "4 of 4"
    assert courses.index(0, 5).data() == DUE.isoformat()

    # 4. the day after the course (Wednesday 25th): the follow-up card on Today, headache 6
    key(Qt.Key.Key_1, CTRL)
    card = window.findChild(FollowUpCard)
    assert card is not None and card.isVisible()
    assert card.intro.text().startswith("Day 1 after infusion day 4 of 4")
    assert _weekday_comma_free(window.pages[0].ivig_text.text()) == (
        "Last course started Saturday 21 November 2026 (2 g/kg over 4 days).\n"
        "Next course due Saturday 19 December 2026 (in 24 days)."
    )
    key(Qt.Key.Key_A, ALT)  # Headache
    assert focused() is card.headache
    keys("6")
    key(Qt.Key.Key_W, ALT)  # Save follow-up
    qtbot.waitUntil(lambda: card.intro.text() == "✓ Today's follow-up is saved. Thank you.")
    (headache,) = services.side_effects.list()
    assert (headache.term, headache.course_id, headache.link_mode) == (
        "headache",
        course.id,
        "auto",
    )

    # 5. a red flag: chest pain, logged on the Treatments page
    key(Qt.Key.Key_3, CTRL)
    key(Qt.Key.Key_E, ALT)  # the Side effects tab
    key(Qt.Key.Key_L, ALT)  # Log side effect…
    dialog = modal_dialog(SideEffectDialog)
    assert focused() is dialog.term
    keys("chest pain")
    assert dialog.term_hint.text().startswith("⚠ Red flag")
    key(Qt.Key.Key_G, ALT)  # Grade: asked for a red flag, none chosen for the user
    assert focused() is dialog.grade and dialog.grade.currentData() is None
    keys("3")
    seen = acknowledge_red_flag(
        qtbot, lambda m: seen.update(before=[e.term for e in services.side_effects.list()])
    )
    prompt = answer_history_prompt(qtbot, yes=True)
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: prompt.get("done", False), timeout=3000)
    assert services.profile.current().risk_factors == ["thrombosis_history"]
    assert seen.get("done") and seen["groups"] == ["clot_stroke"]
    assert seen["before"] == ["headache"]  # nothing saved before the acknowledgement
    assert "Seek urgent medical care now" in seen["text"]

    effects = {e.term: e for e in services.side_effects.list()}
    assert set(effects) == {"headache", "chest pain"}
    assert effects["headache"].grade == 2 and not effects["headache"].red_flag
    assert effects["chest pain"].red_flag
    assert {e.course_id for e in effects.values()} == {course.id}
    back_to_window()
    table = page.effects.model()
    shown_effects = {
        table.index(r, 1).data(): (table.index(r, 2).data(), table.index(r, 4).data())
        for r in range(table.rowCount())
    }
    assert shown_effects == {
        "headache": ("", "2026-11-21 (automatic)"),
        "chest pain": ("⚠ RED FLAG", "2026-11-21 (automatic)"),
    }
    linked = page.courses.model().index(0, 6).data()
    assert "headache (grade 2)" in linked and "⚠ RED FLAG chest pain" in linked


def pydate_of(edit: Any) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def test_a_course_planned_ahead_reads_right_and_is_saved_once(
    qtbot, services, tmp_path, show
) -> None:
    """Issue 18: after planning a course ahead, Today speaks of the last course that started
    and of the planned one as next (in 14 days, not 42); the planner's first day stays on the
    saved course, so a second Ctrl+S is refused instead of planning another course."""
    from dmtracker.ui.shell.main_window import MainWindow

    _course(services, "2026-11-23")
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    show(window)
    window.set_services(services)
    planner = show(CoursePlanner())
    planner.set_services(services)
    _type(qtbot, planner.weight, "70")
    planner.start.setFocus()
    qtbot.keyClicks(planner.start, "2026-12-09")
    with qtbot.waitSignal(planner.saved):
        qtbot.keyClick(planner.start, Qt.Key.Key_S, CTRL)
    planner.refresh()  # as after any change saved
    assert planner.start.text() == "2026-12-09"  # it did not jump on
    assert not planner.save()
    assert "First day: a course from 2026-12-09 to 2026-12-10 is already saved" in (
        planner.status.text()
    )
    assert [c.planned_start for c in services.courses.list()] == [
        date(2026, 11, 23),
        date(2026, 12, 9),
    ]
    window.pages[0].refresh()
    assert _weekday_comma_free(window.pages[0].ivig_text.text()) == (
        "Last course started Monday 23 November 2026 (2 g/kg over 2 days).\n"
        "Next course due Wednesday 9 December 2026 (in 14 days, already planned)."
    )


def test_an_imported_weight_fills_the_planner(qtbot, services, show, tmp_path) -> None:
    """Issue 22: a weight from a phone or a scale is the planner's latest weight."""
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text("Date,Step count,Average weight (kg)\n2026-11-20,2000,71.5\n", encoding="utf-8")
    services.health.import_file(fit)
    p = show(CoursePlanner())
    p.set_services(services)
    assert p.weight.text() == "71.5"
    assert "latest weight: 71.5 kg on 2026-11-20" in p.weight_hint.text()


def test_a_height_typed_in_the_planner_is_not_announced_on_the_other_tabs(
    qtbot, services, show
) -> None:
    """The planner saves height and sex to the profile as they are typed; the Infusions and
    Side effects tabs said "✓ Saved the profile" for it (seen in a real window)."""
    page = TreatmentsPage()
    page.set_services(services)
    show(page)
    _type(qtbot, page.planner.body_height, "168")
    qtbot.keyClick(page.planner.body_height, Qt.Key.Key_Tab)
    assert str(services.profile.current().height_cm) == "168"  # saved all the same
    for status in (page.infusion_status, page.effect_status):
        assert "profile" not in status.text(), status.text()
