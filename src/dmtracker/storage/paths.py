"""Where the data lives: one folder per profile, private to the user (0700 / 0600)."""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from dmtracker.domain.errors import OneLineError
from dmtracker.domain.messages import translate

ENV_HOME = "DMTRACKER_HOME"
DB_NAME = "dmtracker.sqlite3"
DIR_MODE = 0o700
FILE_MODE = 0o600
# Below this much free space the disk counts as full: the diary opens read-only (SQLite needs
# room for its WAL and WAL index even to read a WAL-mode database).
FULL_BELOW = 1024 * 1024


def free_bytes(folder: Path) -> int:
    p = Path(folder)
    while not p.exists() and p != p.parent:
        p = p.parent
    return shutil.disk_usage(p).free


class NotAFolderError(OneLineError):
    """A place the data folder needs as a folder is something else: one line for the user."""

    def __init__(self, path: Path, reason: str):
        super().__init__(
            "data folder",
            translate("Storage", "{path} {reason}; move it away or choose another folder").format(
                path=path, reason=reason
            ),
        )


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folders (0700) and make every file in them private (0600). A folder
        that cannot be written (a read-only disk) is left as it is: it is opened read-only."""
        if self.root.is_dir() and not os.access(self.root, os.W_OK):
            return self
        for d in (self.root, self.backups, self.photos, self.logs):
            if d.is_symlink() and not d.is_dir():
                raise NotAFolderError(d, translate("Storage", "is a link to nothing"))
            try:
                d.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                raise NotAFolderError(d, translate("Storage", "is a file, not a folder")) from None
        secure_tree(self.root)
        return self

    @property
    def read_only(self) -> bool:
        """The diary is opened read-only: see :meth:`read_only_reason`."""
        return self.read_only_reason() is not None

    def read_only_reason(self) -> str | None:
        """Why the diary cannot be changed now ("read-only" folder or file, or the disk is
        "full": SQLite cannot even make its WAL index there), else None."""
        if self.root.is_dir() and not os.access(self.root, os.W_OK):
            return "read-only"
        if self.db.exists() and not os.access(self.db, os.W_OK):
            return "read-only"
        if self.db.exists() and free_bytes(self.root) < FULL_BELOW:
            return "full"
        return None


def default_data_dir() -> Path:
    return platformdirs.user_data_path("dmtracker", appauthor=False, roaming=True)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$DMTRACKER_HOME``, then the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def secure_file(path: Path) -> None:
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
        path.chmod(FILE_MODE)


def secure_tree(root: Path) -> None:
    """Folders 0700, files 0600, below and including ``root`` (links are left alone)."""
    if stat.S_IMODE(root.stat().st_mode) != DIR_MODE:
        root.chmod(DIR_MODE)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            p = Path(dirpath, name)
            if not p.is_symlink() and stat.S_IMODE(p.stat().st_mode) != DIR_MODE:
                p.chmod(DIR_MODE)
        for name in filenames:
            p = Path(dirpath, name)
            if not p.is_symlink():
                secure_file(p)
