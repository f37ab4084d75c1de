"""History: every logged day in a sortable, filterable table. Enter or double-click opens the
day; Delete hides it and Ctrl+Z brings it back exactly."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.format import excerpt, scale
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column, RecordTableModel
from dmtracker.ui.kit.widgets import FastProxy, RecordTable
from dmtracker.ui.today.words import domain_text


def scale_column(key: str, label: str) -> Column:
    """The column of one daily scale of the day's check-in (– on a day without one)."""
    return Column(
        vocabulary(label),
        lambda r: getattr(r.checkin, key) if r.checkin else None,
        lambda r: scale(getattr(r.checkin, key)) if r.checkin else "–",
        numeric=True,
    )


def tests_text(row: Any) -> str:
    """The day's self-tests in a line: "30-second chair stand 12; Grip strength 21.5 kg"."""
    parts = []
    for t in row.tests:
        kind = vocab.SELF_TESTS[t.kind]
        name = t.custom_name if kind.key == "custom" else domain_text(kind.label)
        unit = "" if t.unit == "count" else f" {t.unit}"
        parts.append(f"{name} {formats.number(t.value)}{unit}")
    return "; ".join(parts)


def entries_text(row: Any) -> str:
    """ "3 (highest: Pain 7)": the day's entries during the day, or nothing without any."""
    summary = row.entries_summary
    if summary is None:
        return ""
    peak = summary.peak
    if peak is None:
        return str(summary.count)
    return translate("HistoryPage", "{count} (highest: {scale} {value})").format(
        count=summary.count, scale=vocabulary(vocab.DAILY_SCALES[peak[0]]), value=peak[1]
    )


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DayFilter(FastProxy):
    """Text anywhere in the row, and an optional date range."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.start: date | None = None
        self.end: date | None = None
        self.text = ""

    def set_range(self, start: date | None, end: date | None) -> None:
        self.beginFilterChange()
        self.start, self.end = start, end
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        model = cast(RecordTableModel, self.sourceModel())  # (RecordTable's own model)
        item = model.row_at(row)
        if self.start and item.day < self.start:
            return False
        if self.end and item.day > self.end:
            return False
        if not self.text:
            return True
        cols = model.columnCount()
        return any(self.text in str(model.index(row, c).data() or "").lower() for c in range(cols))


class HistoryPage(Page):
    title = "History"
    open_day = Signal(object)  # date

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.empty = add_empty_state(self)
        filters = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("HistoryPage", "Filter: a date like 2026-03, a word from the notes…")
        )
        self.filter.setAccessibleName(translate("HistoryPage", "Filter the history by text"))
        self.filter.setClearButtonEnabled(True)
        flabel = QLabel(translate("HistoryPage", "Filte&r:"))
        flabel.setBuddy(self.filter)
        self.use_range = QCheckBox(translate("HistoryPage", "Only fro&m"))
        self.start = DateInput(translate("HistoryPage", "From date"))
        self.end = DateInput(translate("HistoryPage", "To date"))
        for w in (self.start, self.end):
            w.setEnabled(False)
        to = QLabel(translate("HistoryPage", "&to", "from one date to another"))
        to.setBuddy(self.end)
        filters.addWidget(flabel)
        filters.addWidget(self.filter, 1)
        # the dates wrap under each other when the page is narrow (long languages, large text)
        filters.addWidget(flow(self.use_range, self.start, to, self.end))
        self.layout_.addLayout(filters)

        cols = [
            Column(translate("HistoryPage", "Date"), lambda r: r.day, lambda r: formats.day(r.day))
        ]
        cols += [scale_column(k, label) for k, label in vocab.DAILY_SCALES.items()]
        cols += [
            Column(translate("HistoryPage", "Self-tests"), tests_text),
            Column(
                translate("HistoryPage", "Rash score"),
                lambda r: r.rash_score,
                numeric=True,
                tooltip=translate(
                    "HistoryPage", "{label}: redness + scaling + 2 per open sore, over the sites"
                ).format(label=domain_text(rash_rules.LABEL)),
            ),
            Column(
                translate("HistoryPage", "Entries"),
                lambda r: len(r.entries),
                entries_text,
                tooltip=translate(
                    "HistoryPage",
                    "Entries during the day: how many, and the highest value of the day",
                ),
            ),
            Column(translate("HistoryPage", "Notes"), lambda r: excerpt(r.notes, 80)),
        ]
        self.table = RecordTable(cols, translate("HistoryPage", "Logged days"))
        self.proxy = DayFilter(self)
        self.proxy.setSourceModel(self.table.model_)
        self.proxy.setSortRole(self.table.proxy.sortRole())
        self.table.proxy = self.proxy
        self.table.setModel(self.proxy)
        self.table.setMinimumHeight(460)
        self.layout_.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.open_button = QPushButton(translate("HistoryPage", "&Open the day (Enter)"))
        self.delete_button = QPushButton(translate("HistoryPage", "&Delete the day (Delete)"))
        self.undo_button = QPushButton(translate("HistoryPage", "&Undo (Ctrl+Z)"))
        writes(self.delete_button, self.undo_button)
        self.undo_button.setEnabled(False)
        self.status = StatusLabel()
        actions.addWidget(flow(self.open_button, self.delete_button, self.undo_button))
        actions.addWidget(self.status, 1)
        self.layout_.addLayout(actions)
        self.undo_stack: list[Any] = []

        self.filter.textChanged.connect(self.proxy.set_text)
        self.use_range.toggled.connect(self._range_changed)
        self.start.dateChanged.connect(self._range_changed)
        self.end.dateChanged.connect(self._range_changed)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        for seq, slot in (("Delete", self.delete_selected), ("Ctrl+Z", self.undo)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def refresh(self) -> None:
        if self.services is None:
            return
        rows = self.services.days.history()
        self.table.set_rows(rows)
        self.empty.show_if(not rows)
        if not rows:  # the range shows today, not a date nobody chose
            today = self.services.clock.today()
            for w in (self.start, self.end):
                w.blockSignals(True)
                w.setDate(QDate(today.year, today.month, today.day))
                w.blockSignals(False)
        if rows and not self.use_range.isChecked():
            for w, d in ((self.start, rows[0].day), (self.end, rows[-1].day)):
                w.blockSignals(True)
                w.setDate(QDate(d.year, d.month, d.day))
                w.blockSignals(False)
        if self.table.model().rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _range_changed(self, *_: Any) -> None:
        on = self.use_range.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        if on:
            self.proxy.set_range(_to_date(self.start.date()), _to_date(self.end.date()))
        else:
            self.proxy.set_range(None, None)

    def open_selected(self) -> None:
        item = self.table.selected_item()
        if item is not None:
            self.open_day.emit(item.day)

    def delete_selected(self) -> None:
        item = self.table.selected_item()
        if item is None or self.services is None:
            return
        row = self.table.currentIndex().row()
        deletion = self.services.days.delete_day(item.day)
        self.undo_stack.append(deletion)
        self.undo_button.setEnabled(True)
        self.status.note(
            translate("HistoryPage", "Deleted {day}. Ctrl+Z brings it back.").format(
                day=formats.day(item.day)
            )
        )
        self.refresh()
        count = self.table.model().rowCount()
        if count:
            self.table.selectRow(min(row, count - 1))
        self.changed.emit(deletion)

    def undo(self) -> None:
        if not self.undo_stack or self.services is None:
            return
        deletion = self.undo_stack.pop()
        try:
            change = self.services.days.undo_delete(deletion)
        except ValidationError as exc:  # the day was logged again since: say so
            self.undo_stack.append(deletion)
            self.status.error([localize(exc.reason)], translate("HistoryPage", "Cannot undo"))
            return
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.status.note(
            translate("HistoryPage", "Restored {day}.").format(day=formats.day(deletion.day))
        )
        self.refresh()
        self.select_day(deletion.day)
        self.changed.emit(change)

    def select_day(self, day: date) -> None:
        model = self.table.model()
        for r in range(model.rowCount()):
            src = self.proxy.mapToSource(model.index(r, 0))
            if self.table.model_.row_at(src.row()).day == day:
                self.table.selectRow(r)
                return
