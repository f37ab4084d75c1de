"""Issue 20: View ▸ Language — the four choices, the setting kept in the window's own settings
file, the language of the next start (``--language`` wins over the setting), and dates typed
the language's way.

The texts in German come from the shipped catalogue (``resources/i18n/dmtracker_de.qm``, built
by ``make translations``)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from tests.ui.conftest import on_modal

from dmtracker import i18n
from dmtracker.ui.kit.inputs import DateInput, parse_typed_date
from dmtracker.ui.shell.language import LANGUAGE_KEY, use_at_start
from dmtracker.ui.shell.main_window import MainWindow

GERMAN = (i18n.CATALOG_DIR / "dmtracker_de.qm").exists()
needs_german = pytest.mark.skipif(not GERMAN, reason="no German catalogue: make translations")


def _language_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    return menu


def _entries(window: MainWindow) -> list[str]:
    return [
        a.text().replace("&", "")
        for a in _language_menu(window).actions()
        if a.isCheckable() and a.isVisible()
    ]


def _start(qtbot, ini: Path, command_line: str | None = None) -> MainWindow:
    """What ``app.py`` does before the window is painted: the language first, then the window."""
    use_at_start(ini, command_line)
    window = MainWindow(settings_path=ini, command_line_language=command_line)
    qtbot.addWidget(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_menu_lists_the_system_default_and_each_language_in_its_own_name(
    qtbot, tmp_path
) -> None:
    window = _start(qtbot, tmp_path / "ui.ini")
    system = i18n.LANGUAGES[i18n.system_code()]
    assert _entries(window) == [f"System default ({system})", "English", "Deutsch", "Español"]
    menu = _language_menu(window)
    assert menu.title() == "Lan&guage"  # Alt+V, then G: reached from the keyboard
    checked = [a for a in menu.actions() if a.isChecked()]
    assert [a.data() for a in checked] == ["system"]  # nothing chosen yet
    assert all("&" in a.text() for a in menu.actions() if a.isCheckable())


def test_choosing_deutsch_keeps_it_and_the_next_start_is_in_german(qtbot, tmp_path) -> None:
    ini = tmp_path / "ui.ini"
    window = _start(qtbot, ini)
    seen: dict[str, str] = {}

    def later(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["buttons"] = " ".join(b.text() for b in box.buttons())
        later_button = box.escapeButton()
        assert later_button is not None
        later_button.click()  # Later: nothing else happens now

    on_modal(QMessageBox, later, looks=300)
    window.language_actions["de"].trigger()
    assert "text" in seen, "the message about the restart was not shown"
    assert not window.restart_requested
    assert window.language_actions["de"].isChecked()
    stored = QSettings(str(ini), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
    assert stored == "de"  # written to the window's own settings file
    assert i18n.current().code == "en"  # the window keeps its language until the restart
    if GERMAN:  # the message is in the language chosen
        assert "Neustart" in seen["text"] or "neu starten" in seen["text"].lower()
        assert "Später" in seen["buttons"]
    window.close()

    again = _start(qtbot, ini)  # the next start
    assert i18n.current().code == "de"
    assert again.language_actions["de"].isChecked()
    assert not again.language_note.isVisible()
    if GERMAN:
        assert "&Datei" in _menu_titles(again) and "&Ansicht" in _menu_titles(again)
        assert again.nav.item(0).text() == "Heute"


def test_choosing_the_language_shown_keeps_it_without_asking(qtbot, tmp_path) -> None:
    ini = tmp_path / "ui.ini"
    window = _start(qtbot, ini, command_line="en")
    asked: list[str] = []
    on_modal(QMessageBox, lambda box: (asked.append(box.text()), box.reject()), looks=30)
    window.language_actions["en"].trigger()
    qtbot.wait(400)  # the time a message box would have taken to show
    assert asked == []  # nothing changes on a restart: no question
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "en"
    assert window.statusBar().currentMessage() == "Language: English"
    assert not window.language_note.isVisible()  # the menu's choice now, not the command line


def test_the_command_line_language_wins_over_the_setting(qtbot, tmp_path) -> None:
    ini = tmp_path / "ui.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "de")
    settings.sync()
    window = _start(qtbot, ini, command_line="es")
    assert i18n.current().code == "es"
    assert window.language_actions["es"].isChecked()
    assert not window.language_actions["de"].isChecked()
    note = window.language_note
    assert note.isVisible() and not note.isEnabled()  # said, greyed: not a choice
    assert "--language es" in note.text() and "Español" in note.text()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "de"


def test_restart_now_closes_the_window_and_asks_for_a_new_start(qtbot, tmp_path) -> None:
    window = _start(qtbot, tmp_path / "ui.ini")
    window.show()
    qtbot.waitExposed(window)

    def restart_now(box: QMessageBox) -> None:
        default = box.defaultButton()
        now = next(b for b in box.buttons() if b is not box.escapeButton())
        assert default is box.escapeButton()  # Enter is "Later": a restart is never by chance
        now.click()

    on_modal(QMessageBox, restart_now, looks=300)
    window.language_actions["es"].trigger()
    assert window.restart_requested  # app.py starts the app again once the diary is closed
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_restart_command_repeats_the_arguments_less_the_language() -> None:
    from dmtracker.startup import restart_command

    program, arguments = restart_command(
        ["/venv/bin/dmtracker", "--data-dir", "/tmp/d", "--language", "de", "--demo"]
    )
    assert program == sys.executable  # the same interpreter runs the same script
    assert arguments == ["/venv/bin/dmtracker", "--data-dir", "/tmp/d", "--demo"]
    _program, arguments = restart_command(["/x/dmtracker/__main__.py", "--language=es"])
    assert arguments == ["-m", "dmtracker"]


def test_a_date_field_in_german_takes_german_dates_and_refuses_in_german(qtbot, show) -> None:
    i18n.use("de")
    field = DateInput("Datum", date(2026, 11, 25))
    show(field)
    assert field.text() == "25.11.2026"  # shown the German way
    assert field.edit.placeholderText() in ("TT.MM.JJJJ", "DD.MM.YYYY")
    for typed in ("07.12.2026", "7.12.26", "2026-12-07"):
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, typed)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
        assert field.value() == date(2026, 12, 7), typed
        assert field.text() == "07.12.2026"  # what was taken, as it is saved
    assert parse_typed_date("31.02.2026")[0] is None
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31.02.2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "31.02.2026"  # never altered
    assert field.problem()
    if GERMAN:
        assert "kein Datum im Kalender" in field.problem()
    QApplication.processEvents()


@needs_german
def test_the_refusal_of_an_impossible_date_is_in_german() -> None:
    i18n.use("de")
    d, reason = parse_typed_date("31.02.2026")
    assert d is None and reason == "„31.02.2026“ ist kein Datum im Kalender"
