"""Rash photo files: plain in a plain diary, inside an encrypted vault in an encrypted one.

The database keeps each photo's ``rel_path`` (``photos/2026/2026-03-04-knuckles-….png``: the
date and body site, which the encrypted database protects). On disk:

- a **plain** diary keeps the image at that path;
- an **encrypted** diary keeps every photo in ``photos/vault.dmp``: a SQLCipher 4 database
  (AES-256 with an HMAC on every page, its key derived from the passphrase with PBKDF2-HMAC-
  SHA512), one row per photo, keyed by ``rel_path``. It is the same maintained, audited library
  that encrypts the diary itself, so encrypting photos adds no dependency and no second
  implementation of cryptography to the app or its bundle. The vault's file name tells
  nothing; the dates and body sites are inside it. Thumbnails and the report read photos into
  memory only.

Every plain write goes to ``<name>.part`` first and is renamed into place (atomic), and every
vault write is one SQLite transaction: a conversion of the folder (``services/maintenance.py``)
can stop at any moment and be run again.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from dmtracker.domain.errors import OneLineError
from dmtracker.domain.messages import translate
from dmtracker.storage.db import apply_key, cipher_module, db_errors, passphrase_for
from dmtracker.storage.paths import DIR_MODE, FILE_MODE
from dmtracker.storage.space import as_user_error

VAULT_NAME = "vault.dmp"
_SCHEMA = "CREATE TABLE IF NOT EXISTS photo (rel_path TEXT PRIMARY KEY, data BLOB NOT NULL)"
# One open vault per data folder and process: opening derives the key (PBKDF2, about 0.2 s).
_OPEN: dict[tuple[Path, str], Any] = {}
_LOCK = threading.RLock()


class PhotoError(OneLineError):
    """A photo cannot be read (missing, damaged, or the vault does not open)."""

    def __init__(self, reason: str):
        super().__init__("photo", reason)


def vault_path(root: Path) -> Path:
    return Path(root) / "photos" / VAULT_NAME


def _vault(root: Path, passphrase: str, *, create: bool) -> Any | None:
    """The open vault connection (None when there is none and ``create`` is False)."""
    root = Path(root).resolve()
    path = vault_path(root)
    key = (root, passphrase)
    conn = _OPEN.get(key)
    if conn is not None and path.exists():
        return conn
    if conn is not None:  # the file went away (decrypted): forget the connection
        close_vault(root)
    if not path.exists() and not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    try:
        # shared by the GUI thread and the report worker: every use holds _LOCK
        conn = cipher_module().connect(str(path), check_same_thread=False)
        apply_key(conn, passphrase)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(_SCHEMA)
        conn.commit()
    except db_errors() as exc:
        error = as_user_error(exc, path.parent)  # a full disk or a read-only folder, as such
        if error is not exc:
            raise error from None
        raise PhotoError(
            translate("Storage", "the photo vault does not open ({error})").format(error=str(exc))
        ) from None
    os.chmod(path, FILE_MODE)
    _OPEN[key] = conn
    return conn


def close_vault(root: Path) -> None:
    """Close this process's connection to the folder's vault (before it is removed)."""
    root = Path(root).resolve()
    with _LOCK:
        for key in [k for k in _OPEN if k[0] == root]:
            _OPEN.pop(key).close()


def write_atomic(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` through ``dest.part`` and a rename; no ``.part`` is left on
    failure (a full disk included)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    tmp = dest.with_name(dest.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _put(conn: Any, rel_path: str, data: bytes) -> None:
    with _LOCK:
        conn.execute(
            "INSERT OR REPLACE INTO photo (rel_path, data) VALUES (?, ?)", (rel_path, data)
        )
        conn.commit()


def _get(conn: Any, rel_path: str) -> bytes | None:
    with _LOCK:
        row = conn.execute("SELECT data FROM photo WHERE rel_path = ?", (rel_path,)).fetchone()
    return bytes(row[0]) if row else None


# --- what the services use -----------------------------------------------------------------------
def exists(root: Path, rel_path: str) -> bool:
    passphrase = passphrase_for(root)
    if passphrase is not None:
        with _LOCK:
            conn = _vault(root, passphrase, create=False)
            if conn is not None and _get(conn, rel_path) is not None:
                return True
    return (Path(root) / rel_path).is_file()


def store(root: Path, rel_path: str, data: bytes) -> Path:
    """Write one photo (into the vault in an encrypted diary); returns the file written."""
    passphrase = passphrase_for(root)
    if passphrase is None:
        dest = Path(root) / rel_path
        write_atomic(dest, data)
        return dest
    with _LOCK:
        conn = _vault(root, passphrase, create=True)
        _put(conn, rel_path, data)
    return vault_path(root)


def read(root: Path, rel_path: str) -> bytes:
    """The image bytes of a photo, decrypted in memory; PhotoError when it cannot be read."""
    passphrase = passphrase_for(root)
    if passphrase is not None:
        with _LOCK:
            conn = _vault(root, passphrase, create=False)
            data = _get(conn, rel_path) if conn is not None else None
        if data is not None:
            return data
    try:  # plain (or not yet moved into the vault by an interrupted conversion)
        return (Path(root) / rel_path).read_bytes()
    except FileNotFoundError:
        raise PhotoError(translate("Storage", "{file} is missing").format(file=rel_path)) from None
    except OSError as exc:
        raise PhotoError(
            translate("Storage", "{file} cannot be read ({error})").format(
                file=rel_path, error=exc.strerror
            )
        ) from None


def remove(root: Path, rel_path: str) -> None:
    passphrase = passphrase_for(root)
    if passphrase is not None:
        with _LOCK:
            conn = _vault(root, passphrase, create=False)
            if conn is not None:
                conn.execute("DELETE FROM photo WHERE rel_path = ?", (rel_path,))
                conn.commit()
    (Path(root) / rel_path).unlink(missing_ok=True)


# --- converting a whole folder (each step can be repeated after an interruption) -----------------
def plain_files(root: Path) -> list[Path]:
    """Image files stored plain under ``photos/`` (any that an encrypted diary must not have)."""
    base = Path(root) / "photos"
    if not base.is_dir():
        return []
    return sorted(
        p
        for p in base.rglob("*")
        if p.is_file() and not p.name.startswith(VAULT_NAME) and not p.name.endswith(".part")
    )


def sealed_count(root: Path, passphrase: str | None = None) -> int:
    """How many photos the vault holds (0 without a vault; -1 when it cannot be opened)."""
    if not vault_path(root).exists():
        return 0
    passphrase = passphrase or passphrase_for(root)
    if passphrase is None:
        return -1
    try:
        with _LOCK:
            conn = _vault(root, passphrase, create=False)
            return int(conn.execute("SELECT count(*) FROM photo").fetchone()[0]) if conn else 0
    except db_errors(PhotoError):
        return -1


def encrypt_folder(root: Path, passphrase: str) -> int:
    """Move every plain photo into the vault; returns how many. Safe to run again after an
    interruption (a photo in both places is the same photo)."""
    root = Path(root).resolve()
    done = 0
    with _LOCK:
        conn = _vault(root, passphrase, create=True)
        for path in plain_files(root):
            _put(conn, path.relative_to(root).as_posix(), path.read_bytes())
            path.unlink()
            done += 1
    _remove_empty_folders(root / "photos")
    return done


def decrypt_folder(root: Path, passphrase: str) -> int:
    """Store every photo of the vault plain again and remove the vault; returns how many.
    Safe to run again."""
    root = Path(root).resolve()
    done = 0
    with _LOCK:
        conn = _vault(root, passphrase, create=False)
        if conn is None:
            return 0
        names = [r[0] for r in conn.execute("SELECT rel_path FROM photo").fetchall()]
        for rel in names:
            dest = (root / rel).resolve()
            if root / "photos" not in dest.parents:
                raise PhotoError(
                    translate("Storage", "{file} names a place outside the photos folder").format(
                        file=rel
                    )
                )
            data = _get(conn, rel)
            if data is not None and not dest.is_file():
                write_atomic(dest, data)
            conn.execute("DELETE FROM photo WHERE rel_path = ?", (rel,))
            conn.commit()
            done += 1
        close_vault(root)
        for side in ("", "-journal", "-wal", "-shm"):
            Path(f"{vault_path(root)}{side}").unlink(missing_ok=True)
    return done


def _remove_empty_folders(base: Path) -> None:
    import contextlib

    for d in sorted((p for p in base.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            d.rmdir()
