"""Rash photo files: plain in a plain diary, encrypted under opaque names in an encrypted one.

The database keeps each photo's ``rel_path`` (``photos/2026/2026-03-04-knuckles-….png``: the
date and body site, which the encrypted database protects). On disk:

- a **plain** diary keeps the image at that path;
- an **encrypted** diary keeps ``photos/<32 hex>.dmp``: AES-256-GCM (``cryptography``'s AESGCM,
  an authenticated cipher from a maintained, audited library) of the image and its ``rel_path``,
  under a key derived from the passphrase with scrypt (salt in ``photos/salt``). The file name is
  an HMAC of the ``rel_path`` under that key: it tells neither the date nor the site, and the same
  photo always maps to the same name. Thumbnails and the report decrypt in memory only.

Every write goes to ``<name>.part`` first and is renamed into place (atomic); a conversion of
the folder (see ``services/maintenance.py``) can therefore stop at any moment and go on later.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from pathlib import Path

from dmtracker.storage.db import passphrase_for
from dmtracker.storage.paths import DIR_MODE, FILE_MODE

MAGIC = b"DMTPHOTO1\n"
NONCE_BYTES = 12
SALT_NAME = "salt"
SUFFIX = ".dmp"
# scrypt cost: 2**15 x 8 (32 MB, about 0.1 s here) once per diary and process; the passphrase
# itself is already at least 8 characters (services/maintenance.py).
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_KEYS: dict[tuple[Path, str, bytes], bytes] = {}


class PhotoError(ValueError):
    """A photo file cannot be read (missing, damaged, or encrypted with another passphrase)."""


def _salt_path(root: Path) -> Path:
    return Path(root) / "photos" / SALT_NAME


def _salt(root: Path, *, create: bool) -> bytes | None:
    path = _salt_path(root)
    try:
        data = path.read_bytes()
        if len(data) == 16:
            return data
    except FileNotFoundError:
        pass
    if not create:
        return None
    salt = os.urandom(16)
    write_atomic(path, salt)
    return salt


def key_for(root: Path, passphrase: str | None = None, *, create: bool = False) -> bytes | None:
    """The photo key of an encrypted diary (None for a plain one or before its salt exists)."""
    root = Path(root).resolve()
    passphrase = passphrase if passphrase is not None else passphrase_for(root)
    if passphrase is None:
        return None
    salt = _salt(root, create=create)
    if salt is None:
        return None
    cache = (root, passphrase, salt)
    if cache not in _KEYS:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        kdf = Scrypt(salt=salt, length=32, **_SCRYPT)
        _KEYS[cache] = kdf.derive(passphrase.encode("utf-8"))
    return _KEYS[cache]


def opaque_path(root: Path, rel_path: str, key: bytes) -> Path:
    name = hmac.new(key, rel_path.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
    return Path(root) / "photos" / f"{name}{SUFFIX}"


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


def seal(key: bytes, rel_path: str, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    rel = rel_path.encode("utf-8")
    payload = len(rel).to_bytes(2, "big") + rel + data
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, payload, MAGIC)


def unseal(key: bytes, blob: bytes) -> tuple[str, bytes]:
    """(rel_path, image bytes) of an encrypted photo file; PhotoError when it does not open."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(MAGIC):
        raise PhotoError("is not an encrypted dmtracker photo")
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        payload = AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES :], MAGIC)
    except InvalidTag:
        raise PhotoError("does not open with this diary's passphrase (or is damaged)") from None
    n = int.from_bytes(payload[:2], "big")
    return payload[2 : 2 + n].decode("utf-8"), payload[2 + n :]


# --- what the services use -----------------------------------------------------------------------
def exists(root: Path, rel_path: str) -> bool:
    key = key_for(root)
    if key is not None:
        return opaque_path(root, rel_path, key).is_file()
    return (Path(root) / rel_path).is_file()


def store(root: Path, rel_path: str, data: bytes) -> Path:
    """Write one photo (encrypted in an encrypted diary); returns the file written."""
    key = key_for(root, create=passphrase_for(root) is not None)
    if key is not None:
        dest = opaque_path(root, rel_path, key)
        write_atomic(dest, seal(key, rel_path, data))
    else:
        dest = Path(root) / rel_path
        write_atomic(dest, data)
    return dest


def read(root: Path, rel_path: str) -> bytes:
    """The image bytes of a photo, decrypted in memory; PhotoError when it cannot be read."""
    key = key_for(root)
    try:
        if key is not None:
            path = opaque_path(root, rel_path, key)
            if path.is_file():
                return unseal(key, path.read_bytes())[1]
        return (Path(root) / rel_path).read_bytes()
    except FileNotFoundError:
        raise PhotoError(f"{rel_path} is missing") from None
    except OSError as exc:
        raise PhotoError(f"{rel_path} cannot be read ({exc.strerror})") from None


def remove(root: Path, rel_path: str) -> None:
    key = key_for(root)
    if key is not None:
        opaque_path(root, rel_path, key).unlink(missing_ok=True)
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
        if p.is_file()
        and p.suffix != SUFFIX
        and p.name != SALT_NAME
        and not p.name.endswith(".part")
    )


def sealed_files(root: Path) -> list[Path]:
    base = Path(root) / "photos"
    return sorted(base.glob(f"*{SUFFIX}")) if base.is_dir() else []


def encrypt_folder(root: Path, passphrase: str) -> int:
    """Encrypt every plain photo; returns how many. Safe to run again after an interruption."""
    root = Path(root).resolve()
    key = key_for(root, passphrase, create=True)
    assert key is not None
    done = 0
    for path in plain_files(root):
        rel = path.relative_to(root).as_posix()
        dest = opaque_path(root, rel, key)
        if not dest.is_file():
            write_atomic(dest, seal(key, rel, path.read_bytes()))
        path.unlink()
        done += 1
    _remove_empty_folders(root / "photos")
    return done


def decrypt_folder(root: Path, passphrase: str) -> int:
    """Store every encrypted photo plain again; returns how many. Safe to run again."""
    root = Path(root).resolve()
    key = key_for(root, passphrase)
    if key is None:
        return 0
    done = 0
    for path in sealed_files(root):
        rel, data = unseal(key, path.read_bytes())
        dest = (root / rel).resolve()
        if root / "photos" not in dest.parents:
            raise PhotoError(f"{path.name} names a place outside the photos folder")
        if not dest.is_file():
            write_atomic(dest, data)
        path.unlink()
        done += 1
    _salt_path(root).unlink(missing_ok=True)
    return done


def _remove_empty_folders(base: Path) -> None:
    for d in sorted((p for p in base.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            d.rmdir()


def forget_salt(root: Path) -> None:
    """Remove the salt of an encryption that was undone (no photo was sealed with it)."""
    if not sealed_files(root):
        _salt_path(root).unlink(missing_ok=True)
