"""Reports and data: the clinic report, where the data lives, export, import, backups
(automatic, now, to a file), restoring a backup, and the health check.

Each card is a part of its own (``clinic``, ``exports``, ``backups``); long work runs through
the task runner (``dmtracker.ui.kit.tasks``) with a progress dialog. The export writers and the
report builder are ``dmtracker.reports``' (the UI may use that layer); the page takes them when
it is made (:meth:`set_exporter`, :meth:`set_report_builder`, which a test may call with others).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dmtracker.i18n import translate
from dmtracker.reports.clinic import report as clinic_report
from dmtracker.reports.exports import exporting
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.tasks import TaskRunner
from dmtracker.ui.kit.widgets import Card
from dmtracker.ui.reports.backups import BackupsPart
from dmtracker.ui.reports.clinic import ClinicReportPart
from dmtracker.ui.reports.exports import ExportsPart
from dmtracker.ui.reports.inbox import InboxPart


class ReportsPage(ClinicReportPart, ExportsPart, InboxPart, BackupsPart):
    title = "Reports and data"

    def __init__(self, parent: QWidget | None = None, tasks: TaskRunner | None = None):
        super().__init__(parent, tasks)
        title = translate("ReportsPage", "Reports and data")
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.setAccessibleName(title)
        self.empty = add_empty_state(self)
        self._build_report_card()
        where = Card(translate("ReportsPage", "Your data"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.body.addWidget(self.where)
        self.layout_.addWidget(where)
        self._build_transfer_cards()
        self._build_backups_card()
        self._build_inbox_card()
        self._mark_writes()
        self.layout_.addStretch(1)
        self.set_exporter(exporting)
        self.set_report_builder(clinic_report)

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.where.setText(
            translate(
                "ReportsPage",
                "Everything you record is kept in this folder on this computer:\n{folder}",
            ).format(folder=s.paths.root)
        )
        self.empty.show_if(s.checkins.count() == 0)
        self._refresh_second_folder()  # (lists the backups, from here or the second folder)
        self._refresh_report_dates()
        self.check_inbox()
