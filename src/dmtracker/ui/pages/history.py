"""History: every logged day in a sortable table, filtered by text."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from dmtracker.domain import vocab
from dmtracker.ui.format import excerpt, scale
from dmtracker.ui.pages.base import Page
from dmtracker.ui.table_model import Column
from dmtracker.ui.widgets import RecordTable


class HistoryPage(Page):
    title = "History"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by date or text, e.g. 2026-03 or headache")
        self.filter.setAccessibleName("Filter the history")
        self.filter.setClearButtonEnabled(True)
        self.layout_.addWidget(self.filter)
        cols = [Column("Date", lambda r: r.day)]
        cols += [
            Column(
                label,
                lambda r, k=k: getattr(r, k),
                lambda r, k=k: scale(getattr(r, k)),
                numeric=True,
            )
            for k, label in vocab.DAILY_SCALES.items()
        ]
        cols.append(Column("Notes", lambda r: excerpt(r.notes, 80)))
        self.table = RecordTable(cols, "Logged days")
        self.table.setMinimumHeight(480)
        self.layout_.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.table.proxy.setFilterFixedString)

    def refresh(self) -> None:
        if self.services is not None:
            self.table.set_rows(self.services.checkins.list())
