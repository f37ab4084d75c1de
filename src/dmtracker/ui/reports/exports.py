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
from dmtracker.i18n import localize, translate, vocabulary
from dmtracker.services.commit_guard import refuse_commit
from dmtracker.services.private_files import write_private_bytes
from dmtracker.services.transfer import ImportRejected, checkin_template_text
from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.tasks import Control, Task, TaskCancelled, one_line
from dmtracker.ui.kit.widgets import Card
from dmtracker.ui.reports.common import ReportsBase, not_written, privacy_note


def file_filter(fmt: str) -> str:
    """The file dialog's filter for an export format."""
    if fmt == "csv":
        return translate("ExportsCard", "Zip files (*.zip)")
    return translate("ExportsCard", "JSON files (*.json)")


def import_filter() -> str:
    return translate(
        "ExportsCard",
        "Backups, check-in tables and health exports (*.json *.csv *.zip *.xml);;All files (*)",
    )


def nothing_imported() -> str:
    return translate("ExportsCard", "Nothing was imported")


class ProblemsDialog(QDialog):
    """The list of problems that made an import fail, one per line, selectable and copyable."""

    def __init__(self, error: ImportRejected, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(nothing_imported())
        layout = QVBoxLayout(self)
        summary = QLabel(f"{localize(error.summary())}.")
        summary.setWordWrap(True)
        summary.setObjectName("h2")
        layout.addWidget(summary)
        advice = QLabel(
            translate(
                "ExportsCard",
                "Your diary is exactly as it was. Fix these lines in the file and import it again.",
            )
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        self.text = QPlainTextEdit(localize(error.describe()))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ExportsCard", "Problems found, one per line"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("ExportsCard", "&Copy the list"))
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
        self.export_card = Card(translate("ExportsCard", "Export"))
        note = QLabel(
            translate(
                "ExportsCard",
                "Take your data out of dmtracker: a spreadsheet for yourself, a complete backup "
                "to move to another computer (it can be imported again), or a FHIR file for a "
                "health-record system. Deleted entries are left out, except in the backup.",
            )
        )
        note.setWordWrap(True)
        self.export_card.body.addWidget(note)
        row = QHBoxLayout()
        label = QLabel(translate("ExportsCard", "F&ormat:"))
        self.format = QComboBox()
        self.format.setAccessibleName(translate("ExportsCard", "Export format"))
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format.setMinimumContentsLength(16)  # long labels must not widen the page
        label.setBuddy(self.format)
        self.export_button = QPushButton(translate("ExportsCard", "E&xport…"))
        self.export_button.setAccessibleName(translate("ExportsCard", "Export to a file"))
        row.addWidget(label)
        row.addWidget(self.format, 1)
        row.addWidget(self.export_button)
        self.export_card.body.addLayout(row)
        self.export_card.setVisible(False)
        self.layout_.addWidget(self.export_card)

        imports = Card(translate("ExportsCard", "Import"))
        # one text a line (a translation of each stays short enough to wrap)
        lines = (
            translate("ExportsCard", "Bring data in from a file:"),
            "• "
            + translate(
                "ExportsCard", "a complete backup (.json) made by dmtracker, into an empty diary;"
            ),
            "• "
            + translate(
                "ExportsCard",
                "daily check-ins from a spreadsheet saved as CSV, with the columns of the "
                "check-in template (day as YYYY-MM-DD, scales 0–10, function items 0–3, notes);",
            ),
            "• "
            + translate(
                "ExportsCard",
                "weight and daily steps from a phone or a scale: Apple Health's export.zip, an "
                "openScale CSV export, or Google Fit's 'Daily activity metrics.csv' from Google "
                "Takeout.",
            ),
            translate(
                "ExportsCard",
                "If any row has a problem, nothing is imported and you get the list of lines to "
                "fix. Days already in your diary with the same values are skipped, and a day's "
                "steps or weight are never counted twice.",
            ),
        )
        note = QLabel("\n".join(lines))
        note.setWordWrap(True)
        imports.body.addWidget(note)
        self.import_button = QPushButton(translate("ExportsCard", "&Import a file…"))
        self.template_button = QPushButton(translate("ExportsCard", "Save the check-in &template…"))
        imports.body.addWidget(flow(self.import_button, self.template_button))
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
            self.format.addItem(vocabulary(label), key)  # (marked in the exporter)
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
        dest = self._save_target(
            translate("ExportsCard", "Export your data"), name, file_filter(key), suffix
        )
        if dest is None:
            return
        title = translate("ExportsCard", "Export not written")
        staged = self._staged(dest, title)
        if staged is None:
            return
        services, exporter = self.services, self.exporter

        def work(_control: Control) -> Any:
            return exporter.export_data(services, key, staged.path, overwrite=True)

        def done(result: Any) -> None:
            written = self._written(staged, result, title)
            if written is not None:
                self._inform(
                    translate("ExportsCard", "Export finished"),
                    f"{written.message}.\n\n{privacy_note()}",
                )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._warn(title, localize(exc.reason))
            elif isinstance(exc, OSError):
                self._warn(title, not_written(dest, exc))
            else:
                self._warn(title, one_line(exc))

        task = Task(
            translate("ExportsCard", "Export"),
            translate("ExportsCard", "Writing {file}…").format(file=dest.name),
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
        path = self._ask_open_path(
            translate("ExportsCard", "Import a backup, check-ins, weight or steps"),
            import_filter(),
        )
        if not path:
            return
        transfer = self.services.transfer
        health = self.services.health

        def work(control: Control) -> Any:
            # Cancel is honoured until the one write transaction commits
            with refuse_commit(transfer.engine, lambda: control.cancelled, TaskCancelled):
                control.check()
                if health.detect(path) is not None:  # Apple Health, openScale, Google Fit
                    return health.import_file(Path(path))
                return transfer.import_file(Path(path))

        def done(result: Any) -> None:
            if result.total_added:
                self.changed.emit(result.change)
            self.refresh()
            finished = translate("ExportsCard", "Import finished")
            self._inform(finished, localize(result.message) + ".")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportRejected):
                self._show_problems(exc)
            elif isinstance(exc, OSError):
                self._warn(
                    nothing_imported(),
                    translate("ExportsCard", "{path} could not be read: {reason}").format(
                        path=path, reason=exc.strerror
                    ),
                )
            else:
                self._warn(nothing_imported(), one_line(exc))

        def cancelled() -> None:
            self._inform(
                nothing_imported(),
                translate(
                    "ExportsCard",
                    "The import was cancelled before it was saved: your diary is exactly as it "
                    "was.",
                ),
            )

        task = Task(
            translate("ExportsCard", "Import"),
            translate("ExportsCard", "Importing {file}…").format(file=Path(path).name),
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
            translate("ExportsCard", "Save the check-in template"),
            self._suggested("dmtracker-checkins-template.csv"),
            translate("ExportsCard", "CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            write_private_bytes(Path(path), checkin_template_text().encode("utf-8"))
        except OSError as exc:
            self._warn(translate("ExportsCard", "Template not saved"), not_written(path, exc))
            return
        self._inform(
            translate("ExportsCard", "Template saved"),
            translate(
                "ExportsCard",
                "The check-in template was saved to\n{path}\n\nOpen it in your spreadsheet, "
                "keep the first line, replace the two example days with yours, save as CSV "
                "(UTF-8) and import it here.",
            ).format(path=path),
        )
