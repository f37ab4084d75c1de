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
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy, compact, scroll_body
from dmtracker.ui.kit.rows import RowColumn, RowsEditor
from dmtracker.ui.kit.values import round_to
from dmtracker.ui.kit.widgets import Card, chain, form_buttons
from dmtracker.ui.treatments.shown import amount, decimal

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def labels() -> dict[str, str]:
    """The form's field names, for its error messages (in the reader's language)."""
    return {
        "course_id": translate("InfusionDialog", "Course"),
        "day": translate("InfusionDialog", "Date"),
        "day_number": translate("InfusionDialog", "Day number"),
        "days_in_course": translate("InfusionDialog", "Days in the course"),
        "product": translate("InfusionDialog", "Product"),
        "concentration_percent": translate("InfusionDialog", "Concentration"),
        "lot_number": translate("InfusionDialog", "Lot number"),
        "expiry": translate("InfusionDialog", "Expiry"),
        "dose_g": translate("InfusionDialog", "Dose given"),
        "weight_kg": translate("InfusionDialog", "Weight used"),
        "started_at": translate("InfusionDialog", "Start time"),
        "stopped_at": translate("InfusionDialog", "Stop time"),
        "total_volume_ml": translate("InfusionDialog", "Total volume"),
        "hydration_ml": translate("InfusionDialog", "Hydration"),
        "hydration_notes": translate("InfusionDialog", "Hydration notes"),
        "setting": translate("InfusionDialog", "Setting"),
        "nurse_site": translate("InfusionDialog", "Nurse / site"),
        "notes": translate("InfusionDialog", "Notes"),
        "ml_per_hour": translate("InfusionDialog", "Rate step (mL/h)"),
    }


def choices(labels: dict[str, str]) -> dict[str, str]:
    """A choice's stored key -> its label in the reader's language."""
    return {key: vocabulary(label) for key, label in labels.items()}


def hh_mm() -> str:
    return translate("InfusionDialog", "HH:MM", "how a time is typed")


def rate_columns() -> tuple[RowColumn, ...]:
    return (
        RowColumn("minute", translate("InfusionDialog", "From minute"), width=80, placeholder="0"),
        RowColumn(
            "rate",
            translate("InfusionDialog", "Rate"),
            width=90,
            placeholder=formats.number(Decimal("0.01")),
        ),
        RowColumn(
            "unit",
            translate("InfusionDialog", "Unit"),
            choices=choices(vocab.RATE_UNITS),
            default="ml_per_kg_min",
        ),
    )


def premed_columns() -> tuple[RowColumn, ...]:
    return (
        RowColumn(
            "drug",
            translate("InfusionDialog", "Drug"),
            width=160,
            placeholder=translate("InfusionDialog", "e.g. Paracetamol"),
        ),
        RowColumn("dose", translate("InfusionDialog", "Dose"), width=70),
        RowColumn(
            "unit",
            translate("InfusionDialog", "Unit"),
            choices=choices(medications.DOSE_UNITS),
            default="mg",
        ),
        RowColumn("time", translate("InfusionDialog", "Time"), width=70, placeholder=hh_mm()),
    )


def vital_columns() -> tuple[RowColumn, ...]:
    return (
        RowColumn(
            "phase",
            translate("InfusionDialog", "When"),
            choices=choices(vocab.VITAL_PHASES),
            default="before",
        ),
        RowColumn("time", translate("InfusionDialog", "Time"), width=70, placeholder=hh_mm()),
        RowColumn("systolic", translate("InfusionDialog", "BP upper"), width=60),
        RowColumn("diastolic", translate("InfusionDialog", "BP lower"), width=60),
        RowColumn("heart_rate", translate("InfusionDialog", "Pulse"), width=60),
        RowColumn("temperature_c", translate("InfusionDialog", "Temp °C"), width=60),
        RowColumn("spo2", translate("InfusionDialog", "SpO₂ %"), width=60),
    )


def child_columns() -> dict[str, tuple[str, dict[str, str]]]:
    """Each list of the form: its item's name and its columns' names (for error messages)."""
    rate = translate("InfusionDialog", "rate", "a column in an error message")
    return {
        "rate_steps": (
            translate("InfusionDialog", "Rate step"),
            {
                "minute": translate("InfusionDialog", "from minute"),
                "rate_ml_per_kg_min": rate,
                "rate_ml_per_h": rate,
                "entered_unit": translate("InfusionDialog", "unit"),
            },
        ),
        "premedications": (
            translate("InfusionDialog", "Premedication"),
            {
                "drug": translate("InfusionDialog", "drug"),
                "dose": translate("InfusionDialog", "dose"),
                "unit": translate("InfusionDialog", "unit"),
                "taken_at": translate("InfusionDialog", "time"),
            },
        ),
        "vitals": (
            translate("InfusionDialog", "Vital signs"),
            {
                "measured_at": translate("InfusionDialog", "time"),
                "phase": translate("InfusionDialog", "when"),
                "systolic": translate("InfusionDialog", "BP upper"),
                "diastolic": translate("InfusionDialog", "BP lower"),
                "heart_rate": translate("InfusionDialog", "pulse"),
                "temperature_c": translate("InfusionDialog", "temperature"),
                "spo2": "SpO₂",
                "respiratory_rate": translate("InfusionDialog", "breathing rate"),
            },
        ),
    }


def course_label(c: Any) -> str:
    days = c.days_planned
    return translate(
        "InfusionDialog", "Course from {start} · %n day(s) · {per_kg} · {total}", None, days
    ).format(
        start=formats.day(c.planned_start),
        per_kg=amount(c.g_per_kg, "g/kg"),
        total=amount(c.total_g, "g"),
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
        self.setWindowTitle(
            translate("InfusionDialog", "Edit infusion day")
            if day_id
            else translate("InfusionDialog", "Record an infusion day")
        )
        layout = QVBoxLayout(self)
        body = scroll_body(layout, spacing=12).form

        # -- which day ------------------------------------------------------------------------
        which = Card(translate("InfusionDialog", "Which day"))
        g = QGridLayout()
        g.setColumnStretch(3, 1)
        self.course = compact(QComboBox(), 24)
        self.course.setMinimumHeight(TARGET)
        self.day_number = QSpinBox()
        self.day_number.setRange(1, infusion.MAX_DAYS)
        self.days_in_course = QSpinBox()
        self.days_in_course.setRange(1, infusion.MAX_DAYS)
        self.days_in_course.setPrefix(
            translate("InfusionDialog", "of ", "before the number of days in the course")
        )
        self.date = DateInput(translate("InfusionDialog", "Date of the infusion"), key="day")
        g.addWidget(buddy(translate("InfusionDialog", "&Course"), self.course), 0, 0)
        g.addWidget(self.course, 0, 1, 1, 3)
        g.addWidget(
            buddy(
                translate("InfusionDialog", "Day &number"),
                self.day_number,
                translate("InfusionDialog", "Day number"),
            ),
            1,
            0,
        )
        g.addWidget(self.day_number, 1, 1)
        self.days_in_course.setAccessibleName(translate("InfusionDialog", "Days in the course"))
        g.addWidget(self.days_in_course, 1, 2)
        g.addWidget(
            buddy(
                translate("InfusionDialog", "&Date"),
                self.date,
                translate("InfusionDialog", "Date of the infusion"),
            ),
            2,
            0,
        )
        g.addWidget(self.date, 2, 1)
        which.body.addLayout(g)
        body.addWidget(which)

        # -- product, dose and times ----------------------------------------------------------
        prod = Card(translate("InfusionDialog", "Product, dose and times"))
        g = QGridLayout()
        g.setColumnStretch(5, 1)
        self.product = QLineEdit()
        self.concentration = QLineEdit()
        self.lot = QLineEdit()
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText(formats.date_placeholder())
        self.dose = QLineEdit()
        self.weight = QLineEdit()
        self.per_kg = QLabel()
        self.per_kg.setObjectName("hint")
        self.per_kg.setWordWrap(True)
        self.start_time = QLineEdit()
        self.stop_time = QLineEdit()
        for w in (self.start_time, self.stop_time):
            w.setPlaceholderText(hh_mm())
        self.volume = QLineEdit()
        self.volume_hint = QLabel()
        self.volume_hint.setObjectName("hint")
        self.volume_hint.setWordWrap(True)
        grid_items = (
            (
                0,
                0,
                translate("InfusionDialog", "P&roduct"),
                self.product,
                translate("InfusionDialog", "Product"),
            ),
            (
                0,
                2,
                translate("InfusionDialog", "Concentration (%)"),
                self.concentration,
                translate("InfusionDialog", "Concentration in %"),
            ),
            (
                1,
                0,
                translate("InfusionDialog", "&Lot number"),
                self.lot,
                translate("InfusionDialog", "Lot number"),
            ),
            (
                1,
                2,
                translate("InfusionDialog", "E&xpiry"),
                self.expiry,
                translate("InfusionDialog", "Expiry date, {pattern}").format(
                    pattern=formats.date_placeholder()
                ),
            ),
            (
                2,
                0,
                translate("InfusionDialog", "D&ose given (g)"),
                self.dose,
                translate("InfusionDialog", "Dose given in g"),
            ),
            (
                2,
                2,
                translate("InfusionDialog", "&Weight used (kg)"),
                self.weight,
                translate("InfusionDialog", "Weight used in kg"),
            ),
            (
                3,
                0,
                translate("InfusionDialog", "Star&t time"),
                self.start_time,
                translate("InfusionDialog", "Start time, HH:MM"),
            ),
            (
                3,
                2,
                translate("InfusionDialog", "Stop t&ime"),
                self.stop_time,
                translate("InfusionDialog", "Stop time, HH:MM"),
            ),
            (
                4,
                0,
                translate("InfusionDialog", "Total &volume (mL)"),
                self.volume,
                translate("InfusionDialog", "Total volume in mL"),
            ),
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
        rates = Card(translate("InfusionDialog", "Rate steps actually used"))
        hint = QLabel(
            translate(
                "InfusionDialog",
                "Type each rate as the pump showed it, in mL/kg/min or mL/h; the other unit is "
                "worked out from the weight used. A rate above the label cap is saved but flagged.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        rates.body.addWidget(hint)
        self.rate_steps = RowsEditor(
            translate("InfusionDialog", "Rate step"),
            rate_columns(),
            translate("InfusionDialog", "&Add rate step"),
            self._rate_note,
        )
        rates.body.addWidget(self.rate_steps)
        self.fill_plan = QPushButton(translate("InfusionDialog", "Fill steps from the &plan"))
        rates.body.addWidget(self.fill_plan, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(rates)

        # -- premedication --------------------------------------------------------------------
        pre = Card(translate("InfusionDialog", "Premedication"))
        self.premeds = RowsEditor(
            translate("InfusionDialog", "Premedication"),
            premed_columns(),
            translate("InfusionDialog", "Add pre&medication"),
        )
        pre.body.addWidget(self.premeds)
        body.addWidget(pre)

        # -- hydration and vital signs --------------------------------------------------------
        vit = Card(translate("InfusionDialog", "Hydration and vital signs"))
        g = QGridLayout()
        g.setColumnStretch(3, 1)
        self.hydration = QLineEdit()
        self.hydration_notes = QLineEdit()
        self.hydration_notes.setPlaceholderText(
            translate("InfusionDialog", "e.g. drank 500 mL water, or saline drip")
        )
        for w in (self.hydration, self.hydration_notes):
            w.setMinimumHeight(TARGET)
        g.addWidget(
            buddy(
                translate("InfusionDialog", "&Hydration (mL)"),
                self.hydration,
                translate("InfusionDialog", "Hydration in mL"),
            ),
            0,
            0,
        )
        g.addWidget(self.hydration, 0, 1)
        g.addWidget(
            buddy(translate("InfusionDialog", "Hydration notes"), self.hydration_notes), 0, 2
        )
        g.addWidget(self.hydration_notes, 0, 3)
        vit.body.addLayout(g)
        self.vitals = RowsEditor(
            translate("InfusionDialog", "Vital signs"),
            vital_columns(),
            translate("InfusionDialog", "Add vital si&gns"),
        )
        vit.body.addWidget(self.vitals)
        body.addWidget(vit)

        # -- where and notes ------------------------------------------------------------------
        where = Card(translate("InfusionDialog", "Where, who and notes"))
        g = QGridLayout()
        g.setColumnStretch(1, 1)
        self.setting = QComboBox()
        for key, label in vocab.INFUSION_SETTINGS.items():
            self.setting.addItem(vocabulary(label), key)
        self.nurse = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        for box in (self.setting, self.nurse):
            box.setMinimumHeight(TARGET)
        g.addWidget(
            buddy(
                translate("InfusionDialog", "S&etting"),
                self.setting,
                translate("InfusionDialog", "Setting"),
            ),
            0,
            0,
        )
        g.addWidget(self.setting, 0, 1)
        g.addWidget(
            buddy(
                translate("InfusionDialog", "N&urse / site"),
                self.nurse,
                translate("InfusionDialog", "Nurse or site"),
            ),
            1,
            0,
        )
        g.addWidget(self.nurse, 1, 1)
        g.addWidget(
            buddy(translate("InfusionDialog", "Notes"), self.notes), 2, 0, Qt.AlignmentFlag.AlignTop
        )
        g.addWidget(self.notes, 2, 1)
        where.body.addLayout(g)
        body.addWidget(where)
        body.addStretch(1)

        # -- buttons --------------------------------------------------------------------------
        self.same_button = QPushButton(translate("InfusionDialog", "&Fill in as last time"))
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
        weight = decimal(self.weight.text()) if hasattr(self, "weight") else None
        rate = decimal(values.get("rate", ""))
        if weight is None or rate is None or weight <= 0 or rate <= 0:
            return ""
        try:
            if values.get("unit") == "ml_per_h":
                per_kg = infusion.ml_per_kg_min(weight, rate)
                text = f"= {amount(per_kg, 'mL/kg/min')}"
            else:
                per_kg = rate
                text = f"= {amount(round_to(infusion.ml_per_hour(weight, rate)), 'mL/h')}"
        except ValidationError as exc:
            return f"⚠ {localize(exc.reason)}"
        cap = self.cap()
        if per_kg > cap:
            text += "  ⚠ " + translate(
                "InfusionDialog", "above the label cap of {cap} mL/kg/min"
            ).format(cap=formats.number(cap))
        return text
