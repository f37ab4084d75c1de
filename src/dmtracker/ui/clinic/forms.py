"""Clinic forms: a clinic visit (in the order of a clinic letter), a lab result, the HAQ-DI.

Each dialog writes through its service when Save is pressed. On a validation error nothing is
written, the dialog stays open with what was typed, and a message names every field at fault
(the field is also outlined and described, so colour is not the only sign).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import haq, records, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.units import U_PER_L_PER_UKAT_PER_L
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.read_only import writes

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

INVALID_STYLE = "border: 3px solid #B00020; border-radius: 4px;"
COMPUTED = "computed by the app"


def number_text(value: Any) -> str:
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


def typed_number(text: str) -> str:
    """What the user typed, with a decimal comma read as a point ("3,5" -> "3.5")."""
    return text.strip().replace(",", ".")


def parse_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(typed_number(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_int(text: str) -> int | None:
    value = parse_decimal(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


class FormDialog(QDialog):
    """A record form: fields in a scroll area, an error box above, Save and Cancel below.

    Subclasses fill ``self.form`` (a QVBoxLayout), register inputs with :meth:`field`, and
    implement :meth:`values` and :meth:`write`.
    """

    saved = Signal(object)  # the services.base.Change of the write

    def __init__(self, services: Services, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.change: Any = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        outer = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "QLabel#formError { border: 2px solid #B00020; border-radius: 6px; padding: 8px; }"
        )
        self.error.setAccessibleName("Problems with the form")
        self.error.hide()
        outer.addWidget(self.error)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.form = QVBoxLayout(body)
        self.form.setContentsMargins(4, 4, 4, 4)
        self.form.setSpacing(10)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        writes(self.save_button)
        self.save_button.setText("&Save")
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for seq in ("Ctrl+S", "Ctrl+Return"):  # as in every other form
            QShortcut(QKeySequence(seq), self).activated.connect(self.accept)

    # -- building ---------------------------------------------------------------------------
    def field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Register ``widget`` as the input of ``key`` (for error messages and marking)."""
        self.fields[key] = widget
        self.labels[key] = label
        widget.setAccessibleName(label.replace("&", ""))
        return widget

    def line(self, key: str, label: str, width: int | None = None) -> QLineEdit:
        edit = QLineEdit()
        if width is not None:
            edit.setMaximumWidth(width)
        self.field(key, label, edit)
        return edit

    def date_input(self, key: str, label: str, value: date) -> DateInput:
        edit = DateInput(label, value, key=key)
        self.field(key, label, edit)
        return edit

    def finish(self) -> None:
        """Tab runs through the form in reading order, then Save, then Cancel; the first field
        has the focus."""
        self.setTabOrder(self.notes, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        first = next(iter(self.fields.values()))
        first.setFocus()

    def available(self) -> tuple[int, int]:
        """Width and height of the screen's free area (a default when there is no screen)."""
        screen = self.screen()
        if screen is None:
            return 1280, 900
        area = screen.availableGeometry()
        return area.width(), area.height()

    def fit_size(self, chars: int, lines: int) -> None:
        """Size the dialog in characters and lines of its text, so it grows with the text
        size, but never beyond the screen."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        width, height = self.available()
        self.resize(
            min(metrics.averageCharWidth() * chars, int(width * 0.95)),
            min(metrics.lineSpacing() * lines, int(height * 0.9)),
        )

    def notes_input(self, text: str = "") -> QPlainTextEdit:
        notes = QPlainTextEdit(text)
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(110)
        self.field("notes", "N&otes", notes)
        return notes

    # -- saving -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def write(self, data: Mapping[str, Any]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.change = self.write(self.values())
        except ValidationError as exc:
            self.show_errors(exc)
            return
        self.saved.emit(self.change)
        super().accept()

    def label_for(self, key: str) -> str:
        return self.labels.get(key, key.replace("_", " ")).replace("&", "")

    def widget_for(self, key: str) -> QWidget | None:
        return self.fields.get(key)

    def show_errors(self, exc: ValidationError) -> None:
        lines = []
        first: QWidget | None = None
        for key, reason in exc.errors:
            lines.append(f"⚠ {self.label_for(key)}: {reason}")
            widget = self.widget_for(key)
            if widget is not None:
                widget.setProperty("invalid", True)
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(f"⚠ {reason}")
                widget.setAccessibleDescription(f"Problem: {reason}")
                first = first or widget
        self.error.setText("Not saved. Please check:\n" + "\n".join(lines))
        self.error.show()
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)
        else:
            self.error.setFocus()

    def clear_errors(self) -> None:
        self.error.hide()
        self.error.clear()
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setStyleSheet("")
                widget.setToolTip("")
                widget.setAccessibleDescription("")

    def problems(self) -> str:
        """The error text shown (empty when none)."""
        return self.error.text() if self.error.isVisible() else ""


# --- Clinic visit --------------------------------------------------------------------------------

SIDES = {"right": "Right", "left": "Left"}


class VisitDialog(FormDialog):
    """A clinic visit, in the order of a clinic letter: date, clinician, physician global,
    extramuscular global, MMT-8 (per muscle and side, total computed), CDASI, notes."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = "Edit clinic visit" if record is not None else "New clinic visit"
        super().__init__(services, title, parent)
        self.record = record
        today = services.clock.today()
        top = QFormLayout()
        self.date = self.date_input(
            "visit_date", "Visit &date", record.visit_date if record else today
        )
        top.addRow("Visit &date", self.date)
        self.clinician = self.line("clinician", "&Clinician")
        top.addRow("&Clinician", self.clinician)
        self.physician = self.line("physician_global", "&Physician global activity (0–10)", 120)
        top.addRow("&Physician global activity (0–10)", self.physician)
        self.extramuscular = self.line(
            "extramuscular_global", "E&xtramuscular global activity (0–10)", 120
        )
        top.addRow("E&xtramuscular global activity (0–10)", self.extramuscular)
        self._buddies(top)
        self.form.addLayout(top)

        mmt = QGroupBox("MMT-8 (Kendall 0–10 per muscle)")
        mmt_layout = QVBoxLayout(mmt)
        scale_row = QFormLayout()
        self.scale = QComboBox()
        self.scale.addItem("0–150 (both sides)", 150)
        self.scale.addItem("0–80 (one side)", 80)
        self.field("mmt8_scale", "MMT-8 sca&le", self.scale)
        scale_row.addRow("MMT-8 sca&le", self.scale)
        self.side = QComboBox()
        for key, label in SIDES.items():
            self.side.addItem(label, key)
        self.field("mmt8_side", "Side &tested (0–80)", self.side)
        self.side_label = QLabel("Side &tested")
        self.side_label.setBuddy(self.side)
        scale_row.addRow(self.side_label, self.side)
        self._buddies(scale_row)
        mmt_layout.addLayout(scale_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, text in enumerate(("Muscle", "Right", "Left")):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.muscles: dict[str, QLineEdit] = {}
        for row, (muscle, label) in enumerate(vocab.MMT8_MUSCLES.items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            if muscle == "neck_flexors":
                edit = self.line("mmt_neck_flexors", f"{label} (axial, scored once), 0–10", 90)
                self.muscles["mmt_neck_flexors"] = edit
                grid.addWidget(edit, row, 1)
                grid.addWidget(QLabel("(axial: scored once)"), row, 2)
                continue
            for col, side in ((1, "right"), (2, "left")):
                key = f"mmt_{muscle}_{side}"
                edit = self.line(key, f"{label}, {side} side, 0–10", 90)
                self.muscles[key] = edit
                grid.addWidget(edit, row, col)
        grid.setColumnStretch(3, 1)
        mmt_layout.addLayout(grid)
        total_row = QFormLayout()
        self.total = self.line(
            "mmt8_total", "MMT-8 total, only if the letter gives no &grades", 120
        )
        total_row.addRow("Total, only if the letter gives no &grades", self.total)
        self._buddies(total_row)
        mmt_layout.addLayout(total_row)
        self.total_text = QLabel()
        self.total_text.setWordWrap(True)
        self.total_text.setAccessibleName("MMT-8 total")
        mmt_layout.addWidget(self.total_text)
        self.form.addWidget(mmt)

        skin = QFormLayout()
        self.cdasi_activity = self.line("cdasi_activity", "CDASI &activity (0–100)", 120)
        skin.addRow("CDASI &activity (0–100)", self.cdasi_activity)
        self.cdasi_damage = self.line("cdasi_damage", "CDASI da&mage (0–32)", 120)
        skin.addRow("CDASI da&mage (0–32)", self.cdasi_damage)
        self.notes = self.notes_input()
        skin.addRow("N&otes", self.notes)
        self._buddies(skin)
        self.form.addLayout(skin)
        self.form.addStretch(1)

        self.scale.currentIndexChanged.connect(self._scale_changed)
        self.side.currentIndexChanged.connect(self._scale_changed)
        for edit in (*self.muscles.values(), self.total):
            edit.textChanged.connect(self._update_total)
        if record is not None:
            self._load(record)
        else:
            self._default_scale()
        self._scale_changed()
        self.fit_size(72, 40)
        self.finish()

    @staticmethod
    def _buddies(layout: QFormLayout) -> None:
        """Make each row label the buddy of its input, so Alt+letter jumps to the input; with
        large text a row that does not fit puts its input under its label."""
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

    def _default_scale(self) -> None:
        last = self.services.clinic.list(newest_first=True, limit=1)
        if last and last[0].mmt8_scale == 80:
            self.scale.setCurrentIndex(1)

    def _load(self, r: Any) -> None:
        self.clinician.setText(r.clinician or "")
        self.physician.setText(number_text(r.physician_global))
        self.extramuscular.setText(number_text(r.extramuscular_global))
        if r.mmt8_scale == 80:
            self.scale.setCurrentIndex(1)
            right = [getattr(r, c) for c in self.muscles if c.endswith("_right")]
            left = [getattr(r, c) for c in self.muscles if c.endswith("_left")]
            if sum(v is not None for v in left) > sum(v is not None for v in right):
                self.side.setCurrentIndex(1)
        for key, edit in self.muscles.items():
            value = getattr(r, key)
            edit.setText("" if value is None else str(value))
        if r.mmt8_total is not None and records.mmt8_sum(self._muscle_record()) is None:
            self.total.setText(str(r.mmt8_total))
        self.cdasi_activity.setText("" if r.cdasi_activity is None else str(r.cdasi_activity))
        self.cdasi_damage.setText("" if r.cdasi_damage is None else str(r.cdasi_damage))
        self.notes.setPlainText(r.notes or "")

    def scale_value(self) -> int:
        return int(self.scale.currentData())

    def side_value(self) -> str:
        return str(self.side.currentData())

    def _active(self, key: str) -> bool:
        if self.scale_value() == 150 or key == "mmt_neck_flexors":
            return True
        return key.endswith("_" + self.side_value())

    def _scale_changed(self) -> None:
        unilateral = self.scale_value() == 80
        self.side.setVisible(unilateral)
        self.side_label.setVisible(unilateral)
        for key, edit in self.muscles.items():
            edit.setEnabled(self._active(key))
        self._update_total()

    def _muscle_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mmt8_scale": self.scale_value()}
        for key, edit in self.muscles.items():
            out[key] = parse_int(edit.text()) if self._active(key) else None
        return out

    def _update_total(self) -> None:
        rec = self._muscle_record()
        computed = records.mmt8_sum(rec)
        scale = self.scale_value()
        needed = [k for k in self.muscles if self._active(k)]
        entered = sum(1 for k in needed if self.muscles[k].text().strip())
        if computed is not None:
            text = f"Total: {computed} of {scale} ({COMPUTED} from the {len(needed)} muscles)"
        elif entered:
            text = f"Total: not yet computed – {entered} of {len(needed)} muscles entered"
        elif self.total.text().strip():
            text = f"Total as given in the letter: {self.total.text().strip()} of {scale}"
        else:
            text = "Total: no MMT-8 entered"
        self.total_text.setText(text)

    def has_mmt(self) -> bool:
        return bool(self.total.text().strip()) or any(
            self.muscles[k].text().strip() for k in self.muscles if self._active(k)
        )

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "visit_date": self.date.value(),
            "clinician": self.clinician.text(),
            "physician_global": typed_number(self.physician.text()),
            "extramuscular_global": typed_number(self.extramuscular.text()),
            "mmt8_scale": self.scale_value() if self.has_mmt() else None,
            "mmt8_total": typed_number(self.total.text()),
            "cdasi_activity": typed_number(self.cdasi_activity.text()),
            "cdasi_damage": typed_number(self.cdasi_damage.text()),
            "notes": self.notes.toPlainText(),
        }
        for key, edit in self.muscles.items():
            data[key] = typed_number(edit.text()) if self._active(key) else None
        return data

    def write(self, data: Mapping[str, Any]) -> Any:
        if self.record is not None:
            return self.services.clinic.update(self.record.id, data)
        return self.services.clinic.add(data)


# --- Lab result ----------------------------------------------------------------------------------

LAB_UNITS = ("U/L", "µkat/L")


def _is_ukat(unit: str) -> bool:
    return unit.strip().lower() in ("ukat/l", "µkat/l", "μkat/l")


class LabDialog(FormDialog):
    """One lab result: test, value, unit (U/L or µkat/L, converted), the lab's own range."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = "Edit lab result" if record is not None else "New lab result"
        super().__init__(services, title, parent)
        self.record = record
        form = QFormLayout()
        self.date = self.date_input(
            "collected_on",
            "&Date collected",
            record.collected_on if record else services.clock.today(),
        )
        form.addRow("&Date collected", self.date)
        self.analyte = QComboBox()
        self.analyte.setEditable(True)
        self.analyte.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, a in vocab.ANALYTES.items():
            self.analyte.addItem(a.label, key)
        self.field("analyte", "&Test", self.analyte)
        self.analyte.lineEdit().setAccessibleName("Test (choose or type another)")
        form.addRow("&Test", self.analyte)
        self.value = self.line("value", "&Value", 160)
        form.addRow("&Value", self.value)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(LAB_UNITS)
        self.field("entered_unit", "&Unit", self.unit)
        form.addRow("&Unit", self.unit)
        range_row = QHBoxLayout()
        self.ref_low = self.line("ref_low", "Reference range, &low (same unit)", 120)
        self.ref_high = self.line("ref_high", "Reference range, &high (same unit)", 120)
        low_label = QLabel("&low")
        low_label.setBuddy(self.ref_low)
        high_label = QLabel("&high")
        high_label.setBuddy(self.ref_high)
        range_row.addWidget(low_label)
        range_row.addWidget(self.ref_low)
        range_row.addWidget(high_label)
        range_row.addWidget(self.ref_high)
        range_row.addStretch(1)
        form.addRow(QLabel("Reference range"), range_row)
        range_hint = QLabel("The lab's own range, as printed on the report, in the unit above.")
        range_hint.setWordWrap(True)
        form.addRow(range_hint)
        self.lab_name = self.line("lab_name", "L&ab", None)
        form.addRow("L&ab", self.lab_name)
        self.notes = self.notes_input()
        form.addRow("N&otes", self.notes)
        VisitDialog._buddies(form)
        self.form.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Result as stored")
        self.form.addWidget(self.preview)
        self.form.addStretch(1)
        # Lab results are often copied in one go from the same report: the last lab is kept.
        if record is not None:
            self._load(record)
        else:
            last = services.labs.list(newest_first=True, limit=1)
            if last:
                self.lab_name.setText(last[0].lab_name)
        for w in (self.value, self.ref_low, self.ref_high):
            w.textChanged.connect(self._update_preview)
        self.unit.currentTextChanged.connect(self._update_preview)
        self.analyte.currentTextChanged.connect(self._update_preview)
        self._update_preview()
        self.fit_size(64, 28)
        self.finish()

    def _load(self, r: Any) -> None:
        index = self.analyte.findData(r.analyte)
        if index >= 0:
            self.analyte.setCurrentIndex(index)
        else:
            self.analyte.setEditText(r.analyte)
        unit = r.entered_unit or r.unit
        self.unit.setEditText(unit)
        self.value.setText(r.entered_value or number_text(r.value))
        factor = U_PER_L_PER_UKAT_PER_L if _is_ukat(unit) else Decimal(1)
        for edit, value in ((self.ref_low, r.ref_low), (self.ref_high, r.ref_high)):
            edit.setText("" if value is None else number_text(Decimal(value) / factor))
        self.lab_name.setText(r.lab_name)
        self.notes.setPlainText(r.notes or "")

    def analyte_key(self) -> str:
        text = self.analyte.currentText().strip()
        index = self.analyte.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.analyte.itemData(index))
        return text

    def _update_preview(self) -> None:
        value = parse_decimal(self.value.text())
        unit = self.unit.currentText().strip()
        if value is None:
            self.preview.setText("")
            return
        factor = U_PER_L_PER_UKAT_PER_L if _is_ukat(unit) else Decimal(1)
        stored_unit = "U/L" if _is_ukat(unit) else unit
        stored = value * factor
        text = f"Stored as {number_text(stored)} {stored_unit}".rstrip()
        if _is_ukat(unit):
            text += " (1 µkat/L = 60 U/L)"
        high = parse_decimal(self.ref_high.text())
        low = parse_decimal(self.ref_low.text())
        if high is not None and value > high:
            text += " · ▲ high: above the lab's range"
        elif low is not None and value < low:
            text += " · ▼ low: below the lab's range"
        elif high is not None or low is not None:
            text += " · within the lab's range"
        self.preview.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "collected_on": self.date.value(),
            "analyte": self.analyte_key(),
            "value": typed_number(self.value.text()),
            "entered_unit": self.unit.currentText().strip(),
            "ref_low": typed_number(self.ref_low.text()),
            "ref_high": typed_number(self.ref_high.text()),
            "lab_name": self.lab_name.text(),
            "notes": self.notes.toPlainText(),
        }

    def widget_for(self, key: str) -> QWidget | None:
        if key == "unit":
            key = "entered_unit"
        return super().widget_for(key)

    def write(self, data: Mapping[str, Any]) -> Any:
        if self.record is not None:
            return self.services.labs.update(self.record.id, data)
        return self.services.labs.add(data)


# --- HAQ-DI --------------------------------------------------------------------------------------

#: The two pages of the Stanford HAQ: items of four categories, then aids and help for them.
HAQ_PARTS: tuple[tuple[str, ...], ...] = (
    ("dressing", "arising", "eating", "walking"),
    ("hygiene", "reach", "grip", "activities"),
)


def aid_text(category: str) -> str:
    aids = haq.AIDS_BY_CATEGORY[category]
    return ", ".join(a[0].lower() + a[1:] if i else a for i, a in enumerate(aids))


class _AnswerKeys(QObject):
    """The keys of an answer, as the hint says: the arrow keys choose the previous or next
    answer, 0–3 choose one directly (Space chooses the focused one, as Qt does), and Delete or
    Backspace clear the item (it becomes "not answered")."""

    STEP: Mapping[int, int] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Down: 1,
    }

    def __init__(self, dialog: HaqDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        item = obj.property("haq_item")
        if item is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        item = int(item)
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.dialog.set_answer(item, None)
            return True
        last = max(haq.ANSWER_OPTIONS)
        if event.text() in {str(a) for a in haq.ANSWER_OPTIONS}:
            self.dialog.choose(item, int(event.text()))
            return True
        if key in self.STEP:
            current = self.dialog.answer(item)
            here = self.dialog.groups[item].id(obj)  # type: ignore[arg-type]
            new = here if current is None else min(last, max(0, current + self.STEP[key]))
            self.dialog.choose(item, new)
            return True
        return False


class HaqDialog(FormDialog):
    """The HAQ-DI as the patient fills it in: 20 items with the official answer wording, aids
    or devices and help from another person per category, scored at once by the app."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = "Edit HAQ-DI answers" if record is not None else "HAQ-DI questionnaire"
        super().__init__(services, title, parent)
        self.record = record
        top = QFormLayout()
        self.date = self.date_input(
            "answered_on",
            "&Date answered",
            record.answered_on if record else services.clock.today(),
        )
        top.addRow("&Date answered", self.date)
        VisitDialog._buddies(top)
        self.form.addLayout(top)
        intro = QLabel(
            f"<b>{haq.INSTRUCTIONS}</b><br>Tab moves to the next question; the arrow keys or "
            "0–3 choose an answer; Delete clears it. The aids and help come after the "
            "questions."
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.groups: dict[int, QButtonGroup] = {}
        self.aids: dict[str, QCheckBox] = {}
        self.help: dict[str, QCheckBox] = {}
        self._answer_keys = _AnswerKeys(self)
        self.ensurePolished()
        mark = max(16, round(self.fontMetrics().height() * 0.8))
        self.setStyleSheet(
            f"QRadioButton {{ min-height: 32px; }} "
            f"QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}"
        )
        self.labels["answers"] = "Answers"  # errors about the answers go to the message only
        for part in HAQ_PARTS:  # the 20 questions first: Tab never stops on an aid between them
            for category in part:
                self._category(category)
        for part in HAQ_PARTS:
            self._aids_and_help(part)
        self.score_text = QLabel()
        self.score_text.setObjectName("h2")
        self.score_text.setWordWrap(True)
        self.score_text.setAccessibleName("HAQ-DI score")
        self.form.addWidget(self.score_text)
        self.notes = self.notes_input()
        notes_form = QFormLayout()
        notes_form.addRow("N&otes", self.notes)
        VisitDialog._buddies(notes_form)
        self.form.addLayout(notes_form)
        # The score also shows beside the buttons, so it is visible without scrolling.
        self.score_footer = QLabel()
        self.score_footer.setWordWrap(True)
        self.layout().insertWidget(2, self.score_footer)
        if record is not None:
            self._load(record)
        self._update_score()
        self.fit_size(100, 40)
        self.finish()

    def _answers_per_row(self) -> int:
        """All four answers on one line when they fit the screen, else two or one per line."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(w) for w in haq.ANSWER_OPTIONS.values()) + 60
        room = self.available()[0] * 0.9 - 140
        return next((n for n in (4, 2) if widest * n <= room), 1)

    def _category(self, category: str) -> None:
        label, items = haq.CATEGORIES[category]
        box = QGroupBox(label.replace("&", "&&"))
        lay = QVBoxLayout(box)
        lead = QLabel(haq.LEAD_IN)
        lay.addWidget(lead)
        for item in items:
            question = QLabel(f"{item}. {haq.ITEMS[item]}")
            question.setWordWrap(True)
            lay.addWidget(question)
            row = QWidget()
            row_layout = QGridLayout(row)
            row_layout.setContentsMargins(16, 0, 0, 6)
            group = QButtonGroup(self)
            group.setExclusive(True)
            per_row = self._answers_per_row()
            for answer, words in haq.ANSWER_OPTIONS.items():
                radio = QRadioButton(words)
                radio.setAccessibleName(f"Item {item}, {haq.ITEMS[item]} {words}")
                radio.setProperty("haq_item", item)
                radio.installEventFilter(self._answer_keys)
                group.addButton(radio, answer)
                row_layout.addWidget(radio, answer // per_row, answer % per_row)
            row_layout.setColumnStretch(per_row, 1)
            group.idToggled.connect(lambda _id, _on: self._update_score())
            self.groups[item] = group
            question.setBuddy(group.button(0))
            lay.addWidget(row)
        self.form.addWidget(box)

    def _aids_and_help(self, part: tuple[str, ...]) -> None:
        box = QGroupBox("Aids or devices, and help from another person")
        lay = QVBoxLayout(box)
        intro = QLabel("Please tick any AIDS OR DEVICES that you usually use for:")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        for category in part:
            if not haq.AIDS_BY_CATEGORY[category]:
                continue
            label = haq.CATEGORIES[category].label
            check = QCheckBox(label.replace("&", "&&"))
            check.setAccessibleName(f"Aid or device for {label}: {aid_text(category)}")
            check.toggled.connect(lambda _on: self._update_score())
            self.aids[category] = check
            lay.addWidget(check)
            devices = QLabel(aid_text(category))
            devices.setWordWrap(True)
            devices.setContentsMargins(32, 0, 0, 4)
            lay.addWidget(devices)
        help_label = QLabel(haq.HELP_QUESTION)
        help_label.setWordWrap(True)
        lay.addWidget(help_label)
        for category in part:
            label = haq.CATEGORIES[category].label
            check = QCheckBox(label.replace("&", "&&"))
            check.setAccessibleName(f"Help from another person for {label}")
            check.toggled.connect(lambda _on: self._update_score())
            self.help[category] = check
            lay.addWidget(check)
        self.form.addWidget(box)

    def _load(self, r: Any) -> None:
        for key, answer in (r.answers or {}).items():
            if answer is not None:
                self.set_answer(int(key), int(answer))
        for category in r.aids or []:
            if category in self.aids:
                self.aids[category].setChecked(True)
        for category in r.help or []:
            if category in self.help:
                self.help[category].setChecked(True)
        self.notes.setPlainText(r.notes or "")

    # -- answers ----------------------------------------------------------------------------
    def answer(self, item: int) -> int | None:
        checked = self.groups[item].checkedId()
        return None if checked < 0 else checked

    def set_answer(self, item: int, answer: int | None) -> None:
        group = self.groups[item]
        if answer is None:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            self._update_score()
        else:
            button: QAbstractButton = group.button(answer)
            button.setChecked(True)

    def choose(self, item: int, answer: int) -> None:
        """Answer ``item`` and put the focus on that answer."""
        self.set_answer(item, answer)
        self.groups[item].button(answer).setFocus()

    def answers(self) -> dict[str, int | None]:
        return {str(item): self.answer(item) for item in haq.ITEMS}

    def aid_categories(self) -> list[str]:
        return [c for c, box in self.aids.items() if box.isChecked()]

    def help_categories(self) -> list[str]:
        return [c for c, box in self.help.items() if box.isChecked()]

    def score(self) -> Decimal | None:
        answers = {int(k): v for k, v in self.answers().items()}
        return haq.haq_di(answers, set(self.aid_categories()) | set(self.help_categories()))

    def _update_score(self) -> None:
        answers = {int(k): v for k, v in self.answers().items()}
        scores = haq.category_scores(answers)
        answered = sum(1 for s in scores.values() if s is not None)
        items = sum(1 for v in answers.values() if v is not None)
        score = self.score()
        if score is None:
            text = (
                f"HAQ-DI: not scored yet – it needs answers in at least {haq.MIN_CATEGORIES} of "
                f"the 8 categories ({answered} so far; {items} of 20 items answered)."
            )
        else:
            text = (
                f"HAQ-DI {score:.3f} ({COMPUTED}; {answered} of 8 categories, "
                f"{items} of 20 items answered)"
            )
        self.score_text.setText(text)
        self.score_footer.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "kind": "haq_di",
            "answered_on": self.date.value(),
            "answers": self.answers(),
            "aids": self.aid_categories(),
            "help": self.help_categories(),
            "notes": self.notes.toPlainText(),
        }

    def write(self, data: Mapping[str, Any]) -> Any:
        if all(v is None for v in data["answers"].values()):
            raise ValidationError("answers", "answer at least one question")
        if self.record is not None:
            return self.services.questionnaires.update(self.record.id, data)
        return self.services.questionnaires.add(data)
