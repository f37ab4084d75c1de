"""The main window: navigation on the left, one page at a time, menus with shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTime, QTimer, Signal
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
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import set_reason as set_read_only_reason
from dmtracker.ui.shell import placement
from dmtracker.ui.shell.style import SCALES, THEMES, apply_look

# A page's module is imported and the page made when it is first needed (shown, asked for, or
# at idle after start): only Today is made before the window is first painted, so the start
# does not wait for the other pages and their imports. The imports are written out (not
# computed) so that PyInstaller sees them.


def _today() -> type[Page]:
    from dmtracker.ui.today.page import TodayPage

    return TodayPage


def _history() -> type[Page]:
    from dmtracker.ui.history.page import HistoryPage

    return HistoryPage


def _treatments() -> type[Page]:
    from dmtracker.ui.treatments.page import TreatmentsPage

    return TreatmentsPage


def _clinic() -> type[Page]:
    from dmtracker.ui.clinic.page import ClinicPage

    return ClinicPage


def _trends() -> type[Page]:
    from dmtracker.ui.trends.page import TrendsPage

    return TrendsPage


def _reports() -> type[Page]:
    from dmtracker.ui.reports.page import ReportsPage

    return ReportsPage


PAGES: tuple[tuple[str, Callable[[], type[Page]]], ...] = (
    ("Today", _today),
    ("History", _history),
    ("Treatments", _treatments),
    ("Clinic", _clinic),
    ("Trends", _trends),
    ("Reports", _reports),
)


def page_class(index: int) -> type[Page]:
    return PAGES[index][1]()


class Pages(Sequence[Page]):
    """The window's pages, made on first access: ``pages[i]`` (and iterating) makes the page
    if it is not made yet. :meth:`made` lists only the pages made so far."""

    def __init__(self, make: Callable[[int], Page]):
        self._make = make
        self._made: dict[int, Page] = {}

    def __len__(self) -> int:
        return len(PAGES)

    def __getitem__(self, index: int) -> Page:  # type: ignore[override]
        if index < 0:
            index += len(PAGES)
        if not 0 <= index < len(PAGES):
            raise IndexError(index)
        page = self._made.get(index)
        if page is None:
            page = self._made[index] = self._make(index)
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[i] for i in range(len(PAGES)))

    def is_made(self, index: int) -> bool:
        return index in self._made

    def made(self) -> list[tuple[int, Page]]:
        return sorted(self._made.items(), key=lambda kv: kv[0])


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


class MainWindow(QMainWindow):
    start_own_diary = Signal()
    explore_demo = Signal()  # File ▸ Explore the demo (app.py opens it)

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
        self.dirty: set[int] = set()
        self.page_hooks: list[Callable[[Page], Any]] = []
        self.preloaded: set[int] = set()
        self.pages = Pages(self._make_page)
        for i, (name, _where) in enumerate(PAGES, start=1):
            self.stack.addWidget(QWidget())  # a placeholder until the page is made
            self.nav.addItem(name)
            self.nav.item(i - 1).setToolTip(f"{name} (Ctrl+{i})")
            self.nav.item(i - 1).setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.nav.currentRowChanged.connect(self._show_page)
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
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60_000)
        self.reminder_timer.timeout.connect(self.check_reminder)
        self.reminder_timer.start()
        self.tray: Any = None
        self.reminded_on: Any = None
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            self.resize(placement.first_size(self))  # fits a small screen
        self.nav.setCurrentRow(placement.last_page(self.settings, len(PAGES)))

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
        self.demo_action = self._action(file, "Explore the &demo", self.explore_demo.emit)
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
            text = THEME_MENU_TEXT.get(key, label)
            action = self._action(view, text, lambda _=False, key=key: self.set_theme(key))
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

    def _make_page(self, index: int) -> Page:
        """Make page ``index`` in place of its placeholder, wired like every page."""
        page = page_class(index)()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        page.changed.connect(lambda change, page=page: self._data_changed(page, change))
        if hasattr(page, "open_day"):
            page.open_day.connect(self.open_day)
        if self.services is not None:
            page.services = self.services
            self.dirty.add(index)  # loads when first shown
        for hook in self.page_hooks:
            hook(page)
        return page

    def on_page(self, hook: Callable[[Page], Any]) -> None:
        """Call ``hook(page)`` for every page: those made already, and each one when made."""
        self.page_hooks.append(hook)
        for _index, page in self.pages.made():
            hook(page)

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
            if hasattr(page, "preload") and not page.isVisible() and index not in self.preloaded:
                self.preloaded.add(index)
                if index in self.dirty:
                    page.refresh()  # drop what an older profile left behind
                    self.dirty.discard(index)
                page.preload()  # fresh data, drawn when the page is first shown
                return True
        return False

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
        read_only = bool(getattr(services, "read_only", False))
        why = (
            "Saving is off: this diary is read-only (its folder cannot be written, or its disk "
            "is full). You can view and export it."
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
        title = f"{APP_NAME} – demo profile" if is_demo else APP_NAME
        self.setWindowTitle(title)
        notice = getattr(services, "notice", "")
        demo_text = (
            "This is a demo profile with made-up data, to explore the app. "
            "Nothing you do here touches your own diary."
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
        from dmtracker.ui.shell.reminder_dialog import ReminderDialog

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
        last = len(PAGES) - 1
        if self.pages.is_made(last):  # the Reports page lists the backups
            self.pages[last].refresh()

    def _shortcuts(self) -> None:
        pages = [(f"Ctrl+{i}", name) for i, (name, _c) in enumerate(PAGES, start=1)]
        groups = [("Go to a section", pages), *SHORTCUT_GROUPS]
        html = "".join(
            f"<tr><th colspan='2' align='left'>{title}</th></tr>"
            + "".join(f"<tr><td>{keys}</td><td>{what}</td></tr>" for keys, what in rows)
            for title, rows in groups
        )
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{html}</table>")

    def _about(self) -> None:
        data = self.services.paths.root if self.services is not None else "(not open)"
        text = ABOUT.format(version=__version__, data=data)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "About dmtracker", text, parent=self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))  # the app icon (set in app.py)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        placement.remember_page(self.settings, self.stack.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
