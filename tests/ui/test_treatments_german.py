"""The Treatments screens in German: planned doses with a decimal comma, dates as dd.MM.yyyy,
and a dose typed with a decimal comma ("1,5") taken as the number it is."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from tests.conftest import add_course

from dmtracker import i18n
from dmtracker.ui.treatments.infusion import InfusionDayDialog
from dmtracker.ui.treatments.planner import CoursePlanner

CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def test_planner_shows_german_numbers_and_dates_and_reads_a_typed_comma(
    qtbot, services, show
) -> None:
    i18n.use("de")
    services.weights.add({"day": "2026-11-01", "weight_kg": "64.5"})
    planner = CoursePlanner()
    planner.set_services(services)
    show(planner)
    # the latest weight, with its date as dd.MM.yyyy, fills the weight with a decimal comma
    assert planner.weight.text() == "64,5"
    assert "64,5 kg" in planner.weight_hint.text()
    assert "01.11.2026" in planner.weight_hint.text()
    assert planner.max_rate.text() == "0,04"
    # 64.5 kg × 2 g/kg = 129 g, 64.5 g a day over 2 days
    assert "129 g" in planner.total_text.text()
    assert "64,5 g" in planner.per_day_text.text()
    assert "0,04 mL/kg/min" in planner.cap_text.text()
    # a dose typed with a decimal comma is read as 1.5 g/kg: 96.75 g, 48.375 g a day
    _type(qtbot, planner.g_per_kg, "1,5")
    assert planner.plan is not None and planner.plan.g_per_kg == Decimal("1.5")
    assert "96,75 g" in planner.total_text.text()
    assert "1,5 g/kg" in planner.total_text.text()
    assert "⚠" not in planner.status.shown()
    model = planner.ladder_table.model()
    assert model.index(0, 1).data() == "0,01"  # the ladder's rates with a decimal comma
    with qtbot.waitSignal(planner.saved):
        planner.save()
    (course,) = services.courses.list()
    assert course.g_per_kg == Decimal("1.5")
    assert course.weight_kg == Decimal("64.5")


def test_infusion_day_takes_a_dose_typed_with_a_decimal_comma(qtbot, services, show) -> None:
    i18n.use("de")
    add_course(services, "2026-11-23", 2, product="Octagam 10%")
    dialog = show(InfusionDayDialog(services))
    assert "23.11.2026" in dialog.course.currentText()  # the course by its German date
    assert dialog.rate_steps.filled()[0][1]["rate"] == "0,01"
    _type(qtbot, dialog.lot, "AB1234")
    _type(qtbot, dialog.expiry, "31.12.2027")
    _type(qtbot, dialog.dose, "69,5")
    _type(qtbot, dialog.weight, "70")
    assert dialog.per_kg.text() == "= 0,993 g/kg"
    _type(qtbot, dialog.start_time, "9:00")
    _type(qtbot, dialog.stop_time, "13:55")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (day,) = services.infusions.list()
    assert day.dose_g == Decimal("69.5")
    assert str(day.expiry) == "2027-12-31"
    detail = services.infusions.detail(day.id)
    assert detail.rate_steps[0].rate_ml_per_kg_min == Decimal("0.01")
