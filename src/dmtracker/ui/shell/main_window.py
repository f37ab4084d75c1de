"""The main window: navigation on the left, one page at a time, menus with shortcuts.

The sections are listed in :mod:`dmtracker.ui.shell.pages`, the menus built in
:mod:`dmtracker.ui.shell.menus`; which diary is open is the session's business
(:mod:`dmtracker.ui.shell.session`), which hands it to :meth:`MainWindow.set_services`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dmtracker import APP_NAME, i18n
from dmtracker.i18n import translate, vocabulary
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import set_reason as set_read_only_reason
from dmtracker.ui.shell import placement
from dmtracker.ui.shell.language import LANGUAGE_KEY, stored_language
from dmtracker.ui.shell.menus import build_menus, native_keys
from dmtracker.ui.shell.pages import PAGES, REPORTS, TODAY, Pages, page_class, page_name
from dmtracker.ui.shell.style import SCALES, THEMES, apply_look

log = logging.getLogger(__name__)
INBOX_DELAY_MS = 1500  # after the window is up: the inbox check loads the import code

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon  # made when first needed (_tray_message)

    from dmtracker.services.app_services import Services

__all__ = ["PAGES", "MainWindow"]


def settle_layouts() -> None:
    """Run the layout passes now that Qt would run from the event loop, and the ones they ask
    for in turn (a few rounds): the Trends chart asks for the heights of its rows only once it
    knows its width, and that pass, left to the event loop, came after a first paint and
    painted the page twice (benchmarks/run.py, Trends first draw)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class MainWindow(QMainWindow):
    start_own_diary = Signal()
    explore_demo = Signal()  # File ▸ Explore the demo (app.py opens it)
    # File ▸ Switch diary…, New diary…, Rename diary…, Remove diary… (the session does them)
    switch_diary = Signal()
    new_diary = Signal()
    rename_diary = Signal()
    remove_diary = Signal()
    person_details = Signal()

    def __init__(self, settings_path: Path | None = None, command_line_language: str | None = None):
        super().__init__()
        self.services: Services | None = None
        self.is_demo = False
        #: the open diary's name, shown in the title and the status bar when there are
        #: several diaries (None: one diary only)
        self.profile_name: str | None = None
        self.settings = (
            QSettings(str(settings_path), QSettings.Format.IniFormat)
            if settings_path
            else QSettings()
        )
        #: ``--language`` of this run (None: the View ▸ Language setting chose the language)
        self.command_line_language = command_line_language
        #: View ▸ Language ▸ Restart now: the composition root starts the app again after close
        self.restart_requested = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QWidget()
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 12, 0)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("banner")
        self.banner_text.setWordWrap(True)
        self.own_button = QPushButton(translate("MainWindow", "Start &my own diary"))
        self.own_button.clicked.connect(self.start_own_diary.emit)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.own_button)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        self.stack = QStackedWidget()
        self.dirty: set[int] = set()
        self.page_hooks: list[tuple[int | None, Callable[[Page], Any]]] = []
        self.preloaded: set[int] = set()
        self.pages = Pages(self._make_page)
        for i in range(1, len(PAGES) + 1):
            name = page_name(i - 1)
            self.stack.addWidget(QWidget())  # a placeholder until the page is made
            self.nav.addItem(name)
            self.nav.item(i - 1).setToolTip(native_keys(f"{name} (Ctrl+{i})"))
            self.nav.item(i - 1).setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.nav.currentRowChanged.connect(self._show_page)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        hint = QLabel(
            native_keys(
                translate("MainWindow", "Ctrl+1 … Ctrl+{last}: go to a section\nF1: all shortcuts")
            ).format(last=len(PAGES))
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setMaximumWidth(260)
        self.nav.setMaximumWidth(260)
        hint.setContentsMargins(12, 8, 8, 12)
        side.addWidget(hint)
        body.addLayout(side)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        menus = build_menus(self)
        self.backup_action = menus.backup
        self.own_action = menus.own
        self.demo_action = menus.demo
        self.encrypt_action = menus.encrypt
        self.theme_actions = menus.themes
        self.language_actions = menus.languages
        self.language_note = menus.language_note
        self.statusBar().showMessage(translate("MainWindow", "Opening your data…"))
        # the window's own settings file may have been edited: a bad value is the default
        try:
            scale = int(str(self.settings.value("view/text_scale", 100)))
        except ValueError:
            scale = 100
        self.scale = scale if SCALES[0] <= scale <= SCALES[-1] else 100
        self.theme = str(self.settings.value("view/theme", "system"))
        if self.theme not in self.theme_actions:
            self.theme = "system"
        self.theme_actions.get(self.theme, self.theme_actions["system"]).setChecked(True)
        self._check_language()
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60_000)
        self.reminder_timer.timeout.connect(self.check_reminder)
        self.reminder_timer.start()
        self.tray: QSystemTrayIcon | None = None
        self.reminded_on: date | None = None
        self.raise_watcher: QObject | None = None  # hears a second start (set by app.py)
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            self.resize(placement.first_size(self))  # fits a small screen
        self.nav.setCurrentRow(placement.last_page(self.settings, len(PAGES)))

    # -- pages --------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _make_page(self, index: int) -> Page:
        """Make page ``index`` in place of its placeholder, wired like every page."""
        page = page_class(index)()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        page.changed.connect(lambda change, page=page: self._data_changed(page, change))
        page.open_day.connect(self.open_day)
        if self.services is not None:
            page.services = self.services
            self.dirty.add(index)  # loads when first shown
        for only, hook in self.page_hooks:
            if only is None or only == index:
                hook(page)
        return page

    def on_page(self, hook: Callable[[Page], Any], only: int | None = None) -> None:
        """Call ``hook(page)`` for every page (or for page ``only``): those made already, and
        each one when made."""
        self.page_hooks.append((only, hook))
        for index, page in self.pages.made():
            if only is None or only == index:
                hook(page)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            page = self.pages[index]
            if index in self.dirty and self.services is not None:
                self.dirty.discard(index)
                page.refresh()  # before it is shown, so a page that loads on show loads once
            self.stack.setCurrentIndex(index)
            settle_layouts()  # before its first paint
            if index == TODAY:
                page.first_input().setFocus()

    def preload(self) -> None:
        """Work done while idle after start: make the other pages, then the charts' library
        and the Trends plots with their data (drawn when the page is first shown)."""
        while self.preload_step():
            pass

    def preload_step(self) -> bool:
        """One piece of :meth:`preload` (a page, or the charts); False when all is done."""
        for index in range(len(PAGES)):
            if not self.pages.is_made(index):
                self.pages[index]
                return True
        for index, page in self.pages.made():
            if page.preloads and not page.isVisible() and index not in self.preloaded:
                self.preloaded.add(index)
                if index in self.dirty:
                    page.refresh()  # drop what an older profile left behind
                    self.dirty.discard(index)
                page.preload()  # fresh data, drawn when the page is first shown
                self._lay_out_hidden(page)
                return True
        return False

    def _lay_out_hidden(self, page: Page) -> None:
        """Lay a preloaded page out while it is hidden, at the size it is shown with (the
        stack's): the Trends chart then fits its legends and the heights of its 12 rows to its
        width at idle, not in the first draw of the page (benchmarks/run.py, Trends first
        draw). A window resized before the page is opened lays it out again on showing."""
        shown = self.stack.currentWidget()
        if page.isVisible() or shown is None:
            return
        page.resize(shown.size())
        page.grab(QRect(0, 0, 1, 1))  # a hidden page gets its pending resizes: layouts run
        settle_layouts()

    def preload_at_idle(self, delay_ms: int = 0) -> None:
        """:meth:`preload` one step per turn of the event loop, so input is never held up
        for long."""

        def step() -> None:
            if self.preload_step():
                QTimer.singleShot(0, step)

        QTimer.singleShot(delay_ms, step)

    def _data_changed(self, source: Page, change: Any) -> None:
        """A page wrote data: the others refresh when they are next shown."""
        self.dirty |= {i for i, p in enumerate(self.pages) if p is not source}
        message = getattr(change, "message", "")
        if message:
            self.statusBar().showMessage(i18n.localize(message), 8000)

    def open_day(self, day: date) -> None:
        self.show_page(TODAY)
        self.pages[TODAY].load_day(day)
        self.pages[TODAY].first_input().setFocus()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # -- data ---------------------------------------------------------------------------------
    def set_services(self, services: Services, is_demo: bool = False) -> None:
        """Show the diary ``services`` opens (given by the session): every page uses it."""
        self.services = services
        self.is_demo = is_demo
        read_only = services.read_only
        why = (
            translate(
                "MainWindow",
                "Saving is off: this diary is read-only (its folder cannot be written, or its "
                "disk is full). You can view and export it.",
            )
            if read_only
            else None
        )
        set_read_only_reason(why)
        for action in (self.backup_action, self.encrypt_action, self.own_action, self.demo_action):
            action.setEnabled(not read_only)
            action.setToolTip(why or "")
        # only the page on screen loads now; the others load when first shown
        current = self.stack.currentIndex()
        for _index, page in self.pages.made():
            page.services = services
        self.dirty = set(range(len(self.pages))) - {current}
        self.preloaded = set()
        self.pages[current].refresh()
        demo_title = translate("MainWindow", "{app} – demo profile").format(app=APP_NAME)
        named = (
            translate("MainWindow", "{diary} – {app}", "the window title: the diary's name").format(
                diary=vocabulary(self.profile_name), app=APP_NAME
            )
            if self.profile_name
            else APP_NAME
        )
        self.setWindowTitle(demo_title if is_demo else named)
        notice = i18n.localize(services.notice) if services.notice else ""
        demo_text = translate(
            "MainWindow",
            "This is a demo profile with made-up data, to explore the app. "
            "Nothing you do here touches your own diary.",
        )
        self.banner_text.setText(
            "\n".join(
                t for t in ("⚠ " + notice if notice else "", demo_text if is_demo else "") if t
            )
        )
        self.own_button.setVisible(is_demo)
        self.banner.setVisible(is_demo or bool(notice))
        self.own_action.setVisible(is_demo)
        self.demo_action.setVisible(not is_demo)
        folder = translate("MainWindow", "Data folder: {folder}").format(folder=services.paths.root)
        if self.profile_name and not is_demo:
            folder = translate("MainWindow", "Diary: {diary} · {folder}").format(
                diary=vocabulary(self.profile_name), folder=folder
            )
        self.statusBar().showMessage(folder)
        self.check_reminder()
        if self.stack.currentIndex() == TODAY:
            self.pages[TODAY].first_input().setFocus()
        # the inbox is checked at start, once the window is up (it loads the import code)
        QTimer.singleShot(INBOX_DELAY_MS, self, lambda: self.check_inbox(services))

    def check_inbox(self, services: Services | None = None) -> None:
        """Say in the status bar when files wait in the inbox (Reports ▸ Inbox lists them)."""
        if self.services is None or (services is not None and services is not self.services):
            return  # another diary was opened meanwhile
        try:
            folder = self.services.inbox.folder()
            ready, waiting = self.services.inbox.pending(folder) if folder else ([], [])
        except Exception:
            log.warning("the inbox could not be checked at start", exc_info=True)
            return
        if ready or waiting:
            count = len(ready) + len(waiting)
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "%n file(s) in the inbox to review: Reports ▸ Inbox.", None, count
                )
            )
        check = (
            getattr(self.pages[REPORTS], "check_inbox", None)
            if self.pages.is_made(REPORTS)
            else None
        )
        if callable(check):
            check()

    def data_folder(self) -> Path | None:
        return self.services.paths.root if self.services is not None else None

    # -- look ---------------------------------------------------------------------------------
    def apply_look(self, guard_wheel: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, self.scale, self.theme, guard_wheel)

    def set_scale(self, percent: int) -> None:
        self.scale = max(SCALES[0], min(SCALES[-1], percent))
        self.settings.setValue("view/text_scale", self.scale)
        self.apply_look()
        self.statusBar().showMessage(
            translate("MainWindow", "Text size {percent} %").format(percent=self.scale), 4000
        )

    def change_scale(self, direction: int) -> None:
        steps = list(SCALES)
        i = min(range(len(steps)), key=lambda k: abs(steps[k] - self.scale))
        self.set_scale(steps[max(0, min(len(steps) - 1, i + direction))])

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "system"
        self.settings.setValue("view/theme", self.theme)
        self.theme_actions[self.theme].setChecked(True)
        self.apply_look()

    # -- language -------------------------------------------------------------------------------
    def _check_language(self) -> None:
        """Tick the language in use: the command line's, else the setting."""
        chosen = self.command_line_language or stored_language(self.settings)
        action = self.language_actions.get(chosen) or self.language_actions[i18n.SYSTEM]
        action.setChecked(True)
        self.language_note.setVisible(bool(self.command_line_language))

    def choose_language(self, code: str, ask: bool = True) -> None:
        """View ▸ Language: keep ``code`` (``system``, ``en``, ``de``, ``es``) for the next
        start and, when it is not the language shown, say so in that language, offering to
        restart now (``ask=False``: only keep it)."""
        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()
        self.language_actions[code].setChecked(True)
        self.language_note.setVisible(False)  # the command line's choice is no longer shown
        if i18n.resolve(code) == i18n.current().code:  # the language shown already: no restart
            self.statusBar().showMessage(
                translate("MainWindow", "Language: {language}").format(
                    language=i18n.current().name
                ),
                6000,
            )
            return
        if ask and self.ask_restart(code):
            self.restart()

    def ask_restart(self, code: str) -> bool:
        """The message, in the language chosen: it shows after a restart. True: Restart now."""
        from PySide6.QtWidgets import QMessageBox

        with i18n.speaking(code) as language:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(translate("MainWindow", "Language"))
            box.setText(
                translate(
                    "MainWindow",
                    "dmtracker will be in {language} after a restart. Restart now? Your diary "
                    "is closed first, as when you quit dmtracker.",
                ).format(language=language.name)
            )
            now = box.addButton(
                translate("MainWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
            )
            later = box.addButton(
                translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole
            )
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> None:
        """Close the window the way quitting does (the session closes the diary); the
        composition root then starts the app again (``app.py``)."""
        self.restart_requested = True
        self.close()

    # -- reminder -------------------------------------------------------------------------------
    def reminder_time(self) -> QTime | None:
        if str(self.settings.value("reminder/enabled", "true")) != "true":
            return None
        return QTime.fromString(str(self.settings.value("reminder/time", "20:00")), "HH:mm")

    def check_reminder(self) -> bool:
        """Show the banner (and a tray message once a day) when it is past the reminder time
        and today has no check-in. Quiet once logged."""
        if self.services is None:
            return False
        when = self.reminder_time()
        now = self.services.clock.local(self.services.clock.now())
        due = when is not None and (now.hour, now.minute) >= (when.hour(), when.minute())
        today = now.date()
        logged = self.services.checkins.for_day(today) is not None
        self.pages[TODAY].update_reminder(due)
        if due and not logged and self.reminded_on != today:
            self.reminded_on = today
            self._tray_message(
                "dmtracker",
                translate("MainWindow", "Today is not logged yet. It takes under a minute."),
            )
        return due and not logged

    def _tray_message(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.activated.connect(self._come_forward)
        self.tray.show()
        self.tray.showMessage(title, text)

    def _come_forward(self) -> None:
        self.showNormal()
        self.raise_()

    def edit_reminder(self) -> None:
        from dmtracker.ui.shell.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(self.reminder_time(), self)
        if dialog.exec():
            enabled, time = dialog.result_value()
            self.settings.setValue("reminder/enabled", "true" if enabled else "false")
            self.settings.setValue("reminder/time", time.toString("HH:mm"))
            self.check_reminder()

    def back_up(self) -> None:
        """File ▸ Back up now (Ctrl+B)."""
        if self.services is None:
            return
        path = self.services.maintenance.backup_now()
        self.statusBar().showMessage(
            translate("MainWindow", "Backup saved: {path}").format(path=path), 10000
        )
        if self.pages.is_made(REPORTS):  # the Reports page lists the backups
            self.pages[REPORTS].refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        placement.remember_page(self.settings, self.stack.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
