"""What the parts of the Reports page share: the dialogs (in one place, so tests can answer
them), the task runner, and the note on private files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dmtracker.i18n import translate
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.tasks import StagedOutput, Task, TaskHandle, TaskRunner, app_runner, one_line


def privacy_note() -> str:
    return translate(
        "ReportsPage",
        "The file can be read only by your user account on this computer. It holds health "
        "information: share it only with people you trust.",
    )


def not_written(path: object, exc: OSError) -> str:
    """A file that could not be written, and the system's reason."""
    return translate("ReportsPage", "{path} could not be written: {reason}").format(
        path=path, reason=exc.strerror or exc
    )


class ReportsBase(Page):
    """The Reports page's shared part; :class:`dmtracker.ui.reports.page.ReportsPage` adds the
    cards. Long work goes through ``self.tasks`` (the app's runner unless one is given)."""

    reopen_requested = Signal()  # the database file was replaced: open the data folder again

    def __init__(self, parent: QWidget | None = None, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.tasks = tasks or app_runner()

    def _start(self, task: Task) -> TaskHandle:
        """Start ``task`` with a progress dialog over the page; a failure without its own
        message is said in one line."""
        if task.failed is None:
            title = task.failed_title or task.title
            task.failed = lambda exc: self._warn(title, one_line(exc))
        return self.tasks.start(task, self)

    # -- dialogs (one place, so tests can answer them) -----------------------------------------
    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path

    def _ask_open_path(self, title: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), file_filter)
        return path

    def _ask_folder(self, title: str, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, title, start or str(Path.home()))

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

    def _suggested(self, name: str) -> str:
        return str(Path.home() / name)

    def _save_target(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        """Ask where to save; the suffix is added when missing (asking before replacing a file
        of that name, which the file dialog did not see)."""
        path = self._ask_save_path(title, self._suggested(name), file_filter)
        if not path:
            return None
        dest = Path(path)
        if dest.suffix.lower() != suffix:
            dest = dest.with_name(dest.name + suffix)
            if dest.exists() and not self._confirm(
                translate("ReportsPage", "Replace the file?"),
                translate("ReportsPage", "{path} already exists. Replace it?").format(path=dest),
            ):
                return None
        return dest

    def _staged(self, dest: Path, title: str) -> StagedOutput | None:
        """Where a task writes before its file is moved to ``dest`` (None: said why not)."""
        try:
            return StagedOutput(dest)
        except OSError as exc:
            self._warn(title, not_written(dest, exc))
            return None

    def _written(self, staged: StagedOutput, result: Any, title: str) -> Any:
        """Move a finished output into place; the result with its real path (None: failed)."""
        from dataclasses import replace

        try:
            dest = staged.commit()
        except OSError as exc:
            self._warn(title, not_written(staged.dest, exc))
            return None
        return replace(result, path=dest)
