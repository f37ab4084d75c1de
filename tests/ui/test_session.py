"""The open diary of the running app (ui/shell/session.py): one owner opens it, replaces it
after the demo, after a restore or an import, and closes it; the window always shows the one
it holds. And the Page interface the window relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from dmtracker.services.app_services import DatabaseDamagedError, Services, open_services
from dmtracker.storage.migrate import MigrationError, NewerDatabaseError
from dmtracker.storage.paths import DataPaths
from dmtracker.ui.kit.page import Page
from dmtracker.ui.shell.main_window import MainWindow
from dmtracker.ui.shell.pages import PAGES, REPORTS, page_class
from dmtracker.ui.shell.session import AppSession


class TwoDiaries:
    """The demo profile at start, the user's own diary after it (both empty)."""

    cannot_open: tuple[type[Exception], ...] = (NewerDatabaseError, MigrationError)

    def __init__(self, root: Path, clock) -> None:  # type: ignore[no-untyped-def]
        self.root = root
        self.own_paths = DataPaths(root)
        self.demo_paths = DataPaths(root / "demo")
        self.clock = clock
        self.opened: list[Services] = []

    def _open(self, paths: DataPaths) -> Services:
        services = open_services(paths, self.clock)
        self.opened.append(services)
        return services

    def start(self) -> tuple[Services, bool]:
        return self._open(self.demo_paths), True

    def own(self) -> Services:
        return self._open(self.own_paths)

    def restore(self, error: DatabaseDamagedError) -> Path:
        raise AssertionError("nothing is damaged here")


@pytest.fixture
def session(qtbot, tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(window)
    s = AppSession(window, TwoDiaries(tmp_path / "data", clock), lambda *_: True)
    yield s
    s.close()


def test_the_session_opens_shows_and_leaves_the_demo(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError):
        session.services  # noqa: B018 - nothing is open before open()
    session.open(ask=False)
    session.show()
    session.connect()
    window = session.window
    demo = session.services
    assert window.services is demo and window.is_demo and session.is_demo
    assert window.own_action.isVisible()
    window.start_own_diary.emit()
    assert not session.is_demo and not window.is_demo and not window.own_action.isVisible()
    assert window.services is session.services is not demo
    assert session.services.paths == session.diaries.own_paths
    assert all(p.services is session.services for _i, p in window.pages.made())


def test_a_page_asking_to_reopen_gets_the_folder_opened_again(session) -> None:  # type: ignore[no-untyped-def]
    session.open(ask=False)
    session.show()
    session.connect()
    before = session.services
    reports = session.window.pages[REPORTS]  # made after connect: wired when made
    reports.reopen_requested.emit()
    assert session.services is not before and session.services.paths == before.paths
    assert session.window.services is session.services and reports.services is session.services


def test_every_page_is_a_page_and_preloads_only_what_it_overrides(qtbot) -> None:  # type: ignore[no-untyped-def]
    classes = [page_class(i) for i in range(len(PAGES))]
    assert all(issubclass(c, Page) for c in classes)
    assert [c.__name__ for c in classes if c.preload is not Page.preload] == ["TrendsPage"]
    plain = Page()
    qtbot.addWidget(plain)
    assert plain.first_input() is plain and not plain.preloads
    plain.load_day(None)  # type: ignore[arg-type]  # declared: does nothing on most pages
    plain.update_reminder(True)
    plain.save_draft()


def test_trends_is_laid_out_at_idle_at_the_size_it_opens_with(
    qtbot, demo_services, tmp_path: Path, show
) -> None:
    """The idle preload lays the hidden Trends page out at the window's page size: opening it
    then neither widens its chart nor fits its legends again (before, the chart was made 600 px
    wide, and the first draw re-laid the 12 rows at the real width: benchmarks/run.py)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    window = MainWindow(settings_path=tmp_path / "ui.ini")
    window.resize(1400, 900)
    show(window)
    window.set_services(demo_services)
    window.preload()
    QApplication.processEvents()
    (index,) = [n for n, p in enumerate(window.pages) if type(p).__name__ == "TrendsPage"]
    page = window.pages[index]
    chart = page.chart
    assert chart.width() > 900, chart.width()  # its width in this window, not a default
    widths: list[int] = []

    class Resizes(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                widths.append(event.size().width())  # type: ignore[attr-defined]
            return False

    watch = Resizes()
    chart.installEventFilter(watch)
    fitted = chart.fitted_width
    window.show_page(index)
    QApplication.processEvents()
    chart.removeEventFilter(watch)
    assert page.isVisible()
    assert set(widths) <= {fitted}, widths
    assert chart.fitted_width == fitted
