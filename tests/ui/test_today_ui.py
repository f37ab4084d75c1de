"""The Today page and its dialogs, driven with keys only, checked against the stored rows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from tests.conftest import write_png

from dmtracker.ui.shell.main_window import MainWindow
from dmtracker.ui.today.page import TodayPage

TODAY = date(2026, 11, 25)


@pytest.fixture
def window(qtbot, services, tmp_path: Path):
    w = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.set_services(services)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture
def today(window) -> TodayPage:
    return window.pages[0]


def keys(qtbot, text: str) -> None:
    """Type into whatever has focus: digits, and words in braces for special keys."""
    for token in text.split():
        widget = QApplication.focusWidget()
        special = {
            "{tab}": Qt.Key.Key_Tab,
            "{enter}": Qt.Key.Key_Return,
            "{space}": Qt.Key.Key_Space,
            "{down}": Qt.Key.Key_Down,
            "{up}": Qt.Key.Key_Up,
            "{del}": Qt.Key.Key_Delete,
        }
        if token in special:
            qtbot.keyClick(widget, special[token])
        elif token.startswith("{ctrl+") or token.startswith("{alt+"):
            mod, key = token[1:-1].split("+")
            modifier = (
                Qt.KeyboardModifier.ControlModifier
                if mod == "ctrl"
                else Qt.KeyboardModifier.AltModifier
            )
            qtbot.keyClick(widget, key, modifier)
        else:
            qtbot.keyClicks(widget, token)
        QApplication.processEvents()


def test_keys_only_check_in(qtbot, services, today) -> None:
    assert QApplication.focusWidget() is today.first_input()
    keys(qtbot, "6 {tab} 4 {tab} 2 {tab} 1 {tab} 0 {ctrl+s}")
    row = services.checkins.for_day(TODAY)
    assert (row.patient_global, row.fatigue, row.pain, row.itch) == (6, 4, 2, 1)
    assert row.stairs == 0 and row.rise_chair is None
    assert "Saved at" in today.status.text()


def test_typed_ten_and_arrows(qtbot, services, today) -> None:
    keys(qtbot, "1 0 {tab} 3 {up} {up} {tab} 7 {down}")
    assert today.inputs["patient_global"].value() == 10
    assert today.inputs["fatigue"].value() == 5
    assert today.inputs["pain"].value() == 6


def test_enter_on_the_last_field_saves(qtbot, services, today) -> None:
    last = list(today.inputs.values())[-1]
    today.inputs["pain"].set_value(3)
    last.setFocus()
    keys(qtbot, "2 {enter}")
    row = services.checkins.for_day(TODAY)
    assert row.pain == 3 and row.breathlessness == 2


def test_carry_forward_is_marked_until_touched(qtbot, services, today, window) -> None:
    services.checkins.save_day({"day": "2026-11-23", "pain": 5, "fatigue": 6, "stairs": 2})
    today.load_day(TODAY)
    pain = today.inputs["pain"]
    assert pain.value() == 5 and pain.is_carried()
    assert pain.carried_label.isVisibleTo(today)
    assert "carried forward" in pain.accessibleDescription()
    assert "Values from" in today.status.text()
    pain.setFocus()
    keys(qtbot, "3")
    assert not pain.is_carried() and today.inputs["fatigue"].is_carried()
    keys(qtbot, "{ctrl+s}")
    row = services.checkins.for_day(TODAY)
    assert (row.pain, row.fatigue, row.stairs) == (3, 6, 2)
    assert not today.inputs["fatigue"].is_carried()


def test_editing_a_day_updates_it(qtbot, services, today) -> None:
    today.first_input().setFocus()
    keys(qtbot, "4 {ctrl+s}")
    keys(qtbot, "7 {ctrl+s}")
    rows = services.checkins.list()
    assert len(rows) == 1 and rows[0].patient_global == 7


def test_a_past_day_and_no_future(qtbot, services, today) -> None:
    today.date_edit.setDate(today.date_edit.date().addDays(-3))
    assert today.day == TODAY - timedelta(days=3)
    today.first_input().setFocus()
    keys(qtbot, "5 {ctrl+s}")
    assert services.checkins.for_day(TODAY - timedelta(days=3)).patient_global == 5
    today.date_edit.setDate(today.date_edit.date().addDays(10))
    assert today.day <= TODAY
    assert today.date_edit.maximumDate().toPython() == TODAY


def test_failed_save_keeps_what_was_typed(qtbot, services, today) -> None:
    for w in today.inputs.values():
        w.set_value(None)
    today.notes.setPlainText("")
    keys(qtbot, "{ctrl+s}")
    assert "Not saved" in today.status.text() and today.status.property("error")
    assert services.checkins.list() == []
    today.notes.setPlainText("x" * 2100)
    today.inputs["pain"].set_value(4)
    assert not today.save()
    assert "Notes" in today.status.text() or "notes" in today.status.text()
    assert today.inputs["pain"].value() == 4 and len(today.notes.toPlainText()) == 2100


def _dialog(qtbot, today, kind):
    qtbot.waitUntil(lambda: isinstance(getattr(today, "_dialog", None), kind))
    dialog = today._dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_guided_chair_stand(qtbot, services, today) -> None:
    from dmtracker.ui.today.self_test_dialog import SelfTestDialog

    keys(qtbot, "{ctrl+t}")
    dialog = _dialog(qtbot, today, SelfTestDialog)
    assert dialog.kind().key == "chair_stand_30s"
    assert "armless chair" in dialog.instruction.text()
    keys(qtbot, "{space}")
    assert dialog.running and dialog.ticker.isActive()
    dialog.elapsed.start()
    dialog.finish()  # the 30 s are up
    assert dialog.clock_label.text() == "Time!"
    assert QApplication.focusWidget() is dialog.value
    keys(qtbot, "12 {enter}")
    test = services.self_tests.list()[0]
    assert (test.kind, test.value, test.unit, test.day) == ("chair_stand_30s", 12, "count", TODAY)
    assert today.tests_table.model().rowCount() == 1


def test_stopwatch_time_is_accepted(qtbot, services, today) -> None:
    from dmtracker.ui.today.self_test_dialog import SelfTestDialog

    keys(qtbot, "{ctrl+t}")
    dialog = _dialog(qtbot, today, SelfTestDialog)
    dialog.tests.setCurrentRow(2)  # Timed Up and Go
    dialog.tests.setFocus()
    keys(qtbot, "{space}")
    qtbot.wait(150)
    keys(qtbot, "{space}")
    assert not dialog.running and float(dialog.value.text()) >= 0.1
    dialog.value.setText("9.4")
    keys(qtbot, "{enter}")
    test = services.self_tests.list()[0]
    assert test.kind == "timed_up_and_go" and test.value == Decimal("9.4") and test.unit == "s"


def test_self_test_bad_value_is_refused_and_kept(qtbot, services, today) -> None:
    from dmtracker.ui.today.self_test_dialog import SelfTestDialog

    keys(qtbot, "{ctrl+t}")
    dialog = _dialog(qtbot, today, SelfTestDialog)
    dialog.value.setFocus()
    keys(qtbot, "lots {enter}")
    assert "Result" in dialog.error.text() and dialog.isVisible()
    assert dialog.value.text() == "lots"
    assert services.self_tests.list() == []


def test_rash_two_sites_by_keyboard(qtbot, services, today) -> None:
    from dmtracker.ui.today.rash_dialog import RashDialog

    keys(qtbot, "{ctrl+r}")
    dialog = _dialog(qtbot, today, RashDialog)
    keys(qtbot, "{alt+y} 2 {alt+k} 3 {ctrl+s}")
    entries = {e.site: e for e in services.rash.list()}
    assert set(entries) == {"eyelids", "knuckles"}
    assert entries["eyelids"].redness == 2 and entries["knuckles"].redness == 3
    assert not dialog.isVisible()
    assert "Patient-reported rash score: 5" in today.rash_text.text()


def test_open_sore_shows_the_red_flag_before_saving(qtbot, services, today) -> None:
    from dmtracker.ui.safety.red_flag import RedFlagDialog
    from dmtracker.ui.today.rash_dialog import RashDialog

    keys(qtbot, "{ctrl+r}")
    dialog = _dialog(qtbot, today, RashDialog)
    row = next(r for r in dialog.rows if r.site == "knuckles")
    row.redness.set_value(3)
    row.sore.setChecked(True)
    seen = {}

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        seen["dialog"] = modal
        seen["saved_before"] = len(services.rash.list())
        assert isinstance(modal, RedFlagDialog)
        assert not modal.ok.isEnabled()
        modal.read.setChecked(True)
        modal.ok.click()

    QTimer.singleShot(100, answer)
    assert dialog.save()
    assert seen["saved_before"] == 0
    assert "Seek urgent medical care now" in seen["dialog"].groups[0].message
    assert services.rash.list()[0].open_sore


def test_rash_photo_and_refusal(qtbot, services, today, tmp_path: Path) -> None:
    from dmtracker.ui.today.rash_dialog import PhotoCompareDialog, RashDialog

    keys(qtbot, "{ctrl+r}")
    dialog = _dialog(qtbot, today, RashDialog)
    row = next(r for r in dialog.rows if r.site == "eyelids")
    assert not dialog.attach_photo(row, str(_png(tmp_path / "a.png")))  # site not rated yet
    assert "Photo not added" in dialog.error.text()
    row.redness.set_value(2)
    assert dialog.attach_photo(row, str(_png(tmp_path / "a.png")))
    assert row.thumb.pixmap() is not None and not row.thumb.pixmap().isNull()
    bad = tmp_path / "b.png"
    bad.write_text("not a picture")
    assert not dialog.attach_photo(row, str(bad))
    assert "Photo not added" in dialog.error.text()
    assert len(services.photos.list()) == 1
    compare = PhotoCompareDialog(services, dialog)
    qtbot.addWidget(compare)
    assert compare.site.count() == 1 and compare.left.count() == 1


def _png(path: Path, w: int = 40, h: int = 30) -> Path:
    return write_png(path, w, h, b"\xc0\x40\x80")


def test_history_delete_undo_and_open(qtbot, services, window) -> None:
    for d, pain in (("2026-11-20", 3), ("2026-11-21", 5)):
        services.checkins.save_day({"day": d, "pain": pain, "notes": f"day {pain}"})
    services.self_tests.add({"day": "2026-11-21", "kind": "grip", "value": "21.5"})
    services.rash.add({"day": "2026-11-21", "site": "eyelids", "redness": 1})
    keys(qtbot, "{ctrl+2}")
    history = window.pages[1]
    history.refresh()  # written behind the UI's back
    assert history.table.model().rowCount() == 2
    history.select_day(date(2026, 11, 21))
    history.table.setFocus()
    before = services.days.history()[-1]
    keys(qtbot, "{del}")
    assert [r.day for r in services.days.history()] == [date(2026, 11, 20)]
    assert services.self_tests.list() == [] and services.rash.list() == []
    keys(qtbot, "{ctrl+z}")
    after = services.days.history()[-1]
    assert after == before
    history.select_day(date(2026, 11, 20))
    history.table.setFocus()
    keys(qtbot, "{enter}")
    assert window.stack.currentIndex() == 0
    assert window.pages[0].day == date(2026, 11, 20)
    assert window.pages[0].inputs["pain"].value() == 3


def test_history_filters(qtbot, demo_services, tmp_path: Path) -> None:
    from dmtracker.ui.history.page import HistoryPage

    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_services(demo_services)
    total = page.table.model().rowCount()
    page.use_range.setChecked(True)
    page.start.setDate(page.start.date().fromString("2026-06-01", "yyyy-MM-dd"))
    page.end.setDate(page.end.date().fromString("2026-06-30", "yyyy-MM-dd"))
    shown = page.table.model().rowCount()
    assert 0 < shown <= 30 < total
    page.filter.setText("headache")
    assert page.table.model().rowCount() <= shown
    page.use_range.setChecked(False)
    page.filter.clear()
    assert page.table.model().rowCount() == total


def test_text_size_and_themes(qtbot, window) -> None:
    keys(qtbot, "{ctrl+=}")
    assert window.scale == 125
    assert "font-size: 14pt" in QApplication.instance().styleSheet()
    window.set_scale(200)
    assert "font-size: 22pt" in QApplication.instance().styleSheet()
    window.set_theme("contrast")
    assert (
        QApplication.instance()
        .palette()
        .color(QApplication.instance().palette().ColorRole.Window)
        .name()
        == "#ffffff"
    )
    window.set_theme("dark")
    window.set_scale(100)
    assert window.settings.value("view/theme") == "dark"


def test_reminder_banner_until_logged(qtbot, services, window, today) -> None:
    window.settings.setValue("reminder/time", "09:00")
    assert window.check_reminder()
    assert today.reminder.isVisibleTo(today)
    today.inputs["pain"].set_value(2)
    today.save()
    assert not window.check_reminder()
    assert not today.reminder.isVisibleTo(today)
    window.settings.setValue("reminder/enabled", "false")
    services.checkins.delete(services.checkins.list()[0].id)
    assert not window.check_reminder()


def test_unsaved_form_survives_as_a_draft(qtbot, services, tmp_path: Path) -> None:
    w = MainWindow(settings_path=tmp_path / "ui2.ini")
    qtbot.addWidget(w)
    w.set_services(services)
    page = w.pages[0]
    page.inputs["pain"].set_value(7)
    page.notes.setPlainText("typed, not saved")
    qtbot.waitUntil(lambda: services.settings.get("today/draft") is not None, timeout=3000)
    w.close()  # as if the app died here
    again = MainWindow(settings_path=tmp_path / "ui3.ini")
    qtbot.addWidget(again)
    again.set_services(services)
    page2 = again.pages[0]
    assert page2.inputs["pain"].value() == 7
    assert page2.notes.toPlainText() == "typed, not saved"
    assert "Restored what you typed" in page2.status.text()
    assert page2.save()
    assert services.settings.get("today/draft") is None
    assert services.checkins.for_day(TODAY).pain == 7
