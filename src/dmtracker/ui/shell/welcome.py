"""The first start: a welcome screen that asks whether to start a diary or look at the demo.

Shown once, when the data folder holds no diary yet. "Start my own diary" is the default
(Enter); "Explore the demo" opens made-up data in ``<data>/demo`` (File ▸ Start my own diary
leaves it, File ▸ Explore the demo comes back to it). Closing the screen (Esc) quits and writes
nothing. ``app.py`` calls :func:`choose_profile` before it opens the data, :func:`open_demo`
for File ▸ Explore the demo and :func:`confirm_leaving_demo` before it leaves the demo.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker import APP_NAME
from dmtracker.i18n import translate
from dmtracker.ui.kit.layout import fit, scroll_body
from dmtracker.ui.kit.widgets import heading

OWN = "own"
DEMO = "demo"


def title() -> str:
    return translate("WelcomeDialog", "Welcome to {app}").format(app=APP_NAME)


def intro() -> str:
    """The welcome's first paragraph (placeholder ``{folder}``)."""
    return translate(
        "WelcomeDialog",
        "A private diary for dermatomyositis: how you feel each day, self-tests, rash, "
        "infusions and their side effects, medicines, clinic results, and reports for your "
        "care team. Everything stays on this computer, in {folder}.",
    )


def own_text() -> str:
    return translate(
        "WelcomeDialog", "An empty diary of your own. Your first day takes under a minute to log."
    )


def demo_text() -> str:
    return translate(
        "WelcomeDialog",
        "A year of made-up data to look around first. Your own diary is not touched; "
        "File ▸ Start my own diary leaves the demo when you are ready.",
    )


class WelcomeDialog(QDialog):
    """``choice`` is :data:`OWN` or :data:`DEMO` once a button was pressed (None if closed)."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(title())
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the kit's scrolling body: scrolls only where the screen is too short (200 % text)
        self.body = scroll_body(outer, wrap=True)
        self.content = layout = self.body.form
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(title()))
        words = QLabel(intro().format(folder=folder))
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(words)
        self.own_button = QPushButton(translate("WelcomeDialog", "Start &my own diary"))
        self.own_button.setObjectName("primary")
        self.own_button.setDefault(True)
        self.own_button.setAutoDefault(True)
        self.demo_button = QPushButton(translate("WelcomeDialog", "&Explore the demo"))
        self.demo_button.setAutoDefault(True)
        for button, text in ((self.own_button, own_text()), (self.demo_button, demo_text())):
            layout.addWidget(button)
            hint = QLabel(text)
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            button.setAccessibleDescription(text)
            layout.addWidget(hint)
        quit_hint = QLabel(
            translate("WelcomeDialog", "Esc closes dmtracker without writing anything.")
        )
        quit_hint.setObjectName("hint")
        quit_hint.setWordWrap(True)
        layout.addWidget(quit_hint)
        self.own_button.clicked.connect(lambda: self._chosen(OWN))
        self.demo_button.clicked.connect(lambda: self._chosen(DEMO))
        self.own_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """About 52 letters wide and as tall as the wrapped text needs (the kit's one sizing
        rule, at most 95 % of the screen)."""
        fit(self, 52)
        super().showEvent(event)

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def is_first_start(paths: Any) -> bool:
    """No diary in the folder yet (the demo, if any, lives in a folder of its own)."""
    return not paths.db.exists()


def choose_profile(window: QWidget, args: argparse.Namespace, paths: Any) -> bool:
    """On a first start, ask; set ``args.demo`` to the answer (and make the empty diary when
    the user starts their own, so it opens as theirs). False when the user closed the screen.

    Not asked with ``--demo``, ``--smoke-test`` (unattended) or in the start-up benchmark
    (``DMTRACKER_EXIT_AFTER_START=1``), which keep opening the demo on an empty folder."""
    unattended = args.smoke_test or os.environ.get("DMTRACKER_EXIT_AFTER_START") == "1"
    if args.demo or unattended or not is_first_start(paths):
        return True
    dialog = WelcomeDialog(paths.root, window)
    dialog.exec()
    if dialog.choice is None:
        return False
    if dialog.choice == DEMO:
        args.demo = True
        return True
    from dmtracker.services.app_services import open_services

    open_services(paths).close()  # the empty diary: it opens as the user's own from now on
    return True


LEAVE_TITLE = "Start your own diary?"  # English; shown as leave_title()


def leave_title() -> str:
    return translate("WelcomeDialog", "Start your own diary?")


def confirm_leaving_demo(window: QWidget, root: Path) -> bool:
    """Asked before "Start my own diary" leaves the demo (Enter starts it, Esc stays)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(leave_title())
    box.setText(
        translate(
            "WelcomeDialog",
            "Your own diary opens in {folder}. The demo's made-up data stays apart, in "
            "{demo}; File ▸ Explore the demo comes back to it.",
        ).format(folder=root, demo=Path(root) / "demo")
    )
    start = box.addButton(
        translate("WelcomeDialog", "Start &my own diary"), QMessageBox.ButtonRole.AcceptRole
    )
    stay = box.addButton(
        translate("WelcomeDialog", "&Stay in the demo"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(start)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is start


def open_demo(paths: Any) -> Any:
    """The demo profile's services (``paths``: the DataPaths of ``<data>/demo``), filled with a
    year of made-up data on its first use."""
    from dmtracker.services.app_services import open_services

    services = open_services(paths)
    if services.checkins.count() == 0:
        fill_demo(services)
    return services


def fill_demo(services: Any) -> None:
    """Write the demo's year of made-up data on the writer thread, with a progress window, so
    the screen keeps painting for the few seconds it takes (it froze before)."""
    from PySide6.QtWidgets import QApplication

    from dmtracker.services.demo import generate_demo
    from dmtracker.ui.kit.tasks import run_modal

    def work() -> None:
        generate_demo(services, years=1, seed=1)

    if QApplication.instance() is None:
        work()
        return
    run_modal(
        None,
        translate("WelcomeDialog", "Preparing the demo"),
        translate("WelcomeDialog", "Writing a year of made-up data into the demo diary…"),
        work,
    )
