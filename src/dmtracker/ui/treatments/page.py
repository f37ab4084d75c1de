"""Treatments: plan an IVIG course, record infusion days (searchable by lot), log side effects
(linked to the course before them, red flags acknowledged before saving) and medications."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import infusion, side_effects, vocab
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.layout import TARGET, ScrollingTabs, buddy
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import hhmm, round_to
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.treatments.infusion import InfusionDayDialog
from dmtracker.ui.treatments.medications import MedicationsPanel
from dmtracker.ui.treatments.planner import CoursePlanner
from dmtracker.ui.treatments.shown import amount
from dmtracker.ui.treatments.side_effect import SideEffectDialog


def effect_words(e: Any) -> str:
    """A side effect in a few words, red flags marked with a symbol and words."""
    if e.red_flag:
        return "⚠ " + translate("TreatmentsPage", "RED FLAG {term} (grade {grade})").format(
            term=vocabulary(e.term), grade=e.grade
        )
    return translate("TreatmentsPage", "{term} (grade {grade})").format(
        term=vocabulary(e.term), grade=e.grade
    )


def course_dose(c: Any) -> str:
    """g/kg × the weight the dose is based on, naming it when not the actual weight (the total
    beside it is 2 g/kg × 83.4 kg, not × 130 kg; rates stay per actual kg; clinical.md §8)."""
    dose = f"{amount(c.g_per_kg, 'g/kg')} × {amount(c.dosing_weight_kg or c.weight_kg, 'kg')}"
    if c.dosing_weight_basis == "adjusted":
        return translate("TreatmentsPage", "{dose} (adjusted weight)").format(dose=dose)
    if c.dosing_weight_basis == "ideal":
        return translate("TreatmentsPage", "{dose} (ideal weight)").format(dose=dose)
    return dose


def severity_words(grade: int) -> str:
    """FHIR's severity of a grade (mild, moderate, severe) in words (CTCAE v5 grades 1, 2,
    3-4: clinical.md §5, §8)."""
    code = side_effects.fhir_severity(grade)
    return {
        "mild": translate("TreatmentsPage", "mild"),
        "moderate": translate("TreatmentsPage", "moderate"),
        "severe": translate("TreatmentsPage", "severe"),
    }.get(code, code)


def _number(header: str, field: str, unit: str) -> Column:
    """A numeric column of ``field`` with its unit, the number as the language writes it."""
    return Column(
        header,
        lambda r: getattr(r, field),
        lambda r: amount(getattr(r, field), unit),
        numeric=True,
    )


def _day(value: Any) -> str:
    return formats.day(value) if value is not None else "–"


class TreatmentsPage(Page):
    title = "Treatments"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading.setText(translate("TreatmentsPage", "Treatments"))
        self.setAccessibleName(translate("TreatmentsPage", "Treatments"))
        self.empty = add_empty_state(self)
        self.tabs = ScrollingTabs()
        self.tabs.setAccessibleName(translate("TreatmentsPage", "Treatment records"))
        self.layout_.addWidget(self.tabs, 1)
        self.course_dates: dict[int, str] = {}
        self.course_starts: dict[int, str] = {}
        self.course_effects: dict[int, list[Any]] = {}
        self.course_days: dict[int, int] = {}
        self._dialog: Any = None

        # -- plan --------------------------------------------------------------------------------
        self.planner = CoursePlanner()
        self.planner.saved.connect(self._planner_saved)
        self.tabs.addTab(self.planner, translate("TreatmentsPage", "&Plan course"))

        # -- infusions ---------------------------------------------------------------------------
        inf = QWidget()
        lay = QVBoxLayout(inf)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(12)
        self.record_button = QPushButton(translate("TreatmentsPage", "&Record infusion day…"))
        writes(self.record_button)
        self.record_button.setObjectName("primary")
        self.edit_day_button = QPushButton(translate("TreatmentsPage", "Edi&t selected day…"))
        self.lot_filter = QLineEdit()
        self.lot_filter.setPlaceholderText(translate("TreatmentsPage", "part of a lot number"))
        self.lot_filter.setClearButtonEnabled(True)
        self.lot_filter.setMinimumHeight(TARGET)
        self.lot_filter.setMinimumWidth(220)
        lay.addWidget(flow(self.record_button, self.edit_day_button))
        search = QHBoxLayout()
        search.addWidget(
            buddy(
                translate("TreatmentsPage", "Search by &lot number"),
                self.lot_filter,
                translate("TreatmentsPage", "Search infusions by lot number"),
            )
        )
        search.addWidget(self.lot_filter, 2)  # grows with the text size: the hint stays whole
        search.addStretch(1)
        lay.addLayout(search)
        self.infusion_status = StatusLabel()
        lay.addWidget(self.infusion_status)

        courses = Card(translate("TreatmentsPage", "IVIG courses"))
        self.courses = RecordTable(
            [
                Column(
                    translate("TreatmentsPage", "First day"),
                    lambda c: c.planned_start,
                    lambda c: _day(c.planned_start),
                ),
                Column(
                    translate("TreatmentsPage", "Type"),
                    lambda c: vocabulary(vocab.COURSE_KINDS.get(c.kind, c.kind)),
                ),
                Column(
                    translate("TreatmentsPage", "Dose"),
                    lambda c: c.g_per_kg,
                    course_dose,
                ),
                Column(
                    translate("TreatmentsPage", "Total"),
                    lambda c: c.total_g,
                    lambda c: amount(c.total_g, "g"),
                    numeric=True,
                ),
                Column(
                    translate("TreatmentsPage", "Days recorded"),
                    lambda c: self.course_days.get(c.id, 0),
                    lambda c: translate("TreatmentsPage", "{done} of {days}").format(
                        done=self.course_days.get(c.id, 0), days=c.days_planned
                    ),
                ),
                Column(
                    translate("TreatmentsPage", "Next due"),
                    lambda c: infusion.next_course_due(c.planned_start, c.interval_weeks),
                    lambda c: _day(infusion.next_course_due(c.planned_start, c.interval_weeks)),
                ),
                Column(
                    translate("TreatmentsPage", "Side effects linked"),
                    lambda c: len(self.course_effects.get(c.id, [])),
                    lambda c: (
                        ", ".join(effect_words(e) for e in self.course_effects.get(c.id, []))
                        or translate("TreatmentsPage", "none")
                    ),
                ),
            ],
            translate("TreatmentsPage", "IVIG courses"),
        )
        self.courses.setMinimumHeight(180)
        courses.body.addWidget(self.courses)
        lay.addWidget(courses)

        days = Card(translate("TreatmentsPage", "Infusion days"))
        self.infusions = RecordTable(
            [
                Column(translate("TreatmentsPage", "Date"), lambda r: r.day, lambda r: _day(r.day)),
                Column(
                    translate("TreatmentsPage", "Day"),
                    lambda r: r.day_number,
                    lambda r: translate("TreatmentsPage", "{done} of {days}").format(
                        done=r.day_number, days=r.days_in_course
                    ),
                ),
                Column(translate("TreatmentsPage", "Product"), lambda r: r.product),
                Column(translate("TreatmentsPage", "Lot"), lambda r: r.lot_number),
                Column(
                    translate("TreatmentsPage", "Expiry"),
                    lambda r: r.expiry,
                    lambda r: _day(r.expiry),
                ),
                _number(translate("TreatmentsPage", "Dose"), "dose_g", "g"),
                _number(translate("TreatmentsPage", "Weight"), "weight_kg", "kg"),
                _number(translate("TreatmentsPage", "Volume"), "total_volume_ml", "mL"),
                Column(
                    translate("TreatmentsPage", "Times"),
                    lambda r: r.started_at,
                    lambda r: self._times(r),
                ),
                Column(
                    translate("TreatmentsPage", "Course from"),
                    lambda r: self.course_starts.get(r.course_id, ""),
                ),
            ],
            translate("TreatmentsPage", "Infusion days"),
        )
        self.infusions.setMinimumHeight(300)
        self.infusions.proxy.setFilterKeyColumn(3)  # the lot number
        days.body.addWidget(self.infusions)
        self.day_detail = QLabel(
            translate("TreatmentsPage", "Select an infusion day to see its details.")
        )
        self.day_detail.setWordWrap(True)
        self.day_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_detail.setAccessibleName(
            translate("TreatmentsPage", "Details of the selected infusion day")
        )
        days.body.addWidget(self.day_detail)
        lay.addWidget(days, 1)
        self.lot_filter.textChanged.connect(self.infusions.proxy.setFilterFixedString)
        self.tabs.addTab(inf, translate("TreatmentsPage", "&Infusions"))

        # -- side effects ------------------------------------------------------------------------
        eff = QWidget()
        lay = QVBoxLayout(eff)
        lay.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.log_button = QPushButton(translate("TreatmentsPage", "&Log side effect…"))
        writes(self.log_button)
        self.log_button.setObjectName("primary")
        self.edit_effect_button = QPushButton(translate("TreatmentsPage", "Edi&t selected…"))
        row.addWidget(self.log_button)
        row.addWidget(self.edit_effect_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.effect_status = StatusLabel()
        lay.addWidget(self.effect_status)
        self.effects = RecordTable(
            [
                Column(
                    translate("TreatmentsPage", "Onset"),
                    lambda r: r.onset_at,
                    lambda r: self._local(r.onset_at),
                ),
                Column(
                    translate("TreatmentsPage", "Side effect"),
                    lambda r: r.term,
                    lambda r: vocabulary(r.term),
                ),
                Column(
                    translate("TreatmentsPage", "Red flag"),
                    lambda r: r.red_flag,
                    lambda r: "⚠ " + translate("TreatmentsPage", "RED FLAG") if r.red_flag else "",
                ),
                Column(
                    translate("TreatmentsPage", "Grade"),
                    lambda r: r.grade,
                    lambda r: f"{r.grade} · {severity_words(r.grade)}",
                    tooltip=translate(
                        "TreatmentsPage",
                        "1 noticeable · 2 needed a simple remedy · 3 needed a doctor · "
                        "4 life-threatening",
                    ),
                ),
                Column(translate("TreatmentsPage", "Linked course"), lambda r: self._link(r)),
                Column(
                    translate("TreatmentsPage", "Serious"),
                    lambda r: r.serious,
                    lambda r: translate("TreatmentsPage", "serious") if r.serious else "",
                ),
                Column(
                    translate("TreatmentsPage", "Outcome"),
                    lambda r: side_effects.OUTCOMES.get(r.outcome, r.outcome),
                    lambda r: vocabulary(side_effects.OUTCOMES.get(r.outcome, r.outcome)),
                ),
                Column(translate("TreatmentsPage", "Action"), lambda r: r.action_taken),
                Column(
                    translate("TreatmentsPage", "Ended"),
                    lambda r: r.ended_at,
                    lambda r: self._local(r.ended_at) if r.ended_at else "–",
                ),
            ],
            translate("TreatmentsPage", "Side effects"),
        )
        self.effects.setMinimumHeight(420)
        lay.addWidget(self.effects, 1)
        self.tabs.addTab(eff, translate("TreatmentsPage", "Side &effects"))

        # -- medications -------------------------------------------------------------------------
        self.medications = MedicationsPanel()
        self.medications.saved.connect(self._saved_elsewhere)
        self.meds = self.medications.table
        self.tabs.addTab(self.medications, translate("TreatmentsPage", "Me&dications"))

        self.record_button.clicked.connect(self.record_infusion)
        self.edit_day_button.clicked.connect(self.edit_infusion)
        self.infusions.activated.connect(lambda _i: self.edit_infusion())
        self.infusions.selectionModel().currentRowChanged.connect(self._show_day)
        self.log_button.clicked.connect(self.log_side_effect)
        self.edit_effect_button.clicked.connect(self.edit_side_effect)
        self.effects.activated.connect(lambda _i: self.edit_side_effect())

    # -- formatting -------------------------------------------------------------------------------
    def _local(self, moment: Any) -> str:
        if moment is None or self.services is None:
            return "–"
        return formats.moment(self.services.clock.local(moment))

    def _times(self, r: Any) -> str:
        if self.services is None or (r.started_at is None and r.stopped_at is None):
            return "–"
        tz = self.services.clock.tz
        return f"{hhmm(r.started_at, tz) or '?'}–{hhmm(r.stopped_at, tz) or '?'}"

    def _link(self, r: Any) -> str:
        if r.course_id is None:
            return (
                translate("TreatmentsPage", "none")
                if r.link_mode == "auto"
                else translate("TreatmentsPage", "none (chosen)")
            )
        text = self.course_starts.get(r.course_id, "")
        return (
            translate("TreatmentsPage", "{start} (automatic)").format(start=text)
            if r.link_mode == "auto"
            else translate("TreatmentsPage", "{start} (chosen)").format(start=text)
        )

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.planner.services = s
        self.planner.refresh()
        courses = s.courses.list()
        self.course_starts = {c.id: formats.day(c.planned_start) for c in courses}
        self.course_dates = {
            cid: translate("TreatmentsPage", "course from {date}").format(date=d)
            for cid, d in self.course_starts.items()
        }
        effects = s.side_effects.list()
        self.empty.show_if(not courses and not effects and s.infusions.count() == 0)
        grouped: dict[int, list[Any]] = defaultdict(list)
        for e in effects:
            if e.course_id is not None:
                grouped[e.course_id].append(e)
        self.course_effects = dict(grouped)
        days = s.infusions.list()
        counts: dict[int, int] = defaultdict(int)
        for d in days:
            counts[d.course_id] += 1
        self.course_days = dict(counts)
        self.courses.set_rows(courses)
        self.infusions.set_rows(days)
        self.effects.set_rows(effects)
        self.medications.refresh(s)
        self.record_button.setEnabled(bool(courses))
        self.record_button.setToolTip(
            ""
            if courses
            else translate("TreatmentsPage", "Plan and save a course first (Plan course tab)")
        )
        if not courses:
            self.infusion_status.ok(
                translate(
                    "TreatmentsPage",
                    "No course yet: plan one in the Plan course tab and save it, then record its "
                    "days.",
                )
            )
        self._show_day()

    def _show_day(self, *_: Any) -> None:
        day = self.infusions.selected_item()
        if day is None or self.services is None:
            self.day_detail.setText(
                translate("TreatmentsPage", "Select an infusion day to see its details.")
            )
            return
        try:
            detail = self.services.infusions.detail(day.id)
        except LookupError:
            return
        tz = self.services.clock.tz
        steps = ", ".join(
            f"{s.minute} min: {amount(s.rate_ml_per_kg_min, 'mL/kg/min')} = "
            f"{amount(round_to(s.rate_ml_per_h), 'mL/h')}"
            for s in detail.rate_steps
        )
        premeds = ", ".join(
            (
                translate("TreatmentsPage", "{drug} {dose} at {time}").format(
                    drug=p.drug, dose=amount(p.dose, p.unit), time=hhmm(p.taken_at, tz)
                )
                if p.taken_at
                else f"{p.drug} {amount(p.dose, p.unit)}"
            )
            for p in detail.premedications
        )
        vitals = "; ".join(
            f"{vocabulary(vocab.VITAL_PHASES.get(v.phase, v.phase)).lower()} "
            f"{hhmm(v.measured_at, tz)}: "
            + ", ".join(
                part
                for part in (
                    translate("TreatmentsPage", "BP {upper}/{lower}").format(
                        upper=v.systolic, lower=v.diastolic
                    )
                    if v.systolic
                    else "",
                    translate("TreatmentsPage", "pulse {rate}").format(rate=v.heart_rate)
                    if v.heart_rate
                    else "",
                    f"{formats.number(v.temperature_c)} °C" if v.temperature_c else "",
                    f"SpO₂ {v.spo2} %" if v.spo2 else "",
                )
                if part
            )
            for v in detail.vitals
        )
        linked = self.course_effects.get(day.course_id, [])
        hydration = amount(day.hydration_ml, "mL") if day.hydration_ml is not None else "–"
        if day.hydration_notes:
            hydration = f"{hydration} ({day.hydration_notes})"
        setting = vocabulary(vocab.INFUSION_SETTINGS.get(day.setting, day.setting))
        if day.nurse_site:
            setting = f"{setting}, {day.nurse_site}"
        lines = [
            translate(
                "TreatmentsPage",
                "{date}, day {number} of {days}: {product}, lot {lot}, {dose} at {weight}.",
            ).format(
                date=formats.day(day.day),
                number=day.day_number,
                days=day.days_in_course,
                product=day.product or translate("TreatmentsPage", "product not given"),
                lot=day.lot_number or "–",
                dose=amount(day.dose_g, "g"),
                weight=amount(day.weight_kg, "kg"),
            ),
            translate("TreatmentsPage", "Rate steps: {steps}.").format(steps=steps or "–"),
            translate("TreatmentsPage", "Premedication: {premeds}. Hydration: {hydration}.").format(
                premeds=premeds or "–", hydration=hydration
            ),
            translate("TreatmentsPage", "Vital signs: {vitals}.").format(vitals=vitals or "–"),
            translate("TreatmentsPage", "Setting: {setting}.").format(setting=setting),
            translate("TreatmentsPage", "Side effects linked to this course: {effects}.").format(
                effects=", ".join(effect_words(e) for e in linked)
                or translate("TreatmentsPage", "none")
            ),
        ]
        if day.notes:
            lines.append(translate("TreatmentsPage", "Notes: {notes}").format(notes=day.notes))
        self.day_detail.setText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------------------
    def _open(self, dialog: Any) -> None:
        dialog.saved.connect(self._saved)
        self._dialog = dialog
        dialog.open()

    def _saved(self, change: Any) -> None:
        self.refresh()
        message = localize(getattr(change, "message", ""))
        self.infusion_status.ok(message)
        self.effect_status.ok(message)
        self.changed.emit(change)

    def _planner_saved(self, change: Any) -> None:
        """The planner says its own saves; a profile change (height, sex, risk factors) is not
        news for the Infusions and Side effects tabs, a planned course is."""
        if getattr(change, "kind", None) == "profile":
            self.refresh()
            self.changed.emit(change)
        else:
            self._saved(change)

    def _saved_elsewhere(self, change: Any) -> None:
        """The medications panel refreshed itself; tell the other pages."""
        self.changed.emit(change)

    def record_infusion(self) -> None:
        if self.services is not None:
            self._open(InfusionDayDialog(self.services, self))

    def edit_infusion(self) -> None:
        day = self.infusions.selected_item()
        if day is None:
            self.infusion_status.error(
                [translate("TreatmentsPage", "select an infusion day in the table first")],
                translate("TreatmentsPage", "Nothing selected"),
            )
            self.infusions.setFocus()
            return
        self._open(InfusionDayDialog(self.svc, self, day.id))

    def log_side_effect(self) -> None:
        if self.services is not None:
            self._open(SideEffectDialog(self.services, self))

    def edit_side_effect(self) -> None:
        effect = self.effects.selected_item()
        if effect is None:
            self.effect_status.error(
                [translate("TreatmentsPage", "select a side effect in the table first")],
                translate("TreatmentsPage", "Nothing selected"),
            )
            self.effects.setFocus()
            return
        self._open(SideEffectDialog(self.svc, self, effect.id))
