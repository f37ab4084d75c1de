"""The Reports page's backups: the automatic ones listed, a backup now or to a chosen file,
restoring a listed backup (the diary as it is is kept first), and the health check.

Backups and restores are writes: they run one at a time on the runner's writer queue and
cannot be cancelled once started (the progress dialog says so); the check is a read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import current, formats, localize, translate
from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.tasks import Control, Task, one_line
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.reports.common import privacy_note
from dmtracker.ui.reports.second_folder import SecondFolderPart


def kind_label(kind: str) -> str:
    """How a backup came to be, for people (the stored ``kind`` stays a key)."""
    kinds = {
        "auto": translate("BackupsCard", "Automatic (daily)"),
        "manual": translate("BackupsCard", "Made by you"),
        "pre-upgrade": translate("BackupsCard", "Before an upgrade"),
        "pre-restore": translate("BackupsCard", "Before a restore"),
    }
    return kinds.get(kind, kind)


def _moment(value: Any) -> str:
    return formats.moment(value.astimezone())


class BackupsPart(SecondFolderPart):
    """The backups card (built by :meth:`_build_backups_card`)."""

    import_button: QPushButton  # made by the import card, marked as a write here too

    def _build_backups_card(self) -> None:
        card = Card(translate("BackupsCard", "Backups"))
        note = QLabel(
            translate(
                "BackupsCard",
                "dmtracker copies your database once a day and keeps the last 14 copies. "
                "Copies never leave this computer unless you move them.",
            )
        )
        note.setWordWrap(True)
        card.body.addWidget(note)
        self.backup_button = QPushButton(translate("BackupsCard", "&Back up now"))
        self.backup_file_button = QPushButton(translate("BackupsCard", "Back up to a fi&le…"))
        self.check_button = QPushButton(translate("BackupsCard", "&Check the database"))
        card.body.addWidget(flow(self.backup_button, self.backup_file_button))
        self.table = RecordTable(
            [
                Column(
                    translate("BackupsCard", "Taken", "when a backup was made"),
                    lambda b: b.taken_at,
                    lambda b: _moment(b.taken_at),
                ),
                Column(translate("BackupsCard", "Kind", "of backup"), lambda b: kind_label(b.kind)),
                Column(
                    translate("BackupsCard", "Size"),
                    lambda b: b.size_bytes,
                    lambda b: f"{formats.number(b.size_bytes / 1e6, 1)} MB",
                    numeric=True,
                ),
                Column(translate("BackupsCard", "File"), lambda b: b.path.name),
            ],
            translate("BackupsCard", "Backups"),
        )
        self.table.setMinimumHeight(240)
        card.body.addWidget(self.table)
        self.restore_button = QPushButton(translate("BackupsCard", "Re&store the selected backup…"))
        self.restore_button.setToolTip(
            translate(
                "BackupsCard",
                "Go back to the chosen copy. The diary as it is now is kept as a backup first.",
            )
        )
        card.body.addWidget(flow(self.restore_button, self.check_button))
        self._build_second_folder(card.body)
        self.layout_.addWidget(card)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_file_button.clicked.connect(self.backup_to_file)
        self.check_button.clicked.connect(self.check_now)
        self.restore_button.clicked.connect(self.restore_selected)

    def _mark_writes(self) -> None:
        writes(
            self.import_button,
            self.backup_button,
            self.restore_button,
            self.copy_choose_button,
            self.copy_off_button,
            self.copy_keep,
            self.copy_now_button,
        )

    # -- backups --------------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.services is None:
            return
        maintenance = self.services.maintenance

        def done(path: Any) -> None:
            self.refresh()
            self._inform(
                translate("BackupsCard", "Backup made"),
                translate("BackupsCard", "A copy of your data was saved to\n{path}").format(
                    path=path
                ),
            )

        task = Task(
            translate("BackupsCard", "Backup"),
            translate("BackupsCard", "Making a backup of your diary…"),
            lambda _control: maintenance.backup_now(),
            writes=True,
            done=done,
            failed_title=translate("BackupsCard", "Backup not made"),
        )
        self._start(task)

    def backup_to_file(self) -> None:
        if self.services is None:
            return
        name = f"dmtracker-{self.services.clock.today().isoformat()}.sqlite3"
        path = self._ask_save_path(
            translate("BackupsCard", "Back up to a file"),
            self._suggested(name),
            translate("BackupsCard", "dmtracker backups (*.sqlite3)"),
        )
        if not path:
            return
        maintenance = self.services.maintenance

        def done(made: Any) -> None:
            saved = translate("BackupsCard", "A copy of your data was saved to\n{path}")
            self._inform(
                translate("BackupsCard", "Backup made"),
                f"{saved.format(path=made)}\n\n{privacy_note()}",
            )

        def failed(exc: BaseException) -> None:
            reason = (
                translate("BackupsCard", "{path} could not be written: {reason}").format(
                    path=path, reason=exc
                )
                if isinstance(exc, OSError)
                else None
            )
            self._warn(translate("BackupsCard", "Backup not written"), reason or one_line(exc))

        task = Task(
            translate("BackupsCard", "Backup"),
            translate("BackupsCard", "Writing a backup to {file}…").format(file=Path(path).name),
            lambda _control: maintenance.backup_now(Path(path)),
            writes=True,
            done=done,
            failed=failed,
        )
        self._start(task)

    def restore_selected(self) -> None:
        if self.services is None:
            return
        chosen = self.table.selected_item()
        if chosen is None:
            self._inform(
                translate("BackupsCard", "Choose a backup"),
                translate("BackupsCard", "Select a backup in the table first, then restore it."),
            )
            return
        when = _moment(chosen.taken_at)
        kind = kind_label(chosen.kind)
        if current().code != "de":  # (German nouns keep their capital)
            kind = kind[:1].lower() + kind[1:]
        if not self._confirm(
            translate("BackupsCard", "Restore this backup?"),
            translate(
                "BackupsCard",
                "Your diary will go back to the copy of {when} ({kind}).\n\n"
                "Anything entered after that copy will no longer be in the diary. Before "
                "restoring, dmtracker keeps your diary as it is now in a new backup "
                '("{before_restore}"), so you can come back to it.\n\nRestore now?',
            ).format(when=when, kind=kind, before_restore=kind_label("pre-restore")),
        ):
            return
        transfer = self.services.transfer

        def work(_control: Control) -> Any:
            return transfer.restore_backup(chosen.path)

        def done(kept: Any) -> None:
            self.reopen_requested.emit()
            self.refresh()
            self._inform(
                translate("BackupsCard", "Backup restored"),
                translate(
                    "BackupsCard",
                    "Your diary is now the copy of {when}.\n\nThe diary as it was before is kept "
                    "in\n{path}",
                ).format(when=when, path=kept),
            )

        def failed(exc: BaseException) -> None:
            title = translate("BackupsCard", "Not restored")
            if isinstance(exc, ValidationError):  # refused before anything was replaced
                unchanged = translate("BackupsCard", "Your diary was not changed.")
                self._warn(title, f"{localize(exc.reason)}\n\n{unchanged}")
            else:
                self._warn(title, one_line(exc))

        task = Task(
            translate("BackupsCard", "Restore"),
            translate("BackupsCard", "Restoring the copy of {when}…").format(when=when),
            work,
            writes=True,
            done=done,
            failed=failed,
        )
        self._start(task)

    def check_now(self) -> None:
        if self.services is None:
            return
        maintenance = self.services.maintenance
        task = Task(
            translate("BackupsCard", "Database check"),
            translate("BackupsCard", "Checking the database…"),
            lambda _control: maintenance.check(),
            cancel="drop",
            done=self._checked,
            failed_title=translate("BackupsCard", "Database problem"),
        )
        self._start(task)

    def _checked(self, report: Any) -> None:
        if report.ok:
            newest = report.newest_backup
            when = (
                _moment(newest.taken_at)
                if newest
                else translate("BackupsCard", "none yet", "no backup yet")
            )
            self._inform(
                translate("BackupsCard", "Database checked"),
                translate(
                    "BackupsCard", "The database is sound.\nNewest good backup: {when}"
                ).format(when=when),
            )
        else:
            self._warn(
                translate("BackupsCard", "Database problem"),
                "\n".join(localize(p) for p in report.problems[:10])
                or translate("BackupsCard", "The database schema is not the one this app expects."),
            )
