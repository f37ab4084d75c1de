"""Treatments: infusion days with lot numbers, side effects and their links, medications."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from dmtracker.domain import side_effects
from dmtracker.ui.format import num
from dmtracker.ui.pages.base import Page
from dmtracker.ui.table_model import Column
from dmtracker.ui.widgets import RecordTable


def _grade(grade: int) -> str:
    return f"{grade} – {side_effects.GRADES[grade]}"


class TreatmentsPage(Page):
    title = "Treatments"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Treatment records")
        self.layout_.addWidget(self.tabs, 1)
        self.course_dates: dict[int, str] = {}

        inf = QWidget()
        lay = QVBoxLayout(inf)
        self.lot_filter = QLineEdit()
        self.lot_filter.setPlaceholderText("Search by lot number or product")
        self.lot_filter.setAccessibleName("Search infusions by lot number")
        self.lot_filter.setClearButtonEnabled(True)
        lay.addWidget(self.lot_filter)
        self.infusions = RecordTable(
            [
                Column("Date", lambda r: r.day),
                Column(
                    "Day", lambda r: r.day_number, lambda r: f"{r.day_number} of {r.days_in_course}"
                ),
                Column("Product", lambda r: r.product),
                Column("Lot", lambda r: r.lot_number),
                Column("Dose", lambda r: r.dose_g, lambda r: num(r.dose_g, "g"), numeric=True),
                Column(
                    "Weight", lambda r: r.weight_kg, lambda r: num(r.weight_kg, "kg"), numeric=True
                ),
                Column(
                    "Volume",
                    lambda r: r.total_volume_ml,
                    lambda r: num(r.total_volume_ml, "mL"),
                    numeric=True,
                ),
            ],
            "Infusion days",
        )
        self.infusions.setMinimumHeight(420)
        lay.addWidget(self.infusions)
        self.lot_filter.textChanged.connect(self.infusions.proxy.setFilterFixedString)
        self.tabs.addTab(inf, "&Infusions")

        self.effects = RecordTable(
            [
                Column("Onset", lambda r: r.onset_at),
                Column("Side effect", lambda r: r.term),
                Column("Grade", lambda r: r.grade, lambda r: _grade(r.grade)),
                Column(
                    "Red flag", lambda r: r.red_flag, lambda r: "⚠ RED FLAG" if r.red_flag else ""
                ),
                Column("Serious", lambda r: r.serious, lambda r: "serious" if r.serious else ""),
                Column("Linked course", lambda r: self.course_dates.get(r.course_id or 0, "")),
                Column("Outcome", lambda r: side_effects.OUTCOMES.get(r.outcome, r.outcome)),
            ],
            "Side effects",
        )
        self.tabs.addTab(self.effects, "&Side effects")

        self.meds = RecordTable(
            [
                Column("Medication", lambda r: r[0]),
                Column(
                    "Dose", lambda r: r[1].dose, lambda r: num(r[1].dose, r[1].unit), numeric=True
                ),
                Column("Schedule", lambda r: r[1].schedule, lambda r: _schedule(r[1])),
                Column("Since", lambda r: r[1].start_date),
                Column("Until", lambda r: r[1].end_date),
            ],
            "Current medications",
        )
        self.tabs.addTab(self.meds, "&Medications")

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.course_dates = {
            c.id: f"course of {c.planned_start.isoformat()}" for c in s.courses.list()
        }
        self.infusions.set_rows(s.infusions.list())
        self.effects.set_rows(s.side_effects.list())
        names = {m.id: m.name for m in s.medications.list()}
        current = [
            (names.get(r.medication_id, "?"), r) for r in s.regimens.active_on(s.clock.today())
        ]
        self.meds.set_rows(current, sort_column=0, order=Qt.SortOrder.AscendingOrder)


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _schedule(r: object) -> str:
    sched = getattr(r, "schedule", "")
    if sched == "weekly":
        return f"weekly on {WEEKDAYS[getattr(r, 'weekday', 0) or 0]}"
    if sched == "daily":
        n = getattr(r, "times_per_day", 1)
        return "daily" if n == 1 else f"{n} times a day"
    return sched.replace("_", " ")
