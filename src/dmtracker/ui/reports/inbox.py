"""The Reports page's Inbox card (docs/inbox-format.md): the folder another device fills, the
files found in it with what they hold or their problems by line, and Accept all, Accept
selected, Reject selected.

The folder is checked when the diary opens and watched while the app runs (a
QFileSystemWatcher; a file still arriving is looked at again a little later). A warning sign
among a file's side effects is shown with its urgent advice before the file is accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize, translate, vocabulary
from dmtracker.services.inbox import InboxFile
from dmtracker.services.transfer import ImportRejected
from dmtracker.ui.kit.errors import StatusLabel
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.tasks import Control, Task, one_line
from dmtracker.ui.kit.widgets import Card
from dmtracker.ui.reports.common import ReportsBase
from dmtracker.ui.safety.red_flag import confirm_red_flags

RESCAN_MS = 700  # after the folder changed: let a copy finish before reading


def file_line(f: InboxFile) -> str:
    """One file in the list: a sign that is not only a colour, the name, what it holds."""
    if not f.ok:
        problems = len(f.problems)
        return translate(
            "InboxCard", "✗ {file}: %n problem(s), it cannot be imported", None, problems
        ).format(file=f.name)
    what = localize(f.contents()) or translate("InboxCard", "nothing new")
    line = translate("InboxCard", "✓ {file}: {what}").format(file=f.name, what=what)
    if f.red_flags:
        signs = ", ".join(vocabulary(t) for t in f.red_flags)
        line += " " + translate("InboxCard", "⚠ warning sign: {signs}").format(signs=signs)
    return line


NO_MNEMONIC = "no_mnemonic"  # a button reached with Tab only (see the tests)


class InboxPart(ReportsBase):
    """The inbox card (built by :meth:`_build_inbox_card`)."""

    inbox_files: list[InboxFile]

    def _build_inbox_card(self) -> None:
        self.inbox_files = []
        self._inbox_round = 0  # a newer look at the folder wins over an older one
        card = self.inbox_card = Card(translate("InboxCard", "Inbox"))
        intro = QLabel(
            translate(
                "InboxCard",
                "Files a phone, a tablet or another computer puts into a folder you choose (with "
                "Syncthing, Nextcloud, a USB stick …): check-in tables (.csv) and entries, "
                "weights, steps and side effects (.jsonl). Each file is checked first; nothing "
                "is saved before you accept it. Accepted files move to done/, rejected ones to "
                "rejected/ with the reasons.",
            )
        )
        intro.setWordWrap(True)
        card.body.addWidget(intro)
        row = QHBoxLayout()
        self.inbox_folder = QLabel()
        self.inbox_folder.setWordWrap(True)
        self.inbox_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inbox_choose = QPushButton(translate("InboxCard", "Choose the inbox folder…"))
        self.inbox_check = QPushButton(translate("InboxCard", "Refresh the list"))
        row.addWidget(self.inbox_folder, 1)
        row.addWidget(self.inbox_choose)
        row.addWidget(self.inbox_check)
        card.body.addLayout(row)
        self.inbox_list = QListWidget()
        self.inbox_list.setAccessibleName(translate("InboxCard", "Files in the inbox"))
        self.inbox_list.setMinimumHeight(self.inbox_list.fontMetrics().height() * 5)
        card.body.addWidget(self.inbox_list)
        self.inbox_details = QPlainTextEdit()
        self.inbox_details.setReadOnly(True)
        self.inbox_details.setAccessibleName(
            translate("InboxCard", "The selected file: what it holds or its problems")
        )
        self.inbox_details.setMaximumHeight(self.inbox_details.fontMetrics().lineSpacing() * 7)
        card.body.addWidget(self.inbox_details)
        buttons = QHBoxLayout()
        self.inbox_accept_all = QPushButton(translate("InboxCard", "Accept all"))
        self.inbox_accept = QPushButton(translate("InboxCard", "Accept selected"))
        self.inbox_reject = QPushButton(translate("InboxCard", "Re&ject selected"))
        # The Reports page has run out of Alt letters (every one is taken by its other cards
        # or the menus): these four are reached with Tab instead.
        for button in (
            self.inbox_choose,
            self.inbox_check,
            self.inbox_accept_all,
            self.inbox_accept,
        ):
            button.setProperty(NO_MNEMONIC, True)
        for b in (self.inbox_accept_all, self.inbox_accept, self.inbox_reject):
            buttons.addWidget(b)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.inbox_status = StatusLabel()
        card.body.addWidget(self.inbox_status)
        self.layout_.addWidget(card)
        writes(*self.inbox_writes())

        self.inbox_watch = QFileSystemWatcher(self)
        self.inbox_timer = QTimer(self)
        self.inbox_timer.setSingleShot(True)
        self.inbox_timer.setInterval(RESCAN_MS)
        self.inbox_timer.timeout.connect(self.check_inbox)
        self.inbox_watch.directoryChanged.connect(lambda _p: self.inbox_timer.start())
        self.inbox_watch.fileChanged.connect(lambda _p: self.inbox_timer.start())
        self.inbox_choose.clicked.connect(self.choose_inbox)
        self.inbox_check.clicked.connect(self.check_inbox)
        self.inbox_accept_all.clicked.connect(lambda: self.accept_files(all_files=True))
        self.inbox_accept.clicked.connect(lambda: self.accept_files(all_files=False))
        self.inbox_reject.clicked.connect(self.reject_files)
        self.inbox_list.currentRowChanged.connect(self._show_inbox_file)

    def inbox_writes(self) -> tuple[QPushButton, ...]:
        return (self.inbox_choose, self.inbox_accept_all, self.inbox_accept, self.inbox_reject)

    # -- the folder ----------------------------------------------------------------------------
    def choose_inbox(self) -> None:
        if self.services is None:
            return
        now = self.services.inbox.folder()
        folder = self._ask_folder(
            translate("InboxCard", "Choose the inbox folder"), str(now) if now else ""
        )
        if not folder:
            return
        try:
            self.services.inbox.set_folder(folder)
        except ValidationError as exc:
            self.inbox_status.error([localize(exc.reason)], translate("InboxCard", "Not changed"))
            return
        self.check_inbox()

    def _watch(self, folder: Path | None) -> None:
        old = self.inbox_watch.directories() + self.inbox_watch.files()
        if old:
            self.inbox_watch.removePaths(old)
        if folder is not None and folder.is_dir():
            self.inbox_watch.addPath(str(folder))

    # -- checking ------------------------------------------------------------------------------
    def check_inbox(self) -> None:
        """Look at the folder again: list its files, checked (nothing is written)."""
        if self.services is None:
            return
        inbox = self.services.inbox
        folder = inbox.folder()
        self._watch(folder)
        if folder is None:
            self.inbox_folder.setText(translate("InboxCard", "No inbox folder chosen yet."))
        elif not folder.is_dir():
            self.inbox_folder.setText(
                translate("InboxCard", "The inbox folder {folder} cannot be found.").format(
                    folder=folder
                )
            )
        else:
            self.inbox_folder.setText(
                translate("InboxCard", "Inbox folder: {folder}").format(folder=folder)
            )
        self._inbox_round += 1
        round_ = self._inbox_round

        def work(_control: Control) -> tuple[list[InboxFile], list[Path]]:
            # reading and checking the files (each up to 10 MB) is off the GUI thread
            ready, waiting = inbox.pending(folder)
            return [inbox.check(p) for p in ready], waiting

        def shown(result: tuple[list[InboxFile], list[Path]]) -> None:
            # the page may be gone by the time the folder is read (a closed window, a test)
            if not shiboken6.isValid(self.inbox_list):
                return
            if round_ == self._inbox_round and self.services is not None:
                self._show_inbox(*result)

        # writes=True: a check-in CSV is tried in a transaction that is rolled back, so the
        # check waits its turn with the writers
        self.tasks.start(
            Task(
                translate("InboxCard", "Inbox"),
                "",
                work,
                writes=True,
                done=shown,
                failed=self._inbox_failed,
            )
        )

    def _inbox_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.inbox_status):
            return
        self.inbox_status.error([one_line(exc)], translate("InboxCard", "Inbox"))

    def _show_inbox(self, files: list[InboxFile], waiting: list[Path]) -> None:
        assert self.services is not None
        self.inbox_files = files
        if waiting:  # still arriving: look again once it has settled
            settle = self.services.inbox.settle_seconds
            QTimer.singleShot(int(settle * 1000) + RESCAN_MS, self.check_inbox)
        self.inbox_list.clear()
        for f in self.inbox_files:
            item = QListWidgetItem(file_line(f))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.inbox_list.addItem(item)
        count = len(self.inbox_files)
        self.inbox_list.setVisible(bool(count))
        self.inbox_details.setVisible(bool(count))
        for b in (self.inbox_accept_all, self.inbox_accept, self.inbox_reject):
            b.setEnabled(bool(count) and not self.services.read_only)
        if count:
            self.inbox_list.setCurrentRow(0)
        self._inbox_note(waiting)

    def _inbox_note(self, waiting: list[Path]) -> None:
        count = len(self.inbox_files)
        text = (
            translate("InboxCard", "%n file(s) to review.", None, count)
            if count
            else translate("InboxCard", "No files waiting.")
        )
        if waiting:
            arriving = len(waiting)
            text += " " + translate("InboxCard", "%n file(s) still arriving.", None, arriving)
        self.inbox_status.note(text)

    def _show_inbox_file(self, row: int) -> None:
        if not 0 <= row < len(self.inbox_files):
            self.inbox_details.setPlainText("")
            return
        f = self.inbox_files[row]
        lines = [file_line(f)]
        if f.device:
            lines.append(
                translate("InboxCard", "From the device {device}.").format(device=f.device)
            )
        lines += [localize(p.describe()) for p in f.problems]
        self.inbox_details.setPlainText("\n".join(lines))

    def _chosen(self, all_files: bool) -> list[InboxFile]:
        if all_files:
            return list(self.inbox_files)
        checked = [
            f
            for i, f in enumerate(self.inbox_files)
            if self.inbox_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if checked:
            return checked
        row = self.inbox_list.currentRow()
        return [self.inbox_files[row]] if 0 <= row < len(self.inbox_files) else []

    # -- accepting and rejecting ---------------------------------------------------------------
    def accept_files(self, all_files: bool = True) -> None:
        if self.services is None:
            return
        chosen = [f for f in self._chosen(all_files) if f.ok]
        signs = [t for f in chosen for t in f.red_flags]
        if signs and not confirm_red_flags(signs, self):
            return
        if not chosen:
            self.inbox_status.error(
                [], translate("InboxCard", "Nothing to accept: the chosen files have problems.")
            )
            return
        inbox = self.services.inbox
        paths = [f.path for f in chosen]
        files = len(paths)

        def work(control: Control) -> Any:
            done, refused = [], []
            for p in paths:
                control.check()
                try:
                    done.append(inbox.accept(p))
                except ImportRejected as exc:  # e.g. a day logged meanwhile with other values
                    refused.append((p.name, exc))
            return done, refused

        def finished(result: Any) -> None:
            done, refused = result
            for d in done:
                self.changed.emit(d.change)
            self.check_inbox()
            lines = [localize(d.change.message) for d in done]
            lines += [f"{name}: {localize(exc.describe())}" for name, exc in refused]
            if refused:
                self.inbox_status.error(
                    lines, translate("InboxCard", "Some files were not imported")
                )
            else:
                self.inbox_status.note("\n".join(lines))

        self._start(
            Task(
                translate("InboxCard", "Inbox"),
                translate("InboxCard", "Importing %n file(s)…", None, files),
                work,
                writes=True,
                done=finished,
            )
        )

    def reject_files(self) -> None:
        if self.services is None:
            return
        chosen = self._chosen(False)
        for f in chosen:
            try:
                reasons = "\n".join(localize(p.describe()) for p in f.problems)
                self.services.inbox.reject(f.path, reasons)
            except OSError as exc:
                self.inbox_status.error([str(exc.strerror or exc)], f.name)
                return
        self.check_inbox()
        moved = len(chosen)
        if moved:
            self.inbox_status.note(
                translate("InboxCard", "Moved %n file(s) to rejected/.", None, moved)
            )
