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
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, FieldGrid, buddy, compact, wrapped
from dmtracker.ui.kit.page import UsesServices
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import duration_text, round_to
from dmtracker.ui.kit.widgets import Card, RecordTable, chain
from dmtracker.ui.treatments.risk_factors import OTHER_KIDNEY, OTHER_THROMBOSIS, RiskFactorsBox
from dmtracker.ui.treatments.shown import amount, typed

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def labels() -> dict[str, str]:
    """The planner's field names, for its error messages (in the reader's language)."""
    days = translate("PlannerForm", "Number of days")
    return {
        "weight_kg": translate("PlannerForm", "Weight"),
        "g_per_kg": translate("PlannerForm", "Dose"),
        "days": days,
        "days_planned": days,
        "concentration_percent": translate("PlannerForm", "Concentration"),
        "start_rate": translate("PlannerForm", "Start rate"),
        "step": translate("PlannerForm", "Raise by"),
        "step_minutes": translate("PlannerForm", "Raise every"),
        "max_rate": translate("PlannerForm", "Maximum rate"),
        "volume_ml": translate("PlannerForm", "Volume a day"),
        "planned_start": translate("PlannerForm", "First day"),
        "product": translate("PlannerForm", "Product"),
        "interval_weeks": translate("PlannerForm", "Interval"),
        "kind": translate("PlannerForm", "Course type"),
        "at_risk": translate("PlannerForm", "At risk"),
        "height_cm": translate("PlannerForm", "Height"),
        "sex": translate("PlannerForm", "Sex"),
        "dosing_weight_basis": translate("PlannerForm", "Dose uses"),
        "high_dose_confirmed": translate("PlannerForm", "Confirm the dose"),
        "risk_factors": translate("PlannerForm", "Risk factors"),
    }


def sex_choices() -> dict[str, str]:
    return {
        "": translate("PlannerForm", "– not given –"),
        "female": translate("PlannerForm", "Female"),
        "male": translate("PlannerForm", "Male"),
    }


DEFAULT_PRODUCT = "Octagam 10%"


def juvenile_label_note() -> str:
    return translate(
        "PlannerForm",
        "A child's diary: the dermatomyositis indication of Octagam 10% covers adults only. "
        "IVIG for juvenile dermatomyositis is given off-label, on the dose and rates your "
        "child's clinic sets: ask the clinic, and check each number below with them.",
    )


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
        # a juvenile profile: the Octagam DM indication covers adults only
        self.juvenile_note = QLabel(juvenile_label_note())
        self.juvenile_note.setObjectName("banner")
        self.juvenile_note.setProperty("warning", True)
        self.juvenile_note.setWordWrap(True)
        self.juvenile_note.setVisible(False)
        outer.addWidget(self.juvenile_note)

        # -- the course ---------------------------------------------------------------------
        course = Card(translate("PlannerForm", "Dose for the course"))
        grid = FieldGrid()
        self.weight = QLineEdit()
        self.weight.setPlaceholderText("kg")
        self.weight_hint = QLabel()
        self.weight_hint.setObjectName("hint")
        self.weight_hint.setWordWrap(True)
        self.kind = compact(QComboBox())
        for key, label in vocab.COURSE_KINDS.items():
            self.kind.addItem(vocabulary(label), key)
        # 2 g/kg per course (clinical.md §1); the dosing weight choice (§8)
        self.g_per_kg = QLineEdit(typed(infusion.DEFAULT_G_PER_KG))
        self.days = QSpinBox()
        self.days.setRange(1, infusion.MAX_DAYS)
        self.days.setValue(infusion.MIN_DAYS)
        self.days.setSuffix(
            translate("PlannerForm", " days", "after the number of days of a course")
        )
        self.concentration = QLineEdit(typed(infusion.DEFAULT_CONCENTRATION))
        self.body_height = QLineEdit()
        self.body_height.setPlaceholderText("cm")
        self.sex = compact(QComboBox())
        for key, label in sex_choices().items():
            self.sex.addItem(label, key)
        self.basis = compact(QComboBox())
        short = {  # the closed box is narrow: its items short, the whole wording as a tooltip
            "actual": translate("PlannerForm", "Actual weight"),
            "ideal": translate("PlannerForm", "Ideal weight"),
            "adjusted": translate("PlannerForm", "Adjusted weight"),
        }
        for key, label in infusion.DOSING_BASES.items():
            self.basis.addItem(short.get(key, vocabulary(label)), key)
            self.basis.setItemData(
                self.basis.count() - 1, vocabulary(label), Qt.ItemDataRole.ToolTipRole
            )
        self.weights_text = QLabel()
        self.weights_text.setObjectName("hint")
        self.weights_text.setWordWrap(True)
        self.weights_text.setAccessibleName(
            translate("PlannerForm", "Actual, ideal and adjusted weight")
        )
        self.confirm_dose = QCheckBox(
            translate("PlannerForm", "I confirm this dose above {limit} g/kg").format(
                limit=formats.number(infusion.DOSE_CONFIRM_G_PER_KG)
            )
        )
        self.confirm_dose.setVisible(False)
        rows: tuple[tuple[QLabel, QWidget, QWidget | None], ...] = (
            (
                buddy(
                    translate("PlannerForm", "&Weight (kg)"),
                    self.weight,
                    translate("PlannerForm", "Body weight in kg"),
                ),
                self.weight,
                self.weight_hint,
            ),
            (
                buddy(
                    translate("PlannerForm", "Course t&ype"),
                    self.kind,
                    translate("PlannerForm", "Course type"),
                ),
                self.kind,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "D&ose (g/kg)"),
                    self.g_per_kg,
                    translate("PlannerForm", "Dose in g per kg"),
                ),
                self.g_per_kg,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "&Number of days"),
                    self.days,
                    translate("PlannerForm", "Number of days (2 to 5)"),
                ),
                self.days,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "&Concentration (%)"),
                    self.concentration,
                    translate("PlannerForm", "Product concentration in %"),
                ),
                self.concentration,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "Height (cm)"),
                    self.body_height,
                    translate("PlannerForm", "Height in cm"),
                ),
                self.body_height,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "Sex (for ideal weigh&t)"),
                    self.sex,
                    translate("PlannerForm", "Sex for the ideal weight"),
                ),
                self.sex,
                None,
            ),
            (
                buddy(
                    translate("PlannerForm", "Dose weight (the dose uses)"),
                    self.basis,
                    translate("PlannerForm", "The weight the dose uses"),
                ),
                self.basis,
                self.weights_text,
            ),
        )
        for caption, widget, hint in rows:
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            grid.add_row(caption, widget, hint)
        course.body.addLayout(grid)
        self.dose_flag = QLabel()
        self.dose_flag.setObjectName("status")
        self.dose_flag.setProperty("error", True)
        self.dose_flag.setWordWrap(True)
        self.dose_flag.setAccessibleName(translate("PlannerForm", "Dose warning"))
        self.dose_flag.setVisible(False)
        course.body.addWidget(self.dose_flag)
        self.confirm_dose.setMinimumHeight(TARGET)
        course.body.addWidget(self.confirm_dose)
        self.total_text = QLabel()
        self.total_text.setObjectName("h2")
        self.total_text.setAccessibleName(translate("PlannerForm", "Course total"))
        self.per_day_text = QLabel()
        self.per_day_text.setObjectName("h2")
        self.per_day_text.setAccessibleName(translate("PlannerForm", "Each day"))
        for w in (self.total_text, self.per_day_text):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            course.body.addWidget(w)
        outer.addWidget(course)

        # -- the rate ladder ----------------------------------------------------------------
        rate = Card(translate("PlannerForm", "Infusion rate, step by step"))
        rgrid = FieldGrid()
        self.start_rate = QLineEdit(typed(infusion.DEFAULT_START_RATE))
        self.step = QLineEdit(typed(infusion.DEFAULT_STEP))
        self.step_minutes = QSpinBox()
        self.step_minutes.setRange(5, 240)
        self.step_minutes.setValue(infusion.DEFAULT_STEP_MINUTES)
        self.step_minutes.setSuffix(" min")
        # the label's 0.04 mL/kg/min, 0.03 when a risk factor is ticked (clinical.md §4, §8)
        self.max_rate = QLineEdit(typed(infusion.LABEL_MAX_RATE))
        self.risk = RiskFactorsBox()
        # the older hand-ticked flags are the "another reason my doctor gave" boxes
        self.thrombosis = self.risk.boxes[OTHER_THROMBOSIS]
        self.kidney = self.risk.boxes[OTHER_KIDNEY]
        entries = (
            (
                translate("PlannerForm", "&Start rate (mL/kg/min)"),
                self.start_rate,
                translate("PlannerForm", "Start rate in mL/kg/min"),
            ),
            (
                translate("PlannerForm", "Raise &by (mL/kg/min)"),
                self.step,
                translate("PlannerForm", "Raise the rate by, in mL/kg/min"),
            ),
            (
                translate("PlannerForm", "Raise every (min&utes)"),
                self.step_minutes,
                translate("PlannerForm", "Raise every, in minutes"),
            ),
            (
                translate("PlannerForm", "Ma&ximum rate (mL/kg/min)"),
                self.max_rate,
                translate("PlannerForm", "Maximum rate in mL/kg/min"),
            ),
        )
        self.rate_hints: dict[QWidget, QLabel] = {}
        for text, widget, name in entries:
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            rgrid.add_row(buddy(text, widget, name), widget, hint)
            self.rate_hints[widget] = hint
        rate.body.addLayout(rgrid)
        rate.body.addWidget(self.risk)
        self.cap_text = QLabel()
        self.cap_text.setWordWrap(True)
        self.flags_text = QLabel()
        self.flags_text.setObjectName("status")
        self.flags_text.setWordWrap(True)
        self.flags_text.setAccessibleName(translate("PlannerForm", "Rate warnings"))
        self.duration_text = QLabel()
        self.duration_text.setObjectName("h2")
        self.duration_text.setWordWrap(True)
        self.duration_text.setAccessibleName(translate("PlannerForm", "Estimated time each day"))
        rate.body.addWidget(self.cap_text)
        rate.body.addWidget(self.flags_text)
        self.ladder_table = RecordTable(
            [
                Column(
                    translate("PlannerForm", "From minute"), lambda s: s.minute_start, numeric=True
                ),
                Column(
                    "mL/kg/min",
                    lambda s: s.ml_per_kg_min,
                    lambda s: amount(s.ml_per_kg_min),
                    numeric=True,
                ),
                Column(
                    "mL/h",
                    lambda s: s.ml_per_hour,
                    lambda s: amount(round_to(s.ml_per_hour)),
                    numeric=True,
                ),
                Column(
                    translate("PlannerForm", "mL in this step"),
                    lambda s: s.ml_infused,
                    lambda s: amount(round_to(s.ml_infused)),
                    numeric=True,
                ),
                Column(
                    translate("PlannerForm", "Lasts"),
                    lambda s: s.minutes,
                    lambda s: duration_text(s.minutes),
                ),
            ],
            translate("PlannerForm", "Rate steps for one day"),
        )
        self.ladder_table.setSortingEnabled(False)
        self.ladder_table.model_.sort_column = None  # keep the rows in the order given
        self.ladder_table.setMinimumHeight(200)
        rate.body.addWidget(self.ladder_table)
        rate.body.addWidget(self.duration_text)
        outer.addWidget(rate)

        # -- saving the course --------------------------------------------------------------
        save = Card(translate("PlannerForm", "Save this course"))
        sgrid = QGridLayout()
        sgrid.setColumnStretch(2, 1)
        self.start = DateInput(translate("PlannerForm", "First day"), key="planned_start")
        self.product = QLineEdit(DEFAULT_PRODUCT)
        self.interval = QSpinBox()
        self.interval.setRange(1, 26)
        self.interval.setValue(infusion.DEFAULT_INTERVAL_WEEKS)
        self.interval.setSuffix(
            translate("PlannerForm", " weeks", "after the number of weeks between courses")
        )
        for r, (text, widget, name) in enumerate(
            (
                (
                    translate("PlannerForm", "First d&ay"),
                    self.start,
                    translate("PlannerForm", "First day of the course"),
                ),
                (
                    translate("PlannerForm", "P&roduct"),
                    self.product,
                    translate("PlannerForm", "Product"),
                ),
                (
                    translate("PlannerForm", "Next course after (interva&l)"),
                    self.interval,
                    translate("PlannerForm", "Weeks until the next course"),
                ),
            )
        ):
            widget.setMinimumHeight(TARGET)
            widget.setMinimumWidth(160)
            sgrid.addWidget(wrapped(buddy(text, widget, name)), r, 0)
            sgrid.addWidget(widget, r, 1)
        save.body.addLayout(sgrid)
        self.due_text = QLabel()
        self.due_text.setWordWrap(True)
        self.due_text.setAccessibleName(translate("PlannerForm", "Next course due"))
        save.body.addWidget(self.due_text)
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("PlannerForm", "Save this course (Ctrl+S)"))
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
