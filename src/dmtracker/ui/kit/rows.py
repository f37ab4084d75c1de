"""A few rows of inputs with add / remove buttons (rate steps, premedication, vital signs,
taper stages)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker import i18n
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import translate
from dmtracker.ui.kit.layout import TARGET
from dmtracker.ui.kit.widgets import chain


# --- rows of inputs ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RowColumn:
    key: str
    header: str
    choices: Mapping[str, str] | None = None  # stored key -> label shown
    width: int = 90
    placeholder: str = ""
    default: str = ""


@dataclass
class _Row:
    inputs: dict[str, QWidget]
    remove: QPushButton
    note: QLabel | None
    extra: dict[str, Any] = field(default_factory=dict)


class RowsEditor(QWidget):
    """A few rows of inputs with add / remove buttons; blank rows are ignored.

    Every input has an accessible name like "Premedication 2: dose"; Tab goes along a row and
    then to the next; the add button comes last. ``note`` (optional) shows a computed text per
    row, e.g. the same rate in the other unit.
    """

    changed = Signal()

    def __init__(
        self,
        item_name: str,
        columns: Sequence[RowColumn],
        add_text: str,
        note: Callable[[dict[str, str]], str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.item_name = item_name
        self.columns = list(columns)
        self.note_fn = note
        self.rows: list[_Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        # inputs keep their natural width; the note (or an empty column) takes the rest
        self.grid.setColumnStretch(len(self.columns) + 1, 1)
        for c, col in enumerate(self.columns):
            head = QLabel(col.header)
            head.setObjectName("hint")
            self.grid.addWidget(head, 0, c)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._next_grid_row = 1

    def add_row(self, values: Mapping[str, Any] | None = None, focus: bool = False) -> None:
        values = values or {}
        n = len(self.rows) + 1
        inputs: dict[str, QWidget] = {}
        r = self._next_grid_row
        self._next_grid_row += 1
        for c, col in enumerate(self.columns):
            w: QWidget
            if col.choices is not None:
                combo = QComboBox()
                for key, label in col.choices.items():
                    combo.addItem(label, key)
                key = str(values.get(col.key, col.default) or col.default)
                combo.setCurrentIndex(max(0, combo.findData(key)))
                combo.currentIndexChanged.connect(self._changed)
                w = combo
            else:
                edit = QLineEdit(str(values.get(col.key, col.default) or ""))
                edit.setPlaceholderText(col.placeholder)
                edit.textChanged.connect(self._changed)
                w = edit
            w.setMinimumHeight(TARGET)
            w.setMinimumWidth(col.width)
            w.setAccessibleName(self._input_name(n, col.header))
            self.grid.addWidget(w, r, c)
            inputs[col.key] = w
        remove = QPushButton(translate("RowsEditor", "Remove"))
        remove.setAccessibleName(self._remove_name(n))
        remove.setToolTip(self._remove_name(n))
        self.grid.addWidget(remove, r, len(self.columns))
        note = None
        if self.note_fn is not None:
            note = QLabel()
            note.setObjectName("hint")
            self.grid.addWidget(note, r, len(self.columns) + 1)
        for shown in [*inputs.values(), remove, note]:
            if shown is not None:
                shown.show()  # at once (a layout would show it only after the next event loop turn)
        row = _Row(inputs, remove, note)
        remove.clicked.connect(lambda _=False, row=row: self.remove_row(row))
        self.rows.append(row)
        self._order()
        self._update_note(row)
        if focus:
            next(iter(inputs.values())).setFocus()
        self.changed.emit()

    def remove_row(self, row: _Row) -> None:
        if row not in self.rows:
            return
        i = self.rows.index(row)
        self.rows.remove(row)
        for w in [*row.inputs.values(), row.remove, row.note]:
            if w is not None:
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        self._rename()
        self._order()
        if self.rows:
            next(iter(self.rows[min(i, len(self.rows) - 1)].inputs.values())).setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            for w in [*row.inputs.values(), row.remove, row.note]:
                if w is not None:
                    self.grid.removeWidget(w)
                    w.hide()
                    w.deleteLater()
        self.rows = []
        self.changed.emit()

    def set_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.clear()
        for values in rows:
            self.add_row(values)

    def _rename(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            for col in self.columns:
                row.inputs[col.key].setAccessibleName(self._input_name(n, col.header))
            row.remove.setAccessibleName(self._remove_name(n))

    def _input_name(self, n: int, header: str) -> str:
        return translate("RowsEditor", "{item} {n}: {column}").format(
            item=self.item_name, n=n, column=header
        )

    def _remove_name(self, n: int) -> str:
        # inside a sentence: lower case, but German writes its nouns with a capital
        item = self.item_name if i18n.current().code == "de" else self.item_name.lower()
        return translate("RowsEditor", "Remove {item} {n}").format(item=item, n=n)

    def _order(self) -> None:
        """Keep the rows' inputs before the add button in the Tab order."""
        widgets: list[QWidget] = []
        for row in self.rows:
            widgets += [*row.inputs.values(), row.remove]
        if not widgets:
            return
        before = self.add_button.previousInFocusChain()
        while before in widgets:
            before = before.previousInFocusChain()
        chain([before, *widgets, self.add_button])

    def _changed(self, *_: Any) -> None:
        for row in self.rows:
            self._update_note(row)
        self.changed.emit()

    def refresh_notes(self) -> None:
        for row in self.rows:
            self._update_note(row)

    def _update_note(self, row: _Row) -> None:
        if row.note is not None and self.note_fn is not None:
            row.note.setText(self.note_fn(self.values_of(row)))

    def values_of(self, row: _Row) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, w in row.inputs.items():
            if isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QLineEdit):
                out[key] = w.text().strip()
        return out

    def filled(self) -> list[tuple[int, dict[str, str]]]:
        """(displayed row number, values) of each row with something typed in it."""
        out = []
        for n, row in enumerate(self.rows, start=1):
            values = self.values_of(row)
            typed = [
                v for c in self.columns if c.choices is None for v in [values[c.key]] if v != ""
            ]
            if typed:
                out.append((n, values))
        return out

    def input(self, row: int, key: str) -> QWidget:
        """The input of displayed row ``row`` (1-based) and column ``key``."""
        return self.rows[row - 1].inputs[key]

    def error_fields(
        self, key: str, shown: Sequence[int], exc: ValidationError
    ) -> dict[str, QWidget]:
        """For each error about an item of ``key`` (``rate_steps[1].minute``), the input the
        error marks and focuses: the first input of its row (``shown`` gives the displayed row
        number of each item sent)."""
        out: dict[str, QWidget] = {}
        for name, _reason in exc.errors:
            if not name.startswith(key + "["):
                continue
            i = int(name[len(key) + 1 : name.index("]")])
            if i < len(shown) and 0 < shown[i] <= len(self.rows):
                out[name] = next(iter(self.rows[shown[i] - 1].inputs.values()))
        return out
