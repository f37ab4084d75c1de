"""Shown at start when the diary file is damaged or cannot be read: what is wrong, the newest
good backup and its date, and a way back ("Restore this backup") or out ("Quit").

The damaged file is never deleted: restoring keeps it, byte for byte, in the ``backups``
folder. The dialog does not touch files itself; it is handed a ``restore`` function (from
``app.py``, over ``services.maintenance.restore_database``) that returns where the damaged file
was kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.ui.kit.layout import fit, scroll_body


def local_time(moment: datetime) -> str:
    """``2026-11-24 21:03`` in the computer's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RecoveryDialog(QDialog):
    """``backup`` is a backup description (``path``, ``taken_at`` aware UTC, ``kind``) or None.

    After ``exec()``: Accepted when the backup was restored (``kept`` is where the damaged file
    now is), Rejected when the user chose to quit.
    """

    def __init__(
        self,
        db: Path,
        problems: list[str],
        backup: Any,
        restore: Callable[[], Path] | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.backup = backup
        self._restore = restore
        self.kept: Path | None = None
        self.setWindowTitle("dmtracker: your diary file is damaged")
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.scroll_area = scroll_body(outer, margins=0, wrap=True)
        self.body, layout = self.scroll_area.body, self.scroll_area.form

        title = QLabel("Your diary file is damaged")
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)

        problem = problems[0] if problems else "the file cannot be read"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        self.problem = QLabel(
            f"When dmtracker started, it checked your diary file and found a problem: "
            f"<b>{_escape(problem)}</b>{more}. Nothing has been changed."
        )
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setAccessibleName("What is wrong")
        layout.addWidget(self.problem)
        self.db_path = _path_field(db, "The damaged diary file")
        _labelled(layout, "Damaged &file:", self.db_path)

        head = QLabel("Newest good backup")
        head.setObjectName("h2")
        layout.addWidget(head)
        self.backup_path: QLineEdit | None = None
        if backup is not None:
            taken = QLabel(f"Taken <b>{local_time(backup.taken_at)}</b> ({_escape(backup.kind)})")
            taken.setAccessibleName("When the backup was taken")
            layout.addWidget(taken)
            self.backup_path = _path_field(backup.path, "The backup file")
            _labelled(layout, "&Backup file:", self.backup_path)
            text = (
                "Restoring puts this backup in place of the damaged file. Records saved after "
                f"{local_time(backup.taken_at)} are not in it. The damaged file is <b>not "
                "deleted</b>: it is kept in the backups folder, so nothing is thrown away."
            )
        else:
            text = (
                "There is no good backup to restore. The damaged file is left as it is. "
                "Keep a copy of it, and ask for help to rescue what can be read "
                "(<code>dmtracker check</code> shows what is wrong)."
            )
        self.backup_text = QLabel(text)
        self.backup_text.setWordWrap(True)
        self.backup_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_text.setAccessibleName("Newest good backup")
        layout.addWidget(self.backup_text)

        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Result")
        self.status.setVisible(False)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton("&Restore this backup")
        self.restore_button.setObjectName("primary")
        self.restore_button.setAccessibleName("Restore this backup")
        self.quit_button = QPushButton("&Quit")
        self.quit_button.setAccessibleName("Quit dmtracker")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setVisible(backup is not None and restore is not None)
        self.restore_button.clicked.connect(self.do_restore)
        self.quit_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        first = self.restore_button if self.restore_button.isVisibleTo(self) else self.quit_button
        first.setDefault(True)
        first.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        fit(self, 72)

    def do_restore(self) -> None:
        if self._restore is None or self.backup is None:
            return
        self.restore_button.setEnabled(False)
        try:
            self.kept = self._restore()
        except (ValueError, OSError) as exc:  # ValidationError is a ValueError
            self.status.setText(f"The backup could not be restored: {exc}")
            self.status.setProperty("error", True)
            self.status.setVisible(True)
            self.restore_button.setEnabled(True)
            return
        self.accept()


def _labelled(layout: QVBoxLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(field, 1)
    layout.addLayout(row)


def _path_field(path: Path, name: str) -> QLineEdit:
    """A file path that can be read in full (scrolls), selected and copied."""
    field = QLineEdit(str(path))
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setCursorPosition(0)
    return field


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
