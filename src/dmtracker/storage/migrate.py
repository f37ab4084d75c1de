"""Bring a database file to the schema this app knows, safely.

A fresh file is created at the head revision. An older file is first copied to ``backups/``,
then upgraded on a working copy that replaces the original only when the upgrade and an
integrity check succeeded: a failed migration leaves the original untouched. A file written by
a newer dmtracker is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dmtracker.domain.messages import translate
from dmtracker.storage.backup import copy_database, make_backup
from dmtracker.storage.db import connect, create_db_engine, integrity_check
from dmtracker.storage.paths import DataPaths, secure_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest schema this app knows (tests/storage/test_storage.py checks it equals Alembic's head).
# Knowing it without Alembic keeps Alembic out of the start-up of an up-to-date database.
SCHEMA_HEAD = "0003"
_PACKAGED_MIGRATIONS = MIGRATIONS_DIR


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer version of dmtracker."""


class MigrationError(RuntimeError):
    """An upgrade failed; the original file is untouched."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema: the constant for the app's own migrations (no Alembic import)."""
    if MIGRATIONS_DIR == _PACKAGED_MIGRATIONS:
        return SCHEMA_HEAD
    return alembic_head()


def alembic_head() -> str:
    """The head revision as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Path) -> str | None:
    """The file's Alembic revision; None for a missing or empty database."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    conn = connect(db, readonly=True)  # SQLCipher with the key for an encrypted diary
    try:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).fetchone()[0]
            if tables:
                raise MigrationError(
                    translate(
                        "Storage", "{file} is not a dmtracker database (no schema version)"
                    ).format(file=db)
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _upgrade_file(db: Path, revision: str = "head") -> None:
    from alembic import command

    engine = create_db_engine(db)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if conn.in_transaction():
                conn.commit()
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def migrate(paths: DataPaths, now: datetime | None = None) -> MigrationResult:
    """Create or upgrade ``paths.db`` to the head revision."""
    db = paths.db
    head = head_revision()
    current = current_revision(db)
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(
            translate(
                "Storage",
                "This data was saved by a newer version of dmtracker (schema {current}); this "
                "version knows schemas up to {head}. Install the newer version, or restore a "
                "backup.",
            ).format(current=current, head=head)
        )
    if current is None:
        _upgrade_file(db)
        secure_file(db)
        return MigrationResult(None, head, None)

    now = now or datetime.now(UTC)
    backup = make_backup(db, paths.backups, "pre-upgrade", now, extra=current)
    work = db.with_name(db.name + ".migrating")
    for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        p.unlink(missing_ok=True)
    copy_database(db, work)
    try:
        _upgrade_file(work)
        problems = integrity_check(work)
        if problems:
            raise MigrationError(
                translate("Storage", "integrity check failed after upgrade: {problem}").format(
                    problem=problems[0]
                )
            )
    except Exception as exc:
        for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            p.unlink(missing_ok=True)
        if isinstance(exc, MigrationError):
            raise
        raise MigrationError(
            translate(
                "Storage",
                "Upgrading the database from schema {current} to {head} failed: {error}. "
                "Your data is unchanged; a copy is in {backup}.",
            ).format(current=current, head=head, error=str(exc), backup=backup)
        ) from exc
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.replace(work, db)
    secure_file(db)
    return MigrationResult(current, head, backup)
