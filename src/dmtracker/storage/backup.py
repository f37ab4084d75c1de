"""Online backups with SQLite's backup API: safe while the app writes, consistent, WAL included."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from dmtracker.storage.paths import FILE_MODE

AUTO_PREFIX = "auto-"
KEEP_AUTO = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware UTC, from the file name (or its mtime)
    size_bytes: int
    kind: str  # "auto", "pre-upgrade", "manual", "pre-restore"


SAME_KEY = object()


def copy_database(src: Path, dest: Path, *, key: object = SAME_KEY) -> Path:
    """Copy ``src`` to ``dest`` page by page through the backup API (atomic rename at the end).

    The copy is encrypted exactly as the source is (an encrypted diary's backups stay
    encrypted), unless ``key`` says otherwise: None writes a plain copy, a passphrase an
    encrypted one (through ``sqlcipher_export``, which re-encodes every page).
    """
    from dmtracker.storage.space import MB, as_user_error, require_free

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    needed = src.stat().st_size + MB
    require_free(dest.parent, needed)
    try:
        _copy(src, tmp, key)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException as exc:
        # no half-written copy is left behind (a full disk, a kill of the thread, anything)
        for side in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{side}").unlink(missing_ok=True)
        error = as_user_error(exc, dest.parent, needed)
        if error is exc:
            raise
        raise error from exc
    return dest


def _copy(src: Path, tmp: Path, key: object) -> None:
    from dmtracker.storage.db import apply_key, cipher_module, connect, key_of

    src_key = key_of(src)
    # key is SAME_KEY, a passphrase (str) or None (a plain copy)
    dest_key = src_key if key is SAME_KEY else cast("str | None", key)
    if src_key == dest_key:
        source = connect(src, readonly=True)
        try:
            target = connect(tmp, key=dest_key)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
    else:
        target = cipher_module().connect(str(tmp))
        try:
            if dest_key:
                apply_key(target, dest_key)  # else no key at all: a plain file
            quoted = str(src).replace("'", "''")
            secret = (src_key or "").replace("'", "''")
            target.execute(f"ATTACH DATABASE '{quoted}' AS source KEY '{secret}'")
            target.execute("SELECT sqlcipher_export('main', 'source')")
            target.execute("DETACH DATABASE source")
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    for side in ("-journal", "-wal", "-shm"):
        Path(f"{tmp}{side}").unlink(missing_ok=True)


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def backup_name(kind: str, now: datetime, extra: str = "") -> str:
    middle = f"-{extra}" if extra else ""
    return f"{kind}{middle}-{_stamp(now)}.sqlite3"


def make_backup(
    db: Path, backups_dir: Path, kind: str = "manual", now: datetime | None = None, extra: str = ""
) -> Path:
    now = now or datetime.now(UTC)
    return copy_database(db, backups_dir / backup_name(kind, now, extra))


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    out: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return out
    for p in backups_dir.glob("*.sqlite3"):
        kind = next(
            (k for k in ("auto", "pre-upgrade", "pre-restore", "manual") if p.name.startswith(k)),
            "manual",
        )
        stamp = p.stem.rsplit("-", 1)[-1]
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            taken = datetime.fromtimestamp(p.stat().st_mtime, UTC)
        out.append(BackupInfo(p, taken, p.stat().st_size, kind))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def daily_backup(
    db: Path, backups_dir: Path, now: datetime | None = None, keep: int = KEEP_AUTO
) -> Path | None:
    """Take the day's automatic backup if none was taken today (UTC); keep the newest ``keep``."""
    now = now or datetime.now(UTC)
    autos = [b for b in list_backups(backups_dir) if b.kind == "auto"]
    made = None
    if not autos or autos[0].taken_at.date() != now.astimezone(UTC).date():
        made = make_backup(db, backups_dir, "auto", now)
        autos = [b for b in list_backups(backups_dir) if b.kind == "auto"]
    for old in autos[keep:]:
        old.path.unlink(missing_ok=True)
    return made


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup whose integrity check passes."""
    from dmtracker.storage.db import integrity_check

    for b in list_backups(backups_dir):
        if not integrity_check(b.path):
            return b
    return None


def restore_backup(
    backup: Path,
    db: Path,
    backups_dir: Path,
    now: datetime | None = None,
    *,
    key: object = SAME_KEY,
) -> Path:
    """Replace the database with ``backup``; the current file is kept aside first.

    Returns where the replaced database was kept. No connection may be open on ``db``.
    ``key`` as for :func:`copy_database` (an encrypted diary restores a plain backup
    encrypted).
    """
    now = now or datetime.now(UTC)
    kept = backups_dir / backup_name("pre-restore", now)
    backups_dir.mkdir(parents=True, exist_ok=True)
    if db.exists():
        from dmtracker.storage.db import db_errors, integrity_check

        try:
            if db.stat().st_size == 0 or integrity_check(db):
                raise sqlite3.DatabaseError("damaged or empty")
            copy_database(db, kept)
        except db_errors():
            # A damaged file is kept byte for byte as it was (a page copy could change it).
            kept = kept.with_suffix(".damaged")
            os.replace(db, kept)
    # The new file is complete before anything of the old one moves: a process killed at any
    # moment leaves the old database (its WAL checkpointed by the caller) or the new one.
    tmp = db.with_name(db.name + ".restoring")
    copy_database(backup, tmp, key=key)
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(tmp, db)
    return kept
