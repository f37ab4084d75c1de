"""Issue 18: dates typed from the keyboard are taken whole or refused in words.

Real widgets, real key presses (``qtbot.keyClicks``), a real SQLite file: what is typed is what
is saved; Tab leaves a date field (so the next words typed never change the date); an incomplete
or impossible date is refused with a message naming the field, and nothing is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from tests.conftest import add_course

from dmtracker.ui.clinic.visit_form import VisitDialog
from dmtracker.ui.kit.inputs import DateInput, parse_typed_date
from dmtracker.ui.treatments.infusion import InfusionDayDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def _type_date(qtbot, field: QWidget, text: str) -> None:
    """Select what the date field shows and type over it, as a person does."""
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus() or field.focusProxy().hasFocus())
    qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), text)


def _course(services, start: str, days: int = 2) -> int:
    return add_course(services, start, days, product="Octagam 10%")


def _fill_infusion(qtbot, dialog: InfusionDayDialog) -> None:
    for w, text in ((dialog.lot, "AB1234"), (dialog.start_time, "9:00")):
        w.setFocus()
        qtbot.keyClicks(w, text)
    dialog.stop_time.setFocus()
    qtbot.keyClicks(dialog.stop_time, "13:00")


def test_a_typed_infusion_date_is_saved_exactly(qtbot, services, show) -> None:
    _course(services, "2026-11-04")
    dialog = show(InfusionDayDialog(services))
    _fill_infusion(qtbot, dialog)
    _type_date(qtbot, dialog.date, "2026-11-05")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    dialog.day_number.setValue(2)
    _type_date(qtbot, dialog.date, "2026-11-05")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(_focused(), Qt.Key.Key_S, CTRL)
    (day,) = services.infusions.list()
    assert day.day == date(2026, 11, 5)


def test_a_future_or_incomplete_infusion_date_is_refused_in_words(qtbot, services, show) -> None:
    _course(services, "2026-11-04")
    dialog = show(InfusionDayDialog(services))
    _fill_infusion(qtbot, dialog)
    _type_date(qtbot, dialog.date, "2026-12-05")  # after today (25 November)
    assert not dialog.save()
    assert dialog.status.text() == "⚠ Not saved – Date: 2026-12-05 is after today"
    assert dialog.date.text() == "2026-12-05"  # never altered
    _type_date(qtbot, dialog.date, "2026-11-0")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert dialog.date.text() == "2026-11-0"
    assert dialog.date.message.isVisible()
    assert "Date of the infusion" in dialog.date.message.text()
    assert not dialog.save()
    assert "is not a whole date" in dialog.status.text()
    assert services.infusions.list() == []


def test_tab_leaves_the_visit_date_so_the_clinician_never_changes_it(qtbot, services, show) -> None:
    dialog = show(VisitDialog(services))
    _type_date(qtbot, dialog.date, "2026-11-10")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.clinician
    qtbot.keyClicks(_focused(), "Dr 12 Weber")
    qtbot.keyClick(_focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (visit,) = services.clinic.list()
    assert visit.visit_date == date(2026, 11, 10)
    assert visit.clinician == "Dr 12 Weber"


def test_an_impossible_visit_date_is_refused_and_nothing_is_written(qtbot, services, show) -> None:
    dialog = show(VisitDialog(services))
    _type_date(qtbot, dialog.date, "2026-02-30")
    qtbot.keyClick(_focused(), Qt.Key.Key_S, CTRL)
    assert dialog.isVisible()
    assert "Visit date: “2026-02-30” is not a date in the calendar" in dialog.problems()
    assert services.clinic.count() == 0


def test_date_input_keys_locale_form_and_calendar(qtbot, show) -> None:
    field = DateInput("Start", date(2026, 11, 25))
    host = show(field)
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    _type_date(qtbot, field, "2026-11-2")  # on the way to 2026-11-20: nothing taken yet
    assert seen == [] and field.date() == QDate(2026, 11, 25)
    qtbot.keyClicks(_focused(), "0")
    assert seen == [QDate(2026, 11, 20)]
    qtbot.keyClick(_focused(), Qt.Key.Key_Up)
    assert field.value() == date(2026, 11, 21)
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, ALT)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.value() == date(2026, 11, 21)
    assert host is field


def test_the_language_s_own_form_is_taken_and_iso_always() -> None:
    """Issue 20: the date form follows the language in use (not the machine's locale):
    German takes 05.12.2026 and 5.12.26, English its ISO date (and d/M/yyyy, day first);
    ISO is taken in every language; a two-digit year English does not take is refused."""
    from dmtracker import i18n

    i18n.use("de")
    assert parse_typed_date("05.12.2026") == (date(2026, 12, 5), "")
    assert parse_typed_date("5.12.26") == (date(2026, 12, 5), "")
    assert parse_typed_date("2026-12-05") == (date(2026, 12, 5), "")
    i18n.use("en")
    assert parse_typed_date("5/12/2026") == (date(2026, 12, 5), "")
    assert parse_typed_date("2026-12-05") == (date(2026, 12, 5), "")
    assert parse_typed_date("2026-12-5")[0] is None
    d, reason = parse_typed_date("05/12/26")
    assert d is None and "year in full" in reason


def test_a_side_effect_onset_is_typed_as_a_date_then_a_time(qtbot, services, show) -> None:
    from datetime import datetime

    from tests.conftest import TZ

    from dmtracker.ui.treatments.side_effect import SideEffectDialog

    dialog = show(SideEffectDialog(services))
    qtbot.keyClicks(dialog.term.lineEdit(), "nausea")
    _type_date(qtbot, dialog.onset, "2026-11-24")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.onset_time
    qtbot.keyClicks(_focused(), "18:30")
    dialog.link.setCurrentIndex(dialog.link.findData("none"))
    _type_date(qtbot, dialog.onset, "2026-11-2")
    assert not dialog.save()
    assert "Started at: “2026-11-2” is not a whole date" in dialog.status.text()
    assert services.side_effects.list() == []
    _type_date(qtbot, dialog.onset, "2026-11-24")
    assert dialog.save()
    (effect,) = services.side_effects.list()
    assert effect.onset_at == datetime(2026, 11, 24, 18, 30, tzinfo=TZ)


def test_a_focused_scale_shows_a_frame(qtbot, show) -> None:
    """Issue 18: the 0–10 scales, the app's main input, showed no focus mark at all."""
    from PySide6.QtWidgets import QVBoxLayout

    from dmtracker.ui.kit.inputs import ScaleInput
    from dmtracker.ui.shell.style import stylesheet

    host = QWidget()
    host.setStyleSheet(stylesheet(100))
    box = QVBoxLayout(host)
    first, second = ScaleInput("Pain"), ScaleInput("Fatigue")
    box.addWidget(first)
    box.addWidget(second)
    show(host)
    highlight = first.palette().highlight().color().rgb()

    def edge(w: ScaleInput) -> int:
        image = w.grab().toImage()
        return image.pixel(1, image.height() // 2)

    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert edge(first) == highlight and edge(second) != highlight
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert edge(second) == highlight and edge(first) != highlight


def test_a_wrapped_message_is_shown_whole_in_a_narrow_form_at_large_text(qtbot) -> None:
    """At 200 % text in a narrow form the message wraps into several lines; the field's fixed
    height cut all but the first (seen in a real window)."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    form_widget = QWidget()
    qtbot.addWidget(form_widget)
    font = form_widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    form_widget.setFont(font)
    form = QFormLayout(form_widget)
    field = DateInput("Day of the infusion")
    form.addRow("Day", field)
    form.addRow("Note", QLineEdit())
    form_widget.resize(330, 600)
    form_widget.show()
    qtbot.waitExposed(form_widget)
    _type_date(qtbot, field, "2026-13-45")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    message = field.message
    qtbot.waitUntil(lambda: message.isVisible())
    QApplication.processEvents()
    needed = message.heightForWidth(message.width())
    assert needed > message.fontMetrics().lineSpacing() * 2  # it does wrap here
    assert message.height() >= needed, (message.height(), needed)
    _type_date(qtbot, field, "2026-12-01")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not message.isVisible())
    QApplication.processEvents()
    assert field.height() < needed  # and gives the room back when the date is right
