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
