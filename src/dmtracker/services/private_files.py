"""Writing a file only the user can read (exports, backups saved where the user chose)."""

from __future__ import annotations

import os
from pathlib import Path

from dmtracker.storage.paths import DIR_MODE, FILE_MODE


def write_private_bytes(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` atomically, readable by the user only (0600)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
