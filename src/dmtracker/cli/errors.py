"""Errors the user can act on, said in one line (``dmtracker: error: …``), for the command
line and the start of the app alike; anything else is a bug and keeps its traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dmtracker.cli.common import UserError, paths_of

USER_ERRORS = {
    "dmtracker.services.maintenance": ("PassphraseRequiredError",),
    "dmtracker.domain.errors": ("ValidationError",),
    "dmtracker.storage.migrate": ("NewerDatabaseError", "MigrationError"),
    "dmtracker.services.app_services": ("DatabaseDamagedError",),
    "dmtracker.storage.folder_lock": ("DiaryInUseError",),
}


def is_user_error(exc: BaseException) -> bool:
    """Errors the user can act on: shown as one line. Looked up lazily so that starting the
    app does not import the database layer before the window is painted."""
    if isinstance(exc, UserError):
        return True
    classes = [
        getattr(sys.modules[mod], name)
        for mod, names in USER_ERRORS.items()
        if mod in sys.modules
        for name in names
    ]
    return isinstance(exc, tuple(classes))


def user_line(exc: BaseException, args: argparse.Namespace) -> str | None:
    """The one line for an error the user can act on, None for a bug (which keeps its
    traceback). A full disk or a read-only place, wherever it was met (an export's destination,
    a checkpoint), is named with its folder."""
    if is_user_error(exc):
        return str(exc)
    from dmtracker.storage import space
    from dmtracker.storage.paths import FULL_BELOW, free_bytes

    if isinstance(exc, OSError) or type(exc).__module__.startswith(("sqlite", "sqlcipher")):
        out = getattr(args, "out", None)  # an export's, report's or backup's destination
        filename = getattr(exc, "filename", None)
        where = (
            Path(filename).parent
            if filename
            else Path(out).resolve().parent
            if out
            else paths_of(args).root
        )
        io_error = not isinstance(exc, OSError) and "disk i/o error" in str(exc).lower()
        if io_error and free_bytes(where) < FULL_BELOW:  # a full disk, to SQLite
            return str(space.DiskFullError(where, space.RECORD_HEADROOM))
        error = space.as_user_error(exc, where)
        if isinstance(error, space.ReadOnlyDiaryError) and out:
            return f"the folder {where} cannot be written (read-only): choose another place"
        if error is not exc:
            return str(error)
        if isinstance(exc, (FileExistsError, NotADirectoryError, IsADirectoryError)):
            return f"{exc.filename} is in the way: {(exc.strerror or '').lower()}"
    return None
