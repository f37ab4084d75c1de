"""A walk over every window of dmtracker, as a person reaches them: the main window on a real
diary (a SQLite file holding the demo data), each page and each tab of it, every menu item
that opens a window, the page buttons that open dialogs, and the few dialogs that show only in
a situation a test cannot easily make (the first start, a damaged diary, a crash), made
directly. Each window is handed to a visitor while it is on screen, then closed without
saving.

    window, session = open_window(data_root, clock)
    report = walk(window, visitor, scratch_dir)    # visitor(where, top_level_widget)

How dialogs are found: a :class:`Catcher` looks every few milliseconds (from the event loop,
so also while a modal ``exec()`` blocks) for a visible dialog that was not there before the
step; it visits it and closes it (the Escape button of a message box, else ``reject()``).
A dialog opened with ``open()`` is caught right after the click returns. A step that should
open a dialog and opened none raises :class:`WalkError`: the walk checks itself.

To add a dialog: add a :class:`Step` to :data:`STEPS` (a page button: ``w.click(PAGE,
"attribute.path")``) or, for one that needs a situation, to :func:`made_dialogs`
(constructed).

Two visitors: :class:`TextCollector` gathers every text a person reads (window titles,
labels, buttons and their tooltips, group box titles, tabs, menus, placeholders, combo box
items, spin box prefixes/suffixes, table headers and their tooltips, list items such as the
navigation); :class:`LayoutChecker` notes each label or button narrower than its text.

Not visited: Qt's file dialogs (Qt's own texts; the Reports page is answered with a file in
``scratch``), the progress dialog of a long task (its texts come from the task), and message
boxes that need a failure (a full disk, a file that cannot be written).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# The pages in navigation order (names for the reports; the window's own names are translated)
TODAY, HISTORY, TREATMENTS, CLINIC, TRENDS, REPORTS = range(6)
PAGE_NAMES = ("Today", "History", "Treatments", "Clinic", "Trends", "Reports")

Visitor = Callable[[str, QWidget], None]


class WalkError(AssertionError):
    """A step did not reach its window (a button missing or disabled, no dialog opened)."""


# -- opening the window --------------------------------------------------------------------


class _Diaries:
    """The :class:`dmtracker.ui.shell.opening.Diaries` of the walk: the diary in ``paths``
    (the user's own, holding the demo data), with today's backup as after a start."""

    def __init__(self, paths: Any, clock: Any) -> None:
        from dmtracker.services.profiles import ProfileBook

        self.paths, self.clock = paths, clock
        self.root = paths.root
        self.cannot_open: tuple[type[Exception], ...] = ()
        self.book = ProfileBook(paths.root, clock)  # File ▸ Switch/New/Rename/Remove diary

    def use(self, root: Path) -> None:
        raise WalkError("the walk never switches diaries")

    def claim(self, root: Path) -> bool:
        return False

    def release(self, root: Path) -> None:
        return None

    def start(self) -> tuple[Any, bool]:
        from dmtracker.services.app_services import open_services

        services = open_services(self.paths, self.clock)
        services.maintenance.daily_backup()  # the Backups list is not empty
        return services, False

    def own(self) -> Any:
        raise WalkError("the walk never leaves the diary it opened")

    demo = own

    def restore(self, error: Any) -> Path:
        raise WalkError("the walk never restores")


def open_window(
    data_root: Path,
    clock: Any,
    settings: Path | None = None,
    size: tuple[int, int] = (1366, 900),
    scale: int = 100,
) -> tuple[Any, Any]:
    """The main window and its session (``ui/shell/session.py``) on the diary in
    ``data_root``, wired as the app wires it, shown at ``size`` with text at ``scale`` %
    (View ▸ Larger text: the application's style sheet, light theme)."""
    from dmtracker.storage.paths import DataPaths
    from dmtracker.ui.shell.main_window import MainWindow
    from dmtracker.ui.shell.session import AppSession
    from dmtracker.ui.shell.style import stylesheet

    window = MainWindow(settings_path=settings or data_root.parent / "walk-ui.ini")
    window.scale, window.theme = scale, "light"
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.styleSheet() != stylesheet(scale, "light"):
        window.apply_look(guard_wheel=False)  # (each change polishes every widget again)
    window.resize(*size)
    window.show()
    session = AppSession(window, _Diaries(DataPaths(data_root), clock))
    session.open()
    session.show()
    session.connect()
    settle()
    return window, session


def settle(rounds: int = 3) -> None:
    """Let Qt lay out and paint what changed (a few turns of the event loop)."""
    for _ in range(rounds):
        QApplication.processEvents()


# -- catching the windows a step opens ----------------------------------------------------


class _DialogWatch(QObject):
    """Every dialog shown, from the moment it is shown until it is destroyed. (Asking
    ``QApplication.topLevelWidgets()`` instead crashed the third walk of a run: a wrapper kept
    for a widget Qt had deleted, its address reused by a new widget.)"""

    def __init__(self) -> None:
        super().__init__()
        self.dialogs: dict[int, QDialog] = {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            key = id(obj)
            if key not in self.dialogs:
                self.dialogs[key] = obj
                obj.destroyed.connect(lambda *_a, k=key: self.dialogs.pop(k, None))
        return False


_WATCH: list[_DialogWatch] = []


def _watch() -> _DialogWatch:
    if not _WATCH:
        watch = _DialogWatch()
        QApplication.instance().installEventFilter(watch)
        _WATCH.append(watch)
    return _WATCH[0]


def _open_dialogs() -> list[QWidget]:
    out: list[QWidget] = []
    for dialog in list(_watch().dialogs.values()):
        if not shiboken6.isValid(dialog):
            continue
        if dialog.isVisible():
            out.append(dialog)
    return out


def close_dialog(dialog: QWidget) -> None:
    """Close without saving: a message box's Escape (else Cancel-like) button, else reject."""
    if isinstance(dialog, QMessageBox):
        button = dialog.escapeButton()
        if button is not None:
            button.click()
            return
    if isinstance(dialog, QDialog):
        dialog.reject()
    if dialog.isVisible():
        dialog.close()


class Catcher:
    """Visits and closes every dialog that shows up while it is running (see the module
    docstring). ``caught`` lists what it visited, as (where, class name)."""

    def __init__(self, where: str, visit: Callable[[str, QWidget], None]) -> None:
        self.where = where
        self.visit = visit
        self.known = {id(w) for w in _open_dialogs()}
        self.caught: list[tuple[str, str]] = []
        self.busy = False
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)

    def __enter__(self) -> Catcher:
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.look()
        self.timer.stop()

    def look(self) -> None:
        if self.busy:
            return
        for dialog in _open_dialogs():
            if id(dialog) in self.known:
                continue
            self.known.add(id(dialog))
            if isinstance(dialog, QFileDialog):  # Qt's own window: closed, not ours to read
                close_dialog(dialog)
                continue
            where = self.where if not self.caught else f"{self.where} ▸ {type(dialog).__name__}"
            self.caught.append((where, type(dialog).__name__))
            self.busy = True
            try:
                visit_window(where, dialog, self.visit)
            finally:
                self.busy = False
            close_dialog(dialog)  # may open another (a question): caught on the next look


def visit_window(where: str, top: QWidget, visit: Visitor) -> None:
    """``visit`` ``top`` as it is, then once per other tab of each of its tab widgets (tabs
    within tabs too), putting each tab widget back to the tab it showed."""
    settle()
    visit(where, top)
    done: set[int] = set()

    def tabs_of(root: QWidget, where: str) -> None:
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in done or not tabs.isVisible():
                continue
            done.add(id(tabs))
            shown = tabs.currentIndex()
            for i in range(tabs.count()):
                if i == shown or not tabs.isTabEnabled(i):
                    continue
                tabs.setCurrentIndex(i)
                settle()
                here = f"{where} ▸ tab {i + 1} ({tabs.tabText(i).replace('&', '')})"
                visit(here, top)
                tabs_of(tabs.widget(i), here)
            tabs.setCurrentIndex(shown)
            settle(1)

    tabs_of(top, where)


def reveal(widget: QWidget) -> None:
    """Show the tab (of each tab widget around it) that holds ``widget``, as a person does
    before using it."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    settle(1)


# -- the steps -----------------------------------------------------------------------------


@dataclass
class Step:
    """One thing a person does that opens a window: ``act(walk)``; ``dialog``: it must open
    at least one (else the walk fails, so a step that stopped working is noticed)."""

    where: str
    act: Callable[[Walk], object]
    dialog: bool = True


class Walk:
    """The state of one walk: the window, and helpers the steps use."""

    def __init__(self, window: Any, visit: Visitor, scratch: Path) -> None:
        self.window = window
        self.visit = visit
        self.scratch = scratch

    @property
    def services(self) -> Any:
        return self.window.services

    def page(self, index: int) -> Any:
        self.window.show_page(index)
        settle()
        return self.window.pages[index]

    def widget(self, index: int, path: str) -> Any:
        obj: Any = self.page(index)
        for part in path.split("."):
            obj = getattr(obj, part)
        return obj

    def click(self, index: int, path: str) -> None:
        button = self.widget(index, path)
        reveal(button)
        if not button.isEnabled() or not button.isVisible():
            raise WalkError(f"{PAGE_NAMES[index]}: {path} is disabled or hidden")
        button.click()

    def select(self, index: int, table: str, row: int = 0) -> None:
        view = self.widget(index, table)
        reveal(view)
        if view.model().rowCount() <= row:
            raise WalkError(f"{PAGE_NAMES[index]}: {table} has no row {row}")
        view.selectRow(row)
        settle(1)

    def tab(self, index: int, tabs: str, i: int) -> None:
        self.widget(index, tabs).setCurrentIndex(i)
        settle(1)

    def show(self, dialog: QDialog) -> None:
        """A dialog made directly (see :func:`made_dialogs`), opened as its owner opens it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def answer_files(self, index: int, open_path: Path | None = None) -> None:
        """The Reports page asks for file names through its own methods: answer them with a
        file in the scratch folder (a person picks one in the file dialog); tasks run to the
        end before the click returns."""
        from dmtracker.ui.kit.tasks import TaskRunner

        page = self.page(index)
        page.tasks = TaskRunner(synchronous=True)
        names = iter(range(1000))
        page._ask_save_path = lambda *_a: str(self.scratch / f"out-{next(names)}")
        if open_path is not None:
            page._ask_open_path = lambda *_a: str(open_path)

    def menu_actions(self) -> list[tuple[str, Any]]:
        """Every menu item that may open a window: all but the checkable ones (themes, a
        language), page switching, text size, backing up and switching diaries. (Quit is
        tried too: the walk keeps the window open, see :class:`KeepOpen`.)"""
        from dmtracker.ui.shell.pages import PAGES

        w = self.window
        skipped = {id(a) for a in (w.backup_action, w.demo_action)}
        keys = {f"Ctrl+{i}" for i in range(1, len(PAGES) + 1)} | {"Ctrl+=", "Ctrl+-", "Ctrl+0"}
        found = []
        for top in w.menuBar().actions():
            menu = top.menu()
            if menu is None:
                continue
            for action, path in _menu_items(menu, top.text()):
                shortcut = action.shortcut().toString()
                if (
                    action.isSeparator()
                    or action.isCheckable()
                    or action.actionGroup() is not None
                    or not action.isVisible()
                    or id(action) in skipped
                    or shortcut in keys
                ):
                    continue
                found.append((path, action))
        return found


def _menu_items(menu: QMenu, path: str) -> list[tuple[Any, str]]:
    out = []
    for action in menu.actions():
        here = f"{path} ▸ {action.text()}"
        if action.menu() is not None:
            out += _menu_items(action.menu(), here)
        else:
            out.append((action, here))
    return out


def _bad_import(scratch: Path) -> Path:
    """A check-in file with two bad lines: the import is refused with its list of problems."""
    bad = scratch / "days.csv"
    bad.write_text("day,fatigue,pain\n2024-01-01,5,2\n2024-01-02,11,2\n2024-01-03,4,x\n")
    return bad


def _health_file(scratch: Path) -> Path:
    """Google Fit's daily totals (issue 22): the import says what it took."""
    fit = scratch / "Daily activity metrics.csv"
    fit.write_text("Date,Step count\n2026-11-20,4321\n", encoding="utf-8")
    return fit


def _second_folder(w: Walk, there: bool) -> None:
    """Choose a second backup folder (copied at once: "Copy made"), or copy to one that has
    gone (the warning)."""
    import shutil

    page = w.page(REPORTS)
    folder = w.scratch / "usb"
    folder.mkdir(exist_ok=True)
    w.answer_files(REPORTS)
    page._ask_folder = lambda *_a: str(folder)
    if there:
        w.click(REPORTS, "copy_choose_button")
        return
    w.services.backup_copies.set_folder(folder)
    page.refresh()
    shutil.rmtree(folder)
    w.click(REPORTS, "copy_now_button")


#: The page buttons that open a window, in the order a person meets them. ``w.click(PAGE,
#: "attribute.path")`` clicks a button of the page; ``w.select`` picks a row first.
STEPS: list[Step] = [
    # Today
    Step("Today ▸ Add a self-test", lambda w: w.click(TODAY, "test_button")),
    Step("Today ▸ Log the rash", lambda w: w.click(TODAY, "rash_button")),
    Step("Today ▸ How are you now?", lambda w: w.click(TODAY, "entries_card.add_button")),
    # Treatments
    Step("Treatments ▸ Record infusion day", lambda w: w.click(TREATMENTS, "record_button")),
    Step(
        "Treatments ▸ Edit infusion day",
        lambda w: (w.select(TREATMENTS, "infusions"), w.click(TREATMENTS, "edit_day_button")),
    ),
    Step("Treatments ▸ Log side effect", lambda w: w.click(TREATMENTS, "log_button")),
    Step(
        "Treatments ▸ Edit side effect",
        lambda w: (w.select(TREATMENTS, "effects"), w.click(TREATMENTS, "edit_effect_button")),
    ),
    Step("Treatments ▸ Add medication", lambda w: w.click(TREATMENTS, "medications.add_button")),
    Step(
        "Treatments ▸ Change dose",
        lambda w: (
            w.select(TREATMENTS, "medications.table"),
            w.click(TREATMENTS, "medications.change_button"),
        ),
    ),
    Step(
        "Treatments ▸ Stop taking",
        lambda w: (
            w.select(TREATMENTS, "medications.table"),
            w.click(TREATMENTS, "medications.stop_button"),
        ),
    ),
    Step("Treatments ▸ Taper builder", lambda w: w.click(TREATMENTS, "medications.taper_button")),
    # Clinic
    Step("Clinic ▸ New visit", lambda w: w.click(CLINIC, "visits_tab.new_button")),
    Step(
        "Clinic ▸ Edit visit",
        lambda w: (w.select(CLINIC, "visits"), w.click(CLINIC, "visits_tab.edit_button")),
    ),
    Step("Clinic ▸ New lab result", lambda w: w.click(CLINIC, "labs_tab.new_button")),
    Step(
        "Clinic ▸ Edit lab result",
        lambda w: (w.select(CLINIC, "labs"), w.click(CLINIC, "labs_tab.edit_button")),
    ),
    Step("Clinic ▸ Fill in the HAQ-DI", lambda w: w.click(CLINIC, "haq_tab.new_button")),
    Step(
        "Clinic ▸ Delete visit (the question; answered No)",
        lambda w: (w.select(CLINIC, "visits"), w.click(CLINIC, "visits_tab.delete_button")),
    ),
    Step(
        "Treatments ▸ Add medication ▸ methotrexate daily (the warning)",
        lambda w: _methotrexate_daily(w),
    ),
    # Trends
    Step("Trends ▸ Export the chart", lambda w: w.click(TRENDS, "export_button")),
    # Reports
    Step(
        "Reports ▸ Restore (nothing selected)",
        lambda w: (
            w.widget(REPORTS, "table").clearSelection(),
            _no_current(w, REPORTS, "table"),
            w.click(REPORTS, "restore_button"),
        ),
    ),
    Step(
        "Reports ▸ Restore the selected backup",
        lambda w: (w.select(REPORTS, "table"), w.click(REPORTS, "restore_button")),
    ),
    Step(
        "Reports ▸ Check the database",
        lambda w: (w.answer_files(REPORTS), w.click(REPORTS, "check_button")),
    ),
    Step(
        "Reports ▸ Back up to a file",
        lambda w: (w.answer_files(REPORTS), w.click(REPORTS, "backup_file_button")),
    ),
    Step(
        "Reports ▸ Export",
        lambda w: (w.answer_files(REPORTS), w.click(REPORTS, "export_button")),
    ),
    Step(
        "Reports ▸ Import (refused: the list of problems)",
        lambda w: (
            w.answer_files(REPORTS, _bad_import(w.scratch)),
            w.click(REPORTS, "import_button"),
        ),
    ),
    Step(
        "Reports ▸ Import a health export (the summary)",
        lambda w: (
            w.answer_files(REPORTS, _health_file(w.scratch)),
            w.click(REPORTS, "import_button"),
        ),
    ),
    Step("Reports ▸ Second backup folder ▸ Choose", lambda w: _second_folder(w, True)),
    Step("Reports ▸ Second backup folder ▸ Copy now (gone)", lambda w: _second_folder(w, False)),
    Step(
        "Reports ▸ Save the check-in template",
        lambda w: (w.answer_files(REPORTS), w.click(REPORTS, "template_button")),
    ),
]


def _methotrexate_daily(w: Walk) -> None:
    """The blocking warning when methotrexate is entered as a daily medicine (shown on
    saving the medication dialog)."""
    from dmtracker.ui.treatments.medication_dialogs import _mtx_block

    if not _mtx_block(w.window, "Methotrexate", "daily"):
        raise WalkError("no methotrexate warning for a daily schedule")


def _no_current(w: Walk, index: int, table: str) -> None:
    view = w.widget(index, table)
    view.setCurrentIndex(view.model().index(-1, -1))


def _juvenile_visit(w: Walk) -> QDialog:
    """The clinic visit form of a juvenile profile (CMAS, parent global, DAS): the profile is
    marked juvenile while the form is made, then put back (the form reads it once)."""
    from dmtracker.ui.clinic.visit_form import VisitDialog

    w.services.profile.save({"juvenile": True})
    try:
        return VisitDialog(w.services, None, w.window)
    finally:
        w.services.profile.save({"juvenile": False})


def made_dialogs(w: Walk) -> list[tuple[str, Callable[[], QDialog]]]:
    """Dialogs that show only in a situation (a first start, a damaged or encrypted diary, a
    crash, saving a red flag): made directly, as their owners make them."""
    from datetime import UTC, datetime

    from dmtracker.ui.clinic.chaq_form import ChaqDialog
    from dmtracker.ui.safety.red_flag import RedFlagDialog
    from dmtracker.ui.safety.risk_prompt import ThrombosisHistoryDialog
    from dmtracker.ui.shell.crash import CrashDialog
    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog
    from dmtracker.ui.shell.person import PersonDialog
    from dmtracker.ui.shell.profiles import (
        NewDiaryDialog,
        ProfileChooser,
        RemoveDiaryDialog,
        RenameDiaryDialog,
    )
    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog
    from dmtracker.ui.shell.welcome import WelcomeDialog
    from dmtracker.ui.today.rash_dialog import PhotoCompareDialog

    win, root = w.window, w.services.paths.root
    from dmtracker.services.profiles import ProfileBook

    book = ProfileBook(root)
    backup = w.services.maintenance.backups()[0]

    class _Backup:  # what the recovery dialog reads of the newest good backup
        path = backup.path
        taken_at = datetime(2026, 11, 24, 20, 3, tzinfo=UTC)
        kind = backup.kind

    return [
        ("First start ▸ Welcome", lambda: WelcomeDialog(root, win)),
        (
            "Start ▸ Unlock the encrypted diary",
            lambda: PassphraseDialog("unlock", lambda p: None, str(root), win),
        ),
        (
            "File ▸ Encryption ▸ Remove the passphrase",
            lambda: PassphraseDialog("remove", lambda p: None, str(root), win),
        ),
        (
            "Start ▸ Damaged diary (recovery)",
            lambda: RecoveryDialog(
                w.services.paths.db, ["page 3: btree error"], _Backup(), lambda: root, win
            ),
        ),
        ("Crash", lambda: CrashDialog(root / "logs" / "dmtracker.log", win)),
        (
            "Saving a red flag (chest pain, shortness of breath)",
            lambda: RedFlagDialog(["chest pain", "shortness of breath"], win),
        ),
        ("Saving a blood clot (history question)", lambda: ThrombosisHistoryDialog(win)),
        ("Today ▸ Log the rash ▸ Compare photos", lambda: PhotoCompareDialog(w.services, win)),
        ("Clinic (a child's diary) ▸ Fill in the CHAQ", lambda: ChaqDialog(w.services, None, win)),
        ("Clinic (a child's diary) ▸ New visit (CMAS)", lambda: _juvenile_visit(w)),
        ("Start ▸ Choose a diary", lambda: ProfileChooser(book, root, win)),
        ("File ▸ New diary", lambda: _refused(NewDiaryDialog(book, win))),
        ("File ▸ Rename diary", lambda: _refused(RenameDiaryDialog(book, root, win))),
        ("File ▸ Remove diary (none other)", lambda: RemoveDiaryDialog(book, root, win)),
        ("File ▸ Person details", lambda: PersonDialog(w.services, win)),
    ]


def _refused(dialog: Any) -> Any:
    """A diary dialog showing its refusal of an empty name (its error line is walked too)."""
    dialog.name.setText("")
    dialog.ok.click()
    return dialog


class KeepOpen(QObject):
    """An event filter that keeps the window open (File ▸ Quit is one of the menu items)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()  # (a close event is accepted unless ignored)
            return True
        return False


@dataclass
class Report:
    """What a walk visited: every window (page, tab, dialog) by where it was reached."""

    visited: list[str] = field(default_factory=list)
    dialogs: list[tuple[str, str]] = field(default_factory=list)  # (where, class)
    seconds: float = 0.0


def walk(window: Any, visit: Visitor, scratch: Path, steps: list[Step] | None = None) -> Report:
    """Visit every window (see the module docstring); ``scratch``: a folder for the files the
    Reports page writes."""
    t0 = time.perf_counter()
    report = Report()
    w = Walk(window, visit, scratch)

    def seen(where: str, top: QWidget) -> None:
        report.visited.append(where)
        visit(where, top)

    # the pages, each tab, and the menus
    for index, name in enumerate(PAGE_NAMES):
        w.page(index)
        visit_window(name, window, seen)
    seen("Menus", window)  # (the collector reads the menu bar's menus from the window)

    def run(where: str, act: Callable[[], object], dialog: bool) -> None:
        with Catcher(where, seen) as catcher:
            act()
            settle(1)
        report.dialogs += catcher.caught
        if dialog and not catcher.caught:
            raise WalkError(f"{where}: no dialog opened")
        while _open_dialogs():  # a window-modal dialog left open would block the next step
            for d in _open_dialogs():
                close_dialog(d)
            settle(1)

    keep_open = KeepOpen()
    window.installEventFilter(keep_open)
    from dmtracker import i18n

    speaking = i18n.current().code
    for path, action in w.menu_actions():
        run(f"Menu {path.replace('&', '')}", action.trigger, dialog=False)
        if i18n.current().code != speaking:  # a language menu's item: back to the walk's
            i18n.use(speaking)
    window.removeEventFilter(keep_open)
    for step in steps if steps is not None else STEPS:
        run(step.where, lambda step=step: step.act(w), step.dialog)
    for where, make in made_dialogs(w):
        run(where, lambda make=make: w.show(make()), dialog=True)

    # the demo profile: its banner, and the two menu items that differ there
    window.set_services(window.services, is_demo=True)
    w.page(TODAY)
    visit_window("Today (demo profile)", window, seen)
    run("Menu File ▸ Start my own diary (demo)", window.own_action.trigger, dialog=True)
    run("Menu File ▸ Encryption (demo)", window.encrypt_action.trigger, dialog=True)
    window.set_services(window.services, is_demo=False)
    settle()
    report.seconds = time.perf_counter() - t0
    return report


# -- the texts a person reads ----------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    """One text on screen: where it was reached, the widget's class, its object name (or the
    attribute that holds it, ``TodayPage.save_button``), what kind of text, the text."""

    where: str
    cls: str
    name: str
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.text!r}  [{self.where} | {self.cls} {self.name or '-'} | {self.kind}]"


_TAG = re.compile(r"<[^>]*>")


def plain(text: str) -> str:
    """A label's text as read: HTML tags out, entities decoded, spaces squeezed."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text.replace("<br>", "\n"))
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def _name(widget: QWidget) -> str:
    """The widget's object name, else the attribute of an owner that holds it."""
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    owner = widget.parentWidget()
    depth = 0
    while owner is not None and depth < 8:
        for attr, value in vars(owner).items():
            if value is widget:
                return f"{type(owner).__name__}.{attr}"
        owner = owner.parentWidget()
        depth += 1
    return ""


def qt_owned(button: QAbstractButton) -> bool:
    """A standard button of a message box or button box: its text is Qt's (qtbase_*.qm)."""
    parent = button.parentWidget()
    for owner in (parent, parent.parentWidget() if parent is not None else None):
        if isinstance(owner, QDialogButtonBox) and owner.standardButton(button) != (
            QDialogButtonBox.StandardButton.NoButton
        ):
            return True
        if isinstance(owner, QMessageBox) and owner.standardButton(button) != (
            QMessageBox.StandardButton.NoButton
        ):
            return True
    return False


def _widget_texts(w: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of one widget."""
    if isinstance(w, QLabel):
        return [("label", w.text())]
    if isinstance(w, QAbstractButton):
        return [("qt button" if qt_owned(w) else "button", w.text()), ("tooltip", w.toolTip())]
    if isinstance(w, QGroupBox):
        return [("group title", w.title())]
    if isinstance(w, QTabBar):
        return [
            (k, t)
            for i in range(w.count())
            for k, t in (("tab", w.tabText(i)), ("tooltip", w.tabToolTip(i)))
        ]
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return [("placeholder", w.placeholderText())]
    if isinstance(w, QComboBox):
        return [("combo item", w.itemText(i)) for i in range(w.count())]
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return [("spin box", t) for t in (w.prefix(), w.suffix(), w.specialValueText())]
    if isinstance(w, QAbstractSpinBox):
        return [("spin box", w.specialValueText())]
    if isinstance(w, QListWidget):
        return [
            (k, t)
            for i in range(w.count())
            for k, t in (("list item", w.item(i).text()), ("tooltip", w.item(i).toolTip()))
        ]
    if isinstance(w, QAbstractItemView):
        return _header_texts(w)
    return []


def _header_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else None
    model = view.model()
    if header is None or model is None or not header.isVisible():
        return []
    out = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        for kind, role in (
            ("header", Qt.ItemDataRole.DisplayRole),
            ("tooltip", Qt.ItemDataRole.ToolTipRole),
        ):
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            out.append((kind, str(value) if value is not None else ""))
    return out


def _menu_texts(window: QWidget) -> list[tuple[QWidget, str, str]]:
    bar = window.menuBar()  # type: ignore[attr-defined]
    out: list[tuple[QWidget, str, str]] = []
    for top_action in bar.actions():
        out.append((bar, "menu", top_action.text()))
        menu = top_action.menu()
        if menu is not None:
            out += [
                (menu, "menu item", action.text())
                for action, _path in _menu_items(menu, "")
                if not action.isSeparator() and action.isVisible()
            ]
    return out


def texts_of(where: str, top: QWidget) -> list[Seen]:
    """Every text a person reads in ``top`` as it is on screen (visible widgets only); for
    ``where == "Menus"`` the texts of the window's menus."""
    out: list[Seen] = []

    def add(w: QWidget, kind: str, text: str) -> None:
        text = plain(text)
        if text:
            out.append(Seen(where, type(w).__name__, _name(w), kind, text))

    add(top, "window title", top.windowTitle())
    if where == "Menus" and hasattr(top, "menuBar"):
        for owner, kind, text in _menu_texts(top):
            add(owner, kind, text)
        return out
    for w in top.findChildren(QWidget):
        if w.isVisible() and w.window() is top and not _original_wording(w):
            for kind, text in _widget_texts(w):
                add(w, kind, text)
    return out


def _original_wording(w: QWidget) -> bool:
    """A questionnaire's validated English wording, marked by the form (the HAQ-DI's items,
    categories and aids: ``ui/clinic/haq_form.py``): English in every language on purpose."""
    return bool(w.property("original_wording"))


class TextCollector:
    """A visitor that keeps every text seen (``seen``), in the order met."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []

    def __call__(self, where: str, top: QWidget) -> None:
        self.seen += texts_of(where, top)


# -- clipped texts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Clipped:
    """A text that does not fit: its widget is narrower than the text needs, or the text was
    cut with "…" and no tooltip holds it in full."""

    where: str
    cls: str
    name: str
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.text!r}  [{self.where} | {self.cls} {self.name or '-'} | {self.problem}]"


_PSEUDO_MARKS = set("àéîöüÀÉÎÖÜñÑçÇýÝ·")


def _elided(text: str) -> bool:
    """A pseudo-translated text cut with "…". (One that ends in "…" on purpose, "Add
    medication…", is padded after the "…" in the pseudo language; an English text that was
    never translated is the pseudo text test's business.)"""
    return text.rstrip().endswith("…") and bool(_PSEUDO_MARKS & set(text))


def _one_line_text(w: QWidget) -> bool:
    """A label without word wrap, or a button, that shows a text."""
    if isinstance(w, QLabel):
        return not w.wordWrap() and bool(w.text())
    return isinstance(w, QAbstractButton) and bool(w.text())


class LayoutChecker:
    """A visitor: every visible label without word wrap and every button with text must be
    at least as wide as its size hint (1 px slack; a tick box whose text wraps, as high as its
    text needs at its width); no text may end cut with "…" unless its
    tooltip holds it. A main window larger than ``size`` (its minimum grew with the texts) is
    noted too. (Dialogs are fitted to the screen by the app; the offscreen screen is not
    ``size``, so their own size is not checked here.)"""

    def __init__(self, size: tuple[int, int] | None = None) -> None:
        self.size = size
        self.found: list[Clipped] = []

    def __call__(self, where: str, top: QWidget) -> None:
        if self.size is not None and isinstance(top, QMainWindow):
            width, height = self.size
            if top.width() > width or top.height() > height:
                self.found.append(
                    Clipped(
                        where,
                        type(top).__name__,
                        _name(top),
                        plain(top.windowTitle()),
                        f"window {top.width()}×{top.height()} does not fit {width}×{height}",
                    )
                )
        for w in top.findChildren(QWidget):
            if not w.isVisible() or w.window() is not top:
                continue
            if type(w) is QScrollArea or type(w).__name__ == "ScrollBody":
                self._sideways(where, w)
            elif _one_line_text(w):
                self._text(where, w)  # type: ignore[arg-type]  # a label or a button

    def _sideways(self, where: str, area: QScrollArea) -> None:
        """A page or dialog wider than its window: its horizontal scroll bar is needed."""
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            self.found.append(
                Clipped(
                    where,
                    type(area).__name__,
                    _name(area),
                    "",
                    f"needs scrolling sideways: {bar.maximum()} px more than "
                    f"{area.viewport().width()} px",
                )
            )

    def _text(self, where: str, w: QLabel | QAbstractButton) -> None:
        """A one-line text narrower than its size hint or cut with "…"; a tick box whose text
        wraps (``wraps`` property) must be as high as its text needs at its width instead."""
        text = plain(w.text())
        if w.property("wraps"):
            need_height = w.heightForWidth(w.width())
            if w.height() < need_height - 1:
                self.found.append(
                    Clipped(
                        where,
                        type(w).__name__,
                        _name(w),
                        text,
                        f"{w.height()} px high of {need_height}",
                    )
                )
            return
        need = w.sizeHint().width()
        if w.width() < need - 1:
            self.found.append(
                Clipped(where, type(w).__name__, _name(w), text, f"{w.width()} px of {need}")
            )
        if _elided(text) and text.rstrip("…").strip() not in w.toolTip():
            self.found.append(
                Clipped(where, type(w).__name__, _name(w), text, "cut with … (no tooltip)")
            )
