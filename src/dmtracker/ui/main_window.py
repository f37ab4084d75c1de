"""The main window: navigation on the left, one page at a time, menus with shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
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
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        hint = QLabel(f"Ctrl+1 … Ctrl+{len(PAGES)}: go to a section\nF1: all shortcuts")
        hint.setObjectName("hint")
        hint.setContentsMargins(12, 8, 8, 12)
        side.addWidget(hint)
        body.addLayout(side)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage("Opening your data…")
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
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        go = bar.addMenu("&Go")
        for i, (name, _cls) in enumerate(PAGES, start=1):
            self._action(go, f"&{name}", lambda _=False, i=i: self.show_page(i - 1), f"Ctrl+{i}")
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self._shortcuts, "F1")
        self._action(help_menu, "&About dmtracker", self._about)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.setCurrentIndex(index)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # -- data ---------------------------------------------------------------------------------
    def set_services(self, services: Any, is_demo: bool = False) -> None:
        self.services = services
        self.is_demo = is_demo
        for page in self.pages:
            page.set_services(services)
        title = f"{APP_NAME} – demo profile" if is_demo else APP_NAME
        self.setWindowTitle(title)
        self.banner_text.setText(
            "This is a demo profile with made-up data, to explore the app. "
            "Nothing you do here touches your own diary."
        )
        self.banner.setVisible(is_demo)
        self.own_action.setVisible(is_demo)
        self.statusBar().showMessage(f"Data folder: {services.paths.root}")

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
        QMessageBox.about(self, "About dmtracker", ABOUT.format(version=__version__, data=data))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
