"""The Reports page: export, import (with the list of problems), the check-in template, backups
to a chosen file and restoring a listed backup (the current database is kept first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from tests.reports.exports.test_export import mode, snapshot

from dmtracker.reports.exports import exporting
from dmtracker.services.app_services import open_services
from dmtracker.services.transfer import checkin_template_text
from dmtracker.ui.kit.tasks import TaskRunner
from dmtracker.ui.reports.exports import ProblemsDialog
from dmtracker.ui.reports.page import ReportsPage
from dmtracker.ui.shell.style import stylesheet


class Answers:
    """Stands in for the file dialogs and message boxes, and records what was shown."""

    def __init__(self) -> None:
        self.save: list[str] = []
        self.open: list[str] = []
        self.confirm = True
        self.shown: list[tuple[str, str, str]] = []


@pytest.fixture
def page(qtbot, demo_services, monkeypatch):
    p = ReportsPage(tasks=TaskRunner(synchronous=True))  # each task ends before the click returns
    qtbot.addWidget(p)
    p.set_exporter(exporting)
    p.set_services(demo_services)
    answers = Answers()
    monkeypatch.setattr(p, "_ask_save_path", lambda *a: answers.save.pop(0))
    monkeypatch.setattr(p, "_ask_open_path", lambda *a: answers.open.pop(0))
    monkeypatch.setattr(p, "_confirm", lambda title, text: answers.confirm)
    monkeypatch.setattr(p, "_inform", lambda t, x: answers.shown.append(("info", t, x)))
    monkeypatch.setattr(p, "_warn", lambda t, x: answers.shown.append(("warn", t, x)))
    p.answers = answers
    p.show()
    qtbot.waitExposed(p)
    return p


def test_export_each_format_to_a_private_file(page, tmp_path: Path, qtbot) -> None:
    assert page.export_card.isVisible()
    assert page.format.count() == 3
    for i, name in enumerate(("data.zip", "backup", "fhir.json")):
        page.format.setCurrentIndex(i)
        page.answers.save.append(str(tmp_path / name))
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        kind, title, text = page.answers.shown[-1]
        assert (kind, title) == ("info", "Export finished"), text
        assert "only by your user account" in text
    assert mode(tmp_path / "data.zip") == 0o600
    backup = tmp_path / "backup.json"  # the suffix was added
    assert json.loads(backup.read_text())["format"] == "dmtracker-backup"
    assert mode(backup) == 0o600
    assert json.loads((tmp_path / "fhir.json").read_text())["resourceType"] == "Bundle"
    assert QApplication.overrideCursor() is None  # the busy cursor was taken down


def test_the_page_takes_the_exporter_itself(qtbot, demo_services) -> None:
    """No hand-in by the composition root: the UI may use the reports layer (issue 17)."""
    p = ReportsPage()
    qtbot.addWidget(p)
    p.set_services(demo_services)
    p.show()
    assert p.export_card.isVisible() and p.exporter is exporting


def test_a_rejected_import_shows_every_problem_and_changes_nothing(
    page, demo_services, tmp_path: Path
) -> None:
    bad = tmp_path / "days.csv"
    bad.write_text("day,fatigue,pain\n2024-01-01,5,2\n2024-01-02,11,2\n2024-01-03,4,x\n")
    before = snapshot(demo_services.paths.db)
    page.answers.open.append(str(bad))
    page.import_button.click()
    dialog = page.problems_dialog
    assert isinstance(dialog, ProblemsDialog) and dialog.isVisible()
    text = dialog.text.toPlainText().splitlines()
    assert text[0].startswith("line 3, fatigue: ") and text[1].startswith("line 4, pain: ")
    assert "2 problems" in dialog.findChild(type(page.where)).text()
    assert snapshot(demo_services.paths.db) == before
    dialog.copy_button.click()
    assert "line 3, fatigue" in QApplication.clipboard().text()
    dialog.reject()


def test_a_good_import_says_what_it_did_and_tells_the_other_pages(
    page, demo_services, tmp_path: Path, qtbot
) -> None:
    good = tmp_path / "days.csv"
    good.write_text(checkin_template_text(), encoding="utf-8")
    count = demo_services.checkins.count()
    page.answers.open.append(str(good))
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.import_button.click()
    assert page.answers.shown[-1][1] == "Import finished"
    assert "Imported 2 check-ins" in page.answers.shown[-1][2]
    assert demo_services.checkins.count() == count + 2


def test_a_health_export_is_imported_from_the_page(
    page, demo_services, tmp_path: Path, qtbot
) -> None:
    from tests.services.test_health_import import GOOGLE_FIT_CSV

    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(GOOGLE_FIT_CSV, encoding="utf-8")
    page.answers.open.append(str(fit))
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.import_button.click()
    kind, title, text = page.answers.shown[-1]
    assert (kind, title) == ("info", "Import finished")
    assert "Daily activity metrics.csv: steps: 2 new days" in text
    assert dict(demo_services.daily_steps.series())
    bad = tmp_path / "bad" / "Daily activity metrics.csv"
    bad.parent.mkdir()
    bad.write_text(GOOGLE_FIT_CSV.replace("4321", "-5"), encoding="utf-8")
    page.answers.open.append(str(bad))
    page.import_button.click()
    lines = page.problems_dialog.text.toPlainText().splitlines()
    assert lines[0].startswith("line 2, Step count: "), lines
    page.problems_dialog.reject()


def test_the_import_filter_offers_the_health_exports() -> None:
    from dmtracker.ui.reports.exports import import_filter

    assert "*.zip" in import_filter() and "*.xml" in import_filter()


def test_save_the_template(page, tmp_path: Path) -> None:
    target = tmp_path / "template.csv"
    page.answers.save.append(str(target))
    page.template_button.click()
    assert target.read_text(encoding="utf-8") == checkin_template_text()
    assert mode(target) == 0o600


def test_backup_to_a_chosen_file(page, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    page.answers.save.append(str(target))
    page.backup_file_button.click()
    assert mode(target) == 0o600
    assert snapshot(target)["daily_checkin"] == snapshot(page.services.paths.db)["daily_checkin"]
    assert page.answers.shown[-1][1] == "Backup made"


def test_restore_a_listed_backup_keeps_the_current_one_first(
    page, demo_services, qtbot, monkeypatch
) -> None:
    page.backup_now()
    old = snapshot(demo_services.paths.db)
    demo_services.checkins.save_day({"day": "2026-11-25", "pain": 9, "notes": "after the copy"})
    reopened: list = []

    def reopen() -> None:  # what the app does: open the data folder again
        page.services.close()
        fresh = open_services(page.services.paths, page.services.clock)
        reopened.append(fresh)
        page.set_services(fresh)

    page.reopen_requested.connect(reopen)
    page.refresh()
    rows = page.table.model_.rows
    index = next(i for i, b in enumerate(rows) if b.kind == "manual")
    proxy_index = page.table.proxy.mapFromSource(page.table.model_.index(index, 0))
    page.table.setCurrentIndex(proxy_index)
    page.answers.confirm = False
    page.restore_button.click()
    assert reopened == []  # cancelled: nothing happened
    page.answers.confirm = True
    with qtbot.waitSignal(page.reopen_requested, timeout=2000):
        page.restore_button.click()
    fresh = reopened[0]
    try:
        today = fresh.checkins.for_day(fresh.clock.today())
        assert today is None or today.notes != "after the copy"
        assert snapshot(fresh.paths.db) == old
        kept = [b for b in fresh.maintenance.backups() if b.kind == "pre-restore"]
        assert len(kept) == 1
        notes = [row for row in snapshot(kept[0].path)["daily_checkin"] if "after the copy" in row]
        assert notes, "the diary as it was before the restore is kept"
        assert page.answers.shown[-1][1] == "Backup restored"
        assert any(b.kind == "pre-restore" for b in page.table.model_.rows)
    finally:
        fresh.close()


def test_restore_without_a_selection_explains(page) -> None:
    page.table.clearSelection()
    page.table.setCurrentIndex(page.table.model().index(-1, -1))
    page.restore_button.click()
    assert page.answers.shown[-1][1] == "Choose a backup"


def test_a_damaged_backup_is_not_restored(page, demo_services, tmp_path: Path) -> None:
    path = demo_services.maintenance.backup_now()
    path.write_bytes(b"this is not a database" * 100)
    before = snapshot(demo_services.paths.db)
    page.refresh()
    rows = page.table.model_.rows
    index = next(i for i, b in enumerate(rows) if b.path == path)
    page.table.setCurrentIndex(page.table.proxy.mapFromSource(page.table.model_.index(index, 0)))
    page.restore_button.click()
    kind, title, text = page.answers.shown[-1]
    assert (kind, title) == ("warn", "Not restored") and "not changed" in text
    assert snapshot(demo_services.paths.db) == before


def test_buttons_have_distinct_mnemonics_names_and_big_targets(page) -> None:
    QApplication.instance().setStyleSheet(stylesheet(100))
    try:
        buttons = page.findChildren(QPushButton)
        keys = []
        for b in buttons:
            text = b.text()
            if b.property("no_mnemonic"):  # the page ran out of letters: reached with Tab
                assert "&" not in text, text
                continue
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].lower())
            assert b.sizeHint().height() >= 32
            assert b.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert len(keys) == len(set(keys)), keys
        assert not set(keys) & {"f", "g", "v", "h", "m"}  # the menus and the demo banner
        assert page.format.accessibleName() == "Export format"
    finally:
        QApplication.instance().setStyleSheet("")


def test_keyboard_reaches_export_and_import(page, qtbot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.format.setFocus()
    order = []
    widget = page.format
    for _ in range(8):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[0] is page.export_button
    assert order[1] is page.import_button and order[2] is page.template_button
    assert page.restore_button in order


def test_the_second_backup_folder_copies_warns_and_restores(
    page, demo_services, tmp_path: Path, qtbot, monkeypatch
) -> None:
    from datetime import timedelta

    page.refresh()
    assert "none chosen" in page.copy_folder_label.text()
    assert not page.copy_now_button.isEnabled() and not page.backup_source.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(page, "_ask_folder", lambda *a: str(usb))
    page.copy_choose_button.click()  # chosen, and copied at once
    assert page.answers.shown[-1][1] == "Copy made"
    assert str(usb) in page.copy_folder_label.text().replace("\u200b", "")  # (breakable)
    assert page.copy_status_label.text().startswith("Last copy: ")
    assert page.copy_status_label.text().endswith("✓")
    page.copy_keep.setValue(3)
    page.copy_keep.editingFinished.emit()
    assert demo_services.backup_copies.keep() == 3
    page.backup_source.setCurrentIndex(1)  # the second folder's copies
    (listed,) = page.table.model_.rows
    assert listed.path.parent.parent == usb

    # restore from the second folder
    old = snapshot(demo_services.paths.db)
    demo_services.checkins.save_day({"day": "2026-11-25", "pain": 9, "notes": "after the copy"})
    reopened: list = []

    def reopen() -> None:
        page.services.close()
        fresh = open_services(page.services.paths, page.services.clock)
        reopened.append(fresh)
        page.set_services(fresh)

    page.reopen_requested.connect(reopen)
    page.table.setCurrentIndex(page.table.proxy.index(0, 0))
    with qtbot.waitSignal(page.reopen_requested, timeout=2000):
        page.restore_button.click()
    fresh = reopened[0]
    try:
        assert snapshot(fresh.paths.db)["daily_checkin"] == old["daily_checkin"]
        # the drive is gone for 9 days: a warning in words
        last = fresh.clock.now() - timedelta(days=9)
        fresh.settings.set("backups/copy_last_ok", last.isoformat())
        usb.rename(tmp_path / "unplugged")
        page.copy_now_button.click()
        kind, title, text = page.answers.shown[-1]
        assert (kind, title) == ("warn", "No copy made") and "is not there" in text
        status = page.copy_status_label.text()
        assert status.startswith("⚠ Warning: no copy for 9 days: the folder ")
        assert "is not there" in status
        page.copy_off_button.click()
        assert fresh.backup_copies.folder() is None and not page.copy_status_label.isVisible()
        assert page.backup_source.currentIndex() == 0
    finally:
        for s in reopened:
            s.close()
