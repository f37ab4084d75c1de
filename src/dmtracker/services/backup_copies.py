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

import logging
import os
import secrets
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dmtracker.domain import settings as rules
from dmtracker.domain.errors import OneLineError, ValidationError
from dmtracker.domain.messages import Text, translate
from dmtracker.services.clock import Clock
from dmtracker.services.profile import SettingsService
from dmtracker.storage import backup as bk
from dmtracker.storage.paths import DIR_MODE, FILE_MODE, DataPaths

log = logging.getLogger(__name__)

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


class BackupCopyService:
    """The second backup folder of one diary (``services.backup_copies``): its settings, the
    copy after each daily backup (on a thread of its own, so a slow or vanished folder never
    holds up the start), the result of the last attempt, and the copies there to restore from.
    """

    def __init__(
        self, paths: DataPaths, clock: Clock, settings: SettingsService, *, read_only: bool = False
    ):
        self.paths = paths
        self.clock = clock
        self.settings = settings
        self.read_only = read_only
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        #: the last failure's reason as a translatable text (the stored one is English)
        self.last_reason: Text | str = ""

    # -- settings ---------------------------------------------------------------------------
    def folder(self) -> Path | None:
        text = self.settings.get(rules.COPY_FOLDER)
        return Path(text) if text else None

    def keep(self) -> int:
        return int(self.settings.get(rules.COPY_KEEP))

    def set_folder(self, folder: str | Path | None) -> None:
        """Choose the second folder (None or "" turns the copies off). It must be an existing
        folder given by its full path, and not the diary's own folder; ValidationError else."""
        text = str(folder) if folder else ""
        if text:
            p = Path(text)
            if not p.is_absolute():
                raise ValidationError(
                    rules.COPY_FOLDER,
                    translate("BackupCopies", "must be a full path, like /media/usb/backups"),
                )
            if not p.is_dir():
                raise ValidationError(
                    rules.COPY_FOLDER,
                    translate("BackupCopies", "the folder {folder} is not there").format(
                        folder=text
                    ),
                )
            if _inside(p, self.paths.root):
                raise ValidationError(
                    rules.COPY_FOLDER,
                    translate(
                        "BackupCopies",
                        "must be outside the diary's own folder {folder} (a copy there is lost "
                        "with it)",
                    ).format(folder=str(self.paths.root)),
                )
        rules.check(rules.COPY_FOLDER, text)
        if text:
            self.diary_id()
        self.settings.set(rules.COPY_FOLDER, text)

    def set_keep(self, keep: int) -> None:
        self.settings.set(rules.COPY_KEEP, keep)

    def diary_id(self) -> str:
        """This diary's id: made once (random), kept in the diary's settings."""
        found = self.settings.get(rules.DIARY_ID)
        if not found:
            found = secrets.token_hex(8)
            self.settings.set(rules.DIARY_ID, found)
        return str(found)

    def status(self) -> CopyStatus:
        text = self.settings.get(rules.COPY_FOLDER)
        return CopyStatus(
            text,
            _when(self.settings.get(rules.COPY_LAST_OK)),
            _when(self.settings.get(rules.COPY_LAST_TRY)),
            self.settings.get(rules.COPY_LAST_ERROR),
        )

    # -- copying ----------------------------------------------------------------------------
    def copy_now(self, backup: Path | None = None) -> CopyResult | None:
        """Copy ``backup`` (else the newest backup of the diary) to the second folder now and
        record the result; None when no folder is set or there is no backup yet. Raises
        :class:`CopyFailed` with the reason (recorded too)."""
        folder = self.folder()
        if folder is None:
            return None
        if backup is None:
            found = bk.list_backups(self.paths.backups)
            if not found:
                return None
            backup = found[0].path
        with self._lock:
            tried = self.clock.now()
            try:
                result = copy_backup(self.paths, backup, folder, self.diary_id(), self.keep())
            except CopyFailed as exc:
                self.last_reason = exc.reason
                self._record(tried, ok=False, error=_said(exc.reason))
                raise
            except Exception as exc:  # never a crash: a reason for the Reports page
                log.exception("the copy to the second backup folder failed")
                self._record(tried, ok=False, error=str(exc) or type(exc).__name__)
                raise CopyFailed(str(exc) or type(exc).__name__) from None
            self.last_reason = ""
            self._record(tried, ok=True, error="")
            log.info("backup copied to the second folder (%d photo files)", result.photos)
            return result

    def copy_in_background(self, backup: Path | None = None) -> threading.Thread | None:
        """Start :meth:`copy_now` on a daemon thread and return at once (None: nothing to do,
        or a copy is still running). Failures are recorded and logged, never raised."""
        if self.folder() is None:
            return None
        if self._thread is not None and self._thread.is_alive():
            return None

        def run() -> None:
            try:
                self.copy_now(backup)
            except CopyFailed as exc:
                log.warning("no copy in the second backup folder: %s", _said(exc.reason))
            except Exception:  # the settings could not be written (a diary closed meanwhile)
                log.exception("the copy to the second backup folder failed")

        self._thread = threading.Thread(target=run, name="backup-copy", daemon=True)
        self._thread.start()
        return self._thread

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a copy on its thread to end; True when none is running (any more)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def copies(self) -> list[bk.BackupInfo]:
        """The backups of this diary in the second folder, newest first ([] when it is off or
        not there)."""
        folder = self.folder()
        if folder is None:
            return []
        try:
            return copies_in(folder, self.diary_id())
        except OSError:
            return []

    def _record(self, tried: datetime, *, ok: bool, error: str) -> None:
        if self.read_only:
            return
        self.settings.set(rules.COPY_LAST_TRY, tried.isoformat())
        self.settings.set(rules.COPY_LAST_ERROR, error[: rules.MAX_COPY_ERROR])
        if ok:
            self.settings.set(rules.COPY_LAST_OK, tried.isoformat())


def _inside(p: Path, root: Path) -> bool:
    try:
        p.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _said(reason: object) -> str:
    return str(reason)
