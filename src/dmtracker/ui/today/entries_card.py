"""Today's "During the day" card: the day's entries (time, values, note), a button for a new
one (Ctrl+N from anywhere on Today), change (Enter) and delete (Delete)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dmtracker.i18n import translate
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.today.entry_dialog import EntryDialog, entry_time, entry_values

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


class EntriesCard(Card):
    changed = Signal(object)  # the Change of a write

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("EntriesCard", "During the day"), parent)
        self.services: Services | None = None
        self.day: date | None = None
        self.dialog: EntryDialog | None = None
        self.empty = QLabel(
            translate("EntriesCard", "No entries for this day. How are you now? Press Ctrl+N.")
        )
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        self.table = RecordTable(
            [
                Column(
                    translate("EntriesCard", "Time"),
                    lambda e: e.at,
                    lambda e: entry_time(e, self._tz()),
                ),
                Column(translate("EntriesCard", "How you were"), lambda e: entry_values(e)),
                Column(translate("EntriesCard", "Note"), lambda e: e.notes.replace("\n", " ")),
            ],
            translate("EntriesCard", "Entries during the day"),
        )
        self.body.addWidget(self.table)
        row = QVBoxLayout()  # one above the other: narrow at large text sizes
        self.add_button = QPushButton(translate("EntriesCard", "How are &you now? (Ctrl+N)"))
        self.delete_button = QPushButton(translate("EntriesCard", "Delete the entry"))
        for b in (self.add_button, self.delete_button):
            writes(b)
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _i: self.edit_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    def _tz(self) -> Any:
        return self.services.clock.tz if self.services is not None else None

    def load(self, services: Services, day: date) -> None:
        self.services, self.day = services, day
        rows = services.entries.for_day(day)
        self.table.set_rows(rows, sort_column=0, order=Qt.SortOrder.AscendingOrder)
        self._fit_table(len(rows))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.delete_button.setEnabled(bool(rows))

    def _fit_table(self, count: int) -> None:
        """As high as its rows (2 to 8 shown; more scroll)."""
        row = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        height = header + row * max(2, min(count, 8)) + 2 * self.table.frameWidth() + 4
        self.table.setFixedHeight(height)

    def _selected(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.table.proxy.mapToSource(index)
        return self.table.model_.row_at(source.row())

    def add(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self._open(entry)

    def _open(self, entry: Any) -> None:
        if self.services is None or self.day is None:
            return
        dialog = EntryDialog(self.services, self.day, self.window(), entry)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self.add_button.setFocus())
        dialog.open()
        self.dialog = dialog

    def delete_selected(self) -> None:
        entry = self._selected()
        if entry is None or self.services is None:
            return
        self._saved(self.services.entries.delete(entry.id))

    def _saved(self, change: Any) -> None:
        if self.services is not None and self.day is not None:
            self.load(self.services, self.day)
        self.changed.emit(change)
