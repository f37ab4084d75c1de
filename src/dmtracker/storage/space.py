"""Full disks and read-only folders: told in one line that names the folder, never a traceback.

SQLite says "database or disk is full" (SQLITE_FULL) and "attempt to write a readonly database"
(SQLITE_READONLY); the operating system says ENOSPC, EROFS or EACCES. Each becomes a
:class:`ValidationError` subclass, so every dialog and the command line report it like any
refusal ("nothing was changed").
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from dmtracker.domain.errors import OneLineError
from dmtracker.domain.messages import translate
from dmtracker.storage.paths import FULL_BELOW, free_bytes

MB = 1024 * 1024
# What a record write needs at the least: SQLite's WAL grows by pages, a checkpoint copies them.
RECORD_HEADROOM = 2 * MB


class DiskFullError(OneLineError):
    def __init__(self, folder: Path, needed: int):
        self.folder = Path(folder)
        self.needed = needed
        super().__init__(
            "disk",
            translate(
                "Storage",
                "the disk holding {folder} is full: free at least {size} there "
                "and try again (nothing was changed)",
            ).format(folder=self.folder, size=mb(needed)),
        )


class ReadOnlyDiaryError(OneLineError):
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        super().__init__(
            "diary",
            translate(
                "Storage",
                "the folder {folder} cannot be written (read-only): the diary can be viewed "
                "and exported, not changed",
            ).format(folder=self.folder),
        )


def mb(n: int) -> str:
    return f"{max(1, -(-n // MB))} MB"


def require_free(folder: Path, needed: int) -> None:
    """Refuse before writing ``needed`` bytes into ``folder`` when the disk has less free."""
    if free_bytes(folder) < needed:
        raise DiskFullError(folder, needed)


def writable(folder: Path) -> bool:
    """The folder exists, this process can create files in it, and the disk has room."""
    p = Path(folder)
    return p.is_dir() and os.access(p, os.W_OK | os.X_OK) and free_bytes(p) >= FULL_BELOW


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database or disk is full" in text or "no space left" in text


def is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "readonly database" in text or "read-only file system" in text


def as_user_error(exc: BaseException, folder: Path, needed: int = RECORD_HEADROOM) -> BaseException:
    """The user-facing error for ``exc`` (a full disk or a read-only folder), else ``exc``."""
    if is_disk_full(exc):
        return DiskFullError(folder, needed)
    if is_read_only(exc):
        # a diary opened read-only because its disk is full is refused as a full disk
        full = free_bytes(folder) < FULL_BELOW
        return DiskFullError(folder, needed) if full else ReadOnlyDiaryError(folder)
    return exc
