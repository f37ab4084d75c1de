"""Clinic: visits (physician global, MMT-8, CDASI), lab results with ranges, HAQ-DI scores."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from dmtracker.ui.format import num, range_text
from dmtracker.ui.pages.base import Page
from dmtracker.ui.table_model import Column
from dmtracker.ui.widgets import RecordTable


def lab_flag(r: object) -> str:
    """Out of range in words and a symbol, never colour alone."""
    value, low, high = (
        getattr(r, "value", None),
        getattr(r, "ref_low", None),
        getattr(r, "ref_high", None),
    )
    if value is None:
        return ""
    if high is not None and value > high:
        return "▲ high"
    if low is not None and value < low:
        return "▼ low"
    return "in range"


class ClinicPage(Page):
    title = "Clinic"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Clinic records")
        self.layout_.addWidget(self.tabs, 1)
        self.visits = RecordTable(
            [
                Column("Visit", lambda r: r.visit_date),
                Column(
                    "Physician global",
                    lambda r: r.physician_global,
                    lambda r: num(r.physician_global),
                    numeric=True,
                    tooltip="Physician global activity, 0–10",
                ),
                Column(
                    "Extramuscular",
                    lambda r: r.extramuscular_global,
                    lambda r: num(r.extramuscular_global),
                    numeric=True,
                    tooltip="Extramuscular global activity, 0–10",
                ),
                Column(
                    "MMT-8",
                    lambda r: r.mmt8_total,
                    lambda r: f"{r.mmt8_total}/{r.mmt8_scale}" if r.mmt8_total is not None else "–",
                    numeric=True,
                ),
                Column("CDASI activity", lambda r: r.cdasi_activity, numeric=True),
                Column("CDASI damage", lambda r: r.cdasi_damage, numeric=True),
                Column("Clinician", lambda r: r.clinician),
            ],
            "Clinic visits",
        )
        self.visits.setMinimumHeight(420)
        self.tabs.addTab(self.visits, "&Visits")
        self.labs = RecordTable(
            [
                Column("Date", lambda r: r.collected_on),
                Column("Test", lambda r: r.analyte),
                Column("Value", lambda r: r.value, lambda r: num(r.value, r.unit), numeric=True),
                Column(
                    "Reference range",
                    lambda r: r.ref_high,
                    lambda r: range_text(r.ref_low, r.ref_high),
                ),
                Column("Flag", lab_flag),
                Column("As entered", lambda r: f"{r.entered_value} {r.entered_unit}".strip()),
            ],
            "Lab results",
        )
        self.tabs.addTab(self.labs, "&Labs")
        self.haq = RecordTable(
            [
                Column("Date", lambda r: r.answered_on),
                Column(
                    "HAQ-DI",
                    lambda r: r.score,
                    lambda r: (
                        "not scored (fewer than 6 categories)"
                        if r.score is None
                        else f"{r.score:.3f} (computed by the app)"
                    ),
                    numeric=True,
                ),
            ],
            "HAQ-DI scores",
        )
        self.tabs.addTab(self.haq, "&HAQ-DI")

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.visits.set_rows(s.clinic.list())
        self.labs.set_rows(s.labs.list())
        self.haq.set_rows(s.questionnaires.list())
