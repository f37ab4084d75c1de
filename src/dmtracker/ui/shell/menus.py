"""The main window's menus and their shortcuts, and the Help menu's two boxes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from dmtracker import __version__, i18n
from dmtracker.i18n import translate
from dmtracker.ui.shell.language import CHOICES, menu_text
from dmtracker.ui.shell.pages import PAGES, page_name
from dmtracker.ui.shell.style import THEMES

if TYPE_CHECKING:
    from dmtracker.ui.shell.main_window import MainWindow


def about_text() -> str:
    """Help ▸ About's text (placeholders ``{version}`` and ``{data}``)."""
    return translate(
        "MainWindow",
        """<h2>dmtracker {version}</h2>
<p>A private diary for adults with dermatomyositis: daily symptoms, self-tests, rash,
IVIG infusions and side effects, medications, clinic results and reports.</p>
<p>Your data stays on this computer, in<br><code>{data}</code><br>
It leaves only when you export it.</p>
<p>dmtracker informs; it does not give medical advice. Scores it shows are computed by the
app from the values entered. In an emergency call your local emergency number.</p>
<p>Free software under the GNU GPL v3 or later.</p>""",
    )


def theme_menu_text(key: str) -> str:
    """The View menu's theme items, each with its own Alt letter (none shared in that menu)."""
    if key == "light":
        return translate("MainWindow", "Lig&ht")
    if key == "dark":
        return translate("MainWindow", "&Dark")
    if key == "contrast":
        return translate("MainWindow", "High &contrast")
    return translate("MainWindow", "Follow the &system")


def shortcut_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """Help ▸ Keyboard shortcuts (F1): every key the app answers to, by where it works."""
    return [
        (
            translate("KeyboardShortcuts", "Anywhere"),
            [
                ("Ctrl+B", translate("KeyboardShortcuts", "Back up now")),
                (
                    "Ctrl+= / Ctrl+- / Ctrl+0",
                    translate("KeyboardShortcuts", "Larger / smaller / normal text"),
                ),
                ("F1", translate("KeyboardShortcuts", "This list")),
                ("Ctrl+Q", translate("KeyboardShortcuts", "Quit")),
                ("Tab / Shift+Tab", translate("KeyboardShortcuts", "Next / previous control")),
                (
                    translate("KeyboardShortcuts", "Alt+underlined letter"),
                    translate("KeyboardShortcuts", "That button, field, tab or menu"),
                ),
            ],
        ),
        (
            translate("KeyboardShortcuts", "Today"),
            [
                ("Ctrl+S", translate("KeyboardShortcuts", "Save the check-in")),
                ("Ctrl+T", translate("KeyboardShortcuts", "Add a self-test")),
                ("Ctrl+R", translate("KeyboardShortcuts", "Log the rash")),
                ("0–9, Up / Down, + / −", translate("KeyboardShortcuts", "Set a 0–10 scale")),
            ],
        ),
        (
            translate("KeyboardShortcuts", "Forms and dialogs"),
            [
                (
                    translate("KeyboardShortcuts", "Ctrl+S or Ctrl+Enter"),
                    translate("KeyboardShortcuts", "Save"),
                ),
                ("Esc", translate("KeyboardShortcuts", "Close without saving")),
                (
                    translate("KeyboardShortcuts", "Alt+Down or F4"),
                    translate(
                        "KeyboardShortcuts",
                        "Open the calendar of a date field (dates can also be typed)",
                    ),
                ),
            ],
        ),
        (
            translate("KeyboardShortcuts", "Lists"),
            [
                ("Enter", translate("KeyboardShortcuts", "Open the selected day (History)")),
                (
                    "Delete",
                    translate("KeyboardShortcuts", "Delete the selected entry (History, Clinic)"),
                ),
                ("Ctrl+Z", translate("KeyboardShortcuts", "Undo the delete (History)")),
            ],
        ),
    ]


_KEY_WORDS = re.compile(r"\b(Ctrl|Shift|Alt|Esc|Enter|Delete|Tab|Up|Down|Home|End|Backspace)\b")
_MODIFIERS = ("Ctrl", "Shift", "Alt")


def native_keys(text: str) -> str:
    """Key names in ``text`` as the keyboard of the language names them (Qt's own
    translations: "Ctrl+B" reads "Strg+B" in German, "Delete" "Entf")."""

    def one(m: re.Match[str]) -> str:
        word = m.group(1)
        native = QKeySequence.SequenceFormat.NativeText
        if word in _MODIFIERS:
            return QKeySequence(f"{word}+A").toString(native)[:-2] or word
        return QKeySequence(word).toString(native) or word

    return _KEY_WORDS.sub(one, text)


@dataclass
class MenuActions:
    """The menu items the window changes later (enabled, visible, checked)."""

    backup: QAction
    own: QAction  # Start my own diary: shown with the demo profile only
    demo: QAction  # Explore the demo: shown with the user's own diary
    encrypt: QAction  # connected by the session (ui/shell/session.py)
    themes: dict[str, QAction]
    languages: dict[str, QAction]  # View ▸ Language, by setting value (system, en, de, es)
    language_note: QAction  # "chosen on the command line" (shown when --language was given)


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
    file = bar.addMenu(translate("MainWindow", "&File"))
    backup = _action(
        window, file, translate("MainWindow", "&Back up now"), window.back_up, "Ctrl+B"
    )
    own = _action(
        window, file, translate("MainWindow", "Start my &own diary"), window.start_own_diary.emit
    )
    own.setVisible(False)
    demo = _action(
        window, file, translate("MainWindow", "Explore the &demo"), window.explore_demo.emit
    )
    encrypt = _action(
        window, file, translate("MainWindow", "&Encryption (passphrase)…"), lambda: None
    )
    _action(window, file, translate("MainWindow", "&Person details…"), window.person_details.emit)
    file.addSeparator()
    _action(window, file, translate("MainWindow", "S&witch diary…"), window.switch_diary.emit)
    _action(window, file, translate("MainWindow", "&New diary…"), window.new_diary.emit)
    _action(window, file, translate("MainWindow", "&Rename diary…"), window.rename_diary.emit)
    _action(window, file, translate("MainWindow", "Remo&ve diary…"), window.remove_diary.emit)
    file.addSeparator()
    _action(
        window, file, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )
    go = bar.addMenu(translate("MainWindow", "&Go"))
    for i in range(1, len(PAGES) + 1):
        _action(window, go, f"&{page_name(i - 1)}", _go_to(window, i - 1), f"Ctrl+{i}")
    view = bar.addMenu(translate("MainWindow", "&View"))
    _action(
        window,
        view,
        translate("MainWindow", "&Larger text"),
        lambda: window.change_scale(+1),
        "Ctrl+=",
    )
    _action(
        window,
        view,
        translate("MainWindow", "S&maller text"),
        lambda: window.change_scale(-1),
        "Ctrl+-",
    )
    _action(
        window,
        view,
        translate("MainWindow", "&Normal text size"),
        lambda: window.set_scale(100),
        "Ctrl+0",
    )
    view.addSeparator()
    themes: dict[str, QAction] = {}
    group = QActionGroup(window)
    for key in THEMES:
        action = _action(window, view, theme_menu_text(key), _theme(window, key))
        action.setCheckable(True)
        group.addAction(action)
        themes[key] = action
    view.addSeparator()
    languages, note = _language_menu(window, view)
    _action(window, view, translate("MainWindow", "Daily &reminder…"), window.edit_reminder)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(
        window,
        help_menu,
        translate("MainWindow", "&Keyboard shortcuts"),
        lambda: show_shortcuts(window),
        "F1",
    )
    _action(
        window,
        help_menu,
        translate("MainWindow", "&About dmtracker"),
        lambda: show_about(window, window.data_folder()),
    )
    return MenuActions(backup, own, demo, encrypt, themes, languages, note)


def _language_menu(window: MainWindow, view: QMenu) -> tuple[dict[str, QAction], QAction]:
    """View ▸ Language: the system's language and each language dmtracker speaks, named in
    its own language; one is ticked. A note (greyed) says when ``--language`` chose it."""
    menu = view.addMenu(translate("MainWindow", "Lan&guage"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for code in CHOICES:
        action = _action(window, menu, menu_text(code), _language(window, code))
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)
        actions[code] = action
    menu.addSeparator()
    chosen = window.command_line_language or ""
    shown = i18n.LANGUAGES.get(chosen, menu_text(i18n.SYSTEM).replace("&", ""))
    note = QAction(
        translate(
            "MainWindow", "{language}: chosen on the command line (--language {code})"
        ).format(language=shown, code=chosen),
        window,
    )
    note.setEnabled(False)
    note.setVisible(False)
    menu.addAction(note)
    return actions, note


def _language(window: MainWindow, code: str) -> Callable[[], None]:
    return lambda: window.choose_language(code)


def _go_to(window: MainWindow, index: int) -> Callable[[], None]:
    return lambda: window.show_page(index)


def _theme(window: MainWindow, key: str) -> Callable[[], None]:
    return lambda: window.set_theme(key)


def show_shortcuts(parent: QWidget) -> None:
    """Help ▸ Keyboard shortcuts: the sections' keys, then :data:`SHORTCUT_GROUPS`."""
    pages = [(f"Ctrl+{i}", page_name(i - 1)) for i in range(1, len(PAGES) + 1)]
    groups = [(translate("KeyboardShortcuts", "Go to a section"), pages), *shortcut_groups()]
    html = "".join(
        f"<tr><th colspan='2' align='left'>{title}</th></tr>"
        + "".join(f"<tr><td>{native_keys(keys)}</td><td>{what}</td></tr>" for keys, what in rows)
        for title, rows in groups
    )
    title = translate("KeyboardShortcuts", "Keyboard shortcuts")
    QMessageBox.information(parent, title, f"<table>{html}</table>")


def show_about(parent: QWidget, data: Path | None) -> None:
    """Help ▸ About: the version, where the data is, what the app is and is not."""
    where = data if data is not None else translate("MainWindow", "(not open)")
    text = about_text().format(version=__version__, data=where)
    title = translate("MainWindow", "About dmtracker")
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))  # the app icon (set in app.py)
    box.exec()
