"""What the infusion day form shows: its sections (which day; product, dose and times; the
rate steps actually used; premedication; hydration and vital signs; where, who and notes), the
buttons, the Tab order, and the note beside each rate step (the rate in the other unit, and a
rate above the label cap flagged in words). What it does is in ``infusion``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import infusion, medications, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.format import num
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy, compact, scroll_body
from dmtracker.ui.kit.rows import RowColumn, RowsEditor
from dmtracker.ui.kit.values import (
    decimal_or_none,
    rounded,
)
from dmtracker.ui.kit.widgets import Card, chain, form_buttons

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

LABELS = {
    "course_id": "Course",
    "day": "Date",
    "day_number": "Day number",
    "days_in_course": "Days in the course",
    "product": "Product",
    "concentration_percent": "Concentration",
    "lot_number": "Lot number",
    "expiry": "Expiry",
    "dose_g": "Dose given",
    "weight_kg": "Weight used",
    "started_at": "Start time",
    "stopped_at": "Stop time",
    "total_volume_ml": "Total volume",
    "hydration_ml": "Hydration",
    "hydration_notes": "Hydration notes",
    "setting": "Setting",
    "nurse_site": "Nurse / site",
    "notes": "Notes",
    "ml_per_hour": "Rate step (mL/h)",
}
RATE_COLUMNS = (
    RowColumn("minute", "From minute", width=80, placeholder="0"),
    RowColumn("rate", "Rate", width=90, placeholder="0.01"),
    RowColumn("unit", "Unit", choices=vocab.RATE_UNITS, default="ml_per_kg_min"),
)
PREMED_COLUMNS = (
    RowColumn("drug", "Drug", width=160, placeholder="e.g. Paracetamol"),
    RowColumn("dose", "Dose", width=70),
    RowColumn("unit", "Unit", choices=medications.DOSE_UNITS, default="mg"),
    RowColumn("time", "Time", width=70, placeholder="HH:MM"),
)
VITAL_COLUMNS = (
    RowColumn("phase", "When", choices=vocab.VITAL_PHASES, default="before"),
    RowColumn("time", "Time", width=70, placeholder="HH:MM"),
    RowColumn("systolic", "BP upper", width=60),
    RowColumn("diastolic", "BP lower", width=60),
    RowColumn("heart_rate", "Pulse", width=60),
    RowColumn("temperature_c", "Temp °C", width=60),
    RowColumn("spo2", "SpO₂ %", width=60),
)
CHILD_COLUMNS = {
    "rate_steps": (
        "Rate step",
        {
            "minute": "from minute",
            "rate_ml_per_kg_min": "rate",
            "rate_ml_per_h": "rate",
            "entered_unit": "unit",
        },
    ),
    "premedications": (
        "Premedication",
        {"drug": "drug", "dose": "dose", "unit": "unit", "taken_at": "time"},
    ),
    "vitals": (
        "Vital signs",
        {
            "measured_at": "time",
            "phase": "when",
            "systolic": "BP upper",
            "diastolic": "BP lower",
            "heart_rate": "pulse",
            "temperature_c": "temperature",
            "spo2": "SpO₂",
            "respiratory_rate": "breathing rate",
        },
    ),
}


def course_label(c: Any) -> str:
    return (
        f"Course from {c.planned_start.isoformat()} · {c.days_planned} "
        f"{'day' if c.days_planned == 1 else 'days'} · {num(c.g_per_kg, 'g/kg')} · "
        f"{num(c.total_g, 'g')}"
    )


class InfusionDayForm(QDialog):
    """The widgets of the infusion day form, laid out (:class:`InfusionDayDialog` runs it)."""

    saved = Signal(object)

    def __init__(
        self, services: Services, parent: QWidget | None = None, day_id: int | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.day_id = day_id
        self.courses: list[Any] = []  # the courses to choose from (the dialog lists them)
        self.tz = services.clock.tz
        self._loading = False
        self.setWindowTitle("Edit infusion day" if day_id else "Record an infusion day")
        layout = QVBoxLayout(self)
        body = scroll_body(layout, spacing=12).form

        # -- which day ------------------------------------------------------------------------
        which = Card("Which day")
        g = QGridLayout()
        g.setColumnStretch(3, 1)
        self.course = compact(QComboBox(), 24)
        self.course.setMinimumHeight(TARGET)
        self.day_number = QSpinBox()
        self.day_number.setRange(1, infusion.MAX_DAYS)
        self.days_in_course = QSpinBox()
        self.days_in_course.setRange(1, infusion.MAX_DAYS)
        self.days_in_course.setPrefix("of ")
        self.date = DateInput("Date of the infusion", key="day")
        g.addWidget(buddy("&Course", self.course), 0, 0)
        g.addWidget(self.course, 0, 1, 1, 3)
        g.addWidget(buddy("Day &number", self.day_number, "Day number"), 1, 0)
        g.addWidget(self.day_number, 1, 1)
        self.days_in_course.setAccessibleName("Days in the course")
        g.addWidget(self.days_in_course, 1, 2)
        g.addWidget(buddy("&Date", self.date, "Date of the infusion"), 2, 0)
        g.addWidget(self.date, 2, 1)
        which.body.addLayout(g)
        body.addWidget(which)

        # -- product, dose and times ----------------------------------------------------------
        prod = Card("Product, dose and times")
        g = QGridLayout()
        g.setColumnStretch(5, 1)
        self.product = QLineEdit()
        self.concentration = QLineEdit()
        self.lot = QLineEdit()
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText("YYYY-MM-DD")
        self.dose = QLineEdit()
        self.weight = QLineEdit()
        self.per_kg = QLabel()
        self.per_kg.setObjectName("hint")
        self.per_kg.setWordWrap(True)
        self.start_time = QLineEdit()
        self.stop_time = QLineEdit()
        for w in (self.start_time, self.stop_time):
            w.setPlaceholderText("HH:MM")
        self.volume = QLineEdit()
        self.volume_hint = QLabel()
        self.volume_hint.setObjectName("hint")
        self.volume_hint.setWordWrap(True)
        grid_items = (
            (0, 0, "P&roduct", self.product, "Product"),
            (0, 2, "Concentration (%)", self.concentration, "Concentration in %"),
            (1, 0, "&Lot number", self.lot, "Lot number"),
            (1, 2, "E&xpiry", self.expiry, "Expiry date, YYYY-MM-DD"),
            (2, 0, "D&ose given (g)", self.dose, "Dose given in g"),
            (2, 2, "&Weight used (kg)", self.weight, "Weight used in kg"),
            (3, 0, "Star&t time", self.start_time, "Start time, HH:MM"),
            (3, 2, "Stop t&ime", self.stop_time, "Stop time, HH:MM"),
            (4, 0, "Total &volume (mL)", self.volume, "Total volume in mL"),
        )
        for r, c, text, widget, name in grid_items:
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(150)
            g.addWidget(buddy(text, widget, name), r, c)
            g.addWidget(widget, r, c + 1)
        g.addWidget(self.per_kg, 2, 4)
        g.addWidget(self.volume_hint, 4, 2, 1, 3)
        prod.body.addLayout(g)
        body.addWidget(prod)

        # -- rate steps -----------------------------------------------------------------------
        rates = Card("Rate steps actually used")
        hint = QLabel(
            "Type each rate as the pump showed it, in mL/kg/min or mL/h; the other unit is "
            "worked out from the weight used. A rate above the label cap is saved but flagged."
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        rates.body.addWidget(hint)
        self.rate_steps = RowsEditor("Rate step", RATE_COLUMNS, "&Add rate step", self._rate_note)
        rates.body.addWidget(self.rate_steps)
        self.fill_plan = QPushButton("Fill steps from the &plan")
        rates.body.addWidget(self.fill_plan, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(rates)

        # -- premedication --------------------------------------------------------------------
        pre = Card("Premedication")
        self.premeds = RowsEditor("Premedication", PREMED_COLUMNS, "Add pre&medication")
        pre.body.addWidget(self.premeds)
        body.addWidget(pre)

        # -- hydration and vital signs --------------------------------------------------------
        vit = Card("Hydration and vital signs")
        g = QGridLayout()
        g.setColumnStretch(3, 1)
        self.hydration = QLineEdit()
        self.hydration_notes = QLineEdit()
        self.hydration_notes.setPlaceholderText("e.g. drank 500 mL water, or saline drip")
        for w in (self.hydration, self.hydration_notes):
            w.setMinimumHeight(TARGET)
        g.addWidget(buddy("&Hydration (mL)", self.hydration, "Hydration in mL"), 0, 0)
        g.addWidget(self.hydration, 0, 1)
        g.addWidget(buddy("Hydration notes", self.hydration_notes), 0, 2)
        g.addWidget(self.hydration_notes, 0, 3)
        vit.body.addLayout(g)
        self.vitals = RowsEditor("Vital signs", VITAL_COLUMNS, "Add vital si&gns")
        vit.body.addWidget(self.vitals)
        body.addWidget(vit)

        # -- where and notes ------------------------------------------------------------------
        where = Card("Where, who and notes")
        g = QGridLayout()
        g.setColumnStretch(1, 1)
        self.setting = QComboBox()
        for key, label in vocab.INFUSION_SETTINGS.items():
            self.setting.addItem(label, key)
        self.nurse = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        for box in (self.setting, self.nurse):
            box.setMinimumHeight(TARGET)
        g.addWidget(buddy("S&etting", self.setting, "Setting"), 0, 0)
        g.addWidget(self.setting, 0, 1)
        g.addWidget(buddy("N&urse / site", self.nurse, "Nurse or site"), 1, 0)
        g.addWidget(self.nurse, 1, 1)
        g.addWidget(buddy("Notes", self.notes), 2, 0, Qt.AlignmentFlag.AlignTop)
        g.addWidget(self.notes, 2, 1)
        where.body.addLayout(g)
        body.addWidget(where)
        body.addStretch(1)

        # -- buttons --------------------------------------------------------------------------
        self.same_button = QPushButton("&Fill in as last time")
        self.status, self.cancel_button, self.save_button = form_buttons(layout, self.same_button)
        self.save_button.setDefault(False)

        self.fields: dict[str, QWidget] = {
            "course_id": self.course,
            "day": self.date,
            "day_number": self.day_number,
            "days_in_course": self.days_in_course,
            "product": self.product,
            "concentration_percent": self.concentration,
            "lot_number": self.lot,
            "expiry": self.expiry,
            "dose_g": self.dose,
            "weight_kg": self.weight,
            "started_at": self.start_time,
            "stopped_at": self.stop_time,
            "total_volume_ml": self.volume,
            "hydration_ml": self.hydration,
            "hydration_notes": self.hydration_notes,
            "setting": self.setting,
            "nurse_site": self.nurse,
            "notes": self.notes,
            "rate_steps": self.rate_steps.add_button,
            "premedications": self.premeds.add_button,
            "vitals": self.vitals.add_button,
        }
        chain(
            [
                self.course,
                self.day_number,
                self.days_in_course,
                self.date,
                self.product,
                self.concentration,
                self.lot,
                self.expiry,
                self.dose,
                self.weight,
                self.start_time,
                self.stop_time,
                self.volume,
                self.rate_steps.add_button,
                self.fill_plan,
                self.premeds.add_button,
                self.hydration,
                self.hydration_notes,
                self.vitals.add_button,
                self.setting,
                self.nurse,
                self.notes,
                self.same_button,
                self.cancel_button,
                self.save_button,
            ]
        )

    # -- helpers --------------------------------------------------------------------------------
    def current_course(self) -> Any | None:
        cid = self.course.currentData()
        return next((c for c in self.courses if c.id == cid), None)

    def cap(self) -> Decimal:
        """0.03 mL/kg/min when any thrombosis or kidney risk factor is in the profile, else
        0.04 (clinical.md §4, §8)."""
        return self.services.profile.risk().cap

    def _rate_note(self, values: dict[str, str]) -> str:
        weight = decimal_or_none(self.weight.text()) if hasattr(self, "weight") else None
        rate = decimal_or_none(values.get("rate", ""))
        if weight is None or rate is None or weight <= 0 or rate <= 0:
            return ""
        try:
            if values.get("unit") == "ml_per_h":
                per_kg = infusion.ml_per_kg_min(weight, rate)
                text = f"= {num(per_kg)} mL/kg/min"
            else:
                per_kg = rate
                text = f"= {rounded(infusion.ml_per_hour(weight, rate))} mL/h"
        except ValidationError as exc:
            return f"⚠ {exc.reason}"
        cap = self.cap()
        if per_kg > cap:
            text += f"  ⚠ above the label cap of {num(cap)} mL/kg/min"
        return text
