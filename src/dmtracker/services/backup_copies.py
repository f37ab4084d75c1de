"""Backups to a second folder of the user's choice (a synced folder, a USB drive).

Each daily backup is copied there as it is (an encrypted diary's backups stay encrypted), with
the diary's photos (the plain photo files, or the encrypted vault), and only the newest ``keep``
backup copies are kept there. The copies of one diary live in a folder of their own inside the
chosen folder (``dmtracker-<diary id>/``), so two diaries (profiles) can share a destination and
never touch each other's files.

A destination that is missing (a drive not plugged in), read-only, full or slow never stops the
app: the copy fails with a reason the Reports page shows, and the next start tries again. The
result of each attempt is kept (:class:`CopyStatus`); seven days without a successful copy is
a warning.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dmtracker.domain.errors import OneLineError
from dmtracker.domain.messages import Text, translate
from dmtracker.storage import backup as bk
from dmtracker.storage.paths import DIR_MODE, FILE_MODE, DataPaths

WARN_AFTER = timedelta(days=7)
DEFAULT_KEEP = 7
KEEP_RANGE = (1, 365)
PHOTOS = "photos"


@dataclass(frozen=True)
class CopyStatus:
    """The last attempt to copy to the second folder, and the last one that worked."""

    folder: str
    last_ok: datetime | None
    last_try: datetime | None
    error: str

    def overdue(self, now: datetime) -> bool:
        return bool(self.folder) and (self.last_ok is None or now - self.last_ok > WARN_AFTER)


class CopyFailed(OneLineError):
    def __init__(self, reason: Text | str) -> None:
        super().__init__("backup_copy", reason)


def destination(folder: Path, diary_id: str) -> Path:
    """Where one diary's copies go inside the chosen folder."""
    return folder / f"dmtracker-{diary_id}"


def _check_folder(folder: Path) -> None:
    if not folder.exists():
        raise CopyFailed(
            translate(
                "BackupCopies",
                "the folder {folder} is not there (is the drive connected?)",
            ).format(folder=str(folder))
        )
    if not folder.is_dir():
        raise CopyFailed(
            translate("BackupCopies", "{folder} is not a folder").format(folder=str(folder))
        )
    if not os.access(folder, os.W_OK):
        raise CopyFailed(
            translate("BackupCopies", "the folder {folder} cannot be written").format(
                folder=str(folder)
            )
        )


def _copy_file(src: Path, dest: Path) -> None:
    """Copy whole or not at all (a partial file never takes the name)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    part = dest.with_name(dest.name + ".part")
    try:
        shutil.copyfile(src, part)
        os.chmod(part, FILE_MODE)
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _same(src: Path, dest: Path) -> bool:
    try:
        a, b = src.stat(), dest.stat()
    except OSError:
        return False
    return a.st_size == b.st_size and int(a.st_mtime) <= int(b.st_mtime)


def _copy_photos(photos: Path, dest: Path) -> int:
    """New and changed photo files (or the vault); nothing is deleted from the copy."""
    copied = 0
    if not photos.is_dir():
        return 0
    for src in sorted(photos.rglob("*")):
        if not src.is_file() or src.is_symlink() or src.name.endswith(".part"):
            continue
        target = dest / src.relative_to(photos)
        if not _same(src, target):
            _copy_file(src, target)
            copied += 1
    return copied


@dataclass(frozen=True)
class CopyResult:
    copied: Path
    photos: int
    removed: int


def copy_backup(
    paths: DataPaths, backup: Path, folder: Path, diary_id: str, keep: int = DEFAULT_KEEP
) -> CopyResult:
    """Copy ``backup`` and the photos into ``folder``; keep the newest ``keep`` copies there.
    Raises :class:`CopyFailed` with the reason (nothing half-written is left)."""
    _check_folder(folder)
    dest = destination(folder, diary_id)
    try:
        target = dest / backup.name
        if not _same(backup, target):
            _copy_file(backup, target)
        photos = _copy_photos(paths.photos, dest / PHOTOS)
        copies = bk.list_backups(dest)
        removed = 0
        for old in copies[keep:]:
            old.path.unlink(missing_ok=True)
            removed += 1
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CopyFailed(
            translate("BackupCopies", "copying to {folder} failed: {reason}").format(
                folder=str(folder), reason=reason
            )
        ) from None
    return CopyResult(target, photos, removed)


def copies_in(folder: Path, diary_id: str) -> list[bk.BackupInfo]:
    """The backups of this diary in the second folder, newest first (to restore from)."""
    dest = destination(folder, diary_id)
    return bk.list_backups(dest) if dest.is_dir() else []
