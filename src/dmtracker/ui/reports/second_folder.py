"""The Backups card's second folder (issue 22): a folder of the user's choice (a synced folder,
a USB drive) that receives a copy of each day's backup, how many copies it keeps, when the last
copy was made (a warning, in words, after 7 days without one), "Copy now", and which backups the
table lists for a restore (this computer's or the second folder's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, localize, translate
from dmtracker.ui.kit.tasks import Control, Task, one_line
from dmtracker.ui.kit.widgets import RecordTable
from dmtracker.ui.reports.common import ReportsBase

THIS_COMPUTER, SECOND_FOLDER = "here", "second"


def breakable(text: str) -> str:
    """A path in a word-wrapped label may break after each separator (a long path has no
    spaces: unbroken it would widen the page beyond the window)."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


class SecondFolderPart(ReportsBase):
    """Built into the Backups card by :meth:`_build_second_folder`."""

    table: RecordTable

    def _build_second_folder(self, body: QVBoxLayout) -> None:
        heading = QLabel(translate("BackupsCard", "Second backup folder"))
        heading.setObjectName("subheading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        body.addWidget(heading)
        about = QLabel(
            translate(
                "BackupsCard",
                "Choose a folder on another disk, a USB drive or a synced folder (Syncthing, "
                "Nextcloud): each day's backup is copied there too, with your photos. An "
                "encrypted diary's copies stay encrypted.",
            )
        )
        about.setWordWrap(True)
        body.addWidget(about)
        self.copy_folder_label = QLabel()
        self.copy_folder_label.setWordWrap(True)
        body.addWidget(self.copy_folder_label)
        row = QHBoxLayout()
        self.copy_choose_button = QPushButton(translate("BackupsCard", "Se&nd copies to a folder…"))
        self.copy_off_button = QPushButton(translate("BackupsCard", "T&urn off"))
        keep_label = QLabel(translate("BackupsCard", "&Keep the last"))
        self.copy_keep = QSpinBox()
        self.copy_keep.setRange(1, 365)
        self.copy_keep.setSuffix(translate("BackupsCard", " copies"))
        self.copy_keep.setAccessibleName(translate("BackupsCard", "Copies kept in the folder"))
        keep_label.setBuddy(self.copy_keep)
        row.addWidget(self.copy_choose_button)
        row.addWidget(self.copy_off_button)
        row.addStretch(1)
        body.addLayout(row)
        keep_row = QHBoxLayout()  # (rows of their own: room for long languages at 200 %)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.copy_keep)
        keep_row.addStretch(1)
        body.addLayout(keep_row)
        self.copy_status_label = QLabel()
        self.copy_status_label.setWordWrap(True)
        body.addWidget(self.copy_status_label)
        row2 = QHBoxLayout()
        self.copy_now_button = QPushButton(translate("BackupsCard", "Cop&y now"))
        source_label = QLabel(translate("BackupsCard", "&Which backups to list:"))
        self.backup_source = QComboBox()
        self.backup_source.addItem(translate("BackupsCard", "this computer"), THIS_COMPUTER)
        self.backup_source.addItem(translate("BackupsCard", "the second folder"), SECOND_FOLDER)
        source_label.setBuddy(self.backup_source)
        row2.addWidget(self.copy_now_button)
        row2.addStretch(1)
        body.addLayout(row2)
        row3 = QHBoxLayout()
        row3.addWidget(source_label)
        row3.addWidget(self.backup_source)
        row3.addStretch(1)
        body.addLayout(row3)
        self.copy_choose_button.clicked.connect(self.choose_copy_folder)
        self.copy_off_button.clicked.connect(self.turn_copies_off)
        self.copy_keep.editingFinished.connect(self._keep_changed)
        self.copy_now_button.clicked.connect(self.copy_now)
        self.backup_source.currentIndexChanged.connect(lambda _i: self._list_backups())

    # -- showing ----------------------------------------------------------------------------
    def _refresh_second_folder(self) -> None:
        s = self.services
        if s is None:
            return
        copies = s.backup_copies
        status = copies.status()
        on = bool(status.folder)
        self.copy_folder_label.setText(
            translate("BackupsCard", "Second backup folder: {folder}").format(
                folder=breakable(status.folder)
            )
            if on
            else translate("BackupsCard", "Second backup folder: none chosen (off)")
        )
        self.copy_off_button.setEnabled(on)
        self.copy_now_button.setEnabled(on)
        self.copy_keep.blockSignals(True)
        self.copy_keep.setValue(copies.keep())
        self.copy_keep.blockSignals(False)
        self.copy_status_label.setText(breakable(self.copy_status_text()) if on else "")
        self.copy_status_label.setVisible(on)
        if not on and self.backup_source.currentIndex() != 0:
            self.backup_source.setCurrentIndex(0)
        self.backup_source.setEnabled(on)
        self._list_backups()

    def copy_status_text(self) -> str:
        """The last copy, in words (a warning says so with a sign and words, not colour)."""
        s = self.services
        if s is None:
            return ""
        copies = s.backup_copies
        status = copies.status()
        now = s.clock.now()
        reason = status.error
        if reason and copies.last_reason and str(copies.last_reason) == reason:
            reason = localize(copies.last_reason)
        if not status.overdue(now):
            assert status.last_ok is not None
            said = translate("BackupsCard", "Last copy: {when} ✓").format(
                when=formats.moment(s.clock.local(status.last_ok))
            )
            if reason:
                said += "\n" + translate("BackupsCard", "The last attempt failed: {reason}").format(
                    reason=reason
                )
            return said
        if status.last_ok is None:
            said = translate("BackupsCard", "⚠ Warning: no copy has been made yet")
        else:
            days = (now - status.last_ok).days
            said = translate("BackupsCard", "⚠ Warning: no copy for %n day(s)", None, days)
        return f"{said}: {reason}" if reason else said

    def _list_backups(self) -> None:
        s = self.services
        if s is None:
            return
        second = self.backup_source.currentData() == SECOND_FOLDER
        self.table.set_rows(s.backup_copies.copies() if second else s.maintenance.backups())

    # -- changing ---------------------------------------------------------------------------
    def choose_copy_folder(self) -> None:
        s = self.services
        if s is None:
            return
        current = s.backup_copies.folder()
        path = self._ask_folder(
            translate("BackupsCard", "Choose the second backup folder"),
            str(current) if current else "",
        )
        if not path:
            return
        try:
            s.backup_copies.set_folder(path)
        except ValidationError as exc:
            self._warn(translate("BackupsCard", "Folder not chosen"), localize(exc.reason))
            return
        self._refresh_second_folder()
        self.copy_now()

    def turn_copies_off(self) -> None:
        s = self.services
        if s is None:
            return
        s.backup_copies.set_folder(None)
        self._refresh_second_folder()

    def _keep_changed(self) -> None:
        s = self.services
        if s is None or self.copy_keep.value() == s.backup_copies.keep():
            return
        s.backup_copies.set_keep(self.copy_keep.value())

    def copy_now(self) -> None:
        s = self.services
        if s is None or s.backup_copies.folder() is None:
            return
        copies, maintenance = s.backup_copies, s.maintenance

        def work(_control: Control) -> Any:
            if not maintenance.backups():
                maintenance.backup_now()
            return copies.copy_now()

        def done(_result: Any) -> None:
            self._refresh_second_folder()
            self._inform(translate("BackupsCard", "Copy made"), self.copy_status_text())

        def failed(exc: BaseException) -> None:
            self._refresh_second_folder()
            reason = localize(exc.reason) if isinstance(exc, ValidationError) else one_line(exc)
            self._warn(translate("BackupsCard", "No copy made"), reason)

        task = Task(
            translate("BackupsCard", "Copy"),
            translate("BackupsCard", "Copying the newest backup to the second folder…"),
            work,
            writes=True,
            done=done,
            failed=failed,
        )
        self._start(task)
