"""Clinic: visits (physician global, MMT-8, CDASI), lab results with the lab's own ranges, the
HAQ-DI questionnaire with its score history, and the Total Improvement Score (TIS).

Every tab adds, edits and deletes through its service; a delete can be undone at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import chaq, haq
from dmtracker.domain.errors import NotFoundError, ValidationError
from dmtracker.i18n import formats, localize, translate
from dmtracker.ui.charts.measures import analyte_name
from dmtracker.ui.clinic.chaq_form import ChaqDialog
from dmtracker.ui.clinic.haq_form import HaqDialog
from dmtracker.ui.clinic.lab_form import LabDialog
from dmtracker.ui.clinic.tis import TisPanel
from dmtracker.ui.clinic.visit_form import VisitDialog
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.format import excerpt, num, range_text
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import ScrollingTabs
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column, number_column
from dmtracker.ui.kit.widgets import RecordTable


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
        return translate("ClinicPage", "▲ high")
    if low is not None and value < low:
        return translate("ClinicPage", "▼ low")
    if low is None and high is None:
        return translate("ClinicPage", "no range given")
    return translate("ClinicPage", "in range")


def times_uln(r: Any) -> str:
    """The value as a multiple of the lab's upper limit (what the TIS enzyme compares)."""
    if r.ref_high is None or r.ref_high <= 0:
        return "–"
    return f"{formats.number(r.value / r.ref_high, 2)} × ULN"


def haq_score_text(r: Any) -> str:
    if r.score is None:
        return translate("ClinicPage", "not scored (fewer than 6 categories answered)")
    return translate("ClinicPage", "{score} (computed by the app)").format(
        score=formats.number(r.score, 3)
    )


def categories_answered(r: Any) -> int:
    answers = {int(k): v for k, v in (r.answers or {}).items()}
    if r.kind == "chaq":
        return chaq.score({k: v for k, v in answers.items() if v is not None}).categories_answered
    return sum(1 for s in haq.category_scores(answers).values() if s is not None)


def category_names(keys: list[str] | None) -> str:
    return ", ".join(haq.CATEGORIES[k].label for k in keys or [] if k in haq.CATEGORIES) or "–"


def _reason(exc: Exception) -> str:
    """Why a delete or its undo was refused, in the reader's language."""
    if isinstance(exc, ValidationError):
        return localize(exc.reason)
    return translate("ClinicPage", "The record no longer exists.")


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Ask before deleting (the delete can still be undone right after)."""
    answer = QMessageBox.question(
        parent,
        translate("ClinicPage", "Delete?"),
        translate("ClinicPage", "Delete {what}?\n\nYou can undo this right after.").format(
            what=what
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class RecordTab(QWidget):
    """A table of one kind of record with New / Edit / Delete buttons above it (``edit_name``
    and ``delete_name`` are the Edit and Delete buttons' accessible names)."""

    def __init__(
        self,
        page: ClinicPage,
        table: RecordTable,
        new_text: str,
        edit_name: str,
        delete_name: str,
        extra: QWidget | None = None,
    ):
        super().__init__()
        self.page = page
        self.table = table
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 8)
        bar = QHBoxLayout()
        self.new_button = QPushButton(new_text)
        self.edit_button = QPushButton(translate("ClinicPage", "&Edit…"))
        self.delete_button = QPushButton(translate("ClinicPage", "&Delete…"))
        writes(self.new_button, self.delete_button)
        self.edit_button.setAccessibleName(edit_name)
        self.delete_button.setAccessibleName(delete_name)
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        if extra is not None:
            bar.addWidget(extra)
        lay.addLayout(bar)
        lay.addWidget(table, 1)
        # Enter or a double click on a row opens it (activated covers both).
        table.activated.connect(lambda *_: self.edit_button.click())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_button.click)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        table.model().modelReset.connect(self.update_buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        has = self.table.selectionModel().hasSelection() and self.table.selected_item() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class ClinicPage(Page):
    title = "Clinic"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty = add_empty_state(self)
        self.dialog: FormDialog | None = None
        self.last_deleted: tuple[Any, int, str] | None = None
        self.juvenile = False

        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_text = QLabel()
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(translate("ClinicPage", "&Undo delete"))
        writes(self.undo_button)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.layout_.addWidget(self.undo_bar)

        self.tabs = ScrollingTabs()
        self.tabs.setAccessibleName(translate("ClinicPage", "Clinic records"))
        self.layout_.addWidget(self.tabs, 1)

        # -- visits ---------------------------------------------------------------------------
        self.visits = RecordTable(
            [
                Column(translate("ClinicPage", "Visit"), lambda r: r.visit_date),
                number_column(
                    translate("ClinicPage", "Physician global"),
                    "physician_global",
                    tooltip=translate("ClinicPage", "Physician global activity, 0–10"),
                ),
                number_column(
                    translate("ClinicPage", "Extramuscular"),
                    "extramuscular_global",
                    tooltip=translate("ClinicPage", "Extramuscular global activity, 0–10"),
                ),
                Column(
                    "MMT-8",
                    lambda r: r.mmt8_total,
                    lambda r: f"{r.mmt8_total}/{r.mmt8_scale}" if r.mmt8_total is not None else "–",
                    numeric=True,
                    tooltip=translate(
                        "ClinicPage",
                        "MMT-8 total on the 0–80 (one side) or 0–150 (both sides) scale",
                    ),
                ),
                Column(
                    "CMAS",
                    lambda r: r.cmas_total,
                    lambda r: f"{r.cmas_total}/52" if r.cmas_total is not None else "–",
                    numeric=True,
                    tooltip=translate(
                        "ClinicPage", "Childhood Myositis Assessment Scale, 0–52 (higher is better)"
                    ),
                ),
                Column(
                    translate("ClinicPage", "CDASI activity"),
                    lambda r: r.cdasi_activity,
                    numeric=True,
                ),
                Column(
                    translate("ClinicPage", "CDASI damage"), lambda r: r.cdasi_damage, numeric=True
                ),
                Column(translate("ClinicPage", "Clinician"), lambda r: r.clinician),
                Column(translate("ClinicPage", "Notes"), lambda r: excerpt(r.notes)),
            ],
            translate("ClinicPage", "Clinic visits"),
        )
        self.visits.setMinimumHeight(420)
        self.visits_tab = RecordTab(
            self,
            self.visits,
            translate("ClinicPage", "&New visit…"),
            translate("ClinicPage", "Edit the selected clinic visit"),
            translate("ClinicPage", "Delete the selected clinic visit"),
        )
        self.visits_tab.new_button.clicked.connect(self.new_visit)
        self.visits_tab.edit_button.clicked.connect(self.edit_visit)
        self.visits_tab.delete_button.clicked.connect(self.delete_visit)
        self.tabs.addTab(self.visits_tab, translate("ClinicPage", "V&isits"))

        # -- labs -----------------------------------------------------------------------------
        self.labs = RecordTable(
            [
                Column(translate("ClinicPage", "Date"), lambda r: r.collected_on),
                Column(
                    translate("ClinicPage", "Test"),
                    lambda r: r.analyte,
                    lambda r: analyte_name(r.analyte),
                ),
                Column(
                    translate("ClinicPage", "Value"),
                    lambda r: r.value,
                    lambda r: num(r.value, r.unit),
                    numeric=True,
                ),
                Column(
                    translate("ClinicPage", "Reference range"),
                    lambda r: r.ref_high,
                    lambda r: range_text(r.ref_low, r.ref_high),
                    tooltip=translate(
                        "ClinicPage", "The lab's own reference range, in the unit of the value"
                    ),
                ),
                Column(
                    translate("ClinicPage", "Flag"),
                    lab_flag,
                    tooltip=translate("ClinicPage", "▲ above or ▼ below the lab's range"),
                ),
                Column(
                    translate("ClinicPage", "× upper limit"),
                    lambda r: (r.value / r.ref_high) if r.ref_high else None,
                    times_uln,
                    numeric=True,
                    tooltip=translate(
                        "ClinicPage", "Value ÷ the lab's upper limit of normal (ULN)"
                    ),
                ),
                Column(
                    translate("ClinicPage", "As entered"),
                    lambda r: f"{r.entered_value} {r.entered_unit}".strip(),
                ),
                Column(translate("ClinicPage", "Lab"), lambda r: r.lab_name),
            ],
            translate("ClinicPage", "Lab results"),
        )
        self.lab_filter = QLineEdit()
        self.lab_filter.setPlaceholderText(translate("ClinicPage", "Filter: test, date or lab"))
        self.lab_filter.setAccessibleName(translate("ClinicPage", "Filter lab results"))
        self.lab_filter.setClearButtonEnabled(True)
        self.lab_filter.setMinimumWidth(240)
        self.lab_filter.textChanged.connect(self.labs.proxy.setFilterFixedString)
        self.labs_tab = RecordTab(
            self,
            self.labs,
            translate("ClinicPage", "&New result…"),
            translate("ClinicPage", "Edit the selected lab result"),
            translate("ClinicPage", "Delete the selected lab result"),
            self.lab_filter,
        )
        self.labs_tab.new_button.clicked.connect(self.new_lab)
        self.labs_tab.edit_button.clicked.connect(self.edit_lab)
        self.labs_tab.delete_button.clicked.connect(self.delete_lab)
        self.tabs.addTab(self.labs_tab, translate("ClinicPage", "&Labs"))

        # -- HAQ-DI ---------------------------------------------------------------------------
        self.haq = RecordTable(
            [
                Column(translate("ClinicPage", "Date"), lambda r: r.answered_on),
                Column("HAQ-DI", lambda r: r.score, haq_score_text, numeric=True),
                Column(
                    translate("ClinicPage", "Categories answered"),
                    categories_answered,
                    lambda r: translate("ClinicPage", "{answered} of 8").format(
                        answered=categories_answered(r)
                    ),
                    numeric=True,
                ),
                Column(
                    translate("ClinicPage", "Aids or devices"), lambda r: category_names(r.aids)
                ),
                Column(
                    translate("ClinicPage", "Help from another person"),
                    lambda r: category_names(r.help),
                ),
                Column(translate("ClinicPage", "Notes"), lambda r: excerpt(r.notes)),
            ],
            translate("ClinicPage", "HAQ-DI scores"),
        )
        self.haq_tab = RecordTab(
            self,
            self.haq,
            translate("ClinicPage", "Fill i&n the HAQ-DI…"),
            translate("ClinicPage", "Edit the selected HAQ-DI answers"),
            translate("ClinicPage", "Delete the selected HAQ-DI answers"),
        )
        self.haq_tab.new_button.clicked.connect(self.new_haq)
        self.haq_tab.edit_button.clicked.connect(self.edit_haq)
        self.haq_tab.delete_button.clicked.connect(self.delete_haq)
        self.tabs.addTab(self.haq_tab, "HA&Q-DI")

        # -- TIS ------------------------------------------------------------------------------
        self.tis = TisPanel()
        self.tis.baseline_changed.connect(self._baseline_changed)
        self.tabs.addTab(self.tis, "&TIS")

    # -- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.visits.set_rows(s.clinic.list())
        self.labs.set_rows(s.labs.list())
        self.juvenile = bool(s.profile.current().juvenile)
        # a child's visits: the CMAS in place of the MMT-8 and the CDASI (adult measures)
        for column in (3, 5, 6):  # MMT-8, CDASI activity, CDASI damage
            self.visits.setColumnHidden(column, self.juvenile)
        self.visits.setColumnHidden(4, not self.juvenile)  # CMAS
        kind = "chaq" if self.juvenile else "haq_di"
        self.haq.set_rows([r for r in s.questionnaires.list() if (r.kind or "haq_di") == kind])
        self._name_questionnaire()
        self.empty.show_if(
            not (self.visits.model_.rows or self.labs.model_.rows or self.haq.model_.rows)
        )
        if self.tis.services is not s:
            self.tis.set_services(s)
        else:
            self.tis.refresh()

    def _written(self, change: Any) -> None:
        self.refresh()
        self.changed.emit(change)

    def _baseline_changed(self, change: Any) -> None:
        self.changed.emit(change)

    # -- dialogs ------------------------------------------------------------------------------
    def _open(self, dialog: FormDialog) -> FormDialog:
        """Open ``dialog`` window-modal without blocking; the page refreshes when it saves."""
        self.dialog = dialog
        dialog.saved.connect(self._written)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_visit(self) -> FormDialog:
        return self._open(VisitDialog(self.svc, None, self))

    def edit_visit(self) -> FormDialog | None:
        row = self.visits.selected_item()
        return self._open(VisitDialog(self.svc, row, self)) if row else None

    def new_lab(self) -> FormDialog:
        return self._open(LabDialog(self.svc, None, self))

    def edit_lab(self) -> FormDialog | None:
        row = self.labs.selected_item()
        return self._open(LabDialog(self.svc, row, self)) if row else None

    def _name_questionnaire(self) -> None:
        """A juvenile profile fills in the CHAQ where an adult fills in the HAQ-DI."""
        index = self.tabs.index_of(self.haq_tab)
        name = "CHAQ" if self.juvenile else "HAQ-DI"
        self.haq.model_.set_header(1, name)  # the score column
        if self.juvenile:
            self.tabs.setTabText(index, "CHA&Q")
            self.haq_tab.new_button.setText(translate("ClinicPage", "Fill i&n the CHAQ…"))
        else:
            self.tabs.setTabText(index, "HA&Q-DI")
            self.haq_tab.new_button.setText(translate("ClinicPage", "Fill i&n the HAQ-DI…"))

    def _questionnaire(self, row: Any) -> FormDialog:
        if self.juvenile or (row is not None and row.kind == "chaq"):
            return ChaqDialog(self.svc, row, self)
        return HaqDialog(self.svc, row, self)

    def new_haq(self) -> FormDialog:
        return self._open(self._questionnaire(None))

    def edit_haq(self) -> FormDialog | None:
        row = self.haq.selected_item()
        return self._open(self._questionnaire(row)) if row else None

    # -- delete and undo ------------------------------------------------------------------------
    def _delete(self, table: RecordTable, service: Any, what: str) -> bool:
        row = table.selected_item()
        if row is None or not confirm_delete(self, what):
            return False
        try:
            change = service.delete(row.id)
        except (NotFoundError, ValidationError) as exc:
            QMessageBox.warning(self, translate("ClinicPage", "Not deleted"), _reason(exc))
            return False
        self.last_deleted = (service, row.id, what)
        self.undo_text.setText(translate("ClinicPage", "Deleted {what}.").format(what=what))
        self.undo_bar.show()
        self._written(change)
        return True

    def delete_visit(self) -> bool:
        row = self.visits.selected_item()
        what = (
            translate("ClinicPage", "the clinic visit of {date}").format(
                date=formats.day(row.visit_date)
            )
            if row
            else ""
        )
        return self._delete(self.visits, self.svc.clinic, what)

    def delete_lab(self) -> bool:
        row = self.labs.selected_item()
        what = (
            translate("ClinicPage", "the {test} result of {date}").format(
                test=analyte_name(row.analyte), date=formats.day(row.collected_on)
            )
            if row
            else ""
        )
        return self._delete(self.labs, self.svc.labs, what)

    def delete_haq(self) -> bool:
        row = self.haq.selected_item()
        what = (
            translate("ClinicPage", "the HAQ-DI answers of {date}").format(
                date=formats.day(row.answered_on)
            )
            if row
            else ""
        )
        return self._delete(self.haq, self.svc.questionnaires, what)

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        service, record_id, _what = self.last_deleted
        self.last_deleted = None
        self.undo_bar.hide()
        try:
            change = service.restore(record_id)
        except (NotFoundError, ValidationError) as exc:
            QMessageBox.warning(self, translate("ClinicPage", "Not restored"), _reason(exc))
            return
        self._written(change)
