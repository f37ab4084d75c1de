"""The Reports page's data in and out: export (CSV, JSON backup, FHIR), import (a JSON backup
or check-ins from a CSV, with the list of problems when refused), the check-in template.

Exports and imports run through the task runner. An export is written into a staged folder and
moved into place when done, so Cancel leaves no partial file; an import can be cancelled until
its one write transaction commits (it is all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.services.commit_guard import refuse_commit
from dmtracker.services.private_files import write_private_bytes
from dmtracker.services.transfer import ImportRejected, checkin_template_text
from dmtracker.ui.kit.tasks import Control, Task, TaskCancelled, one_line
from dmtracker.ui.kit.widgets import Card
from dmtracker.ui.reports.common import PRIVACY_NOTE, ReportsBase

FILE_FILTERS = {
    "csv": "Zip files (*.zip)",
    "json": "JSON files (*.json)",
    "fhir": "JSON files (*.json)",
}
IMPORT_FILTER = "Backups and check-in tables (*.json *.csv);;All files (*)"


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


class ExportsPart(ReportsBase):
    """The export and import cards (built by :meth:`_build_transfer_cards`)."""

    exporter: Any
    problems_dialog: ProblemsDialog | None

    def _build_transfer_cards(self) -> None:
        self.exporter = None
        self.problems_dialog = None
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
        self.export_button.clicked.connect(self.export_now)
        self.import_button.clicked.connect(self.import_now)
        self.template_button.clicked.connect(self.save_template)

    def set_exporter(self, exporter: Any) -> None:
        """``exporter`` is ``dmtracker.reports.exports.exporting`` (FORMATS, suggested_name,
        export_data), given by the composition root."""
        self.exporter = exporter
        self.format.clear()
        for key, (label, _suffix, _writer) in exporter.FORMATS.items():
            self.format.addItem(label, key)
        self.export_card.setVisible(True)

    def _show_problems(self, error: ImportRejected) -> None:
        self.problems_dialog = ProblemsDialog(error, self)
        self.problems_dialog.open()

    # -- export ---------------------------------------------------------------------------------
    def export_now(self) -> None:
        if self.exporter is None or self.services is None:
            return
        key = self.format.currentData()
        suffix = self.exporter.FORMATS[key][1]
        name = self.exporter.suggested_name(key, self.services.clock.today())
        dest = self._save_target("Export your data", name, FILE_FILTERS[key], suffix)
        if dest is None:
            return
        title = "Export not written"
        staged = self._staged(dest, title)
        if staged is None:
            return
        services, exporter = self.services, self.exporter

        def work(_control: Control) -> Any:
            return exporter.export_data(services, key, staged.path, overwrite=True)

        def done(result: Any) -> None:
            written = self._written(staged, result, title)
            if written is not None:
                self._inform("Export finished", f"{written.message}.\n\n{PRIVACY_NOTE}")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._warn(title, exc.reason)
            elif isinstance(exc, OSError):
                self._warn(title, f"{dest} could not be written: {exc.strerror or exc}")
            else:
                self._warn(title, one_line(exc))

        task = Task(
            "Export",
            f"Writing {dest.name}…",
            work,
            cancel="drop",
            done=done,
            failed=failed,
            ended=staged.drop,
        )
        self._start(task)

    # -- import ---------------------------------------------------------------------------------
    def import_now(self) -> None:
        if self.services is None:
            return
        path = self._ask_open_path("Import a backup or check-ins", IMPORT_FILTER)
        if not path:
            return
        transfer = self.services.transfer

        def work(control: Control) -> Any:
            # Cancel is honoured until the one write transaction commits
            with refuse_commit(transfer.engine, lambda: control.cancelled, TaskCancelled):
                control.check()
                return transfer.import_file(Path(path))

        def done(result: Any) -> None:
            if result.total_added:
                self.changed.emit(result.change)
            self.refresh()
            self._inform("Import finished", result.message + ".")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportRejected):
                self._show_problems(exc)
            elif isinstance(exc, OSError):
                self._warn("Nothing was imported", f"{path} could not be read: {exc.strerror}")
            else:
                self._warn("Nothing was imported", one_line(exc))

        def cancelled() -> None:
            self._inform(
                "Nothing was imported",
                "The import was cancelled before it was saved: your diary is exactly as it was.",
            )

        task = Task(
            "Import",
            f"Importing {Path(path).name}…",
            work,
            writes=True,
            cancel="commit",
            done=done,
            failed=failed,
            cancelled=cancelled,
        )
        self._start(task)

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
