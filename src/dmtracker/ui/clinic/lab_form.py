"""The lab result form: analyte, value and unit (µkat/L shown in U/L as well), reference range,
date, lab and notes."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from dmtracker.domain import vocab
from dmtracker.domain.units import U_PER_L_PER_UKAT_PER_L
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import fit, form_rows
from dmtracker.ui.kit.values import parse_decimal, text_of, typed_number

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

LAB_UNITS = ("U/L", "µkat/L")


def _is_ukat(unit: str) -> bool:
    return unit.strip().lower() in ("ukat/l", "µkat/l", "μkat/l")


class LabDialog(FormDialog):
    """One lab result: test, value, unit (U/L or µkat/L, converted), the lab's own range."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("LabDialog", "Edit lab result")
            if record is not None
            else translate("LabDialog", "New lab result")
        )
        super().__init__(services, title, parent)
        self.record = record
        form = QFormLayout()
        date_label = translate("LabDialog", "&Date collected")
        self.date = self.date_input(
            "collected_on",
            date_label,
            record.collected_on if record else services.clock.today(),
        )
        form.addRow(date_label, self.date)
        self.analyte = QComboBox()
        self.analyte.setEditable(True)
        self.analyte.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, a in vocab.ANALYTES.items():
            self.analyte.addItem(vocabulary(a.label), key)
        test_label = translate("LabDialog", "&Test")
        self.field("analyte", test_label, self.analyte)
        typed = self.analyte.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setAccessibleName(translate("LabDialog", "Test (choose or type another)"))
        form.addRow(test_label, self.analyte)
        value_label = translate("LabDialog", "&Value")
        self.value = self.line("value", value_label, 160)
        form.addRow(value_label, self.value)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(LAB_UNITS)
        unit_label = translate("LabDialog", "&Unit")
        self.field("entered_unit", unit_label, self.unit)
        form.addRow(unit_label, self.unit)
        range_row = QHBoxLayout()
        self.ref_low = self.line(
            "ref_low", translate("LabDialog", "Reference range, &low (same unit)"), 120
        )
        self.ref_high = self.line(
            "ref_high", translate("LabDialog", "Reference range, &high (same unit)"), 120
        )
        low_label = QLabel(translate("LabDialog", "&low"))
        low_label.setBuddy(self.ref_low)
        high_label = QLabel(translate("LabDialog", "&high"))
        high_label.setBuddy(self.ref_high)
        range_row.addWidget(low_label)
        range_row.addWidget(self.ref_low)
        range_row.addWidget(high_label)
        range_row.addWidget(self.ref_high)
        range_row.addStretch(1)
        form.addRow(QLabel(translate("LabDialog", "Reference range")), range_row)
        range_hint = QLabel(
            translate(
                "LabDialog", "The lab's own range, as printed on the report, in the unit above."
            )
        )
        range_hint.setWordWrap(True)
        form.addRow(range_hint)
        lab_label = translate("LabDialog", "L&ab")
        self.lab_name = self.line("lab_name", lab_label, None)
        form.addRow(lab_label, self.lab_name)
        self.notes = self.notes_input()
        form.addRow(translate("LabDialog", "N&otes"), self.notes)
        form_rows(form)
        self.form.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("LabDialog", "Result as stored"))
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
        fit(self, 64, 28)
        self.finish()

    def _load(self, r: Any) -> None:
        index = self.analyte.findData(r.analyte)
        if index >= 0:
            self.analyte.setCurrentIndex(index)
        else:
            self.analyte.setEditText(r.analyte)
        unit = r.entered_unit or r.unit
        self.unit.setEditText(unit)
        self.value.setText(r.entered_value or text_of(r.value))
        factor = U_PER_L_PER_UKAT_PER_L if _is_ukat(unit) else Decimal(1)
        for edit, value in ((self.ref_low, r.ref_low), (self.ref_high, r.ref_high)):
            edit.setText("" if value is None else text_of(Decimal(value) / factor))
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
        text = (
            translate("LabDialog", "Stored as {value} {unit}")
            .format(value=formats.number(stored), unit=stored_unit)
            .rstrip()
        )
        if _is_ukat(unit):
            text += " (1 µkat/L = 60 U/L)"
        high = parse_decimal(self.ref_high.text())
        low = parse_decimal(self.ref_low.text())
        if high is not None and value > high:
            text += " · " + translate("LabDialog", "▲ high: above the lab's range")
        elif low is not None and value < low:
            text += " · " + translate("LabDialog", "▼ low: below the lab's range")
        elif high is not None or low is not None:
            text += " · " + translate("LabDialog", "within the lab's range")
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
