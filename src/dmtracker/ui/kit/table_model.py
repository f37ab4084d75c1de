"""A read-only table model over a list of DTOs, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.format import num

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # the raw value (used for sorting)
    text: Callable[[Any], str] | None = None  # how it is shown (default: format the value)
    tooltip: str = ""
    numeric: bool = False


def number_column(header: str, field: str, unit: str = "", tooltip: str = "") -> Column:
    """A numeric column of the ``field`` of each row, shown as :func:`num` writes it."""
    return Column(
        header,
        lambda r: getattr(r, field),
        lambda r: num(getattr(r, field), unit),
        tooltip=tooltip,
        numeric=True,
    )


def format_value(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return translate("RecordTable", "yes") if value else translate("RecordTable", "no")
    if isinstance(value, datetime):
        return formats.moment(value.astimezone())
    if isinstance(value, date):
        return formats.day(value)
    if isinstance(value, Decimal):
        if value == value.to_integral():
            return formats.number(value)
        return str(value).replace(".", formats.decimal_sign())  # as stored: 3.50 stays 3,50
    return str(value)


def _sort_key(value: Any) -> Any:
    """A value Qt can compare: numbers as floats, dates as ISO text, text lower-cased."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return float(value)
    return str(value).lower()


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self.sort_column is not None:
            self._sort_rows(self.sort_column)
        self.endResetModel()

    sort_column: int | None = None
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (one key per row): far faster than a proxy comparing
        thousands of pairs through data()."""
        if not 0 <= column < len(self.columns):
            # Qt's "no sorting" (-1): rows keep the order they were given in from now on
            self.sort_column = None
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self.rows[i.row()] if i.isValid() else None for i in persistent]
        self.sort_column, self.sort_order = column, order
        self._sort_rows(column)
        position = {id(r): n for n, r in enumerate(self.rows)}
        after = [
            self.index(position[id(r)], i.column()) if r is not None else QModelIndex()
            for r, i in zip(before, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int) -> None:
        col = self.columns[column]
        present = [r for r in self.rows if col.value(r) is not None]
        missing = [r for r in self.rows if col.value(r) is None]
        present.sort(
            key=lambda r: _sort_key(col.value(r)),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = present + missing

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        col = self.columns[index.column()]
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(item) if col.text else format_value(col.value(item))
        if role == SORT_ROLE:
            return _sort_key(col.value(item))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip
        return None

    def set_header(self, section: int, header: str) -> None:
        """Name a column anew (a table that shows one of two kinds, e.g. HAQ-DI or CHAQ)."""
        self.columns[section] = replace(self.columns[section], header=header, tooltip="")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].tooltip or self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None
