"""The first start: the welcome screen, the way back to the demo, the first window fitting the
screen, the page the window was closed on, and what each page says when the diary is empty."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from tests.ui.conftest import on_modal

from dmtracker.ui.shell import placement, welcome
from dmtracker.ui.shell.main_window import PAGES, MainWindow


def _args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"demo": False, "smoke_test": False, **kw})


def _answer(qtbot, choice: str | None) -> None:
    """Answer the welcome screen once it is up: Enter (the default), the demo button, or Esc
    (None). (The Alt letters are pressed in a real window by tests/acceptance.)"""

    def press(dialog: welcome.WelcomeDialog) -> None:
        if choice == welcome.OWN:
            assert dialog.own_button.isDefault()
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        elif choice == welcome.DEMO:
            dialog.demo_button.click()
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            dialog.done(0)  # never left waiting

    on_modal(welcome.WelcomeDialog, press, looks=251, every_ms=20)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    w = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(w)
    return w


def test_the_welcome_screen_starts_an_own_diary_by_default(qtbot, window, paths) -> None:
    args = _args()
    assert welcome.is_first_start(paths)
    _answer(qtbot, welcome.OWN)
    assert welcome.choose_profile(window, args, paths)
    assert args.demo is False and paths.db.exists()  # the empty diary, the user's own
    assert not welcome.is_first_start(paths)
    assert welcome.choose_profile(window, args, paths)  # asked once only: no dialog now


def test_the_welcome_screen_offers_the_demo(qtbot, window, paths) -> None:
    args = _args()
    _answer(qtbot, welcome.DEMO)
    assert welcome.choose_profile(window, args, paths)
    assert args.demo is True and not paths.db.exists()


def test_closing_the_welcome_screen_writes_nothing(qtbot, window, paths) -> None:
    _answer(qtbot, None)
    assert not welcome.choose_profile(window, _args(), paths)
    assert not paths.root.exists() or not any(paths.root.iterdir())


def test_no_welcome_screen_unattended_or_with_demo(window, paths, monkeypatch) -> None:
    assert welcome.choose_profile(window, _args(smoke_test=True), paths)
    assert welcome.choose_profile(window, _args(demo=True), paths)
    monkeypatch.setenv("DMTRACKER_EXIT_AFTER_START", "1")
    assert welcome.choose_profile(window, _args(), paths)
    assert not paths.db.exists()


def test_the_demo_can_be_opened_again_from_the_file_menu(qtbot, window, services, tmp_path) -> None:
    window.set_services(services, is_demo=False)
    assert window.demo_action.isVisible() and not window.own_action.isVisible()
    assert "&" in window.demo_action.text()
    with qtbot.waitSignal(window.explore_demo, timeout=1000):
        window.demo_action.trigger()
    from dmtracker.storage.paths import DataPaths

    demo = welcome.open_demo(DataPaths(tmp_path / "root" / "demo"))
    try:
        assert demo.paths.root == tmp_path / "root" / "demo" and demo.checkins.count() > 300
        window.set_services(demo, is_demo=True)
        assert not window.demo_action.isVisible() and window.own_action.isVisible()
    finally:
        demo.close()


def test_the_first_window_fits_the_screen(window) -> None:
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    size = placement.first_size(window, QSize(5000, 5000))
    assert size.width() <= free.width() and size.height() <= free.height()
    assert placement.first_size(window, QSize(100, 100)) == window.minimumSize().expandedTo(
        QSize(100, 100)
    )


def test_the_window_reopens_on_the_page_it_was_closed_on(qtbot, services, tmp_path) -> None:
    ini = tmp_path / "ui.ini"
    first = MainWindow(settings_path=ini)
    qtbot.addWidget(first)
    first.set_services(services)
    first.show_page(3)
    first.close()
    again = MainWindow(settings_path=ini)
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == 3 and again.nav.currentRow() == 3
    again.set_services(services)
    assert again.current_page().title == PAGES[3][0]
    first.settings.setValue(placement.PAGE_KEY, "nonsense")
    first.settings.sync()
    third = MainWindow(settings_path=ini)
    qtbot.addWidget(third)
    assert third.stack.currentIndex() == 0


def test_every_page_of_an_empty_diary_says_what_to_do_first(qtbot, window, services) -> None:
    window.show()
    window.set_services(services, is_demo=False)
    for index in range(len(PAGES)):
        window.show_page(index)
        page = window.pages[index]
        shown = [
            label.text()
            for label in page.findChildren(QLabel)
            if label.objectName() in ("emptyState", "status") and label.isVisibleTo(page)
        ]
        assert any(("Start here" in t or "start here" in t) for t in shown), (page.title, shown)


def test_the_welcome_screen_and_the_file_menu_have_one_thing_per_alt_letter(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton

    dialog = welcome.WelcomeDialog(Path("/tmp/diary"), window)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    letters = [t.replace("&&", "").split("&", 1)[1][0].lower() for t in texts if "&" in t]
    assert sorted(letters) == ["e", "m"]
    file_menu = window.menuBar().actions()[0].menu()
    items = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    letters = [t.split("&", 1)[1][0].lower() for t in items]
    assert len(letters) == len(set(letters)), items
    assert "Explore the &demo" in items


@pytest.mark.parametrize(("key", "leaves"), [(Qt.Key.Key_Return, True), (Qt.Key.Key_Escape, False)])
def test_leaving_the_demo_is_asked_first(qtbot, window, tmp_path, key, leaves) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["title"] = box.windowTitle()
        seen["text"] = box.text()
        qtbot.keyClick(box, key)
        if box.isVisible():
            box.done(0)

    QTimer.singleShot(0, answer)
    assert welcome.confirm_leaving_demo(window, tmp_path / "diary") is leaves
    assert seen["title"] == welcome.LEAVE_TITLE and "Explore the demo" in seen["text"]
