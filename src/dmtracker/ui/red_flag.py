"""The red-flag message: shown at once, modal, and it must be acknowledged.

Used wherever a red-flag term is logged (side effects, the follow-up card, an open sore in the
rash log). The caller saves the record (with its red-flag mark) only after ``acknowledge``
returned True.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import side_effects


class RedFlagDialog(QDialog):
    """One message per red-flag group of the terms given; OK only after ticking "I have read"."""

    def __init__(self, terms: Iterable[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Seek urgent medical care now")
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        groups = []
        for term in terms:
            group = side_effects.red_flag_group(term)
            if group is not None and group not in groups:
                groups.append(group)
        self.groups = groups
        title = QLabel("⚠ RED FLAG: seek urgent medical care now")
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)
        for group in groups:
            head = QLabel(group.title)
            head.setObjectName("h2")
            body = QLabel(group.message)
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(head)
            layout.addWidget(body)
        self.read = QCheckBox("I have &read this message")
        self.read.setAccessibleName("I have read this message")
        layout.addWidget(self.read)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Save with the red-flag mark")
        self.ok.setEnabled(False)
        self.read.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.read.setFocus()

    def reject(self) -> None:
        """Escape does not dismiss an unread red flag."""
        if self.read.isChecked():
            super().reject()


def acknowledge(terms: Iterable[str], parent: QWidget | None = None) -> bool:
    """Show the message for any red-flag term among ``terms``; True when there is none or it
    was acknowledged."""
    terms = [t for t in terms if side_effects.is_red_flag(t)]
    if not terms:
        return True
    dialog = RedFlagDialog(terms, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted or dialog.read.isChecked()
