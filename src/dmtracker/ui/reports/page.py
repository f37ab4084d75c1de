"""Reports and data: where the data lives, export, import, backups (automatic, now, to a file),
restoring a backup, and the health check.

The export writers live in ``dmtracker.reports``; the UI may not import that layer, so the
composition root hands the page its exporter (:meth:`ReportsPage.set_exporter`). Until then the
export card stays hidden.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.services.private_files import write_private_bytes
from dmtracker.services.report_data import PRESETS
from dmtracker.services.transfer import ImportRejected, checkin_template_text
from dmtracker.ui.charts.report_charts import render_report_charts
from dmtracker.ui.kit.empty_state import add_empty_state
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.widgets import Card, RecordTable

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

KINDS = {
    "auto": "Automatic (daily)",
    "manual": "Made by you",
    "pre-upgrade": "Before an upgrade",
    "pre-restore": "Before a restore",
}
FILE_FILTERS = {
    "csv": "Zip files (*.zip)",
    "json": "JSON files (*.json)",
    "fhir": "JSON files (*.json)",
}
IMPORT_FILTER = "Backups and check-in tables (*.json *.csv);;All files (*)"
PRIVACY_NOTE = (
    "The file can be read only by your user account on this computer. It holds health "
    "information: share it only with people you trust."
)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while long work runs on the GUI thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ReportWorker(QThread):
    """Gathers the report data and writes the PDF off the GUI thread (charts come ready)."""

    progressed = Signal(int, str)
    done = Signal(object)  # the builder's result
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, services: Services, builder: Any, job: dict[str, Any], parent: Any = None):
        super().__init__(parent)
        self.services, self.builder, self.job = services, builder, job
        self.stop = threading.Event()

    def cancel(self) -> None:
        self.stop.set()

    def run(self) -> None:
        job = self.job
        try:
            self.progressed.emit(5, "Gathering the data")
            data = self.services.report.gather(
                job["period"],
                questions=job["questions"],
                trend=job["trend"],
                tis=job.get("tis"),  # None: gather computes it
                appendix=job["appendix"],
                photo_sites=job["photo_sites"],
            )
            if self.stop.is_set():
                raise self.builder.ReportCancelled("cancelled")
            result = self.builder.write_clinic_report(
                data,
                job["images"],
                job["dest"],
                paper=job["paper"],
                appendix=job["appendix"],
                overwrite=True,
                progress=lambda n, text: self.progressed.emit(n, text),
                cancelled=self.stop.is_set,
            )
        except self.builder.ReportCancelled:
            self.cancelled.emit()
        except ValidationError as exc:
            self.failed.emit(exc.reason)
        except OSError as exc:
            self.failed.emit(f"{job['dest']} could not be written: {exc.strerror or exc}")
        else:
            self.done.emit(result)


class ProblemsDialog(QDialog):
    """The list of problems that made an import fail, one per line, selectable and copyable."""

    def __init__(self, error: ImportRejected, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Nothing was imported")
        layout = QVBoxLayout(self)
        summary = QLabel(f"{error.summary()}.")
        summary.setWordWrap(True)
        summary.setObjectName("h2")
        layout.addWidget(summary)
        advice = QLabel(
            "Your diary is exactly as it was. Fix these lines in the file and import it again."
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        self.text = QPlainTextEdit(error.describe())
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Problems found, one per line")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy the list")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.ensurePolished()
        metrics = self.text.fontMetrics()  # room for ~70 characters by ~12 lines at any text size
        self.resize(max(640, metrics.averageCharWidth() * 76), max(420, metrics.lineSpacing() * 20))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


class ReportsPage(Page):
    title = "Reports and data"
    reopen_requested = Signal()  # the database file was replaced: open the data folder again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty = add_empty_state(self)
        self.exporter: Any = None
        self.report_builder: Any = None
        self.report_worker: ReportWorker | None = None
        self.report_progress: QProgressDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self._build_report_card()

        where = Card("Your data")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.body.addWidget(self.where)
        self.layout_.addWidget(where)

        self.export_card = Card("Export")
        note = QLabel(
            "Take your data out of dmtracker: a spreadsheet for yourself, a complete backup to "
            "move to another computer (it can be imported again), or a FHIR file for a "
            "health-record system. Deleted entries are left out, except in the backup."
        )
        note.setWordWrap(True)
        self.export_card.body.addWidget(note)
        row = QHBoxLayout()
        label = QLabel("F&ormat:")
        self.format = QComboBox()
        self.format.setAccessibleName("Export format")
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format.setMinimumContentsLength(16)  # long labels must not widen the page
        label.setBuddy(self.format)
        self.export_button = QPushButton("E&xport…")
        self.export_button.setAccessibleName("Export to a file")
        row.addWidget(label)
        row.addWidget(self.format, 1)
        row.addWidget(self.export_button)
        self.export_card.body.addLayout(row)
        self.export_card.setVisible(False)
        self.layout_.addWidget(self.export_card)

        imports = Card("Import")
        note = QLabel(
            "Bring data in from a file:\n"
            "• a complete backup (.json) made by dmtracker, into an empty diary;\n"
            "• daily check-ins from a spreadsheet saved as CSV, with the columns of the "
            "check-in template (day as YYYY-MM-DD, scales 0–10, function items 0–3, notes).\n"
            "If any row has a problem, nothing is imported and you get the list of lines to "
            "fix. Days already in your diary with the same values are skipped."
        )
        note.setWordWrap(True)
        imports.body.addWidget(note)
        row = QHBoxLayout()
        self.import_button = QPushButton("&Import a file…")
        self.template_button = QPushButton("Save the check-in &template…")
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        imports.body.addLayout(row)
        self.layout_.addWidget(imports)

        card = Card("Backups")
        note = QLabel(
            "dmtracker copies your database once a day and keeps the last 14 copies. "
            "Copies never leave this computer unless you move them."
        )
        note.setWordWrap(True)
        card.body.addWidget(note)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("&Back up now")
        self.backup_file_button = QPushButton("Back up to a fi&le…")
        self.check_button = QPushButton("&Check the database")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.backup_file_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.table = RecordTable(
            [
                Column("Taken", lambda b: b.taken_at),
                Column("Kind", lambda b: KINDS.get(b.kind, b.kind)),
                Column(
                    "Size",
                    lambda b: b.size_bytes,
                    lambda b: f"{b.size_bytes / 1e6:.1f} MB",
                    numeric=True,
                ),
                Column("File", lambda b: b.path.name),
            ],
            "Backups",
        )
        self.table.setMinimumHeight(240)
        card.body.addWidget(self.table)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton("&Restore the selected backup…")
        writes(self.import_button, self.backup_button, self.restore_button)
        self.restore_button.setToolTip(
            "Go back to the chosen copy. The diary as it is now is kept as a backup first."
        )
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.check_button)
        restore_row.addStretch(1)
        card.body.addLayout(restore_row)
        self.layout_.addWidget(card)
        self.layout_.addStretch(1)

        self.export_button.clicked.connect(self.export_now)
        self.import_button.clicked.connect(self.import_now)
        self.template_button.clicked.connect(self.save_template)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_file_button.clicked.connect(self.backup_to_file)
        self.check_button.clicked.connect(self.check_now)
        self.restore_button.clicked.connect(self.restore_selected)

    def _build_report_card(self) -> None:
        self.report_card = Card("Clinic report")
        note = QLabel(
            "A PDF for your next clinic visit: a one-page summary, your charts, tables of "
            "infusions, side effects, labs and visits, and your questions. It opens when ready."
        )
        note.setWordWrap(True)
        self.report_card.body.addWidget(note)
        form = QFormLayout()
        self.report_preset = QComboBox()
        self.report_preset.setAccessibleName("Report period")
        for key, label in PRESETS.items():
            self.report_preset.addItem(label, key)
        self.report_preset.setCurrentIndex(list(PRESETS).index("12w"))
        self.report_from = DateInput("Report period: from")
        self.report_to = DateInput("Report period: to")
        dates = QHBoxLayout()
        dates.addWidget(self.report_from)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.report_to)
        dates.addStretch(1)
        self.report_paper = QComboBox()
        self.report_paper.setAccessibleName("Paper size")
        self.report_paper.addItems(["A4", "Letter"])
        self.report_questions = QPlainTextEdit()
        self.report_questions.setAccessibleName("My questions for the visit")
        self.report_questions.setPlaceholderText("Questions you want to ask at the visit")
        self.report_questions.setTabChangesFocus(True)
        self.report_questions.setFixedHeight(72)
        self.report_appendix = QCheckBox("Add an appendix: the daily &log and rash photos")
        self.report_sites = QListWidget()
        self.report_sites.setAccessibleName("Rash sites whose photos go in the appendix")
        self.report_sites.setFixedHeight(96)
        for key, label in vocab.RASH_SITES.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.report_sites.addItem(item)
        form.addRow("Pe&riod:", self.report_preset)
        form.addRow("Dates:", dates)
        form.addRow("Pa&per:", self.report_paper)
        form.addRow("&Questions:", self.report_questions)
        form.addRow("", self.report_appendix)
        form.addRow("Photos of:", self.report_sites)
        self.report_card.body.addLayout(form)
        row = QHBoxLayout()
        self.report_button = QPushButton("Create the clinic re&port…")
        self.report_button.setAccessibleName("Create the clinic report PDF")
        row.addWidget(self.report_button)
        row.addStretch(1)
        self.report_card.body.addLayout(row)
        self.report_card.setVisible(False)
        self.layout_.addWidget(self.report_card)
        self.report_preset.currentIndexChanged.connect(self._preset_changed)
        self.report_appendix.toggled.connect(self.report_sites.setEnabled)
        self.report_button.clicked.connect(self.create_report)
        self.report_sites.setEnabled(False)

    def _preset_changed(self) -> None:
        if self.services is None:
            return
        custom = self.report_preset.currentData() == "custom"
        self.report_from.setEnabled(custom)
        self.report_to.setEnabled(custom)
        if not custom:
            try:
                period = self.services.report.period(self.report_preset.currentData())
            except ValidationError:
                return
            self.report_from.setDate(QDate(period.start))
            self.report_to.setDate(QDate(period.end))

    # -- set-up ---------------------------------------------------------------------------------
    def set_report_builder(self, builder: Any) -> None:
        """``builder`` is ``dmtracker.reports.clinic.report`` (write_clinic_report,
        ReportCancelled, suggested_report_name), given by the composition root."""
        self.report_builder = builder
        self.report_card.setVisible(True)

    def set_exporter(self, exporter: Any) -> None:
        """``exporter`` is ``dmtracker.reports.exports.exporting`` (FORMATS, suggested_name,
        export_data), given by the composition root."""
        self.exporter = exporter
        self.format.clear()
        for key, (label, _suffix, _writer) in exporter.FORMATS.items():
            self.format.addItem(label, key)
        self.export_card.setVisible(True)

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self.where.setText(
            f"Everything you record is kept in this folder on this computer:\n{s.paths.root}"
        )
        self.table.set_rows(s.maintenance.backups())
        self.empty.show_if(s.checkins.count() == 0)
        today = QDate(s.clock.today())
        self.report_from.setMaximumDate(today)
        self.report_to.setMaximumDate(today)
        self._preset_changed()

    # -- dialogs (one place, so tests can answer them) -----------------------------------------
    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path

    def _ask_open_path(self, title: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), file_filter)
        return path

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_problems(self, error: ImportRejected) -> None:
        self.problems_dialog = ProblemsDialog(error, self)
        self.problems_dialog.open()

    def _suggested(self, name: str) -> str:
        return str(Path.home() / name)

    # -- export ---------------------------------------------------------------------------------
    def export_now(self) -> None:
        if self.exporter is None or self.services is None:
            return
        key = self.format.currentData()
        suffix = self.exporter.FORMATS[key][1]
        name = self.exporter.suggested_name(key, self.services.clock.today())
        path = self._ask_save_path("Export your data", self._suggested(name), FILE_FILTERS[key])
        if not path:
            return
        dest = Path(path)
        if dest.suffix.lower() != suffix:
            dest = dest.with_name(dest.name + suffix)
            if dest.exists() and not self._confirm(
                "Replace the file?", f"{dest} already exists. Replace it?"
            ):
                return
        try:
            with busy():
                result = self.exporter.export_data(self.services, key, dest, overwrite=True)
        except ValidationError as exc:
            self._warn("Export not written", exc.reason)
            return
        except OSError as exc:
            self._warn("Export not written", f"{dest} could not be written: {exc.strerror}")
            return
        self._inform("Export finished", f"{result.message}.\n\n{PRIVACY_NOTE}")

    # -- clinic report --------------------------------------------------------------------------
    def _open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def create_report(self) -> None:
        """Charts on the GUI thread, then data and PDF in a worker; opened when done."""
        if self.report_builder is None or self.services is None or self.report_worker:
            return
        try:
            period = self.services.report.period(
                self.report_preset.currentData(),
                self.report_from.value(),
                self.report_to.value(),
            )
        except ValidationError as exc:
            self._warn("Clinic report", f"{exc.field}: {exc.reason}")
            return
        name = self.report_builder.suggested_report_name(period.start, period.end)
        path = self._ask_save_path("Save the clinic report", self._suggested(name), "PDF (*.pdf)")
        if not path:
            return
        dest = Path(path)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
            if dest.exists() and not self._confirm(
                "Replace the file?", f"{dest} already exists. Replace it?"
            ):
                return
        progress = QProgressDialog("Drawing the charts…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Clinic report")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(1)
        progress.show()
        self.report_progress = progress
        QGuiApplication.processEvents()
        appendix = self.report_appendix.isChecked()
        sites = tuple(
            self.report_sites.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.report_sites.count())
            if self.report_sites.item(i).checkState() == Qt.CheckState.Checked
        )
        with busy():
            trend, tis = self.services.series.trend_data(), self.services.scores.report()
            images = render_report_charts(self.services, period, trend, tis)
        job = {
            "period": period,
            "questions": self.report_questions.toPlainText(),
            "trend": trend,
            "tis": tis,
            "images": images,
            "dest": dest,
            "paper": self.report_paper.currentText(),
            "appendix": appendix,
            "photo_sites": sites if appendix else (),
        }
        worker = ReportWorker(self.services, self.report_builder, job, self)
        self.report_worker = worker
        worker.progressed.connect(self._report_progressed)
        worker.done.connect(self._report_done)
        worker.failed.connect(self._report_failed)
        worker.cancelled.connect(self._report_finished)
        progress.canceled.connect(worker.cancel)
        worker.start()

    def _report_progressed(self, value: int, text: str) -> None:
        if self.report_progress is not None:
            self.report_progress.setLabelText(text)
            self.report_progress.setValue(max(1, min(99, value)))

    def _report_finished(self) -> None:
        if self.report_worker is not None:
            self.report_worker.wait()
            self.report_worker.deleteLater()
        self.report_worker = None
        if self.report_progress is not None:
            self.report_progress.close()
            self.report_progress.deleteLater()
        self.report_progress = None

    def _report_done(self, result: Any) -> None:
        self._report_finished()
        self.last_report = result
        self._open_file(result.path)

    def _report_failed(self, reason: str) -> None:
        self._report_finished()
        self._warn("Clinic report not written", reason)

    # -- import ---------------------------------------------------------------------------------
    def import_now(self) -> None:
        if self.services is None:
            return
        path = self._ask_open_path("Import a backup or check-ins", IMPORT_FILTER)
        if not path:
            return
        try:
            with busy():
                result = self.services.transfer.import_file(Path(path))
        except ImportRejected as exc:
            self._show_problems(exc)
            return
        except OSError as exc:
            self._warn("Nothing was imported", f"{path} could not be read: {exc.strerror}")
            return
        if result.total_added:
            self.changed.emit(result.change)
        self.refresh()
        self._inform("Import finished", result.message + ".")

    def save_template(self) -> None:
        path = self._ask_save_path(
            "Save the check-in template",
            self._suggested("dmtracker-checkins-template.csv"),
            "CSV files (*.csv)",
        )
        if not path:
            return
        try:
            write_private_bytes(Path(path), checkin_template_text().encode("utf-8"))
        except OSError as exc:
            self._warn("Template not saved", f"{path} could not be written: {exc.strerror}")
            return
        self._inform(
            "Template saved",
            f"The check-in template was saved to\n{path}\n\nOpen it in your spreadsheet, keep "
            "the first line, replace the two example days with yours, save as CSV (UTF-8) and "
            "import it here.",
        )

    # -- backups --------------------------------------------------------------------------------
    def backup_now(self) -> None:
        path = self.services.maintenance.backup_now()
        self.refresh()
        self._inform("Backup made", f"A copy of your data was saved to\n{path}")

    def backup_to_file(self) -> None:
        if self.services is None:
            return
        name = f"dmtracker-{self.services.clock.today().isoformat()}.sqlite3"
        path = self._ask_save_path(
            "Back up to a file", self._suggested(name), "dmtracker backups (*.sqlite3)"
        )
        if not path:
            return
        try:
            with busy():
                made = self.services.maintenance.backup_now(Path(path))
        except OSError as exc:
            self._warn("Backup not written", f"{path} could not be written: {exc}")
            return
        self._inform("Backup made", f"A copy of your data was saved to\n{made}\n\n{PRIVACY_NOTE}")

    def restore_selected(self) -> None:
        if self.services is None:
            return
        chosen = self.table.selected_item()
        if chosen is None:
            self._inform("Choose a backup", "Select a backup in the table first, then restore it.")
            return
        when = f"{chosen.taken_at.astimezone():%Y-%m-%d %H:%M}"
        kind = KINDS.get(chosen.kind, chosen.kind).lower()
        if not self._confirm(
            "Restore this backup?",
            f"Your diary will go back to the copy of {when} ({kind}).\n\n"
            "Anything entered after that copy will no longer be in the diary. Before "
            "restoring, dmtracker keeps your diary as it is now in a new backup "
            '("Before a restore"), so you can come back to it.\n\nRestore now?',
        ):
            return
        try:
            with busy():
                kept = self.services.transfer.restore_backup(chosen.path)
        except ValidationError as exc:
            self._warn("Not restored", f"{exc.reason}\n\nYour diary was not changed.")
            return
        self.reopen_requested.emit()
        self.refresh()
        self._inform(
            "Backup restored",
            f"Your diary is now the copy of {when}.\n\nThe diary as it was before is kept in\n"
            f"{kept}",
        )

    def check_now(self) -> None:
        report = self.services.maintenance.check()
        if report.ok:
            newest = report.newest_backup
            when = f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}" if newest else "none yet"
            self._inform("Database checked", f"The database is sound.\nNewest good backup: {when}")
        else:
            self._warn(
                "Database problem",
                "\n".join(report.problems[:10])
                or "The database schema is not the one this app expects.",
            )
