"""Several diaries on one computer (profiles): list, create, rename, remove, choose.

The folders and the index are :mod:`dmtracker.storage.profiles`; this adds what needs a diary:
a new profile's diary is created and marked adult or juvenile (the mark that changes the TIS
thresholds, the CMAS and CHAQ, and the report lives in the diary itself, so it travels with its
backups), and a removal first copies the diary into ``removed-profiles/`` under the diary's
exclusive lock (never while the app or a command has it open).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from dmtracker.services.clock import Clock
from dmtracker.storage import folder_lock
from dmtracker.storage.paths import DB_NAME, secure_file
from dmtracker.storage.profiles import Profile, Profiles, check_name

__all__ = [
    "DiaryEntry",
    "Profile",
    "ProfileBook",
    "Profiles",
    "create_profile",
    "remove_profile",
    "set_juvenile",
]


def create_profile(
    base: Path, name: str, *, juvenile: bool = False, clock: Clock | None = None
) -> Profile:
    """A new profile with its (empty, migrated) diary, marked juvenile or not."""
    profiles = Profiles(base)
    profile = profiles.create(name, juvenile=juvenile)
    # (imported here: the app reads the profile list before its window is painted, and the
    # services, with the database layer, load on a thread beside that first paint)
    from dmtracker.services.app_services import open_services

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


@dataclass(frozen=True)
class DiaryEntry:
    """One profile as the app shows it (what the UI may hold: no storage types)."""

    folder: str
    name: str
    juvenile: bool
    root: Path


class ProfileBook:
    """The profiles under one base folder, for the app's chooser and File menu."""

    def __init__(self, base: Path, clock: Clock | None = None):
        self.base = base
        self.clock = clock

    def _entry(self, p: Profile) -> DiaryEntry:
        return DiaryEntry(p.folder, p.name, p.juvenile, p.root(self.base))

    def _profile(self, entry: DiaryEntry) -> Profile:
        return Profiles(self.base).find(entry.folder)

    def all(self) -> list[DiaryEntry]:
        return [self._entry(p) for p in Profiles(self.base).all()]

    def last(self) -> DiaryEntry | None:
        p = Profiles(self.base).last()
        return self._entry(p) if p is not None else None

    def of_root(self, root: Path) -> DiaryEntry | None:
        """The profile whose folder is ``root`` (None: not a profile here)."""
        for entry in self.all():
            if entry.root == root:
                return entry
        return None

    def adopt_existing(self) -> None:
        Profiles(self.base).adopt_existing()

    def check_name(self, name: str, allow: DiaryEntry | None = None) -> str:
        """The name cleaned, or a ValidationError (field ``name``)."""
        profiles = Profiles(self.base)
        keep = profiles.find(allow.folder) if allow is not None else None
        return check_name(name, profiles.all(), allow=keep)

    def create(self, name: str, *, juvenile: bool = False) -> DiaryEntry:
        return self._entry(create_profile(self.base, name, juvenile=juvenile, clock=self.clock))

    def rename(self, entry: DiaryEntry, name: str) -> DiaryEntry:
        return self._entry(Profiles(self.base).rename(self._profile(entry), name))

    def remember(self, entry: DiaryEntry) -> None:
        Profiles(self.base).remember(self._profile(entry))

    def set_juvenile(self, entry: DiaryEntry, juvenile: bool) -> DiaryEntry:
        return self._entry(set_juvenile(self.base, self._profile(entry), juvenile))

    def remove(self, entry: DiaryEntry, typed_name: str) -> Path:
        """Removed after a copy was kept (returned); refused while the diary is open."""
        return remove_profile(self.base, self._profile(entry), typed_name, self.clock)


ADULT_AGE = 18


def suggests_juvenile(birth_year: int | None, juvenile: bool, today_year: int) -> bool:
    """The birth year says under 18 (surely: a year difference below 18) and the diary is not
    marked juvenile yet."""
    return bool(birth_year) and not juvenile and today_year - int(birth_year or 0) < ADULT_AGE
