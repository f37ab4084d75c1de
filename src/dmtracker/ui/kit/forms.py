"""Shared pieces of the treatment forms: error messages that name the field, rows of inputs
(rate steps, premedication, vital signs, taper stages), date and time conversions, and the
red-flag confirmation used before any save."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.widgets import chain
from dmtracker.ui.safety import red_flag

TARGET = 32  # px: the smallest click target

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


# --- dates and times ---------------------------------------------------------------------------
def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qdatetime(moment: datetime, tz: Any) -> QDateTime:
    """A QDateTime showing ``moment`` as wall-clock time in the patient's zone."""
    local = moment.astimezone(tz)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def pydatetime(q: QDateTime, tz: Any) -> datetime:
    """The wall-clock value of a QDateTime, in the patient's zone (aware)."""
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


def parse_time(text: str, name: str) -> time | None:
    """'9:30' or '09.30' -> 09:30; blank -> None; anything else -> ValidationError(name)."""
    if not text.strip():
        return None
    m = _TIME.match(text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError(name, f"must be a time like 09:30, got {text.strip()!r}")
    return time(int(m.group(1)), int(m.group(2)))


def moment_on(day: date, text: str, tz: Any, name: str) -> datetime | None:
    t = parse_time(text, name)
    return None if t is None else datetime.combine(day, t, tzinfo=tz)


def hhmm(moment: datetime | None, tz: Any) -> str:
    return "" if moment is None else f"{moment.astimezone(tz):%H:%M}"


# --- numbers -----------------------------------------------------------------------------------
def text_of(value: Decimal | int | None) -> str:
    """A stored number as the user would type it: no exponent, no trailing zeros."""
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


def decimal_or_none(text: str) -> Decimal | None:
    try:
        d = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def rounded(value: Decimal, places: str = "0.1") -> str:
    return text_of(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))


def duration_text(minutes: Decimal) -> str:
    total = int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    h, m = divmod(total, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d} min" if m else f"{h} h"


# --- messages ----------------------------------------------------------------------------------
_INDEXED = re.compile(r"^(\w+)\[(\d+)\]\.?(.*)$")


def describe_errors(
    exc: ValidationError,
    labels: Mapping[str, str],
    rows: Mapping[str, tuple[str, Sequence[int], Mapping[str, str]]] | None = None,
) -> list[str]:
    """Each problem as '<label>: <reason>'.

    ``rows`` maps a list field (``rate_steps``) to (its name, the displayed row number of each
    item sent, its column labels), so ``rate_steps[1].minute`` reads "Rate step 3, from minute".
    """
    out = []
    for name, reason in exc.errors:
        m = _INDEXED.match(name)
        if m and rows and m.group(1) in rows:
            what, shown, cols = rows[m.group(1)]
            i = int(m.group(2))
            n = shown[i] if i < len(shown) else i + 1
            col = cols.get(m.group(3), labels.get(m.group(3), m.group(3)))
            out.append(f"{what} {n}{', ' + col if col else ''}: {reason}")
        else:
            out.append(f"{labels.get(name, name)}: {reason}")
    return out


class StatusLabel(QLabel):
    """The line under a form: '⚠ Not saved – Lot number: …' or '✓ Saved …' (text, not colour)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status")
        self.setWordWrap(True)
        self.setAccessibleName("Form status")
        self.setVisible(False)

    def error(self, lines: Iterable[str], prefix: str = "Not saved") -> None:
        items = list(lines)
        self.setText(f"⚠ {prefix} – " + "; ".join(items) if items else f"⚠ {prefix}")
        self._mark(True)
        self.setVisible(True)

    def ok(self, text: str) -> None:
        self.setText(f"✓ {text}" if text else "")
        self._mark(False)
        self.setVisible(bool(text))

    def clear_status(self) -> None:
        self.setText("")
        self._mark(False)
        self.setVisible(False)

    def _mark(self, error: bool) -> None:
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)


def focus_field(exc: ValidationError, widgets: Mapping[str, QWidget]) -> None:
    """Put the cursor in the first field named by the error."""
    for name, _reason in exc.errors:
        w = widgets.get(name.split("[", 1)[0]) or widgets.get(name)
        if w is not None and w.isEnabled():
            w.setFocus()
            return


def fit(dialog: QWidget, width: int, height: int) -> None:
    """Size a dialog: at least ``width`` × ``height``, larger with large text, within the screen."""
    dialog.ensurePolished()
    hint = dialog.sizeHint()
    w, h = max(width, hint.width()), max(height, hint.height())
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        w, h = min(w, area.width()), min(h, area.height())
    dialog.resize(w, h)


def scroll_body(outer: QVBoxLayout) -> QVBoxLayout:
    """A scrolling area in ``outer``; returns its layout (forms never clip with large text)."""
    host = QWidget()
    body = QVBoxLayout(host)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(host)
    outer.addWidget(area, 1)
    return body


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll on their own. In a plain QTabWidget the tallest page (the course
    planner, the TIS chart) makes every page as tall, so a short table sits above an empty area
    and its horizontal scroll bar ends up below the window. ``setCurrentWidget`` and
    ``page_at`` take and give the page itself, not its scroll area."""

    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return super().addTab(area, label)

    def sizeHint(self) -> QSize:
        """Wide as the pages want, but low: the page around scrolls only when even this does
        not fit (word-wrapped labels make it take the height asked for as a minimum, so the
        full height of the tallest tab gave the window a second scroll bar)."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.minimumSizeHint().height() + 320))

    def page_at(self, index: int) -> QWidget | None:
        area = self.widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def setCurrentWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        for i in range(self.count()):
            if widget in (self.widget(i), self.page_at(i)):
                self.setCurrentIndex(i)
                return


def compact(combo: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box whose long items do not force the form wide (the popup shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def buddy(text: str, widget: QWidget, accessible: str | None = None) -> QLabel:
    """A label whose &-mnemonic moves focus to ``widget``; the widget gets an accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
    return label


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
            if col.choices is not None:
                w: QWidget = QComboBox()
                for key, label in col.choices.items():
                    w.addItem(label, key)
                key = str(values.get(col.key, col.default) or col.default)
                i = w.findData(key)
                w.setCurrentIndex(max(0, i))
                w.currentIndexChanged.connect(self._changed)
            else:
                w = QLineEdit(str(values.get(col.key, col.default) or ""))
                w.setPlaceholderText(col.placeholder)
                w.textChanged.connect(self._changed)
            w.setMinimumHeight(TARGET)
            w.setMinimumWidth(col.width)
            w.setAccessibleName(f"{self.item_name} {n}: {col.header}")
            self.grid.addWidget(w, r, c)
            inputs[col.key] = w
        remove = QPushButton("Remove")
        remove.setAccessibleName(f"Remove {self.item_name.lower()} {n}")
        remove.setToolTip(f"Remove {self.item_name.lower()} {n}")
        self.grid.addWidget(remove, r, len(self.columns))
        note = None
        if self.note_fn is not None:
            note = QLabel()
            note.setObjectName("hint")
            self.grid.addWidget(note, r, len(self.columns) + 1)
        for w in [*inputs.values(), remove, note]:
            if w is not None:
                w.show()  # at once (a layout would show it only after the next event loop turn)
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
                row.inputs[col.key].setAccessibleName(f"{self.item_name} {n}: {col.header}")
            row.remove.setAccessibleName(f"Remove {self.item_name.lower()} {n}")

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
            out[key] = w.currentData() if isinstance(w, QComboBox) else w.text().strip()
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


# --- red flags ---------------------------------------------------------------------------------
def confirm_red_flags(terms: Iterable[str], parent: QWidget | None, marked: bool = False) -> bool:
    """Show the urgent-care message for any red-flag term (modal).

    ``marked``: the user ticked "red flag" by hand for words not on the list; the message is
    then the general one. True when there was nothing to show or it was acknowledged; False
    when the user chose "change my answer" (or Esc, or closed it): save nothing then.
    """
    terms = [t for t in terms if t]
    listed = [t for t in terms if side_effects.is_red_flag(t)]
    if listed:
        return red_flag.acknowledge(listed, parent)
    if not marked:
        return True
    dialog = red_flag.RedFlagDialog([], parent)
    words = ", ".join(f"“{t}”" for t in terms) or "this"
    body = QLabel(
        f"{side_effects.URGENT}. You marked {words} as a red flag. Call your doctor, "
        "out-of-hours service or emergency number now, and say which treatments you have had "
        "(for example IVIG in the last days)."
    )
    body.setWordWrap(True)
    layout = dialog.layout()
    layout.insertWidget(1, body)  # type: ignore[attr-defined]
    return dialog.exec() == red_flag.QDialog.DialogCode.Accepted
