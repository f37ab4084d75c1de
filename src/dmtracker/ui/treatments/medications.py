"""Medications: the current list with safety checks, dose history, cumulative prednisone and
optional taken/skipped logging (the forms that add, change or stop a dose are in
``medication_dialogs``, the taper builder in ``taper``).

Hydroxychloroquine above 5.0 mg/kg/day of the latest weight is flagged in words.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import body_surface, medications
from dmtracker.domain import settings as settings_rules
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy
from dmtracker.ui.kit.page import UsesServices
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.values import pydate, qdate
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.treatments.medication_dialogs import (
    DoseDialog,
    MedicationDialog,
    MedicationForm,
    StopDialog,
    dose_text,
    labels,
    schedule_text,
    until_text,
)
from dmtracker.ui.treatments.shown import amount
from dmtracker.ui.treatments.taper import TaperDialog

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def rounded_g(grams: Decimal) -> Decimal:
    """Grams to 0.001 g (a dexamethasone equivalent does not divide exactly)."""
    return grams.quantize(Decimal("0.001")).normalize()


# --- taken / skipped ---------------------------------------------------------------------------
LOG_SETTING = settings_rules.LOG_DOSES


class DosesDue(UsesServices, QWidget):
    """Today's doses not yet logged, each with Taken and Skipped; quiet once logged."""

    logged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.items: list[QWidget] = []
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setObjectName("hint")

    def refresh(self, services: Services) -> None:
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
            text = QLabel(
                "⏰ "
                + translate(
                    "MedicationsPanel", "{name} {dose} ({schedule}): not logged yet"
                ).format(name=med.name, dose=dose_text(r), schedule=schedule_text(r))
            )
            text.setWordWrap(True)
            taken = QPushButton(translate("MedicationsPanel", "Taken"))
            skipped = QPushButton(translate("MedicationsPanel", "Skipped"))
            taken.setAccessibleName(
                translate("MedicationsPanel", "{name}: taken today").format(name=med.name)
            )
            skipped.setAccessibleName(
                translate("MedicationsPanel", "{name}: skipped today").format(name=med.name)
            )
            taken.clicked.connect(lambda _=False, rid=r.id: self.log(rid, "taken"))
            skipped.clicked.connect(lambda _=False, rid=r.id: self.log(rid, "skipped"))
            lay.addWidget(text, 1)
            lay.addWidget(taken)
            lay.addWidget(skipped)
            self.box.addWidget(row)
            self.items.append(row)
        names = {m.id: m.name for m in services.medications.list()}
        regimens = {r.id: r for r in services.regimens.list()}
        words = {
            "taken": translate("MedicationsPanel", "{name} taken"),
            "skipped": translate("MedicationsPanel", "{name} skipped"),
        }
        logged = [
            words.get(i.status, "{name} " + i.status).format(
                name=names.get(regimens[i.regimen_id].medication_id, "?")
            )
            for i in services.intakes.list(start=today, end=today)
            if i.regimen_id in regimens
        ]
        self.box.addWidget(self.done_text)
        self.done_text.setText(
            (
                translate("MedicationsPanel", "Logged today: {doses}.").format(
                    doses=", ".join(logged)
                )
                if logged
                else ""
            )
            + ("" if due else " ✓ " + translate("MedicationsPanel", "Nothing left to log today."))
        )

    def log(self, regimen_id: int, status: str) -> None:
        try:
            change = self.svc.intakes.log(regimen_id, self.svc.clock.today(), status)
        except ValidationError as exc:
            self.done_text.setText(
                "⚠ "
                + translate("MedicationsPanel", "Not saved – {reason}").format(
                    reason=localize(exc.reason)
                )
            )
            return
        self.refresh(self.svc)
        self.logged.emit(change)


# --- the panel ---------------------------------------------------------------------------------
class MedicationsPanel(UsesServices, QWidget):
    """The Medications tab. Emits ``saved(change)`` after any write."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.flags: dict[int, str] = {}
        self._dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(12)

        current = Card(translate("MedicationsPanel", "Current medications"))
        buttons = QGridLayout()
        self.add_button = QPushButton(translate("MedicationsPanel", "&Add medication…"))
        self.change_button = QPushButton(translate("MedicationsPanel", "&Change dose…"))
        self.stop_button = QPushButton(translate("MedicationsPanel", "&Stop taking…"))
        writes(self.add_button, self.change_button, self.stop_button)
        self.taper_button = QPushButton(translate("MedicationsPanel", "&Taper builder…"))
        for i, b in enumerate(
            (self.add_button, self.change_button, self.stop_button, self.taper_button)
        ):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        current.body.addLayout(buttons)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("status")
        self.warnings.setAccessibleName(translate("MedicationsPanel", "Medication warnings"))
        current.body.addWidget(self.warnings)
        # a juvenile profile: methotrexate per square metre of body surface (Mosteller)
        self.per_m2 = QLabel()
        self.per_m2.setWordWrap(True)
        self.per_m2.setAccessibleName(translate("MedicationsPanel", "Methotrexate per m²"))
        self.per_m2.setVisible(False)
        current.body.addWidget(self.per_m2)
        self.table = RecordTable(
            [
                Column(translate("MedicationsPanel", "Medication"), lambda p: p[0].name),
                Column(
                    translate("MedicationsPanel", "Dose"),
                    lambda p: p[1].dose,
                    lambda p: dose_text(p[1]),
                    numeric=True,
                ),
                Column(translate("MedicationsPanel", "Schedule"), lambda p: schedule_text(p[1])),
                Column(
                    translate("MedicationsPanel", "Route"),
                    lambda p: vocabulary(medications.ROUTES.get(p[0].route, p[0].route)),
                ),
                Column(
                    translate("MedicationsPanel", "Since"),
                    lambda p: p[1].start_date,
                    lambda p: formats.day(p[1].start_date),
                ),
                Column(
                    translate("MedicationsPanel", "Until"),
                    lambda p: p[1].end_date,
                    lambda p: until_text(p[1].end_date),
                ),
                Column(
                    translate("MedicationsPanel", "Check"),
                    lambda p: self.flags.get(p[1].id, ""),
                    lambda p: _flag_short(self.flags.get(p[1].id, "")),
                ),
            ],
            translate("MedicationsPanel", "Current medications"),
        )
        self.table.setMinimumHeight(200)
        current.body.addWidget(self.table)
        self.status = StatusLabel()
        current.body.addWidget(self.status)
        outer.addWidget(current)

        doses = Card(translate("MedicationsPanel", "Doses today"))
        self.log_box = QCheckBox(translate("MedicationsPanel", "&Keep a log of doses taken"))
        self.log_box.setToolTip(
            translate(
                "MedicationsPanel", "Today's doses show here with Taken and Skipped until logged"
            )
        )
        self.log_box.setMinimumHeight(TARGET)
        doses.body.addWidget(self.log_box)
        self.due = DosesDue()
        doses.body.addWidget(self.due)
        outer.addWidget(doses)

        pred = Card(translate("MedicationsPanel", "Cumulative prednisone"))
        cum = QGridLayout()
        cum.setColumnStretch(2, 1)
        self.cum_from = DateInput(translate("MedicationsPanel", "Cumulative prednisone from"))
        self.cum_to = DateInput(translate("MedicationsPanel", "Cumulative prednisone until"))
        for w in (self.cum_from, self.cum_to):
            w.setMinimumHeight(TARGET)
        cum.addWidget(
            buddy(
                translate("MedicationsPanel", "P&rednisone from"),
                self.cum_from,
                translate("MedicationsPanel", "Cumulative prednisone from"),
            ),
            0,
            0,
        )
        cum.addWidget(self.cum_from, 0, 1)
        cum.addWidget(
            buddy(
                translate("MedicationsPanel", "&until"),
                self.cum_to,
                translate("MedicationsPanel", "Cumulative prednisone until"),
            ),
            1,
            0,
        )
        cum.addWidget(self.cum_to, 1, 1)
        pred.body.addLayout(cum)
        self.cum_text = QLabel()
        self.cum_text.setObjectName("h2")
        self.cum_text.setWordWrap(True)
        self.cum_text.setAccessibleName(translate("MedicationsPanel", "Cumulative prednisone"))
        pred.body.addWidget(self.cum_text)
        outer.addWidget(pred)

        history = Card(translate("MedicationsPanel", "Dose history"))
        self.history = RecordTable(
            [
                Column(translate("MedicationsPanel", "Medication"), lambda p: p[0]),
                Column(
                    translate("MedicationsPanel", "Dose"),
                    lambda p: p[1].dose,
                    lambda p: dose_text(p[1]),
                    numeric=True,
                ),
                Column(translate("MedicationsPanel", "Schedule"), lambda p: schedule_text(p[1])),
                Column(
                    translate("MedicationsPanel", "From"),
                    lambda p: p[1].start_date,
                    lambda p: formats.day(p[1].start_date),
                ),
                Column(
                    translate("MedicationsPanel", "Until"),
                    lambda p: p[1].end_date,
                    lambda p: until_text(p[1].end_date),
                ),
                Column(translate("MedicationsPanel", "Taper"), lambda p: p[1].taper_label),
            ],
            translate("MedicationsPanel", "Dose history"),
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
    def refresh(self, services: Services) -> None:
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
            "\n".join(
                f"⚠ {meds.get(rid, '')}: {localize(text)}" for rid, text in self.flags.items()
            )
        )
        self.warnings.setVisible(bool(self.flags))
        self._per_m2(services, pairs)
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
        # every glucocorticoid counts, as prednisone-equivalent (clinical.md §8)
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

    def _per_m2(self, services: Services, pairs: list[Any]) -> None:
        """For a juvenile profile, each weekly methotrexate per m² (height from the profile,
        the latest weight), or what is missing to work it out."""
        lines: list[str] = []
        profile = services.profile.current()
        if profile.juvenile:
            weight = services.weights.latest(services.clock.today())
            for med, regimen in pairs:
                if not medications.is_methotrexate(med.name) or regimen.unit != "mg":
                    continue
                if profile.height_cm is None or weight is None:
                    lines.append(
                        translate(
                            "MedicationsPanel",
                            "{drug}: enter the child's height (profile) and a weight to see the "
                            "dose per m² of body surface.",
                        ).format(drug=med.name)
                    )
                    continue
                try:
                    per = body_surface.methotrexate_per_m2(
                        regimen.dose, profile.height_cm, weight.weight_kg
                    )
                except ValidationError as exc:
                    lines.append(f"{med.name}: {localize(exc.reason)}")
                    continue
                lines.append(
                    translate("MedicationsPanel", "{drug}: {per_m2}").format(
                        drug=med.name, per_m2=localize(per.describe())
                    )
                )
        self.per_m2.setText("\n".join(lines))
        self.per_m2.setVisible(bool(lines))

    def _cumulative(self, *_: Any) -> None:
        if self.services is None:
            return
        start, end = pydate(self.cum_from.date()), pydate(self.cum_to.date())
        try:
            result = self.services.regimens.cumulative_prednisone_g(start, end)
        except ValidationError as exc:
            self.cum_text.setText(f"⚠ {labels().get(exc.field, exc.field)}: {localize(exc.reason)}")
            return
        days, rows, skipped = (end - start).days + 1, result.rows, result.skipped
        text = translate(
            "MedicationsPanel",
            "{grams} prednisone-equivalent (all glucocorticoids) from {start} to {end} ({days}, "
            "computed by the app from {rows}).",
        ).format(
            grams=amount(rounded_g(result.grams), "g"),
            start=formats.day_long(start),
            end=formats.day_long(end),
            days=translate("MedicationsPanel", "%n day(s)", None, days),
            rows=translate("MedicationsPanel", "%n dose row(s)", None, rows),
        )
        if skipped:
            text += " " + translate(
                "MedicationsPanel", "Not counted: %n row(s) in tablets or mL.", None, skipped
            )
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
    def _open(self, dialog: MedicationForm) -> None:
        dialog.saved.connect(self._after)
        self._dialog = dialog
        dialog.open()

    def _after(self, change: Any) -> None:
        self.refresh(self.svc)
        self.status.ok(localize(change.message))
        self.saved.emit(change)

    def add_medication(self) -> None:
        self._open(MedicationDialog(self.svc, self))

    def taper(self) -> None:
        self._open(TaperDialog(self.svc, self))

    def change_dose(self) -> None:
        item = self.selected()
        if item is None:
            self.status.error(
                [translate("MedicationsPanel", "select a medication in the list first")],
                translate("MedicationsPanel", "Nothing selected"),
            )
            self.table.setFocus()
            return
        self._open(DoseDialog(self.svc, item[0], item[1], self))

    def stop(self) -> None:
        item = self.selected()
        if item is None:
            self.status.error(
                [translate("MedicationsPanel", "select a medication in the list first")],
                translate("MedicationsPanel", "Nothing selected"),
            )
            self.table.setFocus()
            return
        self._open(StopDialog(self.svc, item[0], item[1], self))


def _flag_short(text: str) -> str:
    if not text:
        return "–"
    if "Methotrexate" in text:
        return "⚠ " + translate("MedicationsPanel", "entered as daily")
    if "No body weight" in text:
        return "⚠ " + translate("MedicationsPanel", "no weight to check")
    return "⚠ " + translate("MedicationsPanel", "above {limit} mg/kg a day").format(
        limit=formats.number(medications.HCQ_MAX_MG_PER_KG, 1)
    )
