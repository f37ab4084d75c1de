"""Choose the daily reminder time (or turn it off)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from dmtracker.i18n import translate


class ReminderDialog(QDialog):
    def __init__(self, current: QTime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ReminderDialog", "Daily reminder"))
        form = QFormLayout(self)
        note = QLabel(
            translate(
                "ReminderDialog",
                "If today has no check-in by this time, dmtracker shows a banner (and a "
                "notification where the desktop has a system tray). It stays quiet once you log.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.enabled = QCheckBox(translate("ReminderDialog", "&Remind me"))
        self.enabled.setChecked(current is not None)
        self.time = QTimeEdit(current or QTime(20, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("ReminderDialog", "Reminder time"))
        self.enabled.toggled.connect(self.time.setEnabled)
        self.time.setEnabled(current is not None)
        form.addRow(self.enabled)
        form.addRow(translate("ReminderDialog", "&At:"), self.time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_value(self) -> tuple[bool, QTime]:
        return self.enabled.isChecked(), self.time.time()
