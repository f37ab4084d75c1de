"""Unexpected errors in the running app: logged (without health values), then a dialog that
says where the log is. The window stays open with whatever the user was typing, and every page
that keeps a draft (``Page.save_draft``) saves it first, so a form is never lost.

Only the exception's type and the traceback (file, line, function, source line) are logged,
never the exception's message or any variable: messages can quote what was typed.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.i18n import translate

log = logging.getLogger("dmtracker.crash")


class Draft(Protocol):
    """What keeps a draft: every page (``ui/kit/page.py``), most of which keep none."""

    def save_draft(self) -> None: ...


def describe(exc: BaseException) -> str:
    """Type and traceback of ``exc`` and of the exceptions it came from; no messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = "".join(traceback.format_tb(current.__traceback__))
        name = f"{type(current).__module__}.{type(current).__qualname__}"
        parts.append(f"{name}\nTraceback (most recent call last):\n{stack}")
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\nwhile handling or caused by:\n".join(parts)


class CrashDialog(QDialog):
    def __init__(self, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "dmtracker: something went wrong"))
        self.setModal(True)
        # (no minimum width on the dialog itself: it would stop the layout from widening it for
        # its buttons at 200 % text or in a longer language; the text holds the width instead)
        self.quit_chosen = False
        layout = QVBoxLayout(self)
        title = QLabel(translate("CrashDialog", "Something went wrong"))
        title.setObjectName("h1")
        title.setWordWrap(True)
        layout.addWidget(title)
        where = (
            translate(
                "CrashDialog",
                "The details are in the log file:<br><code>{path}</code><br>"
                "It holds no health data: you can send it with a bug report.",
            ).format(path=log_path)
            if log_path
            else translate("CrashDialog", "No log file is open.")
        )
        self.text = QLabel(
            translate(
                "CrashDialog",
                "dmtracker hit an unexpected error. Your saved records are safe, and what you "
                "were typing is still in the window (the check-in form is also kept as a "
                "draft).<br>You can go on; if the problem comes back, quit and start dmtracker "
                "again.",
            )
            + "<br><br>"
            + where
        )
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(480)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(translate("CrashDialog", "What happened"))
        layout.addWidget(self.text)
        self.log_path = log_path
        buttons = QDialogButtonBox()
        self.continue_button = QPushButton(translate("CrashDialog", "&Continue"))
        self.copy_button = QPushButton(translate("CrashDialog", "Copy the log &path"))
        self.quit_button = QPushButton(translate("CrashDialog", "&Quit dmtracker"))
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.copy_button.setEnabled(log_path is not None)
        self.continue_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_path)
        self.quit_button.clicked.connect(self._quit)
        layout.addWidget(buttons)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_path))

    def _quit(self) -> None:
        self.quit_chosen = True
        self.reject()


class CrashHandler:
    """The ``sys.excepthook`` of the GUI: log, save drafts, show one dialog at a time."""

    def __init__(
        self,
        log_path: Path | None,
        parent: Callable[[], QWidget | None] = lambda: None,
        drafts: Callable[[], Iterable[Draft]] = lambda: (),
    ):
        self.log_path = log_path
        self.parent = parent
        self.drafts = drafts
        self.showing = False
        self.count = 0
        self.previous = sys.excepthook

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        self.count += 1
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        log.error("unexpected error: %s", describe(exc))
        for handler in logging.getLogger("dmtracker").handlers:
            handler.flush()
        self.save_drafts()
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; the rest is in the log
        self.showing = True
        try:
            dialog = CrashDialog(self.current_log_path(), self.parent())
            dialog.exec()
            if dialog.quit_chosen:
                self.save_drafts()
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    app.closeAllWindows()
                    app.exit(70)  # EX_SOFTWARE
        finally:
            self.showing = False

    def current_log_path(self) -> Path | None:
        """The path given, else the file the ``dmtracker`` logger writes to now."""
        if self.log_path is not None:
            return self.log_path
        for handler in logging.getLogger("dmtracker").handlers:
            if isinstance(handler, logging.FileHandler):
                return Path(handler.baseFilename)
        return None

    def save_drafts(self) -> None:
        for page in self.drafts():
            try:
                page.save_draft()
            except Exception as exc:  # the draft must not take the handler down with it
                log.error("could not save a draft: %s", describe(exc))


def install(
    log_path: Path | None,
    parent: Callable[[], QWidget | None] = lambda: None,
    drafts: Callable[[], Iterable[Draft]] = lambda: (),
) -> CrashHandler:
    handler = CrashHandler(log_path, parent, drafts)
    sys.excepthook = handler
    return handler
