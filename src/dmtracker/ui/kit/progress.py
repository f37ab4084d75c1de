"""The progress dialog of long work (``dmtracker.ui.kit.tasks``): what is being done, a progress
bar, and Cancel where the task allows it (or a note that it cannot be cancelled)."""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.i18n import translate

CancelPolicy = Literal["drop", "commit", "never"]
NOT_CANCELLABLE = "It cannot be cancelled once started."  # English; shown as not_cancellable()


def not_cancellable() -> str:
    return translate("ProgressDialog", "It cannot be cancelled once started.")


class ProgressDialog(QDialog):
    """A small window-modal dialog: what is being done, a progress bar (busy until a percentage
    comes) and Cancel when the task allows it. It cannot be closed while the task runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, label: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(360)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy
        self.bar.setAccessibleName(translate("ProgressDialog", "Progress"))
        layout.addWidget(self.bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(translate("ProgressDialog", "Cancel"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout.addWidget(self.buttons)
        self.cancellable = True
        self.finished_ = False

    def set_task(self, label: str, cancel: CancelPolicy) -> None:
        self.label.setText(label)
        self.cancellable = cancel != "never"
        self.buttons.setVisible(self.cancellable)
        self.cancel_button.setEnabled(self.cancellable)
        self.note.setText(not_cancellable())
        self.note.setVisible(not self.cancellable)

    def set_progress(self, percent: int, text: str) -> None:
        if text:
            self.label.setText(text)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        self.bar.setValue(max(0, min(100, percent)))

    def request_cancel(self) -> None:
        if self.cancellable and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("ProgressDialog", "Stopping…"))
            self.cancel_requested.emit()

    def reject(self) -> None:  # Escape: Cancel where allowed, never a plain close
        self.request_cancel()

    def finish(self) -> None:
        self.finished_ = True
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()

    def closeEvent(self, event: Any) -> None:
        """Closing (also the application quitting) cancels where allowed; a write that cannot
        be stopped at once keeps the dialog, and so the application, open until it ends."""
        if not self.finished_:
            self.request_cancel()  # a task whose output is dropped finishes the dialog at once
        if self.finished_:
            event.accept()
        else:
            event.ignore()
