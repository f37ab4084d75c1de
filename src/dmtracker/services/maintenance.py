"""Backups, restore and the health check of the data folder, as use cases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dmtracker.services.clock import Clock
from dmtracker.storage import backup as bk
from dmtracker.storage.db import integrity_check
from dmtracker.storage.migrate import current_revision, head_revision
from dmtracker.storage.paths import DataPaths


@dataclass(frozen=True)
class HealthReport:
    db: Path
    problems: tuple[str, ...]
    revision: str | None
    head: str
    newest_backup: bk.BackupInfo | None
    size_bytes: int

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


class MaintenanceService:
    def __init__(self, paths: DataPaths, clock: Clock):
        self.paths = paths
        self.clock = clock

    def backup_now(self, dest: Path | None = None) -> Path:
        """A consistent copy now: into ``backups/`` or to the file the user chose."""
        if dest is None:
            return bk.make_backup(self.paths.db, self.paths.backups, "manual", self.clock.now())
        return bk.copy_database(self.paths.db, Path(dest))

    def daily_backup(self) -> Path | None:
        return bk.daily_backup(self.paths.db, self.paths.backups, self.clock.now())

    def backups(self) -> list[bk.BackupInfo]:
        return bk.list_backups(self.paths.backups)

    def check(self) -> HealthReport:
        db = self.paths.db
        problems = tuple(integrity_check(db)) if db.exists() else ("the database file is missing",)
        try:
            revision = current_revision(db) if not problems else None
        except Exception as exc:  # a damaged file
            revision, problems = None, (*problems, str(exc))
        good = bk.newest_good_backup(self.paths.backups)
        return HealthReport(
            db, problems, revision, head_revision(), good, db.stat().st_size if db.exists() else 0
        )
