"""Reports and data: where the data lives, backups (automatic and now), the health check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from dmtracker.ui.pages.base import Page
from dmtracker.ui.table_model import Column
from dmtracker.ui.widgets import Card, RecordTable

KINDS = {
    "auto": "Automatic (daily)",
    "manual": "Made by you",
    "pre-upgrade": "Before an upgrade",
    "pre-restore": "Before a restore",
}


class ReportsPage(Page):
    title = "Reports and data"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        where = Card("Your data")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.body.addWidget(self.where)
        self.layout_.addWidget(where)

        card = Card("Backups")
        note = QLabel(
            "dmtracker copies your database once a day and keeps the last 14 copies. "
            "Copies never leave this computer unless you move them."
        )
        note.setWordWrap(True)
        card.body.addWidget(note)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("&Back up now")
        self.check_button = QPushButton("&Check the database")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.check_button)
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
        self.table.setMinimumHeight(300)
        card.body.addWidget(self.table)
        self.layout_.addWidget(card)
        self.layout_.addStretch(1)
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button.clicked.connect(self.check_now)

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.where.setText(
            f"Everything you record is kept in this folder on this computer:\n{s.paths.root}"
        )
        self.table.set_rows(s.maintenance.backups())

    def backup_now(self) -> None:
        path = self.services.maintenance.backup_now()
        self.refresh()
        QMessageBox.information(self, "Backup made", f"A copy of your data was saved to\n{path}")

    def check_now(self) -> None:
        report = self.services.maintenance.check()
        if report.ok:
            newest = report.newest_backup
            when = f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}" if newest else "none yet"
            QMessageBox.information(
                self, "Database checked", f"The database is sound.\nNewest good backup: {when}"
            )
        else:
            QMessageBox.warning(
                self,
                "Database problem",
                "\n".join(report.problems[:10])
                or "The database schema is not the one this app expects.",
            )
