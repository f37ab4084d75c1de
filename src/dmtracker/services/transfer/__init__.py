"""Bringing data in and taking all of it out: the JSON backup, the check-in CSV, restores.

:class:`DataTransferService` (``services.transfer``) is the one door; the JSON backup lives in
:mod:`.backup` (its row rules in :mod:`.backup_rules`), the check-in CSV in :mod:`.checkin_csv`,
and what both share (problems, results) in :mod:`.common`.

Both imports are all-or-nothing: every row is validated with :mod:`dmtracker.domain.records`
first, every problem is reported by line (or record) and field, and only a file without
problems is written, in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from dmtracker.domain.messages import translate
from dmtracker.services.clock import Clock
from dmtracker.services.transfer.backup import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BackupTransfer,
    TableRows,
)
from dmtracker.services.transfer.checkin_csv import (
    CHECKIN_COLUMNS,
    FORMULA_STARTS,
    MAX_CSV_BYTES,
    MAX_CSV_CELL,
    MAX_CSV_CELLS,
    MAX_CSV_ROWS,
    CheckinCsvImport,
    checkin_template_text,
    unescape_cell,
)
from dmtracker.services.transfer.common import (
    WHOLE_FILE,
    ImportProblem,
    ImportRejected,
    ImportResult,
)
from dmtracker.storage.paths import DataPaths

__all__ = [
    "CHECKIN_COLUMNS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FORMULA_STARTS",
    "MAX_CSV_BYTES",
    "MAX_CSV_CELL",
    "MAX_CSV_CELLS",
    "MAX_CSV_ROWS",
    "DataTransferService",
    "ImportProblem",
    "ImportRejected",
    "ImportResult",
    "TableRows",
    "checkin_template_text",
    "unescape_cell",
]


class DataTransferService:
    """Whole-diary reads for exports, the two imports, and restoring a backup file."""

    def __init__(self, engine: sa.Engine, clock: Clock, paths: DataPaths):
        self.engine = engine
        self.clock = clock
        self.paths = paths
        self.backup = BackupTransfer(engine, clock, paths)
        self.checkins = CheckinCsvImport(engine, clock)

    # -- one entry point for the UI and the command line -----------------------------------
    def import_file(self, path: str | Path) -> ImportResult:
        """Import a JSON backup (``.json`` or text starting with ``{``) or a check-in CSV."""
        p = Path(path)
        if not p.is_file():
            raise ImportRejected(
                p.name, [ImportProblem(None, WHOLE_FILE, "", translate("Import", "does not exist"))]
            )
        if p.suffix.lower() == ".json":
            return self.import_backup(p)
        if p.suffix.lower() in (".csv", ".txt", ".tsv"):
            return self.import_checkins_csv(p)
        with p.open("rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        return self.import_backup(p) if head.startswith(b"{") else self.import_checkins_csv(p)

    # -- the JSON backup (see .backup) -------------------------------------------------------
    def tables(self, *, include_deleted: bool = False) -> list[TableRows]:
        return self.backup.tables(include_deleted=include_deleted)

    def schema_revision(self) -> str | None:
        return self.backup.schema_revision()

    def backup_document(self, *, include_photos: bool = True) -> dict[str, Any]:
        return self.backup.backup_document(include_photos=include_photos)

    def import_backup(self, path: str | Path) -> ImportResult:
        return self.backup.import_backup(path)

    def import_backup_document(
        self,
        doc: Any,
        source: str = "backup",
        lines: Mapping[tuple[str, int], int] | None = None,
    ) -> ImportResult:
        return self.backup.import_backup_document(doc, source, lines)

    def restore_backup(self, backup: str | Path) -> Path:
        return self.backup.restore_backup(backup)

    # -- the check-in CSV (see .checkin_csv) ---------------------------------------------------
    def import_checkins_csv(self, path: str | Path) -> ImportResult:
        return self.checkins.import_checkins_csv(path)

    def import_checkins_text(self, text: str | bytes, source: str = "check-ins") -> ImportResult:
        return self.checkins.import_checkins_text(text, source)
