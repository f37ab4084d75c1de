"""Small shared widgets: cards, headings, tables with sorting and filtering."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dmtracker.i18n import translate
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import SORT_ROLE, Column, RecordTableModel


def chain(widgets: Sequence[QWidget | None]) -> None:
    """Tab order in the order given (None entries are skipped)."""
    for a, b in itertools.pairwise([w for w in widgets if w is not None]):
        QWidget.setTabOrder(a, b)


def save_keys(
    dialog: QDialog, save: Callable[[], Any], save_button: QPushButton, cancel_button: QPushButton
) -> None:
    """The form dialogs' keys: Ctrl+S and Ctrl+Enter save as the Save button does; Cancel
    (and Esc) closes without saving."""
    for seq in ("Ctrl+S", "Ctrl+Return"):
        QShortcut(QKeySequence(seq), dialog).activated.connect(save)
    save_button.clicked.connect(save)
    cancel_button.clicked.connect(dialog.reject)


def form_buttons(
    layout: QVBoxLayout, *left: QPushButton, save_text: str | None = None
) -> tuple[StatusLabel, QPushButton, QPushButton]:
    """The foot of a form dialog, added to ``layout``: the status line, then a row ``left…``,
    space, Cancel, Save (the primary button, off in a read-only diary). No button takes Enter.
    Returns (status, cancel, save). ``save_text`` defaults to "Save (Ctrl+S)"."""
    status = StatusLabel()
    layout.addWidget(status)
    cancel = QPushButton(translate("FormKit", "Cancel (Esc)"))
    save = QPushButton(translate("FormKit", "Save (Ctrl+S)") if save_text is None else save_text)
    writes(save)
    save.setObjectName("primary")
    row = QHBoxLayout()
    for b in (*left, cancel, save):
        b.setAutoDefault(False)
    for b in left:
        row.addWidget(b)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    layout.addLayout(row)
    return status, cancel, save


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("h1" if level == 1 else "h2")
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


class Card(QFrame):
    """A titled panel."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(8)
        self.title = heading(title, 2)
        self.body.addWidget(self.title)


class FastProxy(QSortFilterProxyModel):
    """Filters here; sorting is done by the source model (see RecordTableModel.sort)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class RecordTable(QTableView):
    """A sortable, filterable table of DTOs with keyboard navigation and large rows."""

    def __init__(self, columns: Sequence[Column], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_ = RecordTableModel(columns, self)
        self.proxy = FastProxy(self)
        self.proxy.setSourceModel(self.model_)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(name)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()
        self.horizontalHeader().setStretchLastSection(True)
        # size columns from the first rows only: measuring years of rows costs seconds
        self.horizontalHeader().setResizeContentsPrecision(60)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fit_rows(self) -> None:
        """Row height from the font (measuring every row of a long history costs seconds)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def set_rows(
        self,
        rows: Sequence[Any],
        sort_column: int | None = 0,
        order: Qt.SortOrder = Qt.SortOrder.DescendingOrder,
    ) -> None:
        self.model_.set_rows(rows)
        if sort_column is not None:
            self.sortByColumn(sort_column, order)
        self.resizeColumnsToContents()

    def selected_item(self) -> Any | None:
        idx = self.currentIndex()
        if not idx.isValid():
            return None
        return self.model_.row_at(self.proxy.mapToSource(idx).row())


class WrapCheckBox(QCheckBox):
    """A tick box whose text wraps to its width, as a word-wrapped label does: a long sentence
    (a risk factor in German) makes the box taller, never the page wider. Its size hint is
    the text in one line; it takes less width (down to a dozen characters) and the height the
    wrapped text needs there."""

    _FLAGS = (
        Qt.TextFlag.TextWordWrap
        | Qt.TextFlag.TextShowMnemonic
        | Qt.AlignmentFlag.AlignLeft
        | Qt.AlignmentFlag.AlignVCenter
    )

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setProperty("wraps", True)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _text_rect(self, rect: QRect) -> QRect:
        opt = self._option()
        opt.rect = rect
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, self)

    def _indent(self) -> int:
        probe = QRect(0, 0, 1000, 100)
        return probe.width() - self._text_rect(probe).width()

    def minimumSizeHint(self) -> QSize:
        one_line = super().sizeHint()
        narrow = self._indent() + 12 * self.fontMetrics().averageCharWidth()
        return QSize(min(one_line.width(), narrow), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(1, width - self._indent())
        text = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), self._FLAGS, self.text())
        one_line = super().sizeHint()
        extra = one_line.height() - self.fontMetrics().height()
        return max(one_line.height(), text.height() + max(0, extra))

    def hitButton(self, pos: QPoint) -> bool:
        """Every line of the wrapped text ticks the box (the style's click area knows only
        the text in one line)."""
        return self.rect().contains(pos)

    def paintEvent(self, _event: QEvent) -> None:
        painter = QStylePainter(self)
        opt = self._option()
        text = opt.text
        opt.text = ""
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, opt)
        rect = self._text_rect(self.rect())
        self.style().drawItemText(
            painter,
            rect,
            int(self._FLAGS),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
