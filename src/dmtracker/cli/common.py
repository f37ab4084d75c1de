"""What the sub-commands share: the data folder, opening the diary, the passphrase, and the
exclusive hold a conversion or a restore needs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dmtracker.i18n import localize, translate

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services
    from dmtracker.storage.paths import DataPaths

PASSPHRASE_ENV = "DMTRACKER_PASSPHRASE"


class UserError(Exception):
    """A mistake the user can fix: printed as one line, no traceback."""


def base_of(args: argparse.Namespace) -> Path:
    """The base folder (``--data-dir``, else ``$DMTRACKER_HOME``, else the platform's): the
    first diary's folder, holding the other profiles under ``profiles/``."""
    from dmtracker.storage.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def paths_of(args: argparse.Namespace) -> DataPaths:
    """The folder of the diary to use: the profile ``--profile`` names, else the one used
    last, else the base folder itself."""
    from dmtracker.storage.paths import DataPaths
    from dmtracker.storage.profiles import Profiles

    base = base_of(args)
    profiles = Profiles(base)
    name = getattr(args, "profile", None)
    profile = profiles.find(name) if name else profiles.last()
    return profile.paths(base) if profile is not None else DataPaths(base)


def open_diary(args: argparse.Namespace) -> Services:
    """The services over the diary of ``--data-dir`` (asks for its passphrase if it has one),
    with logging to its folder."""
    from dmtracker.logs import setup_logging
    from dmtracker.services.app_services import open_services

    paths = paths_of(args)
    cli_unlock(paths)
    services = open_services(paths)
    setup_logging(paths.logs)
    return services


def cli_passphrase(prompt: str, twice: bool = False) -> tuple[str, str | None]:
    """The passphrase from $DMTRACKER_PASSPHRASE, else typed at the terminal (not echoed)."""
    from getpass import getpass

    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env, env if twice else None
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "Cli", "this needs the passphrase: run it in a terminal, or set {variable}"
            ).format(variable=PASSPHRASE_ENV)
        )
    first = getpass(prompt)
    return first, getpass(translate("Cli", "Again: ")) if twice else None


def cli_unlock(paths: DataPaths) -> None:
    """Ask for the passphrase of an encrypted diary (once per process)."""
    from dmtracker.services.maintenance import is_encrypted, unlock
    from dmtracker.storage.db import passphrase_for

    if is_encrypted(paths) and passphrase_for(paths.db) is None:
        prompt = translate("Cli", "Passphrase of the diary in {folder}: ").format(folder=paths.root)
        unlock(paths, cli_passphrase(prompt)[0])


def alone(args: argparse.Namespace, command: Callable[[argparse.Namespace, DataPaths], int]) -> int:
    """Run a command that replaces or converts the whole diary with the diary to itself: refused
    in one line, before anything is asked, while another process has it open."""
    from dmtracker.storage.folder_lock import exclusive
    from dmtracker.storage.space import DiskFullError, ReadOnlyDiaryError

    paths = paths_of(args)
    if not paths.root.is_dir():
        raise UserError(translate("Cli", "no diary in {folder}").format(folder=paths.root))
    reason = paths.read_only_reason()
    if reason == "full":
        raise DiskFullError(paths.root, largest_file(paths) + 1024 * 1024)
    if reason:
        raise ReadOnlyDiaryError(paths.root)
    with exclusive(paths.root):
        return int(command(args, paths))


def largest_file(paths: DataPaths) -> int:
    """The largest file a conversion copies at once (it needs that much room)."""
    files = [paths.db, *paths.backups.glob("*.sqlite3"), *paths.photos.rglob("*")]
    return max((f.stat().st_size for f in files if f.is_file()), default=0)


def resume(paths: DataPaths) -> None:
    """Finish or undo an encrypt/decrypt that was interrupted (asks for the passphrase when the
    diary is encrypted), saying in one line what was done."""
    from dmtracker.services.maintenance import pending_conversion, resume_conversion

    if pending_conversion(paths) and not paths.read_only:
        cli_unlock(paths)
        done = resume_conversion(paths)
        if done:
            print(f"dmtracker: {localize(done)}", file=sys.stderr)
