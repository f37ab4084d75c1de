"""Several diaries on one computer (profiles): list, create, rename, remove, choose.

The folders and the index are :mod:`dmtracker.storage.profiles`; this adds what needs a diary:
a new profile's diary is created and marked adult or juvenile (the mark that changes the TIS
thresholds, the CMAS and CHAQ, and the report lives in the diary itself, so it travels with its
backups), and a removal first copies the diary into ``removed-profiles/`` under the diary's
exclusive lock (never while the app or a command has it open).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.storage import folder_lock
from dmtracker.storage.paths import DB_NAME, secure_file
from dmtracker.storage.profiles import Profile, Profiles

__all__ = ["Profile", "Profiles", "create_profile", "remove_profile", "set_juvenile"]


def create_profile(
    base: Path, name: str, *, juvenile: bool = False, clock: Clock | None = None
) -> Profile:
    """A new profile with its (empty, migrated) diary, marked juvenile or not."""
    profiles = Profiles(base)
    profile = profiles.create(name, juvenile=juvenile)
    services = open_services(profile.paths(base), clock)
    try:
        if juvenile:
            services.profile.save({"juvenile": True})
    finally:
        services.close()
    return profile


def set_juvenile(base: Path, profile: Profile, juvenile: bool) -> Profile:
    """Keep the chooser's mark in step with the diary's own (after the diary saved it)."""
    return Profiles(base).set_juvenile(profile, juvenile)


def remove_profile(
    base: Path, profile: Profile, typed_name: str, clock: Clock | None = None
) -> Path:
    """Remove a profile after copying its diary (as it is: an encrypted one stays encrypted)
    to ``removed-profiles/``; returns the copy's path. Refused while the diary is open."""
    profiles = Profiles(base)
    now = (clock or Clock()).now()
    root = profile.root(base)
    with folder_lock.exclusive(root):
        backup = profiles.removed_backup_path(profile, now)
        db = root / DB_NAME
        if db.exists():
            part = backup.with_name(backup.name + ".part")
            shutil.copyfile(db, part)
            wal = Path(f"{db}-wal")
            if wal.exists() and wal.stat().st_size:
                shutil.copyfile(wal, Path(f"{backup}-wal"))
            secure_file(part)
            part.replace(backup)
        profiles.remove(profile, typed_name, backup)
    return backup
