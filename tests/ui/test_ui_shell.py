"""The main window shell with real services: navigation by keyboard, pages show the data,
geometry is remembered, every table model passes Qt's model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from dmtracker.ui.kit.widgets import RecordTable
from dmtracker.ui.shell.main_window import PAGES, MainWindow


@pytest.fixture
def window(qtbot, demo_services, tmp_path: Path):
    w = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.set_services(demo_services, is_demo=True)
    return w


def test_ctrl_number_switches_sections(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for i in range(len(PAGES), 0, -1):
        qtbot.keyClick(window.nav, str(i), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == i - 1
        assert window.nav.currentRow() == i - 1


def test_pages_show_the_demo_data(window, demo_services) -> None:
    for i in range(len(PAGES)):  # pages load when first shown
        window.show_page(i)
    history = window.pages[1].table
    assert history.model().rowCount() == len(demo_services.days.history())
    treatments = window.pages[2]
    assert treatments.infusions.model().rowCount() == demo_services.infusions.count()
    red = [r for r in treatments.effects.model_.rows if r.red_flag]
    assert len(red) == 1
    clinic = window.pages[3]
    assert clinic.visits.model().rowCount() == demo_services.clinic.count()
    assert "demo profile" in window.windowTitle() and window.banner.isVisible()


def test_every_table_model_passes_the_model_tester(window, qtmodeltester) -> None:
    for i in range(len(PAGES)):
        window.show_page(i)
    tables = window.findChildren(RecordTable)
    assert len(tables) >= 8
    for table in tables:
        qtmodeltester.check(table.model_)
        qtmodeltester.check(table.proxy)


def test_history_filter_and_sort(window, qtbot) -> None:
    window.show_page(1)
    page = window.pages[1]
    total = page.table.model().rowCount()
    qtbot.keyClicks(page.filter, "2026-06")
    shown = page.table.model().rowCount()
    assert 0 < shown <= 30 < total
    page.filter.clear()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = page.table.model().index(0, 0).data()
    last = page.table.model().index(total - 1, 0).data()
    assert first < last


def test_lab_flags_use_words_and_symbols(window) -> None:
    window.show_page(3)
    labs = window.pages[3].labs
    flags = {labs.model().index(r, 4).data() for r in range(labs.model().rowCount())}
    assert "▲ high" in flags and "in range" in flags


def test_geometry_is_remembered(qtbot, services, tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    w = MainWindow(settings_path=ini)
    qtbot.addWidget(w)
    w.set_services(services)
    w.setGeometry(QRect(50, 60, 700, 500))
    w.show()
    qtbot.waitExposed(w)
    w.close()
    again = MainWindow(settings_path=ini)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_start_own_diary_signal(window, qtbot) -> None:
    with qtbot.waitSignal(window.start_own_diary, timeout=1000):
        qtbot.mouseClick(window.own_button, Qt.MouseButton.LeftButton)


def test_backup_from_the_menu(window, demo_services, qtbot) -> None:
    before = len(demo_services.maintenance.backups())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, "b", Qt.KeyboardModifier.ControlModifier)
    assert len(demo_services.maintenance.backups()) == before + 1
    assert "Backup saved" in window.statusBar().currentMessage()


def test_window_draws(window) -> None:
    QApplication.processEvents()
    image = window.grab().toImage()
    # a first window fills the screen up to 1366 × 900 (offscreen, the screen is 800 px wide)
    free = window.screen().availableGeometry()
    assert not image.isNull() and image.width() >= min(900, free.width() - 16)


def test_f1_lists_every_shortcut_and_theme_items_have_their_own_letter(window) -> None:
    from dmtracker.ui.shell.menus import shortcut_groups, theme_menu_text
    from dmtracker.ui.shell.style import THEMES

    keys = {k for _title, rows in shortcut_groups() for k, _what in rows}
    for needed in ("Ctrl+S", "Ctrl+T", "Ctrl+R", "Ctrl+B", "F1"):
        assert any(needed in k for k in keys), needed
    assert any("Ctrl+Z" in k for k in keys) and any("Ctrl+Enter" in k for k in keys)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    letters = [
        a.text()[a.text().index("&") + 1].lower()
        for a in view.actions()
        if not a.isSeparator() and "&" in a.text()
    ]
    assert len(letters) == len(set(letters)), letters
    assert all("&" in theme_menu_text(t) for t in THEMES)
    assert len([a for a in view.actions() if not a.isSeparator()]) == len(letters)
