"""The infusion day record: product and lot, day n of m, dose and weight, times, the rate steps
actually used, volume, premedication, hydration, vital signs, setting, nurse/site and notes.

"Fill in as last time" copies the last infusion day (product, lot, dose, times, steps,
premedication, hydration, setting); the day, vital signs and notes are never copied.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import infusion, medications, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.format import num
from dmtracker.ui.kit.forms import (
    TARGET,
    RowColumn,
    RowsEditor,
    StatusLabel,
    buddy,
    compact,
    decimal_or_none,
    describe_errors,
    fit,
    focus_field,
    hhmm,
    moment_on,
    pydate,
    qdate,
    rounded,
    text_of,
)
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.widgets import Card, chain, save_keys

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


class InfusionDayDialog(QDialog):
    """Record (or edit) one infusion day. Emits ``saved(change)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, services: Services, parent: QWidget | None = None, day_id: int | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.day_id = day_id
        self.tz = services.clock.tz
        self._loading = False
        self.setWindowTitle("Edit infusion day" if day_id else "Record an infusion day")
        layout = QVBoxLayout(self)
        host = QWidget()
        body = QVBoxLayout(host)
        body.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)

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
        for w in (self.setting, self.nurse):
            w.setMinimumHeight(TARGET)
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
        self.status = StatusLabel()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.same_button = QPushButton("&Fill in as last time")
        self.cancel_button = QPushButton("Cancel (Esc)")
        self.save_button = QPushButton("Save (Ctrl+S)")
        writes(self.save_button)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        for b in (self.same_button, self.cancel_button):
            b.setAutoDefault(False)
        row.addWidget(self.same_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

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
        save_keys(self, self.save, self.save_button, self.cancel_button)
        self.same_button.clicked.connect(self.fill_from_last)
        self.fill_plan.clicked.connect(self.fill_rates_from_plan)
        self.course.currentIndexChanged.connect(self._course_changed)
        self.day_number.valueChanged.connect(self._day_number_changed)
        for w in (self.dose, self.weight, self.volume):
            w.textChanged.connect(self._update_hints)
        self.weight.textChanged.connect(lambda _t: self.rate_steps.refresh_notes())

        self.courses = services.courses.list(newest_first=True)
        for c in self.courses:
            self.course.addItem(course_label(c), c.id)
        self.date.setMaximumDate(services.clock.today(), "today")
        if day_id is not None:
            self.load(day_id)
        else:
            self._course_changed(self.course.currentIndex())
            self.vitals.set_rows([{"phase": "before"}, {"phase": "after"}])
        if not self.courses:
            self.status.error(["plan and save a course first (Plan course tab)"], "No course yet")
            self.save_button.setEnabled(False)
        fit(self, 1040, 780)
        if day_id is None and self.courses:
            self.lot.setFocus()
        else:
            self.course.setFocus()

    # -- helpers --------------------------------------------------------------------------------
    def current_course(self) -> Any | None:
        cid = self.course.currentData()
        return next((c for c in self.courses if c.id == cid), None)

    def cap(self) -> Decimal:
        """0.03 mL/kg/min when any thrombosis or kidney risk factor is in the profile, else
        0.04 (clinical.md §4, §8)."""
        return self.services.profile.risk().cap

    def plan(self) -> infusion.CoursePlan | None:
        c = self.current_course()
        if c is None:
            return None
        try:
            # the dose on the course's dosing weight (actual, ideal or adjusted; §8)
            return infusion.plan_course(
                c.dosing_weight_kg or c.weight_kg,
                c.g_per_kg,
                c.days_planned,
                c.concentration_percent,
            )
        except ValidationError:
            return None

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

    def _update_hints(self, *_: Any) -> None:
        dose, weight = decimal_or_none(self.dose.text()), decimal_or_none(self.weight.text())
        if dose is not None and weight and weight > 0:
            self.per_kg.setText(f"= {rounded(dose / weight, '0.001')} g/kg")
        else:
            self.per_kg.setText("")
        p = self.plan()
        self.volume_hint.setText(
            f"planned: {num(p.per_day_g, 'g')} = {num(p.per_day_ml, 'mL')} a day" if p else ""
        )

    # -- filling --------------------------------------------------------------------------------
    def _course_changed(self, _i: int) -> None:
        if self._loading or self.day_id is not None:
            self._update_hints()
            return
        c = self.current_course()
        if c is None:
            return
        self._loading = True
        self.days_in_course.setValue(c.days_planned)
        done = {d.day_number for d in self.services.infusions.for_course(c.id)}
        free = [n for n in range(1, c.days_planned + 1) if n not in done]
        self.day_number.setValue(free[0] if free else c.days_planned)
        self._loading = False
        self._day_number_changed(self.day_number.value())
        p = self.plan()
        self.product.setText(c.product)
        self.concentration.setText(text_of(c.concentration_percent))
        self.weight.setText(text_of(c.weight_kg))
        if p is not None:
            self.dose.setText(text_of(p.per_day_g))
            self.volume.setText(text_of(p.per_day_ml))
        self.fill_rates_from_plan()
        self._update_hints()

    def _day_number_changed(self, n: int) -> None:
        if self._loading or self.day_id is not None:
            return
        c = self.current_course()
        if c is not None:
            day = c.planned_start + timedelta(days=n - 1)
            self.date.setDate(qdate(min(day, self.services.clock.today())))

    def fill_rates_from_plan(self) -> None:
        weight, volume = decimal_or_none(self.weight.text()), decimal_or_none(self.volume.text())
        if weight is None or volume is None:
            p = self.plan()
            if p is None:
                self.status.error(["enter the weight used and the total volume first"], "No plan")
                return
            c = self.current_course()
            # the rate is always per actual kg, even when the dose used another weight (§8)
            weight, volume = (c.weight_kg if c else p.weight_kg), p.per_day_ml
        try:
            ladder = infusion.rate_ladder(weight, volume, max_rate=self.cap())
        except ValidationError as exc:
            self.status.error(describe_errors(exc, LABELS), "No plan")
            return
        self.rate_steps.set_rows(
            {
                "minute": str(s.minute_start),
                "rate": text_of(s.ml_per_kg_min),
                "unit": "ml_per_kg_min",
            }
            for s in ladder.steps
        )

    def fill_from_last(self) -> None:
        last = self.services.infusions.last()
        if last is None or (self.day_id is not None and last.id == self.day_id):
            self.status.error(["no earlier infusion day is recorded"], "Nothing to copy")
            return
        detail = self.services.infusions.detail(last.id)
        self._fill(detail, copy=True)
        self.status.ok(
            f"Filled in from {last.day.isoformat()} (day {last.day_number} of "
            f"{last.days_in_course}). Check the lot number and times."
        )

    def _fill(self, detail: Any, copy: bool) -> None:
        d = detail.day
        tz = self.tz
        self.product.setText(d.product)
        self.concentration.setText(text_of(d.concentration_percent))
        self.lot.setText(d.lot_number)
        self.expiry.setText(d.expiry.isoformat() if d.expiry else "")
        self.dose.setText(text_of(d.dose_g))
        self.weight.setText(text_of(d.weight_kg))
        self.start_time.setText(hhmm(d.started_at, tz))
        self.stop_time.setText(hhmm(d.stopped_at, tz))
        self.volume.setText(text_of(d.total_volume_ml))
        self.hydration.setText(text_of(d.hydration_ml))
        self.hydration_notes.setText(d.hydration_notes)
        self.setting.setCurrentIndex(max(0, self.setting.findData(d.setting)))
        self.nurse.setText(d.nurse_site)
        self.rate_steps.set_rows(
            {
                "minute": str(s.minute),
                "rate": text_of(
                    s.rate_ml_per_h if s.entered_unit == "ml_per_h" else s.rate_ml_per_kg_min
                ),
                "unit": s.entered_unit,
            }
            for s in detail.rate_steps
        )
        self.premeds.set_rows(
            {
                "drug": p.drug,
                "dose": text_of(p.dose),
                "unit": p.unit,
                "time": hhmm(p.taken_at, tz),
            }
            for p in detail.premedications
        )
        if not copy:
            self.notes.setPlainText(d.notes)
            self.vitals.set_rows(
                {
                    "phase": v.phase,
                    "time": hhmm(v.measured_at, tz),
                    **{
                        k: text_of(getattr(v, k))
                        for k in ("systolic", "diastolic", "heart_rate", "temperature_c", "spo2")
                    },
                }
                for v in detail.vitals
            )
        self._update_hints()

    def load(self, day_id: int) -> None:
        detail = self.services.infusions.detail(day_id)
        d = detail.day
        self._loading = True
        self.course.setCurrentIndex(max(0, self.course.findData(d.course_id)))
        self.days_in_course.setValue(d.days_in_course)
        self.day_number.setValue(d.day_number)
        self.date.setDate(qdate(d.day))
        self._loading = False
        self._fill(detail, copy=False)

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(data for the service, display row numbers of the child items sent)."""
        tz = self.tz
        errors: list[tuple[str, str]] = []
        try:
            day: date = self.date.value()
        except ValidationError as exc:
            errors.extend(exc.errors)
            day = pydate(self.date.date())

        def when(text: str, name: str) -> Any:
            try:
                return moment_on(day, text, tz, name)
            except ValidationError as exc:
                errors.extend(exc.errors)
                return None

        data: dict[str, Any] = {
            "course_id": self.course.currentData(),
            "day": day,
            "day_number": self.day_number.value(),
            "days_in_course": self.days_in_course.value(),
            "product": self.product.text(),
            "concentration_percent": self.concentration.text(),
            "lot_number": self.lot.text(),
            "expiry": self.expiry.text(),
            "dose_g": self.dose.text(),
            "weight_kg": self.weight.text(),
            "started_at": when(self.start_time.text(), "started_at"),
            "stopped_at": when(self.stop_time.text(), "stopped_at"),
            "total_volume_ml": self.volume.text(),
            "hydration_ml": self.hydration.text(),
            "hydration_notes": self.hydration_notes.text(),
            "setting": self.setting.currentData(),
            "nurse_site": self.nurse.text(),
            "notes": self.notes.toPlainText(),
        }
        shown: dict[str, list[int]] = {"rate_steps": [], "premedications": [], "vitals": []}
        steps = []
        for n, v in self.rate_steps.filled():
            key = "rate_ml_per_h" if v["unit"] == "ml_per_h" else "rate_ml_per_kg_min"
            steps.append({"minute": v["minute"], key: v["rate"], "entered_unit": v["unit"]})
            shown["rate_steps"].append(n)
        premeds = []
        for n, v in self.premeds.filled():
            i = len(premeds)
            premeds.append(
                {
                    "drug": v["drug"],
                    "dose": v["dose"],
                    "unit": v["unit"],
                    "taken_at": when(v["time"], f"premedications[{i}].taken_at"),
                }
            )
            shown["premedications"].append(n)
        vitals = []
        for n, v in self.vitals.filled():
            i = len(vitals)
            vitals.append(
                {
                    "phase": v["phase"],
                    "measured_at": when(v["time"], f"vitals[{i}].measured_at"),
                    **{
                        k: v[k]
                        for k in ("systolic", "diastolic", "heart_rate", "temperature_c", "spo2")
                    },
                }
            )
            shown["vitals"].append(n)
        data.update(rate_steps=steps, premedications=premeds, vitals=vitals)
        if errors:
            raise _FormError(ValidationError.from_errors(errors), shown)
        return data, shown

    def _rows_map(self, shown: dict[str, list[int]]) -> dict[str, tuple[str, list[int], dict]]:
        return {k: (CHILD_COLUMNS[k][0], shown.get(k, []), CHILD_COLUMNS[k][1]) for k in shown}

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        try:
            data, shown = self.values()
            if self.day_id is None:
                change = self.services.infusions.add(data)
            else:
                change = self.services.infusions.update(self.day_id, data)
        except _FormError as err:
            self._show_error(err.exc, err.shown)
            return False
        except ValidationError as exc:
            self._show_error(exc, shown)
            return False
        self.saved.emit(change)
        self.accept()
        return True

    def _show_error(self, exc: ValidationError, shown: dict[str, list[int]]) -> None:
        self.status.error(describe_errors(exc, LABELS, self._rows_map(shown)))
        name = exc.errors[0][0]
        editors = {"rate_steps": self.rate_steps, "premedications": self.premeds}
        editors["vitals"] = self.vitals
        for key, editor in editors.items():
            if name.startswith(key + "["):
                i = int(name[len(key) + 1 : name.index("]")])
                if i < len(shown.get(key, [])):
                    row = editor.rows[shown[key][i] - 1]
                    next(iter(row.inputs.values())).setFocus()
                    return
        focus_field(exc, self.fields)


class _FormError(Exception):
    """Input the form itself could not read (a time like 9:3x), with the child row numbers."""

    def __init__(self, exc: ValidationError, shown: dict[str, list[int]]):
        super().__init__(str(exc))
        self.exc = exc
        self.shown = shown
