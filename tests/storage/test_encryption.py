"""Encryption at rest: SQLCipher 4 through ``sqlcipher3``, a passphrase asked at start.

An encrypted diary: the database, its WAL and every backup are unreadable without the
passphrase; backups and copies stay encrypted unless the user asks for a plain copy; the
passphrase is never stored; a wrong one is refused by name; migrations, integrity checks and
restores work on encrypted files; the diary can be stored unencrypted again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from dmtracker.domain.errors import ValidationError
from dmtracker.services import maintenance as mt
from dmtracker.services.app_services import DatabaseDamagedError, open_services
from dmtracker.storage import backup as bk
from dmtracker.storage import migrate as mig
from dmtracker.storage.db import connect, integrity_check, is_plain_file, passphrase_for
from dmtracker.storage.paths import DataPaths

PASS = "correct horse battery"
NOTE = "felt the rash itch after the walk"


@pytest.fixture
def diary(tmp_path: Path, clock):
    """A plain diary with a note, one backup, closed."""
    paths = DataPaths(tmp_path / "d")
    s = open_services(paths, clock)
    s.checkins.add({"day": "2026-11-20", "pain": 4, "notes": NOTE})
    s.maintenance.backup_now()
    s.close()
    yield paths
    mt.lock(paths)


@pytest.fixture
def encrypted(diary: DataPaths):
    assert mt.encrypt_database(diary, PASS, PASS) == 1
    mt.lock(diary)  # as after a restart: nothing in memory
    return diary


def readable(path: Path) -> bool:
    return NOTE.encode() in path.read_bytes()


def test_encrypting_leaves_no_readable_copy(diary: DataPaths) -> None:
    assert readable(diary.db) or any(readable(b.path) for b in bk.list_backups(diary.backups))
    mt.encrypt_database(diary, PASS, PASS)
    files = [p for p in diary.root.rglob("*") if p.is_file() and "sqlite3" in p.name]
    assert files
    for f in files:
        assert not is_plain_file(f), f
        assert not readable(f), f
    marker = diary.root / mt.ENCRYPTED_MARKER
    assert marker.is_file() and "cannot be opened again" in marker.read_text()
    assert PASS not in marker.read_text()
    assert mt.is_encrypted(diary)
    for p in diary.root.rglob("*"):
        want = 0o700 if p.is_dir() else 0o600
        assert stat.S_IMODE(p.stat().st_mode) == want, p


def test_the_passphrase_is_asked_and_checked(encrypted: DataPaths, clock) -> None:
    with pytest.raises(mt.PassphraseRequiredError):
        open_services(encrypted, clock)
    with pytest.raises(mt.WrongPassphraseError) as info:
        open_services(encrypted, clock, passphrase="not the one")
    assert info.value.field == "passphrase"
    assert passphrase_for(encrypted.db) is None, "a wrong passphrase is not kept"
    s = open_services(encrypted, clock, passphrase=PASS)
    try:
        assert s.checkins.list()[0].notes == NOTE
        assert s.maintenance.check().ok
    finally:
        s.close()


def test_encrypted_engine_keeps_wal_and_foreign_keys(encrypted: DataPaths, clock) -> None:
    s = open_services(encrypted, clock, passphrase=PASS)
    try:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        s.checkins.add({"day": "2026-11-21", "pain": 2, "notes": "second " + NOTE})
        wal = Path(f"{encrypted.db}-wal")
        assert wal.exists() and not readable(wal)
    finally:
        s.close()


def test_backups_and_copies_stay_encrypted_unless_plain_is_asked(
    encrypted: DataPaths, clock, tmp_path: Path
) -> None:
    s = open_services(encrypted, clock, passphrase=PASS)
    try:
        manual = s.maintenance.backup_now()
        daily = s.maintenance.daily_backup()
        copy = s.maintenance.backup_now(tmp_path / "copy.sqlite3")
        plain = s.maintenance.backup_now(tmp_path / "plain.sqlite3", plain=True)
    finally:
        s.close()
    for f in (manual, daily, copy):
        assert f is not None and not is_plain_file(f) and not readable(f)
        assert integrity_check(f) == [] or f == copy  # the copy is outside the data folder
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM daily_checkin").fetchall()
    with sqlite3.connect(plain) as conn:
        assert conn.execute("SELECT notes FROM daily_checkin").fetchone()[0] == NOTE
    # the outside copy opens with the passphrase, like the diary
    conn = connect(copy, key=PASS)
    assert conn.execute("SELECT notes FROM daily_checkin").fetchone()[0] == NOTE
    conn.close()


def test_damage_to_an_encrypted_diary_is_detected_and_restored(encrypted: DataPaths, clock):
    data = bytearray(encrypted.db.read_bytes())
    for off in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[off + 200 : off + 300] = os.urandom(100)
    encrypted.db.write_bytes(bytes(data))
    mt.unlock(encrypted, PASS)  # right passphrase: a backup opens with it
    with pytest.raises(DatabaseDamagedError) as info:
        open_services(encrypted, clock)
    assert info.value.backup is not None
    kept = mt.restore_database(encrypted, info.value.backup.path, clock.now())
    assert kept.read_bytes() == bytes(data)
    s = open_services(encrypted, clock)
    try:
        assert s.checkins.list()[0].notes == NOTE
    finally:
        s.close()
    assert not is_plain_file(encrypted.db)


def test_a_plain_backup_restores_into_an_encrypted_diary_encrypted(
    diary: DataPaths, clock, tmp_path: Path
) -> None:
    old = tmp_path / "old-plain.sqlite3"
    shutil.copyfile(bk.list_backups(diary.backups)[0].path, old)
    mt.encrypt_database(diary, PASS, PASS)
    mt.restore_database(diary, old, clock.now())
    assert not is_plain_file(diary.db) and not readable(diary.db)
    assert mt.is_encrypted(diary)
    s = open_services(diary, clock)
    assert s.checkins.count() == 1
    s.close()


def test_an_encrypted_diary_upgrades_with_an_encrypted_backup(
    encrypted: DataPaths, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "migrations"
    shutil.copytree(mig.MIGRATIONS_DIR, d, ignore=shutil.ignore_patterns("__pycache__"))
    (d / "versions" / "9001_enc.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f'revision = "9001_enc"\ndown_revision = "{mig.head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
        '    op.create_table("extra_enc", sa.Column("id", sa.Integer(), primary_key=True))\n\n'
        "def downgrade():\n"
        '    op.drop_table("extra_enc")\n'
    )
    monkeypatch.setattr(mig, "MIGRATIONS_DIR", d)
    s = open_services(encrypted, clock, passphrase=PASS)
    try:
        assert s.migration is not None and s.migration.to_revision == "9001_enc"
        backup = s.migration.backup
        assert backup is not None and not is_plain_file(backup) and not readable(backup)
        assert s.checkins.list()[0].notes == NOTE
    finally:
        s.close()
    assert not is_plain_file(encrypted.db)
    assert not list(encrypted.root.glob("*.migrating*"))


def test_decrypting_stores_everything_plain_again(encrypted: DataPaths, clock) -> None:
    with pytest.raises(mt.WrongPassphraseError):
        mt.decrypt_database(encrypted, "wrong passphrase")
    assert mt.decrypt_database(encrypted, PASS) == 1
    assert not mt.is_encrypted(encrypted)
    assert not (encrypted.root / mt.ENCRYPTED_MARKER).exists()
    assert is_plain_file(encrypted.db)
    for b in bk.list_backups(encrypted.backups):
        assert is_plain_file(b.path)
    s = open_services(encrypted, clock)
    assert s.checkins.list()[0].notes == NOTE
    s.close()


@pytest.mark.parametrize(
    ("passphrase", "repeat", "field", "words"),
    [
        ("short", "short", "passphrase", "at least 8"),
        (" leading space", " leading space", "passphrase", "space"),
        ("long enough one", "long enough two", "repeat", "not the same"),
    ],
)
def test_a_new_passphrase_must_be_good(diary, passphrase, repeat, field, words) -> None:
    before = diary.db.read_bytes()
    with pytest.raises(ValidationError) as info:
        mt.encrypt_database(diary, passphrase, repeat)
    assert info.value.field == field and words in info.value.reason
    assert diary.db.read_bytes() == before and not mt.is_encrypted(diary)


def test_encrypting_twice_or_a_plain_diary_with_a_passphrase_is_refused(encrypted, clock):
    with pytest.raises(ValidationError, match="encrypted already"):
        mt.encrypt_database(encrypted, PASS, PASS)
    other = DataPaths(encrypted.root.parent / "plain")
    open_services(other, clock).close()
    with pytest.raises(ValidationError, match="not encrypted"):
        open_services(other, clock, passphrase=PASS)


# --- the command line -----------------------------------------------------------------------
def test_command_line_encrypt_check_backup_export(diary, tmp_path, capsys, monkeypatch):
    from dmtracker.app import main

    monkeypatch.setenv("DMTRACKER_PASSPHRASE", PASS)
    d = str(diary.root)
    assert main(["encrypt", "--data-dir", d]) == 0
    out = capsys.readouterr()
    assert "cannot be opened again" in out.err and "Encrypted" in out.out
    mt.lock(diary)
    assert main(["check", "--data-dir", d]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert main(["backup", "--data-dir", d, "--out", str(tmp_path / "b.sqlite3")]) == 0
    assert not is_plain_file(tmp_path / "b.sqlite3")
    assert main(["backup", "--data-dir", d, "--out", str(tmp_path / "p.sqlite3"), "--plain"]) == 0
    assert is_plain_file(tmp_path / "p.sqlite3")
    capsys.readouterr()
    assert main(["export", "--data-dir", d, "--format", "csv", "--out", str(tmp_path / "x")]) == 1
    assert "--plain" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    mt.lock(diary)
    monkeypatch.setenv("DMTRACKER_PASSPHRASE", "wrong passphrase")
    assert main(["check", "--data-dir", d]) == 1
    assert "passphrase: is not the passphrase" in capsys.readouterr().err


def test_command_line_without_a_terminal_says_how(encrypted, capsys, monkeypatch) -> None:
    import io

    from dmtracker.app import main

    monkeypatch.delenv("DMTRACKER_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["check", "--data-dir", str(encrypted.root)]) == 1
    err = capsys.readouterr().err
    assert "DMTRACKER_PASSPHRASE" in err and "Traceback" not in err


# --- the dialogs ------------------------------------------------------------------------------
def test_unlock_dialog_refuses_a_wrong_passphrase_and_stays(qtbot, encrypted) -> None:
    from PySide6.QtWidgets import QDialog

    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("unlock", lambda p: mt.unlock(encrypted, p), str(encrypted.root))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok.text() == "&Open" and dialog.cancel.text() == "&Quit"
    assert "cannot be opened again" in dialog.warning.text()
    qtbot.keyClicks(dialog.field, "wrong passphrase")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Passphrase is not the passphrase")
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASS)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert passphrase_for(encrypted.db) == PASS


def test_set_dialog_needs_the_warning_ticked_and_the_same_twice(qtbot, diary) -> None:
    from PySide6.QtWidgets import QDialog

    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("set", mt.check_new_passphrase, str(diary.root))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repeat.isVisibleTo(dialog) and dialog.understood.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.field, PASS)
    qtbot.keyClicks(dialog.repeat, PASS + "x")
    dialog.ok.click()
    assert "Tick the box" in dialog.error.text() and dialog.isVisible()
    dialog.understood.setChecked(True)
    dialog.ok.click()
    assert dialog.error.text().startswith("Passphrase again is not the same")
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASS)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase() == PASS


def test_dialogs_at_200_percent_text(qtbot, diary) -> None:
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog
    from dmtracker.ui.shell.style import stylesheet

    app = QApplication.instance()
    old = app.styleSheet()
    app.setStyleSheet(stylesheet(200))
    try:
        for mode in ("unlock", "set", "remove"):
            dialog = PassphraseDialog(mode, lambda *a: None, str(diary.root))
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            qtbot.wait(20)
            for b in (dialog.ok, dialog.cancel):
                assert b.height() >= 32
                assert b.width() >= b.fontMetrics().horizontalAdvance(b.text().replace("&", ""))
            if os.environ.get("DMTRACKER_SCREENSHOTS"):
                dialog.grab().save(f"{os.environ['DMTRACKER_SCREENSHOTS']}/passphrase-{mode}.png")
    finally:
        app.setStyleSheet(old)


def poll_dialog(action) -> list:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dmtracker.ui.shell.passphrase_dialog import PassphraseDialog

    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.isVisible():
            timer.stop()
            action(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return [timer]


def test_app_asks_the_passphrase_at_start(qtbot, encrypted) -> None:
    from dmtracker.cli import build_parser
    from dmtracker.startup import StartDiaries
    from dmtracker.ui.shell.main_window import MainWindow
    from dmtracker.ui.shell.opening import unlock

    window = MainWindow(settings_path=encrypted.root / "ui.ini")
    qtbot.addWidget(window)
    args = build_parser().parse_args(["--data-dir", str(encrypted.root)])
    with pytest.raises(mt.PassphraseRequiredError) as info:
        StartDiaries(args).start()

    def type_it(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.field.setText(PASS)
        dialog.ok.click()

    keep = poll_dialog(type_it)
    assert unlock(window, info.value)
    services, is_demo = StartDiaries(args).start()
    try:
        assert not is_demo and services.checkins.list()[0].notes == NOTE
    finally:
        services.close()
    assert keep


def test_file_menu_encrypts_and_decrypts(qtbot, diary, clock) -> None:
    from dmtracker.ui.shell.encryption import change_encryption
    from dmtracker.ui.shell.main_window import MainWindow

    window = MainWindow(settings_path=diary.root / "ui.ini")
    qtbot.addWidget(window)
    services = open_services(diary, clock)
    window.set_services(services)
    assert window.encrypt_action.text() == "&Encryption (passphrase)…"

    def set_it(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.mode == "set"
        dialog.field.setText(PASS)
        dialog.repeat.setText(PASS)
        dialog.understood.setChecked(True)
        dialog.ok.click()

    keep = poll_dialog(set_it)
    services = change_encryption(window, services)
    assert mt.is_encrypted(diary) and window.services is services
    assert services.checkins.list()[0].notes == NOTE

    def remove_it(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.mode == "remove"
        dialog.field.setText(PASS)
        dialog.ok.click()

    keep += poll_dialog(remove_it)
    services = change_encryption(window, services)
    try:
        assert not mt.is_encrypted(diary) and is_plain_file(diary.db)
        assert services.checkins.count() == 1
    finally:
        services.close()
