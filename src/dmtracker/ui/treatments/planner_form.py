"""What the course planner shows: the dose for the course (weight, kind, g/kg, days,
concentration; height, sex and the dosing weight), the rate ladder, the risk factors that set
the rate cap, when to start, and Save. What it does is in ``planner``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import infusion, vocab
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.format import num
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy
from dmtracker.ui.kit.page import UsesServices
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import duration_text, rounded, text_of
from dmtracker.ui.kit.widgets import Card, RecordTable, chain
from dmtracker.ui.treatments.risk_factors import OTHER_KIDNEY, OTHER_THROMBOSIS, RiskFactorsBox

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

LABELS = {
    "weight_kg": "Weight",
    "g_per_kg": "Dose",
    "days": "Number of days",
    "days_planned": "Number of days",
    "concentration_percent": "Concentration",
    "start_rate": "Start rate",
    "step": "Raise by",
    "step_minutes": "Raise every",
    "max_rate": "Maximum rate",
    "volume_ml": "Volume a day",
    "planned_start": "First day",
    "product": "Product",
    "interval_weeks": "Interval",
    "kind": "Course type",
    "at_risk": "At risk",
    "height_cm": "Height",
    "sex": "Sex",
    "dosing_weight_basis": "Dose uses",
    "high_dose_confirmed": "Confirm the dose",
    "risk_factors": "Risk factors",
}
SEX_CHOICES = {"": "– not given –", "female": "Female", "male": "Male"}
DEFAULT_PRODUCT = "Octagam 10%"


class CoursePlannerForm(UsesServices, QWidget):
    """The widgets of the course planner, laid out (:class:`CoursePlanner` runs it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.plan: infusion.CoursePlan | None = None
        self.ladder: infusion.RateLadder | None = None
        self._loading = False
        self._start_given = False  # the first day is proposed once; later refreshes keep it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(12)

        # -- the course ---------------------------------------------------------------------
        course = Card("Dose for the course")
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.weight = QLineEdit()
        self.weight.setPlaceholderText("kg")
        self.weight_hint = QLabel()
        self.weight_hint.setObjectName("hint")
        self.weight_hint.setWordWrap(True)
        self.kind = QComboBox()
        for key, label in vocab.COURSE_KINDS.items():
            self.kind.addItem(label, key)
        self.g_per_kg = QLineEdit(text_of(infusion.DEFAULT_G_PER_KG))
        self.days = QSpinBox()
        self.days.setRange(1, infusion.MAX_DAYS)
        self.days.setValue(infusion.MIN_DAYS)
        self.days.setSuffix(" days")
        self.concentration = QLineEdit(text_of(infusion.DEFAULT_CONCENTRATION))
        self.body_height = QLineEdit()
        self.body_height.setPlaceholderText("cm")
        self.sex = QComboBox()
        for key, label in SEX_CHOICES.items():
            self.sex.addItem(label, key)
        self.basis = QComboBox()
        for key, label in infusion.DOSING_BASES.items():
            self.basis.addItem(label, key)
        self.weights_text = QLabel()
        self.weights_text.setObjectName("hint")
        self.weights_text.setWordWrap(True)
        self.weights_text.setAccessibleName("Actual, ideal and adjusted weight")
        self.confirm_dose = QCheckBox("I confirm this dose above 2.5 g/kg")
        self.confirm_dose.setVisible(False)
        rows: tuple[tuple[QLabel, QWidget, QWidget | None], ...] = (
            (
                buddy("&Weight (kg)", self.weight, "Body weight in kg"),
                self.weight,
                self.weight_hint,
            ),
            (buddy("Course t&ype", self.kind, "Course type"), self.kind, None),
            (buddy("D&ose (g/kg)", self.g_per_kg, "Dose in g per kg"), self.g_per_kg, None),
            (buddy("&Number of days", self.days, "Number of days (2 to 5)"), self.days, None),
            (
                buddy("&Concentration (%)", self.concentration, "Product concentration in %"),
                self.concentration,
                None,
            ),
            (buddy("Height (cm)", self.body_height, "Height in cm"), self.body_height, None),
            (
                buddy("Sex (for ideal weigh&t)", self.sex, "Sex for the ideal weight"),
                self.sex,
                None,
            ),
            (
                buddy("Dose weight (the dose uses)", self.basis, "The weight the dose uses"),
                self.basis,
                self.weights_text,
            ),
        )
        for r, (caption, widget, hint) in enumerate(rows):
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            grid.addWidget(caption, r, 0)
            grid.addWidget(widget, r, 1)
            if hint is not None:
                grid.addWidget(hint, r, 2)
        course.body.addLayout(grid)
        self.dose_flag = QLabel()
        self.dose_flag.setObjectName("status")
        self.dose_flag.setProperty("error", True)
        self.dose_flag.setWordWrap(True)
        self.dose_flag.setAccessibleName("Dose warning")
        self.dose_flag.setVisible(False)
        course.body.addWidget(self.dose_flag)
        self.confirm_dose.setMinimumHeight(TARGET)
        course.body.addWidget(self.confirm_dose)
        self.total_text = QLabel()
        self.total_text.setObjectName("h2")
        self.total_text.setAccessibleName("Course total")
        self.per_day_text = QLabel()
        self.per_day_text.setObjectName("h2")
        self.per_day_text.setAccessibleName("Each day")
        for w in (self.total_text, self.per_day_text):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            course.body.addWidget(w)
        outer.addWidget(course)

        # -- the rate ladder ----------------------------------------------------------------
        rate = Card("Infusion rate, step by step")
        rgrid = QGridLayout()
        rgrid.setColumnStretch(4, 1)
        self.start_rate = QLineEdit(text_of(infusion.DEFAULT_START_RATE))
        self.step = QLineEdit(text_of(infusion.DEFAULT_STEP))
        self.step_minutes = QSpinBox()
        self.step_minutes.setRange(5, 240)
        self.step_minutes.setValue(infusion.DEFAULT_STEP_MINUTES)
        self.step_minutes.setSuffix(" min")
        self.max_rate = QLineEdit(text_of(infusion.LABEL_MAX_RATE))
        self.risk = RiskFactorsBox()
        # the older hand-ticked flags are the "another reason my doctor gave" boxes
        self.thrombosis = self.risk.boxes[OTHER_THROMBOSIS]
        self.kidney = self.risk.boxes[OTHER_KIDNEY]
        entries = (
            ("&Start rate (mL/kg/min)", self.start_rate, "Start rate in mL/kg/min"),
            ("Raise &by (mL/kg/min)", self.step, "Raise the rate by, in mL/kg/min"),
            ("Raise every (min&utes)", self.step_minutes, "Raise every, in minutes"),
            ("Ma&ximum rate (mL/kg/min)", self.max_rate, "Maximum rate in mL/kg/min"),
        )
        self.rate_hints: dict[QWidget, QLabel] = {}
        for r, (text, widget, name) in enumerate(entries):
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            rgrid.addWidget(buddy(text, widget, name), r, 0)
            rgrid.addWidget(widget, r, 1)
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            rgrid.addWidget(hint, r, 2, 1, 3)
            self.rate_hints[widget] = hint
        rate.body.addLayout(rgrid)
        rate.body.addWidget(self.risk)
        self.cap_text = QLabel()
        self.cap_text.setWordWrap(True)
        self.flags_text = QLabel()
        self.flags_text.setObjectName("status")
        self.flags_text.setWordWrap(True)
        self.flags_text.setAccessibleName("Rate warnings")
        self.duration_text = QLabel()
        self.duration_text.setObjectName("h2")
        self.duration_text.setWordWrap(True)
        self.duration_text.setAccessibleName("Estimated time each day")
        rate.body.addWidget(self.cap_text)
        rate.body.addWidget(self.flags_text)
        self.ladder_table = RecordTable(
            [
                Column("From minute", lambda s: s.minute_start, numeric=True),
                Column(
                    "mL/kg/min",
                    lambda s: s.ml_per_kg_min,
                    lambda s: num(s.ml_per_kg_min),
                    numeric=True,
                ),
                Column(
                    "mL/h", lambda s: s.ml_per_hour, lambda s: rounded(s.ml_per_hour), numeric=True
                ),
                Column(
                    "mL in this step",
                    lambda s: s.ml_infused,
                    lambda s: rounded(s.ml_infused),
                    numeric=True,
                ),
                Column("Lasts", lambda s: s.minutes, lambda s: duration_text(s.minutes)),
            ],
            "Rate steps for one day",
        )
        self.ladder_table.setSortingEnabled(False)
        self.ladder_table.model_.sort_column = None  # keep the rows in the order given
        self.ladder_table.setMinimumHeight(200)
        rate.body.addWidget(self.ladder_table)
        rate.body.addWidget(self.duration_text)
        outer.addWidget(rate)

        # -- saving the course --------------------------------------------------------------
        save = Card("Save this course")
        sgrid = QGridLayout()
        sgrid.setColumnStretch(2, 1)
        self.start = DateInput("First day", key="planned_start")
        self.product = QLineEdit(DEFAULT_PRODUCT)
        self.interval = QSpinBox()
        self.interval.setRange(1, 26)
        self.interval.setValue(infusion.DEFAULT_INTERVAL_WEEKS)
        self.interval.setSuffix(" weeks")
        for r, (text, widget, name) in enumerate(
            (
                ("First d&ay", self.start, "First day of the course"),
                ("P&roduct", self.product, "Product"),
                ("Next course after (interva&l)", self.interval, "Weeks until the next course"),
            )
        ):
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            sgrid.addWidget(buddy(text, widget, name), r, 0)
            sgrid.addWidget(widget, r, 1)
        save.body.addLayout(sgrid)
        self.due_text = QLabel()
        self.due_text.setWordWrap(True)
        self.due_text.setAccessibleName("Next course due")
        save.body.addWidget(self.due_text)
        row = QHBoxLayout()
        self.save_button = QPushButton("Save this course (Ctrl+S)")
        writes(self.save_button)
        self.save_button.setObjectName("primary")
        self.status = StatusLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        save.body.addLayout(row)
        self.last_text = QLabel()
        self.last_text.setWordWrap(True)
        self.last_text.setObjectName("hint")
        save.body.addWidget(self.last_text)
        outer.addWidget(save)
        outer.addStretch(1)

        chain(
            [
                self.weight,
                self.kind,
                self.g_per_kg,
                self.days,
                self.concentration,
                self.body_height,
                self.sex,
                self.basis,
                self.confirm_dose,
                self.start_rate,
                self.step,
                self.step_minutes,
                self.max_rate,
                *self.risk.focus_order(),
                self.ladder_table,
                self.start,
                self.product,
                self.interval,
                self.save_button,
            ]
        )
