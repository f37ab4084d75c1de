"""Adding a medication with its first dose, changing a dose from a date, stopping one.

Checks shown (clinical.md §6): methotrexate entered as daily gets a blocking warning and is not
saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import medications
from dmtracker.domain.dose_text import schedule_words
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.errors import RowNames, show_errors
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy, fit, scroll_body
from dmtracker.ui.kit.widgets import chain, form_buttons, save_keys
from dmtracker.ui.treatments.shown import amount, read, typed

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def labels() -> dict[str, str]:
    """The medication forms' field names, for their error messages."""
    return {
        "name": translate("MedicationDialog", "Name"),
        "form": translate("MedicationDialog", "Form"),
        "route": translate("MedicationDialog", "Route"),
        "notes": translate("MedicationDialog", "Notes"),
        "medication_id": translate("MedicationDialog", "Medication"),
        "dose": translate("MedicationDialog", "Dose"),
        "unit": translate("MedicationDialog", "Unit"),
        "schedule": translate("MedicationDialog", "Schedule"),
        "weekday": translate("MedicationDialog", "Day of the week"),
        "times_per_day": translate("MedicationDialog", "Times a day"),
        "start_date": translate("MedicationDialog", "Start date"),
        "end_date": translate("MedicationDialog", "Stop date"),
        "start_dose": translate("MedicationDialog", "Start dose"),
        "stages": translate("MedicationDialog", "Steps"),
        "taper_label": translate("MedicationDialog", "Label"),
        "start": translate("MedicationDialog", "From"),
        "end": translate("MedicationDialog", "Until"),
        "day": translate("MedicationDialog", "Day"),
    }


def common_drugs() -> list[str]:
    """Suggestions for the name, as the reader's country writes them (Prednison, Folsäure;
    prednisona, ácido fólico): the drug checks (domain/drug_names.py) know these spellings."""
    return [
        translate("MedicationDialog", "Prednisone", "drug name"),
        translate("MedicationDialog", "Prednisolone", "drug name"),
        translate("MedicationDialog", "Methotrexate", "drug name"),
        translate("MedicationDialog", "Folic acid", "drug name"),
        translate("MedicationDialog", "Hydroxychloroquine", "drug name"),
        translate("MedicationDialog", "Azathioprine", "drug name"),
        translate("MedicationDialog", "Mycophenolate mofetil", "drug name"),
        translate("MedicationDialog", "Tacrolimus", "drug name"),
        translate("MedicationDialog", "Rituximab", "drug name"),
        translate("MedicationDialog", "Calcium and vitamin D", "drug name"),
    ]


def schedule_text(r: Any) -> str:
    return localize(schedule_words(r.schedule, r.times_per_day, r.weekday, r.start_date))


def until_text(d: date | None) -> str:
    return translate("MedicationDialog", "ongoing") if d is None else formats.day(d)


def dose_text(r: Any) -> str:
    return amount(r.dose, r.unit)


# --- the dose fields, shared by "add medication" and "change dose" ----------------------------
class RegimenFields(QWidget):
    """Dose, unit, schedule (weekday for weekly, times a day for daily), start and stop."""

    changed = Signal()

    def __init__(
        self,
        today: date,
        parent: QWidget | None = None,
        grid: QGridLayout | None = None,
        first_row: int = 0,
    ):
        super().__init__(parent)
        if grid is None:
            grid = QGridLayout(self)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setColumnStretch(2, 1)
        else:
            self.setVisible(False)  # the inputs live in the caller's grid
        g = grid
        r0 = first_row
        self.dose = QLineEdit()
        self.unit = QComboBox()
        for key, label in medications.DOSE_UNITS.items():
            self.unit.addItem(vocabulary(label), key)
        self.schedule = QComboBox()
        for key, label in medications.SCHEDULES.items():
            self.schedule.addItem(vocabulary(label), key)
        self.weekday = QComboBox()
        for day, day_name in medications.WEEKDAYS.items():
            self.weekday.addItem(vocabulary(day_name), day)
        self.times = QSpinBox()
        self.times.setRange(1, 6)
        self.start = DateInput(translate("MedicationDialog", "Start date"), today, key="start_date")
        self.stops = QCheckBox(translate("MedicationDialog", "Sto&ps on"))
        self.end = DateInput(translate("MedicationDialog", "Stop date"), today, key="end_date")
        self.end.setEnabled(False)
        self.end.setAccessibleName(translate("MedicationDialog", "Stop date"))
        for w in (
            self.dose,
            self.unit,
            self.schedule,
            self.weekday,
            self.times,
            self.start,
            self.stops,
            self.end,
        ):
            w.setMinimumHeight(TARGET)
        rows: tuple[tuple[QWidget, QWidget], ...] = (
            (buddy(translate("MedicationDialog", "&Dose"), self.dose), self.dose),
            (buddy(translate("MedicationDialog", "&Unit"), self.unit), self.unit),
            (buddy(translate("MedicationDialog", "S&chedule"), self.schedule), self.schedule),
            (
                buddy(
                    translate("MedicationDialog", "&Weekday (for weekly)"),
                    self.weekday,
                    translate("MedicationDialog", "Day of the week"),
                ),
                self.weekday,
            ),
            (
                buddy(
                    translate("MedicationDialog", "T&imes a day"),
                    self.times,
                    translate("MedicationDialog", "Times a day"),
                ),
                self.times,
            ),
            (buddy(translate("MedicationDialog", "&Start date"), self.start), self.start),
            (self.stops, self.end),
        )
        for r, (caption, widget) in enumerate(rows, start=r0):
            widget.setMinimumWidth(220)
            g.addWidget(caption, r, 0)
            g.addWidget(widget, r, 1)
        self.fields: dict[str, QWidget] = {
            "dose": self.dose,
            "unit": self.unit,
            "schedule": self.schedule,
            "weekday": self.weekday,
            "times_per_day": self.times,
            "start_date": self.start,
            "end_date": self.end,
        }
        self.stops.toggled.connect(self.end.setEnabled)
        self.schedule.currentIndexChanged.connect(self._schedule_changed)
        self.schedule.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._schedule_changed()

    def widgets(self) -> list[QWidget]:
        return [
            self.dose,
            self.unit,
            self.schedule,
            self.weekday,
            self.times,
            self.start,
            self.stops,
            self.end,
        ]

    def _schedule_changed(self, *_: Any) -> None:
        kind = self.schedule.currentData()
        self.weekday.setEnabled(kind == "weekly")
        self.times.setEnabled(kind == "daily")

    def set_values(self, r: Any) -> None:
        self.dose.setText(typed(r.dose))
        self.unit.setCurrentIndex(max(0, self.unit.findData(r.unit)))
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(r.schedule)))
        if r.weekday is not None:
            self.weekday.setCurrentIndex(max(0, self.weekday.findData(r.weekday)))
        self.times.setValue(r.times_per_day)

    def values(self) -> dict[str, Any]:
        kind = self.schedule.currentData()
        return {
            "dose": read(self.dose.text()),
            "unit": self.unit.currentData(),
            "schedule": kind,
            "weekday": self.weekday.currentData() if kind == "weekly" else None,
            "times_per_day": self.times.value() if kind == "daily" else 1,
            "start_date": self.start.value(),
            "end_date": self.end.value() if self.stops.isChecked() else None,
        }


def _mtx_block(parent: QWidget, name: str, schedule: str) -> bool:
    """Methotrexate entered as daily: a blocking warning; True when it was shown."""
    warning = medications.methotrexate_daily_warning(name, schedule)
    if warning is None:
        return False
    QMessageBox.warning(
        parent,
        translate("MedicationDialog", "Methotrexate is taken once a week"),
        localize(warning),
    )
    return True


class MedicationForm(QDialog):
    saved = Signal(object)

    def _buttons(self, layout: QVBoxLayout, save_text: str | None = None) -> None:
        if save_text is None:
            self.status, self.cancel_button, self.save_button = form_buttons(layout)
        else:
            self.status, self.cancel_button, self.save_button = form_buttons(
                layout, save_text=save_text
            )
        save_keys(self, self.save, self.save_button, self.cancel_button)

    def _methotrexate_refused(self, name: str, schedule: str, fields: RegimenFields) -> bool:
        """Methotrexate entered as daily: the blocking warning, the reason by the buttons and
        the focus on the schedule (of ``fields``); True when refused (nothing is saved)."""
        if not _mtx_block(self, name, schedule):
            return False
        self.status.error(
            [translate("MedicationDialog", "Schedule: methotrexate must be entered as once a week")]
        )
        fields.schedule.setFocus()
        return True

    def save(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _done(self, change: Any) -> bool:
        self.saved.emit(change)
        self.accept()
        return True

    def _submit(
        self,
        write: Callable[[], Any],
        fields: Mapping[str, QWidget],
        rows: RowNames | None = None,
    ) -> bool:
        """Run the service call ``write``: on success close with its change; on a refusal show
        it on ``fields`` (and ``rows``) and stay open."""
        try:
            change = write()
        except ValidationError as exc:
            show_errors(exc, self.status, fields, labels(), rows)
            return False
        return self._done(change)


class MedicationDialog(MedicationForm):
    """A new medication with its first dose (one transaction)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("MedicationDialog", "Add a medication"))
        outer = QVBoxLayout(self)
        layout = scroll_body(outer).form
        g = QGridLayout()
        g.setColumnStretch(2, 1)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(common_drugs())
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        self.form = QLineEdit()
        self.form.setPlaceholderText(translate("MedicationDialog", "e.g. tablet, pre-filled pen"))
        self.route = QComboBox()
        for key, label in medications.ROUTES.items():
            self.route.addItem(vocabulary(label), key)
        for w in (self.name, self.form, self.route):
            w.setMinimumHeight(TARGET)
        g.addWidget(buddy(translate("MedicationDialog", "&Name"), self.name), 0, 0)
        g.addWidget(self.name, 0, 1, 1, 2)
        g.addWidget(buddy(translate("MedicationDialog", "F&orm"), self.form), 1, 0)
        g.addWidget(self.form, 1, 1, 1, 2)
        g.addWidget(buddy(translate("MedicationDialog", "&Route"), self.route), 2, 0)
        g.addWidget(self.route, 2, 1, 1, 2)
        self.regimen = RegimenFields(services.clock.today(), self, g, first_row=3)
        layout.addLayout(g)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("status")
        self.warning.setAccessibleName(translate("MedicationDialog", "Warning"))
        layout.addWidget(self.warning)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        layout.addWidget(buddy(translate("MedicationDialog", "No&tes"), self.notes))
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self._buttons(outer)
        self.fields = {"name": self.name, "form": self.form, "route": self.route}
        self.fields.update(self.regimen.fields)
        self.fields["notes"] = self.notes
        chain(
            [
                self.name,
                self.form,
                self.route,
                *self.regimen.widgets(),
                self.notes,
                self.cancel_button,
                self.save_button,
            ]
        )
        self.name.editTextChanged.connect(self._check_live)
        self.regimen.changed.connect(self._check_live)
        fit(self, 85, 42)
        self.name.setFocus()

    def _check_live(self, *_: Any) -> None:
        warning = medications.methotrexate_daily_warning(
            self.name.currentText(), self.regimen.schedule.currentData()
        )
        self.warning.setText(f"⚠ {localize(warning)}" if warning else "")
        self.warning.setProperty("error", bool(warning))
        self.warning.style().unpolish(self.warning)
        self.warning.style().polish(self.warning)

    def save(self) -> bool:
        med = {
            "name": self.name.currentText(),
            "form": self.form.text(),
            "route": self.route.currentData(),
            "notes": self.notes.toPlainText(),
        }
        reg = self.regimen.values()
        if self._methotrexate_refused(med["name"], reg["schedule"], self.regimen):
            return False
        return self._submit(
            lambda: self.services.medications.add_with_regimen(med, reg), self.fields
        )


class DoseDialog(MedicationForm):
    """A new dose for a medication from a date; the dose before ends the day before."""

    def __init__(
        self, services: Services, medication: Any, current: Any, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.medication = medication
        self.setWindowTitle(
            translate("MedicationDialog", "Change the dose of {name}").format(name=medication.name)
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "MedicationDialog",
                "{name}: now {dose}, {schedule}. The new dose starts on the start date; the "
                "current one ends the day before.",
            ).format(name=medication.name, dose=dose_text(current), schedule=schedule_text(current))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.regimen = RegimenFields(services.clock.today())
        self.regimen.set_values(current)
        layout.addWidget(self.regimen)
        layout.addStretch(1)
        self._buttons(layout)
        chain([*self.regimen.widgets(), self.cancel_button, self.save_button])
        fit(self, 75, 27)
        self.regimen.dose.setFocus()
        self.regimen.dose.selectAll()

    def save(self) -> bool:
        reg = self.regimen.values()
        if self._methotrexate_refused(self.medication.name, reg["schedule"], self.regimen):
            return False
        return self._submit(
            lambda: self.services.regimens.change_dose(self.medication.id, reg), self.regimen.fields
        )


class StopDialog(MedicationForm):
    """Set the last day of a dose row."""

    def __init__(
        self, services: Services, medication: Any, regimen: Any, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.regimen = regimen
        self.setWindowTitle(
            translate("MedicationDialog", "Stop {name}").format(name=medication.name)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"{medication.name} {dose_text(regimen)}, {schedule_text(regimen)}.")
        )
        self.end = DateInput(
            translate("MedicationDialog", "Last day taken"), services.clock.today(), key="end_date"
        )
        self.end.setMinimumHeight(TARGET)
        row = QHBoxLayout()
        row.addWidget(buddy(translate("MedicationDialog", "&Last day taken"), self.end))
        row.addWidget(self.end)
        row.addStretch(1)
        layout.addLayout(row)
        self._buttons(layout)
        chain([self.end, self.cancel_button, self.save_button])
        fit(self, 60, 11)
        self.end.setFocus()

    def save(self) -> bool:
        return self._submit(
            lambda: self.services.regimens.update(self.regimen.id, {"end_date": self.end.value()}),
            {"end_date": self.end},
        )
