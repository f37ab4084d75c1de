"""The Reports page's backups: the automatic ones listed, a backup now or to a chosen file,
restoring a listed backup (the diary as it is is kept first), and the health check.

Backups and restores are writes: they run one at a time on the runner's writer queue and
cannot be cancelled once started (the progress dialog says so); the check is a read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.tasks import Control, Task, one_line
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.reports.common import PRIVACY_NOTE, ReportsBase

KINDS = {
    "auto": "Automatic (daily)",
    "manual": "Made by you",
    "pre-upgrade": "Before an upgrade",
    "pre-restore": "Before a restore",
}


class BackupsPart(ReportsBase):
    """The backups card (built by :meth:`_build_backups_card`)."""

    import_button: QPushButton  # made by the import card, marked as a write here too

    def _build_backups_card(self) -> None:
        card = Card("Backups")
        note = QLabel(
            "dmtracker copies your database once a day and keeps the last 14 copies. "
            "Copies never leave this computer unless you move them."
        )
        note.setWordWrap(True)
        card.body.addWidget(note)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("&Back up now")
        self.backup_file_button = QPushButton("Back up to a fi&le…")
        self.check_button = QPushButton("&Check the database")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.backup_file_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.table = RecordTable(
            [
                Column("Taken", lambda b: b.taken_at),
                Column("Kind", lambda b: KINDS.get(b.kind, b.kind)),
                Column(
                    "Size",
                    lambda b: b.size_bytes,
                    lambda b: f"{b.size_bytes / 1e6:.1f} MB",
                    numeric=True,
                ),
                Column("File", lambda b: b.path.name),
            ],
            "Backups",
        )
        self.table.setMinimumHeight(240)
        card.body.addWidget(self.table)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton("Re&store the selected backup…")
        self.restore_button.setToolTip(
            "Go back to the chosen copy. The diary as it is now is kept as a backup first."
        )
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.check_button)
        restore_row.addStretch(1)
        card.body.addLayout(restore_row)
        self.layout_.addWidget(card)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_file_button.clicked.connect(self.backup_to_file)
        self.check_button.clicked.connect(self.check_now)
        self.restore_button.clicked.connect(self.restore_selected)

    def _mark_writes(self) -> None:
        writes(self.import_button, self.backup_button, self.restore_button)

    # -- backups --------------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.services is None:
            return
        maintenance = self.services.maintenance

        def done(path: Any) -> None:
            self.refresh()
            self._inform("Backup made", f"A copy of your data was saved to\n{path}")

        task = Task(
            "Backup",
            "Making a backup of your diary…",
            lambda _control: maintenance.backup_now(),
            writes=True,
            done=done,
            failed_title="Backup not made",
        )
        self._start(task)

    def backup_to_file(self) -> None:
        if self.services is None:
            return
        name = f"dmtracker-{self.services.clock.today().isoformat()}.sqlite3"
        path = self._ask_save_path(
            "Back up to a file", self._suggested(name), "dmtracker backups (*.sqlite3)"
        )
        if not path:
            return
        maintenance = self.services.maintenance

        def done(made: Any) -> None:
            self._inform(
                "Backup made", f"A copy of your data was saved to\n{made}\n\n{PRIVACY_NOTE}"
            )

        def failed(exc: BaseException) -> None:
            reason = f"{path} could not be written: {exc}" if isinstance(exc, OSError) else None
            self._warn("Backup not written", reason or one_line(exc))

        task = Task(
            "Backup",
            f"Writing a backup to {Path(path).name}…",
            lambda _control: maintenance.backup_now(Path(path)),
            writes=True,
            done=done,
            failed=failed,
        )
        self._start(task)

    def restore_selected(self) -> None:
        if self.services is None:
            return
        chosen = self.table.selected_item()
        if chosen is None:
            self._inform("Choose a backup", "Select a backup in the table first, then restore it.")
            return
        when = f"{chosen.taken_at.astimezone():%Y-%m-%d %H:%M}"
        kind = KINDS.get(chosen.kind, chosen.kind).lower()
        if not self._confirm(
            "Restore this backup?",
            f"Your diary will go back to the copy of {when} ({kind}).\n\n"
            "Anything entered after that copy will no longer be in the diary. Before "
            "restoring, dmtracker keeps your diary as it is now in a new backup "
            '("Before a restore"), so you can come back to it.\n\nRestore now?',
        ):
            return
        transfer = self.services.transfer

        def work(_control: Control) -> Any:
            return transfer.restore_backup(chosen.path)

        def done(kept: Any) -> None:
            self.reopen_requested.emit()
            self.refresh()
            self._inform(
                "Backup restored",
                f"Your diary is now the copy of {when}.\n\nThe diary as it was before is kept "
                f"in\n{kept}",
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):  # refused before anything was replaced
                self._warn("Not restored", f"{exc.reason}\n\nYour diary was not changed.")
            else:
                self._warn("Not restored", one_line(exc))

        task = Task(
            "Restore",
            f"Restoring the copy of {when}…",
            work,
            writes=True,
            done=done,
            failed=failed,
        )
        self._start(task)

    def check_now(self) -> None:
        if self.services is None:
            return
        maintenance = self.services.maintenance
        task = Task(
            "Database check",
            "Checking the database…",
            lambda _control: maintenance.check(),
            cancel="drop",
            done=self._checked,
            failed_title="Database problem",
        )
        self._start(task)

    def _checked(self, report: Any) -> None:
        if report.ok:
            newest = report.newest_backup
            when = f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}" if newest else "none yet"
            self._inform("Database checked", f"The database is sound.\nNewest good backup: {when}")
        else:
            self._warn(
                "Database problem",
                "\n".join(report.problems[:10])
                or "The database schema is not the one this app expects.",
            )
