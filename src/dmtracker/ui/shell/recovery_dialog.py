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

from dmtracker.i18n import formats, localize, translate
from dmtracker.ui.kit.errors import error_text
from dmtracker.ui.kit.layout import fit, scroll_body


def local_time(moment: datetime) -> str:
    """``2026-11-24 21:03`` (``24.11.2026 21:03`` in German) in the computer's time zone."""
    return formats.moment(moment.astimezone())


def kind_words(kind: str) -> str:
    """A backup's kind (stored as ``auto``, ``manual``, ``pre-upgrade``, ``pre-restore``) in
    words."""
    if kind == "auto":
        return translate("RecoveryDialog", "automatic daily backup")
    if kind == "manual":
        return translate("RecoveryDialog", "made by you")
    if kind == "pre-upgrade":
        return translate("RecoveryDialog", "made before an update")
    if kind == "pre-restore":
        return translate("RecoveryDialog", "made before a restore")
    return kind


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
        self.setWindowTitle(translate("RecoveryDialog", "dmtracker: your diary file is damaged"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.scroll_area = scroll_body(outer, margins=0, wrap=True)
        self.body, layout = self.scroll_area.body, self.scroll_area.form

        title = QLabel(translate("RecoveryDialog", "Your diary file is damaged"))
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)

        problem = (
            localize(problems[0])
            if problems
            else translate("RecoveryDialog", "the file cannot be read")
        )
        others = len(problems) - 1
        more = (
            translate("RecoveryDialog", " (and %n more problem(s))", None, others)
            if others > 0
            else ""
        )
        self.problem = QLabel(
            translate(
                "RecoveryDialog",
                "When dmtracker started, it checked your diary file and found a problem: "
                "<b>{problem}</b>{more}. Nothing has been changed.",
            ).format(problem=_escape(problem), more=more)
        )
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setAccessibleName(translate("RecoveryDialog", "What is wrong"))
        layout.addWidget(self.problem)
        self.db_path = _path_field(db, translate("RecoveryDialog", "The damaged diary file"))
        _labelled(layout, translate("RecoveryDialog", "Damaged &file:"), self.db_path)

        head = QLabel(translate("RecoveryDialog", "Newest good backup"))
        head.setObjectName("h2")
        layout.addWidget(head)
        self.backup_path: QLineEdit | None = None
        if backup is not None:
            taken = QLabel(
                translate("RecoveryDialog", "Taken <b>{time}</b> ({kind})").format(
                    time=local_time(backup.taken_at), kind=_escape(kind_words(backup.kind))
                )
            )
            taken.setAccessibleName(translate("RecoveryDialog", "When the backup was taken"))
            layout.addWidget(taken)
            self.backup_path = _path_field(
                backup.path, translate("RecoveryDialog", "The backup file")
            )
            _labelled(layout, translate("RecoveryDialog", "&Backup file:"), self.backup_path)
            text = translate(
                "RecoveryDialog",
                "Restoring puts this backup in place of the damaged file. Records saved after "
                "{time} are not in it. The damaged file is <b>not deleted</b>: it is kept in "
                "the backups folder, so nothing is thrown away.",
            ).format(time=local_time(backup.taken_at))
        else:
            text = translate(
                "RecoveryDialog",
                "There is no good backup to restore. The damaged file is left as it is. "
                "Keep a copy of it, and ask for help to rescue what can be read "
                "(<code>dmtracker check</code> shows what is wrong).",
            )
        self.backup_text = QLabel(text)
        self.backup_text.setWordWrap(True)
        self.backup_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_text.setAccessibleName(translate("RecoveryDialog", "Newest good backup"))
        layout.addWidget(self.backup_text)

        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("RecoveryDialog", "Result"))
        self.status.setVisible(False)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(translate("RecoveryDialog", "&Restore this backup"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setAccessibleName(self.restore_button.text().replace("&", ""))
        self.quit_button = QPushButton(translate("RecoveryDialog", "&Quit"))
        self.quit_button.setAccessibleName(translate("RecoveryDialog", "Quit dmtracker"))
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
            self.status.setText(
                translate("RecoveryDialog", "The backup could not be restored: {reason}").format(
                    reason=error_text(exc)
                )
            )
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
