"""Medications: current list with safety checks, dose history, adding a drug, changing or
stopping a dose, the taper builder, cumulative prednisone and optional taken/skipped logging.

Checks shown (clinical.md §6): methotrexate entered as daily gets a blocking warning and is not
saved; hydroxychloroquine above 5.0 mg/kg/day of the latest weight is flagged in words.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import medications
from dmtracker.domain import settings as settings_rules
from dmtracker.domain.dose_text import schedule_words
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.format import long_date, num
from dmtracker.ui.kit.forms import (
    TARGET,
    RowColumn,
    RowsEditor,
    StatusLabel,
    buddy,
    describe_errors,
    fit,
    focus_field,
    pydate,
    qdate,
    scroll_body,
    text_of,
)
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.widgets import Card, RecordTable, chain, save_keys

LABELS = {
    "name": "Name",
    "form": "Form",
    "route": "Route",
    "notes": "Notes",
    "medication_id": "Medication",
    "dose": "Dose",
    "unit": "Unit",
    "schedule": "Schedule",
    "weekday": "Day of the week",
    "times_per_day": "Times a day",
    "start_date": "Start date",
    "end_date": "Stop date",
    "start_dose": "Start dose",
    "stages": "Steps",
    "taper_label": "Label",
    "start": "From",
    "end": "Until",
    "day": "Day",
}
COMMON_DRUGS = (
    "Prednisone",
    "Prednisolone",
    "Methotrexate",
    "Folic acid",
    "Hydroxychloroquine",
    "Azathioprine",
    "Mycophenolate mofetil",
    "Tacrolimus",
    "Rituximab",
    "Calcium and vitamin D",
)
STAGE_COLUMNS = (
    RowColumn("step_down", "Lower by", width=80),
    RowColumn("every_days", "every (days)", width=80),
    RowColumn("down_to", "down to", width=80),
)
MTX_TITLE = "Methotrexate is taken once a week"


def rounded_g(grams: Decimal) -> Decimal:
    """Grams to 0.001 g (a dexamethasone equivalent does not divide exactly)."""
    return grams.quantize(Decimal("0.001")).normalize()


def schedule_text(r: Any) -> str:
    return schedule_words(r.schedule, r.times_per_day, r.weekday, r.start_date)


def dose_text(r: Any) -> str:
    return num(r.dose, r.unit)


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
            self.unit.addItem(label, key)
        self.schedule = QComboBox()
        for key, label in medications.SCHEDULES.items():
            self.schedule.addItem(label, key)
        self.weekday = QComboBox()
        for key, label in medications.WEEKDAYS.items():
            self.weekday.addItem(label, key)
        self.times = QSpinBox()
        self.times.setRange(1, 6)
        self.start = DateInput("Start date", today, key="start_date")
        self.stops = QCheckBox("Sto&ps on")
        self.end = DateInput("Stop date", today, key="end_date")
        self.end.setEnabled(False)
        self.end.setAccessibleName("Stop date")
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
        for r, (label, widget) in enumerate(
            (
                (buddy("&Dose", self.dose), self.dose),
                (buddy("&Unit", self.unit), self.unit),
                (buddy("S&chedule", self.schedule), self.schedule),
                (buddy("&Weekday (for weekly)", self.weekday, "Day of the week"), self.weekday),
                (buddy("T&imes a day", self.times, "Times a day"), self.times),
                (buddy("&Start date", self.start), self.start),
                (self.stops, self.end),
            ),
            start=r0,
        ):
            widget.setMinimumWidth(220)
            g.addWidget(label, r, 0)
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
        self.dose.setText(text_of(r.dose))
        self.unit.setCurrentIndex(max(0, self.unit.findData(r.unit)))
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(r.schedule)))
        if r.weekday is not None:
            self.weekday.setCurrentIndex(max(0, self.weekday.findData(r.weekday)))
        self.times.setValue(r.times_per_day)

    def values(self) -> dict[str, Any]:
        kind = self.schedule.currentData()
        return {
            "dose": self.dose.text(),
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
    QMessageBox.warning(parent, MTX_TITLE, warning)
    return True


class _Dialog(QDialog):
    saved = Signal(object)

    def _buttons(self, layout: QVBoxLayout, save_text: str = "Save (Ctrl+S)") -> None:
        self.status = StatusLabel()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.cancel_button = QPushButton("Cancel (Esc)")
        self.save_button = QPushButton(save_text)
        writes(self.save_button)
        self.save_button.setObjectName("primary")
        for b in (self.cancel_button, self.save_button):
            b.setAutoDefault(False)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        save_keys(self, self.save, self.save_button, self.cancel_button)

    def _methotrexate_refused(self, name: str, schedule: str) -> bool:
        """Methotrexate entered as daily: the blocking warning, the reason by the buttons and
        the focus on the schedule; True when refused (nothing is saved)."""
        if not _mtx_block(self, name, schedule):
            return False
        self.status.error(["Schedule: methotrexate must be entered as once a week"])
        self.regimen.schedule.setFocus()
        return True

    def save(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _done(self, change: Any) -> bool:
        self.saved.emit(change)
        self.accept()
        return True


class MedicationDialog(_Dialog):
    """A new medication with its first dose (one transaction)."""

    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle("Add a medication")
        outer = QVBoxLayout(self)
        layout = scroll_body(outer)
        g = QGridLayout()
        g.setColumnStretch(2, 1)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(COMMON_DRUGS)
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        self.form = QLineEdit()
        self.form.setPlaceholderText("e.g. tablet, pre-filled pen")
        self.route = QComboBox()
        for key, label in medications.ROUTES.items():
            self.route.addItem(label, key)
        for w in (self.name, self.form, self.route):
            w.setMinimumHeight(TARGET)
        g.addWidget(buddy("&Name", self.name), 0, 0)
        g.addWidget(self.name, 0, 1, 1, 2)
        g.addWidget(buddy("F&orm", self.form), 1, 0)
        g.addWidget(self.form, 1, 1, 1, 2)
        g.addWidget(buddy("&Route", self.route), 2, 0)
        g.addWidget(self.route, 2, 1, 1, 2)
        self.regimen = RegimenFields(services.clock.today(), self, g, first_row=3)
        layout.addLayout(g)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("status")
        self.warning.setAccessibleName("Warning")
        layout.addWidget(self.warning)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        layout.addWidget(buddy("No&tes", self.notes))
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
        fit(self, 680, 760)
        self.name.setFocus()

    def _check_live(self, *_: Any) -> None:
        warning = medications.methotrexate_daily_warning(
            self.name.currentText(), self.regimen.schedule.currentData()
        )
        self.warning.setText(f"⚠ {warning}" if warning else "")
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
        if self._methotrexate_refused(med["name"], reg["schedule"]):
            return False
        try:
            change = self.services.medications.add_with_regimen(med, reg)
        except ValidationError as exc:
            self.status.error(describe_errors(exc, LABELS))
            focus_field(exc, self.fields)
            return False
        return self._done(change)


class DoseDialog(_Dialog):
    """A new dose for a medication from a date; the dose before ends the day before."""

    def __init__(self, services: Any, medication: Any, current: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.medication = medication
        self.setWindowTitle(f"Change the dose of {medication.name}")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{medication.name}: now {dose_text(current)}, {schedule_text(current)}. "
            "The new dose starts on the start date; the current one ends the day before."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.regimen = RegimenFields(services.clock.today())
        self.regimen.set_values(current)
        layout.addWidget(self.regimen)
        layout.addStretch(1)
        self._buttons(layout)
        chain([*self.regimen.widgets(), self.cancel_button, self.save_button])
        fit(self, 600, 480)
        self.regimen.dose.setFocus()
        self.regimen.dose.selectAll()

    def save(self) -> bool:
        reg = self.regimen.values()
        if self._methotrexate_refused(self.medication.name, reg["schedule"]):
            return False
        try:
            change = self.services.regimens.change_dose(self.medication.id, reg)
        except ValidationError as exc:
            self.status.error(describe_errors(exc, LABELS))
            focus_field(exc, self.regimen.fields)
            return False
        return self._done(change)


class StopDialog(_Dialog):
    """Set the last day of a dose row."""

    def __init__(self, services: Any, medication: Any, regimen: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.regimen = regimen
        self.setWindowTitle(f"Stop {medication.name}")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"{medication.name} {dose_text(regimen)}, {schedule_text(regimen)}.")
        )
        self.end = DateInput("Last day taken", services.clock.today(), key="end_date")
        self.end.setMinimumHeight(TARGET)
        row = QHBoxLayout()
        row.addWidget(buddy("&Last day taken", self.end))
        row.addWidget(self.end)
        row.addStretch(1)
        layout.addLayout(row)
        self._buttons(layout)
        chain([self.end, self.cancel_button, self.save_button])
        fit(self, 480, 200)
        self.end.setFocus()

    def save(self) -> bool:
        try:
            change = self.services.regimens.update(self.regimen.id, {"end_date": self.end.value()})
        except ValidationError as exc:
            self.status.error(describe_errors(exc, LABELS))
            return False
        return self._done(change)


class TaperDialog(_Dialog):
    """Build a step-down taper and create its dose rows (e.g. prednisone 40 mg, −5 mg every
    14 days down to 10 mg, then −1 mg every 28 days)."""

    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.steps: list[medications.TaperStep] = []
        self.setWindowTitle("Taper builder")
        layout = QVBoxLayout(self)
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
        self.start = DateInput("Start", services.clock.today(), key="start")
        self.label = QLineEdit()
        self.label.setPlaceholderText("made from the medication and start dose")
        for w in (self.medication, self.start_dose, self.unit, self.start, self.label):
            w.setMinimumHeight(TARGET)
            w.setMinimumWidth(220)
        self.label.setMinimumWidth(380)
        items = (
            ("&Medication", self.medication, "Medication"),
            ("Start &dose", self.start_dose, "Start dose"),
            ("&Unit", self.unit, "Unit"),
            ("&Start date", self.start, "Start date"),
            ("&Label", self.label, "Taper label"),
        )
        for r, (text, widget, name) in enumerate(items):
            g.addWidget(buddy(text, widget, name), r, 0)
            g.addWidget(widget, r, 1)
        layout.addLayout(g)
        hint = QLabel(
            "Steps: lower the dose by an amount every so many days until it reaches “down to”; "
            "then the next step takes over. Down to 0 stops the medicine after the last dose."
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.stages = RowsEditor("Step", STAGE_COLUMNS, "&Add a step")
        self.stages.set_rows(
            [
                {"step_down": "5", "every_days": "14", "down_to": "10"},
                {"step_down": "1", "every_days": "28", "down_to": "0"},
            ]
        )
        layout.addWidget(self.stages)
        self.preview = RecordTable(
            [
                Column("Dose", lambda s: s.dose, lambda s: num(s.dose, self.unit.currentData())),
                Column("From", lambda s: s.start_date),
                Column("Until", lambda s: s.end_date, lambda s: _until(s.end_date)),
                Column("Days", lambda s: s.days, lambda s: str(s.days or "ongoing")),
            ],
            "Taper dose rows",
        )
        self.preview.setSortingEnabled(False)
        self.preview.model_.sort_column = None  # keep the rows in the order given
        self.preview.setMinimumHeight(220)
        layout.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Taper summary")
        layout.addWidget(self.summary)
        self._buttons(layout, "Create dose rows (Ctrl+S)")
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
        fit(self, 900, 780)
        self.start_dose.setFocus()
        self.start_dose.selectAll()

    def stage_values(self) -> tuple[list[tuple[str, str, str]], list[int]]:
        rows = self.stages.filled()
        return [(v["step_down"], v["every_days"], v["down_to"]) for _n, v in rows], [
            n for n, _v in rows
        ]

    def _describe(self, exc: ValidationError) -> list[str]:
        _stages, shown = self.stage_values()
        cols = {"step_down": "lower by", "every_days": "every (days)", "down_to": "down to"}
        return describe_errors(exc, LABELS, {"stages": ("Step", shown, cols)})

    def update_preview(self, *_: Any) -> None:
        stages, _shown = self.stage_values()
        try:
            self.steps = medications.taper_steps(
                self.start_dose.text(), stages, pydate(self.start.date())
            )
        except ValidationError as exc:
            self.steps = []
            self.preview.set_rows([], sort_column=None)
            self.summary.setText("")
            self.status.error(self._describe(exc), "Check the taper")
            return
        self.status.clear_status()
        self.preview.set_rows(self.steps, sort_column=None)
        unit = self.unit.currentData()
        last = self.steps[-1]
        ends = (
            f"then {num(last.dose, unit)} a day from {last.start_date.isoformat()} on"
            if last.end_date is None
            else f"the last dose on {last.end_date.isoformat()}"
        )
        text = f"{len(self.steps)} dose rows from {self.steps[0].start_date.isoformat()}, {ends}."
        if last.end_date is not None:
            total = medications.cumulative_dose(
                medications.regimens_from_taper(self.steps, unit),
                self.steps[0].start_date,
                last.end_date,
            )
            grams = total * {"mg": Decimal("0.001"), "g": Decimal(1), "mcg": Decimal("1e-6")}[unit]
            text += f" In all {num(grams.normalize(), 'g')} (computed by the app)."
        name = self.medication.currentText().strip()
        if name and name not in self.meds:
            text += f" “{name}” is new: it is added to your medications."
        self.summary.setText(text)

    def save(self) -> bool:
        stages, _shown = self.stage_values()
        name = self.medication.currentText().strip()
        med: Any = self.meds[name].id if name in self.meds else {"name": name}
        try:
            change = self.services.regimens.add_taper(
                med,
                self.start_dose.text(),
                stages,
                self.start.value(),
                self.unit.currentData(),
                self.label.text(),
            )
        except ValidationError as exc:
            self.status.error(self._describe(exc))
            focus_field(exc, self.fields)
            return False
        return self._done(change)


def _until(d: date | None) -> str:
    return "ongoing" if d is None else d.isoformat()


# --- taken / skipped ---------------------------------------------------------------------------
LOG_SETTING = settings_rules.LOG_DOSES


class DosesDue(QWidget):
    """Today's doses not yet logged, each with Taken and Skipped; quiet once logged."""

    logged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Any = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.items: list[QWidget] = []
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setObjectName("hint")

    def refresh(self, services: Any) -> None:
        self.services = services
        for w in self.items:
            self.box.removeWidget(w)
            w.deleteLater()
        self.items = []
        today = services.clock.today()
        due = services.intakes.due(today)
        for med, r in due:
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            text = QLabel(f"⏰ {med.name} {dose_text(r)} ({schedule_text(r)}): not logged yet")
            text.setWordWrap(True)
            taken = QPushButton("Taken")
            skipped = QPushButton("Skipped")
            taken.setAccessibleName(f"{med.name}: taken today")
            skipped.setAccessibleName(f"{med.name}: skipped today")
            taken.clicked.connect(lambda _=False, rid=r.id: self.log(rid, "taken"))
            skipped.clicked.connect(lambda _=False, rid=r.id: self.log(rid, "skipped"))
            lay.addWidget(text, 1)
            lay.addWidget(taken)
            lay.addWidget(skipped)
            self.box.addWidget(row)
            self.items.append(row)
        names = {m.id: m.name for m in services.medications.list()}
        regimens = {r.id: r for r in services.regimens.list()}
        logged = [
            f"{names.get(regimens[i.regimen_id].medication_id, '?')} {i.status}"
            for i in services.intakes.list(start=today, end=today)
            if i.regimen_id in regimens
        ]
        self.box.addWidget(self.done_text)
        self.done_text.setText(
            ("Logged today: " + ", ".join(logged) + "." if logged else "")
            + ("" if due else " ✓ Nothing left to log today.")
        )

    def log(self, regimen_id: int, status: str) -> None:
        try:
            change = self.services.intakes.log(regimen_id, self.services.clock.today(), status)
        except ValidationError as exc:
            self.done_text.setText(f"⚠ Not saved – {exc.reason}")
            return
        self.refresh(self.services)
        self.logged.emit(change)


# --- the panel ---------------------------------------------------------------------------------
class MedicationsPanel(QWidget):
    """The Medications tab. Emits ``saved(change)`` after any write."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Any = None
        self.flags: dict[int, str] = {}
        self._dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(12)

        current = Card("Current medications")
        buttons = QGridLayout()
        self.add_button = QPushButton("&Add medication…")
        self.change_button = QPushButton("&Change dose…")
        self.stop_button = QPushButton("&Stop taking…")
        writes(self.add_button, self.change_button, self.stop_button)
        self.taper_button = QPushButton("&Taper builder…")
        for i, b in enumerate(
            (self.add_button, self.change_button, self.stop_button, self.taper_button)
        ):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        current.body.addLayout(buttons)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("status")
        self.warnings.setAccessibleName("Medication warnings")
        current.body.addWidget(self.warnings)
        self.table = RecordTable(
            [
                Column("Medication", lambda p: p[0].name),
                Column("Dose", lambda p: p[1].dose, lambda p: dose_text(p[1]), numeric=True),
                Column("Schedule", lambda p: schedule_text(p[1])),
                Column("Route", lambda p: medications.ROUTES.get(p[0].route, p[0].route)),
                Column("Since", lambda p: p[1].start_date),
                Column("Until", lambda p: p[1].end_date, lambda p: _until(p[1].end_date)),
                Column(
                    "Check",
                    lambda p: self.flags.get(p[1].id, ""),
                    lambda p: _flag_short(self.flags.get(p[1].id, "")),
                ),
            ],
            "Current medications",
        )
        self.table.setMinimumHeight(200)
        current.body.addWidget(self.table)
        self.status = StatusLabel()
        current.body.addWidget(self.status)
        outer.addWidget(current)

        doses = Card("Doses today")
        self.log_box = QCheckBox("&Keep a log of doses taken")
        self.log_box.setToolTip("Today's doses show here with Taken and Skipped until logged")
        self.log_box.setMinimumHeight(TARGET)
        doses.body.addWidget(self.log_box)
        self.due = DosesDue()
        doses.body.addWidget(self.due)
        outer.addWidget(doses)

        pred = Card("Cumulative prednisone")
        cum = QGridLayout()
        cum.setColumnStretch(2, 1)
        self.cum_from = DateInput("Cumulative prednisone from")
        self.cum_to = DateInput("Cumulative prednisone until")
        for w in (self.cum_from, self.cum_to):
            w.setMinimumHeight(TARGET)
        cum.addWidget(buddy("P&rednisone from", self.cum_from, "Cumulative prednisone from"), 0, 0)
        cum.addWidget(self.cum_from, 0, 1)
        cum.addWidget(buddy("&until", self.cum_to, "Cumulative prednisone until"), 1, 0)
        cum.addWidget(self.cum_to, 1, 1)
        pred.body.addLayout(cum)
        self.cum_text = QLabel()
        self.cum_text.setObjectName("h2")
        self.cum_text.setWordWrap(True)
        self.cum_text.setAccessibleName("Cumulative prednisone")
        pred.body.addWidget(self.cum_text)
        outer.addWidget(pred)

        history = Card("Dose history")
        self.history = RecordTable(
            [
                Column("Medication", lambda p: p[0]),
                Column("Dose", lambda p: p[1].dose, lambda p: dose_text(p[1]), numeric=True),
                Column("Schedule", lambda p: schedule_text(p[1])),
                Column("From", lambda p: p[1].start_date),
                Column("Until", lambda p: p[1].end_date, lambda p: _until(p[1].end_date)),
                Column("Taper", lambda p: p[1].taper_label),
            ],
            "Dose history",
        )
        self.history.setMinimumHeight(260)
        history.body.addWidget(self.history)
        outer.addWidget(history)

        self.add_button.clicked.connect(self.add_medication)
        self.change_button.clicked.connect(self.change_dose)
        self.stop_button.clicked.connect(self.stop)
        self.taper_button.clicked.connect(self.taper)
        self.log_box.toggled.connect(self._log_toggled)
        self.due.logged.connect(self.saved.emit)
        self.cum_from.dateChanged.connect(self._cumulative)
        self.cum_to.dateChanged.connect(self._cumulative)

    # -- data -----------------------------------------------------------------------------------
    def refresh(self, services: Any) -> None:
        self.services = services
        today = services.clock.today()
        self.flags = services.regimens.safety_flags(today)
        pairs = services.regimens.current(today)
        self.table.set_rows(pairs, sort_column=0, order=Qt.SortOrder.AscendingOrder)
        names = {m.id: m.name for m in services.medications.list()}
        self.history.set_rows(
            [
                (names[r.medication_id], r)
                for r in services.regimens.list()
                if r.medication_id in names
            ],
            sort_column=3,
        )
        meds = {r.id: m.name for m, r in pairs}
        self.warnings.setText(
            "\n".join(f"⚠ {meds.get(rid, '')}: {text}" for rid, text in self.flags.items())
        )
        self.warnings.setVisible(bool(self.flags))
        self.warnings.setProperty("error", bool(self.flags))
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)
        on = services.settings.get(LOG_SETTING)
        self.log_box.blockSignals(True)
        self.log_box.setChecked(on)
        self.log_box.blockSignals(False)
        self.due.setVisible(on)
        if on:
            self.due.refresh(services)
        pred = [
            r
            for r in services.regimens.list()
            if medications.is_glucocorticoid(names.get(r.medication_id, ""))
        ]
        for w in (self.cum_from, self.cum_to):
            w.blockSignals(True)
        self.cum_from.setDate(qdate(min((r.start_date for r in pred), default=today)))
        self.cum_to.setDate(qdate(today))
        for w in (self.cum_from, self.cum_to):
            w.blockSignals(False)
        self._cumulative()

    def _cumulative(self, *_: Any) -> None:
        if self.services is None:
            return
        start, end = pydate(self.cum_from.date()), pydate(self.cum_to.date())
        try:
            result = self.services.regimens.cumulative_prednisone_g(start, end)
        except ValidationError as exc:
            self.cum_text.setText(f"⚠ {LABELS.get(exc.field, exc.field)}: {exc.reason}")
            return
        days = (end - start).days + 1
        text = (
            f"{num(rounded_g(result.grams), 'g')} prednisone-equivalent (all glucocorticoids) "
            f"from {long_date(start)} to "
            f"{long_date(end)} ({days} days, computed by the app from {result.rows} dose rows)."
        )
        if result.skipped:
            text += f" {result.skipped} row(s) in tablets or mL are not counted."
        self.cum_text.setText(text)

    def _log_toggled(self, on: bool) -> None:
        if self.services is None:
            return
        self.services.settings.set(LOG_SETTING, on)
        self.refresh(self.services)

    def selected(self) -> tuple[Any, Any] | None:
        item = self.table.selected_item()
        if item is None and self.table.model_.rowCount() == 1:
            item = self.table.model_.row_at(0)
        return item

    # -- dialogs --------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        dialog.saved.connect(self._after)  # type: ignore[attr-defined]
        self._dialog = dialog
        dialog.open()

    def _after(self, change: Any) -> None:
        self.refresh(self.services)
        self.status.ok(change.message)
        self.saved.emit(change)

    def add_medication(self) -> None:
        self._open(MedicationDialog(self.services, self))

    def taper(self) -> None:
        self._open(TaperDialog(self.services, self))

    def change_dose(self) -> None:
        item = self.selected()
        if item is None:
            self.status.error(["select a medication in the list first"], "Nothing selected")
            self.table.setFocus()
            return
        self._open(DoseDialog(self.services, item[0], item[1], self))

    def stop(self) -> None:
        item = self.selected()
        if item is None:
            self.status.error(["select a medication in the list first"], "Nothing selected")
            self.table.setFocus()
            return
        self._open(StopDialog(self.services, item[0], item[1], self))


def _flag_short(text: str) -> str:
    if not text:
        return "–"
    if "Methotrexate" in text:
        return "⚠ entered as daily"
    if "No body weight" in text:
        return "⚠ no weight to check"
    return "⚠ above 5.0 mg/kg a day"
