"""Backups copied to a second folder: copied whole, photos too, the newest N kept, a vanished
or read-only destination a clear reason and nothing else."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dmtracker.services import backup_copies as bc
from dmtracker.storage import backup as bk


def test_each_daily_backup_is_copied_with_the_photos(services, paths, tmp_path: Path) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 3})
    made = services.maintenance.daily_backup()
    assert made is not None
    (paths.photos / "2026").mkdir(parents=True)
    (paths.photos / "2026" / "a.png").write_bytes(b"png")
    usb = tmp_path / "usb"
    usb.mkdir()
    result = bc.copy_backup(paths, made, usb, "abc123")
    assert result.copied.read_bytes() == made.read_bytes()
    assert (bc.destination(usb, "abc123") / "photos" / "2026" / "a.png").read_bytes() == b"png"
    assert result.photos == 1
    again = bc.copy_backup(paths, made, usb, "abc123")  # nothing new: nothing copied twice
    assert again.photos == 0
    assert [b.path.name for b in bc.copies_in(usb, "abc123")] == [made.name]


def test_only_the_newest_copies_are_kept(services, paths, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for day in range(5):
        made = bk.make_backup(paths.db, paths.backups, "auto", start + timedelta(days=day))
        bc.copy_backup(paths, made, usb, "d1", keep=3)
    kept = bc.copies_in(usb, "d1")
    assert len(kept) == 3
    assert kept[0].taken_at == start + timedelta(days=4)


def test_two_diaries_share_a_destination_without_touching_each_other(
    services, paths, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = services.maintenance.backup_now()
    bc.copy_backup(paths, made, usb, "anna", keep=1)
    bc.copy_backup(paths, made, usb, "sam", keep=1)
    assert len(bc.copies_in(usb, "anna")) == len(bc.copies_in(usb, "sam")) == 1


def test_a_vanished_drive_gives_a_reason_and_writes_nothing(
    services, paths, tmp_path: Path
) -> None:
    made = services.maintenance.backup_now()
    gone = tmp_path / "unplugged"
    with pytest.raises(bc.CopyFailed, match="is not there"):
        bc.copy_backup(paths, made, gone, "x")
    assert not gone.exists()
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(bc.CopyFailed, match="is not a folder"):
        bc.copy_backup(paths, made, a_file, "x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_destination_gives_a_reason(services, paths, tmp_path: Path) -> None:
    made = services.maintenance.backup_now()
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(bc.CopyFailed, match="cannot be written"):
            bc.copy_backup(paths, made, ro, "x")
    finally:
        ro.chmod(0o700)


def test_seven_days_without_a_copy_is_overdue() -> None:
    now = datetime(2026, 12, 7, tzinfo=UTC)
    ok = bc.CopyStatus("/media/usb", now - timedelta(days=6), now, "")
    assert not ok.overdue(now)
    late = bc.CopyStatus("/media/usb", now - timedelta(days=8), now, "not there")
    assert late.overdue(now)
    assert bc.CopyStatus("/media/usb", None, None, "").overdue(now)
    assert not bc.CopyStatus("", None, None, "").overdue(now)  # no second folder chosen


# -- the service: settings, the copy after each daily backup, the status, restoring ---------
def _usb(tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    return usb


def test_the_folder_is_checked_when_chosen(services, paths, tmp_path: Path) -> None:
    from dmtracker.domain.errors import ValidationError

    copies = services.backup_copies
    assert copies.folder() is None and copies.keep() == 7
    for bad, words in (
        ("relative/folder", "full path"),
        (str(tmp_path / "missing"), "is not there"),
        (str(paths.root / "backups"), "outside the diary's own folder"),
    ):
        with pytest.raises(ValidationError, match=words) as info:
            copies.set_folder(bad)
        assert info.value.field == "backups/copy_folder"
    assert copies.folder() is None
    usb = _usb(tmp_path)
    copies.set_folder(usb)
    assert copies.folder() == usb
    made_id = copies.diary_id()
    assert len(made_id) == 16 and copies.diary_id() == made_id  # made once
    with pytest.raises(ValidationError):
        copies.set_keep(0)
    copies.set_keep(3)
    assert copies.keep() == 3
    copies.set_folder(None)
    assert copies.folder() is None and copies.copy_in_background() is None


def test_the_start_copies_each_days_backup_to_the_second_folder(
    services, paths, tmp_path: Path
) -> None:
    from dmtracker.startup import StartDiaries

    services.checkins.add({"day": "2026-11-20", "pain": 3})
    usb = _usb(tmp_path)
    services.backup_copies.set_folder(usb)
    StartDiaries._notice(services, paths)  # what the app's start does: today's backup, copied
    assert services.backup_copies.wait(30)
    copies = services.backup_copies.copies()
    assert [c.path.name for c in copies] == [services.maintenance.backups()[0].path.name]
    assert copies[0].path.read_bytes() == services.maintenance.backups()[0].path.read_bytes()
    status = services.backup_copies.status()
    assert status.last_ok == services.clock.now() and status.error == ""
    assert not status.overdue(services.clock.now())


def test_a_vanished_folder_is_recorded_and_warned_about_after_7_days(
    services, paths, tmp_path: Path
) -> None:
    usb = _usb(tmp_path)
    copies = services.backup_copies
    copies.set_folder(usb)
    services.maintenance.daily_backup()
    assert copies.copy_now() is not None
    usb.rename(tmp_path / "unplugged")  # the drive is gone
    with pytest.raises(bc.CopyFailed, match="is not there"):
        copies.copy_now()
    status = copies.status()
    assert "is not there" in status.error and status.last_ok == status.last_try
    assert not status.overdue(services.clock.now())
    assert status.overdue(services.clock.now() + timedelta(days=8))
    # on a thread: recorded and logged, never raised
    thread = copies.copy_in_background()
    assert thread is not None and copies.wait(30)
    assert "is not there" in copies.status().error


def test_a_slow_folder_does_not_hold_up_the_start(
    services, paths, tmp_path: Path, monkeypatch
) -> None:
    import threading
    import time

    from dmtracker.startup import StartDiaries

    usb = _usb(tmp_path)
    services.backup_copies.set_folder(usb)
    release = threading.Event()
    real = bc.copy_backup

    def slow(*args, **kwargs):
        release.wait(30)  # a network share that takes its time
        return real(*args, **kwargs)

    monkeypatch.setattr(bc, "copy_backup", slow)
    started = time.perf_counter()
    StartDiaries._notice(services, paths)
    assert time.perf_counter() - started < 2.0
    assert services.backup_copies.copies() == []  # still copying
    release.set()
    assert services.backup_copies.wait(30)
    assert len(services.backup_copies.copies()) == 1


def test_restore_from_the_second_folder(services, paths, tmp_path: Path) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 3})
    usb = _usb(tmp_path)
    services.backup_copies.set_folder(usb)
    made = services.maintenance.backup_now()
    services.backup_copies.copy_now(made)
    made.unlink()  # the diary's own backups are lost with its disk
    services.checkins.add({"day": "2026-11-21", "pain": 5})
    (copy,) = services.backup_copies.copies()
    services.engine.dispose()
    services.maintenance.restore(copy.path)
    from dmtracker.services.app_services import open_services

    again = open_services(paths, services.clock)
    try:
        assert [c.day.isoformat() for c in again.checkins.list()] == ["2026-11-20"]
    finally:
        again.close()


def test_the_copy_status_does_not_make_a_backup_someone_elses(
    services, paths, tmp_path: Path
) -> None:
    from dmtracker.reports.exports.exporting import export_data

    services.checkins.add({"day": "2026-11-20", "pain": 3})
    services.backup_copies.set_folder(_usb(tmp_path))
    out = tmp_path / "backup.json"
    export_data(services, "json", out)
    services.maintenance.daily_backup()
    services.backup_copies.copy_now()
    assert "already in this diary" in str(services.transfer.import_file(out).message)


def test_an_encrypted_diarys_copies_stay_encrypted(paths, clock, tmp_path: Path) -> None:
    from dmtracker.services import encryption
    from dmtracker.services.app_services import open_services

    passphrase = "correct horse battery"
    services = open_services(paths, clock)
    services.checkins.add({"day": "2026-11-20", "pain": 2})
    services.close()
    encryption.encrypt_database(paths, passphrase, passphrase)
    encryption.unlock(paths, passphrase)
    services = open_services(paths, clock)
    try:
        usb = _usb(tmp_path)
        services.backup_copies.set_folder(usb)
        made = services.maintenance.backup_now()
        services.backup_copies.copy_now(made)
        (copy,) = services.backup_copies.copies()
        assert not copy.path.read_bytes().startswith(b"SQLite format 3")
        assert encryption.opens_with(copy.path, passphrase)
    finally:
        services.close()
        encryption.lock(paths)
