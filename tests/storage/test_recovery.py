"""Damaged data at start: detection, the recovery dialog, and restoring the newest good backup.

Each case damages a copy of a demo diary the way real files get damaged (bytes overwritten,
the file truncated, the header destroyed, the WAL deleted mid-write), then checks that
``open_services`` refuses it with :class:`DatabaseDamagedError` naming the newest good backup,
that restoring it keeps the damaged file byte for byte, and that the diary opens again with the
backup's data.

Deleting the ``-wal`` file: SQLite keeps the newest commits in the WAL until a checkpoint copies
them into the main file. Deleting it after the writer died loses those commits but usually
leaves a consistent, older file (there is nothing to detect: it opens). Deleting it while a
checkpoint was half done leaves a main file with some pages new and some old: that is damage,
which the start-up check detects (the slow test counts both outcomes).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dmtracker.services.app_services import DatabaseDamagedError, open_services
from dmtracker.services.maintenance import check_backup, restore_database
from dmtracker.storage.db import integrity_check
from dmtracker.storage.paths import DataPaths

PAGE = 4096


@pytest.fixture
def diary(demo_template, tmp_path: Path, clock):
    """A copy of the demo diary with one backup, closed; returns (paths, backup path, rows)."""
    src, _summary = demo_template
    paths = DataPaths(tmp_path / "diary")
    shutil.copytree(src.root, paths.root)
    s = open_services(paths, clock)
    backup = s.maintenance.backup_now()
    rows = s.checkins.count()
    s.close()
    return paths, backup, rows


def overwrite_pages(db: Path, seed: int = 1) -> None:
    rng = random.Random(seed)
    data = bytearray(db.read_bytes())
    for off in range(PAGE * 3, len(data) - PAGE, PAGE * 5):
        data[off + 100 : off + 400] = rng.randbytes(300)
    db.write_bytes(bytes(data))


def truncate(db: Path, size: int) -> None:
    with db.open("r+b") as f:
        f.truncate(size)


DAMAGE = {
    "bytes overwritten": overwrite_pages,
    "truncated to half": lambda db: truncate(db, db.stat().st_size // 2),
    "truncated mid-page": lambda db: truncate(db, db.stat().st_size // 2 + 1234),
    "truncated to 0 bytes": lambda db: truncate(db, 0),
    "header destroyed": lambda db: db.write_bytes(b"\0" * 100 + db.read_bytes()[100:]),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_detected_and_the_backup_restored(diary, damage: str, clock) -> None:
    paths, backup, rows = diary
    DAMAGE[damage](paths.db)
    damaged_bytes = paths.db.read_bytes()
    with pytest.raises(DatabaseDamagedError) as info:
        open_services(paths, clock)
    exc = info.value
    assert exc.problems and exc.db == paths.db
    assert exc.backup is not None and exc.backup.path == backup
    assert "newest good backup" in str(exc) and str(backup) in str(exc)
    assert paths.db.read_bytes() == damaged_bytes, "detection changed the file"

    kept = restore_database(paths, exc.backup.path, clock.now())
    assert kept.parent == paths.backups and kept.read_bytes() == damaged_bytes
    s = open_services(paths, clock)
    try:
        assert s.checkins.count() == rows
        assert s.maintenance.check().ok
    finally:
        s.close()
    assert backup.exists(), "the backup itself is kept"


def test_an_unreadable_file_is_reported_not_crashed(diary, clock) -> None:
    paths, _backup, _rows = diary
    paths.db.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseDamagedError) as info:
        open_services(paths, clock)
    assert "cannot read the database" in info.value.problems[0]


def test_no_good_backup_is_said_plainly(tmp_path: Path, clock) -> None:
    paths = DataPaths(tmp_path / "d")
    s = open_services(paths, clock)
    s.checkins.add({"day": "2026-11-20", "pain": 4})
    s.close()
    overwrite_pages(paths.db)
    paths.db.write_bytes(b"\0" * 100 + paths.db.read_bytes()[100:])
    with pytest.raises(DatabaseDamagedError) as info:
        open_services(paths, clock)
    assert info.value.backup is None and "no good backup" in str(info.value)


def test_a_damaged_backup_is_refused_and_nothing_changes(diary, clock) -> None:
    from dmtracker.domain.errors import ValidationError

    paths, backup, _rows = diary
    overwrite_pages(backup)
    before = paths.db.read_bytes()
    with pytest.raises(ValidationError) as info:
        restore_database(paths, backup, clock.now())
    assert info.value.field == "backup" and "damaged" in info.value.reason
    assert paths.db.read_bytes() == before
    with pytest.raises(ValidationError, match="does not exist"):
        check_backup(paths.backups / "nothing.sqlite3")


def test_restoring_twice_in_one_second_keeps_both_files(diary, clock) -> None:
    paths, backup, _rows = diary
    overwrite_pages(paths.db, seed=1)
    first = restore_database(paths, backup, clock.now())
    overwrite_pages(paths.db, seed=2)
    second = restore_database(paths, backup, clock.now())
    assert first != second and first.exists() and second.exists()


# --- the WAL deleted mid-write ---------------------------------------------------------------
WRITER = Path(__file__).with_name("crash_writer.py")


def write_then_kill(root: Path, run: int, seconds: float, *extra: str) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(root), str(run), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("ready")
    time.sleep(seconds)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    return [ln.strip() for ln in proc.stdout if ln.startswith("ack checkin")]


def test_wal_deleted_after_a_kill_loses_only_uncheckpointed_commits(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "d")
    first = write_then_kill(paths.root, 1, 0.3)  # ordinary writes: checkpointed on next open
    s = open_services(paths)
    s.maintenance.backup_now()
    s.close()
    second = write_then_kill(paths.root, 2, 0.5, "--big-wal")
    wal = Path(f"{paths.db}-wal")
    assert first and second and wal.stat().st_size > 0
    wal.unlink()  # the WAL is gone with every commit of the second run in it

    assert integrity_check(paths.db) == []  # consistent, older: nothing to detect
    s = open_services(paths)
    try:
        days = {c.day.isoformat() for c in s.checkins.list()}
    finally:
        s.close()
    first_days = {line.split()[3] for line in first}
    second_days = {line.split()[3] for line in second}
    assert first_days <= days, "records checkpointed before the WAL was deleted are kept"
    assert not (second_days & days), "the deleted WAL's commits are gone (documented)"


@pytest.mark.slow
def test_wal_deleted_mid_checkpoint_is_consistent_or_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kill a checkpoint of a large WAL at random moments, delete the WAL: each time the file is
    either consistent or refused at start (never opened damaged), and the backup restores."""
    outcomes = {"consistent": 0, "detected and restored": 0}
    rng = random.Random(5)
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "print('ready', flush=True)\n"
        "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "time.sleep(30)\n"
    )
    for trial in range(12):
        paths = DataPaths(tmp_path / f"t{trial}")
        write_then_kill(paths.root, 1, 0.2)
        s = open_services(paths)
        good = s.maintenance.backup_now()
        s.close()
        write_then_kill(paths.root, 2, 1.5, "--big-wal")
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(paths.db)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().startswith("ready")
        time.sleep(rng.uniform(0.0, 0.03))
        proc.kill()
        proc.wait(30)
        Path(f"{paths.db}-wal").unlink(missing_ok=True)
        try:
            s = open_services(paths)
        except DatabaseDamagedError as exc:
            assert exc.backup is not None and exc.backup.path == good
            restore_database(paths, exc.backup.path)
            s = open_services(paths)
            outcomes["detected and restored"] += 1
        else:
            outcomes["consistent"] += 1
        try:
            assert s.maintenance.check().ok
        finally:
            s.close()
    with capsys.disabled():
        print(f"\nWAL deleted mid-checkpoint, 12 trials: {outcomes}")
    assert sum(outcomes.values()) == 12


# --- the dialog --------------------------------------------------------------------------------
def _dialog(qtbot, diary, clock, restore=None, with_backup=True):  # type: ignore[no-untyped-def]
    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog

    paths, _backup, _rows = diary
    overwrite_pages(paths.db)
    with pytest.raises(DatabaseDamagedError) as info:
        open_services(paths, clock)
    exc = info.value
    dialog = RecoveryDialog(
        exc.db, exc.problems, exc.backup if with_backup else None, restore, None
    )
    qtbot.addWidget(dialog)
    return dialog, exc, paths


def test_dialog_shows_problem_backup_and_date(qtbot, diary, clock) -> None:
    from dmtracker.ui.shell.recovery_dialog import local_time

    dialog, exc, paths = _dialog(qtbot, diary, clock, restore=lambda: Path("x"))
    assert exc.problems[0] in dialog.problem.text()
    assert dialog.db_path.text() == str(paths.db)
    assert dialog.backup_path is not None and dialog.backup_path.text() == str(exc.backup.path)
    text = dialog.backup_text.text()
    assert local_time(exc.backup.taken_at) in text
    assert "not deleted" in text.replace("<b>", "").replace("</b>", "")
    assert dialog.restore_button.isVisibleTo(dialog) and dialog.restore_button.isDefault()
    assert dialog.restore_button.text() == "&Restore this backup"
    assert dialog.quit_button.text() == "&Quit"


def test_dialog_restore_runs_the_restore_and_accepts(qtbot, diary, clock) -> None:
    from PySide6.QtWidgets import QDialog

    paths = diary[0]
    damaged: list[bytes] = []

    def restore() -> Path:
        return restore_database(paths, exc.backup.path, clock.now())

    dialog, exc, paths = _dialog(qtbot, diary, clock, restore=lambda: restore())
    damaged.append(paths.db.read_bytes())
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.kept is not None and dialog.kept.read_bytes() == damaged[0]
    s = open_services(paths, clock)
    assert s.checkins.count() == diary[2]
    s.close()


def test_dialog_keeps_open_with_the_reason_when_restore_fails(qtbot, diary, clock) -> None:
    from dmtracker.domain.errors import ValidationError

    def restore() -> Path:
        raise ValidationError("backup", "x.sqlite3 is damaged (test)")

    dialog, _exc, _paths = _dialog(qtbot, diary, clock, restore=restore)
    dialog.show()
    dialog.restore_button.click()
    assert dialog.isVisible() and dialog.kept is None
    assert dialog.status.isVisibleTo(dialog) and "could not be restored" in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_dialog_without_backup_offers_only_quit(qtbot, diary, clock) -> None:
    from PySide6.QtWidgets import QDialog

    dialog, _exc, _paths = _dialog(qtbot, diary, clock, restore=None, with_backup=False)
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert "no good backup" in dialog.backup_text.text()
    assert dialog.quit_button.isDefault()
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_dialog_at_200_percent_text(qtbot, diary, clock) -> None:
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.style import stylesheet

    app = QApplication.instance()
    old = app.styleSheet()
    app.setStyleSheet(stylesheet(200))
    try:
        dialog, _exc, _paths = _dialog(qtbot, diary, clock, restore=lambda: Path("x"))
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        for button in (dialog.restore_button, dialog.quit_button):
            assert button.height() >= 32
            label = button.text().replace("&", "")
            assert button.width() >= button.fontMetrics().horizontalAdvance(label)
        scroll = dialog.scroll_area
        needed = dialog.body.layout().totalHeightForWidth(scroll.viewport().width())
        if needed <= dialog.screen().availableGeometry().height() * 0.8:
            assert not scroll.verticalScrollBar().isVisible(), "scrolls with room to spare"
        assert dialog.body.width() <= scroll.viewport().width(), "text cut off at the side"
        if os.environ.get("DMTRACKER_SCREENSHOTS"):
            dialog.grab().save(os.environ["DMTRACKER_SCREENSHOTS"] + "/recovery-200.png")
    finally:
        app.setStyleSheet(old)


# --- the app: start on a damaged diary, restore, continue ---------------------------------------
def click_when_shown(action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(dialog)`` once a RecoveryDialog is the active modal window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog

    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog) and dialog.isVisible():
            timer.stop()
            action(dialog)

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)


_timers: list = []


def test_app_start_recovers_through_the_dialog(qtbot, diary) -> None:
    from dmtracker.cli import build_parser
    from dmtracker.startup import StartDiaries
    from dmtracker.ui.shell.main_window import MainWindow
    from dmtracker.ui.shell.opening import recover
    from dmtracker.ui.shell.recovery_dialog import RecoveryDialog

    paths, _backup, rows = diary
    overwrite_pages(paths.db)
    damaged = paths.db.read_bytes()
    args = build_parser().parse_args(["--data-dir", str(paths.root)])
    window = MainWindow(settings_path=paths.root / "ui.ini")
    qtbot.addWidget(window)
    try:
        StartDiaries(args).start()
    except DatabaseDamagedError as exc:
        error = exc
    else:  # pragma: no cover - the damage must be seen
        pytest.fail("the damaged diary opened")
    seen: list[RecoveryDialog] = []
    click_when_shown(lambda dialog: (seen.append(dialog), dialog.restore_button.click()))
    opened = recover(window, error, StartDiaries(args))
    assert seen and opened is not None
    services, is_demo = opened
    try:
        assert not is_demo and services.paths == paths
        assert services.checkins.count() == rows
        kept = [p for p in paths.backups.iterdir() if p.suffix == ".damaged"]
        assert len(kept) == 1 and kept[0].read_bytes() == damaged
        assert (paths.logs / "dmtracker.log").exists()
    finally:
        services.close()


def test_app_start_quit_leaves_the_file_as_it_is(qtbot, diary) -> None:
    from dmtracker.cli import build_parser
    from dmtracker.startup import StartDiaries
    from dmtracker.ui.shell.main_window import MainWindow
    from dmtracker.ui.shell.opening import recover

    paths, _backup, _rows = diary
    overwrite_pages(paths.db)
    damaged = paths.db.read_bytes()
    args = build_parser().parse_args(["--data-dir", str(paths.root)])
    window = MainWindow(settings_path=paths.root / "ui.ini")
    qtbot.addWidget(window)
    with pytest.raises(DatabaseDamagedError) as info:
        StartDiaries(args).start()
    click_when_shown(lambda dialog: dialog.quit_button.click())
    assert recover(window, info.value, StartDiaries(args)) is None
    assert paths.db.read_bytes() == damaged
    assert not [p for p in paths.backups.iterdir() if p.suffix == ".damaged"]
