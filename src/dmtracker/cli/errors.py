"""Errors the user can act on, said in one line (``dmtracker: error: …``), for the command
line and the start of the app alike; anything else is a bug and keeps its traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dmtracker.cli.common import UserError, paths_of
from dmtracker.i18n import localize, translate

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
        return said(exc)
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
            return said(space.DiskFullError(where, space.RECORD_HEADROOM))
        error = space.as_user_error(exc, where)
        if isinstance(error, space.ReadOnlyDiaryError) and out:
            return translate(
                "Cli", "the folder {folder} cannot be written (read-only): choose another place"
            ).format(folder=where)
        if error is not exc:
            return said(error)
        if isinstance(exc, (FileExistsError, NotADirectoryError, IsADirectoryError)):
            return translate("Cli", "{file} is in the way: {reason}").format(
                file=exc.filename, reason=(exc.strerror or "").lower()
            )
    return None


def said(exc: BaseException) -> str:
    """A user error in the reader's language: a refusal's reason (and the field it names)
    translated where it was made (:class:`~dmtracker.domain.messages.Text`), else as it is."""
    from dmtracker.domain.errors import OneLineError, ValidationError

    if isinstance(exc, OneLineError):
        return localize(exc.reason)
    if isinstance(exc, ValidationError) and hasattr(exc, "summary"):
        return localize(exc.summary())  # an import refused: its summary
    if isinstance(exc, ValidationError):
        return translate("Cli", "{field}: {reason}", "a refused value: its field, why").format(
            field=_field(exc.field), reason=localize(exc.reason)
        )
    if exc.args and not isinstance(exc, UserError):
        return localize(exc.args[0]) if len(exc.args) == 1 else str(exc)
    return str(exc)


def _field(name: str) -> str:
    """The name of a field a refusal from the command line names, in words."""
    words = {
        "backup": translate("Cli", "backup", "field: a backup file"),
        "diary": translate("Cli", "diary", "field: the diary"),
        "passphrase": translate("Cli", "passphrase", "field"),
        "repeat": translate("Cli", "repeat", "field: the passphrase typed again"),
        "out": translate("Cli", "out", "field: the --out option (a file name)"),
        "from": translate("Cli", "from", "field: the --from option (first day)"),
        "to": translate("Cli", "to", "field: the --to option (last day)"),
        "period": translate("Cli", "period", "field: the period of a report"),
        "disk": translate("Cli", "disk", "field: the disk"),
        "data folder": translate("Cli", "data folder", "field"),
        "name": translate("Cli", "name", "field: a diary's (profile's) name"),
        "profile": translate("Cli", "profile", "field: the --profile option (a diary's name)"),
    }
    return words.get(name, name)
