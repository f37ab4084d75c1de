"""The taper builder: a step-down taper made into dose rows (e.g. prednisone 40 mg, −5 mg every
14 days down to 10 mg, then −1 mg every 28 days), previewed as it is typed."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import medications
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.errors import RowNames, describe_errors
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy, fit, scroll_body
from dmtracker.ui.kit.rows import RowColumn, RowsEditor
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import pydate
from dmtracker.ui.kit.widgets import RecordTable, chain
from dmtracker.ui.treatments.medication_dialogs import MedicationForm, labels, until_text
from dmtracker.ui.treatments.shown import amount, read

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def stage_columns() -> tuple[RowColumn, ...]:
    return (
        RowColumn("step_down", translate("TaperDialog", "Lower by"), width=80),
        RowColumn("every_days", translate("TaperDialog", "every (days)"), width=80),
        RowColumn("down_to", translate("TaperDialog", "down to"), width=80),
    )


class TaperDialog(MedicationForm):
    """Build a step-down taper and create its dose rows (e.g. prednisone 40 mg, −5 mg every
    14 days down to 10 mg, then −1 mg every 28 days)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.steps: list[medications.TaperStep] = []
        self.setWindowTitle(translate("TaperDialog", "Taper builder"))
        outer = QVBoxLayout(self)
        layout = scroll_body(outer, margins=0).form  # scrolls with very large text
        g = QGridLayout()
        g.setColumnStretch(2, 1)
        self.meds = {m.name: m for m in services.medications.list()}
        self.medication = QComboBox()
        self.medication.setEditable(True)
        self.medication.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = sorted(self.meds, key=str.casefold)
        if not any(medications.is_prednisone(n) for n in names):
            names.insert(0, "Prednisone")
        self.medication.addItems(names)
        preferred = next((n for n in names if medications.is_prednisone(n)), names[0])
        self.medication.setCurrentText(preferred)
        self.start_dose = QLineEdit("40")
        self.unit = QComboBox()
        for key in ("mg", "g", "mcg"):
            self.unit.addItem(key, key)
        self.start = DateInput(
            translate("TaperDialog", "Start"), services.clock.today(), key="start"
        )
        self.label = QLineEdit()
        self.label.setPlaceholderText(
            translate("TaperDialog", "made from the medication and start dose")
        )
        for w in (self.medication, self.start_dose, self.unit, self.start, self.label):
            w.setMinimumHeight(TARGET)
            w.setMinimumWidth(220)
        self.label.setMinimumWidth(380)
        items = (
            (
                translate("TaperDialog", "&Medication"),
                self.medication,
                translate("TaperDialog", "Medication"),
            ),
            (
                translate("TaperDialog", "Start &dose"),
                self.start_dose,
                translate("TaperDialog", "Start dose"),
            ),
            (translate("TaperDialog", "&Unit"), self.unit, translate("TaperDialog", "Unit")),
            (
                translate("TaperDialog", "&Start date"),
                self.start,
                translate("TaperDialog", "Start date"),
            ),
            (
                translate("TaperDialog", "&Label"),
                self.label,
                translate("TaperDialog", "Taper label"),
            ),
        )
        for r, (text, widget, name) in enumerate(items):
            g.addWidget(buddy(text, widget, name), r, 0)
            g.addWidget(widget, r, 1)
        layout.addLayout(g)
        hint = QLabel(
            translate(
                "TaperDialog",
                "Steps: lower the dose by an amount every so many days until it reaches “down "
                "to”; then the next step takes over. Down to 0 stops the medicine after the last "
                "dose.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.stages = RowsEditor(
            translate("TaperDialog", "Step"),
            stage_columns(),
            translate("TaperDialog", "&Add a step"),
        )
        self.stages.set_rows(
            [
                {"step_down": "5", "every_days": "14", "down_to": "10"},
                {"step_down": "1", "every_days": "28", "down_to": "0"},
            ]
        )
        layout.addWidget(self.stages)
        self.preview = RecordTable(
            [
                Column(
                    translate("TaperDialog", "Dose"),
                    lambda s: s.dose,
                    lambda s: amount(s.dose, self.unit.currentData()),
                ),
                Column(
                    translate("TaperDialog", "From"),
                    lambda s: s.start_date,
                    lambda s: formats.day(s.start_date),
                ),
                Column(
                    translate("TaperDialog", "Until"),
                    lambda s: s.end_date,
                    lambda s: until_text(s.end_date),
                ),
                Column(
                    translate("TaperDialog", "Days"),
                    lambda s: s.days,
                    lambda s: str(s.days or translate("TaperDialog", "ongoing")),
                ),
            ],
            translate("TaperDialog", "Taper dose rows"),
        )
        self.preview.setSortingEnabled(False)
        self.preview.model_.sort_column = None  # keep the rows in the order given
        self.preview.setMinimumHeight(220)
        layout.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("TaperDialog", "Taper summary"))
        layout.addWidget(self.summary)
        self._buttons(outer, translate("TaperDialog", "Create dose rows (Ctrl+S)"))
        chain(
            [
                self.medication,
                self.start_dose,
                self.unit,
                self.start,
                self.label,
                *[w for row in self.stages.rows for w in (*row.inputs.values(), row.remove)],
                self.stages.add_button,
                self.preview,
                self.cancel_button,
                self.save_button,
            ]
        )
        self.fields = {
            "medication_id": self.medication,
            "name": self.medication,
            "start_dose": self.start_dose,
            "unit": self.unit,
            "start_date": self.start,
            "stages": self.stages.add_button,
        }
        self.start_dose.textChanged.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(self.update_preview)
        self.start.dateChanged.connect(self.update_preview)
        self.medication.editTextChanged.connect(self.update_preview)
        self.stages.changed.connect(self.update_preview)
        self.update_preview()
        fit(self, 112, 43)
        self.start_dose.setFocus()
        self.start_dose.selectAll()

    def stage_values(self) -> tuple[list[tuple[str, str, str]], list[int]]:
        rows = self.stages.filled()
        return [
            (read(v["step_down"]), read(v["every_days"]), read(v["down_to"])) for _n, v in rows
        ], [n for n, _v in rows]

    def _rows(self) -> RowNames:
        _stages, shown = self.stage_values()
        cols = {
            "step_down": translate("TaperDialog", "lower by"),
            "every_days": translate("TaperDialog", "every (days)"),
            "down_to": translate("TaperDialog", "down to"),
        }
        return {"stages": (translate("TaperDialog", "Step"), shown, cols)}

    def update_preview(self, *_: Any) -> None:
        stages, _shown = self.stage_values()
        try:
            self.steps = medications.taper_steps(
                read(self.start_dose.text()), stages, pydate(self.start.date())
            )
        except ValidationError as exc:
            self.steps = []
            self.preview.set_rows([], sort_column=None)
            self.summary.setText("")
            self.status.error(
                describe_errors(exc, labels(), self._rows()),
                translate("TaperDialog", "Check the taper"),
            )
            return
        self.status.clear_status()
        self.preview.set_rows(self.steps, sort_column=None)
        unit = self.unit.currentData()
        last = self.steps[-1]
        ends = (
            translate("TaperDialog", "then {dose} a day from {date} on").format(
                dose=amount(last.dose, unit), date=formats.day(last.start_date)
            )
            if last.end_date is None
            else translate("TaperDialog", "the last dose on {date}").format(
                date=formats.day(last.end_date)
            )
        )
        count = len(self.steps)
        text = translate("TaperDialog", "%n dose row(s) from {date}, {ends}.", None, count).format(
            date=formats.day(self.steps[0].start_date), ends=ends
        )
        if last.end_date is not None:
            total = medications.cumulative_dose(
                medications.regimens_from_taper(self.steps, unit),
                self.steps[0].start_date,
                last.end_date,
            )
            grams = total * {"mg": Decimal("0.001"), "g": Decimal(1), "mcg": Decimal("1e-6")}[unit]
            text += " " + translate("TaperDialog", "In all {grams} (computed by the app).").format(
                grams=amount(grams.normalize(), "g")
            )
        name = self.medication.currentText().strip()
        if name and name not in self.meds:
            text += " " + translate(
                "TaperDialog", "“{name}” is new: it is added to your medications."
            ).format(name=name)
        self.summary.setText(text)

    def save(self) -> bool:
        stages, _shown = self.stage_values()
        name = self.medication.currentText().strip()
        med: Any = self.meds[name].id if name in self.meds else {"name": name}
        return self._submit(
            lambda: self.services.regimens.add_taper(
                med,
                read(self.start_dose.text()),
                stages,
                self.start.value(),
                self.unit.currentData(),
                self.label.text(),
            ),
            self.fields,
            self._rows(),
        )
