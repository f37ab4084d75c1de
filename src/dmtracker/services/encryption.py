"""Encryption at rest: locking and unlocking a diary with its passphrase, and converting a
diary (its database, backups and photos) between plain and encrypted, resumable after a crash
or a full disk."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from dmtracker.domain.errors import OneLineError, ValidationError
from dmtracker.domain.messages import translate
from dmtracker.storage import backup as bk
from dmtracker.storage import folder_lock, photo_store
from dmtracker.storage.db import (
    connect,
    db_errors,
    integrity_check,
    is_encrypted_file,
    is_plain_file,
    passphrase_for,
    set_passphrase,
)
from dmtracker.storage.paths import DataPaths
from dmtracker.storage.space import MB, DiskFullError, as_user_error, mb, require_free

log = logging.getLogger("dmtracker.maintenance")

ENCRYPTED_MARKER = "encrypted.txt"
MIN_PASSPHRASE = 8
# shown where a passphrase is chosen (translated there: dmtracker.i18n.localize)
FORGOTTEN_WARNING = translate(
    "Encryption",
    "If you forget this passphrase, your diary cannot be opened again: not by you, not by "
    "anyone, not by the people who make dmtracker. There is no reset and no recovery. Write it "
    "down and keep it somewhere safe.",
)
# the note left in the data folder stays English (a file, read by whoever finds the folder)
MARKER_TEXT = (
    "This dmtracker diary is encrypted (SQLCipher 4); its backups are encrypted with the same "
    "passphrase. dmtracker asks for the passphrase when it starts. " + FORGOTTEN_WARNING + "\n"
)


class PassphraseRequiredError(RuntimeError):
    """The diary is encrypted and no passphrase was given."""

    def __init__(self, paths: DataPaths):
        self.paths = paths
        super().__init__(
            translate(
                "Encryption", "the diary in {folder} is encrypted: its passphrase is needed"
            ).format(folder=paths.root)
        )


class WrongPassphraseError(ValidationError):
    """The passphrase does not open the diary."""

    def __init__(self) -> None:
        super().__init__(
            "passphrase", translate("Encryption", "is not the passphrase of this diary")
        )


def is_encrypted(paths: DataPaths) -> bool:
    """The diary is encrypted: marked so, and its file (if any yet) is not plain SQLite."""
    marked = (paths.root / ENCRYPTED_MARKER).is_file()
    return marked and not (paths.db.exists() and is_plain_file(paths.db))


def opens_with(db: Path, passphrase: str) -> bool:
    try:
        conn = connect(db, readonly=True, key=passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except db_errors():
        return False
    return True


def unlock(paths: DataPaths, passphrase: str) -> None:
    """Check ``passphrase`` against the encrypted diary and keep it for this process.

    Raises :class:`WrongPassphraseError` when neither the database nor any of its backups
    opens with it. (When a backup opens but the database does not, the passphrase is right
    and the database is damaged: the start-up check reports that.)
    """
    if not passphrase:
        raise ValidationError("passphrase", translate("Encryption", "is required"))
    candidates = [paths.db] if paths.db.exists() and paths.db.stat().st_size else []
    candidates += [b.path for b in bk.list_backups(paths.backups) if not is_plain_file(b.path)]
    if candidates and not any(opens_with(c, passphrase) for c in candidates):
        raise WrongPassphraseError()
    set_passphrase(paths.root, passphrase)


def lock(paths: DataPaths) -> None:
    """Forget the passphrase of this diary (close its services first)."""
    set_passphrase(paths.root, None)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            translate("Encryption", "must be at least {least} characters, got {got}").format(
                least=MIN_PASSPHRASE, got=len(passphrase)
            ),
        )
    if passphrase != passphrase.strip():
        raise ValidationError(
            "passphrase", translate("Encryption", "must not start or end with a space")
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError(
            "repeat", translate("Encryption", "is not the same as the passphrase")
        )


def checkpoint(db: Path) -> None:
    conn = connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _convert(db: Path, key: str | None) -> None:
    """Re-encode ``db`` in place (plain <-> encrypted), atomically; -wal/-shm go away."""
    work = db.with_name(db.name + ".converting")
    for side in ("", "-wal", "-shm"):
        Path(f"{work}{side}").unlink(missing_ok=True)
    try:
        bk.copy_database(db, work, key=key)
        if integrity_check(work):
            raise ValidationError(
                "passphrase",
                translate("Encryption", "the converted copy of {name} did not check out").format(
                    name=db.name
                ),
            )
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    os.replace(work, db)


# A conversion of the whole folder (encrypt, decrypt) is written down first as a plan; every file
# is then replaced atomically, in an order that lets the next start or command tell from the
# files alone whether to finish the plan or undo it (see resume_conversion):
# - encrypt: the marker, the database, then the backups, then the photos. While the database is
#   still plain, nothing else has changed: undoing is removing the marker. Once it is encrypted,
#   the passphrase is asked as for any encrypted diary, and the rest is finished.
# - decrypt: the photos, then the backups, then the database, last the marker. While the
#   database is still encrypted, the passphrase is asked and the rest is finished; once it is
#   plain, everything else already is.
PLAN_NAME = "conversion-plan.json"


def _plan_path(paths: DataPaths) -> Path:
    return paths.root / PLAN_NAME


def pending_conversion(paths: DataPaths) -> str | None:
    """ "encrypt" or "decrypt" when such a conversion was interrupted, else None."""
    plan = _plan_path(paths)
    if not plan.exists() and not plan.is_symlink():
        return None
    try:
        action = json.loads(plan.read_text(encoding="utf-8")).get("action")
    except (OSError, ValueError, AttributeError):
        return "unknown"  # garbage, a folder, not an object: not a plan dmtracker wrote
    return action if action in ("encrypt", "decrypt") else "unknown"


def _write_plan(paths: DataPaths, action: str) -> None:
    from dmtracker.storage.photo_store import write_atomic

    text = json.dumps({"action": action, "started_at": datetime.now(UTC).isoformat()})
    write_atomic(_plan_path(paths), text.encode("utf-8"))


def _leftovers(paths: DataPaths) -> None:
    """Remove the working copies an interrupted conversion or restore left behind."""
    for folder in (paths.root, paths.backups):
        for pattern in ("*.converting*", "*.restoring*", "*.part"):
            for p in folder.glob(pattern):
                p.unlink(missing_ok=True)
    for p in paths.photos.rglob("*.part") if paths.photos.is_dir() else ():
        p.unlink(missing_ok=True)


def remove_stale_copies(paths: DataPaths) -> None:
    """Remove the working copies a killed restore or conversion left in the data folder.

    Called with the shared folder lock held: no encrypt, decrypt or restore (each holds the
    exclusive lock) can be running, so any ``*.restoring*`` or ``*.converting*`` file is stale.
    """
    for pattern in ("*.converting*", "*.restoring*"):
        for p in paths.root.glob(pattern):
            p.unlink(missing_ok=True)


def _encrypt_rest(paths: DataPaths, passphrase: str) -> int:
    """Every plain backup, then every photo (repeatable)."""
    done = 0
    for b in bk.list_backups(paths.backups):
        if is_plain_file(b.path):
            _convert(b.path, passphrase)
            done += 1
    photo_store.encrypt_folder(paths.root, passphrase)
    return done


def _decrypt_rest(paths: DataPaths, passphrase: str) -> int:
    """Every photo, then every backup that opens with the passphrase (repeatable)."""
    photo_store.decrypt_folder(paths.root, passphrase)
    done = 0
    for b in bk.list_backups(paths.backups):
        if not is_plain_file(b.path) and opens_with(b.path, passphrase):
            _convert(b.path, None)
            done += 1
    return done


def resume_conversion(paths: DataPaths) -> str | None:
    """Finish or undo an interrupted encrypt/decrypt (the caller holds no engine on it).

    Never writes anything readable that was encrypted: an interrupted *encrypt* is finished
    once the database is encrypted (else undone: nothing else had changed), an interrupted
    *decrypt* is undone while the database is still encrypted (what was already decrypted is
    encrypted again; the user can run decrypt again) and finished once it is plain (all else was
    plain before it). A plan that is not one dmtracker wrote is set aside, not followed.

    Returns what was done, for one line to the user, or None when nothing was pending. An
    encrypted diary's passphrase must be known (``unlock``) first.
    """
    action = pending_conversion(paths)
    if action is None:
        return None
    with folder_lock.exclusive(paths.root):
        if action == "unknown":
            aside = _plan_path(paths).with_name(f"{PLAN_NAME}.unreadable")
            _remove_any(aside)
            os.replace(_plan_path(paths), aside)
            log.warning("an unreadable conversion plan was set aside")
            return translate(
                "Encryption", "an unreadable {plan} was set aside as {aside}; nothing was changed"
            ).format(plan=PLAN_NAME, aside=aside.name)
        _leftovers(paths)
        marker = paths.root / ENCRYPTED_MARKER
        db_plain = not paths.db.exists() or is_plain_file(paths.db)
        passphrase = passphrase_for(paths.db)
        if db_plain:
            # encrypt: the database was never converted, so nothing else was: undo.
            # decrypt: the database is converted last, so everything else is plain: finish.
            marker.unlink(missing_ok=True)
            done = "undone" if action == "encrypt" else "finished"
            result = (
                translate(
                    "Encryption",
                    "the interrupted encryption was undone: the diary is stored unencrypted",
                )
                if action == "encrypt"
                else translate(
                    "Encryption",
                    "the interrupted decryption was finished: the diary is stored unencrypted",
                )
            )
        else:
            if passphrase is None:
                raise PassphraseRequiredError(paths)
            marker.write_text(MARKER_TEXT, encoding="utf-8")
            _encrypt_rest(paths, passphrase)  # whatever a decrypt had already made plain
            done = "finished" if action == "encrypt" else "undone"
            result = (
                translate(
                    "Encryption", "the interrupted encryption was finished: the diary is encrypted"
                )
                if action == "encrypt"
                else translate(
                    "Encryption",
                    "the interrupted decryption was undone: the diary is encrypted "
                    "(run decrypt again to store it unencrypted)",
                )
            )
        _plan_path(paths).unlink(missing_ok=True)
        paths.ensure()
    log.info("conversion resumed: %s %s", action, done)
    return result


def _remove_any(path: Path) -> None:
    """Remove a file or a folder tree at ``path`` (a plan set aside before)."""
    import shutil

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def encrypt_database(paths: DataPaths, passphrase: str, repeated: str | None = None) -> int:
    """Encrypt the diary, every plain backup and every photo with ``passphrase`` (no engine
    may be open; no other process may have the diary open). Returns how many backups were
    encrypted. Exports are not encrypted."""
    check_new_passphrase(passphrase, repeated)
    if is_encrypted(paths):
        raise ValidationError(
            "passphrase", translate("Encryption", "this diary is encrypted already")
        )
    if not paths.db.exists():
        raise ValidationError(
            "passphrase",
            translate("Encryption", "there is no diary in {folder}").format(folder=paths.root),
        )
    with folder_lock.exclusive(paths.root):
        require_free(paths.root, paths.db.stat().st_size + MB)  # the largest single copy
        problems = integrity_check(paths.db)
        if problems:
            raise ValidationError(
                "passphrase",
                translate("Encryption", "the diary is damaged ({problem}); not changed").format(
                    problem=problems[0]
                ),
            )
        checkpoint(paths.db)
        _write_plan(paths, "encrypt")
        set_passphrase(paths.root, passphrase)
        try:
            marker = paths.root / ENCRYPTED_MARKER
            marker.write_text(MARKER_TEXT, encoding="utf-8")  # first: a plain file still wins
            _convert(paths.db, passphrase)
        except BaseException:
            if not is_encrypted_file(paths.db):
                set_passphrase(paths.root, None)
                marker.unlink(missing_ok=True)
                _plan_path(paths).unlink(missing_ok=True)
            raise
        try:
            done = _encrypt_rest(paths, passphrase)
        except db_errors(DiskFullError, OSError) as exc:
            full = _as_disk_full(exc, paths.root)
            if full is None:
                raise
            raise ConversionStoppedError(full, "encryption") from exc
        _plan_path(paths).unlink(missing_ok=True)
        paths.ensure()
    return done


class ConversionStoppedError(OneLineError):
    """A full disk met half-way through a conversion: said as it is (not "nothing changed")."""

    def __init__(self, exc: DiskFullError, what: str):
        reason = (
            translate(
                "Encryption",
                "the disk holding {folder} filled up during the encryption: free at least "
                "{size} there, then run any dmtracker command or start the app: it finishes "
                "the encryption",
            )
            if what == "encryption"
            else translate(
                "Encryption",
                "the disk holding {folder} filled up during the decryption: free at least "
                "{size} there, then run any dmtracker command or start the app: it encrypts "
                "again what is unencrypted",
            )
        )
        super().__init__("disk", reason.format(folder=exc.folder, size=mb(exc.needed)))


def _as_disk_full(exc: BaseException, folder: Path) -> DiskFullError | None:
    """``exc`` as a full disk (it may come from SQLite, SQLCipher or the OS), else None."""
    if isinstance(exc, DiskFullError):
        return exc
    error = as_user_error(exc, folder)
    return error if isinstance(error, DiskFullError) else None


def decrypt_database(paths: DataPaths, passphrase: str) -> int:
    """Store the diary, its backups and its photos unencrypted again (no engine may be open;
    no other process may have the diary open). Returns how many backups were decrypted."""
    if not is_encrypted(paths):
        raise ValidationError("passphrase", translate("Encryption", "this diary is not encrypted"))
    unlock(paths, passphrase)
    with folder_lock.exclusive(paths.root):
        checkpoint(paths.db)
        _write_plan(paths, "decrypt")
        try:
            done = _decrypt_rest(paths, passphrase)
            _convert(paths.db, None)  # last: while it is encrypted, the plan can be undone
        except db_errors(DiskFullError, OSError) as exc:
            full = _as_disk_full(exc, paths.root)
            if full is None:
                raise
            try:  # encrypt again what was made plain (the vault reuses the room it freed)
                _encrypt_rest(paths, passphrase)
            except db_errors(DiskFullError, OSError):
                raise ConversionStoppedError(full, "decryption") from exc
            _plan_path(paths).unlink(missing_ok=True)
            raise full from exc
        (paths.root / ENCRYPTED_MARKER).unlink(missing_ok=True)
        _plan_path(paths).unlink(missing_ok=True)
        set_passphrase(paths.root, None)
        paths.ensure()
    return done


def encryption_state(paths: DataPaths) -> str:
    """ "encrypted", "plain", or "mixed: …" (what an interrupted conversion left), for check."""
    files = [paths.db] if paths.db.exists() else []
    files += [b.path for b in bk.list_backups(paths.backups)]
    files = [f for f in files if f.stat().st_size]  # an empty file is neither
    plain_db = [f for f in files if is_plain_file(f)]
    plain_photos = photo_store.plain_files(paths.root)
    sealed = photo_store.sealed_count(paths.root)
    encrypted_db = len(files) - len(plain_db)
    if not encrypted_db and not sealed:
        return "plain"
    if not plain_db and not plain_photos:
        return "encrypted"
    mixed = (
        translate(
            "Encryption",
            "mixed: {plain_db} database files and {plain_photos} photos plain, "
            "{encrypted_db} database files and {sealed} photos encrypted",
        )
        if sealed >= 0
        else translate(
            "Encryption",
            "mixed: {plain_db} database files and {plain_photos} photos plain, "
            "{encrypted_db} database files and {sealed} photos (a vault that does not open) "
            "encrypted",
        )
    )
    return mixed.format(
        plain_db=len(plain_db),
        plain_photos=len(plain_photos),
        encrypted_db=encrypted_db,
        sealed=max(sealed, 0),
    )
