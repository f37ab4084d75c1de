"""Logs and privacy: a rotating log in the data folder with no health values in it, private
files and folders, and the crash dialog (log path shown, what was typed kept as a draft)."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dmtracker.logs import LOG_NAME, setup_logging

TEXT_COLUMNS = {
    "daily_checkin": ("notes",),
    "infusion_day": ("lot_number", "product", "nurse_site", "notes", "hydration_notes"),
    "infusion_course": ("product", "notes"),
    "side_effect": ("term", "action_taken", "notes"),
    "lab_result": ("analyte", "lab_name", "notes", "entered_value"),
    "clinic_assessment": ("clinician", "notes"),
    "medication": ("name", "notes"),
    "premedication": ("drug",),
    "rash_assessment": ("site_label", "notes"),
    "self_test": ("aids", "notes", "custom_name"),
    "patient_profile": ("display_name",),
}


def stored_values(db: Path) -> set[str]:
    """Every distinct text the diary holds (5+ characters, so that words like "left" that a
    log may well contain for other reasons do not count), and exact numbers like 28.2."""
    values: set[str] = set()
    conn = sqlite3.connect(db)
    try:
        for table, columns in TEXT_COLUMNS.items():
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            for col in columns:
                if col not in have:
                    continue
                for (v,) in conn.execute(f'SELECT DISTINCT "{col}" FROM "{table}"'):
                    if isinstance(v, str) and len(v.strip()) >= 5:
                        values.add(v.strip())
        for (v,) in conn.execute("SELECT DISTINCT dose_g FROM infusion_day"):
            if "." in str(v):
                values.add(f"{v} g")
    finally:
        conn.close()
    return values


def leaked(log_text: str, values: set[str]) -> list[str]:
    return sorted(v for v in values if v in log_text)


def run_smoke(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dmtracker", "--smoke-test", "--data-dir", str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def smoked(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("smoke") / "d"
    r = run_smoke(root)
    assert r.returncode == 0, r.stderr
    return root


def test_log_file_is_in_the_data_folder_and_private(smoked: Path) -> None:
    log = smoked / "logs" / LOG_NAME
    assert log.is_file() and log.stat().st_size > 0
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    text = log.read_text()
    assert "dmtracker" in text and "started" in text


def test_log_holds_no_health_values(smoked: Path) -> None:
    values = stored_values(smoked / "dmtracker.sqlite3")
    assert len(values) > 50, "the demo data should give plenty of values to look for"
    text = "".join(p.read_text() for p in (smoked / "logs").glob(f"{LOG_NAME}*"))
    assert leaked(text, values) == []


def test_the_leak_check_can_fail(smoked: Path, tmp_path: Path) -> None:
    values = stored_values(smoked / "dmtracker.sqlite3")
    note = next(v for v in sorted(values) if " " in v)
    assert leaked(f"2026-01-01 INFO dmtracker.app: saved {note}\n", values) == [note]


def test_every_file_of_the_data_folder_is_private(smoked: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(smoked):
        for d in dirnames:
            mode = stat.S_IMODE(Path(dirpath, d).stat().st_mode)
            assert mode == 0o700, f"{d}: {oct(mode)}"
        for f in filenames:
            mode = stat.S_IMODE(Path(dirpath, f).stat().st_mode)
            assert mode == 0o600, f"{f}: {oct(mode)}"
    assert stat.S_IMODE(smoked.stat().st_mode) == 0o700


def test_rotated_log_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    logger = logging.getLogger("dmtracker")
    try:
        path = setup_logging(tmp_path / "logs")
        handler = next(h for h in logger.handlers if getattr(h, "baseFilename", None))
        handler.maxBytes = 2000  # type: ignore[attr-defined]
        for i in range(200):
            logging.getLogger("dmtracker.test").info("line %d of the rotation test", i)
        files = sorted(path.parent.glob(f"{LOG_NAME}*"))
        assert len(files) == 6  # the current file and five older ones (1 MB each normally)
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
    finally:
        os.umask(old)
        for h in list(logger.handlers):
            if getattr(h, "baseFilename", None):
                logger.removeHandler(h)
                h.close()


# --- the crash handler ------------------------------------------------------------------------
class DraftPage:
    def __init__(self) -> None:
        self.saved = 0

    def save_draft(self) -> None:
        self.saved += 1


def close_crash_dialog_when_shown(button: str = "continue_button") -> list:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.crash import CrashDialog

    seen: list = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CrashDialog) and dialog.isVisible():
            timer.stop()
            seen.append(dialog.text.text())
            getattr(dialog, button).click()

    timer.timeout.connect(poll)
    timer.start()
    seen.append(timer)  # keep it alive
    return seen


def test_crash_is_logged_without_its_message_and_shows_the_log_path(qtbot, tmp_path) -> None:
    from dmtracker.ui.shell.crash import CrashHandler

    log_path = setup_logging(tmp_path / "logs")
    page = DraftPage()
    handler = CrashHandler(None, drafts=lambda: [page])
    seen = close_crash_dialog_when_shown()
    secret = "notes: I felt awful after the infusion (lot XYZ123)"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    text = log_path.read_text()
    assert "ValueError" in text and "test_logs.py" in text
    assert "XYZ123" not in text and "awful" not in text
    assert page.saved >= 1
    assert len(seen) == 2 and str(log_path) in seen[1]


def test_one_crash_dialog_at_a_time_and_every_crash_logged(qtbot, tmp_path) -> None:
    from dmtracker.ui.shell.crash import CrashHandler

    log_path = setup_logging(tmp_path / "logs")
    handler = CrashHandler(None)
    handler.showing = True  # a dialog is open already
    for _ in range(3):
        try:
            raise KeyError("x")
        except KeyError as exc:
            handler(type(exc), exc, exc.__traceback__)
    assert handler.count == 3
    assert log_path.read_text().count("builtins.KeyError") == 3


def test_crash_keeps_the_check_in_form_as_a_draft(qtbot, services, tmp_path) -> None:
    """The Today form survives an error elsewhere: still on screen, and saved as a draft."""
    from dmtracker.ui.shell.crash import CrashHandler
    from dmtracker.ui.shell.main_window import MainWindow

    setup_logging(tmp_path / "logs")
    window = MainWindow(settings_path=tmp_path / "ui.ini")
    qtbot.addWidget(window)
    window.set_services(services)
    today = window.pages[0]
    today.notes.setPlainText("typed, not saved yet")
    handler = CrashHandler(None, parent=lambda: window, drafts=lambda: window.pages)
    close_crash_dialog_when_shown()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert today.notes.toPlainText() == "typed, not saved yet"
    draft = services.settings.get("today/draft")
    assert draft and draft["notes"] == "typed, not saved yet"


def test_quit_from_the_crash_dialog_exits_with_a_code(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.crash import CrashHandler

    setup_logging(tmp_path / "logs")
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    page = DraftPage()
    handler = CrashHandler(None, drafts=lambda: [page])
    close_crash_dialog_when_shown("quit_button")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert codes == [70] and page.saved == 2
