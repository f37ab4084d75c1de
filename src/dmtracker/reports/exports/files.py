"""Writing export files privately (0600, folders 0700) and atomically (a ``.part`` file is
renamed into place only when it is complete)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from dmtracker.domain import messages
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import translate

FILE_MODE = 0o600
DIR_MODE = 0o700


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def message(self) -> str:
        """What was written, in the language of the thread that asks."""
        total = self.total
        return translate("Exports", "Exported %n record(s) to {path}", None, total).format(
            path=self.path
        )


def check_destination(dest: Path, overwrite: bool) -> None:
    """Refuse to replace something unless asked to (never a folder), or to write nowhere."""
    if dest.exists() and (not overwrite or dest.is_dir()):
        raise ValidationError(
            "out",
            messages.translate("Exports", "{path} already exists; choose a new name").format(
                path=dest
            ),
        )
    if not dest.parent.is_dir():
        raise ValidationError(
            "out",
            messages.translate("Exports", "the folder {folder} does not exist").format(
                folder=dest.parent
            ),
        )


@contextmanager
def private_file(dest: Path, *, overwrite: bool = False) -> Iterator[BinaryIO]:
    """A binary file that appears at ``dest`` (mode 0600) only when the block succeeds."""
    check_destination(dest, overwrite)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def private_folder(dest: Path) -> Iterator[Path]:
    """A new folder (0700) that appears at ``dest`` only when the block succeeds."""
    check_destination(dest, overwrite=False)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(mode=DIR_MODE)
    try:
        yield tmp
        os.chmod(tmp, DIR_MODE)
        os.replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a new file inside a private folder being built (no atomic rename needed there)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
        f.write(text)
    os.chmod(path, FILE_MODE)
