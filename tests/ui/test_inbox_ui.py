"""The Reports page's Inbox card: a file dropped in is listed with what it holds, a bad one
with its problems by line; Accept all imports the good one and moves it to done/; Reject moves
the bad one to rejected/ with its .problems.txt; a warning sign is shown before accepting."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dmtracker.ui.kit.tasks import TaskRunner
from dmtracker.ui.reports import inbox as inbox_ui
from dmtracker.ui.reports.page import ReportsPage

HEADER = json.dumps({"format": "dmtracker-inbox", "version": 1, "device": "pixel"})


@pytest.fixture
def folder(services, tmp_path: Path) -> Path:
    f = tmp_path / "inbox"
    f.mkdir()
    services.inbox.set_folder(f)
    services.inbox.settle_seconds = 0
    return f


@pytest.fixture
def page(qtbot, services, folder):
    p = ReportsPage(tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(p)
    p.set_services(services)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_accept_all_and_reject_selected(qtbot, services, folder, page) -> None:
    good = folder / "a-good.jsonl"
    entry = {"type": "entry", "id": "1", "at": "2026-11-24T15:30:00+01:00", "pain": 6}
    good.write_text(HEADER + "\n" + json.dumps(entry) + "\n", encoding="utf-8")
    bad = folder / "b-bad.csv"
    bad.write_text("day,pain\n2026-11-24,12\n", encoding="utf-8")
    page.check_inbox()
    assert page.inbox_list.count() == 2
    assert page.inbox_list.item(0).text().startswith("✓ a-good.jsonl: entries during the day: 1")
    assert page.inbox_list.item(1).text().startswith("✗ b-bad.csv: 1 problem")
    page.inbox_list.setCurrentRow(1)
    assert "line 2" in page.inbox_details.toPlainText()
    qtbot.mouseClick(page.inbox_accept_all, Qt.MouseButton.LeftButton)
    assert services.entries.for_day(date(2026, 11, 24))[0].pain == 6
    assert (folder / "done" / "a-good.jsonl").exists()
    assert page.inbox_list.count() == 1  # the bad one stays for review
    page.inbox_list.setCurrentRow(0)
    qtbot.mouseClick(page.inbox_reject, Qt.MouseButton.LeftButton)
    assert (folder / "rejected" / "b-bad.csv").exists()
    assert "line 2" in (folder / "rejected" / "b-bad.csv.problems.txt").read_text()
    assert page.inbox_list.count() == 0
    assert services.checkins.count() == 0


def test_a_file_dropped_in_while_running_appears(qtbot, services, folder, page) -> None:
    assert page.inbox_list.count() == 0
    (folder / "later.csv").write_text(
        "day,patient_global,fatigue,pain,itch\n2026-11-23,1,2,3,4\n", encoding="utf-8"
    )
    qtbot.waitUntil(lambda: page.inbox_list.count() == 1, timeout=5000)
    assert "1 check-in" in page.inbox_list.item(0).text()


def test_a_warning_sign_is_shown_before_accepting(qtbot, services, folder, page, monkeypatch):
    effect = {
        "type": "side_effect",
        "id": "s",
        "term": "chest pain",
        "onset": "2026-11-24T10:00:00+01:00",
        "grade": 3,
    }
    (folder / "p.jsonl").write_text(HEADER + "\n" + json.dumps(effect) + "\n", encoding="utf-8")
    page.check_inbox()
    assert "⚠ warning sign: chest pain" in page.inbox_list.item(0).text()
    shown: list[list[str]] = []
    monkeypatch.setattr(inbox_ui, "confirm_red_flags", lambda t, p: shown.append(t) or False)
    page.accept_files(all_files=True)
    assert shown == [["chest pain"]] and services.side_effects.count() == 0
    monkeypatch.setattr(inbox_ui, "confirm_red_flags", lambda t, p: True)
    page.accept_files(all_files=True)
    assert services.side_effects.count() == 1


def test_choosing_the_inbox_folder_asks_from_the_current_one(
    qtbot, services, folder, page, tmp_path: Path
) -> None:
    other = tmp_path / "phone-share"
    other.mkdir()
    asked: list[str] = []

    def ask(title: str, start: str) -> str:
        asked.append(start)
        return str(other)

    page._ask_folder = ask
    page.inbox_choose.click()
    assert asked == [str(folder)]
    assert services.inbox.folder() == other
