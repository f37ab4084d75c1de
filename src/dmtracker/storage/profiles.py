"""Several diaries on one computer: profiles, each its own data folder.

The base folder (``--data-dir``, ``$DMTRACKER_HOME`` or the platform's user data folder) holds
the first diary itself — an existing single diary becomes the first profile without moving a
file — and the others under ``profiles/<folder>/``. Each profile's folder is a complete data
folder (its own database, backups, photos, logs, passphrase) and carries a small
``profile.json`` with its name and kind (adult or juvenile), so the chooser can name an
encrypted diary before it is unlocked. Two profiles never share a file: a profile's folder is
never inside another's data (the base profile's own files are the database, ``backups/``,
``photos/``, ``logs/`` and ``ui.ini``; ``profiles/`` is not one of them).

``profiles.json`` in the base folder lists the profiles in order and remembers the last one
used. It is a convenience only: a missing or broken index never hides a diary — the profiles are
found again from the folders (any folder with a database or a ``profile.json``).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, translate
from dmtracker.storage.paths import DB_NAME, DataPaths, secure_file

INDEX_NAME = "profiles.json"
MARKER_NAME = "profile.json"
PROFILES_DIR = "profiles"
REMOVED_DIR = "removed-profiles"
BASE = "."  # the folder of the first profile: the base folder itself
NAME_MAX = 40
DEFAULT_NAME = QT_TRANSLATE_NOOP("Vocabulary", "My diary")  # shown with i18n.vocabulary
# the base profile's own files (what "remove" deletes for it, after its backup)
_BASE_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", MARKER_NAME, "ui.ini")
_BASE_DIRS = ("backups", "photos", "logs")


@dataclass(frozen=True)
class Profile:
    folder: str  # BASE, or the folder's name under profiles/
    name: str
    juvenile: bool = False

    def root(self, base: Path) -> Path:
        return base if self.folder == BASE else base / PROFILES_DIR / self.folder

    def paths(self, base: Path) -> DataPaths:
        return DataPaths(self.root(base))


def _clean_name(name: Any) -> str:
    return " ".join(str(name or "").split())


def check_name(name: Any, taken: list[Profile], *, allow: Profile | None = None) -> str:
    """A profile name: not empty, at most 40 characters, no control characters, not used by
    another profile (letter case ignored)."""
    text = _clean_name(name)
    if not text:
        raise ValidationError("name", translate("Profiles", "is required"))
    if len(text) > NAME_MAX:
        raise ValidationError(
            "name", translate("Profiles", "may be at most {top} characters").format(top=NAME_MAX)
        )
    if any(unicodedata.category(c).startswith("C") for c in text):
        raise ValidationError("name", translate("Profiles", "may not hold control characters"))
    for other in taken:
        if other != allow and other.name.casefold() == text.casefold():
            raise ValidationError(
                "name", translate("Profiles", "{name} is already a diary here").format(name=text)
            )
    return text


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:24] or "diary"
    return f"{slug}-{secrets.token_hex(3)}"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _write_json(path: Path, data: Any) -> None:
    """Written whole or not at all (a temporary file renamed over the old one)."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    secure_file(tmp)
    os.replace(tmp, path)


def _marker(root: Path) -> dict[str, Any]:
    data = _read_json(root / MARKER_NAME)
    return data if isinstance(data, dict) else {}


def _from_folder(folder: str, root: Path) -> Profile | None:
    marker = _marker(root)
    if not marker and not (root / DB_NAME).exists():
        return None
    name = _clean_name(marker.get("name")) or (DEFAULT_NAME if folder == BASE else folder)
    return Profile(folder, name[:NAME_MAX], bool(marker.get("juvenile", False)))


class Profiles:
    """The profiles under one base folder."""

    def __init__(self, base: Path):
        self.base = base

    # --- reading ---------------------------------------------------------------------------

    def _found(self) -> list[Profile]:
        """Every profile the folders hold (the index not consulted)."""
        out = []
        first = _from_folder(BASE, self.base)
        if first is not None:
            out.append(first)
        under = self.base / PROFILES_DIR
        if under.is_dir():
            for child in sorted(under.iterdir()):
                if child.is_dir() and not child.is_symlink():
                    found = _from_folder(child.name, child)
                    if found is not None:
                        out.append(found)
        return out

    def _index(self) -> dict[str, Any]:
        data = _read_json(self.base / INDEX_NAME)
        return data if isinstance(data, dict) else {}

    def all(self) -> list[Profile]:
        """The profiles in the index's order, then any the index does not know (a broken or
        missing index never hides a diary); names made unique if two folders claim one."""
        found = {p.folder: p for p in self._found()}
        order = self._index().get("order")
        folders = [f for f in order if f in found] if isinstance(order, list) else []
        folders += [f for f in found if f not in folders]
        out: list[Profile] = []
        seen: set[str] = set()
        for folder in folders:
            p = found[folder]
            name = p.name
            n = 2
            while name.casefold() in seen:
                name = f"{p.name} ({n})"
                n += 1
            seen.add(name.casefold())
            out.append(Profile(p.folder, name, p.juvenile))
        return out

    def find(self, name: str) -> Profile:
        """A profile by name (letter case ignored) or by folder."""
        wanted = _clean_name(name).casefold()
        for p in self.all():
            if p.name.casefold() == wanted or p.folder == name:
                return p
        names = ", ".join(p.name for p in self.all()) or translate("Profiles", "none yet")
        raise ValidationError(
            "profile",
            translate("Profiles", "no diary is called {name} (there are: {names})").format(
                name=name, names=names
            ),
        )

    def last(self) -> Profile | None:
        profiles = self.all()
        last = self._index().get("last")
        for p in profiles:
            if p.folder == last:
                return p
        return profiles[0] if profiles else None

    # --- writing ---------------------------------------------------------------------------

    def _save_index(self, profiles: list[Profile], last: str | None) -> None:
        self.base.mkdir(parents=True, exist_ok=True)
        _write_json(
            self.base / INDEX_NAME,
            {"version": 1, "order": [p.folder for p in profiles], "last": last},
        )

    def _write_marker(self, profile: Profile, created: str | None = None) -> None:
        root = profile.root(self.base)
        marker = _marker(root)
        marker.update(name=profile.name, juvenile=profile.juvenile)
        marker.setdefault("created", created or datetime.now(UTC).isoformat(timespec="seconds"))
        _write_json(root / MARKER_NAME, marker)

    def adopt_existing(self) -> list[Profile]:
        """Name the existing single diary as the first profile (its marker written; nothing
        moved) and write the index; returns the profiles."""
        profiles = self.all()
        if profiles and not (self.base / INDEX_NAME).exists():
            for p in profiles:
                if not (p.root(self.base) / MARKER_NAME).exists():
                    self._write_marker(p)
            self._save_index(profiles, profiles[0].folder)
        return profiles

    def create(self, name: str, *, juvenile: bool = False) -> Profile:
        """A new, empty profile folder (the diary itself is made when it is first opened)."""
        existing = self.adopt_existing()
        clean = check_name(name, existing)
        if not existing and not (self.base / DB_NAME).exists():
            profile = Profile(BASE, clean, juvenile)  # the first diary lives in the base folder
        else:
            profile = Profile(_slug(clean), clean, juvenile)
        profile.paths(self.base).ensure()
        self._write_marker(profile)
        self._save_index([*existing, profile], profile.folder)
        return profile

    def rename(self, profile: Profile, new_name: str) -> Profile:
        profiles = self.all()
        clean = check_name(new_name, profiles, allow=profile)
        renamed = Profile(profile.folder, clean, profile.juvenile)
        self._write_marker(renamed)
        self._save_index(
            [renamed if p.folder == profile.folder else p for p in profiles],
            self._index().get("last"),
        )
        return renamed

    def set_juvenile(self, profile: Profile, juvenile: bool) -> Profile:
        changed = Profile(profile.folder, profile.name, juvenile)
        self._write_marker(changed)
        return changed

    def remember(self, profile: Profile) -> None:
        """The profile opened last (the chooser's default next time)."""
        self._save_index(self.all(), profile.folder)

    def remove(self, profile: Profile, typed_name: str, backup: Path) -> None:
        """Delete a profile's folder after the caller made ``backup`` (a complete copy of its
        diary, kept in ``removed-profiles/``). ``typed_name`` must be the profile's name."""
        if _clean_name(typed_name).casefold() != profile.name.casefold():
            raise ValidationError(
                "name",
                translate("Profiles", "type the diary's name, {name}, to remove it").format(
                    name=profile.name
                ),
            )
        if (profile.root(self.base) / DB_NAME).exists() and not backup.is_file():
            raise ValidationError("backup", translate("Profiles", "the backup was not made"))
        root = profile.root(self.base)
        if profile.folder == BASE:
            for name in _BASE_FILES:
                (root / name).unlink(missing_ok=True)
            for name in _BASE_DIRS:
                shutil.rmtree(root / name, ignore_errors=True)
        else:
            shutil.rmtree(root)
        rest = [p for p in self.all() if p.folder != profile.folder]
        last = self._index().get("last")
        self._save_index(
            rest, last if last != profile.folder else (rest[0].folder if rest else None)
        )

    def removed_backup_path(self, profile: Profile, now: datetime) -> Path:
        folder = self.base / REMOVED_DIR
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%d-%H%M%S")
        slug = _slug(profile.name).rsplit("-", 1)[0]
        return folder / f"{slug}-{stamp}.sqlite3"
