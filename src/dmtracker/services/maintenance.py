"""Backups, restore and the health check of the data folder, as use cases.

Encryption at rest lives in :mod:`dmtracker.services.encryption`; its use cases are offered
here too (``maintenance.unlock``, ``maintenance.encrypt_database`` …), as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.clock import Clock
from dmtracker.services.encryption import (
    ENCRYPTED_MARKER,
    FORGOTTEN_WARNING,
    MIN_PASSPHRASE,
    ConversionStoppedError,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_new_passphrase,
    checkpoint,
    decrypt_database,
    encrypt_database,
    encryption_state,
    is_encrypted,
    lock,
    opens_with,
    pending_conversion,
    remove_stale_copies,
    resume_conversion,
    unlock,
)
from dmtracker.storage import backup as bk
from dmtracker.storage import folder_lock
from dmtracker.storage.db import (
    db_errors,
    integrity_check,
    is_encrypted_file,
    passphrase_for,
)
from dmtracker.storage.migrate import (
    MigrationError,
    current_revision,
    head_revision,
    known_revisions,
)
from dmtracker.storage.paths import DataPaths
from dmtracker.storage.space import (
    MB,
    DiskFullError,
    ReadOnlyDiaryError,
)

__all__ = [
    "ENCRYPTED_MARKER",
    "FORGOTTEN_WARNING",
    "MIN_PASSPHRASE",
    "ConversionStoppedError",
    "HealthReport",
    "MaintenanceService",
    "PassphraseRequiredError",
    "WrongPassphraseError",
    "check_backup",
    "check_new_passphrase",
    "decrypt_database",
    "encrypt_database",
    "encryption_state",
    "is_encrypted",
    "lock",
    "newest_good_backup",
    "pending_conversion",
    "remove_stale_copies",
    "restore_database",
    "resume_conversion",
    "unlock",
    "unreadable_records",
]


@dataclass(frozen=True)
class HealthReport:
    db: Path
    problems: tuple[str, ...]
    revision: str | None
    head: str
    newest_backup: bk.BackupInfo | None
    size_bytes: int
    encryption: str = "plain"  # "plain", "encrypted" or "mixed: …" (encryption_state)
    read_only: bool = False  # the folder cannot be written (view and export only)

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check_backup(backup: Path) -> str:
    """The schema revision of a backup that can be restored; a ValidationError naming the field
    ``backup`` when it cannot (missing, damaged, empty, not ours, or from a newer dmtracker)."""
    src = Path(backup)
    if src.is_dir():
        raise ValidationError(
            "backup",
            translate("Backups", "{file} is a folder, not a backup file").format(file=src),
        )
    if not src.is_file():
        raise ValidationError(
            "backup", translate("Backups", "{file} does not exist").format(file=src)
        )
    if src.suffix.lower() == ".json":
        raise ValidationError(
            "backup",
            translate(
                "Backups",
                "{name} is a JSON export: bring it in with 'import' (into an empty diary)",
            ).format(name=src.name),
        )
    if is_encrypted_file(src) and not opens_with(src, passphrase_for(src) or ""):
        raise ValidationError(
            "backup",
            translate(
                "Backups",
                "{name} is encrypted (or damaged) and does not open with this diary's "
                "passphrase: restore it into the diary it came from, or unlock that diary first",
            ).format(name=src.name),
        )
    problems = integrity_check(src)
    if problems:
        raise ValidationError(
            "backup",
            translate("Backups", "{name} is damaged ({problem})").format(
                name=src.name, problem=problems[0]
            ),
        )
    try:
        revision = current_revision(src)
    except db_errors(MigrationError) as exc:
        raise ValidationError("backup", exc.args[0] if exc.args else str(exc)) from None
    if revision is None:
        raise ValidationError(
            "backup",
            translate("Backups", "{name} is empty, not a dmtracker database").format(name=src.name),
        )
    if revision not in known_revisions():
        raise ValidationError(
            "backup",
            translate(
                "Backups",
                "{name} was made by a newer dmtracker (schema {revision}); "
                "install the newer version to restore it",
            ).format(name=src.name, revision=revision),
        )
    return revision


def restore_database(paths: DataPaths, backup: Path, now: datetime | None = None) -> Path:
    """Replace the data folder's database with ``backup`` without an open engine (for start-up,
    when the database is damaged). The current file, damaged or not, is kept in ``backups/``
    (``pre-restore-….sqlite3``, or ``….damaged`` with its bytes as they were): never deleted.

    Returns where the replaced file was kept. Open the folder again afterwards with
    ``open_services`` (which upgrades a backup made by an older version).
    """
    check_backup(backup)
    now = now or datetime.now(UTC)
    while True:  # never overwrite a file kept by an earlier restore in the same second
        kept = paths.backups / bk.backup_name("pre-restore", now)
        if not (kept.exists() or kept.with_suffix(".damaged").exists()):
            break
        now += timedelta(seconds=1)
    paths.ensure()
    # an encrypted diary stays encrypted, even when the backup is from before it was
    key = passphrase_for(paths.db) if is_encrypted(paths) else None
    with folder_lock.exclusive(paths.root):
        if paths.db.exists() and paths.db.stat().st_size and not integrity_check(paths.db):
            checkpoint(paths.db)  # the WAL's pages are in the file before it moves
        kept = bk.restore_backup(Path(backup), paths.db, paths.backups, now, key=key)
    paths.ensure()
    return kept


def newest_good_backup(paths: DataPaths) -> bk.BackupInfo | None:
    """The newest backup in the folder that passes its integrity check."""
    return bk.newest_good_backup(paths.backups)


def unreadable_records(db: Path, most: int = 20) -> list[str]:
    """Rows that pass SQLite's own check but cannot be read as what they hold (a date that is
    not a date: a file edited outside dmtracker). Each named by table and id."""
    import sqlalchemy as sa
    from sqlmodel import Session, SQLModel, select

    from dmtracker.storage.db import create_db_engine
    from dmtracker.storage.models import RECORD_TABLES, AppSetting, PatientProfile

    found: list[str] = []
    engine = create_db_engine(db, read_only=True)
    try:
        with Session(engine) as s:
            models: tuple[type[SQLModel], ...] = (*RECORD_TABLES, PatientProfile, AppSetting)
            for model in models:
                try:
                    s.exec(select(model)).all()
                    continue
                except (ValueError, TypeError, sa.exc.SQLAlchemyError):
                    pass
                key = "key" if model is AppSetting else "id"
                ids = [
                    r[0]
                    for r in s.connection().execute(
                        sa.text(f"SELECT {key} FROM {model.__tablename__}")
                    )
                ]
                for rid in ids:
                    try:
                        s.exec(select(model).where(getattr(model, key) == rid)).all()
                    except (ValueError, TypeError, sa.exc.SQLAlchemyError) as exc:
                        found.append(
                            translate(
                                "Backups", "{table} {key} {id} cannot be read ({error})"
                            ).format(table=model.__tablename__, key=key, id=rid, error=str(exc))
                        )
                        if len(found) >= most:
                            return found
    finally:
        engine.dispose()
    return found


class MaintenanceService:
    def __init__(self, paths: DataPaths, clock: Clock, *, read_only: bool = False):
        self.paths = paths
        self.clock = clock
        self.read_only = read_only

    def backup_now(self, dest: Path | None = None, *, plain: bool = False) -> Path:
        if self.read_only and dest is None:
            if self.paths.read_only_reason() == "full":
                raise DiskFullError(self.paths.root, self.paths.db.stat().st_size + MB)
            raise ReadOnlyDiaryError(self.paths.root)
        return self._backup_now(dest, plain=plain)

    def _backup_now(self, dest: Path | None = None, *, plain: bool = False) -> Path:
        """A consistent copy now: into ``backups/`` or to the file the user chose. The copy of
        an encrypted diary is encrypted with the same passphrase unless ``plain`` (a copy to a
        file the user chose; backups in ``backups/`` always stay encrypted)."""
        if dest is None:
            return bk.make_backup(self.paths.db, self.paths.backups, "manual", self.clock.now())
        if plain:
            return bk.copy_database(self.paths.db, Path(dest), key=None)
        return bk.copy_database(self.paths.db, Path(dest))

    def is_encrypted(self) -> bool:
        return is_encrypted(self.paths)

    def daily_backup(self) -> Path | None:
        """The day's automatic backup (None: one exists, or the folder is read-only). A full
        disk raises DiskFullError and leaves no partial file."""
        if self.read_only:
            return None
        return bk.daily_backup(self.paths.db, self.paths.backups, self.clock.now())

    def restore(self, backup: Path) -> Path:
        """Replace the database with ``backup`` (the caller has closed the engine); the current
        file is kept in ``backups/``. Returns where it was kept."""
        return restore_database(self.paths, backup, self.clock.now())

    def backups(self) -> list[bk.BackupInfo]:
        return bk.list_backups(self.paths.backups)

    def check(self) -> HealthReport:
        db = self.paths.db
        missing = translate("Backups", "the database file is missing")
        problems = tuple(integrity_check(db)) if db.exists() else (missing,)
        if db.exists() and db.stat().st_size == 0:
            problems = (translate("Backups", "the database file is empty (0 bytes)"),)
        try:
            revision = current_revision(db) if not problems else None
        except Exception as exc:  # a damaged file
            said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
            revision, problems = None, (*problems, said)
        if not problems:
            problems = tuple(unreadable_records(db))
        good = bk.newest_good_backup(self.paths.backups)
        size = db.stat().st_size if db.exists() else 0
        state = encryption_state(self.paths)
        return HealthReport(
            db, problems, revision, head_revision(), good, size, state, self.paths.read_only
        )
