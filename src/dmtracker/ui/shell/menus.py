"""The main window's menus and their shortcuts, and the Help menu's two boxes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from dmtracker import __version__
from dmtracker.ui.shell.pages import PAGES
from dmtracker.ui.shell.style import THEMES

if TYPE_CHECKING:
    from dmtracker.ui.shell.main_window import MainWindow

ABOUT = """<h2>dmtracker {version}</h2>
<p>A private diary for adults with dermatomyositis: daily symptoms, self-tests, rash,
IVIG infusions and side effects, medications, clinic results and reports.</p>
<p>Your data stays on this computer, in<br><code>{data}</code><br>
It leaves only when you export it.</p>
<p>dmtracker informs; it does not give medical advice. Scores it shows are computed by the
app from the values entered. In an emergency call your local emergency number.</p>
<p>Free software under the GNU GPL v3 or later.</p>"""


#: The View menu's theme items, each with its own Alt letter (none shared in that menu).
THEME_MENU_TEXT = {
    "system": "Follow the &system",
    "light": "Lig&ht",
    "dark": "&Dark",
    "contrast": "High &contrast",
}

#: Help ▸ Keyboard shortcuts (F1): every key the app answers to, by where it works.
SHORTCUT_GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere",
        [
            ("Ctrl+B", "Back up now"),
            ("Ctrl+= / Ctrl+- / Ctrl+0", "Larger / smaller / normal text"),
            ("F1", "This list"),
            ("Ctrl+Q", "Quit"),
            ("Tab / Shift+Tab", "Next / previous control"),
            ("Alt+underlined letter", "That button, field, tab or menu"),
        ],
    ),
    (
        "Today",
        [
            ("Ctrl+S", "Save the check-in"),
            ("Ctrl+T", "Add a self-test"),
            ("Ctrl+R", "Log the rash"),
            ("0–9, Up / Down, + / −", "Set a 0–10 scale"),
        ],
    ),
    (
        "Forms and dialogs",
        [
            ("Ctrl+S or Ctrl+Enter", "Save"),
            ("Esc", "Close without saving"),
            ("Alt+Down or F4", "Open the calendar of a date field (dates can also be typed)"),
        ],
    ),
    (
        "Lists",
        [
            ("Enter", "Open the selected day (History)"),
            ("Delete", "Delete the selected entry (History, Clinic)"),
            ("Ctrl+Z", "Undo the delete (History)"),
        ],
    ),
]


@dataclass
class MenuActions:
    """The menu items the window changes later (enabled, visible, checked)."""

    backup: QAction
    own: QAction  # Start my own diary: shown with the demo profile only
    demo: QAction  # Explore the demo: shown with the user's own diary
    encrypt: QAction  # connected by the session (ui/shell/session.py)
    themes: dict[str, QAction]


def _action(
    window: QWidget,
    menu: QMenu,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> MenuActions:
    """File, Go, View and Help, on ``window``'s menu bar."""
    bar = window.menuBar()
    file = bar.addMenu("&File")
    backup = _action(window, file, "&Back up now", window.back_up, "Ctrl+B")
    own = _action(window, file, "Start my &own diary", window.start_own_diary.emit)
    own.setVisible(False)
    demo = _action(window, file, "Explore the &demo", window.explore_demo.emit)
    encrypt = _action(window, file, "&Encryption (passphrase)…", lambda: None)
    file.addSeparator()
    _action(window, file, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    go = bar.addMenu("&Go")
    for i, (name, _cls) in enumerate(PAGES, start=1):
        _action(window, go, f"&{name}", _go_to(window, i - 1), f"Ctrl+{i}")
    view = bar.addMenu("&View")
    _action(window, view, "&Larger text", lambda: window.change_scale(+1), "Ctrl+=")
    _action(window, view, "S&maller text", lambda: window.change_scale(-1), "Ctrl+-")
    _action(window, view, "&Normal text size", lambda: window.set_scale(100), "Ctrl+0")
    view.addSeparator()
    themes: dict[str, QAction] = {}
    group = QActionGroup(window)
    for key, label in THEMES.items():
        text = THEME_MENU_TEXT.get(key, label)
        action = _action(window, view, text, _theme(window, key))
        action.setCheckable(True)
        group.addAction(action)
        themes[key] = action
    view.addSeparator()
    _action(window, view, "Daily &reminder…", window.edit_reminder)
    help_menu = bar.addMenu("&Help")
    _action(window, help_menu, "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1")
    _action(window, help_menu, "&About dmtracker", lambda: show_about(window, window.data_folder()))
    return MenuActions(backup, own, demo, encrypt, themes)


def _go_to(window: MainWindow, index: int) -> Callable[[], None]:
    return lambda: window.show_page(index)


def _theme(window: MainWindow, key: str) -> Callable[[], None]:
    return lambda: window.set_theme(key)


def show_shortcuts(parent: QWidget) -> None:
    """Help ▸ Keyboard shortcuts: the sections' keys, then :data:`SHORTCUT_GROUPS`."""
    pages = [(f"Ctrl+{i}", name) for i, (name, _c) in enumerate(PAGES, start=1)]
    groups = [("Go to a section", pages), *SHORTCUT_GROUPS]
    html = "".join(
        f"<tr><th colspan='2' align='left'>{title}</th></tr>"
        + "".join(f"<tr><td>{keys}</td><td>{what}</td></tr>" for keys, what in rows)
        for title, rows in groups
    )
    QMessageBox.information(parent, "Keyboard shortcuts", f"<table>{html}</table>")


def show_about(parent: QWidget, data: Path | None) -> None:
    """Help ▸ About: the version, where the data is, what the app is and is not."""
    text = ABOUT.format(version=__version__, data=data if data is not None else "(not open)")
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About dmtracker", text, parent=parent)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))  # the app icon (set in app.py)
    box.exec()
