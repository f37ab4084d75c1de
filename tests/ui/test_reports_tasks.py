"""The Reports page's long actions through the real task runner (worker threads, real files, a
real SQLite diary): export, import (JSON backup and check-in CSV), backups, restore; Cancel of
an export and of an import; a failure said in one line."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from tests.reports.exports.test_export import mode, snapshot

from dmtracker.reports.exports import exporting
from dmtracker.services.app_services import open_services
from dmtracker.services.transfer import checkin_template_text
from dmtracker.storage.paths import DataPaths
from dmtracker.ui.kit.tasks import TaskRunner
from dmtracker.ui.reports.page import ReportsPage


class Answers:
    def __init__(self) -> None:
        self.save: list[str] = []
        self.open: list[str] = []
        self.shown: list[tuple[str, str, str]] = []


def make_page(qtbot, services, monkeypatch) -> ReportsPage:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    p = ReportsPage(tasks=runner)
    qtbot.addWidget(p)
    p.set_exporter(exporting)
    p.set_services(services)
    answers = Answers()
    monkeypatch.setattr(p, "_ask_save_path", lambda *a: answers.save.pop(0))
    monkeypatch.setattr(p, "_ask_open_path", lambda *a: answers.open.pop(0))
    monkeypatch.setattr(p, "_confirm", lambda title, text: True)
    monkeypatch.setattr(p, "_inform", lambda t, x: answers.shown.append(("info", t, x)))
    monkeypatch.setattr(p, "_warn", lambda t, x: answers.shown.append(("warn", t, x)))
    p.answers = answers
    p.show()
    qtbot.waitExposed(p)
    # the inbox check the page starts on opening: ended before a test begins (under load it was
    # still queued when a test asserted that nothing runs; seen in a full run)
    assert runner.wait(60000)
    return p


@pytest.fixture
def page(qtbot, demo_services, monkeypatch):
    p = make_page(qtbot, demo_services, monkeypatch)
    yield p
    p.tasks.wait(60000)  # callbacks still run with the test's answers, not real message boxes
    p.tasks.shutdown()


def staged_left(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".dmtracker-")]


def test_every_export_runs_in_a_worker_and_lands_whole(page, tmp_path: Path) -> None:
    for i, name in enumerate(("data.zip", "backup.json", "fhir.json")):
        page.format.setCurrentIndex(i)
        page.answers.save.append(str(tmp_path / name))
        page.export_button.click()
        assert page.tasks.active  # running off the GUI thread
        assert page.tasks.wait(60000)
        kind, title, text = page.answers.shown[-1]
        assert (kind, title) == ("info", "Export finished"), text
        assert str(tmp_path / name) in text
        assert mode(tmp_path / name) == 0o600
    assert json.loads((tmp_path / "backup.json").read_text())["format"] == "dmtracker-backup"
    assert staged_left(tmp_path) == []


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(page, tmp_path: Path) -> None:
    target = tmp_path / "fhir.json"
    target.write_text("mine")
    page.format.setCurrentIndex(2)
    page.answers.save.append(str(target))
    page.export_button.click()
    dialog = page.tasks.active[0].dialog
    assert dialog is not None and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    assert not dialog.isVisible()  # closed at once
    assert page.tasks.wait(60000)
    assert target.read_text() == "mine"
    assert staged_left(tmp_path) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "demo",
        "fhir.json",
    ]
    assert page.answers.shown == []


def test_a_failing_export_is_said_in_one_line(page, tmp_path: Path, monkeypatch) -> None:
    def broken(**_kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("the database went away\nTraceback (most recent call last):")

    monkeypatch.setattr(page.services.transfer, "backup_document", broken)
    page.format.setCurrentIndex(1)
    page.answers.save.append(str(tmp_path / "b.json"))
    page.export_button.click()
    assert page.tasks.wait(60000)
    assert page.answers.shown == [("warn", "Export not written", "the database went away")]
    assert not (tmp_path / "b.json").exists() and staged_left(tmp_path) == []


def test_an_export_to_a_folder_that_cannot_be_written_is_refused_at_once(
    page, tmp_path: Path
) -> None:
    page.answers.save.append(str(tmp_path / "gone" / "b.json"))
    page.format.setCurrentIndex(1)
    page.export_button.click()
    kind, title, text = page.answers.shown[-1]
    assert (kind, title) == ("warn", "Export not written") and "\n" not in text
    assert page.tasks.idle


def test_a_json_backup_and_a_csv_are_imported_in_the_writer(
    qtbot, demo_services, tmp_path: Path, monkeypatch, clock
) -> None:
    backup = tmp_path / "backup.json"
    exporting.export_data(demo_services, "json", backup)
    empty = open_services(DataPaths(tmp_path / "empty"), clock)
    try:
        page = make_page(qtbot, empty, monkeypatch)
        page.answers.open.append(str(backup))
        with qtbot.waitSignal(page.changed, timeout=60000):
            page.import_button.click()
        assert page.tasks.wait(60000)
        assert page.answers.shown[-1][1] == "Import finished"
        assert empty.checkins.count() == demo_services.checkins.count()
        days = tmp_path / "days.csv"
        days.write_text(checkin_template_text(), encoding="utf-8")
        count = empty.checkins.count()
        page.answers.open.append(str(days))
        page.import_button.click()
        assert page.tasks.wait(60000)
        assert page.answers.shown[-1][1] == "Import finished"
        assert empty.checkins.count() == count + 2
        page.tasks.shutdown()
    finally:
        empty.close()


def test_an_import_cancelled_before_it_commits_changes_nothing(
    page, demo_services, tmp_path: Path, monkeypatch
) -> None:
    days = tmp_path / "days.csv"
    days.write_text(checkin_template_text(), encoding="utf-8")
    before = snapshot(demo_services.paths.db)
    gate = threading.Event()
    real = demo_services.transfer.import_file

    def slow(path):  # type: ignore[no-untyped-def]
        assert gate.wait(10)  # Cancel is pressed while the file is being read
        return real(path)

    monkeypatch.setattr(demo_services.transfer, "import_file", slow)
    page.answers.open.append(str(days))
    page.import_button.click()
    dialog = page.tasks.active[0].dialog
    dialog.cancel_button.click()
    assert dialog.isVisible() and dialog.label.text() == "Stopping…"  # waits for the commit
    gate.set()
    assert page.tasks.wait(60000)
    assert page.answers.shown[-1][1] == "Nothing was imported"
    assert snapshot(demo_services.paths.db) == before
    monkeypatch.setattr(demo_services.transfer, "import_file", real)
    page.answers.open.append(str(days))
    page.import_button.click()  # the diary takes writes again
    assert page.tasks.wait(60000)
    assert "Imported 2 check-ins" in page.answers.shown[-1][2]


def test_backups_and_a_restore_run_in_the_writer(page, demo_services, tmp_path: Path) -> None:
    page.backup_button.click()
    dialog = page.tasks.active[0].dialog
    assert dialog is not None and not dialog.cancel_button.isVisible()
    assert page.tasks.wait(60000)
    assert page.answers.shown[-1][1] == "Backup made"
    target = tmp_path / "copy.sqlite3"
    page.answers.save.append(str(target))
    page.backup_file_button.click()
    assert page.tasks.wait(60000)
    assert page.answers.shown[-1][1] == "Backup made" and mode(target) == 0o600
    old = snapshot(demo_services.paths.db)
    demo_services.checkins.save_day({"day": "2026-11-25", "pain": 9, "notes": "after"})
    page.refresh()
    rows = page.table.model_.rows
    index = next(i for i, b in enumerate(rows) if b.kind == "manual")
    page.table.setCurrentIndex(page.table.proxy.mapFromSource(page.table.model_.index(index, 0)))
    reopened: list[object] = []
    page.reopen_requested.connect(lambda: reopened.append(True))
    page.restore_button.click()
    assert page.tasks.wait(60000)
    assert reopened and page.answers.shown[-1][1] == "Backup restored"
    assert snapshot(demo_services.paths.db) == old
    page.check_button.click()
    assert page.tasks.wait(60000)
    assert page.answers.shown[-1][1] == "Database checked"
