"""The main window: navigation on the left, one page at a time, menus with shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dmtracker import APP_NAME, __version__
from dmtracker.ui.pages.base import Page
from dmtracker.ui.pages.clinic import ClinicPage
from dmtracker.ui.pages.history import HistoryPage
from dmtracker.ui.pages.reports import ReportsPage
from dmtracker.ui.pages.today import TodayPage
from dmtracker.ui.pages.treatments import TreatmentsPage
from dmtracker.ui.pages.trends import TrendsPage
from dmtracker.ui.style import SCALES, THEMES, apply_look

PAGES: tuple[tuple[str, type[Page]], ...] = (
    ("Today", TodayPage),
    ("History", HistoryPage),
    ("Treatments", TreatmentsPage),
    ("Clinic", ClinicPage),
    ("Trends", TrendsPage),
    ("Reports", ReportsPage),
)

ABOUT = """<h2>dmtracker {version}</h2>
<p>A private diary for adults with dermatomyositis: daily symptoms, self-tests, rash,
IVIG infusions and side effects, medications, clinic results and reports.</p>
<p>Your data stays on this computer, in<br><code>{data}</code><br>
It leaves only when you export it.</p>
<p>dmtracker informs; it does not give medical advice. Scores it shows are computed by the
app from the values entered. In an emergency call your local emergency number.</p>
<p>Free software under the GNU GPL v3 or later.</p>"""


class MainWindow(QMainWindow):
    start_own_diary = Signal()

    def __init__(self, settings_path: Path | None = None):
        super().__init__()
        self.services: Any = None
        self.is_demo = False
        self.settings = (
            QSettings(str(settings_path), QSettings.Format.IniFormat)
            if settings_path
            else QSettings()
        )
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
        self.own_button = QPushButton("Start &my own diary")
        self.own_button.clicked.connect(self.start_own_diary.emit)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.own_button)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName("Sections")
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for i, (name, cls) in enumerate(PAGES, start=1):
            page = cls()
            self.pages.append(page)
            self.stack.addWidget(page)
            self.nav.addItem(name)
            self.nav.item(i - 1).setToolTip(f"{name} (Ctrl+{i})")
            self.nav.item(i - 1).setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.nav.currentRowChanged.connect(self._show_page)
        self.dirty: set[int] = set()
        for page in self.pages:
            page.changed.connect(lambda change, page=page: self._data_changed(page, change))
        self.pages[1].open_day.connect(self.open_day)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        hint = QLabel(f"Ctrl+1 … Ctrl+{len(PAGES)}: go to a section\nF1: all shortcuts")
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
        self._build_menus()
        self.statusBar().showMessage("Opening your data…")
        self.scale = int(self.settings.value("view/text_scale", 100))
        self.theme = str(self.settings.value("view/theme", "system"))
        self.theme_actions.get(self.theme, self.theme_actions["system"]).setChecked(True)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60_000)
        self.reminder_timer.timeout.connect(self.check_reminder)
        self.reminder_timer.start()
        self.tray: Any = None
        self.reminded_on: Any = None
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        self.nav.setCurrentRow(0)

    # -- menus --------------------------------------------------------------------------------
    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self.backup_action = self._action(file, "&Back up now", self._backup, "Ctrl+B")
        self.own_action = self._action(file, "Start my &own diary", self.start_own_diary.emit)
        self.own_action.setVisible(False)
        self.encrypt_action = self._action(file, "&Encryption (passphrase)…", lambda: None)
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        go = bar.addMenu("&Go")
        for i, (name, _cls) in enumerate(PAGES, start=1):
            self._action(go, f"&{name}", lambda _=False, i=i: self.show_page(i - 1), f"Ctrl+{i}")
        view = bar.addMenu("&View")
        self._action(view, "&Larger text", lambda: self.change_scale(+1), "Ctrl+=")
        self._action(view, "S&maller text", lambda: self.change_scale(-1), "Ctrl+-")
        self._action(view, "&Normal text size", lambda: self.set_scale(100), "Ctrl+0")
        view.addSeparator()
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, label in THEMES.items():
            action = self._action(view, label, lambda _=False, key=key: self.set_theme(key))
            action.setCheckable(True)
            group.addAction(action)
            self.theme_actions[key] = action
        view.addSeparator()
        self._action(view, "Daily &reminder…", self.edit_reminder)
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self._shortcuts, "F1")
        self._action(help_menu, "&About dmtracker", self._about)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            page = self.pages[index]
            if index in self.dirty and self.services is not None:
                self.dirty.discard(index)
                page.refresh()  # before it is shown, so a page that loads on show loads once
            self.stack.setCurrentIndex(index)
            if index == 0:
                page.first_input().setFocus()

    def preload(self) -> None:
        """Work done while idle after start: the charts' library and empty plots."""
        for index, page in enumerate(self.pages):
            if hasattr(page, "preload") and not page.isVisible():
                if index in self.dirty:
                    page.refresh()  # drop what an older profile left behind
                    self.dirty.discard(index)
                page.preload()  # fresh data, drawn when the page is first shown

    def _data_changed(self, source: Page, change: Any) -> None:
        """A page wrote data: the others refresh when they are next shown."""
        self.dirty |= {i for i, p in enumerate(self.pages) if p is not source}
        message = getattr(change, "message", "")
        if message:
            self.statusBar().showMessage(message, 8000)

    def open_day(self, day: Any) -> None:
        self.show_page(0)
        self.pages[0].load_day(day)
        self.pages[0].first_input().setFocus()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # -- data ---------------------------------------------------------------------------------
    def set_services(self, services: Any, is_demo: bool = False) -> None:
        self.services = services
        self.is_demo = is_demo
        # only the page on screen loads now; the others load when first shown
        current = self.stack.currentIndex()
        for page in self.pages:
            page.services = services
        self.dirty = set(range(len(self.pages))) - {current}
        self.pages[current].refresh()
        title = f"{APP_NAME} – demo profile" if is_demo else APP_NAME
        self.setWindowTitle(title)
        self.banner_text.setText(
            "This is a demo profile with made-up data, to explore the app. "
            "Nothing you do here touches your own diary."
        )
        self.banner.setVisible(is_demo)
        self.own_action.setVisible(is_demo)
        self.statusBar().showMessage(f"Data folder: {services.paths.root}")
        self.check_reminder()
        if self.stack.currentIndex() == 0:
            self.pages[0].first_input().setFocus()

    # -- look ---------------------------------------------------------------------------------
    def apply_look(self) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_look(app, self.scale, self.theme)  # type: ignore[arg-type]

    def set_scale(self, percent: int) -> None:
        self.scale = max(SCALES[0], min(SCALES[-1], percent))
        self.settings.setValue("view/text_scale", self.scale)
        self.apply_look()
        self.statusBar().showMessage(f"Text size {self.scale} %", 4000)

    def change_scale(self, direction: int) -> None:
        steps = list(SCALES)
        i = min(range(len(steps)), key=lambda k: abs(steps[k] - self.scale))
        self.set_scale(steps[max(0, min(len(steps) - 1, i + direction))])

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "system"
        self.settings.setValue("view/theme", self.theme)
        self.theme_actions[self.theme].setChecked(True)
        self.apply_look()

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
        self.pages[0].update_reminder(due)
        if due and not logged and self.reminded_on != today:
            self.reminded_on = today
            self._tray_message("dmtracker", "Today is not logged yet. It takes under a minute.")
        return due and not logged

    def _tray_message(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.activated.connect(lambda _reason: (self.showNormal(), self.raise_()))
        self.tray.show()
        self.tray.showMessage(title, text)

    def edit_reminder(self) -> None:
        from dmtracker.ui.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(self.reminder_time(), self)
        if dialog.exec():
            enabled, time = dialog.result_value()
            self.settings.setValue("reminder/enabled", "true" if enabled else "false")
            self.settings.setValue("reminder/time", time.toString("HH:mm"))
            self.check_reminder()

    def _backup(self) -> None:
        if self.services is None:
            return
        path = self.services.maintenance.backup_now()
        self.statusBar().showMessage(f"Backup saved: {path}", 10000)
        self.pages[-1].refresh()

    def _shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>Ctrl+{i}</td><td>{name}</td></tr>"
            for i, (name, _c) in enumerate(PAGES, start=1)
        )
        rows += (
            "<tr><td>Ctrl+B</td><td>Back up now</td></tr>"
            "<tr><td>F1</td><td>This list</td></tr>"
            "<tr><td>Ctrl+Q</td><td>Quit</td></tr>"
            "<tr><td>Tab / Shift+Tab</td><td>Next / previous control</td></tr>"
            "<tr><td>Alt+underlined letter</td><td>That button or tab</td></tr>"
        )
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{rows}</table>")

    def _about(self) -> None:
        data = self.services.paths.root if self.services is not None else "(not open)"
        text = ABOUT.format(version=__version__, data=data)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "About dmtracker", text, parent=self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))  # the app icon (set in app.py)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
